//! Bech32 (BIP-173, not Bech32m), as age writes its keys: `age1…` public
//! keys and `AGE-SECRET-KEY-1…` identities.
//!
//! Owns encoding and strict decoding (one case, zero padding bits, checksum).
//! It never panics on input and has no length limit (age plugin keys exceed
//! BIP-173's 90 characters); callers check the payload length.
//!
//! The same code reads secret keys (`AGE-SECRET-KEY-1…`), so every copy it
//! makes of its input — the lower-cased text, the 5-bit groups, the bit
//! accumulator — is wiped before it is let go, and the decoded bytes are
//! returned in a [`Zeroizing`] buffer. Buffers are allocated at their final
//! size, so no growing buffer leaves an unwiped old block behind.

use zeroize::{Zeroize, Zeroizing};

/// Why a Bech32 string did not decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bech32Error {
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
/// payload (wiped when dropped). No length limit (age keys for plugins
/// exceed BIP-173's 90).
pub fn decode(s: &str) -> Result<(String, Zeroizing<Vec<u8>>), Bech32Error> {
    let has_lower = s.bytes().any(|b| b.is_ascii_lowercase());
    let has_upper = s.bytes().any(|b| b.is_ascii_uppercase());
    if (has_lower && has_upper) || !s.is_ascii() {
        return Err(Bech32Error::Malformed);
    }
    let lower = Zeroizing::new(s.to_ascii_lowercase());
    let sep = lower.rfind('1').ok_or(Bech32Error::Malformed)?;
    let (hrp, rest) = lower.split_at(sep);
    let data_part = rest.get(1..).unwrap_or("");
    if hrp.is_empty() || data_part.len() < 6 || hrp.bytes().any(|b| !(33..=126).contains(&b)) {
        return Err(Bech32Error::Malformed);
    }
    let mut data = Zeroizing::new(Vec::with_capacity(data_part.len()));
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
    let mut out = Zeroizing::new(Vec::with_capacity(payload.len() * 5 / 8));
    for v in payload {
        acc = (acc << 5) | u32::from(*v);
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push(((acc >> bits) & 0xff) as u8);
        }
    }
    let padding_ok = bits < 5 && (acc & ((1 << bits) - 1)) == 0;
    acc.zeroize();
    if !padding_ok {
        return Err(Bech32Error::Malformed);
    }
    Ok((hrp.to_string(), out))
}

/// Encodes `data` under `hrp` (lower case as given; callers upper-case
/// secret keys themselves, as age does).
///
/// The 5-bit groups and the accumulator are wiped; the returned string is
/// allocated at its final size (callers encoding a secret wrap it in
/// [`Zeroizing`]).
pub fn encode(hrp: &str, data: &[u8]) -> String {
    let mut groups: Zeroizing<Vec<u8>> = Zeroizing::new(Vec::with_capacity(data.len() * 8 / 5 + 1));
    let mut acc: u32 = 0;
    let mut bits = 0u32;
    for b in data {
        acc = (acc << 8) | u32::from(*b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            groups.push(((acc >> bits) & 31) as u8);
        }
    }
    if bits > 0 {
        groups.push(((acc << (5 - bits)) & 31) as u8);
    }
    acc.zeroize();
    let expanded = hrp.bytes().map(|b| b >> 5).chain(std::iter::once(0)).chain(hrp.bytes().map(|b| b & 31));
    let check = polymod(expanded.chain(groups.iter().copied()).chain([0u8; 6])) ^ 1;
    let mut out = String::with_capacity(hrp.len() + 1 + groups.len() + 6);
    out.push_str(hrp);
    out.push('1');
    let checksum = (0..6).map(|i| ((check >> (5 * (5 - i))) & 31) as u8);
    for g in groups.iter().copied().chain(checksum) {
        out.push(char::from(CHARSET.get(usize::from(g)).copied().unwrap_or(b'q')));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_matches_age() {
        let id = age::x25519::Identity::generate();
        let public = id.to_public().to_string();
        let (hrp, bytes) = decode(&public).unwrap();
        assert_eq!(hrp, "age");
        assert_eq!(bytes.len(), 32);
        assert_eq!(encode("age", &bytes), public);
        for len in 0..40 {
            let data: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            assert_eq!(decode(&encode("x", &data)).unwrap(), ("x".to_string(), Zeroizing::new(data)));
        }
    }

    #[test]
    fn refuses_typos_mixed_case_and_junk() {
        let public = age::x25519::Identity::generate().to_public().to_string();
        let mut typo = public.clone().into_bytes();
        typo[10] = if typo[10] == b'q' { b'p' } else { b'q' };
        assert_eq!(decode(std::str::from_utf8(&typo).unwrap()), Err(Bech32Error::Checksum));
        let mixed = format!("A{}", &public[1..]);
        assert_eq!(decode(&mixed), Err(Bech32Error::Malformed));
        assert_eq!(decode("age1"), Err(Bech32Error::Malformed));
        assert_eq!(decode("äge1qqqqqqqq"), Err(Bech32Error::Malformed));
    }
}
