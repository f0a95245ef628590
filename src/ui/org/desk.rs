//! The organisation desk in `#/org`: key pairs and opening sealed exports.

use leptos::prelude::*;

#[component]
pub fn Desk() -> impl IntoView {
    view! { <div class="desk"></div> }
}
