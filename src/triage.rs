//! Urgency of an opened export, for the desk's "urgent" filter and sort.
//!
//! Owns the rules a caseworker acts on first, read from the language-neutral
//! answers of the default intake content: danger now, a legal stay that ends
//! within [`LEGAL_STAY_DAYS`] days of the export (or no valid document), an
//! urgent health need, and psychological help needed now. Pure: the export's
//! own date is "today", so the same file always sorts the same way. With other
//! content the answers are simply absent and nothing is urgent.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde_json::Value;

use crate::status::LegalStatus;

/// A legal stay ending within this many days of the export counts as urgent.
pub const LEGAL_STAY_DAYS: i64 = 30;

/// Why an export is urgent, most urgent first (the order of the desk's sort).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum UrgentReason {
    /// `in-danger` is yes.
    InDanger,
    /// No valid document, or the document ends within [`LEGAL_STAY_DAYS`].
    LegalStay,
    /// `health-urgent` is yes.
    HealthUrgent,
    /// `psych-urgency` is "now".
    PsychNow,
}

impl UrgentReason {
    pub const ALL: [UrgentReason; 4] = [UrgentReason::InDanger, UrgentReason::LegalStay, UrgentReason::HealthUrgent, UrgentReason::PsychNow];

    /// Message id of the desk badge (`export.ftl`).
    pub fn message_id(self) -> &'static str {
        match self {
            UrgentReason::InDanger => "desk-urgent-in-danger",
            UrgentReason::LegalStay => "desk-urgent-legal-stay",
            UrgentReason::HealthUrgent => "desk-urgent-health-urgent",
            UrgentReason::PsychNow => "desk-urgent-psych-now",
        }
    }
}

fn yes(answers: &BTreeMap<String, Value>, id: &str) -> bool {
    answers.get(id) == Some(&Value::Bool(true))
}

fn text<'a>(answers: &'a BTreeMap<String, Value>, id: &str) -> Option<&'a str> {
    answers.get(id).and_then(Value::as_str)
}

/// Every reason that applies, most urgent first. `created` is the day the
/// export was made (`None`: only the "no document" part of the legal-stay rule).
pub fn urgent_reasons(answers: &BTreeMap<String, Value>, created: Option<NaiveDate>) -> Vec<UrgentReason> {
    let mut out = Vec::new();
    if yes(answers, "in-danger") {
        out.push(UrgentReason::InDanger);
    }
    let status = text(answers, crate::status::STATUS_QUESTION).and_then(LegalStatus::read);
    let no_document = status == Some(LegalStatus::NoDocument);
    let ends_soon = match (text(answers, "document-expiry").and_then(crate::date_text::parse_iso), created) {
        // Only while the stay still rests on that document: a pending
        // application or protection does not end on it.
        (Some(end), Some(today)) => {
            !matches!(status, Some(LegalStatus::ResidenceApplicationPending | LegalStatus::AsylumApplicant | LegalStatus::InternationalProtection))
                && end.signed_duration_since(today).num_days() <= LEGAL_STAY_DAYS
        }
        _ => false,
    };
    if no_document || ends_soon {
        out.push(UrgentReason::LegalStay);
    }
    if yes(answers, "health-urgent") {
        out.push(UrgentReason::HealthUrgent);
    }
    if text(answers, "psych-urgency") == Some("now") {
        out.push(UrgentReason::PsychNow);
    }
    out
}

/// 0 = most urgent reason … 3; [`UrgentReason::ALL`]`.len()` when not urgent.
pub fn urgency_rank(answers: &BTreeMap<String, Value>, created: Option<NaiveDate>) -> usize {
    urgent_reasons(answers, created)
        .first()
        .and_then(|r| UrgentReason::ALL.iter().position(|x| x == r))
        .unwrap_or(UrgentReason::ALL.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn answers(v: Value) -> BTreeMap<String, Value> {
        serde_json::from_value(v).unwrap()
    }

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn danger_first_then_legal_stay_health_and_psychological_help() {
        let a = answers(json!({"in-danger": true, "legal-status": "no-document", "health-urgent": true, "psych-urgency": "now"}));
        assert_eq!(urgent_reasons(&a, d(2026, 12, 4)), UrgentReason::ALL.to_vec());
        assert_eq!(urgency_rank(&a, d(2026, 12, 4)), 0);
        assert_eq!(urgency_rank(&answers(json!({"psych-urgency": "now"})), None), 3);
        assert_eq!(urgency_rank(&answers(json!({"psych-urgency": "within-weeks", "in-danger": false})), None), 4);
        assert_eq!(urgency_rank(&BTreeMap::new(), None), 4);
    }

    #[test]
    fn legal_stay_ending_within_30_days_of_the_export_is_urgent() {
        let visa = |end: &str| answers(json!({"legal-status": "humanitarian-visa", "document-expiry": end}));
        assert_eq!(urgent_reasons(&visa("2027-01-03"), d(2026, 12, 4)), vec![UrgentReason::LegalStay]);
        assert_eq!(urgent_reasons(&visa("2026-11-30"), d(2026, 12, 4)), vec![UrgentReason::LegalStay], "already ended");
        assert!(urgent_reasons(&visa("2027-01-04"), d(2026, 12, 4)).is_empty());
        assert!(urgent_reasons(&visa("not a date"), d(2026, 12, 4)).is_empty());
        // A pending application keeps the stay legal: the old date does not count.
        let pending = answers(json!({"legal-status": "residence-application-pending", "document-expiry": "2026-12-10"}));
        assert!(urgent_reasons(&pending, d(2026, 12, 4)).is_empty());
        // Old status ids of earlier exports are read too.
        let old = answers(json!({"legal-status": "protection-applicant", "document-expiry": "2026-12-10"}));
        assert!(urgent_reasons(&old, d(2026, 12, 4)).is_empty());
    }
}
