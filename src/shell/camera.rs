//! The desk's camera and pictures for "Scan from a phone": open the camera
//! (back camera preferred), take the current video frame, stop every track;
//! and the pixels of a chosen photo or screenshot. Pixels stay in the page:
//! nothing is recorded, stored or sent.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlVideoElement, MediaStream};

/// Largest side a picture is scaled down to before decoding: enough for a
/// code of 89 modules at 3 pixels a module with margins, and fast.
const MAX_SIDE: f64 = 1280.0;

/// A picture as grey levels, row by row.
pub struct Grey {
    pub width: usize,
    pub height: usize,
    pub pixels: Vec<u8>,
}

/// Opens the camera into `video` (back camera on phones). `Err` when there is
/// no camera or permission was refused.
pub async fn start(video: &HtmlVideoElement) -> Result<MediaStream, ()> {
    let devices = web_sys::window().ok_or(())?.navigator().media_devices().map_err(|_| ())?;
    let constraints = web_sys::MediaStreamConstraints::new();
    let wanted = js_sys::Object::new();
    let facing = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&facing, &"ideal".into(), &"environment".into());
    let _ = js_sys::Reflect::set(&wanted, &"facingMode".into(), &facing);
    constraints.set_video(&wanted);
    constraints.set_audio(&JsValue::FALSE);
    let promise = devices.get_user_media_with_constraints(&constraints).map_err(|_| ())?;
    let stream: MediaStream = JsFuture::from(promise).await.map_err(|_| ())?.dyn_into().map_err(|_| ())?;
    video.set_src_object(Some(&stream));
    video.set_muted(true);
    if let Ok(p) = video.play() {
        let _ = JsFuture::from(p).await;
    }
    Ok(stream)
}

/// Stops every track of `stream` (the camera light goes off).
pub fn stop(stream: &MediaStream, video: Option<&HtmlVideoElement>) {
    for track in stream.get_tracks().iter() {
        if let Ok(t) = track.dyn_into::<web_sys::MediaStreamTrack>() {
            t.stop();
        }
    }
    if let Some(v) = video {
        v.set_src_object(None);
    }
}

fn grey_of(source: &JsValue, width: f64, height: f64) -> Option<Grey> {
    if width < 1.0 || height < 1.0 {
        return None;
    }
    let scale = (MAX_SIDE / width.max(height)).min(1.0);
    let (w, h) = ((width * scale).round().max(1.0) as u32, (height * scale).round().max(1.0) as u32);
    let canvas: HtmlCanvasElement = web_sys::window()?.document()?.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(w);
    canvas.set_height(h);
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    let drawn = if let Some(v) = source.dyn_ref::<HtmlVideoElement>() {
        ctx.draw_image_with_html_video_element_and_dw_and_dh(v, 0.0, 0.0, w as f64, h as f64)
    } else {
        ctx.draw_image_with_image_bitmap_and_dw_and_dh(source.dyn_ref()?, 0.0, 0.0, w as f64, h as f64)
    };
    drawn.ok()?;
    let rgba = ctx.get_image_data(0.0, 0.0, w as f64, h as f64).ok()?.data();
    Some(Grey { width: w as usize, height: h as usize, pixels: crate::handover::qr::grey_of_rgba(&rgba) })
}

/// The video's current frame, or `None` before the first frame.
pub fn frame(video: &HtmlVideoElement) -> Option<Grey> {
    grey_of(video, video.video_width() as f64, video.video_height() as f64)
}

/// The pixels of a chosen picture file (PNG, JPEG, …).
pub async fn picture(file: &web_sys::File) -> Option<Grey> {
    let promise = web_sys::window()?.create_image_bitmap_with_blob(file).ok()?;
    let bitmap: web_sys::ImageBitmap = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
    let grey = grey_of(&bitmap, bitmap.width() as f64, bitmap.height() as f64);
    bitmap.close();
    grey
}
