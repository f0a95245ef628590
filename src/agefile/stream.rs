//! The age payload: STREAM, ChaCha20-Poly1305 over 64 KiB chunks with a
//! counter nonce whose last byte marks the final chunk.
//!
//! It never returns plaintext of a payload that is truncated, extended,
//! reordered or has an empty final chunk after a full one; it does not know
//! about headers or keys beyond the 32-byte payload key.

use chacha20poly1305::aead::{Aead, AeadInPlace, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Tag};
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

/// Decrypts every chunk of `payload` (after the nonce) into a new buffer.
pub fn open(key: &[u8; 32], payload: &[u8]) -> Result<Vec<u8>, DecryptError> {
    let mut buf = payload.to_vec();
    open_in_place(key, &mut buf, 0)?;
    Ok(buf)
}

/// Decrypts the chunks in `buf[from..]` where they lie and leaves only the
/// plaintext in `buf`, moved to its start: no second buffer, so a file
/// costs its own size once. Whatever was decrypted and is not part of the
/// result (a chunk's old place, or everything on failure) is wiped; on
/// failure `buf` is left empty.
pub fn open_in_place(key: &[u8; 32], buf: &mut Vec<u8>, from: usize) -> Result<(), DecryptError> {
    match open_chunks(key, buf, from) {
        Ok(len) => {
            buf[len..].zeroize();
            buf.truncate(len);
            Ok(())
        }
        Err(e) => {
            buf.zeroize();
            Err(e)
        }
    }
}

/// Decrypts chunk after chunk in place, moving each plaintext down behind
/// the one before; returns the plaintext's length.
fn open_chunks(key: &[u8; 32], buf: &mut [u8], from: usize) -> Result<usize, DecryptError> {
    if buf.len() <= from {
        return Err(DecryptError::Payload);
    }
    let cipher = ChaCha20Poly1305::new(key.into());
    let (mut read, mut write, mut counter) = (from, 0usize, 0u64);
    loop {
        let rest = buf.len() - read;
        let last = rest <= CHUNK_SIZE + TAG_SIZE;
        let len = if last { rest } else { CHUNK_SIZE + TAG_SIZE };
        let text_len = len.checked_sub(TAG_SIZE).ok_or(DecryptError::Payload)?;
        let tag = Tag::clone_from_slice(&buf[read + text_len..read + len]);
        cipher
            .decrypt_in_place_detached(&nonce(counter, last).into(), &[], &mut buf[read..read + text_len], &tag)
            .map_err(|_| DecryptError::Payload)?;
        // An empty final chunk is only valid as the only chunk.
        if last && text_len == 0 && counter > 0 {
            return Err(DecryptError::Payload);
        }
        buf.copy_within(read..read + text_len, write);
        write += text_len;
        read += len;
        if last {
            return Ok(write);
        }
        counter += 1;
    }
}
