//! Organisation configuration: `config/org.toml`.
//!
//! Owns the typed [`OrgConfig`] (name, contact, public keys, locales, site
//! title, demo flag), its parser and validator, and recipient parsing
//! ([`recipient`]), and the small helpers every TOML loader of the app
//! shares (`toml_walk`). Every mistake becomes a [`Diagnostic`] naming
//! `config/org.toml` and a line, with several problems reported at once.
//! Whether sealed export is possible ([`OrgConfig::recipients`]) is kept apart
//! from everything else, so a broken contact never switches off the checklist
//! and a broken key never silently seals to the wrong (or to no) key.
//!
//! It never reads files or the network (the caller passes the text in), never
//! panics on any input, and never holds secret keys.

pub mod recipient;
pub mod toml_read;
pub(crate) mod toml_walk;
#[cfg(test)]
mod toml_read_tests;

use std::collections::BTreeSet;

use crate::config::toml_read::{DeTable, DeValue};
use crate::config::toml_read::Spanned;

use crate::diagnostic::{line_of, Diagnostic};
use toml_walk::{get, suggest, wrong_type_text};
pub use recipient::{parse_recipient, Fingerprint, OrgRecipient, RecipientError};

/// Site path used in every diagnostic of this module.
pub const ORG_FILE: &str = "config/org.toml";

/// How the newcomer can reach the organisation. At least one is set in a valid
/// config; each is free text as the organisation wrote it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Contact {
    pub web: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// A messenger handle, e.g. `Signal: +48 …` or `@org_help` on Telegram.
    pub messenger: Option<String>,
}

impl Contact {
    pub fn is_empty(&self) -> bool {
        self.web.is_none() && self.email.is_none() && self.phone.is_none() && self.messenger.is_none()
    }
}

/// Why sealed export is switched off. The UI shows `export-config-broken`
/// (see [`RecipientsProblem::message_id`]); details are in the diagnostics.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecipientsProblem {
    /// The config file itself could not be read as TOML.
    #[error("the configuration file is not valid TOML")]
    ConfigUnreadable,
    /// No `recipients` key.
    #[error("`recipients` is missing")]
    Missing,
    /// `recipients` is not a list of strings.
    #[error("`recipients` is not a list of strings")]
    WrongType,
    /// `recipients = []`.
    #[error("`recipients` is empty")]
    Empty,
    /// Entry number `index` (0-based) is not usable.
    #[error("recipient {index} is not usable: {error}")]
    Invalid { index: usize, error: RecipientError },
    /// More keys than an age file may have stanzas (the desk refuses such
    /// files as hostile, see `agefile::MAX_STANZAS`).
    #[error("more than {max} recipients")]
    TooMany { max: usize },
}

impl RecipientsProblem {
    /// Fluent id (in `export.ftl`) of the message shown to the newcomer.
    pub fn message_id(&self) -> &'static str {
        "export-config-broken"
    }
}

/// A parsed and validated `config/org.toml`.
///
/// Fields that failed validation hold a safe fallback (empty name, English
/// locale, …) and have a diagnostic in [`OrgConfigReport::diagnostics`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgConfig {
    /// Organisation name; empty when missing or invalid (see diagnostics).
    pub name: String,
    pub contact: Contact,
    /// Neutral title for the browser tab; `None` means the app's default.
    pub site_title: Option<String>,
    /// Put before the names of downloaded files (`<prefix>-export-….age`);
    /// `None`: no prefix (the default names do not name the app).
    pub file_prefix: Option<String>,
    /// Locale used when the browser's preferences match none enabled.
    pub default_locale: String,
    /// Locales offered in the language menu; never empty, contains `default_locale`.
    pub enabled_locales: Vec<String>,
    /// `true` for the bundled demo: the UI must warn that exports are not private.
    pub demo: bool,
    /// The keys to seal to, or why export is switched off. Duplicates removed.
    pub recipients: Result<Vec<OrgRecipient>, RecipientsProblem>,
}

impl OrgConfig {
    /// Whether sealed export is allowed (every recipient valid, at least one).
    pub fn export_allowed(&self) -> bool {
        self.recipients.is_ok()
    }

    /// The age recipients to pass to `export::seal`, or why there are none.
    pub fn export_recipients(&self) -> Result<Vec<crate::agefile::Recipient>, RecipientsProblem> {
        match &self.recipients {
            Ok(list) => Ok(list.iter().map(|r| r.key().clone()).collect()),
            Err(e) => Err(e.clone()),
        }
    }
}

/// The result of reading `config/org.toml`.
#[derive(Debug, Clone)]
pub struct OrgConfigReport {
    /// `None` only when the file is not valid TOML at all.
    pub config: Option<OrgConfig>,
    /// Every problem found, errors and warnings, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

impl OrgConfigReport {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
    /// Export allowed: config readable and recipients valid.
    pub fn export_allowed(&self) -> bool {
        self.config.as_ref().is_some_and(OrgConfig::export_allowed)
    }
}

const TOP_KEYS: &[&str] = &["demo", "name", "site_title", "file_prefix", "default_locale", "enabled_locales", "recipients", "contact"];
const CONTACT_KEYS: &[&str] = &["web", "email", "phone", "messenger"];

/// Parses and validates `config/org.toml`.
///
/// `known_locales` are the locales the site ships (e.g. `["en","pl","ru","be","uk"]`);
/// the first one is the fallback when the config names none usable.
pub fn parse_org_config(text: &str, known_locales: &[&str]) -> OrgConfigReport {
    let mut c = Checker { text, diags: Vec::new() };
    let fallback_locale = known_locales.first().copied().unwrap_or("en").to_string();

    let (table, errors) = DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        for e in &errors {
            let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(0);
            c.error(
                line,
                format!("TOML syntax error: {}", first_line(e.message())),
                "check quotes, commas and brackets on this line; text values need \"double quotes\"",
            );
        }
        return OrgConfigReport { config: None, diagnostics: c.diags };
    }
    let table = table.into_inner();

    // Unknown keys, with a suggestion.
    for key in table.keys() {
        let k: &str = key.get_ref();
        if !TOP_KEYS.contains(&k) {
            let line = line_of(text, key.span().start);
            let fix = match suggest(k, TOP_KEYS) {
                Some(s) => format!("did you mean `{s}`? Known keys: {}", TOP_KEYS.join(", ")),
                None if CONTACT_KEYS.contains(&k) => format!("put `{k}` under the [contact] heading"),
                None => format!("remove it; known keys: {}", TOP_KEYS.join(", ")),
            };
            c.error(line, format!("unknown key `{k}`"), fix);
        }
    }

    let demo = match get(&table, "demo") {
        None => false,
        Some(v) => match v.get_ref() {
            DeValue::Boolean(b) => *b,
            other => {
                c.wrong_type(v, "demo", "true or false (no quotes)", other);
                false
            }
        },
    };

    let name = c.required_string(&table, "name", "add a line like: name = \"Help Centre Warsaw\"").unwrap_or_default();

    let site_title = match get(&table, "site_title") {
        None => None,
        Some(v) => match v.get_ref() {
            DeValue::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
            DeValue::String(_) => {
                c.warning(c.line(v), "`site_title` is empty", "remove the line to use the default title, or write a neutral title");
                None
            }
            other => {
                c.wrong_type(v, "site_title", "text in double quotes", other);
                None
            }
        },
    };

    let file_prefix = match get(&table, "file_prefix") {
        None => None,
        Some(v) => match v.get_ref() {
            DeValue::String(s) if is_file_prefix(s) => Some(s.to_string()),
            DeValue::String(_) => {
                c.warning(
                    c.line(v),
                    "`file_prefix` must be 1 to 32 letters a-z, digits, - or _",
                    "write a short neutral word like file_prefix = \"docs\", or remove the line",
                );
                None
            }
            other => {
                c.wrong_type(v, "file_prefix", "text in double quotes", other);
                None
            }
        },
    };

    let contact = c.contact(&table);

    // Locales.
    let mut enabled: Vec<String> = Vec::new();
    match get(&table, "enabled_locales") {
        None => {
            c.warning(0, "`enabled_locales` is missing; all shipped languages are offered", format!("add: enabled_locales = [{}]", quoted_list(known_locales)));
            enabled = known_locales.iter().map(|s| s.to_string()).collect();
        }
        Some(v) => match v.get_ref() {
            DeValue::Array(items) => {
                for item in items.iter() {
                    match item.get_ref() {
                        DeValue::String(s) => {
                            let s = s.trim();
                            if !known_locales.contains(&s) {
                                c.error(c.line(item), format!("unknown locale `{s}` in `enabled_locales`"), locale_fix(s, known_locales));
                            } else if enabled.iter().any(|e| e == s) {
                                c.warning(c.line(item), format!("locale `{s}` is listed twice in `enabled_locales`"), "remove the second one");
                            } else {
                                enabled.push(s.to_string());
                            }
                        }
                        other => c.wrong_type(item, "enabled_locales", "locale codes in double quotes, e.g. \"pl\"", other),
                    }
                }
                if items.is_empty() {
                    c.error(c.line(v), "`enabled_locales` is empty", format!("list at least one: [{}]", quoted_list(known_locales)));
                }
            }
            other => c.wrong_type(v, "enabled_locales", "a list like [\"en\", \"pl\"]", other),
        },
    }

    let default_locale = match get(&table, "default_locale") {
        None => {
            c.error(0, "`default_locale` is missing", format!("add a line like: default_locale = \"{fallback_locale}\""));
            None
        }
        Some(v) => match v.get_ref() {
            DeValue::String(s) => {
                let s = s.trim();
                if !known_locales.contains(&s) {
                    c.error(c.line(v), format!("unknown locale `{s}` in `default_locale`"), locale_fix(s, known_locales));
                    None
                } else {
                    if !enabled.is_empty() && !enabled.iter().any(|e| e == s) {
                        c.error(c.line(v), format!("`default_locale` is `{s}` but it is not in `enabled_locales`"), format!("add \"{s}\" to `enabled_locales` or choose an enabled locale"));
                    }
                    Some(s.to_string())
                }
            }
            other => {
                c.wrong_type(v, "default_locale", "a locale code in double quotes, e.g. \"pl\"", other);
                None
            }
        },
    };
    let default_locale = default_locale
        .or_else(|| enabled.first().cloned())
        .unwrap_or_else(|| fallback_locale.clone());
    if enabled.is_empty() {
        // An unusable list must not take newcomers' languages away: offer
        // every shipped language until the organisation fixes it.
        enabled = known_locales.iter().map(|s| s.to_string()).collect();
    }
    if !enabled.contains(&default_locale) {
        enabled.insert(0, default_locale.clone());
    }

    let recipients = c.recipients(&table);

    OrgConfigReport {
        config: Some(OrgConfig { name, contact, site_title, file_prefix, default_locale, enabled_locales: enabled, demo, recipients }),
        diagnostics: c.diags,
    }
}

/// A file-name prefix that is safe on every file system and says nothing
/// by itself: ASCII letters, digits, `-`, `_`; 1 to 32 characters.
fn is_file_prefix(s: &str) -> bool {
    (1..=32).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or(s).trim()
}

fn quoted_list(items: &[&str]) -> String {
    items.iter().map(|s| format!("\"{s}\"")).collect::<Vec<_>>().join(", ")
}

fn locale_fix(found: &str, known: &[&str]) -> String {
    match suggest(found, known) {
        Some(s) => format!("did you mean \"{s}\"? Shipped locales: {}", known.join(", ")),
        None => format!("use one of: {}", known.join(", ")),
    }
}

struct Checker<'t> {
    text: &'t str,
    diags: Vec<Diagnostic>,
}

impl Checker<'_> {
    fn line<T>(&self, v: &Spanned<T>) -> usize {
        line_of(self.text, v.span().start)
    }
    fn error(&mut self, line: usize, message: impl Into<String>, fix: impl Into<String>) {
        self.diags.push(Diagnostic::error(ORG_FILE, line, message, fix));
    }
    fn warning(&mut self, line: usize, message: impl Into<String>, fix: impl Into<String>) {
        self.diags.push(Diagnostic::warning(ORG_FILE, line, message, fix));
    }
    fn wrong_type(&mut self, v: &Spanned<DeValue<'_>>, key: &str, expected: &str, found: &DeValue<'_>) {
        let line = self.line(v);
        let (message, fix) = wrong_type_text(key, expected, found);
        self.error(line, message, fix);
    }

    fn required_string(&mut self, table: &DeTable<'_>, key: &str, fix: &str) -> Option<String> {
        match get(table, key) {
            None => {
                self.error(0, format!("`{key}` is missing"), fix);
                None
            }
            Some(v) => match v.get_ref() {
                DeValue::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
                DeValue::String(_) => {
                    let line = self.line(v);
                    self.error(line, format!("`{key}` is empty"), fix);
                    None
                }
                other => {
                    self.wrong_type(v, key, "text in double quotes", other);
                    None
                }
            },
        }
    }

    fn contact(&mut self, table: &DeTable<'_>) -> Contact {
        let mut contact = Contact::default();
        let fix_none = "add a [contact] section with at least one of: web, email, phone, messenger";
        let Some(v) = get(table, "contact") else {
            self.error(0, "the [contact] section is missing", fix_none);
            return contact;
        };
        let DeValue::Table(t) = v.get_ref() else {
            self.wrong_type(v, "contact", "a [contact] section", v.get_ref());
            return contact;
        };
        for (key, value) in t.iter() {
            let k: &str = key.get_ref();
            let line = line_of(self.text, key.span().start);
            if !CONTACT_KEYS.contains(&k) {
                let fix = match suggest(k, CONTACT_KEYS) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => format!("use one of: {} (put Telegram/Signal/WhatsApp handles in `messenger`)", CONTACT_KEYS.join(", ")),
                };
                self.error(line, format!("unknown contact field `{k}`"), fix);
                continue;
            }
            let DeValue::String(s) = value.get_ref() else {
                self.wrong_type(value, &format!("contact.{k}"), "text in double quotes", value.get_ref());
                continue;
            };
            let s = s.trim();
            let vline = self.line(value);
            if s.is_empty() {
                self.warning(vline, format!("`contact.{k}` is empty"), "fill it in or remove the line");
                continue;
            }
            let ok = match k {
                "web" => s.starts_with("https://") || s.starts_with("http://"),
                "email" => s.split_once('@').is_some_and(|(a, b)| !a.is_empty() && b.contains('.')) && !s.contains(' '),
                "phone" => s.chars().any(|c| c.is_ascii_digit()) && s.chars().all(|c| c.is_ascii_digit() || " +-().".contains(c)),
                _ => true,
            };
            if !ok {
                let fix = match k {
                    "web" => "write the full address starting with https://",
                    "email" => "write an address like help@example.org",
                    _ => "write digits with an optional leading +, e.g. \"+48 22 123 45 67\"",
                };
                self.error(vline, format!("`contact.{k}` does not look right: `{s}`"), fix);
                continue;
            }
            let slot = match k {
                "web" => &mut contact.web,
                "email" => &mut contact.email,
                "phone" => &mut contact.phone,
                _ => &mut contact.messenger,
            };
            *slot = Some(s.to_string());
        }
        if contact.is_empty() {
            let line = self.line(v);
            self.error(line, "no usable contact is given", fix_none);
        }
        contact
    }

    fn recipients(&mut self, table: &DeTable<'_>) -> Result<Vec<OrgRecipient>, RecipientsProblem> {
        let Some(v) = get(table, "recipients") else {
            self.error(
                0,
                "`recipients` is missing, so sealed export is switched off",
                "add the organisation's public key: recipients = [\"age1…\"] (make one in the desk or with age-keygen)",
            );
            return Err(RecipientsProblem::Missing);
        };
        let DeValue::Array(items) = v.get_ref() else {
            self.wrong_type(v, "recipients", "a list like [\"age1…\"]", v.get_ref());
            return Err(RecipientsProblem::WrongType);
        };
        if items.is_empty() {
            let line = self.line(v);
            self.error(line, "`recipients` is empty, so sealed export is switched off", "add at least one public key starting with age1");
            return Err(RecipientsProblem::Empty);
        }
        let mut out: Vec<OrgRecipient> = Vec::new();
        let mut seen = BTreeSet::new();
        let mut problem = None;
        for (index, item) in items.iter().enumerate() {
            let line = self.line(item);
            let DeValue::String(s) = item.get_ref() else {
                self.wrong_type(item, "recipients", "public keys in double quotes", item.get_ref());
                problem.get_or_insert(RecipientsProblem::WrongType);
                continue;
            };
            match parse_recipient(s) {
                Ok(r) => {
                    if seen.insert(r.as_str().to_string()) {
                        out.push(r);
                    } else {
                        self.warning(line, "this public key is listed twice in `recipients`", "remove the second copy");
                    }
                }
                Err(error) => {
                    let (message, fix) = recipient_diagnostic(&error);
                    self.error(line, format!("recipient {}: {message}", index + 1), fix);
                    problem.get_or_insert(RecipientsProblem::Invalid { index, error });
                }
            }
        }
        if problem.is_none() && out.len() > crate::agefile::MAX_STANZAS {
            let line = self.line(v);
            self.error(
                line,
                format!("`recipients` lists {} keys; an export can be sealed to at most {}, so sealed export is switched off", out.len(), crate::agefile::MAX_STANZAS),
                "keep only the keys of the people who read exports now",
            );
            return Err(RecipientsProblem::TooMany { max: crate::agefile::MAX_STANZAS });
        }
        match problem {
            Some(p) => Err(p),
            None => Ok(out),
        }
    }
}

fn recipient_diagnostic(e: &RecipientError) -> (String, String) {
    let (m, f): (&str, &str) = match e {
        RecipientError::Empty => ("the key is empty", "paste the public key (age1…) or remove the empty entry"),
        RecipientError::SecretKey => (
            "DANGER: this is a SECRET key (AGE-SECRET-KEY-…). It is now public to everyone who loads this site",
            "remove it at once, make a NEW key pair, put only the new public key (age1…) here, and never use the old key",
        ),
        RecipientError::SshKey => ("SSH keys are not supported", "make an age key pair in the desk or with age-keygen and use its age1… public key"),
        RecipientError::PostQuantum => ("post-quantum (age1pq…) keys are not supported yet", "use an X25519 key from the desk or from age-keygen (without -pq)"),
        RecipientError::Tag => ("hardware tag (age1tag…) keys are not supported", "use an X25519 key from the desk or from age-keygen"),
        RecipientError::Plugin { .. } => ("plugin keys (e.g. YubiKey) cannot be used in the browser", "use an X25519 key from the desk or from age-keygen"),
        RecipientError::NotAgeKey => ("this is not an age public key (it must start with age1)", "paste the line after `# public key:` from the key file"),
        RecipientError::Malformed => ("the key contains characters that cannot be in an age key", "copy the public key again, exactly, without extra characters"),
        RecipientError::BadChecksum => ("the key has a typo or was cut off", "copy the whole public key again; do not type it by hand"),
        RecipientError::WrongLength => ("the key has the wrong length", "copy the whole public key again"),
    };
    (m.to_string(), f.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    const LOCALES: &[&str] = &["en", "pl", "ru", "be", "uk"];

    fn key() -> String {
        age::x25519::Identity::generate().to_public().to_string()
    }

    fn good(recipients: &str) -> String {
        format!(
            "name = \"Help Centre\"\ndefault_locale = \"pl\"\nenabled_locales = [\"en\", \"pl\"]\nrecipients = [{recipients}]\n\n[contact]\nemail = \"help@example.org\"\n"
        )
    }

    #[test]
    fn valid_config() {
        let k = key();
        let r = parse_org_config(&good(&format!("\"{k}\"")), LOCALES);
        assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
        let c = r.config.unwrap();
        assert_eq!(c.name, "Help Centre");
        assert_eq!(c.default_locale, "pl");
        assert_eq!(c.enabled_locales, vec!["en", "pl"]);
        assert_eq!(c.contact.email.as_deref(), Some("help@example.org"));
        assert!(!c.demo);
        assert_eq!(c.export_recipients().unwrap().len(), 1);
        assert_eq!(c.recipients.unwrap()[0].as_str(), k);
    }

    #[test]
    fn more_recipients_than_a_file_may_have_stanzas_is_an_error() {
        let keys: Vec<String> = (0..=crate::agefile::MAX_STANZAS).map(|_| format!("\"{}\"", key())).collect();
        let r = parse_org_config(&good(&keys.join(", ")), LOCALES);
        assert!(!r.export_allowed());
        assert!(r.diagnostics.iter().any(|d| d.is_error() && d.message.contains("at most 64")), "{:?}", r.diagnostics);
        let r = parse_org_config(&good(&keys[..crate::agefile::MAX_STANZAS].join(", ")), LOCALES);
        assert!(r.export_allowed(), "{:?}", r.diagnostics);
    }

    #[test]
    fn file_prefix_is_optional_and_checked() {
        let k = key();
        let base = good(&format!("\"{k}\""));
        assert_eq!(parse_org_config(&base, LOCALES).config.unwrap().file_prefix, None);
        let r = parse_org_config(&format!("file_prefix = \"docs-2\"\n{base}"), LOCALES);
        assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
        assert_eq!(r.config.unwrap().file_prefix.as_deref(), Some("docs-2"));
        for bad in ["", "a b", "../x", "ünï", &"x".repeat(33)] {
            let r = parse_org_config(&format!("file_prefix = \"{bad}\"\n{base}"), LOCALES);
            assert_eq!(r.config.unwrap().file_prefix, None, "{bad:?}");
            let d = r.diagnostics.iter().find(|d| d.message.contains("file_prefix")).expect("a warning");
            assert_eq!(d.line, 1);
        }
    }

    #[test]
    fn syntax_error_has_line() {
        let r = parse_org_config("name = \"x\"\nrecipients = [\"age1\"\n", LOCALES);
        assert!(r.config.is_none());
        assert!(!r.export_allowed());
        assert!(r.diagnostics.iter().any(|d| d.line >= 2 && d.message.contains("TOML syntax")), "{:?}", r.diagnostics);
    }

    #[test]
    fn broken_contact_does_not_block_export() {
        let k = key();
        let text = good(&format!("\"{k}\"")).replace("email = \"help@example.org\"", "emial = \"help@example.org\"");
        let r = parse_org_config(&text, LOCALES);
        assert!(r.has_errors());
        let d = r.diagnostics.iter().find(|d| d.message.contains("emial")).unwrap();
        assert_eq!(d.line, 7);
        assert!(d.fix.contains("`email`"));
        assert!(r.diagnostics.iter().any(|d| d.message.contains("no usable contact")));
        assert!(r.export_allowed());
    }

    #[test]
    fn several_problems_at_once() {
        let text = "nmae = \"x\"\ndemo = \"yes\"\ndefault_locale = \"de\"\nenabled_locales = [\"en\", \"pl\", \"pl\", \"xx\"]\nrecipients = []\n[contact]\nweb = \"example.org\"\n";
        let r = parse_org_config(text, LOCALES);
        let msgs: Vec<String> = r.diagnostics.iter().map(|d| format!("{}:{}", d.line, d.message)).collect();
        let has = |needle: &str| msgs.iter().any(|m| m.contains(needle));
        assert!(has("1:unknown key `nmae`"), "{msgs:?}");
        assert!(r.diagnostics.iter().any(|d| d.fix.contains("did you mean `name`")));
        assert!(has("`name` is missing"));
        assert!(has("2:`demo` should be true or false"));
        assert!(has("3:unknown locale `de`"));
        assert!(has("4:locale `pl` is listed twice"));
        assert!(has("4:unknown locale `xx`"));
        assert!(has("5:`recipients` is empty"));
        assert!(has("7:`contact.web` does not look right"));
        let c = r.config.unwrap();
        assert_eq!(c.recipients, Err(RecipientsProblem::Empty));
        assert_eq!(c.enabled_locales, vec!["en", "pl"]);
        assert_eq!(c.default_locale, "en");
    }

    #[test]
    fn default_locale_must_be_enabled() {
        let k = key();
        let text = good(&format!("\"{k}\"")).replace("default_locale = \"pl\"", "default_locale = \"uk\"");
        let r = parse_org_config(&text, LOCALES);
        assert!(r.diagnostics.iter().any(|d| d.line == 2 && d.message.contains("not in `enabled_locales`")), "{:?}", r.diagnostics);
        let c = r.config.unwrap();
        assert_eq!(c.default_locale, "uk");
        assert!(c.enabled_locales.contains(&"uk".to_string()));
    }

    #[test]
    fn secret_key_as_recipient_blocks_export_loudly() {
        let sk = "AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0";
        let k = key();
        let r = parse_org_config(&good(&format!("\"{k}\",\n  \"{sk}\"")), LOCALES);
        let d = r.diagnostics.iter().find(|d| d.message.contains("DANGER")).unwrap();
        assert_eq!(d.line, 5);
        assert_eq!(
            r.config.unwrap().recipients,
            Err(RecipientsProblem::Invalid { index: 1, error: RecipientError::SecretKey })
        );
    }

    #[test]
    fn duplicates_warn_and_are_removed() {
        let k = key();
        let r = parse_org_config(&good(&format!("\"{k}\", \"{}\"", k.to_uppercase())), LOCALES);
        assert!(!r.has_errors());
        assert!(r.diagnostics.iter().any(|d| d.message.contains("listed twice")));
        assert_eq!(r.config.unwrap().recipients.unwrap().len(), 1);
    }

    #[test]
    fn missing_and_wrong_type_recipients() {
        let text = "name = \"x\"\ndefault_locale = \"en\"\nenabled_locales = [\"en\"]\n[contact]\nphone = \"+48 22 000\"\n";
        let r = parse_org_config(text, LOCALES);
        assert_eq!(r.config.unwrap().recipients, Err(RecipientsProblem::Missing));
        let text2 = "recipients = \"age1abc\"\n";
        let r2 = parse_org_config(text2, LOCALES);
        assert_eq!(r2.config.unwrap().recipients, Err(RecipientsProblem::WrongType));
        let text3 = "recipients = [42]\n";
        let r3 = parse_org_config(text3, LOCALES);
        assert!(r3.diagnostics.iter().any(|d| d.line == 1 && d.message.contains("is a number")));
    }

    #[test]
    fn contact_key_at_top_level_is_explained() {
        let r = parse_org_config("email = \"a@b.org\"\n", LOCALES);
        assert!(r.diagnostics.iter().any(|d| d.fix.contains("[contact]")), "{:?}", r.diagnostics);
    }

    #[test]
    fn bundled_demo_config_is_valid() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/config/org.toml");
        let text = std::fs::read_to_string(path).unwrap();
        let r = parse_org_config(&text, LOCALES);
        assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
        let c = r.config.unwrap();
        assert!(c.demo);
        assert_eq!(c.default_locale, "en");
        assert_eq!(c.enabled_locales.len(), 5);
        // The demo key is the public half of the committed demo identity.
        let id_text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/demo-identity.txt")).unwrap();
        let secret = id_text.lines().find(|l| l.starts_with("AGE-SECRET-KEY-")).unwrap();
        let id: age::x25519::Identity = secret.parse().unwrap();
        let demo = &c.recipients.unwrap()[0];
        assert_eq!(demo.as_str(), id.to_public().to_string());
        // The fingerprint quoted in the comments and docs is the real one.
        assert!(text.contains(demo.fingerprint().as_str()));
        assert!(id_text.contains(demo.fingerprint().as_str()));
    }

    #[test]
    fn suggestions() {
        assert_eq!(suggest("recipient", TOP_KEYS), Some("recipients"));
        assert_eq!(suggest("default-locale", TOP_KEYS), Some("default_locale"));
        assert_eq!(suggest("zzzzzz", TOP_KEYS), None);
    }

    #[test]
    fn an_unusable_locale_list_offers_every_shipped_language() {
        let text = "name = \"x\"\ndefault_locale = \"en\"\nenabled_locales = \"en\"\n[contact]\nphone = \"+48 22 000\"\n";
        let r = parse_org_config(text, &["en", "pl", "ru", "be", "uk"]);
        assert!(r.has_errors());
        assert_eq!(r.config.unwrap().enabled_locales, vec!["en", "pl", "ru", "be", "uk"]);
    }

}
