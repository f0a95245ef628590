//! Showing exported answers and checklist states in the active UI locale,
//! shared by the export screen (the newcomer's summary) and the desk (the
//! reader's view).
//!
//! Owns loading the intake definition for labels and the mapping from a
//! language-neutral value (choice id, ISO date, number, yes/no) to text in
//! the reader's locale. Free text is shown exactly as written, marked with
//! the language it was written in (`lang=`). It never changes a value, never
//! stores anything and never shows a raw library error.

use std::collections::BTreeMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::ui::blocks::{text};
use serde_json::Value;

use crate::intake::{parse_iso_date, Form, Question, QuestionKind};
use crate::ui::i18n::{use_i18n, I18n};

pub use crate::ui::intake::{load_form, FormProblem};

/// A reactive slot holding the intake definition once it has loaded.
pub fn form_signal() -> RwSignal<Option<Result<Arc<Form>, FormProblem>>> {
    let form = RwSignal::new(None);
    leptos::task::spawn_local(async move {
        let loaded = load_form().await;
        form.try_set(Some(loaded));
    });
    form
}

/// Text of `id` when the active locale (or English) has it, else `None`.
pub fn text_if_known(i18n: I18n, id: &str) -> Option<String> {
    let known = i18n.localizer().is_some_and(|l| l.has(id));
    known.then(|| i18n.t(id))
}

/// The question with `id` among the form's top-level questions.
fn top_question<'a>(form: Option<&'a Form>, id: &str) -> Option<&'a Question> {
    form.and_then(|f| f.question(id))
}

/// The answers as a description list, in form order (answers the form does
/// not know come last, labelled by their id). `text_lang` marks free text
/// with the language it was written in (`None`: same as the page).
#[component]
pub fn AnswerList(
    form: Option<Arc<Form>>,
    answers: BTreeMap<String, Value>,
    #[prop(optional)] text_lang: Option<String>,
) -> impl IntoView {
    let mut ordered: Vec<(Option<Question>, String, Value)> = Vec::new();
    if let Some(f) = form.as_deref() {
        for q in f.all_questions() {
            if let Some(v) = answers.get(&q.id) {
                ordered.push((Some(q.clone()), q.id.clone(), v.clone()));
            }
        }
    }
    for (id, v) in &answers {
        if top_question(form.as_deref(), id).is_none() {
            ordered.push((None, id.clone(), v.clone()));
        }
    }
    let lang = StoredValue::new(text_lang);
    view! {
        <dl class="answers">
            {ordered.into_iter().map(|(q, id, v)| view! { <Answer question=q id=id value=v lang=lang.get_value()/> }).collect_view()}
        </dl>
    }
}

#[component]
fn Answer(question: Option<Question>, id: String, value: Value, lang: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let label = {
        let question = question.clone();
        let id = id.clone();
        move || match &question {
            Some(q) => i18n.t(&q.label_id),
            None => id.clone(),
        }
    };
    let unknown = question.is_none();
    view! {
        <dt data-question=id.clone()>{text(label)}</dt>
        <dd>{value_view(question, value, lang, unknown)}</dd>
    }
}

/// One value, rendered by its question's type.
fn value_view(question: Option<Question>, value: Value, lang: Option<String>, unknown: bool) -> AnyView {
    let i18n = use_i18n();
    let Some(q) = question else {
        let _ = unknown;
        return free_text(compact(&value), lang);
    };
    match (&q.kind, value) {
        // Old exports may hold a status id of an earlier version: read it as today's.
        (QuestionKind::SingleChoice { choices }, Value::String(s)) => match choices.iter().find(|c| c.id == crate::status::current_choice(&q.id, &s)) {
            Some(c) => {
                let id = c.label_id.clone();
                view! { <span data-choice=s>{text(move || i18n.t(&id))}</span> }.into_any()
            }
            None => free_text(s, lang),
        },
        (QuestionKind::MultipleChoice { choices, .. }, Value::Array(items)) => {
            let labels: Vec<(String, Option<String>)> = items
                .iter()
                .map(|i| {
                    let raw = i.as_str().map(str::to_string).unwrap_or_else(|| i.to_string());
                    let label = choices.iter().find(|c| c.id == raw).map(|c| c.label_id.clone());
                    (raw, label)
                })
                .collect();
            view! {
                <ul class="choices">
                    {labels.into_iter().map(|(raw, label)| match label {
                        Some(id) => view! { <li data-choice=raw>{text(move || i18n.t(&id))}</li> }.into_any(),
                        None => view! { <li lang=lang.clone()>{raw}</li> }.into_any(),
                    }).collect_view()}
                </ul>
            }
            .into_any()
        }
        (QuestionKind::YesNo, Value::Bool(b)) => {
            let id = if b { "intake-yes" } else { "intake-no" };
            view! { <span>{i18n.text(id)}</span> }.into_any()
        }
        (QuestionKind::Date { .. }, Value::String(s)) => match parse_iso_date(&s) {
            Some(d) => view! { <time datetime=s>{text(move || crate::i18n::format_date(&i18n.locale(), d))}</time> }.into_any(),
            None => free_text(s, lang),
        },
        (QuestionKind::Year { .. } | QuestionKind::Number { .. }, Value::Number(n)) => view! { <span>{n.to_string()}</span> }.into_any(),
        (QuestionKind::Repeat { questions, .. }, Value::Array(items)) => {
            let inner = questions.clone();
            view! {
                <ol class="items">
                    {items.into_iter().enumerate().map(|(n, item)| {
                        let empty = serde_json::Map::new();
                        let obj = item.as_object().unwrap_or(&empty);
                        let mut rows: Vec<(Option<Question>, String, Value)> = inner.iter()
                            .filter_map(|iq| obj.get(&iq.id).map(|v| (Some(iq.clone()), iq.id.clone(), v.clone())))
                            .collect();
                        rows.extend(obj.iter().filter(|(k, _)| !inner.iter().any(|iq| &iq.id == *k)).map(|(k, v)| (None, k.clone(), v.clone())));
                        let number = n as i64 + 1;
                        let lang = lang.clone();
                        view! {
                            <li>
                                <span class="item-heading">{text(move || {
                                    let mut args = crate::i18n::FluentArgs::new();
                                    args.set("number", number);
                                    i18n.t_args("intake-member-heading", &args)
                                })}</span>
                                <dl class="answers">
                                    {rows.into_iter().map(|(q, id, v)| view! { <Answer question=q id=id value=v lang=lang.clone()/> }).collect_view()}
                                </dl>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            }
            .into_any()
        }
        (_, Value::String(s)) => free_text(s, lang),
        (_, other) => free_text(compact(&other), lang),
    }
}

fn compact(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Text as the newcomer wrote it, marked with its language.
fn free_text(text: String, lang: Option<String>) -> AnyView {
    view! { <span class="free-text" lang=lang>{text}</span> }.into_any()
}

/// Checklist step states as a description list: localized step title (or
/// the id when this site's checklist does not know it) and state name.
#[component]
pub fn StepStates(steps: BTreeMap<String, String>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <dl class="answers steps">
            {steps.into_iter().map(|(step, state)| {
                let title_id = crate::checklist::model::step_message_id(&step, "title");
                let state_id = format!("checklist-state-{state}");
                let step_for_title = step.clone();
                let state_attr = state.clone();
                view! {
                    <dt data-step=step>{text(move || text_if_known(i18n, &title_id).unwrap_or_else(|| step_for_title.clone()))}</dt>
                    <dd data-state=state_attr>{text(move || text_if_known(i18n, &state_id).unwrap_or_else(|| state.clone()))}</dd>
                }
            }).collect_view()}
        </dl>
    }
}
