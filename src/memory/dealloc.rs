//! What happens when a count reaches zero: the type's `dealloc` slot runs at once, unless we are
//! already deep inside nested deallocations; then the object waits on a list that the outermost
//! deallocation drains. This is CPython's "trashcan" idea, and it is why freeing a linked list of
//! a million nodes does not overflow the Rust stack.

use crate::object::header::ObjectHeader;
use std::cell::{Cell, UnsafeCell};

/// Nested deallocations allowed before further ones are deferred.
const MAX_DEALLOC_DEPTH: u32 = 50;

struct Trashcan {
    depth: Cell<u32>,
    pending: UnsafeCell<Vec<*mut ObjectHeader>>,
}

// SAFETY: only the interpreter thread deallocates objects.
unsafe impl Sync for Trashcan {}

static TRASHCAN: Trashcan = Trashcan { depth: Cell::new(0), pending: UnsafeCell::new(Vec::new()) };

/// Called by `decref` when an object's count reached zero.
///
/// # Safety
/// `obj` is an object whose count just reached zero.
pub unsafe fn object_died(obj: *mut ObjectHeader) {
    let depth = TRASHCAN.depth.get();
    if depth >= MAX_DEALLOC_DEPTH {
        // SAFETY: single-threaded; no other borrow of `pending` is live across this push.
        unsafe { (*TRASHCAN.pending.get()).push(obj) };
        return;
    }
    TRASHCAN.depth.set(depth + 1);
    // SAFETY: the object is dead; its type's dealloc frees it.
    unsafe { run_dealloc(obj) };
    if depth == 0 {
        // SAFETY: single-threaded; the borrow of `pending` ends before each dealloc runs.
        while let Some(next) = unsafe { (*TRASHCAN.pending.get()).pop() } {
            // SAFETY: deferred objects are dead and not yet freed.
            unsafe { run_dealloc(next) };
        }
    }
    TRASHCAN.depth.set(depth);
}

/// # Safety
/// `obj` is dead (count zero) and not yet freed.
unsafe fn run_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: the header is intact until dealloc frees the block.
    let ty = unsafe { &*(*obj).ob_type.get() };
    let dealloc = ty.slots.dealloc.get();
    // SAFETY: the type's dealloc matches the object's layout.
    unsafe { dealloc(obj) };
}
