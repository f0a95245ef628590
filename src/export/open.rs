//! The organisation desk's import path: bytes (binary `.age` or pasted armored
//! text) + the desk's secret keys → a parsed [`Export`], or a typed
//! [`OpenError`] naming the failure class.
//!
//! Owns the size cap (checked before any parsing), armor detection, the
//! mapping of [`crate::agefile`]'s failure classes to the desk's messages,
//! and the strict `waymark-export` JSON parser.
//!
//! It never returns or keeps partial plaintext: a file is decrypted fully and
//! authenticated before a single byte is parsed, and on any error the buffer
//! is dropped. It never panics on any input (property-tested) and takes only
//! X25519 identities (passphrase-encrypted files are refused by class).


use crate::agefile::{self, DecryptError, OpenFailure, MAX_STANZAS};

use super::identity::DeskIdentity;
use super::{Export, EXPORT_FORMAT, EXPORT_VERSION};

/// Largest input the desk reads (binary or armored). Larger files are refused
/// before anything is decoded.
pub const MAX_EXPORT_INPUT: usize = 1024 * 1024;

const ARMOR_BEGIN: &[u8] = b"-----BEGIN AGE ENCRYPTED FILE-----";
const AGE_MAGIC: &[u8] = b"age-encryption.org/";

/// Why an export did not open. Variants mirror the age test-vector classes
/// (no match, HMAC, header, payload, armor) plus Waymark's own. Each has a
/// message in `export.ftl` ([`OpenError::message_id`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OpenError {
    /// Bigger than [`MAX_EXPORT_INPUT`]; nothing was read.
    #[error("file too large ({size} bytes, limit {max})")]
    TooLarge { size: usize, max: usize },
    /// Neither an age file nor age armor (e.g. a photo or a PDF, or empty).
    #[error("not an age file")]
    NotAgeFile,
    /// Armored text that is damaged (changed by a messenger, cut, extra text).
    #[error("the text armor is damaged")]
    ArmorFailure,
    /// The age header is damaged or from an unsupported age version.
    #[error("the file header is damaged")]
    HeaderFailure,
    /// The header's authentication code does not match: the file was changed.
    #[error("the file was changed after sealing")]
    HmacFailure,
    /// None of the loaded keys can open it (sealed for another organisation or
    /// an old key).
    #[error("none of the loaded keys can open this file")]
    NoMatch,
    /// More key stanzas than any export has ([`MAX_STANZAS`]): refused before
    /// a single key is tried (a hostile file could otherwise keep the desk
    /// busy for seconds per loaded key).
    #[error("the file is addressed to more than {max} keys")]
    TooManyRecipients { max: usize },
    /// Encrypted with a passphrase, not to the organisation's key.
    #[error("the file is protected by a passphrase, not by the organisation's key")]
    PassphraseProtected,
    /// The encrypted content is damaged or cut off.
    #[error("the file content is damaged or incomplete")]
    PayloadFailure,
    /// No key file loaded yet.
    #[error("no key loaded")]
    NoIdentities,
    /// Decrypted, but not a Waymark export (other JSON or other data).
    #[error("not a Waymark export")]
    NotWaymarkExport,
    /// A Waymark export of a newer format version than this desk reads.
    #[error("export version {version} is newer than this desk")]
    NewerVersion { version: u64 },
    /// A Waymark export with missing or mistyped fields.
    #[error("the export is incomplete or malformed")]
    InvalidExport,
}

impl OpenError {
    /// Fluent id in `export.ftl`. `NewerVersion` takes `$version`,
    /// `TooLarge` takes `$size` and `$max` (in KiB), `TooManyRecipients`
    /// takes `$max` (a count).
    pub fn message_id(&self) -> &'static str {
        match self {
            OpenError::TooLarge { .. } => "export-open-too-large",
            OpenError::NotAgeFile => "export-open-not-age",
            OpenError::ArmorFailure => "export-open-armor",
            OpenError::HeaderFailure => "export-open-header",
            OpenError::HmacFailure => "export-open-hmac",
            OpenError::NoMatch => "export-open-no-match",
            OpenError::TooManyRecipients { .. } => "export-open-too-many-keys",
            OpenError::PassphraseProtected => "export-open-passphrase",
            OpenError::PayloadFailure => "export-open-payload",
            OpenError::NoIdentities => "export-open-no-identities",
            OpenError::NotWaymarkExport => "export-open-not-waymark",
            OpenError::NewerVersion { .. } => "export-open-newer-version",
            OpenError::InvalidExport => "export-open-invalid",
        }
    }
}

/// Opens one export: size check, de-armor, decrypt fully, authenticate, then
/// parse. `input` is the file's bytes or pasted text as bytes; it is copied
/// once (after the size check) and opened with [`open_export_owned`].
pub fn open_export(input: &[u8], identities: &[DeskIdentity]) -> Result<Export, OpenError> {
    check_size(input, MAX_EXPORT_INPUT)?;
    open_export_owned(input.to_vec(), identities)
}

/// [`open_export`] in the input's own buffer: armor is decoded and the
/// payload decrypted where they lie, so a 1 MiB file or paste costs the desk
/// about 1 MiB, not two or three.
pub fn open_export_owned(input: Vec<u8>, identities: &[DeskIdentity]) -> Result<Export, OpenError> {
    // The padded plaintext is wiped when parsed (the parsed export is the
    // caller's to keep).
    let plaintext = zeroize::Zeroizing::new(decrypt_owned(input, identities, MAX_EXPORT_INPUT)?);
    parse_export_json(&plaintext)
}

fn check_size(input: &[u8], max: usize) -> Result<(), OpenError> {
    if input.len() > max {
        return Err(OpenError::TooLarge { size: input.len(), max });
    }
    Ok(())
}

/// Decrypts an age file (binary or armored) into a buffer. Only complete,
/// authenticated plaintext is returned. (Tests; the desk uses [`decrypt_owned`].)
#[cfg(test)]
pub(crate) fn decrypt(input: &[u8], identities: &[DeskIdentity], max: usize) -> Result<Vec<u8>, OpenError> {
    check_size(input, max)?;
    decrypt_owned(input.to_vec(), identities, max)
}

/// [`decrypt`] in the input's own buffer, which becomes the plaintext.
pub(crate) fn decrypt_owned(input: Vec<u8>, identities: &[DeskIdentity], max: usize) -> Result<Vec<u8>, OpenError> {
    match decrypt_with(input, identities.iter().map(DeskIdentity::key), max) {
        Err(OpenError::NoMatch) if identities.is_empty() => Err(OpenError::NoIdentities),
        other => other,
    }
}

/// [`decrypt_owned`] with any X25519 identities (the newcomer's reply key
/// opens a plan with it, `crate::reply`).
pub(crate) fn decrypt_with<'a>(
    mut input: Vec<u8>,
    identities: impl IntoIterator<Item = &'a agefile::Identity>,
    max: usize,
) -> Result<Vec<u8>, OpenError> {
    check_size(&input, max)?;
    dearmor(&mut input)?;
    if !input.starts_with(AGE_MAGIC) {
        return Err(OpenError::NotAgeFile);
    }
    agefile::decrypt_any_in_place(identities, &mut input).map_err(|e| match e {
        OpenFailure::TooManyStanzas => OpenError::TooManyRecipients { max: MAX_STANZAS },
        OpenFailure::Decrypt(DecryptError::Header) => OpenError::HeaderFailure,
        OpenFailure::Decrypt(DecryptError::NoMatch) => OpenError::NoMatch,
        OpenFailure::Decrypt(DecryptError::Mac) => OpenError::HmacFailure,
        OpenFailure::Decrypt(DecryptError::Payload) => OpenError::PayloadFailure,
        OpenFailure::Decrypt(DecryptError::Passphrase) => OpenError::PassphraseProtected,
    })?;
    Ok(input)
}

/// Binary input is left as it is; armored input (optionally preceded by
/// whitespace or a byte-order mark, as pasted text often is) is decoded in
/// its own buffer.
fn dearmor(input: &mut Vec<u8>) -> Result<(), OpenError> {
    const BOM: &[u8] = "\u{feff}".as_bytes();
    let bom = if input.starts_with(BOM) { BOM.len() } else { 0 };
    let start = input[bom..].iter().position(|b| !b.is_ascii_whitespace()).map_or(input.len(), |p| bom + p);
    let trimmed = &input[start..];
    if trimmed.starts_with(ARMOR_BEGIN) {
        input.drain(..bom);
        return agefile::dearmor_in_place(input).map_err(|_| OpenError::ArmorFailure);
    }
    if input.starts_with(AGE_MAGIC) {
        return Ok(());
    }
    // Armor with a wrong or mangled begin line, or text before it.
    if contains_ignore_case(trimmed, b"-----BEGIN") || contains_ignore_case(trimmed, b"BEGIN AGE ENCRYPTED") {
        return Err(OpenError::ArmorFailure);
    }
    Err(OpenError::NotAgeFile)
}

fn contains_ignore_case(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle))
}

/// Most JSON items (values, keys and separators outside strings) an export
/// may have. A real one has a few hundred (every answer, every checklist
/// step); its size comes from text and padding, which are single strings.
/// Without a cap, anyone with the organisation's public key can seal 1 MiB
/// of `[0,0,0,…]`: half a million values, about 26 MiB of parsed tree in the
/// desk's memory (measured, tests/e2e/desk-hostile-bench.mjs).
pub const MAX_JSON_ITEMS: usize = 20_000;

/// Counts `[`, `{`, `,` and `:` outside strings, stopping past `max`.
pub(crate) fn json_items_exceed(text: &[u8], max: usize) -> bool {
    let (mut count, mut in_string, mut escaped) = (0usize, false, false);
    for b in text {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
        } else {
            match b {
                b'"' => in_string = true,
                b'[' | b'{' | b',' | b':' => {
                    count += 1;
                    if count > max {
                        return true;
                    }
                }
                _ => {}
            }
        }
    }
    false
}

/// Parses decrypted bytes as a `waymark-export` of a version this desk reads.
/// More than [`MAX_JSON_ITEMS`] JSON items is [`OpenError::InvalidExport`],
/// decided before any parsing.
pub fn parse_export_json(plaintext: &[u8]) -> Result<Export, OpenError> {
    if json_items_exceed(plaintext, MAX_JSON_ITEMS) {
        return Err(OpenError::InvalidExport);
    }
    let value: serde_json::Value = serde_json::from_slice(plaintext).map_err(|_| OpenError::NotWaymarkExport)?;
    let obj = value.as_object().ok_or(OpenError::NotWaymarkExport)?;
    if obj.get("format").and_then(|f| f.as_str()) != Some(EXPORT_FORMAT) {
        return Err(OpenError::NotWaymarkExport);
    }
    let version = obj.get("version").and_then(|v| v.as_u64()).ok_or(OpenError::InvalidExport)?;
    if version > u64::from(EXPORT_VERSION) {
        return Err(OpenError::NewerVersion { version });
    }
    if version == 0 {
        return Err(OpenError::InvalidExport);
    }
    let mut export: Export = serde_json::from_value(value).map_err(|_| OpenError::InvalidExport)?;
    if export.created_date().is_none() || export.locale.trim().is_empty() {
        return Err(OpenError::InvalidExport);
    }
    // A reply key that is not an age recipient is dropped, not a reason to
    // hide the answers: the desk then offers no plan for this export.
    if export.reply_to.as_deref().is_some_and(|r| agefile::Recipient::parse(r).is_none()) {
        export.reply_to = None;
    }
    Ok(export)
}

#[cfg(test)]
mod tests {
    use super::super::tests::sample_export;
    use super::super::{seal, SealFormat};
    use super::*;
    use crate::export::identity::{generate_key_pair, parse_identity_file};
    use chrono::NaiveDate;
    use proptest::prelude::*;

    fn pair() -> (DeskIdentity, crate::agefile::Recipient) {
        let kp = generate_key_pair(NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()).unwrap();
        let r = crate::agefile::Recipient::parse(&kp.recipient).unwrap();
        (kp.identity.clone(), r)
    }

    #[test]
    fn round_trip_binary_and_armored_with_two_recipients() {
        let (a, ra) = pair();
        let (b, rb) = pair();
        let e = sample_export(100);
        for format in [SealFormat::Binary, SealFormat::Armored] {
            let sealed = seal(&e, &[ra.clone(), rb.clone()], format).unwrap();
            assert_eq!(open_export(&sealed, std::slice::from_ref(&a)).unwrap(), e);
            assert_eq!(open_export(&sealed, std::slice::from_ref(&b)).unwrap(), e);
        }
    }

    #[test]
    fn pasted_armor_with_surrounding_whitespace_opens() {
        let (a, ra) = pair();
        let sealed = seal(&sample_export(1), &[ra], SealFormat::Armored).unwrap();
        let mut pasted = b"\xef\xbb\xbf\n  \r\n".to_vec();
        pasted.extend_from_slice(&sealed);
        pasted.extend_from_slice(b"\n\n  ");
        assert!(open_export(&pasted, &[a]).is_ok());
    }

    #[test]
    fn error_classes() {
        let (a, ra) = pair();
        let (other, _) = pair();
        let e = sample_export(1);
        let sealed = seal(&e, std::slice::from_ref(&ra), SealFormat::Binary).unwrap();
        assert_eq!(open_export(&sealed, &[other]), Err(OpenError::NoMatch));
        assert_eq!(open_export(&sealed, &[]), Err(OpenError::NoIdentities));
        // Flip a byte in the payload.
        let mut damaged = sealed.clone();
        let last = damaged.len() - 1;
        damaged[last] ^= 1;
        assert_eq!(open_export(&damaged, std::slice::from_ref(&a)), Err(OpenError::PayloadFailure));
        // Truncate.
        assert_eq!(open_export(&sealed[..sealed.len() - 100], std::slice::from_ref(&a)), Err(OpenError::PayloadFailure));
        // Change the header MAC.
        let text_end = sealed.windows(4).position(|w| w == b"\n---").unwrap() + 5;
        let mut mac = sealed.clone();
        mac[text_end] = if mac[text_end] == b'A' { b'B' } else { b'A' };
        assert_eq!(open_export(&mac, std::slice::from_ref(&a)), Err(OpenError::HmacFailure));
        // Not age at all.
        assert_eq!(open_export(b"%PDF-1.7", std::slice::from_ref(&a)), Err(OpenError::NotAgeFile));
        assert_eq!(open_export(b"", std::slice::from_ref(&a)), Err(OpenError::NotAgeFile));
        // Armor damaged by a messenger (a line joined).
        let armored = seal(&e, std::slice::from_ref(&ra), SealFormat::Armored).unwrap();
        let text = String::from_utf8(armored).unwrap();
        let joined = text.replacen('\n', "", 2).replacen("FILE-----", "FILE-----\n", 1);
        assert_eq!(open_export(joined.as_bytes(), std::slice::from_ref(&a)), Err(OpenError::ArmorFailure));
        let prefixed = format!("Forwarded:\n{text}");
        assert_eq!(open_export(prefixed.as_bytes(), std::slice::from_ref(&a)), Err(OpenError::ArmorFailure));
        // Too large: refused before reading.
        let big = vec![0u8; MAX_EXPORT_INPUT + 1];
        assert_eq!(open_export(&big, &[a]), Err(OpenError::TooLarge { size: MAX_EXPORT_INPUT + 1, max: MAX_EXPORT_INPUT }));
    }

    #[test]
    fn passphrase_files_are_refused_by_class() {
        let (a, _) = pair();
        let enc = age::Encryptor::with_user_passphrase(age::secrecy::SecretString::from("pw".to_string()));
        let mut out = vec![];
        let mut w = enc.wrap_output(&mut out).unwrap();
        std::io::Write::write_all(&mut w, b"{}").unwrap();
        w.finish().unwrap();
        assert_eq!(open_export(&out, &[a]), Err(OpenError::PassphraseProtected));
    }

    fn seal_raw(plaintext: &[u8], r: &crate::agefile::Recipient) -> Vec<u8> {
        crate::agefile::encrypt(std::slice::from_ref(r), plaintext).unwrap()
    }

    #[test]
    fn json_level_errors() {
        let (a, ra) = pair();
        let open = |p: &str| open_export(&seal_raw(p.as_bytes(), &ra), std::slice::from_ref(&a));
        assert_eq!(open("hello"), Err(OpenError::NotWaymarkExport));
        assert_eq!(open("{\"format\":\"other\",\"version\":1}"), Err(OpenError::NotWaymarkExport));
        assert_eq!(open("[1,2]"), Err(OpenError::NotWaymarkExport));
        assert_eq!(
            open("{\"format\":\"waymark-export\",\"version\":2,\"whatever\":true}"),
            Err(OpenError::NewerVersion { version: 2 })
        );
        assert_eq!(open("{\"format\":\"waymark-export\",\"version\":1}"), Err(OpenError::InvalidExport));
        assert_eq!(
            open("{\"format\":\"waymark-export\",\"version\":1,\"content_version\":\"1\",\"locale\":\"pl\",\"created\":\"21.11.2026\"}"),
            Err(OpenError::InvalidExport)
        );
        let ok = open("{\"format\":\"waymark-export\",\"version\":1,\"content_version\":\"1\",\"locale\":\"pl\",\"created\":\"2026-11-21\",\"future_field\":1}").unwrap();
        assert!(ok.answers.is_empty());
    }

    #[test]
    fn stanza_bodies_must_end_with_a_short_line() {
        let ids = parse_identity_file("AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0").unwrap();
        let mac = "A".repeat(43);
        let file = |body: &str| format!("age-encryption.org/v1\n-> a\n{body}--- {mac}\n");
        let full = "A".repeat(64);
        assert_eq!(open_export(file(&format!("{full}\n")).as_bytes(), &ids), Err(OpenError::HeaderFailure));
        assert_eq!(open_export(file("").as_bytes(), &ids), Err(OpenError::HeaderFailure));
        // Well-formed headers with a stanza for another key type: no match.
        assert_eq!(open_export(file("\n").as_bytes(), &ids), Err(OpenError::NoMatch));
        assert_eq!(open_export(file(&format!("{full}\nAA\n")).as_bytes(), &ids), Err(OpenError::NoMatch));
    }

    /// Armor of `binary`, cut to at most `size` bytes of text (still a
    /// valid armor: whole lines, the end line kept).
    fn armor_within(binary: &[u8], size: usize) -> Vec<u8> {
        let mut len = binary.len();
        loop {
            let text = crate::agefile::armor(&binary[..len]);
            if text.len() <= size {
                return text;
            }
            len -= (text.len() - size) * 3 / 4 + 3;
        }
    }

    #[test]
    fn a_file_of_many_stanzas_is_refused_with_its_own_message() {
        let ids: Vec<DeskIdentity> = (0..3).map(|_| pair().0).collect();
        let binary = crate::agefile::tests::hostile_stanzas(MAX_EXPORT_INPUT);
        let armored = armor_within(&binary, MAX_EXPORT_INPUT);
        for input in [&binary, &armored] {
            let owned = input.clone();
            let (result, seen) = crate::agefile::test_alloc::watch(&[], || open_export_owned(owned, &ids));
            assert_eq!(result, Err(OpenError::TooManyRecipients { max: MAX_STANZAS }));
            assert_eq!(result.unwrap_err().message_id(), "export-open-too-many-keys");
            // Binary and armored alike: decoded and parsed in the input's
            // own buffer; only the first 64 stanzas are kept.
            assert!(seen.peak <= 16 * 1024, "peak {} bytes for {} bytes", seen.peak, input.len());
        }
    }

    #[test]
    fn an_authentic_file_of_tiny_json_values_is_refused_before_parsing() {
        let (a, ra) = pair();
        let mut json = String::from("{\"format\":\"waymark-export\",\"version\":1,\"zeros\":[");
        while json.len() < 500_000 {
            json.push_str("0,");
        }
        json.push_str("0]}");
        let sealed = crate::agefile::encrypt(std::slice::from_ref(&ra), json.as_bytes()).unwrap();
        let owned = sealed.clone();
        let (result, seen) = crate::agefile::test_alloc::watch(&[], || open_export_owned(owned, std::slice::from_ref(&a)));
        assert_eq!(result, Err(OpenError::InvalidExport));
        // Decrypted in the file's own buffer: not a copy of the text, not a
        // tree of 250,000 values.
        assert!(seen.peak <= 4096, "peak {} bytes for {} bytes", seen.peak, sealed.len());
        // The same file pasted as armor: decoded and decrypted in place too.
        let owned = crate::agefile::armor(&sealed);
        let (result, seen) = crate::agefile::test_alloc::watch(&[], || open_export_owned(owned, std::slice::from_ref(&a)));
        assert_eq!(result, Err(OpenError::InvalidExport));
        assert!(seen.peak <= 4096, "armored: peak {} bytes for {} bytes", seen.peak, sealed.len());
        // Items inside strings do not count; a big real export opens.
        assert!(!json_items_exceed(b"{\"a\":\"[[[,,,::: \\\" ,,,\"}", 2));
        assert!(json_items_exceed(b"{\"a\":[1,2]}", 3));
        let e = sample_export(200_000);
        let sealed = seal(&e, &[ra], SealFormat::Binary).unwrap();
        assert_eq!(open_export(&sealed, &[a]).unwrap(), e);
    }

    #[test]
    fn pasted_armor_of_empty_lines_reserves_no_more_than_its_size() {
        let ids = vec![pair().0];
        for eol in ["\n", "\r\n", "\n \n"] {
            let mut text = b"\n-----BEGIN AGE ENCRYPTED FILE-----\n".to_vec();
            while text.len() + eol.len() + 33 <= MAX_EXPORT_INPUT {
                text.extend_from_slice(eol.as_bytes());
            }
            text.extend_from_slice(b"-----END AGE ENCRYPTED FILE-----\n");
            let owned = text.clone();
            let (result, seen) = crate::agefile::test_alloc::watch(&[], || open_export_owned(owned, &ids));
            assert_eq!(result, Err(OpenError::ArmorFailure));
            assert!(seen.peak < 1024, "{eol:?}: peak {} bytes for {} bytes", seen.peak, text.len());
        }
    }

    /// An answer that occurs nowhere but in the plaintext.
    const SECRET_ANSWER: &str = "Секрэтны адказ 7f3a9c: вуліца Кветкавая, 12";

    fn export_with_secret() -> Export {
        let mut e = sample_export(3000);
        e.answers.insert("secret".into(), serde_json::json!(SECRET_ANSWER));
        e
    }

    #[test]
    fn sealing_and_opening_leave_no_copy_of_the_answers() {
        let (a, ra) = pair();
        let e = export_with_secret();
        let needle = SECRET_ANSWER.as_bytes();
        for format in [SealFormat::Binary, SealFormat::Armored] {
            let (sealed, seen) = crate::agefile::test_alloc::watch(&[needle], || seal(&e, std::slice::from_ref(&ra), format));
            let sealed = sealed.unwrap();
            assert!(seen.found.is_empty(), "{format:?}: a freed block held the answers");
            let (opened, seen) = crate::agefile::test_alloc::watch(&[needle], || open_export(&sealed, std::slice::from_ref(&a)));
            assert_eq!(opened.unwrap(), e);
            assert!(seen.found.is_empty(), "{format:?}: a freed block held the answers");
        }
    }

    #[test]
    fn the_padded_plaintext_is_allocated_once_at_its_final_size() {
        let (_, ra) = pair();
        let sealer = crate::agefile::Sealer::new(&[ra]).unwrap();
        for chars in [0, 900, 30_000] {
            let plaintext = super::super::padded_json(&sample_export(chars), sealer.header_len()).unwrap();
            assert_eq!(plaintext.capacity(), plaintext.len());
            assert!(super::super::SIZE_BUCKETS.contains(&crate::agefile::encrypted_len(sealer.header_len(), plaintext.len())));
        }
    }

    #[test]
    fn key_files_leave_no_copy_of_the_secret_key() {
        let secret = "AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0";
        let upper = &secret.as_bytes()[16..40];
        let lower = secret.to_ascii_lowercase().as_bytes()[16..40].to_vec();
        for text in [format!("# key\n{secret}\n"), format!("{}\n", secret.to_lowercase())] {
            let (ids, seen) = crate::agefile::test_alloc::watch(&[upper, &lower], || parse_identity_file(&text).map(|ids| ids.len()));
            assert_eq!(ids, Ok(1));
            assert!(seen.found.is_empty(), "{seen:?}");
        }
        // A generated key pair wipes its identity file when dropped.
        let kp = generate_key_pair(NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()).unwrap();
        let line = kp.identity_file.lines().last().unwrap().as_bytes()[16..40].to_vec();
        let ((), seen) = crate::agefile::test_alloc::watch(&[&line], || drop(kp));
        assert!(seen.found.is_empty(), "{seen:?}");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
            let ids = parse_identity_file("AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0").unwrap();
            let _ = open_export(&bytes, &ids);
            let mut prefixed = b"age-encryption.org/v1\n-> X25519 ".to_vec();
            prefixed.extend_from_slice(&bytes);
            let _ = open_export(&prefixed, &ids);
            let mut armored = b"-----BEGIN AGE ENCRYPTED FILE-----\n".to_vec();
            armored.extend_from_slice(&bytes);
            let _ = open_export(&armored, &ids);
        }

        #[test]
        fn bit_flips_in_a_real_export_never_open_wrongly(pos in 0usize..4096, bit in 0u8..8) {
            let ids = parse_identity_file("AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0").unwrap();
            let r = crate::agefile::Recipient::parse(ids[0].recipient()).unwrap();
            let e = sample_export(1);
            let mut sealed = seal(&e, &[r], SealFormat::Binary).unwrap();
            let i = pos % sealed.len();
            sealed[i] ^= 1 << bit;
            prop_assert!(open_export(&sealed, &ids).is_err());
        }
    }
}
