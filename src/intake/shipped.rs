//! Tests over the shipped content: `public/content/intake.toml` and
//! `locales/*/intake.ftl`, `locales/*/intake-content.ftl`. Test-only; reads
//! files through `CARGO_MANIFEST_DIR`, which library code never does.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use chrono::NaiveDate;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::*;
use crate::diagnostic::KnownMessages;

const LOCALES: [&str; 5] = ["en", "pl", "ru", "be", "uk"];
const FILES: [&str; 2] = ["intake.ftl", "intake-content.ftl"];

fn read(rel: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Message id → (variables used, has a comment).
type FileMessages = BTreeMap<String, (BTreeSet<String>, bool)>;

/// The messages of every (locale, file).
struct Ftl {
    messages: BTreeMap<(String, String), FileMessages>,
}

fn vars_in(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            vars_expr(expression, out);
        }
    }
}

fn vars_expr(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            vars_inline(selector, out);
            for v in variants {
                vars_in(&v.value, out);
            }
        }
        Expression::Inline(i) => vars_inline(i, out),
    }
}

fn vars_inline(i: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => vars_expr(expression, out),
        _ => {}
    }
}

impl Ftl {
    fn load() -> Ftl {
        let mut messages = BTreeMap::new();
        for loc in LOCALES {
            for file in FILES {
                let text = read(&format!("locales/{loc}/{file}"));
                let res = match fluent_syntax::parser::parse(text.as_str()) {
                    Ok(r) => r,
                    Err((_, errs)) => panic!("locales/{loc}/{file} has syntax errors: {errs:?}"),
                };
                let mut map = BTreeMap::new();
                for entry in res.body {
                    if let Entry::Message(m) = entry {
                        let mut vars = BTreeSet::new();
                        if let Some(v) = &m.value {
                            vars_in(v, &mut vars);
                        }
                        assert!(map.insert(m.id.name.to_string(), (vars, m.comment.is_some())).is_none(), "duplicate {} in {loc}/{file}", m.id.name);
                    }
                }
                messages.insert((loc.to_string(), file.to_string()), map);
            }
        }
        Ftl { messages }
    }
}

impl KnownMessages for Ftl {
    fn locales(&self) -> Vec<String> {
        LOCALES.iter().map(|s| s.to_string()).collect()
    }
    fn has(&self, locale: &str, id: &str) -> bool {
        FILES.iter().any(|f| self.messages.get(&(locale.to_string(), f.to_string())).is_some_and(|m| m.contains_key(id)))
    }
}

pub(crate) fn shipped_form() -> Form {
    Form::from_toml(&read("public/content/intake.toml")).unwrap_or_else(|e| match e {
        LoadError::Invalid(d) => panic!("{}", d.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")),
    })
}

#[test]
fn shipped_definition_passes_the_full_check() {
    let ftl = Ftl::load();
    let diags = check_definition(&read("public/content/intake.toml"), &ftl);
    assert!(diags.is_empty(), "{}", diags.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"));
    let f = shipped_form();
    assert!(f.sections.len() >= 7);
}

#[test]
fn locales_match_english_and_english_is_commented() {
    let ftl = Ftl::load();
    for file in FILES {
        let en = &ftl.messages[&("en".to_string(), file.to_string())];
        for (id, (_, commented)) in en {
            assert!(*commented, "en/{file}: `{id}` has no translator comment");
        }
        for loc in &LOCALES[1..] {
            let other = &ftl.messages[&(loc.to_string(), file.to_string())];
            for (id, (vars, _)) in en {
                let Some((ovars, _)) = other.get(id) else { panic!("{loc}/{file}: `{id}` is missing") };
                assert!(ovars.is_subset(vars), "{loc}/{file}: `{id}` uses unknown variables {ovars:?} (en: {vars:?})");
                // Every variable that carries information must appear (plural
                // selectors may drop a number they spell out as a word).
                for v in vars {
                    assert!(ovars.contains(v), "{loc}/{file}: `{id}` does not use ${v}");
                }
            }
            for id in other.keys() {
                assert!(en.contains_key(id), "{loc}/{file}: `{id}` is not in en (obsolete?)");
            }
        }
    }
}

#[test]
fn english_content_has_no_unused_messages() {
    let ftl = Ftl::load();
    let f = shipped_form();
    let mut used = BTreeSet::new();
    for s in &f.sections {
        used.insert(s.title_id.clone());
        used.extend(s.intro_id.clone());
    }
    for q in f.all_questions() {
        used.insert(q.label_id.clone());
        used.extend(q.hint_id.clone());
        used.extend(q.message_id.clone());
        used.extend(q.kind.choices().iter().map(|c| c.label_id.clone()));
    }
    for id in ftl.messages[&("en".to_string(), "intake-content.ftl".to_string())].keys() {
        assert!(used.contains(id), "en/intake-content.ftl: `{id}` is not used by content/intake.toml");
    }
}

#[test]
fn shipped_form_minimises_data_and_gates_sensitive_questions() {
    let f = shipped_form();
    let today = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
    // Nothing but consent is shown before consent to processing.
    let mut a = f.new_answers();
    assert_eq!(f.shown_sections(&a), vec![0]);
    a.set("consent-processing", AnswerValue::Bool(true));
    a.set("needs", AnswerValue::List(vec!["health".into(), "housing".into(), "psychological".into()]));
    let rel = f.relevance(&a);
    assert!(f.shown_sections(&a).len() >= 7);
    for q in ["health-insurance", "health-urgent", "health-medicines", "psych-format", "psych-urgency", "specific-needs-sensitive"] {
        assert!(!rel.question(q), "{q} shown without consent to sensitive questions");
    }
    assert!(rel.question("housing-address"));
    assert!(!f.question("housing-address").unwrap().required);
    a.set("consent-sensitive", AnswerValue::Bool(true));
    let rel = f.relevance(&a);
    assert!(rel.question("health-urgent") && rel.question("specific-needs-sensitive"));
    // No birth dates, passport numbers or narratives.
    for q in f.all_questions() {
        assert!(!q.id.contains("passport") && !q.id.contains("birth-date") && !q.id.contains("story"), "{}", q.id);
        if let QuestionKind::LongText { max_length, .. } = q.kind {
            assert!(max_length <= 1000);
        }
    }
    assert!(matches!(f.question("member-birth-year").unwrap().kind, QuestionKind::Year { no_future: true, .. }));
    // A complete, plausible answer set validates and exports.
    a.set("name", AnswerValue::Text("Ala".into()));
    a.set("contact-channel", AnswerValue::Text("signal".into()));
    a.set("contact-phone", AnswerValue::Text("+48 600 100 200".into()));
    a.set("languages", AnswerValue::List(vec!["belarusian".into()]));
    a.set("city", AnswerValue::Text("warsaw".into()));
    a.set("legal-status", AnswerValue::Text("humanitarian-visa".into()));
    a.set("document-expiry", AnswerValue::Text("2027-03-01".into()));
    a.add_item("household");
    a.set_in_item("household", 0, "member-relationship", AnswerValue::Text("child".into()));
    a.set_in_item("household", 0, "member-birth-year", AnswerValue::Number(2017));
    a.set_in_item("household", 0, "member-school", AnswerValue::Text("school".into()));
    a.set("housing-situation", AnswerValue::Text("shelter".into()));
    a.set("in-danger", AnswerValue::Bool(false));
    a.set("shelter-nights", AnswerValue::Number(400));
    let errs = f.validate(&a, today);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert_eq!(errs[0].message_id, "intake-error-shelter-nights");
    assert_eq!(errs[0].args(), vec![("min", 0), ("max", 365)]);
    a.set("shelter-nights", AnswerValue::Number(3));
    assert!(f.validate(&a, today).is_empty());
    // Withdrawing consent to processing hides (and stops exporting) everything else.
    let ex = f.exportable_answers(&a);
    assert_eq!(ex["household"], serde_json::json!([{"member-relationship": "child", "member-birth-year": 2017, "member-school": "school"}]));
    a.set("consent-processing", AnswerValue::Bool(false));
    assert_eq!(f.exportable_answers(&a).keys().collect::<Vec<_>>(), vec!["consent-processing", "consent-sensitive"]);
}

mod fuzz {
    use super::*;
    use proptest::prelude::*;

    fn ids() -> Vec<String> {
        shipped_form().all_questions().map(|q| q.id.clone()).collect()
    }

    fn value() -> impl Strategy<Value = AnswerValue> {
        let leaf = prop_oneof![
            prop_oneof![Just("warsaw".to_string()), Just("2027-01-01".to_string()), Just("+48 600 100 200".to_string()), ".{0,20}"].prop_map(AnswerValue::Text),
            prop::collection::vec(prop_oneof![Just("housing".to_string()), Just("health".to_string()), "[a-z]{0,6}"], 0..4).prop_map(AnswerValue::List),
            any::<bool>().prop_map(AnswerValue::Bool),
            any::<i64>().prop_map(AnswerValue::Number),
        ];
        leaf.prop_recursive(2, 12, 3, |inner| {
            prop::collection::vec(prop::collection::btree_map(prop_oneof![Just("member-relationship".to_string()), Just("member-birth-year".to_string()), "[a-z-]{1,6}"], inner, 0..3), 0..4)
                .prop_map(AnswerValue::Items)
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn shipped_form_never_panics_on_arbitrary_answers(picks in prop::collection::vec((0usize..64, value()), 0..20), consent in any::<bool>()) {
            let f = shipped_form();
            let ids = ids();
            let mut a = f.new_answers();
            a.set("consent-processing", AnswerValue::Bool(consent));
            for (i, v) in picks {
                let id = ids.get(i % ids.len()).cloned().unwrap_or_default();
                a.values.insert(id, v);
            }
            let today = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
            let _ = f.validate(&a, today);
            let _ = f.review(&a, today);
            for v in f.exportable_answers(&a).values() {
                prop_assert!(AnswerValue::from_json(v).is_ok());
            }
        }
    }
}

#[test]
fn the_legal_status_question_offers_exactly_the_shared_status_list() {
    // One definition (crate::status) for the checklist and the intake.
    let f = shipped_form();
    let q = f.question(crate::status::STATUS_QUESTION).expect("legal-status question");
    let ids: Vec<&str> = q.kind.choices().iter().map(|c| c.id.as_str()).collect();
    let want: Vec<&str> = crate::status::LegalStatus::ALL.iter().map(|s| s.as_str()).collect();
    assert_eq!(ids, want);
    let ftl = Ftl::load();
    for st in crate::status::LegalStatus::ALL {
        for loc in LOCALES {
            assert!(ftl.has(loc, &st.intake_message()), "{loc}: {}", st.intake_message());
        }
    }
}

#[test]
fn triage_questions_are_there_without_numbers_or_stories() {
    let f = shipped_form();
    let mut a = f.new_answers();
    a.set("consent-processing", AnswerValue::Bool(true));
    a.set("city", AnswerValue::Text("not-in-poland".into()));
    let rel = f.relevance(&a);
    assert!(rel.question("arrival-plan") && !rel.question("arrival-date"));
    assert!(rel.question("travel-document-valid") && rel.question("karta-polaka"));
    let choices = |id: &str| f.question(id).unwrap().kind.choices().iter().map(|c| c.id.clone()).collect::<Vec<_>>();
    for (q, c) in [("legal-topics", "travel-document"), ("legal-topics", "humanitarian-visa"), ("legal-topics", "family-reunification"), ("legal-topics", "detention-or-return"), ("needs", "financial"), ("work-help", "self-employment"), ("education-needs", "higher-education"), ("psych-urgency", "now")] {
        assert!(choices(q).contains(&c.to_string()), "{q}: {c}");
    }
    // Passport validity is a choice, never a text field for a number.
    assert!(matches!(f.question("travel-document-valid").unwrap().kind, QuestionKind::SingleChoice { .. }));
}
