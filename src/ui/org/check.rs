//! The site check in `#/org`: what is wrong in config, content and locales,
//! and a preview that lets a translator see plural forms in the running app.
//!
//! Owns fetching every checked file from the site (so an organisation sees
//! what its host really serves) and rendering the findings. The checking
//! itself is the core's [`crate::sitecheck::SiteCheck`], the same code the
//! command-line `waymark-check` runs, one step per task. Never shown to
//! newcomers by default.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::diagnostic::Diagnostic;
use crate::i18n::glossary::GLOSSARY_FILE;
use crate::i18n::{FluentArgs, FILES, SHIPPED};
use crate::shell::clock;
use crate::shell::net::fetch_texts_paced;
use crate::sitecheck::{SiteCheck, SiteFiles, CHECKLIST_FILE, CONFIG_FILE, INTAKE_FILE};
use crate::ui::i18n::{render_pieces, use_i18n};

/// Reads every file the check needs from the site itself (some forty files,
/// requested eight per task, after the page is drawn).
async fn fetch_site_files() -> SiteFiles {
    let mut paths: Vec<String> = [CONFIG_FILE, CHECKLIST_FILE, INTAKE_FILE].map(String::from).to_vec();
    paths.extend(SHIPPED.iter().flat_map(|lang| FILES.iter().map(move |file| format!("locales/{lang}/{file}"))));
    paths.extend(SHIPPED.iter().map(|lang| format!("locales/{lang}/{GLOSSARY_FILE}")));
    let mut texts = fetch_texts_paced(&paths, 8).await.into_iter();
    let mut next = || texts.next().and_then(Result::ok);
    let (config, checklist, intake) = (next(), next(), next());
    let locales = SHIPPED
        .iter()
        .map(|lang| (lang.to_string(), FILES.iter().filter_map(|file| Some((file.to_string(), next()?))).collect()))
        .collect();
    let glossaries = SHIPPED.iter().filter_map(|lang| Some((lang.to_string(), next()?))).collect();
    SiteFiles { config, checklist, intake, locales, glossaries }
}

#[component]
pub fn SiteCheck() -> impl IntoView {
    let i18n = use_i18n();
    let findings: RwSignal<Option<Vec<Diagnostic>>> = RwSignal::new(None);
    spawn_local(async move {
        let files = fetch_site_files().await;
        // One language or file per task: the page stays responsive.
        let mut check = SiteCheck::new(&files);
        while check.step() {
            clock::next_turn().await;
        }
        findings.set(Some(check.finish()));
    });
    let count = move |errors: bool| findings.with(|f| f.as_ref().map_or(0, |f| f.iter().filter(|d| d.is_error() == errors).count()));
    let summary = move || {
        // One message with both numbers, each with its own plural.
        let mut args = FluentArgs::new();
        args.set("errors", count(true) as i64);
        args.set("warnings", count(false) as i64);
        i18n.t_args("org-check-summary", &args)
    };
    let has_errors = move || count(true) > 0;
    let findings_list = move || findings.get().unwrap_or_default().into_iter().map(|d| {
        let severity = if d.is_error() { "org-check-finding-error" } else { "org-check-finding-warning" };
        let class = if d.is_error() { "diag diag-error" } else { "diag diag-warning" };
        let fix = (!d.fix.is_empty()).then(|| d.fix.clone());
        let place = if d.line > 0 { format!("{}:{}", d.file, d.line) } else { d.file.clone() };
        let message = d.message.clone();
        let finding = move || {
            // One message per finding; the file place in <code>, and the
            // finding itself in English for the site's technical volunteer.
            let mut args = FluentArgs::new();
            args.set("place", place.clone());
            args.set("message", message.clone());
            let (place, message) = (place.clone(), message.clone());
            render_pieces(i18n.pieces(severity, &args, &["place", "message"]), move |i| match i {
                0 => view! { <code>{place.clone()}</code> }.into_any(),
                _ => view! { <span lang="en">{message.clone()}</span> }.into_any(),
            })
        };
        view! {
            <li class=class>
                {finding}
                {fix.map(|fix| view! {
                    <br/>{move || {
                        // One message; the advice itself is in English.
                        let mut args = FluentArgs::new();
                        args.set("fix", fix.clone());
                        let fix = fix.clone();
                        render_pieces(i18n.pieces("org-check-fix-line", &args, &["fix"]), move |_| {
                            view! { <span lang="en">{fix.clone()}</span> }.into_any()
                        })
                    }}
                })}
            </li>
        }
    }).collect_view();
    view! {
        <section class="org-check" aria-labelledby="org-check-heading">
            <h2 id="org-check-heading">{i18n.text("org-check-heading")}</h2>
            <p>{i18n.text("org-check-intro")}</p>
            // The status line is the fold's summary from the start (same
            // height while checking and after), so nothing below jumps; the
            // findings open by themselves only when there are errors.
            <details class="check-findings" open=has_errors>
                <summary>
                    <span role="status" class="check-summary">
                        {move || match findings.get() {
                            None => i18n.t("org-check-loading"),
                            Some(list) if list.is_empty() => i18n.t("config-errors-none"),
                            Some(_) => summary(),
                        }}
                    </span>
                </summary>
                <ul class="diagnostics">{findings_list}</ul>
            </details>
        </section>
        <PluralPreview/>
    }
}

/// A number field that shows `app-steps-count` in the active language, so a
/// translator can check plural forms (1, 2, 5, 21, 22, 25…) on the site.
#[component]
fn PluralPreview() -> impl IntoView {
    let i18n = use_i18n();
    let number = RwSignal::new(1i64);
    let text = move || {
        let mut args = FluentArgs::new();
        args.set("count", number.get());
        i18n.t_args("app-steps-count", &args)
    };
    view! {
        <section class="org-preview" aria-labelledby="org-preview-heading">
            <h2 id="org-preview-heading">{i18n.text("org-preview-heading")}</h2>
            <p>{i18n.text("org-preview-intro")}</p>
            <label for="org-preview-count">{i18n.text("org-preview-count-label")}</label>
            <input id="org-preview-count" type="number" inputmode="numeric" min="0" max="1000000"
                prop:value=move || number.get().to_string()
                on:input=move |ev| {
                    if let Ok(n) = event_target_value(&ev).trim().parse::<i64>() {
                        number.set(n.clamp(0, 1_000_000));
                    }
                }/>
            <p class="preview-output" aria-live="polite" data-testid="plural-preview">{text}</p>
        </section>
    }
}
