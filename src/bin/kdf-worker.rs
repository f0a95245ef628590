//! The KDF Web Worker (built by Trunk as a second wasm target with
//! `data-type="worker"`): runs scrypt for the vault off the page, so its
//! 128 MiB go back to the system when the page terminates the worker.
//! All logic is in `waymark::shell::kdf`. On the host this binary only says
//! what it is (cfg'd like src/main.rs).

#[cfg(target_arch = "wasm32")]
fn main() {
    waymark::shell::kdf::worker_main();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("kdf-worker is the vault's Web Worker; it runs only in the browser (see docs/security.md).");
}
