//! `range`: an immutable arithmetic sequence (machine-word bounds), and its iterator.

use super::header::{Obj, ObjectHeader, PyPayload};
use super::typeobj::{GetSetDef, MethodDef, MethodKind, TypeObject};
use super::{boolobj, int, protocol, singletons, str as pystr, tuple, CompareOp, PyErr, PyResult};
use crate::memory::alloc::{alloc_object, free_object};
use crate::slots;
use crate::vm::Vm;
use std::cell::Cell;

#[repr(C)]
pub struct RangeObject {
    head: ObjectHeader,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: i64,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for RangeObject {
    fn static_type() -> &'static TypeObject {
        &RANGE_TYPE
    }
}

fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    let (lo, hi, st) = if step > 0 {
        (start as i128, stop as i128, step as i128)
    } else {
        (stop as i128, start as i128, -(step as i128))
    };
    if lo >= hi {
        0
    } else {
        ((hi - lo - 1) / st + 1).min(i64::MAX as i128) as i64
    }
}

unsafe fn range_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: plain data payload.
    unsafe { free_object(obj, 0) };
}

pub fn new_range(start: i64, stop: i64, step: i64) -> PyResult<Obj> {
    let ptr = alloc_object(&RANGE_TYPE, 0)?;
    // SAFETY: fresh block with a range's layout.
    unsafe {
        let r = ptr as *mut RangeObject;
        (*r).start = start;
        (*r).stop = stop;
        (*r).step = step;
        (*r).len = range_len(start, stop, step);
        Ok(Obj::from_raw(ptr))
    }
}

fn arg_i64(vm: &mut Vm, o: &Obj) -> PyResult<i64> {
    let Some(i) = protocol::index_opt(vm, o)? else {
        return Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            o.ty().name()
        )));
    };
    int::as_i64(&i).ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C ssize_t"))
}

fn range_new(vm: &mut Vm, _: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    super::args::no_kwargs("range", kwnames)?;
    let (start, stop, step) = match args.len() {
        1 => (0, arg_i64(vm, &args[0])?, 1),
        2 => (arg_i64(vm, &args[0])?, arg_i64(vm, &args[1])?, 1),
        3 => (arg_i64(vm, &args[0])?, arg_i64(vm, &args[1])?, arg_i64(vm, &args[2])?),
        0 => return Err(PyErr::type_error("range expected at least 1 argument, got 0")),
        n => return Err(PyErr::type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step == 0 {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    new_range(start, stop, step)
}

fn r(o: &Obj) -> &RangeObject {
    o.downcast::<RangeObject>().expect("range")
}

fn range_repr(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let r = r(o);
    let s = if r.step == 1 {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    };
    pystr::try_new_str(&s)
}

fn range_length(_: &mut Vm, o: &Obj) -> PyResult<usize> {
    Ok(r(o).len as usize)
}

fn range_bool(_: &mut Vm, o: &Obj) -> PyResult<bool> {
    Ok(r(o).len > 0)
}

/// Item `i` (already normalised).
fn item(r: &RangeObject, i: i64) -> i64 {
    r.start + i * r.step
}

fn range_getitem(vm: &mut Vm, o: &Obj, key: &Obj) -> PyResult<Obj> {
    let rg = r(o);
    if let Some(sl) = key.downcast::<super::slice::SliceObject>() {
        let (start, stop, step, _) = sl.indices(vm, rg.len as usize)?;
        let new_start = rg.start + start * rg.step;
        let new_stop = rg.start + stop * rg.step;
        return new_range(new_start, new_stop, rg.step * step);
    }
    let Some(i) = protocol::index_opt(vm, key)? else {
        return Err(PyErr::type_error(format!(
            "range indices must be integers or slices, not {}",
            key.ty().name()
        )));
    };
    let i = int::to_i64_saturating(&i);
    let j = if i < 0 { i.saturating_add(rg.len) } else { i };
    if j < 0 || j >= rg.len {
        return Err(PyErr::index_error("range object index out of range"));
    }
    Ok(int::new_int(item(rg, j)))
}

/// The position of `v` in the range, if present.
fn position(rg: &RangeObject, v: i64) -> Option<i64> {
    let inside = if rg.step > 0 { v >= rg.start && v < rg.stop } else { v <= rg.start && v > rg.stop };
    if inside && (v - rg.start) % rg.step == 0 {
        Some((v - rg.start) / rg.step)
    } else {
        None
    }
}

fn range_contains(vm: &mut Vm, o: &Obj, x: &Obj) -> PyResult<bool> {
    let rg = r(o);
    if x.is_exact::<int::IntObject>() || super::boolobj::is_bool(x) {
        return Ok(int::as_i64(x).and_then(|v| position(rg, v)).is_some());
    }
    let it = protocol::get_iter(vm, o)?;
    while let Some(v) = protocol::next(vm, &it)? {
        if protocol::eq(vm, &v, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn range_iter(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let rg = r(o);
    new_range_iterator(rg.start, rg.step, rg.len)
}

fn range_richcompare(_: &mut Vm, a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    let Some(y) = b.downcast::<RangeObject>() else {
        return Ok(singletons::not_implemented());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(singletons::not_implemented());
    }
    let x = r(a);
    let eq = x.len == y.len && (x.len == 0 || (x.start == y.start && (x.len == 1 || x.step == y.step)));
    Ok(boolobj::new_bool(eq == (op == CompareOp::Eq)))
}

fn range_hash(vm: &mut Vm, o: &Obj) -> PyResult<i64> {
    let rg = r(o);
    let t = match rg.len {
        0 => tuple::new_tuple(vec![int::new_int(0), singletons::none(), singletons::none()])?,
        1 => tuple::new_tuple(vec![int::new_int(1), int::new_int(rg.start), singletons::none()])?,
        n => tuple::new_tuple(vec![int::new_int(n), int::new_int(rg.start), int::new_int(rg.step)])?,
    };
    protocol::hash(vm, &t)
}

fn m_count(vm: &mut Vm, o: &Obj, args: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    super::args::check_arity("count", args, kw, 1, 1)?;
    if args[0].is_exact::<int::IntObject>() {
        return Ok(int::new_int(int::as_i64(&args[0]).and_then(|v| position(r(o), v)).is_some() as i64));
    }
    let mut n = 0;
    let it = protocol::get_iter(vm, o)?;
    while let Some(v) = protocol::next(vm, &it)? {
        if protocol::eq(vm, &v, &args[0])? {
            n += 1;
        }
    }
    Ok(int::new_int(n))
}

fn m_index(vm: &mut Vm, o: &Obj, args: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    super::args::check_arity("index", args, kw, 1, 1)?;
    if let Some(p) = int::as_i64(&args[0]).and_then(|v| position(r(o), v)) {
        return Ok(int::new_int(p));
    }
    if !int::is_int(&args[0]) {
        let it = protocol::get_iter(vm, o)?;
        let mut i = 0;
        while let Some(v) = protocol::next(vm, &it)? {
            if protocol::eq(vm, &v, &args[0])? {
                return Ok(int::new_int(i));
            }
            i += 1;
        }
    }
    let rep = protocol::repr(vm, &args[0])?;
    Err(PyErr::value_error(format!("{} is not in range", pystr::as_str(&rep))))
}

fn m_reversed(_: &mut Vm, o: &Obj, args: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    super::args::check_arity("__reversed__", args, kw, 0, 0)?;
    let rg = r(o);
    let last = if rg.len == 0 { rg.start } else { item(rg, rg.len - 1) };
    new_range_iterator(last, -rg.step, rg.len)
}

fn get_start(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(int::new_int(r(o).start))
}
fn get_stop(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(int::new_int(r(o).stop))
}
fn get_step(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(int::new_int(r(o).step))
}

static RANGE_METHODS: &[MethodDef] = &[
    MethodDef { name: "count", func: m_count, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "index", func: m_index, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "__reversed__", func: m_reversed, kind: MethodKind::Instance, doc: "" },
];

static RANGE_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "start", get: get_start, set: None, doc: "" },
    GetSetDef { name: "stop", get: get_stop, set: None, doc: "" },
    GetSetDef { name: "step", get: get_step, set: None, doc: "" },
];

pub static RANGE_TYPE: TypeObject = TypeObject::builtin(
    "range",
    std::mem::size_of::<RangeObject>(),
    0,
    Some(&super::base::OBJECT_TYPE),
    slots!(range_dealloc,
        repr: range_repr, len: range_length, bool: range_bool, getitem: range_getitem,
        contains: range_contains, iter: range_iter, richcompare: range_richcompare, hash: range_hash,
        new: range_new),
    RANGE_METHODS,
    RANGE_GETSETS,
    Some("range(stop) -> range object\nrange(start, stop[, step]) -> range object"),
);

/// The iterator over a range.
#[repr(C)]
pub struct RangeIterObject {
    head: ObjectHeader,
    next: Cell<i64>,
    step: i64,
    remaining: Cell<i64>,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for RangeIterObject {
    fn static_type() -> &'static TypeObject {
        &RANGE_ITERATOR_TYPE
    }
}

pub fn new_range_iterator(start: i64, step: i64, len: i64) -> PyResult<Obj> {
    let ptr = alloc_object(&RANGE_ITERATOR_TYPE, 0)?;
    // SAFETY: fresh block with the iterator's layout.
    unsafe {
        let it = ptr as *mut RangeIterObject;
        std::ptr::addr_of_mut!((*it).next).write(Cell::new(start));
        std::ptr::addr_of_mut!((*it).step).write(step);
        std::ptr::addr_of_mut!((*it).remaining).write(Cell::new(len));
        Ok(Obj::from_raw(ptr))
    }
}

/// The next value of a range iterator without allocating a StopIteration (the VM's FOR_ITER
/// fast path).
#[inline]
pub fn range_iter_next_value(it: &RangeIterObject) -> Option<i64> {
    let rem = it.remaining.get();
    if rem <= 0 {
        return None;
    }
    let v = it.next.get();
    it.remaining.set(rem - 1);
    it.next.set(v.wrapping_add(it.step));
    Some(v)
}

fn rangeiter_next(_: &mut Vm, o: &Obj) -> PyResult<Option<Obj>> {
    let it = o.downcast::<RangeIterObject>().expect("range_iterator");
    Ok(range_iter_next_value(it).map(int::new_int))
}

fn rangeiter_length_hint(_: &mut Vm, o: &Obj, _: &[Obj], _: Option<&Obj>) -> PyResult<Obj> {
    Ok(int::new_int(o.downcast::<RangeIterObject>().expect("range_iterator").remaining.get().max(0)))
}

static RANGEITER_METHODS: &[MethodDef] = &[MethodDef {
    name: "__length_hint__",
    func: rangeiter_length_hint,
    kind: MethodKind::Instance,
    doc: "",
}];

pub static RANGE_ITERATOR_TYPE: TypeObject = TypeObject::builtin(
    "range_iterator",
    std::mem::size_of::<RangeIterObject>(),
    0,
    Some(&super::base::OBJECT_TYPE),
    slots!(range_dealloc, iter: super::iter::self_iter, iternext: rangeiter_next),
    RANGEITER_METHODS,
    &[],
    None,
);
