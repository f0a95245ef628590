use super::*;

fn export(len: usize, seed: u32) -> Vec<u8> {
    (0..len as u32).map(|i| (i.wrapping_mul(2654435761).wrapping_add(seed) >> 13) as u8).collect()
}

fn collect(texts: &[String]) -> Result<Option<Vec<u8>>, FrameError> {
    let mut c = Collector::new();
    for t in texts {
        if let Accepted::Complete(whole) = c.accept(t)? {
            return Ok(Some(whole));
        }
    }
    Ok(None)
}

#[test]
fn frames_follow_the_documented_format() {
    let e = export(1500, 1);
    let texts = frames(&e).unwrap();
    assert_eq!(texts.len(), 3);
    let check = &texts[0].split('/').nth(4).unwrap().to_string();
    assert_eq!(check.len(), 16);
    for (i, t) in texts.iter().enumerate() {
        assert!(t.starts_with(&format!("WM1/{}/3/1500/{check}/", i + 1)), "{t}");
        assert!(t.bytes().all(|c| b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:".contains(&c)), "alphanumeric only");
    }
    let f = parse_frame(&texts[2]).unwrap();
    assert_eq!((f.index, f.count, f.total, f.data.len()), (3, 3, 1500, 1500 - 2 * PART_BYTES));
}

#[test]
fn any_order_reassembles() {
    let e = export(4096, 2);
    let mut texts = frames(&e).unwrap();
    texts.reverse();
    texts.swap(1, 3);
    assert_eq!(collect(&texts), Ok(Some(e)));
}

#[test]
fn repeats_are_counted_once() {
    let e = export(2048, 3);
    let texts = frames(&e).unwrap();
    let mut c = Collector::new();
    assert_eq!(c.accept(&texts[0]), Ok(Accepted::New(Progress { received: 1, count: 4 })));
    assert_eq!(c.accept(&texts[0]), Ok(Accepted::Repeat(Progress { received: 1, count: 4 })));
    assert_eq!(c.accept(&texts[2]), Ok(Accepted::New(Progress { received: 2, count: 4 })));
    assert_eq!(c.accept(&texts[2]), Ok(Accepted::Repeat(Progress { received: 2, count: 4 })));
    assert_eq!(c.accept(&texts[1]), Ok(Accepted::New(Progress { received: 3, count: 4 })));
    assert_eq!(c.accept(&texts[3]), Ok(Accepted::Complete(e)));
    assert_eq!(c.progress(), None, "a complete export leaves nothing behind");
}

#[test]
fn a_missing_frame_is_not_complete_until_it_comes_round_again() {
    let e = export(4096, 4);
    let texts = frames(&e).unwrap();
    let mut first_cycle = texts.clone();
    first_cycle.remove(3);
    let mut c = Collector::new();
    for t in &first_cycle {
        assert!(matches!(c.accept(t), Ok(Accepted::New(_))));
    }
    assert_eq!(c.progress(), Some(Progress { received: texts.len() - 1, count: texts.len() }));
    // The phone shows the sequence again: repeats, then the missed one.
    assert!(matches!(c.accept(&texts[0]), Ok(Accepted::Repeat(_))));
    assert_eq!(c.accept(&texts[3]), Ok(Accepted::Complete(e)));
}

#[test]
fn a_frame_of_another_export_is_refused_and_changes_nothing() {
    let (a, b) = (export(4096, 5), export(4096, 6));
    let (ta, tb) = (frames(&a).unwrap(), frames(&b).unwrap());
    let mut c = Collector::new();
    c.accept(&ta[0]).unwrap();
    assert_eq!(c.accept(&tb[1]), Err(FrameError::OtherExport));
    assert_eq!(c.progress(), Some(Progress { received: 1, count: ta.len() }));
    let mut rest = Ok(Accepted::Repeat(Progress { received: 0, count: 0 }));
    for t in &ta[1..] {
        rest = c.accept(t);
    }
    assert_eq!(rest, Ok(Accepted::Complete(a)));
}

#[test]
fn a_corrupted_frame_is_refused_or_caught_by_the_checksum() {
    let e = export(2048, 7);
    let texts = frames(&e).unwrap();
    // A character outside base45 (or a broken header): refused as damaged.
    for bad in [texts[1].replacen("WM1/2/", "WM1/2 /", 1), format!("{}a", texts[1]), texts[1].replacen("/2048/", "/20X8/", 1)] {
        assert_eq!(parse_frame(&bad), Err(FrameError::Damaged), "{bad}");
    }
    // A valid-looking frame whose data was changed: the whole does not match
    // its checksum, the collection starts again, and the right frames then
    // complete it.
    let mut changed = texts.clone();
    let last = changed[1].pop().unwrap();
    changed[1].push(if last == '0' { '1' } else { '0' });
    let mut c = Collector::new();
    let results: Vec<_> = changed.iter().map(|t| c.accept(t)).collect();
    assert_eq!(results.last(), Some(&Err(FrameError::Mismatch)));
    assert_eq!(c.progress(), None);
    assert_eq!(collect(&texts), Ok(Some(e)));
}

#[test]
fn hostile_claims_are_refused_before_any_allocation() {
    let check = "0123456789ABCDEF";
    for text in [
        format!("WM1/1/10000/20000/{check}/00"),      // 10,000 parts
        format!("WM1/1/2/999999/{check}/00"),        // a huge size
        format!("WM1/1/2/18446744073709551616/{check}/00"), // beyond any integer
        format!("WM1/1/2/1/{check}/00"),             // fewer bytes than parts
        format!("WM1/3/2/100/{check}/00"),           // index beyond count
        format!("WM1/0/2/100/{check}/00"),           // index 0
        format!("WM1/1/0/100/{check}/00"),           // no parts
        format!("WM1/1/1/3/{check}/000000"),         // more data than the whole
        format!("WM1/1/1/100/{check}/{}", "0".repeat(9000)), // longer than any QR code
        "WM1/1/1/100/0123/00".to_string(),           // short check
        format!("WM1/1/1/100/{}/00", check.to_lowercase()), // not upper-case hex
        "WM1/1/1/100".to_string(),                   // fields missing
    ] {
        let mut c = Collector::new();
        assert_eq!(c.accept(&text), Err(FrameError::Damaged), "{text}");
        assert_eq!(c.progress(), None, "nothing was set up for {text}");
    }
}

#[test]
fn other_codes_and_newer_formats_are_named() {
    assert_eq!(parse_frame("https://example.org/"), Err(FrameError::NotHandover));
    assert_eq!(parse_frame("WMX/1/1/1/0/00"), Err(FrameError::NotHandover));
    assert_eq!(parse_frame("WM2/1/1/1/0123456789ABCDEF/00"), Err(FrameError::NewerFormat));
    assert_eq!(parse_frame(""), Err(FrameError::NotHandover));
}

#[test]
fn sizes_at_the_limits() {
    assert_eq!(frames(&[]), Err(FrameError::TooLarge));
    assert_eq!(frames(&vec![0; MAX_TOTAL + 1]), Err(FrameError::TooLarge));
    let biggest = export(MAX_TOTAL, 8);
    let texts = frames(&biggest).unwrap();
    assert!(texts.len() <= MAX_PARTS);
    assert_eq!(collect(&texts), Ok(Some(biggest)));
    let one = frames(&[42]).unwrap();
    assert_eq!(collect(&one), Ok(Some(vec![42])));
}

#[test]
fn every_error_has_a_message_in_every_shipped_language() {
    let all = [
        FrameError::NotHandover,
        FrameError::NewerFormat,
        FrameError::Damaged,
        FrameError::OtherExport,
        FrameError::Mismatch,
        FrameError::TooLarge,
    ];
    let ids = all.iter().map(|e| e.message_id()).chain(["export-codes-failed", "desk-scan-no-camera", "desk-scan-no-code"]);
    let ids: Vec<&str> = ids.collect();
    for lang in crate::i18n::SHIPPED {
        let text: String = ["export.ftl", "desk.ftl"]
            .iter()
            .map(|f| std::fs::read_to_string(format!("{}/locales/{lang}/{f}", env!("CARGO_MANIFEST_DIR"))).unwrap_or_default())
            .collect();
        for id in &ids {
            assert!(text.lines().any(|l| l.starts_with(&format!("{id} = "))), "{lang}: {id}");
        }
    }
}
