//! Quick exit: blank the page and leave for a neutral site, now.
//!
//! Owns the one irreversible navigation of the app. It first runs the
//! registered lock hooks (the vault forgets its key), then empties the page
//! so nothing stays on screen while the next site loads, then *replaces* the
//! current history entry so the back button does not lead to this page.
//! It never asks for confirmation: speed is the point.

use std::cell::RefCell;

/// Where quick exit goes when the organisation configured nothing else.
pub const DEFAULT_NEUTRAL_URL: &str = "https://www.wikipedia.org/";

thread_local! {
    static LOCK_HOOKS: RefCell<Vec<Box<dyn Fn()>>> = RefCell::new(Vec::new());
}

/// Registers something to forget on quick exit (keys, decrypted state).
pub fn on_exit(hook: impl Fn() + 'static) {
    LOCK_HOOKS.with(|h| h.borrow_mut().push(Box::new(hook)));
}

/// Runs the lock hooks and forgets secrets, without leaving the page. Also
/// used when the page is restored from the back-forward cache.
pub fn forget_everything() {
    LOCK_HOOKS.with(|h| {
        for hook in h.borrow().iter() {
            hook();
        }
    });
}

/// Locks, blanks the page and leaves for `neutral_url`.
pub fn leave(neutral_url: &str) {
    forget_everything();
    let Some(window) = web_sys::window() else { return };
    if let Some(doc) = window.document() {
        if let Some(body) = doc.body() {
            body.set_inner_html("");
        }
        doc.set_title("");
    }
    let _ = window.location().replace(neutral_url);
}
