//! The slow passphrase step (scrypt, N = 2^17, 128 MiB) in a Web Worker that
//! is terminated after every call, so the page's own wasm memory never grows
//! by the KDF's 128 MiB (wasm memory cannot shrink; a terminated worker gives
//! all of its memory back).
//!
//! Owns both ends of the worker protocol:
//! - page side: [`run`] starts `kdf-worker_loader.js` (built by Trunk from
//!   `src/bin/kdf-worker.rs`, served from the site's own origin), waits for
//!   `{ready: true}`, posts one [`Request`], awaits one reply and terminates
//!   the worker whatever happened;
//! - worker side: [`worker_main`] answers requests by calling the core's
//!   `create_key` / `unwrap_identity` (+ `upgrade_key`) / `rotate_key`,
//!   and opens a sealed plan with the vault's reply key ([`open_plan`]:
//!   the page's wasm then needs no age decryption of its own for it).
//!
//! Messages: page → worker `{op: "create"|"unwrap"|"rotate", passphrase,
//! new_passphrase?, wrapped?: Uint8Array}`; worker → page `{ready: true}`, then
//! `{ok: true, identity?, recipient?, wrapped?: Uint8Array, key_version?,
//! upgrade?: {identity, recipient, wrapped}}` or `{ok: false, error:
//! "<code>"}` with a code from [`error_code`]. It never logs, stores or
//! puts a passphrase or key into an error; errors cross the boundary only as
//! these fixed codes.

use js_sys::{Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::vault::{Damage, NewKey, UnwrappedKey, VaultError, MIN_PASSPHRASE_CHARS};

/// The worker's start-up script (Trunk's loader shim for the `kdf-worker`
/// binary), relative to the page.
pub const WORKER_URL: &str = "./kdf-worker_loader.js";

/// One KDF job.
pub enum Request<'a> {
    /// Generate a vault key wrapped under `passphrase`.
    Create { passphrase: &'a str },
    /// Unwrap the stored key: returns the identity (and, for a key made
    /// before vault format 2, a new key under the same passphrase).
    Unwrap { wrapped: &'a [u8], passphrase: &'a str },
    /// Check the old passphrase and make a new key under the new one.
    Rotate { wrapped: &'a [u8], old: &'a str, new: &'a str },
}

/// What the worker answered.
pub enum Reply {
    Created(NewKey),
    Unwrapped { key: UnwrappedKey, upgrade: Option<NewKey> },
    Rotated(NewKey),
}

/// Why a KDF job failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KdfError {
    /// The vault said no (wrong passphrase, damaged key, …).
    Vault(VaultError),
    /// The worker died while working: almost always scrypt's 128 MiB could
    /// not be allocated.
    OutOfMemory,
    /// The worker could not be started or answered nonsense.
    WorkerFailed,
}

impl KdfError {
    /// Fluent id (vault.ftl) of the message for this error.
    pub fn message_id(&self) -> &'static str {
        match self {
            KdfError::Vault(e) => e.message_id(),
            KdfError::OutOfMemory => "vault-error-out-of-memory",
            KdfError::WorkerFailed => "vault-error-worker-failed",
        }
    }
}

// ------------------------------------------------------------ error codes

/// The fixed code sent across the worker boundary for a vault error.
pub fn error_code(e: &VaultError) -> String {
    match e {
        VaultError::WrongPassphrase => "wrong-passphrase".into(),
        VaultError::PassphraseTooShort { .. } => "too-short".into(),
        VaultError::Damaged(Damage::WorkFactor { found: Some(n) }) => format!("work-factor-{n}"),
        VaultError::Damaged(Damage::WorkFactor { found: None }) => "work-factor".into(),
        VaultError::Damaged(Damage::KeyRecord) => "damaged-key-record".into(),
        VaultError::Damaged(Damage::KeyContents) => "damaged-key-contents".into(),
        VaultError::Damaged(_) => "damaged-key-header".into(),
        _ => "encryption-failed".into(),
    }
}

/// Inverse of [`error_code`]; `None` for a code this build does not know.
pub fn error_from_code(code: &str) -> Option<VaultError> {
    Some(match code {
        "wrong-passphrase" => VaultError::WrongPassphrase,
        "too-short" => VaultError::PassphraseTooShort { min_chars: MIN_PASSPHRASE_CHARS },
        "work-factor" => VaultError::Damaged(Damage::WorkFactor { found: None }),
        "damaged-key-record" => VaultError::Damaged(Damage::KeyRecord),
        "damaged-key-contents" => VaultError::Damaged(Damage::KeyContents),
        "damaged-key-header" => VaultError::Damaged(Damage::KeyHeader),
        "encryption-failed" => VaultError::EncryptionFailed,
        other => {
            let n = other.strip_prefix("work-factor-")?.parse::<u8>().ok()?;
            VaultError::Damaged(Damage::WorkFactor { found: Some(n) })
        }
    })
}

fn set(obj: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(obj, &JsValue::from_str(key), value);
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn get_string(obj: &JsValue, key: &str) -> Option<String> {
    get(obj, key).as_string()
}

fn get_bytes(obj: &JsValue, key: &str) -> Option<Vec<u8>> {
    get(obj, key).dyn_into::<Uint8Array>().ok().map(|a| a.to_vec())
}

// -------------------------------------------------------------- page side

fn request_message(request: &Request) -> Object {
    let msg = Object::new();
    match request {
        Request::Create { passphrase } => {
            set(&msg, "op", &"create".into());
            set(&msg, "passphrase", &(*passphrase).into());
        }
        Request::Unwrap { wrapped, passphrase } => {
            set(&msg, "op", &"unwrap".into());
            set(&msg, "passphrase", &(*passphrase).into());
            set(&msg, "wrapped", &Uint8Array::from(*wrapped).into());
        }
        Request::Rotate { wrapped, old, new } => {
            set(&msg, "op", &"rotate".into());
            set(&msg, "passphrase", &(*old).into());
            set(&msg, "new_passphrase", &(*new).into());
            set(&msg, "wrapped", &Uint8Array::from(*wrapped).into());
        }
    }
    msg
}

fn parse_reply(request: &Request, data: &JsValue) -> Result<Reply, KdfError> {
    if get(data, "ok").as_bool() != Some(true) {
        let code = get_string(data, "error").unwrap_or_default();
        return Err(error_from_code(&code).map(KdfError::Vault).unwrap_or(KdfError::WorkerFailed));
    }
    match request {
        Request::Create { .. } => new_key_of(data).map(Reply::Created).ok_or(KdfError::WorkerFailed),
        Request::Unwrap { .. } => {
            let identity = get_string(data, "identity").ok_or(KdfError::WorkerFailed)?;
            let version = get(data, "key_version").as_f64().map_or(1, |v| v as u32);
            let upgrade = new_key_of(&get(data, "upgrade"));
            Ok(Reply::Unwrapped { key: UnwrappedKey { identity, version }, upgrade })
        }
        Request::Rotate { .. } => new_key_of(data).map(Reply::Rotated).ok_or(KdfError::WorkerFailed),
    }
}

fn new_key_of(data: &JsValue) -> Option<NewKey> {
    let (identity, recipient, wrapped) = (get_string(data, "identity")?, get_string(data, "recipient")?, get_bytes(data, "wrapped")?);
    Some(NewKey { identity, recipient, wrapped })
}

fn put_new_key(obj: &Object, key: &NewKey) {
    set(obj, "identity", &key.identity.as_str().into());
    set(obj, "recipient", &key.recipient.as_str().into());
    set(obj, "wrapped", &Uint8Array::from(key.wrapped.as_slice()).into());
}

/// Opens a sealed plan from the organisation in a fresh worker
/// (`crate::reply::open_plan`: age decryption, the plan's checks): the
/// page's own wasm, loaded on every first visit, carries none of that code.
/// The reply key crosses to the worker like a passphrase does; only the
/// checked plan (as JSON) or its error's message id comes back.
pub async fn open_plan(input: &[u8], key: Option<&crate::reply::ReplyKey>) -> Result<crate::reply::Plan, crate::reply::PlanError> {
    use crate::reply::{plan_from_json, PlanError};
    let Some(key) = key else { return Err(PlanError::NoReplyKey) };
    let msg = Object::new();
    set(&msg, "op", &"plan".into());
    set(&msg, "key", &key.secret().into());
    set(&msg, "input", &Uint8Array::from(input).into());
    let data = super::worker::run_once(WORKER_URL, &msg.into()).await.map_err(|_| PlanError::Unreadable)?;
    if get(&data, "ok").as_bool() != Some(true) {
        return Err(PlanError::from_message_id(&get_string(&data, "error").unwrap_or_default()));
    }
    get_string(&data, "plan").and_then(|json| plan_from_json(&json)).ok_or(PlanError::Unreadable)
}

/// The worker's side of [`open_plan`].
fn answer_plan(data: &JsValue, reply: &Object) {
    let key = get_string(data, "key").map(crate::reply::ReplyKey::from_secret);
    let input = get_bytes(data, "input").unwrap_or_default();
    match crate::reply::open_plan(input, key.as_ref()).map(|plan| serde_json::to_string(&plan)) {
        Ok(Ok(json)) => {
            set(reply, "ok", &JsValue::TRUE);
            set(reply, "plan", &json.into());
        }
        Ok(Err(_)) => set(reply, "error", &crate::reply::PlanError::Unreadable.message_id().into()),
        Err(e) => set(reply, "error", &e.message_id().into()),
    }
}

/// Runs one KDF job in a fresh worker and terminates it afterwards.
pub async fn run(request: Request<'_>) -> Result<Reply, KdfError> {
    match super::worker::run_once(WORKER_URL, &request_message(&request).into()).await {
        Ok(data) => parse_reply(&request, &data),
        Err(super::worker::Died::OutOfMemory) => Err(KdfError::OutOfMemory),
        Err(super::worker::Died::Failed) => Err(KdfError::WorkerFailed),
    }
}

// ------------------------------------------------------------ worker side

fn answer(data: &JsValue) -> Object {
    let reply = Object::new();
    if get_string(data, "op").as_deref() == Some("plan") {
        answer_plan(data, &reply);
        return reply;
    }
    let passphrase = get_string(data, "passphrase").unwrap_or_default();
    let result: Result<(), VaultError> = match get_string(data, "op").as_deref() {
        Some("create") => crate::vault::create_key(&passphrase).map(|key| put_new_key(&reply, &key)),
        Some("unwrap") => {
            let wrapped = get_bytes(data, "wrapped").unwrap_or_default();
            crate::vault::unwrap_identity(&wrapped, &passphrase).and_then(|key| {
                set(&reply, "identity", &key.identity.as_str().into());
                set(&reply, "key_version", &JsValue::from(key.version));
                // A key from before vault format 2: make its successor now,
                // while the passphrase is here (one more scrypt, once).
                if let Some(upgrade) = crate::vault::upgrade_key(&key, &passphrase)? {
                    let obj = Object::new();
                    put_new_key(&obj, &upgrade);
                    set(&reply, "upgrade", &obj);
                }
                Ok(())
            })
        }
        Some("rotate") => {
            let wrapped = get_bytes(data, "wrapped").unwrap_or_default();
            let new = get_string(data, "new_passphrase").unwrap_or_default();
            crate::vault::rotate_key(&wrapped, &passphrase, &new).map(|key| put_new_key(&reply, &key))
        }
        _ => Err(VaultError::EncryptionFailed),
    };
    match result {
        Ok(()) => set(&reply, "ok", &JsValue::TRUE),
        Err(e) => {
            set(&reply, "ok", &JsValue::FALSE);
            set(&reply, "error", &error_code(&e).into());
        }
    }
    reply
}

/// Entry point of the `kdf-worker` binary: installs the message handler and
/// tells the page it is ready. Each request gets exactly one reply; the page
/// terminates the worker afterwards.
pub fn worker_main() {
    super::worker::serve(|data| answer(data).into());
}
