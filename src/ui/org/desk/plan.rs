//! "Write a plan" on an opened export that names a `reply_to`: a short form
//! (organisation name, steps with title, date — typed, or "in 3 days", "in a
//! week", "in 2 weeks", and shown in words —, where, what to bring and a
//! note), a preview as the person will see it, then the plan sealed to that
//! person's reply key, to download or copy as text.
//!
//! The form's data, step ids (one per title, so a later plan that repeats a
//! title updates that step) and checks are the core's
//! ([`crate::reply::form`]); sealing is [`crate::reply::seal_plan`]; files
//! and the clipboard are the shell's (`crate::shell::download`). One form is
//! open at a time ([`DeskState::plan_for`]); it and the sealed plan live
//! only in this component's signals, which go when the form is closed, the
//! export is closed or quick exit forgets the desk. Nothing is stored.
//! Plan text is only ever put into text nodes and input values, never
//! interpreted as markup.

use std::sync::Arc;

use leptos::prelude::*;

use super::DeskState;
use crate::reply::form::{parse_due, quick_due, weekday_key, Field, PlanForm, Problem, QUICK_DUES};
use crate::reply::{seal_plan, SealPlanError, MAX_STEPS};
use crate::shell::download;
use crate::ui::blocks::{dynamic, flag, text, When};
use crate::ui::i18n::{use_i18n, I18n};
use crate::ui::site::use_site;

const AGE_MIME: &str = "application/octet-stream";

/// Result of the last download or copy.
#[derive(Clone, PartialEq)]
enum Outcome {
    None,
    Downloaded(String),
    Copied,
    /// The clipboard refused: the armored text is shown to copy by hand.
    CopyFallback(String),
    Error(&'static str),
}

/// Which text field of a step an input edits.
#[derive(Clone, Copy)]
enum Part {
    Title,
    Due,
    Place,
    Bring,
    Note,
}

fn message(i18n: I18n, p: &Problem) -> String {
    let mut args = crate::i18n::FluentArgs::new();
    for (k, v) in &p.args {
        args.set(*k, *v);
    }
    i18n.t_args(p.message, &args)
}

/// The "Write a plan" button of one export (the main thing to do with it,
/// so a primary button right under the export's summary), and the form
/// once pressed.
#[component]
pub fn WritePlan(state: DeskState, number: usize, reply_to: Arc<str>) -> impl IntoView {
    let i18n = use_i18n();
    let open = move || state.plan_for.get() == Some(number);
    view! {
        <When when=move || !open()>
            <button type="button" id=write_button_id(number) class="desk-plan-open" on:click=move |_| state.plan_for.set(Some(number))>
                {i18n.text("desk-plan-write")}
            </button>
        </When>
        <When when=open>
            <Writer state=state number=number reply_to=reply_to.clone()/>
        </When>
    }
}

/// DOM id of an export's "Write a plan" button (focus returns to it when
/// the form is closed).
fn write_button_id(number: usize) -> String {
    format!("desk-plan-{number}-write")
}

#[component]
fn Writer(state: DeskState, number: usize, reply_to: Arc<str>) -> impl IntoView {
    let i18n = use_i18n();
    let site = use_site();
    let org = site.with_config(|c| c.name.clone()).unwrap_or_default();
    let form = RwSignal::new(PlanForm::new(org));
    // Problems are shown from the first "Seal plan" on, and then follow every edit.
    let attempted = RwSignal::new(false);
    let problems = Memo::new(move |_| if attempted.get() { form.with(PlanForm::problems) } else { Vec::new() });
    let seal_error = RwSignal::new(None::<&'static str>);
    let sealed = RwSignal::new(None::<Arc<Vec<u8>>>);
    let outcome = RwSignal::new(Outcome::None);
    let base = format!("desk-plan-{number}");
    let heading_id = format!("{base}-heading");
    let labelled_by = heading_id.clone();
    // The button that opened the form is gone: focus moves to the form's
    // heading instead of falling back to the page.
    {
        let id = heading_id.clone();
        request_animation_frame(move || crate::shell::page::focus_by_id(&id));
    }
    let on_close = move |_| {
        state.plan_for.set(None);
        request_animation_frame(move || crate::shell::page::focus_by_id(&write_button_id(number)));
    };

    // Any edit makes an earlier seal stale: it is dropped.
    let changed = move || {
        sealed.set(None);
        outcome.set(Outcome::None);
        seal_error.set(None);
    };
    let on_seal = {
        let reply_to = reply_to.clone();
        move |_| {
            attempted.set(true);
            outcome.set(Outcome::None);
            sealed.set(None);
            let result = form.with_untracked(|f| f.build(crate::shell::clock::today()));
            let error = match result {
                Err(list) => Some(if form.with_untracked(PlanForm::problems).is_empty() {
                    list.first().map_or("desk-plan-error-invalid", |p| p.message)
                } else {
                    "desk-plan-not-sealed"
                }),
                Ok(plan) => match seal_plan(&plan, &reply_to, false) {
                    Ok(bytes) => {
                        sealed.set(Some(Arc::new(bytes)));
                        None
                    }
                    Err(SealPlanError::BadRecipient) => Some("desk-plan-error-recipient"),
                    Err(SealPlanError::Encrypt) => Some("desk-plan-error-random"),
                    Err(SealPlanError::Invalid(e)) => Some(crate::reply::form::problem_of(&e).message),
                },
            };
            seal_error.set(error);
        }
    };
    let file_name = move || {
        let prefix = site.with_config(|c| c.file_prefix.clone()).flatten();
        crate::export::neutral_file_name(prefix.as_deref(), "plan", Some(crate::shell::clock::today()), "age")
    };
    let on_download = move |_| {
        let Some(bytes) = sealed.get_untracked() else { return };
        let name = file_name();
        outcome.set(match download::save_bytes(&bytes, &name, AGE_MIME) {
            Ok(()) => Outcome::Downloaded(name),
            Err(_) => Outcome::Error("desk-download-failed"),
        });
    };
    let on_copy = move |_| {
        let Some(bytes) = sealed.get_untracked() else { return };
        let text = String::from_utf8(crate::agefile::armor(&bytes)).unwrap_or_default();
        outcome.set(Outcome::None);
        leptos::task::spawn_local(async move {
            let r = download::copy_text(&text).await;
            outcome.try_set(match r {
                Ok(()) => Outcome::Copied,
                Err(_) => Outcome::CopyFallback(text),
            });
        });
    };
    let on_add = {
        let base = base.clone();
        move |_| {
            let mut added = None;
            form.update(|f| added = f.add_row());
            changed();
            // The next thing to type is the new step's title.
            if let Some(key) = added {
                let id = format!("{base}-{key}-title");
                request_animation_frame(move || crate::shell::page::focus_by_id(&id));
            }
        }
    };
    let row_ids = move || form.with(|f| f.rows.iter().map(|r| r.key.clone()).collect::<Vec<_>>());
    let at_max = move || form.with(|f| !f.can_add());
    let org_error_id = format!("{base}-org-error");
    let steps_error_id = format!("{base}-steps-error");
    let org_input_id = format!("{base}-org");
    let org_value = form.with_untracked(|f| f.org.clone());

    view! {
        <section class="desk-plan" aria-labelledby=labelled_by>
            <h5 id=heading_id tabindex="-1">{i18n.text("desk-plan-heading")}</h5>
            <p class="desk-plan-intro">{i18n.text("desk-plan-intro")}</p>
            <label for=org_input_id.clone()>{i18n.text("desk-plan-org-label")}</label>
            <p class="hint" id=format!("{base}-org-help")>{i18n.text("desk-plan-org-help")}</p>
            <input id=org_input_id type="text" autocomplete="off" prop:value=org_value required
                aria-invalid=move || problems.with(|ps| ps.iter().any(|p| p.field == Field::Org)).then_some("true")
                aria-describedby=format!("{base}-org-help {org_error_id}")
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    form.update(|f| f.org = v);
                    changed();
                }/>
            {field_error(i18n, problems, Field::Org, org_error_id.clone())}
            <p class="hint" id=format!("{base}-steps-help")>{i18n.text("desk-plan-steps-help")}</p>
            <ol class="desk-plan-steps">
                <For each=row_ids key=|id| id.clone() let:id>
                    <StepRow form=form problems=problems row_id=id base=base.clone() changed=Callback::new(move |()| changed())/>
                </For>
            </ol>
            {field_error(i18n, problems, Field::Steps, steps_error_id)}
            <div class="desk-tools">
                <button type="button" class="secondary" on:click=on_add prop:disabled=at_max
                    aria-describedby=move || at_max().then(|| format!("desk-plan-{number}-max"))>
                    {i18n.text("desk-plan-add-step")}
                </button>
            </div>
            <When when=at_max>
                <p class="hint" id=format!("desk-plan-{number}-max")>{text(move || {
                    let mut args = crate::i18n::FluentArgs::new();
                    args.set("max", MAX_STEPS as i64);
                    i18n.t_args("desk-plan-steps-max", &args)
                })}</p>
            </When>

            <Preview form=form number=number/>

            <div class="desk-tools">
                <button type="button" on:click=on_seal>{i18n.text("desk-plan-seal")}</button>
                <button type="button" class="secondary" on:click=on_close>{i18n.text("desk-plan-close")}</button>
            </div>
            <div class="desk-plan-outcome" role="status">
                {dynamic(move || match seal_error.get() {
                    Some(id) => view! { <p class="error">{i18n.text(id)}</p> }.into_any(),
                    None => ().into_any(),
                })}
                <When when=move || sealed.with(Option::is_some)>
                    <p>{i18n.text("desk-plan-sealed")}</p>
                    // What the person does with it, in the words of their app.
                    <p class="desk-plan-next">{i18n.text("desk-plan-next")}</p>
                    <div class="desk-tools">
                        <button type="button" on:click=on_download>{i18n.text("desk-plan-download")}</button>
                        <button type="button" on:click=on_copy>{i18n.text("desk-plan-copy")}</button>
                    </div>
                </When>
                {dynamic(move || match outcome.get() {
                    Outcome::None => ().into_any(),
                    Outcome::Downloaded(file) => view! { <p>{text(move || {
                        let mut args = crate::i18n::FluentArgs::new();
                        args.set("file", file.clone());
                        i18n.t_args("desk-plan-downloaded", &args)
                    })}</p> }.into_any(),
                    Outcome::Copied => view! { <p>{i18n.text("desk-plan-copied")}</p> }.into_any(),
                    Outcome::CopyFallback(armored) => {
                        let id = format!("desk-plan-{number}-armored");
                        view! {
                            <p>{i18n.text("desk-plan-copy-failed")}</p>
                            <label for=id.clone()>{i18n.text("desk-plan-copy-fallback-label")}</label>
                            <textarea id=id class="armored" readonly rows="8" prop:value=armored></textarea>
                        }.into_any()
                    }
                    Outcome::Error(id) => view! { <p class="error">{i18n.text(id)}</p> }.into_any(),
                })}
            </div>
        </section>
    }
}

/// The message of the first problem of `field`, under it, while there is one.
fn field_error(i18n: I18n, problems: Memo<Vec<Problem>>, field: Field, id: String) -> impl IntoView {
    dynamic(move || match problems.with(|ps| ps.iter().find(|p| p.field == field).cloned()) {
        Some(p) => view! { <p class="error field-error" id=id.clone()>{message(i18n, &p)}</p> }.into_any(),
        None => ().into_any(),
    })
}

#[component]
fn StepRow(form: RwSignal<PlanForm>, problems: Memo<Vec<Problem>>, row_id: String, base: String, changed: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let position = {
        let row_id = row_id.clone();
        Memo::new(move |_| form.with(|f| f.rows.iter().position(|r| r.key == row_id).map_or(0, |i| i + 1)) as i64)
    };
    let legend = text(move || {
        let mut args = crate::i18n::FluentArgs::new();
        args.set("number", position.get());
        i18n.t_args("desk-plan-step-legend", &args)
    });
    let remove_label = text(move || {
        let mut args = crate::i18n::FluentArgs::new();
        args.set("number", position.get());
        i18n.t_args("desk-plan-remove-step", &args)
    });
    let prefix = format!("{base}-{row_id}");
    let steps_help = format!("{base}-steps-help");
    // The date field: set by the quick choices, described by the date in words.
    let due_ref = NodeRef::<leptos::html::Input>::new();
    let words_id = format!("{prefix}-due-words");
    let field = |part: Part, label: &'static str, kind: &'static str| {
        let id = format!("{prefix}-{}", match part {
            Part::Title => "title",
            Part::Due => "due",
            Part::Place => "where",
            Part::Bring => "bring",
            Part::Note => "note",
        });
        let error_id = format!("{id}-error");
        let key = match part {
            Part::Title => Field::Title(row_id.clone()),
            Part::Due => Field::Due(row_id.clone()),
            Part::Place => Field::Place(row_id.clone()),
            Part::Bring => Field::Bring(row_id.clone()),
            Part::Note => Field::Note(row_id.clone()),
        };
        let key_for_invalid = key.clone();
        let invalid = flag(move || problems.with(|ps| ps.iter().any(|p| p.field == key_for_invalid)));
        let row = row_id.clone();
        let on_input = move |ev: leptos::ev::Event| {
            let v = event_target_value(&ev);
            form.update(|f| {
                if let Some(r) = f.row_mut(&row) {
                    match part {
                        Part::Title => r.title = v,
                        Part::Due => r.due = v,
                        Part::Place => r.place = v,
                        Part::Bring => r.bring = v,
                        Part::Note => r.note = v,
                    }
                }
            });
            changed.run(());
        };
        let err_for_attr = error_id.clone();
        // The title also points to "write its title as before", the date to
        // the date in words.
        let help = match part {
            Part::Title => Some(steps_help.clone()),
            Part::Due => Some(words_id.clone()),
            _ => None,
        };
        let described = move || match (help.clone(), invalid.get()) {
            (Some(help), true) => Some(format!("{help} {err_for_attr}")),
            (Some(help), false) => Some(help),
            (None, true) => Some(err_for_attr.clone()),
            (None, false) => None,
        };
        let invalid_attr = move || invalid.get().then_some("true");
        let input = if kind == "textarea" {
            view! {
                <textarea id=id.clone() rows="3" autocomplete="off" aria-invalid=invalid_attr aria-describedby=described on:input=on_input></textarea>
            }
            .into_any()
        } else if kind == "date" {
            // A date field gives its value on change as well as on input.
            let on_change = on_input.clone();
            view! {
                <input id=id.clone() type="date" min="2000-01-01" max="2100-12-31" node_ref=due_ref aria-invalid=invalid_attr aria-describedby=described
                    on:input=on_input on:change=on_change/>
            }
            .into_any()
        } else {
            let required = matches!(part, Part::Title);
            view! {
                <input id=id.clone() type="text" autocomplete="off" required=required aria-invalid=invalid_attr aria-describedby=described on:input=on_input/>
            }
            .into_any()
        };
        view! {
            <label for=id>{i18n.text(label)}</label>
            {input}
            {field_error(i18n, problems, key, error_id)}
        }
    };
    let title = field(Part::Title, "desk-plan-title-label", "text");
    let due = field(Part::Due, "desk-plan-due-label", "date");
    let quick = quick_dues(i18n, form, row_id.clone(), due_ref, changed);
    let words = due_words(i18n, form, row_id.clone(), words_id.clone());
    let place = field(Part::Place, "desk-plan-where-label", "text");
    let bring = field(Part::Bring, "desk-plan-bring-label", "text");
    let note = field(Part::Note, "desk-plan-note-label", "textarea");
    let remove = row_id.clone();
    // With one step there is nothing to remove (the form needs a step).
    let several = move || form.with(|f| f.rows.len() > 1);
    view! {
        <li>
            <fieldset class="desk-plan-step">
                <legend>{legend}</legend>
                {title}
                {due}
                {quick}
                {words}
                {place}
                {bring}
                {note}
                <When when=several>
                    <button type="button" class="secondary" on:click={
                        let remove = remove.clone();
                        move |_| {
                            form.update(|f| f.remove_row(&remove));
                            changed.run(());
                        }
                    }>{remove_label}</button>
                </When>
            </fieldset>
        </li>
    }
}

/// "In 3 days", "In a week", "In 2 weeks" after a step's date field: each
/// sets the date from today's (the browser's clock), in the field and the
/// form. The date field itself follows the browser's region (mm/dd/yyyy on
/// a US browser), so these and [`due_words`] give a way that does not.
fn quick_dues(i18n: I18n, form: RwSignal<PlanForm>, row: String, due_ref: NodeRef<leptos::html::Input>, changed: Callback<()>) -> impl IntoView {
    let buttons = QUICK_DUES
        .into_iter()
        .map(|(days, label)| {
            let row = row.clone();
            let on_click = move |_| {
                let Some(iso) = quick_due(crate::shell::clock::today(), days) else { return };
                if let Some(el) = due_ref.get_untracked() {
                    el.set_value(&iso);
                }
                form.update(|f| {
                    if let Some(r) = f.row_mut(&row) {
                        r.due = iso;
                    }
                });
                changed.run(());
            };
            view! { <button type="button" class="secondary" on:click=on_click>{i18n.text(label)}</button> }
        })
        .collect_view();
    view! {
        <div class="desk-plan-quick" role="group" aria-label=i18n.text("desk-plan-due-quick-label")>{buttons}</div>
    }
}

/// The step's date written out in the page's language ("Thursday,
/// 10 December 2026") under its field, so a day and month swapped by the
/// field's region show at once. Empty while there is no valid date.
fn due_words(i18n: I18n, form: RwSignal<PlanForm>, row: String, id: String) -> impl IntoView {
    let words = move || {
        let date = form.with(|f| f.rows.iter().find(|r| r.key == row).and_then(|r| parse_due(&r.due).ok().flatten()));
        date.map(|d| {
            let mut args = crate::i18n::FluentArgs::new();
            args.set("weekday", weekday_key(d));
            args.set("date", crate::i18n::format_date(&i18n.locale(), d));
            i18n.t_args("desk-plan-due-words", &args)
        })
        .unwrap_or_default()
    };
    view! { <p class="hint desk-plan-due-words" id=id aria-live="polite">{words}</p> }
}

/// The plan as the person will see it: organisation, then each step with a
/// title, in the phone's order (title, date in words, then the note, where,
/// what to bring: `crate::reply::sections`). Text nodes only.
#[component]
fn Preview(form: RwSignal<PlanForm>, number: usize) -> impl IntoView {
    let i18n = use_i18n();
    let heading_id = format!("desk-plan-{number}-preview");
    let labelled_by = heading_id.clone();
    let steps = move || {
        form.with(|f| {
            f.rows
                .iter()
                .filter(|r| !crate::reply::form::one_line(&r.title).is_empty())
                .map(|r| {
                    (
                        crate::reply::form::one_line(&r.title),
                        crate::reply::form::parse_due(&r.due).ok().flatten(),
                        crate::reply::form::multi_line(&r.place),
                        crate::reply::form::multi_line(&r.bring),
                        crate::reply::form::multi_line(&r.note),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    let org = move || form.with(|f| crate::reply::form::one_line(&f.org));
    view! {
        <section class="desk-plan-preview" aria-labelledby=labelled_by>
            <h6 id=heading_id>{i18n.text("desk-plan-preview-heading")}</h6>
            <p class="desk-plan-preview-org">{text(org)}</p>
            {dynamic(move || {
                let list = steps();
                if list.is_empty() {
                    return view! { <p class="hint">{i18n.text("desk-plan-preview-empty")}</p> }.into_any();
                }
                view! {
                    <ol>
                        {list.into_iter().map(|(title, due, place, bring, note)| view! {
                            <li>
                                <p class="desk-plan-preview-title"><strong>{title}</strong></p>
                                <dl>
                                    {due.map(|d| view! {
                                        <dt>{i18n.text("desk-plan-preview-due")}</dt>
                                        <dd>{text(move || crate::i18n::format_date(&i18n.locale(), d))}</dd>
                                    })}
                                    {note.map(|t| view! {
                                        <dt>{i18n.text("desk-plan-preview-note")}</dt>
                                        <dd class="free-text">{t}</dd>
                                    })}
                                    {place.map(|t| view! {
                                        <dt>{i18n.text("desk-plan-preview-where")}</dt>
                                        <dd class="free-text">{t}</dd>
                                    })}
                                    {bring.map(|t| view! {
                                        <dt>{i18n.text("desk-plan-preview-bring")}</dt>
                                        <dd class="free-text">{t}</dd>
                                    })}
                                </dl>
                            </li>
                        }).collect_view()}
                    </ol>
                }
                .into_any()
            })}
        </section>
    }
}
