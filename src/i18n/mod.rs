//! Localization core: locales, negotiation, message formatting, dates and
//! the locale checker.
//!
//! Owns everything about turning message ids into text in the newcomer's
//! language: the locale registry (`locales`), the Fluent localizer with
//! English fallback (`localizer`), pseudo-locales (`pseudo`), dates
//! (`dates`) and the translators' checker (`check`).
//!
//! Must never touch the browser or the file system: the shell fetches
//! `locales/<lang>/*.ftl` and passes `(file name, text)` pairs in; callers
//! pass "today" in. Never returns a message id or empty text to the UI.

pub mod check;
pub mod dates;
pub mod glossary;
pub mod locales;
pub mod localizer;
pub mod pseudo;
#[cfg(test)]
mod sentence_tests;

#[cfg(test)]
pub use check::check_locales;
pub use check::{check_parsed_locales, plural_categories, LocaleCatalog, ParsedLocale};
pub use dates::{days_between, format_date, format_date_short};
pub use fluent_bundle::{FluentArgs, FluentValue};
pub use locales::{
    active_locale, direction_of, negotiate, plural_rules_locale, shipped, Direction, LocaleInfo,
    Pseudo, REFERENCE, SHIPPED,
};
pub use localizer::{count_args, LoadProblem, Localizer, Miss, MissKind, Piece, PLACEHOLDER};

/// Every `.ftl` file a shipped locale has (see the common brief); the shell
/// fetches these for the active locale and for English.
pub const FILES: [&str; 8] = [
    "app.ftl",
    "vault.ftl",
    "checklist.ftl",
    "checklist-content.ftl",
    "intake.ftl",
    "intake-content.ftl",
    "export.ftl",
    "desk.ftl",
];

/// Files of [`FILES`] only the organisation area (`org.html`) loads: the
/// newcomer app never fetches them (its first visit stays small). They are
/// the last entries of [`FILES`] (checked by a test).
pub const ORG_ONLY_FILES: [&str; 1] = ["desk.ftl"];

#[cfg(test)]
mod org_only_files_tests {
    #[test]
    fn org_only_files_are_the_last_of_files() {
        assert_eq!(&super::FILES[super::FILES.len() - super::ORG_ONLY_FILES.len()..], &super::ORG_ONLY_FILES[..]);
    }

    /// The start-up preloads (scripts/post-build.mjs) leave out the same
    /// files: a preload the service worker does not keep fails offline.
    #[test]
    fn the_preload_script_leaves_out_the_same_org_only_files() {
        let script = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/post-build.mjs")).unwrap_or_default();
        let list = super::ORG_ONLY_FILES.iter().map(|f| format!("'{f}'")).collect::<Vec<_>>().join(", ");
        assert!(script.contains(&format!("const ORG_ONLY = [{list}];")), "scripts/post-build.mjs must list {list}");
    }
}
