//! The settings screen (`#/settings`): language, safety, the vault.

use leptos::prelude::*;

use crate::ui::screens::{ComingSoon, ScreenHeading};

#[component]
pub fn Screen() -> impl IntoView {
    view! {
        <ScreenHeading id="screen-settings-heading"/>
        <ComingSoon id="screen-settings-soon"/>
    }
}
