//! The checklist's data: the parsed definition (sections, steps, sources,
//! conditions, date rules), the newcomer's [`Situation`] and their per-step
//! [`StepState`]s and notes.
//!
//! Owns the plain values the UI stores and renders. It never reads files, never
//! looks at a clock and never formats text for people: message ids are derived
//! here, the UI formats them with Fluent.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A whole checklist definition, as parsed from `content/checklist.toml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistDef {
    /// Free-form version string of the content (goes into exports and the UI footer).
    pub content_version: String,
    /// Sections in file order; each holds its steps in file order.
    pub sections: Vec<Section>,
}

/// A group of steps shown under one heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Stable id, lowercase-with-hyphens.
    pub id: String,
    pub steps: Vec<Step>,
    /// 1-based line of the section's `id` in the definition file (0 if unknown).
    pub line: usize,
    /// The organisation whose plan this section is (its name, shown in the
    /// heading); `None` for the shipped content.
    pub org: Option<String>,
}

/// The optional text parts a step can have besides its title.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Part {
    What,
    Why,
    Where,
    Bring,
}

impl Part {
    pub const ALL: [Part; 4] = [Part::What, Part::Why, Part::Where, Part::Bring];

    /// The name used in the TOML `parts` list and in message ids.
    pub fn as_str(self) -> &'static str {
        match self {
            Part::What => "what",
            Part::Why => "why",
            Part::Where => "where",
            Part::Bring => "bring",
        }
    }

    pub fn from_name(name: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|p| p.as_str() == name)
    }
}

/// One thing the newcomer has to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// Stable id (used for states, notes, calendar UIDs, message ids).
    pub id: String,
    /// Text parts this step has (the title always exists).
    pub parts: Vec<Part>,
    /// Ids of steps that must be done (or not relevant) first.
    pub after: Vec<String>,
    /// When the step applies; `Condition::default()` means always.
    pub when: Condition,
    /// Recommended date ("do it by").
    pub due: Option<DateRule>,
    /// Hard legal limit, if any (may equal or follow `due`).
    pub deadline: Option<DateRule>,
    /// Official sources, at least one in shipped content.
    pub sources: Vec<Source>,
    /// 1-based line of the step in the definition file (0 if unknown).
    pub line: usize,
    /// The step's own words (a plan's, in the caseworker's language);
    /// `None` for shipped steps, whose words are messages.
    pub words: Option<Box<Words>>,
}

/// Words that come with a step instead of messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words {
    pub title: String,
    /// One text per entry of [`Step::parts`], in that order.
    pub texts: Vec<String>,
}

impl Step {
    /// Message id of the step's title: `checklist-step-<id>-title`.
    pub fn title_id(&self) -> String {
        step_message_id(&self.id, "title")
    }

    /// Message id of a text part: `checklist-step-<id>-<part>`.
    pub fn part_id(&self, part: Part) -> String {
        step_message_id(&self.id, part.as_str())
    }

    /// All message ids this step needs (title first, then its parts).
    pub fn message_ids(&self) -> Vec<String> {
        let mut ids = vec![self.title_id()];
        ids.extend(self.parts.iter().map(|p| self.part_id(*p)));
        ids
    }
}

/// `checklist-step-<step>-<part>`.
pub fn step_message_id(step_id: &str, part: &str) -> String {
    format!("checklist-step-{step_id}-{part}")
}

/// `checklist-section-<id>`: the heading of a section.
pub fn section_message_id(section_id: &str) -> String {
    format!("checklist-section-{section_id}")
}

/// Who publishes a source: shown to the reader, so "Official sources" is
/// only ever a heading over public authorities' pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SourceKind {
    /// A public authority: gov.pl, a voivode office, UdSC, NFZ, ZUS, Dz.U.
    Official,
    /// A help organisation: an NGO, UNHCR, the AIDA report.
    Organisation,
    /// Anything else: news, law firms, private guides.
    Other,
}

impl SourceKind {
    pub const ALL: [SourceKind; 3] = [SourceKind::Official, SourceKind::Organisation, SourceKind::Other];

    /// The name used in the TOML `kind` field.
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Official => "official",
            SourceKind::Organisation => "organisation",
            SourceKind::Other => "other",
        }
    }

    pub fn from_name(name: &str) -> Option<SourceKind> {
        SourceKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// A link the newcomer can open, with who publishes it and the date someone
/// checked it against the step text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// An `https://` address.
    pub url: String,
    /// Link text (a site or document name; not translated). Defaults to the host.
    pub name: String,
    /// Who publishes the page.
    pub kind: SourceKind,
    /// When the content editor last checked the page against the step text.
    pub checked_on: NaiveDate,
}

/// The newcomer's own date a rule counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Anchor {
    Arrival,
    DocumentExpiry,
    ProtectionApplication,
    /// A date given as it is: a step of an organisation's plan
    /// (`crate::reply`), never in a content file.
    Fixed(NaiveDate),
}

impl Anchor {
    pub const ALL: [Anchor; 3] = [Anchor::Arrival, Anchor::DocumentExpiry, Anchor::ProtectionApplication];

    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Arrival => "arrival",
            Anchor::DocumentExpiry => "document-expiry",
            Anchor::ProtectionApplication => "protection-application",
            Anchor::Fixed(_) => "fixed",
        }
    }

    pub fn from_name(name: &str) -> Option<Anchor> {
        Anchor::ALL.into_iter().find(|a| a.as_str() == name)
    }

    /// The situation's date for this anchor, if the newcomer gave it.
    pub fn date_in(self, situation: &Situation) -> Option<NaiveDate> {
        match self {
            Anchor::Arrival => situation.arrival,
            Anchor::DocumentExpiry => situation.document_expiry,
            Anchor::ProtectionApplication => situation.protection_applied,
            Anchor::Fixed(date) => Some(date),
        }
    }
}

/// "`months` months and then `days` days after (or before, if negative) `from`".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateRule {
    pub from: Anchor,
    pub months: i32,
    pub days: i32,
}

/// Largest offsets a rule may use; anything beyond is reported as absurd.
pub const MAX_OFFSET_DAYS: i32 = 3660;
pub const MAX_OFFSET_MONTHS: i32 = 120;

impl DateRule {
    /// The calendar date this rule gives for `situation`; `None` when the
    /// newcomer has not given the anchor date (or the result leaves chrono's range).
    ///
    /// Months are added first and clamp to the month's end (31 Jan + 1 month
    /// = 28 or 29 Feb), then days.
    pub fn apply(&self, situation: &Situation) -> Option<NaiveDate> {
        let start = self.from.date_in(situation)?;
        add_offset(start, self.months, self.days)
    }
}

/// `start` + `months` (clamped to month end) + `days`, calendar arithmetic only.
pub fn add_offset(start: NaiveDate, months: i32, days: i32) -> Option<NaiveDate> {
    let m = chrono::Months::new(months.unsigned_abs());
    let after_months = if months >= 0 { start.checked_add_months(m)? } else { start.checked_sub_months(m)? };
    let d = chrono::Days::new(u64::from(days.unsigned_abs()));
    if days >= 0 {
        after_months.checked_add_days(d)
    } else {
        after_months.checked_sub_days(d)
    }
}

/// When a step applies. Every field that is set must match (AND); a list
/// matches when any of its entries does (OR). Empty = always applies.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Condition {
    /// The newcomer's legal status is one of these.
    pub status: Vec<LegalStatus>,
    /// The newcomer has (true) or has no (false) children with them.
    pub children: Option<bool>,
    /// The newcomer's city is one of these (case-insensitive, trimmed).
    pub city: Vec<String>,
}

/// Whether a step applies to a situation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Applicability {
    /// Every condition is met.
    Applies,
    /// A condition depends on something the newcomer has not told yet (or
    /// said "I don't know"); the step is shown and counted, marked "may apply".
    MayApply,
    /// A condition is known to be false: the step is hidden and not counted.
    DoesNotApply,
}

impl Condition {
    pub fn is_always(&self) -> bool {
        self.status.is_empty() && self.children.is_none() && self.city.is_empty()
    }

    pub fn evaluate(&self, s: &Situation) -> Applicability {
        let mut unknown = false;
        if !self.status.is_empty() {
            match s.status {
                None | Some(LegalStatus::NotSure) => unknown = true,
                Some(st) if self.status.contains(&st) => {}
                Some(_) => return Applicability::DoesNotApply,
            }
        }
        if let Some(want) = self.children {
            match s.has_children {
                None => unknown = true,
                Some(has) if has == want => {}
                Some(_) => return Applicability::DoesNotApply,
            }
        }
        if !self.city.is_empty() {
            match s.city.as_deref().map(normalize_city) {
                None => unknown = true,
                Some(c) if c.is_empty() => unknown = true,
                Some(c) if self.city.iter().any(|w| normalize_city(w) == c) => {}
                Some(_) => return Applicability::DoesNotApply,
            }
        }
        if unknown {
            Applicability::MayApply
        } else {
            Applicability::Applies
        }
    }
}

/// Lowercase and trim a city name for comparison.
pub fn normalize_city(city: &str) -> String {
    city.trim().to_lowercase()
}

/// The newcomer's legal status: the one shared list (see [`crate::status`]).
pub use crate::status::LegalStatus;

/// What the newcomer told about themselves in "my situation". Every field is
/// optional; the UI stores it in the vault (serde, dates as `YYYY-MM-DD`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Situation {
    #[serde(with = "opt_date", skip_serializing_if = "Option::is_none")]
    pub arrival: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<LegalStatus>,
    /// Expiry of the document the stay rests on (visa, permit).
    #[serde(with = "opt_date", skip_serializing_if = "Option::is_none")]
    pub document_expiry: Option<NaiveDate>,
    /// Day the international protection application was lodged.
    #[serde(with = "opt_date", skip_serializing_if = "Option::is_none")]
    pub protection_applied: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_children: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
}

/// Where the newcomer is with a step. Serialized as `todo`, `in-progress`,
/// `done`, `not-relevant` (stable; stored in the vault).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepState {
    #[default]
    Todo,
    InProgress,
    Done,
    NotRelevant,
}

impl StepState {
    pub const ALL: [StepState; 4] = [StepState::Todo, StepState::InProgress, StepState::Done, StepState::NotRelevant];

    pub fn as_str(self) -> &'static str {
        match self {
            StepState::Todo => "todo",
            StepState::InProgress => "in-progress",
            StepState::Done => "done",
            StepState::NotRelevant => "not-relevant",
        }
    }

    /// Done or not relevant: nothing left to do.
    pub fn is_finished(self) -> bool {
        matches!(self, StepState::Done | StepState::NotRelevant)
    }
}

/// Everything the newcomer enters on the checklist screen, as stored in the
/// vault. Unknown step ids (from an older content version) are kept, not dropped.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ChecklistRecord {
    pub situation: Situation,
    /// State per step id; a missing id means `todo`.
    pub states: BTreeMap<String, StepState>,
    /// Private note per step id.
    pub notes: BTreeMap<String, String>,
}

impl ChecklistRecord {
    pub fn state(&self, step_id: &str) -> StepState {
        self.states.get(step_id).copied().unwrap_or_default()
    }

    /// Sets a state; `todo` removes the entry to keep the record small.
    pub fn set_state(&mut self, step_id: &str, state: StepState) {
        if state == StepState::Todo {
            self.states.remove(step_id);
        } else {
            self.states.insert(step_id.to_string(), state);
        }
    }

    /// Sets a note; an empty (whitespace-only) note removes it.
    pub fn set_note(&mut self, step_id: &str, note: &str) {
        if note.trim().is_empty() {
            self.notes.remove(step_id);
        } else {
            self.notes.insert(step_id.to_string(), note.to_string());
        }
    }
}

impl ChecklistDef {
    /// All steps in file order.
    pub fn steps(&self) -> impl Iterator<Item = &Step> {
        self.sections.iter().flat_map(|s| s.steps.iter())
    }

    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps().find(|s| s.id == id)
    }

    /// Section id of a step.
    pub fn section_of(&self, step_id: &str) -> Option<&str> {
        self.sections.iter().find(|s| s.steps.iter().any(|st| st.id == step_id)).map(|s| s.id.as_str())
    }
}

/// Serde for `Option<NaiveDate>` as `"YYYY-MM-DD"` (chrono's serde feature is off).
pub(crate) mod opt_date {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.serialize_str(&crate::date_text::iso(*d)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        let s: Option<String> = Option::deserialize(d)?;
        match s {
            None => Ok(None),
            Some(s) if s.trim().is_empty() => Ok(None),
            Some(s) => crate::date_text::parse_iso(s.trim()).map(Some).ok_or_else(|| serde::de::Error::custom("not a YYYY-MM-DD date")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn months_clamp_to_month_end_and_respect_leap_years() {
        assert_eq!(add_offset(d(2027, 1, 31), 1, 0), Some(d(2027, 2, 28)));
        assert_eq!(add_offset(d(2028, 1, 31), 1, 0), Some(d(2028, 2, 29)));
        assert_eq!(add_offset(d(2028, 3, 31), -1, 0), Some(d(2028, 2, 29)));
        assert_eq!(add_offset(d(2026, 11, 21), 6, 0), Some(d(2027, 5, 21)));
        assert_eq!(add_offset(d(2026, 12, 30), 0, 2), Some(d(2027, 1, 1)));
        assert_eq!(add_offset(d(2028, 3, 1), 0, -1), Some(d(2028, 2, 29)));
        assert_eq!(add_offset(d(2027, 3, 30), 0, -30), Some(d(2027, 2, 28)));
        // months first, then days
        assert_eq!(add_offset(d(2027, 1, 31), 1, 1), Some(d(2027, 3, 1)));
    }

    #[test]
    fn rule_without_anchor_date_gives_nothing() {
        let rule = DateRule { from: Anchor::DocumentExpiry, months: 0, days: -30 };
        assert_eq!(rule.apply(&Situation::default()), None);
        let s = Situation { document_expiry: Some(d(2027, 3, 1)), ..Default::default() };
        assert_eq!(rule.apply(&s), Some(d(2027, 1, 30)));
    }

    #[test]
    fn conditions_are_and_of_any_of() {
        let c = Condition { status: vec![LegalStatus::HumanitarianVisa], children: Some(true), city: vec!["Warszawa".into()] };
        let mut s = Situation::default();
        assert_eq!(c.evaluate(&s), Applicability::MayApply);
        s.status = Some(LegalStatus::AsylumApplicant);
        assert_eq!(c.evaluate(&s), Applicability::DoesNotApply);
        s.status = Some(LegalStatus::HumanitarianVisa);
        s.has_children = Some(true);
        s.city = Some("  warszawa ".into());
        assert_eq!(c.evaluate(&s), Applicability::Applies);
        s.city = Some("Kraków".into());
        assert_eq!(c.evaluate(&s), Applicability::DoesNotApply);
        s.city = None;
        s.status = Some(LegalStatus::NotSure);
        assert_eq!(c.evaluate(&s), Applicability::MayApply);
        s.has_children = Some(false);
        assert_eq!(c.evaluate(&s), Applicability::DoesNotApply);
        assert_eq!(Condition::default().evaluate(&s), Applicability::Applies);
    }

    #[test]
    fn situation_and_record_round_trip_with_stable_strings() {
        let mut r = ChecklistRecord {
            situation: Situation {
                arrival: Some(d(2026, 11, 1)),
                status: Some(LegalStatus::HumanitarianVisa),
                has_children: Some(true),
                ..Default::default()
            },
            ..Default::default()
        };
        r.set_state("pesel", StepState::InProgress);
        r.set_state("bank-account", StepState::NotRelevant);
        r.set_state("school", StepState::Todo);
        r.set_note("pesel", "ask at window 3");
        r.set_note("school", "  ");
        let json = serde_json::to_string(&r).unwrap();
        assert!(json.contains("\"arrival\":\"2026-11-01\""), "{json}");
        assert!(json.contains("\"humanitarian-visa\""));
        assert!(json.contains("\"in-progress\"") && json.contains("\"not-relevant\""));
        assert!(!json.contains("school"));
        let back: ChecklistRecord = serde_json::from_str(&json).unwrap();
        assert_eq!(back, r);
        assert_eq!(back.state("school"), StepState::Todo);
        // tolerant of an empty object and of bad dates being an error, not a panic
        let empty: ChecklistRecord = serde_json::from_str("{}").unwrap();
        assert_eq!(empty, ChecklistRecord::default());
        assert!(serde_json::from_str::<Situation>("{\"arrival\":\"2026-02-30\"}").is_err());
    }
}
