//! The intake form screen (`#/intake`): one section per screen with
//! progress, back / next, validation with messages next to each field and an
//! announced error summary, repeat groups (household), live skip logic, and a
//! review screen with "change" links and the "what happens with my answers"
//! text.
//!
//! Owns presentation and navigation between sections only. Every decision —
//! which sections and questions are shown, what is valid, progress, what the
//! review lists — is the pure core's (`crate::intake`). Answers are read from
//! the draft and changed only through `DraftStore::update` (the vault saves
//! them encrypted). This module never stores anything itself and never puts
//! an answer in the URL, the title or the console: the URL holds at most the
//! section number (`#/intake/3`, `#/intake/review`).

mod fields;
mod review;

use std::cell::{Cell, RefCell};
use std::sync::Arc;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::ui::blocks::{dynamic, flag, text, When};
use wasm_bindgen::JsCast;

use crate::i18n::FluentArgs;
use crate::intake::{AnswerValue, FieldError, FieldPath, Form, Relevance};
use crate::shell::{clock, net, page};
use crate::ui::draft::{use_draft, DraftStore};
use crate::ui::i18n::{use_i18n, I18n};
use crate::ui::vault::{use_vault, VaultUi};
use crate::ui::screens::ScreenHeading;
use crate::ui::vault::VaultGate;

/// Id of the heading of the current step (section or review); focused after
/// every step change.
const STEP_HEADING: &str = "intake-step-heading";

thread_local! {
    /// The loaded definition, kept for the session so returning to the
    /// screen does not fetch and parse it again.
    static FORM: RefCell<Option<Arc<Form>>> = const { RefCell::new(None) };
    /// A fetch of the definition is under way.
    static FETCHING: Cell<bool> = const { Cell::new(false) };
    /// The last step shown, so leaving the screen and coming back (by the
    /// navigation link, `#/intake`) resumes there. Memory only.
    static LAST_STEP: Cell<Option<Step>> = const { Cell::new(None) };
}

#[derive(Clone)]
enum Load {
    Loading,
    Broken,
    Ready(Arc<Form>),
}

/// Where the newcomer is in the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Step {
    /// An index into `form.sections`.
    Section(usize),
    Review,
}

impl Step {
    fn hash(self) -> String {
        match self {
            Step::Section(i) => format!("#/intake/{}", i + 1),
            Step::Review => "#/intake/review".to_string(),
        }
    }
}

/// What every part of the screen shares. `Copy`, so closures capture it.
#[derive(Clone, Copy)]
pub(crate) struct Ctx {
    pub form: StoredValue<Arc<Form>>,
    pub draft: DraftStore,
    pub rel: Memo<Relevance>,
    pub step: RwSignal<Step>,
    /// Errors found by the last "next" on this section.
    pub shown: RwSignal<Vec<FieldError>>,
    /// The shown errors that are still true (a fixed answer loses its error
    /// at once; new problems appear at the next "next").
    pub errors: Memo<Vec<FieldError>>,
    pub today: NaiveDate,
    pub i18n: I18n,
    pub vault: VaultUi,
}

impl Ctx {
    /// The stored value at `path` (tracked).
    pub fn value(self, path: &FieldPath) -> Option<AnswerValue> {
        self.draft.draft.with(|d| stored(&d.intake, path))
    }

    pub fn value_untracked(self, path: &FieldPath) -> Option<AnswerValue> {
        self.draft.draft.with_untracked(|d| stored(&d.intake, path))
    }

    /// Records an answer (a blank one clears it) and the content version.
    pub fn set(self, path: &FieldPath, value: AnswerValue) {
        let form = self.form.get_value();
        let path = path.clone();
        self.draft.update(move |d| {
            match &path.group {
                None => d.intake.set(&path.question, value),
                Some((g, i)) => {
                    d.intake.set_in_item(g, *i, &path.question, value);
                }
            }
            form.stamp(&mut d.intake);
        });
    }

    /// Errors currently shown for `path` (tracked).
    pub fn has_error(self, path: &FieldPath) -> bool {
        self.errors.with(|es| es.iter().any(|e| &e.path == path))
    }

    pub fn error_text(self, path: &FieldPath) -> String {
        self.errors.with(|es| {
            es.iter().filter(|e| &e.path == path).map(|e| error_message(self.i18n, e)).collect::<Vec<_>>().join(" ")
        })
    }

    /// Moves to `step` and focuses its heading, or `focus` when given.
    pub fn go(self, step: Step, focus: Option<String>) {
        self.shown.set(Vec::new());
        self.step.set(step);
        LAST_STEP.with(|l| l.set(Some(step)));
        replace_hash(&step.hash());
        request_animation_frame(move || match focus {
            Some(id) => focus_field(&id),
            None => page::focus_by_id(STEP_HEADING),
        });
    }

    fn next(self, section: usize) {
        let (errs, next) = self.draft.draft.with_untracked(|d| {
            self.form.with_value(|f| (f.validate_section(&d.intake, section, self.today), f.next_section(&d.intake, section)))
        });
        match errs.first() {
            None => {
                self.go(next.map(Step::Section).unwrap_or(Step::Review), None);
                // Past the first section (real answers now), remind once to
                // save them; after the heading has focus, so closing the
                // dialog returns there.
                let first = self.draft.draft.with_untracked(|d| self.form.with_value(|f| f.shown_sections(&d.intake).first() == Some(&section)));
                if !first {
                    let vault = self.vault;
                    request_animation_frame(move || request_animation_frame(move || vault.remind_setup()));
                }
            }
            Some(first) => {
                let first = field_id(&first.path);
                // Empty the summary first so the same errors are announced again.
                self.shown.set(Vec::new());
                request_animation_frame(move || {
                    self.shown.set(errs);
                    request_animation_frame(move || focus_field(&first));
                });
            }
        }
    }

    fn back(self, section: usize) {
        let prev = self.draft.draft.with_untracked(|d| self.form.with_value(|f| f.previous_section(&d.intake, section)));
        if let Some(p) = prev {
            self.go(Step::Section(p), None);
        }
    }
}

/// The stored value of a top-level or repeat-item question.
fn stored(answers: &crate::intake::Answers, path: &FieldPath) -> Option<AnswerValue> {
    match &path.group {
        None => answers.get(&path.question).cloned(),
        Some((g, i)) => answers.items(g).get(*i).and_then(|item| item.get(&path.question)).cloned(),
    }
}

/// The DOM id of a field: `q-<id>` or `q-<group>-<item>-<id>`.
pub(crate) fn field_id(path: &FieldPath) -> String {
    match &path.group {
        None => format!("q-{}", path.question),
        Some((g, i)) => format!("q-{g}-{i}-{}", path.question),
    }
}

/// The localized text of a validation error.
pub(crate) fn error_message(i18n: I18n, e: &FieldError) -> String {
    let mut args = FluentArgs::new();
    for (k, v) in e.args() {
        args.set(k, v);
    }
    i18n.t_args(&e.message_id, &args)
}

/// Focuses the field with DOM id `id`: the input itself, or for a group of
/// options the checked (else the first) option.
pub(crate) fn focus_field(id: &str) {
    let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) else { return };
    let target = match el.tag_name().as_str() {
        "INPUT" | "TEXTAREA" | "SELECT" | "H2" | "H3" => Some(el),
        _ => el
            .query_selector("input:checked")
            .ok()
            .flatten()
            .or_else(|| el.query_selector("input, textarea, select, button").ok().flatten()),
    };
    if let Some(h) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = h.focus();
    }
}

/// Shows the step in the URL without a `hashchange` (which would re-render
/// the whole screen). Only the step, never an answer. Only while the intake
/// is still the screen in the URL: a form that finishes loading after the
/// newcomer went elsewhere must not pull them back.
fn replace_hash(hash: &str) {
    if crate::route::Screen::from_hash(&crate::shell::page::hash()) != crate::route::Screen::Intake {
        return;
    }
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash));
    }
}

/// The step named in `#/intake/<n>` or `#/intake/review`, if any.
fn step_from_hash(hash: &str) -> Option<Step> {
    let rest = hash.trim_start_matches('#').trim_start_matches('/').strip_prefix("intake/")?;
    if rest == "review" {
        return Some(Step::Review);
    }
    rest.parse::<usize>().ok().and_then(|n| n.checked_sub(1)).map(Step::Section)
}

/// Why the intake definition could not be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormProblem {
    Unreadable,
    Invalid,
}

/// The intake definition, fetched and parsed once per session and shared by
/// the intake, export and desk screens. A failure is not kept, so the next
/// visit tries again.
pub async fn load_form() -> Result<Arc<Form>, FormProblem> {
    if let Some(form) = FORM.with(|f| f.borrow().clone()) {
        return Ok(form);
    }
    FETCHING.with(|f| f.set(true));
    let fetched = net::fetch_text(crate::intake::FILE).await;
    FETCHING.with(|f| f.set(false));
    let text = fetched.map_err(|_| FormProblem::Unreadable)?;
    let form = Form::from_toml(&text).map(Arc::new).map_err(|_| FormProblem::Invalid)?;
    FORM.with(|f| *f.borrow_mut() = Some(form.clone()));
    Ok(form)
}

/// Reads the definition in the background (see
/// [`crate::ui::app::read_content_in_background`]) unless it is read or
/// being read already.
pub async fn load_in_background() {
    if FORM.with(|f| f.borrow().is_none()) && !FETCHING.with(Cell::get) {
        let _ = load_form().await;
    }
}

#[component]
pub fn Screen() -> impl IntoView {
    let i18n = use_i18n();
    let cached = FORM.with(|f| f.borrow().clone());
    let load = RwSignal::new(cached.map(Load::Ready).unwrap_or(Load::Loading));
    if matches!(load.get_untracked(), Load::Loading) {
        leptos::task::spawn_local(async move {
            match load_form().await {
                Ok(form) => load.set(Load::Ready(form)),
                Err(_) => load.set(Load::Broken),
            }
        });
    }
    view! {
        <ScreenHeading id="intake-heading"/>
        {dynamic(move || match load.get() {
            Load::Loading => view! { <p class="intake-status" role="status">{tr(i18n, "intake-loading")}</p> }.into_any(),
            Load::Broken => view! { <p class="notice" role="status">{tr(i18n, "intake-load-error")}</p> }.into_any(),
            Load::Ready(form) => {
                let form = StoredValue::new(form);
                view! { <VaultGate><IntakeForm form=form/></VaultGate> }.into_any()
            }
        })}
    }
}

#[component]
fn IntakeForm(form: StoredValue<Arc<Form>>) -> impl IntoView {
    let i18n = use_i18n();
    let draft = use_draft();
    let today = clock::today();
    // What "my situation" already says is not asked again (saved like any change).
    let mut filled = draft.draft.get_untracked();
    if form.with_value(|f| filled.prefill_intake(f)) {
        draft.update(move |d| *d = filled);
    }
    let rel = Memo::new(move |_| draft.draft.with(|d| form.with_value(|f| f.relevance(&d.intake))));
    let first_step = draft.draft.with_untracked(|d| {
        form.with_value(|f| {
            let shown = f.shown_sections(&d.intake);
            match step_from_hash(&page::hash()).or_else(|| LAST_STEP.with(|l| l.get())) {
                Some(Step::Review) => Step::Review,
                Some(Step::Section(s)) if shown.contains(&s) => Step::Section(s),
                // A return visit (after unlocking): where the person stopped.
                _ => f.resume_section(&d.intake, today).map_or(Step::Review, Step::Section),
            }
        })
    });
    let step = RwSignal::new(first_step);
    LAST_STEP.with(|l| l.set(Some(first_step)));
    replace_hash(&first_step.hash());
    let shown = RwSignal::new(Vec::<FieldError>::new());
    let errors = Memo::new(move |_| {
        let snapshot = shown.get();
        let Step::Section(s) = step.get() else { return Vec::new() };
        if snapshot.is_empty() {
            return snapshot;
        }
        let now = draft.draft.with(|d| form.with_value(|f| f.validate_section(&d.intake, s, today)));
        snapshot.into_iter().filter(|e| now.contains(e)).collect()
    });
    let ctx = Ctx { form, draft, rel, step, shown, errors, today, i18n, vault: use_vault() };
    move || match step.get() {
        Step::Section(i) => untrack(|| section_view(ctx, i)),
        Step::Review => untrack(|| view! { <review::Review ctx=ctx/> }.into_any()),
    }
}

fn section_view(ctx: Ctx, index: usize) -> AnyView {
    let i18n = ctx.i18n;
    let Some(section) = ctx.form.with_value(|f| f.sections.get(index).cloned()) else { return ().into_any() };
    let progress = text(move || {
        let p = ctx.draft.draft.with(|d| ctx.form.with_value(|f| f.progress(&d.intake, index)));
        p.map(|p| {
            let mut args = FluentArgs::new();
            args.set("current", p.current as i64);
            args.set("total", p.total as i64);
            i18n.t_args(if p.more_possible { "intake-progress-open" } else { "intake-progress" }, &args)
        })
        .unwrap_or_default()
    });
    let has_previous = flag(move || ctx.draft.draft.with(|d| ctx.form.with_value(|f| f.previous_section(&d.intake, index).is_some())));
    // Truly last: no shown section follows and none can still appear.
    let is_last = flag(move || {
        ctx.draft.draft.with(|d| {
            ctx.form.with_value(|f| {
                f.next_section(&d.intake, index).is_none() && !f.progress(&d.intake, index).is_some_and(|p| p.more_possible)
            })
        })
    });
    let any_required = section.questions.iter().any(|q| q.required);
    let title_id = section.title_id.clone();
    let intro = section.intro_id.clone().map(|id| view! { <p class="section-intro">{tr(i18n, id)}</p> });
    let questions = section
        .questions
        .iter()
        .map(|q| fields::question_view(ctx, q.clone(), FieldPath::top(&q.id)))
        .collect_view();
    let first = ctx.form.with_value(|f| f.sections.first().map(|s| s.id == section.id).unwrap_or(false));
    view! {
        <form class="intake" novalidate aria-labelledby=STEP_HEADING
            on:submit=move |ev| { ev.prevent_default(); ctx.next(index); }>
            <p class="progress">{progress}</p>
            <h2 id=STEP_HEADING tabindex="-1">{tr(i18n, title_id)}</h2>
            {intro}
            {any_required.then(|| view! { <p class="required-note">{tr(i18n, "intake-required-note")}</p> })}
            <ErrorSummary ctx=ctx/>
            {questions}
            <div class="intake-nav">
                <When when=move || has_previous.get()>
                    <button type="button" class="secondary" on:click=move |_| ctx.back(index)>
                        {tr(i18n, "intake-back")}
                    </button>
                </When>
                <button type="submit">
                    {text(move || if is_last.get() { i18n.t("intake-review") } else { i18n.t("intake-next") })}
                </button>
            </div>
        </form>
        {first.then(|| view! { <Privacy/> })}
    }
    .into_any()
}

/// The list of problems after "next": announced (role=alert), each a link
/// to its field.
#[component]
fn ErrorSummary(ctx: Ctx) -> impl IntoView {
    let i18n = ctx.i18n;
    let count = move || ctx.errors.with(Vec::len);
    view! {
        <div role="alert" id="intake-error-summary" class={move || if count() == 0 { "error-summary empty" } else { "error-summary" }}>
            {dynamic(move || (count() > 0).then(|| {
                let mut args = FluentArgs::new();
                args.set("count", count() as i64);
                let items = ctx.errors.get().into_iter().map(|e| {
                    let id = field_id(&e.path);
                    // One message: the question, then what to fix.
                    let mut line = FluentArgs::new();
                    line.set("question", label_for(ctx, &e.path));
                    line.set("problem", error_message(i18n, &e));
                    let href = format!("#{id}");
                    view! {
                        <li><a href=href on:click=move |ev| { ev.prevent_default(); focus_field(&id); }>
                            {i18n.t_args("intake-error-summary-item", &line)}
                        </a></li>
                    }
                }).collect_view();
                view! {
                    <h3>{i18n.t_args("intake-errors-summary", &args)}</h3>
                    <ul>{items}</ul>
                }
            }).into_any())}
        </div>
    }
}

/// A field's label for the error summary: the question's label, or for a
/// household member's field "Person 2 – Year of birth" (one message).
fn label_for(ctx: Ctx, path: &FieldPath) -> String {
    let i18n = ctx.i18n;
    let label_id = ctx.form.with_value(|f| {
        let top = match &path.group {
            None => f.question(&path.question),
            Some((g, _)) => f.question(g).and_then(|q| match &q.kind {
                crate::intake::QuestionKind::Repeat { questions, .. } => questions.iter().find(|iq| iq.id == path.question),
                _ => None,
            }),
        };
        top.map(|q| q.label_id.clone())
    });
    let label = label_id.map(|id| i18n.t(&id)).unwrap_or_default();
    match &path.group {
        None => label,
        // One message, so each language orders and punctuates it itself.
        Some((_, i)) => {
            let mut args = FluentArgs::new();
            args.set("number", (*i + 1) as i64);
            args.set("label", label);
            i18n.t_args("intake-person-field-label", &args)
        }
    }
}

/// "Person 3" for item index 2.
pub(crate) fn member_heading(i18n: I18n, index: usize) -> String {
    let mut args = FluentArgs::new();
    args.set("number", (index + 1) as i64);
    i18n.t_args("intake-member-heading", &args)
}

/// Localized text of message `id`, as a type-erased signal. Every text on
/// this screen goes through `Signal<String>` rather than its own closure
/// type, so the renderer is compiled once, not per text (wasm size).
pub(crate) fn tr(i18n: I18n, id: impl Into<String>) -> Signal<String> {
    let id = id.into();
    Signal::derive(move || i18n.t(&id))
}

/// The accessible name of a control that acts on one question ("Change:
/// Year of birth"): message `id` with the question's text as `$question`.
pub(crate) fn named(i18n: I18n, id: &'static str, question_id: String) -> Signal<String> {
    Signal::derive(move || {
        let mut args = FluentArgs::new();
        args.set("question", i18n.t(&question_id));
        i18n.t_args(id, &args)
    })
}

/// The "what happens with my answers" box.
#[component]
pub(crate) fn Privacy() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="privacy" aria-labelledby="intake-privacy-heading">
            <h2 id="intake-privacy-heading">{tr(i18n, "intake-privacy-heading")}</h2>
            <p>{tr(i18n, "intake-privacy-text")}</p>
        </section>
    }
}
