//! The organisation area (`#/org`): the desk that opens sealed exports, then
//! checks of this site's config, content and locales.
//!
//! The desk comes first: caseworkers come here every day, site admins once
//! in a while (docs/quality.md, second caseworker walk-through, item 2).

use leptos::prelude::*;

use crate::ui::screens::ScreenHeading;

pub mod check;
pub mod desk;

#[component]
pub fn Screen() -> impl IntoView {
    view! {
        <ScreenHeading id="screen-org-heading"/>
        <desk::Desk/>
        <check::SiteCheck/>
    }
}
