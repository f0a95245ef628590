//! Organisation public keys (age X25519 recipients) and their fingerprints.
//!
//! Owns parsing a pasted `age1…` string into a typed [`OrgRecipient`], with one
//! error variant per mistake a volunteer can make (secret key pasted, SSH key,
//! post-quantum or plugin recipient, typo that breaks the checksum), and the
//! short [`Fingerprint`] both sides compare at hand-over.
//!
//! It never prints or stores key material anywhere, never panics on input, and
//! never accepts anything but a plain X25519 recipient (the only kind the app
//! seals to).

use std::fmt;
use std::str::FromStr;

use crate::agefile::{bech32, Recipient};

/// Why a `recipients` entry cannot be used. Each variant maps to one localized
/// message (`export-recipient-…` in `export.ftl`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecipientError {
    /// The entry is empty or only spaces.
    #[error("the recipient is empty")]
    Empty,
    /// An `AGE-SECRET-KEY-…` was pasted where the public key belongs. The
    /// secret is now public and must be replaced.
    #[error("this is a SECRET key, not a public key")]
    SecretKey,
    /// `ssh-ed25519 …`, `ssh-rsa …` and other SSH keys are not supported.
    #[error("SSH keys are not supported")]
    SshKey,
    /// `age1pq1…` (ML-KEM hybrid) recipients are not supported by this version.
    #[error("post-quantum recipients are not supported")]
    PostQuantum,
    /// `age1tag1…` / `age1tagpq1…` (hardware tag) recipients are not supported.
    #[error("tag recipients are not supported")]
    Tag,
    /// `age1<plugin>1…` recipients need a plugin the browser cannot run.
    #[error("plugin recipient `{plugin}` is not supported")]
    Plugin { plugin: String },
    /// Does not start with `age1` at all.
    #[error("not an age public key (must start with age1)")]
    NotAgeKey,
    /// Characters outside the Bech32 alphabet, mixed case or no separator.
    #[error("the key contains characters that cannot be in an age key")]
    Malformed,
    /// Well-formed, but the checksum does not match: a typo or a cut-off copy.
    #[error("the key has a typo or was cut off (checksum does not match)")]
    BadChecksum,
    /// Checksum fine but not 32 bytes of key.
    #[error("the key has the wrong length")]
    WrongLength,
}

impl RecipientError {
    /// Fluent id in `export.ftl`. `Plugin` takes `$plugin`.
    pub fn message_id(&self) -> &'static str {
        match self {
            RecipientError::Empty => "export-recipient-empty",
            RecipientError::SecretKey => "export-recipient-secret-key",
            RecipientError::SshKey => "export-recipient-ssh",
            RecipientError::PostQuantum => "export-recipient-post-quantum",
            RecipientError::Tag => "export-recipient-tag",
            RecipientError::Plugin { .. } => "export-recipient-plugin",
            RecipientError::NotAgeKey => "export-recipient-not-age",
            RecipientError::Malformed => "export-recipient-malformed",
            RecipientError::BadChecksum => "export-recipient-bad-checksum",
            RecipientError::WrongLength => "export-recipient-wrong-length",
        }
    }
}

/// A short, readable digest of a public key, e.g. `7F3A-91C2-0B44-D1E0`.
///
/// It is the first 8 bytes (64 bits) of the 32-byte X25519 key, in upper-case
/// hex groups of four. 64 bits make it infeasible to grind a look-alike key
/// (unlike 32 or 48 bits, which a GPU can search), and it needs no hash crate:
/// the key is already uniformly random.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Fingerprint(String);

impl Fingerprint {
    /// Fingerprint of raw 32-byte X25519 public key bytes.
    pub fn of_key_bytes(key: &[u8; 32]) -> Self {
        const HEX: &[u8; 16] = b"0123456789ABCDEF";
        let mut s = String::with_capacity(19);
        for (i, b) in key.iter().take(8).enumerate() {
            if i > 0 && i % 2 == 0 {
                s.push('-');
            }
            for nibble in [b >> 4, b & 0x0f] {
                s.push(char::from(HEX.get(usize::from(nibble)).copied().unwrap_or(b'0')));
            }
        }
        Fingerprint(s)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A valid organisation public key, ready to seal to.
#[derive(Clone, PartialEq, Eq)]
pub struct OrgRecipient {
    key: Recipient,
    text: String,
    fingerprint: Fingerprint,
}

impl fmt::Debug for OrgRecipient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "OrgRecipient({})", self.text)
    }
}

impl OrgRecipient {
    /// The key to pass to the encryptor.
    pub fn key(&self) -> &Recipient {
        &self.key
    }
    /// Canonical `age1…` text (lower case).
    pub fn as_str(&self) -> &str {
        &self.text
    }
    pub fn fingerprint(&self) -> &Fingerprint {
        &self.fingerprint
    }
}

impl FromStr for OrgRecipient {
    type Err = RecipientError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_recipient(s)
    }
}

/// Parses one `recipients` entry (surrounding spaces are ignored).
pub fn parse_recipient(input: &str) -> Result<OrgRecipient, RecipientError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(RecipientError::Empty);
    }
    let upper = s.to_ascii_uppercase();
    if upper.starts_with("AGE-SECRET-KEY-") || upper.starts_with("AGE-PLUGIN-") {
        return Err(RecipientError::SecretKey);
    }
    if s.starts_with("ssh-") || s.starts_with("ecdsa-sha2-") || s.starts_with("sk-ssh-") || s.starts_with("sk-ecdsa-") {
        return Err(RecipientError::SshKey);
    }
    if !upper.starts_with("AGE1") {
        return Err(RecipientError::NotAgeKey);
    }
    let lower = s.to_ascii_lowercase();
    let Some(sep) = lower.rfind('1') else {
        return Err(RecipientError::Malformed);
    };
    let hrp = lower.get(..sep).unwrap_or("");
    if let Some(plugin) = hrp.strip_prefix("age1") {
        return Err(match plugin {
            "pq" => RecipientError::PostQuantum,
            "tag" | "tagpq" => RecipientError::Tag,
            _ => RecipientError::Plugin { plugin: plugin.chars().take(40).collect() },
        });
    }
    if hrp != "age" {
        return Err(RecipientError::Malformed);
    }
    let bytes = match bech32::decode(s) {
        Ok((_, bytes)) => bytes,
        Err(bech32::Bech32Error::Checksum) => return Err(RecipientError::BadChecksum),
        Err(bech32::Bech32Error::Malformed) => return Err(RecipientError::Malformed),
    };
    let key_bytes: [u8; 32] = bytes.as_slice().try_into().map_err(|_| RecipientError::WrongLength)?;
    Ok(OrgRecipient { key: Recipient::from_bytes(key_bytes), text: lower, fingerprint: Fingerprint::of_key_bytes(&key_bytes) })
}

#[cfg(test)]
mod tests {
    use super::*;

    // Public key of the CCTV test identity AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0.
    fn cctv_recipient() -> String {
        let id: age::x25519::Identity =
            "AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0".parse().unwrap();
        id.to_public().to_string()
    }

    #[test]
    fn valid_recipient_parses_with_fingerprint() {
        let text = cctv_recipient();
        let r = parse_recipient(&format!("  {text}\n")).unwrap();
        assert_eq!(r.as_str(), text);
        let fp = r.fingerprint().as_str();
        assert_eq!(fp.len(), 19);
        assert_eq!(fp.matches('-').count(), 3);
        // Upper-case input (bech32 allows one case) is accepted and canonicalised.
        let r2 = parse_recipient(&text.to_ascii_uppercase()).unwrap();
        assert_eq!(r2.as_str(), text);
        assert_eq!(r2.fingerprint(), r.fingerprint());
    }

    #[test]
    fn fingerprints_differ_between_keys() {
        let a = age::x25519::Identity::generate().to_public().to_string();
        let b = age::x25519::Identity::generate().to_public().to_string();
        assert_ne!(parse_recipient(&a).unwrap().fingerprint(), parse_recipient(&b).unwrap().fingerprint());
    }

    #[test]
    fn fingerprint_format() {
        let mut k = [0u8; 32];
        k[0] = 0x7f;
        k[1] = 0x3a;
        k[7] = 0xe0;
        assert_eq!(Fingerprint::of_key_bytes(&k).as_str(), "7F3A-0000-0000-00E0");
    }

    #[test]
    fn typo_is_a_checksum_error() {
        let mut text = cctv_recipient().into_bytes();
        let i = 20;
        text[i] = if text[i] == b'q' { b'p' } else { b'q' };
        let text = String::from_utf8(text).unwrap();
        assert_eq!(parse_recipient(&text), Err(RecipientError::BadChecksum));
        let cut = &cctv_recipient()[..40];
        assert_eq!(parse_recipient(cut), Err(RecipientError::BadChecksum));
    }

    #[test]
    fn each_mistake_has_its_error() {
        assert_eq!(parse_recipient("   "), Err(RecipientError::Empty));
        assert_eq!(
            parse_recipient("AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0"),
            Err(RecipientError::SecretKey)
        );
        assert_eq!(parse_recipient("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHsKLqeplhpW+uObz5dvMgjz1OxfM/XXUB+VHtZ6isGN"), Err(RecipientError::SshKey));
        assert_eq!(parse_recipient("ssh-rsa AAAAB3NzaC1yc2E"), Err(RecipientError::SshKey));
        assert_eq!(parse_recipient("age1pq1qqqqqqqqqqqqqqqq"), Err(RecipientError::PostQuantum));
        assert_eq!(parse_recipient("age1tag1qqqqqqqqqqqqq"), Err(RecipientError::Tag));
        assert_eq!(
            parse_recipient("age1yubikey1qwerty"),
            Err(RecipientError::Plugin { plugin: "yubikey".into() })
        );
        assert_eq!(parse_recipient("hello"), Err(RecipientError::NotAgeKey));
        assert_eq!(parse_recipient("age1bbbbbbbbbbbb"), Err(RecipientError::Malformed));
        let mixed = {
            let t = cctv_recipient();
            let i = t.char_indices().skip(4).find(|(_, c)| c.is_ascii_lowercase()).unwrap().0;
            format!("{}{}{}", &t[..i], t[i..i + 1].to_ascii_uppercase(), &t[i + 1..])
        };
        assert_eq!(parse_recipient(&mixed), Err(RecipientError::Malformed));
    }

    #[test]
    fn wrong_length_with_valid_checksum() {
        // A valid bech32 "age" string with a 16-byte payload.
        let s = crate::agefile::bech32::encode("age", &[7u8; 16]);
        assert_eq!(parse_recipient(&s), Err(RecipientError::WrongLength));
    }

}
