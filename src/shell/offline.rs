//! Registers the service worker that makes the site work offline.
//!
//! Owns the page side of updates: at start-up — before anything is unlocked
//! or typed, so no draft can be lost — a waiting new version is told to take
//! over, and the caller is told so it can show a calm "updated" notice. It
//! never throws: browsers without service workers (or with them blocked)
//! simply run online-only.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Registers `sw.js` (relative to the page, so it works from any sub-path)
/// and returns whether a waiting update was activated.
pub async fn register() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let navigator = window.navigator();
    let has_sw = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .map(|v| !v.is_undefined() && !v.is_null())
        .unwrap_or(false);
    if !has_sw {
        return false;
    }
    let container = navigator.service_worker();
    let Ok(registration) = JsFuture::from(container.register("sw.js")).await else { return false };
    let Ok(registration) = registration.dyn_into::<web_sys::ServiceWorkerRegistration>() else { return false };
    match registration.waiting() {
        Some(waiting) => {
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &JsValue::from_str("type"), &JsValue::from_str("activate-now"));
            waiting.post_message(&message).is_ok()
        }
        None => false,
    }
}
