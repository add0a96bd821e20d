//! The generational cycle collector (CPython's `Python/gc.c`, the 3.13/3.14.5 design):
//!
//! 1. merge the younger generations into the one being collected;
//! 2. copy each object's reference count into `gc_refs`;
//! 3. subtract the references found by `traverse` between objects of the generation — what is
//!    left counts references from outside;
//! 4. everything reachable from an object with `gc_refs > 0` survives; the rest is unreachable;
//! 5. tuples whose items can't be in cycles are untracked; survivors move to the next generation;
//! 6. weak references to unreachable objects are cleared (their callbacks run), finalizers
//!    (`__del__`) run once (PEP 442), objects they resurrected survive;
//! 7. `clear` breaks the remaining cycles, and reference counting frees the objects.

use super::gc::{head_of, list_append, list_objects, list_remove, obj_of, GcList, COLLECTING, GC};
use crate::object::header::{GcHead, Obj, ObjectHeader};
use crate::object::{protocol, PyResult};
use crate::vm::Vm;
use std::cell::{Cell, UnsafeCell};
use std::collections::{HashMap, HashSet};

/// Per-generation statistics (`gc.get_stats()`).
#[derive(Clone, Copy, Default, Debug)]
pub struct GenStats {
    pub collections: u64,
    pub collected: u64,
    pub uncollectable: u64,
}

pub mod debug {
    pub const STATS: u32 = 1;
    pub const COLLECTABLE: u32 = 2;
    pub const UNCOLLECTABLE: u32 = 4;
    pub const SAVEALL: u32 = 32;
    pub const LEAK: u32 = COLLECTABLE | UNCOLLECTABLE | SAVEALL;
}

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

pub static COLLECTOR: Collector = Collector {
    stats: [
        Cell::new(GenStats { collections: 0, collected: 0, uncollectable: 0 }),
        Cell::new(GenStats { collections: 0, collected: 0, uncollectable: 0 }),
        Cell::new(GenStats { collections: 0, collected: 0, uncollectable: 0 }),
    ],
    debug: Cell::new(0),
    garbage: UnsafeCell::new(None),
    callbacks: UnsafeCell::new(None),
    long_lived_pending: Cell::new(0),
    long_lived_total: Cell::new(0),
};

/// Runs the collection the allocation counters asked for (CPython's `gc_collect_generations`).
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
            super::finalize::report_unraisable(vm, &what, e);
        }
    }
    Ok(())
}

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

fn set_collecting(h: *mut GcHead, on: bool) {
    // SAFETY: `h` is a live head.
    unsafe {
        let p = (*h).prev.get();
        (*h).prev.set(if on { p | COLLECTING } else { p & !COLLECTING });
    }
}

fn traverse(obj: *mut ObjectHeader, visit: &mut dyn FnMut(&Obj)) {
    // SAFETY: the object is live (on a GC list).
    let o = unsafe { crate::object::header::Borrowed::from_ptr(obj) };
    if let Some(t) = o.ty().slots.traverse.get() {
        t(&o, visit);
    }
}

/// One collection of `generation` (and the younger ones). Returns (collected, uncollectable).
pub fn collect(vm: &mut Vm, generation: usize) -> (usize, usize) {
    GC.collecting.set(true);
    let young_list = &GC.generations[generation];
    for g in 0..generation {
        for h in heads(&GC.generations[g]) {
            list_remove(h);
            list_append(young_list, h);
        }
    }
    let young = heads(young_list);
    // Steps 2-3: gc_refs = refcount - internal references.
    let mut gc_refs: HashMap<usize, isize> = HashMap::with_capacity(young.len());
    for &h in &young {
        let o = obj_of(h);
        // SAFETY: live object.
        let rc = unsafe { (*o).refcnt.get() } as isize;
        gc_refs.insert(o as usize, rc);
        set_collecting(h, true);
    }
    for &h in &young {
        traverse(obj_of(h), &mut |child: &Obj| {
            if let Some(r) = gc_refs.get_mut(&child.addr()) {
                *r -= 1;
            }
        });
    }
    // Step 4: reachability from the externally referenced objects.
    let mut reachable: HashSet<usize> = HashSet::with_capacity(young.len());
    let mut work: Vec<*mut ObjectHeader> = Vec::new();
    for &h in &young {
        let o = obj_of(h);
        if gc_refs[&(o as usize)] > 0 {
            reachable.insert(o as usize);
            work.push(o);
        }
    }
    while let Some(o) = work.pop() {
        traverse(o, &mut |child: &Obj| {
            let a = child.addr();
            if gc_refs.contains_key(&a) && reachable.insert(a) {
                work.push(child.as_ptr());
            }
        });
    }
    let mut unreachable: Vec<*mut GcHead> = Vec::new();
    for &h in &young {
        set_collecting(h, false);
        if !reachable.contains(&(obj_of(h) as usize)) {
            unreachable.push(h);
        }
    }
    // Step 5: untrack tuples of atomic items; survivors move to the older generation.
    let old_index = if generation < 2 { generation + 1 } else { 2 };
    for &h in &young {
        let o = obj_of(h);
        if !reachable.contains(&(o as usize)) {
            continue;
        }
        // SAFETY: live object.
        let obj = unsafe { crate::object::header::Borrowed::from_ptr(o) };
        if obj.is_exact::<crate::object::tuple::TupleObject>() {
            let atomic =
                crate::object::tuple::tuple_items(&obj).iter().all(|i| !super::gc::may_be_tracked(i));
            if atomic {
                list_remove(h);
                continue;
            }
        }
        if old_index != generation {
            list_remove(h);
            list_append(&GC.generations[old_index], h);
        }
    }
    if generation == 1 {
        COLLECTOR.long_lived_pending.set(COLLECTOR.long_lived_pending.get() + reachable.len());
    }
    if generation == 2 {
        COLLECTOR.long_lived_pending.set(0);
        COLLECTOR.long_lived_total.set(list_objects(&GC.generations[2]).len());
    }
    // Hold the unreachable objects while finalizers and callbacks run.
    let garbage: Vec<Obj> = unreachable
        .iter()
        // SAFETY: unreachable objects are still alive (nothing freed them yet).
        .map(|&h| unsafe { Obj::from_borrowed(obj_of(h)) })
        .collect();
    for &h in &unreachable {
        list_remove(h);
    }
    let n_unreachable = garbage.len();
    if COLLECTOR.debug.get() & debug::COLLECTABLE != 0 {
        for g in &garbage {
            let r = protocol::repr_string(vm, g).unwrap_or_default();
            crate::modules::io::write_stderr_raw(&format!("gc: collectable <{} {}>\n", g.ty().name(), r));
        }
    }
    // Step 6: weak references, then finalizers (once each).
    for g in &garbage {
        crate::object::weakref::clear_weakrefs(g);
    }
    for g in &garbage {
        let ty = g.ty();
        if ty.has_flag(crate::object::typeobj::flags::HAS_FINALIZER) && !super::gc::is_finalized(g.as_ptr()) {
            super::gc::set_finalized(g.as_ptr());
            if let Some(del) = ty.lookup_str("__del__") {
                if let Err(e) = protocol::call_method_descr(vm, &del, g, &[]) {
                    let what = protocol::repr_string(vm, &del).unwrap_or_default();
                    super::finalize::report_unraisable(vm, &what, e);
                }
            }
        }
    }
    super::finalize::run_queued(vm);
    // Resurrection check: anything now referenced from outside the garbage survives.
    let resurrected = find_resurrected(&garbage);
    let save_all = COLLECTOR.debug.get() & debug::SAVEALL != 0;
    let mut to_clear = Vec::new();
    for g in garbage {
        if resurrected.contains(&g.addr()) {
            // SAFETY: a live object leaving the collection: back onto the old generation.
            unsafe { super::gc::track(g.as_ptr()) };
            let h = head_of(g.as_ptr());
            list_remove(h);
            list_append(&GC.generations[old_index], h);
        } else if save_all {
            // SAFETY: a short read of gc.garbage.
            if let Some(gl) = unsafe { (*COLLECTOR.garbage.get()).clone() } {
                if let Some(l) = crate::object::list::as_list(&gl) {
                    l.push(g.clone());
                }
            }
            // SAFETY: keep it tracked (it stays alive in gc.garbage).
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
    // Update counts and statistics.
    GC.count[generation].set(0);
    for g in 0..generation {
        GC.count[g].set(0);
    }
    if generation < 2 {
        GC.count[generation + 1].set(GC.count[generation + 1].get() + 1);
    }
    let mut st = COLLECTOR.stats[generation].get();
    st.collections += 1;
    st.collected += n_unreachable as u64;
    COLLECTOR.stats[generation].set(st);
    if COLLECTOR.debug.get() & debug::STATS != 0 {
        crate::modules::io::write_stderr_raw(&format!(
            "gc: done, {n_unreachable} unreachable, 0 uncollectable, {:.4}s elapsed\n",
            0.0
        ));
    }
    GC.collecting.set(false);
    (n_unreachable, 0)
}

/// Objects among `garbage` referenced from outside it after finalizers ran (resurrected), and
/// everything they reach.
fn find_resurrected(garbage: &[Obj]) -> HashSet<usize> {
    let index: HashSet<usize> = garbage.iter().map(|g| g.addr()).collect();
    let mut refs: HashMap<usize, isize> =
        garbage.iter().map(|g| (g.addr(), g.refcount() as isize - 1)).collect();
    for g in garbage {
        traverse(g.as_ptr(), &mut |child: &Obj| {
            if let Some(r) = refs.get_mut(&child.addr()) {
                *r -= 1;
            }
        });
    }
    let mut alive: HashSet<usize> = HashSet::new();
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
