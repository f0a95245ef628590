//! Plans from the organisation on the checklist: adding one (a file or
//! pasted text), its steps as their own sections, and removing it.
//!
//! Owns only the rendering and the browser side of adding a plan (reading
//! the chosen file). Opening, checking and merging are the core's
//! (`crate::reply`); the plan is stored only in the draft (so only in the
//! vault) through `DraftStore::update`. Plan texts are the caseworker's
//! words and are shown as text nodes, never as markup. Never keeps a plan
//! that did not open whole.

use leptos::prelude::*;

use crate::i18n::FluentArgs;
use crate::reply::{merge, remove, Merged, PlanError, MAX_PLAN_INPUT};
use crate::shell::download::{self, TransferError};
use crate::ui::blocks::text;
use crate::ui::checklist::steps::Ctx;
use crate::ui::i18n::use_i18n;

/// Where a plan comes from.
enum Source {
    File(web_sys::File),
    Pasted(String),
}

/// Reads, opens and checks a plan (in the vault's worker) and merges it
/// into the draft: all or nothing.
async fn add(ctx: Ctx, source: Source) -> Result<(String, Merged), PlanError> {
    let bytes = match source {
        Source::File(file) => download::read_file(&file, MAX_PLAN_INPUT).await.map_err(|e| match e {
            TransferError::TooLarge { .. } => PlanError::TooLarge { max: MAX_PLAN_INPUT },
            _ => PlanError::Unreadable,
        })?,
        Source::Pasted(text) => text.into_bytes(),
    };
    if bytes.len() > MAX_PLAN_INPUT {
        return Err(PlanError::TooLarge { max: MAX_PLAN_INPUT });
    }
    let store = ctx.store;
    let key = store.draft.with_untracked(|d| d.reply_key.clone());
    let plan = crate::shell::kdf::open_plan(&bytes, key.as_ref()).await?;
    // Locked (or another vault) while the worker ran: keep nothing.
    if store.draft.with_untracked(|d| d.reply_key != key) {
        return Err(PlanError::Unreadable);
    }
    let org = plan.org.clone();
    let mut plans = store.draft.with_untracked(|d| d.plans.clone());
    let merged = merge(&mut plans, plan)?;
    store.update(|d| d.plans = plans);
    Ok((org, merged))
}

/// "A plan from your organisation": file picker and paste box.
#[component]
pub fn PlanImport(ctx: Ctx) -> impl IntoView {
    let i18n = use_i18n();
    let pasted = NodeRef::<leptos::html::Textarea>::new();
    // The last outcome, in words, and whether it is a refusal.
    let outcome = RwSignal::new(String::new());
    let failed = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let start = move |source: Source| {
        busy.set(true);
        leptos::task::spawn_local(async move {
            let result = add(ctx, source).await;
            busy.try_set(false);
            failed.try_set(result.is_err());
            outcome.try_set(match result {
                Ok((org, merged)) => {
                    // Cleared once added; a refused text stays for the person to see.
                    if let Some(area) = pasted.get_untracked() {
                        area.set_value("");
                    }
                    let mut args = FluentArgs::new();
                    args.set("org", org);
                    args.set("added", merged.added as u64);
                    args.set("updated", merged.updated as u64);
                    i18n.t_args("checklist-plan-added", &args)
                }
                Err(e) => i18n.t(e.message_id()),
            });
        });
    };
    let on_file = move |ev: leptos::ev::Event| {
        let el = event_target::<web_sys::HtmlInputElement>(&ev);
        let file = download::chosen_files(&el).into_iter().next();
        el.set_value("");
        if let Some(file) = file {
            start(Source::File(file));
        }
    };
    let on_paste = move |_| {
        let value = pasted.get_untracked().map(|area| area.value()).unwrap_or_default();
        if !value.trim().is_empty() {
            start(Source::Pasted(value));
        }
    };
    view! {
        <section class="checklist-part" aria-labelledby="checklist-plan-heading">
            <h2 id="checklist-plan-heading">{i18n.text("checklist-plan-import-heading")}</h2>
            <p>{i18n.text("checklist-plan-import-help")}</p>
            <label for="checklist-plan-file">{i18n.text("checklist-plan-file-label")}</label>
            <input type="file" id="checklist-plan-file" accept=".age,.txt,application/octet-stream,text/plain" on:change=on_file/>
            <label for="checklist-plan-text">{i18n.text("checklist-plan-paste-label")}</label>
            // The limit keeps a huge paste out of the app's memory (which
            // never shrinks); a real plan is far smaller.
            <textarea id="checklist-plan-text" class="armored" rows="4" node_ref=pasted maxlength=MAX_PLAN_INPUT.to_string()
                autocomplete="off" spellcheck="false"></textarea>
            <button type="button" on:click=on_paste prop:disabled=move || busy.get()>{i18n.text("checklist-plan-add")}</button>
            <p role="status" class:error=move || failed.get()>{text(move || outcome.get())}</p>
        </section>
    }
}

/// A plan's own lines under its heading: that the app cannot check who
/// made it, and "Remove this plan" with a question first (a disclosure: no
/// state of its own; closing it keeps the plan). The plan's steps go with
/// their states and notes.
pub fn plan_notes(ctx: Ctx, org: String) -> AnyView {
    let i18n = use_i18n();
    let name = org.clone();
    let question = move || {
        let mut args = FluentArgs::new();
        args.set("org", name.clone());
        i18n.t_args("checklist-plan-remove-confirm", &args)
    };
    let on_remove = move |_| {
        ctx.store.update(|d| {
            for key in remove(&mut d.plans, &org) {
                d.checklist.set_state(&key, crate::checklist::StepState::Todo);
                d.checklist.set_note(&key, "");
            }
        });
        // This section is gone: the live region at the top says so.
        ctx.announce.set(i18n.t("checklist-plan-removed"));
        crate::shell::page::focus_by_id("checklist-all-heading");
    };
    view! {
        <p class="hint">{i18n.text("checklist-plan-unchecked")}</p>
        <details class="plan-remove">
            <summary>{i18n.text("checklist-plan-remove")}</summary>
            <p>{question}</p>
            <button type="button" class="danger" on:click=on_remove>{i18n.text("checklist-plan-remove-yes")}</button>
        </details>
    }
    .into_any()
}
