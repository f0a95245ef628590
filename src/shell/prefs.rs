//! Non-secret preferences kept in localStorage in the clear.
//!
//! Owns the few values the app needs *before* the vault is unlocked (today:
//! the chosen language). Must never store an answer, note, name, date or
//! anything else a newcomer typed: those go only through the vault.

/// Key of the language the newcomer chose. The start-up script reads it too
/// (written by `scripts/post-build.mjs`, to preload that language's files).
pub const LOCALE_KEY: &str = "waymark.locale";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

pub fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok()?
}

/// Best effort: a full or disabled storage only means the choice is not
/// remembered, which the app survives.
pub fn set(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}

/// Best effort, like [`set`]: forgets a preference (delete everything).
pub fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}
