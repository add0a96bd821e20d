//! The generational cycle collector (CPython's `Python/gc.c`, the 3.13/3.14.5 design):
//!
//! 1. merge the younger generations into the one being collected;
//! 2. copy each object's reference count into `gc_refs`, kept in the GC head's `prev` word
//!    while the collection runs (as CPython keeps it in `_gc_prev`);
//! 3. subtract the references found by `traverse` between objects of the generation — what is
//!    left counts references from outside;
//! 4. everything reachable from an object with `gc_refs > 0` survives; the rest is unreachable;
//! 5. tuples whose items can't be in cycles are untracked; survivors move to the next generation;
//! 6. weak references to unreachable objects are cleared (callbacks run for the weakrefs that
//!    are themselves still reachable), finalizers (`__del__`, generator `close()`) run once
//!    (PEP 442), and objects they resurrected survive;
//! 7. `clear` breaks the remaining cycles, and reference counting frees the objects.

use super::gc::{head_of, is_gc_object, list_append, list_remove, obj_of, GcList, COLLECTING, FINALIZED, GC};
use crate::object::header::{Borrowed, GcHead, Obj, ObjectHeader};
use crate::object::{protocol, PyResult};
use crate::vm::Vm;
use std::cell::{Cell, UnsafeCell};
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// Hashing for sets and maps keyed by object address. Addresses are distinct and 16-byte
/// aligned, so a multiply and a fold spread them well at a fraction of SipHash's cost (which
/// was a third of a collection's time).
#[derive(Default)]
struct AddrHasher(u64);

impl Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0 ^ (self.0 >> 29)
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = ((n as u64) >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type AddrSet = HashSet<usize, BuildHasherDefault<AddrHasher>>;
type AddrMap<V> = HashMap<usize, V, BuildHasherDefault<AddrHasher>>;

/// Per-generation statistics (`gc.get_stats()`).
#[derive(Clone, Copy, Default, Debug)]
pub struct GenStats {
    pub collections: u64,
    pub collected: u64,
    pub uncollectable: u64,
}

/// The `gc.DEBUG_*` flags, with CPython's values.
pub mod debug {
    pub const STATS: u32 = 1;
    pub const COLLECTABLE: u32 = 2;
    pub const UNCOLLECTABLE: u32 = 4;
    pub const SAVEALL: u32 = 32;
    pub const LEAK: u32 = COLLECTABLE | UNCOLLECTABLE | SAVEALL;
}

/// The collector's results and the lists the `gc` module shares with it.
pub struct Collector {
    pub stats: [Cell<GenStats>; 3],
    pub debug: Cell<u32>,
    /// `gc.garbage` (set by the gc module).
    pub garbage: UnsafeCell<Option<Obj>>,
    /// `gc.callbacks` (set by the gc module).
    pub callbacks: UnsafeCell<Option<Obj>>,
    /// Objects that survived a young collection into the oldest generation since the last full
    /// collection (CPython's `long_lived_pending`).
    long_lived_pending: Cell<usize>,
    long_lived_total: Cell<usize>,
}

// SAFETY: only the interpreter thread collects.
unsafe impl Sync for Collector {}

const NO_STATS: GenStats = GenStats { collections: 0, collected: 0, uncollectable: 0 };

pub static COLLECTOR: Collector = Collector {
    stats: [Cell::new(NO_STATS), Cell::new(NO_STATS), Cell::new(NO_STATS)],
    debug: Cell::new(0),
    garbage: UnsafeCell::new(None),
    callbacks: UnsafeCell::new(None),
    long_lived_pending: Cell::new(0),
    long_lived_total: Cell::new(0),
};

/// During a collection, `prev` holds `gc_refs << REFS_SHIFT` plus these flag bits.
const REACHABLE: usize = 4;
const REFS_SHIFT: u32 = 3;
const REFS_ONE: usize = 1 << REFS_SHIFT;

/// Runs the collection the allocation counters asked for (CPython's `gc_collect_generations`):
/// the oldest generation whose count passed its threshold, except that a full collection waits
/// until the objects that entered the oldest generation since the last one are a quarter of it.
pub fn collect_scheduled(vm: &mut Vm) {
    if !GC.enabled.get() || GC.collecting.get() {
        return;
    }
    for g in (0..3).rev() {
        if GC.count[g].get() > GC.threshold[g].get() && GC.threshold[g].get() > 0 {
            if g == 2 && COLLECTOR.long_lived_pending.get() < COLLECTOR.long_lived_total.get() / 4 {
                continue;
            }
            let _ = collect_with_callbacks(vm, g);
            return;
        }
    }
}

/// `gc.collect(generation)` with the `gc.callbacks` hooks; returns the unreachable count.
pub fn collect_with_callbacks(vm: &mut Vm, generation: usize) -> PyResult<usize> {
    if GC.collecting.get() {
        return Ok(0);
    }
    // Finalizers and generator closes still waiting in the queue would keep their objects
    // reachable; CPython runs them at deallocation, so they run before we look.
    super::finalize::run_queued(vm);
    invoke_callbacks(vm, "start", generation, 0, 0)?;
    let (collected, uncollectable) = collect(vm, generation);
    invoke_callbacks(vm, "stop", generation, collected, uncollectable)?;
    Ok(collected + uncollectable)
}

fn invoke_callbacks(
    vm: &mut Vm,
    phase: &str,
    generation: usize,
    collected: usize,
    uncollectable: usize,
) -> PyResult<()> {
    // SAFETY: a short read of the callbacks list.
    let Some(cbs) = (unsafe { (*COLLECTOR.callbacks.get()).clone() }) else {
        return Ok(());
    };
    let items = crate::object::list::as_list(&cbs).map(|l| l.to_vec()).unwrap_or_default();
    if items.is_empty() {
        return Ok(());
    }
    let info = protocol::dict_from_pairs(
        vm,
        vec![
            (crate::object::str::new_str("generation"), crate::object::int::new_int(generation as i64)),
            (crate::object::str::new_str("collected"), crate::object::int::new_int(collected as i64)),
            (crate::object::str::new_str("uncollectable"), crate::object::int::new_int(uncollectable as i64)),
        ],
    )?;
    let phase = crate::object::str::new_str(phase);
    for cb in items {
        if let Err(e) = protocol::call(vm, &cb, &[phase.clone(), info.clone()], None) {
            let what = protocol::repr_string(vm, &cb).unwrap_or_default();
            super::finalize::report_unraisable(vm, &format!("Exception ignored in: {what}"), e);
        }
    }
    Ok(())
}

/// The heads on a list, in list order.
fn heads(list: &GcList) -> Vec<*mut GcHead> {
    list.init();
    let s = list.sentinel();
    let mut out = Vec::new();
    // SAFETY: walking a consistent list.
    unsafe {
        let mut h = (*s).next.get();
        while h != s {
            out.push(h);
            h = (*h).next.get();
        }
    }
    out
}

fn traverse(obj: *mut ObjectHeader, visit: &mut dyn FnMut(&Obj)) {
    // SAFETY: the object is live (on a GC list or held by the collector).
    let o = unsafe { Borrowed::from_ptr(obj) };
    if let Some(t) = o.ty().slots.traverse.get() {
        t(&o, visit);
    }
}

/// The GC head of `o` if it takes part in the running collection.
#[inline]
fn collecting_head(o: &Obj) -> Option<*mut GcHead> {
    if !is_gc_object(o) {
        return None;
    }
    let h = head_of(o.as_ptr());
    // SAFETY: `o` has a GC head.
    (unsafe { (*h).prev.get() } & COLLECTING != 0).then_some(h)
}

/// Steps 2-4: finds the objects of `young` (all on `list`) not reachable from outside it.
/// While this runs the list's `prev` links are overwritten by `gc_refs`; they are rebuilt
/// before returning.
fn find_unreachable(list: &GcList, young: &[*mut GcHead]) -> Vec<*mut GcHead> {
    // SAFETY (whole function): every head in `young` belongs to a live object on `list`.
    for &h in young {
        let rc = unsafe { (*obj_of(h)).refcnt.get() };
        let flags = unsafe { (*h).prev.get() } & FINALIZED;
        unsafe { (*h).prev.set((rc << REFS_SHIFT) | COLLECTING | flags) };
    }
    for &h in young {
        traverse(obj_of(h), &mut |child: &Obj| {
            if let Some(ch) = collecting_head(child) {
                let p = unsafe { (*ch).prev.get() };
                if p >= REFS_ONE {
                    unsafe { (*ch).prev.set(p - REFS_ONE) };
                }
            }
        });
    }
    let mut work: Vec<*mut GcHead> = Vec::new();
    for &h in young {
        let p = unsafe { (*h).prev.get() };
        if p >= REFS_ONE {
            unsafe { (*h).prev.set(p | REACHABLE) };
            work.push(h);
        }
    }
    while let Some(h) = work.pop() {
        traverse(obj_of(h), &mut |child: &Obj| {
            if let Some(ch) = collecting_head(child) {
                let p = unsafe { (*ch).prev.get() };
                if p & REACHABLE == 0 {
                    unsafe { (*ch).prev.set(p | REACHABLE) };
                    work.push(ch);
                }
            }
        });
    }
    let mut unreachable = Vec::new();
    let mut prev = list.sentinel();
    for &h in young {
        let p = unsafe { (*h).prev.get() };
        if p & REACHABLE == 0 {
            unreachable.push(h);
        }
        unsafe { (*h).prev.set(prev as usize | (p & FINALIZED)) };
        prev = h;
    }
    let s = list.sentinel();
    unsafe { (*s).prev.set(prev as usize) };
    unreachable
}

fn list_len(list: &GcList) -> usize {
    list.init();
    let s = list.sentinel();
    let mut n = 0;
    // SAFETY: walking a consistent list.
    unsafe {
        let mut h = (*s).next.get();
        while h != s {
            n += 1;
            h = (*h).next.get();
        }
    }
    n
}

/// The size of each generation and of the permanent one (for `DEBUG_STATS`).
pub fn generation_sizes() -> ([usize; 3], usize) {
    (
        [list_len(&GC.generations[0]), list_len(&GC.generations[1]), list_len(&GC.generations[2])],
        list_len(&GC.permanent),
    )
}

fn write_debug(text: &str) {
    crate::modules::io::write_stderr_raw(text);
}

/// One collection of `generation` (and the younger ones). Returns (collected, uncollectable).
pub fn collect(vm: &mut Vm, generation: usize) -> (usize, usize) {
    GC.collecting.set(true);
    let started = std::time::Instant::now();
    let dbg = COLLECTOR.debug.get();
    if dbg & debug::STATS != 0 {
        crate::modules::io::flush_stdout(vm);
        let (sizes, permanent) = generation_sizes();
        write_debug(&format!(
            "gc: collecting generation {generation}...\ngc: objects in each generation: {} {} {}\n\
             gc: objects in permanent generation: {permanent}\n",
            sizes[0], sizes[1], sizes[2]
        ));
    }
    // The counters move first, so allocations made by finalizers count towards the next run.
    if generation < 2 {
        GC.count[generation + 1].set(GC.count[generation + 1].get() + 1);
    }
    for g in 0..=generation {
        GC.count[g].set(0);
    }
    let young_list = &GC.generations[generation];
    for g in 0..generation {
        for h in heads(&GC.generations[g]) {
            list_remove(h);
            list_append(young_list, h);
        }
    }
    let young = heads(young_list);
    let unreachable = find_unreachable(young_list, &young);
    let unreachable_set: AddrSet = unreachable.iter().map(|&h| obj_of(h) as usize).collect();
    // Step 5: untrack tuples of atomic items; survivors move to the older generation.
    let old_index = if generation < 2 { generation + 1 } else { 2 };
    let mut survivors = 0usize;
    for &h in &young {
        let o = obj_of(h);
        if unreachable_set.contains(&(o as usize)) {
            continue;
        }
        // SAFETY: a live object.
        let obj = unsafe { Borrowed::from_ptr(o) };
        if obj.is_exact::<crate::object::tuple::TupleObject>() {
            let atomic =
                crate::object::tuple::tuple_items(&obj).iter().all(|i| !super::gc::may_be_tracked(i));
            if atomic {
                list_remove(h);
                continue;
            }
        }
        survivors += 1;
        if old_index != generation {
            list_remove(h);
            list_append(&GC.generations[old_index], h);
        }
    }
    if generation == 1 {
        COLLECTOR.long_lived_pending.set(COLLECTOR.long_lived_pending.get() + survivors);
    }
    if generation == 2 {
        COLLECTOR.long_lived_pending.set(0);
        COLLECTOR.long_lived_total.set(list_len(&GC.generations[2]));
    }
    // Hold the unreachable objects while callbacks and finalizers run.
    let garbage: Vec<Obj> = unreachable
        .iter()
        // SAFETY: unreachable objects are still alive (nothing freed them yet).
        .map(|&h| unsafe { Obj::from_borrowed(obj_of(h)) })
        .collect();
    for &h in &unreachable {
        list_remove(h);
    }
    if dbg & debug::COLLECTABLE != 0 {
        for g in &garbage {
            write_debug(&format!("gc: collectable <{} {:#x}>\n", g.ty().name(), g.addr()));
        }
    }
    // Step 6a: weak references to garbage are cleared; callbacks run for live weakrefs only.
    let mut callbacks = Vec::new();
    for g in &garbage {
        callbacks.extend(crate::object::weakref::clear_weakrefs_for_gc(g, &|w| unreachable_set.contains(&w)));
    }
    let callbacks_empty = callbacks.is_empty();
    for (w, cb) in callbacks {
        if let Err(e) = protocol::call(vm, &cb, std::slice::from_ref(&w), None) {
            let what = protocol::repr_string(vm, &cb).unwrap_or_default();
            super::finalize::report_unraisable(vm, &format!("Exception ignored in: {what}"), e);
        }
    }
    // Step 6b: finalizers, once per object.
    let mut ran_code = !callbacks_empty;
    for g in &garbage {
        ran_code |= finalize(vm, g);
    }
    ran_code |= super::finalize::run_queued(vm);
    // Resurrection check: anything now referenced from outside the garbage survives. Only
    // Python code (a finalizer or callback) can have made such a reference.
    let resurrected = if ran_code { find_resurrected(&garbage) } else { AddrSet::default() };
    // What the collection reports is what it frees: resurrected objects don't count. CPython
    // 3.14 keeps an instance's attributes inline and only materialises its `__dict__` on demand,
    // so an unreachable instance counts as one object; ours always has a dict object, which is
    // not counted separately.
    let freed = |addr: usize| unreachable_set.contains(&addr) && !resurrected.contains(&addr);
    let n_freed = garbage.iter().filter(|g| freed(g.addr())).count();
    let n_unreachable = n_freed - inline_dict_count(&garbage, &freed);
    let save_all = dbg & debug::SAVEALL != 0;
    let mut to_clear = Vec::new();
    for g in garbage {
        if resurrected.contains(&g.addr()) {
            let h = head_of(g.as_ptr());
            // SAFETY: the head exists; the object was unlinked above (or re-tracked by code
            // its finalizer ran, in which case it moves).
            unsafe {
                if !(*h).next.get().is_null() {
                    list_remove(h);
                }
            }
            list_append(&GC.generations[old_index], h);
        } else if save_all {
            // SAFETY: a short read of gc.garbage.
            if let Some(gl) = unsafe { (*COLLECTOR.garbage.get()).clone() } {
                if let Some(l) = crate::object::list::as_list(&gl) {
                    l.push(g.clone());
                }
            }
            // SAFETY: it stays alive in gc.garbage, so it goes back on a list.
            unsafe { super::gc::track(g.as_ptr()) };
        } else {
            to_clear.push(g);
        }
    }
    // Step 7: break the cycles.
    for g in &to_clear {
        if let Some(clear) = g.ty().slots.clear.get() {
            clear(g);
        }
    }
    drop(to_clear);
    let mut st = COLLECTOR.stats[generation].get();
    st.collections += 1;
    st.collected += n_unreachable as u64;
    COLLECTOR.stats[generation].set(st);
    if dbg & debug::STATS != 0 {
        write_debug(&format!(
            "gc: done, {n_unreachable} unreachable, 0 uncollectable, {:.4}s elapsed\n",
            started.elapsed().as_secs_f64()
        ));
    }
    GC.collecting.set(false);
    (n_unreachable, 0)
}

/// The number of garbage objects that are the `__dict__` of a garbage class instance (see the
/// count in `collect`).
fn inline_dict_count(garbage: &[Obj], freed: &dyn Fn(usize) -> bool) -> usize {
    let mut dicts = AddrSet::default();
    for g in garbage {
        if !freed(g.addr()) || !g.ty().is_heap_type() || crate::object::typeobj::as_type(g).is_some() {
            continue;
        }
        if let Some(d) = crate::object::base::existing_instance_dict(g) {
            if freed(d.addr()) {
                dicts.insert(d.addr());
            }
        }
    }
    dicts.len()
}

/// Runs an unreachable object's finalizer unless it already ran (PEP 442): `__del__` for
/// instances of classes that define it, `close()` for suspended generators.
/// Returns whether it ran one.
fn finalize(vm: &mut Vm, g: &Obj) -> bool {
    let ty = g.ty();
    if ty.has_flag(crate::object::typeobj::flags::HAS_FINALIZER) && !super::gc::is_finalized(g.as_ptr()) {
        super::gc::set_finalized(g.as_ptr());
        if let Some(del) = ty.lookup_str("__del__") {
            if let Err(e) = protocol::call_method_descr(vm, &del, g, &[]) {
                report_del_error(vm, &del, e);
            }
        }
        return true;
    }
    if let Some(gen) = g.downcast::<crate::object::generator::GeneratorObject>() {
        if gen.state() == crate::object::generator::GenState::Suspended
            && !super::gc::is_finalized(g.as_ptr())
        {
            super::gc::set_finalized(g.as_ptr());
            if let Err(e) = crate::object::generator::close(vm, g) {
                let what = protocol::repr_string(vm, g).unwrap_or_default();
                super::finalize::report_unraisable(
                    vm,
                    &format!("Exception ignored while closing generator {what}"),
                    e,
                );
            }
            return true;
        }
    }
    false
}

/// Reports an exception raised by `__del__` as CPython 3.14 does.
pub fn report_del_error(vm: &mut Vm, del: &Obj, e: crate::object::PyErr) {
    let what = protocol::repr_string(vm, del).unwrap_or_else(|_| String::from("__del__"));
    super::finalize::report_unraisable(vm, &format!("Exception ignored while calling deallocator {what}"), e);
}

/// Objects among `garbage` referenced from outside it after finalizers ran (resurrected), and
/// everything they reach.
fn find_resurrected(garbage: &[Obj]) -> AddrSet {
    let index: AddrSet = garbage.iter().map(|g| g.addr()).collect();
    let mut refs: AddrMap<isize> = garbage.iter().map(|g| (g.addr(), g.refcount() as isize - 1)).collect();
    for g in garbage {
        traverse(g.as_ptr(), &mut |child: &Obj| {
            if let Some(r) = refs.get_mut(&child.addr()) {
                *r -= 1;
            }
        });
    }
    let mut alive = AddrSet::default();
    let mut work: Vec<*mut ObjectHeader> = Vec::new();
    for g in garbage {
        if refs[&g.addr()] > 0 {
            alive.insert(g.addr());
            work.push(g.as_ptr());
        }
    }
    while let Some(o) = work.pop() {
        traverse(o, &mut |child: &Obj| {
            let a = child.addr();
            if index.contains(&a) && alive.insert(a) {
                work.push(child.as_ptr());
            }
        });
    }
    alive
}
