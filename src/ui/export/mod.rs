//! The sealed-export screen (`#/export`): what will be sent, to whom, with
//! which key, consent, then download / share / copy as text.
//!
//! Owns the newcomer's side of hand-over. The export itself (format,
//! padding, sealing, file name) is the core's (`crate::export`); browser
//! effects are the shell's (`crate::shell::download`). It never writes the
//! export or any answer to storage, the URL, the title or the console, never
//! sends anything by itself (only the newcomer's button press hands the file
//! to the browser), and never exports checklist notes.

pub mod answers;
mod codes;

use std::sync::Arc;

use leptos::prelude::*;

use crate::ui::blocks::{dynamic, text, When};

use crate::export::{export_file_name, seal, ChecklistExport, Export, SealFormat};
use crate::intake::Form;
use crate::shell::download::{self, TransferError};
use crate::ui::draft::use_draft;
use crate::ui::i18n::{render_pieces, use_i18n};
use crate::ui::screens::ScreenHeading;
use crate::ui::site::{use_site, ConfigState};
use crate::ui::vault::VaultGate;
use answers::{form_signal, AnswerList, FormProblem, StepStates};

const AGE_MIME: &str = "application/octet-stream";

#[component]
pub fn Screen() -> impl IntoView {
    let i18n = use_i18n();
    let form = form_signal();
    view! {
        <ScreenHeading id="export-heading"/>
        <VaultGate>
            {dynamic(move || match form.get() {
                None => view! { <p role="status">{i18n.text("export-loading")}</p> }.into_any(),
                Some(Err(FormProblem::Unreadable | FormProblem::Invalid)) => {
                    view! { <p class="notice" role="alert">{i18n.text("export-form-unavailable")}</p> }.into_any()
                }
                Some(Ok(f)) => view! { <ExportBody form=f/> }.into_any(),
            })}
        </VaultGate>
    }
}

/// Result of the last hand-over action, shown in a status region.
#[derive(Clone, PartialEq)]
enum Outcome {
    None,
    Downloaded(String),
    Shared,
    Copied,
    /// Copy failed: the armored text is shown for manual copying.
    CopyFallback(String),
    Error(&'static str),
}

#[component]
fn ExportBody(form: Arc<Form>) -> impl IntoView {
    let i18n = use_i18n();
    let site = use_site();
    let draft = use_draft();
    let form_for_answers = form.clone();
    let answers = Memo::new(move |_| draft.draft.with(|d| form_for_answers.exportable_answers(&d.intake)));
    let checklist = Memo::new(move |_| draft.draft.with(|d| ChecklistExport::from_record(&d.checklist)));
    let demo = move || site.with_config(|c| c.demo).unwrap_or(false);
    let loading = move || site.state.with(|s| matches!(s, ConfigState::Loading));
    let allowed = move || site.with_config(|c| c.export_allowed()).unwrap_or(false);
    let org_name = move || site.with_config(|c| c.name.clone()).unwrap_or_default();
    let consent = RwSignal::new(false);
    let outcome = RwSignal::new(Outcome::None);
    let busy = RwSignal::new(false);
    let file_name = move || {
        let prefix = site.with_config(|c| c.file_prefix.clone()).flatten();
        export_file_name(prefix.as_deref(), crate::shell::clock::today())
    };
    let can_share = download::can_share_file(&file_name(), AGE_MIME);

    let form_for_seal = form.clone();
    let vault = crate::ui::vault::use_vault();
    let build = move || -> Export {
        let today = crate::shell::clock::today();
        let mut export =
            Export::new(form_for_seal.content_version.clone(), i18n.locale(), today, answers.get_untracked(), checklist.get_untracked());
        // Only a saved vault keeps the reply key: without one, a plan sealed
        // to it could never be opened.
        if vault.phase.get_untracked() == crate::ui::vault::Phase::Unlocked {
            export.reply_to = reply_to(draft, vault);
        }
        export
    };
    let build = StoredValue::new(build);
    let sealed = move |format: SealFormat| -> Result<Vec<u8>, &'static str> {
        let recipients = site
            .with_config(|c| c.export_recipients())
            .ok_or("export-config-broken")?
            .map_err(|e| e.message_id())?;
        let export = build.with_value(|b| b());
        seal(&export, &recipients, format).map_err(|e| e.message_id())
    };

    let on_download = move |_| {
        outcome.set(Outcome::None);
        let name = file_name();
        let result = sealed(SealFormat::Binary).and_then(|bytes| {
            download::save_bytes(&bytes, &name, AGE_MIME).map_err(|_| "export-download-failed")
        });
        outcome.set(match result {
            Ok(()) => Outcome::Downloaded(name),
            Err(id) => Outcome::Error(id),
        });
    };
    let on_share = move |_| {
        outcome.set(Outcome::None);
        let name = file_name();
        match sealed(SealFormat::Binary) {
            Err(id) => outcome.set(Outcome::Error(id)),
            Ok(bytes) => {
                busy.set(true);
                leptos::task::spawn_local(async move {
                    let r = download::share_file(&bytes, &name, AGE_MIME).await;
                    busy.try_set(false);
                    outcome.try_set(match r {
                        Ok(()) => Outcome::Shared,
                        Err(TransferError::Cancelled) => Outcome::None,
                        Err(_) => Outcome::Error("export-share-failed"),
                    });
                });
            }
        }
    };
    let on_copy = move |_| {
        outcome.set(Outcome::None);
        match sealed(SealFormat::Armored) {
            Err(id) => outcome.set(Outcome::Error(id)),
            Ok(bytes) => {
                let text = String::from_utf8(bytes).unwrap_or_default();
                busy.set(true);
                leptos::task::spawn_local(async move {
                    let r = download::copy_text(&text).await;
                    busy.try_set(false);
                    outcome.try_set(match r {
                        Ok(()) => Outcome::Copied,
                        Err(_) => Outcome::CopyFallback(text),
                    });
                });
            }
        }
    };
    // "Show at the desk": the same sealed bytes as the download, as QR codes
    // made by the QR worker (loaded only now) and held only in memory.
    let codes = RwSignal::new(None::<Vec<String>>);
    let on_codes = move |_| {
        outcome.set(Outcome::None);
        match sealed(SealFormat::Binary) {
            Err(id) => outcome.set(Outcome::Error(id)),
            Ok(bytes) => {
                busy.set(true);
                leptos::task::spawn_local(async move {
                    let r = crate::shell::handover::make_codes(&bytes).await;
                    busy.try_set(false);
                    match r {
                        Ok(list) => {
                            codes.try_set(Some(list));
                        }
                        Err(e) => {
                            outcome.try_set(Outcome::Error(e.message_id()));
                        }
                    }
                });
            }
        }
    };
    let disabled = move || !consent.get() || busy.get();
    let form_for_list = form.clone();

    view! {
        <When when=demo>
            <p class="notice export-demo" role="note"><strong>{i18n.text("export-demo-warning")}</strong></p>
        </When>

        <section class="export-summary" aria-labelledby="export-summary-heading">
            <h2 id="export-summary-heading">{i18n.text("export-summary-heading")}</h2>
            <h3>{i18n.text("export-answers-heading")}</h3>
            {dynamic(move || {
                let a = answers.get();
                if a.is_empty() {
                    view! { <p>{i18n.text("export-no-answers")}</p> }.into_any()
                } else {
                    view! { <AnswerList form=Some(form_for_list.clone()) answers=a/> }.into_any()
                }
            })}
            <h3>{i18n.text("export-checklist-heading")}</h3>
            {dynamic(move || {
                let s = checklist.with(|c| c.steps.clone());
                if s.is_empty() {
                    view! { <p>{i18n.text("export-no-steps")}</p> }.into_any()
                } else {
                    view! { <StepStates steps=s/> }.into_any()
                }
            })}
            <p class="export-not-sent">{i18n.text("export-notes-not-sent")}</p>
            <When when=move || vault.phase.get() == crate::ui::vault::Phase::Unlocked>
                <p class="export-reply-note">{i18n.text("export-reply-note")}</p>
            </When>
        </section>

        <section class="export-recipient" aria-labelledby="export-recipient-heading">
            <h2 id="export-recipient-heading">{i18n.text("export-recipient-heading")}</h2>
            <OrgDetails/>
        </section>

        <section class="export-send" aria-labelledby="export-send-heading">
            <h2 id="export-send-heading">{i18n.text("export-send-heading")}</h2>
            {dynamic(move || if loading() {
                view! { <p role="status">{i18n.text("export-loading")}</p> }.into_any()
            } else if !allowed() {
                view! { <p class="notice export-off" role="alert">{i18n.text("export-config-broken")}</p> }.into_any()
            } else {
                view! {
                    <div class="export-consent">
                        <input type="checkbox" id="export-consent"
                            prop:checked=move || consent.get()
                            on:change=move |ev| consent.set(event_target_checked(&ev))/>
                        <label for="export-consent">{text(move || {
                            let mut args = crate::i18n::FluentArgs::new();
                            args.set("organisation", org_name());
                            // A demo key can be opened by anyone: never "only they".
                            i18n.t_args(if demo() { "export-consent-demo" } else { "export-consent" }, &args)
                        })}</label>
                    </div>
                    <When when=move || !consent.get()>
                        <p class="export-consent-first" id="export-consent-first">{i18n.text("export-consent-first")}</p>
                    </When>
                    <div class="export-actions">
                        <button type="button" on:click=on_download prop:disabled=disabled
                            aria-describedby=move || (!consent.get()).then_some("export-consent-first")>
                            {i18n.text("export-download")}
                        </button>
                        {can_share.then(|| view! {
                            <button type="button" on:click=on_share prop:disabled=disabled
                                aria-describedby=move || (!consent.get()).then_some("export-consent-first")>
                                {i18n.text("export-share")}
                            </button>
                        })}
                        <button type="button" on:click=on_copy prop:disabled=disabled
                            aria-describedby=move || (!consent.get()).then_some("export-consent-first")>
                            {i18n.text("export-copy-text")}
                        </button>
                        <button type="button" on:click=on_codes prop:disabled=disabled
                            aria-describedby=move || (!consent.get()).then_some("export-consent-first")>
                            {i18n.text("export-show-codes")}
                        </button>
                    </div>
                    {dynamic(move || codes.get().map(|list| view! {
                        <codes::Codes codes=list shown=codes/>
                    }).into_any())}
                }.into_any()
            })}
            <div class="export-outcome" role="status">
                {dynamic(move || match outcome.get() {
                    Outcome::None => ().into_any(),
                    Outcome::Downloaded(file) => view! { <p>{text(move || {
                        let mut args = crate::i18n::FluentArgs::new();
                        args.set("file", file.clone());
                        i18n.t_args("export-downloaded", &args)
                    })}</p> }.into_any(),
                    Outcome::Shared => view! { <p>{i18n.text("export-shared")}</p> }.into_any(),
                    Outcome::Copied => view! { <p>{i18n.text("export-copied")}</p> }.into_any(),
                    Outcome::CopyFallback(text) => view! {
                        <p>{i18n.text("export-copy-failed")}</p>
                        <label for="export-armored">{i18n.text("export-copy-fallback-label")}</label>
                        <textarea id="export-armored" class="armored" readonly rows="8" prop:value=text></textarea>
                    }.into_any(),
                    Outcome::Error(id) => view! { <p class="error">{i18n.text(id)}</p> }.into_any(),
                })}
                <When when=move || matches!(outcome.get(), Outcome::Downloaded(_) | Outcome::Shared | Outcome::Copied)>
                    <p class="export-next">{text(move || {
                        let mut args = crate::i18n::FluentArgs::new();
                        args.set("org", site.with_config(|c| c.name.clone()).unwrap_or_default());
                        i18n.t_args("export-what-next", &args)
                    })}</p>
                </When>
            </div>
        </section>
    }
}

/// The public half of the vault's reply key, made at the first export and
/// named only once it is saved (else a plan sealed to it could never open).
fn reply_to(draft: crate::ui::draft::DraftStore, vault: crate::ui::vault::VaultUi) -> Option<String> {
    let kept = draft.draft.with_untracked(|d| d.reply_key.as_ref().and_then(crate::reply::ReplyKey::recipient));
    if kept.is_some() {
        return kept;
    }
    let key = crate::reply::ReplyKey::generate().ok()?;
    let recipient = key.recipient();
    draft.update(|d| d.reply_key = Some(key));
    recipient.filter(|_| vault.save_now_and_check())
}

/// The organisation's name, contact and key fingerprint(s), with the
/// "compare this at hand-over" explanation.
#[component]
fn OrgDetails() -> impl IntoView {
    let i18n = use_i18n();
    let site = use_site();
    let name = move || site.with_config(|c| c.name.clone()).unwrap_or_default();
    let contacts = move || {
        site.with_config(|c| {
            let ct = &c.contact;
            [
                ("export-contact-web-line", ct.web.clone()),
                ("export-contact-email-line", ct.email.clone()),
                ("export-contact-phone-line", ct.phone.clone()),
                ("export-contact-messenger-line", ct.messenger.clone()),
            ]
            .into_iter()
            .filter_map(|(id, v)| v.map(|v| (id, v)))
            .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    let fingerprints = move || {
        site.with_config(|c| match &c.recipients {
            Ok(list) => list.iter().map(|r| r.fingerprint().as_str().to_string()).collect::<Vec<_>>(),
            Err(_) => Vec::new(),
        })
        .unwrap_or_default()
    };
    view! {
        <dl class="org-details">
            <dt>{i18n.text("export-organisation")}</dt>
            <dd class="org-name-value">{name}</dd>
            <When when=move || !contacts().is_empty()>
                <dt>{i18n.text("export-contact")}</dt>
                <dd>
                    <ul class="contact">
                        // One message per kind ("Website: { $value }"); the
                        // value keeps its own direction.
                        {dynamic(move || contacts().into_iter().map(|(id, v)| {
                            let mut args = crate::i18n::FluentArgs::new();
                            args.set("value", v.clone());
                            let value = render_pieces(i18n.pieces(id, &args, &["value"]), move |_| {
                                view! { <span class="contact-value" dir="auto">{v.clone()}</span> }.into_any()
                            });
                            view! { <li>{value}</li> }
                        }).collect_view().into_any())}
                    </ul>
                </dd>
            </When>
            <When when=move || !fingerprints().is_empty()>
                <dt>{i18n.text("export-fingerprint")}</dt>
                <dd>
                    <ul class="fingerprints">
                        {dynamic(move || fingerprints().into_iter().map(|f| view! { <li><code class="fingerprint">{f}</code></li> }).collect_view().into_any())}
                    </ul>
                </dd>
            </When>
        </dl>
        <When when=move || !fingerprints().is_empty()>
            <p class="fingerprint-help">{i18n.text("export-fingerprint-help")}</p>
        </When>
    }
}
