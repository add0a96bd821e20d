//! The small-object allocator: CPython's pymalloc design (`Objects/obmalloc.c`,
//! `Include/internal/pycore_obmalloc.h`) with CPython 3.14's 64-bit geometry.
//!
//! Memory comes from the system in 1 MiB *arenas*; each arena is cut into 64 *pools* of 16 KiB;
//! each pool serves *blocks* of one size class. Requests are rounded up to a multiple of 16 bytes,
//! so 32 size classes (16, 32, …, 512) cover everything up to `SMALL_REQUEST_THRESHOLD`; larger
//! requests go to the global allocator (mimalloc).
//!
//! The bookkeeping, as in CPython:
//! - `usedpools[class]`: the pools of a class that have a free block, most recently used first.
//!   A full pool is in no list; an empty one goes back to its arena.
//! - each pool has a LIFO list of freed blocks plus an untouched tail (`nextoffset` up to
//!   `maxnextoffset`) that is carved one block at a time, so a new pool costs no loop.
//! - each arena has a list of empty pools plus an uncarved tail (`pool_address`).
//! - `usable_arenas`: the arenas with an empty pool, sorted by their number of free pools, fewest
//!   first, so new pools come from the fullest arenas and lightly used ones can drain and be
//!   returned to the system. `nfp2lasta[n]` remembers the last arena with `n` free pools so that
//!   re-sorting after a free is O(1).
//!
//! Pools are 16 KiB aligned, so a block's pool header is `block & !(POOL_SIZE - 1)`. Callers
//! always pass the size back on free, so unlike CPython we need no arena map to tell our blocks
//! from the system allocator's.

mod arena_memory;
mod global;
mod stats;
#[cfg(test)]
mod tests;

use std::ptr::{self, NonNull};

pub use global::{alloc, debug_malloc_stats, free, global_stats, print_on_new_arena, set_print_on_new_arena};
pub use stats::{debug_allocator_stats, MallocStats, SizeClassStats};

/// Every block is aligned to this many bytes, and size classes are this far apart.
pub const ALIGNMENT: usize = 16;
const ALIGNMENT_SHIFT: u32 = ALIGNMENT.trailing_zeros();
/// Requests of at most this many bytes come from pools; bigger ones from the global allocator.
pub const SMALL_REQUEST_THRESHOLD: usize = 512;
/// Number of size classes: 16, 32, …, 512.
pub const NB_SMALL_SIZE_CLASSES: usize = SMALL_REQUEST_THRESHOLD / ALIGNMENT;
/// Bytes obtained from the system at a time.
pub const ARENA_SIZE: usize = 1 << 20;
/// Bytes in a pool; pools are aligned to their size so a block finds its pool by masking.
pub const POOL_SIZE: usize = 1 << 14;
const POOL_SIZE_MASK: usize = POOL_SIZE - 1;
/// Pools in an arena whose start is pool-aligned (one fewer otherwise).
pub const MAX_POOLS_IN_ARENA: usize = ARENA_SIZE / POOL_SIZE;
/// Bytes at the start of each pool taken by its header, rounded up to the block alignment.
pub const POOL_OVERHEAD: usize = round_up(std::mem::size_of::<PoolHeader>(), ALIGNMENT);

/// End marker of the index-linked arena lists.
const NO_ARENA: u32 = u32::MAX;
/// `szidx` of a freshly carved pool: it has never served a class, so its header needs setting up.
const DUMMY_SIZE_IDX: u32 = 0xffff;

const fn round_up(n: usize, to: usize) -> usize {
    (n + to - 1) & !(to - 1)
}

/// The size class serving a request of `size` bytes (1..=512; 0 is served as 1).
#[inline]
pub const fn size_class_index(size: usize) -> usize {
    size.saturating_sub(1) >> ALIGNMENT_SHIFT
}

/// The block size of size class `index`.
#[inline]
pub const fn class_size(index: usize) -> usize {
    (index + 1) << ALIGNMENT_SHIFT
}

/// How many blocks of size class `index` fit in one pool after its header.
#[inline]
pub const fn blocks_per_pool(index: usize) -> usize {
    (POOL_SIZE - POOL_OVERHEAD) / class_size(index)
}

/// The header at the start of every pool, laid out as CPython's `struct pool_header` so that
/// `POOL_OVERHEAD` (and the "bytes lost to pool headers" statistic) is the same 48 bytes.
#[repr(C)]
struct PoolHeader {
    /// Blocks handed out and not yet freed (CPython's `ref.count`, padded to a pointer).
    count: u32,
    _count_padding: u32,
    /// Head of the LIFO list of free blocks; each free block stores the next one's address.
    /// Null only while the pool is full.
    freeblock: *mut u8,
    /// Links in `usedpools[szidx]` (both) or in the arena's free-pool list (`nextpool` only).
    nextpool: *mut PoolHeader,
    prevpool: *mut PoolHeader,
    /// Index of the owning arena in `Obmalloc::arenas`.
    arenaindex: u32,
    /// The size class this pool serves (or last served, while it sits empty in its arena).
    szidx: u32,
    /// Offset of the first never-used block; the untouched tail starts here.
    nextoffset: u32,
    /// Largest `nextoffset` at which a whole block still fits.
    maxnextoffset: u32,
}

const _: () = assert!(std::mem::size_of::<PoolHeader>() == 48);
const _: () = assert!(POOL_OVERHEAD == 48);
const _: () = assert!(NB_SMALL_SIZE_CLASSES == 32 && MAX_POOLS_IN_ARENA == 64);
const _: () = assert!(POOL_SIZE <= u32::MAX as usize);

/// One arena's bookkeeping (CPython's `struct arena_object`). Slots whose `address` is 0 hold no
/// arena and are chained through `nextarena` on the unused list.
struct ArenaObject {
    /// Start of the memory obtained from the system, or 0 when the slot is unused.
    address: usize,
    /// First pool never carved out of this arena.
    pool_address: usize,
    /// Empty pools: those on `freepools` plus the uncarved ones.
    nfreepools: u32,
    /// Pools this arena holds in all (64, or 63 if its start was not pool-aligned).
    ntotalpools: u32,
    /// Singly linked list of pools that have become empty.
    freepools: *mut PoolHeader,
    /// Neighbours in `usable_arenas` (or the next slot on the unused list).
    nextarena: u32,
    prevarena: u32,
}

/// One pymalloc allocator's whole state. The interpreter uses the global instance through
/// [`alloc`] and [`free`]; tests make private instances so they can run in parallel.
pub struct Obmalloc {
    /// Per size class, the first pool with a free block (null if none); doubly linked.
    usedpools: [*mut PoolHeader; NB_SMALL_SIZE_CLASSES],
    /// Every arena slot ever made; indices are stable, slots are reused.
    arenas: Vec<ArenaObject>,
    /// First slot on the list of slots holding no arena.
    unused_arena_objects: u32,
    /// First arena with a free pool; the list is sorted by `nfreepools`, fewest first.
    usable_arenas: u32,
    /// `nfp2lasta[n]`: the last arena in `usable_arenas` with exactly `n` free pools.
    nfp2lasta: [u32; MAX_POOLS_IN_ARENA + 1],
    narenas_currently_allocated: usize,
    ntimes_arena_allocated: usize,
    narenas_highwater: usize,
    /// Live allocations over `SMALL_REQUEST_THRESHOLD` made through [`Obmalloc::alloc`].
    large_allocations: usize,
    large_bytes: usize,
    /// Called with the statistics text just before a new arena is requested (PYTHONMALLOCSTATS).
    new_arena_hook: Option<fn(&str)>,
}

// SAFETY: every raw pointer in an `Obmalloc` points into arenas that the instance alone owns, so
// moving the instance to another thread moves all of that memory with it.
unsafe impl Send for Obmalloc {}

impl Default for Obmalloc {
    fn default() -> Self {
        Self::new()
    }
}

impl Obmalloc {
    /// An allocator holding no memory yet; `const` so the global instance can be a plain static.
    pub const fn new() -> Obmalloc {
        Obmalloc {
            usedpools: [ptr::null_mut(); NB_SMALL_SIZE_CLASSES],
            arenas: Vec::new(),
            unused_arena_objects: NO_ARENA,
            usable_arenas: NO_ARENA,
            nfp2lasta: [NO_ARENA; MAX_POOLS_IN_ARENA + 1],
            narenas_currently_allocated: 0,
            ntimes_arena_allocated: 0,
            narenas_highwater: 0,
            large_allocations: 0,
            large_bytes: 0,
            new_arena_hook: None,
        }
    }

    /// A 16-byte-aligned block for `size` (1..=512) bytes, or None when the system refuses memory.
    /// A `size` of 0 is served as 1; a `size` over 512 gets None (use [`Obmalloc::alloc`]).
    #[inline]
    pub fn alloc_small(&mut self, size: usize) -> Option<NonNull<u8>> {
        if size > SMALL_REQUEST_THRESHOLD {
            return None;
        }
        let index = size_class_index(size);
        let pool = self.usedpools[index];
        if pool.is_null() {
            return self.allocate_from_new_pool(index);
        }
        // SAFETY: a pool on `usedpools` lies in one of our live arenas, has a valid header and a
        // non-null `freeblock` pointing at a free block of this class inside it.
        unsafe {
            (*pool).count += 1;
            let block = (*pool).freeblock;
            let next = block.cast::<*mut u8>().read();
            (*pool).freeblock = next;
            if next.is_null() {
                self.pool_extend(pool, index);
            }
            Some(NonNull::new_unchecked(block))
        }
    }

    /// Returns a block to its pool, most recently freed first in line for reuse.
    ///
    /// # Safety
    /// `ptr` came from `alloc_small(size)` of this allocator and is not freed yet.
    #[inline]
    pub unsafe fn free_small(&mut self, ptr: NonNull<u8>, size: usize) {
        let block = ptr.as_ptr();
        let pool = (block as usize & !POOL_SIZE_MASK) as *mut PoolHeader;
        // SAFETY: by the caller's contract `block` is a live block of ours, so the pool-aligned
        // address below it is that pool's header.
        unsafe {
            debug_assert_eq!((*pool).szidx as usize, size_class_index(size), "free_small: wrong size");
            debug_assert!((*pool).count > 0, "free_small: pool has no block in use");
            let lastfree = (*pool).freeblock;
            block.cast::<*mut u8>().write(lastfree);
            (*pool).freeblock = block;
            (*pool).count -= 1;
            if lastfree.is_null() {
                // The pool was full, so it is in no list: put it first in line for its class.
                self.insert_used_pool(pool);
            } else if (*pool).count == 0 {
                self.insert_to_freepool(pool);
            }
        }
    }

    /// A 16-byte-aligned block of `size` bytes: from the pools up to 512 bytes, from the global
    /// allocator (counted in the large-path statistics) above. None when memory is refused.
    #[inline]
    pub fn alloc(&mut self, size: usize) -> Option<NonNull<u8>> {
        if size <= SMALL_REQUEST_THRESHOLD {
            self.alloc_small(size)
        } else {
            self.alloc_large(size)
        }
    }

    /// Frees a block from [`Obmalloc::alloc`].
    ///
    /// # Safety
    /// `ptr` came from `alloc(size)` of this allocator and is not freed yet.
    #[inline]
    pub unsafe fn free(&mut self, ptr: NonNull<u8>, size: usize) {
        if size <= SMALL_REQUEST_THRESHOLD {
            // SAFETY: forwarded caller contract; small sizes were served by `alloc_small`.
            unsafe { self.free_small(ptr, size) }
        } else {
            // SAFETY: forwarded caller contract; large sizes were served by `alloc_large`.
            unsafe { self.free_large(ptr, size) }
        }
    }

    /// Installs (or removes) a function called with the statistics text each time a new arena
    /// is about to be requested, as CPython does when `PYTHONMALLOCSTATS` is set.
    pub fn set_new_arena_hook(&mut self, hook: Option<fn(&str)>) {
        self.new_arena_hook = hook;
    }

    /// The installed new-arena hook, if any.
    pub fn new_arena_hook(&self) -> Option<fn(&str)> {
        self.new_arena_hook
    }

    fn alloc_large(&mut self, size: usize) -> Option<NonNull<u8>> {
        let layout = std::alloc::Layout::from_size_align(size, ALIGNMENT).ok()?;
        // SAFETY: `size` > 512, so the layout is non-zero-sized.
        let block = NonNull::new(unsafe { crate::memory::global_alloc::alloc_untraced(layout) })?;
        self.large_allocations += 1;
        self.large_bytes += size;
        Some(block)
    }

    /// # Safety
    /// `ptr` came from `alloc_large(size)` of this allocator and is not freed yet.
    unsafe fn free_large(&mut self, ptr: NonNull<u8>, size: usize) {
        // SAFETY: `alloc_large` made this block with exactly this layout.
        unsafe {
            let layout = std::alloc::Layout::from_size_align_unchecked(size, ALIGNMENT);
            crate::memory::global_alloc::dealloc_untraced(ptr.as_ptr(), layout);
        }
        self.large_allocations -= 1;
        self.large_bytes -= size;
    }

    /// The pool's free list just ran out: carve the next block from its untouched tail, or, if
    /// the pool is now full, take it off its class's list.
    ///
    /// # Safety
    /// `pool` is on `usedpools[index]` with a null `freeblock`.
    #[cold]
    unsafe fn pool_extend(&mut self, pool: *mut PoolHeader, index: usize) {
        // SAFETY: the caller guarantees a valid pool header; offsets stay inside the pool.
        unsafe {
            let header = &mut *pool;
            if header.nextoffset <= header.maxnextoffset {
                let block = pool.cast::<u8>().add(header.nextoffset as usize);
                header.freeblock = block;
                header.nextoffset += class_size(index) as u32;
                block.cast::<*mut u8>().write(ptr::null_mut());
            } else {
                self.unlink_used_pool(pool);
            }
        }
    }

    /// Takes `pool` off its class's `usedpools` list.
    ///
    /// # Safety
    /// `pool` is on `usedpools[pool.szidx]`.
    unsafe fn unlink_used_pool(&mut self, pool: *mut PoolHeader) {
        // SAFETY: pools on a used list and their neighbours have valid headers.
        unsafe {
            let next = (*pool).nextpool;
            let prev = (*pool).prevpool;
            if prev.is_null() {
                self.usedpools[(*pool).szidx as usize] = next;
            } else {
                (*prev).nextpool = next;
            }
            if !next.is_null() {
                (*next).prevpool = prev;
            }
        }
    }

    /// Puts `pool` first on its class's `usedpools` list, so its free block is used next.
    ///
    /// # Safety
    /// `pool` has a valid header with a free block and is in no list.
    unsafe fn insert_used_pool(&mut self, pool: *mut PoolHeader) {
        // SAFETY: `pool` and the current list head (if any) have valid headers.
        unsafe {
            let index = (*pool).szidx as usize;
            let head = self.usedpools[index];
            (*pool).prevpool = ptr::null_mut();
            (*pool).nextpool = head;
            if !head.is_null() {
                (*head).prevpool = pool;
            }
            self.usedpools[index] = pool;
        }
    }

    /// No pool of class `index` has a free block: take an empty pool from the fullest usable
    /// arena (getting a new arena if none has one) and serve the first block from it.
    #[cold]
    fn allocate_from_new_pool(&mut self, index: usize) -> Option<NonNull<u8>> {
        if self.usable_arenas == NO_ARENA {
            let new = self.new_arena()?;
            let arena = &mut self.arenas[new as usize];
            arena.nextarena = NO_ARENA;
            arena.prevarena = NO_ARENA;
            debug_assert_eq!(self.nfp2lasta[arena.nfreepools as usize], NO_ARENA);
            self.nfp2lasta[arena.nfreepools as usize] = new;
            self.usable_arenas = new;
        }
        let ai = self.usable_arenas;
        let arena = &mut self.arenas[ai as usize];
        let nf = arena.nfreepools as usize;
        debug_assert!(nf > 0);
        // The head already has the fewest free pools; one fewer keeps it first, but the
        // last-arena-with-n markers move.
        if self.nfp2lasta[nf] == ai {
            self.nfp2lasta[nf] = NO_ARENA;
        }
        if nf > 1 {
            debug_assert_eq!(self.nfp2lasta[nf - 1], NO_ARENA);
            self.nfp2lasta[nf - 1] = ai;
        }
        let pool: *mut PoolHeader;
        if !arena.freepools.is_null() {
            pool = arena.freepools;
            // SAFETY: pools on an arena's free list have valid headers.
            arena.freepools = unsafe { (*pool).nextpool };
        } else {
            debug_assert!(arena.pool_address + POOL_SIZE <= arena.address + ARENA_SIZE);
            pool = arena.pool_address as *mut PoolHeader;
            arena.pool_address += POOL_SIZE;
            // SAFETY: the uncarved pool lies inside this arena's mapped, writable memory.
            unsafe {
                (*pool).arenaindex = ai;
                (*pool).szidx = DUMMY_SIZE_IDX;
            }
        }
        arena.nfreepools -= 1;
        if arena.nfreepools == 0 {
            // Wholly allocated: it leaves the usable list.
            let next = arena.nextarena;
            self.usable_arenas = next;
            if next != NO_ARENA {
                self.arenas[next as usize].prevarena = NO_ARENA;
            }
        }

        // SAFETY: `pool` is an empty pool of a live arena, in no list; its header is ours.
        unsafe {
            (*pool).count = 1;
            let block;
            if (*pool).szidx as usize == index {
                // It last served this class: its free list is still intact.
                block = (*pool).freeblock;
                debug_assert!(!block.is_null());
                (*pool).freeblock = block.cast::<*mut u8>().read();
            } else {
                let size = class_size(index);
                (*pool).szidx = index as u32;
                block = pool.cast::<u8>().add(POOL_OVERHEAD);
                (*pool).nextoffset = (POOL_OVERHEAD + 2 * size) as u32;
                (*pool).maxnextoffset = (POOL_SIZE - size) as u32;
                let second = block.add(size);
                second.cast::<*mut u8>().write(ptr::null_mut());
                (*pool).freeblock = second;
            }
            // A pool that went empty had at least two blocks carved (a new pool starts with
            // two), all of them on its free list, so one is left after taking this one.
            debug_assert!(!(*pool).freeblock.is_null());
            self.insert_used_pool(pool);
            Some(NonNull::new_unchecked(block))
        }
    }

    /// Gets a new arena from the system and a slot for it. Returns the slot's index, or None if
    /// the system refuses memory.
    #[cold]
    fn new_arena(&mut self) -> Option<u32> {
        if let Some(hook) = self.new_arena_hook {
            hook(&self.stats().debug_text());
        }
        if self.unused_arena_objects == NO_ARENA {
            if self.arenas.len() >= NO_ARENA as usize {
                return None;
            }
            self.arenas.try_reserve(1).ok()?;
            self.arenas.push(ArenaObject {
                address: 0,
                pool_address: 0,
                nfreepools: 0,
                ntotalpools: 0,
                freepools: ptr::null_mut(),
                nextarena: NO_ARENA,
                prevarena: NO_ARENA,
            });
            self.unused_arena_objects = (self.arenas.len() - 1) as u32;
        }
        let ai = self.unused_arena_objects;
        let address = arena_memory::map_arena()?;
        let arena = &mut self.arenas[ai as usize];
        debug_assert_eq!(arena.address, 0);
        self.unused_arena_objects = arena.nextarena;
        arena.address = address;
        arena.freepools = ptr::null_mut();
        arena.pool_address = address;
        arena.nfreepools = MAX_POOLS_IN_ARENA as u32;
        let excess = address & POOL_SIZE_MASK;
        if excess != 0 {
            // Pools must be aligned: lose the partial pool at the start.
            arena.nfreepools -= 1;
            arena.pool_address += POOL_SIZE - excess;
        }
        arena.ntotalpools = arena.nfreepools;
        self.narenas_currently_allocated += 1;
        self.ntimes_arena_allocated += 1;
        self.narenas_highwater = self.narenas_highwater.max(self.narenas_currently_allocated);
        Some(ai)
    }

    /// `pool` just became empty: move it from its class's list to its arena's free pools, then
    /// keep `usable_arenas` sorted, returning the arena to the system if it is wholly free.
    ///
    /// # Safety
    /// `pool` is on `usedpools[pool.szidx]` and has no block in use.
    #[cold]
    unsafe fn insert_to_freepool(&mut self, pool: *mut PoolHeader) {
        // SAFETY: forwarded contract.
        unsafe { self.unlink_used_pool(pool) };
        // SAFETY: `pool` has a valid header.
        let ai = unsafe { (*pool).arenaindex };
        let arena = &mut self.arenas[ai as usize];
        // SAFETY: as above; the arena's free list is singly linked through `nextpool`.
        unsafe { (*pool).nextpool = arena.freepools };
        arena.freepools = pool;
        let old_nf = arena.nfreepools as usize;
        let prev = arena.prevarena;
        arena.nfreepools += 1;
        let nf = old_nf + 1;
        let ntotal = arena.ntotalpools as usize;
        let next = arena.nextarena;

        // If this arena was the last with `old_nf` free pools, that marker moves to its left
        // neighbour (if that one has the same count) or goes away.
        let lastnf = self.nfp2lasta[old_nf];
        if lastnf == ai {
            self.nfp2lasta[old_nf] =
                if prev != NO_ARENA && self.arenas[prev as usize].nfreepools as usize == old_nf {
                    prev
                } else {
                    NO_ARENA
                };
        }

        if nf == ntotal && next != NO_ARENA {
            // Wholly free and not the last usable arena: give it back. (The last one is kept, as
            // CPython does since bpo-37257, so a loop that allocates and frees one object does
            // not map and unmap an arena each time.)
            self.unlink_usable_arena(ai);
            let arena = &mut self.arenas[ai as usize];
            arena_memory::unmap_arena(arena.address);
            arena.address = 0;
            arena.freepools = ptr::null_mut();
            arena.nextarena = self.unused_arena_objects;
            self.unused_arena_objects = ai;
            self.narenas_currently_allocated -= 1;
            return;
        }

        if nf == 1 {
            // It was full, so in no list; with one free pool it belongs at the head.
            let head = self.usable_arenas;
            let arena = &mut self.arenas[ai as usize];
            arena.nextarena = head;
            arena.prevarena = NO_ARENA;
            if head != NO_ARENA {
                self.arenas[head as usize].prevarena = ai;
            }
            self.usable_arenas = ai;
            if self.nfp2lasta[1] == NO_ARENA {
                self.nfp2lasta[1] = ai;
            }
            return;
        }

        if self.nfp2lasta[nf] == NO_ARENA {
            self.nfp2lasta[nf] = ai;
        }
        if lastnf == ai {
            // It was the rightmost with `old_nf`, so everything after it has at least `nf`.
            return;
        }
        // Slide it right, to just after the last arena that had `old_nf` free pools.
        self.unlink_usable_arena(ai);
        let after = self.arenas[lastnf as usize].nextarena;
        let arena = &mut self.arenas[ai as usize];
        arena.prevarena = lastnf;
        arena.nextarena = after;
        if after != NO_ARENA {
            self.arenas[after as usize].prevarena = ai;
        }
        self.arenas[lastnf as usize].nextarena = ai;
    }

    /// Takes arena `ai` out of the `usable_arenas` list.
    fn unlink_usable_arena(&mut self, ai: u32) {
        let (prev, next) = {
            let arena = &self.arenas[ai as usize];
            (arena.prevarena, arena.nextarena)
        };
        if prev == NO_ARENA {
            self.usable_arenas = next;
        } else {
            self.arenas[prev as usize].nextarena = next;
        }
        if next != NO_ARENA {
            self.arenas[next as usize].prevarena = prev;
        }
    }

    /// Counts everything by walking every arena and pool, as CPython's
    /// `_PyObject_DebugMallocStats` does (full pools are in no list, so the walk is the only way
    /// to see them). Cost: one header read per pool.
    pub fn stats(&self) -> MallocStats {
        let mut stats = MallocStats {
            arenas_allocated_total: self.ntimes_arena_allocated,
            arenas_reclaimed: self.ntimes_arena_allocated - self.narenas_currently_allocated,
            arenas_highwater: self.narenas_highwater,
            large_allocations: self.large_allocations,
            large_bytes: self.large_bytes,
            ..MallocStats::default()
        };
        for (index, class) in stats.classes.iter_mut().enumerate() {
            class.size = class_size(index);
        }
        for arena in self.arenas.iter().filter(|a| a.address != 0) {
            stats.arenas_allocated_current += 1;
            stats.unused_pools += arena.nfreepools as usize;
            let mut base = arena.address;
            if base & POOL_SIZE_MASK != 0 {
                stats.arena_alignment_bytes += POOL_SIZE;
                base = (base & !POOL_SIZE_MASK) + POOL_SIZE;
            }
            while base < arena.pool_address {
                // SAFETY: every pool below `pool_address` has been carved, so its header is set.
                let (count, szidx) = unsafe {
                    let pool = base as *const PoolHeader;
                    ((*pool).count as usize, (*pool).szidx as usize)
                };
                base += POOL_SIZE;
                if count == 0 {
                    continue;
                }
                let class = &mut stats.classes[szidx];
                class.pools += 1;
                class.blocks_in_use += count;
                class.free_blocks += blocks_per_pool(szidx) - count;
            }
        }
        for class in &stats.classes {
            stats.allocated_bytes += class.blocks_in_use * class.size;
            stats.available_bytes += class.free_blocks * class.size;
            stats.pool_header_bytes += class.pools * POOL_OVERHEAD;
            stats.quantization_bytes += class.pools * ((POOL_SIZE - POOL_OVERHEAD) % class.size);
        }
        stats
    }

    /// CPython's `_PyObject_DebugMallocStats` text for this allocator.
    pub fn debug_malloc_stats(&self) -> String {
        self.stats().debug_text()
    }
}

impl Drop for Obmalloc {
    /// Returns every arena to the system; blocks still handed out become invalid.
    fn drop(&mut self) {
        for arena in self.arenas.iter_mut().filter(|a| a.address != 0) {
            arena_memory::unmap_arena(arena.address);
            arena.address = 0;
        }
    }
}
