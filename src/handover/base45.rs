//! Base45 (RFC 9285): two bytes as three characters of the QR code's
//! alphanumeric set, which a QR code stores in 5.5 bits per character. Binary
//! data costs 1.03× its size this way, against 1.33× for base64 in byte mode.

const ALPHABET: &[u8; 45] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

/// Encodes `bytes` as base45 text.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(2) * 3);
    let mut push = |v: usize| out.push(ALPHABET[v] as char);
    for pair in bytes.chunks(2) {
        if let [a, b] = pair {
            let n = (*a as usize) * 256 + *b as usize;
            push(n % 45);
            push(n / 45 % 45);
            push(n / 2025);
        } else {
            let n = pair[0] as usize;
            push(n % 45);
            push(n / 45);
        }
    }
    out
}

fn value(c: u8) -> Option<usize> {
    ALPHABET.iter().position(|&a| a == c)
}

/// Decodes base45 text; `None` for a character outside the alphabet, a
/// length that leaves one character over, or a group above 0xFFFF.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    let t = text.as_bytes();
    if t.len() % 3 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(t.len() / 3 * 2 + 1);
    for group in t.chunks(3) {
        let mut n = 0usize;
        for (i, &c) in group.iter().enumerate() {
            n += value(c)? * [1, 45, 2025][i];
        }
        if group.len() == 3 {
            if n > 0xFFFF {
                return None;
            }
            out.extend([(n >> 8) as u8, (n & 0xFF) as u8]);
        } else {
            out.push(u8::try_from(n).ok()?);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_9285_examples() {
        assert_eq!(encode(b"AB"), "BB8");
        assert_eq!(encode(b"Hello!!"), "%69 VD92EX0");
        assert_eq!(encode(b"base-45"), "UJCLQE7W581");
        assert_eq!(decode("QED8WEX0").as_deref(), Some(&b"ietf!"[..]));
    }

    #[test]
    fn round_trips_every_byte_and_odd_lengths() {
        let all: Vec<u8> = (0..=255u8).chain((0..=255u8).rev()).collect();
        for len in [0, 1, 2, 3, 511, 512] {
            assert_eq!(decode(&encode(&all[..len])).as_deref(), Some(&all[..len]));
        }
    }

    #[test]
    fn refuses_bad_text() {
        assert_eq!(decode("a"), None, "lower case is not in the alphabet");
        assert_eq!(decode("ABCD"), None, "one character over");
        assert_eq!(decode(":::"), None, "above 0xFFFF");
        assert_eq!(decode("::"), None, "above 0xFF");
    }
}
