//! The document around the app: language, direction, title, hash, focus.
//!
//! Owns writes to `<html lang dir>` and `document.title`, and reads of the
//! URL. The title is only ever the organisation's neutral site title, never
//! anything a newcomer entered.

use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Keeps `<html lang>` and `dir` in sync with the active locale.
pub fn set_language(lang: &str, dir: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang);
        let _ = root.set_attribute("dir", dir);
    }
}

/// Whether the tab is hidden (another tab, another app, the screen off).
pub fn hidden() -> bool {
    document().is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden)
}

pub fn set_title(title: &str) {
    if let Some(doc) = document() {
        doc.set_title(title);
    }
}

/// The current `location.hash` (empty when there is none).
pub fn hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// The `href` attribute (as written) of the link a click landed in, if any.
pub fn link_href(ev: &web_sys::MouseEvent) -> Option<String> {
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    target.closest("a[href]").ok()??.get_attribute("href")
}

/// Navigates to `url` (relative to the page) in the current history entry.
pub fn replace_location(url: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().replace(url);
    }
}

/// The value of a query parameter of the page URL (e.g. `?pseudo=bidi`).
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search).ok()?.get(name)
}

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else { return Vec::new() };
    let langs: Vec<String> =
        window.navigator().languages().iter().filter_map(|v| v.as_string()).collect();
    if langs.is_empty() {
        window.navigator().language().into_iter().collect()
    } else {
        langs
    }
}

/// Moves keyboard and screen-reader focus to the element with `id`.
pub fn focus_by_id(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// Scrolls the element with `id` to the top of the view and moves focus to
/// it; `false` when there is no such element (nothing changes).
pub fn bring_into_view(id: &str) -> bool {
    let Some(el) = document().and_then(|d| d.get_element_by_id(id)) else { return false };
    el.scroll_into_view();
    focus_by_id(id);
    true
}

/// Removes the static "Loading…" paragraph once the app has mounted.
pub fn remove_boot_message() {
    if let Some(el) = document().and_then(|d| d.get_element_by_id("boot-message")) {
        el.remove();
    }
}

/// Unicode NFC by the browser (`String.prototype.normalize`), for the
/// passphrase checks in the page; the key derivation normalises in Rust.
pub fn nfc(text: &str) -> String {
    String::from(js_sys::JsString::from(text).normalize("NFC"))
}
