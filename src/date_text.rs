//! Plain numeric date and time texts (`2026-11-21`, `20261121`,
//! `21.11.2026`, `20261121T093000Z`).
//!
//! Owns writing calendar dates as digits without chrono's `format` machinery,
//! which costs tens of kilobytes of wasm for what a few `format!` calls do.
//! Never formats dates in words (that is `i18n::dates`) and never reads a
//! clock.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

/// ISO 8601 calendar date: `2026-11-21`.
pub fn iso(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// Basic ISO date as calendar files use it: `20261121`.
pub fn compact(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// Day, month, year with a separator: `21.11.2026`, `21/11/2026`.
pub fn day_month_year(d: NaiveDate, sep: char) -> String {
    format!("{:02}{sep}{:02}{sep}{:04}", d.day(), d.month(), d.year())
}

/// UTC date-time as calendar files use it: `20261121T093000Z`.
pub fn compact_utc(t: NaiveDateTime) -> String {
    format!("{}T{:02}{:02}{:02}Z", compact(t.date()), t.hour(), t.minute(), t.second())
}

/// Reads a strict ISO calendar date (`YYYY-MM-DD`, digits only); anything
/// else, or an impossible date like 2026-02-30, is `None`.
pub fn parse_iso(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let y = i32::try_from(num(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(y, num(5..7)?, num(8..10)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn match_chrono_formats() {
        for (y, m, d) in [(2026, 11, 21), (2024, 2, 29), (999, 1, 5), (9999, 12, 31)] {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(iso(date), date.format("%Y-%m-%d").to_string());
            assert_eq!(compact(date), date.format("%Y%m%d").to_string());
            assert_eq!(day_month_year(date, '.'), date.format("%d.%m.%Y").to_string());
            let t = date.and_hms_opt(9, 3, 7).unwrap();
            assert_eq!(compact_utc(t), t.format("%Y%m%dT%H%M%SZ").to_string());
            assert_eq!(parse_iso(&iso(date)), Some(date));
        }
    }

    #[test]
    fn parse_iso_refuses_anything_but_a_real_date() {
        for bad in ["", "2026-2-01", "2026-02-30", "2026/02/01", "+2026-02-01", "2026-02-0x", "２０２６-02-01", "2026-02-01 "] {
            assert_eq!(parse_iso(bad), None, "{bad}");
        }
    }
}
