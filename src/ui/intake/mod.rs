//! The intake form screen (`#/intake`).

use leptos::prelude::*;

use crate::ui::screens::{ComingSoon, ScreenHeading};

#[component]
pub fn Screen() -> impl IntoView {
    view! {
        <ScreenHeading id="screen-intake-heading"/>
        <ComingSoon id="screen-intake-soon"/>
    }
}
