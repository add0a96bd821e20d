//! Object allocation: every object's block comes from here (the pymalloc-style allocator for
//! 512 bytes or less, mimalloc above), with the GC header in front for collector-aware types.

use super::obmalloc;
use crate::object::header::{GcHead, ObjectHeader, GC_HEAD_SIZE, IMMORTAL_REFCNT};
use crate::object::typeobj::TypeObject;
use crate::object::PyErr;
use std::cell::Cell;

/// Counters behind the debug report of live objects (`sys._live_objects()`), kept in every build
/// because they cost two additions.
pub struct ObjectCounters {
    pub allocated: Cell<u64>,
    pub freed: Cell<u64>,
}

// SAFETY: only the interpreter thread allocates objects (see `crate::object` docs).
unsafe impl Sync for ObjectCounters {}

pub static COUNTERS: ObjectCounters = ObjectCounters { allocated: Cell::new(0), freed: Cell::new(0) };

/// Objects allocated and not yet freed.
pub fn live_objects() -> u64 {
    COUNTERS.allocated.get() - COUNTERS.freed.get()
}

/// Bytes an object of `ty` with `nitems` variable-size items occupies, GC header included.
#[inline]
pub fn object_size(ty: &TypeObject, nitems: usize) -> usize {
    let body = ty.basicsize.get() + ty.itemsize.get() * nitems;
    if ty.is_gc() {
        body + GC_HEAD_SIZE
    } else {
        body
    }
}

/// Allocates an object of type `ty` with room for `nitems` items: count 1, type set (a heap type
/// gains a reference), GC header cleared (not tracked). The payload after the header is
/// uninitialised; the caller writes it before the object is used.
pub fn alloc_object(ty: &TypeObject, nitems: usize) -> Result<*mut ObjectHeader, PyErr> {
    let body = ty.itemsize.get().checked_mul(nitems).and_then(|n| n.checked_add(ty.basicsize.get()));
    let Some(body) = body.filter(|&b| b < isize::MAX as usize / 2) else {
        return Err(PyErr::memory_error());
    };
    let gc = ty.is_gc();
    let size = if gc { body + GC_HEAD_SIZE } else { body };
    // SAFETY: size is non-zero (every object has a header).
    let block = unsafe { obmalloc::alloc(size) };
    if block.is_null() {
        return Err(PyErr::memory_error());
    }
    let obj = if gc {
        // SAFETY: the block has room for the GC head followed by the object.
        unsafe {
            (block as *mut GcHead)
                .write(GcHead { next: Cell::new(std::ptr::null_mut()), prev: Cell::new(0) });
            block.add(GC_HEAD_SIZE) as *mut ObjectHeader
        }
    } else {
        block as *mut ObjectHeader
    };
    if ty.is_heap_type() {
        crate::object::header::incref(&ty.head);
    }
    // SAFETY: `obj` is the start of a fresh block of at least a header's size.
    unsafe { obj.write(ObjectHeader { refcnt: Cell::new(1), ob_type: Cell::new(ty) }) };
    COUNTERS.allocated.set(COUNTERS.allocated.get() + 1);
    if gc {
        super::gc::object_allocated();
    }
    super::tracemalloc::on_alloc(obj as usize, size);
    Ok(obj)
}

/// Allocates an immortal object (never freed): used for the preallocated singletons and small
/// ints, and interned strings.
pub fn alloc_immortal(ty: &TypeObject, nitems: usize) -> Result<*mut ObjectHeader, PyErr> {
    let obj = alloc_object(ty, nitems)?;
    // SAFETY: just allocated.
    unsafe { (*obj).refcnt.set(IMMORTAL_REFCNT) };
    Ok(obj)
}

/// Returns an object's block. The payload must already be dropped. Releases the reference a
/// heap type's instance holds on its type.
///
/// # Safety
/// `obj` was allocated by `alloc_object(ty, nitems)` where `ty` is its current type, it is not
/// tracked by the collector, and nothing refers to it any more.
pub unsafe fn free_object(obj: *mut ObjectHeader, nitems: usize) {
    // SAFETY: the header is still intact.
    let ty_ptr = unsafe { (*obj).ob_type.get() };
    // SAFETY: an object's type outlives it.
    let ty = unsafe { &*ty_ptr };
    let size = object_size(ty, nitems);
    let gc = ty.is_gc();
    let block = if gc {
        super::gc::object_freed();
        // SAFETY: GC objects carry their head just before the object header.
        unsafe { (obj as *mut u8).sub(GC_HEAD_SIZE) }
    } else {
        obj as *mut u8
    };
    super::tracemalloc::on_free(obj as usize);
    // SAFETY: the block was allocated with this size.
    unsafe { obmalloc::free(block, size) };
    COUNTERS.freed.set(COUNTERS.freed.get() + 1);
    if ty.is_heap_type() {
        // SAFETY: the instance owned a reference to its heap type.
        unsafe { crate::object::header::decref(ty_ptr as *mut ObjectHeader) };
    }
}
