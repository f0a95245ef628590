//! The vault in the UI: passphrase setup on first save, unlock, autosave,
//! lock, auto-lock, change passphrase, delete everything.
//!
//! (Being built: until then [`VaultGate`] shows its children unchanged.)

use leptos::prelude::*;

/// Shows `children` only while the newcomer's draft may be shown and edited
/// (no vault yet, or unlocked); otherwise the unlock form.
#[component]
pub fn VaultGate(children: ChildrenFn) -> impl IntoView {
    move || children()
}
