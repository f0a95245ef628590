//! The organisation's reply: a sealed plan that becomes steps in the
//! newcomer's own checklist (docs/organisations.md, "Answering with a plan").
//!
//! Owns the `waymark-plan` format (its bounds, checked before and while
//! parsing), the reply key kept in the draft ([`ReplyKey`]: the recipient an
//! export names as `reply_to`), opening a sealed plan with it, sealing one at
//! the desk, merging a plan into the plans already kept ([`merge`]: a later
//! plan from the same organisation updates steps with the same id) and
//! turning the kept plans into checklist sections ([`sections`]) so that they
//! get everything a shipped step has (state, note, dates, "next steps",
//! calendar).
//!
//! It must never keep part of a plan that failed a check (a plan is
//! accepted whole or not at all), never put the secret key in an error, a
//! `Debug` output or an export, never interpret plan text as markup (the UI
//! shows it as text), and never panic on any input. It does not store
//! anything (the vault does, as part of the draft) nor talk to the browser.

pub mod form;
#[cfg(test)]
mod tests;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use zeroize::{Zeroize, Zeroizing};

use crate::agefile::{self, Identity, Recipient};
use crate::checklist::{Anchor, Condition, DateRule, Part, Section, Step, Words};
use crate::export::open::{decrypt_with, OpenError};

/// `format` of a plan.
pub const PLAN_FORMAT: &str = "waymark-plan";
/// The version this build writes and the newest it reads.
pub const PLAN_VERSION: u64 = 1;
/// Largest plan (file or pasted text) the app reads; larger is refused
/// before anything is decoded. A plan at every limit below, in Cyrillic
/// (two bytes a letter) and as armored text, stays under it (tested), so
/// the desk never seals a plan the phone refuses.
pub const MAX_PLAN_INPUT: usize = 1024 * 1024;
/// Most steps one plan may have.
pub const MAX_STEPS: usize = 50;
/// Longest step id (letters a–z, A–Z, digits, `-` and `_`).
pub const MAX_ID_CHARS: usize = 40;
/// Longest organisation name and step title, in characters.
pub const MAX_TITLE_CHARS: usize = 200;
/// Longest `note`, `where` and `bring`, in characters.
pub const MAX_TEXT_CHARS: usize = 1000;
/// Most JSON items (values, keys, separators) a plan may have, counted
/// before parsing: 50 steps of 6 fields each need about 700.
pub const MAX_JSON_ITEMS: usize = 1500;
/// Most plans (organisations) kept at once.
pub const MAX_PLANS: usize = 10;
/// Most steps kept from one organisation across its plans.
pub const MAX_KEPT_STEPS: usize = 100;
/// Most bytes (UTF-8) of text all kept plans may hold together: the draft
/// is stored twice (two slots) in the browser's storage of about 5 MB, and
/// encrypted on every save. One plan at every limit fits.
pub const MAX_KEPT_TEXT_BYTES: usize = 512 * 1024;
/// Dates in a plan must be in these years.
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;
/// Every plan step's key in the checklist starts with this; shipped step ids
/// never do (the content check refuses them).
pub const STEP_PREFIX: &str = "plan-";

/// The secret half of the newcomer's reply key, kept only inside the vault
/// (in the draft). Its public half is the `reply_to` of their exports.
/// Wiped when dropped; `Debug` never shows it.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ReplyKey(String);

impl std::fmt::Debug for ReplyKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ReplyKey(…)")
    }
}

impl Drop for ReplyKey {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl ReplyKey {
    /// A new random key.
    pub fn generate() -> Result<ReplyKey, agefile::EncryptError> {
        let identity = Identity::generate()?;
        Ok(ReplyKey(identity.to_secret_string().to_string()))
    }

    /// The secret itself, only for handing it to the vault's worker
    /// (`crate::shell::kdf::open_plan`), which opens plans off the page.
    pub fn secret(&self) -> &str {
        &self.0
    }

    /// The key from its secret text (as [`ReplyKey::secret`] gives it).
    pub fn from_secret(secret: String) -> ReplyKey {
        ReplyKey(secret)
    }

    fn identity(&self) -> Option<Identity> {
        Identity::parse(&self.0)
    }

    /// `age1…`: what an export names as `reply_to`. `None` for a damaged key
    /// (then no `reply_to` is given and a new key is made).
    pub fn recipient(&self) -> Option<String> {
        self.identity().map(|i| i.to_public().to_string())
    }
}

/// Why a plan could not be added. Each has a message
/// ([`PlanError::message_id`]) that says what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    /// Larger than [`MAX_PLAN_INPUT`]; nothing was read.
    #[error("the plan is larger than {max} bytes")]
    TooLarge { max: usize },
    /// Not an age file or age text (a photo, a PDF, an export, empty).
    #[error("not a sealed plan")]
    NotSealed,
    /// Damaged or cut off on the way (armor, header, authentication, payload).
    #[error("the plan is damaged or incomplete")]
    Damaged,
    /// Sealed for another key: another person's plan, or made for an
    /// export this vault did not make (or before the passphrase changed).
    #[error("this plan was sealed for someone else")]
    NotForThisVault,
    /// The vault has no reply key yet (no export was made from it).
    #[error("no reply key")]
    NoReplyKey,
    /// It opened, but it is not a plan (another Waymark file or other data).
    #[error("not a Waymark plan")]
    NotAPlan,
    /// A plan of a newer format than this app reads.
    #[error("plan version {version} is newer than this app")]
    NewerVersion { version: u64 },
    /// A plan that breaks a bound of the format (field named, never its text).
    #[error("the plan breaks the format: {0}")]
    Invalid(&'static str),
    /// More plans or steps than the vault keeps.
    #[error("too many plans or steps kept")]
    TooMany,
    /// The file could not be read, or the worker that opens plans failed.
    #[error("the plan could not be read")]
    Unreadable,
}

impl PlanError {
    /// Message id (in `checklist.ftl`).
    pub fn message_id(&self) -> &'static str {
        match self {
            PlanError::TooLarge { .. } => "plan-error-too-large",
            PlanError::NotSealed => "plan-error-not-sealed",
            PlanError::Damaged => "plan-error-damaged",
            PlanError::NotForThisVault => "plan-error-not-for-you",
            PlanError::NoReplyKey => "plan-error-no-key",
            PlanError::NotAPlan => "plan-error-not-a-plan",
            PlanError::NewerVersion { .. } => "plan-error-newer",
            PlanError::Invalid(_) => "plan-error-invalid",
            PlanError::TooMany => "plan-error-too-many",
            PlanError::Unreadable => "plan-error-unreadable",
        }
    }

    /// The error whose [`PlanError::message_id`] this is (errors cross the
    /// worker boundary as their message id; the field or version they name
    /// is not carried over). Unknown ids are [`PlanError::Unreadable`].
    pub fn from_message_id(id: &str) -> PlanError {
        [
            PlanError::TooLarge { max: MAX_PLAN_INPUT },
            PlanError::NotSealed,
            PlanError::Damaged,
            PlanError::NotForThisVault,
            PlanError::NoReplyKey,
            PlanError::NotAPlan,
            PlanError::NewerVersion { version: PLAN_VERSION + 1 },
            PlanError::Invalid("plan"),
            PlanError::TooMany,
        ]
        .into_iter()
        .find(|e| e.message_id() == id)
        .unwrap_or(PlanError::Unreadable)
    }
}

/// One step of a plan, in the caseworker's words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanStep {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::checklist::model::opt_date")]
    pub due: Option<NaiveDate>,
    #[serde(default, rename = "where", skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bring: Option<String>,
}

/// A checked plan (also the form kept in the draft: one per organisation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub org: String,
    #[serde(with = "iso_date")]
    pub created: NaiveDate,
    pub steps: Vec<PlanStep>,
}

/// The JSON form of a plan on the wire.
#[derive(Serialize, Deserialize)]
struct Wire {
    format: String,
    version: u64,
    #[serde(flatten)]
    plan: Plan,
}

mod iso_date {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&crate::date_text::iso(*d))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let s = String::deserialize(d)?;
        crate::date_text::parse_iso(&s).ok_or_else(|| serde::de::Error::custom("not a YYYY-MM-DD date"))
    }
}

/// Opens a sealed plan (binary age file or armored text) with the vault's
/// reply key and checks it whole.
pub fn open_plan(input: Vec<u8>, key: Option<&ReplyKey>) -> Result<Plan, PlanError> {
    if input.len() > MAX_PLAN_INPUT {
        return Err(PlanError::TooLarge { max: MAX_PLAN_INPUT });
    }
    let identity = key.and_then(ReplyKey::identity).ok_or(PlanError::NoReplyKey)?;
    let plaintext = Zeroizing::new(decrypt_with(input, std::iter::once(&identity), MAX_PLAN_INPUT).map_err(|e| match e {
        OpenError::TooLarge { .. } => PlanError::TooLarge { max: MAX_PLAN_INPUT },
        OpenError::NotAgeFile | OpenError::PassphraseProtected => PlanError::NotSealed,
        OpenError::NoMatch | OpenError::NoIdentities | OpenError::TooManyRecipients { .. } => PlanError::NotForThisVault,
        _ => PlanError::Damaged,
    })?);
    parse_plan(&plaintext)
}

/// A plan as the vault's worker hands it back to the page (JSON of a
/// [`Plan`] that [`open_plan`] checked), read with [`plan_from_value`].
pub fn plan_from_json(json: &str) -> Option<Plan> {
    plan_from_value(&serde_json::from_str(json).ok()?)
}

/// A [`Plan`] from its JSON form (the serde form: `org`, `created`,
/// `steps` with `id`, `title`, `note`, `due`, `where`, `bring`), written
/// out by hand with `Value`'s accessors: the page's wasm, where the draft
/// keeps plans, then needs none of serde's generated readers for them.
/// `None` when a required field is missing or of another type.
pub fn plan_from_value(v: &Value) -> Option<Plan> {
    let text = |v: &Value, key: &str| v.get(key).and_then(Value::as_str).map(str::to_string);
    let date = |v: &Value, key: &str| v.get(key).and_then(Value::as_str).and_then(crate::date_text::parse_iso);
    let steps = v
        .get("steps")?
        .as_array()?
        .iter()
        .map(|s| {
            Some(PlanStep {
                id: text(s, "id")?,
                title: text(s, "title")?,
                note: text(s, "note"),
                due: date(s, "due"),
                place: text(s, "where"),
                bring: text(s, "bring"),
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Plan { org: text(v, "org")?, created: date(v, "created")?, steps })
}

/// The JSON form of a [`Plan`], equal to serde's (tested), by hand like
/// [`plan_from_value`].
pub fn plan_to_value(plan: &Plan) -> Value {
    let text = |m: &mut Map<String, Value>, key: &str, value: &Option<String>| {
        if let Some(value) = value {
            m.insert(key.to_string(), Value::String(value.clone()));
        }
    };
    let steps = plan
        .steps
        .iter()
        .map(|s| {
            let mut m = Map::new();
            m.insert("id".to_string(), Value::String(s.id.clone()));
            m.insert("title".to_string(), Value::String(s.title.clone()));
            text(&mut m, "note", &s.note);
            text(&mut m, "due", &s.due.map(crate::date_text::iso));
            text(&mut m, "where", &s.place);
            text(&mut m, "bring", &s.bring);
            Value::Object(m)
        })
        .collect();
    let mut m = Map::new();
    m.insert("org".to_string(), Value::String(plan.org.clone()));
    m.insert("created".to_string(), Value::String(crate::date_text::iso(plan.created)));
    m.insert("steps".to_string(), Value::Array(steps));
    Value::Object(m)
}

/// How the draft keeps its plans: a JSON array of [`plan_to_value`]s; a
/// plan that does not read back is dropped (the vault authenticates what it
/// stores, so that is only ever a newer app's plan).
pub mod in_draft {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use serde_json::Value;

    use super::Plan;

    pub fn serialize<S: Serializer>(plans: &[Plan], s: S) -> Result<S::Ok, S::Error> {
        Value::Array(plans.iter().map(super::plan_to_value).collect()).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Plan>, D::Error> {
        let value = Value::deserialize(d)?;
        Ok(value.as_array().map(|list| list.iter().filter_map(super::plan_from_value).collect()).unwrap_or_default())
    }
}

/// Parses and checks a plan's JSON: format, version, then every bound.
pub fn parse_plan(plaintext: &[u8]) -> Result<Plan, PlanError> {
    if crate::export::open::json_items_exceed(plaintext, MAX_JSON_ITEMS) {
        return Err(PlanError::Invalid("steps"));
    }
    let value: serde_json::Value = serde_json::from_slice(plaintext).map_err(|_| PlanError::NotAPlan)?;
    if value.get("format").and_then(|f| f.as_str()) != Some(PLAN_FORMAT) {
        return Err(PlanError::NotAPlan);
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(PLAN_VERSION) => {}
        Some(version) if version > PLAN_VERSION => return Err(PlanError::NewerVersion { version }),
        _ => return Err(PlanError::Invalid("version")),
    }
    let wire: Wire = serde_json::from_value(value).map_err(|_| PlanError::Invalid("fields"))?;
    check(&wire.plan)?;
    Ok(wire.plan)
}

/// Every bound of the format (docs/organisations.md).
pub fn check(plan: &Plan) -> Result<(), PlanError> {
    check_text(&plan.org, MAX_TITLE_CHARS, false, "org")?;
    check_date(plan.created, "created")?;
    if plan.steps.is_empty() || plan.steps.len() > MAX_STEPS {
        return Err(PlanError::Invalid("steps"));
    }
    let mut ids = std::collections::BTreeSet::new();
    for step in &plan.steps {
        let id_ok = !step.id.is_empty()
            && step.id.chars().count() <= MAX_ID_CHARS
            && step.id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !id_ok {
            return Err(PlanError::Invalid("id"));
        }
        if !ids.insert(step.id.as_str()) {
            return Err(PlanError::Invalid("id"));
        }
        check_text(&step.title, MAX_TITLE_CHARS, false, "title")?;
        for (text, field) in [(&step.note, "note"), (&step.place, "where"), (&step.bring, "bring")] {
            if let Some(text) = text {
                check_text(text, MAX_TEXT_CHARS, true, field)?;
            }
        }
        if let Some(due) = step.due {
            check_date(due, "due")?;
        }
    }
    Ok(())
}

/// Characters that change the direction of text or are invisible: they let
/// an address or an organisation's name look like another one.
fn is_deceptive(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}')
}

fn check_text(text: &str, max: usize, multi_line: bool, field: &'static str) -> Result<(), PlanError> {
    let bad_char = |c: char| (c.is_control() && !(multi_line && (c == '\n' || c == '\t'))) || is_deceptive(c);
    if text.trim().is_empty() || text.chars().count() > max || text.chars().any(bad_char) {
        return Err(PlanError::Invalid(field));
    }
    Ok(())
}

fn check_date(date: NaiveDate, field: &'static str) -> Result<(), PlanError> {
    if YEARS.contains(&date.year()) {
        Ok(())
    } else {
        Err(PlanError::Invalid(field))
    }
}

/// The plan as JSON (what [`seal_plan`] encrypts).
pub fn plan_json(plan: &Plan) -> String {
    let wire = Wire { format: PLAN_FORMAT.to_string(), version: PLAN_VERSION, plan: plan.clone() };
    serde_json::to_string_pretty(&wire).unwrap_or_default()
}

/// Why the desk could not seal a plan.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SealPlanError {
    /// The plan breaks a bound (field named).
    #[error("{0}")]
    Invalid(PlanError),
    /// `reply_to` of the export is not an age recipient.
    #[error("the export's reply key is not valid")]
    BadRecipient,
    /// The browser gave no randomness.
    #[error("could not seal")]
    Encrypt,
}

/// Seals a plan to an export's `reply_to` (binary age, or armored text).
pub fn seal_plan(plan: &Plan, reply_to: &str, armored: bool) -> Result<Vec<u8>, SealPlanError> {
    check(plan).map_err(SealPlanError::Invalid)?;
    let recipient = Recipient::parse(reply_to.trim()).ok_or(SealPlanError::BadRecipient)?;
    let sealed = agefile::encrypt(&[recipient], plan_json(plan).as_bytes()).map_err(|_| SealPlanError::Encrypt)?;
    Ok(if armored { agefile::armor(&sealed) } else { sealed })
}

/// What [`merge`] did, for the message the newcomer sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Merged {
    pub added: usize,
    pub updated: usize,
}

/// Adds a checked plan to the kept ones. A plan from an organisation already
/// kept (same name) updates its steps with the same id (text and date; the
/// newcomer's state and note stay, they are kept by step key) and adds the
/// new ones; steps the new plan leaves out stay. All or nothing: on
/// [`PlanError::TooMany`] `plans` is unchanged.
pub fn merge(plans: &mut Vec<Plan>, plan: Plan) -> Result<Merged, PlanError> {
    // Two names with the same tag would share keys (states, notes, element
    // ids): the later one is refused, however unlikely (2^-64) by chance.
    let tag = org_tag(&plan.org);
    if plans.iter().any(|p| p.org != plan.org && org_tag(&p.org) == tag) {
        return Err(PlanError::TooMany);
    }
    let others: usize = plans.iter().filter(|p| p.org != plan.org).map(text_bytes).sum();
    let Some(kept) = plans.iter_mut().find(|p| p.org == plan.org) else {
        if plans.len() >= MAX_PLANS || others + text_bytes(&plan) > MAX_KEPT_TEXT_BYTES {
            return Err(PlanError::TooMany);
        }
        let added = plan.steps.len();
        plans.push(plan);
        return Ok(Merged { added, updated: 0 });
    };
    let mut steps = kept.steps.clone();
    let mut merged = Merged { added: 0, updated: 0 };
    for step in plan.steps {
        match steps.iter_mut().find(|s| s.id == step.id) {
            Some(old) => {
                if *old != step {
                    merged.updated += 1;
                }
                *old = step;
            }
            None => {
                merged.added += 1;
                steps.push(step);
            }
        }
    }
    let merged_bytes = text_bytes(&Plan { org: kept.org.clone(), created: kept.created, steps: steps.clone() });
    if steps.len() > MAX_KEPT_STEPS || others + merged_bytes > MAX_KEPT_TEXT_BYTES {
        return Err(PlanError::TooMany);
    }
    kept.steps = steps;
    kept.created = kept.created.max(plan.created);
    Ok(merged)
}

/// Bytes of text a plan holds (what it adds to the stored draft).
fn text_bytes(plan: &Plan) -> usize {
    let opt = |t: &Option<String>| t.as_ref().map_or(0, String::len);
    plan.org.len() + plan.steps.iter().map(|s| s.id.len() + s.title.len() + opt(&s.note) + opt(&s.place) + opt(&s.bring)).sum::<usize>()
}

/// Removes an organisation's plan (its steps' states and notes are the
/// caller's to drop, by [`step_key`]).
pub fn remove(plans: &mut Vec<Plan>, org: &str) -> Vec<String> {
    let mut keys = Vec::new();
    plans.retain(|p| {
        if p.org == org {
            keys.extend(p.steps.iter().map(|s| step_key(&p.org, &s.id)));
            false
        } else {
            true
        }
    });
    keys
}

/// A short, stable tag of an organisation's name, for keys and element ids
/// (a name may hold spaces, quotes or any script).
fn org_tag(org: &str) -> String {
    // 8 bytes: making a name whose tag equals a kept one's takes about
    // 2^64 tries (4 bytes took minutes; docs/security.md).
    hash_hex(org, 8)
}

/// The first `bytes` bytes of SHA-256 of `text`, in lower-case hex: the
/// organisation tags here and the desk's step ids ([`form::step_id`]).
fn hash_hex(text: &str, bytes: usize) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(text.as_bytes()).iter().take(bytes).map(|b| format!("{b:02x}")).collect()
}

/// The checklist key of a plan step: `plan-<org tag>-<id>` (states, notes,
/// element ids and calendar UIDs use it).
pub fn step_key(org: &str, id: &str) -> String {
    format!("{STEP_PREFIX}{}-{id}", org_tag(org))
}

/// The checklist section id of an organisation's plan.
pub fn section_key(org: &str) -> String {
    format!("{STEP_PREFIX}{}", org_tag(org))
}

/// The kept plans as checklist sections: one per organisation (its name in
/// [`Section::org`]), steps in the plan's order with their own words
/// ([`Step::words`]), due date fixed; `note` shown as "what", then "where"
/// and "bring".
pub fn sections(plans: &[Plan]) -> Vec<Section> {
    plans
        .iter()
        .map(|plan| {
            let steps = plan
                .steps
                .iter()
                .map(|s| {
                    let (parts, texts) = [(Part::What, &s.note), (Part::Where, &s.place), (Part::Bring, &s.bring)]
                        .into_iter()
                        .filter_map(|(part, text)| text.clone().map(|t| (part, t)))
                        .unzip();
                    Step {
                        id: step_key(&plan.org, &s.id),
                        parts,
                        after: Vec::new(),
                        when: Condition::default(),
                        due: s.due.map(|d| DateRule { from: Anchor::Fixed(d), months: 0, days: 0 }),
                        deadline: None,
                        sources: Vec::new(),
                        line: 0,
                        words: Some(Box::new(Words { title: s.title.clone(), texts })),
                    }
                })
                .collect();
            Section { id: section_key(&plan.org), steps, line: 0, org: Some(plan.org.clone()) }
        })
        .collect()
}
