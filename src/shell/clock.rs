//! Time on the phone: today's calendar date, for due dates and export
//! dates, and giving the browser its turn during long work.
//!
//! Due dates are calendar dates, not instants: the core only ever sees the
//! local date the newcomer sees on their phone.

use chrono::NaiveDate;
use wasm_bindgen::JsCast;

/// The local calendar date (falls back to 1970-01-01 only if the browser
/// reports an impossible date, which would show as "overdue" everywhere
/// rather than crash).
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
        .unwrap_or_default()
}

/// The current UTC date and time, for calendar-file time stamps.
pub fn now_utc() -> chrono::NaiveDateTime {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(now.get_utc_full_year() as i32, now.get_utc_month() + 1, now.get_utc_date())
        .and_then(|d| d.and_hms_opt(now.get_utc_hours(), now.get_utc_minutes(), now.get_utc_seconds()))
        .unwrap_or_default()
}

/// Resolves on the browser's next task (a zero-delay timeout), so long
/// work done in steps lets the page paint and answer taps in between.
pub async fn next_turn() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Resolves once the browser has painted the current page: in a task
/// queued from the next animation frame, i.e. just after that frame. Work
/// awaited behind it does not hold back what is already in the DOM. A page
/// that gets no animation frames (a background tab) resolves after
/// [`PAINT_FALLBACK_MS`] instead.
pub async fn after_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            return;
        };
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, PAINT_FALLBACK_MS);
        let on_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
            if let Some(window) = web_sys::window() {
                let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
            }
        });
        let _ = window.request_animation_frame(on_frame.unchecked_ref());
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// How long [`after_paint`] waits at most for an animation frame, in ms.
pub const PAINT_FALLBACK_MS: i32 = 200;
