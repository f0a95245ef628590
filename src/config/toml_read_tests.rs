//! The reader against the `toml` crate (TOML's reference in Rust): the same
//! tree and the same lines for every shipped file, for hand-written corner
//! cases and for thousands of mutated files; refused where it refuses.

use proptest::prelude::*;
use toml::de::{DeTable as RefTable, DeValue as RefValue};

use super::toml_read::{DeTable, DeValue};
use crate::diagnostic::line_of;

/// A value as plain text, with the line of every key and value.
fn ours(text: &str, t: &DeTable<'_>) -> String {
    let mut out = String::from("{");
    // Compared in the order of the text (a heading's key moves to it).
    let mut pairs: Vec<_> = t.iter().collect();
    pairs.sort_by_key(|(k, _)| k.span().start);
    for (k, v) in pairs {
        let key: &str = k.get_ref();
        out.push_str(&format!("{key:?}@{}=", line_of(text, k.span().start)));
        out.push_str(&our_value(text, v.get_ref(), v.span().start));
        out.push(',');
    }
    out.push('}');
    out
}

fn our_value(text: &str, v: &DeValue<'_>, at: usize) -> String {
    let line = line_of(text, at);
    match v {
        DeValue::String(s) => format!("s{s:?}@{line}"),
        DeValue::Integer(i) => format!("i{}@{line}", i64::from_str_radix(i.as_str(), i.radix()).map_or("big".into(), |n| n.to_string())),
        DeValue::Float => format!("f@{line}"),
        DeValue::Boolean(b) => format!("b{b}@{line}"),
        DeValue::Datetime(d) => format!("d{:?}{:?}@{line}", d.date.map(|d| (d.year, d.month, d.day)), d.time.map(|t| (t.hour, t.minute, t.second))),
        DeValue::Array(items) => format!("[{}]", items.iter().map(|x| our_value(text, x.get_ref(), x.span().start)).collect::<Vec<_>>().join(",")),
        DeValue::Table(t) => format!("t@{line}{}", ours(text, t)),
    }
}

fn reference(text: &str, t: &RefTable<'_>) -> String {
    let mut out = String::from("{");
    // The crate keeps keys sorted by name.
    let mut pairs: Vec<_> = t.iter().collect();
    pairs.sort_by_key(|(k, _)| k.span().start);
    for (k, v) in pairs {
        let key: &str = k.get_ref();
        out.push_str(&format!("{key:?}@{}=", line_of(text, k.span().start)));
        out.push_str(&ref_value(text, v.get_ref(), v.span().start));
        out.push(',');
    }
    out.push('}');
    out
}

fn ref_value(text: &str, v: &RefValue<'_>, at: usize) -> String {
    let line = line_of(text, at);
    match v {
        RefValue::String(s) => format!("s{s:?}@{line}"),
        RefValue::Integer(i) => format!("i{}@{line}", i64::from_str_radix(i.as_str(), i.radix()).map_or("big".into(), |n| n.to_string())),
        RefValue::Float(_) => format!("f@{line}"),
        RefValue::Boolean(b) => format!("b{b}@{line}"),
        RefValue::Datetime(d) => format!(
            "d{:?}{:?}@{line}",
            d.date.map(|d| (d.year, d.month, d.day)),
            d.time.map(|t| (t.hour, t.minute, t.second))
        ),
        RefValue::Array(items) => format!("[{}]", items.iter().map(|x| ref_value(text, x.get_ref(), x.span().start)).collect::<Vec<_>>().join(",")),
        RefValue::Table(t) => format!("t@{line}{}", reference(text, t)),
    }
}

/// Both read `text` alike: the same tree, or both refuse it.
fn same(text: &str) -> Result<(), String> {
    let mine = DeTable::parse(text);
    let theirs = RefTable::parse(text);
    match (mine, theirs) {
        (Ok(a), Ok(b)) => {
            let (a, b) = (ours(text, a.get_ref()), reference(text, b.get_ref()));
            if a == b {
                Ok(())
            } else {
                Err(format!("different trees for {text:?}:\n ours: {a}\n toml: {b}"))
            }
        }
        (Err(_), Err(_)) => Ok(()),
        (Ok(a), Err(e)) => Err(format!("accepted what toml refuses ({}) in {text:?}: {}", e.message(), ours(text, a.get_ref()))),
        (Err(e), Ok(_)) => Err(format!("refused what toml accepts ({}) in {text:?}", e.message())),
    }
}

const SHIPPED: &[(&str, &str)] = &[
    ("config/org.toml", include_str!("../../public/config/org.toml")),
    ("content/checklist.toml", include_str!("../../public/content/checklist.toml")),
    ("content/intake.toml", include_str!("../../public/content/intake.toml")),
    ("locales/en/glossary.toml", include_str!("../../locales/en/glossary.toml")),
    ("locales/be/glossary.toml", include_str!("../../locales/be/glossary.toml")),
];

#[test]
fn every_shipped_file_reads_as_the_toml_crate_reads_it() {
    for (name, text) in SHIPPED {
        assert!(DeTable::parse(text).is_ok(), "{name}");
        if let Err(e) = same(text) {
            panic!("{name}: {e}");
        }
    }
}

#[test]
fn corner_cases_that_toml_accepts_read_the_same() {
    let cases = [
        "a = \"tab\\there \\\"q\\\" \\\\ \\u00e9 \\U0001F600 \\e\"\n",
        "a = 'C:\\path\\no escapes'\n",
        "a = \"\"\"\nfirst\nsecond \\\n   joined\"\"\"\n",
        "a = \"\"\"two quotes at the end\"\"\"\"\"\n",
        "a = '''\nraw \\n text\n'''\n",
        "a = ''''one quote''''\n",
        "a.b.c = 1\na.b.d = 2\na.e = true\n",
        "\"quoted key\" = 1\n'literal key' = 2\n\"\" = 3\n",
        "[x]\ny = 1\n[x.z]\nw = 2\n[[x.list]]\nn = 1\n[[x.list]]\nn = 2\n[x.list.sub]\nm = 3\n",
        "[a.b]\nc = 1\n[a]\nd = 2\n",
        "n = [1, 2,\n  3, # comment\n]\nm = []\nnested = [[1], ['a'], [{ x = 1 }]]\n",
        "t = { a = 1, b = { c = \"d\" }, e.f = 2 }\n",
        "t = {\n  a = 1,\n  b = 2, # TOML 1.1\n}\n",
        "i = +17\nj = -0\nk = 1_000\nh = 0xDEAD_beef\no = 0o17\nb = 0b1010\nbig = 9223372036854775807\n",
        "f = 1.5\ng = -3e2\nh = 6.02E+23\ni = inf\nj = -nan\nk = 1_0.0_1\n",
        "d = 2026-12-04\ndt = 2026-12-04T10:20:30Z\nlt = 07:32:00\nodt = 1979-05-27 00:32:00.999-07:00\nshort = 10:15\n",
        "leap = 2024-02-29\n",
        "# only a comment\n\n\n",
        "",
        "a = 1\r\nb = \"x\"\r\n[t]\r\nc = 2\r\n",
        "a=1\n  b   =   2   # spaces\n\t[ t . u ]\n\tv = 3\n",
        "[[a]]\n[[a]]\nb = 1\n",
        "[a]\n[a.b]\n[a.c]\nx = 1\n",
        "[fruit]\napple.color = \"red\"\n[fruit.apple.texture]\nsmooth = true\n",
        "key = \"value\" # trailing\n",
        "über = 1\n",
    ];
    for case in cases {
        if let Err(e) = same(case) {
            panic!("{e}");
        }
    }
}

#[test]
fn what_toml_refuses_is_refused_with_a_line() {
    let cases = [
        "a = 1\na = 2\n",
        "[t]\n[t]\n",
        "a = 1\n[a]\n",
        "a = []\n[[a]]\n",
        "[[a]]\n[a]\n",
        "t = { a = 1 }\n[t]\n",
        "t = { a = 1 }\nt.b = 2\n",
        "a.b = 1\n[a.b]\n",
        "a = \"unclosed\n",
        "a = 'unclosed\n",
        "a = \"\"\"never closed\n",
        "a = \"bad \\q escape\"\n",
        "a = \"\\uD800\"\n",
        "a = 01\n",
        "a = 1__0\n",
        "a = _1\n",
        "a = +0x10\n",
        "a = 1.\n",
        "a = .5\n",
        "a = \n",
        "a\n",
        "= 1\n",
        "a = 1 b = 2\n",
        "a = [1 2]\n",
        "a = [1,,2]\n",
        "a = { b = 1 c = 2 }\n",
        "a = {b=1,,}\n",
        "a = tru\n",
        "a = 2026-13-01\n",
        "a = 2026-02-30\n",
        "a = 25:00:00\n",
        "[a\n",
        "[[a]\n",
        "[]\n",
        "a = \"ctrl \u{1} char\"\n",
        "a = 1\r b = 2\n",
        "a = [\n",
        "a = {\n",
        "a = \"x\" \"y\"\n",
    ];
    for case in cases {
        if let Err(e) = same(case) {
            panic!("{e}");
        }
        let err = DeTable::parse(case).err().map(|e| (e.message().to_string(), e.span()));
        let (message, span) = err.unwrap_or_default();
        assert!(!message.is_empty() && span.is_some_and(|s| s.start <= case.len()), "{case:?}: {message}");
    }
}

#[test]
fn deep_nesting_is_refused_not_a_stack_overflow() {
    let deep = format!("a = {}", "[".repeat(100_000));
    let e = DeTable::parse(&deep).err().map(|e| e.message().to_string()).unwrap_or_default();
    assert!(e.contains("nested more than 64"), "{e}");
    let ok = format!("a = {}1{}\n", "[".repeat(64), "]".repeat(64));
    assert!(DeTable::parse(&ok).is_ok());
}

/// Mutations of a shipped file: a character removed, one of TOML's
/// punctuation inserted, a line doubled, a line cut short.
fn mutate(text: &str, pos: usize, kind: u8, extra: u8) -> String {
    const PUNCT: &[char] = &['"', '\'', '[', ']', '{', '}', '=', '.', ',', '#', '\n', ' ', '\\', '0', 'a', '-', ':', '_'];
    let chars: Vec<char> = text.chars().collect();
    let pos = pos % (chars.len() + 1);
    let mut out: Vec<char> = chars.clone();
    match kind % 4 {
        0 if pos < chars.len() => {
            out.remove(pos);
        }
        1 => out.insert(pos, PUNCT[usize::from(extra) % PUNCT.len()]),
        2 => {
            let start = chars[..pos].iter().rposition(|c| *c == '\n').map_or(0, |i| i + 1);
            let end = chars[pos..].iter().position(|c| *c == '\n').map_or(chars.len(), |i| pos + i + 1);
            let line: Vec<char> = chars[start..end].to_vec();
            out.splice(end..end, line);
        }
        _ => {
            let end = chars[pos..].iter().position(|c| *c == '\n').map_or(chars.len(), |i| pos + i);
            out.drain(pos..end);
        }
    }
    out.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Any mutation of the shipped files, twice over: both read it the same
    /// way or both refuse it.
    #[test]
    fn mutated_files_read_as_the_toml_crate_reads_them(file in 0..SHIPPED.len(), a in any::<usize>(), ka in any::<u8>(), ea in any::<u8>(), b in any::<usize>(), kb in any::<u8>(), eb in any::<u8>()) {
        let once = mutate(SHIPPED[file].1, a, ka, ea);
        let twice = mutate(&once, b, kb, eb);
        for text in [once, twice] {
            if let Err(e) = same(&text) {
                prop_assert!(false, "{}", e);
            }
        }
    }

    /// Small documents made of TOML's pieces.
    #[test]
    fn documents_of_toml_pieces_read_alike(pieces in proptest::collection::vec(0usize..PIECES.len(), 0..12)) {
        let text: String = pieces.iter().map(|i| PIECES[*i]).collect();
        if let Err(e) = same(&text) {
            prop_assert!(false, "{}", e);
        }
    }
}

const PIECES: &[&str] = &[
    "a = 1\n", "b = \"x\"\n", "[t]\n", "[[l]]\n", "[t.u]\n", "[[t.v]]\n", "a.b = 2\n", "c = { d = 1 }\n",
    "e = [1, \"2\"]\n", "# c\n", "\n", "f = 2026-01-31\n", "g = '''\nx\n'''\n", "h = true\n", "[l.m]\n", "t.w = 3\n",
    "\"q k\" = 0\n", "i = [\n{ j = 1 },\n]\n", "k = -1_2\n", "n = 1.5\n",
];
