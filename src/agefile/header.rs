//! The age header: writing it (X25519 stanzas and the MAC line) and parsing
//! it strictly (canonical unpadded base64, 64-column stanza bodies, LF line
//! ends, printable arguments), as the format's test vectors require.
//!
//! It only splits the header into stanzas; it never decides which key a
//! stanza is for and never checks the MAC (the caller does, with the file
//! key).

use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::DecryptError;

const INTRO: &[u8] = b"age-encryption.org/v1";
const COLUMNS: usize = 64;
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// One stanza: `-> tag args…` and its body.
pub struct Stanza<'a> {
    pub tag: &'a str,
    pub args: Vec<&'a str>,
    pub body: Vec<u8>,
}

/// A parsed header.
pub struct Header<'a> {
    pub stanzas: Vec<Stanza<'a>>,
    /// The MAC from the `---` line.
    pub mac: [u8; 32],
    /// The MAC covers `file[..mac_input_end]` (up to and including `---`).
    pub mac_input_end: usize,
    /// Where the payload (nonce, then chunks) starts.
    pub payload_start: usize,
}

/// Unpadded standard base64.
pub fn b64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            let sextet = (n >> (18 - 6 * i)) & 63;
            out.push(char::from(ALPHABET.get(sextet as usize).copied().unwrap_or(b'A')));
        }
    }
    out
}

fn sextet(c: u8) -> Option<u32> {
    let v = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    };
    Some(u32::from(v))
}

/// Strict unpadded base64: no `=`, no whitespace, zero trailing bits.
pub fn b64_decode(text: &[u8]) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for group in text.chunks(4) {
        let mut n = 0u32;
        for c in group {
            n = (n << 6) | sextet(*c)?;
        }
        let bytes = group.len() * 6 / 8;
        let spare = group.len() * 6 - bytes * 8;
        if n & ((1 << spare) - 1) != 0 {
            return None;
        }
        let n = n >> spare;
        for i in (0..bytes).rev() {
            out.push(((n >> (8 * i)) & 0xff) as u8);
        }
    }
    Some(out)
}

/// Writes a header with one X25519 stanza per `(share, wrapped key)` and
/// the MAC computed with `mac`.
pub fn write(stanzas: &[([u8; 32], Vec<u8>)], mut mac: Hmac<Sha256>) -> Vec<u8> {
    let mut out = Vec::with_capacity(22 + 100 * stanzas.len() + 48);
    out.extend_from_slice(INTRO);
    out.push(b'\n');
    for (share, body) in stanzas {
        out.extend_from_slice(b"-> X25519 ");
        out.extend_from_slice(b64_encode(share).as_bytes());
        out.push(b'\n');
        let encoded = b64_encode(body);
        let mut last_len = 0;
        for line in encoded.as_bytes().chunks(COLUMNS) {
            out.extend_from_slice(line);
            out.push(b'\n');
            last_len = line.len();
        }
        // A body ends with a line shorter than 64 columns (maybe empty).
        if last_len == COLUMNS || encoded.is_empty() {
            out.push(b'\n');
        }
    }
    out.extend_from_slice(b"---");
    mac.update(&out);
    out.push(b' ');
    out.extend_from_slice(b64_encode(&mac.finalize().into_bytes()).as_bytes());
    out.push(b'\n');
    out
}

/// Splits off one LF-terminated line starting at `at`.
fn line(file: &[u8], at: usize) -> Result<(&[u8], usize), DecryptError> {
    let rest = file.get(at..).ok_or(DecryptError::Header)?;
    let end = rest.iter().position(|b| *b == b'\n').ok_or(DecryptError::Header)?;
    Ok((rest.get(..end).ok_or(DecryptError::Header)?, at + end + 1))
}

fn printable(arg: &[u8]) -> Option<&str> {
    if arg.is_empty() || arg.iter().any(|b| !(0x21..=0x7e).contains(b)) {
        return None;
    }
    std::str::from_utf8(arg).ok()
}

/// Parses the header of a binary age file.
pub fn parse(file: &[u8]) -> Result<Header<'_>, DecryptError> {
    let (intro, mut at) = line(file, 0)?;
    if intro != INTRO {
        return Err(DecryptError::Header);
    }
    let mut stanzas = Vec::new();
    loop {
        let start = at;
        let (text, next) = line(file, at)?;
        if let Some(rest) = text.strip_prefix(b"-> ") {
            let mut parts = rest.split(|b| *b == b' ');
            let tag = parts.next().and_then(printable).ok_or(DecryptError::Header)?;
            let args = parts.map(printable).collect::<Option<Vec<_>>>().ok_or(DecryptError::Header)?;
            let mut body = Vec::new();
            at = next;
            loop {
                let (body_line, after) = line(file, at)?;
                if body_line.len() > COLUMNS {
                    return Err(DecryptError::Header);
                }
                body.extend(b64_decode(body_line).ok_or(DecryptError::Header)?);
                at = after;
                if body_line.len() < COLUMNS {
                    break;
                }
            }
            stanzas.push(Stanza { tag, args, body });
        } else if let Some(rest) = text.strip_prefix(b"--- ") {
            if stanzas.is_empty() || rest.len() != 43 {
                return Err(DecryptError::Header);
            }
            let mac = b64_decode(rest)
                .and_then(|m| <[u8; 32]>::try_from(m.as_slice()).ok())
                .ok_or(DecryptError::Header)?;
            return Ok(Header { stanzas, mac, mac_input_end: start + 3, payload_start: next });
        } else {
            return Err(DecryptError::Header);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_is_canonical_and_unpadded() {
        for len in 0..70usize {
            let data: Vec<u8> = (0..len).map(|i| (i * 53 + 7) as u8).collect();
            let text = b64_encode(&data);
            assert!(!text.contains('='));
            assert_eq!(b64_decode(text.as_bytes()).unwrap(), data);
        }
        // Non-zero trailing bits, padding, whitespace, bad length: refused.
        assert_eq!(b64_decode(b"AB"), None);
        assert_eq!(b64_decode(b"AA=="), None);
        assert_eq!(b64_decode(b"AA A"), None);
        assert_eq!(b64_decode(b"AAAAA"), None);
        assert_eq!(b64_decode(b"AA").unwrap(), vec![0]);
    }
}
