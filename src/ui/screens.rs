//! The screen selected by the URL hash, and the pieces every screen shares.
//!
//! Each capability's screen lives in its own module (`ui::checklist`,
//! `ui::intake`, …); this module only dispatches and provides the heading
//! that receives focus after navigation.

use leptos::prelude::*;

use crate::ui::blocks::{dynamic};

use crate::route::Screen;
use crate::ui::i18n::use_i18n;

#[component]
pub fn ScreenView(screen: RwSignal<Screen>) -> impl IntoView {
    dynamic(move || {
        let s = screen.get();
        let body = match s {
            Screen::Checklist => view! { <crate::ui::checklist::Screen/> }.into_any(),
            Screen::Intake => view! { <crate::ui::intake::Screen/> }.into_any(),
            Screen::Export => view! { <crate::ui::export::Screen/> }.into_any(),
            Screen::Settings => view! { <crate::ui::settings::Screen/> }.into_any(),
            // Only a link: the organisation area is its own page and wasm
            // (`org.html`), so newcomers never download it.
            Screen::Org => view! { <crate::ui::org_app::OrgLink/> }.into_any(),
        };
        view! { <section class="screen" data-screen=s.slug()>{body}</section> }.into_any()
    })
}

/// The screen's `<h1>`: the target of focus after navigation
/// (`id="screen-heading"`), text from Fluent message `id`.
#[component]
pub fn ScreenHeading(id: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    view! { <h1 id="screen-heading" tabindex="-1">{i18n.text(id)}</h1> }
}

/// Counts from 1 up to `total`, one step per browser task: a long screen
/// shows its parts `1..=count` in document order, so a slow phone paints the
/// top first and stays responsive, and nothing already shown moves when the
/// next part is added below it. Stops when the screen is left.
pub fn drawn_in_turns(total: usize) -> ReadSignal<usize> {
    let (count, set_count) = signal(total.min(1));
    leptos::task::spawn_local(async move {
        for drawn in 2..=total {
            crate::shell::clock::next_turn().await;
            if set_count.try_set(drawn).is_some() {
                // `try_set` hands the value back when the signal is gone.
                break;
            }
        }
    });
    count
}
