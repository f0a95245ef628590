//! Test-only: runs every age test vector of C2SP CCTV (copied into
//! `tests/fixtures/age-cctv/`) through the desk's decryption path and checks
//! each ends in its expected class, never a panic, never partial plaintext.
//!
//! Holds a tiny zlib inflater and SHA-256 for the vectors (no extra crates);
//! none of this is compiled outside `cargo test`.

use std::collections::BTreeMap;
use std::path::Path;

use super::identity::{parse_identity_file, DeskIdentity};
use super::open::{decrypt, open_export, OpenError, MAX_EXPORT_INPUT};

pub(crate) struct Vector {
    pub expect: String,
    pub payload: Option<String>,
    pub identities: Vec<String>,
    pub passphrases: Vec<String>,
    pub armored: bool,
    pub body: Vec<u8>,
}

pub(crate) fn parse_vector(raw: &[u8]) -> Option<Vector> {
    let split = raw.windows(2).position(|w| w == b"\n\n")?;
    let head = std::str::from_utf8(&raw[..split]).ok()?;
    let mut v = Vector { expect: String::new(), payload: None, identities: vec![], passphrases: vec![], armored: false, body: raw[split + 2..].to_vec() };
    let mut compressed = false;
    for line in head.lines() {
        let (k, val) = line.split_once(':')?;
        let val = val.trim().to_string();
        match k {
            "expect" => v.expect = val,
            "payload" => v.payload = Some(val),
            "identity" => v.identities.push(val),
            "passphrase" => v.passphrases.push(val),
            "compressed" => compressed = val == "zlib",
            "armored" => v.armored = val == "yes",
            "file key" | "comment" => {}
            _ => return None, // unknown key: ignore the file (README)
        }
    }
    if compressed {
        v.body = inflate_zlib(&v.body)?;
    }
    Some(v)
}

fn class(r: &Result<Vec<u8>, OpenError>) -> &'static str {
    match r {
        Ok(_) => "success",
        Err(OpenError::NoMatch) => "no match",
        Err(OpenError::HmacFailure) => "HMAC failure",
        Err(OpenError::HeaderFailure) | Err(OpenError::NotAgeFile) => "header failure",
        Err(OpenError::PayloadFailure) => "payload failure",
        Err(OpenError::ArmorFailure) => "armor failure",
        Err(OpenError::PassphraseProtected) => "passphrase (refused by desk)",
        Err(OpenError::NoIdentities) => "no usable identity",
        Err(_) => "other",
    }
}

#[test]
fn cctv_age_vectors_end_in_expected_class() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/age-cctv");
    let mut names: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    let mut tally: BTreeMap<(String, &'static str), usize> = BTreeMap::new();
    let mut failures = vec![];
    let mut deviations = vec![];
    let mut checked = 0;
    for name in names.iter().filter(|n| *n != "README.md") {
        let raw = std::fs::read(dir.join(name)).unwrap();
        let Some(v) = parse_vector(&raw) else {
            failures.push(format!("{name}: could not read vector"));
            continue;
        };
        let mut ids: Vec<DeskIdentity> = vec![];
        let mut unsupported_identity = false;
        for i in &v.identities {
            match parse_identity_file(i) {
                Ok(mut list) => ids.append(&mut list),
                Err(_) => unsupported_identity = true,
            }
        }
        // The desk always has some X25519 key loaded; for passphrase-only and
        // post-quantum vectors that is a key the file was not sealed to.
        if ids.is_empty() {
            ids.push(super::identity::generate_key_pair(chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()).unwrap().identity.clone());
        }
        // Large cap: exercise the crypto on the 16 MiB stream vectors too.
        let result = decrypt(&v.body, &ids, 64 * 1024 * 1024);
        let got = class(&result);
        tally.insert((v.expect.clone(), got), tally.get(&(v.expect.clone(), got)).copied().unwrap_or(0) + 1);
        checked += 1;
        let ok = if got == v.expect {
            match (&result, &v.payload) {
                (Ok(plain), Some(hash)) => hex(&sha256(plain)) == *hash,
                _ => true,
            }
        } else if !v.passphrases.is_empty() {
            // Passphrase files: the desk refuses them by class, unless the
            // header is already structurally invalid (then header failure).
            got == "passphrase (refused by desk)"
        } else if unsupported_identity {
            // ML-KEM hybrid (age1pq) vectors: age 0.11 cannot use these keys,
            // so with the desk's own key they end in "no match".
            got == "no match"
        } else {
            false
        };
        if ok && got != v.expect {
            deviations.push(format!("{name}: expected {}, got {got}", v.expect));
        }
        if !ok {
            failures.push(format!("{name}: expected {}, got {got}", v.expect));
        }
        // The real entry point with the real cap: never panics; big files are
        // refused before reading.
        let real = open_export(&v.body, &ids);
        if v.body.len() > MAX_EXPORT_INPUT {
            assert!(matches!(real, Err(OpenError::TooLarge { .. })), "{name}");
        }
    }
    println!("CCTV: {checked} vectors; (expected, got) → count");
    for ((e, g), n) in &tally {
        println!("  {e:16} → {g:30} {n}");
    }
    println!("Documented deviations (passphrase files refused; post-quantum keys unsupported):");
    for d in &deviations {
        println!("  {d}");
    }
    assert_eq!(checked, 143);
    assert!(failures.is_empty(), "{failures:#?}");
}

pub(crate) fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Minimal SHA-256 (FIPS 180-4) for checking vector payload hashes.
pub(crate) fn sha256(data: &[u8]) -> [u8; 32] {
    const K: [u32; 64] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
        0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
        0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
        0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
        0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
        0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];
    let mut h: [u32; 8] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    let mut msg = data.to_vec();
    let bits = (data.len() as u64).wrapping_mul(8);
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&bits.to_be_bytes());
    for block in msg.chunks(64) {
        let mut w = [0u32; 64];
        for i in 0..16 {
            w[i] = u32::from_be_bytes([block[4 * i], block[4 * i + 1], block[4 * i + 2], block[4 * i + 3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for i in 0..64 {
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh.wrapping_add(s1).wrapping_add(ch).wrapping_add(K[i]).wrapping_add(w[i]);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 32];
    for (i, x) in h.iter().enumerate() {
        out[4 * i..4 * i + 4].copy_from_slice(&x.to_be_bytes());
    }
    out
}

#[test]
fn sha256_known_answer() {
    assert_eq!(hex(&sha256(b"abc")), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assert_eq!(hex(&sha256(b"")), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

/// Minimal zlib/DEFLATE (RFC 1950/1951) decoder for the compressed vectors.
fn inflate_zlib(data: &[u8]) -> Option<Vec<u8>> {
    struct Bits<'a> {
        data: &'a [u8],
        pos: usize,
        bit: u32,
    }
    impl Bits<'_> {
        fn get(&mut self, n: u32) -> Option<u32> {
            let mut v = 0;
            for i in 0..n {
                let byte = *self.data.get(self.pos)?;
                v |= u32::from((byte >> self.bit) & 1) << i;
                self.bit += 1;
                if self.bit == 8 {
                    self.bit = 0;
                    self.pos += 1;
                }
            }
            Some(v)
        }
    }
    // Canonical Huffman table: (counts per length, symbols sorted).
    struct Huff {
        counts: [u16; 16],
        symbols: Vec<u16>,
    }
    fn build(lengths: &[u8]) -> Huff {
        let mut counts = [0u16; 16];
        for &l in lengths {
            counts[l as usize] += 1;
        }
        counts[0] = 0;
        let mut offs = [0u16; 16];
        for i in 1..16 {
            offs[i] = offs[i - 1] + counts[i - 1];
        }
        let mut symbols = vec![0u16; lengths.len()];
        for (s, &l) in lengths.iter().enumerate() {
            if l != 0 {
                symbols[offs[l as usize] as usize] = s as u16;
                offs[l as usize] += 1;
            }
        }
        Huff { counts, symbols }
    }
    fn decode(b: &mut Bits<'_>, h: &Huff) -> Option<u16> {
        let (mut code, mut first, mut index) = (0i32, 0i32, 0i32);
        for len in 1..16 {
            code |= b.get(1)? as i32;
            let count = h.counts[len] as i32;
            if code - count < first {
                return h.symbols.get((index + (code - first)) as usize).copied();
            }
            index += count;
            first += count;
            first <<= 1;
            code <<= 1;
        }
        None
    }
    const LBASE: [u16; 29] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
    const LEXT: [u8; 29] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
    const DBASE: [u16; 30] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
    const DEXT: [u8; 30] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

    let mut b = Bits { data: data.get(2..)?, pos: 0, bit: 0 };
    let mut out: Vec<u8> = Vec::new();
    loop {
        let last = b.get(1)?;
        let kind = b.get(2)?;
        if kind == 0 {
            if b.bit != 0 {
                b.bit = 0;
                b.pos += 1;
            }
            let len = u16::from_le_bytes([*b.data.get(b.pos)?, *b.data.get(b.pos + 1)?]) as usize;
            b.pos += 4;
            out.extend_from_slice(b.data.get(b.pos..b.pos + len)?);
            b.pos += len;
        } else {
            let (lit, dist) = if kind == 1 {
                let mut l = [8u8; 288];
                l[144..256].fill(9);
                l[256..280].fill(7);
                (build(&l), build(&[5u8; 30]))
            } else {
                let hlit = b.get(5)? as usize + 257;
                let hdist = b.get(5)? as usize + 1;
                let hclen = b.get(4)? as usize + 4;
                const ORDER: [usize; 19] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
                let mut cl = [0u8; 19];
                for &o in ORDER.iter().take(hclen) {
                    cl[o] = b.get(3)? as u8;
                }
                let clh = build(&cl);
                let mut lens = Vec::with_capacity(hlit + hdist);
                while lens.len() < hlit + hdist {
                    let sym = decode(&mut b, &clh)?;
                    match sym {
                        0..=15 => lens.push(sym as u8),
                        16 => {
                            let prev = *lens.last()?;
                            for _ in 0..3 + b.get(2)? {
                                lens.push(prev);
                            }
                        }
                        17 => lens.extend(std::iter::repeat_n(0, 3 + b.get(3)? as usize)),
                        _ => lens.extend(std::iter::repeat_n(0, 11 + b.get(7)? as usize)),
                    }
                }
                (build(&lens[..hlit]), build(&lens[hlit..]))
            };
            loop {
                let sym = decode(&mut b, &lit)? as usize;
                if sym < 256 {
                    out.push(sym as u8);
                } else if sym == 256 {
                    break;
                } else {
                    let i = sym - 257;
                    let len = *LBASE.get(i)? as usize + b.get(u32::from(*LEXT.get(i)?))? as usize;
                    let d = decode(&mut b, &dist)? as usize;
                    let dist = *DBASE.get(d)? as usize + b.get(u32::from(*DEXT.get(d)?))? as usize;
                    let start = out.len().checked_sub(dist)?;
                    for k in 0..len {
                        let byte = out[start + k];
                        out.push(byte);
                    }
                }
            }
        }
        if last == 1 {
            return Some(out);
        }
    }
}

#[test]
fn inflate_handles_stored_fixed_and_dynamic_blocks() {
    // zlib.compress(b"hello hello hello hello", level 9) and a stored block.
    let fixed = [0x78, 0xda, 0xcb, 0x48, 0xcd, 0xc9, 0xc9, 0x57, 0xc8, 0x40, 0x27, 0x01, 0x68, 0x03, 0x08, 0xb1];
    assert_eq!(inflate_zlib(&fixed).unwrap(), b"hello hello hello hello");
    let stored = [0x78, 0x01, 0x01, 0x03, 0x00, 0xfc, 0xff, b'a', b'b', b'c', 0x02, 0x4d, 0x01, 0x27];
    assert_eq!(inflate_zlib(&stored).unwrap(), b"abc");
}
