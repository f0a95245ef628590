//! Host tests: every displayed sentence that holds a value (a name, a number,
//! a file, a date) comes whole from ONE message of the shipped `.ftl` files,
//! in every language, never from translated fragments joined in code. Also
//! the `-brand-name` term and [`Localizer::format_pieces`], which lets the UI
//! wrap a value in markup without cutting the sentence into fragments.

use super::{FluentArgs, Localizer, Piece, FILES};

fn files(locale: &str) -> Vec<(String, String)> {
    FILES
        .iter()
        .map(|f| {
            let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(locale).join(f);
            (f.to_string(), std::fs::read_to_string(p).unwrap())
        })
        .collect()
}

fn shipped(locale: &str) -> Localizer {
    Localizer::new(locale, &files(locale), &files("en"))
}

const LOCALES: [&str; 5] = ["en", "pl", "ru", "be", "uk"];

/// `id` with text arguments, in each locale; asserts no miss (no fallback,
/// no missing variable) and returns the texts in `LOCALES` order.
fn each(id: &str, args: &[(&str, &str)], numbers: &[(&str, i64)]) -> Vec<String> {
    LOCALES
        .iter()
        .map(|l| {
            let loc = shipped(l);
            let mut a = FluentArgs::new();
            for (k, v) in args {
                a.set(*k, v.to_string());
            }
            for (k, v) in numbers {
                a.set(*k, *v);
            }
            let text = loc.format(id, Some(&a));
            assert!(loc.misses().is_empty(), "{l} {id}: {:?}", loc.misses());
            assert!(loc.load_problems().is_empty(), "{l}: {:?}", loc.load_problems());
            text
        })
        .collect()
}

#[test]
fn brand_name_is_one_term_used_by_every_message_that_names_the_app() {
    for l in LOCALES {
        let loc = shipped(l);
        assert_eq!(loc.t("app-name"), "Waymark", "{l}");
        for id in ["vault-error-newer-version", "export-open-not-waymark"] {
            assert!(loc.t(id).contains("Waymark"), "{l} {id}");
        }
        assert!(loc.misses().is_empty(), "{l}: {:?}", loc.misses());
        // The name is written once per language: in the term, nowhere else.
        for (file, text) in files(l) {
            for (n, line) in text.lines().enumerate() {
                let is_comment = line.starts_with('#');
                assert!(is_comment || !line.contains("Waymark") || line == "-brand-name = Waymark", "{l}/{file}:{}: {line}", n + 1);
            }
        }
    }
    // Renaming the app is one line per language.
    let mut renamed = files("pl");
    for (_, text) in renamed.iter_mut() {
        *text = text.replace("-brand-name = Waymark", "-brand-name = Drogowskaz");
    }
    let loc = Localizer::new("pl", &renamed, &files("en"));
    assert_eq!(loc.t("app-name"), "Drogowskaz");
    assert!(loc.t("export-open-not-waymark").ends_with(" Drogowskaz."), "{}", loc.t("export-open-not-waymark"));
}

#[test]
fn person_field_label_is_one_message() {
    assert_eq!(
        each("intake-person-field-label", &[("label", "Year of birth")], &[("number", 2)]),
        [
            "Person 2 – Year of birth",
            "Osoba 2 – Year of birth",
            "Человек 2 — Year of birth",
            "Чалавек 2 — Year of birth",
            "Людина 2 — Year of birth",
        ]
    );
}

#[test]
fn desk_fingerprint_line_is_one_message() {
    assert_eq!(
        each("desk-fingerprint-line", &[("fingerprint", "CA7D-A704-213A-A045")], &[]),
        [
            "Key fingerprint: CA7D-A704-213A-A045",
            "Odcisk klucza: CA7D-A704-213A-A045",
            "Отпечаток ключа: CA7D-A704-213A-A045",
            "Адбітак ключа: CA7D-A704-213A-A045",
            "Відбиток ключа: CA7D-A704-213A-A045",
        ]
    );
}

#[test]
fn desk_key_file_problems_are_one_message() {
    let args = [("file", "key.txt"), ("problem", "P.")];
    assert_eq!(each("desk-key-file-problem", &args, &[]), ["key.txt: P."; 5]);
    assert_eq!(
        each("desk-key-file-problem-line", &args, &[("line", 2)]),
        ["key.txt, line 2: P.", "key.txt, wiersz 2: P.", "key.txt, строка 2: P.", "key.txt, радок 2: P.", "key.txt, рядок 2: P."]
    );
}

#[test]
fn desk_file_result_is_one_message() {
    assert_eq!(each("desk-file-result", &[("file", "a.age"), ("result", "Opened.")], &[]), ["a.age: Opened."; 5]);
}

#[test]
fn desk_export_language_line_is_one_message() {
    assert_eq!(
        each("desk-export-language-line", &[("language", "Беларуская")], &[]),
        [
            "Written in: Беларуская",
            "Język odpowiedzi: Беларуская",
            "Язык ответов: Беларуская",
            "Мова адказаў: Беларуская",
            "Мова відповідей: Беларуская",
        ]
    );
}

#[test]
fn contact_lines_are_one_message_each() {
    let v = [("value", "x")];
    assert_eq!(each("export-contact-web-line", &v, &[]), ["Website: x", "Strona internetowa: x", "Сайт: x", "Сайт: x", "Сайт: x"]);
    assert_eq!(each("export-contact-email-line", &v, &[]), ["E-mail: x", "E-mail: x", "Эл. почта: x", "Эл. пошта: x", "Ел. пошта: x"]);
    assert_eq!(each("export-contact-phone-line", &v, &[]), ["Phone: x", "Telefon: x", "Телефон: x", "Тэлефон: x", "Телефон: x"]);
    assert_eq!(each("export-contact-messenger-line", &v, &[]), ["Messenger: x", "Komunikator: x", "Мессенджер: x", "Месенджар: x", "Месенджер: x"]);
}

#[test]
fn site_check_summary_is_one_message_with_two_plurals() {
    assert_eq!(
        each("org-check-summary", &[], &[("errors", 1), ("warnings", 5)]),
        ["1 error · 5 warnings", "1 błąd · 5 ostrzeżeń", "1 ошибка · 5 предупреждений", "1 памылка · 5 папярэджанняў", "1 помилка · 5 попереджень"]
    );
    assert_eq!(
        each("org-check-summary", &[], &[("errors", 22), ("warnings", 1)]),
        ["22 errors · 1 warning", "22 błędy · 1 ostrzeżenie", "22 ошибки · 1 предупреждение", "22 памылкі · 1 папярэджанне", "22 помилки · 1 попередження"]
    );
}

#[test]
fn site_check_fix_line_is_one_message() {
    assert_eq!(
        each("org-check-fix-line", &[("fix", "add a line")], &[]),
        ["How to fix: add a line", "Jak poprawić: add a line", "Как исправить: add a line", "Як выправіць: add a line", "Як виправити: add a line"]
    );
}

#[test]
fn pieces_put_markup_slots_where_each_language_puts_the_value() {
    let loc = shipped("pl");
    let mut args = FluentArgs::new();
    args.set("file", "key.txt");
    args.set("problem", "P.");
    args.set("line", 2);
    assert_eq!(
        loc.format_pieces("desk-key-file-problem-line", &args, &["file"]),
        [Piece::Slot(0), Piece::Text(", wiersz 2: P.".into())]
    );
    // A variable the message does not have: the whole text, as one piece.
    let whole = loc.format_pieces("desk-file-result", &args, &["file", "problem"]);
    assert!(matches!(&whole[..], [Piece::Text(t)] if t.starts_with("key.txt: ")), "{whole:?}");
    let mut args = FluentArgs::new();
    args.set("file", "a.age");
    args.set("result", "Otwarto.");
    assert_eq!(
        loc.format_pieces("desk-file-result", &args, &["file", "result"]),
        [Piece::Slot(0), Piece::Text(": ".into()), Piece::Slot(1)]
    );
}

#[test]
fn pieces_fall_back_to_the_whole_text_when_a_translation_drops_the_value() {
    let en = vec![("a.ftl".to_string(), "# c\nline = Fingerprint: { $f }\n".to_string())];
    let be = vec![("a.ftl".to_string(), "line = Адбітак\ntwice = { $f } і { $f }\n".to_string())];
    let loc = Localizer::new("be", &be, &en);
    let mut args = FluentArgs::new();
    args.set("f", "CA7D");
    assert_eq!(loc.format_pieces("line", &args, &["f"]), [Piece::Text("Адбітак".into())]);
    assert_eq!(loc.format_pieces("twice", &args, &["f"]), [Piece::Text("CA7D і CA7D".into())]);
    // Right-to-left: the isolation marks stay around the value's place.
    let rtl = Localizer::new("ar-XB", &[], &en);
    let pieces = rtl.format_pieces("line", &args, &["f"]);
    assert_eq!(pieces.len(), 3, "{pieces:?}");
    assert!(matches!(&pieces[0], Piece::Text(t) if t.ends_with('\u{2068}')), "{pieces:?}");
    assert_eq!(pieces[1], Piece::Slot(0));
    assert!(matches!(&pieces[2], Piece::Text(t) if t.starts_with('\u{2069}')), "{pieces:?}");
}

#[test]
fn named_controls_say_their_question_and_start_with_the_visible_word() {
    // The accessible name of "Change" / "Clear answer" beside a question is
    // one message, and starts with the words on the control (WCAG 2.5.3,
    // label in name: people who steer by voice say what they see).
    let q = [("question", "Q?")];
    for (named, visible) in [("intake-edit-named", "intake-edit"), ("intake-clear-answer-named", "intake-clear-answer")] {
        let texts = each(named, &q, &[]);
        for (l, text) in LOCALES.iter().zip(&texts) {
            let word = shipped(l).t(visible);
            assert!(text.starts_with(&word) && text.ends_with("Q?"), "{l} {named}: {text:?} (visible: {word:?})");
        }
    }
    assert_eq!(each("intake-error-summary-item", &[("question", "Q?"), ("problem", "P.")], &[]), ["Q? — P."; 5]);
    assert_eq!(
        each("intake-edit-named", &q, &[]),
        ["Change: Q?", "Zmień: Q?", "Изменить: Q?", "Змяніць: Q?", "Змінити: Q?"]
    );
}

#[test]
fn step_waits_and_sources_are_one_message_each() {
    assert_eq!(
        each("checklist-do-first", &[("step", "PESEL")], &[]),
        ["First do: PESEL", "Najpierw: PESEL", "Сначала: PESEL", "Спачатку: PESEL", "Спершу зробіть: PESEL"]
    );
    assert_eq!(
        each("checklist-source-line", &[("source", "UdSC"), ("date", "1.12.2026")], &[]),
        [
            "UdSC (checked on 1.12.2026)",
            "UdSC (sprawdzono 1.12.2026)",
            "UdSC (проверено 1.12.2026)",
            "UdSC (праверана 1.12.2026)",
            "UdSC (перевірено 1.12.2026)",
        ]
    );
}

#[test]
fn site_check_findings_are_one_message_each() {
    let args = [("place", "config/org.toml:3"), ("message", "M")];
    assert_eq!(
        each("org-check-finding-error", &args, &[]),
        [
            "Error: config/org.toml:3 — M",
            "Błąd: config/org.toml:3 — M",
            "Ошибка: config/org.toml:3 — M",
            "Памылка: config/org.toml:3 — M",
            "Помилка: config/org.toml:3 — M",
        ]
    );
    assert_eq!(each("org-check-finding-warning", &args, &[])[4], "Попередження: config/org.toml:3 — M");
}
