//! Reading TOML files as an untyped tree, shared by the content loaders and
//! the organisation config.
//!
//! Owns small helpers over [`super::toml_read::DeTable`] / `DeValue` (key lookup, plain
//! type names, "did you mean" suggestions) and [`Walk`], which reads typed
//! fields out of a table and turns every schema mistake (unknown key, wrong
//! type, missing key) into a [`Diagnostic`] with a file, a line and a fix.
//! Walking the tree by hand instead of `#[derive(Deserialize)]` keeps the
//! browser's wasm small (no serde deserializer per struct).
//!
//! It never reads files (callers pass the text in) and never panics on any
//! input.

use std::ops::Range;

use crate::config::toml_read::{DeTable, DeValue};
use crate::config::toml_read::Datetime;
use crate::config::toml_read::Spanned;

use crate::diagnostic::{line_of, Diagnostic};

/// The value of `key` in `table`, with its position.
pub(crate) fn get<'a, 'i>(table: &'a DeTable<'i>, key: &str) -> Option<&'a Spanned<DeValue<'i>>> {
    table.iter().find(|(k, _)| {
        let k: &str = k.get_ref();
        k == key
    }).map(|(_, v)| v)
}

/// The type of a value in plain words ("text", "a number", …).
pub(crate) fn type_name(v: &DeValue<'_>) -> &'static str {
    match v {
        DeValue::String(_) => "text",
        DeValue::Integer(_) => "a number",
        DeValue::Float => "a number",
        DeValue::Boolean(_) => "true/false",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a table",
    }
}

/// Message and fix for a value of the wrong type: "`key` should be
/// {expected}, but it is {found}".
pub(crate) fn wrong_type_text(key: &str, expected: &str, found: &DeValue<'_>) -> (String, String) {
    (
        format!("`{key}` should be {expected}, but it is {}", type_name(found)),
        format!("write `{key}` as {expected}"),
    )
}

/// Levenshtein distance, small inputs only.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = Vec::with_capacity(b.len() + 1);
        cur.push(i + 1);
        for (j, cb) in b.iter().enumerate() {
            let sub = prev.get(j).copied().unwrap_or(0) + usize::from(ca != *cb);
            let del = prev.get(j + 1).copied().unwrap_or(0) + 1;
            let ins = cur.last().copied().unwrap_or(0) + 1;
            cur.push(sub.min(del).min(ins));
        }
        prev = cur;
    }
    prev.last().copied().unwrap_or(0)
}

/// The closest known word within a small typo distance.
pub(crate) fn suggest<'k>(found: &str, known: &[&'k str]) -> Option<&'k str> {
    if found.chars().count() > 64 {
        return None;
    }
    let lower = found.to_lowercase().replace('-', "_");
    known
        .iter()
        .map(|k| (distance(&lower, k), *k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4) && *d < k.len())
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// A table of the file and where it starts (its `[[heading]]` or `{`).
pub(crate) type Item<'a, 'i> = (&'a DeTable<'i>, Range<usize>);

const TEXT: &str = "text in double quotes";
const TRUE_FALSE: &str = "true or false (no quotes)";
const WHOLE_NUMBER: &str = "a whole number (no quotes)";
const TEXTS: &str = "a list of texts in double quotes, like [\"a\", \"b\"]";
const TABLE: &str = "a table, like { name = value }";
const TABLES: &str = "a list of tables, like [{ name = value }] or [[heading]] sections";
const DATE: &str = "a date without quotes, like 2026-11-21";

/// Reads typed fields out of a parsed file, collecting one diagnostic per
/// schema mistake. A field of the wrong type reads as absent (`None`, or an
/// empty list), so a caller can go on and report every mistake at once;
/// callers must not use what they read when [`Walk::diags`] is not empty.
pub(crate) struct Walk<'t> {
    text: &'t str,
    /// Site path named in every diagnostic.
    file: &'static str,
    /// Put before every message, e.g. "the file cannot be read: ".
    prefix: &'static str,
    /// The fix for an unknown field without a likely intended name.
    fix: &'static str,
    /// Where the schema is documented, e.g. `docs/content-intake.md`.
    doc: &'static str,
    pub(crate) diags: Vec<Diagnostic>,
}

impl<'t> Walk<'t> {
    pub(crate) fn new(text: &'t str, file: &'static str, prefix: &'static str, fix: &'static str, doc: &'static str) -> Self {
        Walk { text, file, prefix, fix, doc, diags: Vec::new() }
    }

    fn error(&mut self, at: usize, message: String, fix: String) {
        let line = line_of(self.text, at);
        self.diags.push(Diagnostic::error(self.file, line, format!("{}{message}", self.prefix), fix));
    }

    fn wrong(&mut self, v: &Spanned<DeValue<'_>>, key: &str, expected: &str) {
        let (message, fix) = wrong_type_text(key, expected, v.get_ref());
        self.error(v.span().start, message, fix);
    }

    /// The diagnostics in file order (tables list their keys sorted by name).
    pub(crate) fn into_diags(mut self) -> Vec<Diagnostic> {
        crate::sort::sort_by_key(&mut self.diags, |d| d.line);
        self.diags
    }

    /// Reports every key of `table` that is not in `allowed` (given in the
    /// order the schema documents them).
    pub(crate) fn fields(&mut self, table: &DeTable<'_>, allowed: &[&str]) {
        for key in table.keys() {
            let k: &str = key.get_ref();
            if allowed.contains(&k) {
                continue;
            }
            let expected = match allowed {
                [a] => format!("`{a}`"),
                [a, b] => format!("`{a}` or `{b}`"),
                _ => format!("one of {}", allowed.iter().map(|a| format!("`{a}`")).collect::<Vec<_>>().join(", ")),
            };
            let fix = match suggest(k, allowed) {
                Some(s) => format!("did you mean `{s}`? The allowed fields are listed in {}", self.doc),
                None => self.fix.to_string(),
            };
            self.error(key.span().start, format!("unknown field `{k}`, expected {expected}"), fix);
        }
    }

    /// Reports `key` as missing from the table starting at `at`.
    fn missing(&mut self, at: &Range<usize>, key: &str) {
        // The file's root table has an empty span.
        let place = if at.is_empty() { "at the top of the file" } else { "to this table" };
        let fix = format!("add `{key} = …` {place}; the fields are described in {}", self.doc);
        self.error(at.start, format!("`{key}` is missing"), fix);
    }

    /// A text field.
    pub(crate) fn text(&mut self, table: &DeTable<'_>, key: &str) -> Option<Spanned<String>> {
        let v = get(table, key)?;
        match v.get_ref() {
            DeValue::String(s) => Some(Spanned::new(v.span(), s.to_string())),
            _ => {
                self.wrong(v, key, TEXT);
                None
            }
        }
    }

    /// A text field that must be there.
    pub(crate) fn required_text(&mut self, item: &Item<'_, '_>, key: &str) -> Option<Spanned<String>> {
        if get(item.0, key).is_none() {
            self.missing(&item.1, key);
        }
        self.text(item.0, key)
    }

    /// A `true`/`false` field.
    pub(crate) fn flag(&mut self, table: &DeTable<'_>, key: &str) -> Option<Spanned<bool>> {
        let v = get(table, key)?;
        match v.get_ref() {
            DeValue::Boolean(b) => Some(Spanned::new(v.span(), *b)),
            _ => {
                self.wrong(v, key, TRUE_FALSE);
                None
            }
        }
    }

    /// A whole-number field (it must fit in 64 bits).
    pub(crate) fn integer(&mut self, table: &DeTable<'_>, key: &str) -> Option<Spanned<i64>> {
        let v = get(table, key)?;
        let i = match v.get_ref() {
            DeValue::Integer(i) => i,
            DeValue::Float => {
                let message = format!("`{key}` should be {WHOLE_NUMBER}, but it has a fraction");
                self.error(v.span().start, message, format!("write `{key}` as {WHOLE_NUMBER}"));
                return None;
            }
            _ => {
                self.wrong(v, key, WHOLE_NUMBER);
                return None;
            }
        };
        match i64::from_str_radix(i.as_str(), i.radix()) {
            Ok(n) => Some(Spanned::new(v.span(), n)),
            Err(_) => {
                self.error(v.span().start, format!("`{key}` is far too large a number"), format!("check the number in `{key}`"));
                None
            }
        }
    }

    /// A TOML date/time field (checking that it is a plain date is left to
    /// the caller).
    pub(crate) fn date(&mut self, table: &DeTable<'_>, key: &str) -> Option<Spanned<Datetime>> {
        let v = get(table, key)?;
        match v.get_ref() {
            DeValue::Datetime(d) => Some(Spanned::new(v.span(), *d)),
            _ => {
                self.wrong(v, key, DATE);
                None
            }
        }
    }

    /// A list of texts, each with its position.
    pub(crate) fn texts(&mut self, table: &DeTable<'_>, key: &str) -> Option<Spanned<Vec<Spanned<String>>>> {
        let v = get(table, key)?;
        let DeValue::Array(items) = v.get_ref() else {
            self.wrong(v, key, TEXTS);
            return None;
        };
        let mut out = Vec::new();
        for item in items.iter() {
            match item.get_ref() {
                DeValue::String(s) => out.push(Spanned::new(item.span(), s.to_string())),
                other => {
                    let message = format!("`{key}` should be {TEXTS}, but it contains {}", type_name(other));
                    self.error(item.span().start, message, format!("write `{key}` as {TEXTS}"));
                }
            }
        }
        Some(Spanned::new(v.span(), out))
    }

    /// A table field (inline `{ … }` or a `[heading]`).
    pub(crate) fn table<'a, 'i>(&mut self, table: &'a DeTable<'i>, key: &str) -> Option<Item<'a, 'i>> {
        let v = get(table, key)?;
        match v.get_ref() {
            DeValue::Table(t) => Some((t, v.span())),
            _ => {
                self.wrong(v, key, TABLE);
                None
            }
        }
    }

    /// A list of tables (`[[heading]]` sections or `[{ … }, { … }]`).
    pub(crate) fn tables<'a, 'i>(&mut self, table: &'a DeTable<'i>, key: &str) -> Vec<Item<'a, 'i>> {
        let Some(v) = get(table, key) else { return Vec::new() };
        let DeValue::Array(items) = v.get_ref() else {
            self.wrong(v, key, TABLES);
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items.iter() {
            match item.get_ref() {
                DeValue::Table(t) => out.push((t, item.span())),
                other => {
                    let message = format!("`{key}` should be {TABLES}, but it contains {}", type_name(other));
                    self.error(item.span().start, message, format!("write `{key}` as {TABLES}"));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn walk_of(text: &str, f: impl FnOnce(&mut Walk<'_>, &Item<'_, '_>)) -> Vec<Diagnostic> {
        let root = DeTable::parse(text).unwrap();
        let mut w = Walk::new(text, "f.toml", "bad: ", "fix it", "docs/x.md");
        f(&mut w, &(root.get_ref(), root.span()));
        w.into_diags()
    }

    #[test]
    fn unknown_fields_name_the_allowed_ones_like_serde() {
        let d = walk_of("a = 1\nb = 2\nzz = 3\nsourcs = 4\n", |w, (t, _)| w.fields(t, &["a", "b", "sources"]));
        assert_eq!(d.len(), 2, "{d:?}");
        assert_eq!((d[0].line, d[0].message.as_str(), d[0].fix.as_str()), (3, "bad: unknown field `zz`, expected one of `a`, `b`, `sources`", "fix it"));
        assert_eq!(d[1].line, 4);
        assert_eq!(d[1].fix, "did you mean `sources`? The allowed fields are listed in docs/x.md");
        let d = walk_of("c = 1\n", |w, (t, _)| w.fields(t, &["a", "b"]));
        assert_eq!(d[0].message, "bad: unknown field `c`, expected `a` or `b`");
        let d = walk_of("c = 1\n", |w, (t, _)| w.fields(t, &["a"]));
        assert_eq!(d[0].message, "bad: unknown field `c`, expected `a`");
    }

    #[test]
    fn typed_reads_report_wrong_types_at_the_value() {
        let text = "s = 1\nb = \"yes\"\nn = 1.5\nbig = 99999999999999999999\nd = \"2026-01-01\"\nl = [\"x\",\n 2]\nt = 3\nts = [{ a = 1 }, 2]\nok = 0x10\n";
        let d = walk_of(text, |w, (t, _)| {
            assert!(w.text(t, "s").is_none());
            assert!(w.flag(t, "b").is_none());
            assert!(w.integer(t, "n").is_none());
            assert!(w.integer(t, "big").is_none());
            assert!(w.date(t, "d").is_none());
            assert_eq!(w.texts(t, "l").unwrap().get_ref().len(), 1);
            assert!(w.table(t, "t").is_none());
            assert_eq!(w.tables(t, "ts").len(), 1);
            assert_eq!(w.integer(t, "ok").map(|n| n.into_inner()), Some(16));
            assert!(w.text(t, "absent").is_none());
        });
        let got: Vec<(usize, &str)> = d.iter().map(|d| (d.line, d.message.as_str())).collect();
        assert_eq!(
            got,
            [
                (1, "bad: `s` should be text in double quotes, but it is a number"),
                (2, "bad: `b` should be true or false (no quotes), but it is text"),
                (3, "bad: `n` should be a whole number (no quotes), but it has a fraction"),
                (4, "bad: `big` is far too large a number"),
                (5, "bad: `d` should be a date without quotes, like 2026-11-21, but it is text"),
                (7, "bad: `l` should be a list of texts in double quotes, like [\"a\", \"b\"], but it contains a number"),
                (8, "bad: `t` should be a table, like { name = value }, but it is a number"),
                (9, "bad: `ts` should be a list of tables, like [{ name = value }] or [[heading]] sections, but it contains a number"),
            ]
        );
        assert!(d.iter().all(|d| !d.fix.is_empty() && d.file == "f.toml" && d.is_error()));
    }

    #[test]
    fn missing_required_text_points_at_its_table() {
        let d = walk_of("# c\n[[s]]\nx = 1\n", |w, (t, _)| {
            for item in w.tables(t, "s") {
                assert!(w.required_text(&item, "id").is_none());
            }
        });
        assert_eq!(d.len(), 1);
        assert_eq!((d[0].line, d[0].message.as_str()), (2, "bad: `id` is missing"));
        assert_eq!(d[0].fix, "add `id = …` to this table; the fields are described in docs/x.md");
        let d = walk_of("# c\n[t]\nx = 1\n", |w, root| {
            assert!(w.required_text(root, "version").is_none());
        });
        assert_eq!((d[0].line, d[0].fix.as_str()), (1, "add `version = …` at the top of the file; the fields are described in docs/x.md"));
    }
}
