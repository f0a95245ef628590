//! Hand-over in person: a sealed export shown on the newcomer's screen as a
//! short sequence of QR codes and read back by the desk's camera, with no
//! network and nothing left on the phone.
//!
//! Owns the versioned frame format `WM1` ([`frame`]: splitting an export into
//! frames, parsing a frame, reassembling frames received in any order with
//! repeats and misses), its text encoding ([`base45`], RFC 9285) and the QR
//! encoding and decoding of one frame ([`qr`]). The format is documented for
//! other readers in docs/organisations.md ("Hand-over as QR codes").
//!
//! It is pure: no browser, no storage, no clock. It must never decrypt,
//! read or change the export (it moves the sealed bytes as they are; the
//! desk opens the result exactly like a file, `crate::export::open_export_owned`),
//! never allocate from a number a frame claims before checking it against
//! [`frame::MAX_PARTS`] and [`frame::MAX_TOTAL`], and never panic on any
//! input. The encoder (`qrcode`) is linked only into the `qr-worker` wasm,
//! loaded when the newcomer presses "Show at the desk"; the decoder (`rqrr`)
//! only into the organisation area: the newcomer's first load has neither.

pub mod base45;
pub mod frame;
pub mod qr;

pub use frame::{frames, parse_frame, Accepted, Collector, Frame, FrameError, Progress, FORMAT_TAG, MAX_PARTS, MAX_TOTAL, PART_BYTES};
