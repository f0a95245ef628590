//! One job in a fresh Web Worker built by Trunk (`data-type="worker"`): start
//! the worker's loader script, wait for its `{ready: true}`, post one message,
//! await one reply, terminate the worker whatever happened. Shared by the KDF
//! worker (`super::kdf`) and the QR worker (`super::handover`); each owns its
//! own message format.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How a worker job ended without a reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Died {
    /// The worker died while working, out of memory (a RangeError or a
    /// wasm trap).
    OutOfMemory,
    /// It could not be started, or failed otherwise.
    Failed,
}

fn is_ready(data: &JsValue) -> bool {
    Reflect::get(data, &JsValue::from_str("ready")).ok().and_then(|v| v.as_bool()) == Some(true)
}

/// Runs one job in a fresh worker from `url` and terminates it afterwards;
/// returns the worker's one reply.
pub async fn run_once(url: &str, message: &JsValue) -> Result<JsValue, Died> {
    let worker = web_sys::Worker::new(url).map_err(|_| Died::Failed)?;
    let settle: Rc<RefCell<Option<(js_sys::Function, js_sys::Function)>>> = Rc::new(RefCell::new(None));
    let promise = {
        let settle = settle.clone();
        js_sys::Promise::new(&mut move |resolve, reject| {
            *settle.borrow_mut() = Some((resolve, reject));
        })
    };
    let on_message = {
        let settle = settle.clone();
        let worker = worker.clone();
        let message = message.clone();
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let data = ev.data();
            if is_ready(&data) {
                // The worker's handler is installed: now the job can go.
                if worker.post_message(&message).is_err() {
                    if let Some((_, reject)) = settle.borrow_mut().take() {
                        let _ = reject.call1(&JsValue::NULL, &JsValue::from_str("post"));
                    }
                }
            } else if let Some((resolve, _)) = settle.borrow_mut().take() {
                let _ = resolve.call1(&JsValue::NULL, &data);
            }
        })
    };
    let on_error = {
        let settle = settle.clone();
        Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
            ev.prevent_default();
            // An error event after start-up is the worker dying mid-job.
            let text = ev
                .dyn_ref::<web_sys::ErrorEvent>()
                .map(|e| e.message().to_lowercase())
                .unwrap_or_default();
            let kind = if text.contains("memory") || text.contains("unreachable") || text.contains("rangeerror") {
                "oom"
            } else {
                "failed"
            };
            if let Some((_, reject)) = settle.borrow_mut().take() {
                let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(kind));
            }
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let result = wasm_bindgen_futures::JsFuture::from(promise).await;
    worker.terminate();
    worker.set_onmessage(None);
    worker.set_onerror(None);
    drop(on_message);
    drop(on_error);
    result.map_err(|kind| if kind.as_string().as_deref() == Some("oom") { Died::OutOfMemory } else { Died::Failed })
}

/// Worker side: installs `answer` as the message handler (one reply per
/// request) and tells the page it is ready.
pub fn serve(answer: fn(&JsValue) -> JsValue) {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        let _ = reply_to.post_message(&answer(&ev.data()));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker (which the page terminates).
    on_message.forget();
    let ready = js_sys::Object::new();
    let _ = Reflect::set(&ready, &JsValue::from_str("ready"), &JsValue::TRUE);
    let _ = scope.post_message(&ready);
}
