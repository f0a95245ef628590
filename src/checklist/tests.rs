//! Host tests for the checklist engine and the shipped default content.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime};

use super::*;
use crate::diagnostic::{Diagnostic, KnownMessages};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// A tiny `KnownMessages` over fixed sets.
struct Known(Vec<(String, HashSet<String>)>);

impl KnownMessages for Known {
    fn locales(&self) -> Vec<String> {
        self.0.iter().map(|(l, _)| l.clone()).collect()
    }
    fn has(&self, locale: &str, id: &str) -> bool {
        self.0.iter().any(|(l, ids)| l == locale && ids.contains(id))
    }
}

/// Every message id of a definition, in the given locales.
fn known_all(def: &ChecklistDef, locales: &[&str]) -> Known {
    let mut ids: HashSet<String> = def.steps().flat_map(|s| s.message_ids()).collect();
    ids.extend(def.sections.iter().map(|s| section_message_id(&s.id)));
    Known(locales.iter().map(|l| (l.to_string(), ids.clone())).collect())
}

const GOOD: &str = r#"
content_version = "test-2026-11-21"

[[section]]
id = "documents"

[[section.step]]
id = "address"
due = { from = "arrival", days = 3 }
sources = [{ url = "https://www.gov.pl/web/gov/zamelduj-sie", kind = "official", checked_on = 2026-11-21 }]

[[section.step]]
id = "pesel"
parts = ["what", "why"]
after = ["address"]
due = { from = "arrival", days = 30 }
sources = [{ url = "https://www.gov.pl/web/gov/uzyskaj-numer-pesel", name = "gov.pl", kind = "official", checked_on = 2026-11-21 }]

[[section.step]]
id = "profil-zaufany"
after = ["pesel"]
sources = [{ url = "https://www.gov.pl/web/profilzaufany", kind = "official", checked_on = 2026-11-21 }]

[[section]]
id = "status"

[[section.step]]
id = "permit"
when = { status = ["humanitarian-visa"] }
after = ["profil-zaufany"]
due = { from = "document-expiry", days = -30 }
deadline = { from = "document-expiry" }
sources = [{ url = "https://www.gov.pl/web/udsc-en", kind = "official", checked_on = 2026-11-21 }]

[[section.step]]
id = "school"
when = { children = true, city = ["Warszawa", "Warsaw"] }
sources = [{ url = "https://migrant.info.pl/en/education", kind = "official", checked_on = 2026-11-21 }]
"#;

fn good() -> ChecklistDef {
    parse(GOOD).unwrap()
}

fn errors(text: &str) -> Vec<Diagnostic> {
    let def = good();
    let known = known_all(&def, &["en", "pl"]);
    validate(text, &known).into_iter().filter(|d| d.is_error()).collect()
}

fn assert_one_error(text: &str, needle: &str, line: usize) {
    let errs = errors(text);
    assert!(
        errs.iter().any(|e| e.message.contains(needle) && e.line == line && e.file == CHECKLIST_PATH && !e.fix.is_empty()),
        "expected an error containing {needle:?} on line {line}, got {errs:#?}"
    );
}

// ---------- parsing ----------

#[test]
fn good_definition_parses_with_derived_ids() {
    let def = good();
    assert_eq!(def.content_version, "test-2026-11-21");
    assert_eq!(def.sections.len(), 2);
    let pesel = def.step("pesel").unwrap();
    assert_eq!(pesel.after, vec!["address"]);
    assert_eq!(pesel.parts, vec![Part::What, Part::Why]);
    assert_eq!(pesel.message_ids(), vec!["checklist-step-pesel-title", "checklist-step-pesel-what", "checklist-step-pesel-why"]);
    assert_eq!(pesel.sources[0].name, "gov.pl");
    assert_eq!(pesel.line, 13);
    assert_eq!(def.step("address").unwrap().sources[0].name, "www.gov.pl");
    assert_eq!(def.step("address").unwrap().parts.len(), 4);
    let permit = def.step("permit").unwrap();
    assert_eq!(permit.due, Some(DateRule { from: Anchor::DocumentExpiry, months: 0, days: -30 }));
    assert_eq!(permit.deadline, Some(DateRule { from: Anchor::DocumentExpiry, months: 0, days: 0 }));
    assert_eq!(def.section_of("permit"), Some("status"));
    let errs = errors(GOOD);
    assert!(errs.is_empty(), "{errs:#?}");
}

// ---------- validator, one seeded mistake each ----------

#[test]
fn reports_toml_syntax_error_with_line() {
    let broken = GOOD.replace("id = \"pesel\"", "id = \"pesel");
    assert_one_error(&broken, "not valid checklist TOML", 13);
    assert!(matches!(parse(&broken), Err(ChecklistError::Syntax { line: 13 })));
}

#[test]
fn reports_unknown_field() {
    let broken = GOOD.replace("id = \"profil-zaufany\"", "id = \"profil-zaufany\"\ntitel = \"x\"");
    assert_one_error(&broken, "titel", 21);
}

#[test]
fn reports_duplicate_step_ids() {
    let broken = GOOD.replace("id = \"profil-zaufany\"\nafter = [\"pesel\"]", "id = \"pesel\"\nafter = [\"address\"]");
    assert_one_error(&broken, "step id `pesel` is used twice (first on line 13)", 20);
    assert!(matches!(parse(&broken), Err(ChecklistError::Invalid { .. })));
}

#[test]
fn reports_unknown_dependency() {
    let broken = GOOD.replace("after = [\"pesel\"]", "after = [\"PESEL\"]");
    assert_one_error(&broken, "comes after unknown step `PESEL`", 20);
}

#[test]
fn reports_dependency_cycle_naming_it() {
    let broken = GOOD.replace("id = \"address\"\n", "id = \"address\"\nafter = [\"profil-zaufany\"]\n");
    let errs = errors(&broken);
    let cyc = errs.iter().find(|e| e.message.contains("circle")).expect("cycle reported");
    assert!(cyc.message.contains("`address` → `profil-zaufany` → `pesel` → `address`"), "{}", cyc.message);
    assert_eq!(cyc.line, 8);
    assert_eq!(errs.iter().filter(|e| e.message.contains("circle")).count(), 1);
    // self-dependency
    let selfdep = GOOD.replace("after = [\"pesel\"]", "after = [\"profil-zaufany\"]");
    assert_one_error(&selfdep, "depends on itself", 21);
}

#[test]
fn find_cycles_handles_two_separate_cycles() {
    let text = r#"
content_version = "x"
[[section]]
id = "s"
[[section.step]]
id = "a"
after = ["b"]
[[section.step]]
id = "b"
after = ["a"]
[[section.step]]
id = "c"
after = ["d"]
[[section.step]]
id = "d"
after = ["c", "a"]
"#;
    let (def, _) = check_structure(text);
    let cycles = find_cycles(&def.unwrap());
    assert_eq!(cycles, vec![vec!["a".to_string(), "b".to_string()], vec!["c".to_string(), "d".to_string()]]);
}

#[test]
fn reports_impossible_date_rules() {
    let unknown_anchor = GOOD.replace("due = { from = \"arrival\", days = 30 }", "due = { from = \"arrivl\", days = 30 }");
    assert_one_error(&unknown_anchor, "unknown date `arrivl`", 16);
    let absurd = GOOD.replace("days = 30 }", "days = 30000 }");
    assert_one_error(&absurd, "30000 days", 16);
    let absurd_m = GOOD.replace("due = { from = \"arrival\", days = 30 }", "due = { from = \"arrival\", months = 999 }");
    assert_one_error(&absurd_m, "999 months", 16);
    let huge = GOOD.replace("days = 30 }", "days = 99999999999999 }");
    assert_one_error(&huge, "days", 16);
}

#[test]
fn reports_bad_links_and_missing_checked_on() {
    let http = GOOD.replace("https://www.gov.pl/web/gov/zamelduj-sie", "http://www.gov.pl/web/gov/zamelduj-sie");
    assert_one_error(&http, "does not start with https://", 10);
    let empty = GOOD.replace("https://www.gov.pl/web/gov/zamelduj-sie", "");
    assert_one_error(&empty, "is empty", 10);
    let nohost = GOOD.replace("https://www.gov.pl/web/gov/zamelduj-sie", "https:///x");
    assert_one_error(&nohost, "no valid host", 10);
    let no_date = GOOD.replace(", checked_on = 2026-11-21 }]\n\n[[section.step]]\nid = \"pesel\"", " }]\n\n[[section.step]]\nid = \"pesel\"");
    assert_one_error(&no_date, "has no `checked_on` date", 10);
    let datetime = GOOD.replacen("checked_on = 2026-11-21", "checked_on = 2026-11-21T10:00:00", 1);
    assert_one_error(&datetime, "not a plain date", 10);
    let no_sources = GOOD.replace("sources = [{ url = \"https://www.gov.pl/web/profilzaufany\", kind = \"official\", checked_on = 2026-11-21 }]", "");
    let (_, diags) = check_structure(&no_sources);
    assert!(diags.iter().any(|d| !d.is_error() && d.message.contains("cites no official source") && d.line == 20));
}

#[test]
fn reports_bad_conditions_and_parts() {
    let bad_status = GOOD.replace("status = [\"humanitarian-visa\"]", "status = [\"refugee\"]");
    assert_one_error(&bad_status, "unknown legal status `refugee`", 29);
    let bad_part = GOOD.replace("parts = [\"what\", \"why\"]", "parts = [\"what\", \"how\"]");
    assert_one_error(&bad_part, "unknown part `how`", 14);
    let bad_id = GOOD.replace("id = \"school\"", "id = \"School Step\"");
    assert_one_error(&bad_id, "not a valid id", 36);
    let plan_id = GOOD.replace("id = \"school\"", "id = \"plan-school\"");
    assert_one_error(&plan_id, "kept for steps of organisations' plans", 36);
    let no_version = GOOD.replace("content_version = \"test-2026-11-21\"", "");
    assert_one_error(&no_version, "`content_version` is missing", 1);
}

#[test]
fn reports_message_ids_missing_in_a_locale() {
    let def = good();
    let mut known = known_all(&def, &["en", "pl", "be"]);
    known.0[2].1.remove("checklist-step-pesel-why");
    known.0[1].1.remove("checklist-section-status");
    let errs: Vec<_> = validate(GOOD, &known).into_iter().filter(|d| d.is_error()).collect();
    assert_eq!(errs.len(), 2, "{errs:#?}");
    assert!(errs.iter().any(|e| e.message == "message `checklist-step-pesel-why` is missing in locale `be`" && e.line == 13));
    assert!(errs.iter().any(|e| e.message.contains("`checklist-section-status` is missing in locale `pl`") && e.line == 25));
    // a part not listed in `parts` is not required
    let mut known = known_all(&def, &["en"]);
    known.0[0].1.remove("checklist-step-pesel-bring");
    assert!(validate(GOOD, &known).iter().all(|d| !d.is_error()));
}

#[test]
fn hostile_input_gives_diagnostics_not_panics() {
    for text in ["", "\u{0}", "[[section]]", "content_version = 1", "[[section]]\nid = \"a\"\n[[section.step]]\nid = \"\"", "content_version=\"x\"\n[[section]]\nid=\"s\"\n[[section.step]]\nid=\"a\"\ndue={from=\"arrival\",days=-9223372036854775808}"] {
        let _ = parse(text);
        let def = good();
        let _ = validate(text, &known_all(&def, &["en"]));
    }
}

// ---------- scheduling ----------

fn states(pairs: &[(&str, StepState)]) -> BTreeMap<String, StepState> {
    pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
}

#[test]
fn plan_computes_dates_urgency_and_blocking() {
    let def = good();
    let s = Situation {
        arrival: Some(d(2026, 11, 18)),
        status: Some(LegalStatus::HumanitarianVisa),
        document_expiry: Some(d(2027, 1, 10)),
        has_children: Some(false),
        ..Default::default()
    };
    let today = d(2026, 11, 21);
    let p = plan(&def, &s, &BTreeMap::new(), today);
    let by = |id: &str| p.iter().find(|x| x.step.id == id).unwrap().clone();
    let address = by("address");
    assert_eq!(address.due, Some(d(2026, 11, 21)));
    assert_eq!(address.days_until_due, Some(0));
    assert_eq!(address.urgency, Urgency::DueSoon);
    assert!(address.is_actionable());
    let pesel = by("pesel");
    assert_eq!(pesel.due, Some(d(2026, 12, 18)));
    assert_eq!(pesel.urgency, Urgency::Later);
    assert_eq!(pesel.blocked_by, vec!["address"]);
    let permit = by("permit");
    assert_eq!(permit.due, Some(d(2026, 12, 11)));
    assert_eq!(permit.deadline, Some(d(2027, 1, 10)));
    assert_eq!(permit.days_until_deadline, Some(50));
    assert_eq!(by("school").applicability, Applicability::DoesNotApply);
    assert_eq!(by("profil-zaufany").urgency, Urgency::NoDate);

    // later: address overdue
    let p = plan(&def, &s, &BTreeMap::new(), d(2026, 11, 25));
    assert_eq!(p[0].urgency, Urgency::Overdue);
    assert_eq!(p[0].days_until_due, Some(-4));
    // finished steps are not overdue
    let st = states(&[("address", StepState::Done)]);
    let p = plan(&def, &s, &st, d(2026, 11, 25));
    assert_eq!(p[0].urgency, Urgency::Finished);
    assert!(p[1].blocked_by.is_empty());
}

#[test]
fn deadline_past_makes_a_step_overdue_even_if_due_missing() {
    let mut def = good();
    def.sections[1].steps[0].due = None;
    let s = Situation { status: Some(LegalStatus::HumanitarianVisa), document_expiry: Some(d(2026, 11, 20)), ..Default::default() };
    let p = plan(&def, &s, &BTreeMap::new(), d(2026, 11, 21));
    let permit = p.iter().find(|x| x.step.id == "permit").unwrap();
    assert_eq!(permit.urgency, Urgency::Overdue);
    assert_eq!(permit.days_until_deadline, Some(-1));
}

#[test]
fn next_steps_puts_actionable_first_then_by_date() {
    let def = good();
    let s = Situation {
        arrival: Some(d(2026, 11, 1)),
        status: Some(LegalStatus::HumanitarianVisa),
        document_expiry: Some(d(2026, 12, 1)),
        has_children: Some(true),
        city: Some("warsaw".into()),
        ..Default::default()
    };
    let today = d(2026, 11, 21);
    let ids = |v: Vec<StepStatus<'_>>| v.into_iter().map(|x| x.step.id.clone()).collect::<Vec<_>>();
    // nothing done: the permit (hard deadline: never waits), address (overdue)
    // and school (no date) actionable; the rest wait
    assert_eq!(ids(next_steps(&def, &s, &BTreeMap::new(), today, 10)), vec!["permit", "address", "school", "pesel", "profil-zaufany"]);
    assert_eq!(ids(next_steps(&def, &s, &BTreeMap::new(), today, 1)), vec!["permit"]);
    // address and pesel done, school in progress: profil-zaufany actionable
    let st = states(&[("address", StepState::Done), ("pesel", StepState::NotRelevant), ("school", StepState::InProgress)]);
    let next = next_steps(&def, &s, &st, today, 10);
    assert_eq!(ids(next.clone()), vec!["permit", "school", "profil-zaufany"]);
    assert!(next[0].blocked_by.is_empty());
    // a blocking step that does not apply does not block
    let s2 = Situation { status: Some(LegalStatus::AsylumApplicant), ..s.clone() };
    assert!(!ids(next_steps(&def, &s2, &st, today, 10)).contains(&"permit".to_string()));
    assert_eq!(next_steps(&def, &s, &st, today, 0).len(), 0);
}

#[test]
fn progress_counts_done_and_not_relevant_over_applicable() {
    let def = good();
    let s = Situation { status: Some(LegalStatus::AsylumApplicant), has_children: Some(true), ..Default::default() };
    // permit does not apply; school may apply (city unknown) and counts
    let st = states(&[("address", StepState::Done), ("pesel", StepState::NotRelevant), ("permit", StepState::Done), ("school", StepState::InProgress)]);
    let p = progress(&def, &s, &st);
    assert_eq!(p, Progress { done: 2, total: 4 });
    assert_eq!(p.percent(), 50);
    assert_eq!(Progress { done: 0, total: 0 }.percent(), 0);
    assert_eq!(progress(&def, &Situation::default(), &BTreeMap::new()), Progress { done: 0, total: 5 });
}

#[test]
fn days_between_crosses_leap_day() {
    assert_eq!(days_between(d(2028, 2, 28), d(2028, 3, 1)), 2);
    assert_eq!(days_between(d(2027, 2, 28), d(2027, 3, 1)), 1);
    assert_eq!(days_between(d(2027, 1, 1), d(2026, 12, 31)), -1);
}

// ---------- calendar ----------

/// A small RFC 5545 shape check: CRLF only, folded lines ≤ 75 octets,
/// BEGIN/END balance, required properties per VEVENT. Returns the unfolded
/// content lines.
fn check_ics(text: &str) -> Vec<String> {
    assert!(text.ends_with("\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n') && !text.replace("\r\n", "").contains('\r'), "bare LF or CR");
    let physical: Vec<&str> = text.strip_suffix("\r\n").unwrap().split("\r\n").collect();
    for l in &physical {
        assert!(l.len() <= 75, "line longer than 75 octets: {l:?} ({})", l.len());
    }
    let mut lines: Vec<String> = Vec::new();
    for l in physical {
        if let Some(cont) = l.strip_prefix(' ') {
            lines.last_mut().expect("continuation first").push_str(cont);
        } else {
            lines.push(l.to_string());
        }
    }
    let mut stack: Vec<String> = Vec::new();
    let mut props: Vec<String> = Vec::new();
    for l in &lines {
        let (name, value) = l.split_once(':').expect("NAME:value");
        if name == "BEGIN" {
            stack.push(value.to_string());
            if value == "VEVENT" {
                props.clear();
            }
        } else if name == "END" {
            assert_eq!(stack.pop().as_deref(), Some(value), "END without BEGIN");
            if value == "VEVENT" {
                for req in ["UID", "DTSTAMP", "DTSTART;VALUE=DATE", "SUMMARY"] {
                    assert_eq!(props.iter().filter(|p| *p == req).count(), 1, "{req} once per VEVENT");
                }
            }
        } else {
            props.push(name.to_string());
        }
    }
    assert!(stack.is_empty(), "unbalanced BEGIN/END");
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert!(lines.iter().any(|l| l == "VERSION:2.0") && lines.iter().any(|l| l.starts_with("PRODID:")));
    lines
}

#[test]
fn ics_export_is_well_formed_and_stable() {
    let def = good();
    let s = Situation {
        arrival: Some(d(2026, 11, 18)),
        status: Some(LegalStatus::HumanitarianVisa),
        document_expiry: Some(d(2027, 1, 10)),
        ..Default::default()
    };
    let st = states(&[("pesel", StepState::Done)]);
    let p = plan(&def, &s, &st, d(2026, 11, 21));
    let long = "Złóż wniosek o zezwolenie na pobyt czasowy; przez MOS, z Profilem Zaufanym, zanim skończy się wiza — Падайце заяву";
    let events = calendar_events(&p, |step, kind| match (step.id.as_str(), kind) {
        ("permit", DateKind::Due) => (long.to_string(), Some("line one\nline two, with comma\\".into())),
        (id, k) => (format!("{id} {k:?}"), None),
    });
    // address due, permit due + deadline; pesel done, profil-zaufany has no date
    assert_eq!(events.iter().map(|e| e.uid.as_str()).collect::<Vec<_>>(), vec!["address.due@waymark.checklist", "permit.due@waymark.checklist", "permit.deadline@waymark.checklist"]);
    let stamp = NaiveDateTime::parse_from_str("2026-11-21 23:05:09", "%Y-%m-%d %H:%M:%S").unwrap();
    let ics = to_ics(&events, stamp);
    let lines = check_ics(&ics);
    assert!(lines.contains(&"DTSTART;VALUE=DATE:20261211".to_string()));
    assert!(lines.contains(&"DTEND;VALUE=DATE:20261212".to_string()));
    assert!(lines.contains(&"DTSTAMP:20261121T230509Z".to_string()));
    assert!(lines.contains(&format!("SUMMARY:{}", long.replace(';', "\\;").replace(',', "\\,"))));
    assert!(lines.contains(&"DESCRIPTION:line one\\nline two\\, with comma\\\\".to_string()));
    assert!(ics.lines().any(|l| l.starts_with(' ')), "long summary was folded");
    // same input, same output (stable UIDs, passed-in stamp)
    assert_eq!(ics, to_ics(&events, stamp));
    let empty = to_ics(&[], stamp);
    check_ics(&empty);
}

proptest::proptest! {
    #[test]
    fn ics_folding_keeps_text_and_limits(summary in "\\PC{0,300}") {
        let e = IcsEvent { uid: "x.due@waymark.checklist".into(), date: d(2028, 2, 29), summary: summary.clone(), description: None };
        let ics = to_ics(&[e], NaiveDateTime::default());
        let lines = check_ics(&ics);
        let got = lines.iter().find(|l| l.starts_with("SUMMARY:")).unwrap();
        proptest::prop_assert_eq!(got.clone(), format!("SUMMARY:{}", ics::escape_text(&summary)));
    }

    #[test]
    fn offsets_never_panic_and_months_clamp(y in 1900i32..2200, m in 1u32..=12, day in 1u32..=31, months in -120i32..=120, days in -3660i32..=3660) {
        if let Some(start) = NaiveDate::from_ymd_opt(y, m, day) {
            let r = add_offset(start, months, 0).unwrap();
            // clamped: day never exceeds the original day
            proptest::prop_assert!(chrono::Datelike::day(&r) <= day);
            let r2 = add_offset(start, months, days).unwrap();
            proptest::prop_assert_eq!(days_between(r, r2), i64::from(days));
        }
    }
}

// ---------- shipped content ----------

/// Reads `locales/<l>/checklist-content.ftl` with fluent-syntax.
struct ShippedLocales(HashMap<String, HashSet<String>>);

const LOCALES: [&str; 5] = ["en", "pl", "ru", "be", "uk"];

fn shipped(file: &str) -> ShippedLocales {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut map = HashMap::new();
    for l in LOCALES {
        let text = std::fs::read_to_string(root.join(l).join(file)).unwrap();
        let res = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((_, errs)) => panic!("{l}/{file}: {errs:?}"),
        };
        let mut ids = HashSet::new();
        for entry in res.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                ids.insert(m.id.name.to_string());
                for a in m.attributes {
                    ids.insert(format!("{}.{}", m.id.name, a.id.name));
                }
            }
        }
        map.insert(l.to_string(), ids);
    }
    ShippedLocales(map)
}

impl KnownMessages for ShippedLocales {
    fn locales(&self) -> Vec<String> {
        LOCALES.iter().map(|s| s.to_string()).collect()
    }
    fn has(&self, locale: &str, id: &str) -> bool {
        self.0.get(locale).is_some_and(|s| s.contains(id))
    }
}

fn shipped_definition() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("public/content/checklist.toml")).unwrap()
}

#[test]
fn shipped_checklist_is_valid_in_every_locale() {
    let text = shipped_definition();
    let diags = validate(&text, &shipped("checklist-content.ftl"));
    let errors: Vec<String> = diags.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    // Every step cites an official page (December 2026 review): any warning
    // (no official source, old source, home page) is a regression.
    let warned: Vec<&str> = diags.iter().filter(|d| !d.is_error()).map(|d| d.message.as_str()).collect();
    assert!(warned.is_empty(), "{}", warned.join("\n"));
    let def = parse(&text).unwrap();
    assert!(def.steps().count() >= 20);
    assert_eq!(version_date(&def.content_version), Some(d(2026, 12, 4)));
    for step in def.steps().filter(|s| !s.id.contains("support") && s.id != "psychological-support") {
        assert!(!step.sources.is_empty(), "{}", step.id);
        assert!(step.sources.iter().all(|s| s.checked_on == d(2026, 12, 4)), "{}", step.id);
        // Never a home page, never a law firm or blog under "official".
        for src in &step.sources {
            assert!(!is_bare_domain(&src.url), "{}", src.url);
            for host in ["publicservices.guide", "reform.news", "crede.com.pl", "forintegration.eu", "nfz-lublin.pl", "archiwalna"] {
                assert!(!src.url.contains(host), "{} cites {}", step.id, src.url);
            }
        }
    }
    // The residence-permit filing never waits for PESEL / Profil Zaufany.
    assert!(def.step("residence-permit").unwrap().after.is_empty());
    // Asylum applicants are not told to buy NFZ insurance.
    assert_eq!(def.step("health-insurance").unwrap().when.evaluate(&Situation { status: Some(LegalStatus::AsylumApplicant), ..Default::default() }), Applicability::DoesNotApply);
    // the order the facts require
    assert_eq!(def.step("profil-zaufany").unwrap().after, vec!["pesel"]);
    // Protection holders and temporary protection have steps of their own.
    let only = |status: LegalStatus, id: &str| def.step(id).unwrap().when.evaluate(&Situation { status: Some(status), ..Default::default() });
    assert_eq!(only(LegalStatus::InternationalProtection, "protection-documents"), Applicability::Applies);
    assert_eq!(only(LegalStatus::InternationalProtection, "integration-programme"), Applicability::Applies);
    assert_eq!(only(LegalStatus::TemporaryProtection, "temporary-protection-scope"), Applicability::Applies);
    assert_eq!(only(LegalStatus::AsylumApplicant, "integration-programme"), Applicability::DoesNotApply);
}

#[test]
fn shipped_content_locales_define_the_same_messages() {
    let content = shipped("checklist-content.ftl");
    let ui = shipped("checklist.ftl");
    for set in [&content, &ui] {
        let en = set.0.get("en").unwrap();
        for l in LOCALES {
            let other = set.0.get(l).unwrap();
            let missing: Vec<_> = en.difference(other).collect();
            let extra: Vec<_> = other.difference(en).collect();
            assert!(missing.is_empty() && extra.is_empty(), "{l}: missing {missing:?}, extra {extra:?}");
        }
    }
    // UI strings the screen relies on
    for id in ["checklist-heading", "checklist-progress", "checklist-due-line", "checklist-due-line-late", "checklist-deadline-line", "checklist-deadline-line-late", "checklist-state-todo", "checklist-state-in-progress", "checklist-state-done", "checklist-state-not-relevant", "checklist-ics-warning"] {
        assert!(ui.has("en", id), "{id}");
    }
    for st in LegalStatus::ALL {
        assert!(ui.has("en", &format!("checklist-status-{}", st.as_str())), "{}", st.as_str());
    }
}

#[test]
fn shipped_scenario_humanitarian_visa_holder() {
    let def = parse(&shipped_definition()).unwrap();
    let s = Situation {
        arrival: Some(d(2026, 11, 18)),
        status: Some(LegalStatus::HumanitarianVisa),
        document_expiry: Some(d(2027, 3, 31)),
        has_children: Some(false),
        city: Some("Warszawa".into()),
        ..Default::default()
    };
    let p = plan(&def, &s, &BTreeMap::new(), d(2026, 11, 21));
    let permit = p.iter().find(|x| x.step.id == "residence-permit").unwrap();
    assert_eq!(permit.due, Some(d(2027, 3, 1)));
    assert_eq!(permit.deadline, Some(d(2027, 3, 31)));
    assert!(p.iter().any(|x| x.step.id == "protection-report" && x.applicability == Applicability::DoesNotApply));
    assert!(p.iter().any(|x| x.step.id == "school" && x.applicability == Applicability::DoesNotApply));
    let next = next_steps(&def, &s, &BTreeMap::new(), d(2026, 11, 21), 3);
    assert_eq!(next[0].step.id, "address-registration");
    assert_eq!(next[0].urgency, Urgency::DueSoon);
}

fn format_ui(locale: &str, id: &str, args: &[(&str, i64)]) -> String {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(locale).join("checklist.ftl");
    let res = FluentResource::try_new(std::fs::read_to_string(path).unwrap()).unwrap();
    let lang: unic_langid::LanguageIdentifier = locale.parse().unwrap();
    let mut bundle = FluentBundle::new(vec![lang]);
    bundle.set_use_isolating(false);
    bundle.add_resource(res).unwrap();
    let msg = bundle.get_message(id).unwrap();
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        fa.set(*k, *v);
    }
    let mut errs = vec![];
    let out = bundle.format_pattern(msg.value().unwrap(), Some(&fa), &mut errs).to_string();
    assert!(errs.is_empty(), "{locale} {id}: {errs:?}");
    out
}

/// A step's date line as the screen shows it: the core picks the message and
/// `$days` from the day difference, `$date` is the locale's long date, and the
/// whole sentence comes out of that one message (no joined fragments).
fn date_line_text(locale: &str, kind: DateKind, date: NaiveDate, days: i64) -> String {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
    let (id, n) = date_line(kind, days);
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(locale).join("checklist.ftl");
    let res = FluentResource::try_new(std::fs::read_to_string(path).unwrap()).unwrap();
    let mut bundle = FluentBundle::new(vec![crate::i18n::plural_rules_locale(locale)]);
    bundle.set_use_isolating(false);
    bundle.add_resource(res).unwrap();
    let mut args = FluentArgs::new();
    args.set("date", crate::i18n::format_date(locale, date));
    args.set("days", n);
    let mut errs = vec![];
    let out = bundle.format_pattern(bundle.get_message(id).unwrap().value().unwrap(), Some(&args), &mut errs).to_string();
    assert!(errs.is_empty(), "{locale} {id}: {errs:?}");
    out
}

#[test]
fn date_line_picks_one_message_per_direction_and_kind() {
    assert_eq!(date_line(DateKind::Due, 3), ("checklist-due-line", 3));
    assert_eq!(date_line(DateKind::Due, 0), ("checklist-due-line", 0));
    assert_eq!(date_line(DateKind::Due, -7), ("checklist-due-line-late", 7));
    assert_eq!(date_line(DateKind::Deadline, 35), ("checklist-deadline-line", 35));
    assert_eq!(date_line(DateKind::Deadline, -1), ("checklist-deadline-line-late", 1));
    assert_eq!(date_line(DateKind::Due, i64::MIN).1, i64::MAX);
}

#[test]
fn date_line_is_one_whole_sentence_in_every_language() {
    let date = d(2026, 11, 21);
    let due = |l: &str, n: i64| date_line_text(l, DateKind::Due, date, n);
    let deadline = |l: &str, n: i64| date_line_text(l, DateKind::Deadline, date, n);
    assert_eq!(due("en", 0), "Do it by 21 November 2026 (today)");
    assert_eq!(due("en", 1), "Do it by 21 November 2026 (tomorrow)");
    assert_eq!(due("en", 3), "Do it by 21 November 2026 (in 3 days)");
    assert_eq!(due("en", -1), "Do it by 21 November 2026 (1 day late)");
    assert_eq!(due("en", -7), "Do it by 21 November 2026 (7 days late)");
    assert_eq!(deadline("en", 35), "Last possible day: 21 November 2026 (in 35 days)");
    assert_eq!(deadline("en", -2), "Last possible day: 21 November 2026 (2 days late)");
    assert_eq!(due("pl", 0), "Zrób to do 21 listopada 2026 (dzisiaj)");
    assert_eq!(due("pl", 2), "Zrób to do 21 listopada 2026 (za 2 dni)");
    assert_eq!(due("pl", -1), "Zrób to do 21 listopada 2026 (1 dzień po terminie)");
    assert_eq!(deadline("pl", 5), "Ostatni możliwy dzień: 21 listopada 2026 (za 5 dni)");
    assert_eq!(due("ru", 2), "Сделать до 21 ноября 2026\u{a0}г. (через 2 дня)");
    assert_eq!(due("ru", 5), "Сделать до 21 ноября 2026\u{a0}г. (через 5 дней)");
    assert_eq!(due("ru", 21), "Сделать до 21 ноября 2026\u{a0}г. (через 21 день)");
    assert_eq!(due("ru", -4), "Сделать до 21 ноября 2026\u{a0}г. (просрочено на 4 дня)");
    assert_eq!(deadline("ru", 1), "Последний возможный день: 21 ноября 2026\u{a0}г. (завтра)");
    assert_eq!(due("be", 3), "Зрабіць да 21 лістапада 2026\u{a0}г. (праз 3 дні)");
    assert_eq!(due("be", 11), "Зрабіць да 21 лістапада 2026\u{a0}г. (праз 11 дзён)");
    assert_eq!(due("be", -7), "Зрабіць да 21 лістапада 2026\u{a0}г. (пратэрмінавана на 7 дзён)");
    assert_eq!(deadline("be", -21), "Апошні магчымы дзень: 21 лістапада 2026\u{a0}г. (пратэрмінавана на 21 дзень)");
    assert_eq!(due("uk", 22), "Зробити до 21 листопада 2026\u{a0}р. (через 22 дні)");
    assert_eq!(due("uk", 25), "Зробити до 21 листопада 2026\u{a0}р. (через 25 днів)");
    assert_eq!(due("uk", -5), "Зробити до 21 листопада 2026\u{a0}р. (прострочено на 5 днів)");
    assert_eq!(deadline("uk", 0), "Останній можливий день: 21 листопада 2026\u{a0}р. (сьогодні)");
    for l in LOCALES {
        for n in -30..=30 {
            let text = due(l, n);
            assert!(text.contains(&crate::i18n::format_date(l, date)) && text.ends_with(')'), "{l} {n}: {text}");
            assert!(deadline(l, n).ends_with(')'), "{l} {n}");
        }
    }
}

#[test]
fn shipped_plurals_pick_the_right_forms() {
    let prog = |l: &str, done: i64, total: i64| format_ui(l, "checklist-progress", &[("done", done), ("total", total)]);
    assert_eq!(prog("en", 0, 1), "0 of 1 step done");
    assert_eq!(prog("en", 3, 12), "3 of 12 steps done");
    assert_eq!(prog("pl", 3, 12), "Zrobiono 3 z 12 kroków");
    assert_eq!(prog("pl", 1, 21), "Zrobiono 1 z 21 kroków");
    assert_eq!(prog("ru", 1, 21), "Сделано 1 из 21 шага");
    assert_eq!(prog("be", 2, 5), "Зроблена 2 з 5 крокаў");
    assert_eq!(prog("uk", 2, 3), "Зроблено 2 з 3 кроків");
}

#[test]
fn every_english_message_has_a_translator_comment() {
    for file in ["checklist.ftl", "checklist-content.ftl"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en").join(file);
        let text = std::fs::read_to_string(path).unwrap();
        let res = fluent_syntax::parser::parse(text.as_str()).unwrap();
        let mut count = 0;
        for entry in res.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                assert!(m.comment.is_some(), "en/{file}: `{}` has no translator comment", m.id.name);
                count += 1;
            }
        }
        assert!(count > 20, "{file}");
    }
}

/// Due dates are calendar dates, never instants: a rule gives the same day
/// across Poland's daylight-saving changes and at any hour in any time zone,
/// because nothing here has a time or a zone to shift (the shell passes the
/// phone's local calendar date as "today").
#[test]
fn due_dates_are_calendar_dates_across_daylight_saving_changes() {
    use crate::checklist::add_offset;
    let d = |y, m, day| chrono::NaiveDate::from_ymd_opt(y, m, day).unwrap();
    // Poland: summer time starts 29 Mar 2026 and ends 25 Oct 2026.
    assert_eq!(add_offset(d(2026, 3, 28), 0, 3), Some(d(2026, 3, 31)));
    assert_eq!(add_offset(d(2026, 10, 24), 0, 3), Some(d(2026, 10, 27)));
    assert_eq!(add_offset(d(2026, 3, 29), 0, -1), Some(d(2026, 3, 28)));
    // A whole month across a change keeps the day of the month.
    assert_eq!(add_offset(d(2026, 3, 15), 1, 0), Some(d(2026, 4, 15)));
    assert_eq!(add_offset(d(2026, 10, 15), 1, 0), Some(d(2026, 11, 15)));
    // Days until a date are whole calendar days, also across a change.
    assert_eq!(crate::checklist::days_between(d(2026, 3, 28), d(2026, 3, 30)), 2);
    assert_eq!(crate::checklist::days_between(d(2026, 10, 24), d(2026, 10, 26)), 2);
}

#[test]
fn a_passed_recommended_date_before_the_deadline_is_do_now_not_overdue() {
    let def = good();
    let s = Situation { status: Some(LegalStatus::HumanitarianVisa), document_expiry: Some(d(2027, 1, 10)), ..Default::default() };
    // The permit is recommended by 2026-12-11, legally possible until 2027-01-10.
    let on = |day| plan(&def, &s, &BTreeMap::new(), day).into_iter().find(|x| x.step.id == "permit").unwrap().urgency;
    assert_eq!(on(d(2026, 11, 21)), Urgency::Later);
    assert_eq!(on(d(2026, 12, 21)), Urgency::DoNow);
    assert_eq!(on(d(2027, 1, 10)), Urgency::DoNow);
    assert_eq!(on(d(2027, 1, 11)), Urgency::Overdue);
}

#[test]
fn next_steps_hold_only_steps_that_apply() {
    let def = parse(&shipped_definition()).unwrap();
    // First visit: nothing known. Steps that only may apply (asylum, school)
    // are in the full list but not in "next steps".
    let empty = Situation::default();
    let all = plan(&def, &empty, &BTreeMap::new(), d(2026, 11, 21));
    assert!(all.iter().any(|x| x.applicability == Applicability::MayApply));
    let next = next_steps(&def, &empty, &BTreeMap::new(), d(2026, 11, 21), usize::MAX);
    assert!(!next.is_empty());
    assert!(next.iter().all(|x| x.applicability == Applicability::Applies), "{:?}", next.iter().map(|x| &x.step.id).collect::<Vec<_>>());
    assert!(!next.iter().any(|x| x.step.id == "protection-report"));
    // Once the status says so, the asylum step is a next step.
    let asylum = Situation { status: Some(LegalStatus::AsylumApplicant), arrival: Some(d(2026, 11, 20)), ..Default::default() };
    let next = next_steps(&def, &asylum, &BTreeMap::new(), d(2026, 11, 21), usize::MAX);
    assert!(next.iter().any(|x| x.step.id == "protection-report"));
}

// ---------- source kinds and content-check warnings ----------

/// Warnings (line, message) of a definition.
fn warnings(text: &str) -> Vec<(usize, String)> {
    check_structure(text).1.into_iter().filter(|d| !d.is_error()).map(|d| (d.line, d.message)).collect()
}

#[test]
fn good_definition_has_no_warnings_and_kinds_are_read() {
    assert!(warnings(GOOD).is_empty(), "{:#?}", warnings(GOOD));
    assert!(good().steps().all(|s| s.sources.iter().all(|x| x.kind == SourceKind::Official)));
    let org = GOOD.replacen("kind = \"official\"", "kind = \"organisation\"", 1);
    assert_eq!(parse(&org).unwrap().step("address").unwrap().sources[0].kind, SourceKind::Organisation);
    assert_one_error(&GOOD.replacen("kind = \"official\"", "kind = \"gov\"", 1), "unknown source kind `gov`", 10);
}

#[test]
fn warns_with_line_about_stale_unofficial_kindless_and_bare_sources() {
    // Checked 2026-05-20 is more than 6 months before the version date 2026-11-21.
    let stale = GOOD.replacen("checked_on = 2026-11-21", "checked_on = 2026-05-20", 1);
    assert_eq!(warnings(&stale), vec![(10, "source `https://www.gov.pl/web/gov/zamelduj-sie` of step `address` was checked on 2026-05-20, more than 6 months before the content version date".to_string())]);
    let fresh = GOOD.replacen("checked_on = 2026-11-21", "checked_on = 2026-05-21", 1);
    assert!(warnings(&fresh).is_empty());
    let other = GOOD.replacen("kind = \"official\"", "kind = \"other\"", 1);
    assert_eq!(warnings(&other), vec![(8, "step `address` cites no official source".to_string())]);
    let kindless = GOOD.replacen(", kind = \"official\"", "", 1);
    let w = warnings(&kindless);
    assert!(w.contains(&(10, "source `https://www.gov.pl/web/gov/zamelduj-sie` of step `address` has no `kind`".to_string())), "{w:#?}");
    assert!(w.contains(&(8, "step `address` cites no official source".to_string())), "{w:#?}");
    for bare in ["https://www.muw.pl", "https://www.muw.pl/"] {
        let t = GOOD.replacen("https://www.gov.pl/web/gov/zamelduj-sie", bare, 1);
        assert_eq!(warnings(&t), vec![(10, format!("source link `{bare}` of step `address` is only a home page"))]);
    }
    assert!(!is_bare_domain("https://www.gov.pl/web/gov/zamelduj-sie") && !is_bare_domain("https://x.pl/?q=1"));
    assert_eq!(version_date("pl-2026-12-04"), Some(d(2026, 12, 4)));
    assert_eq!(version_date("v3"), None);
}

#[test]
fn old_status_names_in_conditions_still_work_with_a_warning() {
    let old = GOOD.replace("status = [\"humanitarian-visa\"]", "status = [\"visa-free-or-other\", \"protection-applicant\"]");
    let def = parse(&old).unwrap();
    assert_eq!(def.step("permit").unwrap().when.status, vec![LegalStatus::OtherVisa, LegalStatus::VisaFree, LegalStatus::AsylumApplicant]);
    let w = warnings(&old);
    assert_eq!(w.len(), 2, "{w:#?}");
    assert!(w[0].1.contains("`visa-free-or-other`") && w[0].0 == 29);
    assert_one_error(&GOOD.replace("status = [\"humanitarian-visa\"]", "status = [\"not-sure\"]"), "conditioned on status `not-sure`", 29);
}

#[test]
fn a_step_with_a_hard_deadline_never_waits_for_an_earlier_step() {
    // The permit comes `after` Profil Zaufany, which is not done: it is still
    // actionable, not "waiting for", and leads "next steps" once its date is near.
    let def = good();
    let s = Situation { status: Some(LegalStatus::HumanitarianVisa), document_expiry: Some(d(2026, 12, 10)), arrival: Some(d(2026, 11, 1)), ..Default::default() };
    let p = plan(&def, &s, &BTreeMap::new(), d(2026, 11, 21));
    let permit = p.iter().find(|x| x.step.id == "permit").unwrap();
    assert!(permit.blocked_by.is_empty() && permit.is_actionable());
    assert_eq!(permit.urgency, Urgency::DoNow);
    // A step without a deadline still shows the advice.
    assert_eq!(p.iter().find(|x| x.step.id == "profil-zaufany").unwrap().blocked_by, vec!["pesel"]);
    // Ordered with the actionable steps by its date (after the overdue
    // address registration), before the steps that wait.
    let next: Vec<String> = next_steps(&def, &s, &BTreeMap::new(), d(2026, 11, 21), 10).into_iter().map(|x| x.step.id.clone()).collect();
    assert_eq!(next, vec!["address", "permit", "pesel", "profil-zaufany"]);
}
