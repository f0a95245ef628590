//! The `WM1` frame format: one sealed export as `count` frames, each the text
//! of one QR code (all in the QR alphanumeric set):
//!
//! ```text
//! WM1/<index>/<count>/<total>/<check>/<data>
//! ```
//!
//! `index` 1..=`count` and `count` 1..=[`MAX_PARTS`] in decimal; `total` the
//! export's length in bytes (1..=[`MAX_TOTAL`]); `check` the first 8 bytes of
//! the SHA-256 of the whole export as 16 upper-case hex digits (it names the
//! export: frames of another export have another check); `data` the bytes
//! `(index-1)*P .. min(index*P, total)` of the export in base45, where every
//! frame but the last carries the same number of bytes `P` (a reader needs
//! not know `P`: it concatenates the parts in index order and checks the
//! length and the SHA-256). Documented in docs/organisations.md.

use sha2::{Digest, Sha256};

use super::base45;

/// The format's name and version, the first field of every frame.
pub const FORMAT_TAG: &str = "WM1";
/// Bytes of the export in each frame (the last may carry fewer): with the
/// header, 990 alphanumeric characters: a version-18 QR code (89 modules) at error
/// correction L (see docs/organisations.md for the choice).
pub const PART_BYTES: usize = 640;
/// Most frames one export may claim (a 64 KiB export needs 103).
pub const MAX_PARTS: usize = 110;
/// Largest export a frame may announce: the 64 KiB padding bucket. Larger
/// exports are handed over as a file.
pub const MAX_TOTAL: usize = 64 * 1024;
/// Longest frame text read (the largest QR code holds 4,296 characters).
const MAX_FRAME_CHARS: usize = 4296;

/// Why a frame (or the whole) was refused. Each has a desk message
/// ([`FrameError::message_id`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum FrameError {
    /// Not a Waymark hand-over code (a web link, another app's code).
    #[error("not a Waymark hand-over code")]
    NotHandover,
    /// A Waymark code of a newer format than this reader knows.
    #[error("a newer hand-over format")]
    NewerFormat,
    /// The header or the data does not follow the format, or claims more
    /// parts or bytes than any export has.
    #[error("damaged hand-over code")]
    Damaged,
    /// A frame of another export than the one being collected.
    #[error("a code of another export")]
    OtherExport,
    /// All parts arrived but they do not make the announced export (wrong
    /// length or checksum): the collection starts again.
    #[error("the codes do not fit together")]
    Mismatch,
    /// The export is too large to be shown as codes.
    #[error("too large for codes")]
    TooLarge,
}

impl FrameError {
    /// Fluent id (export.ftl) of the message for this error.
    pub fn message_id(&self) -> &'static str {
        match self {
            FrameError::NotHandover => "desk-scan-not-ours",
            FrameError::NewerFormat => "desk-scan-newer",
            FrameError::Damaged => "desk-scan-damaged",
            FrameError::OtherExport => "desk-scan-other-export",
            FrameError::Mismatch => "desk-scan-mismatch",
            FrameError::TooLarge => "export-codes-too-large",
        }
    }
}

/// One parsed frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    /// 1-based.
    pub index: usize,
    pub count: usize,
    pub total: usize,
    pub check: [u8; 8],
    pub data: Vec<u8>,
}

fn check_of(bytes: &[u8]) -> [u8; 8] {
    let digest = Sha256::digest(bytes);
    let mut check = [0u8; 8];
    check.copy_from_slice(&digest[..8]);
    check
}

fn hex(check: &[u8; 8]) -> String {
    check.iter().map(|b| format!("{b:02X}")).collect()
}

fn unhex(text: &str) -> Option<[u8; 8]> {
    let t = text.as_bytes();
    if t.len() != 16 {
        return None;
    }
    let digit = |c: u8| (c as char).to_digit(16).filter(|_| !c.is_ascii_lowercase());
    let mut out = [0u8; 8];
    for (i, pair) in t.chunks(2).enumerate() {
        out[i] = (digit(pair[0])? * 16 + digit(pair[1])?) as u8;
    }
    Some(out)
}

/// A decimal field of at most 6 digits (no sign, no spaces).
fn number(text: &str) -> Option<usize> {
    (!text.is_empty() && text.len() <= 6 && text.bytes().all(|c| c.is_ascii_digit())).then(|| text.parse().ok())?
}

/// The frame texts of `export`, in order. Refused when larger than
/// [`MAX_TOTAL`] (or empty).
pub fn frames(export: &[u8]) -> Result<Vec<String>, FrameError> {
    if export.is_empty() || export.len() > MAX_TOTAL {
        return Err(FrameError::TooLarge);
    }
    let count = export.len().div_ceil(PART_BYTES);
    let check = hex(&check_of(export));
    Ok(export
        .chunks(PART_BYTES)
        .enumerate()
        .map(|(i, part)| format!("{FORMAT_TAG}/{}/{count}/{}/{check}/{}", i + 1, export.len(), base45::encode(part)))
        .collect())
}

/// Parses one frame text. Every number is checked before anything is
/// allocated from it; the data is decoded only after the header passed.
pub fn parse_frame(text: &str) -> Result<Frame, FrameError> {
    let text = text.trim_end_matches(['\r', '\n']);
    let Some(rest) = text.strip_prefix("WM") else { return Err(FrameError::NotHandover) };
    let mut fields = rest.splitn(6, '/');
    let version = fields.next().and_then(number).ok_or(FrameError::NotHandover)?;
    if version != 1 {
        return Err(if version > 1 { FrameError::NewerFormat } else { FrameError::NotHandover });
    }
    if text.len() > MAX_FRAME_CHARS {
        return Err(FrameError::Damaged);
    }
    let mut next_number = || fields.next().and_then(number).ok_or(FrameError::Damaged);
    let (index, count, total) = (next_number()?, next_number()?, next_number()?);
    if !(1..=MAX_PARTS).contains(&count) || !(1..=count).contains(&index) || !(count..=MAX_TOTAL).contains(&total) {
        return Err(FrameError::Damaged);
    }
    let check = fields.next().and_then(unhex).ok_or(FrameError::Damaged)?;
    let data = fields.next().and_then(base45::decode).ok_or(FrameError::Damaged)?;
    if data.is_empty() || data.len() > total {
        return Err(FrameError::Damaged);
    }
    Ok(Frame { index, count, total, check, data })
}

/// How far a collection is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub received: usize,
    pub count: usize,
}

/// What one accepted frame did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accepted {
    /// A new part; not complete yet.
    New(Progress),
    /// A part already held (codes repeat while the phone cycles).
    Repeat(Progress),
    /// The last missing part: the whole export, length and checksum checked.
    Complete(Vec<u8>),
}

/// Collects the frames of one export in any order.
#[derive(Debug, Default)]
pub struct Collector {
    current: Option<Collecting>,
}

#[derive(Debug)]
struct Collecting {
    count: usize,
    total: usize,
    check: [u8; 8],
    parts: Vec<Option<Vec<u8>>>,
    received: usize,
    bytes: usize,
}

impl Collector {
    pub fn new() -> Collector {
        Collector::default()
    }

    /// Progress of the export being collected, if any frame was accepted.
    pub fn progress(&self) -> Option<Progress> {
        self.current.as_ref().map(|c| Progress { received: c.received, count: c.count })
    }

    /// Forgets every part (to start again or when the desk is left).
    pub fn reset(&mut self) {
        self.current = None;
    }

    /// Takes one decoded QR text. A frame of another export is refused and
    /// leaves the collection as it was; a complete set that does not match
    /// its checksum is refused and the collection starts again.
    pub fn accept(&mut self, text: &str) -> Result<Accepted, FrameError> {
        let frame = parse_frame(text)?;
        let c = self.current.get_or_insert_with(|| Collecting {
            count: frame.count,
            total: frame.total,
            check: frame.check,
            parts: vec![None; frame.count],
            received: 0,
            bytes: 0,
        });
        if (c.count, c.total, c.check) != (frame.count, frame.total, frame.check) {
            return Err(FrameError::OtherExport);
        }
        let Some(slot) = c.parts.get_mut(frame.index - 1) else { return Err(FrameError::Damaged) };
        if slot.is_some() {
            return Ok(Accepted::Repeat(Progress { received: c.received, count: c.count }));
        }
        if c.bytes + frame.data.len() > c.total {
            return Err(FrameError::Damaged);
        }
        c.bytes += frame.data.len();
        *slot = Some(frame.data);
        c.received += 1;
        if c.received < c.count {
            return Ok(Accepted::New(Progress { received: c.received, count: c.count }));
        }
        let whole: Vec<u8> = c.parts.iter().flatten().flatten().copied().collect();
        let fits = whole.len() == c.total && check_of(&whole) == c.check;
        self.current = None;
        if fits {
            Ok(Accepted::Complete(whole))
        } else {
            Err(FrameError::Mismatch)
        }
    }
}

#[cfg(test)]
#[path = "frame_tests.rs"]
mod tests;
