//! The QR Web Worker (built by Trunk as a wasm target with
//! `data-type="worker"`): makes the hand-over codes of a sealed export when
//! the newcomer presses "Show at the desk". All logic is in
//! `waymark::shell::handover` and `waymark::handover`. On the host this
//! binary only says what it is.

#[cfg(target_arch = "wasm32")]
fn main() {
    waymark::shell::handover::worker_main();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("qr-worker is the export screen's Web Worker; it runs only in the browser (see docs/organisations.md).");
}
