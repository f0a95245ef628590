//! The relocation checklist engine.
//!
//! Owns the checklist definition (`content/checklist.toml`: schema, parsing,
//! validation into [`crate::diagnostic::Diagnostic`]s), the newcomer's
//! situation, step states and notes, scheduling (applicability, due dates,
//! next steps, progress) and the `.ics` calendar export.
//!
//! It is pure: it never reads files, the clock, storage or the network, and
//! never formats localized text (it hands out message ids, dates and numbers).
//! Callers pass file contents and "today" in.

pub mod definition;
pub mod ics;
pub mod model;
pub mod schedule;

#[cfg(test)]
mod tests;

pub use definition::{check_structure, find_cycles, https_host, is_bare_domain, parse, validate, version_date, ChecklistError, CHECKLIST_PATH, STALE_MONTHS};
pub use ics::{calendar_events, event_uid, to_ics, DateKind, IcsEvent};
pub use model::{
    add_offset, normalize_city, section_message_id, step_message_id, Anchor, Applicability, ChecklistDef, ChecklistRecord, Condition,
    DateRule, LegalStatus, Part, Section, Situation, Source, SourceKind, Step, Words, StepState,
};
pub use schedule::{date_line, days_between, next_steps, plan, progress, Progress, StepStatus, Urgency, DUE_SOON_DAYS};
