//! The organisation desk in `#/org`: load a secret key for this session,
//! open sealed exports (chosen before the key, they wait for it), read them
//! in the reader's language, sort and filter them, download them as
//! CSV/JSON, and answer one with a sealed plan; and, once, when the
//! organisation sets up, make a key pair.
//!
//! Owns the desk's session state ([`DeskState`]): secret keys, opened
//! exports, per-file results and the plan being written, all kept only in memory and cleared on
//! quick exit (and dropped when the screen is left). Decryption, parsing and
//! table formats are the core's (`crate::export`). It never stores a secret
//! key or an export anywhere, never shows partial data from a file that did
//! not open, and never shows a raw library error.

mod keys;
mod open;
mod plan;
mod read;
mod scan;

use std::sync::Arc;

use leptos::prelude::*;

use crate::export::{DeskIdentity, Export, KeyPair};
use crate::ui::export::answers::form_signal;
use crate::ui::i18n::use_i18n;

/// One export that opened, with a running number for the reader.
#[derive(Clone, PartialEq)]
pub struct Opened {
    pub number: usize,
    pub export: Arc<Export>,
}

/// A Fluent id with its numeric arguments (e.g. sizes in KB).
pub type Message = (&'static str, Vec<(&'static str, i64)>);

/// The outcome of one file or pasted text.
#[derive(Clone)]
pub struct FileResult {
    pub name: String,
    /// `Ok(number)` of the opened export, or the Fluent id and arguments of
    /// the error.
    pub outcome: Result<usize, Message>,
}

/// The desk's in-memory session.
#[derive(Clone, Copy)]
pub struct DeskState {
    pub identities: RwSignal<Vec<DeskIdentity>>,
    pub opened: RwSignal<Vec<Opened>>,
    pub results: RwSignal<Vec<FileResult>>,
    pub key_pair: RwSignal<Option<Arc<KeyPair>>>,
    pub next_number: StoredValue<usize>,
    /// The export whose "Write a plan" form is open (one at a time); the
    /// form and its sealed plan live only while it is.
    pub plan_for: RwSignal<Option<usize>>,
    /// Exports chosen (or pasted, or scanned) before any key was loaded:
    /// held in memory and opened as soon as a key is ([`open::open_waiting`]).
    pub waiting: StoredValue<Vec<open::Input>>,
    /// How many inputs are waiting for a key (for the status lines).
    pub waiting_count: RwSignal<usize>,
    /// Whether the results shown are of files that waited for the key.
    pub after_key: RwSignal<bool>,
}

impl DeskState {
    fn new() -> DeskState {
        let state = DeskState {
            identities: RwSignal::new(Vec::new()),
            opened: RwSignal::new(Vec::new()),
            results: RwSignal::new(Vec::new()),
            key_pair: RwSignal::new(None),
            next_number: StoredValue::new(1),
            plan_for: RwSignal::new(None),
            waiting: StoredValue::new(Vec::new()),
            waiting_count: RwSignal::new(0),
            after_key: RwSignal::new(false),
        };
        // Quick exit (and a page restored from the back-forward cache)
        // forgets keys and opened exports.
        crate::shell::quick_exit::on_exit(move || state.forget());
        state
    }

    /// Forgets everything secret or personal held by the desk.
    pub fn forget(self) {
        self.identities.try_set(Vec::new());
        self.opened.try_set(Vec::new());
        self.results.try_set(Vec::new());
        self.key_pair.try_set(None);
        self.plan_for.try_set(None);
        self.waiting.try_set_value(Vec::new());
        self.waiting_count.try_set(0);
        self.after_key.try_set(false);
    }
}

#[component]
pub fn Desk() -> impl IntoView {
    let i18n = use_i18n();
    let state = DeskState::new();
    let form = form_signal();
    view! {
        <section class="desk" aria-labelledby="desk-heading">
            <h2 id="desk-heading">{i18n.text("desk-heading")}</h2>
            <p>{i18n.text("desk-offline-note")}</p>
            // The daily steps first: load the key (most visits have one
            // already), open exports (in any order: chosen before the key,
            // they wait for it), read them. Making a key pair is done once,
            // when the organisation sets up: a collapsed part at the end, so
            // a first-timer does not make a new key by mistake.
            <keys::Load state=state/>
            <open::Open state=state/>
            <scan::ScanPart state=state/>
            <read::Reader state=state form=form/>
            <keys::Generate state=state/>
        </section>
    }
}
