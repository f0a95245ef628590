//! The organisation area (`#/org`): configuration check, locale report, the desk.

use leptos::prelude::*;

use crate::ui::screens::{ComingSoon, ScreenHeading};

#[component]
pub fn Screen() -> impl IntoView {
    view! {
        <ScreenHeading id="screen-org-heading"/>
        <ComingSoon id="screen-org-soon"/>
    }
}
