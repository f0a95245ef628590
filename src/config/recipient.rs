//! Organisation public keys (age X25519 recipients) and their fingerprints.
//!
//! Owns parsing a pasted `age1…` string into a typed [`OrgRecipient`], with one
//! error variant per mistake a volunteer can make (secret key pasted, SSH key,
//! post-quantum or plugin recipient, typo that breaks the checksum), and the
//! short [`Fingerprint`] both sides compare at hand-over. It also holds the tiny
//! Bech32 decoder the desk's identity parser shares.
//!
//! It never prints or stores key material anywhere, never panics on input, and
//! never accepts anything but a plain X25519 recipient (the only kind the app
//! seals to).

use std::fmt;
use std::str::FromStr;

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
    key: age::x25519::Recipient,
    text: String,
    fingerprint: Fingerprint,
}

impl fmt::Debug for OrgRecipient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "OrgRecipient({})", self.text)
    }
}

impl OrgRecipient {
    /// The age recipient to pass to the encryptor.
    pub fn key(&self) -> &age::x25519::Recipient {
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
    let bytes = match bech32_decode(s) {
        Ok((_, bytes)) => bytes,
        Err(Bech32Error::Checksum) => return Err(RecipientError::BadChecksum),
        Err(Bech32Error::Malformed) => return Err(RecipientError::Malformed),
    };
    let key_bytes: [u8; 32] = bytes.as_slice().try_into().map_err(|_| RecipientError::WrongLength)?;
    let key = age::x25519::Recipient::from_str(&lower).map_err(|_| RecipientError::Malformed)?;
    Ok(OrgRecipient { key, text: lower, fingerprint: Fingerprint::of_key_bytes(&key_bytes) })
}

/// Why a Bech32 string did not decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bech32Error {
    /// Bad characters, mixed case, no separator, padding bits not zero.
    Malformed,
    /// Structure fine, checksum wrong.
    Checksum,
}

const CHARSET: &[u8; 32] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";

fn polymod(values: impl Iterator<Item = u8>) -> u32 {
    const GEN: [u32; 5] = [0x3b6a_57b2, 0x2650_8e6d, 0x1ea1_19fa, 0x3d42_33dd, 0x2a14_62b3];
    let mut chk: u32 = 1;
    for v in values {
        let top = chk >> 25;
        chk = ((chk & 0x01ff_ffff) << 5) ^ u32::from(v);
        for (i, g) in GEN.iter().enumerate() {
            if (top >> i) & 1 == 1 {
                chk ^= g;
            }
        }
    }
    chk
}

/// Decodes a Bech32 (not Bech32m) string into its lower-case HRP and 8-bit
/// payload. No length limit (age keys for plugins exceed BIP-173's 90).
pub(crate) fn bech32_decode(s: &str) -> Result<(String, Vec<u8>), Bech32Error> {
    let has_lower = s.bytes().any(|b| b.is_ascii_lowercase());
    let has_upper = s.bytes().any(|b| b.is_ascii_uppercase());
    if (has_lower && has_upper) || !s.is_ascii() {
        return Err(Bech32Error::Malformed);
    }
    let lower = s.to_ascii_lowercase();
    let sep = lower.rfind('1').ok_or(Bech32Error::Malformed)?;
    let (hrp, rest) = lower.split_at(sep);
    let data_part = rest.get(1..).unwrap_or("");
    if hrp.is_empty() || data_part.len() < 6 || hrp.bytes().any(|b| !(33..=126).contains(&b)) {
        return Err(Bech32Error::Malformed);
    }
    let mut data = Vec::with_capacity(data_part.len());
    for c in data_part.bytes() {
        let v = CHARSET.iter().position(|x| *x == c).ok_or(Bech32Error::Malformed)?;
        data.push(u8::try_from(v).map_err(|_| Bech32Error::Malformed)?);
    }
    let expanded = hrp.bytes().map(|b| b >> 5).chain(std::iter::once(0)).chain(hrp.bytes().map(|b| b & 31));
    if polymod(expanded.chain(data.iter().copied())) != 1 {
        return Err(Bech32Error::Checksum);
    }
    let payload = data.get(..data.len() - 6).unwrap_or(&[]);
    // 5-bit groups to bytes; leftover bits must be fewer than 5 and zero.
    let mut acc: u32 = 0;
    let mut bits = 0u32;
    let mut out = Vec::with_capacity(payload.len() * 5 / 8);
    for v in payload {
        acc = (acc << 5) | u32::from(*v);
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push(((acc >> bits) & 0xff) as u8);
        }
    }
    if bits >= 5 || (acc & ((1 << bits) - 1)) != 0 {
        return Err(Bech32Error::Malformed);
    }
    Ok((hrp.to_string(), out))
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
        let s = encode_for_test("age", &[7u8; 16]);
        assert_eq!(parse_recipient(&s), Err(RecipientError::WrongLength));
    }

    fn encode_for_test(hrp: &str, bytes: &[u8]) -> String {
        let mut data = Vec::new();
        let (mut acc, mut bits) = (0u32, 0u32);
        for b in bytes {
            acc = (acc << 8) | u32::from(*b);
            bits += 8;
            while bits >= 5 {
                bits -= 5;
                data.push(((acc >> bits) & 31) as u8);
            }
        }
        if bits > 0 {
            data.push(((acc << (5 - bits)) & 31) as u8);
        }
        let exp: Vec<u8> = hrp.bytes().map(|b| b >> 5).chain([0]).chain(hrp.bytes().map(|b| b & 31)).collect();
        let pm = polymod(exp.into_iter().chain(data.iter().copied()).chain([0u8; 6])) ^ 1;
        for i in 0..6 {
            data.push(((pm >> (5 * (5 - i))) & 31) as u8);
        }
        let mut s = format!("{hrp}1");
        for d in data {
            s.push(CHARSET[d as usize] as char);
        }
        s
    }

    #[test]
    fn own_bech32_agrees_with_age() {
        let id = age::x25519::Identity::generate();
        let text = id.to_public().to_string();
        let (hrp, bytes) = bech32_decode(&text).unwrap();
        assert_eq!(hrp, "age");
        assert_eq!(encode_for_test("age", &bytes), text);
    }
}
