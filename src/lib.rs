//! Waymark: a relocation checklist, intake form and sealed export that runs
//! entirely in the browser.
//!
//! The crate is split into a *functional core* — pure Rust modules with no
//! browser dependency, tested with plain `cargo test` on the host — and a thin
//! *browser shell* plus the Leptos UI, compiled only for `wasm32`. The split is
//! enforced by the build: `web-sys` and `leptos` are not even dependencies on
//! the host, so core code cannot reach them.
//!
//! Core: [`i18n`], [`config`], [`checklist`], [`intake`], [`export`],
//! [`diagnostic`], [`route`].
//! Browser: `shell` (web-sys adapters), `ui` (Leptos components).

pub mod agefile;
pub mod checklist;
pub mod date_text;
pub mod config;
pub mod diagnostic;
pub mod draft;
pub mod export;
pub mod handover;
pub mod i18n;
pub mod intake;
pub mod reply;
pub mod route;
pub mod sitecheck;
pub mod sort;
pub mod status;
pub mod triage;
pub mod vault;

#[cfg(target_arch = "wasm32")]
pub mod shell;
#[cfg(target_arch = "wasm32")]
pub mod ui;
