//! The `_tracemalloc` module under the stdlib's `tracemalloc.py`: starts and stops the
//! allocation tracer of `memory::tracemalloc` and hands its traces to Python in CPython's
//! shapes (`(domain, size, traceback, total_nframe)`, tracebacks most recent frame first).

use crate::memory::tracemalloc::{self as tm, TRACER};
use crate::object::*;
use crate::vm::Vm;

const MAX_NFRAME: i64 = 65535;

fn t_start(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [nframe] = args::bind("start", a, kw, ["nframe"], 0, 1)?;
    let n = match nframe {
        Some(n) => protocol::index_i64(vm, n)?,
        None => 1,
    };
    if !(1..=MAX_NFRAME).contains(&n) {
        return Err(PyErr::value_error(format!("the number of frames must be in range [1; {MAX_NFRAME}]")));
    }
    tm::start(n as usize);
    Ok(singletons::none())
}

fn t_stop(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("stop", a, kw, 0, 0)?;
    tm::stop();
    Ok(singletons::none())
}

fn t_is_tracing(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("is_tracing", a, kw, 0, 0)?;
    Ok(boolobj::new_bool(TRACER.tracing.get()))
}

fn t_get_traced_memory(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("get_traced_memory", a, kw, 0, 0)?;
    tuple::new_tuple(vec![int::new_int(TRACER.current.get() as i64), int::new_int(TRACER.peak.get() as i64)])
}

fn t_reset_peak(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("reset_peak", a, kw, 0, 0)?;
    TRACER.peak.set(TRACER.current.get());
    Ok(singletons::none())
}

fn t_clear_traces(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("clear_traces", a, kw, 0, 0)?;
    tm::clear_traces();
    Ok(singletons::none())
}

fn t_get_traceback_limit(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("get_traceback_limit", a, kw, 0, 0)?;
    Ok(int::new_int(TRACER.nframe.get() as i64))
}

fn t_get_tracemalloc_memory(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("get_tracemalloc_memory", a, kw, 0, 0)?;
    Ok(int::new_int(tm::own_memory() as i64))
}

/// A traceback as a tuple of `(filename, lineno)`, most recent first.
fn traceback_obj(frames: &[(String, u32)]) -> PyResult<Obj> {
    let items = frames
        .iter()
        .map(|(f, l)| tuple::new_tuple(vec![str::new_str(f), int::new_int(*l as i64)]))
        .collect::<PyResult<Vec<Obj>>>()?;
    tuple::new_tuple(items)
}

/// `_get_traces()`: every live traced allocation. As in CPython, the list and tuples made here
/// are not traced themselves (a snapshot doesn't count its own copy of the traces).
fn t_get_traces(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("_get_traces", a, kw, 0, 0)?;
    tm::untraced(build_traces)
}

fn build_traces() -> PyResult<Obj> {
    let traces = tm::traces();
    let mut out = Vec::with_capacity(traces.len());
    for (_, t) in traces {
        out.push(tuple::new_tuple(vec![
            int::new_int(0),
            int::new_int(t.size as i64),
            traceback_obj(&t.frames)?,
            int::new_int(t.total_nframe as i64),
        ])?);
    }
    list::new_list(out)
}

fn t_get_object_traceback(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("_get_object_traceback", a, kw, 1, 1)?;
    match tm::trace_of(a[0].addr()) {
        Some(t) => traceback_obj(&t.frames),
        None => Ok(singletons::none()),
    }
}

/// The `_tracemalloc` module.
pub fn make_module(_: &mut Vm) -> PyResult<Obj> {
    let (m, _) = super::new_native_module(
        "_tracemalloc",
        &[
            ("start", t_start),
            ("stop", t_stop),
            ("is_tracing", t_is_tracing),
            ("get_traced_memory", t_get_traced_memory),
            ("reset_peak", t_reset_peak),
            ("clear_traces", t_clear_traces),
            ("get_traceback_limit", t_get_traceback_limit),
            ("get_tracemalloc_memory", t_get_tracemalloc_memory),
            ("_get_traces", t_get_traces),
            ("_get_object_traceback", t_get_object_traceback),
        ],
    )?;
    Ok(m)
}
