//! The newcomer's draft as reactive state, shared by every screen.
//!
//! Owns the one in-memory copy of [`Draft`] and its revision counter. Screens
//! change the draft only through [`DraftStore::update`]; the vault UI watches
//! the revision to autosave (encrypted) and to ask for a passphrase on the
//! first save. This module never writes to storage itself.

use leptos::prelude::*;

use crate::draft::Draft;

#[derive(Clone, Copy)]
pub struct DraftStore {
    /// The decrypted draft (empty until the vault is unlocked or a new one
    /// is started).
    pub draft: RwSignal<Draft>,
    /// Raised on every change made by the newcomer (not on unlock/lock).
    pub revision: RwSignal<u64>,
}

pub fn use_draft() -> DraftStore {
    use_context::<DraftStore>().unwrap_or_else(DraftStore::provide)
}

impl DraftStore {
    pub fn provide() -> DraftStore {
        let store = DraftStore { draft: RwSignal::new(Draft::default()), revision: RwSignal::new(0) };
        provide_context(store);
        store
    }

    /// Applies a change the newcomer made and schedules an autosave.
    pub fn update(self, f: impl FnOnce(&mut Draft)) {
        self.draft.update(f);
        self.revision.update(|r| *r += 1);
    }

    /// Replaces the draft wholesale (after unlock), without counting it as
    /// a change to save.
    pub fn replace(self, draft: Draft) {
        self.draft.set(draft);
    }

    /// Forgets the draft (lock, quick exit, delete).
    pub fn forget(self) {
        self.draft.set(Draft::default());
    }
}
