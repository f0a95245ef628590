//! The desk's secret keys: identity-file parsing and key-pair generation.
//!
//! Owns reading an identity file like `age-keygen` writes it (comments, blank
//! lines, several keys) into [`DeskIdentity`] values, with a typed error per
//! mistake (public key pasted instead of the secret, SSH or plugin key,
//! typo…), and generating a new key pair as identity-file text.
//!
//! It never stores, logs or displays a secret key (no `Debug` prints it), and
//! never reads a clock: the creation date is passed in.

use std::fmt;

use chrono::NaiveDate;
use zeroize::{Zeroize, Zeroizing};

use crate::agefile::bech32::{decode as bech32_decode, Bech32Error};
use crate::agefile::Identity;
use crate::config::recipient::Fingerprint;

/// One X25519 secret key loaded at the desk, for this session only.
#[derive(Clone)]
pub struct DeskIdentity {
    identity: Identity,
    recipient: String,
    fingerprint: Fingerprint,
}

impl fmt::Debug for DeskIdentity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DeskIdentity(public {})", self.recipient)
    }
}

impl DeskIdentity {
    /// The public key (`age1…`) that belongs to this secret key.
    pub fn recipient(&self) -> &str {
        &self.recipient
    }
    /// Fingerprint of the public key, to compare with the export screen.
    pub fn fingerprint(&self) -> &Fingerprint {
        &self.fingerprint
    }
    pub(crate) fn key(&self) -> &Identity {
        &self.identity
    }
}

/// What is wrong with one line of an identity file. Each variant maps to one
/// localized message (`export-identity-…`, see [`IdentityError::message_id`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdentityError {
    /// No `AGE-SECRET-KEY-1…` line at all (empty or only comments).
    #[error("no secret key found")]
    NoKeys,
    /// An `age1…` public key: the desk needs the secret half.
    #[error("this is a public key; the secret key is needed")]
    PublicKey,
    /// `AGE-SECRET-KEY-PQ-1…`: post-quantum keys are not supported.
    #[error("post-quantum secret keys are not supported")]
    PostQuantum,
    /// `AGE-PLUGIN-…`: plugin keys (YubiKey…) cannot be used in the browser.
    #[error("plugin keys are not supported")]
    Plugin,
    /// OpenSSH private key or `ssh-…` public key.
    #[error("SSH keys are not supported")]
    SshKey,
    /// The identity file is itself encrypted with a passphrase (`age -p`).
    #[error("the key file is encrypted")]
    EncryptedFile,
    /// A line that is not a key, a comment or blank.
    #[error("line is not a secret key")]
    NotAKey,
    /// Right shape, but a typo or cut off (checksum does not match).
    #[error("the secret key has a typo or was cut off")]
    BadChecksum,
    /// Wrong length or characters.
    #[error("the secret key is damaged")]
    Malformed,
    /// The file is too big to be a key file.
    #[error("the file is too big to be a key file")]
    TooLarge,
}

impl IdentityError {
    /// Fluent id in `export.ftl`.
    pub fn message_id(&self) -> &'static str {
        match self {
            IdentityError::NoKeys => "export-identity-no-keys",
            IdentityError::PublicKey => "export-identity-public-key",
            IdentityError::PostQuantum => "export-identity-post-quantum",
            IdentityError::Plugin => "export-identity-plugin",
            IdentityError::SshKey => "export-identity-ssh",
            IdentityError::EncryptedFile => "export-identity-encrypted",
            IdentityError::NotAKey => "export-identity-not-a-key",
            IdentityError::BadChecksum => "export-identity-bad-checksum",
            IdentityError::Malformed => "export-identity-malformed",
            IdentityError::TooLarge => "export-identity-too-large",
        }
    }
}

/// An identity-file error and the 1-based line it is on (0: whole file).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {kind}")]
pub struct IdentityFileError {
    pub line: usize,
    pub kind: IdentityError,
}

/// Largest identity file accepted (a key line is 74 bytes).
pub const MAX_IDENTITY_FILE: usize = 64 * 1024;

/// Parses identity-file text: `#` comments, blank lines, one
/// `AGE-SECRET-KEY-1…` per line, several allowed. Stops at the first bad line.
/// Duplicate keys are kept once.
pub fn parse_identity_file(text: &str) -> Result<Vec<DeskIdentity>, IdentityFileError> {
    if text.len() > MAX_IDENTITY_FILE {
        return Err(IdentityFileError { line: 0, kind: IdentityError::TooLarge });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out: Vec<DeskIdentity> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let id = parse_identity_line(line).map_err(|kind| IdentityFileError { line: i + 1, kind })?;
        if !out.iter().any(|o| o.recipient == id.recipient) {
            out.push(id);
        }
    }
    if out.is_empty() {
        return Err(IdentityFileError { line: 0, kind: IdentityError::NoKeys });
    }
    Ok(out)
}

/// Parses one trimmed, non-comment line. Its upper-cased copy and the
/// decoded bytes are wiped (the line may be a secret key).
fn parse_identity_line(line: &str) -> Result<DeskIdentity, IdentityError> {
    let upper = Zeroizing::new(line.to_ascii_uppercase());
    if line.starts_with("age-encryption.org/") || upper.starts_with("-----BEGIN AGE ENCRYPTED FILE") {
        return Err(IdentityError::EncryptedFile);
    }
    if upper.starts_with("AGE-SECRET-KEY-PQ-") {
        return Err(IdentityError::PostQuantum);
    }
    if upper.starts_with("AGE-PLUGIN-") {
        return Err(IdentityError::Plugin);
    }
    if upper.starts_with("AGE1") {
        return Err(IdentityError::PublicKey);
    }
    if upper.contains("OPENSSH PRIVATE KEY") || upper.contains("RSA PRIVATE KEY") || line.starts_with("ssh-") || line.starts_with("ecdsa-sha2-") {
        return Err(IdentityError::SshKey);
    }
    if !upper.starts_with("AGE-SECRET-KEY-1") {
        return Err(IdentityError::NotAKey);
    }
    let bytes: Zeroizing<Vec<u8>> = match bech32_decode(line) {
        Ok((hrp, bytes)) if hrp == "age-secret-key-" => bytes,
        Ok(_) => return Err(IdentityError::Malformed),
        Err(Bech32Error::Checksum) => return Err(IdentityError::BadChecksum),
        Err(Bech32Error::Malformed) => return Err(IdentityError::Malformed),
    };
    if bytes.len() != 32 {
        return Err(IdentityError::Malformed);
    }
    let identity = Identity::parse(line).ok_or(IdentityError::Malformed)?;
    Ok(desk_identity(identity))
}

fn desk_identity(identity: Identity) -> DeskIdentity {
    let public = identity.to_public();
    let fingerprint = Fingerprint::of_key_bytes(public.as_bytes());
    DeskIdentity { identity, recipient: public.to_string(), fingerprint }
}

/// A freshly generated key pair. The identity file text is wiped on drop
/// (copies handed to the page — the text box, the download — are the
/// browser's).
pub struct KeyPair {
    /// The identity file to save and back up (contains the SECRET key).
    pub identity_file: String,
    /// The public key for `recipients` in `config/org.toml`.
    pub recipient: String,
    pub fingerprint: Fingerprint,
    /// The same key, ready to open exports in this session.
    pub identity: DeskIdentity,
}

impl Drop for KeyPair {
    fn drop(&mut self) {
        self.identity_file.zeroize();
    }
}

impl fmt::Debug for KeyPair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "KeyPair(public {})", self.recipient)
    }
}

/// Generates a new X25519 key pair. `created` goes into the `# created:`
/// comment (the core has no clock).
pub fn generate_key_pair(created: NaiveDate) -> Result<KeyPair, crate::agefile::EncryptError> {
    let identity = desk_identity(Identity::generate()?);
    let secret = identity.identity.to_secret_string();
    let head = format!(
        "# created: {}\n# public key: {}\n# Keep this file secret and backed up. Anyone with it can read exports.\n",
        crate::date_text::iso(created),
        identity.recipient,
    );
    // Allocated at its final size: no outgrown block keeps part of the key.
    let mut identity_file = String::with_capacity(head.len() + secret.len() + 1);
    identity_file.push_str(&head);
    identity_file.push_str(&secret);
    identity_file.push('\n');
    Ok(KeyPair { identity_file, recipient: identity.recipient.clone(), fingerprint: identity.fingerprint.clone(), identity })
}

#[cfg(test)]
mod tests {
    use super::*;

    const CCTV_SECRET: &str = "AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0";

    #[test]
    fn parses_age_keygen_style_file_with_several_keys() {
        let other = generate_key_pair(NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()).unwrap();
        let text = format!(
            "\u{feff}# created: 2026-11-21T10:00:00Z\r\n# public key: age1xyz\r\n{CCTV_SECRET}\r\n\n   \n{}",
            other.identity_file
        );
        let ids = parse_identity_file(&text).unwrap();
        assert_eq!(ids.len(), 2);
        assert_eq!(ids[1].recipient(), other.recipient);
        assert_eq!(ids[1].fingerprint(), &other.fingerprint);
    }

    #[test]
    fn generated_file_round_trips_and_mentions_public_key() {
        let kp = generate_key_pair(NaiveDate::from_ymd_opt(2026, 1, 2).unwrap()).unwrap();
        assert!(kp.identity_file.starts_with("# created: 2026-01-02\n"));
        assert!(kp.identity_file.contains(&format!("# public key: {}\n", kp.recipient)));
        let ids = parse_identity_file(&kp.identity_file).unwrap();
        assert_eq!(ids.len(), 1);
        assert_eq!(ids[0].recipient(), kp.recipient);
        assert!(!format!("{kp:?}{:?}", ids[0]).contains("AGE-SECRET"));
        assert!(crate::config::parse_recipient(&kp.recipient).is_ok());
    }

    #[test]
    fn typed_errors_with_lines() {
        let e = |t: &str| parse_identity_file(t).unwrap_err();
        assert_eq!(e(""), IdentityFileError { line: 0, kind: IdentityError::NoKeys });
        assert_eq!(e("# only a comment\n"), IdentityFileError { line: 0, kind: IdentityError::NoKeys });
        let public = age::x25519::Identity::generate().to_public().to_string();
        assert_eq!(e(&format!("# x\n{public}\n")), IdentityFileError { line: 2, kind: IdentityError::PublicKey });
        assert_eq!(e("AGE-SECRET-KEY-PQ-1HZLGZUPT4ETPKDEV8HSGFDCYZ4E522W0A7PU2LHT8EH9W6YLNC3SW78XKG").kind, IdentityError::PostQuantum);
        assert_eq!(e("AGE-PLUGIN-YUBIKEY-1QQQQ").kind, IdentityError::Plugin);
        assert_eq!(e("-----BEGIN OPENSSH PRIVATE KEY-----").kind, IdentityError::SshKey);
        assert_eq!(e("-----BEGIN AGE ENCRYPTED FILE-----").kind, IdentityError::EncryptedFile);
        assert_eq!(e("hello").kind, IdentityError::NotAKey);
        let typo = CCTV_SECRET.replace("EGTZ", "EGTQ");
        assert_eq!(e(&typo).kind, IdentityError::BadChecksum);
        assert_eq!(e(&CCTV_SECRET[..50]).kind, IdentityError::BadChecksum);
        assert_eq!(e("AGE-SECRET-KEY-1B!").kind, IdentityError::Malformed);
        assert_eq!(e(&"#".repeat(MAX_IDENTITY_FILE + 1)).kind, IdentityError::TooLarge);
    }

    #[test]
    fn lowercase_secret_key_is_accepted() {
        let ids = parse_identity_file(&CCTV_SECRET.to_lowercase()).unwrap();
        assert_eq!(ids.len(), 1);
    }
}
