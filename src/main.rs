//! Browser entry point: mounts the Waymark app. On the host this binary only
//! explains how to build the site (the core is tested with `cargo test`).

#[cfg(target_arch = "wasm32")]
fn main() {
    waymark::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Waymark runs in the browser. Build and serve it with: scripts/serve.sh");
}
