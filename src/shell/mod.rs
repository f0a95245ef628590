//! The browser shell: thin adapters over web-sys that the UI calls.
//!
//! Owns every direct use of `window`, `document`, `fetch` and `location`.
//! It holds no product logic (that lives in the pure core modules) and never
//! writes anything a newcomer typed anywhere: storage goes only through the
//! vault. Compiled only for the browser (`wasm32`).

pub mod clock;
pub mod download;
pub mod kdf;
pub mod locks;
pub mod net;
pub mod offline;
pub mod page;
pub mod prefs;
pub mod quick_exit;
pub mod storage;
pub mod worker;
pub mod camera;
pub mod handover;
