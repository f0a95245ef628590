//! Reading opened exports: a filterable, sortable list, each export shown in
//! the reader's locale (labels from `content/intake.toml` and the reader's
//! Fluent messages; free text as written, marked with its language), and
//! CSV/JSON downloads of everything opened.
//!
//! Needs and urgency come from the default intake content: the `needs`
//! question (departments) and the rules in [`crate::triage`] (danger now,
//! legal stay ending or no document, urgent health need, psychological help
//! now). With other content these answers are simply absent and every export
//! counts as "not urgent". Never changes an export.

use std::sync::Arc;

use leptos::prelude::*;
use serde_json::Value;

use super::{DeskState, Opened};
use crate::export::{exports_to_csv, exports_to_json, Export};
use crate::intake::Form;
use crate::shell::download;
use crate::ui::export::answers::{AnswerList, FormProblem, StepStates};
use crate::ui::i18n::{render_pieces, use_i18n};

/// Question holding the departments a family needs.
pub const NEEDS_QUESTION: &str = "needs";
/// 0 = in danger, 1 = legal stay ends soon or no document, 2 = urgent
/// health need, 3 = psychological help needed now, 4 = not urgent
/// (rules in [`crate::triage`]).
pub fn urgency_rank(e: &Export) -> usize {
    crate::triage::urgency_rank(&e.answers, e.created_date())
}

/// Number of urgency reasons: a rank below it is urgent.
const NOT_URGENT: usize = crate::triage::UrgentReason::ALL.len();

/// The department choice ids an export asks for.
pub fn needs_of(e: &Export) -> Vec<String> {
    match e.answers.get(NEEDS_QUESTION) {
        Some(Value::Array(items)) => items.iter().filter_map(|i| i.as_str().map(str::to_string)).collect(),
        _ => Vec::new(),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Sort {
    Urgent,
    Newest,
    Oldest,
}

impl Sort {
    fn from_value(v: &str) -> Sort {
        match v {
            "newest" => Sort::Newest,
            "oldest" => Sort::Oldest,
            _ => Sort::Urgent,
        }
    }
}

/// Exports shown for a need filter ("" = all), urgent-only flag and order.
fn visible(list: &[Opened], need: &str, urgent_only: bool, sort: Sort) -> Vec<Opened> {
    let mut out: Vec<Opened> = list
        .iter()
        .filter(|o| need.is_empty() || needs_of(&o.export).iter().any(|n| n == need))
        .filter(|o| !urgent_only || urgency_rank(&o.export) < NOT_URGENT)
        .cloned()
        .collect();
    match sort {
        Sort::Urgent => out.sort_by(|a, b| {
            urgency_rank(&a.export).cmp(&urgency_rank(&b.export)).then_with(|| b.export.created.cmp(&a.export.created)).then(a.number.cmp(&b.number))
        }),
        Sort::Newest => out.sort_by(|a, b| b.export.created.cmp(&a.export.created).then(a.number.cmp(&b.number))),
        Sort::Oldest => out.sort_by(|a, b| a.export.created.cmp(&b.export.created).then(a.number.cmp(&b.number))),
    }
    out
}

#[component]
pub fn Reader(state: DeskState, form: RwSignal<Option<Result<Arc<Form>, FormProblem>>>) -> impl IntoView {
    let i18n = use_i18n();
    let need = RwSignal::new(String::new());
    let urgent_only = RwSignal::new(false);
    let sort = RwSignal::new(Sort::Urgent);
    let usable_form = move || form.get().and_then(Result::ok);
    let need_choices = move || {
        usable_form()
            .and_then(|f| f.question(NEEDS_QUESTION).map(|q| q.kind.choices().iter().map(|c| (c.id.clone(), c.label_id.clone())).collect::<Vec<_>>()))
            .unwrap_or_default()
    };
    let shown = Memo::new(move |_| state.opened.with(|l| visible(l, &need.get(), urgent_only.get(), sort.get())));
    let count = move || state.opened.with(Vec::len);
    let all_exports = move || state.opened.with(|l| l.iter().map(|o| (*o.export).clone()).collect::<Vec<Export>>());
    let stamp = move || crate::date_text::iso(crate::shell::clock::today());
    let download_failed = RwSignal::new(false);
    let on_csv = move |_| {
        let csv = exports_to_csv(&all_exports());
        download_failed.set(download::save_bytes(csv.as_bytes(), &format!("exports-{}.csv", stamp()), "text/csv;charset=utf-8").is_err());
    };
    let on_json = move |_| {
        let json = exports_to_json(&all_exports());
        download_failed.set(download::save_bytes(json.as_bytes(), &format!("exports-{}.json", stamp()), "application/json").is_err());
    };

    view! {
        <Show when=move || { count() > 0 }>
            <section class="desk-part desk-list" aria-labelledby="desk-list-heading">
                <h3 id="desk-list-heading">{move || {
                    let mut args = crate::i18n::FluentArgs::new();
                    args.set("count", count() as i64);
                    i18n.t_args("desk-exports-opened", &args)
                }}</h3>
                <div class="desk-tools">
                    <button type="button" on:click=on_csv>{i18n.text("desk-download-csv")}</button>
                    <button type="button" on:click=on_json>{i18n.text("desk-download-json")}</button>
                    <button type="button" class="secondary" on:click=move |_| download::print_page()>{i18n.text("desk-print")}</button>
                    <button type="button" class="secondary" on:click=move |_| {
                        state.plan_for.set(None);
                        state.opened.set(Vec::new());
                        state.results.set(Vec::new());
                    }>{i18n.text("desk-close-all")}</button>
                </div>
                <Show when=move || download_failed.get()>
                    <p class="error" role="alert">{i18n.text("desk-download-failed")}</p>
                </Show>
                <div class="desk-filters">
                    <label for="desk-filter-need">{i18n.text("desk-filter-need")}</label>
                    <select id="desk-filter-need" prop:value=move || need.get() on:change=move |ev| need.set(event_target_value(&ev))>
                        <option value="">{i18n.text("desk-filter-all")}</option>
                        {move || need_choices().into_iter().map(|(id, label)| {
                            let value = id.clone();
                            view! {
                                <option value=value selected=move || need.get() == id>{move || i18n.t(&label)}</option>
                            }
                        }).collect_view()}
                    </select>
                    <label for="desk-sort">{i18n.text("desk-sort-label")}</label>
                    <select id="desk-sort" on:change=move |ev| sort.set(Sort::from_value(&event_target_value(&ev)))>
                        <option value="urgent">{i18n.text("desk-sort-urgent")}</option>
                        <option value="newest">{i18n.text("desk-sort-newest")}</option>
                        <option value="oldest">{i18n.text("desk-sort-oldest")}</option>
                    </select>
                    <div class="desk-check">
                        <input type="checkbox" id="desk-urgent-only" prop:checked=move || urgent_only.get()
                            on:change=move |ev| urgent_only.set(event_target_checked(&ev))/>
                        <label for="desk-urgent-only">{i18n.text("desk-urgent-only")}</label>
                    </div>
                </div>
                <p role="status" class="desk-showing">{move || {
                    let mut args = crate::i18n::FluentArgs::new();
                    args.set("shown", shown.with(Vec::len) as i64);
                    args.set("count", count() as i64);
                    i18n.t_args("desk-showing", &args)
                }}</p>
                <div class="desk-exports">
                    <For each=move || shown.get() key=|o| o.number let:o>
                        <ExportCard state=state opened=o form=usable_form()/>
                    </For>
                </div>
            </section>
        </Show>
    }
}

#[component]
fn ExportCard(state: DeskState, opened: Opened, form: Option<Arc<Form>>) -> impl IntoView {
    let i18n = use_i18n();
    let e = opened.export.clone();
    let number = opened.number as i64;
    let created = e.created_date();
    let created_raw = e.created.clone();
    let language = crate::i18n::LocaleInfo::for_code(&e.locale).autonym;
    let lang = e.locale.clone();
    let rank = urgency_rank(&e);
    // Every reason as its own badge, most urgent first.
    let urgent_ids: Vec<&'static str> = crate::triage::urgent_reasons(&e.answers, e.created_date()).into_iter().map(|r| r.message_id()).collect();
    let other_version = form.as_ref().is_some_and(|f| f.content_version != e.content_version);
    let content_version = e.content_version.clone();
    let heading_id = format!("desk-export-{number}");
    let labelled_by = heading_id.clone();
    view! {
        <article class="desk-export" class:urgent={rank == 0} aria-labelledby=labelled_by data-number=number.to_string()>
            // Focus lands here when the export opens (`open::show_opened`).
            <h4 id=heading_id tabindex="-1">{move || {
                let date = created.map(|d| crate::i18n::format_date(&i18n.locale(), d)).unwrap_or_else(|| created_raw.clone());
                let mut args = crate::i18n::FluentArgs::new();
                args.set("number", number);
                args.set("date", date);
                i18n.t_args("desk-export-title", &args)
            }}</h4>
            {urgent_ids.into_iter().map(|id| view! { <p class="badge urgent-badge"><strong>{move || i18n.t(id)}</strong></p> }).collect_view()}
            <p class="desk-export-meta">{move || {
                // One message; the language's name keeps its own `lang`.
                let mut args = crate::i18n::FluentArgs::new();
                args.set("language", language.clone());
                let (lang, language) = (lang.clone(), language.clone());
                render_pieces(i18n.pieces("desk-export-language-line", &args, &["language"]), move |_| {
                    view! { <span lang=lang.clone()>{language.clone()}</span> }.into_any()
                })
            }}</p>
            {other_version.then(|| view! { <p class="notice">{move || {
                let mut args = crate::i18n::FluentArgs::new();
                args.set("version", content_version.clone());
                i18n.t_args("desk-other-content-version", &args)
            }}</p> })}
            // Only an export that names the person's reply key can be
            // answered; it is what the caseworker came for, so it comes
            // right under the summary, before the long list of answers.
            {e.reply_to.clone().map(|to| view! { <super::plan::WritePlan state=state number=opened.number reply_to=Arc::from(to)/> })}
            <h5>{i18n.text("desk-answers-heading")}</h5>
            {if e.answers.is_empty() {
                view! { <p>{i18n.text("desk-no-answers")}</p> }.into_any()
            } else {
                view! { <AnswerList form=form.clone() answers=e.answers.clone() text_lang=e.locale.clone()/> }.into_any()
            }}
            <h5>{i18n.text("desk-checklist-heading")}</h5>
            {if e.checklist.steps.is_empty() {
                view! { <p>{i18n.text("desk-no-steps")}</p> }.into_any()
            } else {
                view! { <StepStates steps=e.checklist.steps.clone()/> }.into_any()
            }}
        </article>
    }
}
