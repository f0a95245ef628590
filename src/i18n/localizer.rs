//! The localizer: formats Fluent messages for the active locale.
//!
//! Owns the Fluent bundles of one active locale plus English, the fallback
//! rules (a message missing in the active locale falls back to English for
//! that message only; missing everywhere gives a neutral "…"), the
//! pseudo-locale transforms, and the list of misses that development builds
//! log.
//!
//! Must never: return a message id or an empty string to the UI, panic on a
//! broken `.ftl` file (the good messages of a file with errors still load),
//! read files or the browser (the shell passes the file texts in).
//!
//! Unicode isolation marks (FSI/PDI around placeables) are OFF for
//! left-to-right locales: our placeables are numbers, dates and names
//! inside same-direction text, and the marks would leak into copied text,
//! `.ics`/CSV exports and test assertions. They are ON whenever the locale's
//! direction is right-to-left (including the `ar-XB` pseudo-locale), where a
//! left-to-right placeable (a number, a Latin name) inside RTL text would
//! otherwise be reordered with its neighbours.

use std::collections::BTreeSet;
use std::sync::Mutex;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::locales::{Direction, LocaleInfo, Pseudo, REFERENCE};
use super::pseudo;

/// Shown when a message exists nowhere (never an id, never empty).
pub const PLACEHOLDER: &str = "…";

/// The first of the private-use characters that stand for variables while a
/// message is split around them ([`Localizer::format_pieces`]): no
/// translation, pseudo-locale transform or value contains them.
const SLOT_BASE: u32 = 0xE000;

/// One piece of a message split around some of its variables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Text of the message (other variables already filled in).
    Text(String),
    /// The place of the variable with this index in the list asked for.
    Slot(usize),
}

/// At most this many distinct misses are remembered (a broken page
/// re-rendering in a loop must not grow memory without bound).
const MAX_MISSES: usize = 500;

/// Why a lookup did not go as planned.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MissKind {
    /// Missing in the active locale; the English text was shown.
    FellBackToEnglish,
    /// Missing in the active locale and in English; `…` was shown.
    NotFound,
    /// Found, but formatting reported errors (e.g. a variable that was not
    /// passed); the text was shown as well as Fluent could.
    FormatErrors,
}

/// One recorded miss, for development logging.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Miss {
    pub locale: String,
    /// Message id, with `.attribute` when an attribute was asked for.
    pub id: String,
    pub kind: MissKind,
}

/// A problem met while loading the `.ftl` texts (the rest still loaded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadProblem {
    /// A file had Fluent syntax errors; its good messages were kept.
    Syntax {
        locale: String,
        file: String,
        line: usize,
    },
    /// A message id was defined twice; the first definition is used.
    Duplicate {
        locale: String,
        file: String,
        id: String,
    },
}

/// Formats messages for one locale with English fallback.
///
/// `Send + Sync` (it uses the concurrent Fluent bundle), so it can live in a
/// Leptos context or signal.
pub struct Localizer {
    info: LocaleInfo,
    active: Option<FluentBundle<FluentResource>>,
    english: FluentBundle<FluentResource>,
    load_problems: Vec<LoadProblem>,
    misses: Mutex<BTreeSet<Miss>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("info", &self.info)
            .field("load_problems", &self.load_problems)
            .finish()
    }
}

impl Localizer {
    /// Build a localizer for `locale` (a shipped code, any other code, or a
    /// pseudo-locale code such as `en-XA`).
    ///
    /// `sources` are the `(file name, text)` pairs of
    /// `LocaleInfo::for_code(locale).source_locale()` (English for the
    /// pseudo-locales); `english` are English's. For English (and the
    /// pseudo-locales) `sources` may be empty: `english` is used.
    pub fn new(
        locale: &str,
        sources: &[(String, String)],
        english: &[(String, String)],
    ) -> Localizer {
        let info = LocaleInfo::for_code(locale);
        let mut load_problems = Vec::new();
        let isolating = info.direction == Direction::Rtl;
        let en_id: LanguageIdentifier = REFERENCE.parse().unwrap_or_default();

        let mut english_bundle = FluentBundle::new_concurrent(vec![en_id]);
        english_bundle.set_use_isolating(isolating);
        match info.pseudo {
            Some(Pseudo::Accented) => english_bundle.set_transform(Some(pseudo::accented)),
            Some(Pseudo::Bidi) => english_bundle.set_transform(Some(pseudo::bidi)),
            None => {}
        }
        add_all(&mut english_bundle, REFERENCE, english, &mut load_problems);

        let active = if info.source_locale() == REFERENCE {
            None
        } else {
            // Plural rules follow the bundle's locale (see
            // `plural_rules_locale` for the Belarusian workaround); a
            // malformed code gets English rules rather than failing.
            let id = super::locales::plural_rules_locale(locale);
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            bundle.set_use_isolating(isolating);
            add_all(&mut bundle, locale, sources, &mut load_problems);
            Some(bundle)
        };

        Localizer {
            info,
            active,
            english: english_bundle,
            load_problems,
            misses: Mutex::new(BTreeSet::new()),
        }
    }

    /// The active locale (code, autonym, direction).
    pub fn info(&self) -> &LocaleInfo {
        &self.info
    }

    /// Format message `id` (its value) with optional arguments.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        self.lookup(id, None, args)
    }

    /// Format a message without arguments (shorthand for `format(id, None)`).
    pub fn t(&self, id: &str) -> String {
        self.lookup(id, None, None)
    }

    /// Format attribute `attr` of message `id` (e.g. `nav-exit.title`).
    pub fn attribute(&self, id: &str, attr: &str, args: Option<&FluentArgs>) -> String {
        self.lookup(id, Some(attr), args)
    }

    /// Format a message whose only argument is the number `$count`.
    pub fn format_count(&self, id: &str, count: i64) -> String {
        let args = count_args(count);
        self.lookup(id, None, Some(&args))
    }

    /// Format message `id` split around the variables `vars`, so the UI can
    /// wrap their values in markup (`lang=`, `dir=`, `<code>`) while the
    /// whole sentence, its words and their order, still comes from one
    /// message. Other arguments are formatted as usual. When the
    /// translation does not use each of `vars` exactly once, the result is
    /// the whole text with the real values as one [`Piece::Text`].
    pub fn format_pieces(&self, id: &str, args: &FluentArgs, vars: &[&str]) -> Vec<Piece> {
        let marker = |i: usize| char::from_u32(SLOT_BASE + i as u32).unwrap_or('\u{E000}');
        let mut marked = FluentArgs::new();
        for (k, v) in args.iter() {
            if !vars.contains(&k) {
                marked.set(k.to_string(), v.clone());
            }
        }
        for (i, var) in vars.iter().enumerate() {
            marked.set(var.to_string(), marker(i).to_string());
        }
        let text = self.lookup(id, None, Some(&marked));
        let each_once = vars.len() < 256 && (0..vars.len()).all(|i| text.matches(marker(i)).count() == 1);
        if !each_once {
            return vec![Piece::Text(self.lookup(id, None, Some(args)))];
        }
        let mut pieces = Vec::new();
        let mut current = String::new();
        for c in text.chars() {
            match (c as u32).checked_sub(SLOT_BASE).map(|i| i as usize).filter(|i| *i < vars.len()) {
                Some(i) => {
                    if !current.is_empty() {
                        pieces.push(Piece::Text(std::mem::take(&mut current)));
                    }
                    pieces.push(Piece::Slot(i));
                }
                None => current.push(c),
            }
        }
        if !current.is_empty() {
            pieces.push(Piece::Text(current));
        }
        pieces
    }

    /// Whether the active locale or English defines `id`.
    pub fn has(&self, id: &str) -> bool {
        self.active.as_ref().is_some_and(|b| b.has_message(id)) || self.english.has_message(id)
    }

    /// Problems met while loading the files.
    pub fn load_problems(&self) -> &[LoadProblem] {
        &self.load_problems
    }

    /// Distinct misses so far (sorted), for development logging.
    pub fn misses(&self) -> Vec<Miss> {
        match self.misses.lock() {
            Ok(m) => m.iter().cloned().collect(),
            Err(poisoned) => poisoned.into_inner().iter().cloned().collect(),
        }
    }

    /// Return and forget the misses recorded so far.
    pub fn take_misses(&self) -> Vec<Miss> {
        let mut guard = match self.misses.lock() {
            Ok(m) => m,
            Err(poisoned) => poisoned.into_inner(),
        };
        std::mem::take(&mut *guard).into_iter().collect()
    }

    fn record(&self, id: &str, attr: Option<&str>, kind: MissKind) {
        let id = match attr {
            Some(a) => format!("{id}.{a}"),
            None => id.to_string(),
        };
        let miss = Miss {
            locale: self.info.code.clone(),
            id,
            kind,
        };
        let mut guard = match self.misses.lock() {
            Ok(m) => m,
            Err(poisoned) => poisoned.into_inner(),
        };
        if guard.len() < MAX_MISSES {
            guard.insert(miss);
        }
    }

    fn lookup(&self, id: &str, attr: Option<&str>, args: Option<&FluentArgs>) -> String {
        if let Some(active) = &self.active {
            if let Some(text) = self.try_bundle(active, id, attr, args) {
                return text;
            }
            if let Some(text) = self.try_bundle(&self.english, id, attr, args) {
                self.record(id, attr, MissKind::FellBackToEnglish);
                return text;
            }
        } else if let Some(text) = self.try_bundle(&self.english, id, attr, args) {
            return text;
        }
        self.record(id, attr, MissKind::NotFound);
        PLACEHOLDER.to_string()
    }

    fn try_bundle(
        &self,
        bundle: &FluentBundle<FluentResource>,
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<String> {
        let message = bundle.get_message(id)?;
        let pattern = match attr {
            Some(a) => message.get_attribute(a)?.value(),
            None => message.value()?,
        };
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        if !errors.is_empty() {
            self.record(id, attr, MissKind::FormatErrors);
        }
        if text.trim().is_empty() {
            None
        } else {
            Some(text)
        }
    }
}

/// Arguments `{ $count }` as a Fluent number (so plurals are chosen).
pub fn count_args(count: i64) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("count", FluentValue::from(count));
    args
}

fn add_all(
    bundle: &mut FluentBundle<FluentResource>,
    locale: &str,
    sources: &[(String, String)],
    problems: &mut Vec<LoadProblem>,
) {
    for (file, text) in sources {
        let resource = match FluentResource::try_new(text.clone()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    let line = crate::diagnostic::line_of(
                        text,
                        e.slice.as_ref().map_or(e.pos.start, |s| s.start),
                    );
                    problems.push(LoadProblem::Syntax {
                        locale: locale.to_string(),
                        file: file.clone(),
                        line,
                    });
                }
                r
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            for e in errors {
                if let fluent_bundle::FluentError::Overriding { id, .. } = e {
                    problems.push(LoadProblem::Duplicate {
                        locale: locale.to_string(),
                        file: file.clone(),
                        id,
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(files: &[(&str, &str)]) -> Vec<(String, String)> {
        files
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    const EN: &str = "# c\nhello = Hello, { $name }!\n# c\nonly-en = Only English\n# c\nsteps = { $count ->\n    [one] { $count } step\n   *[other] { $count } steps\n}\n# c\nexit = Leave\n    .title = Press Shift three times\n";
    const RU: &str = "hello = Привет, { $name }!\nsteps = { $count ->\n    [one] { $count } шаг\n    [few] { $count } шага\n    [many] { $count } шагов\n   *[other] { $count } шага\n}\nexit = Уйти\n";

    fn ru() -> Localizer {
        Localizer::new("ru", &src(&[("app.ftl", RU)]), &src(&[("app.ftl", EN)]))
    }

    #[test]
    fn formats_with_arguments_and_no_isolation_marks() {
        let l = ru();
        let mut args = FluentArgs::new();
        args.set("name", "Аня");
        assert_eq!(l.format("hello", Some(&args)), "Привет, Аня!");
        assert!(l.misses().is_empty());
    }

    #[test]
    fn plurals_follow_the_locale() {
        let l = ru();
        let got: Vec<String> = [1, 2, 5, 21, 22, 25]
            .iter()
            .map(|n| l.format_count("steps", *n))
            .collect();
        assert_eq!(
            got,
            [
                "1 шаг",
                "2 шага",
                "5 шагов",
                "21 шаг",
                "22 шага",
                "25 шагов"
            ]
        );
    }

    #[test]
    fn missing_message_falls_back_to_english_for_that_message_only() {
        let l = ru();
        assert_eq!(l.t("only-en"), "Only English");
        assert_eq!(l.t("exit"), "Уйти");
        // The attribute is missing in Russian: English attribute, recorded.
        assert_eq!(
            l.attribute("exit", "title", None),
            "Press Shift three times"
        );
        let misses = l.take_misses();
        assert_eq!(misses.len(), 2);
        assert!(misses.iter().all(|m| m.kind == MissKind::FellBackToEnglish));
        assert!(misses.iter().any(|m| m.id == "exit.title"));
        assert!(l.misses().is_empty());
    }

    #[test]
    fn never_returns_an_id_or_empty_text() {
        let l = ru();
        assert_eq!(l.t("no-such-message"), PLACEHOLDER);
        assert_eq!(l.attribute("hello", "nope", None), PLACEHOLDER);
        assert_eq!(
            l.misses(),
            vec![
                Miss {
                    locale: "ru".into(),
                    id: "hello.nope".into(),
                    kind: MissKind::NotFound
                },
                Miss {
                    locale: "ru".into(),
                    id: "no-such-message".into(),
                    kind: MissKind::NotFound
                },
            ]
        );
        // Repeated misses are not duplicated.
        l.t("no-such-message");
        assert_eq!(l.misses().len(), 2);
    }

    #[test]
    fn missing_argument_is_recorded_but_text_shown() {
        let l = ru();
        let out = l.t("hello");
        assert!(out.starts_with("Привет"));
        assert_eq!(l.misses()[0].kind, MissKind::FormatErrors);
    }

    #[test]
    fn a_syntax_error_keeps_the_good_messages_of_the_file() {
        let broken = "good-one = Fine\nbad = { oops\ngood-two = Also fine\n";
        let l = Localizer::new("pl", &src(&[("app.ftl", broken)]), &src(&[("app.ftl", EN)]));
        assert_eq!(l.t("good-one"), "Fine");
        assert_eq!(l.t("good-two"), "Also fine");
        assert!(matches!(
            l.load_problems(),
            [LoadProblem::Syntax { line: 2, .. }]
        ));
        assert_eq!(l.t("bad"), PLACEHOLDER);
    }

    #[test]
    fn duplicate_ids_are_reported() {
        let l = Localizer::new(
            "en",
            &[],
            &src(&[("a.ftl", "x = 1\n"), ("b.ftl", "x = 2\n")]),
        );
        assert_eq!(l.t("x"), "1");
        assert!(matches!(&l.load_problems()[0], LoadProblem::Duplicate { id, .. } if id == "x"));
    }

    #[test]
    fn pseudo_locales_transform_text_but_not_placeables() {
        let en = src(&[("app.ftl", EN)]);
        let acc = Localizer::new("en-XA", &[], &en);
        let mut args = FluentArgs::new();
        args.set("name", "Anna");
        let out = acc.format("hello", Some(&args));
        assert!(out.contains("Anna"), "{out}");
        assert!(out.starts_with("Ħḗḗŀŀǿǿ"), "{out}");
        assert!(acc.format_count("steps", 21).starts_with("21 "));

        let bidi = Localizer::new("ar-XB", &[], &en);
        assert_eq!(bidi.info().direction, Direction::Rtl);
        let out = bidi.format("hello", Some(&args));
        assert!(out.starts_with("\u{202E}Hello, \u{202C}"), "{out:?}");
        // Isolation marks around the placeable in RTL.
        assert!(out.contains("\u{2068}Anna\u{2069}"), "{out:?}");
    }

    #[test]
    fn localizer_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Localizer>();
    }

    fn shipped(locale: &str) -> Vec<(String, String)> {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(locale)
            .join("app.ftl");
        vec![("app.ftl".to_string(), std::fs::read_to_string(p).unwrap())]
    }

    fn shipped_localizer(locale: &str) -> Localizer {
        Localizer::new(locale, &shipped(locale), &shipped("en"))
    }

    #[test]
    fn shipped_step_counts_have_correct_plurals() {
        let expect: [(&str, [&str; 6]); 5] = [
            (
                "en",
                [
                    "1 step", "2 steps", "5 steps", "21 steps", "22 steps", "25 steps",
                ],
            ),
            (
                "pl",
                [
                    "1 krok",
                    "2 kroki",
                    "5 kroków",
                    "21 kroków",
                    "22 kroki",
                    "25 kroków",
                ],
            ),
            (
                "ru",
                [
                    "1 шаг",
                    "2 шага",
                    "5 шагов",
                    "21 шаг",
                    "22 шага",
                    "25 шагов",
                ],
            ),
            (
                "be",
                [
                    "1 крок",
                    "2 крокі",
                    "5 крокаў",
                    "21 крок",
                    "22 крокі",
                    "25 крокаў",
                ],
            ),
            (
                "uk",
                [
                    "1 крок",
                    "2 кроки",
                    "5 кроків",
                    "21 крок",
                    "22 кроки",
                    "25 кроків",
                ],
            ),
        ];
        for (locale, want) in expect {
            let l = shipped_localizer(locale);
            let got: Vec<String> = [1, 2, 5, 21, 22, 25]
                .iter()
                .map(|n| l.format_count("app-steps-count", *n))
                .collect();
            assert_eq!(got, want, "{locale}");
            assert!(l.misses().is_empty(), "{locale}: {:?}", l.misses());
            assert!(
                l.load_problems().is_empty(),
                "{locale}: {:?}",
                l.load_problems()
            );
        }
    }

    #[test]
    fn shipped_messages_are_all_translated() {
        for locale in ["pl", "ru", "be", "uk"] {
            let l = shipped_localizer(locale);
            for id in [
                "app-name",
                "nav-quick-exit",
                "config-problem",
                "app-limits-safari",
                "lang-switcher-label",
            ] {
                assert_ne!(l.t(id), PLACEHOLDER);
            }
            assert_ne!(l.attribute("nav-quick-exit", "title", None), PLACEHOLDER);
            assert!(l.misses().is_empty(), "{locale}: {:?}", l.misses());
        }
    }

    proptest::proptest! {
        #[test]
        fn never_empty_never_the_id_never_panics(text in "(?s).{0,200}", id in "[a-z][a-z-]{0,12}") {
            let en = src(&[("app.ftl", EN)]);
            let l = Localizer::new("be", &[("app.ftl".to_string(), text)], &en);
            let out = l.t(&id);
            proptest::prop_assert!(!out.trim().is_empty());
            proptest::prop_assert!(out != id || l.has(&id));
            let _ = l.format_count(&id, 3);
            let _ = l.attribute(&id, "title", None);
        }
    }
}
