//! Reading and checking `content/checklist.toml`.
//!
//! Owns the file schema (raw types with spans, read from the untyped TOML
//! tree), the conversion into the clean [`ChecklistDef`], and the validator that reports every mistake as a
//! [`Diagnostic`] with the site path `content/checklist.toml` and a line. It
//! never touches the file system: callers pass the file's text in.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;
use crate::config::toml_read::DeTable;
use crate::config::toml_read::Datetime;
use crate::config::toml_read::Spanned;

use super::model::{
    section_message_id, Anchor, ChecklistDef, Condition, DateRule, LegalStatus, Part, Section, Source, SourceKind, Step,
    MAX_OFFSET_DAYS, MAX_OFFSET_MONTHS,
};
use crate::config::toml_walk::{Item, Walk};
use crate::diagnostic::{line_of, Diagnostic, KnownMessages};

/// Site path of the definition, used in every diagnostic.
pub const CHECKLIST_PATH: &str = "content/checklist.toml";

/// Why a checklist definition could not be loaded. The UI maps each variant to
/// a localized "the checklist content is broken" message; details are in the
/// diagnostics from [`validate`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChecklistError {
    /// Not valid TOML, or fields that the schema does not know / lacks.
    #[error("content/checklist.toml:{line}: the file is not valid checklist TOML")]
    Syntax { line: usize },
    /// Parsed, but with content mistakes (duplicate ids, cycles, bad rules, …).
    #[error("content/checklist.toml:{line}: {count} mistake(s) in the checklist content")]
    Invalid { line: usize, count: usize },
}

// ---------- raw schema ----------
//
// Read by hand from the untyped TOML tree (see `crate::config::toml_walk`)
// rather than with serde: one derived deserializer per struct costs far more
// wasm than this. Every field keeps its position for the diagnostics.

/// Fix for syntax errors and unknown fields.
const FIX: &str = "fix the TOML at this line; the allowed fields are listed in docs/content-checklist.md";

const FILE_FIELDS: &[&str] = &["content_version", "section"];
const SECTION_FIELDS: &[&str] = &["id", "step"];
const STEP_FIELDS: &[&str] = &["id", "parts", "after", "when", "due", "deadline", "sources"];
const WHEN_FIELDS: &[&str] = &["status", "children", "city"];
const RULE_FIELDS: &[&str] = &["from", "months", "days"];
const SOURCE_FIELDS: &[&str] = &["url", "name", "kind", "checked_on"];

struct RawFile {
    content_version: Option<Spanned<String>>,
    section: Vec<RawSection>,
}

struct RawSection {
    id: Spanned<String>,
    step: Vec<RawStep>,
}

struct RawStep {
    id: Spanned<String>,
    parts: Option<Spanned<Vec<Spanned<String>>>>,
    after: Vec<Spanned<String>>,
    when: Option<Spanned<RawWhen>>,
    due: Option<Spanned<RawRule>>,
    deadline: Option<Spanned<RawRule>>,
    sources: Vec<Spanned<RawSource>>,
}

struct RawWhen {
    status: Vec<Spanned<String>>,
    children: Option<bool>,
    city: Vec<Spanned<String>>,
}

struct RawRule {
    from: Spanned<String>,
    months: i64,
    days: i64,
}

struct RawSource {
    url: Option<Spanned<String>>,
    name: Option<String>,
    kind: Option<Spanned<String>>,
    checked_on: Option<Spanned<Datetime>>,
}

/// Reads the schema; every mistake goes to `w` (and then `None` or a
/// partial result, which the caller must not use).
fn read_file(w: &mut Walk<'_>, root: &Item<'_, '_>) -> RawFile {
    let t = root.0;
    w.fields(t, FILE_FIELDS);
    let content_version = w.text(t, "content_version");
    let section = w.tables(t, "section").iter().filter_map(|s| read_section(w, s)).collect();
    RawFile { content_version, section }
}

fn read_section(w: &mut Walk<'_>, item: &Item<'_, '_>) -> Option<RawSection> {
    w.fields(item.0, SECTION_FIELDS);
    let id = w.required_text(item, "id");
    let step = w.tables(item.0, "step").iter().filter_map(|s| read_step(w, s)).collect();
    Some(RawSection { id: id?, step })
}

fn text_list(w: &mut Walk<'_>, t: &DeTable<'_>, key: &str) -> Vec<Spanned<String>> {
    w.texts(t, key).map(Spanned::into_inner).unwrap_or_default()
}

fn read_step(w: &mut Walk<'_>, item: &Item<'_, '_>) -> Option<RawStep> {
    let t = item.0;
    w.fields(t, STEP_FIELDS);
    let id = w.required_text(item, "id");
    let parts = w.texts(t, "parts");
    let after = text_list(w, t, "after");
    let when = w.table(t, "when").map(|(wt, span)| {
        w.fields(wt, WHEN_FIELDS);
        let status = text_list(w, wt, "status");
        let children = w.flag(wt, "children").map(Spanned::into_inner);
        let city = text_list(w, wt, "city");
        Spanned::new(span, RawWhen { status, children, city })
    });
    let due = read_rule(w, t, "due");
    let deadline = read_rule(w, t, "deadline");
    let sources = w
        .tables(t, "sources")
        .into_iter()
        .map(|(st, span)| {
            w.fields(st, SOURCE_FIELDS);
            let url = w.text(st, "url");
            let name = w.text(st, "name").map(Spanned::into_inner);
            let kind = w.text(st, "kind");
            let checked_on = w.date(st, "checked_on");
            Spanned::new(span, RawSource { url, name, kind, checked_on })
        })
        .collect();
    Some(RawStep { id: id?, parts, after, when, due, deadline, sources })
}

fn read_rule(w: &mut Walk<'_>, t: &DeTable<'_>, key: &str) -> Option<Spanned<RawRule>> {
    let item = w.table(t, key)?;
    w.fields(item.0, RULE_FIELDS);
    let from = w.required_text(&item, "from");
    let months = w.integer(item.0, "months").map_or(0, Spanned::into_inner);
    let days = w.integer(item.0, "days").map_or(0, Spanned::into_inner);
    Some(Spanned::new(item.1, RawRule { from: from?, months, days }))
}

// ---------- public entry points ----------

/// Parses and checks the structure of a definition. Returns the definition
/// (when the file could be read at all) and every structural diagnostic.
/// Message ids are not checked here (see [`validate`]).
pub fn check_structure(text: &str) -> (Option<ChecklistDef>, Vec<Diagnostic>) {
    let mut out = Vec::new();
    let root = match DeTable::parse(text) {
        Ok(r) => r,
        Err(e) => {
            let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(0);
            out.push(Diagnostic::error(CHECKLIST_PATH, line, format!("the file is not valid checklist TOML: {}", e.message().trim()), FIX));
            return (None, out);
        }
    };
    let mut w = Walk::new(text, CHECKLIST_PATH, "the file is not valid checklist TOML: ", FIX, "docs/content-checklist.md");
    let raw = read_file(&mut w, &(root.get_ref(), root.span()));
    if !w.diags.is_empty() {
        return (None, w.into_diags());
    }
    let def = convert(text, &raw, &mut out);
    check_graph(&def, &mut out);
    (Some(def), out)
}

/// Parses a definition for use in the app: any error-level structural
/// finding refuses the file (warnings are accepted).
pub fn parse(text: &str) -> Result<ChecklistDef, ChecklistError> {
    let (def, diags) = check_structure(text);
    let errors: Vec<&Diagnostic> = diags.iter().filter(|d| d.is_error()).collect();
    match (def, errors.first()) {
        (None, first) => Err(ChecklistError::Syntax { line: first.map(|d| d.line).unwrap_or(0) }),
        (Some(_), Some(first)) => Err(ChecklistError::Invalid { line: first.line, count: errors.len() }),
        (Some(def), None) => Ok(def),
    }
}

/// The full check for organisations: structure plus every message id
/// (section headings, step titles and parts) in every shipped locale.
pub fn validate(text: &str, known: &dyn KnownMessages) -> Vec<Diagnostic> {
    let (def, mut out) = check_structure(text);
    if let Some(def) = def {
        let locales = known.locales();
        for section in &def.sections {
            check_ids(known, &locales, &[section_message_id(&section.id)], section.line, &mut out);
            for step in &section.steps {
                check_ids(known, &locales, &step.message_ids(), step.line, &mut out);
            }
        }
    }
    out
}

fn check_ids(known: &dyn KnownMessages, locales: &[String], ids: &[String], line: usize, out: &mut Vec<Diagnostic>) {
    for id in ids {
        for locale in locales {
            if !known.has(locale, id) {
                out.push(Diagnostic::error(
                    CHECKLIST_PATH,
                    line,
                    format!("message `{id}` is missing in locale `{locale}`"),
                    format!("add `{id} = …` to locales/{locale}/checklist-content.ftl"),
                ));
            }
        }
    }
}

// ---------- conversion ----------

fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

fn convert(text: &str, raw: &RawFile, out: &mut Vec<Diagnostic>) -> ChecklistDef {
    let line = |start: usize| line_of(text, start);
    let content_version = match &raw.content_version {
        Some(v) if !v.get_ref().trim().is_empty() => v.get_ref().trim().to_string(),
        Some(v) => {
            out.push(Diagnostic::error(CHECKLIST_PATH, line(v.span().start), "`content_version` is empty", "write a version, e.g. the date of the last review: content_version = \"2026-11-21\""));
            String::new()
        }
        None => {
            out.push(Diagnostic::error(CHECKLIST_PATH, 1, "`content_version` is missing", "add content_version = \"2026-11-21\" at the top of the file"));
            String::new()
        }
    };
    let version_date = version_date(&content_version);
    if version_date.is_none() && !content_version.is_empty() {
        let l = raw.content_version.as_ref().map(|v| line(v.span().start)).unwrap_or(1);
        out.push(Diagnostic::warning(CHECKLIST_PATH, l, format!("`content_version` \"{content_version}\" contains no date, so the age of the sources cannot be checked"), "put the date of the content review in it, e.g. content_version = \"pl-2026-12-04\""));
    }
    if raw.section.is_empty() {
        out.push(Diagnostic::error(CHECKLIST_PATH, 0, "the checklist has no sections", "add at least one [[section]] with [[section.step]] entries"));
    }
    let mut section_ids: HashMap<String, usize> = HashMap::new();
    let mut step_ids: HashMap<String, usize> = HashMap::new();
    let mut sections = Vec::new();
    for rs in &raw.section {
        let sl = line(rs.id.span().start);
        let sid = rs.id.get_ref().clone();
        if !is_valid_id(&sid) {
            out.push(Diagnostic::error(CHECKLIST_PATH, sl, format!("section id `{sid}` is not a valid id"), "use lowercase letters, digits and hyphens, e.g. `documents`"));
        }
        if let Some(first) = section_ids.insert(sid.clone(), sl) {
            out.push(Diagnostic::error(CHECKLIST_PATH, sl, format!("section id `{sid}` is used twice (first on line {first})"), "give each section its own id"));
        }
        if rs.step.is_empty() {
            out.push(Diagnostic::warning(CHECKLIST_PATH, sl, format!("section `{sid}` has no steps"), "add [[section.step]] entries or remove the section"));
        }
        let mut steps = Vec::new();
        for st in &rs.step {
            steps.push(convert_step(text, st, version_date, &mut step_ids, out));
        }
        sections.push(Section { id: sid, steps, line: sl, org: None });
    }
    ChecklistDef { content_version, sections }
}

/// The first `YYYY-MM-DD` date inside a content version such as `pl-2026-12-04`.
pub fn version_date(version: &str) -> Option<NaiveDate> {
    let b = version.as_bytes();
    (0..b.len().saturating_sub(9)).find_map(|i| version.get(i..i + 10).and_then(crate::date_text::parse_iso))
}

/// A source checked more than this many months before the content version
/// date is reported as possibly out of date.
pub const STALE_MONTHS: u32 = 6;

fn convert_step(text: &str, st: &RawStep, version_date: Option<NaiveDate>, step_ids: &mut HashMap<String, usize>, out: &mut Vec<Diagnostic>) -> Step {
    let line = |start: usize| line_of(text, start);
    let l = line(st.id.span().start);
    let id = st.id.get_ref().clone();
    if !is_valid_id(&id) {
        out.push(Diagnostic::error(CHECKLIST_PATH, l, format!("step id `{id}` is not a valid id"), "use lowercase letters, digits and hyphens, e.g. `pesel`"));
    } else if id.starts_with(crate::reply::STEP_PREFIX) {
        out.push(Diagnostic::error(
            CHECKLIST_PATH,
            l,
            format!("step id `{id}` starts with `{}`, which is kept for steps of organisations' plans", crate::reply::STEP_PREFIX),
            "choose an id that does not start with `plan-`",
        ));
    }
    if let Some(first) = step_ids.insert(id.clone(), l) {
        out.push(Diagnostic::error(CHECKLIST_PATH, l, format!("step id `{id}` is used twice (first on line {first})"), "give each step its own id; ids are stored in newcomers' vaults, so never reuse an old one for a different step"));
    }

    let parts = match &st.parts {
        None => Part::ALL.to_vec(),
        Some(list) => {
            let mut parts = Vec::new();
            for p in list.get_ref() {
                match Part::from_name(p.get_ref()) {
                    Some(part) if !parts.contains(&part) => parts.push(part),
                    Some(_) => out.push(Diagnostic::warning(CHECKLIST_PATH, line(p.span().start), format!("part `{}` is listed twice in step `{id}`", p.get_ref()), "list each part once")),
                    None => out.push(Diagnostic::error(CHECKLIST_PATH, line(p.span().start), format!("unknown part `{}` in step `{id}`", p.get_ref()), "use only \"what\", \"why\", \"where\", \"bring\"")),
                }
            }
            crate::sort::sort_by_key(&mut parts, |p| *p);
            parts
        }
    };

    let mut after = Vec::new();
    for a in &st.after {
        if a.get_ref() == &id {
            out.push(Diagnostic::error(CHECKLIST_PATH, line(a.span().start), format!("step `{id}` depends on itself"), "remove it from its own `after` list"));
        } else if after.contains(a.get_ref()) {
            out.push(Diagnostic::warning(CHECKLIST_PATH, line(a.span().start), format!("`{}` is listed twice in `after` of step `{id}`", a.get_ref()), "list each step once"));
        } else {
            after.push(a.get_ref().clone());
        }
    }

    let mut when = Condition::default();
    if let Some(w) = &st.when {
        let wr = w.get_ref();
        for s in &wr.status {
            let name = s.get_ref();
            match (LegalStatus::from_name(name), crate::status::legacy_condition(name)) {
                (Some(LegalStatus::NotSure), _) => out.push(Diagnostic::error(CHECKLIST_PATH, line(s.span().start), format!("step `{id}` is conditioned on status `not-sure`"), "steps are already shown as \"may apply\" to people who are not sure; remove `not-sure`")),
                (Some(x), _) => when.status.push(x),
                (None, Some(list)) => {
                    out.push(Diagnostic::warning(
                        CHECKLIST_PATH,
                        line(s.span().start),
                        format!("status `{name}` in the condition of step `{id}` is an old name"),
                        format!("write {} instead", list.iter().map(|x| format!("\"{}\"", x.as_str())).collect::<Vec<_>>().join(", ")),
                    ));
                    when.status.extend_from_slice(list);
                }
                (None, None) => out.push(Diagnostic::error(
                    CHECKLIST_PATH,
                    line(s.span().start),
                    format!("unknown legal status `{name}` in the condition of step `{id}`"),
                    format!("use one of: {}", LegalStatus::ALL.iter().filter(|x| **x != LegalStatus::NotSure).map(|x| x.as_str()).collect::<Vec<_>>().join(", ")),
                )),
            }
        }
        when.children = wr.children;
        for c in &wr.city {
            if c.get_ref().trim().is_empty() {
                out.push(Diagnostic::error(CHECKLIST_PATH, line(c.span().start), format!("empty city name in the condition of step `{id}`"), "write the city name, e.g. \"Warszawa\", or remove the entry"));
            } else {
                when.city.push(c.get_ref().trim().to_string());
            }
        }
        if wr.status.is_empty() && wr.children.is_none() && wr.city.is_empty() {
            out.push(Diagnostic::warning(CHECKLIST_PATH, line(w.span().start), format!("the condition of step `{id}` is empty"), "remove `when` or add status, children or city"));
        }
    }

    let due = st.due.as_ref().and_then(|r| convert_rule(text, r, &id, "due", out));
    let deadline = st.deadline.as_ref().and_then(|r| convert_rule(text, r, &id, "deadline", out));

    let mut sources = Vec::new();
    for src in &st.sources {
        let sl = line(src.span().start);
        let r = src.get_ref();
        let url = match &r.url {
            None => {
                out.push(Diagnostic::error(CHECKLIST_PATH, sl, format!("a source of step `{id}` has no `url`"), "add url = \"https://…\""));
                continue;
            }
            Some(u) => u.get_ref().trim().to_string(),
        };
        let host = match https_host(&url) {
            Ok(h) => h,
            Err(why) => {
                out.push(Diagnostic::error(CHECKLIST_PATH, sl, format!("source link `{url}` of step `{id}` {why}"), "use a full https:// address of the page that backs the step"));
                continue;
            }
        };
        if is_bare_domain(&url) {
            out.push(Diagnostic::warning(
                CHECKLIST_PATH,
                sl,
                format!("source link `{url}` of step `{id}` is only a home page"),
                "link the page that backs the step (e.g. https://www.gov.pl/web/gov/uzyskaj-numer-pesel), not the site's start page",
            ));
        }
        let kind = match &r.kind {
            None => {
                out.push(Diagnostic::warning(CHECKLIST_PATH, sl, format!("source `{url}` of step `{id}` has no `kind`"), "add kind = \"official\" (a public authority's page), \"organisation\" (an NGO or UNHCR) or \"other\" (news, law firms, guides); it counts as \"other\" until then"));
                SourceKind::Other
            }
            Some(k) => match SourceKind::from_name(k.get_ref()) {
                Some(k) => k,
                None => {
                    out.push(Diagnostic::error(CHECKLIST_PATH, line(k.span().start), format!("unknown source kind `{}` in step `{id}`", k.get_ref()), "use \"official\", \"organisation\" or \"other\""));
                    continue;
                }
            },
        };
        let checked_on = match &r.checked_on {
            None => {
                out.push(Diagnostic::error(CHECKLIST_PATH, sl, format!("source `{url}` of step `{id}` has no `checked_on` date"), "open the page, compare it with the step text, then add checked_on = 2026-12-04 (the day you checked)"));
                continue;
            }
            Some(dt) => match dt.get_ref().date.and_then(|d| NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))) {
                Some(d) if dt.get_ref().time.is_none() => d,
                _ => {
                    out.push(Diagnostic::error(CHECKLIST_PATH, line(dt.span().start), format!("`checked_on` of source `{url}` is not a plain date"), "write a date without quotes or time, e.g. checked_on = 2026-12-04"));
                    continue;
                }
            },
        };
        if let Some(limit) = version_date.and_then(|v| v.checked_sub_months(chrono::Months::new(STALE_MONTHS))) {
            if checked_on < limit {
                out.push(Diagnostic::warning(
                    CHECKLIST_PATH,
                    sl,
                    format!("source `{url}` of step `{id}` was checked on {}, more than {STALE_MONTHS} months before the content version date", crate::date_text::iso(checked_on)),
                    "open the page again, compare it with the step text in every language, then update checked_on",
                ));
            }
        }
        let name = r.name.as_deref().map(str::trim).filter(|n| !n.is_empty()).unwrap_or(&host).to_string();
        sources.push(Source { url, name, kind, checked_on });
    }
    if !sources.iter().any(|s| s.kind == SourceKind::Official) {
        out.push(Diagnostic::warning(
            CHECKLIST_PATH,
            l,
            format!("step `{id}` cites no official source"),
            "add the page of a public authority that backs the step: sources = [{ url = \"https://…\", kind = \"official\", checked_on = 2026-12-04 }]; until then say \"check with …\" in the text",
        ));
    }

    Step { id, parts, after, when, due, deadline, sources, line: l, words: None }
}

fn convert_rule(text: &str, r: &Spanned<RawRule>, id: &str, field: &str, out: &mut Vec<Diagnostic>) -> Option<DateRule> {
    let raw = r.get_ref();
    let l = line_of(text, r.span().start);
    let from = match Anchor::from_name(raw.from.get_ref()) {
        Some(a) => Some(a),
        None => {
            out.push(Diagnostic::error(
                CHECKLIST_PATH,
                line_of(text, raw.from.span().start),
                format!("`{field}` of step `{id}` counts from unknown date `{}`", raw.from.get_ref()),
                "use one of: arrival, document-expiry, protection-application",
            ));
            None
        }
    };
    let mut ok = true;
    if raw.days.unsigned_abs() > MAX_OFFSET_DAYS.unsigned_abs().into() {
        out.push(Diagnostic::error(CHECKLIST_PATH, l, format!("`{field}` of step `{id}` moves {} days: more than {MAX_OFFSET_DAYS} days is not a real deadline", raw.days), "check the number; use `months` for long periods"));
        ok = false;
    }
    if raw.months.unsigned_abs() > MAX_OFFSET_MONTHS.unsigned_abs().into() {
        out.push(Diagnostic::error(CHECKLIST_PATH, l, format!("`{field}` of step `{id}` moves {} months: more than {MAX_OFFSET_MONTHS} months is not a real deadline", raw.months), "check the number"));
        ok = false;
    }
    let (Some(from), true) = (from, ok) else { return None };
    // Bounds checked above, so the casts cannot truncate.
    Some(DateRule { from, months: raw.months as i32, days: raw.days as i32 })
}

/// Whether an `https://` link points at a site's start page only (no path,
/// query or fragment beyond `/`).
pub fn is_bare_domain(url: &str) -> bool {
    let rest = url.strip_prefix("https://").unwrap_or(url);
    match rest.find(['/', '?', '#']) {
        None => true,
        Some(i) => rest.get(i..).is_some_and(|tail| tail == "/"),
    }
}

/// The host of an `https://host/…` link, or why the link is not usable.
pub fn https_host(url: &str) -> Result<String, &'static str> {
    if url.is_empty() {
        return Err("is empty");
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("contains spaces");
    }
    let Some(rest) = url.strip_prefix("https://") else {
        return Err("does not start with https://");
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or(host);
    if host.is_empty() || !host.contains('.') || host.starts_with('.') || host.ends_with('.') {
        return Err("has no valid host name");
    }
    Ok(host.to_string())
}

// ---------- dependency graph ----------

fn check_graph(def: &ChecklistDef, out: &mut Vec<Diagnostic>) {
    let ids: HashSet<&str> = def.steps().map(|s| s.id.as_str()).collect();
    for step in def.steps() {
        for dep in &step.after {
            if !ids.contains(dep.as_str()) {
                out.push(Diagnostic::error(CHECKLIST_PATH, step.line, format!("step `{}` comes after unknown step `{dep}`", step.id), "fix the id in `after` (ids are case-sensitive) or add that step"));
            }
        }
    }
    for cycle in find_cycles(def) {
        let Some(first) = cycle.first() else { continue };
        let line = def.step(first).map(|s| s.line).unwrap_or(0);
        let mut names: Vec<String> = cycle.iter().map(|s| format!("`{s}`")).collect();
        names.push(format!("`{first}`"));
        out.push(Diagnostic::error(
            CHECKLIST_PATH,
            line,
            format!("steps wait for each other in a circle (each comes after the next): {}", names.join(" → ")),
            "remove one of these ids from an `after` list so the order has a start",
        ));
    }
}

/// Every dependency cycle once, as the step ids along it (each step comes
/// `after` the next one), starting from the step that comes first in the file.
pub fn find_cycles(def: &ChecklistDef) -> Vec<Vec<String>> {
    // Depth-first search with colours; iterative so a hostile file cannot
    // overflow the stack.
    let order: Vec<&str> = def.steps().map(|s| s.id.as_str()).collect();
    let index: HashMap<&str, usize> = order.iter().enumerate().map(|(i, s)| (*s, i)).collect();
    let edges: Vec<Vec<usize>> = def
        .steps()
        .map(|s| s.after.iter().filter_map(|d| index.get(d.as_str()).copied()).collect())
        .collect();
    let mut colour = vec![0u8; order.len()]; // 0 new, 1 on stack, 2 done
    let mut seen: BTreeMap<Vec<usize>, ()> = BTreeMap::new();
    let mut cycles = Vec::new();
    for root in 0..order.len() {
        if colour.get(root) != Some(&0) {
            continue;
        }
        let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
        let mut path: Vec<usize> = vec![root];
        if let Some(c) = colour.get_mut(root) {
            *c = 1;
        }
        while let Some(&mut (node, ref mut next)) = stack.last_mut() {
            let succ = edges.get(node).and_then(|e| e.get(*next)).copied();
            *next += 1;
            match succ {
                None => {
                    if let Some(c) = colour.get_mut(node) {
                        *c = 2;
                    }
                    stack.pop();
                    path.pop();
                }
                Some(n) => match colour.get(n).copied() {
                    Some(0) => {
                        if let Some(c) = colour.get_mut(n) {
                            *c = 1;
                        }
                        stack.push((n, 0));
                        path.push(n);
                    }
                    Some(1) => {
                        if let Some(pos) = path.iter().position(|p| *p == n) {
                            let mut cyc: Vec<usize> = path.get(pos..).map(|s| s.to_vec()).unwrap_or_default();
                            // Rotate so the earliest step in the file leads; report once.
                            if let Some(min_pos) = cyc.iter().enumerate().min_by_key(|(_, v)| **v).map(|(i, _)| i) {
                                cyc.rotate_left(min_pos);
                            }
                            if seen.insert(cyc.clone(), ()).is_none() {
                                // Edges point from a step to a step it comes after.
                                cycles.push(cyc.iter().filter_map(|i| order.get(*i).map(|s| s.to_string())).collect());
                            }
                        }
                    }
                    _ => {}
                },
            }
        }
    }
    cycles
}

#[cfg(test)]
mod schema_tests {
    //! The hand-written schema reader: unknown fields, wrong types and
    //! missing keys refuse the file with one diagnostic each, at the line of
    //! the mistake.

    use super::*;

    const BASE: &str = r#"content_version = "t"

[[section]]
id = "s"

[[section.step]]
id = "a"
when = { city = ["X"] }
due = { from = "arrival", days = 3 }
sources = [{ url = "https://www.gov.pl/x", kind = "official", checked_on = 2026-11-21 }]
"#;

    /// (line, message, fix) of every diagnostic; the file must be refused.
    fn refused(text: &str) -> Vec<(usize, String, String)> {
        let (def, diags) = check_structure(text);
        assert!(def.is_none(), "accepted: {diags:#?}");
        let first = diags.first().map(|d| d.line).unwrap_or(0);
        assert_eq!(parse(text), Err(ChecklistError::Syntax { line: first }));
        assert!(diags.iter().all(|d| d.is_error() && d.file == CHECKLIST_PATH && !d.fix.is_empty()));
        diags.into_iter().map(|d| (d.line, d.message, d.fix)).collect()
    }

    fn edit(from: &str, to: &str) -> String {
        assert!(BASE.contains(from), "{from}");
        BASE.replacen(from, to, 1)
    }

    #[test]
    fn base_is_accepted() {
        let (def, diags) = check_structure(BASE);
        assert!(def.is_some(), "{diags:#?}");
        // Only: "t" carries no date for the freshness check.
        assert_eq!(diags.len(), 1, "{diags:#?}");
        assert!(!diags[0].is_error() && diags[0].message.contains("contains no date"));
        let dated = BASE.replace("content_version = \"t\"", "content_version = \"t-2026-12-04\"");
        assert!(check_structure(&dated).1.is_empty());
    }

    #[test]
    fn unknown_fields_at_every_level() {
        let cases = [
            ("content_version = \"t\"", "content_version = \"t\"\ntitle = 1", 2, "unknown field `title`, expected `content_version` or `section`"),
            ("id = \"s\"", "id = \"s\"\nname = 1", 5, "unknown field `name`, expected `id` or `step`"),
            ("id = \"a\"", "id = \"a\"\ntitel = 1", 8, "unknown field `titel`, expected one of `id`, `parts`, `after`, `when`, `due`, `deadline`, `sources`"),
            ("city = [\"X\"]", "town = [\"X\"]", 8, "unknown field `town`, expected one of `status`, `children`, `city`"),
            ("days = 3", "weeks = 3", 9, "unknown field `weeks`, expected one of `from`, `months`, `days`"),
            ("checked_on = 2026", "checked = 2026", 10, "unknown field `checked`, expected one of `url`, `name`, `kind`, `checked_on`"),
        ];
        for (from, to, line, message) in cases {
            let got = refused(&edit(from, to));
            assert_eq!(got.len(), 1, "{got:#?}");
            assert_eq!((got[0].0, got[0].1.as_str()), (line, format!("the file is not valid checklist TOML: {message}").as_str()));
        }
        // A likely intended name is suggested; otherwise the usual fix.
        let got = refused(&edit("sources", "source"));
        assert_eq!(got[0].2, "did you mean `sources`? The allowed fields are listed in docs/content-checklist.md");
        let got = refused(&edit("content_version = \"t\"", "content_version = \"t\"\ntitle = 1"));
        assert_eq!(got[0].2, FIX);
    }

    #[test]
    fn wrong_types_are_named_at_the_value() {
        let cases = [
            ("content_version = \"t\"", "content_version = 2026", 1, "`content_version` should be text in double quotes, but it is a number"),
            ("id = \"a\"", "id = true", 7, "`id` should be text in double quotes, but it is true/false"),
            ("id = \"a\"", "id = \"a\"\nafter = \"b\"", 8, "`after` should be a list of texts in double quotes, like [\"a\", \"b\"], but it is text"),
            ("id = \"a\"", "id = \"a\"\nparts = [\"what\", 2]", 8, "`parts` should be a list of texts in double quotes, like [\"a\", \"b\"], but it contains a number"),
            ("when = { city = [\"X\"] }", "when = { children = \"yes\" }", 8, "`children` should be true or false (no quotes), but it is text"),
            ("when = { city = [\"X\"] }", "when = \"kids\"", 8, "`when` should be a table, like { name = value }, but it is text"),
            ("days = 3", "days = 3.5", 9, "`days` should be a whole number (no quotes), but it has a fraction"),
            ("days = 3", "months = \"2\"", 9, "`months` should be a whole number (no quotes), but it is text"),
            ("days = 3", "days = 99999999999999999999", 9, "`days` is far too large a number"),
            ("checked_on = 2026-11-21", "checked_on = \"2026-11-21\"", 10, "`checked_on` should be a date without quotes, like 2026-11-21, but it is text"),
            ("sources = [{", "sources = [1, {", 10, "`sources` should be a list of tables, like [{ name = value }] or [[heading]] sections, but it contains a number"),
        ];
        for (from, to, line, message) in cases {
            let got = refused(&edit(from, to));
            assert!(
                got.iter().any(|(l, m, _)| *l == line && m == &format!("the file is not valid checklist TOML: {message}")),
                "expected {message:?} on line {line}, got {got:#?}"
            );
        }
        let got = refused("content_version = \"t\"\n[section]\nid = \"s\"\n");
        assert_eq!(got[0].0, 2);
        assert_eq!(got[0].1, "the file is not valid checklist TOML: `section` should be a list of tables, like [{ name = value }] or [[heading]] sections, but it is a table");
    }

    #[test]
    fn missing_keys_point_at_their_table() {
        let got = refused(&edit("id = \"s\"\n", ""));
        assert_eq!(got, vec![(3, "the file is not valid checklist TOML: `id` is missing".into(), "add `id = …` to this table; the fields are described in docs/content-checklist.md".into())]);
        let got = refused(&edit("id = \"a\"\n", ""));
        assert_eq!((got.len(), got[0].0, got[0].1.as_str()), (1, 6, "the file is not valid checklist TOML: `id` is missing"));
        let got = refused(&edit("from = \"arrival\", ", ""));
        assert_eq!((got.len(), got[0].0, got[0].1.as_str()), (1, 9, "the file is not valid checklist TOML: `from` is missing"));
    }

    #[test]
    fn every_schema_mistake_is_reported_in_file_order() {
        let text = edit("id = \"a\"", "zeta = 1\nid = 5").replace("days = 3", "days = \"3\"").replace("content_version = \"t\"", "content_version = \"t\"\nalpha = 1");
        let got = refused(&text);
        let lines: Vec<usize> = got.iter().map(|g| g.0).collect();
        assert_eq!(lines, [2, 8, 9, 11], "{got:#?}");
    }
}
