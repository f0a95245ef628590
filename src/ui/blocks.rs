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

/// Any reactive text, type-erased: a `Signal<String>` draws and redraws
/// with one piece of code for every text of the app, where an inline
/// `{move || …}` compiles that code again for each closure.
pub fn text(f: impl Fn() -> String + Send + Sync + 'static) -> Signal<String> {
    Signal::derive(f)
}

/// A reactive flag, type-erased (see [`text`]).
pub fn flag(f: impl Fn() -> bool + Send + Sync + 'static) -> Signal<bool> {
    Signal::derive(f)
}

/// A part of a view that is drawn again when what it reads changes: like an
/// inline `{move || view! {…}}`, but the redrawing code exists once (see
/// [`text`]); `f` returns the part as an `AnyView`.
pub fn dynamic(f: impl Fn() -> AnyView + Send + Sync + 'static) -> impl IntoView {
    erased(Arc::new(f))
}

fn erased(f: Arc<dyn Fn() -> AnyView + Send + Sync>) -> impl IntoView {
    move || f()
}
