//! Desk downloads: many opened exports as one CSV table or one JSON array, for
//! the organisation's own case system.
//!
//! Owns the column layout (fixed metadata columns, then the sorted union of
//! answer ids, then `checklist.<step>` columns), language-neutral flattening
//! of values, RFC 4180 quoting and the guard against spreadsheet formula
//! injection. It never translates values (choice ids stay ids) and never
//! includes padding.

use std::collections::BTreeSet;

use serde_json::Value;

use super::Export;

const META_COLUMNS: [&str; 4] = ["created", "locale", "content_version", "format_version"];

/// One row per export, one column per question id (union over all exports,
/// sorted), then one per checklist step. Lines end in CRLF (RFC 4180).
pub fn exports_to_csv(exports: &[Export]) -> String {
    let answer_ids: BTreeSet<&str> = exports.iter().flat_map(|e| e.answers.keys().map(String::as_str)).collect();
    let step_ids: BTreeSet<&str> = exports.iter().flat_map(|e| e.checklist.steps.keys().map(String::as_str)).collect();

    let mut out = String::new();
    let header: Vec<String> = META_COLUMNS
        .iter()
        .map(|s| s.to_string())
        .chain(answer_ids.iter().map(|s| s.to_string()))
        .chain(step_ids.iter().map(|s| format!("checklist.{s}")))
        .collect();
    push_row(&mut out, header.iter().map(|h| cell_text(h)));

    for e in exports {
        let mut row: Vec<String> = vec![
            cell_text(&e.created),
            cell_text(&e.locale),
            cell_text(&e.content_version),
            e.version.to_string(),
        ];
        for id in &answer_ids {
            row.push(e.answers.get(*id).map(cell_value).unwrap_or_default());
        }
        for id in &step_ids {
            row.push(e.checklist.steps.get(*id).map(|s| cell_text(s)).unwrap_or_default());
        }
        push_row(&mut out, row.into_iter());
    }
    out
}

/// All exports as a pretty JSON array (no padding), for import elsewhere.
pub fn exports_to_json(exports: &[Export]) -> String {
    serde_json::to_string_pretty(exports).unwrap_or_else(|_| "[]".to_string())
}

fn push_row(out: &mut String, cells: impl Iterator<Item = String>) {
    let mut first = true;
    for c in cells {
        if !first {
            out.push(',');
        }
        first = false;
        out.push_str(&quote(&c));
    }
    out.push_str("\r\n");
}

/// RFC 4180: quote when the cell has a comma, quote, CR or LF; double quotes.
fn quote(cell: &str) -> String {
    if cell.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

/// Text from the file: guarded against formula injection (a leading
/// `= + - @`, tab or CR makes spreadsheets run it), by prefixing `'`.
fn cell_text(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

/// Language-neutral flattening: strings as written (guarded), numbers as
/// numbers (never guarded: a JSON number cannot be a formula), booleans as
/// `true`/`false`, lists of plain values joined by `;`, anything else
/// (repeat groups) as compact JSON.
fn cell_value(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => cell_text(s),
        Value::Array(items) if items.iter().all(|i| matches!(i, Value::String(_) | Value::Number(_) | Value::Bool(_))) => {
            let joined: Vec<String> = items
                .iter()
                .map(|i| match i {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
                .collect();
            cell_text(&joined.join(";"))
        }
        other => cell_text(&other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::sample_export;
    use super::*;
    use serde_json::json;

    #[test]
    fn columns_are_union_sorted_and_quoted() {
        let a = sample_export(2);
        let mut b = sample_export(0);
        b.answers.clear();
        b.answers.insert("zz.extra".into(), json!("=HYPERLINK(\"http://evil\")"));
        b.answers.insert("contact.phone".into(), json!("+48 500 000 000"));
        b.answers.insert("household.size".into(), json!(-1));
        let csv = exports_to_csv(&[a, b]);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(
            lines[0],
            "created,locale,content_version,format_version,contact.name,contact.phone,household.members,household.size,needs.housing,notes,status.expiry,zz.extra,checklist.pesel,checklist.profil-zaufany"
        );
        assert_eq!(
            lines[1],
            "2026-11-21,be,2026-11,1,Алеся,,\"[{\"\"birth_year\"\":2015,\"\"relation\"\":\"\"child\"\"},{\"\"birth_year\"\":1988,\"\"relation\"\":\"\"partner\"\"}]\",3,short-term;family,жж,2027-03-01,,done,todo"
        );
        assert_eq!(
            lines[2],
            "2026-11-21,be,2026-11,1,,'+48 500 000 000,,-1,,,,\"'=HYPERLINK(\"\"http://evil\"\")\",done,todo"
        );
        assert_eq!(lines[3], "");
    }

    #[test]
    fn newlines_and_commas_are_quoted() {
        let mut e = sample_export(0);
        e.answers.clear();
        e.answers.insert("notes".into(), json!("a,b\nc"));
        e.answers.insert("at".into(), json!(["@x", "y"]));
        let csv = exports_to_csv(&[e]);
        assert!(csv.contains("\"a,b\nc\""));
        assert!(csv.contains(",'@x;y,"));
    }

    #[test]
    fn json_array_round_trips() {
        let list = vec![sample_export(1), sample_export(2)];
        let back: Vec<Export> = serde_json::from_str(&exports_to_json(&list)).unwrap();
        assert_eq!(back, list);
        assert!(!exports_to_json(&list).contains("padding"));
    }
}
