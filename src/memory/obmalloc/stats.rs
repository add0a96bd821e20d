//! The allocator's counters as plain data, and their rendering in the layout of CPython 3.14's
//! `_PyObject_DebugMallocStats` — what `sys._debugmallocstats()` and `PYTHONMALLOCSTATS=1` print.

use std::fmt::Write as _;

use super::{ARENA_SIZE, NB_SMALL_SIZE_CLASSES, POOL_SIZE, SMALL_REQUEST_THRESHOLD};

/// One size class's line of the statistics table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SizeClassStats {
    /// Block size of the class in bytes (16, 32, …, 512).
    pub size: usize,
    /// Pools currently serving the class (partly used or full; empty pools belong to no class).
    pub pools: usize,
    /// Blocks handed out and not yet freed.
    pub blocks_in_use: usize,
    /// Blocks in those pools still available (freed or never used).
    pub free_blocks: usize,
}

/// A snapshot of an allocator's state, as `sys._debugmallocstats()` reports it, plus the large
/// path (requests over 512 bytes) so leak checks can count every live block.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MallocStats {
    /// Arenas ever obtained from the system.
    pub arenas_allocated_total: usize,
    /// Arenas returned to the system.
    pub arenas_reclaimed: usize,
    /// Most arenas held at once.
    pub arenas_highwater: usize,
    /// Arenas held now.
    pub arenas_allocated_current: usize,
    /// Per size class, indexed by class (`size / 16 - 1`).
    pub classes: [SizeClassStats; NB_SMALL_SIZE_CLASSES],
    /// Bytes in blocks handed out (whole blocks, not the sizes requested).
    pub allocated_bytes: usize,
    /// Bytes in the available blocks of pools in use.
    pub available_bytes: usize,
    /// Empty pools in the held arenas, including those never carved.
    pub unused_pools: usize,
    /// Bytes taken by the headers of pools in use.
    pub pool_header_bytes: usize,
    /// Bytes at the ends of pools in use too small for one more block.
    pub quantization_bytes: usize,
    /// Bytes lost because an arena did not start on a pool boundary.
    pub arena_alignment_bytes: usize,
    /// Live allocations over 512 bytes (served by the global allocator).
    pub large_allocations: usize,
    /// Bytes requested by those allocations.
    pub large_bytes: usize,
}

impl MallocStats {
    /// Bytes held in arenas.
    pub fn arena_bytes(&self) -> usize {
        self.arenas_allocated_current * ARENA_SIZE
    }

    /// Bytes in empty pools.
    pub fn unused_pool_bytes(&self) -> usize {
        self.unused_pools * POOL_SIZE
    }

    /// Sum of what the arena bytes are used for; always equals [`MallocStats::arena_bytes`].
    pub fn total_bytes(&self) -> usize {
        self.allocated_bytes
            + self.available_bytes
            + self.unused_pool_bytes()
            + self.pool_header_bytes
            + self.quantization_bytes
            + self.arena_alignment_bytes
    }

    /// Small blocks handed out and not yet freed, over all classes.
    pub fn small_blocks_in_use(&self) -> usize {
        self.classes.iter().map(|c| c.blocks_in_use).sum()
    }

    /// Every live allocation: small blocks in use plus large allocations. A program that frees
    /// everything it made brings this back to where it started.
    pub fn live_blocks(&self) -> usize {
        self.small_blocks_in_use() + self.large_allocations
    }

    /// The text of CPython 3.14's `_PyObject_DebugMallocStats`, line for line, with our numbers.
    /// Classes without pools are left out of the table, as CPython does. Vivarium keeps no arena
    /// map (every free passes the block's size), so the arena-map section reports zeros.
    pub fn debug_text(&self) -> String {
        let mut out = String::with_capacity(4096);
        let _ = writeln!(
            out,
            "Small block threshold = {SMALL_REQUEST_THRESHOLD}, in {NB_SMALL_SIZE_CLASSES} size classes."
        );
        out.push('\n');
        out.push_str("class   size   num pools   blocks in use  avail blocks\n");
        out.push_str("-----   ----   ---------   -------------  ------------\n");
        for (index, class) in self.classes.iter().enumerate().filter(|(_, c)| c.pools != 0) {
            let _ = writeln!(
                out,
                "{index:>5} {:>6} {:>11} {:>15} {:>13}",
                class.size, class.pools, class.blocks_in_use, class.free_blocks
            );
        }
        out.push('\n');
        print_one(&mut out, "# arenas allocated total", self.arenas_allocated_total);
        print_one(&mut out, "# arenas reclaimed", self.arenas_reclaimed);
        print_one(&mut out, "# arenas highwater mark", self.arenas_highwater);
        print_one(&mut out, "# arenas allocated current", self.arenas_allocated_current);
        let arenas_line = format!("{} arenas * {ARENA_SIZE} bytes/arena", self.arenas_allocated_current);
        print_one(&mut out, &arenas_line, self.arena_bytes());
        out.push('\n');
        print_one(&mut out, "# bytes in allocated blocks", self.allocated_bytes);
        print_one(&mut out, "# bytes in available blocks", self.available_bytes);
        let pools_line = format!("{} unused pools * {POOL_SIZE} bytes", self.unused_pools);
        print_one(&mut out, &pools_line, self.unused_pool_bytes());
        print_one(&mut out, "# bytes lost to pool headers", self.pool_header_bytes);
        print_one(&mut out, "# bytes lost to quantization", self.quantization_bytes);
        print_one(&mut out, "# bytes lost to arena alignment", self.arena_alignment_bytes);
        print_one(&mut out, "Total", self.total_bytes());
        out.push_str("\narena map counts\n");
        print_one(&mut out, "# arena map mid nodes", 0);
        print_one(&mut out, "# arena map bot nodes", 0);
        out.push('\n');
        print_one(&mut out, "# bytes lost to arena map root", 0);
        print_one(&mut out, "# bytes lost to arena map mid", 0);
        print_one(&mut out, "# bytes lost to arena map bot", 0);
        print_one(&mut out, "Total", 0);
        out
    }
}

/// One line of CPython's `_PyDebugAllocatorStats` (used by the per-type free-list reports that
/// `sys._debugmallocstats()` prints after the allocator's): e.g. for ("free PyFloatObject", 3,
/// 24), `3 free PyFloatObjects * 24 bytes each`, right-aligned in 48 columns, then `=` and 72.
pub fn debug_allocator_stats(block_name: &str, num_blocks: usize, sizeof_block: usize) -> String {
    let what = format!("{num_blocks} {block_name}s * {sizeof_block} bytes each");
    let mut out = String::new();
    print_one(&mut out, &format!("{what:>48} "), num_blocks * sizeof_block);
    out
}

/// Appends `msg` padded to 35 columns, `=`, and `value` with thousands separators right-aligned
/// in 21 columns (CPython's `printone`).
fn print_one(out: &mut String, msg: &str, value: usize) {
    let _ = writeln!(out, "{msg:<35}={:>21}", with_commas(value));
}

/// `value` in decimal with a comma every three digits: 1048576 → "1,048,576".
fn with_commas(value: usize) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn with_commas_groups_thousands() {
        assert_eq!(with_commas(0), "0");
        assert_eq!(with_commas(999), "999");
        assert_eq!(with_commas(1000), "1,000");
        assert_eq!(with_commas(262_144), "262,144");
        assert_eq!(with_commas(1_048_576), "1,048,576");
        assert_eq!(with_commas(12_345_678_901), "12,345,678,901");
    }

    #[test]
    fn print_one_pads_message_and_value() {
        let mut out = String::new();
        print_one(&mut out, "# arenas allocated total", 0);
        print_one(&mut out, "1 arenas * 1048576 bytes/arena", 1_048_576);
        assert_eq!(
            out,
            "# arenas allocated total           =                    0\n\
             1 arenas * 1048576 bytes/arena     =            1,048,576\n"
        );
        // A message longer than 35 columns is not cut, and nothing is padded in front of `=`.
        let mut long = String::new();
        print_one(&mut long, &"x".repeat(40), 5);
        assert_eq!(long, format!("{}={:>21}\n", "x".repeat(40), 5));
    }

    #[test]
    fn debug_allocator_stats_line() {
        let line = debug_allocator_stats("free PyFloatObject", 3, 24);
        let what = "3 free PyFloatObjects * 24 bytes each";
        assert_eq!(line, format!("{}{what} ={:>21}\n", " ".repeat(48 - what.len()), "72"));
        assert_eq!(line.len(), 48 + 1 + 1 + 21 + 1);
    }
}
