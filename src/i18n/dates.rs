//! Dates in the newcomer's language.
//!
//! Owns the long ("21 listopada 2026") and short ("21.11.2026") date forms
//! per locale, with month names in the grammatical case each language uses
//! after a day number (genitive in pl/ru/be/uk), and the day difference
//! between two dates. A day difference is never shown on its own: the
//! sentence that holds it ("Do it by 21 November 2026 (in 3 days)") is one
//! message, picked by `crate::checklist::date_line`.
//!
//! Must never read the clock: callers pass dates in (the core also runs in
//! wasm, where there is no clock).

use chrono::{Datelike, NaiveDate};

use super::locales::{primary_language, Pseudo};
use super::pseudo;

const EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
// Genitive: "21 listopada".
const PL: [&str; 12] = [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
];
const RU: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
const BE: [&str; 12] = [
    "студзеня",
    "лютага",
    "сакавіка",
    "красавіка",
    "мая",
    "чэрвеня",
    "ліпеня",
    "жніўня",
    "верасня",
    "кастрычніка",
    "лістапада",
    "снежня",
];
const UK: [&str; 12] = [
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
];

fn month(names: &[&'static str; 12], date: NaiveDate) -> &'static str {
    // month0() is 0..=11 by construction; `get` keeps this panic-free anyway.
    names.get(date.month0() as usize).copied().unwrap_or("")
}

/// The locale's usual long date: "21 November 2026", "21 listopada 2026",
/// "21 ноября 2026 г.", "21 лістапада 2026 г.", "21 листопада 2026 р.".
/// Pseudo-locales get the (transformed) English form; unknown locales the
/// ISO form "2026-11-21".
pub fn format_date(locale: &str, date: NaiveDate) -> String {
    if let Some(p) = Pseudo::from_code(locale) {
        let en = format_date("en", date);
        return match p {
            Pseudo::Accented => pseudo::accented(&en).into_owned(),
            Pseudo::Bidi => pseudo::bidi(&en).into_owned(),
        };
    }
    let (d, y) = (date.day(), date.year());
    match primary_language(locale).as_str() {
        "en" => format!("{d} {} {y}", month(&EN, date)),
        "pl" => format!("{d} {} {y}", month(&PL, date)),
        "ru" => format!("{d} {} {y}\u{a0}г.", month(&RU, date)),
        "be" => format!("{d} {} {y}\u{a0}г.", month(&BE, date)),
        "uk" => format!("{d} {} {y}\u{a0}р.", month(&UK, date)),
        _ => crate::date_text::iso(date),
    }
}

/// The locale's short numeric date: "21/11/2026" (en), "21.11.2026"
/// (pl, ru, be, uk); ISO "2026-11-21" for unknown locales.
pub fn format_date_short(locale: &str, date: NaiveDate) -> String {
    let lang = if Pseudo::from_code(locale).is_some() {
        "en".to_string()
    } else {
        primary_language(locale)
    };
    match lang.as_str() {
        "en" => crate::date_text::day_month_year(date, '/'),
        "pl" | "ru" | "be" | "uk" => crate::date_text::day_month_year(date, '.'),
        _ => crate::date_text::iso(date),
    }
}

/// Days from `today` to `target` (positive when `target` is later).
pub fn days_between(today: NaiveDate, target: NaiveDate) -> i64 {
    target.signed_duration_since(today).num_days()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nov21() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
    }

    #[test]
    fn long_dates_use_the_right_case() {
        let d = nov21();
        assert_eq!(format_date("en", d), "21 November 2026");
        assert_eq!(format_date("pl", d), "21 listopada 2026");
        assert_eq!(format_date("ru", d), "21 ноября 2026\u{a0}г.");
        assert_eq!(format_date("be", d), "21 лістапада 2026\u{a0}г.");
        assert_eq!(format_date("uk", d), "21 листопада 2026\u{a0}р.");
        assert_eq!(
            format_date("be-BY", NaiveDate::from_ymd_opt(2027, 8, 3).unwrap()),
            "3 жніўня 2027\u{a0}г."
        );
        assert_eq!(
            format_date("pl", NaiveDate::from_ymd_opt(2027, 9, 1).unwrap()),
            "1 września 2027"
        );
        assert_eq!(format_date("de", d), "2026-11-21");
    }

    #[test]
    fn every_month_has_a_name_in_every_locale() {
        for m in 1..=12 {
            let d = NaiveDate::from_ymd_opt(2026, m, 1).unwrap();
            for l in ["en", "pl", "ru", "be", "uk"] {
                let s = format_date(l, d);
                assert!(
                    !s.contains("  ")
                        && s.split(' ').nth(1).is_some_and(|w| w.chars().count() >= 3),
                    "{l} {s}"
                );
            }
        }
    }

    #[test]
    fn short_and_pseudo_forms() {
        let d = nov21();
        assert_eq!(format_date_short("en", d), "21/11/2026");
        assert_eq!(format_date_short("uk", d), "21.11.2026");
        assert_eq!(format_date_short("xx", d), "2026-11-21");
        assert!(format_date("en-XA", d).starts_with("21 Ƞǿǿṽḗḗḿƀḗḗř"));
        assert_eq!(format_date("ar-XB", d), "\u{202E}21 November 2026\u{202C}");
    }

    #[test]
    fn days_between_counts_calendar_days() {
        let a = NaiveDate::from_ymd_opt(2026, 12, 30).unwrap();
        let b = NaiveDate::from_ymd_opt(2027, 1, 2).unwrap();
        assert_eq!(days_between(a, b), 3);
        assert_eq!(days_between(b, a), -3);
    }
}
