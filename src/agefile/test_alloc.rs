//! Test-only: the test binary's global allocator, the system allocator with
//! two probes a test can switch on for its own thread while it runs one
//! call ([`watch`]):
//!
//! - the peak of bytes held (allocated minus freed since the start), to show
//!   a function sizes its buffers from the real input;
//! - a search of every block as it is freed (reallocations included: a
//!   growing buffer leaves its old block behind) for secret byte strings, to
//!   show a function wipes its copies of a secret before it lets them go.
//!
//! Other threads and other tests see the plain system allocator (one
//! thread-local flag read per call). Copies on the stack or in registers are
//! out of its sight.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::{Cell, RefCell};

struct Probe;

#[global_allocator]
static PROBE: Probe = Probe;

thread_local! {
    static ON: Cell<bool> = const { Cell::new(false) };
    static HELD: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
    static NEEDLES: RefCell<Vec<Vec<u8>>> = const { RefCell::new(Vec::new()) };
    static FOUND: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

fn on() -> bool {
    ON.try_with(Cell::get).unwrap_or(false)
}

unsafe impl GlobalAlloc for Probe {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if on() {
            let held = HELD.get() + layout.size() as isize;
            HELD.set(held);
            PEAK.set(PEAK.get().max(held));
        }
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if on() {
            HELD.set(HELD.get() - layout.size() as isize);
            // The probe itself must not allocate here: switched off while
            // it reads the block.
            ON.set(false);
            let block = std::slice::from_raw_parts(ptr, layout.size());
            NEEDLES.with(|needles| {
                for (i, needle) in needles.borrow().iter().enumerate() {
                    if !needle.is_empty() && block.windows(needle.len()).any(|w| w == needle.as_slice()) {
                        FOUND.with(|found| found.borrow_mut().push(i));
                    }
                }
            });
            ON.set(true);
        }
        System.dealloc(ptr, layout)
    }
}

/// What [`watch`] saw.
#[derive(Debug)]
pub struct Seen {
    /// Most bytes held at once by blocks allocated during the call.
    pub peak: usize,
    /// Index (into `needles`) of each needle found in a freed block, once
    /// per block.
    pub found: Vec<usize>,
}

/// Runs `f` on this thread with the probes on; `needles` are searched for in
/// every block freed meanwhile.
pub fn watch<R>(needles: &[&[u8]], f: impl FnOnce() -> R) -> (R, Seen) {
    NEEDLES.with(|n| *n.borrow_mut() = needles.iter().map(|s| s.to_vec()).collect());
    FOUND.with(|f| f.borrow_mut().clear());
    FOUND.with(|f| f.borrow_mut().reserve(64));
    HELD.set(0);
    PEAK.set(0);
    ON.set(true);
    let result = f();
    ON.set(false);
    let seen = Seen { peak: PEAK.get().max(0) as usize, found: FOUND.with(|f| f.borrow().clone()) };
    (result, seen)
}
