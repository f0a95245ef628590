//! Fetching the site's own plain-text files (config, content, locales).
//!
//! Only relative URLs are fetched, so every request goes to the page's own
//! origin and sub-path. Never fetches anything another origin serves.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Request, RequestInit, Response};

/// Why a site file could not be read. Shown to organisations in `#/org`;
/// newcomers see a calm, localized message instead.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error("the file was not found on the site (HTTP {0})")]
    Status(u16),
    #[error("the file could not be loaded (offline, or blocked)")]
    Network,
    #[error("the file is not valid UTF-8 text")]
    NotText,
}

/// Fetches `path` (relative to the page, e.g. `config/org.toml`) as text.
/// `no-cache` revalidates with the host, so an organisation's edit shows up
/// on the next online visit while the service worker still serves it offline.
pub async fn fetch_text(path: &str) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Network)?;
    let init = RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    let request = Request::new_with_str_and_init(path, &init).map_err(|_| FetchError::Network)?;
    let response = JsFuture::from(window.fetch_with_request(&request)).await.map_err(|_| FetchError::Network)?;
    let response: Response = response.dyn_into().map_err(|_| FetchError::Network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let text = response.text().map_err(|_| FetchError::NotText)?;
    let text = JsFuture::from(text).await.map_err(|_| FetchError::NotText)?;
    text.as_string().ok_or(FetchError::NotText)
}
