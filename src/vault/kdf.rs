//! The passphrase step: wrapping and unwrapping the vault's age X25519
//! identity with age's scrypt recipient ([`crate::agefile`]). This is the
//! only slow code in the vault; the shell runs it in a Web Worker that is
//! terminated afterwards so the 128 MiB scrypt buffer goes back to the
//! system.
//!
//! Owns the work-factor policy ([`KDF_LOG_N`], [`MIN_LOG_N`], [`MAX_LOG_N`]) and
//! the header pre-check [`scrypt_work_factor`], which reads `logN` from the
//! stored age header *before* scrypt allocates anything. It never touches
//! storage, never keeps the passphrase after returning, and never turns a
//! damaged file into "wrong passphrase" when it can tell them apart.

use zeroize::{Zeroize, Zeroizing};

use crate::agefile::{self, DecryptError, Identity};
use super::strength::{normalize_passphrase, MIN_PASSPHRASE_CHARS};
use super::{Damage, VaultError};

/// Work factor used for new wrapped keys: N = 2^17, r = 8, p = 1 (the OWASP
/// Password Storage Cheat Sheet minimum, and what age uses); 128 MiB.
pub const KDF_LOG_N: u8 = 17;
/// Lowest work factor accepted when unwrapping (weaker files are refused).
pub const MIN_LOG_N: u8 = 17;
/// Highest work factor accepted when unwrapping (N = 2^18, 256 MiB); anything
/// costlier is refused instead of freezing a phone.
pub const MAX_LOG_N: u8 = 18;

const AGE_MAGIC: &[u8] = b"age-encryption.org/v1\n";
const SALT_B64_LEN: usize = 22; // 16 bytes, base64 without padding
const WRAPPED_FILE_KEY_B64_LEN: usize = 43; // 32 bytes, base64 without padding
const MAX_LINE: usize = 128;

/// Output of [`create_key`]: everything the main thread needs to create a vault.
/// The identity is wiped from memory when this is dropped.
pub struct NewKey {
    /// `AGE-SECRET-KEY-1…`: the secret identity (keep only in memory).
    pub identity: String,
    /// `age1…`: its public recipient, stored in the clear.
    pub recipient: String,
    /// The identity encrypted with age's scrypt recipient (binary age file).
    pub wrapped: Vec<u8>,
}

impl Drop for NewKey {
    fn drop(&mut self) {
        self.identity.zeroize();
    }
}

impl std::fmt::Debug for NewKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewKey")
            .field("recipient", &self.recipient)
            .finish_non_exhaustive()
    }
}

/// What a version-2 wrapped key holds after the identity line: the proof,
/// readable only with the passphrase, that this vault authenticates its
/// head and slots (format 2). A version-1 key is the bare identity. Someone
/// who can only write storage cannot add or remove this line, so they cannot
/// make a version-2 vault open as an unauthenticated version-1 one.
const KEY_V2_MARKER: &str = "waymark-vault-key 2";

/// An identity unwrapped by [`unwrap_identity`]: wiped from memory on drop.
pub struct UnwrappedKey {
    /// `AGE-SECRET-KEY-1…`.
    pub identity: String,
    /// 2 when the wrapped key carries [`KEY_V2_MARKER`]; 1 for keys made
    /// before format 2 (the app replaces them at the next unlock).
    pub version: u32,
}

impl Drop for UnwrappedKey {
    fn drop(&mut self) {
        self.identity.zeroize();
    }
}

impl std::fmt::Debug for UnwrappedKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UnwrappedKey")
            .field("version", &self.version)
            .finish_non_exhaustive()
    }
}

/// Worker: generate a fresh identity and wrap it under `passphrase`.
/// Refuses passphrases shorter than [`MIN_PASSPHRASE_CHARS`] characters.
pub fn create_key(passphrase: &str) -> Result<NewKey, VaultError> {
    let identity = Identity::generate().map_err(|_| VaultError::EncryptionFailed)?;
    let recipient = identity.to_public().to_string();
    let secret = identity.to_secret_string();
    let wrapped = wrap_identity(&secret, passphrase)?;
    Ok(NewKey {
        identity: secret.as_str().to_owned(),
        recipient,
        wrapped,
    })
}

/// Worker: encrypt `identity` (`AGE-SECRET-KEY-1…`) and the version-2
/// marker to the NFC-normalised `passphrase` with scrypt at [`KDF_LOG_N`].
pub fn wrap_identity(identity: &str, passphrase: &str) -> Result<Vec<u8>, VaultError> {
    let passphrase = Zeroizing::new(normalize_passphrase(passphrase));
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(VaultError::PassphraseTooShort {
            min_chars: MIN_PASSPHRASE_CHARS,
        });
    }
    if Identity::parse(identity).is_none() {
        return Err(VaultError::Damaged(Damage::KeyContents));
    }
    let plaintext = Zeroizing::new(format!("{identity}\n{KEY_V2_MARKER}\n"));
    agefile::encrypt_with_passphrase(passphrase.as_bytes(), KDF_LOG_N, plaintext.as_bytes())
        .map_err(|_| VaultError::EncryptionFailed)
}

/// Worker: decrypt the wrapped identity with `passphrase` (NFC-normalised).
///
/// Checks the header's work factor first ([`scrypt_work_factor`]): outside
/// [`MIN_LOG_N`]..=[`MAX_LOG_N`] it returns `Damaged(WorkFactor)` without
/// running scrypt. A failing scrypt stanza is `WrongPassphrase`; a failing
/// header MAC or payload after the stanza opened is `Damaged`.
pub fn unwrap_identity(wrapped: &[u8], passphrase: &str) -> Result<UnwrappedKey, VaultError> {
    scrypt_work_factor(wrapped)?;
    let passphrase = Zeroizing::new(normalize_passphrase(passphrase));
    let plaintext = agefile::decrypt_with_passphrase(passphrase.as_bytes(), MAX_LOG_N, wrapped)
        .map_err(|e| match e {
            DecryptError::NoMatch => VaultError::WrongPassphrase,
            DecryptError::Payload => VaultError::Damaged(Damage::KeyContents),
            DecryptError::Header | DecryptError::Mac | DecryptError::Passphrase => {
                VaultError::Damaged(Damage::KeyHeader)
            }
        })?;
    let plaintext = Zeroizing::new(plaintext);
    let text = std::str::from_utf8(&plaintext).map_err(|_| VaultError::Damaged(Damage::KeyContents))?;
    let (identity, version) = match text.split_once('\n') {
        None => (text, 1),
        Some((identity, rest)) if rest == format!("{KEY_V2_MARKER}\n") => (identity, 2),
        Some(_) => return Err(VaultError::Damaged(Damage::KeyContents)),
    };
    if Identity::parse(identity).is_none() {
        return Err(VaultError::Damaged(Damage::KeyContents));
    }
    Ok(UnwrappedKey {
        identity: identity.to_owned(),
        version,
    })
}

/// Worker: a new passphrase means a new key. Unwraps with `old` (so a wrong
/// old passphrase is `WrongPassphrase` and someone holding an unlocked phone
/// cannot lock the owner out), then generates a fresh identity wrapped under
/// `new`: whoever once had the old identity (a forced passphrase and a copy
/// of storage) cannot read anything saved after the change. The page
/// re-encrypts the draft with [`super::Vault::rotate`]. Costs two scrypt runs.
pub fn rotate_key(wrapped: &[u8], old: &str, new: &str) -> Result<NewKey, VaultError> {
    drop(unwrap_identity(wrapped, old)?);
    create_key(new)
}

/// Worker: for a key made before format 2 (see [`UnwrappedKey::version`]), a
/// fresh version-2 key under the same passphrase, so the page can move the
/// vault to it with [`super::Vault::rotate`] right after opening. `None` for
/// a current key. Costs one more scrypt run, once per vault.
pub fn upgrade_key(key: &UnwrappedKey, passphrase: &str) -> Result<Option<NewKey>, VaultError> {
    if key.version >= 2 {
        return Ok(None);
    }
    create_key(passphrase).map(Some)
}

/// Reads `logN` from a wrapped key's age header without running anything:
/// the file must start with `age-encryption.org/v1`, have exactly one stanza
/// `-> scrypt <22-char salt> <logN>` with a 43-character body, then `--- <mac>`.
/// `logN` must be canonical decimal (no sign, no leading zero) and within
/// [`MIN_LOG_N`]..=[`MAX_LOG_N`].
pub fn scrypt_work_factor(wrapped: &[u8]) -> Result<u8, VaultError> {
    let damaged = |d| VaultError::Damaged(d);
    let rest = wrapped
        .strip_prefix(AGE_MAGIC)
        .ok_or(damaged(Damage::KeyHeader))?;
    let (stanza, rest) = split_line(rest).ok_or(damaged(Damage::KeyHeader))?;
    let mut args = stanza.split(|b| *b == b' ');
    let (arrow, tag, salt, log_n, extra) = (
        args.next(),
        args.next(),
        args.next(),
        args.next(),
        args.next(),
    );
    if arrow != Some(b"->".as_slice()) || tag != Some(b"scrypt".as_slice()) || extra.is_some() {
        return Err(damaged(Damage::KeyHeader));
    }
    let log_n = parse_log_n(log_n.unwrap_or_default())?;
    let salt = salt.unwrap_or_default();
    if salt.len() != SALT_B64_LEN || !salt.iter().all(|b| is_b64(*b)) {
        return Err(damaged(Damage::KeyHeader));
    }
    let (body, rest) = split_line(rest).ok_or(damaged(Damage::KeyHeader))?;
    if body.len() != WRAPPED_FILE_KEY_B64_LEN || !body.iter().all(|b| is_b64(*b)) {
        return Err(damaged(Damage::KeyHeader));
    }
    let (mac, _payload) = split_line(rest).ok_or(damaged(Damage::KeyHeader))?;
    match mac.strip_prefix(b"--- ") {
        Some(m) if m.len() == WRAPPED_FILE_KEY_B64_LEN && m.iter().all(|b| is_b64(*b)) => Ok(log_n),
        _ => Err(damaged(Damage::KeyHeader)),
    }
}

fn parse_log_n(text: &[u8]) -> Result<u8, VaultError> {
    let refuse = |found| VaultError::Damaged(Damage::WorkFactor { found });
    let value = agefile::parse_work_factor(text).ok_or(refuse(None))?;
    if (MIN_LOG_N..=MAX_LOG_N).contains(&value) {
        Ok(value)
    } else {
        Err(refuse(Some(value)))
    }
}

fn is_b64(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'+' || b == b'/'
}

/// Splits off one `\n`-terminated line of at most [`MAX_LINE`] bytes.
fn split_line(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    let window = bytes.get(..MAX_LINE.min(bytes.len()))?;
    let end = window.iter().position(|b| *b == b'\n')?;
    Some((bytes.get(..end)?, bytes.get(end + 1..)?))
}
