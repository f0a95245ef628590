//! The Leptos side of localization: the active [`Localizer`] in a context.
//!
//! Owns loading the active locale's `.ftl` files (plus English for fallback),
//! switching language without touching anything else on screen, and keeping
//! `<html lang dir>` in sync. Formatting, fallback and negotiation are the
//! core's (`crate::i18n`); this module only fetches and holds.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{negotiate, FluentArgs, LocaleInfo, Localizer, Piece, Pseudo, FILES, ORG_ONLY_FILES, REFERENCE};
use crate::shell::{net, page, prefs};

/// Handle to the active locale; `Copy`, so closures can capture it freely.
#[derive(Clone, Copy)]
pub struct I18n {
    localizer: RwSignal<Option<Arc<Localizer>>>,
    enabled: RwSignal<Vec<String>>,
    /// Raised on every switch so a slow load cannot override a newer choice.
    generation: StoredValue<u32>,
}

pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(I18n::provide)
}

impl I18n {
    /// Creates the context (no locale yet: text shows as the placeholder
    /// until [`I18n::init`] finishes).
    pub fn provide() -> I18n {
        let i18n = I18n {
            localizer: RwSignal::new(None),
            enabled: RwSignal::new(crate::i18n::SHIPPED.iter().map(|s| s.to_string()).collect()),
            generation: StoredValue::new(0),
        };
        provide_context(i18n);
        i18n
    }

    /// Picks the first locale: a `?pseudo=` parameter, else the newcomer's
    /// remembered choice, else the browser's languages negotiated against
    /// the organisation's enabled locales.
    pub fn init(self, enabled: Vec<String>, default: String) {
        self.enabled.set(enabled.clone());
        let code = match page::query_param("pseudo").and_then(|p| Pseudo::from_param(&p)) {
            Some(pseudo) => pseudo.code().to_string(),
            None => {
                let remembered = prefs::get(prefs::LOCALE_KEY).filter(|c| enabled.contains(c));
                remembered.unwrap_or_else(|| negotiate(&page::preferred_languages(), &enabled, &default))
            }
        };
        self.load(code);
    }

    /// Switches to `code` and remembers the choice. What is on screen stays:
    /// only the text is re-rendered.
    pub fn switch_to(self, code: String) {
        prefs::set(prefs::LOCALE_KEY, &code);
        self.load(code);
    }

    fn load(self, code: String) {
        let generation = self.generation.get_value().wrapping_add(1);
        self.generation.set_value(generation);
        spawn_local(async move {
            let info = LocaleInfo::for_code(&code);
            // English (the fallback) and the chosen locale are fetched together.
            let wanted: Vec<&str> = if info.source_locale() == REFERENCE { vec![REFERENCE] } else { vec![REFERENCE, info.source_locale()] };
            let mut fetched = fetch_locales(&wanted).await.into_iter();
            let english = fetched.next().unwrap_or_default();
            let sources = fetched.next().unwrap_or_default();
            if self.generation.get_value() != generation {
                return;
            }
            let localizer = Localizer::new(&code, &sources, &english);
            // Reading the files and drawing the screen in it are two tasks,
            // not one long one, on a slow phone.
            crate::shell::clock::next_turn().await;
            if self.generation.get_value() != generation {
                return;
            }
            page::set_language(localizer.info().html_lang(), localizer.info().direction.as_html());
            self.localizer.set(Some(Arc::new(localizer)));
        });
    }

    /// Text of message `id` in the active locale (English fallback; never
    /// the id itself). Reactive: re-renders on language change.
    pub fn t(self, id: &str) -> String {
        self.format(id, None)
    }

    /// Reactive text of message `id`, for views and attributes. It is one
    /// closure type for every call site, so Leptos generates the render code
    /// once instead of once per text (an inline `move || i18n.t("…")` costs
    /// about 1 KB of wasm each).
    pub fn text(self, id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.t(id)
    }

    /// Like [`I18n::t`] with Fluent arguments (pass counts as numbers).
    pub fn t_args(self, id: &str, args: &FluentArgs) -> String {
        self.format(id, Some(args))
    }

    /// Like [`I18n::t_args`], split around the variables `vars` so their
    /// values can be wrapped in markup (see [`Localizer::format_pieces`]).
    pub fn pieces(self, id: &str, args: &FluentArgs, vars: &[&str]) -> Vec<Piece> {
        self.localizer.with(|l| match l {
            Some(l) => {
                let pieces = l.format_pieces(id, args, vars);
                #[cfg(debug_assertions)]
                for miss in l.take_misses() {
                    leptos::logging::warn!("missing message: {miss:?}");
                }
                pieces
            }
            None => Vec::new(),
        })
    }

    fn format(self, id: &str, args: Option<&FluentArgs>) -> String {
        self.localizer.with(|l| match l {
            Some(l) => {
                let text = l.format(id, args);
                #[cfg(debug_assertions)]
                for miss in l.take_misses() {
                    leptos::logging::warn!("missing message: {miss:?}");
                }
                text
            }
            None => String::new(),
        })
    }

    /// The active locale's code (empty while loading).
    pub fn locale(self) -> String {
        self.localizer.with(|l| l.as_ref().map(|l| l.info().code.clone()).unwrap_or_default())
    }

    /// Whether the first locale has loaded.
    pub fn ready(self) -> bool {
        self.localizer.with(|l| l.is_some())
    }

    /// The current localizer, for core functions that format (dates…).
    pub fn localizer(self) -> Option<Arc<Localizer>> {
        self.localizer.get()
    }

    /// `(code, autonym)` of each locale the newcomer may choose, each named
    /// in its own language; the active pseudo-locale is listed too.
    pub fn choices(self) -> Vec<(String, String)> {
        let mut list: Vec<(String, String)> =
            self.enabled.get().iter().map(|c| (c.clone(), LocaleInfo::for_code(c).autonym)).collect();
        let current = self.locale();
        if !current.is_empty() && !list.iter().any(|(c, _)| *c == current) {
            list.push((current.clone(), LocaleInfo::for_code(&current).autonym));
        }
        list
    }
}

/// Fetches every `.ftl` file of each of `locales`, all requests at once,
/// and returns `(file, text)` pairs per locale in the same order. A missing
/// file is skipped (its messages fall back to English); the `#/org` check
/// reports it.
async fn fetch_locales(locales: &[&str]) -> Vec<Vec<(String, String)>> {
    // The organisation-only files are the last of FILES.
    let files = if ORG_AREA.load(std::sync::atomic::Ordering::Relaxed) { &FILES[..] } else { &FILES[..FILES.len() - ORG_ONLY_FILES.len()] };
    let paths: Vec<String> =
        locales.iter().flat_map(|locale| files.iter().map(move |file| format!("locales/{locale}/{file}"))).collect();
    let mut texts = net::fetch_texts(&paths).await.into_iter();
    locales
        .iter()
        .map(|_| files.iter().zip(texts.by_ref()).filter_map(|(file, text)| Some((file.to_string(), text.ok()?))).collect())
        .collect()
}

/// Renders a message split by [`I18n::pieces`]: its text as text, each
/// variable's place by `slot(index in vars)` (a value in its own markup).
pub fn render_pieces(pieces: Vec<Piece>, slot: impl Fn(usize) -> AnyView) -> impl IntoView {
    pieces
        .into_iter()
        .map(|p| match p {
            Piece::Text(text) => text.into_any(),
            Piece::Slot(i) => slot(i),
        })
        .collect_view()
}

/// Set by the organisation area's entry point: it also loads
/// [`crate::i18n::ORG_ONLY_FILES`] (the newcomer app never does).
pub static ORG_AREA: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
