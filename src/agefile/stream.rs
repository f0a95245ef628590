//! The age payload: STREAM, ChaCha20-Poly1305 over 64 KiB chunks with a
//! counter nonce whose last byte marks the final chunk.
//!
//! It never returns plaintext of a payload that is truncated, extended,
//! reordered or has an empty final chunk after a full one; it does not know
//! about headers or keys beyond the 32-byte payload key.

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::ChaCha20Poly1305;
use zeroize::Zeroize;

use super::{DecryptError, CHUNK_SIZE, TAG_SIZE};

fn nonce(counter: u64, last: bool) -> [u8; 12] {
    let mut n = [0u8; 12];
    n[3..11].copy_from_slice(&counter.to_be_bytes());
    n[11] = u8::from(last);
    n
}

/// Appends the encrypted chunks of `plaintext` to `out`.
pub fn seal(key: &[u8; 32], plaintext: &[u8], out: &mut Vec<u8>) -> Result<(), ()> {
    let cipher = ChaCha20Poly1305::new(key.into());
    let count = plaintext.len().div_ceil(CHUNK_SIZE).max(1);
    for i in 0..count {
        let start = i * CHUNK_SIZE;
        let chunk = plaintext.get(start..(start + CHUNK_SIZE).min(plaintext.len())).unwrap_or(&[]);
        let sealed = cipher.encrypt(&nonce(i as u64, i + 1 == count).into(), chunk).map_err(|_| ())?;
        out.extend_from_slice(&sealed);
    }
    Ok(())
}

/// Decrypts every chunk of `payload` (after the nonce).
pub fn open(key: &[u8; 32], payload: &[u8]) -> Result<Vec<u8>, DecryptError> {
    if payload.is_empty() {
        return Err(DecryptError::Payload);
    }
    let cipher = ChaCha20Poly1305::new(key.into());
    let mut out = Vec::with_capacity(payload.len());
    let mut counter = 0u64;
    let mut rest = payload;
    loop {
        let last = rest.len() <= CHUNK_SIZE + TAG_SIZE;
        let (chunk, after) = rest.split_at(if last { rest.len() } else { CHUNK_SIZE + TAG_SIZE });
        let result = cipher.decrypt(&nonce(counter, last).into(), chunk);
        match result {
            // An empty final chunk is only valid as the only chunk.
            Ok(mut plain) if !(last && plain.is_empty() && counter > 0) => {
                out.extend_from_slice(&plain);
                plain.zeroize();
            }
            _ => {
                out.zeroize();
                return Err(DecryptError::Payload);
            }
        }
        if last {
            return Ok(out);
        }
        counter += 1;
        rest = after;
    }
}
