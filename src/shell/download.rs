//! Files in and out of the browser: save bytes as a download, hand a file to
//! the phone's share sheet, copy text to the clipboard, read a chosen file.
//!
//! Owns every use of `Blob`, object URLs, `navigator.share`,
//! `navigator.canShare`, `navigator.clipboard` and `File` reading. Every
//! browser API that may be missing is looked up with `Reflect` and called
//! through a `catch`ing call, so a browser without it gets an `Err`, never a
//! thrown exception or a panic. It never looks at what the bytes mean, never
//! keeps a copy, and never writes anything to storage.

use js_sys::{Array, Function, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why a file could not be saved, shared, copied or read. The UI maps each
/// case to its own localized message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransferError {
    /// The browser has no such feature (or refused to start it).
    #[error("not supported by this browser")]
    Unsupported,
    /// The person closed the share sheet: not an error to show.
    #[error("cancelled")]
    Cancelled,
    /// The browser started the action but it failed.
    #[error("failed")]
    Failed,
    /// The file is bigger than the caller's limit; nothing was read.
    #[error("file too large ({size} bytes)")]
    TooLarge { size: usize },
}

fn blob_of(bytes: &[u8], mime: &str) -> Result<web_sys::Blob, TransferError> {
    let parts = Array::of1(&Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(|_| TransferError::Failed)
}

fn file_of(bytes: &[u8], name: &str, mime: &str) -> Result<web_sys::File, TransferError> {
    let parts = Array::of1(&Uint8Array::from(bytes));
    let options = web_sys::FilePropertyBag::new();
    options.set_type(mime);
    web_sys::File::new_with_u8_array_sequence_and_options(&parts, name, &options).map_err(|_| TransferError::Failed)
}

/// Saves `bytes` as a download named `file_name` (a temporary object URL and
/// an `<a download>` click; the URL is revoked a little later).
pub fn save_bytes(bytes: &[u8], file_name: &str, mime: &str) -> Result<(), TransferError> {
    let window = web_sys::window().ok_or(TransferError::Unsupported)?;
    let document = window.document().ok_or(TransferError::Unsupported)?;
    let blob = blob_of(bytes, mime)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| TransferError::Failed)?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| TransferError::Failed)?
        .dyn_into()
        .map_err(|_| TransferError::Failed)?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.set_hidden(true);
    let body = document.body().ok_or(TransferError::Unsupported)?;
    let _ = body.append_child(&anchor);
    anchor.click();
    anchor.remove();
    // Revoke once the browser has taken the download over.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 30_000);
    Ok(())
}

fn navigator() -> Option<JsValue> {
    web_sys::window().map(|w| w.navigator().into())
}

/// A method of `target` by name, when it exists and is a function.
fn method(target: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(target, &JsValue::from_str(name)).ok()?.dyn_into::<Function>().ok()
}

fn share_data(file: &web_sys::File) -> web_sys::ShareData {
    let data = web_sys::ShareData::new();
    data.set_files(&Array::of1(file));
    data
}

/// Whether this browser can share a file of this type through the share
/// sheet (`navigator.canShare({files})`). Never throws: a missing API, or an
/// exception inside it, means `false`.
pub fn can_share_file(name: &str, mime: &str) -> bool {
    let Some(nav) = navigator() else { return false };
    let (Some(can_share), Some(_)) = (method(&nav, "canShare"), method(&nav, "share")) else { return false };
    let Ok(file) = file_of(b"", name, mime) else { return false };
    can_share.call1(&nav, &share_data(&file)).map(|v| v.is_truthy()).unwrap_or(false)
}

/// Opens the share sheet with `bytes` as the file `name`. `Cancelled` when
/// the person closed the sheet.
pub async fn share_file(bytes: &[u8], name: &str, mime: &str) -> Result<(), TransferError> {
    let nav = navigator().ok_or(TransferError::Unsupported)?;
    let share = method(&nav, "share").ok_or(TransferError::Unsupported)?;
    let file = file_of(bytes, name, mime)?;
    let data = share_data(&file);
    if let Some(can_share) = method(&nav, "canShare") {
        if !can_share.call1(&nav, &data).map(|v| v.is_truthy()).unwrap_or(false) {
            return Err(TransferError::Unsupported);
        }
    }
    let promise: js_sys::Promise =
        share.call1(&nav, &data).map_err(|_| TransferError::Failed)?.dyn_into().map_err(|_| TransferError::Failed)?;
    match JsFuture::from(promise).await {
        Ok(_) => Ok(()),
        Err(e) => {
            let name = e.dyn_ref::<web_sys::DomException>().map(|d| d.name()).unwrap_or_default();
            if name == "AbortError" {
                Err(TransferError::Cancelled)
            } else {
                Err(TransferError::Failed)
            }
        }
    }
}

/// Writes `text` to the clipboard (`navigator.clipboard.writeText`).
pub async fn copy_text(text: &str) -> Result<(), TransferError> {
    let nav = navigator().ok_or(TransferError::Unsupported)?;
    let clipboard = Reflect::get(&nav, &JsValue::from_str("clipboard")).map_err(|_| TransferError::Unsupported)?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return Err(TransferError::Unsupported);
    }
    let write = method(&clipboard, "writeText").ok_or(TransferError::Unsupported)?;
    let promise: js_sys::Promise = write
        .call1(&clipboard, &JsValue::from_str(text))
        .map_err(|_| TransferError::Failed)?
        .dyn_into()
        .map_err(|_| TransferError::Failed)?;
    JsFuture::from(promise).await.map(|_| ()).map_err(|_| TransferError::Failed)
}

/// The files chosen in an `<input type=file>`.
pub fn chosen_files(input: &web_sys::HtmlInputElement) -> Vec<web_sys::File> {
    let Some(list) = input.files() else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// Reads a chosen file whole, after checking its size against `max` (from
/// `File.size`, BEFORE reading a byte).
pub async fn read_file(file: &web_sys::File, max: usize) -> Result<Vec<u8>, TransferError> {
    let size = file.size();
    if size.is_nan() || size < 0.0 || size > max as f64 {
        return Err(TransferError::TooLarge { size: if size.is_finite() && size > 0.0 { size as usize } else { usize::MAX } });
    }
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(|_| TransferError::Failed)?;
    let bytes = Uint8Array::new(&buffer);
    if bytes.length() as usize > max {
        return Err(TransferError::TooLarge { size: bytes.length() as usize });
    }
    Ok(bytes.to_vec())
}

/// Opens the browser's print dialog (the desk's print-friendly view).
pub fn print_page() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
