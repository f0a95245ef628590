//! Sealed export: the `waymark-export` JSON format, padding, sealing to the
//! organisation's keys, and the organisation desk's import path.
//!
//! Owns the plaintext format ([`Export`], version [`EXPORT_VERSION`]), padding
//! to fixed size buckets so the file size says little about the answers,
//! sealing with age ([`seal`], binary or ASCII-armored), a neutral file name,
//! the desk's decryption ([`open::open_export`]), identity files
//! ([`identity`]) and CSV/JSON downloads ([`table`]).
//!
//! It never reads clocks, files or storage (dates and bytes are passed in),
//! never writes plaintext anywhere, never returns partial plaintext from a
//! damaged file, and never panics on any input.

pub mod identity;
pub mod open;
pub mod table;

#[cfg(test)]
pub(crate) mod cctv_tests;
#[cfg(test)]
pub(crate) mod interop_tests;
#[cfg(test)]
mod locale_tests;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use zeroize::Zeroizing;

use crate::agefile::{self, encrypted_len, EncryptError, Recipient, Sealer};

pub use identity::{generate_key_pair, parse_identity_file, DeskIdentity, IdentityError, IdentityFileError, KeyPair};
pub use open::{open_export, open_export_owned, parse_export_json, OpenError, MAX_EXPORT_INPUT};
pub use table::{exports_to_csv, exports_to_json};

/// Value of the top-level `"format"` field.
pub const EXPORT_FORMAT: &str = "waymark-export";
/// The version this build writes and the newest it reads.
pub const EXPORT_VERSION: u32 = 1;

/// Encrypted (binary) sizes the export is padded to. The smallest keeps a
/// typical export's armored text (about 2,800 characters) under Telegram's
/// 4,096-character message limit. Anything larger than the last bucket is
/// refused ([`SealError::TooLarge`]); its armored form (about 710,000
/// characters) still fits the desk's [`MAX_EXPORT_INPUT`].
pub const SIZE_BUCKETS: [usize; 6] = [2 * 1024, 4 * 1024, 16 * 1024, 64 * 1024, 256 * 1024, 512 * 1024];

/// The plaintext of a sealed export (without its padding).
///
/// ```json
/// {"format":"waymark-export","version":1,"content_version":"2026-11",
///  "locale":"be","created":"2026-11-21",
///  "answers":{"household.size":3,"needs.housing":["short-term","family"]},
///  "checklist":{"steps":{"pesel":"done"},"situation":{"arrival":"2026-10-01"}},
///  "padding":"   …"}
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Export {
    /// Always [`EXPORT_FORMAT`].
    pub format: String,
    /// [`EXPORT_VERSION`] when written by this build.
    pub version: u32,
    /// Version string of the content files (checklist + intake definitions).
    pub content_version: String,
    /// The newcomer's locale, e.g. `be` (free text in answers is in it).
    pub locale: String,
    /// ISO date (`YYYY-MM-DD`) the export was made.
    pub created: String,
    /// Stable question id → language-neutral value: strings (free text, choice
    /// ids, ISO dates), numbers, booleans, arrays of choice ids, arrays of
    /// objects for repeat groups.
    #[serde(default)]
    pub answers: BTreeMap<String, serde_json::Value>,
    #[serde(default)]
    pub checklist: ChecklistExport,
    /// `age1…`: the newcomer's reply key, to which the organisation may seal
    /// a plan (`crate::reply`). Absent in exports made before plans existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<String>,
}

/// The checklist part of an export: step states and the dates due dates are
/// computed from. Personal notes are never exported.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ChecklistExport {
    /// Step id → state (`todo`, `in-progress`, `done`, `not-relevant`).
    #[serde(default)]
    pub steps: BTreeMap<String, String>,
    /// Situation field → value (e.g. `arrival` → `"2026-10-01"`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub situation: BTreeMap<String, serde_json::Value>,
}

impl ChecklistExport {
    /// The checklist part of an export from what the newcomer entered: step
    /// states only. Notes are private (the app says "never put in the file
    /// for the organisation") and never leave the vault.
    pub fn from_record(record: &crate::checklist::ChecklistRecord) -> ChecklistExport {
        // Steps of organisations' plans stay on the phone: their keys would
        // tell the organisation which other organisations sent plans.
        // Inserted one by one: collecting sorts (see `crate::sort`).
        let mut steps = BTreeMap::new();
        for (id, state) in record.states.iter().filter(|(id, _)| !id.starts_with(crate::reply::STEP_PREFIX)) {
            steps.insert(id.clone(), state.as_str().to_string());
        }
        ChecklistExport { steps, situation: BTreeMap::new() }
    }
}

impl Export {
    /// A new export of this build's version.
    pub fn new(
        content_version: impl Into<String>,
        locale: impl Into<String>,
        created: NaiveDate,
        answers: BTreeMap<String, serde_json::Value>,
        checklist: ChecklistExport,
    ) -> Self {
        Export {
            format: EXPORT_FORMAT.to_string(),
            version: EXPORT_VERSION,
            content_version: content_version.into(),
            locale: locale.into(),
            created: crate::date_text::iso(created),
            answers,
            checklist,
            reply_to: None,
        }
    }

    /// `created` as a date, when it is a valid ISO date.
    pub fn created_date(&self) -> Option<NaiveDate> {
        crate::date_text::parse_iso(&self.created)
    }
}

/// Serialization form: the export plus a trailing padding string.
#[derive(Serialize)]
struct Padded<'a> {
    #[serde(flatten)]
    export: &'a Export,
    padding: &'a str,
}

/// Why sealing failed. Each variant has a message (`export-seal-…`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    /// The config has no usable recipient.
    #[error("no recipients")]
    NoRecipients,
    /// The answers are larger than the largest size bucket.
    #[error("export too large")]
    TooLarge,
    /// Encryption failed (should not happen with in-memory buffers).
    #[error("encryption failed")]
    Encryption,
}

impl SealError {
    /// Fluent id in `export.ftl`.
    pub fn message_id(&self) -> &'static str {
        match self {
            SealError::NoRecipients => "export-config-broken",
            SealError::TooLarge => "export-seal-too-large",
            SealError::Encryption => "export-seal-failed",
        }
    }
}

/// Output form of [`seal`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SealFormat {
    /// Binary `.age` file (download / share).
    Binary,
    /// ASCII armor (`-----BEGIN AGE ENCRYPTED FILE-----`), for "copy as text".
    Armored,
}

/// Encrypts `export`, padded so the binary ciphertext is exactly a bucket size.
fn encrypt_padded(export: &Export, recipients: &[Recipient], format: SealFormat) -> Result<Vec<u8>, SealError> {
    let sealer = Sealer::new(recipients).map_err(|e| match e {
        // More than agefile::MAX_STANZAS keys in the config: a broken
        // config as far as the newcomer is concerned.
        EncryptError::NoRecipients | EncryptError::TooManyRecipients => SealError::NoRecipients,
        EncryptError::Random | EncryptError::BadRecipient | EncryptError::WorkFactor => SealError::Encryption,
    })?;
    let plaintext = padded_json(export, sealer.header_len())?;
    let binary = sealer.seal(&plaintext).map_err(|_| SealError::Encryption)?;
    Ok(match format {
        SealFormat::Binary => binary,
        SealFormat::Armored => agefile::armor(&binary),
    })
}

/// Largest plaintext whose ciphertext fits in `bucket`.
fn max_plaintext_for(h: usize, bucket: usize) -> Option<usize> {
    let mut p = bucket.checked_sub(h + 16)?;
    while p > 0 && encrypted_len(h, p) > bucket {
        p -= 1;
    }
    (encrypted_len(h, p) <= bucket).then_some(p)
}

/// Counts the bytes written to it and keeps none.
struct Counter(usize);

impl std::io::Write for Counter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The padded JSON plaintext of `export` for a header of `header_len` bytes,
/// wiped when dropped. The unpadded size is counted without writing the
/// answers anywhere, and the buffer is allocated at its final size, so the
/// answers exist in exactly one buffer (a growing one would leave copies in
/// the blocks it outgrew).
fn padded_json(export: &Export, header_len: usize) -> Result<Zeroizing<Vec<u8>>, SealError> {
    let mut base = Counter(0);
    serde_json::to_writer(&mut base, &Padded { export, padding: "" }).map_err(|_| SealError::Encryption)?;
    let target = SIZE_BUCKETS
        .iter()
        .filter_map(|b| max_plaintext_for(header_len, *b))
        .find(|p| *p >= base.0)
        .ok_or(SealError::TooLarge)?;
    let padding = " ".repeat(target - base.0);
    let mut out = Zeroizing::new(Vec::with_capacity(target));
    serde_json::to_writer(&mut *out, &Padded { export, padding: &padding }).map_err(|_| SealError::Encryption)?;
    Ok(out)
}

/// Seals `export` to every recipient. The binary ciphertext is exactly one of
/// [`SIZE_BUCKETS`] long (the armored form is the armor of that).
pub fn seal(export: &Export, recipients: &[Recipient], format: SealFormat) -> Result<Vec<u8>, SealError> {
    if recipients.is_empty() {
        return Err(SealError::NoRecipients);
    }
    encrypt_padded(export, recipients, format)
}

/// The padded plaintext JSON exactly as [`seal`] would encrypt it (for tests
/// and for showing the newcomer what is sent).
pub fn export_json(export: &Export) -> Result<String, SealError> {
    serde_json::to_string_pretty(export).map_err(|_| SealError::Encryption)
}

/// A neutral file name: no personal data and, by default, not the app's
/// name either (a file in Downloads is what a search of the phone finds):
/// `[prefix-]stem[-date].ext`, e.g. `export-2026-11-21.age`. The prefix is
/// the organisation's `file_prefix` from config/org.toml, if it set one.
pub fn neutral_file_name(prefix: Option<&str>, stem: &str, date: Option<NaiveDate>, ext: &str) -> String {
    let mut name = String::new();
    if let Some(prefix) = prefix.filter(|p| !p.is_empty()) {
        name.push_str(prefix);
        name.push('-');
    }
    name.push_str(stem);
    if let Some(date) = date {
        name.push('-');
        name.push_str(&crate::date_text::iso(date));
    }
    name.push('.');
    name.push_str(ext);
    name
}

/// The sealed export's file name: `export-2026-11-21.age` (see [`neutral_file_name`]).
pub fn export_file_name(prefix: Option<&str>, created: NaiveDate) -> String {
    neutral_file_name(prefix, "export", Some(created), "age")
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use serde_json::json;

    fn test_recipient() -> Recipient {
        Recipient::parse(&age::x25519::Identity::generate().to_public().to_string()).unwrap()
    }

    pub(crate) fn sample_export(text_len: usize) -> Export {
        let mut answers = BTreeMap::new();
        answers.insert("contact.name".to_string(), json!("Алеся"));
        answers.insert("household.size".to_string(), json!(3));
        answers.insert("needs.housing".to_string(), json!(["short-term", "family"]));
        answers.insert("status.expiry".to_string(), json!("2027-03-01"));
        answers.insert(
            "household.members".to_string(),
            json!([{"birth_year": 2015, "relation": "child"}, {"birth_year": 1988, "relation": "partner"}]),
        );
        answers.insert("notes".to_string(), json!("ж".repeat(text_len)));
        let mut checklist = ChecklistExport::default();
        checklist.steps.insert("pesel".into(), "done".into());
        checklist.steps.insert("profil-zaufany".into(), "todo".into());
        checklist.situation.insert("arrival".into(), json!("2026-10-01"));
        Export::new("2026-11", "be", NaiveDate::from_ymd_opt(2026, 11, 21).unwrap(), answers, checklist)
    }

    /// The app tells the newcomer a step's note is never put in the file for
    /// the organisation: the sealed export holds states, never notes.
    #[test]
    fn notes_never_reach_the_export() {
        let mut record = crate::checklist::ChecklistRecord::default();
        record.set_state("pesel", crate::checklist::StepState::Done);
        record.set_note("pesel", "Private: the officer's name is Kowalski");
        let part = ChecklistExport::from_record(&record);
        assert_eq!(part.steps.get("pesel").map(String::as_str), Some("done"));
        let export = Export::new("1", "en", NaiveDate::from_ymd_opt(2026, 12, 4).unwrap(), BTreeMap::new(), part);
        let json = serde_json::to_string(&export).unwrap();
        assert!(!json.contains("Kowalski"), "{json}");
    }

    #[test]
    fn file_name_is_neutral() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
        assert_eq!(export_file_name(None, day), "export-2026-11-21.age");
        assert_eq!(export_file_name(Some("ocalenie"), day), "ocalenie-export-2026-11-21.age");
        assert_eq!(neutral_file_name(None, "dates", None, "ics"), "dates.ics");
        assert!(!export_file_name(None, day).to_lowercase().contains("waymark"));
    }

    #[test]
    fn json_has_format_version_and_fields() {
        let e = sample_export(5);
        let v: serde_json::Value = serde_json::from_str(&export_json(&e).unwrap()).unwrap();
        assert_eq!(v["format"], "waymark-export");
        assert_eq!(v["version"], 1);
        assert_eq!(v["created"], "2026-11-21");
        assert_eq!(v["locale"], "be");
        assert_eq!(v["checklist"]["steps"]["pesel"], "done");
        assert_eq!(v["answers"]["household.size"], 3);
    }

    #[test]
    fn sealed_sizes_fall_in_buckets() {
        let recipients: Vec<_> = (0..2).map(|_| test_recipient()).collect();
        // text length (Cyrillic, 2 bytes each) → expected bucket
        for (chars, bucket) in [(0, 2048), (900, 4096), (1500, 4096), (2000, 16384), (30_000, 65536), (100_000, 262_144), (200_000, 524_288)] {
            let out = seal(&sample_export(chars), &recipients, SealFormat::Binary).unwrap();
            assert_eq!(out.len(), bucket, "{chars} chars");
        }
        assert_eq!(seal(&sample_export(300_000), &recipients, SealFormat::Binary), Err(SealError::TooLarge));
        // One recipient: still exact.
        let out = seal(&sample_export(10), &recipients[..1], SealFormat::Binary).unwrap();
        assert_eq!(out.len(), 2048);
        assert_eq!(seal(&sample_export(10), &[], SealFormat::Binary), Err(SealError::NoRecipients));
    }

    #[test]
    fn bucket_boundaries_are_exact() {
        // Every plaintext size lands exactly on a bucket, including sizes that
        // cross the 64 KiB STREAM chunk boundary.
        for h in [150usize, 248, 346] {
            for b in SIZE_BUCKETS {
                let p = max_plaintext_for(h, b).unwrap();
                assert_eq!(encrypted_len(h, p), b);
                assert!(encrypted_len(h, p + 1) > b);
            }
        }
    }

    #[test]
    fn armored_is_text_and_same_bucket_for_similar_sizes() {
        let r = vec![test_recipient()];
        let a = seal(&sample_export(10), &r, SealFormat::Armored).unwrap();
        let b = seal(&sample_export(400), &r, SealFormat::Armored).unwrap();
        assert!(a.starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----"));
        assert_eq!(a.len(), b.len());
        assert!(a.len() < 4096, "fits one Telegram message: {}", a.len());
    }
}
