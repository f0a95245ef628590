//! The intake form: a declarative definition (`content/intake.toml`), stored
//! answers, skip logic, validation, progress, review and the exportable
//! subset, in the spirit of ODK's XLSForm.
//!
//! Owns everything about *what* the intake asks and whether answers fit:
//! [`definition`] (model, loader, content check), [`expr`] (the condition
//! language), [`answers`] (language-neutral values and their JSON form) and
//! [`engine`] (evaluation). It is pure: callers pass the definition text,
//! the answers and today's date. It never renders, stores, encrypts or sends
//! anything, never reads files or clocks, and never drops an answer it does
//! not understand. The schema and the condition language are documented in
//! `docs/content-intake.md`.

pub mod answers;
pub mod definition;
pub mod engine;
pub mod expr;

pub use answers::{AnswerJsonError, AnswerValue, Answers};
pub use definition::{check_definition, Choice, Form, LoadError, Question, QuestionKind, Section, TextCheck, FILE};
pub use engine::{
    fits_type, looks_like_email, parse_iso_date, phone_digits, FieldError, FieldErrorKind, FieldPath, Progress, Relevance, ReviewAnswer,
    ReviewEntry, ReviewSection,
};

#[cfg(test)]
pub(crate) mod shipped;
