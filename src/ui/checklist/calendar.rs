//! Calendar export: the open steps' dates as an `.ics` file the newcomer
//! downloads, with the warning that the file is not encrypted.
//!
//! Owns the button, the warning and handing the file to the browser (Blob,
//! object URL, a temporary `<a download>`). The events and the file text come
//! from `crate::checklist::{calendar_events, to_ics}`; titles are in the
//! newcomer's language. The file name is neutral and holds no personal data.
//! Never saves the file anywhere else and never sends it.

use leptos::prelude::*;

use crate::ui::blocks::{text, When};


use crate::checklist::{calendar_events, plan, to_ics, DateKind};
use crate::i18n::FluentArgs;
use crate::shell::clock;
use crate::ui::checklist::steps::Ctx;
use crate::ui::i18n::{use_i18n, I18n};


/// Neutral name of the downloaded file: `dates.ics`, with the
/// organisation's `file_prefix` if it set one.
fn file_name(site: crate::ui::site::Site) -> String {
    let prefix = site.with_config(|c| c.file_prefix.clone()).flatten();
    crate::export::neutral_file_name(prefix.as_deref(), "dates", None, "ics")
}

/// The calendar text for the newcomer's current situation and states.
fn build(ctx: Ctx, i18n: I18n) -> (usize, String) {
    ctx.store.draft.with(|d| {
        ctx.def.with_value(|def| {
            let statuses = plan(def, &d.checklist.situation, &d.checklist.states, ctx.today);
            let events = calendar_events(&statuses, |step, kind| {
                let mut args = FluentArgs::new();
                args.set("title", ctx.title(i18n, &step.id));
                let id = match kind {
                    DateKind::Due => "checklist-ics-due",
                    DateKind::Deadline => "checklist-ics-deadline",
                };
                (i18n.t_args(id, &args), None)
            });
            (events.len(), to_ics(&events, clock::now_utc()))
        })
    })
}

#[component]
pub fn CalendarExport(ctx: Ctx) -> impl IntoView {
    let i18n = use_i18n();
    let site = crate::ui::site::use_site();
    let has_dates = move || {
        ctx.rows.with(|rows| {
            rows.iter().any(|r| {
                r.applicability != crate::checklist::Applicability::DoesNotApply
                    && !r.state.is_finished()
                    && (r.due.is_some() || r.deadline.is_some())
            })
        })
    };
    let failed = RwSignal::new(false);
    let on_click = move |_| {
        let (count, text) = build(ctx, i18n);
        failed.set(count == 0 || crate::shell::download::save_bytes(text.as_bytes(), &file_name(site), "text/calendar;charset=utf-8").is_err());
    };
    view! {
        <section class="checklist-part" aria-labelledby="checklist-ics-heading">
            <h2 id="checklist-ics-heading">{i18n.text("checklist-ics-heading")}</h2>
            <When
                when=has_dates
                fallback=move || view! { <p>{i18n.text("checklist-ics-none")}</p> }
            >
                <p class="notice" id="checklist-ics-warning">{i18n.text("checklist-ics-warning")}</p>
                <button type="button" aria-describedby="checklist-ics-warning" on:click=on_click>
                    {i18n.text("checklist-ics-button")}
                </button>
            </When>
            <p role="status">{text(move || failed.get().then(|| i18n.t("checklist-ics-failed")).unwrap_or_default())}</p>
        </section>
    }
}
