//! The relocation checklist screen (`#/checklist`).

use leptos::prelude::*;

use crate::ui::screens::{ComingSoon, ScreenHeading};

#[component]
pub fn Screen() -> impl IntoView {
    view! {
        <ScreenHeading id="screen-checklist-heading"/>
        <ComingSoon id="screen-checklist-soon"/>
    }
}
