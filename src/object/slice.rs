//! `slice` objects and the index arithmetic shared by every sequence.

use super::header::{Obj, ObjectHeader, PyPayload};
use super::typeobj::{GetSetDef, MethodDef, MethodKind, TypeObject};
use super::{int, protocol, singletons, str as pystr, tuple, CompareOp, PyErr, PyResult};
use crate::memory::alloc::{alloc_object, free_object};
use crate::slots;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

#[repr(C)]
pub struct SliceObject {
    head: ObjectHeader,
    pub start: Obj,
    pub stop: Obj,
    pub step: Obj,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for SliceObject {
    fn static_type() -> &'static TypeObject {
        &SLICE_TYPE
    }
}

/// Converts a slice bound to an i64, clamping huge ints (CPython's `_PyEval_SliceIndex`).
fn bound(vm: &mut Vm, o: &Obj) -> PyResult<Option<i64>> {
    if singletons::is_none(o) {
        return Ok(None);
    }
    match protocol::index_opt(vm, o)? {
        Some(i) => Ok(Some(int::to_i64_saturating(&i))),
        None => Err(PyErr::type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

impl SliceObject {
    /// `(start, stop, step, slicelength)` for a sequence of `len` items (CPython's
    /// `PySlice_GetIndicesEx`).
    pub fn indices(&self, vm: &mut Vm, len: usize) -> PyResult<(i64, i64, i64, usize)> {
        let step = bound(vm, &self.step)?.unwrap_or(1);
        if step == 0 {
            return Err(PyErr::value_error("slice step cannot be zero"));
        }
        let step = step.max(-i64::MAX);
        let len = len as i64;
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let adjust = |v: Option<i64>, default: i64| -> i64 {
            match v {
                None => default,
                Some(mut v) => {
                    if v < 0 {
                        v = v.saturating_add(len);
                        if v < lower {
                            v = lower;
                        }
                    } else if v > upper {
                        v = upper;
                    }
                    v
                }
            }
        };
        let start = adjust(bound(vm, &self.start)?, if step < 0 { upper } else { lower });
        let stop = adjust(bound(vm, &self.stop)?, if step < 0 { lower } else { upper });
        let n = if step < 0 {
            if stop < start {
                ((start - stop - 1) / (-step) + 1) as usize
            } else {
                0
            }
        } else if start < stop {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        };
        Ok((start, stop, step, n))
    }
}

/// A slice bound as an arbitrary-size int, or `None`.
fn bound_big(vm: &mut Vm, o: &Obj) -> PyResult<Option<BigInt>> {
    if singletons::is_none(o) {
        return Ok(None);
    }
    match protocol::index_opt(vm, o)? {
        Some(i) => Ok(Some(int::int_value(&i).expect("int").to_bigint())),
        None => Err(PyErr::type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

impl SliceObject {
    /// `(start, stop, step)` for a sequence of any `len`, with arbitrary-size ints (CPython's
    /// `_PySlice_GetLongIndices`, behind `slice.indices` and range slicing).
    pub fn indices_big(&self, vm: &mut Vm, len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
        let step = bound_big(vm, &self.step)?.unwrap_or_else(|| BigInt::from(1));
        if step.is_zero() {
            return Err(PyErr::value_error("slice step cannot be zero"));
        }
        let negative = step.is_negative();
        let (lower, upper) =
            if negative { (BigInt::from(-1), len - 1) } else { (BigInt::zero(), len.clone()) };
        let adjust = |v: Option<BigInt>, default: &BigInt| -> BigInt {
            match v {
                None => default.clone(),
                Some(v) if v.is_negative() => {
                    let v = v + len;
                    if v < lower {
                        lower.clone()
                    } else {
                        v
                    }
                }
                Some(v) if v > upper => upper.clone(),
                Some(v) => v,
            }
        };
        let start = adjust(bound_big(vm, &self.start)?, if negative { &upper } else { &lower });
        let stop = adjust(bound_big(vm, &self.stop)?, if negative { &lower } else { &upper });
        Ok((start, stop, step))
    }
}

unsafe fn slice_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: a dying slice: drop its three references and free the block.
    unsafe {
        let s = obj as *mut SliceObject;
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*s).start));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*s).stop));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*s).step));
        free_object(obj, 0);
    }
}

pub fn new_slice(start: Obj, stop: Obj, step: Obj) -> PyResult<Obj> {
    let ptr = alloc_object(&SLICE_TYPE, 0)?;
    // SAFETY: fresh block with a slice's layout.
    unsafe {
        let s = ptr as *mut SliceObject;
        std::ptr::addr_of_mut!((*s).start).write(start);
        std::ptr::addr_of_mut!((*s).stop).write(stop);
        std::ptr::addr_of_mut!((*s).step).write(step);
        Ok(Obj::from_raw(ptr))
    }
}

fn slice_repr(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let s = o.downcast::<SliceObject>().expect("slice");
    let (a, b, c) =
        (protocol::repr(vm, &s.start)?, protocol::repr(vm, &s.stop)?, protocol::repr(vm, &s.step)?);
    pystr::try_new_str(&format!("slice({}, {}, {})", pystr::as_str(&a), pystr::as_str(&b), pystr::as_str(&c)))
}

fn slice_tuple(o: &Obj) -> PyResult<Obj> {
    let s = o.downcast::<SliceObject>().expect("slice");
    tuple::new_tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()])
}

fn slice_richcompare(vm: &mut Vm, a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    if b.downcast::<SliceObject>().is_none() {
        return Ok(singletons::not_implemented());
    }
    let (x, y) = (slice_tuple(a)?, slice_tuple(b)?);
    protocol::rich_compare(vm, &x, &y, op)
}

fn slice_new(_: &mut Vm, _: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    super::args::check_arity("slice", args, kwnames, 1, 3)?;
    let none = singletons::none;
    match args.len() {
        1 => new_slice(none(), args[0].clone(), none()),
        2 => new_slice(args[0].clone(), args[1].clone(), none()),
        _ => new_slice(args[0].clone(), args[1].clone(), args[2].clone()),
    }
}

fn get_start(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(o.downcast::<SliceObject>().expect("slice").start.clone())
}
fn get_stop(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(o.downcast::<SliceObject>().expect("slice").stop.clone())
}
fn get_step(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(o.downcast::<SliceObject>().expect("slice").step.clone())
}

fn slice_indices(vm: &mut Vm, o: &Obj, args: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    super::args::check_arity("indices", args, kw, 1, 1)?;
    let len = protocol::index(vm, &args[0])?;
    let len = int::int_value(&len).expect("int").to_bigint();
    if len.is_negative() {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let s = o.downcast::<SliceObject>().expect("slice");
    let (a, b, c) = s.indices_big(vm, &len)?;
    tuple::new_tuple(vec![int::new_bigint(a)?, int::new_bigint(b)?, int::new_bigint(c)?])
}

fn slice_hash(vm: &mut Vm, o: &Obj) -> PyResult<i64> {
    let t = slice_tuple(o)?;
    protocol::hash(vm, &t)
}

static SLICE_METHODS: &[MethodDef] = &[MethodDef {
    name: "indices",
    func: slice_indices,
    kind: MethodKind::Instance,
    doc: "S.indices(len) -> (start, stop, stride)",
}];

static SLICE_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "start", get: get_start, set: None, doc: "" },
    GetSetDef { name: "stop", get: get_stop, set: None, doc: "" },
    GetSetDef { name: "step", get: get_step, set: None, doc: "" },
];

pub static SLICE_TYPE: TypeObject = TypeObject::builtin(
    "slice",
    std::mem::size_of::<SliceObject>(),
    0,
    Some(&super::base::OBJECT_TYPE),
    slots!(slice_dealloc, repr: slice_repr, richcompare: slice_richcompare, hash: slice_hash, new: slice_new),
    SLICE_METHODS,
    SLICE_GETSETS,
    Some("slice(stop)\nslice(start, stop[, step])"),
);
