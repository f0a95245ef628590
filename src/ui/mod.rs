//! The Leptos user interface (browser only).
//!
//! Components hold as little logic as possible: they read signals, call the
//! pure core for decisions and the shell for browser effects. Every visible
//! string comes from the Fluent files through [`i18n::I18n`].

pub mod app;
pub mod blocks;
pub mod checklist;
pub mod draft;
pub mod export;
pub mod i18n;
pub mod intake;
pub mod org;
pub mod org_app;
pub mod screens;
pub mod settings;
pub mod site;
pub mod vault;

/// Starts the organisation area (`org.html`): mounts [`org_app::OrgApp`].
pub fn start_org() {
    console_error_panic_hook::set_once();
    i18n::ORG_AREA.store(true, std::sync::atomic::Ordering::Relaxed);
    leptos::mount::mount_to_body(org_app::OrgApp);
}

/// Starts the app: installs the panic hook and mounts [`app::App`].
pub fn start() {
    // Panic messages never contain user data: the core returns errors as
    // values and the UI formats no answer into a panic.
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
