//! The vault's forms and panels: passphrase field and strength hint, the
//! setup dialog (first save), the unlock form, the status bar (saved /
//! saving / not saved, lock now, damaged-copy notice), and the panels for
//! "changed in another tab" and for problems found before unlocking.
//!
//! Every text comes from vault.ftl. Passphrases live only in these forms'
//! signals until handed to [`VaultUi`]; they are cleared after use and never
//! shown unless the newcomer presses "Show passphrase".

use leptos::prelude::*;

use crate::ui::blocks::{text, When};

use super::{use_vault, Phase, SaveState, VaultUi};
use crate::i18n::FluentArgs;
use crate::shell::page;
use crate::ui::i18n::{use_i18n, I18n};
use crate::vault::{new_passphrase_problem, passphrase_strength, Strength, VaultError, MIN_PASSPHRASE_CHARS};

/// A vault message; every one may use `$min` (the minimum length).
pub fn message(i18n: I18n, id: &str) -> String {
    let mut args = FluentArgs::new();
    args.set("min", MIN_PASSPHRASE_CHARS);
    i18n.t_args(id, &args)
}

/// Moves focus after the next paint (the target may be about to render).
pub fn focus_soon(id: &'static str) {
    request_animation_frame(move || page::focus_by_id(id));
}

/// What is wrong with a new passphrase typed twice (checked after the
/// browser's NFC), as a message id and the field to focus: `repeat_id` for a
/// mismatch, `pass_id` otherwise. Used by the setup dialog and settings.
pub fn new_passphrase_error(pass: &str, repeat: &str, pass_id: &'static str, repeat_id: &'static str) -> Option<(&'static str, &'static str)> {
    new_passphrase_problem(pass, repeat, page::nfc)
        .map(|msg| (msg, if msg == "vault-passphrase-mismatch" { repeat_id } else { pass_id }))
}

/// Shows a form's error message and moves focus to the field it is about.
pub fn show_field_error(error: RwSignal<Option<&'static str>>, (msg, field): (&'static str, &'static str)) {
    error.set(Some(msg));
    page::focus_by_id(field);
}

fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Enter in a text field of a passphrase form presses the form's button
/// marked `data-default` (the forms are not `<form>`s, see
/// [`PassphraseField`]). One plain function for every such form.
pub fn enter_submits(ev: leptos::ev::KeyboardEvent) {
    use wasm_bindgen::JsCast;
    if ev.key() != "Enter" {
        return;
    }
    let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
    if input.type_() != "text" {
        return;
    }
    let button = input
        .closest(".vault-form")
        .ok()
        .flatten()
        .and_then(|form| form.query_selector("[data-default]").ok().flatten())
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(button) = button {
        ev.prevent_default();
        button.click();
    }
}

/// A passphrase input with its label and a show/hide button.
///
/// Not a password field on purpose: browsers offer to save whatever is
/// typed into `type="password"` in their password manager (and from there a
/// synced account), and Chromium and Firefox ignore `autocomplete="off"` on
/// password fields. It is a text field masked with `-webkit-text-security`
/// (Chromium, Safari, Firefox 114+), outside any `<form>`, with
/// `autocomplete="off"` (Chromium on Android then tells the keyboard not to
/// suggest: no learned words), no autocorrect or spell check, and the
/// ignore attributes of the common password-manager extensions. See
/// docs/security.md §9.
#[component]
pub fn PassphraseField(
    /// Element id of the input.
    id: &'static str,
    /// Fluent id of the label.
    label: &'static str,
    value: RwSignal<String>,
    /// Id of a hint element describing the field.
    #[prop(optional)]
    describedby: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let shown = RwSignal::new(false);
    // Safari's `autocorrect` has no typed attribute in the view macro.
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(el) = input.get() {
            let _ = el.set_attribute("autocorrect", "off");
        }
    });
    view! {
        <div class="vault-field">
            <label for=id>{i18n.text(label)}</label>
            <div class="vault-pass-row">
                <input
                    node_ref=input
                    id=id
                    type="text"
                    class=move || if shown.get() { "vault-pass" } else { "vault-pass masked" }
                    autocomplete="off"
                    autocapitalize="off"
                    spellcheck="false"
                    data-1p-ignore=""
                    data-lpignore="true"
                    data-bwignore=""
                    data-form-type="other"
                    aria-describedby=describedby
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                />
                <button type="button" class="secondary vault-show" aria-controls=id
                    on:click=move |_| shown.update(|s| *s = !*s)>
                    {text(move || i18n.t(if shown.get() { "vault-passphrase-hide" } else { "vault-passphrase-show" }))}
                </button>
            </div>
        </div>
    }
}

/// The length-first strength hint for a new passphrase.
#[component]
pub fn StrengthHint(id: &'static str, value: RwSignal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let strength = Memo::new(move |_| value.with(|v| passphrase_strength(v, page::nfc)));
    let level = move || match strength.get() {
        Strength::Empty => "empty",
        Strength::TooShort => "too-short",
        Strength::Weak => "weak",
        Strength::Fair => "fair",
        Strength::Strong => "strong",
    };
    view! {
        <p id=id class="vault-strength" data-level=level>
            <span class="vault-meter" aria-hidden="true"></span>
            {text(move || message(i18n, strength.get().message_id()))}
        </p>
    }
}

/// "Save the locked data as a file" with its explanation.
#[component]
fn SaveFileButton() -> impl IntoView {
    let i18n = use_i18n();
    let ui = use_vault();
    view! {
        <p class="vault-actions">
            <button type="button" class="secondary" aria-describedby="vault-save-file-help"
                on:click=move |_| { let _ = ui.download_backup(); }>
                {i18n.text("vault-damaged-save-file")}
            </button>
        </p>
        <p id="vault-save-file-help" class="vault-help">{i18n.text("vault-damaged-save-file-help")}</p>
    }
}

/// A link to the settings screen's "Delete everything" (not shown there).
#[component]
fn DeleteLink() -> impl IntoView {
    let i18n = use_i18n();
    let on_settings = page::hash().starts_with("#/settings");
    (!on_settings).then(|| view! {
        <p><a href="#/settings">{i18n.text("vault-delete-heading")}</a></p>
    })
}

fn is_damage(e: VaultError) -> bool {
    matches!(e, VaultError::Damaged(_))
}

/// The unlock form (shown by [`super::VaultGate`] while locked).
#[component]
pub(super) fn UnlockForm() -> impl IntoView {
    let i18n = use_i18n();
    let ui = use_vault();
    let pass = RwSignal::new(String::new());
    let working = RwSignal::new(false);
    let error = RwSignal::new(None::<super::KdfError>);
    let forgot = RwSignal::new(false);
    let submit = move || {
        if working.get_untracked() {
            return;
        }
        let passphrase = pass.get_untracked();
        if passphrase.is_empty() {
            error.set(Some(super::KdfError::Vault(VaultError::WrongPassphrase)));
            page::focus_by_id("vault-unlock-pass");
            return;
        }
        error.set(None);
        working.set(true);
        leptos::task::spawn_local(async move {
            let result = ui.unlock(passphrase).await;
            working.try_set(false);
            match result {
                Ok(()) => {
                    pass.try_set(String::new());
                    focus_soon("screen-heading");
                }
                Err(e) => {
                    error.try_set(Some(e));
                    focus_soon("vault-unlock-pass");
                }
            }
        });
    };
    let damaged = move || matches!(error.get(), Some(super::KdfError::Vault(e)) if is_damage(e));
    view! {
        <section class="vault-panel vault-unlock" aria-labelledby="vault-unlock-heading">
            <h2 id="vault-unlock-heading" tabindex="-1">{i18n.text("vault-unlock-heading")}</h2>
            <p>{i18n.text("vault-unlock-intro")}</p>
            <div class="vault-form" on:keydown=enter_submits>
                <PassphraseField id="vault-unlock-pass" label="vault-passphrase-label" value=pass/>
                <p class="vault-actions">
                    <button type="button" data-default="" aria-disabled=move || working.get().then_some("true")
                        on:click=move |_| submit()>
                        {i18n.text("vault-unlock-submit")}
                    </button>
                </p>
            </div>
            <p role="status" class="vault-working">
                {text(move || working.get().then(|| i18n.t("vault-unlock-working")).unwrap_or_default())}
            </p>
            <div role="alert" class="vault-error">
                {text(move || error.get().map(|e| message(i18n, e.message_id())).unwrap_or_default())}
            </div>
            <When when=damaged><SaveFileButton/></When>
            <p>
                <button type="button" class="link" aria-expanded=move || forgot.get().to_string()
                    aria-controls="vault-forgot"
                    on:click=move |_| forgot.update(|f| *f = !*f)>
                    {i18n.text("vault-unlock-forgot")}
                </button>
            </p>
            <div id="vault-forgot">
                <When when=move || forgot.get()>
                    <p>{i18n.text("vault-unlock-forgot-detail")}</p>
                    <DeleteLink/>
                </When>
            </div>
        </section>
    }
}

/// "This page was changed in another tab. Reload to continue."
#[component]
pub(super) fn ConflictPanel() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="vault-panel notice">
            <p role="alert">{i18n.text("vault-error-conflicting-writer")}</p>
            <p class="vault-actions">
                <button type="button" on:click=move |_| reload()>{i18n.text("vault-reload")}</button>
            </p>
        </section>
    }
}

/// A problem found before unlocking: damaged (file + delete), evicted
/// (delete), newer version (reload).
#[component]
pub(super) fn ProblemPanel(error: VaultError) -> impl IntoView {
    let i18n = use_i18n();
    let damaged = is_damage(error);
    let evicted = matches!(error, VaultError::StorageEvicted(_));
    let newer = matches!(error, VaultError::NewerVersion { .. });
    view! {
        <section class="vault-panel notice">
            <p role="alert">{text(move || message(i18n, error.message_id()))}</p>
            {damaged.then(|| view! { <SaveFileButton/> })}
            {newer.then(|| view! {
                <p class="vault-actions">
                    <button type="button" on:click=move |_| reload()>{i18n.text("vault-reload")}</button>
                </p>
            })}
            {(damaged || evicted).then(|| view! { <DeleteLink/> })}
        </section>
    }
}

/// The setup dialog: asked on the first save, never to browse.
#[component]
fn SetupDialog() -> impl IntoView {
    let i18n = use_i18n();
    let ui = use_vault();
    let pass = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let understood = RwSignal::new(false);
    let working = RwSignal::new(false);
    let error = RwSignal::new(None::<&'static str>);
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    // The dialog element stays mounted; the signal opens and closes it (a
    // modal <dialog> returns focus where it was when it closes). Its form is
    // drawn only while it is open: most visits never open it, and start-up
    // on a slow phone does not pay for it.
    Effect::new(move |_| {
        let open = ui.setup_open.get();
        if let Some(d) = dialog.get() {
            if open && !d.open() {
                error.set(None);
                let _ = d.show_modal();
            } else if !open && d.open() {
                d.close();
            }
        }
    });
    let clear = move || {
        pass.set(String::new());
        repeat.set(String::new());
    };
    let not_now = move || {
        ui.setup_declined.set(true);
        ui.setup_open.set(false);
        clear();
    };
    let submit = move || {
        if working.get_untracked() {
            return;
        }
        let p = pass.get_untracked();
        let problem = new_passphrase_error(&p, &repeat.get_untracked(), "vault-setup-pass", "vault-setup-repeat").or_else(|| {
            (!understood.get_untracked()).then_some(("vault-setup-understand-required", "vault-setup-understand"))
        });
        if let Some(problem) = problem {
            show_field_error(error, problem);
            return;
        }
        error.set(None);
        working.set(true);
        leptos::task::spawn_local(async move {
            let result = ui.create(p).await;
            working.set(false);
            match result {
                Ok(()) => {
                    clear();
                    understood.set(false);
                }
                Err(e) => error.set(Some(e.message_id())),
            }
        });
    };
    view! {
        <dialog node_ref=dialog class="vault-dialog" aria-labelledby="vault-setup-heading"
            on:close=move |_| {
                // Escape closes the dialog: the same as "Not now".
                if ui.setup_open.get_untracked() {
                    not_now();
                }
            }>
            <When when=move || ui.setup_open.get()>
            <div class="vault-form" on:keydown=enter_submits>
                <h2 id="vault-setup-heading">{i18n.text("vault-setup-heading")}</h2>
                <p>{i18n.text("vault-setup-intro")}</p>
                <p class="vault-warning"><strong>{i18n.text("vault-setup-warning")}</strong></p>
                <p>{i18n.text("vault-setup-tip")}</p>
                <PassphraseField id="vault-setup-pass" label="vault-passphrase-label" value=pass
                    describedby="vault-setup-strength"/>
                <StrengthHint id="vault-setup-strength" value=pass/>
                <PassphraseField id="vault-setup-repeat" label="vault-passphrase-repeat-label" value=repeat/>
                <p class="vault-check">
                    <input type="checkbox" id="vault-setup-understand"
                        prop:checked=move || understood.get()
                        on:change=move |ev| understood.set(event_target_checked(&ev))/>
                    <label for="vault-setup-understand">{i18n.text("vault-setup-understand")}</label>
                </p>
                <div role="alert" class="vault-error">{text(move || error.get().map(|id| message(i18n, id)).unwrap_or_default())}</div>
                <p role="status" class="vault-working">
                    {text(move || working.get().then(|| i18n.t("vault-setup-working")).unwrap_or_default())}
                </p>
                <p class="vault-actions">
                    <button type="button" data-default="" aria-disabled=move || working.get().then_some("true")
                        on:click=move |_| submit()>
                        {i18n.text("vault-setup-submit")}
                    </button>
                    <button type="button" class="secondary" on:click=move |_| not_now()>
                        {i18n.text("vault-setup-cancel")}
                    </button>
                </p>
            </div>
            </When>
        </dialog>
    }
}

fn state_text(i18n: I18n, ui: VaultUi) -> String {
    match ui.phase.get() {
        Phase::NoVault if ui.just_deleted.get() => i18n.t("vault-delete-done"),
        Phase::NoVault => i18n.t("vault-state-not-yet"),
        Phase::NoStorage => i18n.t("vault-error-storage-unavailable"),
        Phase::Unlocked => match ui.save_state.get() {
            SaveState::Saved => i18n.t("vault-state-saved"),
            SaveState::Pending => i18n.t("vault-state-saving"),
            // One complete message: each save error's own text says what
            // happened ("Not saved: …"); no prefix in front of it.
            SaveState::Failed(e) => message(i18n, e.message_id()),
        },
        Phase::Locked if ui.just_locked.get() => i18n.t("vault-locked-notice"),
        _ => String::new(),
    }
}

/// The vault's line at the top of every screen: save state (role=status),
/// "Lock now", the damaged-copy notice, and the setup dialog. Mounted once by
/// the app shell.
#[component]
pub fn VaultBar() -> impl IntoView {
    let i18n = use_i18n();
    let ui = use_vault();
    let unlocked = move || ui.phase.get() == Phase::Unlocked;
    let offer_setup = move || ui.phase.get() == Phase::NoVault && ui.setup_declined.get() && !ui.setup_open.get();
    let failed = move || matches!(ui.save_state.get(), SaveState::Failed(_)) && unlocked();
    let notice_text = move || ui.notice.get().map(|n| i18n.t(n.message_id()));
    let state = move || match ui.phase.get() {
        Phase::Unlocked => match ui.save_state.get() {
            SaveState::Saved => "saved",
            SaveState::Pending => "saving",
            SaveState::Failed(_) => "not-saved",
        },
        Phase::NoVault => "not-yet",
        Phase::NoStorage => "no-storage",
        _ => "locked",
    };
    view! {
        <div class="vault-bar" data-state=state class:vault-failed=failed>
            <p role="status" class="vault-state">{text(move || state_text(i18n, ui))}</p>
            <When when=unlocked>
                <button type="button" class="secondary vault-lock" on:click=move |_| {
                    ui.lock();
                    focus_soon("vault-unlock-heading");
                }>{i18n.text("vault-lock-now")}</button>
            </When>
            <When when=offer_setup>
                <button type="button" class="secondary" on:click=move |_| ui.setup_open.set(true)>
                    {i18n.text("vault-setup-open")}
                </button>
            </When>
        </div>
        <When when=move || ui.opened_unchecked.get() && unlocked()>
            <div class="notice vault-notice">
                <p role="alert">{i18n.text("vault-opened-old-format")}</p>
                <p class="vault-actions">
                    <button type="button" class="secondary" on:click=move |_| ui.opened_unchecked.set(false)>
                        {i18n.text("vault-opened-old-format-ok")}
                    </button>
                </p>
            </div>
        </When>
        <When when=move || ui.notice.get().is_some() && unlocked()>
            <div class="notice vault-notice">
                <p role="alert">{notice_text}</p>
                <SaveFileButton/>
                <p class="vault-actions">
                    <button type="button" class="secondary" on:click=move |_| ui.discard_damaged()>
                        {i18n.text("vault-damaged-discard")}
                    </button>
                </p>
            </div>
        </When>
        <SetupDialog/>
    }
}

/// Whether `typed` confirms deletion: the localized word, trimmed, any case.
pub fn confirms_delete(typed: &str, word: &str) -> bool {
    !word.trim().is_empty() && typed.trim().to_lowercase() == word.trim().to_lowercase()
}
