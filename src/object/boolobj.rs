//! `bool`: a subclass of `int` with exactly two static instances, `True` and `False`.

use super::header::{Obj, ObjectHeader};
use super::int::IntObject;
use super::typeobj::{GetSetDef, MethodDef, TypeObject};
use super::{int, protocol, singletons, PyResult};
use crate::slots;
use crate::syntax::ast::Operator;
use crate::vm::Vm;

pub static TRUE: IntObject = IntObject::new_static_bool(true);
pub static FALSE: IntObject = IntObject::new_static_bool(false);

#[inline]
pub fn new_bool(b: bool) -> Obj {
    let o = if b { &TRUE } else { &FALSE };
    // SAFETY: static immortal objects.
    unsafe { Obj::from_raw(o as *const IntObject as *const ObjectHeader as *mut ObjectHeader) }
}

#[inline]
pub fn is_true_obj(o: &Obj) -> bool {
    std::ptr::eq(o.as_ptr() as *const IntObject, &TRUE)
}

#[inline]
pub fn is_false_obj(o: &Obj) -> bool {
    std::ptr::eq(o.as_ptr() as *const IntObject, &FALSE)
}

#[inline]
pub fn is_bool(o: &Obj) -> bool {
    is_true_obj(o) || is_false_obj(o)
}

unsafe fn no_dealloc(_: *mut ObjectHeader) {}

fn bool_repr(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(super::str::intern(if is_true_obj(o) { "True" } else { "False" }))
}

fn bool_new(vm: &mut Vm, _: &Obj, args: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    super::args::check_arity("bool", args, kw, 0, 1)?;
    match args.first() {
        None => Ok(new_bool(false)),
        Some(x) => Ok(new_bool(protocol::is_true(vm, x)?)),
    }
}

macro_rules! bool_bitop {
    ($name:ident, $op:tt, $nb:expr) => {
        fn $name(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
            if is_bool(a) && is_bool(b) {
                return Ok(new_bool(is_true_obj(a) $op is_true_obj(b)));
            }
            match (int::int_value(a), int::int_value(b)) {
                (Some(x), Some(y)) => { let _ = vm; int::int_binary($nb, x, y) }
                _ => Ok(singletons::not_implemented()),
            }
        }
    };
}
bool_bitop!(bool_and, &, Operator::BitAnd);
bool_bitop!(bool_or, |, Operator::BitOr);
bool_bitop!(bool_xor, ^, Operator::BitXor);

fn bool_invert(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    // 3.12+ deprecates ~bool but still returns the int result.
    let _ = vm;
    Ok(int::new_int(!(is_true_obj(o) as i64)))
}

const NO_METHODS: &[MethodDef] = &[];
const NO_GETSETS: &[GetSetDef] = &[];

pub static BOOL_TYPE: TypeObject = TypeObject::builtin(
    "bool",
    std::mem::size_of::<IntObject>(),
    super::typeobj::flags::LONG_SUBCLASS,
    Some(&int::INT_TYPE),
    slots!(no_dealloc, repr: bool_repr, new: bool_new, invert: bool_invert),
    NO_METHODS,
    NO_GETSETS,
    Some("Returns True when the argument is true, False otherwise."),
);

pub fn init_type() {
    let n = &BOOL_TYPE.slots.number;
    n[Operator::BitAnd as usize].set(Some(bool_and));
    n[Operator::BitOr as usize].set(Some(bool_or));
    n[Operator::BitXor as usize].set(Some(bool_xor));
}
