//! One writer at a time across the tabs of this site: the Web Locks API
//! (`navigator.locks`, in every current browser), with a plain call where a
//! browser lacks it.
//!
//! Owns [`exclusive`]. It never holds a lock across an `await` of its own:
//! the work it runs is synchronous (a vault save is check + encrypt +
//! `localStorage` writes in one task), so the lock is released as soon as
//! that work returns.

use js_sys::{Function, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The lock every vault write of this site takes.
pub const VAULT_LOCK: &str = "waymark-vault";

/// Runs `work` while holding the exclusive lock `name` (queued behind any
/// other tab holding it), or at once where the browser has no Web Locks. The
/// check-then-write of a save inside `work` then cannot interleave with
/// another tab's.
pub fn exclusive(name: &str, work: impl FnOnce() + 'static) {
    let Some(request) = lock_manager_request() else {
        work();
        return;
    };
    let callback = Closure::once_into_js(move |_lock: JsValue| {
        work();
        JsValue::UNDEFINED
    });
    let (manager, request) = request;
    if request.call2(&manager, &JsValue::from_str(name), &callback).is_err() {
        // The browser refused to queue it: the save then runs without the
        // lock (the vault's own check still refuses a stale write).
        if let Ok(f) = callback.dyn_into::<Function>() {
            let _ = f.call1(&JsValue::NULL, &JsValue::UNDEFINED);
        }
    }
}

/// Like [`exclusive`], but waits for `work` to have run and returns what
/// it returned (a key change, which must not interleave with another tab's
/// save either). `None` only if the browser granted the lock but never ran
/// the callback.
pub async fn exclusive_then<T: 'static>(name: &str, work: impl FnOnce() -> T + 'static) -> Option<T> {
    use std::cell::RefCell;
    use std::rc::Rc;
    let out: Rc<RefCell<Option<T>>> = Rc::new(RefCell::new(None));
    let work = Rc::new(RefCell::new(Some(work)));
    let run = {
        let (out, work) = (out.clone(), work.clone());
        move || {
            if let Some(work) = work.borrow_mut().take() {
                *out.borrow_mut() = Some(work());
            }
        }
    };
    if let Some((manager, request)) = lock_manager_request() {
        let callback = Closure::once_into_js(move |_lock: JsValue| {
            run();
            JsValue::UNDEFINED
        });
        if let Ok(promise) = request.call2(&manager, &JsValue::from_str(name), &callback) {
            if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
                let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
            }
        }
    }
    // No Web Locks, or the request failed: run it now (if it has not run).
    let pending = work.borrow_mut().take();
    if let Some(work) = pending {
        return Some(work());
    }
    let result = out.borrow_mut().take();
    result
}

fn lock_manager_request() -> Option<(JsValue, Function)> {
    let navigator = web_sys::window()?.navigator();
    let manager = Reflect::get(&navigator, &JsValue::from_str("locks")).ok()?;
    if manager.is_undefined() || manager.is_null() {
        return None;
    }
    let request = Reflect::get(&manager, &JsValue::from_str("request")).ok()?.dyn_into::<Function>().ok()?;
    Some((manager, request))
}
