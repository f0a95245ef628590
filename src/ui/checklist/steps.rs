//! The steps: "next steps", the full list by section, each step's details,
//! state control and private note, and the progress indicator.
//!
//! Owns the per-screen reactive state ([`Ctx`]: the plan for today, which
//! steps are expanded, the screen-reader announcement) and rendering. The
//! plan, order and progress come from `crate::checklist`; changes go only
//! through `DraftStore::update`. Never writes data anywhere else.

use std::collections::BTreeSet;
use std::sync::Arc;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::ui::blocks::{dynamic, text, When};

use crate::checklist::{
    next_steps, plan, progress, step_message_id, Applicability, ChecklistDef, DateKind, Part, SourceKind, StepState, StepStatus, Urgency,
};
use crate::i18n::{format_date, FluentArgs};
use crate::shell::page;
use crate::reply::Plan;
use crate::ui::draft::{use_draft, DraftStore};
use crate::ui::i18n::{render_pieces, use_i18n, I18n};

/// How many actionable steps "Next steps" shows (overdue or due-soon steps
/// that wait for others are added after them, so no urgent date is hidden).
pub const NEXT_COUNT: usize = 3;

/// One step's status for today, owned (so it can live in a memo).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    pub state: StepState,
    pub applicability: Applicability,
    pub due: Option<NaiveDate>,
    pub deadline: Option<NaiveDate>,
    pub days_due: Option<i64>,
    pub days_deadline: Option<i64>,
    pub urgency: Urgency,
    pub blocked_by: Vec<String>,
}

impl Row {
    fn from_status(s: &StepStatus<'_>) -> Row {
        Row {
            id: s.step.id.clone(),
            state: s.state,
            applicability: s.applicability,
            due: s.due,
            deadline: s.deadline,
            days_due: s.days_until_due,
            days_deadline: s.days_until_deadline,
            urgency: s.urgency,
            blocked_by: s.blocked_by.iter().map(|b| b.to_string()).collect(),
        }
    }
}

/// Reactive state shared by the checklist's parts (`Copy`).
#[derive(Clone, Copy)]
pub struct Ctx {
    /// The shipped checklist with the organisations' plans as extra
    /// sections (a plan's steps carry their own words). Replaced when the
    /// kept plans change: read [`Ctx::plans`] with `get` (which brings it
    /// up to date; `track` alone would not) before reading this.
    pub def: StoredValue<Arc<ChecklistDef>>,
    /// Counts the changes of the kept plans.
    pub plans: Memo<usize>,
    pub today: NaiveDate,
    pub store: DraftStore,
    /// Every step's status, in file order.
    pub rows: Memo<Vec<Row>>,
    /// Ids of "next steps", in the order to show.
    pub next: Memo<Vec<String>>,
    /// Steps whose details are open.
    pub expanded: RwSignal<BTreeSet<String>>,
    /// Also list steps that do not apply.
    pub show_all: RwSignal<bool>,
    /// Text for the polite live region.
    pub announce: RwSignal<String>,
}

impl Ctx {
    pub fn new(shipped: Arc<ChecklistDef>, today: NaiveDate) -> Ctx {
        let store = use_draft();
        let def = StoredValue::new(Arc::clone(&shipped));
        // The plans `def` was last built with: it is built again only when
        // they change (not on every note or state change).
        let kept = StoredValue::new(Vec::<Plan>::new());
        let plans = Memo::new(move |count: Option<&usize>| {
            let count = count.copied().unwrap_or(0);
            store.draft.with(|d| {
                if kept.with_value(|kept| *kept == d.plans) {
                    return count;
                }
                // After the shipped steps (which lead in "next steps" among
                // equals); "All steps" shows the plans first.
                let mut all = ChecklistDef::clone(&shipped);
                all.sections.extend(crate::reply::sections(&d.plans));
                def.set_value(Arc::new(all));
                kept.set_value(d.plans.clone());
                count + 1
            })
        });
        let rows = Memo::new(move |_| {
            plans.get();
            store.draft.with(|d| {
                def.with_value(|def| plan(def, &d.checklist.situation, &d.checklist.states, today).iter().map(Row::from_status).collect())
            })
        });
        let next = Memo::new(move |_| {
            plans.get();
            store.draft.with(|d| {
                def.with_value(|def| {
                    next_steps(def, &d.checklist.situation, &d.checklist.states, today, usize::MAX)
                        .iter()
                        .enumerate()
                        .filter(|(i, s)| *i < NEXT_COUNT || matches!(s.urgency, Urgency::Overdue | Urgency::DoNow | Urgency::DueSoon))
                        .map(|(_, s)| s.step.id.clone())
                        .collect()
                })
            })
        });
        Ctx {
            def,
            plans,
            today,
            store,
            rows,
            next,
            expanded: RwSignal::new(BTreeSet::new()),
            show_all: RwSignal::new(false),
            announce: RwSignal::new(String::new()),
        }
    }

    fn row(self, id: &str) -> Option<Row> {
        self.rows.with(|r| r.iter().find(|r| r.id == id).cloned())
    }

    /// A step's title: the plan's words for a plan step, else the message.
    pub fn title(self, i18n: I18n, id: &str) -> String {
        self.def
            .with_value(|d| d.step(id).and_then(|s| s.words.as_ref()).map(|w| w.title.clone()))
            .unwrap_or_else(|| title(i18n, id))
    }
}

/// Localized title of a step.
pub fn title(i18n: I18n, id: &str) -> String {
    i18n.t(&step_message_id(id, "title"))
}

fn state_id(state: StepState) -> &'static str {
    match state {
        StepState::Todo => "checklist-state-todo",
        StepState::InProgress => "checklist-state-in-progress",
        StepState::Done => "checklist-state-done",
        StepState::NotRelevant => "checklist-state-not-relevant",
    }
}

fn part_heading_id(part: Part) -> &'static str {
    match part {
        Part::What => "checklist-part-what",
        Part::Why => "checklist-part-why",
        Part::Where => "checklist-part-where",
        Part::Bring => "checklist-part-bring",
    }
}

/// A step's date line, one message: "Do it by 21 November 2026 (in 3 days)".
fn date_line(i18n: I18n, kind: DateKind, date: NaiveDate, days: i64) -> String {
    let (id, days) = crate::checklist::date_line(kind, days);
    let mut args = FluentArgs::new();
    args.set("date", format_date(&i18n.locale(), date));
    args.set("days", days);
    i18n.t_args(id, &args)
}

/// Urgency badge, dates in words and markers (may apply, waiting for):
/// text, not colour alone.
fn status_lines(i18n: I18n, row: &Row) -> impl IntoView {
    let badge = match row.urgency {
        Urgency::Overdue => Some(("badge badge-overdue", "checklist-overdue")),
        Urgency::DoNow => Some(("badge badge-soon", "checklist-do-now")),
        Urgency::DueSoon => Some(("badge badge-soon", "checklist-due-soon")),
        _ => None,
    };
    let open = !row.state.is_finished();
    let due = row.due.zip(row.days_due).filter(|_| open).map(|(d, days)| (DateKind::Due, d, days));
    let deadline = row
        .deadline
        .zip(row.days_deadline)
        .filter(|(d, _)| open && Some(*d) != row.due)
        .map(|(d, days)| (DateKind::Deadline, d, days));
    let dates = [due, deadline]
        .into_iter()
        .flatten()
        .map(|(kind, date, days)| view! { <p class="step-date">{date_line(i18n, kind, date, days)}</p> })
        .collect_view();
    // One whole sentence per step it waits for: no list joined in code,
    // which would need each language's own separators.
    let waiting = row
        .blocked_by
        .iter()
        .filter(|_| open)
        .map(|b| {
            let mut args = FluentArgs::new();
            args.set("step", title(i18n, b));
            view! { <p class="step-marker">{i18n.t_args("checklist-do-first", &args)}</p> }
        })
        .collect_view();
    let applies = match row.applicability {
        Applicability::Applies => None,
        Applicability::MayApply => Some(("step-marker may-apply", "checklist-may-apply")),
        Applicability::DoesNotApply => Some(("step-marker", "checklist-does-not-apply")),
    }
    .map(|(class, id)| view! { <p class=class>{i18n.t(id)}</p> });
    view! {
        {badge.filter(|_| open).map(|(class, id)| view! { <p class="step-badge"><strong class=class>{i18n.t(id)}</strong></p> })}
        {dates}
        {waiting}
        {applies}
    }
}

/// Progress in words and a `<progress>` named by that text.
#[component]
pub fn ProgressBar(ctx: Ctx) -> impl IntoView {
    let i18n = use_i18n();
    let store = ctx.store;
    let p = Memo::new(move |_| {
        ctx.plans.get();
        store.draft.with(|d| ctx.def.with_value(|def| progress(def, &d.checklist.situation, &d.checklist.states)))
    });
    let text = move || {
        let p = p.get();
        if p.total > 0 && p.done >= p.total {
            i18n.t("checklist-progress-all-done")
        } else {
            let mut args = FluentArgs::new();
            args.set("done", p.done as u64);
            args.set("total", p.total as u64);
            i18n.t_args("checklist-progress", &args)
        }
    };
    view! {
        <div class="checklist-progress">
            <p id="checklist-progress-text">{text}</p>
            <progress
                aria-labelledby="checklist-progress-text"
                max=move || p.get().total.max(1).to_string()
                value=move || p.get().done.to_string()
            ></progress>
        </div>
    }
}

/// Opens a step's details in the full list and moves focus to it.
fn go_to(ctx: Ctx, id: &str) {
    ctx.expanded.update(|e| {
        e.insert(id.to_string());
    });
    page::focus_by_id(&format!("step-btn-{id}"));
}

/// The few steps to do next, most pressing first.
#[component]
pub fn NextSteps(ctx: Ctx) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <When
            when=move || ctx.next.with(|n| !n.is_empty())
            fallback=move || view! { <p>{i18n.text("checklist-empty-next")}</p> }
        >
            // Re-rendered as a whole: it holds only buttons that move focus
            // away, so nothing the newcomer is using is replaced.
            <ol class="next-steps">
                {dynamic(move || ctx.next.get().into_iter().map(|id| {
                    let row = ctx.row(&id);
                    let target = id.clone();
                    view! {
                        <li class="next-step">
                            <button type="button" class="link-button" on:click=move |_| go_to(ctx, &target)>
                                {ctx.title(i18n, &id)}
                            </button>
                            {row.map(|row| status_lines(i18n, &row))}
                        </li>
                    }
                }).collect_view().into_any())}
            </ol>
        </When>
    }
}

/// Every step, by section (the organisations' plans first); steps that do
/// not apply are hidden unless asked.
#[component]
pub fn AllSteps(ctx: Ctx) -> impl IntoView {
    let i18n = use_i18n();
    let visible = move |ids: &[String]| -> Vec<String> {
        let show_all = ctx.show_all.get();
        ctx.rows.with(|rows| {
            ids.iter()
                .filter(|id| {
                    show_all
                        || rows.iter().any(|r| &r.id == *id && r.applicability != Applicability::DoesNotApply)
                })
                .cloned()
                .collect()
        })
    };
    let any_hidden = move || ctx.rows.with(|r| r.iter().any(|r| r.applicability == Applicability::DoesNotApply));
    // Drawn again as a whole when a plan is added, changed or removed (rare;
    // states and notes live in the draft, open details in `ctx`).
    let list = move || {
        ctx.plans.get();
        let sections: Vec<(String, Option<String>, Vec<String>)> = ctx.def.with_value(|def| {
            // The plans first: two passes (no sort, see `crate::sort`).
            [true, false]
                .into_iter()
                .flat_map(|plans| def.sections.iter().filter(move |s| s.org.is_some() == plans))
                .map(|s| (s.id.clone(), s.org.clone(), s.steps.iter().map(|st| st.id.clone()).collect()))
                .collect()
        });
        // One section per browser task (a slow phone stays responsive).
        let drawn = crate::ui::screens::drawn_in_turns(sections.len());
        sections.into_iter().enumerate().map(|(index, (section_id, org, ids))| {
            let ids = StoredValue::new(ids);
            let heading_id = format!("checklist-section-{section_id}-heading");
            let heading_ref = heading_id.clone();
            let message = crate::checklist::section_message_id(&section_id);
            let class = if org.is_some() { "checklist-section plan-section" } else { "checklist-section" };
            let name = org.clone();
            let heading = move || match &name {
                Some(org) => {
                    let mut args = FluentArgs::new();
                    args.set("org", org.clone());
                    i18n.t_args("checklist-plan-heading", &args)
                }
                None => i18n.t(&message),
            };
            view! {
                <When when=move || index < drawn.get() && ids.with_value(|ids| !visible(ids).is_empty())>
                    <section class=class aria-labelledby=heading_ref.clone()>
                        <h3 id=heading_id.clone()>{heading.clone()}</h3>
                        {org.clone().map(|org| crate::ui::checklist::plans::plan_notes(ctx, org))}
                        <ul class="steps">
                            <For each=move || ids.with_value(|ids| visible(ids)) key=|id| id.clone() let:id>
                                <StepCard ctx=ctx id=id/>
                            </For>
                        </ul>
                    </section>
                </When>
            }
        }).collect_view()
    };
    view! {
        <section class="checklist-part" aria-labelledby="checklist-all-heading">
            <h2 id="checklist-all-heading" tabindex="-1">{i18n.text("checklist-all-heading")}</h2>
            <When when=move || any_hidden() || ctx.show_all.get()>
                <button type="button" class="secondary"
                    on:click=move |_| ctx.show_all.update(|s| *s = !*s)>
                    {text(move || i18n.t(if ctx.show_all.get() { "checklist-hide-not-applicable" } else { "checklist-show-all" }))}
                </button>
            </When>
            {dynamic(move || list().into_any())}
        </section>
    }
}

/// One step: title (opens the details), dates and markers, the state
/// control, and when open: what / why / where / bring, sources, note.
#[component]
pub(super) fn StepCard(ctx: Ctx, id: String) -> impl IntoView {
    let i18n = use_i18n();
    let Some(step) = ctx.def.with_value(|d| d.step(&id).cloned()) else {
        return ().into_any();
    };
    let id = StoredValue::new(id);
    let store = ctx.store;
    let row = Memo::new(move |_| id.with_value(|id| ctx.row(id)));
    let open = Memo::new(move |_| id.with_value(|id| ctx.expanded.with(|e| e.contains(id))));
    let state = Memo::new(move |_| id.with_value(|id| store.draft.with(|d| d.checklist.state(id))));
    let note = Memo::new(move |_| {
        id.with_value(|id| store.draft.with(|d| d.checklist.notes.get(id).cloned().unwrap_or_default()))
    });
    let sid = id.get_value();
    let title_id = format!("step-title-{sid}");
    let state_label_id = format!("step-state-label-{sid}");
    let state_select_id = format!("step-state-{sid}");
    let details_id = format!("step-details-{sid}");
    let note_id = format!("step-note-{sid}");
    let note_label_id = format!("step-note-label-{sid}");
    let note_hint_id = format!("step-note-hint-{sid}");

    let toggle = move |_| {
        id.with_value(|id| {
            ctx.expanded.update(|e| {
                if !e.remove(id) {
                    e.insert(id.clone());
                }
            })
        })
    };
    let on_state = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let Some(new) = StepState::ALL.into_iter().find(|s| s.as_str() == value) else { return };
        id.with_value(|id| {
            store.update(|d| d.checklist.set_state(id, new));
            let mut args = FluentArgs::new();
            args.set("title", ctx.title(i18n, id));
            args.set("state", i18n.t(state_id(new)));
            ctx.announce.set(i18n.t_args("checklist-state-announce", &args));
        });
    };
    let on_note = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        id.with_value(|id| store.update(|d| d.checklist.set_note(id, &text)));
    };

    let parts = step
        .parts
        .iter()
        .enumerate()
        .map(|(index, part)| {
            let heading = part_heading_id(*part);
            // A plan's own words, else the message (which follows the language).
            let (words, id) = (step.words.clone(), step.part_id(*part));
            view! {
                <h5>{i18n.text(heading)}</h5>
                <p class="step-text">{move || match &words {
                    Some(words) => words.texts.get(index).cloned().unwrap_or_default(),
                    None => i18n.t(&id),
                }}</p>
            }
        })
        .collect_view();
    // Official pages under "Official sources"; NGO and other pages under
    // their own heading, so the official heading is never over a blog.
    let source_group = |official: bool| {
        let list: Vec<_> = step.sources.iter().filter(|s| (s.kind == SourceKind::Official) == official).cloned().collect();
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .map(|s| {
                    // One message, the link being its `$source`; follows
                    // the language when it changes.
                    let line = move || {
                        let mut args = FluentArgs::new();
                        args.set("source", s.name.clone());
                        args.set("date", format_date(&i18n.locale(), s.checked_on));
                        let (url, name) = (s.url.clone(), s.name.clone());
                        render_pieces(i18n.pieces("checklist-source-line", &args, &["source"]), move |_| {
                            view! { <a href=url.clone() rel="noreferrer">{name.clone()}</a> }.into_any()
                        })
                    };
                    view! { <li>{line}</li> }
                })
                .collect_view();
            let heading = if official { "checklist-sources-heading" } else { "checklist-sources-other-heading" };
            view! {
                <h5>{i18n.text(heading)}</h5>
                <ul class="sources">{items}</ul>
            }
        })
    };
    let sources = view! { {source_group(true)} {source_group(false)} };

    view! {
        <li class="step" class:step-finished=move || state.get().is_finished()>
            <h4 class="step-title">
                <button type="button" class="disclosure" id=format!("step-btn-{sid}")
                    aria-expanded=move || open.get().to_string()
                    aria-controls=details_id.clone()
                    on:click=toggle>
                    <span id=title_id.clone()>{move || id.with_value(|id| ctx.title(i18n, id))}</span>
                </button>
            </h4>
            {dynamic(move || row.get().map(|r| status_lines(i18n, &r)).into_any())}
            <div class="step-state">
                <label id=state_label_id.clone() for=state_select_id.clone()>{i18n.text("checklist-state-label")}</label>
                <select id=state_select_id
                    aria-labelledby=format!("{state_label_id} {title_id}")
                    prop:value=move || state.get().as_str()
                    on:change=on_state>
                    {StepState::ALL.into_iter().map(|s| view! {
                        <option value=s.as_str()>{i18n.text(state_id(s))}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="step-details" id=details_id hidden=move || !open.get()>
                {parts}
                {sources}
                <div class="step-note">
                    <label id=note_label_id.clone() for=note_id.clone()>{i18n.text("checklist-note-label")}</label>
                    <textarea id=note_id rows="3" autocomplete="off" spellcheck="false"
                        aria-labelledby=format!("{note_label_id} {title_id}")
                        aria-describedby=note_hint_id.clone()
                        prop:value=move || note.get()
                        on:change=on_note></textarea>
                    <p class="hint" id=note_hint_id>{i18n.text("checklist-note-hint")}</p>
                </div>
            </div>
        </li>
    }
    .into_any()
}
