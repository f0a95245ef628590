//! The age header: writing it (stanzas and the MAC line) and parsing
//! it strictly (canonical unpadded base64, 64-column stanza bodies, LF line
//! ends, printable arguments), as the format's test vectors require.
//!
//! It only splits the header into stanzas; it never decides which key a
//! stanza is for and never checks the MAC (the caller does, with the file
//! key). It refuses a header of more than [`MAX_STANZAS`] stanzas as soon as
//! it meets the first one too many, and allocates nothing per stanza argument
//! (arguments stay slices of the input).

use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::base64::{decode_unpadded, encode_unpadded};
use super::DecryptError;

const INTRO: &[u8] = b"age-encryption.org/v1";
const COLUMNS: usize = 64;

/// Most stanzas a header may have. A file Waymark writes has one stanza per
/// recipient (an organisation lists a handful of keys; age's own tools write
/// one per `-r`), so 64 leaves ample room. Without a cap, 1 MiB holds about
/// 10,700 X25519 stanzas, and every one costs a scalar multiplication per
/// loaded key before the file is refused (0.74 s per key natively, more in a
/// phone's browser). With it, the work before a refusal is at most 64 per key.
pub const MAX_STANZAS: usize = 64;

/// Why a header did not parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeaderError {
    /// Not an age v1 header, or not canonical.
    Malformed,
    /// More than [`MAX_STANZAS`] stanzas (refused when the first one too many
    /// is met, before any of them is used).
    TooManyStanzas,
}

impl From<HeaderError> for DecryptError {
    fn from(_: HeaderError) -> DecryptError {
        DecryptError::Header
    }
}

/// One stanza: `-> tag args…` and its body.
pub struct Stanza<'a> {
    pub tag: &'a str,
    /// The arguments as written: printable, separated by single spaces
    /// (checked by [`parse`]); empty when there are none.
    args: &'a str,
    pub body: Vec<u8>,
}

impl<'a> Stanza<'a> {
    /// The arguments, in order.
    pub fn args(&self) -> impl Iterator<Item = &'a str> {
        let args = self.args;
        args.split(' ').filter(move |_| !args.is_empty())
    }
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
fn line(file: &[u8], at: usize) -> Result<(&[u8], usize), HeaderError> {
    let rest = file.get(at..).ok_or(HeaderError::Malformed)?;
    let end = rest.iter().position(|b| *b == b'\n').ok_or(HeaderError::Malformed)?;
    Ok((rest.get(..end).ok_or(HeaderError::Malformed)?, at + end + 1))
}

fn printable(arg: &[u8]) -> Option<&str> {
    if arg.is_empty() || arg.iter().any(|b| !(0x21..=0x7e).contains(b)) {
        return None;
    }
    std::str::from_utf8(arg).ok()
}

/// Parses the header of a binary age file.
pub fn parse(file: &[u8]) -> Result<Header<'_>, HeaderError> {
    let (intro, mut at) = line(file, 0)?;
    if intro != INTRO {
        return Err(HeaderError::Malformed);
    }
    let mut stanzas = Vec::new();
    loop {
        let start = at;
        let (text, next) = line(file, at)?;
        if let Some(rest) = text.strip_prefix(b"-> ") {
            if stanzas.len() == MAX_STANZAS {
                return Err(HeaderError::TooManyStanzas);
            }
            let (tag, args) = match rest.iter().position(|b| *b == b' ') {
                Some(space) => {
                    let (tag, after) = rest.split_at(space);
                    let args = after.get(1..).unwrap_or(&[]);
                    // Each argument printable and non-empty (so no doubled
                    // or trailing space), checked without collecting them.
                    if args.split(|b| *b == b' ').any(|a| printable(a).is_none()) {
                        return Err(HeaderError::Malformed);
                    }
                    (tag, args)
                }
                None => (rest, &b""[..]),
            };
            let tag = printable(tag).ok_or(HeaderError::Malformed)?;
            let args = std::str::from_utf8(args).map_err(|_| HeaderError::Malformed)?;
            let mut body = Vec::new();
            at = next;
            loop {
                let (body_line, after) = line(file, at)?;
                if body_line.len() > COLUMNS {
                    return Err(HeaderError::Malformed);
                }
                body.extend(decode_unpadded(body_line).ok_or(HeaderError::Malformed)?);
                at = after;
                if body_line.len() < COLUMNS {
                    break;
                }
            }
            stanzas.push(Stanza { tag, args, body });
        } else if let Some(rest) = text.strip_prefix(b"--- ") {
            if stanzas.is_empty() || rest.len() != 43 {
                return Err(HeaderError::Malformed);
            }
            let mac = decode_unpadded(rest)
                .and_then(|m| <[u8; 32]>::try_from(m.as_slice()).ok())
                .ok_or(HeaderError::Malformed)?;
            return Ok(Header { stanzas, mac, mac_input_end: start + 3, payload_start: next });
        } else {
            return Err(HeaderError::Malformed);
        }
    }
}
