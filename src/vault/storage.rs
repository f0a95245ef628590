//! The storage the vault writes to: a small string key/value trait (what
//! `localStorage` offers) and an in-memory fake for tests.
//!
//! Owns [`Storage`], [`StorageError`] and [`MemoryStorage`]. It never sees a
//! plaintext: the vault hands it only base64 ciphertext and clear metadata
//! (see docs/security.md for the key names). The browser adapter over
//! `window.localStorage` lives in the shell, not here.

use std::collections::BTreeMap;

/// Why a storage operation failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    /// The browser refused the write because the origin's quota is used up
    /// (`QuotaExceededError`). Nothing was written.
    #[error("storage quota exceeded")]
    QuotaExceeded,
    /// Storage cannot be used at all (private mode, disabled by settings,
    /// a security error, or the page is going away).
    #[error("storage unavailable")]
    Unavailable,
}

/// String key/value storage, as `window.localStorage`.
///
/// A `set` either stores the whole value or nothing (browsers guarantee this
/// for `setItem`); the vault relies on that for single records and never on
/// two writes being atomic together.
pub trait Storage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&mut self, key: &str) -> Result<(), StorageError>;
}

/// One write as recorded by [`MemoryStorage`], so tests can check order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageOp {
    Set(String),
    Remove(String),
}

/// In-memory storage that can pretend to be full, unavailable, or to crash
/// after a number of writes.
#[derive(Debug, Clone, Default)]
pub struct MemoryStorage {
    entries: BTreeMap<String, String>,
    /// Largest total size (bytes of keys and values) a write may leave
    /// behind; a write that would exceed it fails with `QuotaExceeded` and
    /// changes nothing.
    pub quota_bytes: Option<usize>,
    /// Number of further writes (set or remove) that succeed; every write
    /// after that fails with `Unavailable` and changes nothing (a crash or a
    /// closed tab between two writes).
    pub writes_before_failure: Option<usize>,
    /// Every operation fails with `Unavailable` (private mode).
    pub unavailable: bool,
    /// Successful writes, in order.
    pub log: Vec<StorageOp>,
}

impl MemoryStorage {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn from_entries(entries: BTreeMap<String, String>) -> Self {
        Self {
            entries,
            ..Self::default()
        }
    }

    pub fn entries(&self) -> &BTreeMap<String, String> {
        &self.entries
    }

    /// What a fresh page would find after a crash: same entries, no faults.
    pub fn reopened(&self) -> Self {
        Self::from_entries(self.entries.clone())
    }

    fn used_bytes_with(&self, key: &str, value: Option<&str>) -> usize {
        let others: usize = self
            .entries
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.len() + v.len())
            .sum();
        others + value.map_or(0, |v| key.len() + v.len())
    }

    fn before_write(&mut self) -> Result<(), StorageError> {
        if self.unavailable {
            return Err(StorageError::Unavailable);
        }
        match self.writes_before_failure {
            Some(0) => Err(StorageError::Unavailable),
            Some(n) => {
                self.writes_before_failure = Some(n - 1);
                Ok(())
            }
            None => Ok(()),
        }
    }
}

impl Storage for MemoryStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        if self.unavailable {
            return Err(StorageError::Unavailable);
        }
        Ok(self.entries.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        if let Some(quota) = self.quota_bytes {
            if self.used_bytes_with(key, Some(value)) > quota {
                return Err(StorageError::QuotaExceeded);
            }
        }
        self.before_write()?;
        self.entries.insert(key.to_owned(), value.to_owned());
        self.log.push(StorageOp::Set(key.to_owned()));
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StorageError> {
        self.before_write()?;
        self.entries.remove(key);
        self.log.push(StorageOp::Remove(key.to_owned()));
        Ok(())
    }
}
