//! One question on screen: the right control per question type (and the
//! right mobile keyboard), its label, hint, required marker and error
//! message, and the household list (repeat group) with add / remove.
//!
//! Owns only the controls. It reads answers through [`Ctx::value`] and
//! writes them through [`Ctx::set`] / `DraftStore::update`; whether a
//! question is shown comes from the core's relevance. It never validates
//! or stores anything itself, and asks browsers not to remember what is
//! typed (`autocomplete="off"`).

use leptos::prelude::*;

use super::{field_id, focus_field, member_heading, named, tr, Ctx};
use crate::ui::blocks::{flag, text};
use crate::intake::{AnswerValue, FieldPath, Question, QuestionKind, TextCheck};

/// A question that appears and disappears live with its relevance.
pub(super) fn question_view(ctx: Ctx, q: Question, path: FieldPath) -> AnyView {
    let p = path.clone();
    let shown = Memo::new(move |_| ctx.rel.with(|r| r.path(&p)));
    (move || shown.get().then(|| untrack(|| control(ctx, &q, &path)))).into_any()
}

/// The `aria-describedby` value: fixed ids plus the error id while there
/// is an error.
fn described_by(ctx: Ctx, path: &FieldPath, fixed: Vec<String>) -> Signal<Option<String>> {
    let path = path.clone();
    let err = format!("{}-error", field_id(&path));
    Signal::derive(move || {
        let mut ids = fixed.clone();
        if ctx.has_error(&path) {
            ids.push(err.clone());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    })
}

fn invalid(ctx: Ctx, path: &FieldPath) -> Signal<Option<&'static str>> {
    let path = path.clone();
    Signal::derive(move || ctx.has_error(&path).then_some("true"))
}

/// The error paragraph next to a field (only while there is an error).
fn error_line(ctx: Ctx, path: &FieldPath) -> impl IntoView {
    let path = path.clone();
    let id = format!("{}-error", field_id(&path));
    move || {
        ctx.has_error(&path).then(|| {
            let path = path.clone();
            view! { <p id=id.clone() class="field-error">{text(move || ctx.error_text(&path))}</p> }
        })
    }
}

/// The question text with its "(required)" marker, in words.
fn label_text(ctx: Ctx, q: &Question) -> impl IntoView {
    let i18n = ctx.i18n;
    let id = q.label_id.clone();
    let required = q.required;
    view! {
        {tr(i18n, id)}
        {required.then(|| view! { " " <span class="required">{tr(i18n, "intake-required-marker")}</span> })}
    }
}

/// The question's own hint, if it has one: (view, id).
fn hint(ctx: Ctx, q: &Question, fid: &str) -> (Option<AnyView>, Option<String>) {
    let i18n = ctx.i18n;
    match &q.hint_id {
        Some(h) => {
            let id = format!("{fid}-hint");
            let h = h.clone();
            (Some(view! { <p id=id.clone() class="hint">{tr(i18n, h)}</p> }.into_any()), Some(id))
        }
        None => (None, None),
    }
}

fn control(ctx: Ctx, q: &Question, path: &FieldPath) -> AnyView {
    match &q.kind {
        QuestionKind::SingleChoice { choices } => {
            let opts = choices.iter().map(|c| (c.id.clone(), c.label_id.clone(), AnswerValue::Text(c.id.clone()))).collect();
            radios(ctx, q, path, opts)
        }
        QuestionKind::YesNo => radios(
            ctx,
            q,
            path,
            vec![
                ("yes".into(), "intake-yes".into(), AnswerValue::Bool(true)),
                ("no".into(), "intake-no".into(), AnswerValue::Bool(false)),
            ],
        ),
        QuestionKind::MultipleChoice { .. } => checkboxes(ctx, q, path),
        QuestionKind::LongText { max_length, .. } => long_text(ctx, q, path, *max_length),
        QuestionKind::Repeat { min, max, questions } => repeat(ctx, q, path, *min, *max, questions.clone()),
        _ => text_input(ctx, q, path),
    }
}

/// What a text field shows for a stored value.
fn display(v: Option<AnswerValue>) -> String {
    match v {
        Some(AnswerValue::Text(s)) => s,
        Some(AnswerValue::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

fn text_input(ctx: Ctx, q: &Question, path: &FieldPath) -> AnyView {
    let i18n = ctx.i18n;
    let fid = field_id(path);
    let (hint_view, hint_id) = hint(ctx, q, &fid);
    // (type, inputmode, format hint)
    let (ty, mode, format): (&'static str, Option<&'static str>, Option<&'static str>) = match &q.kind {
        QuestionKind::Date { .. } => ("date", None, Some("intake-hint-date")),
        QuestionKind::Year { .. } => ("text", Some("numeric"), Some("intake-hint-year")),
        QuestionKind::Number { .. } => ("text", Some("numeric"), Some("intake-hint-number")),
        QuestionKind::Phone => ("tel", Some("tel"), Some("intake-hint-phone")),
        QuestionKind::ShortText { check: Some(TextCheck::Email), .. } => ("text", Some("email"), None),
        _ => ("text", None, None),
    };
    let format_id = format!("{fid}-format");
    let format_view = format.map(|m| view! { <p id=format_id.clone() class="hint">{tr(i18n, m)}</p> });
    let fixed: Vec<String> = hint_id.into_iter().chain(format.map(|_| format_id.clone())).collect();
    let initial = display(ctx.value_untracked(path));
    let kind = q.kind.clone();
    let p = path.clone();
    let plain = matches!(q.kind, QuestionKind::Phone | QuestionKind::ShortText { check: Some(_), .. });
    view! {
        <div class="q" data-question=q.id.clone() data-kind=q.kind.type_name()>
            <label for=fid.clone() class="q-label">{label_text(ctx, q)}</label>
            {hint_view}
            {format_view}
            {error_line(ctx, path)}
            <input id=fid.clone() type=ty inputmode=mode autocomplete="off"
                autocapitalize=plain.then_some("off") spellcheck=plain.then_some("false")
                aria-required=q.required.then_some("true")
                aria-describedby=described_by(ctx, path, fixed) aria-invalid=invalid(ctx, path)
                prop:value=initial
                on:input=move |ev| ctx.set(&p, kind.value_from_input(&event_target_value(&ev)))/>
        </div>
    }
    .into_any()
}

fn long_text(ctx: Ctx, q: &Question, path: &FieldPath, max: usize) -> AnyView {
    let i18n = ctx.i18n;
    let fid = field_id(path);
    let (hint_view, hint_id) = hint(ctx, q, &fid);
    let count_id = format!("{fid}-count");
    let fixed: Vec<String> = hint_id.into_iter().chain(Some(count_id.clone())).collect();
    let initial = display(ctx.value_untracked(path));
    let kind = q.kind.clone();
    let p = path.clone();
    let pc = path.clone();
    let counter = text(move || {
        let used = match ctx.value(&pc) {
            Some(AnswerValue::Text(s)) => s.chars().count(),
            _ => 0,
        };
        let mut args = crate::i18n::FluentArgs::new();
        if used <= max {
            args.set("count", (max - used) as i64);
            i18n.t_args("intake-chars-remaining", &args)
        } else {
            args.set("count", (used - max) as i64);
            i18n.t_args("intake-chars-over", &args)
        }
    });
    view! {
        <div class="q" data-question=q.id.clone() data-kind=q.kind.type_name()>
            <label for=fid.clone() class="q-label">{label_text(ctx, q)}</label>
            {hint_view}
            {error_line(ctx, path)}
            <textarea id=fid.clone() rows="6" autocomplete="off"
                aria-required=q.required.then_some("true")
                aria-describedby=described_by(ctx, path, fixed) aria-invalid=invalid(ctx, path)
                prop:value=initial
                on:input=move |ev| ctx.set(&p, kind.value_from_input(&event_target_value(&ev)))></textarea>
            <p id=count_id class="hint char-count">{counter}</p>
        </div>
    }
    .into_any()
}

/// The frame of a question answered by options (radios or checkboxes): a
/// fieldset whose legend is the question, with its hint and error line;
/// `after` follows the options (e.g. "Clear answer").
fn options_fieldset(
    ctx: Ctx,
    q: &Question,
    path: &FieldPath,
    fid: &str,
    (hint_view, hint_id): (Option<AnyView>, Option<String>),
    options: impl IntoView + 'static,
    after: impl IntoView + 'static,
) -> AnyView {
    view! {
        <fieldset class="q" id=fid.to_string() data-question=q.id.clone() data-kind=q.kind.type_name()
            aria-describedby=described_by(ctx, path, hint_id.into_iter().collect())>
            <legend class="q-label">{label_text(ctx, q)}</legend>
            {hint_view}
            {error_line(ctx, path)}
            <div class="options">{options}</div>
            {after}
        </fieldset>
    }
    .into_any()
}

/// Single choice and yes/no: a radio group in a fieldset. `opts` are
/// (DOM value, label id, stored value).
fn radios(ctx: Ctx, q: &Question, path: &FieldPath, opts: Vec<(String, String, AnswerValue)>) -> AnyView {
    let i18n = ctx.i18n;
    let fid = field_id(path);
    let (hint_view, hint_id) = hint(ctx, q, &fid);
    let options = opts
        .into_iter()
        .enumerate()
        .map(|(n, (value, label, answer))| {
            let oid = format!("{fid}-{n}");
            let p = path.clone();
            let a = answer.clone();
            let checked = flag(move || ctx.value(&p).as_ref() == Some(&a));
            let p = path.clone();
            view! {
                <div class="option">
                    <input type="radio" id=oid.clone() name=fid.clone() value=value
                        prop:checked=checked aria-invalid=invalid(ctx, path)
                        on:change=move |_| ctx.set(&p, answer.clone())/>
                    <label for=oid>{tr(i18n, label)}</label>
                </div>
            }
        })
        .collect_view();
    let clear = (!q.required).then(|| {
        let p = path.clone();
        let p2 = path.clone();
        let label = q.label_id.clone();
        let fid2 = fid.clone();
        move || {
            ctx.value(&p).is_some().then(|| {
                let p2 = p2.clone();
                let fid2 = fid2.clone();
                let name = named(i18n, "intake-clear-answer-named", label.clone());
                view! {
                    <button type="button" class="link-button" aria-label=name on:click=move |_| {
                        ctx.set(&p2, AnswerValue::Text(String::new()));
                        let f = fid2.clone();
                        request_animation_frame(move || focus_field(&f));
                    }>
                        {tr(i18n, "intake-clear-answer")}
                    </button>
                }
            })
        }
    });
    options_fieldset(ctx, q, path, &fid, (hint_view, hint_id), options, clear)
    .into_any()
}

/// Multiple choice: checkboxes in a fieldset; the stored list keeps the
/// form's choice order (and any choice a newer form no longer has).
fn checkboxes(ctx: Ctx, q: &Question, path: &FieldPath) -> AnyView {
    let i18n = ctx.i18n;
    let fid = field_id(path);
    let (hint_view, hint_id) = hint(ctx, q, &fid);
    let order: Vec<String> = q.kind.choices().iter().map(|c| c.id.clone()).collect();
    let options = q
        .kind
        .choices()
        .iter()
        .enumerate()
        .map(|(n, c)| {
            let oid = format!("{fid}-{n}");
            let id = c.id.clone();
            let label = c.label_id.clone();
            let p = path.clone();
            let idc = id.clone();
            let checked = flag(move || matches!(ctx.value(&p), Some(AnswerValue::List(l)) if l.contains(&idc)));
            let p = path.clone();
            let order = order.clone();
            view! {
                <div class="option">
                    <input type="checkbox" id=oid.clone() name=fid.clone() value=id.clone()
                        prop:checked=checked aria-invalid=invalid(ctx, path)
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            let current = match ctx.value_untracked(&p) { Some(AnswerValue::List(l)) => l, _ => Vec::new() };
                            let mut next: Vec<String> = order.iter()
                                .filter(|c| if **c == id { on } else { current.contains(*c) })
                                .cloned().collect();
                            next.extend(current.iter().filter(|c| !order.contains(*c)).cloned());
                            ctx.set(&p, AnswerValue::List(next));
                        }/>
                    <label for=oid>{tr(i18n, label)}</label>
                </div>
            }
        })
        .collect_view();
    options_fieldset(ctx, q, path, &fid, (hint_view, hint_id), options, ())
}

/// A repeat group (household): numbered items, each a fieldset, with
/// "add" (disabled at the maximum) and "remove" (disabled at the minimum).
fn repeat(ctx: Ctx, q: &Question, path: &FieldPath, min: usize, max: usize, inner: Vec<Question>) -> AnyView {
    let i18n = ctx.i18n;
    let fid = field_id(path);
    let (hint_view, _) = hint(ctx, q, &fid);
    let group = q.id.clone();
    let g = group.clone();
    let count = Memo::new(move |_| ctx.draft.draft.with(|d| d.intake.items(&g).len()));
    let g = group.clone();
    let items = move || {
        let n = count.get();
        if n == 0 {
            return view! { <p class="no-items">{tr(i18n, "intake-no-members")}</p> }.into_any();
        }
        untrack(|| {
            (0..n)
                .map(|i| {
                    let item_id = format!("{}-{i}", field_id(&FieldPath::top(&g)));
                    let legend_id = format!("{item_id}-legend");
                    let qs = inner.iter().map(|iq| question_view(ctx, iq.clone(), FieldPath::item(&g, i, &iq.id))).collect_view();
                    let g2 = g.clone();
                    let focus_after = field_id(&FieldPath::top(&g));
                    view! {
                        <fieldset class="item" id=item_id data-item=i.to_string()>
                            <legend id=legend_id.clone()>{text(move || member_heading(i18n, i))}</legend>
                            {qs}
                            <button type="button" class="secondary" aria-describedby=legend_id
                                disabled=flag(move || count.get() <= min)
                                on:click=move |_| {
                                    let g3 = g2.clone();
                                    let form = ctx.form.get_value();
                                    ctx.draft.update(move |d| { d.intake.remove_item(&g3, i); form.stamp(&mut d.intake); });
                                    let f = focus_after.clone();
                                    request_animation_frame(move || focus_field(&f));
                                }>
                                {tr(i18n, "intake-remove-member")}
                            </button>
                        </fieldset>
                    }
                })
                .collect_view()
                .into_any()
        })
    };
    let g = group.clone();
    let add = move |_: leptos::ev::MouseEvent| {
        let g2 = g.clone();
        let form = ctx.form.get_value();
        let mut added = None;
        ctx.draft.update(|d| {
            added = d.intake.add_item(&g2);
            form.stamp(&mut d.intake);
        });
        if let Some(i) = added {
            let item = format!("{}-{i}", field_id(&FieldPath::top(&g)));
            request_animation_frame(move || focus_field(&item));
        }
    };
    view! {
        <div class="q repeat" data-question=q.id.clone() data-kind="repeat">
            <h3 id=fid.clone() tabindex="-1" class="q-label">{label_text(ctx, q)}</h3>
            {hint_view}
            {error_line(ctx, path)}
            <div class="items">{items}</div>
            <button type="button" class="secondary add" disabled=flag(move || count.get() >= max) on:click=add>
                {tr(i18n, "intake-add-member")}
            </button>
        </div>
    }
    .into_any()
}
