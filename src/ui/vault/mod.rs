//! The vault in the UI: passphrase setup on the first save, unlock,
//! autosave, lock now, auto-lock (idle minutes, page hidden), quick-exit and
//! back-forward-cache locking, two-tab conflicts, change passphrase, delete
//! everything, and the "save the locked data as a file" escape hatch.
//!
//! Owns [`VaultUi`] (one per app, in context): the page's phase, the save
//! state, the one [`Vault`] handle (which holds no secret) and the listeners
//! that lock it. Components: [`VaultGate`] (wraps content that shows the
//! newcomer's data), [`VaultBar`] (save state, lock now, setup dialog;
//! mounted once by the app shell), and the forms in `forms`.
//!
//! It must never write anything but the vault's own records to storage,
//! never show or log a passphrase, identity or draft, never keep a draft on
//! screen while locked, and never save over data it could not open (a
//! damaged or newer vault is only ever read, downloaded as-is or deleted on
//! the newcomer's typed request). The slow scrypt step runs only in the
//! worker (`crate::shell::kdf`); everything else calls the pure core.

mod forms;

use std::time::Duration;

use leptos::prelude::*;

use crate::ui::blocks::{dynamic};

pub use forms::{
    confirms_delete, enter_submits, focus_soon, message, new_passphrase_error, show_field_error, PassphraseField, StrengthHint, VaultBar,
};
use forms::{ConflictPanel, ProblemPanel, UnlockForm};

use crate::draft::Draft;
use crate::shell::kdf::{self, KdfError, Reply, Request};
use crate::shell::{locks, page};
use crate::shell::quick_exit;
use crate::shell::storage::{self, BrowserStorage};
use crate::ui::draft::{use_draft, DraftStore};
use crate::vault::{self as core, OpenNotice, Vault, VaultError, VaultStatus};

/// Autosave waits this long after the last change before encrypting.
const SAVE_DEBOUNCE: Duration = Duration::from_millis(400);
/// How often the idle timer is checked.
const IDLE_CHECK: Duration = Duration::from_secs(5);
/// Name of the file offered when the vault cannot be opened. Neutral on
/// purpose: it says nothing about the app or the person.
pub const BACKUP_FILE_NAME: &str = "backup.json";

/// Where the vault stands on this page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Reading the status (the first moment after start).
    Starting,
    /// No vault on this device: browse freely; the first change asks for a
    /// passphrase. Changes live only in memory until then.
    NoVault,
    /// The browser does not let the page store anything (private mode,
    /// blocked storage): the app works without saving.
    NoStorage,
    /// A vault exists and needs the passphrase.
    Locked,
    /// Open: the draft is on screen and autosaved.
    Unlocked,
    /// Another tab saved, deleted or replaced the vault: locked, reload.
    Conflict,
    /// Something to explain instead of the unlock form: damaged, evicted,
    /// newer version.
    Problem(VaultError),
}

/// The autosave state shown in the status line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveState {
    /// Nothing changed since unlocking (or since the last save).
    Saved,
    /// A change waits for the debounce to end.
    Pending,
    /// The last save failed; the change is still in memory and the previous
    /// save still opens.
    Failed(VaultError),
}

/// The vault's UI state (copyable handle; lives in context).
#[derive(Clone, Copy)]
pub struct VaultUi {
    pub phase: RwSignal<Phase>,
    pub save_state: RwSignal<SaveState>,
    /// The setup dialog is open.
    pub setup_open: RwSignal<bool>,
    /// "Not now" was chosen: do not reopen the dialog on every change.
    pub setup_declined: RwSignal<bool>,
    /// The one reminder after "Not now" was given (see [`VaultUi::remind_setup`]).
    setup_reminded: StoredValue<bool>,
    /// After opening: a damaged copy is kept (offer the file, then discard).
    pub notice: RwSignal<Option<OpenNotice>>,
    /// After opening: the answers were in format 1, which has no MACs, so
    /// nothing could show whether someone else wrote them (they are moved
    /// to format 2 now). Cleared by "OK" or locking.
    pub opened_unchecked: RwSignal<bool>,
    /// Set by "Lock now"/auto-lock, cleared on unlock: shows "Locked."
    pub just_locked: RwSignal<bool>,
    /// Set by delete everything: shows "Everything is deleted".
    pub just_deleted: RwSignal<bool>,
    /// Which [`VaultGate`] shows the unlock form (only one per page).
    form_owner: RwSignal<Option<u32>>,
    next_gate: StoredValue<u32>,
    vault: StoredValue<Option<Vault>, LocalStorage>,
    timer: StoredValue<Option<TimeoutHandle>>,
    last_activity: StoredValue<f64>,
    draft: DraftStore,
}

/// The app's vault state (provided by [`VaultUi::provide`] in the app shell).
pub fn use_vault() -> VaultUi {
    use_context::<VaultUi>().unwrap_or_else(|| VaultUi::provide(use_draft()))
}

fn now() -> f64 {
    js_sys::Date::now()
}

impl VaultUi {
    /// Creates the vault state, reads the status and installs the autosave
    /// effect and every locking listener. Call once, in the app shell.
    pub fn provide(draft: DraftStore) -> VaultUi {
        let ui = VaultUi {
            phase: RwSignal::new(Phase::Starting),
            save_state: RwSignal::new(SaveState::Saved),
            setup_open: RwSignal::new(false),
            setup_declined: RwSignal::new(false),
            setup_reminded: StoredValue::new(false),
            notice: RwSignal::new(None),
            opened_unchecked: RwSignal::new(false),
            just_locked: RwSignal::new(false),
            just_deleted: RwSignal::new(false),
            form_owner: RwSignal::new(None),
            next_gate: StoredValue::new(0),
            vault: StoredValue::new_local(None),
            timer: StoredValue::new(None),
            last_activity: StoredValue::new(now()),
            draft,
        };
        provide_context(ui);
        ui.refresh_status();

        // Autosave: every change the newcomer makes raises the revision.
        Effect::new(move |prev: Option<u64>| {
            let revision = draft.revision.get();
            if prev.is_some_and(|p| p != revision) {
                ui.changed();
            }
            revision
        });

        // Quick exit (and a bfcache restore, which the shell turns into the
        // same hooks plus a reload) locks.
        quick_exit::on_exit(move || ui.lock());

        // Another tab wrote the vault's head or key (or cleared storage).
        let on_storage = window_event_listener(leptos::ev::storage, move |ev| {
            let key = ev.key();
            let ours = match key.as_deref() {
                None => true,
                Some(k) => k == core::HEAD_KEY || k == core::KEY_KEY,
            };
            if ours {
                ui.other_tab_changed();
            }
        });
        // Auto-lock when the page is hidden (another app, screen off).
        let on_visibility = window_event_listener_untyped("visibilitychange", move |_| {
            if page::hidden() && ui.lock_when_hidden() {
                ui.lock();
            }
        });
        // Idle auto-lock: any touch or key counts as use.
        let touch = move |_| ui.last_activity.set_value(now());
        let on_pointer = window_event_listener(leptos::ev::pointerdown, touch);
        let on_key = window_event_listener(leptos::ev::keydown, move |_| ui.last_activity.set_value(now()));
        let idle = set_interval_with_handle(move || ui.check_idle(), IDLE_CHECK).ok();
        // Leaving or closing the page: write the pending change now.
        let on_hide = window_event_listener(leptos::ev::pagehide, move |_| ui.flush());
        on_cleanup(move || {
            on_storage.remove();
            on_visibility.remove();
            on_pointer.remove();
            on_key.remove();
            on_hide.remove();
            if let Some(idle) = idle {
                idle.clear();
            }
        });
        ui
    }

    /// Re-reads what is stored (no passphrase needed) and sets the phase.
    pub fn refresh_status(self) {
        let phase = match core::status(&BrowserStorage) {
            Ok(VaultStatus::None) if storage::writable() => Phase::NoVault,
            Ok(VaultStatus::None) | Err(VaultError::StorageUnavailable) => Phase::NoStorage,
            Ok(VaultStatus::Locked { .. }) => Phase::Locked,
            Err(e) => Phase::Problem(e),
        };
        self.phase.set(phase);
        if phase != Phase::NoVault {
            self.setup_open.set(false);
        }
    }

    fn lock_when_hidden(self) -> bool {
        self.draft.draft.with_untracked(|d| d.settings.lock_when_hidden)
    }

    fn check_idle(self) {
        if self.phase.get_untracked() != Phase::Unlocked {
            return;
        }
        let minutes = self.draft.draft.with_untracked(|d| d.settings.auto_lock_minutes);
        if minutes > 0 && now() - self.last_activity.get_value() >= f64::from(minutes) * 60_000.0 {
            self.lock();
        }
    }

    /// The newcomer changed something.
    fn changed(self) {
        self.just_deleted.set(false);
        match self.phase.get_untracked() {
            Phase::Unlocked => {
                self.save_state.set(SaveState::Pending);
                self.cancel_timer();
                let handle = set_timeout_with_handle(move || self.autosave(), SAVE_DEBOUNCE).ok();
                self.timer.set_value(handle);
            }
            Phase::NoVault if !self.setup_declined.get_untracked() => self.setup_open.set(true),
            _ => {}
        }
    }

    /// After "Not now", asks once more at a moment that matters (the
    /// newcomer finished a part of the intake): unsaved answers are lost on
    /// quick exit, a closed tab or a dead battery.
    pub fn remind_setup(self) {
        if self.phase.get_untracked() == Phase::NoVault && self.setup_declined.get_untracked() && !self.setup_reminded.get_value() {
            self.setup_reminded.set_value(true);
            self.setup_open.set(true);
        }
    }

    fn cancel_timer(self) {
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        self.timer.set_value(None);
    }

    /// Saves a pending change now (lock, page hide, quick exit): at once,
    /// in this task, because the page may be gone before a lock is granted.
    pub fn flush(self) {
        self.cancel_timer();
        if self.has_unsaved() {
            self.save_now();
        }
    }

    /// Saves now (like [`VaultUi::flush`], whatever the save state) and
    /// says whether the draft is stored: a new reply key is named in an
    /// export only once it is.
    pub fn save_now_and_check(self) -> bool {
        self.cancel_timer();
        self.save_now();
        self.save_state.get_untracked() == SaveState::Saved
    }

    fn has_unsaved(self) -> bool {
        matches!(self.save_state.get_untracked(), SaveState::Pending | SaveState::Failed(_))
    }

    /// The debounced autosave: under the site's vault lock, so that two tabs
    /// saving at the same moment are serialised and the second one's check
    /// sees the first one's write (it is then told, instead of overwriting).
    fn autosave(self) {
        self.cancel_timer();
        crate::shell::locks::exclusive(crate::shell::locks::VAULT_LOCK, move || {
            // Locked, flushed or changed tab while waiting: nothing to do.
            if self.has_unsaved() {
                self.save_now();
            }
        });
    }

    /// Encrypts and stores the whole draft (no KDF: the vault encrypts to
    /// its own public key).
    fn save_now(self) {
        if self.phase.get_untracked() != Phase::Unlocked {
            return;
        }
        // User Timing marks (names only, no data) let the benchmark in
        // tests/e2e/vault-bench.mjs read how long a whole save takes.
        let perf = web_sys::window().and_then(|w| w.performance());
        if let Some(p) = &perf {
            p.clear_measures_with_measure_name("waymark-save");
            let _ = p.mark("waymark-save-start");
        }
        let json = self.draft.draft.with_untracked(Draft::to_json);
        let result = self
            .vault
            .try_update_value(|v| v.as_mut().map(|vault| vault.save(&mut BrowserStorage, &json, now() as i64)))
            .flatten();
        if let Some(p) = &perf {
            let _ = p.measure_with_start_mark("waymark-save", "waymark-save-start");
            p.clear_marks_with_mark_name("waymark-save-start");
        }
        match result {
            Some(Ok(_)) => self.save_state.set(SaveState::Saved),
            Some(Err(VaultError::ConflictingWriter { .. })) => self.conflict(),
            Some(Err(e)) => self.save_state.set(SaveState::Failed(e)),
            None => {}
        }
    }

    /// Another tab touched the vault's records.
    fn other_tab_changed(self) {
        match self.phase.get_untracked() {
            Phase::Unlocked => {
                let check = self.vault.with_value(|v| v.as_ref().map(|vault| vault.check_current(&BrowserStorage)));
                if let Some(Err(VaultError::ConflictingWriter { .. })) = check {
                    self.conflict();
                }
            }
            Phase::Conflict => {}
            _ => self.refresh_status(),
        }
    }

    /// Another tab won: forget everything here, ask for a reload.
    fn conflict(self) {
        self.cancel_timer();
        self.vault.set_value(None);
        self.draft.forget();
        self.notice.set(None);
        self.phase.set(Phase::Conflict);
    }

    /// Lock now: write the pending change, forget the vault handle and the
    /// draft, show the unlock form. Does nothing unless unlocked.
    pub fn lock(self) {
        if self.phase.get_untracked() != Phase::Unlocked {
            return;
        }
        self.flush();
        self.vault.set_value(None);
        self.draft.forget();
        self.notice.set(None);
        self.opened_unchecked.set(false);
        self.save_state.set(SaveState::Saved);
        self.just_locked.set(true);
        self.phase.set(Phase::Locked);
    }

    fn opened(self, opened: core::Opened) -> Result<(), KdfError> {
        let draft = match &opened.draft {
            None => Draft::default(),
            Some(value) => Draft::from_json(value).map_err(|_| {
                KdfError::Vault(VaultError::Damaged(core::Damage::Slot {
                    slot: core::Slot::A,
                    problem: core::SlotProblem::Plaintext,
                }))
            })?,
        };
        self.draft.replace(draft);
        self.notice.set(opened.notice);
        self.vault.set_value(Some(opened.vault));
        self.save_state.set(SaveState::Saved);
        self.just_locked.set(false);
        self.last_activity.set_value(now());
        self.phase.set(Phase::Unlocked);
        // Unlocked while the page was hidden (the newcomer switched away
        // during the KDF): lock again at once.
        if page::hidden() && self.lock_when_hidden() {
            self.lock();
        }
        Ok(())
    }

    /// Unlocks with `passphrase` (scrypt in the worker). On error nothing
    /// is changed in storage. A vault whose key predates format 2 is moved
    /// to the new key the worker made for it (if that fails, it stays
    /// usable and is moved at a later unlock).
    pub async fn unlock(self, passphrase: String) -> Result<(), KdfError> {
        let wrapped = core::wrapped_key(&BrowserStorage).map_err(KdfError::Vault)?;
        let reply = kdf::run(Request::Unwrap { wrapped: &wrapped, passphrase: &passphrase }).await?;
        drop(passphrase);
        let Reply::Unwrapped { key, upgrade } = reply else { return Err(KdfError::WorkerFailed) };
        let mut opened = core::Vault::open(&BrowserStorage, &key).map_err(KdfError::Vault)?;
        drop(key);
        // Format 1 cannot be checked: say so every time it opens. After the
        // move below it is only met again if someone put an old copy back.
        self.opened_unchecked.set(opened.upgrade_needed);
        if let (true, Some(upgrade), None) = (opened.upgrade_needed, upgrade, opened.notice) {
            // Under the site's vault lock: no other tab's save may land
            // between the check and the switch.
            let draft = opened.draft.clone().unwrap_or_else(|| Draft::default().to_json());
            let vault = opened.vault;
            let vault = locks::exclusive_then(locks::VAULT_LOCK, move || {
                let mut vault = vault;
                let _ = vault.rotate(&mut BrowserStorage, &upgrade, &draft, now() as i64);
                vault
            })
            .await;
            let Some(vault) = vault else { return Err(KdfError::WorkerFailed) };
            opened.vault = vault;
        }
        self.opened(opened)
    }

    /// First save: creates the vault under `passphrase` (scrypt in the
    /// worker) and saves the current draft.
    pub async fn create(self, passphrase: String) -> Result<(), KdfError> {
        let reply = kdf::run(Request::Create { passphrase: &passphrase }).await?;
        drop(passphrase);
        let Reply::Created(key) = reply else { return Err(KdfError::WorkerFailed) };
        let vault = Vault::create(&mut BrowserStorage, &key).map_err(KdfError::Vault)?;
        drop(key);
        self.vault.set_value(Some(vault));
        self.setup_open.set(false);
        self.setup_declined.set(false);
        self.just_deleted.set(false);
        self.last_activity.set_value(now());
        self.phase.set(Phase::Unlocked);
        self.save_now();
        Ok(())
    }

    /// A new passphrase means a new key (both KDFs in the worker): the
    /// current answers are encrypted to it and the old key is removed, in
    /// one switch (see `Vault::rotate`).
    pub async fn change_passphrase(self, old: String, new: String) -> Result<(), KdfError> {
        let wrapped = core::wrapped_key(&BrowserStorage).map_err(KdfError::Vault)?;
        let reply = kdf::run(Request::Rotate { wrapped: &wrapped, old: &old, new: &new }).await?;
        drop((old, new));
        let Reply::Rotated(new_key) = reply else { return Err(KdfError::WorkerFailed) };
        // Under the site's vault lock, like autosave: another tab's save
        // cannot land between the check and the switch and undo it.
        let result = locks::exclusive_then(locks::VAULT_LOCK, move || {
            self.flush();
            // A new reply key goes with the new passphrase (docs/security.md,
            // "Plans and the reply key"): plans sealed to the old one no
            // longer open, and someone who kept a copy of the storage and
            // learnt the old passphrase cannot read new plans. Written with
            // the new key, and kept in memory only once that write worked.
            let mut draft = self.draft.draft.get_untracked();
            if draft.reply_key.is_some() {
                draft.reply_key = crate::reply::ReplyKey::generate().ok();
            }
            let json = draft.to_json();
            let result = self
                .vault
                .try_update_value(|v| v.as_mut().map(|vault| vault.rotate(&mut BrowserStorage, &new_key, &json, now() as i64)))
                .flatten()
                .unwrap_or(Err(VaultError::NoVault));
            if result.is_ok() {
                self.draft.draft.update_untracked(|d| d.reply_key = draft.reply_key);
            }
            result
        })
        .await
        .unwrap_or(Err(VaultError::StorageUnavailable));
        if let Err(VaultError::ConflictingWriter { .. }) = result {
            self.conflict();
        }
        result.map_err(KdfError::Vault)
    }

    /// Delete everything (crypto-shredding order in the core).
    pub fn delete_everything(self) -> Result<(), VaultError> {
        self.cancel_timer();
        core::delete_all(&mut BrowserStorage)?;
        // The language choice is a setting too, and would tell which
        // language the phone's owner used.
        crate::shell::prefs::remove(crate::shell::prefs::LOCALE_KEY);
        self.vault.set_value(None);
        self.draft.forget();
        self.notice.set(None);
        self.save_state.set(SaveState::Saved);
        self.setup_declined.set(false);
        self.just_locked.set(false);
        self.refresh_status();
        self.just_deleted.set(true);
        Ok(())
    }

    /// The damaged copy is not needed any more: later saves may reuse it.
    pub fn discard_damaged(self) {
        self.vault.update_value(|v| {
            if let Some(vault) = v.as_mut() {
                vault.discard_damaged();
            }
        });
        self.notice.set(None);
    }

    /// Downloads every stored vault record, still encrypted, as a file.
    pub fn download_backup(self) -> Result<(), VaultError> {
        let text = core::encrypted_backup(&BrowserStorage)?;
        crate::shell::download::save_bytes(text.as_bytes(), BACKUP_FILE_NAME, "application/json")
            .map_err(|_| VaultError::StorageUnavailable)
    }

    /// Whether anything of a vault is stored (delete everything applies).
    pub fn has_stored_vault(self) -> bool {
        !matches!(self.phase.get(), Phase::NoVault | Phase::NoStorage | Phase::Starting)
    }
}

/// What a gate shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum GateView {
    Nothing,
    Children,
    Unlock,
    Conflict,
    Problem(VaultError),
}

/// Shows `children` only while the newcomer's draft may be shown and edited
/// (no vault yet, no storage, or unlocked); otherwise the unlock form (in
/// one gate per page only), the "changed in another tab" panel or the
/// explanation of a problem.
#[component]
pub fn VaultGate(children: ChildrenFn) -> impl IntoView {
    let ui = use_vault();
    let id = ui.next_gate.get_value();
    ui.next_gate.set_value(id.wrapping_add(1));
    let view = Memo::new(move |_| match ui.phase.get() {
        Phase::Starting => GateView::Nothing,
        Phase::NoVault | Phase::NoStorage | Phase::Unlocked => GateView::Children,
        Phase::Locked => GateView::Unlock,
        Phase::Conflict => GateView::Conflict,
        Phase::Problem(e) => GateView::Problem(e),
    });
    // Only one gate on a page shows the forms (their ids are unique); when
    // it goes away, the next gate takes over.
    Effect::new(move |_| {
        if ui.form_owner.get().is_none() {
            ui.form_owner.set(Some(id));
        }
    });
    on_cleanup(move || {
        if ui.form_owner.get_untracked() == Some(id) {
            ui.form_owner.set(None);
        }
    });
    let mine = Memo::new(move |_| ui.form_owner.get() == Some(id));
    dynamic(move || match view.get() {
        GateView::Nothing => ().into_any(),
        GateView::Children => children().into_any(),
        _ if !mine.get() => ().into_any(),
        GateView::Unlock => view! { <UnlockForm/> }.into_any(),
        GateView::Conflict => view! { <ConflictPanel/> }.into_any(),
        GateView::Problem(e) => view! { <ProblemPanel error=e/> }.into_any(),
    })
}
