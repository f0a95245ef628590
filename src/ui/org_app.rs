//! The organisation area as its own page (`org.html`, its own wasm).
//!
//! Owns the frame around [`crate::ui::org::Screen`] — the site check and the
//! desk. It is a separate program so that newcomers' phones never download
//! the validators, key generation and export reader: the newcomer app's
//! `#/org` screen only links here. Same site, same config, same languages,
//! same quick exit; works offline like the rest.

use leptos::prelude::*;

use crate::ui::app::{install_safety_listeners, start_services, Header, SiteNotices, SkipLink};
use crate::ui::i18n::use_i18n;

#[component]
pub fn OrgApp() -> impl IntoView {
    let (_site, i18n, updated) = start_services();
    install_safety_listeners();
    view! {
        <Show when=move || i18n.ready()>
            <SkipLink/>
            <Header/>
            <nav class="screens" aria-label=i18n.text("nav-label")>
                <ul>
                    <li><a href="./#/checklist">{i18n.text("org-back-to-app")}</a></li>
                </ul>
            </nav>
            <main id="main" tabindex="-1">
                <SiteNotices updated=updated/>
                <section class="screen" data-screen="org">
                    <crate::ui::org::Screen/>
                </section>
            </main>
        </Show>
    }
}

/// The newcomer app's `#/org` screen: what the area is, and the way in.
#[component]
pub fn OrgLink() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <crate::ui::screens::ScreenHeading id="screen-org-heading"/>
        <p>{i18n.text("org-link-intro")}</p>
        <p><a class="button-link" href="org.html">{i18n.text("org-link-open")}</a></p>
    }
}
