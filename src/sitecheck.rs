//! The whole-site check: config, content and locales in one report.
//!
//! Owns running every validator over the files an organisation hosts, so
//! the command-line check (`waymark-check`) and the `#/org` check screen in
//! the browser give exactly the same findings. It reads nothing itself: the
//! caller passes the file texts in (from disk or fetched from the site).

use crate::diagnostic::{Diagnostic, Severity};
use crate::i18n::{check_locales, LocaleCatalog, SHIPPED};

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
}

/// Every finding, errors first, then by file and line.
pub fn check_site(files: &SiteFiles) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    match &files.config {
        Some(text) => out.extend(crate::config::parse_org_config(text, &SHIPPED).diagnostics),
        None => out.push(missing(CONFIG_FILE)),
    }
    out.extend(check_locales(&files.locales));
    let catalog = LocaleCatalog::from_sources(&files.locales);
    match &files.checklist {
        Some(text) => out.extend(crate::checklist::validate(text, &catalog)),
        None => out.push(missing(CHECKLIST_FILE)),
    }
    match &files.intake {
        Some(text) => out.extend(crate::intake::check_definition(text, &catalog)),
        None => out.push(missing(INTAKE_FILE)),
    }
    out.sort_by(|a, b| {
        (b.severity == Severity::Error)
            .cmp(&(a.severity == Severity::Error))
            .then_with(|| a.file.cmp(&b.file))
            .then_with(|| a.line.cmp(&b.line))
    });
    out
}

fn missing(file: &str) -> Diagnostic {
    Diagnostic::error(file, 0, "the file is missing or cannot be read", format!("put `{file}` on the site (copy it from the Waymark release)"))
}

#[cfg(test)]
mod tests {
    use super::*;
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
        }
    }

    #[test]
    fn the_shipped_site_has_no_errors() {
        let errors: Vec<String> = check_site(&shipped()).iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
        assert!(errors.is_empty(), "{errors:#?}");
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
