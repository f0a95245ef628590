//! "Show at the desk": the sealed export as a sequence of QR codes, shown one
//! after another (automatically, with pause and previous/next) for the
//! desk's camera. The codes are made by the QR worker
//! (`crate::shell::handover`), loaded only when the button is pressed.
//!
//! It never writes the codes or the export anywhere (no storage, no file, no
//! clipboard, no URL or history entry): they live in this component's memory
//! and are dropped when it is closed or the screen is left.

use leptos::prelude::*;

use crate::ui::blocks::{text};

use crate::ui::i18n::use_i18n;

/// How long each code stays on screen while playing: long enough for a
/// desk camera at 15 fps to see it in several frames, short enough that a
/// 4 KiB export (7 codes) goes round in about 5 s.
const SHOW_MS: u64 = 700;

#[component]
pub fn Codes(codes: Vec<String>, shown: RwSignal<Option<Vec<String>>>) -> impl IntoView {
    let i18n = use_i18n();
    let count = codes.len().max(1);
    let codes = StoredValue::new(codes);
    let index = RwSignal::new(0usize);
    let playing = RwSignal::new(true);
    let step = move |forward: bool| index.update(|i| *i = if forward { (*i + 1) % count } else { (*i + count - 1) % count });
    let timer = set_interval_with_handle(
        move || {
            if playing.get_untracked() {
                step(true);
            }
        },
        std::time::Duration::from_millis(SHOW_MS),
    )
    .ok();
    on_cleanup(move || {
        if let Some(t) = timer {
            t.clear();
        }
    });
    let position = move || {
        let mut args = crate::i18n::FluentArgs::new();
        args.set("index", (index.get() + 1) as i64);
        args.set("count", count as i64);
        i18n.t_args("export-codes-position", &args)
    };
    let manual = move |forward: bool| {
        playing.set(false);
        step(forward);
    };
    view! {
        <section class="export-codes" aria-labelledby="export-codes-heading">
            <h2 id="export-codes-heading">{i18n.text("export-show-codes")}</h2>
            <p class="notice">{i18n.text("export-codes-brightness")}</p>
            <div class="qr" role="img" aria-label=position
                inner_html=move || codes.with_value(|c| c.get(index.get()).cloned().unwrap_or_default())></div>
            <p class="qr-position" aria-hidden="true">{position}</p>
            <div class="export-actions">
                <button type="button" on:click=move |_| manual(false)>{i18n.text("export-codes-previous")}</button>
                <button type="button" on:click=move |_| playing.update(|p| *p = !*p)>
                    {text(move || i18n.t(if playing.get() { "export-codes-pause" } else { "export-codes-play" }))}
                </button>
                <button type="button" on:click=move |_| manual(true)>{i18n.text("export-codes-next")}</button>
                <button type="button" on:click=move |_| shown.set(None)>{i18n.text("export-codes-close")}</button>
            </div>
        </section>
    }
}
