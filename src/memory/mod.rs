//! Where objects live and how they die: the pymalloc-style allocator, object allocation and
//! deallocation (with the deferred "trashcan" that keeps deep teardown off the Rust stack),
//! finalizers and weakref callbacks waiting for the VM, the cycle collector and the tracemalloc
//! hooks.

pub mod alloc;
pub mod collect;
pub mod dealloc;
pub mod finalize;
pub mod gc;
pub mod global_alloc;
pub mod obmalloc;
pub mod tracemalloc;

/// Fails with `MemoryError` when one request for `bytes` could never be satisfied: more than the
/// machine's RAM and swap together. Linux's default overcommit would hand out such a block and
/// the process would die filling it; CPython gets `MemoryError` from malloc instead.
pub fn ensure_fits(bytes: usize) -> crate::object::PyResult<()> {
    if bytes > memory_limit() {
        return Err(crate::object::PyErr::memory_error());
    }
    Ok(())
}

/// RAM plus swap, in bytes (computed once).
fn memory_limit() -> usize {
    static LIMIT: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *LIMIT.get_or_init(|| {
        // SAFETY: `sysinfo` only writes into the zeroed struct we pass.
        let mut info: libc::sysinfo = unsafe { std::mem::zeroed() };
        // SAFETY: as above; a valid pointer to a `sysinfo` struct.
        if unsafe { libc::sysinfo(&mut info) } != 0 {
            return isize::MAX as usize;
        }
        let unit = (info.mem_unit as usize).max(1);
        (info.totalram as usize).saturating_add(info.totalswap as usize).saturating_mul(unit)
    })
}
