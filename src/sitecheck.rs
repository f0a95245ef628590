//! The whole-site check: config, content and locales in one report.
//!
//! Owns running every validator over the files an organisation hosts, so
//! the command-line check (`waymark-check`) and the `#/org` check screen in
//! the browser give exactly the same findings. It reads nothing itself: the
//! caller passes the file texts in (from disk or fetched from the site).

use crate::diagnostic::{Diagnostic, Severity};
use crate::i18n::glossary::{check_glossaries, LocaleTexts};
use crate::i18n::{check_parsed_locales, LocaleCatalog, ParsedLocale, SHIPPED};

/// Site path of the checklist definition.
pub const CHECKLIST_FILE: &str = "content/checklist.toml";
/// Site path of the intake form definition.
pub const INTAKE_FILE: &str = "content/intake.toml";
/// Site path of the organisation's config.
pub const CONFIG_FILE: &str = "config/org.toml";

/// The texts of the files to check; `None` means the file could not be read.
#[derive(Debug, Clone, Default)]
pub struct SiteFiles {
    pub config: Option<String>,
    pub checklist: Option<String>,
    pub intake: Option<String>,
    /// `(locale, [(file name, text)])`, English first.
    pub locales: Vec<(String, Vec<(String, String)>)>,
    /// `(locale, text of locales/<locale>/glossary.toml)` for each language that has one.
    pub glossaries: Vec<(String, String)>,
}

impl SiteFiles {
    /// Each language's texts with its glossary, as the glossary check reads them.
    fn glossary_inputs(&self) -> Vec<LocaleTexts<'_>> {
        self.locales
            .iter()
            .map(|(locale, texts)| LocaleTexts {
                locale,
                glossary: self.glossaries.iter().find(|(l, _)| l == locale).map(|(_, t)| t.as_str()),
                files: texts,
            })
            .collect()
    }
}

/// Every finding, errors first, then by file and line.
pub fn check_site(files: &SiteFiles) -> Vec<Diagnostic> {
    let mut check = SiteCheck::new(files);
    while check.step() {}
    check.finish()
}

/// [`check_site`] in small steps (one language, one file each), so a page
/// can give the browser its turn in between instead of freezing on a phone
/// while some forty files are read. Each language is parsed once, for the
/// locale checks and for the content checks' catalog.
pub struct SiteCheck<'a> {
    files: &'a SiteFiles,
    stage: Stage,
    parsed: Vec<ParsedLocale>,
    catalog: LocaleCatalog,
    out: Vec<Diagnostic>,
}

/// What [`SiteCheck::step`] does next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Config,
    /// Parse the n-th language.
    Locale(usize),
    Compare,
    Glossary,
    Checklist,
    Intake,
    Done,
}

impl<'a> SiteCheck<'a> {
    pub fn new(files: &'a SiteFiles) -> SiteCheck<'a> {
        SiteCheck { files, stage: Stage::Config, parsed: Vec::new(), catalog: LocaleCatalog::default(), out: Vec::new() }
    }

    /// Does the next step; `false` once there is nothing left to do.
    pub fn step(&mut self) -> bool {
        let files = self.files;
        self.stage = match self.stage {
            Stage::Config => {
                match &files.config {
                    Some(text) => self.out.extend(crate::config::parse_org_config(text, &SHIPPED).diagnostics),
                    None => self.out.push(missing(CONFIG_FILE)),
                }
                Stage::Locale(0)
            }
            Stage::Locale(n) => match files.locales.get(n) {
                Some((locale, texts)) => {
                    self.parsed.push(ParsedLocale::parse(locale, texts));
                    Stage::Locale(n + 1)
                }
                None => Stage::Compare,
            },
            Stage::Compare => {
                self.out.extend(check_parsed_locales(&self.parsed));
                self.catalog = LocaleCatalog::from_parsed(&self.parsed);
                self.parsed.clear();
                Stage::Glossary
            }
            Stage::Glossary => {
                self.out.extend(check_glossaries(&files.glossary_inputs()));
                Stage::Checklist
            }
            Stage::Checklist => {
                match &files.checklist {
                    Some(text) => self.out.extend(crate::checklist::validate(text, &self.catalog)),
                    None => self.out.push(missing(CHECKLIST_FILE)),
                }
                Stage::Intake
            }
            Stage::Intake => {
                match &files.intake {
                    Some(text) => self.out.extend(crate::intake::check_definition(text, &self.catalog)),
                    None => self.out.push(missing(INTAKE_FILE)),
                }
                Stage::Done
            }
            Stage::Done => Stage::Done,
        };
        self.stage != Stage::Done
    }

    /// The findings, errors first, then by file and line (the steps not
    /// yet done are done first).
    pub fn finish(mut self) -> Vec<Diagnostic> {
        while self.step() {}
        let mut out = self.out;
        out.sort_by(|a, b| {
            (b.severity == Severity::Error)
                .cmp(&(a.severity == Severity::Error))
                .then_with(|| a.file.cmp(&b.file))
                .then_with(|| a.line.cmp(&b.line))
        });
        out
    }
}

fn missing(file: &str) -> Diagnostic {
    Diagnostic::error(file, 0, "the file is missing or cannot be read", format!("put `{file}` on the site (copy it from the Waymark release)"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::glossary::GLOSSARY_FILE;
    use std::path::Path;

    fn shipped() -> SiteFiles {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let read = |p: &str| std::fs::read_to_string(root.join(p)).ok();
        let locales = SHIPPED
            .iter()
            .map(|l| {
                let files = crate::i18n::FILES
                    .iter()
                    .filter_map(|f| read(&format!("locales/{l}/{f}")).map(|t| (f.to_string(), t)))
                    .collect();
                (l.to_string(), files)
            })
            .collect();
        SiteFiles {
            config: read("public/config/org.toml"),
            checklist: read("public/content/checklist.toml"),
            intake: read("public/content/intake.toml"),
            locales,
            glossaries: SHIPPED
                .iter()
                .filter_map(|l| read(&format!("locales/{l}/{GLOSSARY_FILE}")).map(|t| (l.to_string(), t)))
                .collect(),
        }
    }

    #[test]
    fn the_shipped_site_has_no_errors() {
        let errors: Vec<String> = check_site(&shipped()).iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }

    #[test]
    fn the_check_in_steps_finds_the_same_as_the_old_check_in_one_go() {
        let mut files = shipped();
        files.config = Some("name = \n".into());
        files.intake = None;
        let mut check = SiteCheck::new(&files);
        let mut steps = 1;
        while check.step() {
            steps += 1;
        }
        // Config, one per language, the end of the languages, compare, glossary, checklist, intake.
        assert_eq!(steps, 1 + files.locales.len() + 1 + 1 + 1 + 2);
        let stepped = check.finish();
        // The check as it was before it was split: every language parsed twice.
        let mut whole = crate::config::parse_org_config(files.config.as_deref().unwrap(), &SHIPPED).diagnostics;
        whole.extend(crate::i18n::check_locales(&files.locales));
        whole.extend(check_glossaries(&files.glossary_inputs()));
        let catalog = LocaleCatalog::from_sources(&files.locales);
        whole.extend(crate::checklist::validate(files.checklist.as_deref().unwrap(), &catalog));
        whole.push(missing(INTAKE_FILE));
        let key = |d: &Diagnostic| d.to_string();
        let mut a: Vec<String> = stepped.iter().map(key).collect();
        let mut b: Vec<String> = whole.iter().map(key).collect();
        a.sort();
        b.sort();
        assert_eq!(a, b);
        assert!(!stepped.is_empty());
    }

    #[test]
    fn missing_files_and_a_broken_config_are_reported_with_their_paths() {
        let mut files = shipped();
        files.checklist = None;
        files.config = Some("name = \n".into());
        let found = check_site(&files);
        assert!(found.iter().any(|d| d.file == CHECKLIST_FILE && d.is_error()));
        assert!(found.iter().any(|d| d.file == CONFIG_FILE && d.line == 1 && d.is_error()));
        // Errors come first.
        let first_warning = found.iter().position(|d| !d.is_error()).unwrap_or(found.len());
        assert!(found[first_warning..].iter().all(|d| !d.is_error()));
    }

    #[test]
    fn a_message_removed_from_one_locale_is_found_in_content_and_locale_checks() {
        let mut files = shipped();
        let (_, be) = files.locales.iter_mut().find(|(l, _)| l == "be").unwrap();
        let (_, text) = be.iter_mut().find(|(f, _)| f == "checklist-content.ftl").unwrap();
        let start = text.find("checklist-step-pesel-title").unwrap();
        text.replace_range(start..start + "checklist-step-pesel-title".len(), "checklist-step-pesel-titel");
        let found = check_site(&files);
        assert!(found.iter().any(|d| d.is_error() && d.file == "locales/be/checklist-content.ftl"), "{found:#?}");
        assert!(found.iter().any(|d| d.is_error() && d.file == CHECKLIST_FILE), "{found:#?}");
    }
}
