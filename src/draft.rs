//! The newcomer's whole draft: everything the vault encrypts.
//!
//! Owns the shape of the app state that is saved — checklist progress and
//! situation, intake answers, personal settings — and its JSON form for the
//! vault. It never stores or encrypts anything itself (that is the vault's
//! job) and never looks at a clock.

use serde::{Deserialize, Serialize};

use crate::checklist::ChecklistRecord;
use crate::intake::Answers;

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

    /// Whether the newcomer has entered anything worth saving yet.
    pub fn is_empty(&self) -> bool {
        *self == Draft::default() || (self.checklist == ChecklistRecord::default() && self.intake.values.is_empty())
    }
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
    fn a_value_of_the_wrong_shape_is_an_error_not_a_panic() {
        assert_eq!(Draft::from_json(&serde_json::json!([1, 2])), Err(DraftError::Unreadable));
        assert_eq!(Draft::from_json(&serde_json::json!({ "settings": "x" })), Err(DraftError::Unreadable));
    }
}
