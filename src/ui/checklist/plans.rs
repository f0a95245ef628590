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
use crate::reply::{merge, remove, Merged, PlanError, MAX_PLAN_INPUT, STEP_PREFIX};
use crate::shell::download::{self, TransferError};
use crate::ui::blocks::{dynamic, text};
use crate::ui::checklist::steps::{Ctx, StepCard};
use crate::ui::i18n::use_i18n;

/// Opens and checks a plan (in the vault's worker) and merges it into the
/// draft: all or nothing.
async fn add(ctx: Ctx, bytes: Vec<u8>) -> Result<(String, Merged), PlanError> {
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
    let input = NodeRef::<leptos::html::Input>::new();
    let pasted = NodeRef::<leptos::html::Textarea>::new();
    // The last outcome: Ok(message text) or Err(message id).
    let outcome = RwSignal::new(None::<Result<String, &'static str>>);
    let busy = RwSignal::new(false);
    let show = move |result: Result<(String, Merged), PlanError>| {
        let ok = result.is_ok();
        outcome.try_set(Some(match result {
            Ok((org, merged)) => {
                let mut args = FluentArgs::new();
                args.set("org", org);
                args.set("added", merged.added as u64);
                args.set("updated", merged.updated as u64);
                Ok(i18n.t_args("checklist-plan-added", &args))
            }
            Err(e) => Err(e.message_id()),
        }));
        ok
    };
    let on_file = move |_| {
        let Some(el) = input.get_untracked() else { return };
        let Some(file) = download::chosen_files(&el).into_iter().next() else { return };
        el.set_value("");
        busy.set(true);
        leptos::task::spawn_local(async move {
            let result = match download::read_file(&file, MAX_PLAN_INPUT).await {
                Ok(bytes) => add(ctx, bytes).await,
                Err(TransferError::TooLarge { .. }) => Err(PlanError::TooLarge { max: MAX_PLAN_INPUT }),
                Err(_) => Err(PlanError::Unreadable),
            };
            busy.try_set(false);
            show(result);
        });
    };
    let on_paste = move |_| {
        let Some(area) = pasted.get_untracked() else { return };
        let value = area.value();
        if value.trim().is_empty() {
            return;
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            let result = add(ctx, value.into_bytes()).await;
            busy.try_set(false);
            // Cleared once added; a refused text stays for the person to see.
            if show(result) {
                area.set_value("");
            }
        });
    };
    view! {
        <section class="checklist-part" aria-labelledby="checklist-plan-heading">
            <h2 id="checklist-plan-heading">{i18n.text("checklist-plan-import-heading")}</h2>
            <p>{i18n.text("checklist-plan-import-help")}</p>
            <label for="checklist-plan-file">{i18n.text("checklist-plan-file-label")}</label>
            <input type="file" id="checklist-plan-file" node_ref=input accept=".age,.txt,application/octet-stream,text/plain" on:change=on_file/>
            <label for="checklist-plan-text">{i18n.text("checklist-plan-paste-label")}</label>
            // The limit keeps a huge paste out of the app's memory (which
            // never shrinks); a real plan is far smaller.
            <textarea id="checklist-plan-text" class="armored" rows="4" node_ref=pasted maxlength=MAX_PLAN_INPUT.to_string()
                autocomplete="off" spellcheck="false"></textarea>
            <button type="button" on:click=on_paste prop:disabled=move || busy.get()>{i18n.text("checklist-plan-add")}</button>
            <div role="status">
                {dynamic(move || match outcome.get() {
                    None => ().into_any(),
                    Some(Ok(line)) => view! { <p class="plan-added">{line}</p> }.into_any(),
                    Some(Err(id)) => view! { <p class="error">{i18n.text(id)}</p> }.into_any(),
                })}
            </div>
        </section>
    }
}

/// One section per organisation's plan, its steps drawn like every step.
/// Redrawn as a whole when a plan is added, changed or removed (rare; the
/// step states and notes live in the draft, open details in [`Ctx`]).
#[component]
pub fn PlanSections(ctx: Ctx) -> impl IntoView {
    let i18n = use_i18n();
    let removed = RwSignal::new(false);
    let sections = move || {
        ctx.full.with(|f| {
            f.0.sections
                .iter()
                .filter(|s| s.id.starts_with(STEP_PREFIX))
                .map(|s| {
                    let org = f.1.orgs.get(&s.id).cloned().unwrap_or_default();
                    (s.id.clone(), org, s.steps.iter().map(|st| st.id.clone()).collect::<Vec<_>>())
                })
                .collect::<Vec<_>>()
        })
    };
    let section = move |(section, org, steps): (String, String, Vec<String>)| {
        let heading = format!("{section}-heading");
        let confirming = RwSignal::new(false);
        let org = StoredValue::new(org);
        let with_org = move |id: &'static str| {
            move || {
                let mut args = FluentArgs::new();
                args.set("org", org.get_value());
                i18n.t_args(id, &args)
            }
        };
        let on_remove = move |_| {
            ctx.store.update(|d| {
                for key in org.with_value(|org| remove(&mut d.plans, org)) {
                    d.checklist.states.remove(&key);
                    d.checklist.notes.remove(&key);
                }
            });
            removed.set(true);
        };
        view! {
            <section class="checklist-section plan-section" aria-labelledby=heading.clone()>
                <h3 id=heading.clone()>{with_org("checklist-plan-heading")}</h3>
                <p class="hint">{i18n.text("checklist-plan-unchecked")}</p>
                <ul class="steps">
                    {steps.into_iter().map(|id| view! { <StepCard ctx=ctx id=id/> }).collect_view()}
                </ul>
                {dynamic(move || if confirming.get() {
                    view! {
                        <p>{with_org("checklist-plan-remove-confirm")}</p>
                        <button type="button" class="danger" on:click=on_remove>{i18n.text("checklist-plan-remove-yes")}</button>
                        <button type="button" class="secondary" on:click=move |_| confirming.set(false)>{i18n.text("checklist-plan-remove-no")}</button>
                    }.into_any()
                } else {
                    view! {
                        <button type="button" class="secondary" on:click=move |_| confirming.set(true)>{i18n.text("checklist-plan-remove")}</button>
                    }.into_any()
                })}
            </section>
        }
    };
    view! {
        {dynamic(move || sections().into_iter().map(section).collect_view().into_any())}
        <p class="visually-hidden" role="status">{text(move || removed.get().then(|| i18n.t("checklist-plan-removed")).unwrap_or_default())}</p>
    }
}
