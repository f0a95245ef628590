//! The age v1 file format (<https://age-encryption.org/v1>) for X25519
//! recipients and passphrases (scrypt): what the newcomer's page needs to
//! encrypt and read its vault slots and to seal an export, and what the KDF
//! worker needs to wrap the vault's key, without linking the `age` crate.
//!
//! Why not the `age` crate here: it reaches its own localisation loader, a
//! second Fluent stack and its translations through its I/O error types, and
//! its X25519 encryption pulls a 30 KB precomputed base-point table; in the
//! page that cost about 80 KB of the 180 KB brotli budget (docs/quality.md).
//! This module builds the same file from the same audited primitives
//! (RustCrypto ChaCha20-Poly1305, HKDF-SHA-256, HMAC-SHA-256, x25519-dalek's
//! Montgomery ladder). It is checked against the format's public test
//! vectors (C2SP CCTV), against the `age` crate in both directions and
//! against the reference Go `age` (the export interop tests, and passphrase
//! files both ways in this module's tests). scrypt is
//! RustCrypto's `scrypt` crate, as in the `age` crate.
//!
//! Owns: [`Recipient`] / [`Identity`] key types, [`encrypt`] / [`Sealer`],
//! [`decrypt`] / [`decrypt_any`], the passphrase files
//! ([`encrypt_with_passphrase`] / [`decrypt_with_passphrase`]), the ASCII
//! [`armor`] and [`dearmor`], base64 and Bech32.
//!
//! It must never: accept a file whose header MAC, stanza or any payload
//! chunk does not authenticate (no partial plaintext is ever returned),
//! panic on any input, leave file keys or shared secrets in memory it owns
//! (they are zeroized), let a passphrase stanza share a header with any
//! other, run scrypt above the caller's work-factor limit, or write anything
//! but canonical age v1 with fresh randomness per file.

mod armor;
pub mod base64;
pub mod bech32;
mod header;
mod scrypt;
mod stream;

pub use scrypt::{decrypt_with_passphrase, encrypt_with_passphrase, parse_work_factor};

pub use armor::{armor, dearmor, dearmor_in_place, ArmorError};
pub use header::MAX_STANZAS;
#[cfg(test)]
mod diff_tests;
#[cfg(test)]
pub(crate) mod test_alloc;
#[cfg(test)]
pub(crate) mod tests;

use std::fmt;

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::ChaCha20Poly1305;
use hkdf::Hkdf;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use zeroize::{Zeroize, Zeroizing};

/// Plaintext bytes per STREAM chunk.
pub const CHUNK_SIZE: usize = 64 * 1024;
/// Bytes the payload nonce takes after the header.
pub const NONCE_SIZE: usize = 16;
/// Authentication tag bytes added to every chunk.
pub const TAG_SIZE: usize = 16;

const X25519_LABEL: &[u8] = b"age-encryption.org/v1/X25519";
const BASEPOINT: [u8; 32] = x25519_dalek::X25519_BASEPOINT_BYTES;

/// Why encryption could not run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum EncryptError {
    #[error("no recipients")]
    NoRecipients,
    /// The browser's random number generator failed.
    #[error("no randomness available")]
    Random,
    /// The recipient is a low-order point (no shared secret possible).
    #[error("unusable recipient key")]
    BadRecipient,
    /// The scrypt work factor cannot be used.
    #[error("unusable work factor")]
    WorkFactor,
    /// More recipients than a header may have stanzas ([`MAX_STANZAS`]).
    #[error("more than {MAX_STANZAS} recipients")]
    TooManyRecipients,
}

/// Why a file did not open. The classes follow the age test vectors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DecryptError {
    /// Not an age v1 file, or its header is malformed.
    #[error("malformed header")]
    Header,
    /// No X25519 stanza is for this identity (or, for a passphrase file,
    /// the passphrase does not open its stanza).
    #[error("no stanza for this identity")]
    NoMatch,
    /// The header was changed after it was written.
    #[error("header MAC does not match")]
    Mac,
    /// The payload is truncated, extended or changed.
    #[error("payload does not authenticate")]
    Payload,
    /// Encrypted with a passphrase (a lone scrypt stanza), not to a key.
    #[error("passphrase-encrypted file")]
    Passphrase,
}

/// Why [`decrypt_any_checked`] refused a file: a failure class of the
/// format, or a limit this implementation sets on hostile input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum OpenFailure {
    #[error(transparent)]
    Decrypt(#[from] DecryptError),
    /// The header has more than [`MAX_STANZAS`] stanzas. Refused while
    /// parsing, before any stanza is unwrapped.
    #[error("more than {MAX_STANZAS} stanzas")]
    TooManyStanzas,
}

impl From<header::HeaderError> for OpenFailure {
    fn from(e: header::HeaderError) -> OpenFailure {
        match e {
            header::HeaderError::TooManyStanzas => OpenFailure::TooManyStanzas,
            header::HeaderError::Malformed => OpenFailure::Decrypt(DecryptError::Header),
        }
    }
}

/// An X25519 public key (`age1…`).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Recipient([u8; 32]);

impl Recipient {
    pub fn from_bytes(bytes: [u8; 32]) -> Recipient {
        Recipient(bytes)
    }
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }
    /// Parses `age1…` (one case). `None` for anything else.
    pub fn parse(text: &str) -> Option<Recipient> {
        match bech32::decode(text.trim()) {
            Ok((hrp, bytes)) if hrp == "age" => Some(Recipient(bytes.as_slice().try_into().ok()?)),
            _ => None,
        }
    }
}

impl fmt::Display for Recipient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&bech32::encode("age", &self.0))
    }
}

impl fmt::Debug for Recipient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Recipient({self})")
    }
}

/// An X25519 secret key (`AGE-SECRET-KEY-1…`). Zeroized on drop; its
/// `Debug` never shows the key.
#[derive(Clone)]
pub struct Identity(Zeroizing<[u8; 32]>);

impl Identity {
    /// A new random key.
    pub fn generate() -> Result<Identity, EncryptError> {
        Ok(Identity(random::<32>()?))
    }

    /// `AGE-SECRET-KEY-1…`, as age-keygen writes it.
    pub fn to_secret_string(&self) -> Zeroizing<String> {
        let lower = Zeroizing::new(bech32::encode("age-secret-key-", self.0.as_ref()));
        Zeroizing::new(lower.to_ascii_uppercase())
    }

    /// Parses `AGE-SECRET-KEY-1…` (one case). `None` for anything else.
    /// The decoder's copies are wiped ([`bech32::decode`]); the key is
    /// copied straight into its zeroizing home.
    pub fn parse(text: &str) -> Option<Identity> {
        let (hrp, bytes) = bech32::decode(text.trim()).ok()?;
        if hrp != "age-secret-key-" || bytes.len() != 32 {
            return None;
        }
        let mut key = Zeroizing::new([0u8; 32]);
        key.copy_from_slice(&bytes);
        Some(Identity(key))
    }

    /// Its public key.
    pub fn to_public(&self) -> Recipient {
        Recipient(x25519_dalek::x25519(*self.0, BASEPOINT))
    }
}

impl fmt::Debug for Identity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Identity(…)")
    }
}

fn random<const N: usize>() -> Result<Zeroizing<[u8; N]>, EncryptError> {
    let mut bytes = Zeroizing::new([0u8; N]);
    getrandom::getrandom(bytes.as_mut()).map_err(|_| EncryptError::Random)?;
    Ok(bytes)
}

/// HKDF-SHA-256 to 32 bytes.
///
/// The extracted key (PRK) is wiped, and so is the `Hkdf` value that holds
/// it as a keyed HMAC state: the `hkdf` crate has no zeroize support, so the
/// value is overwritten where it lives with one keyed by nothing secret
/// (best effort: copies the `hkdf`/`hmac`/`sha2` crates make in their own
/// stack frames are out of reach, see docs/security.md).
fn hkdf(salt: &[u8], label: &[u8], ikm: &[u8]) -> Zeroizing<[u8; 32]> {
    let mut out = Zeroizing::new([0u8; 32]);
    let (mut prk, mut kdf) = Hkdf::<Sha256>::extract(Some(salt), ikm);
    // 32 bytes is far below HKDF-SHA-256's limit, so `expand` cannot fail.
    let _ = kdf.expand(label, out.as_mut());
    prk.as_mut_slice().zeroize();
    overwrite(&mut kdf, Hkdf::<Sha256>::new(None, &[]));
    out
}

/// Replaces `secret` in place with `blank` (for key-holding values of
/// crates without zeroize support); `black_box` keeps the store from being
/// optimised away as dead.
fn overwrite<T>(secret: &mut T, blank: T) {
    *secret = blank;
    std::hint::black_box(secret);
}

fn header_mac(file_key: &[u8; 16]) -> Option<Hmac<Sha256>> {
    let key = hkdf(&[], b"header", file_key);
    <Hmac<Sha256> as Mac>::new_from_slice(key.as_ref()).ok()
}

/// An encryption in two steps, so a caller can size the plaintext to the
/// header (the export pads to fixed sizes): [`Sealer::header_len`], then
/// [`Sealer::seal`].
pub struct Sealer {
    file_key: Zeroizing<[u8; 16]>,
    header: Vec<u8>,
}

impl Sealer {
    /// A fresh file key wrapped to every recipient (at most
    /// [`MAX_STANZAS`]: more could not be read back).
    pub fn new(recipients: &[Recipient]) -> Result<Sealer, EncryptError> {
        if recipients.is_empty() {
            return Err(EncryptError::NoRecipients);
        }
        if recipients.len() > MAX_STANZAS {
            return Err(EncryptError::TooManyRecipients);
        }
        let file_key = random::<16>()?;
        let mut stanzas = Vec::with_capacity(recipients.len());
        for recipient in recipients {
            let ephemeral = random::<32>()?;
            let share = x25519_dalek::x25519(*ephemeral, BASEPOINT);
            let shared = Zeroizing::new(x25519_dalek::x25519(*ephemeral, recipient.0));
            if shared.iter().all(|b| *b == 0) {
                return Err(EncryptError::BadRecipient);
            }
            let mut salt = [0u8; 64];
            salt[..32].copy_from_slice(&share);
            salt[32..].copy_from_slice(&recipient.0);
            let wrap_key = hkdf(&salt, X25519_LABEL, shared.as_ref());
            let body = wrap_file_key(&wrap_key, &file_key)?;
            stanzas.push(header::NewStanza { tag: "X25519", args: vec![base64::encode_unpadded(&share)], body });
        }
        Sealer::with_stanzas(file_key, &stanzas)
    }

    /// A header of `stanzas` that wrap `file_key`.
    fn with_stanzas(file_key: Zeroizing<[u8; 16]>, stanzas: &[header::NewStanza]) -> Result<Sealer, EncryptError> {
        let mac = header_mac(&file_key).ok_or(EncryptError::Random)?;
        let header = header::write(stanzas, mac);
        Ok(Sealer { file_key, header })
    }

    /// Bytes before the first payload chunk: header and payload nonce.
    pub fn header_len(&self) -> usize {
        self.header.len() + NONCE_SIZE
    }

    /// The whole binary file for `plaintext`.
    pub fn seal(self, plaintext: &[u8]) -> Result<Vec<u8>, EncryptError> {
        let nonce = random::<NONCE_SIZE>()?;
        let mut out = Vec::with_capacity(encrypted_len(self.header_len(), plaintext.len()));
        out.extend_from_slice(&self.header);
        out.extend_from_slice(nonce.as_ref());
        let key = hkdf(nonce.as_ref(), b"payload", self.file_key.as_ref());
        stream::seal(&key, plaintext, &mut out).map_err(|_| EncryptError::Random)?;
        Ok(out)
    }
}

/// Length of a binary file with a header of `header_len` bytes (nonce
/// included) and `plaintext_len` bytes of plaintext.
pub fn encrypted_len(header_len: usize, plaintext_len: usize) -> usize {
    let chunks = plaintext_len.div_ceil(CHUNK_SIZE).max(1);
    header_len + plaintext_len + TAG_SIZE * chunks
}

/// Encrypts `plaintext` to every recipient (binary age file).
pub fn encrypt(recipients: &[Recipient], plaintext: &[u8]) -> Result<Vec<u8>, EncryptError> {
    Sealer::new(recipients)?.seal(plaintext)
}

/// Decrypts a binary age file with `identity`. Either the whole plaintext
/// or an error: nothing partial.
pub fn decrypt(identity: &Identity, file: &[u8]) -> Result<Vec<u8>, DecryptError> {
    decrypt_any(std::iter::once(identity), file)
}

/// A stanza body: the file key encrypted with `wrap_key` (zero nonce).
fn wrap_file_key(wrap_key: &[u8; 32], file_key: &[u8; 16]) -> Result<Vec<u8>, EncryptError> {
    ChaCha20Poly1305::new(wrap_key.into()).encrypt(&[0u8; 12].into(), file_key.as_slice()).map_err(|_| EncryptError::Random)
}

/// The file key of a stanza `body` under `wrap_key`: `Ok(None)` when it does
/// not open (another key, or a wrong passphrase).
fn unwrap_file_key(wrap_key: &[u8; 32], body: &[u8]) -> Result<Option<Zeroizing<[u8; 16]>>, DecryptError> {
    match ChaCha20Poly1305::new(wrap_key.into()).decrypt(&[0u8; 12].into(), body) {
        Ok(key) => {
            let key = Zeroizing::new(key);
            let key: [u8; 16] = key.as_slice().try_into().map_err(|_| DecryptError::Header)?;
            Ok(Some(Zeroizing::new(key)))
        }
        Err(_) => Ok(None),
    }
}

/// Unwraps the file key of one X25519 stanza with `identity`: `Ok(None)`
/// when the stanza is for another key.
fn unwrap_x25519(stanza: &header::Stanza<'_>, identity: &Identity, public: &Recipient) -> Result<Option<Zeroizing<[u8; 16]>>, DecryptError> {
    let mut args = stanza.args();
    let share: [u8; 32] = match (args.next(), args.next(), stanza.body.len()) {
        // 43 characters are 32 bytes; checked first so a long argument is
        // never decoded.
        (Some(arg), None, 32) if arg.len() == 43 => base64::decode_unpadded(arg.as_bytes())
            .and_then(|b| b.as_slice().try_into().ok())
            .ok_or(DecryptError::Header)?,
        _ => return Err(DecryptError::Header),
    };
    let shared = Zeroizing::new(x25519_dalek::x25519(*identity.0, share));
    if shared.iter().all(|b| *b == 0) {
        return Err(DecryptError::Header);
    }
    let mut salt = [0u8; 64];
    salt[..32].copy_from_slice(&share);
    salt[32..].copy_from_slice(&public.0);
    let wrap_key = hkdf(&salt, X25519_LABEL, shared.as_ref());
    unwrap_file_key(&wrap_key, &stanza.body)
}

/// Decrypts a binary age file with whichever of `identities` it is for. A
/// header of more than [`MAX_STANZAS`] stanzas is a [`DecryptError::Header`]
/// here; [`decrypt_any_checked`] names it.
pub fn decrypt_any<'a>(identities: impl IntoIterator<Item = &'a Identity>, file: &[u8]) -> Result<Vec<u8>, DecryptError> {
    decrypt_any_checked(identities, file).map_err(|e| match e {
        OpenFailure::Decrypt(e) => e,
        OpenFailure::TooManyStanzas => DecryptError::Header,
    })
}

/// [`decrypt_any`], with a header of more than [`MAX_STANZAS`] stanzas
/// reported as [`OpenFailure::TooManyStanzas`] (the desk tells that apart).
/// The cap is checked while the header is parsed, before any key is tried.
pub fn decrypt_any_checked<'a>(identities: impl IntoIterator<Item = &'a Identity>, file: &[u8]) -> Result<Vec<u8>, OpenFailure> {
    let (file_key, payload_start) = unwrap_any(identities, file)?;
    Ok(open_payload_at(file, payload_start, &file_key)?)
}

/// [`decrypt_any_checked`] in the file's own buffer: on success `file`
/// holds just the plaintext, on failure it is emptied. Nothing is copied
/// before a key opens a stanza and the header MAC checks out, and then
/// nothing at all: the desk holds a 1 MiB file once, not twice.
pub fn decrypt_any_in_place<'a>(identities: impl IntoIterator<Item = &'a Identity>, file: &mut Vec<u8>) -> Result<(), OpenFailure> {
    let (file_key, payload_start) = unwrap_any(identities, file)?;
    let key = payload_key(file, payload_start, &file_key)?;
    Ok(stream::open_in_place(&key, file, payload_start + NONCE_SIZE)?)
}

/// Finds the file key with whichever of `identities` a stanza is for and
/// checks the header MAC with it; returns the key and where the payload starts.
fn unwrap_any<'a>(identities: impl IntoIterator<Item = &'a Identity>, file: &[u8]) -> Result<(Zeroizing<[u8; 16]>, usize), OpenFailure> {
    let parsed = header::parse(file)?;
    if parsed.stanzas.iter().any(|s| s.tag == "scrypt") {
        // age forbids mixing a passphrase stanza with any other.
        return Err(if parsed.stanzas.len() == 1 { DecryptError::Passphrase } else { DecryptError::Header }.into());
    }
    // Each public key once (a scalar multiplication), not once per stanza.
    let keys: Vec<(&Identity, Recipient)> = identities.into_iter().map(|i| (i, i.to_public())).collect();
    let mut file_key = None;
    'stanzas: for stanza in parsed.stanzas.iter().filter(|s| s.tag == "X25519") {
        for (identity, public) in &keys {
            if let Some(key) = unwrap_x25519(stanza, identity, public)? {
                file_key = Some(key);
                break 'stanzas;
            }
        }
    }
    let file_key = file_key.ok_or(DecryptError::NoMatch)?;
    check_header_mac(file, &parsed, &file_key)?;
    Ok((file_key, parsed.payload_start))
}

fn check_header_mac(file: &[u8], parsed: &header::Header<'_>, file_key: &[u8; 16]) -> Result<(), DecryptError> {
    let mut mac = header_mac(file_key).ok_or(DecryptError::Mac)?;
    mac.update(file.get(..parsed.mac_input_end).ok_or(DecryptError::Header)?);
    mac.verify_slice(&parsed.mac).map_err(|_| DecryptError::Mac)
}

/// The payload key from the nonce at `payload_start`.
fn payload_key(file: &[u8], payload_start: usize, file_key: &[u8; 16]) -> Result<Zeroizing<[u8; 32]>, DecryptError> {
    let payload = file.get(payload_start..).ok_or(DecryptError::Payload)?;
    // A missing or short nonce counts as a header failure (as in the test vectors).
    let nonce = payload.get(..NONCE_SIZE).ok_or(DecryptError::Header)?;
    Ok(hkdf(nonce, b"payload", file_key))
}

/// Checks the header MAC with the unwrapped `file_key`, then decrypts the
/// payload: the whole plaintext or an error.
fn open_payload(file: &[u8], parsed: &header::Header<'_>, file_key: &[u8; 16]) -> Result<Vec<u8>, DecryptError> {
    check_header_mac(file, parsed, file_key)?;
    open_payload_at(file, parsed.payload_start, file_key)
}

fn open_payload_at(file: &[u8], payload_start: usize, file_key: &[u8; 16]) -> Result<Vec<u8>, DecryptError> {
    let key = payload_key(file, payload_start, file_key)?;
    stream::open(&key, file.get(payload_start + NONCE_SIZE..).unwrap_or(&[]))
}
