//! The `gc` module: the language's window on the cycle collector (`memory::gc` keeps the
//! generations and counts, `memory::collect` runs collections). Names, results and messages
//! follow CPython 3.14's `Modules/gcmodule.c`.

use crate::memory::collect::{self, debug, COLLECTOR};
use crate::memory::gc::{self as mgc, GC};
use crate::object::*;
use crate::vm::Vm;

const NUM_GENERATIONS: i64 = 3;

/// `gc.collect(generation=2)`: runs a collection and returns the number of unreachable objects
/// it found.
fn gc_collect(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [generation] = args::bind("collect", a, kw, ["generation"], 0, 1)?;
    let g = match generation {
        Some(g) => protocol::index_i64(vm, g)?,
        None => NUM_GENERATIONS - 1,
    };
    if !(0..NUM_GENERATIONS).contains(&g) {
        return Err(PyErr::value_error("invalid generation"));
    }
    let n = collect::collect_with_callbacks(vm, g as usize)?;
    Ok(int::new_int(n as i64))
}

fn gc_enable(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("enable", a, kw, 0, 0)?;
    GC.enabled.set(true);
    Ok(singletons::none())
}

fn gc_disable(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("disable", a, kw, 0, 0)?;
    GC.enabled.set(false);
    Ok(singletons::none())
}

fn gc_isenabled(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("isenabled", a, kw, 0, 0)?;
    Ok(boolobj::new_bool(GC.enabled.get()))
}

/// `gc.get_count()`: allocations minus deallocations of GC objects since the last young
/// collection, then the number of collections of each younger generation since the last
/// collection of the next one.
fn gc_get_count(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("get_count", a, kw, 0, 0)?;
    tuple::new_tuple(GC.count.iter().map(|c| int::new_int(c.get())).collect())
}

fn gc_get_threshold(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("get_threshold", a, kw, 0, 0)?;
    tuple::new_tuple(GC.threshold.iter().map(|c| int::new_int(c.get())).collect())
}

/// `gc.set_threshold(threshold0[, threshold1[, threshold2]])`.
fn gc_set_threshold(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::no_kwargs("set_threshold", kw)?;
    if a.is_empty() || a.len() > 3 {
        let (bound, n) = if a.is_empty() { ("at least", 1) } else { ("at most", 3) };
        return Err(PyErr::type_error(format!(
            "set_threshold() takes {bound} {n} argument{} ({} given)",
            if n == 1 { "" } else { "s" },
            a.len()
        )));
    }
    let mut values = Vec::with_capacity(a.len());
    for v in a {
        values.push(int_arg(vm, v)?);
    }
    for (slot, v) in GC.threshold.iter().zip(values) {
        slot.set(v);
    }
    Ok(singletons::none())
}

/// A C `int` argument: TypeError for non-integers (floats included), OverflowError past i32.
fn int_arg(vm: &mut Vm, v: &Obj) -> PyResult<i64> {
    if float::float_value(v).is_some() {
        return Err(PyErr::type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = protocol::index_i64(vm, v)?;
    if n > i32::MAX as i64 {
        return Err(PyErr::overflow_error("signed integer is greater than maximum"));
    }
    if n < i32::MIN as i64 {
        return Err(PyErr::overflow_error("signed integer is less than minimum"));
    }
    Ok(n)
}

/// `gc.get_stats()`: one dict per generation.
fn gc_get_stats(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("get_stats", a, kw, 0, 0)?;
    let mut out = Vec::new();
    for s in &COLLECTOR.stats {
        let st = s.get();
        let d = protocol::dict_from_pairs(
            vm,
            vec![
                (str::new_str("collections"), int::new_int(st.collections as i64)),
                (str::new_str("collected"), int::new_int(st.collected as i64)),
                (str::new_str("uncollectable"), int::new_int(st.uncollectable as i64)),
            ],
        )?;
        out.push(d);
    }
    list::new_list(out)
}

fn gc_is_tracked(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("is_tracked", a, kw, 1, 1)?;
    Ok(boolobj::new_bool(mgc::is_tracked(&a[0])))
}

fn gc_is_finalized(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("is_finalized", a, kw, 1, 1)?;
    Ok(boolobj::new_bool(mgc::is_finalized_obj(&a[0])))
}

/// `gc.get_objects(generation=None)`: the tracked objects of one generation or of all.
fn gc_get_objects(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [generation] = args::bind("get_objects", a, kw, ["generation"], 0, 1)?;
    let g = match generation.filter(|g| !singletons::is_none(g)) {
        None => -1,
        Some(g) => protocol::index_i64(vm, g)?,
    };
    // As in CPython, -1 (the C default) means every generation.
    let objs = match g {
        -1 => mgc::all_objects(),
        g => {
            if g >= NUM_GENERATIONS {
                return Err(PyErr::value_error(format!(
                    "generation parameter must be less than the number of available generations ({NUM_GENERATIONS})"
                )));
            }
            if g < 0 {
                return Err(PyErr::value_error("generation parameter cannot be negative"));
            }
            mgc::generation_objects(g as usize)
        }
    };
    list::new_list(objs)
}

/// `gc.get_referrers(*objs)`: the tracked objects whose `traverse` visits any of `objs`.
fn gc_get_referrers(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::no_kwargs("get_referrers", kw)?;
    let targets: std::collections::HashSet<usize> = a.iter().map(|o| o.addr()).collect();
    let mut out = Vec::new();
    for o in mgc::all_objects() {
        let mut hit = false;
        if let Some(t) = o.ty().slots.traverse.get() {
            t(&o, &mut |child: &Obj| hit |= targets.contains(&child.addr()));
        }
        if hit {
            out.push(o);
        }
    }
    list::new_list(out)
}

/// `gc.get_referents(*objs)`: what each collector-aware object among `objs` refers to.
fn gc_get_referents(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::no_kwargs("get_referents", kw)?;
    let mut out = Vec::new();
    for o in a {
        if !mgc::is_gc_object(o) {
            continue;
        }
        if let Some(t) = o.ty().slots.traverse.get() {
            t(o, &mut |child: &Obj| out.push(child.clone()));
        }
    }
    list::new_list(out)
}

fn gc_freeze(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("freeze", a, kw, 0, 0)?;
    mgc::freeze();
    Ok(singletons::none())
}

fn gc_unfreeze(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("unfreeze", a, kw, 0, 0)?;
    mgc::unfreeze();
    Ok(singletons::none())
}

fn gc_get_freeze_count(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("get_freeze_count", a, kw, 0, 0)?;
    Ok(int::new_int(mgc::freeze_count() as i64))
}

fn gc_set_debug(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("set_debug", a, kw, 1, 1)?;
    let flags = int_arg(vm, &a[0])?;
    COLLECTOR.debug.set(flags as u32);
    Ok(singletons::none())
}

fn gc_get_debug(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("get_debug", a, kw, 0, 0)?;
    Ok(int::new_int(COLLECTOR.debug.get() as i64))
}

/// The `gc` module. `gc.garbage` and `gc.callbacks` are lists the collector reads through
/// `COLLECTOR`; they are created once and shared by every import.
pub fn make_module(_: &mut Vm) -> PyResult<Obj> {
    let (m, d) = super::new_native_module(
        "gc",
        &[
            ("collect", gc_collect),
            ("enable", gc_enable),
            ("disable", gc_disable),
            ("isenabled", gc_isenabled),
            ("get_count", gc_get_count),
            ("get_threshold", gc_get_threshold),
            ("set_threshold", gc_set_threshold),
            ("get_stats", gc_get_stats),
            ("is_tracked", gc_is_tracked),
            ("is_finalized", gc_is_finalized),
            ("get_objects", gc_get_objects),
            ("get_referrers", gc_get_referrers),
            ("get_referents", gc_get_referents),
            ("freeze", gc_freeze),
            ("unfreeze", gc_unfreeze),
            ("get_freeze_count", gc_get_freeze_count),
            ("set_debug", gc_set_debug),
            ("get_debug", gc_get_debug),
        ],
    )?;
    // SAFETY: single-threaded short accesses to the collector's list slots.
    let (garbage, callbacks) = unsafe {
        let g = &mut *COLLECTOR.garbage.get();
        let c = &mut *COLLECTOR.callbacks.get();
        if g.is_none() {
            *g = Some(list::new_list(Vec::new())?);
        }
        if c.is_none() {
            *c = Some(list::new_list(Vec::new())?);
        }
        (g.clone().expect("set above"), c.clone().expect("set above"))
    };
    super::set(&d, "garbage", garbage);
    super::set(&d, "callbacks", callbacks);
    for (name, v) in [
        ("DEBUG_STATS", debug::STATS),
        ("DEBUG_COLLECTABLE", debug::COLLECTABLE),
        ("DEBUG_UNCOLLECTABLE", debug::UNCOLLECTABLE),
        ("DEBUG_SAVEALL", debug::SAVEALL),
        ("DEBUG_LEAK", debug::LEAK),
    ] {
        super::set(&d, name, int::new_int(v as i64));
    }
    super::set(
        &d,
        "__doc__",
        str::new_str("This module provides access to the garbage collector for reference cycles."),
    );
    Ok(m)
}
