//! The vault: every draft the newcomer types, encrypted on their phone.
//!
//! Owns the storage format (key names, records, the encrypted envelope, its
//! version and migrations), the save protocol (two slots, write new then
//! switch the head), the authentication of head and slots (a MAC key only an
//! unlocked vault has), the key rotation on a passphrase change, the checks
//! on open (planted, damaged, swapped or replayed copies, newer versions,
//! another tab), and [`VaultError`], one variant per situation a person can
//! meet. See docs/security.md for the design and its limits.
//!
//! It must never write a plaintext (or anything derived from the passphrase
//! other than age's own scrypt stanza) to storage, never open a copy it
//! cannot authenticate as the owner's own (format 2), never put secret data
//! in an error or a `Debug` output, never overwrite data it could not read
//! without the UI having reported it, and never panic on anything read from
//! storage. It does not interpret the draft (`serde_json::Value`), keep time,
//! or talk to the browser: the shell passes in a [`Storage`], the time of a
//! save, and runs [`unwrap_identity`] / [`create_key`] / [`rotate_key`] /
//! [`upgrade_key`] (the slow scrypt step) in a Web Worker.

mod codec;
mod kdf;
mod storage;
mod strength;
#[cfg(test)]
mod tests;

use hmac::{Hmac, Mac};
use sha2::Sha256;
use zeroize::{Zeroize, Zeroizing};

use crate::agefile::{self, Identity, Recipient};
use serde::Serialize;
use serde_json::Value;

pub use kdf::{
    create_key, rotate_key, scrypt_work_factor, unwrap_identity, upgrade_key, wrap_identity,
    NewKey, UnwrappedKey, KDF_LOG_N, MAX_LOG_N, MIN_LOG_N,
};
pub use storage::{MemoryStorage, Storage, StorageError, StorageOp};
pub use strength::{new_passphrase_problem, normalize_passphrase, passphrase_strength, Strength, MIN_PASSPHRASE_CHARS};

/// Format version this build writes and the newest it can read. Format 2
/// authenticates the head and the slots (see docs/security.md §4); format 1
/// vaults still open and are moved to format 2 at their first unlock.
pub const FORMAT_VERSION: u32 = 2;

/// Storage key of the key record: wrapped identity, public recipient and,
/// from format 2, the head (which slot is current, its MAC). Every save
/// rewrites it; the shell listens for `storage` events on it (and on
/// [`HEAD_KEY`]) to notice that another tab saved, deleted or created a
/// vault.
pub const KEY_KEY: &str = "waymark.v1.key";
/// Storage key of the format-1 head record (which slot is current,
/// sequence). Format 2 keeps the head in the key record, so that a change
/// of key and head is one write; this key is only read from format-1 vaults
/// and removed by the first format-2 save.
pub const HEAD_KEY: &str = "waymark.v1.head";
/// Storage key of slot A (base64 of an age file).
pub const SLOT_A_KEY: &str = "waymark.v1.slot.a";
/// Storage key of slot B.
pub const SLOT_B_KEY: &str = "waymark.v1.slot.b";
/// Every key the vault uses, in the order [`delete_all`] removes them.
pub const ALL_KEYS: [&str; 4] = [KEY_KEY, SLOT_A_KEY, SLOT_B_KEY, HEAD_KEY];

const KEY_FORMAT: &str = "waymark-vault-key";
const HEAD_FORMAT: &str = "waymark-vault-head";
const ENVELOPE_FORMAT: &str = "waymark-vault";

/// One of the two storage slots.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Slot {
    A,
    B,
}

impl Slot {
    pub fn other(self) -> Slot {
        match self {
            Slot::A => Slot::B,
            Slot::B => Slot::A,
        }
    }

    /// Its storage key.
    pub fn key(self) -> &'static str {
        match self {
            Slot::A => SLOT_A_KEY,
            Slot::B => SLOT_B_KEY,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Slot::A => "a",
            Slot::B => "b",
        }
    }

    fn from_name(name: &str) -> Option<Slot> {
        match name {
            "a" => Some(Slot::A),
            "b" => Some(Slot::B),
            _ => None,
        }
    }
}

/// What exactly is damaged (for the message and for support).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Damage {
    /// The key record is not readable: not JSON, wrong format, bad base64, or
    /// its checksum does not match (accidental damage of the wrapped key).
    KeyRecord,
    /// The wrapped key's age header is malformed, or its MAC fails after the
    /// passphrase opened the scrypt stanza.
    KeyHeader,
    /// The wrapped key asks for a work factor outside 17..=18 (or not a
    /// canonical number: `found` is `None`). Refused before any allocation.
    WorkFactor { found: Option<u8> },
    /// The wrapped key opened but does not contain this vault's identity.
    KeyContents,
    /// The head record is not readable (the vault recovers from the slots).
    Head,
    /// A data slot cannot be used.
    Slot { slot: Slot, problem: SlotProblem },
}

/// Why a data slot cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotProblem {
    /// The head points at it but it is not there.
    Missing,
    /// Not base64.
    Encoding,
    /// Not an age file for this vault's key, or it fails authentication
    /// (bit flip, truncation, another vault's data).
    Encryption,
    /// Its MAC is missing or wrong: not written by an unlocked vault of this
    /// owner (planted with the public key, or changed), so not opened.
    NotAuthentic,
    /// Decrypts, but is not UTF-8 JSON in the waymark-vault envelope.
    Plaintext,
    /// Belongs to another vault (vault id differs).
    OtherVault,
    /// Says it was written to the other slot: the slots were swapped.
    WrongSlot,
    /// An older copy put back in place of the current one.
    Replayed { found: u64, expected: u64 },
}

/// Which part of the vault the browser dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Evicted {
    /// Encrypted data is there but the key record is gone: it can never be
    /// opened again.
    KeyGone,
    /// The head and key are there but the saved data is gone.
    DataGone,
}

/// Everything that can go wrong, one variant per case the UI explains.
/// Never carries secret data or library error text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum VaultError {
    #[error("no vault on this device")]
    NoVault,
    #[error("a vault already exists on this device")]
    AlreadyExists,
    #[error("wrong passphrase")]
    WrongPassphrase,
    #[error("passphrase shorter than {min_chars} characters")]
    PassphraseTooShort { min_chars: usize },
    #[error("vault damaged: {0:?}")]
    Damaged(Damage),
    #[error("storage full")]
    StorageFull,
    #[error("storage unavailable")]
    StorageUnavailable,
    #[error("storage evicted: {0:?}")]
    StorageEvicted(Evicted),
    #[error("vault written by a newer version ({found})")]
    NewerVersion { found: u64 },
    #[error("another tab saved (stored sequence {stored}, ours {ours})")]
    ConflictingWriter { stored: u64, ours: u64 },
    #[error("encryption failed")]
    EncryptionFailed,
    /// A new key cannot be switched to while a damaged copy is kept (the
    /// switch would have to write over it).
    #[error("a damaged copy is kept")]
    DamagedCopyKept,
}

impl VaultError {
    /// Fluent message id (in `vault.ftl`) explaining this error.
    pub fn message_id(&self) -> &'static str {
        match self {
            VaultError::NoVault => "vault-error-no-vault",
            VaultError::AlreadyExists => "vault-error-already-exists",
            VaultError::WrongPassphrase => "vault-error-wrong-passphrase",
            VaultError::PassphraseTooShort { .. } => "vault-error-passphrase-too-short",
            VaultError::Damaged(Damage::KeyRecord | Damage::KeyHeader | Damage::KeyContents) => {
                "vault-error-damaged-key"
            }
            VaultError::Damaged(Damage::WorkFactor { .. }) => "vault-error-damaged-work-factor",
            VaultError::Damaged(Damage::Head | Damage::Slot { .. }) => "vault-error-damaged-data",
            VaultError::StorageFull => "vault-error-storage-full",
            VaultError::StorageUnavailable => "vault-error-storage-unavailable",
            VaultError::StorageEvicted(Evicted::KeyGone) => "vault-error-evicted-key",
            VaultError::StorageEvicted(Evicted::DataGone) => "vault-error-evicted-data",
            VaultError::NewerVersion { .. } => "vault-error-newer-version",
            VaultError::ConflictingWriter { .. } => "vault-error-conflicting-writer",
            VaultError::EncryptionFailed => "vault-error-encryption-failed",
            VaultError::DamagedCopyKept => "vault-error-damaged-copy-kept",
        }
    }
}

impl From<StorageError> for VaultError {
    fn from(e: StorageError) -> Self {
        match e {
            StorageError::QuotaExceeded => VaultError::StorageFull,
            StorageError::Unavailable => VaultError::StorageUnavailable,
        }
    }
}

// ---------------------------------------------------------------- records

/// Clear record under [`KEY_KEY`] (format 2: the head is part of it).
#[derive(Serialize)]
struct KeyRecordOut<'a> {
    format: &'a str,
    version: u32,
    vault_id: &'a str,
    recipient: &'a str,
    wrapped: &'a str,
    crc32: &'a str,
    /// Current slot; `None` until the first save.
    slot: Option<&'a str>,
    sequence: u64,
    keep: Option<&'a str>,
    /// [`head_mac`] of this head, base64.
    mac: Option<&'a str>,
}

struct KeyRecord {
    version: u64,
    vault_id: String,
    recipient: Recipient,
    wrapped: Vec<u8>,
    /// Format 2: the head stored in the key record (unauthenticated until
    /// [`Vault::open`] checks its MAC).
    head: Option<Head>,
}

/// Which slot is current. In format 2 it lives in the key record with a MAC
/// over it and the current slot's own MAC; format 1 stored it under
/// [`HEAD_KEY`] without one.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Head {
    vault_id: String,
    slot: Slot,
    /// Not a count of saves: it starts at a random number (format 2).
    sequence: u64,
    /// Slot holding damaged data kept for the user (never written to).
    keep: Option<Slot>,
    /// Format 2 only.
    mac: Option<Vec<u8>>,
}

/// Encrypted plaintext of a slot.
#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'a str,
    version: u32,
    vault_id: &'a str,
    sequence: u64,
    slot: &'a str,
    saved_at: i64,
    draft: &'a Value,
}

struct Envelope {
    vault_id: String,
    sequence: u64,
    slot: Slot,
    saved_at: i64,
    draft: Value,
}

enum RecordError {
    Damaged,
    Newer(u64),
}

/// Parses a clear JSON record: object, right `format`, `version` 1..=current.
fn parse_record(text: &str, format: &str) -> Result<serde_json::Map<String, Value>, RecordError> {
    let value: Value = serde_json::from_str(text).map_err(|_| RecordError::Damaged)?;
    let Value::Object(map) = value else {
        return Err(RecordError::Damaged);
    };
    if map.get("format").and_then(Value::as_str) != Some(format) {
        return Err(RecordError::Damaged);
    }
    match map.get("version").and_then(Value::as_u64) {
        Some(v) if v > u64::from(FORMAT_VERSION) => Err(RecordError::Newer(v)),
        Some(v) if v >= 1 => Ok(map),
        _ => Err(RecordError::Damaged),
    }
}

fn str_field<'a>(map: &'a serde_json::Map<String, Value>, name: &str) -> Option<&'a str> {
    map.get(name).and_then(Value::as_str)
}

fn vault_id_of(recipient: &str) -> String {
    recipient.chars().skip(4).take(16).collect()
}

/// Reads and parses the JSON record stored under `key`: `None` when absent;
/// a record that does not parse is `Damaged(damage)`, one from a newer app
/// `NewerVersion`.
fn read_record(
    storage: &impl Storage,
    key: &str,
    format: &str,
    damage: Damage,
) -> Result<Option<serde_json::Map<String, Value>>, VaultError> {
    let Some(text) = storage.get(key)? else {
        return Ok(None);
    };
    parse_record(&text, format).map(Some).map_err(|e| match e {
        RecordError::Damaged => VaultError::Damaged(damage),
        RecordError::Newer(found) => VaultError::NewerVersion { found },
    })
}

/// The head fields (`slot`, `sequence`, `keep`, and `mac` when `with_mac`)
/// of a head or format-2 key record; `Err` when present but malformed.
fn head_fields(
    map: &serde_json::Map<String, Value>,
    vault_id: &str,
    with_mac: bool,
) -> Result<Option<Head>, ()> {
    let slot = match map.get("slot") {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::String(s)) => Slot::from_name(s).ok_or(())?,
        Some(_) => return Err(()),
    };
    let sequence = map.get("sequence").and_then(Value::as_u64).ok_or(())?;
    let keep = match map.get("keep") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(Slot::from_name(s).ok_or(())?),
        Some(_) => return Err(()),
    };
    let mac = if with_mac {
        Some(str_field(map, "mac").and_then(codec::base64_decode).ok_or(())?)
    } else {
        None
    };
    Ok(Some(Head {
        vault_id: vault_id.to_owned(),
        slot,
        sequence,
        keep,
        mac,
    }))
}

fn read_key_record(storage: &impl Storage) -> Result<Option<KeyRecord>, VaultError> {
    let damaged = VaultError::Damaged(Damage::KeyRecord);
    let Some(map) = read_record(storage, KEY_KEY, KEY_FORMAT, Damage::KeyRecord)? else {
        return Ok(None);
    };
    let version = map.get("version").and_then(Value::as_u64).unwrap_or(1);
    let (Some(vault_id), Some(recipient), Some(wrapped), Some(crc)) = (
        str_field(&map, "vault_id"),
        str_field(&map, "recipient"),
        str_field(&map, "wrapped"),
        str_field(&map, "crc32"),
    ) else {
        return Err(damaged);
    };
    let recipient_key = Recipient::parse(recipient).ok_or(damaged)?;
    let wrapped = codec::base64_decode(wrapped).ok_or(damaged)?;
    if format!("{:08x}", codec::crc32(&wrapped)) != crc || vault_id != vault_id_of(recipient) {
        return Err(damaged);
    }
    kdf::scrypt_work_factor(&wrapped)?;
    // A format-2 head that does not parse is treated like a head that does
    // not authenticate: the slots decide (see `Vault::open`).
    let head = if version >= 2 {
        head_fields(&map, vault_id, true).unwrap_or(None)
    } else {
        None
    };
    Ok(Some(KeyRecord {
        version,
        vault_id: vault_id.to_owned(),
        recipient: recipient_key,
        wrapped,
        head,
    }))
}

/// Writes the format-2 key record (with `head`, if any saved yet) and
/// returns the text written.
fn write_key_record(
    storage: &mut impl Storage,
    recipient: &str,
    wrapped: &[u8],
    head: Option<&Head>,
) -> Result<String, VaultError> {
    let vault_id = vault_id_of(recipient);
    let mac = head.and_then(|h| h.mac.as_deref()).map(codec::base64_encode);
    let record = KeyRecordOut {
        format: KEY_FORMAT,
        version: FORMAT_VERSION,
        vault_id: &vault_id,
        recipient,
        wrapped: &codec::base64_encode(wrapped),
        crc32: &format!("{:08x}", codec::crc32(wrapped)),
        slot: head.map(|h| h.slot.name()),
        sequence: head.map_or(0, |h| h.sequence),
        keep: head.and_then(|h| h.keep).map(Slot::name),
        mac: mac.as_deref(),
    };
    let text = serde_json::to_string(&record).map_err(|_| VaultError::EncryptionFailed)?;
    storage.set(KEY_KEY, &text)?;
    Ok(text)
}

/// The format-1 head under [`HEAD_KEY`].
fn read_legacy_head(storage: &impl Storage) -> Result<Option<Head>, VaultError> {
    let damaged = VaultError::Damaged(Damage::Head);
    let Some(map) = read_record(storage, HEAD_KEY, HEAD_FORMAT, Damage::Head)? else {
        return Ok(None);
    };
    let vault_id = str_field(&map, "vault_id").ok_or(damaged)?;
    match head_fields(&map, vault_id, false) {
        Ok(Some(head)) => Ok(Some(head)),
        _ => Err(damaged),
    }
}

// ------------------------------------------------------ authentication

type HmacSha256 = Hmac<Sha256>;

/// The vault's MAC key: HKDF-SHA-256 of the secret identity. Only an
/// unlocked vault has it; the public recipient (which anyone with the phone
/// can read and encrypt to) says nothing about it.
fn mac_key(identity: &Identity) -> Zeroizing<[u8; 32]> {
    let secret = identity.to_secret_string();
    let mut out = Zeroizing::new([0u8; 32]);
    // 32 bytes is far below HKDF-SHA-256's limit, so `expand` cannot fail.
    let _ = hkdf::Hkdf::<Sha256>::new(Some(b"waymark-vault"), secret.as_bytes())
        .expand(b"head and slot mac, format 2", out.as_mut());
    out
}

fn hmac(key: &[u8; 32], parts: &[&[u8]]) -> Vec<u8> {
    // HMAC takes keys of any length, so this cannot fail.
    let Ok(mut mac) = <HmacSha256 as Mac>::new_from_slice(key) else {
        return Vec::new();
    };
    for part in parts {
        mac.update(&(part.len() as u64).to_be_bytes());
        mac.update(part);
    }
    mac.finalize().into_bytes().to_vec()
}

/// MAC of a slot's ciphertext (encrypt-then-MAC).
fn slot_mac(key: &[u8; 32], ciphertext: &[u8]) -> Vec<u8> {
    hmac(key, &[b"waymark-vault slot", ciphertext])
}

/// MAC of a head: binds vault, recipient, slot, sequence, kept slot and the
/// current slot's own MAC (so an older authentic copy put back in the
/// current slot does not match either).
fn head_mac(key: &[u8; 32], recipient: &str, head: &Head, current_slot_mac: &[u8]) -> Vec<u8> {
    hmac(
        key,
        &[
            b"waymark-vault head",
            head.vault_id.as_bytes(),
            recipient.as_bytes(),
            head.slot.name().as_bytes(),
            &head.sequence.to_be_bytes(),
            head.keep.map_or("", Slot::name).as_bytes(),
            current_slot_mac,
        ],
    )
}

/// Constant-time comparison of two MACs.
fn same_mac(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// A random starting sequence, so the clear number says nothing about how
/// often someone saved.
fn random_sequence_start() -> Result<u64, VaultError> {
    let mut bytes = [0u8; 5];
    getrandom::getrandom(&mut bytes).map_err(|_| VaultError::EncryptionFailed)?;
    Ok(bytes.iter().fold(1u64, |acc, b| (acc << 8) | u64::from(*b)))
}

/// Padded plaintext size: powers of two from 1 KiB to 64 KiB, then whole
/// multiples of 64 KiB, so the stored size says little about the answers.
fn slot_bucket(len: usize) -> usize {
    const MIN: usize = 1024;
    const STEP: usize = 64 * 1024;
    if len <= STEP {
        len.max(MIN).next_power_of_two()
    } else {
        len.div_ceil(STEP).saturating_mul(STEP)
    }
}

// ------------------------------------------------------------- migrations

/// Brings a decrypted draft written by format `version` up to
/// [`FORMAT_VERSION`]. Formats 1 and 2 hold the same draft (format 2
/// changed only how it is stored), so it is returned unchanged; future
/// versions add one step per version here (and keep a fixture of the old
/// format in tests/fixtures/vault/). A version newer than this build is
/// `NewerVersion`: the data is left alone, never discarded.
pub fn migrate(version: u64, draft: Value) -> Result<Value, VaultError> {
    if version > u64::from(FORMAT_VERSION) {
        return Err(VaultError::NewerVersion { found: version });
    }
    if version == 0 {
        return Err(VaultError::Damaged(Damage::Slot {
            slot: Slot::A,
            problem: SlotProblem::Plaintext,
        }));
    }
    Ok(draft)
}

enum SlotFailure {
    Problem(SlotProblem),
    Newer(u64),
}

fn parse_envelope(plaintext: &[u8]) -> Result<Envelope, SlotFailure> {
    let bad = SlotFailure::Problem(SlotProblem::Plaintext);
    let text =
        std::str::from_utf8(plaintext).map_err(|_| SlotFailure::Problem(SlotProblem::Plaintext))?;
    let Ok(Value::Object(mut map)) = serde_json::from_str::<Value>(text) else {
        return Err(bad);
    };
    if map.get("format").and_then(Value::as_str) != Some(ENVELOPE_FORMAT) {
        return Err(bad);
    }
    let version = map
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(SlotFailure::Problem(SlotProblem::Plaintext))?;
    if version > u64::from(FORMAT_VERSION) {
        return Err(SlotFailure::Newer(version));
    }
    let vault_id = str_field(&map, "vault_id").map(str::to_owned);
    let sequence = map.get("sequence").and_then(Value::as_u64);
    let slot = str_field(&map, "slot").and_then(Slot::from_name);
    let saved_at = map.get("saved_at").and_then(Value::as_i64);
    let draft = map.remove("draft");
    let (Some(vault_id), Some(sequence), Some(slot), Some(saved_at), Some(draft)) =
        (vault_id, sequence, slot, saved_at, draft)
    else {
        return Err(bad);
    };
    let draft = migrate(version, draft).map_err(|e| match e {
        VaultError::NewerVersion { found } => SlotFailure::Newer(found),
        _ => SlotFailure::Problem(SlotProblem::Plaintext),
    })?;
    Ok(Envelope {
        vault_id,
        sequence,
        slot,
        saved_at,
        draft,
    })
}

/// A slot that opened: its envelope and its MAC (empty in format 1).
struct OpenSlot {
    envelope: Envelope,
    mac: Vec<u8>,
}

/// Decrypts and checks one slot's stored text. With a MAC key (format 2),
/// the text must be `<base64 age file>.<base64 MAC>` and the MAC must match
/// before anything is decrypted; without one (format 1), it is the bare
/// base64 of the age file.
fn open_slot(
    text: &str,
    identity: &Identity,
    vault_id: &str,
    slot: Slot,
    key: Option<&[u8; 32]>,
) -> Result<OpenSlot, SlotFailure> {
    let problem = SlotFailure::Problem;
    let (body, mac) = match (key, text.split_once('.')) {
        (Some(key), Some((body, mac))) => {
            let ciphertext = codec::base64_decode(body).ok_or(problem(SlotProblem::Encoding))?;
            let mac = codec::base64_decode(mac).ok_or(problem(SlotProblem::Encoding))?;
            if !same_mac(&mac, &slot_mac(key, &ciphertext)) {
                return Err(problem(SlotProblem::NotAuthentic));
            }
            (ciphertext, mac)
        }
        (Some(_), None) => return Err(problem(SlotProblem::NotAuthentic)),
        (None, _) => (
            codec::base64_decode(text).ok_or(problem(SlotProblem::Encoding))?,
            Vec::new(),
        ),
    };
    // Slots are always binary age files; refuse anything else (armor, scrypt)
    // before age looks at it.
    if !body.starts_with(b"age-encryption.org/v1\n-> X25519 ") {
        return Err(problem(SlotProblem::Encryption));
    }
    let mut plaintext =
        agefile::decrypt(identity, &body).map_err(|_| problem(SlotProblem::Encryption))?;
    let envelope = parse_envelope(&plaintext);
    plaintext.zeroize();
    let envelope = envelope?;
    if envelope.vault_id != vault_id {
        return Err(problem(SlotProblem::OtherVault));
    }
    if envelope.slot != slot {
        return Err(problem(SlotProblem::WrongSlot));
    }
    Ok(OpenSlot { envelope, mac })
}

/// Encrypts `draft` for `slot` (padded to [`slot_bucket`]) and returns the
/// slot's stored text `<base64>.<base64 MAC>` and its MAC.
fn seal_slot(
    recipient: &Recipient,
    key: &[u8; 32],
    vault_id: &str,
    slot: Slot,
    sequence: u64,
    saved_at: i64,
    draft: &Value,
) -> Result<(String, Vec<u8>), VaultError> {
    let envelope = EnvelopeOut {
        format: ENVELOPE_FORMAT,
        version: FORMAT_VERSION,
        vault_id,
        sequence,
        slot: slot.name(),
        saved_at,
        draft,
    };
    let mut plaintext = serde_json::to_vec(&envelope).map_err(|_| VaultError::EncryptionFailed)?;
    // JSON allows trailing white space: the padding is spaces.
    plaintext.resize(slot_bucket(plaintext.len()), b' ');
    let ciphertext = agefile::encrypt(std::slice::from_ref(recipient), &plaintext);
    plaintext.zeroize();
    let ciphertext = ciphertext.map_err(|_| VaultError::EncryptionFailed)?;
    let mac = slot_mac(key, &ciphertext);
    let text = format!(
        "{}.{}",
        codec::base64_encode(&ciphertext),
        codec::base64_encode(&mac)
    );
    Ok((text, mac))
}

// ------------------------------------------------------------------ status

/// What is on this device, found without a passphrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VaultStatus {
    /// No vault: browse freely; ask for a passphrase on the first save.
    None,
    /// A vault that needs the passphrase. `has_data` is false when it was
    /// created but nothing was saved yet.
    Locked { has_data: bool },
}

/// Status without a passphrase. Errors are the cases to explain instead of
/// (or before) the unlock screen: `Damaged`, `StorageEvicted`,
/// `NewerVersion`, `StorageUnavailable`.
pub fn status(storage: &impl Storage) -> Result<VaultStatus, VaultError> {
    let key = read_key_record(storage)?;
    let a = storage.get(SLOT_A_KEY)?.is_some();
    let b = storage.get(SLOT_B_KEY)?.is_some();
    let legacy_head = storage.get(HEAD_KEY)?.is_some();
    match key {
        None if a || b || legacy_head => Err(VaultError::StorageEvicted(Evicted::KeyGone)),
        None => Ok(VaultStatus::None),
        Some(key) => {
            // Was anything ever saved? (A format-1 head that does not parse
            // is left to `open`, which recovers from the slots.)
            let saved = if key.version >= 2 {
                key.head.is_some()
            } else {
                match read_legacy_head(storage) {
                    Ok(head) => head.is_some_and(|h| h.sequence > 0),
                    Err(VaultError::Damaged(Damage::Head)) => false,
                    Err(e) => return Err(e),
                }
            };
            if saved && !(a || b) {
                Err(VaultError::StorageEvicted(Evicted::DataGone))
            } else {
                Ok(VaultStatus::Locked { has_data: a || b })
            }
        }
    }
}

/// Main thread: the wrapped identity to hand to the worker's
/// [`unwrap_identity`], after checking the key record (format, version,
/// checksum, work factor) so damage shows before the slow step.
pub fn wrapped_key(storage: &impl Storage) -> Result<Vec<u8>, VaultError> {
    match read_key_record(storage)? {
        Some(record) => Ok(record.wrapped),
        None => Err(match status(storage) {
            Err(e) => e,
            Ok(_) => VaultError::NoVault,
        }),
    }
}

/// Every vault entry as stored (ciphertext and clear metadata only), as one
/// JSON object `{"waymark.v1.key": "…", …}`: what the UI offers to save as a
/// file when the vault is damaged, so nothing is lost. Same shape as the
/// `storage` object of the fixtures in tests/fixtures/vault/.
pub fn encrypted_backup(storage: &impl Storage) -> Result<String, VaultError> {
    let mut map = serde_json::Map::new();
    for key in ALL_KEYS {
        if let Some(value) = storage.get(key)? {
            map.insert(key.to_owned(), Value::String(value));
        }
    }
    serde_json::to_string_pretty(&Value::Object(map)).map_err(|_| VaultError::EncryptionFailed)
}

/// Delete everything (crypto-shredding): removes the wrapped key FIRST, so
/// that even if the page dies halfway, what is left can never be decrypted;
/// then both slots, then the head.
pub fn delete_all(storage: &mut impl Storage) -> Result<(), VaultError> {
    for key in ALL_KEYS {
        storage.remove(key)?;
    }
    Ok(())
}

// ------------------------------------------------------------------- vault

/// Why the UI should say something after opening (the draft still opened).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenNotice {
    /// The slot that could not be read. It is kept untouched (saves go to
    /// the other slot) until [`Vault::discard_damaged`]; offer the user
    /// [`encrypted_backup`] as a file first.
    pub damaged: Slot,
    pub damage: Damage,
    /// The draft that opened is an older save than the newest one recorded.
    pub opened_older: bool,
    /// The damaged copy was (or may have been) the latest save, so recent
    /// changes may be missing; false when only an older copy is damaged.
    pub latest_damaged: bool,
}

impl OpenNotice {
    /// Fluent message id (in `vault.ftl`) for this notice.
    pub fn message_id(&self) -> &'static str {
        if self.latest_damaged {
            "vault-damaged-older-opened"
        } else {
            "vault-damaged-other-kept"
        }
    }
}

/// Result of opening a vault. (`Debug` omits the draft.)
pub struct Opened {
    pub vault: Vault,
    /// The draft, `None` when nothing was saved yet.
    pub draft: Option<Value>,
    /// `saved_at` the shell passed to the save that wrote this draft.
    pub saved_at: Option<i64>,
    pub notice: Option<OpenNotice>,
    /// The key was made before format 2: switch to a new key now with
    /// [`Vault::rotate`] (the worker's [`upgrade_key`] makes one under the
    /// same passphrase), so the vault cannot be opened unauthenticated again.
    pub upgrade_needed: bool,
}

impl std::fmt::Debug for Opened {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Opened")
            .field("vault", &self.vault)
            .field("has_draft", &self.draft.is_some())
            .field("saved_at", &self.saved_at)
            .field("notice", &self.notice)
            .field("upgrade_needed", &self.upgrade_needed)
            .finish()
    }
}

/// Result of a save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Saved {
    pub sequence: u64,
    pub slot: Slot,
    /// Bytes stored for this slot (base64 text and MAC).
    pub stored_bytes: usize,
}

/// An unlocked vault. Saving encrypts to the public recipient, so the
/// secret identity is used once, in [`Vault::open`], and wiped; the vault
/// keeps only the MAC key derived from it (wiped on drop, never stored or
/// shown), which makes its saves tell apart from copies planted by someone
/// who knows only the public key. Locking = dropping it and the draft.
pub struct Vault {
    recipient: Recipient,
    vault_id: String,
    /// The wrapped key as stored (rewritten with every head).
    wrapped: Vec<u8>,
    mac_key: Zeroizing<[u8; 32]>,
    sequence: u64,
    current: Option<Slot>,
    keep: Option<Slot>,
    /// The key record as this tab last read or wrote it: any other text in
    /// storage means another tab (or someone else) wrote since.
    record_text: Option<String>,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault")
            .field("vault_id", &self.vault_id)
            .field("sequence", &self.sequence)
            .field("current", &self.current)
            .field("keep", &self.keep)
            .finish_non_exhaustive()
    }
}

fn parse_identity(identity: &str) -> Result<Identity, VaultError> {
    Identity::parse(identity).ok_or(VaultError::Damaged(Damage::KeyContents))
}

type SlotResult = Option<Result<OpenSlot, SlotProblem>>;

impl Vault {
    /// Main thread: store a new vault's key (from the worker's [`create_key`]).
    /// Refuses with `AlreadyExists` if anything of a vault is present (even
    /// remnants: the UI offers [`delete_all`] first). Nothing is saved yet;
    /// call [`Vault::save`] next.
    pub fn create(storage: &mut impl Storage, key: &NewKey) -> Result<Vault, VaultError> {
        for k in ALL_KEYS {
            if storage.get(k)?.is_some() {
                return Err(VaultError::AlreadyExists);
            }
        }
        let identity = parse_identity(&key.identity)?;
        let recipient = identity.to_public();
        if recipient.to_string() != key.recipient {
            return Err(VaultError::Damaged(Damage::KeyContents));
        }
        kdf::scrypt_work_factor(&key.wrapped)?;
        let text = write_key_record(storage, &key.recipient, &key.wrapped, None)?;
        Ok(Vault {
            recipient,
            vault_id: vault_id_of(&key.recipient),
            wrapped: key.wrapped.clone(),
            mac_key: mac_key(&identity),
            sequence: random_sequence_start()?,
            current: None,
            keep: None,
            record_text: Some(text),
        })
    }

    /// Main thread: open with the key the worker's [`unwrap_identity`]
    /// returned.
    ///
    /// Format 2 (a version-2 key, or a format-2 record): a slot opens only
    /// if its MAC proves that this vault wrote it, and the head only counts
    /// if its MAC matches the current slot. When the head does not
    /// authenticate (planted, moved, or an older copy put back), the newest
    /// authentic slot opens. Format 1 (a key and record from before): the
    /// head and slots are read as they were written, without MACs, and
    /// [`Opened::upgrade_needed`] asks for the switch to a new key.
    ///
    /// If the copy the head names cannot be used and the other slot can, the
    /// other one opens and [`Opened::notice`] says so (the damaged copy is
    /// kept until [`Vault::discard_damaged`]).
    pub fn open(storage: &impl Storage, key: &UnwrappedKey) -> Result<Opened, VaultError> {
        let record = match read_key_record(storage)? {
            Some(record) => record,
            None => return Err(wrapped_key(storage).err().unwrap_or(VaultError::NoVault)),
        };
        let record_text = storage.get(KEY_KEY)?;
        let identity = parse_identity(&key.identity)?;
        let recipient = identity.to_public();
        let recipient_text = recipient.to_string();
        if recipient_text != record.recipient.to_string() {
            return Err(VaultError::Damaged(Damage::KeyContents));
        }
        let mac_key = mac_key(&identity);
        let authenticated = key.version >= 2 || record.version >= 2;
        // Format 2 keeps the head in the key record; a version-2 key with a
        // format-1 record (someone rewrote it) has no head to trust.
        let claimed = if authenticated {
            record.head.clone()
        } else {
            match read_legacy_head(storage) {
                Ok(head) => head,
                Err(VaultError::Damaged(Damage::Head)) => None,
                Err(e) => return Err(e),
            }
        }
        .filter(|h| h.vault_id == record.vault_id);

        let mut slots: Vec<(Slot, SlotResult)> = Vec::with_capacity(2);
        for slot in [Slot::A, Slot::B] {
            let result = match storage.get(slot.key())? {
                None => None,
                Some(text) => Some(open_slot(
                    &text,
                    &identity,
                    &record.vault_id,
                    slot,
                    authenticated.then_some(&*mac_key),
                )),
            };
            if let Some(Err(SlotFailure::Newer(found))) = result {
                return Err(VaultError::NewerVersion { found });
            }
            slots.push((
                slot,
                result.map(|r| {
                    r.map_err(|f| match f {
                        SlotFailure::Problem(p) => p,
                        SlotFailure::Newer(_) => SlotProblem::Plaintext,
                    })
                }),
            ));
        }

        // Format 2: the head counts only if its MAC matches the current slot.
        let (trusted, hint) = match claimed {
            Some(head) if authenticated => {
                let current = slots
                    .iter()
                    .find(|(s, _)| *s == head.slot)
                    .and_then(|(_, r)| r.as_ref())
                    .and_then(|r| r.as_ref().ok());
                let genuine = current.is_some_and(|open| {
                    open.envelope.sequence == head.sequence
                        && head.mac.as_deref().is_some_and(|mac| {
                            same_mac(mac, &head_mac(&mac_key, &recipient_text, &head, &open.mac))
                        })
                });
                if genuine {
                    (Some(head), None)
                } else {
                    (None, Some(head))
                }
            }
            head => (head, None),
        };

        let vault = Vault {
            recipient,
            vault_id: record.vault_id,
            wrapped: record.wrapped,
            mac_key,
            sequence: 0,
            current: None,
            keep: None,
            record_text,
        };
        let upgrade_needed = key.version < 2;
        let mut opened = decide(storage, vault, slots, trusted, hint, authenticated)?;
        opened.upgrade_needed = upgrade_needed;
        Ok(opened)
    }

    /// Autosave: encrypt `draft` to the vault's own public recipient (no KDF,
    /// no secret key needed), padded to a size bucket, with the vault's MAC;
    /// store it in the slot that is not current, then switch the head (one
    /// write of the key record, which holds it). `saved_at` is whatever clock
    /// value the shell wants back on open (e.g. `Date.now()`).
    ///
    /// Refuses with `ConflictingWriter` if another tab saved since, deleted
    /// the vault or created another one. On `StorageFull`/`StorageUnavailable`
    /// the previous save still opens.
    pub fn save(
        &mut self,
        storage: &mut impl Storage,
        draft: &Value,
        saved_at: i64,
    ) -> Result<Saved, VaultError> {
        self.check_current(storage)?;
        let target = match (self.keep, self.current) {
            (Some(kept), _) => kept.other(),
            (None, Some(current)) => current.other(),
            (None, None) => Slot::A,
        };
        let sequence = self.sequence.saturating_add(1);
        let (text, mac) = seal_slot(
            &self.recipient,
            &self.mac_key,
            &self.vault_id,
            target,
            sequence,
            saved_at,
            draft,
        )?;
        storage.set(target.key(), &text)?;
        let head = self.signed_head(&self.mac_key, &self.recipient.to_string(), target, sequence, self.keep, &mac);
        let record = write_key_record(storage, &self.recipient.to_string(), &self.wrapped, Some(&head))?;
        self.record_text = Some(record);
        self.sequence = sequence;
        self.current = Some(target);
        // A format-1 head is not needed any more (the record holds the head).
        let _ = remove_legacy_head(storage);
        Ok(Saved {
            sequence,
            slot: target,
            stored_bytes: text.len(),
        })
    }

    fn signed_head(
        &self,
        key: &[u8; 32],
        recipient: &str,
        slot: Slot,
        sequence: u64,
        keep: Option<Slot>,
        current_slot_mac: &[u8],
    ) -> Head {
        let mut head = Head {
            vault_id: vault_id_of(recipient),
            slot,
            sequence,
            keep,
            mac: None,
        };
        head.mac = Some(head_mac(key, recipient, &head, current_slot_mac));
        head
    }

    /// Switches to a new key (a passphrase change from the worker's
    /// [`rotate_key`], or a format-1 vault's [`upgrade_key`]) in one atomic
    /// step: `draft` is encrypted to the new key into the slot that is not
    /// current, then the key record is replaced by the new key and a head
    /// pointing at that slot (one write: the commit point), then the old
    /// key's copy is removed. If the page dies before the commit, the old
    /// passphrase still opens the old state; after it, only the new one
    /// opens, and nothing saved from then on can be read with the old key.
    /// Refused while a damaged copy is kept (it would be overwritten).
    pub fn rotate(
        &mut self,
        storage: &mut impl Storage,
        new_key: &NewKey,
        draft: &Value,
        saved_at: i64,
    ) -> Result<(), VaultError> {
        self.check_current(storage)?;
        if self.keep.is_some() {
            return Err(VaultError::DamagedCopyKept);
        }
        kdf::scrypt_work_factor(&new_key.wrapped)?;
        let identity = parse_identity(&new_key.identity)?;
        let recipient = identity.to_public();
        let recipient_text = recipient.to_string();
        if recipient_text != new_key.recipient {
            return Err(VaultError::Damaged(Damage::KeyContents));
        }
        let key = mac_key(&identity);
        let vault_id = vault_id_of(&recipient_text);
        let sequence = random_sequence_start()?;
        let old = self.current;
        let target = old.map_or(Slot::A, Slot::other);
        let (text, mac) = seal_slot(&recipient, &key, &vault_id, target, sequence, saved_at, draft)?;
        storage.set(target.key(), &text)?;
        let head = self.signed_head(&key, &recipient_text, target, sequence, None, &mac);
        let record = write_key_record(storage, &recipient_text, &new_key.wrapped, Some(&head))?;
        // Committed. The old key's copy and a format-1 head are not needed;
        // if removing them fails, the next save writes over the slot.
        if let Some(old) = old {
            let _ = storage.remove(old.key());
        }
        let _ = remove_legacy_head(storage);
        *self = Vault {
            recipient,
            vault_id,
            wrapped: new_key.wrapped.clone(),
            mac_key: key,
            sequence,
            current: Some(target),
            keep: None,
            record_text: Some(record),
        };
        Ok(())
    }

    /// Whether storage still holds what this tab last saw: `Ok` if so,
    /// `ConflictingWriter` if another tab saved, deleted or replaced the
    /// vault (the shell then shows "changed in another tab, reload").
    pub fn check_current(&self, storage: &impl Storage) -> Result<(), VaultError> {
        let stored = storage.get(KEY_KEY)?;
        if stored == self.record_text {
            return Ok(());
        }
        let stored_sequence = match read_key_record(storage) {
            Ok(Some(record)) => record.head.map_or(0, |h| h.sequence),
            Ok(None) | Err(VaultError::Damaged(_)) => 0,
            Err(e) => return Err(e),
        };
        Err(VaultError::ConflictingWriter {
            stored: stored_sequence,
            ours: self.sequence,
        })
    }

    /// The user has saved (or declined to save) the damaged copy reported in
    /// [`OpenNotice`]; later saves may overwrite it.
    pub fn discard_damaged(&mut self) {
        self.keep = None;
    }

    /// The damaged slot being kept, if any.
    pub fn kept_damaged(&self) -> Option<Slot> {
        self.keep
    }

    /// Sequence of the last save this tab has seen or written.
    pub fn sequence(&self) -> u64 {
        self.sequence
    }

    pub fn vault_id(&self) -> &str {
        &self.vault_id
    }

    /// `age1…` public recipient of this vault.
    pub fn recipient(&self) -> String {
        self.recipient.to_string()
    }

    /// Lock: forget this vault handle (the shell also drops the draft).
    pub fn lock(self) {}
}

fn remove_legacy_head(storage: &mut impl Storage) -> Result<(), VaultError> {
    if storage.get(HEAD_KEY)?.is_some() {
        storage.remove(HEAD_KEY)?;
    }
    Ok(())
}

fn take(slots: &mut [(Slot, SlotResult)], slot: Slot) -> SlotResult {
    slots
        .iter_mut()
        .find(|(s, _)| *s == slot)
        .and_then(|(_, r)| r.take())
}

fn opened_with(mut vault: Vault, slot: Slot, open: OpenSlot, notice: Option<OpenNotice>) -> Opened {
    vault.sequence = vault.sequence.max(open.envelope.sequence);
    vault.current = Some(slot);
    Opened {
        vault,
        draft: Some(open.envelope.draft),
        saved_at: Some(open.envelope.saved_at),
        notice,
        upgrade_needed: false,
    }
}

/// Which copy opens, given the slots and the head: `trusted` is a head to
/// follow (format 2: its MAC matched; format 1: as read), `hint` a format-2
/// head whose MAC did not match (only its claimed sequence is used, to say
/// that an older copy opened). `authenticated`: format 2 (slots checked by
/// MAC); in format 1 any unreadable copy is reported and kept, because
/// nothing else can tell the owner's copies from someone else's.
fn decide(
    storage: &impl Storage,
    mut vault: Vault,
    mut slots: Vec<(Slot, SlotResult)>,
    trusted: Option<Head>,
    hint: Option<Head>,
    authenticated: bool,
) -> Result<Opened, VaultError> {
    let Some(head) = trusted else {
        // No head to follow: the newest authentic slot wins.
        let a = take(&mut slots, Slot::A);
        let b = take(&mut slots, Slot::B);
        let sequence_of = |r: &SlotResult| r.as_ref().and_then(|r| r.as_ref().ok()).map(|o| o.envelope.sequence);
        let hinted_found = hint.as_ref().and_then(|h| match h.slot {
            Slot::A => sequence_of(&a),
            Slot::B => sequence_of(&b),
        });
        let (good, bad): (Vec<_>, Vec<_>) = [(Slot::A, a), (Slot::B, b)]
            .into_iter()
            .filter_map(|(s, r)| r.map(|r| (s, r)))
            .partition(|(_, r)| r.is_ok());
        let best = good
            .into_iter()
            .filter_map(|(s, r)| r.ok().map(|e| (s, e)))
            .max_by_key(|(_, e)| e.envelope.sequence);
        // The copy the head named is the one to report when nothing opens.
        let bad: Vec<(Slot, SlotProblem)> = bad.into_iter().filter_map(|(s, r)| r.err().map(|p| (s, p))).collect();
        let hinted = hint.as_ref().map(|h| h.slot);
        let first_bad = bad.iter().find(|(s, _)| Some(*s) == hinted).or(bad.first()).copied();
        return match (best, first_bad) {
            (None, None) => {
                let saved = hint.is_some() || storage.get(HEAD_KEY)?.is_some();
                if saved {
                    Err(VaultError::StorageEvicted(Evicted::DataGone))
                } else {
                    vault.sequence = random_sequence_start()?;
                    Ok(Opened {
                        vault,
                        draft: None,
                        saved_at: None,
                        notice: None,
                        upgrade_needed: false,
                    })
                }
            }
            (None, Some((slot, problem))) => Err(VaultError::Damaged(Damage::Slot { slot, problem })),
            (Some((slot, open)), bad) => {
                let claimed = hint.as_ref().map_or(0, |h| h.sequence);
                let opened_older = open.envelope.sequence < claimed;
                let notice = match (bad, &hint) {
                    (Some((s, problem)), _) => Some(OpenNotice {
                        damaged: s,
                        damage: Damage::Slot { slot: s, problem },
                        opened_older,
                        latest_damaged: true,
                    }),
                    // Both copies are authentic, but the head named a newer
                    // save: an older copy was put back in its place.
                    (None, Some(h)) if opened_older && h.slot != slot => Some(OpenNotice {
                        damaged: h.slot,
                        damage: Damage::Slot {
                            slot: h.slot,
                            problem: SlotProblem::Replayed {
                                found: hinted_found.unwrap_or(0),
                                expected: h.sequence,
                            },
                        },
                        opened_older,
                        latest_damaged: true,
                    }),
                    _ => None,
                };
                vault.keep = notice.map(|n| n.damaged);
                Ok(opened_with(vault, slot, open, notice))
            }
        };
    };

    let current = take(&mut slots, head.slot);
    let other = take(&mut slots, head.slot.other());
    vault.sequence = head.sequence;
    let current = match current {
        None => Err(SlotProblem::Missing),
        Some(Ok(open)) if open.envelope.sequence < head.sequence => Err(SlotProblem::Replayed {
            found: open.envelope.sequence,
            expected: head.sequence,
        }),
        Some(r) => r,
    };
    match current {
        Ok(open) => {
            // Format 2: the other slot is an older copy, an uncommitted
            // newer write or the old key's copy of an interrupted key
            // change: it matters only if the head says it is a damaged copy
            // being kept. Format 1: an unreadable copy may be the owner's
            // format-2 data under a format-1 key record put back, so it is
            // reported and kept (and the switch to a new key waits).
            let notice = match other {
                Some(Err(problem)) if !authenticated || head.keep == Some(head.slot.other()) => {
                    let s = head.slot.other();
                    vault.keep = Some(s);
                    Some(OpenNotice {
                        damaged: s,
                        damage: Damage::Slot { slot: s, problem },
                        opened_older: false,
                        latest_damaged: false,
                    })
                }
                _ => None,
            };
            Ok(opened_with(vault, head.slot, open, notice))
        }
        Err(problem) => match other {
            Some(Ok(open)) => {
                let opened_older = open.envelope.sequence < head.sequence;
                // A missing slot has nothing to keep: the browser dropped it.
                if problem != SlotProblem::Missing {
                    vault.keep = Some(head.slot);
                }
                let notice = Some(OpenNotice {
                    damaged: head.slot,
                    damage: Damage::Slot {
                        slot: head.slot,
                        problem,
                    },
                    opened_older,
                    latest_damaged: true,
                });
                Ok(opened_with(vault, head.slot.other(), open, notice))
            }
            _ if problem == SlotProblem::Missing && !matches!(other, Some(Err(_))) => {
                Err(VaultError::StorageEvicted(Evicted::DataGone))
            }
            _ => Err(VaultError::Damaged(Damage::Slot {
                slot: head.slot,
                problem,
            })),
        },
    }
}

/// Convenience for hosts without workers (and tests): [`create_key`] and
/// [`Vault::create`] on one thread.
pub fn create(storage: &mut impl Storage, passphrase: &str) -> Result<Vault, VaultError> {
    for k in ALL_KEYS {
        if storage.get(k)?.is_some() {
            return Err(VaultError::AlreadyExists);
        }
    }
    let key = create_key(passphrase)?;
    Vault::create(storage, &key)
}

/// Convenience for hosts without workers (and tests): [`wrapped_key`],
/// [`unwrap_identity`] and [`Vault::open`] on one thread.
pub fn unlock(storage: &impl Storage, passphrase: &str) -> Result<Opened, VaultError> {
    let wrapped = wrapped_key(storage)?;
    let key = unwrap_identity(&wrapped, passphrase)?;
    Vault::open(storage, &key)
}
