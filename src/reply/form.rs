//! The desk's "Write a plan" form as plain data: the rows a caseworker
//! fills in, their step ids, and turning them into a checked [`Plan`] or a
//! list of problems, one per field, each with the message id (in
//! `desk.ftl`) that says what to do.
//!
//! Owns no browser state and never stores anything: the UI
//! (`src/ui/org/desk/plan.rs`) holds a [`PlanForm`] in memory only and drops
//! it on quick exit. The bounds are the format's ([`super::check`]), checked
//! here field by field so that every problem can be shown next to its field;
//! [`PlanForm::build`] still runs [`super::check`] on the result, so nothing
//! this module misses can be sealed.

use chrono::{Datelike, NaiveDate};

use super::{check, Plan, PlanError, PlanStep, MAX_STEPS, MAX_TEXT_CHARS, MAX_TITLE_CHARS, YEARS};

/// One step as typed: every field a string, as the inputs give them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Row {
    /// Generated ([`PlanForm::add_row`]), stable while the form is open.
    pub id: String,
    pub title: String,
    /// `YYYY-MM-DD` from `<input type="date">`, or empty.
    pub due: String,
    pub place: String,
    pub bring: String,
    pub note: String,
}

/// A field of the form, for placing a problem next to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    Org,
    /// The list of steps as a whole (none, or too many).
    Steps,
    Title(String),
    Due(String),
    Place(String),
    Bring(String),
    Note(String),
}

/// One problem: where, the message id and its numeric arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub field: Field,
    pub message: &'static str,
    pub args: Vec<(&'static str, i64)>,
}

impl Problem {
    fn new(field: Field, message: &'static str) -> Problem {
        Problem { field, message, args: Vec::new() }
    }

    fn with(mut self, name: &'static str, value: usize) -> Problem {
        self.args.push((name, i64::try_from(value).unwrap_or(i64::MAX)));
        self
    }
}

/// The form: organisation name and the steps, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanForm {
    pub org: String,
    pub rows: Vec<Row>,
    /// Put before every step id so that a later plan from the same
    /// organisation does not update this plan's steps by accident (see
    /// [`id_prefix`]).
    prefix: String,
    /// Number of the next step id; never reused within the form.
    next: usize,
}

/// A prefix for the step ids of one form: the day and a random tag, e.g.
/// `20261205-3fa9`. A later plan only updates steps whose id it repeats; the
/// desk keeps no plans, so every form makes new ids.
pub fn id_prefix(created: NaiveDate, random: u16) -> String {
    format!("{:04}{:02}{:02}-{random:04x}", created.year(), created.month(), created.day())
}

impl PlanForm {
    /// A form with one empty step. `prefix` comes from [`id_prefix`]; it is
    /// cleaned to the characters a step id may hold.
    pub fn new(org: impl Into<String>, prefix: &str) -> PlanForm {
        let prefix: String =
            prefix.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').take(super::MAX_ID_CHARS - 8).collect();
        let mut form = PlanForm { org: org.into(), rows: Vec::new(), prefix, next: 1 };
        form.add_row();
        form
    }

    /// Whether another step may be added.
    pub fn can_add(&self) -> bool {
        self.rows.len() < MAX_STEPS
    }

    /// Adds an empty step at the end; returns its id, or `None` at
    /// [`MAX_STEPS`].
    pub fn add_row(&mut self) -> Option<String> {
        if !self.can_add() {
            return None;
        }
        let id = if self.prefix.is_empty() { format!("s{}", self.next) } else { format!("{}-s{}", self.prefix, self.next) };
        self.next += 1;
        self.rows.push(Row { id: id.clone(), ..Row::default() });
        Some(id)
    }

    /// Removes the step with this id (the last one too: then the form asks
    /// for a step when sealing).
    pub fn remove_row(&mut self, id: &str) {
        self.rows.retain(|r| r.id != id);
    }

    /// The row with this id, to change one field.
    pub fn row_mut(&mut self, id: &str) -> Option<&mut Row> {
        self.rows.iter_mut().find(|r| r.id == id)
    }

    /// Every problem of the form, in the order of the fields on screen.
    pub fn problems(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        let org = one_line(&self.org);
        if org.is_empty() {
            out.push(Problem::new(Field::Org, "desk-plan-error-org-missing"));
        } else if org.chars().count() > MAX_TITLE_CHARS {
            out.push(Problem::new(Field::Org, "desk-plan-error-org-too-long").with("max", MAX_TITLE_CHARS));
        }
        if self.rows.is_empty() {
            out.push(Problem::new(Field::Steps, "desk-plan-error-no-steps"));
        } else if self.rows.len() > MAX_STEPS {
            out.push(Problem::new(Field::Steps, "desk-plan-error-too-many-steps").with("max", MAX_STEPS));
        }
        for row in &self.rows {
            let title = one_line(&row.title);
            if title.is_empty() {
                out.push(Problem::new(Field::Title(row.id.clone()), "desk-plan-error-title-missing"));
            } else if title.chars().count() > MAX_TITLE_CHARS {
                out.push(Problem::new(Field::Title(row.id.clone()), "desk-plan-error-title-too-long").with("max", MAX_TITLE_CHARS));
            }
            if let Err(p) = parse_due(&row.due) {
                out.push(Problem { field: Field::Due(row.id.clone()), ..p });
            }
            for (text, field) in [(&row.place, Field::Place(row.id.clone())), (&row.bring, Field::Bring(row.id.clone())), (&row.note, Field::Note(row.id.clone()))] {
                if multi_line(text).is_some_and(|t| t.chars().count() > MAX_TEXT_CHARS) {
                    out.push(Problem::new(field, "desk-plan-error-text-too-long").with("max", MAX_TEXT_CHARS));
                }
            }
        }
        out
    }

    /// The plan, made today (`created`), or every problem. The plan is
    /// checked by [`super::check`] as well; a bound this module does not
    /// know about is reported on the field the check names.
    pub fn build(&self, created: NaiveDate) -> Result<Plan, Vec<Problem>> {
        let problems = self.problems();
        if !problems.is_empty() {
            return Err(problems);
        }
        let steps = self
            .rows
            .iter()
            .map(|row| PlanStep {
                id: row.id.clone(),
                title: one_line(&row.title),
                note: multi_line(&row.note),
                due: parse_due(&row.due).ok().flatten(),
                place: multi_line(&row.place),
                bring: multi_line(&row.bring),
            })
            .collect();
        let plan = Plan { org: one_line(&self.org), created, steps };
        match check(&plan) {
            Ok(()) => Ok(plan),
            Err(e) => Err(vec![problem_of(&e)]),
        }
    }
}

/// A one-line field as it goes into the plan: control characters (a pasted
/// tab or line break) become spaces, runs of spaces stay, ends are trimmed.
pub fn one_line(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect::<String>().trim().to_string()
}

/// An optional multi-line field: `None` when blank; line breaks kept (`\r\n`
/// and `\r` become `\n`), other control characters dropped, ends trimmed.
pub fn multi_line(text: &str) -> Option<String> {
    let cleaned: String = text
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect();
    let trimmed = cleaned.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}

/// The date of a date input: empty is no date; otherwise `YYYY-MM-DD` in
/// [`YEARS`].
pub fn parse_due(text: &str) -> Result<Option<NaiveDate>, Problem> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match crate::date_text::parse_iso(text) {
        Some(d) if YEARS.contains(&d.year()) => Ok(Some(d)),
        _ => Err(Problem::new(Field::Steps, "desk-plan-error-due")
            .with("from", usize::try_from(*YEARS.start()).unwrap_or(0))
            .with("to", usize::try_from(*YEARS.end()).unwrap_or(0))),
    }
}

/// A message for an error of [`super::check`] (what the form's own checks
/// should already have caught).
pub fn problem_of(e: &PlanError) -> Problem {
    match e {
        PlanError::Invalid("org") => Problem::new(Field::Org, "desk-plan-error-org-missing"),
        PlanError::Invalid("steps") => Problem::new(Field::Steps, "desk-plan-error-no-steps"),
        _ => Problem::new(Field::Steps, "desk-plan-error-invalid"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reply::{parse_plan, plan_json, MAX_ID_CHARS};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn filled() -> PlanForm {
        let mut form = PlanForm::new("  Fundacja Dom ", &id_prefix(day(2026, 12, 5), 0x3fa9));
        let first = form.rows[0].id.clone();
        let row = form.row_mut(&first).unwrap();
        row.title = "<b>x</b> Book PESEL".into();
        row.due = "2026-12-10".into();
        row.place = "Urząd Dzielnicy Wola".into();
        row.bring = "Passport\r\n2 photos".into();
        row.note = "   ".into();
        let second = form.add_row().unwrap();
        form.row_mut(&second).unwrap().title = "Call\tAnna".into();
        form
    }

    #[test]
    fn ids_are_generated_stable_and_never_reused() {
        let mut form = PlanForm::new("Org", &id_prefix(day(2026, 12, 5), 0x3fa9));
        assert_eq!(form.rows.len(), 1);
        assert_eq!(form.rows[0].id, "20261205-3fa9-s1");
        assert_eq!(form.add_row().as_deref(), Some("20261205-3fa9-s2"));
        assert_eq!(form.add_row().as_deref(), Some("20261205-3fa9-s3"));
        form.remove_row("20261205-3fa9-s2");
        assert_eq!(form.rows.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), ["20261205-3fa9-s1", "20261205-3fa9-s3"]);
        assert_eq!(form.add_row().as_deref(), Some("20261205-3fa9-s4"));
        // Every id the form can make is a valid step id.
        for id in form.rows.iter().map(|r| &r.id) {
            assert!(id.chars().count() <= MAX_ID_CHARS);
            assert!(id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        }
        // A hostile or empty prefix cannot make a bad id.
        let odd = PlanForm::new("Org", "a b/<c>\u{0}ż");
        assert_eq!(odd.rows[0].id, "abc-s1");
        let plain = PlanForm::new("Org", "");
        assert_eq!(plain.rows[0].id, "s1");
        let long = PlanForm::new("Org", &"x".repeat(500));
        let mut long = long;
        for _ in 1..MAX_STEPS {
            long.add_row();
        }
        assert!(long.rows.iter().all(|r| r.id.chars().count() <= MAX_ID_CHARS));
    }

    #[test]
    fn at_most_max_steps() {
        let mut form = PlanForm::new("Org", "p");
        for _ in 1..MAX_STEPS {
            assert!(form.add_row().is_some());
        }
        assert_eq!(form.rows.len(), MAX_STEPS);
        assert!(!form.can_add());
        assert_eq!(form.add_row(), None);
        assert_eq!(form.rows.len(), MAX_STEPS);
    }

    #[test]
    fn a_filled_form_builds_a_checked_plan_with_text_as_typed() {
        let plan = filled().build(day(2026, 12, 5)).unwrap();
        assert_eq!(plan.org, "Fundacja Dom");
        assert_eq!(plan.created, day(2026, 12, 5));
        assert_eq!(plan.steps.len(), 2);
        let s = &plan.steps[0];
        assert_eq!(s.id, "20261205-3fa9-s1");
        assert_eq!(s.title, "<b>x</b> Book PESEL");
        assert_eq!(s.due, Some(day(2026, 12, 10)));
        assert_eq!(s.place.as_deref(), Some("Urząd Dzielnicy Wola"));
        assert_eq!(s.bring.as_deref(), Some("Passport\n2 photos"));
        assert_eq!(s.note, None, "a blank note is left out");
        assert_eq!(plan.steps[1].title, "Call Anna");
        assert_eq!(plan.steps[1].due, None);
        // What the desk seals reads back as the same plan.
        assert_eq!(parse_plan(plan_json(&plan).as_bytes()).unwrap(), plan);
    }

    #[test]
    fn every_problem_is_named_by_field_with_its_message() {
        let mut form = filled();
        form.org = " \t ".into();
        let first = form.rows[0].id.clone();
        let second = form.rows[1].id.clone();
        {
            let row = form.row_mut(&first).unwrap();
            row.title = "  ".into();
            row.due = "1999-12-31".into();
            row.note = "n".repeat(MAX_TEXT_CHARS + 1);
        }
        {
            let row = form.row_mut(&second).unwrap();
            row.title = "t".repeat(MAX_TITLE_CHARS + 1);
            row.due = "not a date".into();
            row.place = "w".repeat(MAX_TEXT_CHARS + 1);
            row.bring = "b".repeat(MAX_TEXT_CHARS + 1);
        }
        let problems = form.build(day(2026, 12, 5)).unwrap_err();
        let got: Vec<(Field, &str)> = problems.iter().map(|p| (p.field.clone(), p.message)).collect();
        assert_eq!(
            got,
            vec![
                (Field::Org, "desk-plan-error-org-missing"),
                (Field::Title(first.clone()), "desk-plan-error-title-missing"),
                (Field::Due(first.clone()), "desk-plan-error-due"),
                (Field::Note(first), "desk-plan-error-text-too-long"),
                (Field::Title(second.clone()), "desk-plan-error-title-too-long"),
                (Field::Due(second.clone()), "desk-plan-error-due"),
                (Field::Place(second.clone()), "desk-plan-error-text-too-long"),
                (Field::Bring(second), "desk-plan-error-text-too-long"),
            ]
        );
        assert_eq!(problems[4].args, vec![("max", MAX_TITLE_CHARS as i64)]);
        assert_eq!(problems[2].args, vec![("from", 2000), ("to", 2100)]);
        assert_eq!(problems[3].args, vec![("max", MAX_TEXT_CHARS as i64)]);
    }

    #[test]
    fn limits_count_characters_not_bytes_and_are_inclusive() {
        let mut form = PlanForm::new("ż".repeat(MAX_TITLE_CHARS), "p");
        let id = form.rows[0].id.clone();
        let row = form.row_mut(&id).unwrap();
        row.title = "ж".repeat(MAX_TITLE_CHARS);
        row.note = "ł".repeat(MAX_TEXT_CHARS);
        row.due = "2100-12-31".into();
        assert!(form.build(day(2026, 12, 5)).is_ok());
        form.org.push('ż');
        assert_eq!(form.problems()[0].message, "desk-plan-error-org-too-long");
    }

    #[test]
    fn no_steps_is_a_problem_of_the_list() {
        let mut form = PlanForm::new("Org", "p");
        let id = form.rows[0].id.clone();
        form.remove_row(&id);
        let problems = form.build(day(2026, 12, 5)).unwrap_err();
        assert_eq!(problems, vec![Problem::new(Field::Steps, "desk-plan-error-no-steps")]);
    }

    #[test]
    fn check_errors_map_to_messages() {
        assert_eq!(problem_of(&PlanError::Invalid("org")).message, "desk-plan-error-org-missing");
        assert_eq!(problem_of(&PlanError::Invalid("steps")).field, Field::Steps);
        assert_eq!(problem_of(&PlanError::Invalid("id")).message, "desk-plan-error-invalid");
        // A created date outside the years is caught by the core's check.
        let mut form = PlanForm::new("Org", "p");
        let id = form.rows[0].id.clone();
        form.row_mut(&id).unwrap().title = "T".into();
        assert_eq!(form.build(day(1999, 1, 1)).unwrap_err()[0].message, "desk-plan-error-invalid");
    }

    #[test]
    fn cleaning_text() {
        assert_eq!(one_line(" a\nb\u{7}c "), "a b c");
        assert_eq!(multi_line(" \r\n "), None);
        assert_eq!(multi_line("a\r\nb\rc\u{0}d").as_deref(), Some("a\nb\ncd"));
        assert_eq!(parse_due(""), Ok(None));
        assert_eq!(parse_due(" 2026-02-03 "), Ok(Some(day(2026, 2, 3))));
        assert!(parse_due("2026-02-30").is_err());
        assert!(parse_due("2101-01-01").is_err());
    }
}
