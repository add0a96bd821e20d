//! The tracemalloc hooks: while tracing, every object allocation is recorded with its size and
//! the Python source location that made it. The `_tracemalloc` module reads the records.

use std::cell::{Cell, UnsafeCell};
use std::collections::HashMap;

/// One traced allocation.
#[derive(Clone, Debug)]
pub struct Trace {
    pub size: usize,
    /// `(filename, lineno)` frames, most recent first.
    pub frames: Vec<(String, u32)>,
}

pub struct Tracer {
    pub(crate) tracing: Cell<bool>,
    pub(crate) nframe: Cell<usize>,
    pub(crate) traces: UnsafeCell<Option<HashMap<usize, Trace>>>,
    pub(crate) current: Cell<usize>,
    pub(crate) peak: Cell<usize>,
    /// Re-entrancy guard: recording a trace allocates Rust memory but never objects; this keeps
    /// it that way if that ever changes.
    pub(crate) busy: Cell<bool>,
}

// SAFETY: only the interpreter thread allocates objects.
unsafe impl Sync for Tracer {}

pub static TRACER: Tracer = Tracer {
    tracing: Cell::new(false),
    nframe: Cell::new(1),
    traces: UnsafeCell::new(None),
    current: Cell::new(0),
    peak: Cell::new(0),
    busy: Cell::new(false),
};

/// Called for every object allocation.
#[inline]
pub fn on_alloc(addr: usize, size: usize) {
    if TRACER.tracing.get() && !TRACER.busy.get() {
        record(addr, size);
    }
}

/// Called for every object deallocation.
#[inline]
pub fn on_free(addr: usize) {
    if TRACER.tracing.get() {
        // SAFETY: single-threaded; a short access.
        if let Some(t) = unsafe { (*TRACER.traces.get()).as_mut().and_then(|m| m.remove(&addr)) } {
            TRACER.current.set(TRACER.current.get().saturating_sub(t.size));
        }
    }
}

#[cold]
fn record(addr: usize, size: usize) {
    TRACER.busy.set(true);
    let frames = crate::vm::frame::current_locations(TRACER.nframe.get());
    // SAFETY: single-threaded; a short access.
    unsafe { (*TRACER.traces.get()).get_or_insert_with(HashMap::new).insert(addr, Trace { size, frames }) };
    let cur = TRACER.current.get() + size;
    TRACER.current.set(cur);
    if cur > TRACER.peak.get() {
        TRACER.peak.set(cur);
    }
    TRACER.busy.set(false);
}
