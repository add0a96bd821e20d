//! `range`: an immutable arithmetic sequence, and its iterators. Bounds that fit a machine
//! word take the fast path (`i64` fields, a `range_iterator` the VM steps without allocating);
//! anything larger is kept as arbitrary-size ints, as CPython's `range` allows
//! (`range(10**20)[-1]`, `10**19 in range(0, 10**20, 10)`).

use super::header::{Obj, ObjectHeader, PyPayload};
use super::typeobj::{GetSetDef, MethodDef, MethodKind, TypeObject};
use super::{boolobj, int, protocol, singletons, str as pystr, tuple, CompareOp, PyErr, PyResult};
use crate::memory::alloc::{alloc_object, free_object};
use crate::slots;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cell::Cell;

/// Arbitrary-size bounds of a range that doesn't fit machine words.
struct BigRange {
    start: BigInt,
    stop: BigInt,
    step: BigInt,
    len: BigInt,
}

#[repr(C)]
pub struct RangeObject {
    head: ObjectHeader,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: i64,
    /// Non-null when some bound or the length doesn't fit an `i64`; owned.
    big: *mut BigRange,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for RangeObject {
    fn static_type() -> &'static TypeObject {
        &RANGE_TYPE
    }
}

impl RangeObject {
    fn big(&self) -> Option<&BigRange> {
        // SAFETY: a non-null `big` is owned by the object and lives as long as it.
        unsafe { self.big.as_ref() }
    }

    /// `(start, stop, step, len)` as arbitrary-size ints.
    fn values(&self) -> (BigInt, BigInt, BigInt, BigInt) {
        match self.big() {
            Some(b) => (b.start.clone(), b.stop.clone(), b.step.clone(), b.len.clone()),
            None => (self.start.into(), self.stop.into(), self.step.into(), self.len.into()),
        }
    }
}

/// The number of items of `range(start, stop, step)` (step non-zero).
fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, st) = if step.is_positive() { (start, stop, step.clone()) } else { (stop, start, -step) };
    if lo >= hi {
        BigInt::zero()
    } else {
        (hi - lo - 1u32) / st + 1u32
    }
}

unsafe fn range_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: free the big bounds (if any) and the block.
    unsafe {
        let big = (*(obj as *mut RangeObject)).big;
        if !big.is_null() {
            drop(Box::from_raw(big));
        }
        free_object(obj, 0);
    }
}

unsafe fn rangeiter_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: plain data payload.
    unsafe { free_object(obj, 0) };
}

/// A range from arbitrary-size bounds (step non-zero).
fn new_range_big(start: BigInt, stop: BigInt, step: BigInt) -> PyResult<Obj> {
    let len = big_len(&start, &stop, &step);
    let small = (start.to_i64(), stop.to_i64(), step.to_i64(), len.to_i64());
    let ptr = alloc_object(&RANGE_TYPE, 0)?;
    // SAFETY: fresh block with a range's layout.
    unsafe {
        let r = ptr as *mut RangeObject;
        match small {
            (Some(a), Some(b), Some(c), Some(n)) => {
                std::ptr::addr_of_mut!((*r).start).write(a);
                std::ptr::addr_of_mut!((*r).stop).write(b);
                std::ptr::addr_of_mut!((*r).step).write(c);
                std::ptr::addr_of_mut!((*r).len).write(n);
                std::ptr::addr_of_mut!((*r).big).write(std::ptr::null_mut());
            }
            _ => {
                std::ptr::addr_of_mut!((*r).start).write(0);
                std::ptr::addr_of_mut!((*r).stop).write(0);
                std::ptr::addr_of_mut!((*r).step).write(1);
                std::ptr::addr_of_mut!((*r).len).write(0);
                let b = Box::new(BigRange { start, stop, step, len });
                std::ptr::addr_of_mut!((*r).big).write(Box::into_raw(b));
            }
        }
        Ok(Obj::from_raw(ptr))
    }
}

/// A range over machine-word bounds (step non-zero).
pub fn new_range(start: i64, stop: i64, step: i64) -> PyResult<Obj> {
    new_range_big(start.into(), stop.into(), step.into())
}

fn arg_int(vm: &mut Vm, o: &Obj) -> PyResult<BigInt> {
    let Some(i) = protocol::index_opt(vm, o)? else {
        return Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            o.ty().name()
        )));
    };
    Ok(int::int_value(&i).expect("int").to_bigint())
}

fn range_new(vm: &mut Vm, _: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    super::args::no_kwargs("range", kwnames)?;
    let (start, stop, step) = match args.len() {
        1 => (BigInt::zero(), arg_int(vm, &args[0])?, BigInt::one()),
        2 => (arg_int(vm, &args[0])?, arg_int(vm, &args[1])?, BigInt::one()),
        3 => (arg_int(vm, &args[0])?, arg_int(vm, &args[1])?, arg_int(vm, &args[2])?),
        0 => return Err(PyErr::type_error("range expected at least 1 argument, got 0")),
        n => return Err(PyErr::type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step.is_zero() {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    new_range_big(start, stop, step)
}

fn r(o: &Obj) -> &RangeObject {
    o.downcast::<RangeObject>().expect("range")
}

fn range_repr(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let (start, stop, step, _) = r(o).values();
    let s = if step.is_one() {
        format!("range({start}, {stop})")
    } else {
        format!("range({start}, {stop}, {step})")
    };
    pystr::try_new_str(&s)
}

fn range_length(_: &mut Vm, o: &Obj) -> PyResult<usize> {
    let rg = r(o);
    match rg.big() {
        None => Ok(rg.len as usize),
        Some(b) => b
            .len
            .to_i64()
            .map(|n| n as usize)
            .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn range_bool(_: &mut Vm, o: &Obj) -> PyResult<bool> {
    let rg = r(o);
    Ok(match rg.big() {
        None => rg.len > 0,
        Some(b) => !b.len.is_zero(),
    })
}

/// Item `i` (already normalised).
fn item(r: &RangeObject, i: i64) -> i64 {
    r.start + i * r.step
}

fn range_getitem(vm: &mut Vm, o: &Obj, key: &Obj) -> PyResult<Obj> {
    let rg = r(o);
    if let Some(sl) = key.downcast::<super::slice::SliceObject>() {
        let (start, _, step, len) = rg.values();
        let (s0, s1, s2) = sl.indices_big(vm, &len)?;
        return new_range_big(&start + &s0 * &step, &start + &s1 * &step, step * s2);
    }
    let Some(i) = protocol::index_opt(vm, key)? else {
        return Err(PyErr::type_error(format!(
            "range indices must be integers or slices, not {}",
            key.ty().name()
        )));
    };
    if rg.big().is_none() {
        if let Some(i) = int::as_i64(&i) {
            let j = if i < 0 { i.saturating_add(rg.len) } else { i };
            if j < 0 || j >= rg.len {
                return Err(PyErr::index_error("range object index out of range"));
            }
            return Ok(int::new_int(item(rg, j)));
        }
    }
    let (start, _, step, len) = rg.values();
    let mut i = int::int_value(&i).expect("int").to_bigint();
    if i.is_negative() {
        i += &len;
    }
    if i.is_negative() || i >= len {
        return Err(PyErr::index_error("range object index out of range"));
    }
    int::new_bigint(start + i * step)
}

/// The position of `v` in the range, if present.
fn position(rg: &RangeObject, v: &BigInt) -> Option<BigInt> {
    let (start, stop, step, _) = rg.values();
    let inside = if step.is_positive() { *v >= start && *v < stop } else { *v <= start && *v > stop };
    if !inside {
        return None;
    }
    let (q, rem) = (v - &start).div_rem(&step);
    if rem.is_zero() {
        Some(q)
    } else {
        None
    }
}

fn position_small(rg: &RangeObject, v: i64) -> Option<i64> {
    let inside = if rg.step > 0 { v >= rg.start && v < rg.stop } else { v <= rg.start && v > rg.stop };
    if inside && (v as i128 - rg.start as i128) % rg.step as i128 == 0 {
        Some(((v as i128 - rg.start as i128) / rg.step as i128) as i64)
    } else {
        None
    }
}

/// Where an exact int (or bool) lies in the range.
fn int_position(rg: &RangeObject, x: &Obj) -> Option<BigInt> {
    if rg.big().is_none() {
        if let Some(v) = int::as_i64(x) {
            return position_small(rg, v).map(BigInt::from);
        }
    }
    position(rg, &int::int_value(x)?.to_bigint())
}

fn range_contains(vm: &mut Vm, o: &Obj, x: &Obj) -> PyResult<bool> {
    let rg = r(o);
    if x.is_exact::<int::IntObject>() || super::boolobj::is_bool(x) {
        return Ok(int_position(rg, x).is_some());
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
    if rg.big().is_none() && rg.start.checked_add(rg.step.saturating_mul(rg.len)).is_some() {
        return new_range_iterator(rg.start, rg.step, rg.len);
    }
    let (start, _, step, len) = rg.values();
    new_long_range_iterator(start, step, len)
}

fn range_richcompare(_: &mut Vm, a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    let Some(y) = b.downcast::<RangeObject>() else {
        return Ok(singletons::not_implemented());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(singletons::not_implemented());
    }
    let (xs, _, xst, xl) = r(a).values();
    let (ys, _, yst, yl) = y.values();
    let eq = xl == yl && (xl.is_zero() || (xs == ys && (xl.is_one() || xst == yst)));
    Ok(boolobj::new_bool(eq == (op == CompareOp::Eq)))
}

fn range_hash(vm: &mut Vm, o: &Obj) -> PyResult<i64> {
    let (start, _, step, len) = r(o).values();
    let t = if len.is_zero() {
        tuple::new_tuple(vec![int::new_int(0), singletons::none(), singletons::none()])?
    } else if len.is_one() {
        tuple::new_tuple(vec![int::new_int(1), int::new_bigint(start)?, singletons::none()])?
    } else {
        tuple::new_tuple(vec![int::new_bigint(len)?, int::new_bigint(start)?, int::new_bigint(step)?])?
    };
    protocol::hash(vm, &t)
}

fn m_count(vm: &mut Vm, o: &Obj, args: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    super::args::check_arity("count", args, kw, 1, 1)?;
    if args[0].is_exact::<int::IntObject>() || super::boolobj::is_bool(&args[0]) {
        return Ok(int::new_int(int_position(r(o), &args[0]).is_some() as i64));
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
    if args[0].is_exact::<int::IntObject>() || super::boolobj::is_bool(&args[0]) {
        if let Some(p) = int_position(r(o), &args[0]) {
            return int::new_bigint(p);
        }
    } else {
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
    if rg.big().is_none() {
        let last = if rg.len == 0 { rg.start } else { item(rg, rg.len - 1) };
        if last.checked_sub(rg.step.saturating_mul(rg.len)).is_some() {
            return new_range_iterator(last, -rg.step, rg.len);
        }
    }
    let (start, _, step, len) = rg.values();
    let last = if len.is_zero() { start.clone() } else { &start + (&len - 1u32) * &step };
    new_long_range_iterator(last, -step, len)
}

fn get_start(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    int::new_bigint(r(o).values().0)
}
fn get_stop(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    int::new_bigint(r(o).values().1)
}
fn get_step(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    int::new_bigint(r(o).values().2)
}

fn m_reduce(_: &mut Vm, o: &Obj, _args: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    let (start, stop, step, _) = r(o).values();
    let a = tuple::new_tuple(vec![int::new_bigint(start)?, int::new_bigint(stop)?, int::new_bigint(step)?])?;
    tuple::new_tuple(vec![RANGE_TYPE.as_obj(), a])
}

static RANGE_METHODS: &[MethodDef] = &[
    MethodDef { name: "count", func: m_count, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "index", func: m_index, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "__reversed__", func: m_reversed, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "__reduce__", func: m_reduce, kind: MethodKind::Instance, doc: "" },
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
    Some("range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object that produces a sequence of integers from start (inclusive)\nto stop (exclusive) by step."),
);

/// The iterator over a range whose values leave the machine-word range (CPython's
/// `longrange_iterator`).
#[repr(C)]
pub struct LongRangeIterObject {
    head: ObjectHeader,
    state: std::cell::UnsafeCell<(BigInt, BigInt, BigInt)>,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for LongRangeIterObject {
    fn static_type() -> &'static TypeObject {
        &LONG_RANGE_ITERATOR_TYPE
    }
}

unsafe fn longrangeiter_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: drop the state, free the block.
    unsafe {
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*(obj as *mut LongRangeIterObject)).state));
        free_object(obj, 0);
    }
}

fn new_long_range_iterator(start: BigInt, step: BigInt, len: BigInt) -> PyResult<Obj> {
    let ptr = alloc_object(&LONG_RANGE_ITERATOR_TYPE, 0)?;
    // SAFETY: fresh block with the layout.
    unsafe {
        let it = ptr as *mut LongRangeIterObject;
        std::ptr::addr_of_mut!((*it).state).write(std::cell::UnsafeCell::new((start, step, len)));
        Ok(Obj::from_raw(ptr))
    }
}

fn longrangeiter_next(_: &mut Vm, o: &Obj) -> PyResult<Option<Obj>> {
    let it = o.downcast::<LongRangeIterObject>().expect("longrange_iterator");
    // SAFETY: a short access; no Python code runs.
    let (next, step, len) = unsafe { &mut *it.state.get() };
    if !len.is_positive() {
        return Ok(None);
    }
    let v = next.clone();
    *next += &*step;
    *len -= 1u32;
    int::new_bigint(v).map(Some)
}

fn longrangeiter_length_hint(_: &mut Vm, o: &Obj, _: &[Obj], _: Option<&Obj>) -> PyResult<Obj> {
    let it = o.downcast::<LongRangeIterObject>().expect("longrange_iterator");
    // SAFETY: a short read.
    let len = unsafe { (*it.state.get()).2.clone() };
    int::new_bigint(len.max(BigInt::zero()))
}

static LONGRANGEITER_METHODS: &[MethodDef] = &[MethodDef {
    name: "__length_hint__",
    func: longrangeiter_length_hint,
    kind: MethodKind::Instance,
    doc: "",
}];

pub static LONG_RANGE_ITERATOR_TYPE: TypeObject = TypeObject::builtin(
    "longrange_iterator",
    std::mem::size_of::<LongRangeIterObject>(),
    0,
    Some(&super::base::OBJECT_TYPE),
    slots!(longrangeiter_dealloc, iter: super::iter::self_iter, iternext: longrangeiter_next),
    LONGRANGEITER_METHODS,
    &[],
    None,
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
    slots!(rangeiter_dealloc, iter: super::iter::self_iter, iternext: rangeiter_next),
    RANGEITER_METHODS,
    &[],
    None,
);
