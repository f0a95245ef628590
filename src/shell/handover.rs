//! The QR worker (`qr-worker`, built by Trunk like the KDF worker and started
//! only when the newcomer presses "Show at the desk"): turns a sealed export
//! into the SVG pictures of its `WM1` frames, so the QR encoder never enters
//! the newcomer's first load.
//!
//! Messages: page → worker `{export: Uint8Array}`; worker → page
//! `{ok: true, codes: [svg, …]}` or `{ok: false, error: "too-large"|"failed"}`.
//! The worker keeps nothing: the page terminates it after the one reply.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::handover::{frames, qr, FrameError};

/// The worker's start-up script (Trunk's loader shim), relative to the page.
pub const WORKER_URL: &str = "./qr-worker_loader.js";

/// Why the codes could not be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodesError {
    /// Larger than a hand-over by codes takes (over 64 KiB).
    TooLarge,
    /// The worker could not be started or failed.
    Failed,
}

impl CodesError {
    /// Fluent id (export.ftl).
    pub fn message_id(&self) -> &'static str {
        match self {
            CodesError::TooLarge => FrameError::TooLarge.message_id(),
            CodesError::Failed => "export-codes-failed",
        }
    }
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn set(obj: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(obj, &JsValue::from_str(key), value);
}

/// The SVG pictures of the export's codes, in order (page side).
pub async fn make_codes(export: &[u8]) -> Result<Vec<String>, CodesError> {
    let msg = Object::new();
    set(&msg, "export", &Uint8Array::from(export).into());
    let reply = super::worker::run_once(WORKER_URL, &msg.into()).await.map_err(|_| CodesError::Failed)?;
    if get(&reply, "ok").as_bool() != Some(true) {
        return Err(if get(&reply, "error").as_string().as_deref() == Some("too-large") { CodesError::TooLarge } else { CodesError::Failed });
    }
    let codes: Vec<String> = get(&reply, "codes")
        .dyn_into::<Array>()
        .map_err(|_| CodesError::Failed)?
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if codes.is_empty() {
        return Err(CodesError::Failed);
    }
    Ok(codes)
}

fn answer(data: &JsValue) -> JsValue {
    let reply = Object::new();
    let export = get(data, "export").dyn_into::<Uint8Array>().map(|a| a.to_vec()).unwrap_or_default();
    let svgs = frames(&export).map_err(|_| "too-large").and_then(|texts| {
        texts.iter().map(|t| qr::encode(t).map(|m| qr::to_svg(&m)).map_err(|_| "failed")).collect::<Result<Vec<_>, _>>()
    });
    match svgs {
        Ok(list) => {
            set(&reply, "ok", &JsValue::TRUE);
            set(&reply, "codes", &list.into_iter().map(JsValue::from).collect::<Array>().into());
        }
        Err(code) => {
            set(&reply, "ok", &JsValue::FALSE);
            set(&reply, "error", &code.into());
        }
    }
    reply.into()
}

/// Entry point of the `qr-worker` binary.
pub fn worker_main() {
    super::worker::serve(answer);
}
