//! The process's global allocator: mimalloc, with a tracemalloc hook so that memory objects own
//! outside their block (a list's item array, a dict's table, a big int's digits, a generator's
//! frame) is traced as CPython traces its `PyMem_Malloc` buffers. Blocks that objects are carved
//! from (large-object blocks) are taken untraced, since `alloc_object` traces each object itself.

use super::tracemalloc;
use std::alloc::{GlobalAlloc, Layout};

pub struct TracingMiMalloc;

// SAFETY: every call forwards to mimalloc with the caller's arguments; the hooks only record
// addresses and never touch the memory.
unsafe impl GlobalAlloc for TracingMiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is mimalloc's.
        let p = unsafe { mimalloc::MiMalloc.alloc(layout) };
        if tracemalloc::tracing_here() && !p.is_null() {
            tracemalloc::on_alloc(p as usize, layout.size());
        }
        p
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `alloc`.
        let p = unsafe { mimalloc::MiMalloc.alloc_zeroed(layout) };
        if tracemalloc::tracing_here() && !p.is_null() {
            tracemalloc::on_alloc(p as usize, layout.size());
        }
        p
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if tracemalloc::tracing_here() {
            tracemalloc::on_free(ptr as usize);
        }
        // SAFETY: `ptr` came from this allocator with `layout`.
        unsafe { mimalloc::MiMalloc.dealloc(ptr, layout) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as for `dealloc`; mimalloc keeps the old block when it returns null.
        let p = unsafe { mimalloc::MiMalloc.realloc(ptr, layout, new_size) };
        if tracemalloc::tracing_here() && !p.is_null() {
            tracemalloc::on_free(ptr as usize);
            tracemalloc::on_alloc(p as usize, new_size);
        }
        p
    }
}

/// A block that objects are placed in and traced one by one (so the block itself is not).
///
/// # Safety
/// As `GlobalAlloc::alloc`: `layout` is non-zero-sized.
pub unsafe fn alloc_untraced(layout: Layout) -> *mut u8 {
    // SAFETY: the caller's contract.
    unsafe { mimalloc::MiMalloc.alloc(layout) }
}

/// Frees a block from `alloc_untraced`.
///
/// # Safety
/// `ptr` came from `alloc_untraced(layout)` and is not freed yet.
pub unsafe fn dealloc_untraced(ptr: *mut u8, layout: Layout) {
    // SAFETY: the caller's contract.
    unsafe { mimalloc::MiMalloc.dealloc(ptr, layout) }
}
