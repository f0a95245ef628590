//! The vault: every draft the newcomer types, encrypted on their phone.
//!
//! Owns the storage format (key names, records, the encrypted envelope, its
//! version and migrations), the save protocol (two slots, write new then
//! switch the head), the checks on open (damage, swaps, replays, newer
//! versions, another tab), and [`VaultError`], one variant per situation a
//! person can meet. See docs/security.md for the design and its limits.
//!
//! It must never write a plaintext (or anything derived from the passphrase
//! other than age's own scrypt stanza) to storage, never put secret data in
//! an error or a `Debug` output, never overwrite data it could not read
//! without the UI having reported it, and never panic on anything read from
//! storage. It does not interpret the draft (`serde_json::Value`), keep time,
//! or talk to the browser: the shell passes in a [`Storage`], the time of a
//! save, and runs [`unwrap_identity`] / [`create_key`] / [`rewrap_identity`]
//! (the slow scrypt step) in a Web Worker.

mod codec;
mod kdf;
mod storage;
mod strength;
#[cfg(test)]
mod tests;

use zeroize::Zeroize;

use crate::agefile::{self, Identity, Recipient};
use serde::Serialize;
use serde_json::Value;

pub use kdf::{
    create_key, rewrap_identity, scrypt_work_factor, unwrap_identity, wrap_identity, NewKey,
    KDF_LOG_N, MAX_LOG_N, MIN_LOG_N,
};
pub use storage::{MemoryStorage, Storage, StorageError, StorageOp};
pub use strength::{new_passphrase_problem, normalize_passphrase, passphrase_strength, Strength, MIN_PASSPHRASE_CHARS};

/// Format version this build writes and the newest it can read.
pub const FORMAT_VERSION: u32 = 1;

/// Storage key of the key record (wrapped identity + public recipient).
pub const KEY_KEY: &str = "waymark.v1.key";
/// Storage key of the head record (which slot is current, sequence).
/// The shell listens for `storage` events on this key (and [`KEY_KEY`]) to
/// notice that another tab saved, deleted or created a vault.
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

/// Clear record under [`KEY_KEY`].
#[derive(Serialize)]
struct KeyRecordOut<'a> {
    format: &'a str,
    version: u32,
    vault_id: &'a str,
    recipient: &'a str,
    wrapped: &'a str,
    crc32: &'a str,
}

struct KeyRecord {
    vault_id: String,
    recipient: Recipient,
    wrapped: Vec<u8>,
}

/// Clear record under [`HEAD_KEY`].
#[derive(Debug, Clone, PartialEq, Eq)]
struct Head {
    vault_id: String,
    slot: Slot,
    sequence: u64,
    /// Slot holding damaged data kept for the user (never written to).
    keep: Option<Slot>,
}

#[derive(Serialize)]
struct HeadOut<'a> {
    format: &'a str,
    version: u32,
    vault_id: &'a str,
    slot: &'a str,
    sequence: u64,
    keep: Option<&'a str>,
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

fn read_key_record(storage: &impl Storage) -> Result<Option<KeyRecord>, VaultError> {
    let damaged = VaultError::Damaged(Damage::KeyRecord);
    let Some(map) = read_record(storage, KEY_KEY, KEY_FORMAT, Damage::KeyRecord)? else {
        return Ok(None);
    };
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
    Ok(Some(KeyRecord {
        vault_id: vault_id.to_owned(),
        recipient: recipient_key,
        wrapped,
    }))
}

fn write_key_record(
    storage: &mut impl Storage,
    recipient: &str,
    wrapped: &[u8],
) -> Result<String, VaultError> {
    let vault_id = vault_id_of(recipient);
    let record = KeyRecordOut {
        format: KEY_FORMAT,
        version: FORMAT_VERSION,
        vault_id: &vault_id,
        recipient,
        wrapped: &codec::base64_encode(wrapped),
        crc32: &format!("{:08x}", codec::crc32(wrapped)),
    };
    let text = serde_json::to_string(&record).map_err(|_| VaultError::EncryptionFailed)?;
    storage.set(KEY_KEY, &text)?;
    Ok(vault_id)
}

fn read_head(storage: &impl Storage) -> Result<Option<Head>, VaultError> {
    let damaged = VaultError::Damaged(Damage::Head);
    let Some(map) = read_record(storage, HEAD_KEY, HEAD_FORMAT, Damage::Head)? else {
        return Ok(None);
    };
    let vault_id = str_field(&map, "vault_id").ok_or(damaged)?.to_owned();
    let slot = str_field(&map, "slot")
        .and_then(Slot::from_name)
        .ok_or(damaged)?;
    let sequence = map.get("sequence").and_then(Value::as_u64).ok_or(damaged)?;
    let keep = match map.get("keep") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(Slot::from_name(s).ok_or(damaged)?),
        Some(_) => return Err(damaged),
    };
    Ok(Some(Head {
        vault_id,
        slot,
        sequence,
        keep,
    }))
}

fn write_head(storage: &mut impl Storage, head: &Head) -> Result<(), VaultError> {
    let record = HeadOut {
        format: HEAD_FORMAT,
        version: FORMAT_VERSION,
        vault_id: &head.vault_id,
        slot: head.slot.name(),
        sequence: head.sequence,
        keep: head.keep.map(Slot::name),
    };
    let text = serde_json::to_string(&record).map_err(|_| VaultError::EncryptionFailed)?;
    storage.set(HEAD_KEY, &text)?;
    Ok(())
}

// ------------------------------------------------------------- migrations

/// Brings a decrypted draft written by format `version` up to
/// [`FORMAT_VERSION`]. Version 1 is current, so it is returned unchanged;
/// future versions add one step per version here (and keep a fixture of the
/// old format in tests/fixtures/vault/). A version newer than this build is
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
    // (No steps yet: version 1 is the first format.)
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

/// Decrypts and checks one slot's stored text.
fn open_slot(
    text: &str,
    identity: &Identity,
    vault_id: &str,
    slot: Slot,
) -> Result<Envelope, SlotFailure> {
    let ciphertext =
        codec::base64_decode(text).ok_or(SlotFailure::Problem(SlotProblem::Encoding))?;
    // Slots are always binary age files; refuse anything else (armor, scrypt)
    // before age looks at it.
    if !ciphertext.starts_with(b"age-encryption.org/v1\n-> X25519 ") {
        return Err(SlotFailure::Problem(SlotProblem::Encryption));
    }
    let mut plaintext = agefile::decrypt(identity, &ciphertext)
        .map_err(|_| SlotFailure::Problem(SlotProblem::Encryption))?;
    let envelope = parse_envelope(&plaintext);
    plaintext.zeroize();
    let envelope = envelope?;
    if envelope.vault_id != vault_id {
        return Err(SlotFailure::Problem(SlotProblem::OtherVault));
    }
    if envelope.slot != slot {
        return Err(SlotFailure::Problem(SlotProblem::WrongSlot));
    }
    Ok(envelope)
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
    let head = match read_head(storage) {
        Ok(head) => head,
        Err(VaultError::Damaged(Damage::Head)) => None, // open() recovers from the slots
        Err(e) => return Err(e),
    };
    let a = storage.get(SLOT_A_KEY)?.is_some();
    let b = storage.get(SLOT_B_KEY)?.is_some();
    let head_present = storage.get(HEAD_KEY)?.is_some();
    match key {
        None if a || b || head_present => Err(VaultError::StorageEvicted(Evicted::KeyGone)),
        None => Ok(VaultStatus::None),
        Some(_) => match head {
            Some(h) if !(a || b) && h.sequence > 0 => {
                Err(VaultError::StorageEvicted(Evicted::DataGone))
            }
            _ => Ok(VaultStatus::Locked { has_data: a || b }),
        },
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
}

impl std::fmt::Debug for Opened {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Opened")
            .field("vault", &self.vault)
            .field("has_draft", &self.draft.is_some())
            .field("saved_at", &self.saved_at)
            .field("notice", &self.notice)
            .finish()
    }
}

/// Result of a save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Saved {
    pub sequence: u64,
    pub slot: Slot,
    /// Bytes stored for this slot (base64 text).
    pub stored_bytes: usize,
}

/// An unlocked vault. It holds no secret: saving needs only the public
/// recipient (the identity is used once, in [`Vault::open`], and wiped), plus
/// the highest sequence seen. Locking = dropping it and the draft.
pub struct Vault {
    recipient: Recipient,
    vault_id: String,
    sequence: u64,
    current: Option<Slot>,
    keep: Option<Slot>,
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
        let vault_id = write_key_record(storage, &key.recipient, &key.wrapped)?;
        Ok(Vault {
            recipient,
            vault_id,
            sequence: 0,
            current: None,
            keep: None,
        })
    }

    /// Main thread: open with the identity the worker's [`unwrap_identity`]
    /// returned. Reads the head's slot; if that is damaged, missing, swapped
    /// or replayed and the other slot is good, opens the other one and says
    /// so in [`Opened::notice`] (the damaged copy is kept).
    pub fn open(storage: &impl Storage, identity: &str) -> Result<Opened, VaultError> {
        let key = match read_key_record(storage)? {
            Some(key) => key,
            None => return Err(wrapped_key(storage).err().unwrap_or(VaultError::NoVault)),
        };
        let identity = parse_identity(identity)?;
        let recipient = identity.to_public();
        if recipient.to_string() != key.recipient.to_string() {
            return Err(VaultError::Damaged(Damage::KeyContents));
        }
        let head = match read_head(storage) {
            Ok(Some(head)) if head.vault_id == key.vault_id => Some(head),
            Ok(Some(_)) | Ok(None) | Err(VaultError::Damaged(Damage::Head)) => None,
            Err(e) => return Err(e),
        };
        let mut results = Vec::with_capacity(2);
        for slot in [Slot::A, Slot::B] {
            let result = match storage.get(slot.key())? {
                None => None,
                Some(text) => Some(open_slot(&text, &identity, &key.vault_id, slot)),
            };
            if let Some(Err(SlotFailure::Newer(found))) = result {
                return Err(VaultError::NewerVersion { found });
            }
            results.push((
                slot,
                result.map(|r| {
                    r.map_err(|f| match f {
                        SlotFailure::Problem(p) => p,
                        SlotFailure::Newer(_) => SlotProblem::Plaintext,
                    })
                }),
            ));
        }
        let mut vault = Vault {
            recipient,
            vault_id: key.vault_id,
            sequence: 0,
            current: None,
            keep: None,
        };
        let mut slots: Vec<(Slot, Option<Result<Envelope, SlotProblem>>)> = results;
        let take = |slots: &mut Vec<(Slot, Option<Result<Envelope, SlotProblem>>)>, slot: Slot| {
            slots
                .iter_mut()
                .find(|(s, _)| *s == slot)
                .and_then(|(_, r)| r.take())
        };

        let Some(head) = head else {
            // No usable head: the newest authentic slot wins.
            let a = take(&mut slots, Slot::A);
            let b = take(&mut slots, Slot::B);
            let (good, bad): (Vec<_>, Vec<_>) = [(Slot::A, a), (Slot::B, b)]
                .into_iter()
                .filter_map(|(s, r)| r.map(|r| (s, r)))
                .partition(|(_, r)| r.is_ok());
            let best = good
                .into_iter()
                .filter_map(|(s, r)| r.ok().map(|e| (s, e)))
                .max_by_key(|(_, e)| e.sequence);
            let first_bad = bad.into_iter().find_map(|(s, r)| r.err().map(|p| (s, p)));
            return match (best, first_bad) {
                (None, None) => {
                    if storage.get(HEAD_KEY)?.is_some() {
                        Err(VaultError::StorageEvicted(Evicted::DataGone))
                    } else {
                        Ok(Opened {
                            vault,
                            draft: None,
                            saved_at: None,
                            notice: None,
                        })
                    }
                }
                (None, Some((slot, problem))) => {
                    Err(VaultError::Damaged(Damage::Slot { slot, problem }))
                }
                (Some((slot, env)), bad) => {
                    vault.sequence = env.sequence;
                    vault.current = Some(slot);
                    vault.keep = bad.map(|(s, _)| s);
                    let notice = bad.map(|(s, problem)| OpenNotice {
                        damaged: s,
                        damage: Damage::Slot { slot: s, problem },
                        opened_older: false,
                        latest_damaged: true,
                    });
                    Ok(Opened {
                        vault,
                        draft: Some(env.draft),
                        saved_at: Some(env.saved_at),
                        notice,
                    })
                }
            };
        };

        let current = take(&mut slots, head.slot);
        let other = take(&mut slots, head.slot.other());
        vault.current = Some(head.slot);
        vault.sequence = head.sequence;
        let current = match current {
            None => Err(SlotProblem::Missing),
            Some(Ok(env)) if env.sequence < head.sequence => Err(SlotProblem::Replayed {
                found: env.sequence,
                expected: head.sequence,
            }),
            Some(r) => r,
        };
        match current {
            Ok(env) => {
                vault.sequence = vault.sequence.max(env.sequence);
                // The other slot is an older copy (or an uncommitted newer
                // write). If it is damaged, keep it and say so.
                let notice = match other {
                    Some(Err(problem)) => {
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
                Ok(Opened {
                    vault,
                    draft: Some(env.draft),
                    saved_at: Some(env.saved_at),
                    notice,
                })
            }
            Err(problem) => match other {
                Some(Ok(env)) => {
                    vault.sequence = vault.sequence.max(env.sequence);
                    let opened_older = env.sequence < head.sequence;
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
                    Ok(Opened {
                        vault,
                        draft: Some(env.draft),
                        saved_at: Some(env.saved_at),
                        notice,
                    })
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

    /// Autosave: encrypt `draft` to the vault's own public recipient (no KDF,
    /// no secret key needed) and store it in the slot that is not current,
    /// then switch the head. `saved_at` is whatever clock value the shell
    /// wants back on open (e.g. `Date.now()`).
    ///
    /// Refuses with `ConflictingWriter` if another tab saved since (stored
    /// sequence ahead of ours), deleted the vault or created another one.
    /// On `StorageFull`/`StorageUnavailable` the previous save still opens.
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
        let envelope = EnvelopeOut {
            format: ENVELOPE_FORMAT,
            version: FORMAT_VERSION,
            vault_id: &self.vault_id,
            sequence,
            slot: target.name(),
            saved_at,
            draft,
        };
        let mut plaintext =
            serde_json::to_vec(&envelope).map_err(|_| VaultError::EncryptionFailed)?;
        let ciphertext = agefile::encrypt(std::slice::from_ref(&self.recipient), &plaintext);
        plaintext.zeroize();
        let ciphertext = ciphertext.map_err(|_| VaultError::EncryptionFailed)?;
        let text = codec::base64_encode(&ciphertext);
        storage.set(target.key(), &text)?;
        let head = Head {
            vault_id: self.vault_id.clone(),
            slot: target,
            sequence,
            keep: self.keep,
        };
        write_head(storage, &head)?;
        self.sequence = sequence;
        self.current = Some(target);
        Ok(Saved {
            sequence,
            slot: target,
            stored_bytes: text.len(),
        })
    }

    /// Whether storage still holds what this tab last saw: `Ok` if so,
    /// `ConflictingWriter` if another tab saved, deleted or replaced the
    /// vault (the shell then shows "changed in another tab, reload").
    pub fn check_current(&self, storage: &impl Storage) -> Result<(), VaultError> {
        let conflict = |stored| VaultError::ConflictingWriter {
            stored,
            ours: self.sequence,
        };
        match read_key_record(storage) {
            Ok(Some(key)) if key.vault_id == self.vault_id => {}
            Ok(_) => return Err(conflict(0)),
            Err(VaultError::Damaged(_)) => return Err(conflict(0)),
            Err(e) => return Err(e),
        }
        match read_head(storage) {
            Ok(Some(head)) if head.vault_id != self.vault_id => Err(conflict(head.sequence)),
            Ok(Some(head)) if head.sequence > self.sequence => Err(conflict(head.sequence)),
            Ok(_) | Err(VaultError::Damaged(Damage::Head)) => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// Main thread: store a wrapped key made by the worker's
    /// [`rewrap_identity`] (or [`wrap_identity`]) for a new passphrase. One
    /// write; the data slots are untouched; on failure the old passphrase
    /// still works.
    pub fn change_passphrase(
        &self,
        storage: &mut impl Storage,
        new_wrapped: &[u8],
    ) -> Result<(), VaultError> {
        kdf::scrypt_work_factor(new_wrapped)?;
        self.check_current(storage)?;
        write_key_record(storage, &self.recipient.to_string(), new_wrapped)?;
        Ok(())
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

    /// Highest sequence this tab has seen or written.
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
    let mut identity = unwrap_identity(&wrapped, passphrase)?;
    let opened = Vault::open(storage, &identity);
    identity.zeroize();
    opened
}
