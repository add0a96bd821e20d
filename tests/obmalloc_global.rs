//! The process-wide allocator entry points (`memory::obmalloc::alloc`/`free`, the statistics and
//! the PYTHONMALLOCSTATS switch). This file is its own test process and holds a single test, so
//! nothing else touches the global allocator while it runs.

use vivarium::memory::obmalloc;

#[test]
fn global_entry_points_route_by_size_and_report() {
    let start = obmalloc::global_stats();

    // SAFETY: this is the only thread using the global allocator in this process.
    let small = unsafe { obmalloc::alloc(24) };
    // SAFETY: as above.
    let large = unsafe { obmalloc::alloc(4096) };
    assert!(!small.is_null() && !large.is_null());
    assert_eq!(small as usize % 16, 0);
    assert_eq!(large as usize % 16, 0);
    // SAFETY: both blocks have at least that many writable bytes.
    unsafe {
        small.write_bytes(0xab, 24);
        large.write_bytes(0xcd, 4096);
    }

    let during = obmalloc::global_stats();
    assert_eq!(during.classes[1].blocks_in_use, start.classes[1].blocks_in_use + 1);
    assert_eq!(during.large_allocations, start.large_allocations + 1);
    assert_eq!(during.large_bytes, start.large_bytes + 4096);
    assert_eq!(during.live_blocks(), start.live_blocks() + 2);
    assert!(during.arenas_allocated_current >= 1);

    let text = obmalloc::debug_malloc_stats();
    assert!(text.starts_with("Small block threshold = 512, in 32 size classes.\n\n"));
    assert!(text.contains("\n    1     32           1"));

    // SAFETY: each block came from `alloc` with this size and is freed once; null is ignored.
    unsafe {
        obmalloc::free(small, 24);
        obmalloc::free(large, 4096);
        obmalloc::free(std::ptr::null_mut(), 24);
    }
    let end = obmalloc::global_stats();
    assert_eq!(end.live_blocks(), start.live_blocks());
    assert_eq!(end.large_bytes, start.large_bytes);

    assert!(!obmalloc::print_on_new_arena());
    obmalloc::set_print_on_new_arena(true);
    assert!(obmalloc::print_on_new_arena());
    obmalloc::set_print_on_new_arena(false);
    assert!(!obmalloc::print_on_new_arena());
}
