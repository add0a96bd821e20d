//! Unit tests of the allocator, each on a private `Obmalloc` so they run in parallel.

use std::cell::RefCell;
use std::ptr::NonNull;

use super::*;

/// Checks every structural invariant: used-pool lists, arena free-pool counts, the ordering of
/// `usable_arenas` and the `nfp2lasta` markers.
fn check_invariants(o: &Obmalloc) {
    // Used pools: linked both ways, right class, at least one block in use and one available.
    for (index, &head) in o.usedpools.iter().enumerate() {
        let mut prev: *mut PoolHeader = std::ptr::null_mut();
        let mut pool = head;
        while !pool.is_null() {
            // SAFETY: pools on the used lists have valid headers.
            unsafe {
                assert_eq!((*pool).prevpool, prev, "class {index}: broken back link");
                assert_eq!((*pool).szidx as usize, index);
                assert!((*pool).count > 0 && ((*pool).count as usize) < blocks_per_pool(index));
                assert!(!(*pool).freeblock.is_null());
                prev = pool;
                pool = (*pool).nextpool;
            }
        }
    }
    // Arenas: free pools = listed empty pools + uncarved ones.
    for arena in o.arenas.iter().filter(|a| a.address != 0) {
        let mut listed = 0;
        let mut pool = arena.freepools;
        while !pool.is_null() {
            // SAFETY: pools on an arena's free list have valid headers.
            unsafe {
                assert_eq!((*pool).count, 0);
                listed += 1;
                pool = (*pool).nextpool;
            }
        }
        let uncarved = (arena.address + ARENA_SIZE - arena.pool_address) / POOL_SIZE;
        assert_eq!(listed + uncarved, arena.nfreepools as usize);
    }
    // usable_arenas: exactly the arenas with a free pool, sorted, nfp2lasta marking the last of
    // each count.
    let mut seen = Vec::new();
    let mut prev = NO_ARENA;
    let mut ai = o.usable_arenas;
    while ai != NO_ARENA {
        let arena = &o.arenas[ai as usize];
        assert_ne!(arena.address, 0);
        assert_eq!(arena.prevarena, prev);
        assert!(arena.nfreepools > 0);
        let nf = arena.nfreepools as usize;
        let next = arena.nextarena;
        if next != NO_ARENA {
            assert!(nf <= o.arenas[next as usize].nfreepools as usize, "usable_arenas not sorted");
        }
        let is_last_of_count = next == NO_ARENA || o.arenas[next as usize].nfreepools as usize != nf;
        assert_eq!(o.nfp2lasta[nf] == ai, is_last_of_count, "nfp2lasta[{nf}] wrong");
        seen.push(ai);
        prev = ai;
        ai = next;
    }
    for n in 0..=MAX_POOLS_IN_ARENA {
        let marked = o.nfp2lasta[n];
        if marked != NO_ARENA {
            assert!(seen.contains(&marked), "nfp2lasta[{n}] points outside usable_arenas");
        }
    }
    for (i, arena) in o.arenas.iter().enumerate() {
        let listed = seen.contains(&(i as u32));
        assert_eq!(listed, arena.address != 0 && arena.nfreepools > 0, "arena {i} listing");
    }
    // Statistics add up.
    let stats = o.stats();
    assert_eq!(stats.total_bytes(), stats.arena_bytes());
    for (index, class) in stats.classes.iter().enumerate() {
        assert_eq!(class.blocks_in_use + class.free_blocks, class.pools * blocks_per_pool(index));
    }
}

fn pool_of(block: NonNull<u8>) -> usize {
    block.as_ptr() as usize & !POOL_SIZE_MASK
}

/// Index of the arena holding `block`.
fn arena_of(o: &Obmalloc, block: NonNull<u8>) -> usize {
    let address = block.as_ptr() as usize;
    o.arenas
        .iter()
        .position(|a| a.address != 0 && (a.address..a.address + ARENA_SIZE).contains(&address))
        .expect("block outside every arena")
}

/// A small deterministic generator, so failures reproduce.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn geometry_is_cpython_314_64_bit() {
    assert_eq!(ARENA_SIZE, 1_048_576);
    assert_eq!(POOL_SIZE, 16_384);
    assert_eq!(POOL_OVERHEAD, 48);
    assert_eq!(NB_SMALL_SIZE_CLASSES, 32);
    assert_eq!(blocks_per_pool(0), 1021);
    assert_eq!(blocks_per_pool(1), 510);
    assert_eq!(blocks_per_pool(31), 31);
}

#[test]
fn sizes_map_to_classes_16_bytes_apart() {
    assert_eq!(size_class_index(0), 0);
    assert_eq!(size_class_index(1), 0);
    assert_eq!(size_class_index(16), 0);
    assert_eq!(size_class_index(17), 1);
    assert_eq!(size_class_index(32), 1);
    assert_eq!(size_class_index(33), 2);
    assert_eq!(size_class_index(512), 31);
    for index in 0..NB_SMALL_SIZE_CLASSES {
        assert_eq!(size_class_index(class_size(index)), index);
    }
}

#[test]
fn every_size_gets_aligned_disjoint_blocks() {
    let mut o = Obmalloc::new();
    let mut blocks = Vec::new();
    for size in 1..=SMALL_REQUEST_THRESHOLD {
        for copy in 0..3 {
            let block = o.alloc_small(size).expect("memory");
            assert_eq!(block.as_ptr() as usize % ALIGNMENT, 0, "size {size} misaligned");
            let offset = block.as_ptr() as usize - pool_of(block);
            assert!(offset >= POOL_OVERHEAD && offset + class_size(size_class_index(size)) <= POOL_SIZE);
            let tag = (size * 3 + copy) as u8;
            // SAFETY: the block has at least `size` writable bytes.
            unsafe { std::ptr::write_bytes(block.as_ptr(), tag, size) };
            blocks.push((block, size, tag));
        }
    }
    check_invariants(&o);
    assert_eq!(o.stats().live_blocks(), blocks.len());
    for &(block, size, tag) in &blocks {
        // SAFETY: the block is live and was filled above.
        let bytes = unsafe { std::slice::from_raw_parts(block.as_ptr(), size) };
        assert!(bytes.iter().all(|&b| b == tag), "block of size {size} overwritten");
    }
    for (block, size, _) in blocks {
        // SAFETY: allocated above with this size, freed once.
        unsafe { o.free_small(block, size) };
    }
    check_invariants(&o);
    assert_eq!(o.stats().live_blocks(), 0);
}

#[test]
fn zero_bytes_are_served_as_the_smallest_class() {
    let mut o = Obmalloc::new();
    let block = o.alloc_small(0).expect("memory");
    assert_eq!(o.stats().classes[0].blocks_in_use, 1);
    // SAFETY: allocated above with this size.
    unsafe { o.free_small(block, 0) };
    assert_eq!(o.stats().live_blocks(), 0);
    assert!(o.alloc_small(SMALL_REQUEST_THRESHOLD + 1).is_none());
}

#[test]
fn a_pool_fills_exactly_then_a_second_one_starts() {
    let mut o = Obmalloc::new();
    let per_pool = blocks_per_pool(0);
    let first: Vec<_> = (0..per_pool).map(|_| o.alloc_small(16).expect("memory")).collect();
    let pool = pool_of(first[0]);
    assert!(first.iter().all(|&b| pool_of(b) == pool));
    // Blocks are carved in address order from just after the header.
    for (i, b) in first.iter().enumerate() {
        assert_eq!(b.as_ptr() as usize, pool + POOL_OVERHEAD + i * 16);
    }
    let stats = o.stats();
    assert_eq!(
        stats.classes[0],
        SizeClassStats { size: 16, pools: 1, blocks_in_use: per_pool, free_blocks: 0 }
    );
    assert!(o.usedpools[0].is_null(), "a full pool is in no list");
    let extra = o.alloc_small(10).expect("memory");
    assert_ne!(pool_of(extra), pool);
    let stats = o.stats();
    assert_eq!(stats.classes[0].pools, 2);
    assert_eq!(stats.classes[0].free_blocks, per_pool - 1);
    check_invariants(&o);
    // Freeing a block of the full pool puts that pool first in line.
    // SAFETY: allocated above with this size.
    unsafe { o.free_small(first[7], 16) };
    assert_eq!(o.alloc_small(16), Some(first[7]));
    check_invariants(&o);
}

#[test]
fn freed_blocks_are_reused_last_in_first_out() {
    let mut o = Obmalloc::new();
    let a = o.alloc_small(40).expect("memory");
    let b = o.alloc_small(40).expect("memory");
    let c = o.alloc_small(40).expect("memory");
    // SAFETY (all frees below): each block came from alloc_small(40) and is freed once.
    unsafe {
        o.free_small(a, 40);
        o.free_small(c, 40);
    }
    assert_eq!(o.alloc_small(33), Some(c));
    assert_eq!(o.alloc_small(48), Some(a));
    let d = o.alloc_small(40).expect("memory");
    assert!(d != a && d != b && d != c);
    unsafe {
        o.free_small(a, 40);
        o.free_small(b, 40);
        o.free_small(c, 40);
        o.free_small(d, 40);
    }
    check_invariants(&o);
}

#[test]
fn an_empty_pool_returns_to_its_arena() {
    let mut o = Obmalloc::new();
    let a = o.alloc_small(64).expect("memory");
    let b = o.alloc_small(64).expect("memory");
    let stats = o.stats();
    assert_eq!(stats.classes[3].pools, 1);
    assert_eq!(stats.unused_pools, MAX_POOLS_IN_ARENA - 1);
    // SAFETY: allocated above with this size, freed once.
    unsafe {
        o.free_small(a, 64);
        o.free_small(b, 64);
    }
    let stats = o.stats();
    assert_eq!(stats.classes[3].pools, 0);
    assert_eq!(stats.unused_pools, MAX_POOLS_IN_ARENA);
    assert!(o.usedpools[3].is_null());
    assert_eq!(stats.arenas_allocated_current, 1, "the only arena is kept");
    check_invariants(&o);
    // The emptied pool is the first free pool: another class takes it over.
    let c = o.alloc_small(200).expect("memory");
    assert_eq!(pool_of(c), pool_of(a));
    assert_eq!(c.as_ptr() as usize, pool_of(a) + POOL_OVERHEAD);
    // SAFETY: allocated above with this size.
    unsafe { o.free_small(c, 200) };
    check_invariants(&o);
}

#[test]
fn a_pool_reused_for_the_same_class_keeps_its_free_list() {
    let mut o = Obmalloc::new();
    let blocks: Vec<_> = (0..5).map(|_| o.alloc_small(100).expect("memory")).collect();
    for &b in &blocks {
        // SAFETY: allocated above with this size, freed once.
        unsafe { o.free_small(b, 100) };
    }
    assert_eq!(o.stats().classes[6].pools, 0);
    // The pool comes back for the same class: the last block freed is served first.
    assert_eq!(o.alloc_small(100), Some(blocks[4]));
    assert_eq!(o.alloc_small(100), Some(blocks[3]));
    check_invariants(&o);
}

/// Fills `arenas` whole arenas with 512-byte blocks, returning them pool by pool.
fn fill_arenas(o: &mut Obmalloc, arenas: usize) -> Vec<Vec<NonNull<u8>>> {
    let per_pool = blocks_per_pool(31);
    (0..arenas * MAX_POOLS_IN_ARENA)
        .map(|_| (0..per_pool).map(|_| o.alloc_small(512).expect("memory")).collect())
        .collect()
}

fn free_pool(o: &mut Obmalloc, pool: &[NonNull<u8>]) {
    for &b in pool {
        // SAFETY: every block of a filled pool came from alloc_small(512) and is freed once here.
        unsafe { o.free_small(b, 512) };
    }
}

#[test]
fn filling_an_arena_moves_on_to_a_second() {
    let mut o = Obmalloc::new();
    let pools = fill_arenas(&mut o, 1);
    let stats = o.stats();
    assert_eq!(stats.arenas_allocated_current, 1);
    assert_eq!(stats.unused_pools, 0);
    assert_eq!(o.usable_arenas, NO_ARENA, "a full arena is not usable");
    assert!(pools.iter().all(|p| arena_of(&o, p[0]) == arena_of(&o, pools[0][0])));
    let next = o.alloc_small(512).expect("memory");
    let stats = o.stats();
    assert_eq!(stats.arenas_allocated_current, 2);
    assert_eq!(stats.arenas_allocated_total, 2);
    assert_eq!(stats.arenas_highwater, 2);
    assert_ne!(arena_of(&o, next), arena_of(&o, pools[0][0]));
    check_invariants(&o);
}

#[test]
fn wholly_free_arenas_are_returned_to_the_system_but_the_last_is_kept() {
    let mut o = Obmalloc::new();
    let pools = fill_arenas(&mut o, 3);
    assert_eq!(o.stats().arenas_allocated_current, 3);
    for (i, pool) in pools.iter().enumerate() {
        free_pool(&mut o, pool);
        if i % 17 == 0 {
            check_invariants(&o);
        }
    }
    check_invariants(&o);
    let stats = o.stats();
    assert_eq!(stats.arenas_allocated_total, 3);
    assert_eq!(stats.arenas_reclaimed, 2);
    assert_eq!(stats.arenas_allocated_current, 1);
    assert_eq!(stats.arenas_highwater, 3);
    assert_eq!(stats.live_blocks(), 0);
    assert_eq!(o.arenas.iter().filter(|a| a.address == 0).count(), 2);
    // Reuse: the kept arena serves the next request; a fourth arena reuses a freed slot.
    let again = fill_arenas(&mut o, 2);
    let stats = o.stats();
    assert_eq!(stats.arenas_allocated_total, 4);
    assert_eq!(stats.arenas_allocated_current, 2);
    assert_eq!(o.arenas.len(), 3, "arena slots are reused");
    for pool in &again {
        free_pool(&mut o, pool);
    }
    check_invariants(&o);
    assert_eq!(o.stats().arenas_allocated_current, 1);
}

#[test]
fn a_single_object_loop_does_not_thrash_arenas() {
    let mut o = Obmalloc::new();
    for _ in 0..1000 {
        let b = o.alloc_small(24).expect("memory");
        // SAFETY: allocated just above with this size.
        unsafe { o.free_small(b, 24) };
    }
    let stats = o.stats();
    assert_eq!(stats.arenas_allocated_total, 1);
    assert_eq!(stats.arenas_reclaimed, 0);
}

#[test]
fn new_pools_come_from_the_arena_with_fewest_free_pools() {
    let mut o = Obmalloc::new();
    // Arena A: full of 512-byte blocks.
    let a_pools = fill_arenas(&mut o, 1);
    let arena_a = arena_of(&o, a_pools[0][0]);
    // Arena B: three pools in use (classes 0, 1, 2), so 61 free.
    let b_blocks: Vec<_> = [16, 32, 48].iter().map(|&s| o.alloc_small(s).expect("memory")).collect();
    let arena_b = arena_of(&o, b_blocks[0]);
    assert_ne!(arena_a, arena_b);
    // Empty two pools of A: A has 2 free pools, B 61; A is fuller, so A serves the next pool.
    free_pool(&mut o, &a_pools[10]);
    free_pool(&mut o, &a_pools[20]);
    check_invariants(&o);
    assert_eq!(o.usable_arenas, arena_a as u32);
    let from_a = o.alloc_small(80).expect("memory");
    assert_eq!(arena_of(&o, from_a), arena_a);
    assert_eq!(pool_of(from_a), pool_of(a_pools[20][0]), "the pool freed last is reused first");
    check_invariants(&o);
    // Empty 62 more pools of A: now A has 63 free, B 61; B is fuller and serves the next pool.
    for pool in a_pools.iter().enumerate().filter(|(i, _)| *i != 10 && *i != 20).map(|(_, p)| p).take(62) {
        free_pool(&mut o, pool);
    }
    check_invariants(&o);
    assert_eq!(o.arenas[arena_a].nfreepools, 63);
    assert_eq!(o.usable_arenas, arena_b as u32);
    let from_b = o.alloc_small(96).expect("memory");
    assert_eq!(arena_of(&o, from_b), arena_b);
    check_invariants(&o);
}

#[test]
fn random_workload_keeps_every_invariant_and_every_byte() {
    let mut o = Obmalloc::new();
    let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
    let mut live: Vec<(NonNull<u8>, usize, u8)> = Vec::new();
    for step in 0..200_000 {
        // Grow for a while, then shrink, so pools and arenas both fill and drain.
        let grow = (step / 50_000) % 2 == 0;
        if live.is_empty() || rng.below(100) < if grow { 60 } else { 35 } {
            let size = 1 + rng.below(SMALL_REQUEST_THRESHOLD + 200);
            let block = o.alloc(size).expect("memory");
            assert_eq!(block.as_ptr() as usize % ALIGNMENT, 0);
            let tag = rng.next() as u8;
            // SAFETY: the block has `size` writable bytes.
            unsafe { std::ptr::write_bytes(block.as_ptr(), tag, size) };
            live.push((block, size, tag));
        } else {
            let (block, size, tag) = live.swap_remove(rng.below(live.len()));
            // SAFETY: the block is live with `size` bytes written above.
            let bytes = unsafe { std::slice::from_raw_parts(block.as_ptr(), size) };
            assert!(bytes.iter().all(|&b| b == tag), "step {step}: block overwritten");
            // SAFETY: allocated with this size and freed once.
            unsafe { o.free(block, size) };
        }
        if step % 20_000 == 0 {
            check_invariants(&o);
            assert_eq!(o.stats().live_blocks(), live.len());
        }
    }
    let large = live.iter().filter(|l| l.1 > SMALL_REQUEST_THRESHOLD);
    assert_eq!(o.stats().large_bytes, large.map(|l| l.1).sum::<usize>());
    for (block, size, _) in live.drain(..) {
        // SAFETY: allocated with this size and freed once.
        unsafe { o.free(block, size) };
    }
    check_invariants(&o);
    let stats = o.stats();
    assert_eq!(stats.live_blocks(), 0);
    assert_eq!(stats.large_bytes, 0);
    assert_eq!(stats.arenas_allocated_current, 1);
}

#[test]
fn large_requests_go_to_the_global_allocator_and_are_counted() {
    let mut o = Obmalloc::new();
    let small = o.alloc(512).expect("memory");
    let large = o.alloc(513).expect("memory");
    let big = o.alloc(100_000).expect("memory");
    assert_eq!(large.as_ptr() as usize % ALIGNMENT, 0);
    assert_eq!(big.as_ptr() as usize % ALIGNMENT, 0);
    let stats = o.stats();
    assert_eq!(stats.classes[31].blocks_in_use, 1);
    assert_eq!(stats.large_allocations, 2);
    assert_eq!(stats.large_bytes, 100_513);
    assert_eq!(stats.live_blocks(), 3);
    // SAFETY: each freed once with its size.
    unsafe {
        o.free(large, 513);
        o.free(big, 100_000);
        o.free(small, 512);
    }
    let stats = o.stats();
    assert_eq!((stats.large_allocations, stats.large_bytes, stats.live_blocks()), (0, 0, 0));
    assert!(o.alloc(usize::MAX).is_none(), "an impossible size is refused, not a panic");
}

#[test]
fn stats_text_of_an_empty_allocator() {
    let o = Obmalloc::new();
    let expected = "\
Small block threshold = 512, in 32 size classes.

class   size   num pools   blocks in use  avail blocks
-----   ----   ---------   -------------  ------------

# arenas allocated total           =                    0
# arenas reclaimed                 =                    0
# arenas highwater mark            =                    0
# arenas allocated current         =                    0
0 arenas * 1048576 bytes/arena     =                    0

# bytes in allocated blocks        =                    0
# bytes in available blocks        =                    0
0 unused pools * 16384 bytes       =                    0
# bytes lost to pool headers       =                    0
# bytes lost to quantization       =                    0
# bytes lost to arena alignment    =                    0
Total                              =                    0

arena map counts
# arena map mid nodes              =                    0
# arena map bot nodes              =                    0

# bytes lost to arena map root     =                    0
# bytes lost to arena map mid      =                    0
# bytes lost to arena map bot      =                    0
Total                              =                    0
";
    assert_eq!(o.debug_malloc_stats(), expected);
}

#[test]
fn stats_text_matches_cpython_rows_for_the_same_counts() {
    // The first two rows of the seed article's PYTHONMALLOCSTATS dump: 21 blocks of 16 bytes
    // and 364 of 32 bytes in one pool each.
    let mut o = Obmalloc::new();
    let mut blocks = Vec::new();
    blocks.extend((0..21).map(|_| (o.alloc_small(16).expect("memory"), 16)));
    blocks.extend((0..364).map(|_| (o.alloc_small(32).expect("memory"), 32)));
    let text = o.debug_malloc_stats();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "Small block threshold = 512, in 32 size classes.");
    assert_eq!(lines[1], "");
    assert_eq!(lines[2], "class   size   num pools   blocks in use  avail blocks");
    assert_eq!(lines[3], "-----   ----   ---------   -------------  ------------");
    assert_eq!(lines[4], "    0     16           1              21          1000");
    assert_eq!(lines[5], "    1     32           1             364           146");
    assert_eq!(lines[6], "", "classes without pools are left out");
    assert_eq!(lines[7], "# arenas allocated total           =                    1");
    assert_eq!(lines[10], "# arenas allocated current         =                    1");
    assert_eq!(lines[11], "1 arenas * 1048576 bytes/arena     =            1,048,576");
    assert_eq!(lines[13], "# bytes in allocated blocks        =               11,984");
    assert_eq!(lines[14], "# bytes in available blocks        =               20,672");
    assert_eq!(lines[15], "62 unused pools * 16384 bytes      =            1,015,808");
    assert_eq!(lines[16], "# bytes lost to pool headers       =                   96");
    assert_eq!(lines[17], "# bytes lost to quantization       =                   16");
    assert_eq!(lines[18], "# bytes lost to arena alignment    =                    0");
    assert_eq!(lines[19], "Total                              =            1,048,576");
    assert_eq!(lines[21], "arena map counts");
    assert_eq!(lines.len(), 29);
    for line in &lines[7..] {
        assert!(line.is_empty() || line == &"arena map counts" || line.len() == 57, "{line:?}");
    }
    for (block, size) in blocks {
        // SAFETY: allocated above with this size.
        unsafe { o.free_small(block, size) };
    }
}

thread_local! {
    static REPORTS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

fn record_report(text: &str) {
    REPORTS.with(|r| r.borrow_mut().push(text.to_owned()));
}

#[test]
fn the_new_arena_hook_reports_before_each_new_arena() {
    let mut o = Obmalloc::new();
    o.set_new_arena_hook(Some(record_report));
    assert!(o.new_arena_hook().is_some());
    let first = o.alloc_small(1).expect("memory");
    let pools = fill_arenas(&mut o, 1);
    let reports = REPORTS.with(|r| r.take());
    assert_eq!(reports.len(), 2);
    assert!(reports[0].contains("# arenas allocated current         =                    0\n"));
    assert!(reports[1].contains("# arenas allocated current         =                    1\n"));
    assert!(reports[1].contains("\n    0     16           1               1          1020\n"));
    o.set_new_arena_hook(None);
    for pool in &pools {
        free_pool(&mut o, pool);
    }
    // SAFETY: allocated above with this size.
    unsafe { o.free_small(first, 1) };
    assert!(REPORTS.with(|r| r.borrow().is_empty()));
}

/// Times the fast path: `cargo test --release -- --ignored --nocapture alloc_free_speed`.
#[test]
#[ignore]
fn alloc_free_speed() {
    let mut o = Obmalloc::new();
    let rounds = 20_000_000;

    // One block taken and given back: the pure fast path of both calls. (A block held in each
    // class keeps its pool from going empty; otherwise every free would return the pool to
    // its arena and every allocation take it back — pymalloc's slow paths, as in CPython.)
    let anchors: Vec<_> = (1..=8).map(|k| (o.alloc_small(k * 16).expect("memory"), k * 16)).collect();
    let start = std::time::Instant::now();
    for i in 0..rounds {
        let size = std::hint::black_box(16 + (i & 7) * 16);
        let block = o.alloc_small(size).expect("memory");
        // SAFETY: allocated just above with this size.
        unsafe { o.free_small(std::hint::black_box(block), size) };
    }
    let one = start.elapsed().as_nanos() as f64 / rounds as f64;

    // Batches of 64 live blocks across eight classes, freed in allocation order.
    let mut keep = [(NonNull::dangling(), 0usize); 64];
    let start = std::time::Instant::now();
    for round in 0..rounds / 64 {
        for (i, slot) in keep.iter_mut().enumerate() {
            let size = std::hint::black_box(16 + ((i + round) & 7) * 16);
            *slot = (o.alloc_small(size).expect("memory"), size);
        }
        for &(block, size) in &keep {
            // SAFETY: allocated just above with this size.
            unsafe { o.free_small(block, size) };
        }
    }
    let batch = start.elapsed().as_nanos() as f64 / (rounds / 64 * 64) as f64;
    for (block, size) in anchors {
        // SAFETY: allocated above with this size.
        unsafe { o.free_small(block, size) };
    }
    println!("alloc + free: {one:.2} ns per pair one at a time, {batch:.2} ns in batches of 64");
    assert_eq!(o.stats().live_blocks(), 0);
}

#[test]
fn an_allocator_can_move_to_another_thread() {
    let mut o = Obmalloc::new();
    let block = o.alloc_small(32).expect("memory");
    let address = block.as_ptr() as usize;
    let o = std::thread::spawn(move || {
        let mut o = o;
        // SAFETY: `address` is the live 32-byte block allocated above by this same instance.
        unsafe { o.free_small(NonNull::new(address as *mut u8).expect("non-null"), 32) };
        o
    })
    .join()
    .expect("thread");
    assert_eq!(o.stats().live_blocks(), 0);
}
