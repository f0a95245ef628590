//! age's passphrase recipient: a file whose header has exactly one stanza
//! `-> scrypt <salt> <log2 N>`, the file key wrapped under
//! scrypt(passphrase, "age-encryption.org/v1/scrypt" ‖ salt, N, r = 8, p = 1).
//!
//! Owns the stanza's strict reading (16-byte canonical salt, canonical
//! decimal work factor, 32-byte body, no other stanza) and writing. It never
//! runs scrypt above the caller's `max_log_n` (a file asking for more is a
//! header failure, before anything is allocated), never normalises or keeps
//! the passphrase (the caller does both), and never tells a wrong passphrase
//! apart from a stanza made with another one (both are "no match").

use zeroize::Zeroizing;

use super::{base64, header, open_payload, random, unwrap_file_key, wrap_file_key, DecryptError, EncryptError, Sealer};

const LABEL: &[u8] = b"age-encryption.org/v1/scrypt";
const SALT_LEN: usize = 16;

/// The key that wraps the file key. `None` when scrypt refuses `log_n`.
fn wrap_key(passphrase: &[u8], salt: &[u8; SALT_LEN], log_n: u8) -> Option<Zeroizing<[u8; 32]>> {
    let params = ::scrypt::Params::new(log_n, 8, 1, 32).ok()?;
    let mut full_salt = [0u8; LABEL.len() + SALT_LEN];
    full_salt[..LABEL.len()].copy_from_slice(LABEL);
    full_salt[LABEL.len()..].copy_from_slice(salt);
    let mut key = Zeroizing::new([0u8; 32]);
    ::scrypt::scrypt(passphrase, &full_salt, &params, key.as_mut()).ok()?;
    Some(key)
}

/// Encrypts `plaintext` under `passphrase` with work factor N = 2^`log_n`
/// (binary age file, as `age -p` writes it).
pub fn encrypt_with_passphrase(passphrase: &[u8], log_n: u8, plaintext: &[u8]) -> Result<Vec<u8>, EncryptError> {
    if log_n == 0 {
        return Err(EncryptError::WorkFactor);
    }
    let salt = random::<SALT_LEN>()?;
    let file_key = random::<16>()?;
    let key = wrap_key(passphrase, &salt, log_n).ok_or(EncryptError::WorkFactor)?;
    let stanza = header::NewStanza {
        tag: "scrypt",
        args: vec![base64::encode_unpadded(salt.as_ref()), log_n.to_string()],
        body: wrap_file_key(&key, &file_key)?,
    };
    Sealer::with_stanzas(file_key, &[stanza])?.seal(plaintext)
}

/// Decrypts a passphrase-encrypted binary age file. A work factor above
/// `max_log_n` is refused as a header failure without running scrypt; a
/// passphrase that does not open the stanza is [`DecryptError::NoMatch`],
/// as is a file made for keys (it has no passphrase stanza).
pub fn decrypt_with_passphrase(passphrase: &[u8], max_log_n: u8, file: &[u8]) -> Result<Vec<u8>, DecryptError> {
    let parsed = header::parse(file)?;
    let stanza = match parsed.stanzas.iter().filter(|s| s.tag == "scrypt").count() {
        0 => return Err(DecryptError::NoMatch),
        // The passphrase stanza must be the only one.
        1 if parsed.stanzas.len() == 1 => &parsed.stanzas[0],
        _ => return Err(DecryptError::Header),
    };
    let mut args = stanza.args();
    let (salt, log_n) = match (args.next(), args.next(), args.next()) {
        (Some(salt), Some(log_n), None) => (salt, log_n),
        _ => return Err(DecryptError::Header),
    };
    let salt: [u8; SALT_LEN] = base64::decode_unpadded(salt.as_bytes())
        .and_then(|s| s.as_slice().try_into().ok())
        .ok_or(DecryptError::Header)?;
    let log_n = parse_log_n(log_n).filter(|n| *n <= max_log_n).ok_or(DecryptError::Header)?;
    if stanza.body.len() != 32 {
        return Err(DecryptError::Header);
    }
    let key = wrap_key(passphrase, &salt, log_n).ok_or(DecryptError::Header)?;
    let file_key = unwrap_file_key(&key, &stanza.body)?.ok_or(DecryptError::NoMatch)?;
    open_payload(file, &parsed, &file_key)
}

/// A work factor written as age requires: ASCII decimal digits, no sign,
/// no leading zero, at most two digits. The value is not range-checked
/// (`0` and `99` are returned): callers apply their own bounds, and the vault
/// reports the value it refused.
pub fn parse_work_factor(text: &[u8]) -> Option<u8> {
    let canonical = (1..=2).contains(&text.len())
        && text.iter().all(u8::is_ascii_digit)
        && !(text.len() > 1 && text.first() == Some(&b'0'));
    canonical.then(|| text.iter().fold(0u8, |acc, d| acc * 10 + (d - b'0')))
}

/// A work factor scrypt can run: canonical, 1 to 63.
fn parse_log_n(text: &str) -> Option<u8> {
    parse_work_factor(text.as_bytes()).filter(|n| (1..64).contains(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn work_factors_are_canonical_decimal() {
        for good in ["1", "10", "18", "63"] {
            assert!(parse_log_n(good).is_some(), "{good}");
        }
        for bad in ["", "0", "010", "012", "+10", "-10", "0xa", "a", "64", "100", "1 ", "١٠"] {
            assert_eq!(parse_log_n(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn round_trip_and_wrong_passphrase() {
        let file = encrypt_with_passphrase(b"correct horse", 10, b"secret").unwrap();
        assert_eq!(decrypt_with_passphrase(b"correct horse", 10, &file).unwrap(), b"secret");
        assert_eq!(decrypt_with_passphrase(b"wrong horse", 10, &file), Err(DecryptError::NoMatch));
        // Above the caller's limit: refused before scrypt runs.
        assert_eq!(decrypt_with_passphrase(b"correct horse", 9, &file), Err(DecryptError::Header));
        assert_eq!(encrypt_with_passphrase(b"x", 0, b"").err(), Some(EncryptError::WorkFactor));
        let text = String::from_utf8_lossy(&file);
        assert!(text.starts_with("age-encryption.org/v1\n-> scrypt "), "{text}");
    }
}
