//! The site check in `#/org`: what is wrong in config, content and locales.

use leptos::prelude::*;

use crate::ui::screens::ComingSoon;

#[component]
pub fn SiteCheck() -> impl IntoView {
    view! { <ComingSoon id="screen-org-soon"/> }
}
