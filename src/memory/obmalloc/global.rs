//! The interpreter's allocator: one process-wide [`Obmalloc`] behind the entry points the object
//! layer calls (`alloc`, `free`), the statistics `sys._debugmallocstats()` reports, and the
//! `PYTHONMALLOCSTATS` switch.
//!
//! The interpreter is single-threaded: all of its object allocation happens on one thread, so
//! the instance is used without a lock. That is the invariant every caller upholds — only the
//! interpreter thread allocates and frees objects (it may be a different thread from the one
//! that started the process, but never two at once). Debug builds check that no two threads
//! are ever inside the allocator together and panic if they are. Rust tests that run
//! interpreters in parallel threads of one process break the invariant: run them one at a time
//! or in child processes.

use std::cell::UnsafeCell;
use std::io::Write as _;
use std::ptr::{self, NonNull};

use super::{MallocStats, Obmalloc};

/// The single allocator instance, reachable from a `static`.
struct InterpreterObmalloc {
    state: UnsafeCell<Obmalloc>,
    /// Set while some thread is inside the allocator (debug builds only).
    #[cfg(debug_assertions)]
    busy: std::sync::atomic::AtomicBool,
}

// SAFETY: only the interpreter thread allocates objects, so `state` is never reached from two
// threads at once (see the module comment); debug builds verify it with `busy`.
unsafe impl Sync for InterpreterObmalloc {}

static OBMALLOC: InterpreterObmalloc = InterpreterObmalloc {
    state: UnsafeCell::new(Obmalloc::new()),
    #[cfg(debug_assertions)]
    busy: std::sync::atomic::AtomicBool::new(false),
};

/// Marks the allocator busy for as long as it lives (debug builds only).
#[cfg(debug_assertions)]
struct BusyGuard;

#[cfg(debug_assertions)]
impl BusyGuard {
    fn enter() -> BusyGuard {
        use std::sync::atomic::Ordering;
        if OBMALLOC.busy.swap(true, Ordering::Acquire) {
            panic!(
                "memory::obmalloc: two threads are using the object allocator at once; \
                 only the interpreter thread may allocate objects"
            );
        }
        BusyGuard
    }
}

#[cfg(debug_assertions)]
impl Drop for BusyGuard {
    fn drop(&mut self) {
        OBMALLOC.busy.store(false, std::sync::atomic::Ordering::Release);
    }
}

/// Runs `f` on the global instance.
#[inline]
fn with_obmalloc<R>(f: impl FnOnce(&mut Obmalloc) -> R) -> R {
    #[cfg(debug_assertions)]
    let _guard = BusyGuard::enter();
    // SAFETY: by the module's invariant no other thread is in here, and nothing `f` does
    // re-enters this function (the allocator calls only the system and, for the new-arena
    // report, stderr, which allocate through the global Rust allocator), so this is the only
    // reference to the instance while `f` runs.
    f(unsafe { &mut *OBMALLOC.state.get() })
}

/// A 16-byte-aligned block of `size` bytes for an object. Sizes over `SMALL_REQUEST_THRESHOLD`
/// (512) go to the global allocator (mimalloc); smaller ones to the global `Obmalloc` instance.
/// Returns null on failure (the caller raises MemoryError).
///
/// # Safety
/// Called only from the interpreter thread (see the module comment). The block must be freed
/// with [`free`] and the same `size`.
#[inline]
pub unsafe fn alloc(size: usize) -> *mut u8 {
    with_obmalloc(|o| o.alloc(size)).map_or(ptr::null_mut(), NonNull::as_ptr)
}

/// Frees a block from [`alloc`]; a null `ptr` is ignored.
///
/// # Safety
/// Called only from the interpreter thread; `ptr` came from `alloc(size)` and is not freed yet.
#[inline]
pub unsafe fn free(ptr: *mut u8, size: usize) {
    if let Some(block) = NonNull::new(ptr) {
        // SAFETY: forwarded caller contract.
        with_obmalloc(|o| unsafe { o.free(block, size) });
    }
}

/// The global allocator's statistics, large path included.
pub fn global_stats() -> MallocStats {
    with_obmalloc(|o| o.stats())
}

/// CPython's `_PyObject_DebugMallocStats` text (what `sys._debugmallocstats()` prints).
pub fn debug_malloc_stats() -> String {
    global_stats().debug_text()
}

/// When set (PYTHONMALLOCSTATS=1), print `debug_malloc_stats()` to stderr each time a new arena
/// is allocated, as CPython does (CPython also prints it once more at exit; that is the
/// interpreter's job, see [`print_on_new_arena`]).
pub fn set_print_on_new_arena(on: bool) {
    let hook: Option<fn(&str)> = if on { Some(print_to_stderr) } else { None };
    with_obmalloc(|o| o.set_new_arena_hook(hook));
}

/// Whether [`set_print_on_new_arena`] is on, so the interpreter can print the final report.
pub fn print_on_new_arena() -> bool {
    with_obmalloc(|o| o.new_arena_hook().is_some())
}

fn print_to_stderr(text: &str) {
    let _ = std::io::stderr().write_all(text.as_bytes());
}
