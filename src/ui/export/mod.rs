//! The sealed-export screen (`#/export`).

use leptos::prelude::*;

use crate::ui::screens::{ComingSoon, ScreenHeading};

#[component]
pub fn Screen() -> impl IntoView {
    view! {
        <ScreenHeading id="screen-send-heading"/>
        <ComingSoon id="screen-send-soon"/>
    }
}
