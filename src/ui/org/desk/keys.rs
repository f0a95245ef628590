//! Desk keys: load secret key files for this session (then open the
//! exports that waited for a key), and, in a folded set-up part, make a new
//! key pair (download the secret key file, show it once, show the public key
//! and its fingerprint).
//!
//! Never stores a secret key: the key pair and the loaded keys live only in
//! [`DeskState`] signals, cleared on quick exit.

use std::sync::Arc;

use leptos::prelude::*;

use super::DeskState;
use crate::export::identity::MAX_IDENTITY_FILE;
use crate::export::{generate_key_pair, parse_identity_file, IdentityError};
use crate::shell::download;
use crate::ui::i18n::{render_pieces, use_i18n, I18n};

#[component]
pub fn Generate(state: DeskState) -> impl IntoView {
    let i18n = use_i18n();
    let download_failed = RwSignal::new(false);
    let generate_failed = RwSignal::new(false);
    let save = move || {
        if let Some(kp) = state.key_pair.get_untracked() {
            let name = format!("key-{}.txt", crate::date_text::iso(crate::shell::clock::today()));
            download_failed.set(download::save_bytes(kp.identity_file.as_bytes(), &name, "text/plain").is_err());
        }
    };
    let on_generate = move |_| {
        match generate_key_pair(crate::shell::clock::today()) {
            Ok(kp) => {
                generate_failed.set(false);
                state.key_pair.set(Some(Arc::new(kp)));
                save();
            }
            Err(_) => generate_failed.set(true),
        }
    };
    view! {
        // Done once, when the organisation sets up: folded away after the
        // daily steps, with a secondary button, so that nobody makes a new
        // key (and sees a secret key on screen) while trying to open exports.
        <details class="desk-setup">
            <summary>{i18n.text("desk-setup-summary")}</summary>
            <section class="desk-part" aria-labelledby="desk-generate-heading">
                <h3 id="desk-generate-heading">{i18n.text("desk-generate-heading")}</h3>
                <p class="desk-setup-warning">{i18n.text("desk-setup-warning")}</p>
                <p>{i18n.text("desk-generate-help")}</p>
                <button type="button" class="secondary" on:click=on_generate>{i18n.text("desk-generate-button")}</button>
                <Show when=move || generate_failed.get()>
                    <p class="error" role="alert">{i18n.text("desk-generate-failed")}</p>
                </Show>
                {move || state.key_pair.get().map(|kp| {
                    let recipient = kp.recipient.clone();
                    let fingerprint = kp.fingerprint.as_str().to_string();
                    let secret = kp.identity_file.clone();
                    let snippet = format!("recipients = [\n  \"{recipient}\",\n]");
                    view! {
                        <div class="key-pair" role="status">
                            <label for="desk-new-public">{i18n.text("desk-public-key")}</label>
                            <input id="desk-new-public" class="key" type="text" readonly prop:value=recipient/>
                            <p>{fingerprint_line(i18n, fingerprint)}</p>
                            <p class="config-line">{i18n.text("desk-config-line")}</p>
                            <pre class="config-snippet"><code>{snippet}</code></pre>
                            <label for="desk-new-secret">{i18n.text("desk-secret-shown-once")}</label>
                            <textarea id="desk-new-secret" class="key" readonly rows="4" prop:value=secret></textarea>
                            <button type="button" class="secondary" on:click=move |_| save()>{i18n.text("desk-download-identity")}</button>
                            <Show when=move || download_failed.get()>
                                <p class="error">{i18n.text("desk-download-failed")}</p>
                            </Show>
                        </div>
                    }
                })}
            </section>
        </details>
    }
}

/// Why a key file was not loaded: Fluent id and line (0 = whole file).
#[derive(Clone)]
struct KeyProblem {
    name: String,
    line: usize,
    id: &'static str,
}

#[component]
pub fn Load(state: DeskState) -> impl IntoView {
    let i18n = use_i18n();
    let problem = RwSignal::new(None::<KeyProblem>);
    let input = NodeRef::<leptos::html::Input>::new();
    let on_change = move |_| {
        let Some(el) = input.get_untracked() else { return };
        let files = download::chosen_files(&el);
        el.set_value("");
        problem.set(None);
        leptos::task::spawn_local(async move {
            for file in files {
                let name = file.name();
                let text = match download::read_file(&file, MAX_IDENTITY_FILE).await {
                    Ok(bytes) => String::from_utf8(bytes).ok(),
                    Err(download::TransferError::TooLarge { .. }) => {
                        problem.try_set(Some(KeyProblem { name, line: 0, id: IdentityError::TooLarge.message_id() }));
                        break;
                    }
                    Err(_) => None,
                };
                let Some(text) = text else {
                    problem.try_set(Some(KeyProblem { name, line: 0, id: IdentityError::NotAKey.message_id() }));
                    break;
                };
                match parse_identity_file(&text) {
                    Ok(ids) => {
                        state.identities.try_update(|list| {
                            for id in ids {
                                if !list.iter().any(|l| l.recipient() == id.recipient()) {
                                    list.push(id);
                                }
                            }
                        });
                    }
                    Err(e) => {
                        problem.try_set(Some(KeyProblem { name, line: e.line, id: e.kind.message_id() }));
                        break;
                    }
                }
            }
            // Exports chosen before the key open now (with any key that
            // loaded, even if a later file in this choice was not a key).
            super::open::open_waiting(state);
        });
    };
    let count = move || state.identities.with(Vec::len);
    view! {
        <section class="desk-part" aria-labelledby="desk-load-identity-heading">
            <h3 id="desk-load-identity-heading">{i18n.text("desk-load-identity-heading")}</h3>
            <p id="desk-load-identity-help">{i18n.text("desk-load-identity-help")}</p>
            <label for="desk-identity-file">{i18n.text("desk-identity-file-label")}</label>
            <input id="desk-identity-file" type="file" node_ref=input on:change=on_change
                aria-describedby="desk-load-identity-help"/>
            <div role="status" class="desk-keys">
                {move || problem.get().map(|p| {
                    let (line, id, name) = (p.line as i64, p.id, p.name);
                    // One message: file name, line (when known) and what is wrong.
                    let text = move || {
                        let mut args = crate::i18n::FluentArgs::new();
                        args.set("file", name.clone());
                        args.set("problem", i18n.t(id));
                        let message = if line > 0 {
                            args.set("line", line);
                            "desk-key-file-problem-line"
                        } else {
                            "desk-key-file-problem"
                        };
                        let name = name.clone();
                        render_pieces(i18n.pieces(message, &args, &["file"]), move |_| {
                            view! { <span class="file-name" dir="auto">{name.clone()}</span> }.into_any()
                        })
                    };
                    view! { <p class="error">{text}</p> }
                })}
                <Show when=move || { count() == 0 && state.waiting_count.get() > 0 }>
                    <p class="desk-waiting">{move || {
                        let mut args = crate::i18n::FluentArgs::new();
                        args.set("count", state.waiting_count.get() as i64);
                        i18n.t_args("desk-waiting-for-key", &args)
                    }}</p>
                </Show>
                <Show when=move || { count() > 0 }>
                    <p>{move || {
                        let mut args = crate::i18n::FluentArgs::new();
                        args.set("count", count() as i64);
                        i18n.t_args("desk-keys-loaded", &args)
                    }}</p>
                    <ul class="fingerprints">
                        {move || state.identities.get().iter().map(|id| {
                            let f = id.fingerprint().as_str().to_string();
                            view! { <li>{fingerprint_line(i18n, f)}</li> }
                        }).collect_view()}
                    </ul>
                    <button type="button" class="secondary" on:click=move |_| state.identities.set(Vec::new())>
                        {i18n.text("desk-forget-keys")}
                    </button>
                </Show>
            </div>
        </section>
    }
}

/// "Key fingerprint: CA7D-…" as one message, the fingerprint in `<code>`.
fn fingerprint_line(i18n: I18n, fingerprint: String) -> impl IntoView {
    move || {
        let mut args = crate::i18n::FluentArgs::new();
        args.set("fingerprint", fingerprint.clone());
        let f = fingerprint.clone();
        render_pieces(i18n.pieces("desk-fingerprint-line", &args, &["fingerprint"]), move |_| {
            view! { <code class="fingerprint">{f.clone()}</code> }.into_any()
        })
    }
}
