//! Diagnostics: the one shape every validator in the core reports mistakes in.
//!
//! Owns [`Diagnostic`] (file, line, what is wrong, how to fix it) and the
//! [`KnownMessages`] view of the locale files that content validators check
//! message ids against. It never formats for a particular audience: the
//! command-line check prints diagnostics as `file:line: message (fix: …)`, and
//! the `#/org` check area renders the same values in the browser.

use std::fmt;

/// How bad a finding is. Errors make the check fail; warnings are advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Warning,
    Error,
}

/// One finding of a validator, pointing at a place in a data file.
///
/// Messages are written in plain English for organisations and translators;
/// they name the file, the line (1-based, 0 when the whole file is meant),
/// what is wrong and the fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Path as the organisation sees it on the site, e.g. `config/org.toml`
    /// or `locales/pl/app.ftl`.
    pub file: String,
    /// 1-based line; 0 when the finding concerns the whole file.
    pub line: usize,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub fix: String,
}

/// Whether this build keeps the wording of findings. The newcomer's wasm
/// never shows it (a broken file gets a calm localized notice there; the
/// organisation area and `waymark-check` show the details), so the newcomer
/// build sets the feature `quiet-diagnostics` (index.html): the findings'
/// texts are not built there (1.6 KB brotli less in every newcomer's first
/// visit, measured with scripts/size-profile.sh on 2026-12-05).
/// Severity, file and line are kept: they decide whether a file is usable.
pub const WORDED: bool = !cfg!(feature = "quiet-diagnostics");

impl Diagnostic {
    pub fn error(file: impl Into<String>, line: usize, message: impl Into<String>, fix: impl Into<String>) -> Self {
        Self::new(Severity::Error, file.into(), line, message, fix)
    }

    pub fn warning(file: impl Into<String>, line: usize, message: impl Into<String>, fix: impl Into<String>) -> Self {
        Self::new(Severity::Warning, file.into(), line, message, fix)
    }

    fn new(severity: Severity, file: String, line: usize, message: impl Into<String>, fix: impl Into<String>) -> Self {
        let (message, fix) = if WORDED { (message.into(), fix.into()) } else { (String::new(), String::new()) };
        Self { severity, file, line, message, fix }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        if self.line > 0 {
            write!(f, "{}:{}: {kind}: {}", self.file, self.line, self.message)?;
        } else {
            write!(f, "{}: {kind}: {}", self.file, self.message)?;
        }
        if !self.fix.is_empty() {
            write!(f, " (fix: {})", self.fix)?;
        }
        Ok(())
    }
}

/// 1-based line number of a byte offset in `text` (offsets past the end give
/// the last line). Validators use it to turn parser spans into lines.
pub fn line_of(text: &str, byte_offset: usize) -> usize {
    let end = byte_offset.min(text.len());
    text.as_bytes()[..end].iter().filter(|b| **b == b'\n').count() + 1
}

/// The message ids each shipped locale defines, so content validators can
/// report "message `x` is missing in `be`" without knowing about Fluent.
pub trait KnownMessages {
    /// Locales to check, reference (English) first.
    fn locales(&self) -> Vec<String>;
    /// Whether `locale` defines message `id` (attributes as `id.attr`).
    fn has(&self, locale: &str, id: &str) -> bool;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_of_counts_newlines_before_the_offset() {
        let text = "a\nbb\nccc";
        assert_eq!(line_of(text, 0), 1);
        assert_eq!(line_of(text, 2), 2);
        assert_eq!(line_of(text, 5), 3);
        assert_eq!(line_of(text, 999), 3);
    }

    #[test]
    fn a_quiet_build_keeps_what_decides_and_drops_only_the_wording() {
        let d = Diagnostic::warning("content/checklist.toml", 7, format!("step `{}` has no text", "pesel"), "add text");
        assert_eq!((d.severity, d.file.as_str(), d.line), (Severity::Warning, "content/checklist.toml", 7));
        assert_eq!(d.message.is_empty(), !WORDED);
        assert_eq!(d.fix.is_empty(), !WORDED);
    }

    #[test]
    fn display_names_file_line_and_fix() {
        let d = Diagnostic::error("config/org.toml", 4, "`name` is empty", "write the organisation's name");
        assert_eq!(d.to_string(), "config/org.toml:4: error: `name` is empty (fix: write the organisation's name)");
    }
}
