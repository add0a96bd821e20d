//! Where objects live and how they die: the pymalloc-style allocator, object allocation and
//! deallocation (with the deferred "trashcan" that keeps deep teardown off the Rust stack),
//! finalizers and weakref callbacks waiting for the VM, the cycle collector and the tracemalloc
//! hooks.

pub mod alloc;
pub mod collect;
pub mod dealloc;
pub mod finalize;
pub mod gc;
pub mod obmalloc;
pub mod tracemalloc;
