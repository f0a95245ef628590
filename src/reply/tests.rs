use std::collections::BTreeMap;
use std::process::Command;

use super::*;
use crate::checklist::{plan as schedule, Situation, StepState, Urgency};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn step(id: &str, title: &str, due: Option<NaiveDate>) -> PlanStep {
    PlanStep { id: id.into(), title: title.into(), note: None, due, place: None, bring: None }
}

fn sample() -> Plan {
    Plan {
        org: "Fundacja \"Dom\" — Warszawa".into(),
        created: day(2026, 12, 5),
        steps: vec![
            PlanStep {
                id: "pesel".into(),
                title: "Book the PESEL appointment".into(),
                note: Some("Call on Monday.\nAsk for Anna.".into()),
                due: Some(day(2026, 12, 10)),
                place: Some("Urząd Dzielnicy Wola, ul. Solidarności 90".into()),
                bring: Some("Passport, 2 photos".into()),
            },
            step("housing", "Visit the flat", Some(day(2026, 12, 1))),
            step("call-mentor", "<script>alert(1)</script> call your mentor", None),
        ],
    }
}

fn key() -> ReplyKey {
    ReplyKey::generate().unwrap()
}

#[test]
fn sealed_plan_opens_with_the_reply_key_binary_and_armored() {
    let k = key();
    let to = k.recipient().unwrap();
    assert!(to.starts_with("age1"));
    for armored in [false, true] {
        let sealed = seal_plan(&sample(), &to, armored).unwrap();
        assert_eq!(open_plan(sealed, Some(&k)).unwrap(), sample());
    }
    // Pasted with whitespace around it, as a messenger gives it.
    let mut pasted = b"\n  ".to_vec();
    pasted.extend(seal_plan(&sample(), &to, true).unwrap());
    pasted.extend(b"\n\n");
    assert_eq!(open_plan(pasted, Some(&k)).unwrap(), sample());
}

#[test]
fn a_plan_for_another_vault_or_without_a_key_is_refused_by_name() {
    let sealed = seal_plan(&sample(), &key().recipient().unwrap(), false).unwrap();
    assert_eq!(open_plan(sealed.clone(), Some(&key())), Err(PlanError::NotForThisVault));
    assert_eq!(open_plan(sealed, None), Err(PlanError::NoReplyKey));
}

#[test]
fn damaged_truncated_oversized_and_foreign_files_get_their_own_error() {
    let k = key();
    let sealed = seal_plan(&sample(), &k.recipient().unwrap(), false).unwrap();
    let mut flipped = sealed.clone();
    let last = flipped.len() - 1;
    flipped[last] ^= 1;
    assert_eq!(open_plan(flipped, Some(&k)), Err(PlanError::Damaged));
    assert_eq!(open_plan(sealed[..sealed.len() - 20].to_vec(), Some(&k)), Err(PlanError::Damaged));
    assert_eq!(open_plan(sealed[..40].to_vec(), Some(&k)), Err(PlanError::Damaged));
    let armored = String::from_utf8(seal_plan(&sample(), &k.recipient().unwrap(), true).unwrap()).unwrap();
    let cut = &armored[..armored.len() / 2];
    assert_eq!(open_plan(cut.as_bytes().to_vec(), Some(&k)), Err(PlanError::Damaged));
    assert_eq!(open_plan(b"%PDF-1.7".to_vec(), Some(&k)), Err(PlanError::NotSealed));
    assert_eq!(open_plan(Vec::new(), Some(&k)), Err(PlanError::NotSealed));
    assert_eq!(open_plan(vec![b' '; MAX_PLAN_INPUT + 1], Some(&k)), Err(PlanError::TooLarge { max: MAX_PLAN_INPUT }));
    // An export sealed to the same key opens, but is not a plan.
    let export = crate::export::tests::sample_export(3);
    let r = Recipient::parse(&k.recipient().unwrap()).unwrap();
    let sealed_export = crate::export::seal(&export, &[r], crate::export::SealFormat::Binary).unwrap();
    assert_eq!(open_plan(sealed_export, Some(&k)), Err(PlanError::NotAPlan));
}

fn sealed_json(k: &ReplyKey, json: &str) -> Vec<u8> {
    let r = Recipient::parse(&k.recipient().unwrap()).unwrap();
    agefile::encrypt(&[r], json.as_bytes()).unwrap()
}

#[test]
fn hostile_plans_are_refused_whole() {
    let k = key();
    let open = |json: String| open_plan(sealed_json(&k, &json), Some(&k));
    let with_steps = |steps: &str| format!(r#"{{"format":"waymark-plan","version":1,"org":"O","created":"2026-12-05","steps":[{steps}]}}"#);
    // 10,000 steps: refused by the item count, before any parsing.
    let many = vec![r#"{"id":"a","title":"t"}"#; 10_000];
    assert_eq!(open(with_steps(&many.join(","))), Err(PlanError::Invalid("steps")));
    // 51 steps: over the format's bound.
    let over: Vec<String> = (0..=MAX_STEPS).map(|i| format!(r#"{{"id":"s{i}","title":"t"}}"#)).collect();
    assert_eq!(open(with_steps(&over.join(","))), Err(PlanError::Invalid("steps")));
    // A 1 MB title: over the input size as a file …
    let huge = "x".repeat(1 << 20);
    assert_eq!(open(with_steps(&format!(r#"{{"id":"a","title":"{huge}"}}"#))), Err(PlanError::TooLarge { max: MAX_PLAN_INPUT }));
    // … and over the title's bound inside an allowed size.
    let long = "x".repeat(MAX_TITLE_CHARS + 1);
    assert_eq!(open(with_steps(&format!(r#"{{"id":"a","title":"{long}"}}"#))), Err(PlanError::Invalid("title")));
    let text = "y".repeat(MAX_TEXT_CHARS + 1);
    assert_eq!(open(with_steps(&format!(r#"{{"id":"a","title":"t","bring":"{text}"}}"#))), Err(PlanError::Invalid("bring")));
    // Bad dates.
    for due in ["2026-02-30", "30.12.2026", "1999-12-31", "2101-01-01", ""] {
        let r = open(with_steps(&format!(r#"{{"id":"a","title":"t","due":"{due}"}}"#)));
        assert!(r.is_err() || due.is_empty(), "{due}: {r:?}");
    }
    assert_eq!(open(with_steps(r#"{"id":"a","title":"t","due":"2026-02-30"}"#)), Err(PlanError::Invalid("fields")));
    assert_eq!(open(with_steps(r#"{"id":"a","title":"t","due":"1999-12-31"}"#)), Err(PlanError::Invalid("due")));
    // Ids: missing, duplicate, with characters an element id cannot hold.
    assert_eq!(open(with_steps(r#"{"title":"t"}"#)), Err(PlanError::Invalid("fields")));
    assert_eq!(open(with_steps(r#"{"id":"a","title":"t"},{"id":"a","title":"u"}"#)), Err(PlanError::Invalid("id")));
    assert_eq!(open(with_steps(r#"{"id":"a b","title":"t"}"#)), Err(PlanError::Invalid("id")));
    assert_eq!(open(with_steps(r#"{"id":"","title":"t"}"#)), Err(PlanError::Invalid("id")));
    // Empty title, control characters, no steps.
    assert_eq!(open(with_steps(r#"{"id":"a","title":"  "}"#)), Err(PlanError::Invalid("title")));
    assert_eq!(open(with_steps(r#"{"id":"a","title":"t\u0007"}"#)), Err(PlanError::Invalid("title")));
    assert_eq!(open(with_steps("")), Err(PlanError::Invalid("steps")));
    // Versions and formats.
    assert_eq!(open(with_steps(r#"{"id":"a","title":"t"}"#).replace("\"version\":1", "\"version\":2")), Err(PlanError::NewerVersion { version: 2 }));
    assert_eq!(open(with_steps(r#"{"id":"a","title":"t"}"#).replace("\"version\":1", "\"version\":0")), Err(PlanError::Invalid("version")));
    assert_eq!(open(with_steps(r#"{"id":"a","title":"t"}"#).replace("waymark-plan", "waymark-export")), Err(PlanError::NotAPlan));
    assert_eq!(open("[1,2,3]".into()), Err(PlanError::NotAPlan));
    // Markup is kept as the text it is (the UI never renders it as HTML).
    let html = open(with_steps(r#"{"id":"a","title":"<img src=x onerror=alert(1)>"}"#)).unwrap();
    assert_eq!(html.steps[0].title, "<img src=x onerror=alert(1)>");
}

#[test]
fn the_seal_side_checks_the_same_bounds() {
    let mut bad = sample();
    bad.steps[0].title = String::new();
    assert_eq!(seal_plan(&bad, &key().recipient().unwrap(), false), Err(SealPlanError::Invalid(PlanError::Invalid("title"))));
    assert_eq!(seal_plan(&sample(), "age1nope", false), Err(SealPlanError::BadRecipient));
}

#[test]
fn a_later_plan_updates_steps_by_id_and_keeps_the_rest() {
    let mut kept = Vec::new();
    assert_eq!(merge(&mut kept, sample()), Ok(Merged { added: 3, updated: 0 }));
    let mut later = sample();
    later.created = day(2026, 12, 20);
    later.steps = vec![step("pesel", "PESEL: bring the filled form", Some(day(2026, 12, 14))), step("school", "Enrol the children", None)];
    assert_eq!(merge(&mut kept, later), Ok(Merged { added: 1, updated: 1 }));
    assert_eq!(kept.len(), 1);
    let ids: Vec<_> = kept[0].steps.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["pesel", "housing", "call-mentor", "school"]);
    assert_eq!(kept[0].steps[0].title, "PESEL: bring the filled form");
    assert_eq!(kept[0].created, day(2026, 12, 20));
    // The same plan again changes nothing.
    let again = kept[0].clone();
    assert_eq!(merge(&mut kept, again), Ok(Merged { added: 0, updated: 0 }));
    // Another organisation gets its own plan.
    let mut other = sample();
    other.org = "Other".into();
    assert_eq!(merge(&mut kept, other), Ok(Merged { added: 3, updated: 0 }));
    assert_eq!(kept.len(), 2);
}

#[test]
fn merging_past_the_kept_bounds_changes_nothing() {
    let mut kept = Vec::new();
    for n in 0..MAX_PLANS {
        let mut p = sample();
        p.org = format!("Org {n}");
        merge(&mut kept, p).unwrap();
    }
    let before = kept.clone();
    let mut one_more = sample();
    one_more.org = "One more".into();
    assert_eq!(merge(&mut kept, one_more), Err(PlanError::TooMany));
    assert_eq!(kept, before);
    // An organisation adding steps past what is kept.
    let mut more = sample();
    more.org = "Org 0".into();
    let mut n = 0;
    loop {
        more.steps = (0..MAX_STEPS).map(|i| step(&format!("x{n}-{i}"), "t", None)).collect();
        n += 1;
        let snapshot = kept.clone();
        match merge(&mut kept, more.clone()) {
            Ok(_) => continue,
            Err(e) => {
                assert_eq!(e, PlanError::TooMany);
                assert_eq!(kept, snapshot);
                break;
            }
        }
    }
    assert!(kept[0].steps.len() <= MAX_KEPT_STEPS);
}

#[test]
fn plan_steps_become_checklist_steps_with_dates_and_urgency() {
    let plans = vec![sample()];
    let sections = sections(&plans);
    assert_eq!(sections.len(), 1);
    let key = step_key(&plans[0].org, "pesel");
    assert!(key.starts_with(STEP_PREFIX) && !key.contains(' ') && key.ends_with("-pesel"));
    assert_eq!(sections[0].id, section_key(&plans[0].org));
    assert_eq!(sections[0].org.as_deref(), Some(plans[0].org.as_str()));
    let step = sections[0].steps.iter().find(|s| s.id == key).unwrap();
    let words = step.words.as_deref().unwrap();
    assert_eq!(words.title, "Book the PESEL appointment");
    assert_eq!(step.parts, [Part::What, Part::Where, Part::Bring]);
    assert_eq!(words.texts.len(), step.parts.len());
    assert_eq!(words.texts[1], "Urząd Dzielnicy Wola, ul. Solidarności 90");
    let def = crate::checklist::ChecklistDef { content_version: "t".into(), sections };
    let mut states = BTreeMap::new();
    let today = day(2026, 12, 5);
    let statuses = schedule(&def, &Situation::default(), &states, today);
    let urgency: Vec<_> = statuses.iter().map(|s| s.urgency).collect();
    assert_eq!(urgency, [Urgency::DueSoon, Urgency::Overdue, Urgency::NoDate]);
    assert_eq!(statuses[0].due, Some(day(2026, 12, 10)));
    states.insert(step_key(&plans[0].org, "housing"), StepState::Done);
    let statuses = schedule(&def, &Situation::default(), &states, today);
    assert_eq!(statuses[1].urgency, Urgency::Finished);
    // Removing the plan names the keys whose states and notes go with it.
    let mut plans = plans;
    let keys = remove(&mut plans, "Fundacja \"Dom\" — Warszawa");
    assert!(plans.is_empty());
    assert_eq!(keys.len(), 3);
}

#[test]
fn the_reply_key_never_shows_in_debug_and_round_trips_in_the_draft() {
    let k = key();
    assert_eq!(format!("{k:?}"), "ReplyKey(…)");
    let mut draft = crate::draft::Draft { reply_key: Some(k.clone()), ..Default::default() };
    draft.plans.push(sample());
    assert!(!format!("{draft:?}").contains("AGE-SECRET-KEY"));
    let back = crate::draft::Draft::from_json(&draft.to_json()).unwrap();
    assert_eq!(back, draft);
    assert_eq!(back.reply_key.unwrap().recipient(), k.recipient());
    // A draft saved before plans existed still opens, with none.
    let old = serde_json::json!({"checklist": {}, "intake": {"values": {}}});
    let old = crate::draft::Draft::from_json(&old).unwrap();
    assert!(old.plans.is_empty() && old.reply_key.is_none());
}

#[test]
fn exports_carry_reply_to_and_old_exports_still_open() {
    let mut export = crate::export::tests::sample_export(3);
    let k = key();
    export.reply_to = k.recipient();
    let json = crate::export::export_json(&export).unwrap();
    assert!(json.contains("\"reply_to\": \"age1"));
    assert!(!json.contains("AGE-SECRET-KEY"));
    let back = crate::export::parse_export_json(json.as_bytes()).unwrap();
    assert_eq!(back.reply_to, k.recipient());
    // Without it (exports made before plans) and with a broken one.
    export.reply_to = None;
    let json = crate::export::export_json(&export).unwrap();
    assert!(!json.contains("reply_to"));
    assert_eq!(crate::export::parse_export_json(json.as_bytes()).unwrap().reply_to, None);
    let broken = json.replacen("{", "{\"reply_to\":\"age1nope\",", 1);
    assert_eq!(crate::export::parse_export_json(broken.as_bytes()).unwrap().reply_to, None);
}

/// SPEC: a plan sealed with the reference `age` tool to an export's
/// `reply_to` imports; one we seal opens with `age -d` and the reply key.
#[test]
fn plans_sealed_with_the_age_cli_import_and_ours_open_with_it() {
    if !crate::export::interop_tests::age_available() {
        return;
    }
    let k = key();
    let to = k.recipient().unwrap();
    let dir = std::env::temp_dir().join(format!("waymark-plan-interop-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let json_path = dir.join("plan.json");
    std::fs::write(&json_path, plan_json(&sample())).unwrap();
    for armor in [false, true] {
        let out_path = dir.join(if armor { "plan.txt" } else { "plan.age" });
        let mut cmd = Command::new("age");
        cmd.arg("-r").arg(&to);
        if armor {
            cmd.arg("-a");
        }
        let status = cmd.arg("-o").arg(&out_path).arg(&json_path).status().unwrap();
        assert!(status.success());
        let sealed = std::fs::read(&out_path).unwrap();
        assert_eq!(open_plan(sealed, Some(&k)).unwrap(), sample());
    }
    // Ours, opened by the CLI with the secret key.
    let key_path = dir.join("reply-key.txt");
    std::fs::write(&key_path, format!("{}\n", k.0)).unwrap();
    let ours = dir.join("ours.age");
    std::fs::write(&ours, seal_plan(&sample(), &to, false).unwrap()).unwrap();
    let out = Command::new("age").arg("-d").arg("-i").arg(&key_path).arg(&ours).output().unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(parse_plan(&out.stdout).unwrap(), sample());
}

#[test]
fn errors_cross_the_worker_boundary_by_message_id() {
    for e in [
        PlanError::TooLarge { max: MAX_PLAN_INPUT },
        PlanError::NotSealed,
        PlanError::Damaged,
        PlanError::NotForThisVault,
        PlanError::NoReplyKey,
        PlanError::NotAPlan,
        PlanError::NewerVersion { version: 7 },
        PlanError::Invalid("title"),
        PlanError::TooMany,
        PlanError::Unreadable,
    ] {
        assert_eq!(PlanError::from_message_id(e.message_id()).message_id(), e.message_id());
    }
    assert_eq!(PlanError::from_message_id("something-else"), PlanError::Unreadable);
    // The plan crosses as JSON and comes back equal.
    let json = serde_json::to_string(&sample()).unwrap();
    assert_eq!(plan_from_json(&json), Some(sample()));
    assert_eq!(plan_from_json("{"), None);
}

#[test]
fn the_hand_written_json_form_is_serde_s() {
    let mut plan = sample();
    plan.steps[1].note = Some("n".into());
    for p in [sample(), plan] {
        let by_hand = plan_to_value(&p);
        assert_eq!(by_hand, serde_json::to_value(&p).unwrap());
        assert_eq!(plan_from_value(&by_hand), Some(p.clone()));
        assert_eq!(serde_json::from_value::<Plan>(by_hand).unwrap(), p);
    }
    // Missing or mistyped required fields: not a plan.
    let mut v = plan_to_value(&sample());
    v["steps"][0].as_object_mut().unwrap().remove("title");
    assert_eq!(plan_from_value(&v), None);
    let mut v = plan_to_value(&sample());
    v["created"] = serde_json::json!(20261205);
    assert_eq!(plan_from_value(&v), None);
}

#[test]
fn deceptive_characters_are_refused() {
    for c in ['\u{202E}', '\u{2066}', '\u{200B}', '\u{200F}', '\u{FEFF}', '\u{2028}', '\u{061C}'] {
        let mut p = sample();
        p.org = format!("Fundacja{c} Dom");
        assert_eq!(check(&p), Err(PlanError::Invalid("org")), "{c:?}");
        let mut p = sample();
        p.steps[0].place = Some(format!("ul. Solidarności {c}90"));
        assert_eq!(check(&p), Err(PlanError::Invalid("where")), "{c:?}");
    }
}

#[test]
fn kept_plans_stay_within_the_draft_budget() {
    let big = |org: &str, n: usize| Plan {
        org: org.into(),
        created: day(2026, 12, 5),
        steps: (0..MAX_STEPS)
            .map(|i| PlanStep {
                id: format!("s{n}-{i}"),
                title: "ж".repeat(MAX_TITLE_CHARS),
                note: Some("ж".repeat(MAX_TEXT_CHARS)),
                due: None,
                place: Some("ж".repeat(MAX_TEXT_CHARS)),
                bring: Some("ж".repeat(MAX_TEXT_CHARS)),
            })
            .collect(),
    };
    let mut kept = Vec::new();
    // One plan at every limit fits …
    assert!(check(&big("A", 0)).is_ok());
    merge(&mut kept, big("A", 0)).unwrap();
    // … but the kept text stops growing at the budget, all or nothing.
    let before = kept.clone();
    assert_eq!(merge(&mut kept, big("B", 1)), Err(PlanError::TooMany));
    assert_eq!(merge(&mut kept, big("A", 2)), Err(PlanError::TooMany));
    assert_eq!(kept, before);
    assert!(kept.iter().map(text_bytes).sum::<usize>() <= MAX_KEPT_TEXT_BYTES);
}

#[test]
fn every_plan_the_desk_can_seal_opens() {
    let k = key();
    let plan = Plan {
        org: "ж".repeat(MAX_TITLE_CHARS),
        created: day(2026, 12, 5),
        steps: (0..MAX_STEPS)
            .map(|i| PlanStep {
                id: format!("{i:0>40}"),
                title: "ж".repeat(MAX_TITLE_CHARS),
                note: Some("ж".repeat(MAX_TEXT_CHARS)),
                due: Some(day(2026, 12, 31)),
                place: Some("ж".repeat(MAX_TEXT_CHARS)),
                bring: Some("ж".repeat(MAX_TEXT_CHARS)),
            })
            .collect(),
    };
    let armored = seal_plan(&plan, &k.recipient().unwrap(), true).unwrap();
    assert!(armored.len() <= MAX_PLAN_INPUT, "{} bytes", armored.len());
    assert_eq!(open_plan(armored, Some(&k)).unwrap(), plan);
}

#[test]
fn organisations_with_colliding_tags_never_share_keys() {
    // Different names give different keys (8-byte tags) …
    let a = step_key("Fundacja Dom 72593", "s1");
    let b = step_key("Fundacja Dom 110872", "s1");
    assert_ne!(a, b);
    assert_eq!(section_key("Fundacja Dom 72593").len(), STEP_PREFIX.len() + 16);
    // (With 4-byte tags these two collided; merge also refuses any name
    // whose tag equals a kept organisation's.)
}

#[test]
fn a_sealed_plan_does_not_contain_reply_to() {
    let k = key();
    let to = k.recipient().unwrap();
    let raw = *Recipient::parse(&to).unwrap().as_bytes();
    for armored in [false, true] {
        let sealed = seal_plan(&sample(), &to, armored).unwrap();
        assert!(!sealed.windows(to.len()).any(|w| w == to.as_bytes()));
        assert!(!sealed.windows(32).any(|w| w == raw));
    }
}

#[test]
fn plan_step_states_never_reach_an_export() {
    let mut record = crate::checklist::ChecklistRecord::default();
    record.set_state("pesel", StepState::Done);
    record.set_state(&step_key("Fundacja Dom", "s1"), StepState::Done);
    record.set_note(&step_key("Fundacja Dom", "s1"), "private");
    let exported = crate::export::ChecklistExport::from_record(&record);
    assert_eq!(exported.steps.keys().collect::<Vec<_>>(), ["pesel"]);
}
