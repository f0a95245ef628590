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
    read_text(start(path)).await
}

/// Fetches every path of `paths` as text, in the same order. Every request is
/// sent before any answer is awaited: on a slow mobile link (one round trip
/// can take 150 ms or more) the waits overlap instead of adding up.
pub async fn fetch_texts(paths: &[String]) -> Vec<Result<String, FetchError>> {
    read_all(paths.iter().map(|p| start(p)).collect()).await
}

/// Like [`fetch_texts`] for many files that nothing on screen waits for
/// (the organisation's site check): the requests are sent `per_task` at a
/// time, one batch per browser task, because sending one costs a few
/// milliseconds on a slow phone and forty at once froze the page.
pub async fn fetch_texts_paced(paths: &[String], per_task: usize) -> Vec<Result<String, FetchError>> {
    let mut started = Vec::with_capacity(paths.len());
    for batch in paths.chunks(per_task.max(1)) {
        crate::shell::clock::next_turn().await;
        started.extend(batch.iter().map(|p| start(p)));
    }
    read_all(started).await
}

async fn read_all(started: Vec<Result<JsFuture, FetchError>>) -> Vec<Result<String, FetchError>> {
    let mut out = Vec::with_capacity(started.len());
    for request in started {
        out.push(read_text(request).await);
    }
    out
}

/// Sends the request for `path` now; the answer is read by [`read_text`].
/// A request the start-up script already sent for `path` (the first frame
/// reads `config/org.toml`, scripts/post-build.mjs) is taken instead, once.
fn start(path: &str) -> Result<JsFuture, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Network)?;
    if let Some(sent) = take_started(&window, path) {
        return Ok(JsFuture::from(sent));
    }
    let init = RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    let request = Request::new_with_str_and_init(path, &init).map_err(|_| FetchError::Network)?;
    Ok(JsFuture::from(window.fetch_with_request(&request)))
}

/// `window.waymarkStarted[path]` if it is a promise, removed so that a later
/// read (an organisation's edit, a second screen) asks the host again.
fn take_started(window: &web_sys::Window, path: &str) -> Option<js_sys::Promise> {
    let started = js_sys::Reflect::get(window, &"waymarkStarted".into()).ok()?;
    if !started.is_object() {
        return None;
    }
    let key = wasm_bindgen::JsValue::from_str(path);
    let sent = js_sys::Reflect::get(&started, &key).ok()?.dyn_into::<js_sys::Promise>().ok()?;
    let _ = js_sys::Reflect::delete_property(started.unchecked_ref::<js_sys::Object>(), &key);
    Some(sent)
}

async fn read_text(started: Result<JsFuture, FetchError>) -> Result<String, FetchError> {
    let response = started?.await.map_err(|_| FetchError::Network)?;
    let response: Response = response.dyn_into().map_err(|_| FetchError::Network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let text = response.text().map_err(|_| FetchError::NotText)?;
    let text = JsFuture::from(text).await.map_err(|_| FetchError::NotText)?;
    text.as_string().ok_or(FetchError::NotText)
}
