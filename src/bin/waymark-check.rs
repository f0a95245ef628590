//! `waymark-check [DIR]`: checks an organisation's config, the content files
//! and every locale, and prints each finding as `file:line: … (fix: …)`.
//!
//! DIR is the repository (files under `public/` and `locales/`) or a built
//! site (`config/`, `content/`, `locales/` side by side); default `.`.
//! Exits 1 when there is any error, 2 when DIR cannot be read.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use waymark::i18n::glossary::GLOSSARY_FILE;
use waymark::i18n::{FILES, SHIPPED};
use waymark::sitecheck::{check_site, SiteFiles, CHECKLIST_FILE, CONFIG_FILE, INTAKE_FILE};

fn main() -> ExitCode {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| ".".into()));
    if !dir.is_dir() {
        eprintln!("waymark-check: {} is not a folder", dir.display());
        return ExitCode::from(2);
    }
    // In the repository the served files live under public/.
    let site_root = if dir.join("public").join(CONFIG_FILE).exists() { dir.join("public") } else { dir.clone() };
    let read = |root: &Path, rel: &str| std::fs::read_to_string(root.join(rel)).ok();
    let locales = SHIPPED
        .iter()
        .map(|lang| {
            let files = FILES
                .iter()
                .filter_map(|f| read(&dir, &format!("locales/{lang}/{f}")).map(|t| (f.to_string(), t)))
                .collect();
            (lang.to_string(), files)
        })
        .collect();
    let files = SiteFiles {
        config: read(&site_root, CONFIG_FILE),
        checklist: read(&site_root, CHECKLIST_FILE),
        intake: read(&site_root, INTAKE_FILE),
        locales,
        glossaries: SHIPPED
            .iter()
            .filter_map(|lang| read(&dir, &format!("locales/{lang}/{GLOSSARY_FILE}")).map(|t| (lang.to_string(), t)))
            .collect(),
    };
    let findings = check_site(&files);
    let errors = findings.iter().filter(|d| d.is_error()).count();
    for d in &findings {
        println!("{d}");
    }
    println!("waymark-check: {errors} error(s), {} warning(s)", findings.len() - errors);
    if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
