//! The desk's "Write a plan" form as plain data: the rows a caseworker
//! fills in, the step id each title makes ([`step_id`]), and turning them
//! into a checked [`Plan`] or a list of problems, one per field, each with
//! the message id (in `desk.ftl`) that says what to do.
//!
//! A step's id comes from its title alone, so a later plan that repeats a
//! title updates that step on the person's phone ([`super::merge`]) instead
//! of adding it twice; two steps with the same title in one form are a
//! problem of the second one.
//!
//! Owns no browser state and never stores anything: the UI
//! (`src/ui/org/desk/plan.rs`) holds a [`PlanForm`] in memory only and drops
//! it on quick exit. The bounds are the format's ([`super::check`]), checked
//! here field by field so that every problem can be shown next to its field;
//! [`PlanForm::build`] still runs [`super::check`] on the result, so nothing
//! this module misses can be sealed.

use chrono::{Datelike, NaiveDate};

use super::{check, Plan, PlanError, PlanStep, MAX_ID_CHARS, MAX_STEPS, MAX_TEXT_CHARS, MAX_TITLE_CHARS, YEARS};

/// One step as typed: every field a string, as the inputs give them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Row {
    /// The row's key in this form ([`PlanForm::add_row`]: `r1`, `r2`…),
    /// stable while the form is open, for the UI and for [`Field`]. Not the
    /// step's id in the plan: that is [`step_id`] of the title.
    pub key: String,
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
    /// Number of the next row key; never reused within the form.
    next: usize,
}

/// A title as it names a step: [`one_line`], lower-cased letter by letter
/// (Unicode), every run of spaces made one space. "Book  PESEL " and "book
/// pesel" name the same step.
pub fn normalise_title(title: &str) -> String {
    let lower: String = one_line(title).chars().flat_map(char::to_lowercase).collect();
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Bytes of the title's hash in a step id (96 bits: two different titles of
/// one organisation share an id only by a 2^-48 chance even among a
/// million titles).
const ID_HASH_BYTES: usize = 12;

/// The id of the step with this title: `t-` and the first [`ID_HASH_BYTES`]
/// bytes of SHA-256 of [`normalise_title`], in hex. The same for the same
/// title in every plan and on every desk, so a later plan that repeats a
/// title updates that step on the phone; only `a-z`, digits and `-`, and
/// far shorter than [`MAX_ID_CHARS`].
pub fn step_id(title: &str) -> String {
    let id = format!("t-{}", super::hash_hex(&normalise_title(title), ID_HASH_BYTES));
    debug_assert!(id.len() <= MAX_ID_CHARS);
    id
}

impl PlanForm {
    /// A form with one empty step.
    pub fn new(org: impl Into<String>) -> PlanForm {
        let mut form = PlanForm { org: org.into(), rows: Vec::new(), next: 1 };
        form.add_row();
        form
    }

    /// Whether another step may be added.
    pub fn can_add(&self) -> bool {
        self.rows.len() < MAX_STEPS
    }

    /// Adds an empty step at the end; returns its row key, or `None` at
    /// [`MAX_STEPS`].
    pub fn add_row(&mut self) -> Option<String> {
        if !self.can_add() {
            return None;
        }
        let key = format!("r{}", self.next);
        self.next += 1;
        self.rows.push(Row { key: key.clone(), ..Row::default() });
        Some(key)
    }

    /// Removes the step with this row key (the last one too: then the form
    /// asks for a step when sealing).
    pub fn remove_row(&mut self, key: &str) {
        self.rows.retain(|r| r.key != key);
    }

    /// The row with this key, to change one field.
    pub fn row_mut(&mut self, key: &str) -> Option<&mut Row> {
        self.rows.iter_mut().find(|r| r.key == key)
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
        // Normalised title → number (1, 2…) of the first step with it.
        let mut seen: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
        for (index, row) in self.rows.iter().enumerate() {
            let title = one_line(&row.title);
            if title.is_empty() {
                out.push(Problem::new(Field::Title(row.key.clone()), "desk-plan-error-title-missing"));
            } else if title.chars().count() > MAX_TITLE_CHARS {
                out.push(Problem::new(Field::Title(row.key.clone()), "desk-plan-error-title-too-long").with("max", MAX_TITLE_CHARS));
            } else {
                // The same id twice: the plan would be refused, and the
                // person could not tell the two steps apart.
                match seen.entry(normalise_title(&title)) {
                    std::collections::btree_map::Entry::Occupied(first) => out.push(
                        Problem::new(Field::Title(row.key.clone()), "desk-plan-error-title-duplicate").with("number", *first.get()),
                    ),
                    std::collections::btree_map::Entry::Vacant(slot) => {
                        slot.insert(index + 1);
                    }
                }
            }
            if let Err(p) = parse_due(&row.due) {
                out.push(Problem { field: Field::Due(row.key.clone()), ..p });
            }
            for (text, field) in [(&row.place, Field::Place(row.key.clone())), (&row.bring, Field::Bring(row.key.clone())), (&row.note, Field::Note(row.key.clone()))] {
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
                id: step_id(&row.title),
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

/// The quick choices next to a step's date: days from today and the label
/// (`desk.ftl`) of the button that sets that date.
pub const QUICK_DUES: [(u64, &str); 3] = [(3, "desk-plan-due-in-3-days"), (7, "desk-plan-due-in-a-week"), (14, "desk-plan-due-in-2-weeks")];

/// The date `days` after `today`, as a date input holds it (`YYYY-MM-DD`),
/// or `None` when it would fall outside [`YEARS`] (then no date is set and
/// the caseworker types one). Calendar arithmetic: months and leap years
/// are chrono's, never 30-day months or 24-hour days.
pub fn quick_due(today: NaiveDate, days: u64) -> Option<String> {
    let date = today.checked_add_days(chrono::Days::new(days))?;
    YEARS.contains(&date.year()).then(|| crate::date_text::iso(date))
}

/// The weekday of `date` as the selector of `desk-plan-due-words`
/// (`mon` … `sun`), so that each language writes its own weekday names.
pub fn weekday_key(date: NaiveDate) -> &'static str {
    match date.weekday() {
        chrono::Weekday::Mon => "mon",
        chrono::Weekday::Tue => "tue",
        chrono::Weekday::Wed => "wed",
        chrono::Weekday::Thu => "thu",
        chrono::Weekday::Fri => "fri",
        chrono::Weekday::Sat => "sat",
        chrono::Weekday::Sun => "sun",
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
        let mut form = PlanForm::new("  Fundacja Dom ");
        let first = form.rows[0].key.clone();
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

    /// A form with these titles, one row each.
    fn titled(titles: &[&str]) -> PlanForm {
        let mut form = PlanForm::new("Org");
        for (i, title) in titles.iter().enumerate() {
            let key = if i == 0 { form.rows[0].key.clone() } else { form.add_row().unwrap() };
            form.row_mut(&key).unwrap().title = (*title).to_string();
        }
        form
    }

    fn ids(plan: &Plan) -> Vec<String> {
        plan.steps.iter().map(|s| s.id.clone()).collect()
    }

    #[test]
    fn row_keys_are_stable_and_never_reused() {
        let mut form = PlanForm::new("Org");
        assert_eq!(form.rows.len(), 1);
        assert_eq!(form.rows[0].key, "r1");
        assert_eq!(form.add_row().as_deref(), Some("r2"));
        assert_eq!(form.add_row().as_deref(), Some("r3"));
        form.remove_row("r2");
        assert_eq!(form.rows.iter().map(|r| r.key.as_str()).collect::<Vec<_>>(), ["r1", "r3"]);
        assert_eq!(form.add_row().as_deref(), Some("r4"));
        // Typing a title does not change the row's key (the UI keeps its fields).
        form.row_mut("r1").unwrap().title = "Book PESEL".into();
        assert_eq!(form.rows[0].key, "r1");
    }

    #[test]
    fn the_same_title_makes_the_same_id_in_every_form() {
        let day1 = day(2026, 12, 5);
        let first = titled(&["Book the PESEL appointment", "Visit the flat"]).build(day1).unwrap();
        // A later form, on another day, other steps first, the title typed
        // with other capitals and spaces: the same step id.
        let later = titled(&["Open a bank account", "  visit   THE\tflat "]).build(day(2027, 1, 9)).unwrap();
        assert_eq!(later.steps[1].id, first.steps[1].id);
        assert_eq!(later.steps[1].title, "visit   THE flat", "the title itself is kept as typed");
        assert_eq!(step_id("Visit the flat"), first.steps[1].id);
        // Cyrillic and Polish letters fold too.
        assert_eq!(step_id("Запісацца на PESEL"), step_id("запісацца  на pesel"));
        assert_eq!(step_id("ZAŻÓŁĆ"), step_id("zażółć"));
        // Fixed: a change to the hash or the normalisation would break
        // updates of steps already on people's phones.
        assert_eq!(step_id("Visit the flat"), "t-8030353772ad5205d262106f", "SHA-256 of \"visit the flat\"");
        assert_eq!(step_id(""), "t-e3b0c44298fc1c149afbf4c8", "SHA-256 of the empty text");
        // Every id is valid for the format.
        for id in ids(&first).iter().chain(ids(&later).iter()) {
            assert!(!id.is_empty() && id.chars().count() <= MAX_ID_CHARS, "{id}");
            assert!(id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'), "{id}");
        }
    }

    #[test]
    fn different_titles_make_different_ids() {
        let titles = ["Book PESEL", "Book PESEL 2", "Book PESEL.", "Bo ok PESEL", "Запісацца на PESEL", "Записаться на PESEL", "x", "y"];
        let plan = titled(&titles).build(day(2026, 12, 5)).unwrap();
        let unique: std::collections::BTreeSet<_> = ids(&plan).into_iter().collect();
        assert_eq!(unique.len(), titles.len());
        assert!(check(&plan).is_ok());
    }

    #[test]
    fn two_steps_with_the_same_title_are_a_problem_of_the_later_one() {
        let form = titled(&["Visit the flat", "Call Anna", "visit  the FLAT", "Call Anna"]);
        let problems = form.problems();
        assert_eq!(
            problems,
            vec![
                Problem::new(Field::Title("r3".into()), "desk-plan-error-title-duplicate").with("number", 1),
                Problem::new(Field::Title("r4".into()), "desk-plan-error-title-duplicate").with("number", 2),
            ]
        );
        assert_eq!(form.build(day(2026, 12, 5)).unwrap_err(), problems);
        // Changing one title fixes it.
        let mut form = form;
        form.row_mut("r3").unwrap().title = "Visit the flat again".into();
        form.row_mut("r4").unwrap().title = String::new();
        assert_eq!(form.problems(), vec![Problem::new(Field::Title("r4".into()), "desk-plan-error-title-missing")]);
    }

    #[test]
    fn a_later_plan_with_the_same_title_updates_the_step_when_merged() {
        let mut first = titled(&["Book PESEL", "Visit the flat"]);
        first.row_mut("r2").unwrap().due = "2026-12-10".into();
        let mut later = titled(&["visit the flat"]);
        later.row_mut("r1").unwrap().due = "2026-12-11".into();
        later.org = first.org.clone();
        let mut kept = Vec::new();
        crate::reply::merge(&mut kept, first.build(day(2026, 12, 5)).unwrap()).unwrap();
        let merged = crate::reply::merge(&mut kept, later.build(day(2026, 12, 6)).unwrap()).unwrap();
        assert_eq!(merged, crate::reply::Merged { added: 0, updated: 1 });
        assert_eq!(kept[0].steps.len(), 2, "not added twice");
        assert_eq!(kept[0].steps[1].due, Some(day(2026, 12, 11)));
    }

    #[test]
    fn at_most_max_steps() {
        let mut form = PlanForm::new("Org");
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
        assert_eq!(s.id, step_id("<b>x</b> Book PESEL"));
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
        let first = form.rows[0].key.clone();
        let second = form.rows[1].key.clone();
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
        let mut form = PlanForm::new("ż".repeat(MAX_TITLE_CHARS));
        let id = form.rows[0].key.clone();
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
        let mut form = PlanForm::new("Org");
        let id = form.rows[0].key.clone();
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
        let mut form = PlanForm::new("Org");
        let id = form.rows[0].key.clone();
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

    #[test]
    fn quick_dues_count_calendar_days_across_months_years_and_leap_days() {
        let due = |d: NaiveDate, n: u64| quick_due(d, n);
        assert_eq!(due(day(2026, 12, 6), 3).as_deref(), Some("2026-12-09"));
        assert_eq!(due(day(2026, 12, 6), 7).as_deref(), Some("2026-12-13"));
        assert_eq!(due(day(2026, 12, 25), 14).as_deref(), Some("2027-01-08"), "across the year");
        assert_eq!(due(day(2028, 2, 27), 3).as_deref(), Some("2028-03-01"), "2028 has 29 February");
        assert_eq!(due(day(2027, 2, 27), 3).as_deref(), Some("2027-03-02"), "2027 does not");
        assert_eq!(due(day(2026, 1, 31), 7).as_deref(), Some("2026-02-07"));
        // Every quick choice gives a date the form accepts, that many days on.
        for (days, label) in QUICK_DUES {
            assert!(label.starts_with("desk-plan-due-in-"), "{label}");
            let text = due(day(2026, 12, 6), days).unwrap();
            let parsed = parse_due(&text).unwrap().unwrap();
            assert_eq!(crate::i18n::days_between(day(2026, 12, 6), parsed), days as i64);
        }
        assert_eq!(QUICK_DUES.map(|(d, _)| d), [3, 7, 14]);
    }

    #[test]
    fn a_quick_due_past_the_last_year_sets_no_date() {
        let last = *YEARS.end();
        assert_eq!(quick_due(day(last, 12, 30), 1).as_deref(), Some(format!("{last}-12-31").as_str()));
        assert_eq!(quick_due(day(last, 12, 30), 3), None);
        assert_eq!(quick_due(day(last, 12, 31), u64::MAX), None, "no overflow");
    }

    #[test]
    fn weekday_keys_match_the_calendar() {
        // 7 December 2026 is a Monday.
        let keys: Vec<_> = (0..7).map(|i| weekday_key(day(2026, 12, 7 + i))).collect();
        assert_eq!(keys, ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
        assert_eq!(weekday_key(day(2026, 12, 10)), "thu");
        assert_eq!(weekday_key(day(2028, 2, 29)), "tue");
    }
}
