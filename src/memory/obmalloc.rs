//! Placeholder until the real pymalloc-style allocator lands (branch `memory`).
use std::alloc::Layout;

pub const SMALL_REQUEST_THRESHOLD: usize = 512;

/// # Safety
/// Returns memory aligned to 16 bytes or null.
pub unsafe fn alloc(size: usize) -> *mut u8 {
    // SAFETY: size is non-zero for every object.
    unsafe { std::alloc::alloc(Layout::from_size_align_unchecked(size.max(16), 16)) }
}

/// # Safety
/// `ptr` came from `alloc(size)`.
pub unsafe fn free(ptr: *mut u8, size: usize) {
    // SAFETY: same layout as the allocation.
    unsafe { std::alloc::dealloc(ptr, Layout::from_size_align_unchecked(size.max(16), 16)) }
}
