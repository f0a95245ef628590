//! age's ASCII armor: a PEM-style wrapper (`-----BEGIN AGE ENCRYPTED
//! FILE-----`, padded base64 in 64-column lines) for sending a file as text.
//!
//! Owns writing it as `age --armor` does and reading it strictly, as the
//! format's test vectors require: whitespace only outside the armor, LF or
//! CRLF line ends, every line but the last exactly 64 columns, canonical
//! padded base64, no headers or checksums. It knows nothing of what is
//! inside, and never panics on input.

use super::base64;

const BEGIN: &[u8] = b"-----BEGIN AGE ENCRYPTED FILE-----";
const END: &[u8] = b"-----END AGE ENCRYPTED FILE-----";
const COLUMNS: usize = 64;

/// The armor is damaged (cut, re-wrapped, extra text inside, bad base64).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("damaged armor")]
pub struct ArmorError;

/// ASCII armor of a binary age file.
pub fn armor(binary: &[u8]) -> Vec<u8> {
    let encoded = base64::encode(binary);
    let mut out = Vec::with_capacity(encoded.len() + encoded.len() / COLUMNS + 72);
    out.extend_from_slice(BEGIN);
    out.push(b'\n');
    for line in encoded.as_bytes().chunks(COLUMNS) {
        out.extend_from_slice(line);
        out.push(b'\n');
    }
    out.extend_from_slice(END);
    out.push(b'\n');
    out
}

fn is_space(b: &u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

/// Decodes armored text (surrounding whitespace allowed) to the binary file.
///
/// Two passes over the lines, nothing kept per line: the first checks the
/// structure and counts the base64 characters (the first line that breaks
/// the rules ends it, before anything is allocated), the second decodes
/// each line straight into a buffer of the decoded size. So no input (1 MiB
/// of empty lines, say) makes it reserve more than three quarters of its
/// own size.
pub fn dearmor(text: &[u8]) -> Result<Vec<u8>, ArmorError> {
    let shape = check(text)?;
    let mut out = Vec::with_capacity(shape.chars / 4 * 3);
    for (i, line) in shape.body(text).enumerate() {
        // Full lines are whole groups of four; padding only at the very end.
        base64::decode_onto(line, i + 1 == shape.lines, &mut out).ok_or(ArmorError)?;
    }
    Ok(out)
}

/// [`dearmor`] in the text's own buffer: on success `buf` holds the binary
/// file, on failure it is unchanged or partly overwritten (never longer).
/// Each line is decoded into a small buffer and written behind itself (a
/// decoded line is shorter than the line), so nothing the size of the input
/// is allocated: pasted text costs the desk its own size once.
pub fn dearmor_in_place(buf: &mut Vec<u8>) -> Result<(), ArmorError> {
    let shape = check(buf)?;
    let mut line_bytes = Vec::with_capacity(COLUMNS / 4 * 3);
    let (mut read, mut write) = (shape.first_body_line, 0usize);
    for i in 0..shape.lines {
        let rest = buf.get(read..).ok_or(ArmorError)?;
        let end = read + rest.iter().position(|b| *b == b'\n').ok_or(ArmorError)?;
        let line = &buf[read..end];
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        line_bytes.clear();
        base64::decode_onto(line, i + 1 == shape.lines, &mut line_bytes).ok_or(ArmorError)?;
        // `write` never passes `read`, and a line decodes to fewer bytes than it has.
        buf[write..write + line_bytes.len()].copy_from_slice(&line_bytes);
        write += line_bytes.len();
        read = end + 1;
    }
    buf.truncate(write);
    Ok(())
}

/// Where the body of a well-formed armor is, found without allocating.
struct Shape {
    /// Byte offset of the first body line (after the begin line).
    first_body_line: usize,
    /// Offset just past the last non-space byte.
    end: usize,
    /// Number of body lines and of base64 characters in them.
    lines: usize,
    chars: usize,
}

impl Shape {
    fn body<'t>(&self, text: &'t [u8]) -> impl Iterator<Item = &'t [u8]> {
        text[self.first_body_line..self.end]
            .split(|b| *b == b'\n')
            .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
            .take(self.lines)
    }
}

/// The structure check of [`dearmor`]: begin line, body lines of exactly 64
/// columns but the last, end line, outer whitespace only.
fn check(text: &[u8]) -> Result<Shape, ArmorError> {
    let start = text.iter().position(|b| !is_space(b)).unwrap_or(text.len());
    let end = text.iter().rposition(|b| !is_space(b)).map_or(start, |i| i + 1);
    let inner = text.get(start..end).ok_or(ArmorError)?;
    let mut all = inner.split(|b| *b == b'\n').map(|l| l.strip_suffix(b"\r").unwrap_or(l)).peekable();
    if all.next() != Some(BEGIN) {
        return Err(ArmorError);
    }
    // The begin line and its line end ("\n" or "\r\n").
    let first_body_line = start + inner.iter().position(|b| *b == b'\n').ok_or(ArmorError)? + 1;
    // Length of the body line before; only the last one may be short.
    let mut previous = COLUMNS;
    let (mut lines, mut chars) = (0usize, 0usize);
    loop {
        let line = all.next().ok_or(ArmorError)?;
        if all.peek().is_none() {
            if line != END {
                return Err(ArmorError);
            }
            break;
        }
        if previous != COLUMNS || !(1..=COLUMNS).contains(&line.len()) {
            return Err(ArmorError);
        }
        previous = line.len();
        lines += 1;
        chars += line.len();
    }
    if chars % 4 != 0 {
        return Err(ArmorError);
    }
    Ok(Shape { first_body_line, end, lines, chars })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_with_lf_crlf_and_outer_whitespace() {
        for len in [0usize, 1, 47, 48, 49, 96, 500] {
            let data: Vec<u8> = (0..len).map(|i| (i * 7) as u8).collect();
            let text = armor(&data);
            assert_eq!(dearmor(&text).unwrap(), data);
            let crlf = String::from_utf8(text.clone()).unwrap().replace('\n', "\r\n");
            assert_eq!(dearmor(crlf.as_bytes()).unwrap(), data);
            let spaced = [&b" \r\n\t"[..], &text, b"\n\n  "].concat();
            assert_eq!(dearmor(&spaced).unwrap(), data);
            for input in [text.clone(), crlf.into_bytes(), spaced] {
                let mut buf = input;
                dearmor_in_place(&mut buf).unwrap();
                assert_eq!(buf, data);
            }
        }
    }

    #[test]
    fn refuses_damage() {
        let text = String::from_utf8(armor(&[9u8; 100])).unwrap();
        let bad = [
            text.replace("-----BEGIN AGE", "-----BEGIN age"),
            text.replacen('\n', "\n\n", 1),
            text.replacen('\n', "\n ", 1),
            format!("x{text}"),
            format!("{text}x"),
            text.replace("-----END AGE ENCRYPTED FILE-----\n", ""),
            text.replace('=', ""),
        ];
        for b in bad {
            assert_eq!(dearmor(b.as_bytes()), Err(ArmorError), "{b:?}");
            let mut buf = b.clone().into_bytes();
            assert_eq!(dearmor_in_place(&mut buf), Err(ArmorError), "{b:?}");
            assert!(buf.len() <= b.len());
        }
    }
}
