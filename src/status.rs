//! The newcomer's legal status: ONE list, used by the checklist's "my
//! situation" (which steps and deadlines apply) and by the intake's
//! `legal-status` question (what the organisation reads in an export).
//!
//! Owns the language-neutral ids, the legacy ids older versions wrote (so
//! old vault drafts, old content files and old exports still read), and the
//! Fluent message ids of the labels. Pure: no text, no clock, no browser.
//!
//! The ids are the intake's choice ids of the first content version, so
//! exports written before this list existed carry the same values.

use serde::{Deserialize, Serialize};

/// A legal status a newcomer can be in. Serialized with [`LegalStatus::as_str`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LegalStatus {
    /// National D visa for humanitarian reasons (purpose 21).
    HumanitarianVisa,
    /// Any other visa (work, study, Schengen C …).
    OtherVisa,
    /// Visa-free stay (e.g. on a passport that allows it).
    VisaFree,
    /// Applied for a residence permit; waiting for the decision (stamp or
    /// MOS certificate).
    ResidenceApplicationPending,
    /// Temporary residence permit (karta pobytu), incl. art. 186(1)(9).
    TemporaryResidence,
    /// Applied for international protection; no final decision yet.
    #[serde(alias = "protection-applicant")]
    AsylumApplicant,
    /// Refugee status or subsidiary protection granted.
    InternationalProtection,
    /// Temporary protection (people from Ukraine).
    TemporaryProtection,
    /// No valid document for the stay.
    NoDocument,
    /// The person does not know.
    #[serde(alias = "unknown", alias = "visa-free-or-other")]
    NotSure,
}

impl LegalStatus {
    /// Every status, in the order offered to people.
    pub const ALL: [LegalStatus; 10] = [
        LegalStatus::HumanitarianVisa,
        LegalStatus::OtherVisa,
        LegalStatus::VisaFree,
        LegalStatus::ResidenceApplicationPending,
        LegalStatus::TemporaryResidence,
        LegalStatus::AsylumApplicant,
        LegalStatus::InternationalProtection,
        LegalStatus::TemporaryProtection,
        LegalStatus::NoDocument,
        LegalStatus::NotSure,
    ];

    /// Stable, language-neutral id (vault, exports, content files, message ids).
    pub fn as_str(self) -> &'static str {
        match self {
            LegalStatus::HumanitarianVisa => "humanitarian-visa",
            LegalStatus::OtherVisa => "other-visa",
            LegalStatus::VisaFree => "visa-free",
            LegalStatus::ResidenceApplicationPending => "residence-application-pending",
            LegalStatus::TemporaryResidence => "temporary-residence",
            LegalStatus::AsylumApplicant => "asylum-applicant",
            LegalStatus::InternationalProtection => "international-protection",
            LegalStatus::TemporaryProtection => "temporary-protection",
            LegalStatus::NoDocument => "no-document",
            LegalStatus::NotSure => "not-sure",
        }
    }

    /// A current id only.
    pub fn from_name(name: &str) -> Option<LegalStatus> {
        LegalStatus::ALL.into_iter().find(|s| s.as_str() == name)
    }

    /// A current id, or an id an older version wrote (see [`LEGACY`]): what
    /// stored data and exports may contain.
    pub fn read(name: &str) -> Option<LegalStatus> {
        LegalStatus::from_name(name).or_else(|| LEGACY.iter().find(|(old, _)| *old == name).map(|(_, new)| *new))
    }

    /// Label in the checklist's "my situation" (`checklist.ftl`).
    pub fn checklist_message(self) -> String {
        format!("checklist-status-{}", self.as_str())
    }

    /// Label of the intake choice (`intake-content.ftl`).
    pub fn intake_message(self) -> String {
        format!("intake-opt-{STATUS_QUESTION}-{}", self.as_str())
    }
}

/// The intake question whose choices are exactly [`LegalStatus::ALL`].
pub const STATUS_QUESTION: &str = "legal-status";

/// Ids written by versions before content `pl-2026-12-04`, and what they read as.
/// `visa-free-or-other` was one choice for two situations; it reads as "not
/// sure" so steps for both show as "may apply" until the person chooses again.
pub const LEGACY: [(&str, LegalStatus); 3] = [
    ("protection-applicant", LegalStatus::AsylumApplicant),
    ("unknown", LegalStatus::NotSure),
    ("visa-free-or-other", LegalStatus::NotSure),
];

/// In a content file's `when = { status = [..] }`: a legacy name means these
/// statuses (`visa-free-or-other` covered both visa-free stays and other visas).
pub fn legacy_condition(name: &str) -> Option<&'static [LegalStatus]> {
    match name {
        "protection-applicant" => Some(&[LegalStatus::AsylumApplicant]),
        "visa-free-or-other" => Some(&[LegalStatus::OtherVisa, LegalStatus::VisaFree]),
        _ => None,
    }
}

/// A choice id of `question` as the current form knows it: a legacy status
/// id of the legal-status question becomes the current one (old exports in
/// the desk); anything else is returned unchanged.
pub fn current_choice<'a>(question: &str, choice: &'a str) -> &'a str {
    if question != STATUS_QUESTION || LegalStatus::from_name(choice).is_some() {
        return choice;
    }
    LegalStatus::read(choice).map(LegalStatus::as_str).unwrap_or(choice)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_unique() {
        let mut seen = std::collections::BTreeSet::new();
        for s in LegalStatus::ALL {
            assert!(seen.insert(s.as_str()));
            assert_eq!(LegalStatus::from_name(s.as_str()), Some(s));
            assert_eq!(serde_json::to_value(s).unwrap(), serde_json::json!(s.as_str()));
            assert_eq!(serde_json::from_value::<LegalStatus>(serde_json::json!(s.as_str())).unwrap(), s);
        }
    }

    #[test]
    fn legacy_ids_still_read() {
        for (old, new) in LEGACY {
            assert_eq!(LegalStatus::from_name(old), None, "{old} is legacy, not current");
            assert_eq!(LegalStatus::read(old), Some(new));
            assert_eq!(serde_json::from_value::<LegalStatus>(serde_json::json!(old)).unwrap(), new);
        }
        assert_eq!(current_choice("legal-status", "protection-applicant"), "asylum-applicant");
        assert_eq!(current_choice("legal-status", "no-document"), "no-document");
        assert_eq!(current_choice("legal-status", "made-up"), "made-up");
        assert_eq!(current_choice("city", "unknown"), "unknown");
        assert_eq!(legacy_condition("visa-free-or-other"), Some(&[LegalStatus::OtherVisa, LegalStatus::VisaFree][..]));
    }
}
