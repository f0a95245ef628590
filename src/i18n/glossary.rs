//! The translators' glossary check: one word for each key thing.
//!
//! Owns reading `locales/<lang>/glossary.toml` (the term ids of the English
//! glossary, each language's chosen word and the words it must not use) and
//! finding those "avoid" words in the language's message texts, with file and
//! line. Findings are warnings: a wrong word never stops the site, but the
//! translator sees where it is and which word to use.
//!
//! Must never read files or touch the browser: callers pass the texts in (the
//! command-line check from disk, the `#/org` check fetched from the site). It
//! looks only at the text a reader sees: ids, comments and `{ … }` placeables
//! are skipped.

use crate::config::toml_read::DeTable;
use crate::config::toml_walk::Walk;
use crate::diagnostic::{line_of, Diagnostic};

/// File name of a language's glossary inside `locales/<lang>/`.
pub const GLOSSARY_FILE: &str = "glossary.toml";

/// How to write a glossary file (the fix of every reading problem).
const FIX: &str = "write each term as [[term]] with id = \"…\", use = \"…\", avoid = [\"…\"], as in locales/en/glossary.toml";

/// One term of a glossary file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub id: String,
    /// The chosen word (`use = …` in the file).
    pub word: String,
    pub avoid: Vec<String>,
    pub allow_in: Vec<String>,
    pub note: Option<String>,
}

/// A parsed glossary, with the line each term starts on.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Glossary {
    pub terms: Vec<(usize, Term)>,
}

fn glossary_path(locale: &str) -> String {
    format!("locales/{locale}/{GLOSSARY_FILE}")
}

/// Parses one glossary; a broken file is one warning with its line (the
/// first problem found).
pub fn parse_glossary(locale: &str, text: &str) -> Result<Glossary, Diagnostic> {
    let broken = |line: usize, message: &str, fix: &str| {
        Diagnostic::warning(glossary_path(locale), line, format!("the glossary cannot be read: {message}"), fix)
    };
    let root = DeTable::parse(text).map_err(|e| broken(e.span().map_or(0, |s| line_of(text, s.start)), e.message(), FIX))?;
    let mut w = Walk::new(text, GLOSSARY_FILE, "", FIX, "locales/en/glossary.toml");
    w.fields(root.get_ref(), &["term"]);
    let mut terms = Vec::new();
    for item in w.tables(root.get_ref(), "term") {
        w.fields(item.0, &["id", "use", "avoid", "allow_in", "note"]);
        let id = w.required_text(&item, "id");
        let word = w.required_text(&item, "use");
        let list = |w: &mut Walk<'_>, key| w.texts(item.0, key).map(|l| l.into_inner().into_iter().map(|s| s.into_inner()).collect()).unwrap_or_default();
        let avoid = list(&mut w, "avoid");
        let allow_in = list(&mut w, "allow_in");
        let note = w.text(item.0, "note").map(|n| n.into_inner());
        if let (Some(id), Some(word)) = (id, word) {
            terms.push((line_of(text, item.1.start), Term { id: id.into_inner(), word: word.into_inner(), avoid, allow_in, note }));
        }
    }
    match w.into_diags().into_iter().next() {
        Some(d) => Err(broken(d.line, &d.message, &d.fix)),
        None => Ok(Glossary { terms }),
    }
}

/// A word of an avoid entry: the lowercased text and whether any ending may follow.
#[derive(Debug, Clone, PartialEq, Eq)]
struct PatternWord {
    text: String,
    any_ending: bool,
}

fn pattern_of(entry: &str) -> Vec<PatternWord> {
    entry
        .split_whitespace()
        .map(|w| {
            let any_ending = w.ends_with('*');
            PatternWord { text: w.trim_end_matches('*').to_lowercase(), any_ending }
        })
        .filter(|w| !w.text.is_empty())
        .collect()
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// The words of a text, lowercased, with their byte offsets. Hyphens and
/// apostrophes inside a word belong to it ("чек-лист", "сям’я").
fn words(text: &str) -> Vec<(usize, String)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].1.is_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() {
            let c = chars[i].1;
            let joins = (c == '-' || is_apostrophe(c))
                && i > start
                && chars.get(i + 1).is_some_and(|(_, n)| n.is_alphanumeric());
            if c.is_alphanumeric() || joins {
                i += 1;
            } else {
                break;
            }
        }
        let from = chars[start].0;
        let to = chars.get(i).map(|(o, _)| *o).unwrap_or(text.len());
        out.push((from, text[from..to].to_lowercase()));
    }
    out
}

fn word_matches(word: &str, pattern: &PatternWord) -> bool {
    if pattern.any_ending {
        word.starts_with(&pattern.text)
    } else {
        word == pattern.text
    }
}

/// Where in `text` the avoid entry occurs (byte offsets of each start).
fn find(text: &str, entry: &[PatternWord]) -> Vec<usize> {
    if entry.is_empty() {
        return Vec::new();
    }
    let ws = words(text);
    (0..ws.len())
        .filter(|&i| {
            i + entry.len() <= ws.len() && entry.iter().enumerate().all(|(k, p)| word_matches(&ws[i + k].1, p))
        })
        .map(|i| ws[i].0)
        .collect()
}

/// One line of a Fluent file as the reader sees it: the message (or term)
/// it belongs to and the visible text, placeables blanked out.
struct VisibleLine {
    line: usize,
    message: String,
    text: String,
}

/// Blanks `{ … }` placeables (and variant keys such as `[one]`) so that only
/// visible text is searched. A placeable left open runs to the end of the line.
fn visible_text(line: &str, depth: &mut usize) -> String {
    let trimmed = line.trim_start();
    let line = if trimmed.starts_with('[') || trimmed.starts_with("*[") {
        match trimmed.find(']') {
            Some(end) => &trimmed[end + 1..],
            None => "",
        }
    } else {
        line
    };
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        match c {
            '{' => *depth += 1,
            '}' => *depth = depth.saturating_sub(1),
            _ if *depth == 0 => out.push(c),
            _ => out.push(' '),
        }
    }
    out
}

fn visible_lines(ftl: &str) -> Vec<VisibleLine> {
    let mut out = Vec::new();
    let mut message = String::new();
    let mut depth = 0usize;
    for (i, raw) in ftl.lines().enumerate() {
        if raw.starts_with('#') || raw.trim().is_empty() {
            continue;
        }
        let text = if !raw.starts_with(' ') && !raw.starts_with('\t') {
            // `id = value` or `-term = value` starts a new entry.
            let Some((id, value)) = raw.split_once('=') else { continue };
            message = id.trim().to_string();
            depth = 0;
            value.to_string()
        } else if let Some(attr) = raw.trim_start().strip_prefix('.') {
            match attr.split_once('=') {
                Some((_, value)) => value.to_string(),
                None => continue,
            }
        } else {
            raw.to_string()
        };
        let text = visible_text(&text, &mut depth);
        out.push(VisibleLine { line: i + 1, message: message.clone(), text });
    }
    out
}

/// Everything the glossary check reads for one language.
pub struct LocaleTexts<'a> {
    pub locale: &'a str,
    /// The language's `glossary.toml`, if it has one.
    pub glossary: Option<&'a str>,
    /// `(file name, text)` of each `.ftl` file.
    pub files: &'a [(String, String)],
}

/// Checks every language's glossary against English's term ids and every
/// message text against its language's avoid lists. `locales` has English first.
pub fn check_glossaries(locales: &[LocaleTexts<'_>]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let parsed: Vec<Option<Glossary>> = locales
        .iter()
        .map(|l| match l.glossary.map(|text| parse_glossary(l.locale, text)) {
            Some(Ok(g)) => Some(g),
            Some(Err(d)) => {
                out.push(d);
                None
            }
            None => None,
        })
        .collect();
    let reference: Vec<&str> = match parsed.first() {
        Some(Some(g)) => g.terms.iter().map(|(_, t)| t.id.as_str()).collect(),
        _ => Vec::new(),
    };
    for (l, glossary) in locales.iter().zip(&parsed) {
        let path = glossary_path(l.locale);
        let Some(glossary) = glossary else {
            if l.glossary.is_none() && !reference.is_empty() {
                out.push(Diagnostic::warning(
                    path,
                    0,
                    "this language has no glossary",
                    format!("copy locales/{}/{GLOSSARY_FILE} and write this language's word for each term", locales[0].locale),
                ));
            }
            continue;
        };
        check_terms(&path, glossary, &reference, &mut out);
        for (name, text) in l.files {
            check_file(l.locale, name, text, glossary, &mut out);
        }
    }
    out
}

fn check_terms(path: &str, glossary: &Glossary, reference: &[&str], out: &mut Vec<Diagnostic>) {
    for (line, term) in &glossary.terms {
        if !reference.is_empty() && !reference.contains(&term.id.as_str()) {
            out.push(Diagnostic::warning(
                path,
                *line,
                format!("term `{}` is not in the English glossary", term.id),
                "use one of the ids of locales/en/glossary.toml, or remove the term",
            ));
        }
        if term.word.trim().is_empty() {
            out.push(Diagnostic::warning(path, *line, format!("term `{}` has no word", term.id), "write this language's word in `use`"));
        }
        if glossary.terms.iter().filter(|(_, t)| t.id == term.id).count() > 1 {
            out.push(Diagnostic::warning(path, *line, format!("term `{}` is written more than once", term.id), "keep one [[term]] per id"));
        }
        for avoid in &term.avoid {
            // An avoid word that also matches the chosen word would flag every right use.
            if !find(&term.word, &pattern_of(avoid)).is_empty() {
                out.push(Diagnostic::warning(
                    path,
                    *line,
                    format!("term `{}`: the avoid word \"{avoid}\" also matches the chosen word \"{}\"", term.id, term.word),
                    "write the avoid word more exactly (list whole forms instead of a stem with *)",
                ));
            }
        }
    }
    for id in reference {
        if !glossary.terms.iter().any(|(_, t)| t.id == *id) {
            out.push(Diagnostic::warning(
                path,
                0,
                format!("term `{id}` is missing"),
                format!("add [[term]] id = \"{id}\" with this language's word (see locales/en/{GLOSSARY_FILE})"),
            ));
        }
    }
}

fn check_file(locale: &str, name: &str, text: &str, glossary: &Glossary, out: &mut Vec<Diagnostic>) {
    let path = format!("locales/{locale}/{name}");
    let lines = visible_lines(text);
    for (_, term) in &glossary.terms {
        for avoid in &term.avoid {
            let pattern = pattern_of(avoid);
            for l in &lines {
                if term.allow_in.contains(&l.message) {
                    continue;
                }
                for at in find(&l.text, &pattern) {
                    let found: String = l.text[at..].split_whitespace().take(pattern.len()).collect::<Vec<_>>().join(" ");
                    out.push(Diagnostic::warning(
                        path.clone(),
                        l.line,
                        format!("`{}` says \"{}\": the glossary's word for \"{}\" is \"{}\"", l.message, found.trim_end_matches(|c: char| !c.is_alphanumeric()), term.id, term.word),
                        format!("use \"{}\" (locales/{locale}/{GLOSSARY_FILE}), or add `{}` to the term's allow_in and say why", term.word, l.message),
                    ));
                }
            }
        }
    }
}

/// The side-by-side table of every language's glossary (docs/glossary.md).
/// `glossaries` has English first; terms follow English's order.
pub fn overview_markdown(glossaries: &[(&str, Glossary)]) -> String {
    let cell = |s: &str| s.replace('|', "\\|");
    let mut out = String::from(
        "# Glossary: one word for each thing\n\n\
         Made from `locales/<lang>/glossary.toml` by `WAYMARK_BLESS=1 cargo test --lib glossary`;\n\
         edit those files, not this page. How to use it: docs/translating.md, \"One word for each thing\".\n\n",
    );
    let Some((_, reference)) = glossaries.first() else { return out };
    let header = |out: &mut String| {
        out.push_str("| term |");
        for (l, _) in glossaries {
            out.push_str(&format!(" {l} |"));
        }
        out.push_str("\n|---|");
        out.push_str(&"---|".repeat(glossaries.len()));
        out.push('\n');
    };
    let rows = |out: &mut String, pick: &dyn Fn(&Term) -> String| {
        for (_, term) in &reference.terms {
            out.push_str(&format!("| {} |", term.id));
            for (_, g) in glossaries {
                let v = g.terms.iter().find(|(_, t)| t.id == term.id).map(|(_, t)| pick(t)).unwrap_or_default();
                out.push_str(&format!(" {} |", cell(&v)));
            }
            out.push('\n');
        }
    };
    out.push_str("## The word to use\n\n");
    header(&mut out);
    rows(&mut out, &|t| t.word.clone());
    out.push_str("\n## Words not to use for it\n\n");
    header(&mut out);
    rows(&mut out, &|t| t.avoid.join(", "));
    out.push_str("\n## What each term means\n\n");
    for (_, term) in &reference.terms {
        out.push_str(&format!("- **{}**: {}\n", term.id, term.note.as_deref().unwrap_or("")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// docs/glossary.md is the table of the shipped glossaries;
    /// `WAYMARK_BLESS=1` writes it anew.
    #[test]
    fn docs_glossary_md_is_the_table_of_the_shipped_glossaries() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let glossaries: Vec<(&str, Glossary)> = crate::i18n::SHIPPED
            .iter()
            .filter_map(|l| {
                let text = std::fs::read_to_string(root.join(format!("locales/{l}/{GLOSSARY_FILE}"))).ok()?;
                Some((*l, parse_glossary(l, &text).ok()?))
            })
            .collect();
        assert_eq!(glossaries.first().map(|(l, _)| *l), Some("en"));
        let table = overview_markdown(&glossaries);
        let path = root.join("docs/glossary.md");
        if std::env::var_os("WAYMARK_BLESS").is_some() {
            std::fs::write(&path, &table).unwrap();
        }
        let shipped = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(shipped == table, "docs/glossary.md is out of date: run WAYMARK_BLESS=1 cargo test --lib glossary");
    }

    const EN: &str = r#"
[[term]]
id = "lock"
use = "lock"
avoid = ["protect*", "keep safe"]

[[term]]
id = "checklist"
use = "checklist"
avoid = ["to-do list"]
allow_in = ["legacy-help"]
"#;

    fn files(text: &str) -> Vec<(String, String)> {
        vec![("vault.ftl".to_string(), text.to_string())]
    }

    #[test]
    fn an_avoided_word_is_found_with_its_file_line_and_message() {
        let ftl = "# protect is fine in a comment\nvault-a = Lock your answers.\nvault-b = We protect them.\n    .title = Keep safe, { $protected }\n";
        let f = files(ftl);
        let found = check_glossaries(&[LocaleTexts { locale: "en", glossary: Some(EN), files: &f }]);
        let lines: Vec<(usize, &str)> = found.iter().map(|d| (d.line, d.file.as_str())).collect();
        assert_eq!(lines, vec![(3, "locales/en/vault.ftl"), (4, "locales/en/vault.ftl")], "{found:#?}");
        assert!(found[0].message.contains("`vault-b` says \"protect\""), "{}", found[0]);
        assert!(found[0].fix.contains("use \"lock\""));
        assert!(found[1].message.contains("\"Keep safe\""), "{}", found[1]);
        assert!(found.iter().all(|d| !d.is_error()));
    }

    #[test]
    fn placeables_variant_keys_ids_and_allowed_messages_are_not_searched() {
        let ftl = "protect-me = { $n ->\n    [protect] one\n   *[other] { -to-do list } many\n}\nlegacy-help = Your to-do list\n";
        let f = files(ftl);
        let found = check_glossaries(&[LocaleTexts { locale: "en", glossary: Some(EN), files: &f }]);
        assert!(found.is_empty(), "{found:#?}");
    }

    #[test]
    fn words_keep_hyphens_and_apostrophes_and_match_whole_words_in_any_case() {
        let p = pattern_of("чек-лист*");
        assert_eq!(find("Ваш Чек-листы тут", &p).len(), 1);
        assert_eq!(find("чек лист", &p).len(), 0);
        assert_eq!(find("сям’я і сям'я", &pattern_of("сям’я")).len(), 1);
        assert_eq!(find("unprotected", &pattern_of("protect*")).len(), 0);
        assert_eq!(find("Zabezpiecz odpowiedzi", &pattern_of("zabezpiecz*")).len(), 1);
        // A stem must not hit the right term: that is reported at the glossary.
        let g = "[[term]]\nid = \"international-protection\"\nuse = \"міжнародний захист\"\navoid = [\"захист*\"]\n";
        let found = check_glossaries(&[LocaleTexts { locale: "uk", glossary: Some(g), files: &[] }]);
        assert!(found.iter().any(|d| d.message.contains("also matches the chosen word") && d.line == 1), "{found:#?}");
    }

    #[test]
    fn glossaries_follow_the_english_term_ids() {
        let pl = "[[term]]\nid = \"lock\"\nuse = \"zablokować\"\n\n[[term]]\nid = \"lokc\"\nuse = \"\"\n";
        let found = check_glossaries(&[
            LocaleTexts { locale: "en", glossary: Some(EN), files: &[] },
            LocaleTexts { locale: "pl", glossary: Some(pl), files: &[] },
            LocaleTexts { locale: "ru", glossary: None, files: &[] },
        ]);
        let shown: Vec<String> = found.iter().map(|d| d.to_string()).collect();
        assert!(shown.iter().any(|s| s.starts_with("locales/pl/glossary.toml:5: warning: term `lokc` is not in the English glossary")), "{shown:#?}");
        assert!(shown.iter().any(|s| s.contains("term `lokc` has no word")));
        assert!(shown.iter().any(|s| s.starts_with("locales/pl/glossary.toml: warning: term `checklist` is missing")));
        assert!(shown.iter().any(|s| s.starts_with("locales/ru/glossary.toml: warning: this language has no glossary")));
    }

    #[test]
    fn a_broken_glossary_is_one_warning_with_its_line() {
        let found = check_glossaries(&[LocaleTexts { locale: "en", glossary: Some("[[term]]\nid = \"x\"\nuse = \"y\"\nfoo = 1\n"), files: &[] }]);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].line, 4);
        assert!(found[0].message.contains("cannot be read"));
    }
}
