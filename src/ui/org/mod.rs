//! The organisation area (`#/org`): checks of this site's config, content and
//! locales, and the desk that opens sealed exports.

use leptos::prelude::*;

use crate::ui::screens::ScreenHeading;

pub mod check;
pub mod desk;

#[component]
pub fn Screen() -> impl IntoView {
    view! {
        <ScreenHeading id="screen-org-heading"/>
        <check::SiteCheck/>
        <desk::Desk/>
    }
}
