//! The newcomer's whole draft: everything the vault encrypts.
//!
//! Owns the shape of the app state that is saved — checklist progress and
//! situation, intake answers, personal settings — and its JSON form for the
//! vault. It never stores or encrypts anything itself (that is the vault's
//! job) and never looks at a clock.

use serde::{Deserialize, Serialize};

use crate::checklist::{normalize_city, ChecklistRecord, LegalStatus};
use crate::intake::{AnswerValue, Answers, Form, QuestionKind};

/// Everything the newcomer entered. Unknown fields written by a newer app
/// are ignored by serde's default; missing ones take their defaults, so a
/// draft saved by an older version still opens.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    pub checklist: ChecklistRecord,
    pub intake: Answers,
    pub settings: Settings,
}

/// Personal safety settings, saved inside the vault.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Lock after this many minutes without a touch or key press; 0 = never.
    pub auto_lock_minutes: u32,
    /// Lock as soon as the page is hidden (another app, screen off).
    pub lock_when_hidden: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { auto_lock_minutes: 5, lock_when_hidden: true }
    }
}

/// Why a decrypted draft could not be read back.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DraftError {
    #[error("the saved draft is not in a shape this version understands")]
    Unreadable,
}

impl Draft {
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
    }

    pub fn from_json(value: &serde_json::Value) -> Result<Draft, DraftError> {
        serde_json::from_value(value.clone()).map_err(|_| DraftError::Unreadable)
    }

    /// Copies what "my situation" already says into unanswered intake
    /// questions, so nobody types the same thing twice: arrival date,
    /// legal status, document expiry and city. Only into a question the
    /// form really has, of the right type, with the matching choice; never
    /// over an answer. Returns whether anything changed.
    pub fn prefill_intake(&mut self, form: &Form) -> bool {
        let s = &self.checklist.situation;
        let status = s.status.and_then(|st| match st {
            LegalStatus::HumanitarianVisa => Some("humanitarian-visa"),
            LegalStatus::ProtectionApplicant => Some("asylum-applicant"),
            LegalStatus::TemporaryResidence => Some("temporary-residence"),
            LegalStatus::Unknown => Some("not-sure"),
            // "visa-free or other" is two choices in the intake: ask.
            LegalStatus::VisaFreeOrOther => None,
        });
        let city = s.city.as_deref().and_then(city_choice);
        let dates = [("arrival-date", s.arrival), ("document-expiry", s.document_expiry)];
        let choices = [("legal-status", status), ("city", city)];
        let mut changed = false;
        let mut fill = |answers: &mut Answers, id: &str, value: String| {
            if answers.get(id).is_none() {
                answers.set(id, AnswerValue::Text(value));
                changed = true;
            }
        };
        for (id, date) in dates {
            if let (Some(date), Some(QuestionKind::Date { .. })) = (date, form.question(id).map(|q| &q.kind)) {
                fill(&mut self.intake, id, crate::date_text::iso(date));
            }
        }
        for (id, choice) in choices {
            if let (Some(choice), Some(QuestionKind::SingleChoice { choices })) = (choice, form.question(id).map(|q| &q.kind)) {
                if choices.iter().any(|c| c.id == choice) {
                    fill(&mut self.intake, id, choice.to_string());
                }
            }
        }
        changed
    }

    /// Whether the newcomer has entered anything worth saving yet.
    pub fn is_empty(&self) -> bool {
        *self == Draft::default() || (self.checklist == ChecklistRecord::default() && self.intake.values.is_empty())
    }
}

/// The intake's city choice for a city typed in "my situation" (Polish or
/// English spelling, any case, with or without diacritics).
fn city_choice(city: &str) -> Option<&'static str> {
    const CITIES: [(&str, &[&str]); 8] = [
        ("warsaw", &["warszawa", "warsaw"]),
        ("krakow", &["kraków", "krakow", "cracow"]),
        ("wroclaw", &["wrocław", "wroclaw"]),
        ("gdansk", &["gdańsk", "gdansk"]),
        ("lodz", &["łódź", "lodz"]),
        ("poznan", &["poznań", "poznan"]),
        ("lublin", &["lublin"]),
        ("bialystok", &["białystok", "bialystok"]),
    ];
    let typed = normalize_city(city);
    CITIES.iter().find(|(_, names)| names.contains(&typed.as_str())).map(|(id, _)| *id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::StepState;

    #[test]
    fn round_trips_through_json() {
        let mut draft = Draft::default();
        draft.checklist.set_state("pesel", StepState::Done);
        draft.intake.set("city", crate::intake::AnswerValue::Text("Warszawa".into()));
        draft.settings.auto_lock_minutes = 2;
        assert_eq!(Draft::from_json(&draft.to_json()), Ok(draft));
    }

    #[test]
    fn missing_fields_take_defaults_and_unknown_fields_are_ignored() {
        let value = serde_json::json!({ "settings": { "lock_when_hidden": false }, "from_the_future": 1 });
        let draft = Draft::from_json(&value).unwrap();
        assert!(!draft.settings.lock_when_hidden);
        assert_eq!(draft.settings.auto_lock_minutes, 5);
        assert!(draft.is_empty());
    }

    #[test]
    fn intake_takes_over_the_situation_without_overwriting() {
        use crate::checklist::Situation;
        use chrono::NaiveDate;
        let form = crate::intake::shipped::shipped_form();
        let mut draft = Draft::default();
        draft.checklist.situation = Situation {
            arrival: NaiveDate::from_ymd_opt(2026, 11, 18),
            status: Some(LegalStatus::HumanitarianVisa),
            document_expiry: NaiveDate::from_ymd_opt(2027, 3, 31),
            city: Some("  Łódź ".into()),
            ..Default::default()
        };
        draft.intake.set("city", AnswerValue::Text("gdansk".into()));
        assert!(draft.prefill_intake(&form));
        let text = |id: &str| match draft.intake.get(id) {
            Some(AnswerValue::Text(t)) => t.clone(),
            other => format!("{other:?}"),
        };
        assert_eq!(text("arrival-date"), "2026-11-18");
        assert_eq!(text("legal-status"), "humanitarian-visa");
        assert_eq!(text("document-expiry"), "2027-03-31");
        assert_eq!(text("city"), "gdansk", "an answer is never overwritten");
        assert!(!draft.prefill_intake(&form), "nothing left to fill");
        // "Visa-free or other" is ambiguous in the intake: not filled.
        let mut other = Draft::default();
        other.checklist.situation.status = Some(LegalStatus::VisaFreeOrOther);
        other.checklist.situation.city = Some("Szczecin".into());
        assert!(!other.prefill_intake(&form));
        assert_eq!(city_choice("KRAKÓW"), Some("krakow"));
    }

    #[test]
    fn a_value_of_the_wrong_shape_is_an_error_not_a_panic() {
        assert_eq!(Draft::from_json(&serde_json::json!([1, 2])), Err(DraftError::Unreadable));
        assert_eq!(Draft::from_json(&serde_json::json!({ "settings": "x" })), Err(DraftError::Unreadable));
    }
}
