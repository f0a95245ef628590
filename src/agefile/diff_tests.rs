//! Differential fuzzing: random and mutated age files go to `agefile` and to
//! the `age` crate (the reference Rust implementation), which must take the
//! same decision — both open the file or both refuse it — and, when both
//! open it, return the same plaintext.
//!
//! Seeds are valid files written by `agefile` and by the `age` crate (one and
//! two recipients, the identity among them or not, empty to multi-chunk
//! payloads, a passphrase file). Mutations, one to three per case: bit flips
//! (half of them in the header), truncation, inserted, removed or appended
//! bytes, stanzas duplicated, dropped or swapped, header lines edited
//! (characters, CRLF, spaces, lines replaced by near-miss stanza, MAC and
//! version lines), and payload chunks dropped, duplicated, swapped, cut or
//! flipped, or an empty final chunk appended.
//!
//! Compared in binary form, one X25519 identity, through each library's
//! plain file API. Excluded, exactly, where the two legitimately differ:
//! - headers of more than [`MAX_STANZAS`] stanzas: `agefile` refuses them by
//!   design (the desk's cap against hostile files), `age` has no cap. Only
//!   files `decrypt_any_checked` refuses as `TooManyStanzas` are skipped.
//! - armored input and ML-KEM keys, which `agefile::decrypt` does not read
//!   (documented): never generated here. The `age` side reads raw bytes (no
//!   `ArmoredReader`), so both see the same binary file.
//!
//! `differential_fuzzing` runs in every `cargo test` (a few seconds);
//! `differential_fuzzing_long` is the long run for developers:
//! `WAYMARK_FUZZ_CASES=200000 cargo test --locked --lib differential_fuzzing_long -- --ignored --nocapture`.

use std::io::Read;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use age::secrecy::ExposeSecret;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

use super::*;

/// Cases in the normal test run: about 6 s on the 2-core machine (30,000
/// take 23 s).
const CASES: u32 = 8000;

struct Seeds {
    theirs: age::x25519::Identity,
    ours: Identity,
    files: Vec<Vec<u8>>,
}

fn seeds() -> &'static Seeds {
    static SEEDS: OnceLock<Seeds> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let theirs = age::x25519::Identity::generate();
        let ours = Identity::parse(theirs.to_string().expose_secret()).unwrap();
        let public = ours.to_public();
        let other = age::x25519::Identity::generate();
        let other_public = Recipient::parse(&other.to_public().to_string()).unwrap();
        let data = |len: usize| (0..len).map(|i| (i * 7 + i / 251) as u8).collect::<Vec<u8>>();
        let age_to = |recipients: &[&age::x25519::Recipient], plain: &[u8]| {
            let encryptor = age::Encryptor::with_recipients(recipients.iter().map(|r| *r as &dyn age::Recipient)).unwrap();
            let mut out = Vec::new();
            let mut w = encryptor.wrap_output(&mut out).unwrap();
            std::io::Write::write_all(&mut w, plain).unwrap();
            w.finish().unwrap();
            out
        };
        let mut files = vec![];
        for len in [0, 1, 40, CHUNK_SIZE, CHUNK_SIZE + 1, 2 * CHUNK_SIZE + 5000] {
            files.push(encrypt(std::slice::from_ref(&public), &data(len)).unwrap());
            files.push(age_to(&[&theirs.to_public()], &data(len)));
        }
        files.push(encrypt(&[other_public.clone(), public.clone()], &data(300)).unwrap());
        files.push(encrypt(&[public.clone(), other_public.clone()], &data(300)).unwrap());
        files.push(encrypt(std::slice::from_ref(&other_public), &data(300)).unwrap());
        files.push(age_to(&[&other.to_public(), &theirs.to_public()], &data(300)));
        files.push(age_to(&[&other.to_public()], &data(300)));
        files.push(encrypt_with_passphrase(b"passphrase", 2, &data(50)).unwrap());
        Seeds { theirs, ours, files }
    })
}

/// An edit of one header line.
#[derive(Debug, Clone)]
enum LineEdit {
    Insert { at: usize, byte: u8 },
    Delete { at: usize },
    Replace(&'static str),
    Crlf,
    TrailingSpace,
    DoubleSpace,
}

/// An edit of the STREAM chunks (index taken modulo the count).
#[derive(Debug, Clone)]
enum ChunkEdit {
    Drop(usize),
    Duplicate(usize),
    Swap(usize, usize),
    Cut { chunk: usize, keep: usize },
    Flip { chunk: usize, at: usize, bit: u8 },
    AppendEmptyFinal,
}

#[derive(Debug, Clone)]
enum Mutation {
    FlipBit { at: usize, bit: u8, in_header: bool },
    Truncate { at: usize },
    Insert { at: usize, bytes: Vec<u8> },
    Remove { at: usize, len: usize },
    Append(Vec<u8>),
    DuplicateStanza { which: usize, times: usize },
    DropStanza { which: usize },
    SwapStanzas { a: usize, b: usize },
    Line { line: usize, edit: LineEdit },
    Chunk(ChunkEdit),
}

/// Near misses of real header lines.
const LINES: &[&str] = &[
    "",
    " ",
    "-> ",
    "->",
    "-> X25519",
    "-> X25519 ",
    "-> x25519 AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    "-> X25519 AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    "-> X25519 AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
    "-> X25519 AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    "-> X25519 9AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA extra",
    "-> grease",
    "-> grease a b c",
    "-> scrypt AAAAAAAAAAAAAAAAAAAAAA 2",
    "-> scrypt AAAAAAAAAAAAAAAAAAAAAA 02",
    "->  X25519 a",
    "-> \u{7f}",
    "-> é",
    "---",
    "--- ",
    "--- AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    "---AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    "age-encryption.org/v1",
    "age-encryption.org/v2",
    "age-encryption.org/",
    "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
];

fn line_edit() -> impl Strategy<Value = LineEdit> {
    prop_oneof![
        (any::<usize>(), prop_oneof![Just(b' '), Just(b'\n'), Just(b'\r'), Just(b'-'), Just(b'='), Just(b'A'), any::<u8>()])
            .prop_map(|(at, byte)| LineEdit::Insert { at, byte }),
        any::<usize>().prop_map(|at| LineEdit::Delete { at }),
        proptest::sample::select(LINES).prop_map(LineEdit::Replace),
        Just(LineEdit::Crlf),
        Just(LineEdit::TrailingSpace),
        Just(LineEdit::DoubleSpace),
    ]
}

fn chunk_edit() -> impl Strategy<Value = ChunkEdit> {
    prop_oneof![
        any::<usize>().prop_map(ChunkEdit::Drop),
        any::<usize>().prop_map(ChunkEdit::Duplicate),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| ChunkEdit::Swap(a, b)),
        (any::<usize>(), any::<usize>()).prop_map(|(chunk, keep)| ChunkEdit::Cut { chunk, keep }),
        (any::<usize>(), any::<usize>(), 0u8..8).prop_map(|(chunk, at, bit)| ChunkEdit::Flip { chunk, at, bit }),
        Just(ChunkEdit::AppendEmptyFinal),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let bytes = || proptest::collection::vec(prop_oneof![Just(b'\n'), Just(b' '), Just(b'-'), Just(b'>'), any::<u8>()], 1..20);
    prop_oneof![
        3 => (any::<usize>(), 0u8..8, any::<bool>()).prop_map(|(at, bit, in_header)| Mutation::FlipBit { at, bit, in_header }),
        1 => any::<usize>().prop_map(|at| Mutation::Truncate { at }),
        1 => (any::<usize>(), bytes()).prop_map(|(at, bytes)| Mutation::Insert { at, bytes }),
        1 => (any::<usize>(), 1usize..70).prop_map(|(at, len)| Mutation::Remove { at, len }),
        1 => bytes().prop_map(Mutation::Append),
        2 => (any::<usize>(), 1usize..4).prop_map(|(which, times)| Mutation::DuplicateStanza { which, times }),
        1 => any::<usize>().prop_map(|which| Mutation::DropStanza { which }),
        1 => (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapStanzas { a, b }),
        3 => (any::<usize>(), line_edit()).prop_map(|(line, edit)| Mutation::Line { line, edit }),
        2 => chunk_edit().prop_map(Mutation::Chunk),
    ]
}

/// Where the header ends (after the MAC line's LF), if the file has one.
fn header_end(file: &[u8]) -> Option<usize> {
    let mac = file.windows(5).position(|w| w == b"\n--- ")?;
    let lf = file.get(mac + 1..)?.iter().position(|b| *b == b'\n')?;
    Some(mac + 1 + lf + 1)
}

/// Byte ranges of the header's lines (without their LF).
fn header_lines(file: &[u8]) -> Vec<(usize, usize)> {
    let end = header_end(file).unwrap_or(file.len().min(400));
    let mut lines = vec![];
    let mut start = 0;
    for (i, b) in file[..end].iter().enumerate() {
        if *b == b'\n' {
            lines.push((start, i));
            start = i + 1;
        }
    }
    lines
}

/// Byte ranges of the stanzas (from `-> ` to the line before the next
/// stanza or the MAC line, LFs included).
fn stanzas(file: &[u8]) -> Vec<(usize, usize)> {
    let lines = header_lines(file);
    let mut out: Vec<(usize, usize)> = vec![];
    for (start, end) in lines {
        let text = &file[start..end];
        if text.starts_with(b"-> ") {
            out.push((start, end + 1));
        } else if text.starts_with(b"---") || out.is_empty() {
            continue;
        } else if let Some(last) = out.last_mut() {
            if last.1 == start {
                last.1 = end + 1;
            }
        }
    }
    out
}

fn apply(file: &mut Vec<u8>, m: &Mutation) {
    let len = file.len();
    match m {
        Mutation::FlipBit { at, bit, in_header } => {
            let span = if *in_header { header_end(file).unwrap_or(len) } else { len };
            if span > 0 {
                file[at % span] ^= 1 << bit;
            }
        }
        Mutation::Truncate { at } => file.truncate(at % (len + 1)),
        Mutation::Insert { at, bytes } => {
            let at = at % (len + 1);
            file.splice(at..at, bytes.iter().copied());
        }
        Mutation::Remove { at, len: n } => {
            let at = at % (len + 1);
            file.drain(at..(at + n).min(len));
        }
        Mutation::Append(bytes) => file.extend_from_slice(bytes),
        Mutation::DuplicateStanza { which, times } => {
            let s = stanzas(file);
            if !s.is_empty() {
                let (a, b) = s[which % s.len()];
                let copy = file[a..b].to_vec();
                for _ in 0..*times {
                    file.splice(b..b, copy.iter().copied());
                }
            }
        }
        Mutation::DropStanza { which } => {
            let s = stanzas(file);
            if !s.is_empty() {
                let (a, b) = s[which % s.len()];
                file.drain(a..b);
            }
        }
        Mutation::SwapStanzas { a, b } => {
            let s = stanzas(file);
            if s.len() >= 2 {
                let (x, y) = (s[a % s.len()], s[b % s.len()]);
                let (first, second) = if x.0 <= y.0 { (x, y) } else { (y, x) };
                if first != second {
                    let mut out = file[..first.0].to_vec();
                    out.extend_from_slice(&file[second.0..second.1]);
                    out.extend_from_slice(&file[first.1..second.0]);
                    out.extend_from_slice(&file[first.0..first.1]);
                    out.extend_from_slice(&file[second.1..]);
                    *file = out;
                }
            }
        }
        Mutation::Line { line, edit } => {
            let lines = header_lines(file);
            if lines.is_empty() {
                return;
            }
            let (start, end) = lines[line % lines.len()];
            let mut text = file[start..end].to_vec();
            match edit {
                LineEdit::Insert { at, byte } => text.insert(at % (text.len() + 1), *byte),
                LineEdit::Delete { at } => {
                    if !text.is_empty() {
                        text.remove(at % text.len());
                    }
                }
                LineEdit::Replace(new) => text = new.as_bytes().to_vec(),
                LineEdit::Crlf => text.push(b'\r'),
                LineEdit::TrailingSpace => text.push(b' '),
                LineEdit::DoubleSpace => {
                    if let Some(p) = text.iter().position(|b| *b == b' ') {
                        text.insert(p, b' ');
                    }
                }
            }
            file.splice(start..end, text);
        }
        Mutation::Chunk(edit) => {
            let Some(payload) = header_end(file).map(|h| h + NONCE_SIZE).filter(|p| *p < len) else { return };
            let size = CHUNK_SIZE + TAG_SIZE;
            let mut chunks: Vec<Vec<u8>> = file[payload..].chunks(size).map(<[u8]>::to_vec).collect();
            let n = chunks.len();
            match edit {
                ChunkEdit::Drop(i) => {
                    chunks.remove(i % n);
                }
                ChunkEdit::Duplicate(i) => {
                    let c = chunks[i % n].clone();
                    chunks.insert(i % n, c);
                }
                ChunkEdit::Swap(a, b) => chunks.swap(a % n, b % n),
                ChunkEdit::Cut { chunk, keep } => {
                    let c = &mut chunks[chunk % n];
                    let keep = keep % (c.len() + 1);
                    c.truncate(keep);
                }
                ChunkEdit::Flip { chunk, at, bit } => {
                    let c = &mut chunks[chunk % n];
                    if !c.is_empty() {
                        let i = at % c.len();
                        c[i] ^= 1 << bit;
                    }
                }
                // A tag-only chunk: what an empty final chunk after a full
                // one looks like, minus a valid tag.
                ChunkEdit::AppendEmptyFinal => chunks.push(vec![0; TAG_SIZE]),
            }
            file.truncate(payload);
            for c in chunks {
                file.extend_from_slice(&c);
            }
        }
    }
}

/// The `age` crate's answer for a binary file: the plaintext or a refusal.
fn age_decrypt(identity: &age::x25519::Identity, file: &[u8]) -> Option<Vec<u8>> {
    let decryptor = age::Decryptor::new_buffered(file).ok()?;
    let mut reader = decryptor.decrypt(std::iter::once(identity as &dyn age::Identity)).ok()?;
    let mut out = vec![];
    reader.read_to_end(&mut out).ok()?;
    Some(out)
}

/// Cases both opened, both refused, and skipped as the excluded class.
#[derive(Default)]
struct Tally {
    opened: AtomicUsize,
    refused: AtomicUsize,
    excluded: AtomicUsize,
}

/// One case: both libraries decide the same way, with the same plaintext.
fn same_decision(file: &[u8], tally: &Tally) -> Result<(), TestCaseError> {
    let s = seeds();
    let ours = decrypt_any_checked([&s.ours], file);
    // The desk's in-place path decides exactly as the copying one.
    let mut in_place = file.to_vec();
    let decided = decrypt_any_in_place([&s.ours], &mut in_place).map(|()| in_place);
    prop_assert!(decided == ours, "in place: {:?}, copying: {:?}", decided.as_ref().map(Vec::len), ours.as_ref().map(Vec::len));
    if ours == Err(OpenFailure::TooManyStanzas) {
        // Excluded class (module doc): agefile's cap, age has none.
        tally.excluded.fetch_add(1, Ordering::Relaxed);
        return Ok(());
    }
    let theirs = age_decrypt(&s.theirs, file);
    match (&ours, &theirs) {
        (Ok(a), Some(b)) => {
            tally.opened.fetch_add(1, Ordering::Relaxed);
            prop_assert!(a == b, "both opened it, different plaintext");
        }
        (Err(_), None) => {
            tally.refused.fetch_add(1, Ordering::Relaxed);
        }
        _ => prop_assert!(
            false,
            "agefile {:?}, age {}; file: {:?}",
            ours.as_ref().map(Vec::len),
            if theirs.is_some() { "opened it" } else { "refused it" },
            String::from_utf8_lossy(&file[..file.len().min(header_end(file).unwrap_or(400).min(600))])
        ),
    }
    Ok(())
}

fn case() -> impl Strategy<Value = Vec<u8>> {
    let mutated = (any::<usize>(), proptest::collection::vec(mutation(), 1..4)).prop_map(|(seed, ms)| {
        let files = &seeds().files;
        let mut file = files[seed % files.len()].clone();
        for m in &ms {
            apply(&mut file, m);
        }
        file
    });
    let random = (any::<bool>(), proptest::collection::vec(prop_oneof![Just(b'\n'), Just(b' '), Just(b'-'), Just(b'>'), Just(b'A'), any::<u8>()], 0..400))
        .prop_map(|(prefixed, tail)| {
            let mut file = if prefixed { b"age-encryption.org/v1\n-> X25519 ".to_vec() } else { vec![] };
            file.extend(tail);
            file
        });
    prop_oneof![9 => mutated, 1 => random]
}

fn run(cases: u32) {
    let config = Config { cases, failure_persistence: None, ..Config::default() };
    let mut runner = TestRunner::new(config);
    let tally = Tally::default();
    if let Err(e) = runner.run(&case(), |file| same_decision(&file, &tally)) {
        panic!("{e}");
    }
    println!(
        "differential: {cases} cases; both opened {}, both refused {}, excluded (over {MAX_STANZAS} stanzas) {}",
        tally.opened.load(Ordering::Relaxed),
        tally.refused.load(Ordering::Relaxed),
        tally.excluded.load(Ordering::Relaxed)
    );
}

#[test]
fn seeds_open_the_same_in_both() {
    let s = seeds();
    for file in &s.files {
        assert!(same_decision(file, &Tally::default()).is_ok());
    }
    // And most seeds open at all (the comparison is not only of refusals).
    assert_eq!(s.files.iter().filter(|f| decrypt(&s.ours, f).is_ok()).count(), 15);
}

#[test]
fn differential_fuzzing() {
    run(CASES);
}

/// The long run: `WAYMARK_FUZZ_CASES` cases (default 100,000).
#[test]
#[ignore = "long: run with --ignored, WAYMARK_FUZZ_CASES sets the case count"]
fn differential_fuzzing_long() {
    let cases = std::env::var("WAYMARK_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000);
    let start = std::time::Instant::now();
    run(cases);
    println!("{cases} cases, same decision and plaintext, in {:.1} s", start.elapsed().as_secs_f64());
}
