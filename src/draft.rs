//! The newcomer's whole draft: everything the vault encrypts.
//!
//! Owns the shape of the app state that is saved — checklist progress and
//! situation, intake answers, personal settings — and its JSON form for the
//! vault. It never stores or encrypts anything itself (that is the vault's
//! job) and never looks at a clock.

use std::collections::BTreeMap;

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
    /// Intake answers copied from "my situation", with the value copied:
    /// an answer still equal to it follows the situation when that changes;
    /// one the person changed or cleared is theirs and is left alone.
    pub prefilled: BTreeMap<String, String>,
    /// Plans from organisations, one per organisation (`crate::reply`);
    /// their steps' states and notes are in `checklist` by step key.
    #[serde(skip_serializing_if = "Vec::is_empty", with = "crate::reply::in_draft")]
    pub plans: Vec<crate::reply::Plan>,
    /// The secret key plans are sealed to (its public half is the exports'
    /// `reply_to`). Made at the first export; replaced when the passphrase
    /// changes. Never leaves the vault.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply_key: Option<crate::reply::ReplyKey>,
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

    /// Copies what "my situation" says into the intake, so nobody types
    /// the same thing twice: arrival date, legal status, document expiry and
    /// city. Only into a question the form really has, of the right type,
    /// with the matching choice. Never over the person's own answer: a
    /// question is filled once; while its answer is still the copied value
    /// it follows later changes of the situation; once the person changes
    /// or clears it, it is theirs. Returns whether anything changed.
    pub fn prefill_intake(&mut self, form: &Form) -> bool {
        let s = &self.checklist.situation;
        // One status list for both (crate::status): the id is the choice.
        let status = s.status.map(LegalStatus::as_str);
        let city = s.city.as_deref().and_then(city_choice);
        let date = |id: &str, date: Option<chrono::NaiveDate>| {
            matches!(form.question(id).map(|q| &q.kind), Some(QuestionKind::Date { .. }))
                .then(|| date.map(crate::date_text::iso))
        };
        let choice = |id: &str, choice: Option<&str>| match form.question(id).map(|q| &q.kind) {
            Some(QuestionKind::SingleChoice { choices }) => {
                Some(choice.filter(|c| choices.iter().any(|k| k.id == *c)).map(str::to_string))
            }
            _ => None,
        };
        // (question, what the situation says now) for the questions the form has.
        let wanted = [
            ("arrival-date", date("arrival-date", s.arrival)),
            ("document-expiry", date("document-expiry", s.document_expiry)),
            ("legal-status", choice("legal-status", status)),
            ("city", choice("city", city)),
        ];
        let mut changed = false;
        for (id, value) in wanted {
            let Some(value) = value else { continue };
            let current = match self.intake.get(id) {
                Some(AnswerValue::Text(t)) => Some(t.as_str()),
                Some(_) => continue,
                None => None,
            };
            let copied = self.prefilled.get(id).map(String::as_str);
            let untouched = match (copied, current) {
                // Never filled: only into an empty question.
                (None, current) => current.is_none(),
                // Filled before: follow only while the person left it so.
                (Some(copied), Some(current)) => copied == current,
                (Some(_), None) => false,
            };
            if !untouched || current == value.as_deref() {
                continue;
            }
            match value {
                Some(value) => {
                    self.intake.set(id, AnswerValue::Text(value.clone()));
                    self.prefilled.insert(id.to_string(), value);
                }
                // The situation no longer says it: neither does the copy.
                None => {
                    self.intake.clear(id);
                    self.prefilled.remove(id);
                }
            }
            changed = true;
        }
        changed
    }

    /// Whether the newcomer has entered anything worth saving yet.
    pub fn is_empty(&self) -> bool {
        *self == Draft::default() || (self.checklist == ChecklistRecord::default() && self.intake.values.is_empty() && self.plans.is_empty())
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
        // One status list: every status of the situation is a choice of the intake.
        for st in LegalStatus::ALL {
            let mut other = Draft::default();
            other.checklist.situation.status = Some(st);
            other.checklist.situation.city = Some("Szczecin".into());
            assert!(other.prefill_intake(&form), "{st:?}");
            assert_eq!(other.intake.get("legal-status"), Some(&AnswerValue::Text(st.as_str().into())));
        }
        // A vault draft written with the old ids still opens and fills the intake.
        let old: Draft = serde_json::from_value(serde_json::json!({"checklist": {"situation": {"status": "protection-applicant"}}})).unwrap();
        assert_eq!(old.checklist.situation.status, Some(LegalStatus::AsylumApplicant));
        let old: Draft = serde_json::from_value(serde_json::json!({"checklist": {"situation": {"status": "visa-free-or-other"}}})).unwrap();
        assert_eq!(old.checklist.situation.status, Some(LegalStatus::NotSure));
        assert_eq!(city_choice("KRAKÓW"), Some("krakow"));
    }

    #[test]
    fn a_copied_answer_follows_the_situation_until_the_person_changes_or_clears_it() {
        use chrono::NaiveDate;
        let form = crate::intake::shipped::shipped_form();
        let text = |d: &Draft, id: &str| match d.intake.get(id) {
            Some(AnswerValue::Text(t)) => Some(t.clone()),
            _ => None,
        };
        let mut draft = Draft::default();
        draft.checklist.situation.status = Some(LegalStatus::HumanitarianVisa);
        draft.checklist.situation.city = Some("Warszawa".into());
        draft.checklist.situation.arrival = NaiveDate::from_ymd_opt(2026, 11, 18);
        assert!(draft.prefill_intake(&form));
        // The person clears the city and types their own arrival date.
        draft.intake.clear("city");
        draft.intake.set("arrival-date", AnswerValue::Text("2026-11-17".into()));
        assert!(!draft.prefill_intake(&form), "a cleared answer is not filled again");
        assert_eq!(text(&draft, "city"), None);
        // The situation changes: the untouched status follows, the rest stays theirs.
        draft.checklist.situation.status = Some(LegalStatus::TemporaryResidence);
        draft.checklist.situation.city = Some("Kraków".into());
        draft.checklist.situation.arrival = NaiveDate::from_ymd_opt(2026, 11, 20);
        assert!(draft.prefill_intake(&form));
        assert_eq!(text(&draft, "legal-status").as_deref(), Some("temporary-residence"));
        assert_eq!(text(&draft, "city"), None);
        assert_eq!(text(&draft, "arrival-date").as_deref(), Some("2026-11-17"));
        // The situation no longer says the status: neither does the untouched copy.
        draft.checklist.situation.status = None;
        assert!(draft.prefill_intake(&form));
        assert_eq!(text(&draft, "legal-status"), None);
        // And the record of what was copied survives the vault's JSON.
        assert_eq!(Draft::from_json(&draft.to_json()), Ok(draft.clone()));
    }

    #[test]
    fn a_value_of_the_wrong_shape_is_an_error_not_a_panic() {
        assert_eq!(Draft::from_json(&serde_json::json!([1, 2])), Err(DraftError::Unreadable));
        assert_eq!(Draft::from_json(&serde_json::json!({ "settings": "x" })), Err(DraftError::Unreadable));
    }
}
