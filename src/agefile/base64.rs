//! Standard base64 (RFC 4648 alphabet), strict both ways: padded for the
//! vault's storage strings and age's armor, unpadded for age headers.
//!
//! Decoders accept only the canonical encoding (no whitespace, padding only
//! where it belongs, zero trailing bits) and return `None` for anything else;
//! they never panic.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with `=` padding.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b0 = chunk.first().copied().unwrap_or(0);
        let b1 = chunk.get(1).copied().unwrap_or(0);
        let b2 = chunk.get(2).copied().unwrap_or(0);
        let n = (u32::from(b0) << 16) | (u32::from(b1) << 8) | u32::from(b2);
        let sextet = |shift: u32| char::from(ALPHABET[((n >> shift) & 63) as usize]);
        out.push(sextet(18));
        out.push(sextet(12));
        out.push(if chunk.len() > 1 { sextet(6) } else { '=' });
        out.push(if chunk.len() > 2 { sextet(0) } else { '=' });
    }
    out
}

fn sextet_of(c: u8) -> Option<u32> {
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

/// Strict decoder for [`encode`]'s output: length a multiple of 4,
/// padding only at the end, no whitespace, canonical trailing bits.
/// Returns `None` for anything else.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    if bytes.len() & 3 != 0 {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3);
    decode_onto(bytes, true, &mut out)?;
    Some(out)
}

/// Decodes `bytes` (a multiple of 4 long, else `None`) onto the end of
/// `out`, strictly as [`decode`] does; `=` padding is allowed only in the
/// last group of four, and only when `may_pad` (a piece of a longer text
/// that does not end it must not be padded). On `None`, `out` may hold part
/// of the decoded bytes.
pub fn decode_onto(bytes: &[u8], may_pad: bool, out: &mut Vec<u8>) -> Option<()> {
    if bytes.len() & 3 != 0 {
        return None;
    }
    let last = bytes.len() / 4;
    for (i, quad) in bytes.chunks_exact(4).enumerate() {
        let is_last = i + 1 == last;
        let pad = quad.iter().rev().take_while(|c| **c == b'=').count();
        if pad > 2 || (pad > 0 && !(is_last && may_pad)) {
            return None;
        }
        let mut n: u32 = 0;
        for (j, c) in quad.iter().enumerate() {
            let v = if j >= 4 - pad { 0 } else { sextet_of(*c)? };
            n = (n << 6) | v;
        }
        let [_, b0, b1, b2] = n.to_be_bytes();
        match pad {
            0 => out.extend_from_slice(&[b0, b1, b2]),
            1 => {
                if b2 != 0 {
                    return None;
                }
                out.extend_from_slice(&[b0, b1]);
            }
            _ => {
                if b1 != 0 || b2 != 0 {
                    return None;
                }
                out.push(b0);
            }
        }
    }
    Some(())
}

/// Unpadded base64, as age headers use it.
pub fn encode_unpadded(bytes: &[u8]) -> String {
    let mut text = encode(bytes);
    while text.ends_with('=') {
        text.pop();
    }
    text
}

/// Strict unpadded base64: no `=`, no whitespace, zero trailing bits.
pub fn decode_unpadded(text: &[u8]) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 || text.contains(&b'=') {
        return None;
    }
    let mut padded = std::str::from_utf8(text).ok()?.to_string();
    while padded.len() % 4 != 0 {
        padded.push('=');
    }
    decode(&padded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_vectors() {
        assert_eq!(encode(b""), "");
        assert_eq!(encode(b"f"), "Zg==");
        assert_eq!(encode(b"fo"), "Zm8=");
        assert_eq!(encode(b"foo"), "Zm9v");
        assert_eq!(encode(b"foobar"), "Zm9vYmFy");
        assert_eq!(decode("Zm9vYg==").as_deref(), Some(&b"foob"[..]));
    }

    #[test]
    fn rejects_malformed() {
        for bad in [
            "Zg=", "Z===", "Zg==Zg==", "Zh==", "Zm9=", "Zm 9", "Zm9v\n", "Zm-v", "====",
        ] {
            assert_eq!(decode(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn unpadded_is_canonical() {
        for len in 0..70usize {
            let data: Vec<u8> = (0..len).map(|i| (i * 53 + 7) as u8).collect();
            let text = encode_unpadded(&data);
            assert!(!text.contains('='));
            assert_eq!(decode_unpadded(text.as_bytes()).unwrap(), data);
        }
        for bad in [&b"AB"[..], b"AA==", b"AA A", b"AAAAA", b"A=AA"] {
            assert_eq!(decode_unpadded(bad), None, "{bad:?}");
        }
        assert_eq!(decode_unpadded(b"AA").unwrap(), vec![0]);
    }

    proptest! {
        #[test]
        fn round_trip(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            prop_assert_eq!(decode(&encode(&bytes)), Some(bytes));
        }

        #[test]
        fn decode_never_panics(text in ".{0,64}") {
            if let Some(bytes) = decode(&text) {
                prop_assert_eq!(encode(&bytes), text);
            }
        }
    }
}
