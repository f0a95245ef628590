//! Today's calendar date on the phone, for due dates and export dates.
//!
//! Due dates are calendar dates, not instants: the core only ever sees the
//! local date the newcomer sees on their phone.

use chrono::NaiveDate;

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
