//! Scheduling: which steps apply, when each is due, what to do next, and
//! progress.
//!
//! Owns the pure computations over a definition, a [`Situation`], the step
//! states and "today" (a calendar date the caller passes in). It never reads a
//! clock and never formats text: it returns numbers and enums for the UI.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::ics::DateKind;
use super::model::{Applicability, ChecklistDef, Situation, Step, StepState};

/// A step counts as "due soon" when its date is at most this many days away.
pub const DUE_SOON_DAYS: i64 = 7;

/// How pressing a step's date is, relative to today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Urgency {
    /// The hard deadline has passed, or the due date has passed and the step
    /// has no deadline.
    Overdue,
    /// The recommended date has passed but the legal deadline is still ahead:
    /// late, not too late (said differently so nobody gives up).
    DoNow,
    /// Due today or within [`DUE_SOON_DAYS`].
    DueSoon,
    /// Has a date further away.
    Later,
    /// No date (no rule, or the newcomer has not given the anchor date).
    NoDate,
    /// Done or not relevant: the date no longer matters.
    Finished,
}

/// Everything the UI needs about one step for the given situation and day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepStatus<'a> {
    pub step: &'a Step,
    pub section_id: &'a str,
    pub state: StepState,
    pub applicability: Applicability,
    /// Recommended date.
    pub due: Option<NaiveDate>,
    /// Hard legal limit.
    pub deadline: Option<NaiveDate>,
    /// Days from today to `due` (negative: overdue by that many days; 0: today).
    pub days_until_due: Option<i64>,
    /// Days from today to `deadline`.
    pub days_until_deadline: Option<i64>,
    pub urgency: Urgency,
    /// Applicable steps this one comes after that are not finished yet.
    /// Always empty for a step with a hard deadline (`after` is advice).
    pub blocked_by: Vec<&'a str>,
}

impl StepStatus<'_> {
    /// Applies or may apply (shown and counted).
    pub fn is_applicable(&self) -> bool {
        self.applicability != Applicability::DoesNotApply
    }

    /// Not finished and nothing it waits for is open.
    pub fn is_actionable(&self) -> bool {
        self.is_applicable() && !self.state.is_finished() && self.blocked_by.is_empty()
    }
}

/// Whole-day difference `to - from` (calendar dates, no time zones).
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    to.signed_duration_since(from).num_days()
}

fn classify(days: Option<i64>, deadline_days: Option<i64>) -> Urgency {
    if deadline_days.is_some_and(|d| d < 0) {
        return Urgency::Overdue;
    }
    if days.is_some_and(|d| d < 0) {
        return if deadline_days.is_some() { Urgency::DoNow } else { Urgency::Overdue };
    }
    let nearest = match (days, deadline_days) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    match nearest {
        Some(d) if d <= DUE_SOON_DAYS => Urgency::DueSoon,
        Some(_) => Urgency::Later,
        None => Urgency::NoDate,
    }
}

/// The status of every step in file order (including steps that do not apply,
/// so the UI can offer "show all"). `states` maps step ids to states; missing
/// ids are `todo`.
pub fn plan<'a>(
    def: &'a ChecklistDef,
    situation: &Situation,
    states: &BTreeMap<String, StepState>,
    today: NaiveDate,
) -> Vec<StepStatus<'a>> {
    let state_of = |id: &str| states.get(id).copied().unwrap_or_default();
    // Looked up only for the few steps another step waits for (no map:
    // collecting one costs the program a sort, see `crate::sort`).
    let applicability = |id: &str| def.step(id).map(|s| s.when.evaluate(situation));
    let mut out = Vec::new();
    for section in &def.sections {
        for step in &section.steps {
            let state = state_of(&step.id);
            let app = step.when.evaluate(situation);
            let due = step.due.and_then(|r| r.apply(situation));
            let deadline = step.deadline.and_then(|r| r.apply(situation));
            let days_until_due = due.map(|d| days_between(today, d));
            let days_until_deadline = deadline.map(|d| days_between(today, d));
            let urgency = if state.is_finished() { Urgency::Finished } else { classify(days_until_due, days_until_deadline) };
            // A dependency is open when it applies (or may) and is not finished.
            // Unknown ids are ignored here (the validator reports them).
            // `after` is advice: a step with a hard legal limit never waits
            // for another step (missing the limit can cost the stay), so it is
            // never shown as "waiting for" nor ordered after waiting steps.
            let blocked_by = step
                .after
                .iter()
                .filter(|_| step.deadline.is_none())
                .filter(|dep| {
                    let dep_app = applicability(dep);
                    matches!(dep_app, Some(Applicability::Applies | Applicability::MayApply)) && !state_of(dep).is_finished()
                })
                .map(String::as_str)
                .collect();
            out.push(StepStatus {
                step,
                section_id: &section.id,
                state,
                applicability: app,
                due,
                deadline,
                days_until_due,
                days_until_deadline,
                urgency,
                blocked_by,
            });
        }
    }
    out
}

/// The soonest date that matters for ordering: the due date, or the deadline.
fn sort_date(s: &StepStatus<'_>) -> Option<NaiveDate> {
    match (s.due, s.deadline) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Up to `n` open steps to work on next: actionable steps first, then steps
/// still waiting for others; within each group by nearest date (steps
/// without a date after dated ones), then steps in progress before to-do,
/// then file order. Only steps that apply: a step that only *may* apply
/// (its condition needs an answer not given yet, e.g. on a first visit)
/// stays in the full list, so nobody is told "report within 2 days" before
/// saying whether that is their situation.
pub fn next_steps<'a>(
    def: &'a ChecklistDef,
    situation: &Situation,
    states: &BTreeMap<String, StepState>,
    today: NaiveDate,
    n: usize,
) -> Vec<StepStatus<'a>> {
    let mut open: Vec<(usize, StepStatus<'a>)> = plan(def, situation, states, today)
        .into_iter()
        .enumerate()
        .filter(|(_, s)| s.applicability == Applicability::Applies && !s.state.is_finished())
        .collect();
    crate::sort::sort_by_key(&mut open, |(i, s)| {
        (
            !s.blocked_by.is_empty(),
            sort_date(s).is_none(),
            sort_date(s),
            s.state != StepState::InProgress,
            *i,
        )
    });
    open.into_iter().take(n).map(|(_, s)| s).collect()
}

/// Progress over the applicable steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Progress {
    /// Applicable steps that are done or marked not relevant.
    pub done: usize,
    /// Applicable steps (applies or may apply).
    pub total: usize,
}

impl Progress {
    /// Whole percent, 0 when there is nothing to do.
    pub fn percent(&self) -> u8 {
        if self.total == 0 {
            return 0;
        }
        u8::try_from(self.done.min(self.total) * 100 / self.total).unwrap_or(100)
    }
}

pub fn progress(def: &ChecklistDef, situation: &Situation, states: &BTreeMap<String, StepState>) -> Progress {
    let mut p = Progress { done: 0, total: 0 };
    for step in def.steps() {
        if step.when.evaluate(situation) == Applicability::DoesNotApply {
            continue;
        }
        p.total += 1;
        if states.get(&step.id).is_some_and(|s| s.is_finished()) {
            p.done += 1;
        }
    }
    p
}

/// The message of a step's date line and its `$days` argument (never
/// negative). The date and how far it is from today form one sentence in one
/// message ("Do it by 21 November 2026 (in 3 days)", "… (2 days late)"), so
/// each language words and orders it whole; the caller passes the formatted
/// date as `$date`. `days` is the date minus today (negative: passed).
pub fn date_line(kind: DateKind, days: i64) -> (&'static str, i64) {
    let id = match (kind, days < 0) {
        (DateKind::Due, false) => "checklist-due-line",
        (DateKind::Due, true) => "checklist-due-line-late",
        (DateKind::Deadline, false) => "checklist-deadline-line",
        (DateKind::Deadline, true) => "checklist-deadline-line-late",
    };
    (id, days.saturating_abs())
}
