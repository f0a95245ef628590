//! The app shell: header with the organisation's name, language choice and
//! quick exit; navigation; the screen selected by the URL hash.
//!
//! Owns start-up (loading config and locales) and routing. It never decides
//! anything a core module can decide.

use leptos::prelude::*;

use crate::ui::blocks::{dynamic, text, When};

use crate::route::Screen;
use crate::shell::{page, quick_exit};
use crate::ui::i18n::{use_i18n, I18n};
use crate::ui::screens::ScreenView;
use crate::ui::site::{use_site, Site};

/// Number of Shift presses in a row that trigger quick exit.
const EXIT_SHIFT_PRESSES: u32 = 3;
/// Maximum pause between those presses, in milliseconds.
const EXIT_SHIFT_WINDOW_MS: f64 = 1200.0;

#[component]
pub fn App() -> impl IntoView {
    let (_site, i18n, updated) = start_services();
    let draft = crate::ui::draft::DraftStore::provide();
    // Vault (issue 4): autosave, locking listeners, quick-exit lock hook.
    // Registered before `forget` below: the lock writes the pending change
    // first, and must see the draft before it is forgotten.
    crate::ui::vault::VaultUi::provide(draft);
    quick_exit::on_exit(move || draft.forget());

    let screen = RwSignal::new(Screen::from_hash(&page::hash()));
    let first_render = StoredValue::new(true);
    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| {
        screen.set(Screen::from_hash(&page::hash()));
    });
    // Move focus to the new screen's heading after navigation (not on the
    // first load, where the browser's own focus order is right).
    Effect::new(move |_| {
        let _ = screen.get();
        if first_render.get_value() {
            first_render.set_value(false);
        } else {
            // After the new screen is in the DOM, not before.
            request_animation_frame(|| page::focus_by_id("screen-heading"));
        }
    });

    install_safety_listeners();
    on_cleanup(move || on_hash.remove());

    view! {
        <When when=move || i18n.ready()>
        {
            // The frame first, the screen in the browser's next task: two
            // short tasks on a slow phone instead of one long one. (Drawn
            // once: the first language never goes away, it is only replaced.)
            let drawn = crate::ui::screens::drawn_in_turns(2);
            read_content_in_background();
            view! {
                <SkipLink/>
                <Header/>
                <Nav screen=screen/>
                <main id="main" tabindex="-1">
                    <SiteNotices updated=updated/>
                    // Vault (issue 4): save state, "Lock now", setup dialog.
                    <crate::ui::vault::VaultBar/>
                    <When when=move || { drawn.get() >= 2 }>
                        <ScreenView screen=screen/>
                    </When>
                </main>
            }
        }
        </When>
    }
}

/// Start-up shared by the newcomer app and the organisation area: provides
/// the site config and localization contexts, loads the config then the
/// first language, registers the service worker. Returns the contexts and a
/// flag raised when an update was activated.
pub fn start_services() -> (Site, I18n, RwSignal<bool>) {
    let site = Site::provide();
    let i18n = I18n::provide();
    let updated = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        let (enabled, default) = site.load().await;
        if let Some(title) = site.with_config(|c| c.site_title.clone()).flatten() {
            page::set_title(&title);
        }
        i18n.init(enabled, default);
        if crate::shell::offline::register().await {
            updated.set(true);
        }
    });
    // The static "Loading…" text stays until the first language is ready.
    Effect::new(move |_| {
        if i18n.ready() {
            page::remove_boot_message();
        }
    });
    (site, i18n, updated)
}

/// Reads both content files (checklist, intake form) once the first screen
/// has been painted, each unless its screen reads it already. `index.html`
/// preloads them while the wasm downloads, so the first screen of any route
/// finds its content without another round trip, no preload is left
/// unused, and every screen opens at once later (offline too, before the
/// service worker has stored them).
pub fn read_content_in_background() {
    leptos::task::spawn_local(async {
        crate::shell::clock::after_paint().await;
        crate::ui::checklist::load_in_background().await;
        crate::ui::intake::load_in_background().await;
    });
}

/// Quick exit by keyboard (Shift pressed three times) and locking when the
/// page comes back from the back-forward cache.
pub fn install_safety_listeners() {
    let shift_count = StoredValue::new((0u32, 0f64));
    let on_key = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "Shift" || ev.repeat() {
            if ev.key() != "Shift" {
                shift_count.set_value((0, 0.0));
            }
            return;
        }
        let now = js_sys::Date::now();
        let (count, last) = shift_count.get_value();
        let count = if now - last <= EXIT_SHIFT_WINDOW_MS { count + 1 } else { 1 };
        shift_count.set_value((count, now));
        if count >= EXIT_SHIFT_PRESSES {
            quick_exit::leave(quick_exit::DEFAULT_NEUTRAL_URL);
        }
    });
    // A page restored from the back-forward cache must not show data.
    let on_show = window_event_listener(leptos::ev::pageshow, move |ev| {
        if ev.persisted() {
            quick_exit::forget_everything();
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        }
    });
    // Links between screens replace the history entry instead of adding
    // one: quick exit replaces the app's only entry, so Back never returns
    // to any screen of it (locked or not).
    let on_click = window_event_listener(leptos::ev::click, move |ev| {
        if ev.default_prevented() || ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        let Some(href) = page::link_href(&ev) else { return };
        if crate::route::is_screen_link(&href) {
            ev.prevent_default();
            page::replace_location(&href);
        }
    });
    on_cleanup(move || {
        on_key.remove();
        on_show.remove();
        on_click.remove();
    });
}

/// "Skip to main content". It focuses `<main>` itself: following `#main`
/// would change the hash, which selects screens.
#[component]
pub fn SkipLink() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <a class="skip-link" href="#main" on:click=move |ev| {
            ev.prevent_default();
            page::focus_by_id("main");
        }>{i18n.text("app-skip-link")}</a>
    }
}

/// Calm notices: broken settings, demo organisation, app updated.
#[component]
pub fn SiteNotices(updated: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let site = use_site();
    let demo = move || site.with_config(|c| c.demo).unwrap_or(false);
    view! {
        <When when=move || site.is_broken()>
            <p class="notice" role="status">{i18n.text("config-problem")}</p>
        </When>
        <When when=demo>
            <p class="notice" role="note">{i18n.text("config-demo-warning")}</p>
        </When>
        <When when=move || updated.get()>
            <p class="notice" role="status">{i18n.text("app-updated")}</p>
        </When>
    }
}

#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let site = use_site();
    view! {
        <header class="top">
            <p class="org-name">{text(move || {
                site.with_config(|c| c.name.clone()).unwrap_or_else(|| i18n.t("app-name"))
            })}</p>
            <div class="top-actions">
                <LanguagePicker/>
                <button
                    type="button"
                    class="quick-exit"
                    aria-describedby="quick-exit-hint"
                    on:click=move |_| quick_exit::leave(quick_exit::DEFAULT_NEUTRAL_URL)
                >
                    {i18n.text("nav-quick-exit")}
                </button>
                <span id="quick-exit-hint" class="visually-hidden">{i18n.text("nav-quick-exit-hint")}</span>
            </div>
        </header>
    }
}

#[component]
fn LanguagePicker() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <label class="lang-picker">
            <span class="visually-hidden">{i18n.text("lang-switcher-label")}</span>
            <select on:change=move |ev| i18n.switch_to(event_target_value(&ev))
                prop:value=move || i18n.locale()>
                {dynamic(move || i18n.choices().into_iter().map(|(code, autonym)| {
                    view! { <option value=code.clone() lang=code.clone()>{autonym}</option> }
                }).collect_view().into_any())}
            </select>
        </label>
    }
}

#[component]
fn Nav(screen: RwSignal<Screen>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="screens" aria-label=i18n.text("nav-label")>
            <ul>
                {Screen::ALL.into_iter().map(|s| {
                    let current = move || (screen.get() == s).then_some("page");
                    view! {
                        <li><a href=s.href() aria-current=current>{text(move || i18n.t(nav_id(s)))}</a></li>
                    }
                }).collect_view()}
            </ul>
        </nav>
    }
}

/// Fluent id of a screen's navigation label.
pub fn nav_id(screen: Screen) -> &'static str {
    match screen {
        Screen::Checklist => "nav-checklist",
        Screen::Intake => "nav-intake",
        Screen::Export => "nav-send",
        Screen::Settings => "nav-settings",
        Screen::Org => "nav-org",
    }
}
