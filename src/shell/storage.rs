//! `localStorage` as the vault's [`Storage`](crate::vault::Storage).
//!
//! Owns the mapping of browser failures to the core's `StorageError`:
//! `QuotaExceededError` (and Firefox's old `NS_ERROR_DOM_QUOTA_REACHED`) →
//! `QuotaExceeded`; no `localStorage`, a `SecurityError` (storage blocked,
//! some private modes) or any other failure → `Unavailable`.
//!
//! It stores only what the vault hands it (ciphertext and clear metadata):
//! nothing else of the newcomer's may ever pass through here, and it never
//! logs keys or values.

use wasm_bindgen::JsCast;

use crate::vault::{Storage, StorageError};

/// The page's `localStorage`, looked up on every call (a browser may revoke
/// it while the page is open).
#[derive(Debug, Clone, Copy, Default)]
pub struct BrowserStorage;

fn local() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .ok_or(StorageError::Unavailable)?
        .local_storage()
        .map_err(|_| StorageError::Unavailable)?
        .ok_or(StorageError::Unavailable)
}

/// Classifies an exception thrown by `setItem`.
fn write_error(e: wasm_bindgen::JsValue) -> StorageError {
    match e.dyn_into::<web_sys::DomException>() {
        Ok(ex) if ex.name() == "QuotaExceededError" || ex.name() == "NS_ERROR_DOM_QUOTA_REACHED" || ex.code() == 22 => {
            StorageError::QuotaExceeded
        }
        _ => StorageError::Unavailable,
    }
}

impl Storage for BrowserStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        local()?.get_item(key).map_err(|_| StorageError::Unavailable)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        local()?.set_item(key, value).map_err(write_error)
    }

    fn remove(&mut self, key: &str) -> Result<(), StorageError> {
        local()?.remove_item(key).map_err(|_| StorageError::Unavailable)
    }
}

/// Whether the browser lets this page write at all (a test write of an
/// empty value under a key of no meaning, removed at once). `false` in
/// blocked-storage and some private modes; a *full* storage still counts as
/// available (the vault reports that on save).
pub fn writable() -> bool {
    const PROBE: &str = "waymark.probe";
    let Ok(s) = local() else { return false };
    match s.set_item(PROBE, "") {
        Ok(()) => s.remove_item(PROBE).is_ok(),
        Err(e) => write_error(e) == StorageError::QuotaExceeded,
    }
}
