//! `None`, `NotImplemented` and `Ellipsis`: static, immortal objects with their own types.

use super::header::{Obj, ObjectHeader, IMMORTAL_REFCNT};
use super::typeobj::{GetSetDef, MethodDef, TypeObject};
use super::PyResult;
use crate::slots;
use crate::vm::Vm;
use std::cell::Cell;

/// A payload-free static object.
#[repr(C, align(16))]
pub struct Singleton {
    head: ObjectHeader,
}

// SAFETY: single-threaded interpreter; the singletons are immortal so their counts never change.
unsafe impl Sync for Singleton {}

impl Singleton {
    const fn new(ty: &'static TypeObject) -> Singleton {
        Singleton { head: ObjectHeader { refcnt: Cell::new(IMMORTAL_REFCNT), ob_type: Cell::new(ty) } }
    }

    /// A reference to the singleton (immortal, so no count changes).
    #[inline]
    pub fn obj(&'static self) -> Obj {
        // SAFETY: a static immortal object: the reference never needs accounting.
        unsafe { Obj::from_raw(&self.head as *const ObjectHeader as *mut ObjectHeader) }
    }

    #[inline]
    pub fn is(&'static self, obj: &Obj) -> bool {
        std::ptr::eq(obj.as_ptr(), &self.head)
    }
}

/// Static objects are never freed.
unsafe fn no_dealloc(_: *mut ObjectHeader) {}

fn none_repr(_: &mut Vm, _: &Obj) -> PyResult<Obj> {
    Ok(super::str::intern("None"))
}
fn not_implemented_repr(_: &mut Vm, _: &Obj) -> PyResult<Obj> {
    Ok(super::str::intern("NotImplemented"))
}
fn ellipsis_repr(_: &mut Vm, _: &Obj) -> PyResult<Obj> {
    Ok(super::str::intern("Ellipsis"))
}
fn none_bool(_: &mut Vm, _: &Obj) -> PyResult<bool> {
    Ok(false)
}
fn singleton_hash(_: &mut Vm, o: &Obj) -> PyResult<i64> {
    Ok(super::base::pointer_hash(o))
}
fn none_new(_: &mut Vm, _: &Obj, args: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    super::args::check_arity("NoneType", args, kw, 0, 0)?;
    Ok(none())
}
fn not_implemented_new(_: &mut Vm, _: &Obj, args: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    super::args::check_arity("NotImplementedType", args, kw, 0, 0)?;
    Ok(not_implemented())
}
fn ellipsis_new(_: &mut Vm, _: &Obj, args: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    super::args::check_arity("ellipsis", args, kw, 0, 0)?;
    Ok(ellipsis())
}

const NO_METHODS: &[MethodDef] = &[];
const NO_GETSETS: &[GetSetDef] = &[];

pub static NONE_TYPE: TypeObject = TypeObject::builtin(
    "NoneType",
    std::mem::size_of::<Singleton>(),
    0,
    Some(&super::base::OBJECT_TYPE),
    slots!(no_dealloc, repr: none_repr, bool: none_bool, hash: singleton_hash, new: none_new),
    NO_METHODS,
    NO_GETSETS,
    None,
);
pub static NOT_IMPLEMENTED_TYPE: TypeObject = TypeObject::builtin(
    "NotImplementedType",
    std::mem::size_of::<Singleton>(),
    0,
    Some(&super::base::OBJECT_TYPE),
    slots!(no_dealloc, repr: not_implemented_repr, hash: singleton_hash, new: not_implemented_new),
    NO_METHODS,
    NO_GETSETS,
    None,
);
pub static ELLIPSIS_TYPE: TypeObject = TypeObject::builtin(
    "ellipsis",
    std::mem::size_of::<Singleton>(),
    0,
    Some(&super::base::OBJECT_TYPE),
    slots!(no_dealloc, repr: ellipsis_repr, hash: singleton_hash, new: ellipsis_new),
    NO_METHODS,
    NO_GETSETS,
    None,
);

pub static NONE: Singleton = Singleton::new(&NONE_TYPE);
pub static NOT_IMPLEMENTED: Singleton = Singleton::new(&NOT_IMPLEMENTED_TYPE);
pub static ELLIPSIS: Singleton = Singleton::new(&ELLIPSIS_TYPE);

#[inline]
pub fn none() -> Obj {
    NONE.obj()
}

#[inline]
pub fn not_implemented() -> Obj {
    NOT_IMPLEMENTED.obj()
}

#[inline]
pub fn ellipsis() -> Obj {
    ELLIPSIS.obj()
}

#[inline]
pub fn is_none(o: &Obj) -> bool {
    NONE.is(o)
}

#[inline]
pub fn is_not_implemented(o: &Obj) -> bool {
    NOT_IMPLEMENTED.is(o)
}

/// The `NoneType` type object (what `None` stands for inside a union).
pub fn none_type_obj() -> Obj {
    NONE_TYPE.as_obj()
}
