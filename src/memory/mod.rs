//! Where objects live and how they die: the pymalloc-style allocator, immortals and interning,
//! the cycle collector and the tracemalloc hooks.

pub mod obmalloc;
