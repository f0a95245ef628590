//! The age header: writing it (stanzas and the MAC line) and parsing
//! it strictly (canonical unpadded base64, 64-column stanza bodies, LF line
//! ends, printable arguments), as the format's test vectors require.
//!
//! It only splits the header into stanzas; it never decides which key a
//! stanza is for and never checks the MAC (the caller does, with the file
//! key).

use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::base64::{decode_unpadded, encode_unpadded};
use super::DecryptError;

const INTRO: &[u8] = b"age-encryption.org/v1";
const COLUMNS: usize = 64;

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

/// A stanza to write: `-> tag args…` and its body.
pub struct NewStanza {
    pub tag: &'static str,
    pub args: Vec<String>,
    pub body: Vec<u8>,
}

/// Writes a header with `stanzas` and the MAC computed with `mac`.
pub fn write(stanzas: &[NewStanza], mut mac: Hmac<Sha256>) -> Vec<u8> {
    let mut out = Vec::with_capacity(22 + 100 * stanzas.len() + 48);
    out.extend_from_slice(INTRO);
    out.push(b'\n');
    for stanza in stanzas {
        out.extend_from_slice(b"-> ");
        out.extend_from_slice(stanza.tag.as_bytes());
        for arg in &stanza.args {
            out.push(b' ');
            out.extend_from_slice(arg.as_bytes());
        }
        out.push(b'\n');
        let encoded = encode_unpadded(&stanza.body);
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
    out.extend_from_slice(encode_unpadded(&mac.finalize().into_bytes()).as_bytes());
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
                body.extend(decode_unpadded(body_line).ok_or(DecryptError::Header)?);
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
            let mac = decode_unpadded(rest)
                .and_then(|m| <[u8; 32]>::try_from(m.as_slice()).ok())
                .ok_or(DecryptError::Header)?;
            return Ok(Header { stanzas, mac, mac_input_end: start + 3, payload_start: next });
        } else {
            return Err(DecryptError::Header);
        }
    }
}
