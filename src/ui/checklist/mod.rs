//! The relocation checklist screen (`#/checklist`): "my situation", next
//! steps, progress, the calendar export and every step with its details,
//! state and private note.
//!
//! Owns loading `content/checklist.toml` (once per session; read in the
//! background when the app starts on another screen, see
//! [`crate::ui::app::read_content_in_background`]) and laying out the
//! screen. Every decision (applicability, dates, order, progress, the
//! `.ics` text) is the core's (`crate::checklist`); this module only renders
//! it and writes the newcomer's changes through
//! [`crate::ui::draft::DraftStore::update`], so they are saved by the vault.
//! It never writes the newcomer's data anywhere else (storage, URL, title,
//! console), and shows it only inside [`crate::ui::vault::VaultGate`].

mod calendar;
mod plans;
mod situation;
mod steps;

use std::cell::{Cell, RefCell};
use std::sync::Arc;

use leptos::prelude::*;

use crate::ui::blocks::{dynamic, text, When};

use crate::checklist::{parse, ChecklistDef, CHECKLIST_PATH};
use crate::shell::net::{fetch_text, FetchError};
use crate::ui::i18n::{use_i18n, I18n};
use crate::ui::screens::ScreenHeading;
use crate::ui::vault::VaultGate;

/// How far loading the content got.
#[derive(Clone)]
enum Load {
    Loading,
    Ready(Arc<ChecklistDef>),
    /// The site could not be reached (offline without a cached copy).
    Unavailable,
    /// The file is missing or has a mistake (the organisation's to fix).
    Broken,
}

thread_local! {
    /// The parsed definition, kept for the session so going back to the
    /// screen does not fetch again. Failures are not kept (a later visit retries).
    static LOADED: RefCell<Option<Arc<ChecklistDef>>> = const { RefCell::new(None) };
    /// A fetch of the file is under way.
    static FETCHING: Cell<bool> = const { Cell::new(false) };
}

fn cached() -> Option<Arc<ChecklistDef>> {
    LOADED.with(|l| l.borrow().clone())
}

async fn load() -> Load {
    if let Some(def) = cached() {
        return Load::Ready(def);
    }
    FETCHING.with(|f| f.set(true));
    let fetched = fetch_text(CHECKLIST_PATH).await;
    FETCHING.with(|f| f.set(false));
    match fetched {
        Err(FetchError::Network) => Load::Unavailable,
        Err(_) => Load::Broken,
        Ok(text) => match parse(&text) {
            Ok(def) => {
                let def = Arc::new(def);
                LOADED.with(|l| *l.borrow_mut() = Some(def.clone()));
                Load::Ready(def)
            }
            Err(_) => Load::Broken,
        },
    }
}

/// Reads the checklist in the background (see
/// [`crate::ui::app::read_content_in_background`]) unless it is read or
/// being read already.
pub async fn load_in_background() {
    if cached().is_none() && !FETCHING.with(Cell::get) {
        let _ = load().await;
    }
}

/// Like [`I18n::text`] for a message id built at run time.
pub(crate) fn tr_owned(i18n: I18n, id: String) -> impl Fn() -> String + Send + Sync + 'static {
    move || i18n.t(&id)
}

#[component]
pub fn Screen() -> impl IntoView {
    let i18n = use_i18n();
    let state = RwSignal::new(Load::Loading);
    leptos::task::spawn_local(async move {
        let fetched = cached().is_none();
        let loaded = load().await;
        // The heading and introduction are painted before the steps are
        // drawn (the first screen shows while the rest is built).
        if fetched {
            crate::shell::clock::after_paint().await;
        }
        // The screen may have been left meanwhile.
        let _ = state.try_set(loaded);
    });
    view! {
        <ScreenHeading id="checklist-heading"/>
        <p class="lead">{i18n.text("checklist-intro")}</p>
        {dynamic(move || match state.get() {
            Load::Loading => ().into_any(),
            Load::Unavailable => view! {
                <p class="notice" role="status">{i18n.text("checklist-content-unavailable")}</p>
            }.into_any(),
            Load::Broken => view! {
                <p class="notice" role="status">{i18n.text("checklist-content-broken")}</p>
            }.into_any(),
            Load::Ready(def) => view! { <VaultGate><Checklist def=def.clone()/></VaultGate> }.into_any(),
        })}
    }
}

/// Everything that shows or edits the newcomer's data.
#[component]
fn Checklist(def: Arc<ChecklistDef>) -> impl IntoView {
    let i18n = use_i18n();
    let today = crate::shell::clock::today();
    let ctx = steps::Ctx::new(def, today);
    // Drawn in four parts, one browser task each (the top of the screen
    // shows first; a slow phone never freezes for the whole screen): the
    // progress, "my situation", next steps and the calendar, then the list
    // of every step.
    let drawn = crate::ui::screens::drawn_in_turns(4);
    view! {
        // Announces state changes to screen readers (stays in the page so
        // that changes to its text are read out).
        <p class="visually-hidden" role="status" aria-live="polite">{text(move || ctx.announce.get())}</p>
        <steps::ProgressBar ctx=ctx/>
        <When when=move || { drawn.get() >= 2 }>
            <situation::SituationForm/>
        </When>
        <When when=move || { drawn.get() >= 3 }>
            <section class="checklist-part" aria-labelledby="checklist-next-heading">
                <h2 id="checklist-next-heading">{i18n.text("checklist-next-heading")}</h2>
                <p class="hint">{i18n.text("checklist-dates-hint")}</p>
                <steps::NextSteps ctx=ctx/>
            </section>
            <calendar::CalendarExport ctx=ctx/>
            <plans::PlanImport ctx=ctx/>
        </When>
        <When when=move || { drawn.get() >= 4 }>
            <steps::AllSteps ctx=ctx/>
        </When>
    }
}
