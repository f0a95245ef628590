//! Small encodings the vault needs on its way to string-only storage:
//! standard base64 (padded, strict; shared with the age format in
//! [`crate::agefile::base64`]) and CRC-32 (IEEE).
//!
//! Owns nothing secret and never allocates more than the input implies. It
//! must never be used as a security check: the CRC only tells accidental
//! damage of the wrapped key apart from a wrong passphrase (see
//! docs/security.md); integrity comes from age's authenticated encryption.

pub use crate::agefile::base64::{decode as base64_decode, encode as base64_encode};

/// CRC-32 (IEEE 802.3, as in zip and PNG), bitwise: the inputs are small.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc: u32 = 0xFFFF_FFFF;
    for b in bytes {
        crc ^= u32::from(*b);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_known_vector() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }
}
