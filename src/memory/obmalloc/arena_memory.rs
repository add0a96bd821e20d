//! Where arenas come from: 1 MiB of memory straight from the operating system (`mmap`), aligned
//! to the pool size so that every pool in it is aligned too, and given straight back (`munmap`)
//! when the arena is released — as CPython's `_PyObject_ArenaMmap`, plus the alignment, which
//! spares the one pool CPython loses when the system hands out an unaligned address.

use super::{ARENA_SIZE, POOL_SIZE};

/// Maps a fresh, zero-filled arena of `ARENA_SIZE` bytes starting at a multiple of `POOL_SIZE`,
/// or None when the system refuses.
#[cfg(unix)]
pub(super) fn map_arena() -> Option<usize> {
    // SAFETY: sysconf has no preconditions.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    let page = usize::try_from(page).ok().filter(|&p| p > 0)?;
    if page >= POOL_SIZE || !POOL_SIZE.is_multiple_of(page) {
        // Pages at least as large as a pool make every mapping pool-aligned already. (A page
        // size that does not divide the pool size would be unheard of; the arena would then
        // lose its unaligned first pool, as in CPython.)
        return map(ARENA_SIZE);
    }
    // Over-map by one pool, then trim the unaligned head and the surplus tail. Both pieces are
    // whole pages because the start and the pool size are multiples of the page size.
    let start = map(ARENA_SIZE + POOL_SIZE)?;
    let aligned = (start + POOL_SIZE - 1) & !(POOL_SIZE - 1);
    let head = aligned - start;
    let tail = POOL_SIZE - head;
    if head > 0 {
        unmap(start, head);
    }
    if tail > 0 {
        unmap(aligned + ARENA_SIZE, tail);
    }
    Some(aligned)
}

/// Gives an arena from [`map_arena`] back to the system.
#[cfg(unix)]
pub(super) fn unmap_arena(address: usize) {
    unmap(address, ARENA_SIZE);
}

#[cfg(unix)]
fn map(len: usize) -> Option<usize> {
    // SAFETY: an anonymous private mapping at an address of the kernel's choosing touches no
    // existing memory.
    let p = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED || p.is_null() {
        None
    } else {
        Some(p as usize)
    }
}

#[cfg(unix)]
fn unmap(address: usize, len: usize) {
    // SAFETY: callers pass a page-aligned range inside a mapping made by `map` that nothing
    // refers to any more.
    let rc = unsafe { libc::munmap(address as *mut libc::c_void, len) };
    debug_assert_eq!(rc, 0, "munmap of an arena failed");
}

/// Without `mmap`, the global allocator with pool alignment serves the same purpose.
#[cfg(not(unix))]
pub(super) fn map_arena() -> Option<usize> {
    // SAFETY: the layout is non-zero-sized.
    let p = unsafe { std::alloc::alloc_zeroed(arena_layout()) };
    if p.is_null() {
        None
    } else {
        Some(p as usize)
    }
}

#[cfg(not(unix))]
pub(super) fn unmap_arena(address: usize) {
    // SAFETY: `address` came from `map_arena` with the same layout.
    unsafe { std::alloc::dealloc(address as *mut u8, arena_layout()) }
}

#[cfg(not(unix))]
fn arena_layout() -> std::alloc::Layout {
    // ARENA_SIZE and POOL_SIZE are powers of two with POOL_SIZE <= ARENA_SIZE: always valid.
    std::alloc::Layout::from_size_align(ARENA_SIZE, POOL_SIZE).expect("arena layout")
}
