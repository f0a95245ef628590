//! Browser entry point of the organisation area (`org.html`): the site check
//! and the desk, in their own wasm so newcomers never download them.

#[cfg(target_arch = "wasm32")]
fn main() {
    waymark::ui::start_org();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The organisation area runs in the browser (org.html). Build it with: scripts/build.sh");
}
