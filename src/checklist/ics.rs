//! Calendar export: the newcomer's due dates as an iCalendar (`.ics`, RFC 5545) file.
//!
//! Owns building the events from a plan and writing the text (CRLF line ends,
//! folding at 75 octets, TEXT escaping, all-day `DTSTART;VALUE=DATE`, a UID
//! stable per step). It never reads a clock (DTSTAMP is passed in), never
//! formats localized text itself (titles arrive already formatted), and never
//! saves the file. The result is NOT encrypted: the UI must say so.

use chrono::{NaiveDate, NaiveDateTime};

use super::model::Step;
use super::schedule::StepStatus;

/// Which of a step's dates an event stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateKind {
    /// The recommended "do it by" date.
    Due,
    /// The hard legal limit.
    Deadline,
}

impl DateKind {
    fn as_str(self) -> &'static str {
        match self {
            DateKind::Due => "due",
            DateKind::Deadline => "deadline",
        }
    }
}

/// One all-day calendar entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IcsEvent {
    /// Stable per step and kind: `<step-id>.<due|deadline>@waymark.checklist`.
    pub uid: String,
    pub date: NaiveDate,
    /// Already formatted in the newcomer's language.
    pub summary: String,
    pub description: Option<String>,
}

/// UID of a step's event; the same step and kind always give the same UID,
/// so a re-imported file updates entries instead of duplicating them.
pub fn event_uid(step_id: &str, kind: DateKind) -> String {
    format!("{step_id}.{}@waymark.checklist", kind.as_str())
}

/// Events for the open, applicable steps of a plan that have dates: one for
/// the due date and one for the deadline when it differs. `text` gives the
/// summary and optional description in the newcomer's locale.
pub fn calendar_events(plan: &[StepStatus<'_>], mut text: impl FnMut(&Step, DateKind) -> (String, Option<String>)) -> Vec<IcsEvent> {
    let mut out = Vec::new();
    for s in plan.iter().filter(|s| s.is_applicable() && !s.state.is_finished()) {
        let mut push = |date: NaiveDate, kind: DateKind| {
            let (summary, description) = text(s.step, kind);
            out.push(IcsEvent { uid: event_uid(&s.step.id, kind), date, summary, description });
        };
        if let Some(d) = s.due {
            push(d, DateKind::Due);
        }
        if let Some(d) = s.deadline {
            if Some(d) != s.due {
                push(d, DateKind::Deadline);
            }
        }
    }
    out
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded to at most 75 octets per physical line (RFC 5545
/// §3.1), never splitting a UTF-8 character, each ended by CRLF.
fn push_folded(out: &mut String, line: &str) {
    let mut width = 0usize;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

fn ymd(d: NaiveDate) -> String {
    crate::date_text::compact(d)
}

/// The calendar file. `dtstamp` is the creation time in UTC (the caller
/// reads the clock).
pub fn to_ics(events: &[IcsEvent], dtstamp: NaiveDateTime) -> String {
    let mut out = String::new();
    let stamp = crate::date_text::compact_utc(dtstamp);
    for l in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Waymark//Checklist//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"] {
        push_folded(&mut out, l);
    }
    for e in events {
        push_folded(&mut out, "BEGIN:VEVENT");
        push_folded(&mut out, &format!("UID:{}", escape_text(&e.uid)));
        push_folded(&mut out, &format!("DTSTAMP:{stamp}"));
        push_folded(&mut out, &format!("DTSTART;VALUE=DATE:{}", ymd(e.date)));
        if let Some(next) = e.date.succ_opt() {
            push_folded(&mut out, &format!("DTEND;VALUE=DATE:{}", ymd(next)));
        }
        push_folded(&mut out, &format!("SUMMARY:{}", escape_text(&e.summary)));
        if let Some(d) = &e.description {
            push_folded(&mut out, &format!("DESCRIPTION:{}", escape_text(d)));
        }
        push_folded(&mut out, "TRANSP:TRANSPARENT");
        push_folded(&mut out, "END:VEVENT");
    }
    push_folded(&mut out, "END:VCALENDAR");
    out
}
