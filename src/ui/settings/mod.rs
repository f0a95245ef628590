//! The settings screen (`#/settings`): the vault's status and "Lock now",
//! auto-lock (minutes without use, and when the page is hidden — stored in
//! the encrypted `Draft.settings`), change passphrase, delete everything
//! (typed confirmation), the quick-exit explanation and what the app cannot
//! promise. The language choice is in the header.
//!
//! It changes the draft only through `DraftStore::update` and the vault only
//! through [`VaultUi`]; it never reads or writes storage itself.

use leptos::prelude::*;

use crate::ui::blocks::{text, When};

use crate::shell::page;
use crate::ui::draft::use_draft;
use crate::ui::i18n::use_i18n;
use crate::ui::screens::ScreenHeading;
use crate::ui::vault::{
    confirms_delete, enter_submits, message, new_passphrase_error, show_field_error, use_vault, PassphraseField, Phase, StrengthHint,
    VaultGate,
};

/// Auto-lock choices in minutes; 0 (never) is offered last.
const MINUTE_CHOICES: [u32; 7] = [1, 2, 5, 10, 15, 30, 0];

#[component]
pub fn Screen() -> impl IntoView {
    view! {
        <ScreenHeading id="screen-settings-heading"/>
        <VaultStatus/>
        <VaultGate>
            <AutoLock/>
            <ChangePassphrase/>
        </VaultGate>
        <DeleteEverything/>
        <QuickExitHelp/>
        <Limits/>
    }
}

#[component]
fn VaultStatus() -> impl IntoView {
    let i18n = use_i18n();
    let ui = use_vault();
    let text = move || match ui.phase.get() {
        Phase::NoVault => Some(i18n.t("vault-state-not-yet")),
        Phase::NoStorage => Some(i18n.t("vault-error-storage-unavailable")),
        Phase::Locked => Some(i18n.t("vault-status-locked")),
        Phase::Unlocked => Some(i18n.t("vault-status-unlocked")),
        _ => None,
    };
    view! {
        <section class="settings-section" aria-labelledby="settings-vault-heading">
            <h2 id="settings-vault-heading">{i18n.text("vault-status-heading")}</h2>
            <p>{text}</p>
            <When when=move || ui.phase.get() == Phase::Unlocked>
                <p class="vault-actions">
                    <button type="button" class="secondary" on:click=move |_| {
                        ui.lock();
                        crate::ui::vault::focus_soon("vault-unlock-heading");
                    }>{i18n.text("vault-lock-now")}</button>
                </p>
            </When>
        </section>
    }
}

#[component]
fn AutoLock() -> impl IntoView {
    let i18n = use_i18n();
    let draft = use_draft();
    let minutes = move || draft.draft.with(|d| d.settings.auto_lock_minutes);
    let hidden = move || draft.draft.with(|d| d.settings.lock_when_hidden);
    view! {
        <fieldset class="settings-section vault-autolock" aria-describedby="autolock-help">
            <legend>{i18n.text("vault-autolock-label")}</legend>
            <p id="autolock-help" class="vault-help">{i18n.text("vault-autolock-help")}</p>
            {MINUTE_CHOICES.into_iter().map(|m| {
                let id = format!("autolock-{m}");
                let text = move || {
                    if m == 0 {
                        i18n.t("vault-autolock-never")
                    } else {
                        let mut args = crate::i18n::FluentArgs::new();
                        args.set("minutes", m);
                        i18n.t_args("vault-autolock-minutes", &args)
                    }
                };
                view! {
                    <p class="vault-check">
                        <input type="radio" name="autolock-minutes" id=id.clone()
                            prop:checked=move || minutes() == m
                            on:change=move |_| draft.update(|d| d.settings.auto_lock_minutes = m)/>
                        <label for=id>{text}</label>
                    </p>
                }
            }).collect_view()}
            <p class="vault-check vault-hidden-choice">
                <input type="checkbox" id="autolock-hidden"
                    prop:checked=hidden
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        draft.update(|d| d.settings.lock_when_hidden = on);
                    }/>
                <label for="autolock-hidden">{i18n.text("vault-autolock-hidden")}</label>
            </p>
        </fieldset>
    }
}

#[component]
fn ChangePassphrase() -> impl IntoView {
    let i18n = use_i18n();
    let ui = use_vault();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let working = RwSignal::new(false);
    let done = RwSignal::new(false);
    let error = RwSignal::new(None::<&'static str>);
    let submit = move || {
        if working.get_untracked() {
            return;
        }
        done.set(false);
        let (old, fresh) = (current.get_untracked(), new.get_untracked());
        let problem = if old.is_empty() {
            Some(("vault-error-wrong-passphrase", "change-current"))
        } else {
            new_passphrase_error(&fresh, &repeat.get_untracked(), "change-new", "change-repeat")
        };
        if let Some(problem) = problem {
            show_field_error(error, problem);
            return;
        }
        error.set(None);
        working.set(true);
        leptos::task::spawn_local(async move {
            let result = ui.change_passphrase(old, fresh).await;
            working.try_set(false);
            match result {
                Ok(()) => {
                    current.try_set(String::new());
                    new.try_set(String::new());
                    repeat.try_set(String::new());
                    done.try_set(true);
                }
                Err(e) => {
                    error.try_set(Some(e.message_id()));
                }
            }
        });
    };
    view! {
        <When when=move || ui.phase.get() == Phase::Unlocked>
            <section class="settings-section" aria-labelledby="change-heading">
                <h2 id="change-heading">{i18n.text("vault-change-heading")}</h2>
                <div class="vault-form" on:keydown=enter_submits>
                    <PassphraseField id="change-current" label="vault-change-current-label" value=current/>
                    <PassphraseField id="change-new" label="vault-change-new-label" value=new
                        describedby="change-strength"/>
                    <StrengthHint id="change-strength" value=new/>
                    <PassphraseField id="change-repeat" label="vault-change-repeat-label" value=repeat/>
                    <div role="alert" class="vault-error">{text(move || error.get().map(|id| message(i18n, id)).unwrap_or_default())}</div>
                    <p role="status" class="vault-working">{text(move || {
                        if working.get() {
                            i18n.t("vault-change-working")
                        } else {
                            done.get().then(|| i18n.t("vault-change-done")).unwrap_or_default()
                        }
                    })}</p>
                    <p class="vault-actions">
                        <button type="button" data-default="" aria-disabled=move || working.get().then_some("true")
                            on:click=move |_| submit()>
                            {i18n.text("vault-change-submit")}
                        </button>
                    </p>
                </div>
            </section>
        </When>
    }
}

#[component]
fn DeleteEverything() -> impl IntoView {
    let i18n = use_i18n();
    let ui = use_vault();
    let confirming = RwSignal::new(false);
    let typed = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let word = i18n.text("vault-delete-confirm-word");
    let label = move || {
        let mut args = crate::i18n::FluentArgs::new();
        args.set("word", word());
        i18n.t_args("vault-delete-confirm-label", &args)
    };
    let cancel = move || {
        confirming.set(false);
        typed.set(String::new());
        error.set(None);
        crate::ui::vault::focus_soon("delete-open");
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !confirms_delete(&typed.get_untracked(), &word()) {
            error.set(Some("vault-delete-confirm-mismatch"));
            page::focus_by_id("delete-confirm");
            return;
        }
        match ui.delete_everything() {
            Ok(()) => {
                confirming.set(false);
                typed.set(String::new());
                error.set(None);
                crate::ui::vault::focus_soon("screen-heading");
            }
            Err(e) => error.set(Some(e.message_id())),
        }
    };
    view! {
        <When when=move || ui.has_stored_vault()>
            <section class="settings-section vault-delete" aria-labelledby="delete-heading">
                <h2 id="delete-heading">{i18n.text("vault-delete-heading")}</h2>
                <p>{i18n.text("vault-delete-explain")}</p>
                <When when=move || !confirming.get()>
                    <p class="vault-actions">
                        <button type="button" id="delete-open" class="danger" on:click=move |_| {
                            confirming.set(true);
                            crate::ui::vault::focus_soon("delete-confirm");
                        }>{i18n.text("vault-delete-heading")}</button>
                    </p>
                </When>
                <When when=move || confirming.get()>
                    <form on:submit=submit novalidate>
                        <div class="vault-field">
                            <label for="delete-confirm">{label}</label>
                            <input id="delete-confirm" type="text" autocomplete="off" autocapitalize="characters"
                                spellcheck="false"
                                prop:value=move || typed.get()
                                on:input=move |ev| typed.set(event_target_value(&ev))/>
                        </div>
                        <div role="alert" class="vault-error">{text(move || error.get().map(|id| message(i18n, id)).unwrap_or_default())}</div>
                        <p class="vault-actions">
                            <button type="submit" class="danger">{i18n.text("vault-delete-submit")}</button>
                            <button type="button" class="secondary" on:click=move |_| cancel()>
                                {i18n.text("vault-delete-cancel")}
                            </button>
                        </p>
                    </form>
                </When>
            </section>
        </When>
    }
}

#[component]
fn QuickExitHelp() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="settings-section" aria-labelledby="quick-exit-heading">
            <h2 id="quick-exit-heading">{i18n.text("nav-quick-exit")}</h2>
            <p>{i18n.text("vault-quick-exit-explain")}</p>
        </section>
    }
}

#[component]
fn Limits() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="settings-section" aria-labelledby="limits-heading">
            <h2 id="limits-heading">{i18n.text("app-limits-heading")}</h2>
            <ul class="vault-limits">
                <li>{i18n.text("app-limits-history")}</li>
                <li>{i18n.text("app-limits-export")}</li>
                <li>{i18n.text("app-limits-safari")}</li>
                <li>{i18n.text("vault-limits-unlocked")}</li>
            </ul>
        </section>
    }
}
