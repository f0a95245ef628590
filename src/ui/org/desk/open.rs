//! Opening exports at the desk: chosen files (several at once) or pasted
//! armored text, each with its own result line.
//!
//! File sizes are checked on `File.size` before a byte is read
//! ([`MAX_EXPORT_INPUT`]); decryption and parsing are
//! `crate::export::open_export`, which returns a whole export or a typed
//! error, never partial data.

use std::sync::Arc;

use leptos::prelude::*;

use super::{DeskState, FileResult, Message, Opened};
use crate::export::{open_export_owned, OpenError, MAX_EXPORT_INPUT};
use crate::shell::download::{self, TransferError};
use crate::shell::page;
use crate::ui::i18n::{render_pieces, use_i18n};

fn kib(bytes: usize) -> i64 {
    bytes.div_ceil(1024).min(i64::MAX as usize) as i64
}

/// Fluent id and arguments for an error.
fn error_message(e: &OpenError) -> Message {
    let args = match e {
        OpenError::TooLarge { size, max } => vec![("size", kib(*size)), ("max", kib(*max))],
        OpenError::NewerVersion { version } => vec![("version", (*version).min(i64::MAX as u64) as i64)],
        OpenError::TooManyRecipients { max } => vec![("max", (*max).min(i64::MAX as usize) as i64)],
        _ => Vec::new(),
    };
    (e.message_id(), args)
}

/// The result line of an input that waits for a key.
const WAITING: &str = "desk-result-waiting";

/// One input to open: a name for the result line and its bytes, or the
/// error met while reading it.
pub(super) type Input = (String, Result<Vec<u8>, Message>);

/// Opens every input, adds what opened to the desk and shows one result
/// line per input (one re-render for many files). Returns whether the
/// inputs were taken: opened, or held until a key is loaded.
///
/// With no key loaded yet, the inputs that were read are held in
/// [`DeskState::waiting`] with a "waiting for your key" line each, and
/// [`open_waiting`] opens them once a key is: the order of "load the key"
/// and "open exports" does not matter.
pub(super) fn open_all(state: DeskState, inputs: Vec<Input>) -> bool {
    let ids = state.identities.get_untracked();
    if ids.is_empty() {
        // One line for every input waiting (those chosen earlier too), then
        // the inputs that could not even be read.
        let mut errors = Vec::new();
        let mut held = Vec::new();
        for (name, bytes) in inputs {
            match bytes {
                Ok(bytes) => held.push((name, Ok(bytes))),
                Err(message) => errors.push(FileResult { name, outcome: Err(message) }),
            }
        }
        let taken = !held.is_empty();
        let mut results = Vec::new();
        state.waiting.try_update_value(|w| {
            w.extend(held);
            results = w.iter().map(|(name, _)| FileResult { name: name.clone(), outcome: Err((WAITING, Vec::new())) }).collect();
        });
        let count = results.len();
        results.extend(errors);
        state.waiting_count.try_set(count);
        state.after_key.try_set(false);
        state.results.try_set(results);
        return taken;
    }
    let mut opened = Vec::new();
    let mut results = Vec::with_capacity(inputs.len());
    for (name, bytes) in inputs {
        let outcome = match bytes.and_then(|b| open_export_owned(b, &ids).map_err(|e| error_message(&e))) {
            Ok(export) => {
                let number = state.next_number.get_value();
                state.next_number.set_value(number + 1);
                opened.push(Opened { number, export: Arc::new(export) });
                Ok(number)
            }
            Err(message) => Err(message),
        };
        results.push(FileResult { name, outcome });
    }
    let first = opened.first().map(|o| o.number);
    if first.is_some() {
        state.opened.try_update(|list| list.extend(opened));
    }
    state.after_key.try_set(false);
    state.results.try_set(results);
    if let Some(number) = first {
        show_opened(number);
    }
    first.is_some()
}

/// Opens the inputs that waited for a key (none: nothing happens), now
/// that one is loaded; their results say they were opened after the key.
pub(super) fn open_waiting(state: DeskState) {
    if state.identities.with_untracked(Vec::is_empty) {
        return;
    }
    let waiting = state.waiting.try_update_value(std::mem::take).unwrap_or_default();
    state.waiting_count.try_set(0);
    if waiting.is_empty() {
        return;
    }
    open_all(state, waiting);
    state.after_key.try_set(true);
}

/// After an export opened, the caseworker is taken to it: its heading is
/// scrolled to the top and focused (the export and "Write a plan" are far
/// below the open form). If a filter hides it, focus stays on the results
/// heading, which says what opened.
fn show_opened(number: usize) {
    request_animation_frame(move || {
        if !page::bring_into_view(&format!("desk-export-{number}")) {
            page::bring_into_view("desk-results-heading");
        }
    });
}

#[component]
pub fn Open(state: DeskState) -> impl IntoView {
    let i18n = use_i18n();
    let input = NodeRef::<leptos::html::Input>::new();
    // The pasted text is read from the text box once, when Open is pressed:
    // not copied into the page's memory on every input event (nor back into
    // the box through a bound value), as it may be 1 MiB.
    let pasted = NodeRef::<leptos::html::Textarea>::new();
    let on_files = move |_| {
        let Some(el) = input.get_untracked() else { return };
        let files = download::chosen_files(&el);
        el.set_value("");
        if files.is_empty() {
            return;
        }
        state.results.set(Vec::new());
        leptos::task::spawn_local(async move {
            let mut inputs: Vec<Input> = Vec::with_capacity(files.len());
            for file in files {
                let bytes = match download::read_file(&file, MAX_EXPORT_INPUT).await {
                    Ok(bytes) => Ok(bytes),
                    Err(TransferError::TooLarge { size }) => Err(error_message(&OpenError::TooLarge { size, max: MAX_EXPORT_INPUT })),
                    Err(_) => Err(("desk-read-failed", Vec::new())),
                };
                inputs.push((file.name(), bytes));
            }
            open_all(state, inputs);
        });
    };
    let on_paste_open = move |_| {
        let Some(area) = pasted.get_untracked() else { return };
        let text = area.value();
        if text.trim().is_empty() {
            return;
        }
        // Cleared once taken (opened, or held until a key is loaded); a
        // refused paste stays for the caseworker to see (and clearing a
        // huge hostile paste costs the browser seconds).
        if open_all(state, vec![(i18n.t("desk-pasted-name"), Ok(text.into_bytes()))]) {
            area.set_value("");
        }
    };
    view! {
        <section class="desk-part" aria-labelledby="desk-open-heading">
            <h3 id="desk-open-heading">{i18n.text("desk-open-heading")}</h3>
            <p id="desk-open-help">{i18n.text("desk-open-help")}</p>
            <label for="desk-export-files">{i18n.text("desk-files-label")}</label>
            <input id="desk-export-files" type="file" multiple node_ref=input on:change=on_files
                aria-describedby="desk-open-help"/>
            <label for="desk-paste">{i18n.text("desk-paste-label")}</label>
            <textarea id="desk-paste" rows="4" spellcheck="false" autocomplete="off" node_ref=pasted></textarea>
            <button type="button" on:click=on_paste_open>{i18n.text("desk-open-button")}</button>
            <div role="status" class="desk-results">
                <Show when=move || state.results.with(|r| !r.is_empty())>
                    <h4 id="desk-results-heading" tabindex="-1">{i18n.text("desk-results-heading")}</h4>
                    <Show when=move || state.after_key.get()>
                        <p>{i18n.text("desk-results-after-key")}</p>
                    </Show>
                    <ul>
                        {move || state.results.get().into_iter().map(|r| {
                            let class = match &r.outcome {
                                Ok(_) => "result ok",
                                Err((id, _)) if *id == WAITING => "result waiting",
                                Err(_) => "result error",
                            };
                            let name = r.name.clone();
                            let text = move || match &r.outcome {
                                Ok(n) => {
                                    let mut args = crate::i18n::FluentArgs::new();
                                    args.set("number", *n as i64);
                                    i18n.t_args("desk-result-opened", &args)
                                }
                                Err((id, args)) => {
                                    let mut fa = crate::i18n::FluentArgs::new();
                                    for (k, v) in args {
                                        fa.set(*k, *v);
                                    }
                                    i18n.t_args(id, &fa)
                                }
                            };
                            // One message: "<file>: <what happened>".
                            let line = move || {
                                let mut args = crate::i18n::FluentArgs::new();
                                args.set("file", name.clone());
                                let result = text();
                                args.set("result", result.clone());
                                let name = name.clone();
                                render_pieces(i18n.pieces("desk-file-result", &args, &["file", "result"]), move |i| match i {
                                    0 => view! { <span class="file-name" dir="auto">{name.clone()}</span> }.into_any(),
                                    _ => view! { <span class="result-text">{result.clone()}</span> }.into_any(),
                                })
                            };
                            view! {
                                <li class=class>{line}</li>
                            }
                        }).collect_view()}
                    </ul>
                </Show>
            </div>
        </section>
    }
}
