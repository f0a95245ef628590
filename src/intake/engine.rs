//! Evaluation of a loaded form against answers: relevance (skip logic),
//! validation, section progress, the review list and the exportable subset.
//!
//! Owns [`Relevance`], [`FieldError`] / [`FieldErrorKind`], [`Progress`],
//! the review types and the rules "hidden questions count as unanswered" and
//! "hidden answers are never exported". Pure functions of (form, answers,
//! today): it never stores, never reads a clock (the caller passes `today`),
//! never deletes an answer and never panics on any answer map.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate};
use serde_json::Value as Json;

use super::answers::{AnswerValue, Answers};
use super::definition::{msg, Form, Question, QuestionKind, TextCheck, PHONE_MAX_DIGITS, PHONE_MIN_DIGITS};
use super::expr::{eval, Fact};

/// Where an answer lives: a top-level question, or a question inside item
/// `index` of repeat group `group`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FieldPath {
    pub group: Option<(String, usize)>,
    pub question: String,
}

impl FieldPath {
    pub fn top(question: &str) -> Self {
        Self { group: None, question: question.to_owned() }
    }
    pub fn item(group: &str, index: usize, question: &str) -> Self {
        Self { group: Some((group.to_owned(), index)), question: question.to_owned() }
    }
}

/// Which sections and questions are shown for the current answers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Relevance {
    sections: Vec<bool>,
    questions: BTreeSet<String>,
    /// Per repeat group, per item: the inner questions shown.
    items: BTreeMap<String, Vec<BTreeSet<String>>>,
}

impl Relevance {
    pub fn section(&self, index: usize) -> bool {
        self.sections.get(index).copied().unwrap_or(false)
    }
    pub fn question(&self, id: &str) -> bool {
        self.questions.contains(id)
    }
    pub fn item_question(&self, group: &str, index: usize, id: &str) -> bool {
        self.items.get(group).and_then(|v| v.get(index)).is_some_and(|s| s.contains(id))
    }
    pub fn path(&self, p: &FieldPath) -> bool {
        match &p.group {
            None => self.question(&p.question),
            Some((g, i)) => self.question(g) && self.item_question(g, *i, &p.question),
        }
    }
}

/// What is wrong with one answer. Numbers the message needs travel with the
/// variant; [`FieldError::args`] lists them as Fluent variables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldErrorKind {
    /// A required question is not answered.
    Required,
    TooShort { min: usize },
    TooLong { max: usize },
    /// Number or year outside its bounds (for `no_future` years the upper
    /// bound is this year). Both bounds travel so the message can name them.
    OutOfRange { min: Option<i64>, max: Option<i64> },
    /// Not a date in `YYYY-MM-DD` form (or no such day).
    InvalidDate,
    /// A number or year field holds something that is not a whole number
    /// (the typed text is kept so the person can correct it).
    NotANumber,
    DateInFuture,
    DateInPast,
    InvalidPhone,
    InvalidEmail,
    /// A choice id the question does not offer (e.g. removed in a newer form).
    UnknownChoice { choice: String },
    TooFewChoices { min: usize },
    TooManyChoices { max: usize },
    TooFewItems { min: usize },
    TooManyItems { max: usize },
    /// The stored value has the wrong shape for the question type.
    WrongType,
}

/// One validation error, with the Fluent message id the UI shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub path: FieldPath,
    pub kind: FieldErrorKind,
    pub message_id: String,
}

impl FieldError {
    /// Fluent variables for the message (`$min`, `$max`; counts as numbers).
    pub fn args(&self) -> Vec<(&'static str, i64)> {
        let n = |v: usize| i64::try_from(v).unwrap_or(i64::MAX);
        match &self.kind {
            FieldErrorKind::TooShort { min } | FieldErrorKind::TooFewChoices { min } | FieldErrorKind::TooFewItems { min } => vec![("min", n(*min))],
            FieldErrorKind::TooLong { max } | FieldErrorKind::TooManyChoices { max } | FieldErrorKind::TooManyItems { max } => vec![("max", n(*max))],
            FieldErrorKind::OutOfRange { min, max } => min.map(|m| ("min", m)).into_iter().chain(max.map(|m| ("max", m))).collect(),
            _ => vec![],
        }
    }
}

/// "Section `current` of `total`", counting only shown sections (1-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub current: usize,
    pub total: usize,
    /// Sections after this one are hidden now but may appear with other
    /// answers (e.g. before consent): the total is not known yet, so the UI
    /// says "Section 1" and "Next" rather than "1 of 1" and "Review".
    pub more_possible: bool,
}

/// An answer as the review screen shows it; the UI localizes ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewAnswer {
    NotAnswered,
    /// Free text, phone: shown as written.
    Text(String),
    /// Single or multiple choice: Fluent ids of the chosen labels.
    Choices(Vec<String>),
    YesNo(bool),
    /// ISO date; the UI formats it for the locale.
    Date(String),
    Number(i64),
    /// Repeat group: one list of entries per item.
    Items(Vec<Vec<ReviewEntry>>),
    /// A stored value that no longer fits the question (kept, not shown as valid).
    Unreadable,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewEntry {
    pub path: FieldPath,
    pub label_id: String,
    pub required: bool,
    pub answer: ReviewAnswer,
    pub errors: Vec<FieldError>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewSection {
    /// Index into `form.sections` (for the "edit" link).
    pub section: usize,
    pub title_id: String,
    pub entries: Vec<ReviewEntry>,
}

/// Reads an ISO `YYYY-MM-DD` date strictly.
pub fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    crate::date_text::parse_iso(s)
}

/// Number of digits in a phone number, or `None` when it has characters
/// other than digits, spaces, `-`, `(`, `)`, `.` and one leading `+`.
pub fn phone_digits(s: &str) -> Option<usize> {
    let t = s.trim();
    let body = t.strip_prefix('+').unwrap_or(t);
    let mut digits = 0;
    for c in body.chars() {
        match c {
            '0'..='9' => digits += 1,
            ' ' | '-' | '(' | ')' | '.' => {}
            _ => return None,
        }
    }
    Some(digits)
}

/// A pattern-free plausibility check of an e-mail address.
pub fn looks_like_email(s: &str) -> bool {
    let t = s.trim();
    let mut parts = t.split('@');
    let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else { return false };
    !local.is_empty()
        && !t.chars().any(char::is_whitespace)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
}

fn fact(v: Option<&AnswerValue>) -> Fact<'_> {
    match v {
        None => Fact::Unanswered,
        Some(v) if v.is_blank() => Fact::Unanswered,
        Some(AnswerValue::Text(s)) => Fact::Text(s),
        Some(AnswerValue::List(l)) => Fact::List(l),
        Some(AnswerValue::Bool(b)) => Fact::Bool(*b),
        Some(AnswerValue::Number(n)) => Fact::Number(*n),
        Some(AnswerValue::Items(i)) => Fact::Items(i.len()),
    }
}

type Item = BTreeMap<String, AnswerValue>;

impl Form {
    /// Which sections and questions are shown. A question is shown when its
    /// section is shown and its condition holds, where answers of hidden
    /// questions count as unanswered.
    pub fn relevance(&self, answers: &Answers) -> Relevance {
        let mut rel = Relevance::default();
        // Visible answers so far.
        let mut env: BTreeMap<&str, &AnswerValue> = BTreeMap::new();
        for section in &self.sections {
            let shown = {
                let lookup = |id: &str| fact(env.get(id).copied());
                section.relevant.as_ref().is_none_or(|e| eval(e, &lookup))
            };
            rel.sections.push(shown);
            if !shown {
                continue;
            }
            for q in &section.questions {
                let on = {
                    let lookup = |id: &str| fact(env.get(id).copied());
                    q.relevant.as_ref().is_none_or(|e| eval(e, &lookup))
                };
                if !on {
                    continue;
                }
                rel.questions.insert(q.id.clone());
                if let QuestionKind::Repeat { questions, .. } = &q.kind {
                    let items = answers.items(&q.id);
                    let mut per_item = Vec::with_capacity(items.len());
                    for item in items {
                        let mut local: BTreeMap<&str, &AnswerValue> = BTreeMap::new();
                        let mut shown_inner = BTreeSet::new();
                        for iq in questions {
                            let lookup = |id: &str| match local.get(id) {
                                Some(v) => fact(Some(v)),
                                None => fact(env.get(id).copied()),
                            };
                            if iq.relevant.as_ref().is_none_or(|e| eval(e, &lookup)) {
                                shown_inner.insert(iq.id.clone());
                                if let Some(v) = item.get(&iq.id) {
                                    local.insert(&iq.id, v);
                                }
                            }
                        }
                        per_item.push(shown_inner);
                    }
                    rel.items.insert(q.id.clone(), per_item);
                }
                if let Some(v) = answers.get(&q.id) {
                    env.insert(&q.id, v);
                }
            }
        }
        rel
    }

    /// Shown sections, as indices into `self.sections`.
    pub fn shown_sections(&self, answers: &Answers) -> Vec<usize> {
        let rel = self.relevance(answers);
        (0..self.sections.len()).filter(|i| rel.section(*i)).collect()
    }

    /// "Section `current` of `total`" for `section` (an index into
    /// `self.sections`); `None` when that section is hidden or out of range.
    pub fn progress(&self, answers: &Answers, section: usize) -> Option<Progress> {
        let shown = self.shown_sections(answers);
        let pos = shown.iter().position(|s| *s == section)?;
        let more_possible = (section + 1..self.sections.len()).any(|s| !shown.contains(&s));
        Some(Progress { current: pos + 1, total: shown.len(), more_possible })
    }

    /// The next shown section after `section`, or `None` at the end (→ review).
    pub fn next_section(&self, answers: &Answers, section: usize) -> Option<usize> {
        self.shown_sections(answers).into_iter().find(|s| *s > section)
    }

    /// The previous shown section before `section`, or `None` at the start.
    pub fn previous_section(&self, answers: &Answers, section: usize) -> Option<usize> {
        self.shown_sections(answers).into_iter().rev().find(|s| *s < section)
    }

    /// Errors of the shown questions of one section (empty when the section
    /// is hidden or out of range).
    pub fn validate_section(&self, answers: &Answers, section: usize, today: NaiveDate) -> Vec<FieldError> {
        let rel = self.relevance(answers);
        let mut out = Vec::new();
        if let Some(s) = self.sections.get(section).filter(|_| rel.section(section)) {
            for q in &s.questions {
                if rel.question(&q.id) {
                    check_question(q, answers.get(&q.id), None, &rel, today, &mut out);
                }
            }
        }
        out
    }

    /// Where to pick up on a return visit (after unlocking): the first shown
    /// section that still has a problem, or `None` when every shown section
    /// is complete (then the review). Without any answer, the first section.
    pub fn resume_section(&self, answers: &Answers, today: NaiveDate) -> Option<usize> {
        let shown = self.shown_sections(answers);
        if answers.values.is_empty() {
            return Some(shown.first().copied().unwrap_or(0));
        }
        shown.into_iter().find(|s| !self.validate_section(answers, *s, today).is_empty())
    }

    /// Errors of every shown question, in form order.
    pub fn validate(&self, answers: &Answers, today: NaiveDate) -> Vec<FieldError> {
        (0..self.sections.len()).flat_map(|i| self.validate_section(answers, i, today)).collect()
    }

    /// The review screen: shown sections with every shown question, its
    /// answer and its errors.
    pub fn review(&self, answers: &Answers, today: NaiveDate) -> Vec<ReviewSection> {
        let rel = self.relevance(answers);
        let mut out = Vec::new();
        for (i, s) in self.sections.iter().enumerate() {
            if !rel.section(i) {
                continue;
            }
            let mut entries = Vec::new();
            for q in s.questions.iter().filter(|q| rel.question(&q.id)) {
                let mut errors = Vec::new();
                check_question(q, answers.get(&q.id), None, &rel, today, &mut errors);
                let answer = match (&q.kind, answers.get(&q.id)) {
                    (QuestionKind::Repeat { questions, .. }, Some(AnswerValue::Items(items))) => ReviewAnswer::Items(
                        items
                            .iter()
                            .enumerate()
                            .map(|(idx, item)| {
                                questions
                                    .iter()
                                    .filter(|iq| rel.item_question(&q.id, idx, &iq.id))
                                    .map(|iq| {
                                        let path = FieldPath::item(&q.id, idx, &iq.id);
                                        ReviewEntry {
                                            errors: errors.iter().filter(|e| e.path == path).cloned().collect(),
                                            path,
                                            label_id: iq.label_id.clone(),
                                            required: iq.required,
                                            answer: review_answer(iq, item.get(&iq.id)),
                                        }
                                    })
                                    .collect()
                            })
                            .collect(),
                    ),
                    (_, v) => review_answer(q, v),
                };
                let path = FieldPath::top(&q.id);
                entries.push(ReviewEntry {
                    errors: errors.into_iter().filter(|e| e.path == path).collect(),
                    path,
                    label_id: q.label_id.clone(),
                    required: q.required,
                    answer,
                });
            }
            out.push(ReviewSection { section: i, title_id: s.title_id.clone(), entries });
        }
        out
    }

    /// Answers to export: only shown questions of this form (inside repeat
    /// items: only shown inner questions), blank values dropped, as
    /// id → JSON value. Unknown ids and hidden answers stay in the draft but
    /// never leave the phone.
    pub fn exportable_answers(&self, answers: &Answers) -> BTreeMap<String, Json> {
        let rel = self.relevance(answers);
        let mut out = BTreeMap::new();
        for q in self.sections.iter().flat_map(|s| s.questions.iter()) {
            if !rel.question(&q.id) {
                continue;
            }
            let Some(v) = answers.get(&q.id) else { continue };
            if v.is_blank() {
                continue;
            }
            match (&q.kind, v) {
                (QuestionKind::Repeat { questions, .. }, AnswerValue::Items(items)) => {
                    let arr = items
                        .iter()
                        .enumerate()
                        .map(|(idx, item)| {
                            // Inserted one by one: collecting sorts (see `crate::sort`).
                            let mut obj = serde_json::Map::new();
                            for iq in questions.iter().filter(|iq| rel.item_question(&q.id, idx, &iq.id)) {
                                if let Some(v) = item.get(&iq.id).filter(|v| !v.is_blank() && fits_type(&iq.kind, v)) {
                                    obj.insert(iq.id.clone(), v.to_json());
                                }
                            }
                            Json::Object(obj)
                        })
                        .collect();
                    out.insert(q.id.clone(), Json::Array(arr));
                }
                (QuestionKind::Repeat { .. }, _) => {}
                (kind, v) if fits_type(kind, v) => {
                    out.insert(q.id.clone(), v.to_json());
                }
                _ => {}
            }
        }
        out
    }

    /// Stored answers this form does not know (kept in the draft, reported so
    /// the UI can say "some earlier answers no longer match the form").
    pub fn unknown_answers(&self, answers: &Answers) -> Vec<FieldPath> {
        let mut out = Vec::new();
        for (id, v) in &answers.values {
            match self.sections.iter().flat_map(|s| s.questions.iter()).find(|q| &q.id == id) {
                None => out.push(FieldPath::top(id)),
                Some(q) => {
                    if let (QuestionKind::Repeat { questions, .. }, AnswerValue::Items(items)) = (&q.kind, v) {
                        for (idx, item) in items.iter().enumerate() {
                            for key in item.keys() {
                                if !questions.iter().any(|iq| &iq.id == key) {
                                    out.push(FieldPath::item(id, idx, key));
                                }
                            }
                        }
                    }
                }
            }
        }
        out
    }

    /// Whether the answers were last saved under another content version.
    pub fn version_changed(&self, answers: &Answers) -> bool {
        answers.content_version.as_deref() != Some(self.content_version.as_str())
    }

    /// Records this form's content version in the answers (call on save).
    pub fn stamp(&self, answers: &mut Answers) {
        answers.content_version = Some(self.content_version.clone());
    }

    /// Empty answers for this form.
    pub fn new_answers(&self) -> Answers {
        Answers::new(self.content_version.clone())
    }
}

/// Whether a value has the shape the question type stores (not whether it
/// meets the constraints). Values of the wrong shape are never exported.
pub fn fits_type(kind: &QuestionKind, v: &AnswerValue) -> bool {
    matches!(
        (kind, v),
        (
            QuestionKind::ShortText { .. } | QuestionKind::LongText { .. } | QuestionKind::Phone | QuestionKind::SingleChoice { .. },
            AnswerValue::Text(_)
        ) | (QuestionKind::MultipleChoice { .. }, AnswerValue::List(_))
            | (QuestionKind::YesNo, AnswerValue::Bool(_))
            | (QuestionKind::Year { .. } | QuestionKind::Number { .. }, AnswerValue::Number(_))
            | (QuestionKind::Repeat { .. }, AnswerValue::Items(_))
    ) || matches!((kind, v), (QuestionKind::Date { .. }, AnswerValue::Text(s)) if parse_iso_date(s).is_some())
}

impl QuestionKind {
    /// Turns what was typed into a text-entry field (text, long text, phone,
    /// date, year, number) into the value to store. Numbers that cannot be
    /// read are kept as typed text, so nothing the person wrote is lost;
    /// validation then reports [`FieldErrorKind::NotANumber`]. Choice and
    /// yes/no questions are set directly by the UI (`Text(choice id)`,
    /// `List(ids)`, `Bool`).
    pub fn value_from_input(&self, input: &str) -> AnswerValue {
        match self {
            QuestionKind::Year { .. } | QuestionKind::Number { .. } => {
                let compact: String = input.chars().filter(|c| !c.is_whitespace()).collect();
                match compact.parse::<i64>() {
                    Ok(n) => AnswerValue::Number(n),
                    Err(_) => AnswerValue::Text(input.to_owned()),
                }
            }
            QuestionKind::Date { .. } => AnswerValue::Text(input.trim().to_owned()),
            _ => AnswerValue::Text(input.to_owned()),
        }
    }
}

fn review_answer(q: &Question, v: Option<&AnswerValue>) -> ReviewAnswer {
    let Some(v) = v.filter(|v| !v.is_blank()) else { return ReviewAnswer::NotAnswered };
    let label = |c: &str| q.kind.choices().iter().find(|ch| ch.id == c).map(|ch| ch.label_id.clone());
    match (&q.kind, v) {
        (QuestionKind::ShortText { .. } | QuestionKind::LongText { .. } | QuestionKind::Phone, AnswerValue::Text(s)) => ReviewAnswer::Text(s.clone()),
        (QuestionKind::SingleChoice { .. }, AnswerValue::Text(c)) => match label(c) {
            Some(l) => ReviewAnswer::Choices(vec![l]),
            None => ReviewAnswer::Unreadable,
        },
        (QuestionKind::MultipleChoice { .. }, AnswerValue::List(cs)) => {
            let labels: Option<Vec<String>> = cs.iter().map(|c| label(c)).collect();
            labels.map(ReviewAnswer::Choices).unwrap_or(ReviewAnswer::Unreadable)
        }
        (QuestionKind::YesNo, AnswerValue::Bool(b)) => ReviewAnswer::YesNo(*b),
        (QuestionKind::Date { .. }, AnswerValue::Text(s)) if parse_iso_date(s).is_some() => ReviewAnswer::Date(s.clone()),
        (QuestionKind::Year { .. } | QuestionKind::Number { .. }, AnswerValue::Number(n)) => ReviewAnswer::Number(*n),
        (QuestionKind::Year { .. } | QuestionKind::Number { .. }, AnswerValue::Text(s)) => ReviewAnswer::Text(s.clone()),
        (QuestionKind::Repeat { .. }, AnswerValue::List(_)) => ReviewAnswer::Items(vec![]),
        _ => ReviewAnswer::Unreadable,
    }
}

fn check_question(q: &Question, value: Option<&AnswerValue>, item: Option<(&str, usize)>, rel: &Relevance, today: NaiveDate, out: &mut Vec<FieldError>) {
    let path = match item {
        None => FieldPath::top(&q.id),
        Some((g, i)) => FieldPath::item(g, i, &q.id),
    };
    let constraint_msg = |default: &str| q.message_id.clone().unwrap_or_else(|| default.to_owned());
    let mut push = |kind: FieldErrorKind, message_id: String| out.push(FieldError { path: path.clone(), kind, message_id });

    let value = value.filter(|v| !v.is_blank());
    let value = match (value, &q.kind) {
        (None, QuestionKind::Repeat { min, .. }) if q.required || *min > 0 => {
            if q.required {
                push(FieldErrorKind::Required, msg::REQUIRED.into());
            } else {
                push(FieldErrorKind::TooFewItems { min: *min }, constraint_msg(msg::TOO_FEW_ITEMS));
            }
            return;
        }
        (None, _) => {
            if q.required {
                push(FieldErrorKind::Required, msg::REQUIRED.into());
            }
            return;
        }
        (Some(v), _) => v,
    };

    match (&q.kind, value) {
        (QuestionKind::ShortText { min_length, max_length, check }, AnswerValue::Text(s)) => {
            let n = s.trim().chars().count();
            if n < *min_length {
                push(FieldErrorKind::TooShort { min: *min_length }, constraint_msg(msg::TOO_SHORT));
            } else if n > *max_length {
                push(FieldErrorKind::TooLong { max: *max_length }, constraint_msg(msg::TOO_LONG));
            } else if *check == Some(TextCheck::Email) && !looks_like_email(s) {
                push(FieldErrorKind::InvalidEmail, constraint_msg(msg::EMAIL));
            }
        }
        (QuestionKind::LongText { min_length, max_length }, AnswerValue::Text(s)) => {
            let n = s.trim().chars().count();
            if n < *min_length {
                push(FieldErrorKind::TooShort { min: *min_length }, constraint_msg(msg::TOO_SHORT));
            } else if n > *max_length {
                push(FieldErrorKind::TooLong { max: *max_length }, constraint_msg(msg::TOO_LONG));
            }
        }
        (QuestionKind::Phone, AnswerValue::Text(s)) => match phone_digits(s) {
            Some(d) if (PHONE_MIN_DIGITS..=PHONE_MAX_DIGITS).contains(&d) => {}
            _ => push(FieldErrorKind::InvalidPhone, constraint_msg(msg::PHONE)),
        },
        (QuestionKind::SingleChoice { choices }, AnswerValue::Text(c)) => {
            if !choices.iter().any(|ch| &ch.id == c) {
                push(FieldErrorKind::UnknownChoice { choice: c.clone() }, msg::CHOICE.into());
            }
        }
        (QuestionKind::MultipleChoice { choices, min, max }, AnswerValue::List(cs)) => {
            if let Some(bad) = cs.iter().find(|c| !choices.iter().any(|ch| &ch.id == *c)) {
                push(FieldErrorKind::UnknownChoice { choice: bad.clone() }, msg::CHOICE.into());
                return;
            }
            // Every entry is one of the choices (checked above), so a list
            // longer than the choices repeats one; otherwise it is short.
            // (Counted without a set: collecting one costs the program a
            // sort, see `crate::sort`.)
            let distinct = if cs.len() > choices.len() { 0 } else { cs.iter().enumerate().filter(|(i, c)| !cs[..*i].contains(c)).count() };
            if distinct != cs.len() {
                push(FieldErrorKind::WrongType, msg::INVALID.into());
            } else if min.is_some_and(|m| distinct < m) {
                push(FieldErrorKind::TooFewChoices { min: min.unwrap_or(0) }, constraint_msg(msg::TOO_FEW_CHOICES));
            } else if let Some(m) = max.filter(|m| distinct > *m) {
                push(FieldErrorKind::TooManyChoices { max: m }, constraint_msg(msg::TOO_MANY_CHOICES));
            }
        }
        (QuestionKind::YesNo, AnswerValue::Bool(_)) => {}
        (QuestionKind::Date { no_future, no_past }, AnswerValue::Text(s)) => match parse_iso_date(s) {
            None => push(FieldErrorKind::InvalidDate, msg::DATE.into()),
            Some(d) if *no_future && d > today => push(FieldErrorKind::DateInFuture, constraint_msg(msg::DATE_FUTURE)),
            Some(d) if *no_past && d < today => push(FieldErrorKind::DateInPast, constraint_msg(msg::DATE_PAST)),
            Some(_) => {}
        },
        (QuestionKind::Year { min, max, no_future, no_past }, AnswerValue::Number(y)) => {
            let this_year = i64::from(today.year());
            let lo = if *no_past { (*min).max(this_year) } else { *min };
            let hi = if *no_future { (*max).min(this_year) } else { *max };
            if *y < lo || *y > hi {
                push(FieldErrorKind::OutOfRange { min: Some(lo), max: Some(hi) }, constraint_msg(msg::YEAR));
            }
        }
        (QuestionKind::Number { min, max }, AnswerValue::Number(n)) => {
            if min.is_some_and(|m| *n < m) || max.is_some_and(|m| *n > m) {
                let default = match (min, max) {
                    (Some(_), Some(_)) => msg::NUMBER_RANGE,
                    (Some(_), None) => msg::NUMBER_TOO_SMALL,
                    _ => msg::NUMBER_TOO_LARGE,
                };
                push(FieldErrorKind::OutOfRange { min: *min, max: *max }, constraint_msg(default));
            }
        }
        (QuestionKind::Repeat { min, max, questions }, AnswerValue::Items(items)) => {
            if items.len() < *min {
                push(FieldErrorKind::TooFewItems { min: *min }, constraint_msg(msg::TOO_FEW_ITEMS));
            } else if items.len() > *max {
                push(FieldErrorKind::TooManyItems { max: *max }, constraint_msg(msg::TOO_MANY_ITEMS));
            }
            let group = q.id.as_str();
            for (idx, it) in items.iter().enumerate() {
                check_item(group, idx, it, questions, rel, today, out);
            }
        }
        (QuestionKind::Year { .. } | QuestionKind::Number { .. }, AnswerValue::Text(_)) => push(FieldErrorKind::NotANumber, msg::NOT_A_NUMBER.into()),
        (QuestionKind::Repeat { min, .. }, AnswerValue::List(l)) if l.is_empty() => {
            if *min > 0 {
                push(FieldErrorKind::TooFewItems { min: *min }, constraint_msg(msg::TOO_FEW_ITEMS));
            }
        }
        _ => push(FieldErrorKind::WrongType, msg::INVALID.into()),
    }
}

fn check_item(group: &str, idx: usize, item: &Item, questions: &[Question], rel: &Relevance, today: NaiveDate, out: &mut Vec<FieldError>) {
    for iq in questions {
        if rel.item_question(group, idx, &iq.id) {
            check_question(iq, item.get(&iq.id), Some((group, idx)), rel, today, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::definition::tests::SMALL;
    use super::*;
    use proptest::prelude::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
    }

    fn form(extra: &str) -> Form {
        Form::from_toml(&(SMALL.to_string() + extra)).unwrap()
    }

    #[test]
    fn resume_at_the_first_section_with_a_problem_else_the_review() {
        let f = form("");
        let mut a = Answers::new("t1");
        assert_eq!(f.resume_section(&a, today()), Some(0));
        a.set("needs", AnswerValue::List(vec!["housing".into()]));
        // Section a lacks the required status.
        assert_eq!(f.resume_section(&a, today()), Some(0));
        a.set("status", AnswerValue::Text("asylum".into()));
        // Section b (shown because of housing) has nothing required left.
        assert_eq!(f.resume_section(&a, today()), None);
        a.set("kids", AnswerValue::Bool(true));
        // Now b asks for at least one household member.
        assert_eq!(f.resume_section(&a, today()), Some(1));
    }

    fn kinds(errs: &[FieldError]) -> Vec<(String, FieldErrorKind)> {
        errs.iter().map(|e| (e.path.question.clone(), e.kind.clone())).collect()
    }

    const TYPES: &str = r#"
[[section]]
id = "types"

[[section.question]]
id = "short"
type = "text"
min_length = 2
max_length = 5

[[section.question]]
id = "mail"
type = "text"
check = "email"
message = "intake-error-custom-mail"

[[section.question]]
id = "long"
type = "long-text"
max_length = 10

[[section.question]]
id = "when"
type = "date"
no_future = true

[[section.question]]
id = "expiry"
type = "date"
no_past = true

[[section.question]]
id = "born"
type = "year"
min = 1920
no_future = true

[[section.question]]
id = "nights"
type = "number"
min = 0
max = 365

[[section.question]]
id = "phone"
type = "phone"

[[section.question]]
id = "pick"
type = "multiple"
choices = ["x", "y", "z"]
min = 1
max = 2
"#;

    fn set(a: &mut Answers, id: &str, v: AnswerValue) {
        a.set(id, v);
    }
    fn t(s: &str) -> AnswerValue {
        AnswerValue::Text(s.into())
    }

    fn errors_for(f: &Form, id: &str, v: AnswerValue) -> Vec<FieldErrorKind> {
        let mut a = f.new_answers();
        set(&mut a, id, v);
        f.validate_section(&a, 2, today()).into_iter().filter(|e| e.path.question == id).map(|e| e.kind).collect()
    }

    #[test]
    fn every_question_type_validates() {
        let f = form(TYPES);
        use FieldErrorKind::*;
        assert_eq!(errors_for(&f, "short", t("a")), vec![TooShort { min: 2 }]);
        assert_eq!(errors_for(&f, "short", t("abcdef")), vec![TooLong { max: 5 }]);
        assert_eq!(errors_for(&f, "short", t(" abc ")), vec![]);
        assert_eq!(errors_for(&f, "short", AnswerValue::Number(3)), vec![WrongType]);
        assert_eq!(errors_for(&f, "mail", t("a@b.pl")), vec![]);
        for bad in ["a@b", "a b@c.pl", "@c.pl", "a@@c.pl", "a@c.pl."] {
            assert_eq!(errors_for(&f, "mail", t(bad)), vec![InvalidEmail], "{bad}");
        }
        assert_eq!(errors_for(&f, "long", t("ąęółśżźćń ж")), vec![TooLong { max: 10 }]);
        assert_eq!(errors_for(&f, "long", t("ąęółśżźćńж")), vec![]);
        assert_eq!(errors_for(&f, "when", t("2026-11-21")), vec![]);
        assert_eq!(errors_for(&f, "when", t("2026-11-22")), vec![DateInFuture]);
        assert_eq!(errors_for(&f, "when", t("2026-02-30")), vec![InvalidDate]);
        assert_eq!(errors_for(&f, "when", t("21.11.2026")), vec![InvalidDate]);
        assert_eq!(errors_for(&f, "expiry", t("2026-11-20")), vec![DateInPast]);
        assert_eq!(errors_for(&f, "expiry", t("2027-01-01")), vec![]);
        assert_eq!(errors_for(&f, "born", AnswerValue::Number(1919)), vec![OutOfRange { min: Some(1920), max: Some(2026) }]);
        assert_eq!(errors_for(&f, "born", AnswerValue::Number(2027)), vec![OutOfRange { min: Some(1920), max: Some(2026) }]);
        assert_eq!(errors_for(&f, "born", AnswerValue::Number(1990)), vec![]);
        assert_eq!(errors_for(&f, "born", t("199O")), vec![NotANumber]);
        assert_eq!(errors_for(&f, "born", AnswerValue::Bool(true)), vec![WrongType]);
        assert_eq!(errors_for(&f, "nights", AnswerValue::Number(-1)), vec![OutOfRange { min: Some(0), max: Some(365) }]);
        assert_eq!(errors_for(&f, "nights", AnswerValue::Number(366)), vec![OutOfRange { min: Some(0), max: Some(365) }]);
        assert_eq!(errors_for(&f, "phone", t("+48 123-456-789")), vec![]);
        assert_eq!(errors_for(&f, "phone", t("(22) 123 45 67")), vec![]);
        assert_eq!(errors_for(&f, "phone", t("12345")), vec![InvalidPhone]);
        assert_eq!(errors_for(&f, "phone", t("+48 123 456 789 012 345")), vec![InvalidPhone]);
        assert_eq!(errors_for(&f, "phone", t("48+123456789")), vec![InvalidPhone]);
        assert_eq!(errors_for(&f, "phone", t("call me")), vec![InvalidPhone]);
        assert_eq!(errors_for(&f, "pick", AnswerValue::List(vec!["x".into(), "y".into(), "z".into()])), vec![TooManyChoices { max: 2 }]);
        assert_eq!(errors_for(&f, "pick", AnswerValue::List(vec!["x".into(), "q".into()])), vec![UnknownChoice { choice: "q".into() }]);
        assert_eq!(errors_for(&f, "pick", AnswerValue::List(vec!["x".into(), "x".into()])), vec![WrongType]);
        assert_eq!(errors_for(&f, "pick", AnswerValue::List(vec!["y".into()])), vec![]);
        assert_eq!(errors_for(&f, "pick", t("y")), vec![WrongType]);
        assert_eq!(errors_for(&f, "kids", t("yes")), vec![]); // section 0, not validated here
        let mut a = f.new_answers();
        a.set("kids", t("yes"));
        a.set("status", t("visa"));
        assert_eq!(kinds(&f.validate_section(&a, 0, today())), vec![("kids".to_string(), WrongType)]);
        a.set("kids", AnswerValue::Bool(false));
        assert!(f.validate_section(&a, 0, today()).is_empty());
    }

    #[test]
    fn typed_input_becomes_values_without_losing_text() {
        let f = form(TYPES);
        let kind = |id: &str| f.question(id).unwrap().kind.clone();
        assert_eq!(kind("nights").value_from_input(" 1 000 "), AnswerValue::Number(1000));
        assert_eq!(kind("born").value_from_input("19x5"), t("19x5"));
        assert_eq!(kind("when").value_from_input(" 2026-01-02 "), t("2026-01-02"));
        assert_eq!(kind("long").value_from_input(" a "), t(" a "));
        let mut a = f.new_answers();
        a.set("born", kind("born").value_from_input("19x5"));
        a.set("when", t("2026-13-01"));
        a.set("short", t("abc"));
        let ex = f.exportable_answers(&a);
        assert!(!ex.contains_key("born") && !ex.contains_key("when"));
        assert_eq!(ex.get("short"), Some(&Json::String("abc".into())));
        assert!(fits_type(&kind("when"), &t("2026-12-01")));
        let out = FieldError { path: FieldPath::top("born"), kind: FieldErrorKind::OutOfRange { min: Some(1), max: None }, message_id: String::new() };
        assert_eq!(out.args(), vec![("min", 1)]);
    }

    #[test]
    fn constraint_messages_use_override_but_required_does_not() {
        let f = form(TYPES);
        let mut a = f.new_answers();
        a.set("mail", t("nope"));
        let e = f.validate_section(&a, 2, today());
        let mail = e.iter().find(|e| e.path.question == "mail").unwrap();
        assert_eq!(mail.message_id, "intake-error-custom-mail");
        let short = FieldError { path: FieldPath::top("short"), kind: FieldErrorKind::TooLong { max: 5 }, message_id: msg::TOO_LONG.into() };
        assert_eq!(short.args(), vec![("max", 5)]);
        let all = f.validate(&f.new_answers(), today());
        let req = all.iter().find(|e| e.path.question == "status").unwrap();
        assert_eq!((req.kind.clone(), req.message_id.as_str()), (FieldErrorKind::Required, msg::REQUIRED));
    }

    #[test]
    fn single_choice_and_required() {
        let f = form("");
        let mut a = f.new_answers();
        assert_eq!(kinds(&f.validate_section(&a, 0, today())), vec![("status".to_string(), FieldErrorKind::Required)]);
        a.set("status", t("refugee"));
        assert_eq!(kinds(&f.validate_section(&a, 0, today())), vec![("status".to_string(), FieldErrorKind::UnknownChoice { choice: "refugee".into() })]);
        a.set("status", t("visa"));
        assert!(f.validate_section(&a, 0, today()).is_empty());
    }

    #[test]
    fn relevance_and_skip_logic_cascade() {
        let f = form("");
        let mut a = f.new_answers();
        assert_eq!(f.shown_sections(&a), vec![0]);
        assert_eq!(f.progress(&a, 0), Some(Progress { current: 1, total: 1, more_possible: true }));
        a.set("needs", AnswerValue::List(vec!["housing".into()]));
        assert_eq!(f.shown_sections(&a), vec![0, 1]);
        assert_eq!(f.progress(&a, 1), Some(Progress { current: 2, total: 2, more_possible: false }));
        assert_eq!(f.progress(&a, 0), Some(Progress { current: 1, total: 2, more_possible: false }));
        assert_eq!(f.next_section(&a, 0), Some(1));
        assert_eq!(f.previous_section(&a, 1), Some(0));
        assert_eq!(f.next_section(&a, 1), None);
        let rel = f.relevance(&a);
        assert!(!rel.question("address"));
        assert!(!rel.question("household"));
        a.set("status", t("visa"));
        a.set("kids", AnswerValue::Bool(true));
        a.set("address", t("Prosta 1"));
        let rel = f.relevance(&a);
        assert!(rel.question("address") && rel.question("household"));
        // Hiding the section hides its questions, and exports drop them.
        a.set("needs", AnswerValue::List(vec!["legal".into()]));
        assert!(!f.relevance(&a).question("address"));
        assert_eq!(f.progress(&a, 1), None);
        let ex = f.exportable_answers(&a);
        assert!(!ex.contains_key("address"));
        assert_eq!(ex.get("status"), Some(&Json::String("visa".into())));
        // The hidden answer is kept in the draft.
        assert!(a.get("address").is_some());
    }

    #[test]
    fn repeat_groups_bounds_and_inner_relevance() {
        let f = form("");
        let mut a = f.new_answers();
        a.set("needs", AnswerValue::List(vec!["housing".into()]));
        a.set("kids", AnswerValue::Bool(true));
        // min = 1: nothing yet is "too few".
        assert_eq!(kinds(&f.validate_section(&a, 1, today())), vec![("household".to_string(), FieldErrorKind::TooFewItems { min: 1 })]);
        a.add_item("household");
        a.set_in_item("household", 0, "year", AnswerValue::Number(2012));
        a.set_in_item("household", 0, "school", AnswerValue::Bool(true));
        a.add_item("household");
        a.set_in_item("household", 1, "year", AnswerValue::Number(1980));
        a.set_in_item("household", 1, "school", AnswerValue::Bool(false));
        let rel = f.relevance(&a);
        assert!(rel.item_question("household", 0, "school"));
        assert!(!rel.item_question("household", 1, "school"));
        assert!(f.validate_section(&a, 1, today()).is_empty());
        let ex = f.exportable_answers(&a);
        assert_eq!(ex["household"], serde_json::json!([{"year": 2012, "school": true}, {"year": 1980}]));
        a.add_item("household");
        assert_eq!(
            f.validate_section(&a, 1, today()).into_iter().map(|e| (e.path, e.kind)).collect::<Vec<_>>(),
            vec![(FieldPath::item("household", 2, "year"), FieldErrorKind::Required)]
        );
        a.add_item("household");
        a.set_in_item("household", 3, "year", AnswerValue::Number(2030));
        let errs = f.validate_section(&a, 1, today());
        assert!(errs.iter().any(|e| e.kind == FieldErrorKind::TooManyItems { max: 3 }));
        assert!(errs.iter().any(|e| e.path == FieldPath::item("household", 3, "year") && e.kind == FieldErrorKind::OutOfRange { min: Some(1900), max: Some(2026) }));
        // Hidden group: no errors, not exported.
        a.set("kids", AnswerValue::Bool(false));
        assert!(f.validate_section(&a, 1, today()).is_empty());
        assert!(!f.exportable_answers(&a).contains_key("household"));
    }

    #[test]
    fn review_lists_answers_and_errors() {
        let f = form("");
        let mut a = f.new_answers();
        a.set("needs", AnswerValue::List(vec!["housing".into(), "legal".into()]));
        a.set("kids", AnswerValue::Bool(true));
        a.add_item("household");
        let r = f.review(&a, today());
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].entries[0].answer, ReviewAnswer::NotAnswered);
        assert_eq!(r[0].entries[0].errors[0].kind, FieldErrorKind::Required);
        assert_eq!(r[0].entries[1].answer, ReviewAnswer::YesNo(true));
        assert_eq!(r[0].entries[2].answer, ReviewAnswer::Choices(vec!["intake-opt-needs-housing".into(), "intake-opt-needs-legal".into()]));
        let hh = r[1].entries.iter().find(|e| e.path.question == "household").unwrap();
        let ReviewAnswer::Items(items) = &hh.answer else { panic!("{hh:?}") };
        assert_eq!(items[0][0].errors[0].kind, FieldErrorKind::Required);
        a.set("status", t("gone"));
        assert_eq!(f.review(&a, today())[0].entries[0].answer, ReviewAnswer::Unreadable);
    }

    #[test]
    fn changed_definitions_keep_and_report_unknown_answers() {
        let f = form("");
        let mut a = Answers::new("t0");
        a.set("old-question", t("kept"));
        a.add_item("household");
        a.set_in_item("household", 0, "birth-date", t("2010-01-01"));
        assert!(f.version_changed(&a));
        assert_eq!(f.unknown_answers(&a), vec![FieldPath::item("household", 0, "birth-date"), FieldPath::top("old-question")]);
        f.stamp(&mut a);
        assert!(!f.version_changed(&a));
        assert_eq!(a.get("old-question"), Some(&t("kept")));
        assert!(!f.exportable_answers(&a).contains_key("old-question"));
    }

    fn arb_value() -> impl Strategy<Value = AnswerValue> {
        let leaf = prop_oneof![
            ".{0,30}".prop_map(AnswerValue::Text),
            prop::collection::vec(prop_oneof![Just("visa".to_string()), Just("housing".to_string()), ".{0,8}"], 0..4).prop_map(AnswerValue::List),
            any::<bool>().prop_map(AnswerValue::Bool),
            any::<i64>().prop_map(AnswerValue::Number),
        ];
        leaf.prop_recursive(2, 16, 4, |inner| {
            prop::collection::vec(prop::collection::btree_map(prop_oneof![Just("year".to_string()), Just("school".to_string()), "[a-z]{1,5}"], inner, 0..4), 0..5)
                .prop_map(AnswerValue::Items)
        })
    }

    proptest! {
        #[test]
        fn arbitrary_answer_maps_never_panic(map in prop::collection::btree_map(
            prop_oneof![Just("status".to_string()), Just("kids".to_string()), Just("needs".to_string()), Just("address".to_string()),
                        Just("household".to_string()), Just("short".to_string()), Just("when".to_string()), Just("born".to_string()),
                        Just("nights".to_string()), Just("phone".to_string()), Just("pick".to_string()), Just("mail".to_string()), "[a-z-]{1,8}"],
            arb_value(), 0..14)) {
            let f = form(TYPES);
            let a = Answers { content_version: None, values: map };
            let _ = f.validate(&a, today());
            let _ = f.review(&a, today());
            let ex = f.exportable_answers(&a);
            let _ = f.unknown_answers(&a);
            for i in 0..4 { let _ = f.progress(&a, i); }
            // Exported values read back as answers.
            for v in ex.values() { prop_assert!(AnswerValue::from_json(v).is_ok()); }
        }
    }
}
