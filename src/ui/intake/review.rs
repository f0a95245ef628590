//! The review step: every shown answer by section, "not answered" marks,
//! problems still to fix, a "change" link per answer that opens its section
//! and focuses the field, and the "what happens with my answers" text.
//!
//! Owns only the rendering of `Form::review` (the core decides what is
//! listed and what is wrong). Never changes an answer.

use leptos::prelude::*;

use crate::ui::blocks::{dynamic, flag, text, When};

use super::{error_message, field_id, member_heading, named, tr, Ctx, Privacy, Step, STEP_HEADING};
use crate::i18n::{format_date, FluentArgs};
use crate::intake::{parse_iso_date, ReviewAnswer, ReviewEntry, ReviewSection};

#[component]
pub(super) fn Review(ctx: Ctx) -> impl IntoView {
    let i18n = ctx.i18n;
    let data = Memo::new(move |_| ctx.draft.draft.with(|d| ctx.form.with_value(|f| f.review(&d.intake, ctx.today))));
    let problems = move || data.with(|s| s.iter().flat_map(|s| s.entries.iter()).map(count_problems).sum::<usize>());
    let updated = flag(move || {
        ctx.draft.draft.with(|d| {
            ctx.form.with_value(|f| !d.intake.values.is_empty() && (f.version_changed(&d.intake) || !f.unknown_answers(&d.intake).is_empty()))
        })
    });
    let back = move |_: leptos::ev::MouseEvent| {
        let last = ctx.draft.draft.with_untracked(|d| ctx.form.with_value(|f| f.shown_sections(&d.intake).last().copied()));
        if let Some(s) = last {
            ctx.go(Step::Section(s), None);
        }
    };
    view! {
        <div class="intake-review">
            <h2 id=STEP_HEADING tabindex="-1">{tr(i18n, "intake-review-heading")}</h2>
            <p>{tr(i18n, "intake-review-intro")}</p>
            <When when=move || updated.get()>
                <p class="notice">{tr(i18n, "intake-form-updated")}</p>
            </When>
            <p class={move || if problems() > 0 { "review-status problems" } else { "review-status" }}>{text(move || {
                let n = problems();
                if n == 0 {
                    i18n.t("intake-review-ready")
                } else {
                    let mut args = FluentArgs::new();
                    args.set("count", n as i64);
                    i18n.t_args("intake-review-problems", &args)
                }
            })}</p>
            {dynamic(move || data.get().into_iter().map(|s| untrack(|| section(ctx, s))).collect_view().into_any())}
            <Privacy/>
            <div class="intake-nav">
                <button type="button" class="secondary" on:click=back>{tr(i18n, "intake-back")}</button>
                <a class="button" href="#/export">{tr(i18n, "intake-review-send")}</a>
            </div>
        </div>
    }
}

fn count_problems(e: &ReviewEntry) -> usize {
    let inner = match &e.answer {
        ReviewAnswer::Items(items) => items.iter().flatten().map(count_problems).sum(),
        _ => 0,
    };
    usize::from(!e.errors.is_empty()) + inner
}

fn section(ctx: Ctx, s: ReviewSection) -> impl IntoView {
    let i18n = ctx.i18n;
    let title = s.title_id.clone();
    let heading_id = format!("review-{}", s.section);
    let labelled = heading_id.clone();
    let index = s.section;
    let entries = s.entries.into_iter().map(|e| entry(ctx, index, e)).collect_view();
    view! {
        <section class="review-section" aria-labelledby=labelled>
            <h3 id=heading_id.clone()>{tr(i18n, title)}</h3>
            <dl>{entries}</dl>
        </section>
    }
}

fn entry(ctx: Ctx, section: usize, e: ReviewEntry) -> AnyView {
    let i18n = ctx.i18n;
    let label = e.label_id.clone();
    // The link's name says which answer it changes, as one message (the
    // visible word "Change" is in it, so speech input finds the link).
    let edit_name = named(i18n, "intake-edit-named", e.label_id.clone());
    let target = field_id(&e.path);
    let href = format!("#/intake/{}", section + 1);
    let errors = e.errors.iter().map(|err| error_message(i18n, err)).collect::<Vec<_>>();
    let has_errors = !errors.is_empty();
    let answer = answer_view(ctx, section, e.answer);
    view! {
        <div class="review-row" class:has-error=has_errors>
            <dt>{tr(i18n, label)}</dt>
            <dd>
                {answer}
                {errors.into_iter().map(|m| view! { <p class="field-error">{m}</p> }).collect_view()}
                <a class="edit" href=href aria-label=edit_name on:click=move |ev| {
                    ev.prevent_default();
                    ctx.go(Step::Section(section), Some(target.clone()));
                }>
                    {tr(i18n, "intake-edit")}
                </a>
            </dd>
        </div>
    }
    .into_any()
}

fn answer_view(ctx: Ctx, section: usize, a: ReviewAnswer) -> AnyView {
    let i18n = ctx.i18n;
    match a {
        ReviewAnswer::NotAnswered => view! { <p class="not-answered">{tr(i18n, "intake-not-answered")}</p> }.into_any(),
        ReviewAnswer::Text(s) => view! { <p class="answer">{s}</p> }.into_any(),
        // One choice per line, as on the export screen.
        ReviewAnswer::Choices(ids) => view! {
            <ul class="answer answer-list">
                {ids.into_iter().map(|id| view! { <li>{tr(i18n, id)}</li> }).collect_view()}
            </ul>
        }
        .into_any(),
        ReviewAnswer::YesNo(b) => {
            view! { <p class="answer">{tr(i18n, if b { "intake-yes" } else { "intake-no" })}</p> }.into_any()
        }
        ReviewAnswer::Date(s) => {
            let date = parse_iso_date(&s);
            view! { <p class="answer">{text(move || date.map(|d| format_date(&i18n.locale(), d)).unwrap_or_else(|| s.clone()))}</p> }.into_any()
        }
        ReviewAnswer::Number(n) => view! { <p class="answer">{n.to_string()}</p> }.into_any(),
        ReviewAnswer::Unreadable => view! { <p class="not-answered">{tr(i18n, "intake-answer-outdated")}</p> }.into_any(),
        ReviewAnswer::Items(items) if items.is_empty() => {
            view! { <p class="not-answered">{tr(i18n, "intake-no-members")}</p> }.into_any()
        }
        ReviewAnswer::Items(items) => view! {
            <ol class="review-items">
                {items.into_iter().enumerate().map(|(i, entries)| view! {
                    <li>
                        <p class="item-heading">{text(move || member_heading(i18n, i))}</p>
                        <dl>{entries.into_iter().map(|e| entry(ctx, section, e)).collect_view()}</dl>
                    </li>
                }).collect_view()}
            </ol>
        }
        .into_any(),
    }
}
