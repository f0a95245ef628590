//! The intake form definition: its model and its loader/validator.
//!
//! Owns [`Form`] / [`Section`] / [`Question`] / [`QuestionKind`], reading them
//! from `content/intake.toml` (text passed in by the caller), and every check
//! that turns a mistake in that file into a [`Diagnostic`] with a line and a
//! fix: TOML syntax, unknown fields, ids, types, bounds, conditions (parse,
//! unknown/later questions, cycles, type mismatches) and Fluent message ids
//! missing in a shipped locale. It never reads files, never evaluates
//! answers, and derives every message id from question ids by fixed rules
//! (documented in `docs/content-intake.md`).

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::ops::Range;

use crate::config::toml_read::DeTable;
use crate::config::toml_read::Spanned;

use super::expr::{self, CmpOp, Expr, Operand};
use crate::config::toml_walk::{Item, Walk};
use crate::diagnostic::{line_of, Diagnostic, KnownMessages};

/// The definition file as the site serves it.
pub const FILE: &str = "content/intake.toml";

/// Default and hard limits.
pub const DEFAULT_TEXT_MAX: usize = 200;
pub const TEXT_MAX_CEILING: usize = 500;
pub const DEFAULT_LONG_TEXT_MAX: usize = 1000;
pub const LONG_TEXT_MAX_CEILING: usize = 5000;
pub const DEFAULT_YEAR_MIN: i64 = 1900;
pub const DEFAULT_YEAR_MAX: i64 = 2100;
pub const DEFAULT_REPEAT_MAX: usize = 20;
pub const REPEAT_MAX_CEILING: usize = 50;
/// Phone numbers: digits counted after removing spaces, `-`, `(`, `)`, `.`
/// and a leading `+` (E.164 allows at most 15).
pub const PHONE_MIN_DIGITS: usize = 7;
pub const PHONE_MAX_DIGITS: usize = 15;

/// Fluent ids of the built-in error messages (in `intake.ftl`).
pub mod msg {
    pub const REQUIRED: &str = "intake-error-required";
    pub const TOO_SHORT: &str = "intake-error-too-short";
    pub const TOO_LONG: &str = "intake-error-too-long";
    pub const NUMBER_RANGE: &str = "intake-error-number-range";
    pub const NUMBER_TOO_SMALL: &str = "intake-error-number-too-small";
    pub const NUMBER_TOO_LARGE: &str = "intake-error-number-too-large";
    pub const YEAR: &str = "intake-error-year";
    pub const DATE: &str = "intake-error-date";
    pub const DATE_FUTURE: &str = "intake-error-date-future";
    pub const DATE_PAST: &str = "intake-error-date-past";
    pub const PHONE: &str = "intake-error-phone";
    pub const EMAIL: &str = "intake-error-email";
    pub const CHOICE: &str = "intake-error-choice";
    pub const TOO_FEW_CHOICES: &str = "intake-error-too-few-choices";
    pub const TOO_MANY_CHOICES: &str = "intake-error-too-many-choices";
    pub const TOO_FEW_ITEMS: &str = "intake-error-too-few-items";
    pub const TOO_MANY_ITEMS: &str = "intake-error-too-many-items";
    pub const INVALID: &str = "intake-error-invalid";
    pub const NOT_A_NUMBER: &str = "intake-error-not-a-number";
    /// All of the above, for the message check.
    pub const ALL: &[&str] = &[
        REQUIRED,
        TOO_SHORT,
        TOO_LONG,
        NUMBER_RANGE,
        NUMBER_TOO_SMALL,
        NUMBER_TOO_LARGE,
        YEAR,
        DATE,
        DATE_FUTURE,
        DATE_PAST,
        PHONE,
        EMAIL,
        CHOICE,
        TOO_FEW_CHOICES,
        TOO_MANY_CHOICES,
        TOO_FEW_ITEMS,
        TOO_MANY_ITEMS,
        INVALID,
        NOT_A_NUMBER,
    ];
}

/// A loaded, checked intake form.
#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    /// Recorded with every set of answers and in the export.
    pub content_version: String,
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub id: String,
    /// Fluent id of the section heading: `intake-section-<id>`.
    pub title_id: String,
    /// Fluent id of an optional intro paragraph: `intake-section-<id>-intro`.
    pub intro_id: Option<String>,
    /// Skip logic for the whole section (over questions of earlier sections).
    pub relevant: Option<Expr>,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// Stable id; the key of the answer.
    pub id: String,
    /// Fluent id of the question text: `intake-q-<id>`.
    pub label_id: String,
    /// Fluent id of the hint under the question: `intake-q-<id>-hint`.
    pub hint_id: Option<String>,
    pub kind: QuestionKind,
    pub required: bool,
    /// Skip logic over earlier answers.
    pub relevant: Option<Expr>,
    /// Fluent id shown instead of the built-in message when a constraint
    /// (length, range, phone, e-mail, choice count…) fails. Not for "required".
    pub message_id: Option<String>,
}

/// Pattern-free extra checks on short text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextCheck {
    /// One `@`, something before it, a dot in the part after it, no spaces.
    Email,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub id: String,
    /// Fluent id: `intake-opt-<question>-<choice>`.
    pub label_id: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum QuestionKind {
    ShortText { min_length: usize, max_length: usize, check: Option<TextCheck> },
    LongText { min_length: usize, max_length: usize },
    SingleChoice { choices: Vec<Choice> },
    MultipleChoice { choices: Vec<Choice>, min: Option<usize>, max: Option<usize> },
    YesNo,
    /// ISO `YYYY-MM-DD`.
    Date { no_future: bool, no_past: bool },
    Year { min: i64, max: i64, no_future: bool, no_past: bool },
    /// Whole numbers.
    Number { min: Option<i64>, max: Option<i64> },
    Phone,
    /// A list of items (e.g. household members), each answering `questions`.
    Repeat { min: usize, max: usize, questions: Vec<Question> },
}

impl QuestionKind {
    /// The type name used in the definition file.
    pub fn type_name(&self) -> &'static str {
        match self {
            QuestionKind::ShortText { .. } => "text",
            QuestionKind::LongText { .. } => "long-text",
            QuestionKind::SingleChoice { .. } => "single",
            QuestionKind::MultipleChoice { .. } => "multiple",
            QuestionKind::YesNo => "yes-no",
            QuestionKind::Date { .. } => "date",
            QuestionKind::Year { .. } => "year",
            QuestionKind::Number { .. } => "number",
            QuestionKind::Phone => "phone",
            QuestionKind::Repeat { .. } => "repeat",
        }
    }

    /// The choices of a single or multiple choice question (else empty).
    pub fn choices(&self) -> &[Choice] {
        match self {
            QuestionKind::SingleChoice { choices } | QuestionKind::MultipleChoice { choices, .. } => choices,
            _ => &[],
        }
    }
}

const TYPES: &[&str] = &["text", "long-text", "single", "multiple", "yes-no", "date", "year", "number", "phone", "repeat"];

/// The definition could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    /// The file has mistakes; each diagnostic names the line and the fix.
    #[error("{FILE} has {} mistake(s)", .0.len())]
    Invalid(Vec<Diagnostic>),
}

// ---------------------------------------------------------------- raw TOML
//
// Read by hand from the untyped TOML tree (see `crate::config::toml_walk`)
// rather than with serde: one derived deserializer per struct costs far more
// wasm than this.

/// Fix for syntax errors and unknown fields.
const FIX: &str = "fix the TOML at this line; allowed fields are listed in docs/content-intake.md";

const FORM_FIELDS: &[&str] = &["content_version", "section"];
const SECTION_FIELDS: &[&str] = &["id", "intro", "relevant", "question"];
const QUESTION_FIELDS: &[&str] = &[
    "id", "type", "required", "hint", "relevant", "choices", "min", "max", "min_length", "max_length", "no_future", "no_past", "check",
    "message", "question",
];

struct RawForm {
    content_version: Spanned<String>,
    section: Vec<RawSection>,
}

struct RawSection {
    id: Spanned<String>,
    intro: bool,
    relevant: Option<Spanned<String>>,
    question: Vec<RawQuestion>,
}

struct RawQuestion {
    id: Spanned<String>,
    /// `type` in the file.
    kind: Spanned<String>,
    required: bool,
    hint: bool,
    relevant: Option<Spanned<String>>,
    choices: Option<Spanned<Vec<String>>>,
    min: Option<Spanned<i64>>,
    max: Option<Spanned<i64>>,
    min_length: Option<Spanned<i64>>,
    max_length: Option<Spanned<i64>>,
    no_future: Option<Spanned<bool>>,
    no_past: Option<Spanned<bool>>,
    check: Option<Spanned<String>>,
    message: Option<Spanned<String>>,
    question: Vec<RawQuestion>,
}

/// Reads the schema; every mistake goes to `w` (and then `None`, or a
/// partial result that the caller must not use).
fn read_form(w: &mut Walk<'_>, root: &Item<'_, '_>) -> Option<RawForm> {
    w.fields(root.0, FORM_FIELDS);
    let content_version = w.required_text(root, "content_version");
    let section = w.tables(root.0, "section").iter().filter_map(|s| read_section(w, s)).collect();
    Some(RawForm { content_version: content_version?, section })
}

fn flag_or_false(w: &mut Walk<'_>, t: &DeTable<'_>, key: &str) -> bool {
    w.flag(t, key).is_some_and(Spanned::into_inner)
}

fn read_questions(w: &mut Walk<'_>, t: &DeTable<'_>) -> Vec<RawQuestion> {
    w.tables(t, "question").iter().filter_map(|q| read_question(w, q)).collect()
}

fn read_section(w: &mut Walk<'_>, item: &Item<'_, '_>) -> Option<RawSection> {
    let t = item.0;
    w.fields(t, SECTION_FIELDS);
    let id = w.required_text(item, "id");
    let intro = flag_or_false(w, t, "intro");
    let relevant = w.text(t, "relevant");
    let question = read_questions(w, t);
    Some(RawSection { id: id?, intro, relevant, question })
}

fn read_question(w: &mut Walk<'_>, item: &Item<'_, '_>) -> Option<RawQuestion> {
    let t = item.0;
    w.fields(t, QUESTION_FIELDS);
    let id = w.required_text(item, "id");
    let kind = w.required_text(item, "type");
    let choices = w.texts(t, "choices").map(|list| {
        let span = list.span();
        Spanned::new(span, list.into_inner().into_iter().map(Spanned::into_inner).collect())
    });
    Some(RawQuestion {
        required: flag_or_false(w, t, "required"),
        hint: flag_or_false(w, t, "hint"),
        relevant: w.text(t, "relevant"),
        choices,
        min: w.integer(t, "min"),
        max: w.integer(t, "max"),
        min_length: w.integer(t, "min_length"),
        max_length: w.integer(t, "max_length"),
        no_future: w.flag(t, "no_future"),
        no_past: w.flag(t, "no_past"),
        check: w.text(t, "check"),
        message: w.text(t, "message"),
        question: read_questions(w, t),
        id: id?,
        kind: kind?,
    })
}

// ---------------------------------------------------------------- loading

/// A message id the definition needs, where it is needed and what for.
#[derive(Debug, Clone)]
struct NeededMessage {
    id: String,
    line: usize,
    what: String,
    ftl: &'static str,
}

/// What the loader knows about each question, in document order.
#[derive(Debug, Clone)]
struct QInfo {
    order: usize,
    kind: String,
    choices: Vec<String>,
    /// Repeat group the question is inside.
    group: Option<String>,
    line: usize,
}

struct Loader<'t> {
    text: &'t str,
    diags: Vec<Diagnostic>,
    needed: Vec<NeededMessage>,
    infos: BTreeMap<String, QInfo>,
    order: usize,
    /// (from question id or "section:<id>", to id, line) forward references.
    forward: Vec<(String, String, usize, String)>,
    edges: BTreeMap<String, Vec<String>>,
    /// Order index of each section's first question.
    section_first: BTreeMap<String, usize>,
}

fn valid_id(s: &str) -> bool {
    let b = s.as_bytes();
    !s.is_empty()
        && s.len() <= 64
        && b.first().is_some_and(u8::is_ascii_lowercase)
        && b.iter().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
        && !s.ends_with('-')
        && !s.contains("--")
        && !expr::KEYWORDS.contains(&s)
}

fn valid_message_id(s: &str) -> bool {
    let b = s.as_bytes();
    !s.is_empty()
        && b.first().is_some_and(u8::is_ascii_alphabetic)
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-' || *c == b'_')
}

impl<'t> Loader<'t> {
    fn line(&self, span: Range<usize>) -> usize {
        line_of(self.text, span.start)
    }

    fn err(&mut self, line: usize, message: String, fix: impl Into<String>) {
        self.diags.push(Diagnostic::error(FILE, line, message, fix));
    }

    fn need(&mut self, id: String, line: usize, what: String, ftl: &'static str) {
        self.needed.push(NeededMessage { id, line, what, ftl });
    }

    fn check_id(&mut self, id: &Spanned<String>, what: &str) -> usize {
        let line = self.line(id.span());
        if !valid_id(id.get_ref()) {
            self.err(
                line,
                format!("{what} id `{}` is not allowed", id.get_ref()),
                "use lowercase letters a-z, digits and single hyphens, starting with a letter (e.g. `legal-status`); \
                 the words and, or, not, yes, no, contains, count are reserved",
            );
        }
        line
    }

    /// First pass: register every question id in document order so that
    /// conditions can tell "unknown" from "later".
    fn register(&mut self, q: &RawQuestion, group: Option<&str>) {
        let id = q.id.get_ref().clone();
        let line = self.line(q.id.span());
        if self.infos.contains_key(&id) {
            let first = self.infos.get(&id).map(|i| i.line).unwrap_or(0);
            self.err(
                line,
                format!("question id `{id}` is used twice (first on line {first})"),
                "give every question its own id; answers are stored by id",
            );
        } else {
            let order = self.order;
            self.infos.insert(
                id.clone(),
                QInfo {
                    order,
                    kind: q.kind.get_ref().clone(),
                    choices: q.choices.as_ref().map(|c| c.get_ref().clone()).unwrap_or_default(),
                    group: group.map(str::to_owned),
                    line,
                },
            );
        }
        self.order += 1;
        for inner in &q.question {
            self.register(inner, Some(&id));
        }
    }

    fn question(&mut self, q: &RawQuestion, group: Option<&str>) -> Option<Question> {
        let id = q.id.get_ref().clone();
        let line = self.check_id(&q.id, "question");
        let type_line = self.line(q.kind.span());
        let ty = q.kind.get_ref().as_str();

        if !TYPES.contains(&ty) {
            self.err(
                type_line,
                format!("question `{id}` has unknown type `{ty}`"),
                format!("use one of: {}", TYPES.join(", ")),
            );
            return None;
        }

        // Fields that only some types take.
        type FieldUse<'a> = (&'a str, Option<Range<usize>>, &'a [&'a str]);
        let field_spans: [FieldUse<'_>; 9] = [
            ("choices", q.choices.as_ref().map(Spanned::span), &["single", "multiple"]),
            ("min", q.min.as_ref().map(Spanned::span), &["multiple", "year", "number", "repeat"]),
            ("max", q.max.as_ref().map(Spanned::span), &["multiple", "year", "number", "repeat"]),
            ("min_length", q.min_length.as_ref().map(Spanned::span), &["text", "long-text"]),
            ("max_length", q.max_length.as_ref().map(Spanned::span), &["text", "long-text"]),
            ("no_future", q.no_future.as_ref().map(Spanned::span), &["date", "year"]),
            ("no_past", q.no_past.as_ref().map(Spanned::span), &["date", "year"]),
            ("check", q.check.as_ref().map(Spanned::span), &["text"]),
            ("question", q.question.first().map(|f| f.id.span()), &["repeat"]),
        ];
        for (field, span, allowed) in field_spans {
            if let Some(span) = span {
                if !allowed.contains(&ty) {
                    let l = self.line(span);
                    self.err(
                        l,
                        format!("question `{id}` of type `{ty}` cannot have `{field}`"),
                        format!("remove `{field}`; it is only for types {}", allowed.join(", ")),
                    );
                }
            }
        }

        let min = q.min.as_ref().map(|s| (*s.get_ref(), self.line(s.span())));
        let max = q.max.as_ref().map(|s| (*s.get_ref(), self.line(s.span())));
        if let (Some((lo, l)), Some((hi, _))) = (min, max) {
            if lo > hi {
                self.err(l, format!("question `{id}`: min ({lo}) is larger than max ({hi})"), "make min at most max");
            }
        }
        let count_bound = |this: &mut Self, v: Option<(i64, usize)>, what: &str, ceiling: usize| -> Option<usize> {
            let (v, l) = v?;
            if v < 0 || v as u64 > ceiling as u64 {
                this.err(
                    l,
                    format!("question `{id}`: {what} {v} is out of bounds"),
                    format!("use a whole number from 0 to {ceiling}"),
                );
                None
            } else {
                Some(v as usize)
            }
        };

        let label_id = format!("intake-q-{id}");
        self.need(label_id.clone(), line, format!("text of question `{id}`"), "intake-content.ftl");
        let hint_id = if q.hint {
            let h = format!("intake-q-{id}-hint");
            self.need(h.clone(), line, format!("hint of question `{id}`"), "intake-content.ftl");
            Some(h)
        } else {
            None
        };
        let message_id = match &q.message {
            Some(m) => {
                let l = self.line(m.span());
                if !valid_message_id(m.get_ref()) {
                    self.err(
                        l,
                        format!("question `{id}`: `{}` is not a message id", m.get_ref()),
                        "write a Fluent message id such as `intake-error-phone-digits`",
                    );
                }
                self.need(m.get_ref().clone(), l, format!("error message of question `{id}`"), "intake-content.ftl");
                Some(m.get_ref().clone())
            }
            None => None,
        };

        let mut choices = Vec::new();
        if ty == "single" || ty == "multiple" {
            match &q.choices {
                None => {
                    self.err(line, format!("question `{id}` has no `choices`"), "add `choices = [\"first\", \"second\"]`");
                }
                Some(list) => {
                    let l = self.line(list.span());
                    if list.get_ref().len() < 2 {
                        self.err(l, format!("question `{id}` needs at least two choices"), "add choices, or use type `yes-no`");
                    }
                    let mut seen = BTreeSet::new();
                    for c in list.get_ref() {
                        if !valid_id(c) {
                            self.err(
                                l,
                                format!("choice id `{c}` of question `{id}` is not allowed"),
                                "use lowercase letters a-z, digits and single hyphens, starting with a letter",
                            );
                        }
                        if !seen.insert(c.clone()) {
                            self.err(l, format!("choice `{c}` appears twice in question `{id}`"), "remove the duplicate");
                        }
                        let label = format!("intake-opt-{id}-{c}");
                        self.need(label.clone(), l, format!("label of choice `{c}` of question `{id}`"), "intake-content.ftl");
                        choices.push(Choice { id: c.clone(), label_id: label });
                    }
                }
            }
        }

        let length = |this: &mut Self, default: usize, ceiling: usize| -> (usize, usize) {
            let lo = q.min_length.as_ref().map(|s| (*s.get_ref(), this.line(s.span())));
            let hi = q.max_length.as_ref().map(|s| (*s.get_ref(), this.line(s.span())));
            let lo = count_bound(this, lo, "min_length", ceiling).unwrap_or(0);
            let hi = count_bound(this, hi, "max_length", ceiling).unwrap_or(default);
            if hi == 0 || lo > hi {
                this.err(
                    line,
                    format!("question `{id}`: the length limits allow no answer (min_length {lo}, max_length {hi})"),
                    "make max_length at least 1 and at least min_length",
                );
            }
            (lo, hi)
        };

        let relevant = self.condition(q.relevant.as_ref(), &id, group);

        let kind = match ty {
            "text" => {
                let (min_length, max_length) = length(self, DEFAULT_TEXT_MAX, TEXT_MAX_CEILING);
                let check = match &q.check {
                    None => None,
                    Some(c) if c.get_ref() == "email" => Some(TextCheck::Email),
                    Some(c) => {
                        let l = self.line(c.span());
                        self.err(l, format!("question `{id}`: unknown check `{}`", c.get_ref()), "the only check is `email`");
                        None
                    }
                };
                QuestionKind::ShortText { min_length, max_length, check }
            }
            "long-text" => {
                let (min_length, max_length) = length(self, DEFAULT_LONG_TEXT_MAX, LONG_TEXT_MAX_CEILING);
                QuestionKind::LongText { min_length, max_length }
            }
            "single" => QuestionKind::SingleChoice { choices },
            "multiple" => {
                let n = choices.len();
                let lo = count_bound(self, min, "min", n);
                let hi = count_bound(self, max, "max", n);
                QuestionKind::MultipleChoice { choices, min: lo, max: hi }
            }
            "yes-no" => QuestionKind::YesNo,
            "date" | "year" => {
                let no_future = q.no_future.as_ref().is_some_and(|s| *s.get_ref());
                let no_past = q.no_past.as_ref().is_some_and(|s| *s.get_ref());
                if no_future && no_past {
                    self.err(line, format!("question `{id}` has both no_future and no_past"), "keep at most one of them");
                }
                if ty == "date" {
                    QuestionKind::Date { no_future, no_past }
                } else {
                    let lo = min.map(|m| m.0).unwrap_or(DEFAULT_YEAR_MIN);
                    let hi = max.map(|m| m.0).unwrap_or(DEFAULT_YEAR_MAX);
                    if !(1..=9999).contains(&lo) || !(1..=9999).contains(&hi) {
                        self.err(line, format!("question `{id}`: year bounds must be between 1 and 9999"), "fix min/max");
                    }
                    QuestionKind::Year { min: lo, max: hi, no_future, no_past }
                }
            }
            "number" => QuestionKind::Number { min: min.map(|m| m.0), max: max.map(|m| m.0) },
            "phone" => QuestionKind::Phone,
            _ => {
                // repeat
                if group.is_some() {
                    self.err(line, format!("repeat group `{id}` is inside another repeat group"), "repeat groups cannot be nested");
                }
                if q.question.is_empty() {
                    self.err(line, format!("repeat group `{id}` has no questions"), "add [[section.question.question]] tables");
                }
                let lo = count_bound(self, min, "min", REPEAT_MAX_CEILING).unwrap_or(0);
                let hi = count_bound(self, max, "max", REPEAT_MAX_CEILING).unwrap_or(DEFAULT_REPEAT_MAX);
                if hi == 0 {
                    self.err(line, format!("repeat group `{id}` allows no items"), "set max to at least 1");
                }
                let mut questions = Vec::new();
                for inner in &q.question {
                    if let Some(iq) = self.question(inner, Some(&id)) {
                        questions.push(iq);
                    }
                }
                QuestionKind::Repeat { min: lo, max: hi, questions }
            }
        };
        Some(Question { id, label_id, hint_id, kind, required: q.required, relevant, message_id })
    }

    /// Parses and checks one condition. `owner` is a question id or
    /// `section:<id>`; `group` the repeat group the owner is inside.
    fn condition(&mut self, raw: Option<&Spanned<String>>, owner: &str, group: Option<&str>) -> Option<Expr> {
        let raw = raw?;
        let line = self.line(raw.span());
        let src = raw.get_ref();
        let e = match expr::parse(src) {
            Ok(e) => e,
            Err(err) => {
                self.err(
                    line,
                    format!("condition `{src}` of `{owner}` cannot be read: {err}"),
                    "see the expression language in docs/content-intake.md, e.g. `status == \"asylum\" and needs contains \"housing\"`",
                );
                return None;
            }
        };
        let owner_order = if let Some(sec) = owner.strip_prefix("section:") {
            // A section condition may use only questions of earlier sections:
            // its own first question is the limit.
            self.section_first.get(sec).copied().unwrap_or(usize::MAX)
        } else {
            self.infos.get(owner).map(|i| i.order).unwrap_or(usize::MAX)
        };
        let mut fine = true;
        for r in e.references() {
            let Some(info) = self.infos.get(r).cloned() else {
                self.err(line, format!("condition of `{owner}` uses unknown question `{r}`"), "check the spelling of the question id");
                fine = false;
                continue;
            };
            if info.order >= owner_order || r == owner {
                self.forward.push((owner.to_owned(), r.to_owned(), line, src.clone()));
                fine = false;
            } else {
                self.edges.entry(owner.to_owned()).or_default().push(r.to_owned());
            }
            if let Some(g) = &info.group {
                if group != Some(g.as_str()) {
                    self.err(
                        line,
                        format!("condition of `{owner}` uses `{r}`, which is inside the repeat group `{g}`"),
                        format!("only questions inside `{g}` can use it; elsewhere use count({g})"),
                    );
                    fine = false;
                }
            }
        }
        if !self.type_check(&e, owner, line) {
            fine = false;
        }
        fine.then_some(e)
    }

    fn type_check(&mut self, e: &Expr, owner: &str, line: usize) -> bool {
        match e {
            Expr::Or(a, b) | Expr::And(a, b) => {
                let x = self.type_check(a, owner, line);
                let y = self.type_check(b, owner, line);
                x && y
            }
            Expr::Not(a) => self.type_check(a, owner, line),
            Expr::IsYes(id) => match self.infos.get(id).map(|i| i.kind.clone()) {
                None => true, // reported as unknown
                Some(k) if k == "yes-no" => true,
                Some(k) => {
                    self.err(
                        line,
                        format!("condition of `{owner}`: `{id}` alone only works for yes-no questions, but it is `{k}`"),
                        format!("compare it, e.g. `{id} == \"…\"` or `{id} contains \"…\"`"),
                    );
                    false
                }
            },
            Expr::Compare { left, op, right } => {
                let (id, counted) = match left {
                    Operand::Question(id) => (id, false),
                    Operand::Count(id) => (id, true),
                    _ => {
                        self.err(
                            line,
                            format!("condition of `{owner}`: the left side of `{op}` must be a question id or count(…)"),
                            "write the question first, e.g. `nights-left < 3`",
                        );
                        return false;
                    }
                };
                let Some(info) = self.infos.get(id).cloned() else { return true };
                let k = info.kind.as_str();
                let problem: Option<String> = if counted {
                    if k != "repeat" && k != "multiple" {
                        Some(format!("count({id}) needs a repeat or multiple question, but `{id}` is `{k}`"))
                    } else if !matches!(right, Operand::Number(_)) || *op == CmpOp::Contains {
                        Some(format!("count({id}) must be compared with a number, e.g. `count({id}) > 0`"))
                    } else {
                        None
                    }
                } else {
                    match (k, op, right) {
                        ("single", CmpOp::Eq | CmpOp::Ne, Operand::Text(c)) | ("multiple", CmpOp::Contains, Operand::Text(c)) => {
                            (!info.choices.contains(c)).then(|| format!("`{id}` has no choice `{c}` (choices: {})", info.choices.join(", ")))
                        }
                        ("single", _, _) => Some(format!("`{id}` is a single choice: use `{id} == \"choice\"` or `!=`")),
                        ("multiple", _, _) => Some(format!("`{id}` is a multiple choice: use `{id} contains \"choice\"`")),
                        ("yes-no", CmpOp::Eq | CmpOp::Ne, Operand::Yes | Operand::No) => None,
                        ("yes-no", _, _) => Some(format!("`{id}` is yes-no: use `{id} == yes` or `{id} == no`")),
                        ("number" | "year", CmpOp::Contains, _) => Some(format!("`{id}` is a number: `contains` does not apply")),
                        ("number" | "year", _, Operand::Number(_)) => None,
                        ("number" | "year", _, _) => Some(format!("`{id}` is a number: compare it with a number")),
                        _ => Some(format!("answers of type `{k}` (question `{id}`) cannot be used in conditions")),
                    }
                };
                match problem {
                    Some(p) => {
                        self.err(line, format!("condition of `{owner}`: {p}"), "see the expression language in docs/content-intake.md");
                        false
                    }
                    None => true,
                }
            }
        }
    }

    /// Forward references: a cycle when the later question leads back, else
    /// simply "later".
    fn report_forward(&mut self) {
        let forward = std::mem::take(&mut self.forward);
        // Graph including forward edges, for the cycle search.
        let mut all = self.edges.clone();
        for (from, to, _, _) in &forward {
            all.entry(from.clone()).or_default().push(to.clone());
        }
        for (from, to, line, src) in forward {
            match path(&all, &to, &from) {
                Some(mut p) => {
                    p.insert(0, from.clone());
                    self.err(
                        line,
                        format!("condition `{src}` of `{from}` makes a cycle: {}", p.join(" → ")),
                        "a condition may only use questions that come before it; remove one of these references",
                    );
                }
                None => self.err(
                    line,
                    format!("condition `{src}` of `{from}` uses `{to}`, which comes later in the form (or is itself)"),
                    "conditions may only use earlier questions; move the question or change the condition",
                ),
            }
        }
    }
}

/// Shortest path from `from` to `to` in the reference graph, if any.
fn path(graph: &BTreeMap<String, Vec<String>>, from: &str, to: &str) -> Option<Vec<String>> {
    let mut prev: BTreeMap<&str, &str> = BTreeMap::new();
    let mut queue = VecDeque::from([from]);
    let mut seen = BTreeSet::from([from]);
    while let Some(n) = queue.pop_front() {
        if n == to {
            let mut p = vec![to.to_owned()];
            let mut cur = to;
            while let Some(&pr) = prev.get(cur) {
                p.push(pr.to_owned());
                cur = pr;
            }
            p.reverse();
            return Some(p);
        }
        for next in graph.get(n).into_iter().flatten() {
            if seen.insert(next.as_str()) {
                prev.insert(next.as_str(), n);
                queue.push_back(next.as_str());
            }
        }
    }
    None
}

/// Result of reading a definition: the form when it has no errors, every
/// finding, and the message ids it needs (for the locale check).
struct Loaded {
    form: Option<Form>,
    diags: Vec<Diagnostic>,
    needed: Vec<NeededMessage>,
}

impl<'t> Loader<'t> {
    fn new(text: &'t str) -> Self {
        Loader {
            text,
            diags: Vec::new(),
            needed: Vec::new(),
            infos: BTreeMap::new(),
            order: 0,
            forward: Vec::new(),
            edges: BTreeMap::new(),
            section_first: BTreeMap::new(),
        }
    }
}

fn load(text: &str) -> Loaded {
    let refused = |diags| Loaded { form: None, diags, needed: Vec::new() };
    let root = match DeTable::parse(text) {
        Ok(r) => r,
        Err(e) => {
            let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(0);
            let message = e.message().trim().replace('\n', " ");
            return refused(vec![Diagnostic::error(FILE, line, format!("the file cannot be read: {message}"), FIX)]);
        }
    };
    let mut w = Walk::new(text, FILE, "the file cannot be read: ", FIX, "docs/content-intake.md");
    let raw = read_form(&mut w, &(root.get_ref(), root.span()));
    let raw = match raw {
        Some(raw) if w.diags.is_empty() => raw,
        _ => return refused(w.into_diags()),
    };
    let mut l = Loader::new(text);
    let version_line = l.line(raw.content_version.span());
    if raw.content_version.get_ref().trim().is_empty() {
        l.err(version_line, "`content_version` is empty".into(), "write a version, e.g. the date of the change: \"2026-11-21\"");
    }
    if raw.section.is_empty() {
        l.err(0, "the form has no sections".into(), "add at least one [[section]] with questions");
    }
    for msg_id in msg::ALL {
        l.need((*msg_id).to_owned(), 0, "built-in error message".into(), "intake.ftl");
    }
    // Pass 1: ids and order.
    let mut section_ids: BTreeMap<String, usize> = BTreeMap::new();
    for s in &raw.section {
        let line = l.check_id(&s.id, "section");
        if let Some(first) = section_ids.insert(s.id.get_ref().clone(), line) {
            l.err(line, format!("section id `{}` is used twice (first on line {first})", s.id.get_ref()), "give every section its own id");
        }
        l.section_first.insert(s.id.get_ref().clone(), l.order);
        if s.question.is_empty() {
            l.err(line, format!("section `{}` has no questions", s.id.get_ref()), "add [[section.question]] tables or remove the section");
        }
        for q in &s.question {
            l.register(q, None);
        }
    }
    // Pass 2: build and check.
    let mut sections = Vec::new();
    for s in &raw.section {
        let id = s.id.get_ref().clone();
        let line = l.line(s.id.span());
        let title_id = format!("intake-section-{id}");
        l.need(title_id.clone(), line, format!("heading of section `{id}`"), "intake-content.ftl");
        let intro_id = s.intro.then(|| format!("intake-section-{id}-intro"));
        if let Some(i) = &intro_id {
            l.need(i.clone(), line, format!("intro of section `{id}`"), "intake-content.ftl");
        }
        let owner = format!("section:{id}");
        let relevant = l.condition(s.relevant.as_ref(), &owner, None);
        let mut questions = Vec::new();
        for q in &s.question {
            if let Some(q) = l.question(q, None) {
                questions.push(q);
            }
        }
        sections.push(Section { id, title_id, intro_id, relevant, questions });
    }
    l.report_forward();
    // Generated message ids must not collide.
    let mut seen: BTreeMap<&str, &NeededMessage> = BTreeMap::new();
    let mut clashes = Vec::new();
    for n in &l.needed {
        if let Some(prev) = seen.get(n.id.as_str()) {
            if prev.what != n.what && !n.what.starts_with("error message") && !prev.what.starts_with("error message") {
                clashes.push((n.line, format!("message id `{}` would be used for both the {} and the {}", n.id, prev.what, n.what)));
            }
        } else {
            seen.insert(&n.id, n);
        }
    }
    for (line, m) in clashes {
        l.err(line, m, "rename one of the ids so their message ids differ");
    }
    let has_errors = l.diags.iter().any(Diagnostic::is_error);
    Loaded {
        form: (!has_errors).then(|| Form { content_version: raw.content_version.into_inner(), sections }),
        diags: l.diags,
        needed: l.needed,
    }
}

impl Form {
    /// Reads and checks a definition. Any error-level finding refuses the
    /// form (warnings are ignored here; [`check_definition`] lists them).
    pub fn from_toml(text: &str) -> Result<Form, LoadError> {
        let loaded = load(text);
        match loaded.form {
            Some(f) => Ok(f),
            None => Err(LoadError::Invalid(loaded.diags.into_iter().filter(Diagnostic::is_error).collect())),
        }
    }

    /// Finds a top-level question or a question inside a repeat group.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.all_questions().find(|q| q.id == id)
    }

    /// Every question in document order, repeat inner questions right after
    /// their group.
    pub fn all_questions(&self) -> impl Iterator<Item = &Question> {
        self.sections.iter().flat_map(|s| s.questions.iter()).flat_map(|q| {
            let inner: &[Question] = match &q.kind {
                QuestionKind::Repeat { questions, .. } => questions,
                _ => &[],
            };
            std::iter::once(q).chain(inner.iter())
        })
    }
}

/// Full check for the check command and the `#/org` check area: everything
/// [`Form::from_toml`] checks plus Fluent message ids missing in any shipped
/// locale (and hints written but not switched on).
pub fn check_definition(text: &str, messages: &dyn KnownMessages) -> Vec<Diagnostic> {
    let loaded = load(text);
    let mut diags = loaded.diags;
    let locales = messages.locales();
    let mut done = BTreeSet::new();
    for n in &loaded.needed {
        if !done.insert(n.id.clone()) {
            continue;
        }
        let missing: Vec<&str> = locales.iter().map(String::as_str).filter(|loc| !messages.has(loc, &n.id)).collect();
        if missing.is_empty() {
            continue;
        }
        let files: Vec<String> = missing.iter().map(|loc| format!("locales/{loc}/{}", n.ftl)).collect();
        diags.push(Diagnostic::error(
            FILE,
            n.line,
            format!("message `{}` ({}) is missing in {}", n.id, n.what, missing.join(", ")),
            format!("add `{} = …` to {}", n.id, files.join(", ")),
        ));
    }
    if let (Some(form), Some(reference)) = (&loaded.form, locales.first()) {
        for q in form.all_questions() {
            let hint = format!("{}-hint", q.label_id);
            if q.hint_id.is_none() && messages.has(reference, &hint) {
                diags.push(Diagnostic::warning(
                    FILE,
                    0,
                    format!("question `{}` has a hint `{hint}` in the locale files, but the definition does not show it", q.id),
                    format!("add `hint = true` to question `{}`, or delete the message", q.id),
                ));
            }
        }
    }
    diags
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A test view of locale files: every message exists everywhere except
    /// the listed (locale, id) pairs.
    pub struct Known {
        pub missing: Vec<(String, String)>,
        pub hints: Vec<String>,
    }

    impl KnownMessages for Known {
        fn locales(&self) -> Vec<String> {
            ["en", "pl", "ru", "be", "uk"].iter().map(|s| s.to_string()).collect()
        }
        fn has(&self, locale: &str, id: &str) -> bool {
            !self.missing.iter().any(|(l, i)| l == locale && i == id)
                && (!id.ends_with("-hint") || self.hints.iter().any(|e| e == id))
        }
    }

    pub fn all_known() -> Known {
        Known { missing: vec![], hints: vec![] }
    }

    fn errors(text: &str) -> Vec<String> {
        match Form::from_toml(text) {
            Ok(_) => vec![],
            Err(LoadError::Invalid(d)) => d.into_iter().map(|d| format!("{}: {}", d.line, d.message)).collect(),
        }
    }

    fn one_error(text: &str, needle: &str) -> usize {
        let e = errors(text);
        assert!(e.iter().any(|m| m.contains(needle)), "expected `{needle}` in {e:#?}");
        e.iter().find(|m| m.contains(needle)).and_then(|m| m.split(':').next()).and_then(|n| n.parse().ok()).unwrap_or(0)
    }

    pub const SMALL: &str = r#"
content_version = "t1"

[[section]]
id = "a"

[[section.question]]
id = "status"
type = "single"
choices = ["visa", "asylum"]
required = true

[[section.question]]
id = "kids"
type = "yes-no"

[[section.question]]
id = "needs"
type = "multiple"
choices = ["legal", "housing"]
max = 2

[[section]]
id = "b"
relevant = 'needs contains "housing"'

[[section.question]]
id = "address"
type = "text"
max_length = 10
relevant = 'status == "visa"'

[[section.question]]
id = "household"
type = "repeat"
min = 1
max = 3
relevant = "kids"

[[section.question.question]]
id = "year"
type = "year"
no_future = true
required = true

[[section.question.question]]
id = "school"
type = "yes-no"
relevant = "year >= 2008"
"#;

    #[test]
    fn loads_a_small_form() {
        let f = Form::from_toml(SMALL).unwrap();
        assert_eq!(f.content_version, "t1");
        assert_eq!(f.sections.len(), 2);
        assert_eq!(f.sections[1].title_id, "intake-section-b");
        let q = f.question("school").unwrap();
        assert_eq!(q.label_id, "intake-q-school");
        assert!(q.relevant.is_some());
        let n = f.question("needs").unwrap();
        assert_eq!(n.kind.choices()[1].label_id, "intake-opt-needs-housing");
        assert_eq!(f.all_questions().map(|q| q.id.as_str()).collect::<Vec<_>>(), ["status", "kids", "needs", "address", "household", "year", "school"]);
        assert!(check_definition(SMALL, &all_known()).is_empty(), "{:#?}", check_definition(SMALL, &all_known()));
    }

    #[test]
    fn toml_syntax_and_unknown_fields_have_lines() {
        assert_eq!(one_error("content_version = \"1\"\n[[section]\n", "cannot be read"), 2);
        let t = SMALL.replace("required = true\n\n[[section.question]]\nid = \"kids\"", "required = true\ncolour = 1\n\n[[section.question]]\nid = \"kids\"");
        let line = one_error(&t, "colour");
        assert_eq!(t.lines().nth(line - 1).unwrap(), "colour = 1");
        one_error("[[section]]\nid = \"a\"\n", "content_version");
    }

    /// 1-based line of the first line of `text` equal to `wanted`.
    fn line_is(text: &str, wanted: &str) -> usize {
        text.lines().position(|l| l == wanted).map(|i| i + 1).unwrap_or_else(|| panic!("no line {wanted:?}"))
    }

    /// Every error of a refused file, as (line, message, fix).
    fn refusals(text: &str) -> Vec<(usize, String, String)> {
        let Err(LoadError::Invalid(d)) = Form::from_toml(text) else { panic!("accepted") };
        assert!(d.iter().all(|d| d.file == FILE && d.message.starts_with("the file cannot be read: ")), "{d:#?}");
        d.into_iter().map(|d| (d.line, d.message, d.fix)).collect()
    }

    #[test]
    fn unknown_fields_are_named_with_the_allowed_ones() {
        let t = SMALL.replace("content_version = \"t1\"", "content_version = \"t1\"\nversion = 2");
        let got = refusals(&t);
        assert_eq!(got, vec![(line_is(&t, "version = 2"), "the file cannot be read: unknown field `version`, expected `content_version` or `section`".into(), FIX.into())]);
        let t = SMALL.replace("id = \"b\"", "id = \"b\"\ntitle = \"B\"");
        let got = refusals(&t);
        assert_eq!((got.len(), got[0].0), (1, line_is(&t, "title = \"B\"")));
        assert!(got[0].1.ends_with("unknown field `title`, expected one of `id`, `intro`, `relevant`, `question`"), "{got:#?}");
        // Inside a repeat group, with a suggestion.
        let t = SMALL.replace("id = \"school\"", "id = \"school\"\nhints = true");
        let got = refusals(&t);
        assert_eq!((got.len(), got[0].0), (1, line_is(&t, "hints = true")));
        assert!(got[0].1.contains("unknown field `hints`, expected one of `id`, `type`, `required`, `hint`,"), "{got:#?}");
        assert_eq!(got[0].2, "did you mean `hint`? The allowed fields are listed in docs/content-intake.md");
    }

    #[test]
    fn wrong_types_are_reported_at_the_value_in_plain_words() {
        let cases = [
            ("required = true", "required = \"yes\"", "`required` should be true or false (no quotes), but it is text"),
            ("max = 2", "max = 2.5", "`max` should be a whole number (no quotes), but it has a fraction"),
            ("choices = [\"visa\", \"asylum\"]", "choices = [\"visa\", 2]", "`choices` should be a list of texts in double quotes, like [\"a\", \"b\"], but it contains a number"),
            ("no_future = true", "no_future = 1", "`no_future` should be true or false (no quotes), but it is a number"),
            ("max_length = 10", "max_length = \"10\"", "`max_length` should be a whole number (no quotes), but it is text"),
            ("type = \"yes-no\"", "type = 3", "`type` should be text in double quotes, but it is a number"),
            ("relevant = \"kids\"", "relevant = true", "`relevant` should be text in double quotes, but it is true/false"),
            ("id = \"a\"", "id = [\"a\"]", "`id` should be text in double quotes, but it is a list"),
        ];
        for (from, to, message) in cases {
            let t = SMALL.replacen(from, to, 1);
            assert_ne!(t, SMALL);
            let got = refusals(&t);
            assert_eq!(got.len(), 1, "{got:#?}");
            assert_eq!((got[0].0, got[0].1.as_str()), (line_is(&t, to), format!("the file cannot be read: {message}").as_str()));
        }
    }

    #[test]
    fn missing_keys_are_reported_at_their_table() {
        let got = refusals(&SMALL.replace("content_version = \"t1\"", "# no version"));
        assert_eq!(got, vec![(1, "the file cannot be read: `content_version` is missing".into(), "add `content_version = …` at the top of the file; the fields are described in docs/content-intake.md".into())]);
        // The question without an id starts two lines above its type.
        let t = SMALL.replace("id = \"kids\"\n", "");
        let got = refusals(&t);
        assert_eq!(got, vec![(line_is(&t, "type = \"yes-no\"") - 1, "the file cannot be read: `id` is missing".into(), "add `id = …` to this table; the fields are described in docs/content-intake.md".into())]);
        let t = SMALL.replace("id = \"year\"\ntype = \"year\"", "id = \"year\"");
        let got = refusals(&t);
        assert_eq!((got.len(), got[0].0, got[0].1.as_str()), (1, line_is(&t, "id = \"year\"") - 1, "the file cannot be read: `type` is missing"));
    }

    #[test]
    fn all_schema_mistakes_are_listed_in_file_order() {
        let t = SMALL.replacen("required = true", "required = 1", 1).replace("id = \"school\"", "id = \"school\"\nzz = 0").replace("id = \"a\"", "id = \"a\"\nintro = \"x\"");
        let got = refusals(&t);
        let lines: Vec<usize> = got.iter().map(|g| g.0).collect();
        assert_eq!(lines, [line_is(&t, "intro = \"x\""), line_is(&t, "required = 1"), line_is(&t, "zz = 0")], "{got:#?}");
    }

    #[test]
    fn ids_types_and_duplicates() {
        one_error(&SMALL.replace("id = \"kids\"", "id = \"status\""), "used twice");
        one_error(&SMALL.replace("id = \"kids\"", "id = \"Kids\""), "is not allowed");
        one_error(&SMALL.replace("id = \"kids\"", "id = \"and\""), "is not allowed");
        one_error(&SMALL.replace("type = \"yes-no\"\n\n[[section.question]]\nid = \"needs\"", "type = \"bool\"\n\n[[section.question]]\nid = \"needs\""), "unknown type `bool`");
        one_error(&SMALL.replace("[\"visa\", \"asylum\"]", "[\"visa\", \"visa\"]"), "appears twice");
        one_error(&SMALL.replace("[\"visa\", \"asylum\"]", "[\"visa\"]"), "at least two choices");
        one_error(&SMALL.replace("id = \"b\"", "id = \"a\""), "section id `a` is used twice");
    }

    #[test]
    fn bounds_are_checked() {
        one_error(&SMALL.replace("min = 1\nmax = 3", "min = 4\nmax = 3"), "min (4) is larger than max (3)");
        one_error(&SMALL.replace("min = 1\nmax = 3", "max = 0"), "allows no items");
        one_error(&SMALL.replace("min = 1\nmax = 3", "max = 500"), "out of bounds");
        one_error(&SMALL.replace("max = 2\n", "max = 3\n"), "out of bounds");
        one_error(&SMALL.replace("max_length = 10", "max_length = 0"), "allow no answer");
        one_error(&SMALL.replace("max_length = 10", "max_length = 10\nmin = 3"), "cannot have `min`");
        one_error(&SMALL.replace("no_future = true", "no_future = true\nno_past = true"), "both no_future and no_past");
        one_error(&SMALL.replace("max_length = 10", "max_length = 10\ncheck = \"url\""), "unknown check");
    }

    #[test]
    fn conditions_are_checked_at_load() {
        let line = one_error(&SMALL.replace("relevant = \"kids\"", "relevant = \"kids ==\""), "cannot be read");
        assert!(SMALL.lines().nth(line - 1).unwrap().starts_with("relevant = \"kids\""));
        one_error(&SMALL.replace("relevant = \"kids\"", "relevant = \"kidz\""), "unknown question `kidz`");
        one_error(&SMALL.replace("relevant = 'status == \"visa\"'", "relevant = 'status == \"viza\"'"), "has no choice `viza`");
        one_error(&SMALL.replace("relevant = 'status == \"visa\"'", "relevant = 'status contains \"visa\"'"), "single choice");
        one_error(&SMALL.replace("relevant = 'status == \"visa\"'", "relevant = 'count(household) > 0'"), "comes later");
        one_error(&SMALL.replace("relevant = 'status == \"visa\"'", "relevant = 'address == \"x\"'"), "cannot be used in conditions");
        one_error(&SMALL.replace("relevant = 'status == \"visa\"'", "relevant = 'status'"), "only works for yes-no");
        one_error(&SMALL.replace("relevant = 'status == \"visa\"'", "relevant = 'year > 3'"), "inside the repeat group");
        one_error(&SMALL.replace("relevant = 'status == \"visa\"'", "relevant = '3 < count(needs)'"), "left side");
        one_error(&SMALL.replace("relevant = \"kids\"", "relevant = \"count(kids) > 1\""), "count(kids) needs");
        one_error(&SMALL.replace("relevant = 'needs contains \"housing\"'", "relevant = 'kids and address == \"x\"'"), "comes later");
        // count over a group from outside is fine.
        let ok = SMALL.to_string() + "\n[[section.question]]\nid = \"after\"\ntype = \"text\"\nrelevant = \"count(household) > 1 and status != \\\"asylum\\\"\"\n";
        assert!(errors(&ok).is_empty(), "{:#?}", errors(&ok));
    }

    #[test]
    fn cycles_are_named() {
        let t = SMALL.replace("type = \"yes-no\"\n\n[[section.question]]\nid = \"needs\"", "type = \"yes-no\"\nrelevant = 'needs contains \"legal\"'\n\n[[section.question]]\nid = \"needs\"")
            .replace("max = 2\n", "max = 2\nrelevant = \"kids\"\n");
        one_error(&t, "cycle: kids → needs → kids");
        one_error(&SMALL.replace("relevant = \"kids\"", "relevant = \"count(household) > 0\""), "cycle: household → household");
    }

    #[test]
    fn hints_written_but_not_switched_on_are_a_warning() {
        let known = Known { missing: vec![], hints: vec!["intake-q-kids-hint".into()] };
        let d = check_definition(SMALL, &known);
        assert_eq!(d.len(), 1, "{d:#?}");
        assert!(!d[0].is_error() && d[0].message.contains("`kids`"));
        // Switched on: a needed message, no warning.
        let on = SMALL.replace("id = \"kids\"\ntype = \"yes-no\"", "id = \"kids\"\ntype = \"yes-no\"\nhint = true");
        assert!(check_definition(&on, &known).is_empty());
        assert_eq!(Form::from_toml(&on).unwrap().question("kids").unwrap().hint_id.as_deref(), Some("intake-q-kids-hint"));
    }

    #[test]
    fn missing_messages_are_reported_per_locale() {
        let known = Known {
            missing: vec![("be".into(), "intake-opt-status-visa".into()), ("uk".into(), "intake-opt-status-visa".into()), ("pl".into(), "intake-q-kids".into()), ("ru".into(), msg::PHONE.into())],
            hints: vec![],
        };
        let d = check_definition(SMALL, &known);
        let text: Vec<String> = d.iter().map(|d| d.to_string()).collect();
        assert!(text.iter().any(|t| t.contains("`intake-opt-status-visa` (label of choice `visa` of question `status`) is missing in be, uk")), "{text:#?}");
        assert!(text.iter().any(|t| t.contains("`intake-q-kids`") && t.contains("locales/pl/intake-content.ftl")), "{text:#?}");
        assert!(text.iter().any(|t| t.contains(msg::PHONE) && t.contains("locales/ru/intake.ftl")), "{text:#?}");
        assert_eq!(d.len(), 3);
        let with_msg = SMALL.replace("max_length = 10", "max_length = 10\nmessage = \"intake-error-address\"");
        let known = Known { missing: vec![("en".into(), "intake-error-address".into())], hints: vec![] };
        assert_eq!(check_definition(&with_msg, &known).len(), 1);
    }
}
