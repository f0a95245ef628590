//! Shared, type-erased building blocks of the interface.
//!
//! Owns small components that every screen uses many times. Each takes its
//! condition and content behind a pointer (`Arc<dyn Fn…>`), so the code that
//! shows, hides and redraws them exists once in the wasm instead of once per
//! place it is used (Leptos' own `Show` is generic over both and is compiled
//! again for every use: docs/quality.md, "Size"). Behaviour is the same as
//! the generic originals.
//!
//! Holds no state of its own and never decides anything about the app's data.

use std::sync::Arc;

use leptos::prelude::*;

/// A condition of [`When`]: any `Fn() -> bool`, type-erased.
#[derive(Clone)]
pub struct Cond(Arc<dyn Fn() -> bool + Send + Sync>);

impl<F: Fn() -> bool + Send + Sync + 'static> From<F> for Cond {
    fn from(f: F) -> Self {
        Cond(Arc::new(f))
    }
}

/// Shows `children` while `when` is true, else `fallback` (nothing by
/// default). Like Leptos' `Show`: the condition is memoised, so the children
/// are built again only when it changes from false to true, never while it
/// stays true (inputs inside keep their text and focus).
#[component]
pub fn When(#[prop(into)] when: Cond, children: ChildrenFn, #[prop(optional, into)] fallback: ViewFn) -> impl IntoView {
    let shown = Memo::new(move |_| (when.0)());
    move || if shown.get() { children() } else { fallback.run() }
}
