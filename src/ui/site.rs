//! The organisation's configuration as the UI sees it.
//!
//! Owns fetching `config/org.toml` once at start-up and holding the parsed
//! report (config plus diagnostics). Parsing and validation are the core's
//! (`crate::config`). A missing or broken file never blanks the page: the
//! newcomer gets a calm notice and the checklist; `#/org` shows the details.

use std::sync::Arc;

use leptos::prelude::*;

use crate::config::{parse_org_config, OrgConfig, OrgConfigReport};
use crate::i18n::SHIPPED;
use crate::shell::net::{self, FetchError};

/// Site path of the organisation's config.
pub const CONFIG_PATH: &str = "config/org.toml";

#[derive(Clone, Debug)]
pub enum ConfigState {
    Loading,
    /// The file was read; the report may still contain errors.
    Loaded(Arc<OrgConfigReport>),
    /// The file could not be read at all.
    Unreadable(FetchError),
}

#[derive(Clone, Copy)]
pub struct Site {
    pub state: RwSignal<ConfigState>,
}

pub fn use_site() -> Site {
    use_context::<Site>().unwrap_or_else(Site::provide)
}

impl Site {
    pub fn provide() -> Site {
        let site = Site { state: RwSignal::new(ConfigState::Loading) };
        provide_context(site);
        site
    }

    /// Fetches and parses the config; returns `(enabled locales, default)`
    /// for the first language choice (the shipped set when the file is
    /// unusable).
    pub async fn load(self) -> (Vec<String>, String) {
        let state = match net::fetch_text(CONFIG_PATH).await {
            Ok(text) => ConfigState::Loaded(Arc::new(parse_org_config(&text, &SHIPPED))),
            Err(e) => ConfigState::Unreadable(e),
        };
        self.state.set(state);
        self.with_config(|c| (c.enabled_locales.clone(), c.default_locale.clone()))
            .unwrap_or_else(|| (SHIPPED.iter().map(|s| s.to_string()).collect(), crate::i18n::REFERENCE.to_string()))
    }

    /// Runs `f` on the usable config, if there is one.
    pub fn with_config<T>(self, f: impl FnOnce(&OrgConfig) -> T) -> Option<T> {
        self.state.with(|s| match s {
            ConfigState::Loaded(report) => report.config.as_ref().map(f),
            _ => None,
        })
    }

    /// Whether the newcomer should see the "settings have a problem" notice.
    pub fn is_broken(self) -> bool {
        self.state.with(|s| match s {
            ConfigState::Loading => false,
            ConfigState::Loaded(report) => report.has_errors(),
            ConfigState::Unreadable(_) => true,
        })
    }
}
