//! The tracemalloc hooks: while tracing, every object allocation and every buffer the global
//! allocator hands out (item arrays, tables, digits) is recorded with its size and the Python
//! source location that made it. The `_tracemalloc` module reads the records.

use std::cell::{Cell, UnsafeCell};
use std::collections::HashMap;

/// One traced allocation.
#[derive(Clone, Debug)]
pub struct Trace {
    pub size: usize,
    /// `(filename, lineno)` frames, most recent first, at most the traceback limit.
    pub frames: Vec<(String, u32)>,
    /// How many frames the stack had (CPython's `total_nframe`).
    pub total_nframe: usize,
}

pub struct Tracer {
    pub(crate) tracing: Cell<bool>,
    pub(crate) nframe: Cell<usize>,
    pub(crate) traces: UnsafeCell<Option<HashMap<usize, Trace>>>,
    pub(crate) current: Cell<usize>,
    pub(crate) peak: Cell<usize>,
    /// Re-entrancy guard, set while the tracer works on its own table: the memory it allocates
    /// then (frame names, table growth) is not traced, and frees don't touch the table.
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

thread_local! {
    /// Set on the thread that started tracing (the interpreter's): the global allocator's hook
    /// asks this first, so other threads never touch the tracer.
    static TRACING_THREAD: Cell<bool> = const { Cell::new(false) };
}

/// Set while any thread traces: lets the global allocator skip the thread-local lookup on
/// every allocation when tracemalloc is off (the usual case).
static TRACING_ANYWHERE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether allocations on this thread are being traced (the global allocator's question).
#[inline]
pub fn tracing_here() -> bool {
    TRACING_ANYWHERE.load(std::sync::atomic::Ordering::Relaxed) && TRACING_THREAD.with(|t| t.get())
}

/// Called for every object allocation, and by the global allocator while tracing.
#[inline]
pub fn on_alloc(addr: usize, size: usize) {
    if TRACER.tracing.get() && !TRACER.busy.get() {
        record(addr, size);
    }
}

/// Called for every object deallocation, and by the global allocator while tracing.
#[inline]
pub fn on_free(addr: usize) {
    if TRACER.tracing.get() && !TRACER.busy.get() {
        // SAFETY: single-threaded; a short access.
        if let Some(t) = unsafe { (*TRACER.traces.get()).as_mut().and_then(|m| m.remove(&addr)) } {
            TRACER.current.set(TRACER.current.get().saturating_sub(t.size));
        }
    }
}

/// Runs `f` with tracing suspended (CPython's `set_reentrant`): for the tracer's own work and
/// for building the objects that report traces.
pub fn untraced<R>(f: impl FnOnce() -> R) -> R {
    let was = TRACER.busy.replace(true);
    let r = f();
    TRACER.busy.set(was);
    r
}

#[cold]
fn record(addr: usize, size: usize) {
    TRACER.busy.set(true);
    let frames = crate::vm::frame::current_locations(TRACER.nframe.get());
    let total_nframe = stack_depth();
    // SAFETY: single-threaded; a short access.
    unsafe {
        (*TRACER.traces.get())
            .get_or_insert_with(HashMap::new)
            .insert(addr, Trace { size, frames, total_nframe })
    };
    let cur = TRACER.current.get() + size;
    TRACER.current.set(cur);
    if cur > TRACER.peak.get() {
        TRACER.peak.set(cur);
    }
    TRACER.busy.set(false);
}

/// The number of Python frames on the stack.
fn stack_depth() -> usize {
    let mut n = 0;
    let mut f = crate::vm::frame::current();
    while !f.is_null() {
        n += 1;
        // SAFETY: frames on the current chain are live.
        f = unsafe { (*f).prev };
    }
    n
}

/// `tracemalloc.start(nframe)`: traces from now on (existing traces are kept).
pub fn start(nframe: usize) {
    TRACER.nframe.set(nframe);
    TRACER.tracing.set(true);
    TRACING_THREAD.with(|t| t.set(true));
    TRACING_ANYWHERE.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// `tracemalloc.stop()`: stops tracing and forgets every trace.
pub fn stop() {
    TRACER.tracing.set(false);
    TRACING_THREAD.with(|t| t.set(false));
    TRACING_ANYWHERE.store(false, std::sync::atomic::Ordering::Relaxed);
    clear_traces();
}

/// Forgets every trace; traced memory restarts from zero.
pub fn clear_traces() {
    // SAFETY: single-threaded; the old map drops after the access, untraced.
    let old = untraced(|| unsafe { (*TRACER.traces.get()).take() });
    untraced(|| drop(old));
    TRACER.current.set(0);
    TRACER.peak.set(0);
}

/// A copy of every trace: `(address, trace)`.
pub fn traces() -> Vec<(usize, Trace)> {
    // SAFETY: single-threaded; the copy is made untraced, so the table doesn't change under it.
    untraced(|| unsafe {
        (*TRACER.traces.get())
            .as_ref()
            .map(|m| m.iter().map(|(a, t)| (*a, t.clone())).collect())
            .unwrap_or_default()
    })
}

/// The trace of the object at `addr`, if it was allocated while tracing.
pub fn trace_of(addr: usize) -> Option<Trace> {
    // SAFETY: single-threaded; the clone is made untraced, so the table doesn't change under it.
    untraced(|| unsafe { (*TRACER.traces.get()).as_ref().and_then(|m| m.get(&addr).cloned()) })
}

/// Bytes the tracer itself uses (an estimate, for `get_tracemalloc_memory`).
pub fn own_memory() -> usize {
    // SAFETY: single-threaded; a short read.
    let n = unsafe { (*TRACER.traces.get()).as_ref().map_or(0, |m| m.capacity()) };
    n * (std::mem::size_of::<usize>() + std::mem::size_of::<Trace>())
}
