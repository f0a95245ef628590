//! "Scan from a phone": the desk reads the `WM1` codes a newcomer's phone
//! shows ("Show at the desk") with the camera, in any order, with progress,
//! and opens the export exactly like a chosen file (`super::open::open_all`:
//! same checks, errors and result line). Without a camera, photos or
//! screenshots of the codes can be chosen instead.
//!
//! The camera runs only while this part scans: it stops as soon as the
//! export is complete, on Stop, and when the desk is left or the page
//! hidden. Frames and parts are held only in memory; nothing leaves the page.

use leptos::prelude::*;
use web_sys::MediaStream;

use super::DeskState;
use crate::handover::{qr, Accepted, Collector, FrameError, Progress};
use crate::shell::camera::{self, Grey};
use crate::shell::{download, page};
use crate::ui::i18n::use_i18n;

/// Time between two looks at the camera (about 7 a second: a code shown for
/// 700 ms is seen several times).
const LOOK_MS: u64 = 150;

#[derive(Clone, Copy)]
struct Scan {
    collector: StoredValue<Collector>,
    progress: RwSignal<Option<Progress>>,
    note: RwSignal<Option<&'static str>>,
    stream: StoredValue<Option<MediaStream>, LocalStorage>,
    timer: StoredValue<Option<IntervalHandle>>,
    video: NodeRef<leptos::html::Video>,
    on: RwSignal<bool>,
}

impl Scan {
    fn stop_camera(self) {
        if let Some(t) = self.timer.try_update_value(|t| t.take()).flatten() {
            t.clear();
        }
        if let Some(s) = self.stream.try_update_value(|s| s.take()).flatten() {
            camera::stop(&s, self.video.get_untracked().as_ref());
        }
        self.on.try_set(false);
    }

    /// Feeds every code found in `grey`; returns whether any code was found.
    fn feed(self, state: DeskState, name: &dyn Fn() -> String, grey: Grey) -> bool {
        let texts = qr::decode_grey(grey.width, grey.height, &grey.pixels).unwrap_or_default();
        for text in &texts {
            let result = self.collector.try_update_value(|c| c.accept(text));
            match result {
                Some(Ok(Accepted::New(p) | Accepted::Repeat(p))) => {
                    self.progress.try_set(Some(p));
                }
                Some(Ok(Accepted::Complete(bytes))) => {
                    self.stop_camera();
                    self.progress.try_set(None);
                    self.note.try_set(None);
                    super::open::open_all(state, vec![(name(), Ok(bytes))]);
                    return true;
                }
                Some(Err(e)) => {
                    if e == FrameError::Mismatch {
                        self.progress.try_set(None);
                    }
                    self.note.try_set(Some(e.message_id()));
                }
                None => {}
            }
        }
        !texts.is_empty()
    }
}

#[component]
pub fn ScanPart(state: DeskState) -> impl IntoView {
    let i18n = use_i18n();
    let scan = Scan {
        collector: StoredValue::new(Collector::new()),
        progress: RwSignal::new(None),
        note: RwSignal::new(None),
        stream: StoredValue::new_local(None),
        timer: StoredValue::new(None),
        video: NodeRef::new(),
        on: RwSignal::new(false),
    };
    let name = move || i18n.t("desk-scanned-name");
    let begin = move || {
        scan.collector.update_value(|c| c.reset());
        scan.progress.set(None);
        scan.note.set(None);
        state.results.set(Vec::new());
    };
    let on_start = move |_| {
        scan.stop_camera();
        begin();
        scan.on.set(true);
        leptos::task::spawn_local(async move {
            let Some(video) = scan.video.get_untracked() else { return };
            match camera::start(&video).await {
                Err(()) => {
                    scan.on.try_set(false);
                    scan.note.try_set(Some("desk-scan-no-camera"));
                }
                Ok(stream) if !scan.on.get_untracked() => camera::stop(&stream, Some(&video)),
                Ok(stream) => {
                    scan.stream.try_set_value(Some(stream));
                    let timer = set_interval_with_handle(
                        move || {
                            if let Some(grey) = scan.video.get_untracked().and_then(|v| camera::frame(&v)) {
                                scan.feed(state, &name, grey);
                            }
                        },
                        std::time::Duration::from_millis(LOOK_MS),
                    )
                    .ok();
                    scan.timer.try_set_value(timer);
                }
            }
        });
    };
    let photos = NodeRef::<leptos::html::Input>::new();
    let on_photos = move |_| {
        let Some(el) = photos.get_untracked() else { return };
        let files = download::chosen_files(&el);
        el.set_value("");
        if files.is_empty() {
            return;
        }
        scan.stop_camera();
        begin();
        leptos::task::spawn_local(async move {
            let mut any = false;
            for file in files {
                if let Some(grey) = camera::picture(&file).await {
                    any |= scan.feed(state, &name, grey);
                }
            }
            if !any {
                scan.note.try_set(Some("desk-scan-no-code"));
            }
        });
    };
    on_cleanup(move || scan.stop_camera());
    // Leaving the page or only the tab (another tab, another app, the screen
    // off) stops the camera: it never films the room unattended. Start it
    // again on return.
    let on_hide = window_event_listener(leptos::ev::pagehide, move |_| scan.stop_camera());
    let on_tab_hidden = window_event_listener_untyped("visibilitychange", move |_| {
        if page::hidden() {
            scan.stop_camera();
        }
    });
    on_cleanup(move || {
        on_hide.remove();
        on_tab_hidden.remove();
    });
    let progress = move || {
        scan.progress.get().map(|p| {
            let mut args = crate::i18n::FluentArgs::new();
            args.set("received", p.received as i64);
            args.set("count", p.count as i64);
            i18n.t_args("desk-scan-progress", &args)
        })
    };
    view! {
        <section class="desk-part desk-scan" aria-labelledby="desk-scan-heading">
            <h3 id="desk-scan-heading">{i18n.text("desk-scan-heading")}</h3>
            <p id="desk-scan-help">{i18n.text("desk-scan-help")}</p>
            <div class="desk-tools">
                <button type="button" on:click=on_start prop:disabled=move || scan.on.get()
                    aria-describedby="desk-scan-help">{i18n.text("desk-scan-start")}</button>
                <Show when=move || scan.on.get()>
                    <button type="button" on:click=move |_| scan.stop_camera()>{i18n.text("desk-scan-stop")}</button>
                </Show>
            </div>
            <video node_ref=scan.video playsinline=true muted=true hidden=move || !scan.on.get()
                aria-label=move || i18n.t("desk-scan-heading")></video>
            <p role="status" class="desk-scan-progress">
                {move || progress().or_else(|| scan.on.get().then(|| i18n.t("desk-scan-waiting")))}
            </p>
            {move || scan.note.get().map(|id| view! { <p class="error" role="alert">{i18n.text(id)}</p> })}
            <label for="desk-scan-photos">{i18n.text("desk-scan-photos-label")}</label>
            <input id="desk-scan-photos" type="file" accept="image/*" multiple node_ref=photos on:change=on_photos/>
        </section>
    }
}
