//! A small TOML reader for the files organisations and content editors
//! write (`config/org.toml`, `content/*.toml`).
//!
//! Owns turning a file's text into a tree of tables and values, each with
//! its byte span, for [`super::toml_walk`] to read. It follows TOML 1.1
//! (tables, arrays of tables, dotted keys, the four kinds of strings with
//! every escape, integers in four bases, booleans, dates and times, arrays,
//! inline tables over several lines) and refuses what TOML refuses (a key or
//! table defined twice, an unclosed string, a stray character) with the
//! position and a plain message. Floats are recognised but not converted
//! (no Waymark field is a fraction), so the wasm carries no float parser.
//!
//! Why not the `toml` crate: it is about 60 KB of the newcomer's wasm (its
//! generic parser, serde glue and date messages); this reader is a tenth of
//! that. The host tests compare it with the `toml` crate on the shipped
//! files and on generated documents, so both read every file alike.
//!
//! It never panics, never recurses deeper than [`MAX_DEPTH`] and never reads
//! a file (callers pass the text in).

use std::borrow::{Borrow, Cow};
use std::ops::Range;

/// Deepest nesting of arrays and inline tables read (a hostile file of
/// 100,000 `[` is refused, not a stack overflow).
pub const MAX_DEPTH: usize = 64;

/// A value and where it is in the text (byte offsets).
#[derive(Clone, Debug)]
pub struct Spanned<T> {
    span: Range<usize>,
    value: T,
}

impl<T> Spanned<T> {
    pub fn new(span: Range<usize>, value: T) -> Self {
        Spanned { span, value }
    }
    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }
    pub fn get_ref(&self) -> &T {
        &self.value
    }
    pub fn into_inner(self) -> T {
        self.value
    }
}

impl<T: PartialEq> PartialEq for Spanned<T> {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}
impl<T: Eq> Eq for Spanned<T> {}
impl<T: PartialOrd> PartialOrd for Spanned<T> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        self.value.partial_cmp(&other.value)
    }
}
impl<T: Ord> Ord for Spanned<T> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.value.cmp(&other.value)
    }
}
impl<T: std::hash::Hash> std::hash::Hash for Spanned<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.value.hash(state);
    }
}
impl Borrow<str> for Spanned<String> {
    fn borrow(&self) -> &str {
        &self.value
    }
}

/// An integer as written: its digits (sign kept, `_` and base prefix
/// removed) and base, converted by the reader of the field.
#[derive(Clone, Debug, PartialEq)]
pub struct DeInteger {
    digits: String,
    radix: u32,
}

impl DeInteger {
    pub fn as_str(&self) -> &str {
        &self.digits
    }
    pub fn radix(&self) -> u32 {
        self.radix
    }
}

/// A calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// A time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Time {
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
}

/// A TOML date, time or date-time (a time zone offset is checked, not kept).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Datetime {
    pub date: Option<Date>,
    pub time: Option<Time>,
}

/// A value of the file.
#[derive(Clone, Debug, PartialEq)]
pub enum DeValue<'i> {
    String(Cow<'i, str>),
    Integer(DeInteger),
    /// A number with a fraction or exponent (or `inf`, `nan`): recognised,
    /// never converted.
    Float,
    Boolean(bool),
    Datetime(Datetime),
    Array(Vec<Spanned<DeValue<'i>>>),
    Table(DeTable<'i>),
}

/// How a table or array came to be: TOML's rules about what may be added
/// to it later depend on it.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    /// A plain value (also a static array `[…]`).
    Value,
    /// A table named only as part of a longer `[a.b]` heading.
    Implicit,
    /// A table with its own `[heading]`.
    Header,
    /// A table made by a dotted key (`a.b = 1`).
    Dotted,
    /// `{ … }`: closed once written.
    Inline,
    /// `[[heading]]` sections.
    ArrayOfTables,
}

#[derive(Clone, Debug, PartialEq)]
struct Entry<'i> {
    key: Spanned<Cow<'i, str>>,
    value: Spanned<DeValue<'i>>,
    kind: Kind,
}

/// A table: its keys in the order written.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeTable<'i> {
    entries: Vec<Entry<'i>>,
}

impl<'i> DeTable<'i> {
    /// Every key and value, in the order written.
    pub fn iter(&self) -> impl Iterator<Item = (&Spanned<Cow<'i, str>>, &Spanned<DeValue<'i>>)> {
        self.entries.iter().map(|e| (&e.key, &e.value))
    }

    pub fn keys(&self) -> impl Iterator<Item = &Spanned<Cow<'i, str>>> {
        self.entries.iter().map(|e| &e.key)
    }

    fn find(&self, key: &str) -> Option<usize> {
        self.entries.iter().position(|e| e.key.value == key)
    }

    /// Reads a whole file. The root table's span is empty (`0..0`).
    pub fn parse(text: &'i str) -> Result<Spanned<DeTable<'i>>, Error> {
        let mut p = Parser { s: text, b: text.as_bytes(), pos: 0, depth: 0 };
        let mut root = DeTable::default();
        p.document(&mut root)?;
        Ok(Spanned::new(0..0, root))
    }

    /// Like [`DeTable::parse`], for callers that list errors: the table read
    /// so far and the first error (TOML has no safe way to go on after one).
    pub fn parse_recoverable(text: &'i str) -> (Spanned<DeTable<'i>>, Vec<Error>) {
        match DeTable::parse(text) {
            Ok(t) => (t, Vec::new()),
            Err(e) => (Spanned::new(0..0, DeTable::default()), vec![e]),
        }
    }
}

/// Why a file could not be read, and where.
#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    at: usize,
    message: String,
}

impl Error {
    pub fn span(&self) -> Option<Range<usize>> {
        Some(self.at..self.at)
    }
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

struct Parser<'i> {
    s: &'i str,
    b: &'i [u8],
    pos: usize,
    depth: usize,
}

type Key<'i> = Vec<Spanned<Cow<'i, str>>>;

/// A control character TOML refuses in texts and comments (a tab is fine;
/// line ends are handled before this is asked).
fn is_control(c: u8) -> bool {
    (c < 0x20 && c != b'\t') || c == 0x7f
}

fn is_bare(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'-'
}

impl<'i> Parser<'i> {
    fn err<T>(&self, at: usize, message: impl Into<String>) -> Result<T, Error> {
        Err(Error { at, message: message.into() })
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.pos).copied()
    }

    fn peek_at(&self, n: usize) -> Option<u8> {
        self.b.get(self.pos + n).copied()
    }

    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn spaces(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.pos += 1;
        }
    }

    /// A comment up to (not including) the end of its line.
    fn comment(&mut self) -> Result<(), Error> {
        if self.peek() != Some(b'#') {
            return Ok(());
        }
        while let Some(c) = self.peek() {
            if c == b'\n' || (c == b'\r' && self.peek_at(1) == Some(b'\n')) {
                break;
            }
            if is_control(c) {
                return self.err(self.pos, "a comment contains a control character");
            }
            self.pos += 1;
        }
        Ok(())
    }

    /// The end of a line (or of the file); true if there was one.
    fn newline(&mut self) -> bool {
        if self.eat(b'\n') {
            return true;
        }
        if self.peek() == Some(b'\r') && self.peek_at(1) == Some(b'\n') {
            self.pos += 2;
            return true;
        }
        false
    }

    /// Spaces, comments and line ends (inside arrays and inline tables).
    fn blank(&mut self) -> Result<(), Error> {
        loop {
            self.spaces();
            self.comment()?;
            if !self.newline() {
                return Ok(());
            }
        }
    }

    /// After a key/value or a heading: only a comment may follow on the line.
    fn line_end(&mut self) -> Result<(), Error> {
        self.spaces();
        self.comment()?;
        if self.pos >= self.b.len() || self.newline() {
            return Ok(());
        }
        self.err(self.pos, "unexpected text after the value: put each key = value on its own line")
    }

    fn document(&mut self, root: &mut DeTable<'i>) -> Result<(), Error> {
        // The table that key/values go to: a path from the root, where an
        // array of tables means its last element.
        let mut current: Vec<Cow<'i, str>> = Vec::new();
        loop {
            self.blank()?;
            let Some(c) = self.peek() else { return Ok(()) };
            if c == b'[' {
                let start = self.pos;
                let array = self.peek_at(1) == Some(b'[');
                self.pos += if array { 2 } else { 1 };
                self.spaces();
                let key = self.key()?;
                self.spaces();
                let close = if array { "]]" } else { "]" };
                if !self.s[self.pos..].starts_with(close) {
                    return self.err(self.pos, format!("a table heading must end with `{close}`"));
                }
                self.pos += close.len();
                let span = start..self.pos;
                self.line_end()?;
                open_heading(root, &key, array, span)?;
                current = key.into_iter().map(Spanned::into_inner).collect();
            } else {
                let table = table_at(root, &current)?;
                self.key_value(table)?;
                self.line_end()?;
            }
        }
    }

    /// `a`, `"a b"`, `'a'`, `a.b.c` (spaces around dots allowed).
    fn key(&mut self) -> Result<Key<'i>, Error> {
        let mut parts = Vec::new();
        loop {
            let start = self.pos;
            let part = match self.peek() {
                Some(b'"') => {
                    if self.s[self.pos..].starts_with("\"\"\"") {
                        return self.err(start, "a key cannot be a multi-line text");
                    }
                    self.basic_string()?
                }
                Some(b'\'') => {
                    if self.s[self.pos..].starts_with("'''") {
                        return self.err(start, "a key cannot be a multi-line text");
                    }
                    self.literal_string()?
                }
                Some(c) if is_bare(c) => {
                    while self.peek().is_some_and(is_bare) {
                        self.pos += 1;
                    }
                    Cow::Borrowed(&self.s[start..self.pos])
                }
                _ => return self.err(start, "a key is missing here: write name = value"),
            };
            parts.push(Spanned::new(start..self.pos, part));
            self.spaces();
            if !self.eat(b'.') {
                return Ok(parts);
            }
            self.spaces();
        }
    }

    fn key_value(&mut self, table: &mut DeTable<'i>) -> Result<(), Error> {
        let key = self.key()?;
        self.spaces();
        if !self.eat(b'=') {
            return self.err(self.pos, "`=` is missing after the key: write name = value");
        }
        self.spaces();
        let value = self.value()?;
        insert_dotted(table, key, value)
    }

    fn value(&mut self) -> Result<Spanned<DeValue<'i>>, Error> {
        let start = self.pos;
        let v = match self.peek() {
            Some(b'"') => {
                if self.s[self.pos..].starts_with("\"\"\"") {
                    DeValue::String(self.multiline(b'"')?)
                } else {
                    DeValue::String(self.basic_string()?)
                }
            }
            Some(b'\'') => {
                if self.s[self.pos..].starts_with("'''") {
                    DeValue::String(self.multiline(b'\'')?)
                } else {
                    DeValue::String(self.literal_string()?)
                }
            }
            Some(b'[') => self.nested(|p| p.array())?,
            Some(b'{') => self.nested(|p| p.inline_table())?,
            Some(_) => self.scalar()?,
            None => return self.err(start, "a value is missing after `=`"),
        };
        Ok(Spanned::new(start..self.pos, v))
    }

    fn nested(&mut self, f: impl FnOnce(&mut Self) -> Result<DeValue<'i>, Error>) -> Result<DeValue<'i>, Error> {
        if self.depth >= MAX_DEPTH {
            return self.err(self.pos, format!("lists and tables are nested more than {MAX_DEPTH} deep"));
        }
        self.depth += 1;
        let v = f(self);
        self.depth -= 1;
        v
    }

    fn array(&mut self) -> Result<DeValue<'i>, Error> {
        let open = self.pos;
        self.pos += 1;
        let mut items = Vec::new();
        loop {
            self.blank()?;
            if self.eat(b']') {
                return Ok(DeValue::Array(items));
            }
            if self.peek().is_none() {
                return self.err(open, "this list is not closed: a `]` is missing");
            }
            items.push(self.value()?);
            self.blank()?;
            if self.eat(b']') {
                return Ok(DeValue::Array(items));
            }
            if !self.eat(b',') {
                return self.err(self.pos, "a comma or `]` is missing in the list");
            }
        }
    }

    fn inline_table(&mut self) -> Result<DeValue<'i>, Error> {
        let open = self.pos;
        self.pos += 1;
        let mut table = DeTable::default();
        loop {
            self.blank()?;
            if self.eat(b'}') {
                break;
            }
            if self.peek().is_none() {
                return self.err(open, "this table is not closed: a `}` is missing");
            }
            self.key_value(&mut table)?;
            self.blank()?;
            if self.eat(b'}') {
                break;
            }
            if !self.eat(b',') {
                return self.err(self.pos, "a comma or `}` is missing in the table");
            }
        }
        close_dotted(&mut table);
        Ok(DeValue::Table(table))
    }

    fn basic_string(&mut self) -> Result<Cow<'i, str>, Error> {
        let open = self.pos;
        self.pos += 1;
        let mut out: Option<String> = None;
        let mut from = self.pos;
        loop {
            let Some(c) = self.peek() else {
                return self.err(open, "this text is not closed: a `\"` is missing");
            };
            match c {
                b'"' => {
                    let text = finish(self.s, out, from, self.pos);
                    self.pos += 1;
                    return Ok(text);
                }
                b'\\' => {
                    let o = out.get_or_insert_with(String::new);
                    o.push_str(&self.s[from..self.pos]);
                    self.escape(o)?;
                    from = self.pos;
                }
                b'\n' | b'\r' => return self.err(open, "this text is not closed on its line: a `\"` is missing (use \"\"\" for text over several lines)"),
                c if is_control(c) => return self.err(self.pos, "a text contains a control character"),
                _ => self.pos += 1,
            }
        }
    }

    /// After a `\`: appends what the escape stands for.
    fn escape(&mut self, out: &mut String) -> Result<(), Error> {
        let at = self.pos;
        self.pos += 1;
        let c = self.peek();
        self.pos += 1;
        let ch = match c {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'e') => '\u{1b}',
            Some(b'x') => self.hex(at, 2)?,
            Some(b'u') => self.hex(at, 4)?,
            Some(b'U') => self.hex(at, 8)?,
            _ => return self.err(at, "unknown escape after `\\`: write `\\\\` for a backslash"),
        };
        out.push(ch);
        Ok(())
    }

    fn hex(&mut self, at: usize, n: usize) -> Result<char, Error> {
        let digits = self.s.get(self.pos..self.pos + n).filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
        let code = digits.and_then(|d| u32::from_str_radix(d, 16).ok()).and_then(char::from_u32);
        match code {
            Some(ch) => {
                self.pos += n;
                Ok(ch)
            }
            None => self.err(at, "this `\\u` escape is not a valid character"),
        }
    }

    fn literal_string(&mut self) -> Result<Cow<'i, str>, Error> {
        let open = self.pos;
        self.pos += 1;
        let from = self.pos;
        loop {
            match self.peek() {
                None | Some(b'\n' | b'\r') => return self.err(open, "this text is not closed on its line: a `'` is missing"),
                Some(b'\'') => {
                    let text = &self.s[from..self.pos];
                    self.pos += 1;
                    return Ok(Cow::Borrowed(text));
                }
                Some(c) if is_control(c) => return self.err(self.pos, "a text contains a control character"),
                _ => self.pos += 1,
            }
        }
    }

    /// At a closing `"""`/`'''`: how many quotes before it (up to two)
    /// belong to the text; `None` if these quotes do not close it.
    fn close_multiline(&self, q: u8) -> Result<Option<usize>, Error> {
        let mut n = 0;
        while self.peek_at(n) == Some(q) {
            n += 1;
        }
        match n {
            0..=2 => Ok(None),
            3..=5 => Ok(Some(n - 3)),
            _ => self.err(self.pos, format!("too many `{}` at the end of the text", q as char)),
        }
    }

    /// `"""…"""` (escapes, a `\` at a line end joins lines) or `'''…'''`
    /// (as written), after the opening quotes.
    fn multiline(&mut self, q: u8) -> Result<Cow<'i, str>, Error> {
        let open = self.pos;
        self.pos += 3;
        self.newline();
        let mut out: Option<String> = None;
        let mut from = self.pos;
        loop {
            let Some(c) = self.peek() else {
                let quotes = if q == b'"' { "\"\"\"" } else { "'''" };
                return self.err(open, format!("this text is not closed: a `{quotes}` is missing"));
            };
            match c {
                c if c == q => match self.close_multiline(q)? {
                    Some(extra) => {
                        let text = finish(self.s, out, from, self.pos + extra);
                        self.pos += extra + 3;
                        return Ok(text);
                    }
                    None => self.pos += 1,
                },
                b'\\' if q == b'"' => {
                    let o = out.get_or_insert_with(String::new);
                    o.push_str(&self.s[from..self.pos]);
                    // A backslash at the end of a line joins the lines.
                    let mut look = self.pos + 1;
                    while matches!(self.b.get(look), Some(b' ' | b'\t')) {
                        look += 1;
                    }
                    if self.line_end_at(look) {
                        self.pos = look;
                        while matches!(self.peek(), Some(b' ' | b'\t')) || self.line_end_at(self.pos) {
                            self.pos += if self.peek() == Some(b'\r') { 2 } else { 1 };
                        }
                    } else {
                        self.escape(o)?;
                    }
                    from = self.pos;
                }
                _ if self.line_end_at(self.pos) => self.pos += if c == b'\r' { 2 } else { 1 },
                c if is_control(c) => return self.err(self.pos, "a text contains a control character"),
                _ => self.pos += 1,
            }
        }
    }

    /// A line end (`\n` or `\r\n`) starts at byte `at`.
    fn line_end_at(&self, at: usize) -> bool {
        match self.b.get(at) {
            Some(b'\n') => true,
            Some(b'\r') => self.b.get(at + 1) == Some(&b'\n'),
            _ => false,
        }
    }

    /// true/false, a number, a date or time.
    fn scalar(&mut self) -> Result<DeValue<'i>, Error> {
        let start = self.pos;
        let token_char = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'+' | b'-' | b'.' | b':');
        while self.peek().is_some_and(token_char) {
            self.pos += 1;
        }
        // A date and a time may be separated by one space.
        if self.peek() == Some(b' ') && is_date(&self.s[start..self.pos]) && self.peek_at(1).is_some_and(|c| c.is_ascii_digit()) {
            self.pos += 1;
            while self.peek().is_some_and(token_char) {
                self.pos += 1;
            }
        }
        let token = &self.s[start..self.pos];
        let bad = |p: &Self, what: &str| p.err(start, format!("`{token}` is not {what}"));
        match token {
            "" => self.err(start, "a value is missing: text needs \"double quotes\""),
            "true" => Ok(DeValue::Boolean(true)),
            "false" => Ok(DeValue::Boolean(false)),
            "inf" | "+inf" | "-inf" | "nan" | "+nan" | "-nan" => Ok(DeValue::Float),
            _ if is_date(token) || is_time(token) => match datetime(token) {
                Some(d) => Ok(DeValue::Datetime(d)),
                None => bad(self, "a valid date or time (YYYY-MM-DD, HH:MM:SS)"),
            },
            _ => match number(token) {
                Some(v) => Ok(v),
                None if token.bytes().next().is_some_and(|c| c.is_ascii_digit() || c == b'+' || c == b'-') => {
                    bad(self, "a valid number")
                }
                None => self.err(start, format!("`{token}` is not a value: text needs \"double quotes\", true/false no quotes")),
            },
        }
    }
}

fn finish<'i>(s: &'i str, out: Option<String>, from: usize, to: usize) -> Cow<'i, str> {
    match out {
        None => Cow::Borrowed(&s[from..to]),
        Some(mut o) => {
            o.push_str(&s[from..to]);
            Cow::Owned(o)
        }
    }
}

fn digits_n(s: &str, n: usize) -> Option<u32> {
    (s.len() == n && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.bytes().fold(0, |a, b| a * 10 + u32::from(b - b'0')))
}

fn is_date(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() >= 10 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'-'
}

fn is_time(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() >= 5 && b[..2].iter().all(u8::is_ascii_digit) && b[2] == b':'
}

fn date_of(t: &str) -> Option<Date> {
    let year = digits_n(t.get(0..4)?, 4)?;
    let month = digits_n(t.get(5..7)?, 2)?;
    let day = digits_n(t.get(8..10)?, 2)?;
    if t.len() != 10 || &t[4..5] != "-" || &t[7..8] != "-" || !(1..=12).contains(&month) {
        return None;
    }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    (1..=days).contains(&day).then_some(Date { year: year as u16, month: month as u8, day: day as u8 })
}

/// `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fraction` (TOML 1.1 makes seconds optional).
fn time_of(t: &str) -> Option<Time> {
    let hour = digits_n(t.get(0..2)?, 2)?;
    let minute = digits_n(t.get(3..5)?, 2)?;
    if &t[2..3] != ":" || hour > 23 || minute > 59 {
        return None;
    }
    let second = match t.get(5..) {
        Some("") => 0,
        Some(rest) => {
            let rest = rest.strip_prefix(':')?;
            let (sec, frac) = rest.split_once('.').map_or((rest, None), |(s, f)| (s, Some(f)));
            if frac.is_some_and(|f| f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit())) {
                return None;
            }
            let s = digits_n(sec, 2)?;
            if s > 60 {
                return None;
            }
            s
        }
        None => return None,
    };
    Some(Time { hour: hour as u8, minute: minute as u8, second: second as u8 })
}

fn datetime(t: &str) -> Option<Datetime> {
    if is_time(t) {
        return Some(Datetime { date: None, time: Some(time_of(t)?) });
    }
    let date = date_of(t.get(..10)?)?;
    let rest = &t[10..];
    if rest.is_empty() {
        return Some(Datetime { date: Some(date), time: None });
    }
    let rest = rest.strip_prefix(['T', 't', ' '])?;
    // The offset: `Z` or `±HH:MM` at the end.
    let (time, offset) = if let Some(s) = rest.strip_suffix(['Z', 'z']) {
        (s, None)
    } else if rest.len() > 6 && matches!(rest.as_bytes()[rest.len() - 6], b'+' | b'-') {
        (&rest[..rest.len() - 6], Some(&rest[rest.len() - 5..]))
    } else {
        (rest, None)
    };
    if let Some(o) = offset {
        let h = digits_n(o.get(0..2)?, 2)?;
        let m = digits_n(o.get(3..5)?, 2)?;
        if &o[2..3] != ":" || h > 23 || m > 59 {
            return None;
        }
    }
    Some(Datetime { date: Some(date), time: Some(time_of(time)?) })
}

/// Digits with single `_` between them.
fn valid_digits(d: &str, ok: impl Fn(u8) -> bool) -> bool {
    !d.is_empty() && !d.starts_with('_') && !d.ends_with('_') && !d.contains("__") && d.bytes().all(|b| b == b'_' || ok(b))
}

fn number(t: &str) -> Option<DeValue<'static>> {
    for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if let Some(d) = t.strip_prefix(prefix) {
            return valid_digits(d, |b| (b as char).is_digit(radix)).then(|| DeValue::Integer(DeInteger { digits: d.replace('_', ""), radix }));
        }
    }
    let unsigned = t.strip_prefix(['+', '-']).unwrap_or(t);
    let dec = |d: &str| valid_digits(d, |b| b.is_ascii_digit());
    // No leading zeros (except 0 itself).
    let leading_zero = |d: &str| d.len() > 1 && d.starts_with('0');
    if dec(unsigned) {
        if leading_zero(unsigned) {
            return None;
        }
        return Some(DeValue::Integer(DeInteger { digits: t.replace('_', "").replacen('+', "", 1), radix: 10 }));
    }
    // A float: int part, then `.digits` and/or an exponent.
    let (mantissa, exp) = match unsigned.find(['e', 'E']) {
        Some(i) => (&unsigned[..i], Some(&unsigned[i + 1..])),
        None => (unsigned, None),
    };
    let (int, frac) = mantissa.split_once('.').map_or((mantissa, None), |(i, f)| (i, Some(f)));
    let ok_int = dec(int) && !leading_zero(int);
    let ok_frac = frac.is_none_or(dec);
    let ok_exp = exp.is_none_or(|e| dec(e.strip_prefix(['+', '-']).unwrap_or(e)));
    (ok_int && ok_frac && ok_exp && (frac.is_some() || exp.is_some())).then_some(DeValue::Float)
}

/// The table key/values go to after the heading `path` (an array of tables
/// means its last element).
fn table_at<'a, 'i>(root: &'a mut DeTable<'i>, path: &[Cow<'i, str>]) -> Result<&'a mut DeTable<'i>, Error> {
    let mut t = root;
    for part in path {
        let Some(i) = t.find(part) else { return Err(Error { at: 0, message: "internal: heading lost".into() }) };
        t = match &mut t.entries[i].value.value {
            DeValue::Table(next) => next,
            DeValue::Array(items) => match items.last_mut().map(|x| &mut x.value) {
                Some(DeValue::Table(next)) => next,
                _ => return Err(Error { at: 0, message: "internal: heading lost".into() }),
            },
            _ => return Err(Error { at: 0, message: "internal: heading lost".into() }),
        };
    }
    Ok(t)
}

/// `[a.b]` or `[[a.b]]`: makes the tables on the way and checks TOML's
/// rules (a table is defined once; a value is not a table).
fn open_heading<'i>(root: &mut DeTable<'i>, key: &Key<'i>, array: bool, span: Range<usize>) -> Result<(), Error> {
    let mut t = root;
    let last = key.len() - 1;
    for (n, part) in key.iter().enumerate() {
        let name: &str = &part.value;
        let at = part.span.start;
        let i = match t.find(name) {
            Some(i) => i,
            None => {
                let (value, kind) = if n < last {
                    (DeValue::Table(DeTable::default()), Kind::Implicit)
                } else if array {
                    (DeValue::Array(vec![Spanned::new(span.clone(), DeValue::Table(DeTable::default()))]), Kind::ArrayOfTables)
                } else {
                    (DeValue::Table(DeTable::default()), Kind::Header)
                };
                t.entries.push(Entry { key: part.clone(), value: Spanned::new(span.clone(), value), kind });
                if n == last {
                    return Ok(());
                }
                t.entries.len() - 1
            }
        };
        let entry = &mut t.entries[i];
        if n == last {
            return match (array, entry.kind) {
                (false, Kind::Implicit) => {
                    entry.kind = Kind::Header;
                    entry.key.span = part.span.clone();
                    entry.value.span = span;
                    Ok(())
                }
                (true, Kind::ArrayOfTables) => {
                    if let DeValue::Array(items) = &mut entry.value.value {
                        items.push(Spanned::new(span, DeValue::Table(DeTable::default())));
                    }
                    Ok(())
                }
                _ => Err(Error { at, message: format!("`{name}` is defined twice: write each [table] once, or use [[{name}]] for a list of tables") }),
            };
        }
        t = match (&mut entry.value.value, entry.kind) {
            (DeValue::Table(next), Kind::Implicit | Kind::Header | Kind::Dotted) => next,
            (DeValue::Array(items), Kind::ArrayOfTables) => match items.last_mut().map(|x| &mut x.value) {
                Some(DeValue::Table(next)) => next,
                _ => return Err(Error { at, message: format!("`{name}` is not a table") }),
            },
            _ => return Err(Error { at, message: format!("`{name}` already has a value, so it cannot be a table heading") }),
        };
    }
    Ok(())
}

/// `a.b.c = v` in `table`: tables made by dotted keys may be added to by
/// further dotted keys, nothing else; every key is written once.
fn insert_dotted<'i>(table: &mut DeTable<'i>, key: Key<'i>, value: Spanned<DeValue<'i>>) -> Result<(), Error> {
    let mut t = table;
    let last = key.len() - 1;
    for (n, part) in key.into_iter().enumerate() {
        let at = part.span.start;
        let name = part.value.clone();
        let existing = t.find(&name);
        if n == last {
            if existing.is_some() {
                return Err(Error { at, message: format!("the key `{name}` is written twice in this table: keep one") });
            }
            let kind = if matches!(value.value, DeValue::Table(_)) { Kind::Inline } else { Kind::Value };
            t.entries.push(Entry { key: part, value, kind });
            return Ok(());
        }
        let i = match existing {
            Some(i) if t.entries[i].kind == Kind::Dotted => i,
            Some(_) => return Err(Error { at, message: format!("`{name}` is already defined, so `{name}.…` cannot add to it") }),
            None => {
                let span = at..at;
                t.entries.push(Entry { key: part, value: Spanned::new(span, DeValue::Table(DeTable::default())), kind: Kind::Dotted });
                t.entries.len() - 1
            }
        };
        t = match &mut t.entries[i].value.value {
            DeValue::Table(next) => next,
            _ => return Err(Error { at, message: format!("`{name}` is not a table") }),
        };
    }
    Ok(())
}

/// Tables made by dotted keys inside `{ … }` are closed with it.
fn close_dotted(table: &mut DeTable<'_>) {
    for e in &mut table.entries {
        if e.kind == Kind::Dotted {
            e.kind = Kind::Inline;
            if let DeValue::Table(t) = &mut e.value.value {
                close_dotted(t);
            }
        }
    }
}
