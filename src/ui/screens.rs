//! The screen selected by the URL hash.
//!
//! Each capability's screen lives in its own module; screens not built yet
//! say so honestly instead of pretending.

use leptos::prelude::*;

use crate::route::Screen;
use crate::ui::i18n::use_i18n;

/// Fluent ids of a screen's heading and its "coming soon" text.
fn screen_ids(screen: Screen) -> (&'static str, &'static str) {
    match screen {
        Screen::Checklist => ("screen-checklist-heading", "screen-checklist-soon"),
        Screen::Intake => ("screen-intake-heading", "screen-intake-soon"),
        Screen::Export => ("screen-send-heading", "screen-send-soon"),
        Screen::Settings => ("screen-settings-heading", "screen-settings-soon"),
        Screen::Org => ("screen-org-heading", "screen-org-soon"),
    }
}

#[component]
pub fn ScreenView(screen: RwSignal<Screen>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let s = screen.get();
        let (heading, soon) = screen_ids(s);
        view! {
            <section class="screen" data-screen=s.slug()>
                <h1 id="screen-heading" tabindex="-1">{move || i18n.t(heading)}</h1>
                <p class="coming-soon">{move || i18n.t(soon)}</p>
            </section>
        }
    }
}
