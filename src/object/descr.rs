//! Descriptors and native callables: built-in functions and methods, method/getset/member/slot
//! wrapper descriptors, `property`, `staticmethod`, `classmethod` and `super`.

use super::class::SlotKind;
use super::header::{Obj, ObjectHeader, PyPayload};
use super::typeobj::{as_type, flags, FunctionFn, GetSetDef, MethodDef, MethodFn, MethodKind, TypeObject};
use super::{
    args, boolobj, function, int, protocol, singletons, str as pystr, tuple, CompareOp, PyErr, PyResult,
};
use crate::memory::alloc::{alloc_object, free_object};
use crate::memory::gc;
use crate::slots;
use crate::vm::Vm;
use std::cell::UnsafeCell;

// ---------------------------------------------------------------------------------------------
// builtin_function_or_method

/// What a built-in callable runs.
#[derive(Clone, Copy)]
pub enum NativeKind {
    /// A module-level function: `f(vm, args, kwnames)`.
    Function(FunctionFn),
    /// A method bound to `self_obj`: `m(vm, self, args, kwnames)`.
    Method(MethodFn),
}

#[repr(C)]
pub struct BuiltinFunctionObject {
    head: ObjectHeader,
    pub name: &'static str,
    pub kind: NativeKind,
    pub self_obj: Option<Obj>,
    pub doc: &'static str,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for BuiltinFunctionObject {
    fn static_type() -> &'static TypeObject {
        &BUILTIN_FUNCTION_TYPE
    }
}

unsafe fn builtin_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: a dying builtin function: untrack, drop self, free.
    unsafe {
        gc::untrack(obj);
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*(obj as *mut BuiltinFunctionObject)).self_obj));
        free_object(obj, 0);
    }
}

fn builtin_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    if let Some(s) = &o.downcast::<BuiltinFunctionObject>().expect("builtin").self_obj {
        visit(s);
    }
}

/// A new built-in function (or bound built-in method when `self_obj` is set).
pub fn new_builtin(
    name: &'static str,
    kind: NativeKind,
    self_obj: Option<Obj>,
    doc: &'static str,
) -> PyResult<Obj> {
    let ptr = alloc_object(&BUILTIN_FUNCTION_TYPE, 0)?;
    // SAFETY: fresh block with the payload's layout.
    unsafe {
        let b = ptr as *mut BuiltinFunctionObject;
        std::ptr::addr_of_mut!((*b).name).write(name);
        std::ptr::addr_of_mut!((*b).kind).write(kind);
        std::ptr::addr_of_mut!((*b).self_obj).write(self_obj);
        std::ptr::addr_of_mut!((*b).doc).write(doc);
        gc::track(ptr);
        Ok(Obj::from_raw(ptr))
    }
}

/// A module-level native function.
pub fn new_function(name: &'static str, f: FunctionFn, doc: &'static str) -> Obj {
    new_builtin(name, NativeKind::Function(f), None, doc).expect("allocation at startup")
}

fn builtin_call(vm: &mut Vm, o: &Obj, a: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    let b = o.downcast::<BuiltinFunctionObject>().expect("builtin");
    match b.kind {
        NativeKind::Function(f) => f(vm, a, kwnames),
        NativeKind::Method(m) => m(vm, b.self_obj.as_ref().expect("bound builtin"), a, kwnames),
    }
}

fn builtin_repr(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let b = o.downcast::<BuiltinFunctionObject>().expect("builtin");
    let s = match &b.self_obj {
        Some(s) if s.downcast::<super::module::ModuleObject>().is_none() => {
            format!("<built-in method {} of {} object at {:#x}>", b.name, s.ty().name(), s.addr())
        }
        _ => format!("<built-in function {}>", b.name),
    };
    pystr::try_new_str(&s)
}

fn builtin_get_name(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(pystr::new_str(o.downcast::<BuiltinFunctionObject>().expect("builtin").name))
}
fn builtin_get_doc(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let d = o.downcast::<BuiltinFunctionObject>().expect("builtin").doc;
    Ok(if d.is_empty() { singletons::none() } else { pystr::new_str(d) })
}
fn builtin_get_self(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(o.downcast::<BuiltinFunctionObject>()
        .expect("builtin")
        .self_obj
        .clone()
        .unwrap_or_else(singletons::none))
}
fn builtin_get_module(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    match &o.downcast::<BuiltinFunctionObject>().expect("builtin").self_obj {
        Some(m) if m.downcast::<super::module::ModuleObject>().is_some() => {
            Ok(super::module::module_name(m).map_or_else(singletons::none, |n| pystr::new_str(&n)))
        }
        _ => Ok(singletons::none()),
    }
}

static BUILTIN_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__name__", get: builtin_get_name, set: None, doc: "" },
    GetSetDef { name: "__qualname__", get: builtin_get_name, set: None, doc: "" },
    GetSetDef { name: "__doc__", get: builtin_get_doc, set: None, doc: "" },
    GetSetDef { name: "__self__", get: builtin_get_self, set: None, doc: "" },
    GetSetDef { name: "__module__", get: builtin_get_module, set: None, doc: "" },
];

pub static BUILTIN_FUNCTION_TYPE: TypeObject = TypeObject::builtin(
    "builtin_function_or_method",
    std::mem::size_of::<BuiltinFunctionObject>(),
    flags::HAVE_GC,
    Some(&super::base::OBJECT_TYPE),
    slots!(builtin_dealloc, traverse: builtin_traverse, call: builtin_call, repr: builtin_repr),
    &[],
    BUILTIN_GETSETS,
    None,
);

// ---------------------------------------------------------------------------------------------
// method_descriptor (and classmethod_descriptor)

#[repr(C)]
pub struct MethodDescrObject {
    head: ObjectHeader,
    pub def: &'static MethodDef,
    pub owner: &'static TypeObject,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for MethodDescrObject {
    fn static_type() -> &'static TypeObject {
        &METHOD_DESCR_TYPE
    }
}

unsafe fn plain_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: payloads of static references only.
    unsafe { free_object(obj, 0) };
}

pub fn new_method_descr(owner: &'static TypeObject, def: &'static MethodDef) -> Obj {
    let ty = if def.kind == MethodKind::Class { &CLASSMETHOD_DESCR_TYPE } else { &METHOD_DESCR_TYPE };
    let ptr = alloc_object(ty, 0).expect("allocation at startup");
    // SAFETY: fresh block with the payload's layout.
    unsafe {
        let d = ptr as *mut MethodDescrObject;
        std::ptr::addr_of_mut!((*d).def).write(def);
        std::ptr::addr_of_mut!((*d).owner).write(owner);
        let o = Obj::from_raw(ptr);
        o.make_immortal();
        o
    }
}

fn descr_of(o: &Obj) -> &MethodDescrObject {
    // SAFETY: both method descriptor types share this layout.
    unsafe { o.cast_unchecked::<MethodDescrObject>() }
}

fn check_self(d: &MethodDescrObject, this: &Obj) -> PyResult<()> {
    if !this.ty().is_subtype(d.owner) {
        return Err(PyErr::type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            d.def.name,
            d.owner.name(),
            this.ty().name()
        )));
    }
    Ok(())
}

/// Calls a method descriptor with an explicit self (the VM's unbound-method fast path).
#[inline]
pub fn call_method_descr_with_self(
    vm: &mut Vm,
    descr: &MethodDescrObject,
    this: &Obj,
    a: &[Obj],
    kwnames: Option<&Obj>,
) -> PyResult<Obj> {
    check_self(descr, this)?;
    (descr.def.func)(vm, this, a, kwnames)
}

fn method_descr_get(_: &mut Vm, o: &Obj, instance: Option<&Obj>, owner: &Obj) -> PyResult<Obj> {
    let d = descr_of(o);
    match d.def.kind {
        MethodKind::Instance => match instance {
            None => Ok(o.clone()),
            Some(i) => {
                check_self(d, i)?;
                new_builtin(d.def.name, NativeKind::Method(d.def.func), Some(i.clone()), d.def.doc)
            }
        },
        MethodKind::Class => {
            let cls = match instance {
                Some(i) if as_type(owner).is_none() => i.type_obj(),
                _ => owner.clone(),
            };
            new_builtin(d.def.name, NativeKind::Method(d.def.func), Some(cls), d.def.doc)
        }
        MethodKind::Static => {
            new_builtin(d.def.name, NativeKind::Method(d.def.func), Some(d.owner.as_obj()), d.def.doc)
        }
    }
}

fn method_descr_call(vm: &mut Vm, o: &Obj, a: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    let d = descr_of(o);
    match d.def.kind {
        MethodKind::Instance => {
            if args::positional(a, kwnames).is_empty() {
                return Err(PyErr::type_error(format!(
                    "unbound method {}.{}() needs an argument",
                    d.owner.name(),
                    d.def.name
                )));
            }
            call_method_descr_with_self(vm, d, &a[0], &a[1..], kwnames)
        }
        MethodKind::Class => {
            if a.is_empty() {
                return Err(PyErr::type_error(format!(
                    "descriptor '{}' of '{}' object needs an argument",
                    d.def.name,
                    d.owner.name()
                )));
            }
            (d.def.func)(vm, &a[0], &a[1..], kwnames)
        }
        MethodKind::Static => (d.def.func)(vm, &d.owner.as_obj(), a, kwnames),
    }
}

fn method_descr_repr(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let d = descr_of(o);
    pystr::try_new_str(&format!("<method '{}' of '{}' objects>", d.def.name, d.owner.name()))
}

fn method_descr_name(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(pystr::new_str(descr_of(o).def.name))
}
fn method_descr_qualname(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let d = descr_of(o);
    pystr::try_new_str(&format!("{}.{}", d.owner.name(), d.def.name))
}
fn method_descr_doc(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let d = descr_of(o).def.doc;
    Ok(if d.is_empty() { singletons::none() } else { pystr::new_str(d) })
}
fn method_descr_objclass(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(descr_of(o).owner.as_obj())
}

static METHOD_DESCR_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__name__", get: method_descr_name, set: None, doc: "" },
    GetSetDef { name: "__qualname__", get: method_descr_qualname, set: None, doc: "" },
    GetSetDef { name: "__doc__", get: method_descr_doc, set: None, doc: "" },
    GetSetDef { name: "__objclass__", get: method_descr_objclass, set: None, doc: "" },
];

pub static METHOD_DESCR_TYPE: TypeObject = TypeObject::builtin(
    "method_descriptor",
    std::mem::size_of::<MethodDescrObject>(),
    flags::METHOD_DESCRIPTOR,
    Some(&super::base::OBJECT_TYPE),
    slots!(plain_dealloc, descr_get: method_descr_get, call: method_descr_call, repr: method_descr_repr),
    &[],
    METHOD_DESCR_GETSETS,
    None,
);

pub static CLASSMETHOD_DESCR_TYPE: TypeObject = TypeObject::builtin(
    "classmethod_descriptor",
    std::mem::size_of::<MethodDescrObject>(),
    0,
    Some(&super::base::OBJECT_TYPE),
    slots!(plain_dealloc, descr_get: method_descr_get, call: method_descr_call, repr: method_descr_repr),
    &[],
    METHOD_DESCR_GETSETS,
    None,
);

// ---------------------------------------------------------------------------------------------
// getset_descriptor

#[repr(C)]
pub struct GetSetDescrObject {
    head: ObjectHeader,
    pub def: &'static GetSetDef,
    pub owner: &'static TypeObject,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for GetSetDescrObject {
    fn static_type() -> &'static TypeObject {
        &GETSET_DESCR_TYPE
    }
}

pub fn new_getset_descr(owner: &'static TypeObject, def: &'static GetSetDef) -> Obj {
    let ptr = alloc_object(&GETSET_DESCR_TYPE, 0).expect("allocation at startup");
    // SAFETY: fresh block with the payload's layout.
    unsafe {
        let d = ptr as *mut GetSetDescrObject;
        std::ptr::addr_of_mut!((*d).def).write(def);
        std::ptr::addr_of_mut!((*d).owner).write(owner);
        let o = Obj::from_raw(ptr);
        o.make_immortal();
        o
    }
}

fn getset_get(vm: &mut Vm, o: &Obj, instance: Option<&Obj>, _owner: &Obj) -> PyResult<Obj> {
    let d = o.downcast::<GetSetDescrObject>().expect("getset");
    match instance {
        None => Ok(o.clone()),
        Some(i) => (d.def.get)(vm, i),
    }
}

fn getset_set(vm: &mut Vm, o: &Obj, instance: &Obj, value: Option<&Obj>) -> PyResult<()> {
    let d = o.downcast::<GetSetDescrObject>().expect("getset");
    match d.def.set {
        Some(set) => set(vm, instance, value),
        None => Err(PyErr::attribute_error(format!(
            "attribute '{}' of '{}' objects is not writable",
            d.def.name,
            d.owner.name()
        ))),
    }
}

fn getset_repr(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let d = o.downcast::<GetSetDescrObject>().expect("getset");
    pystr::try_new_str(&format!("<attribute '{}' of '{}' objects>", d.def.name, d.owner.name()))
}

pub static GETSET_DESCR_TYPE: TypeObject = TypeObject::builtin(
    "getset_descriptor",
    std::mem::size_of::<GetSetDescrObject>(),
    0,
    Some(&super::base::OBJECT_TYPE),
    slots!(plain_dealloc, descr_get: getset_get, descr_set: getset_set, repr: getset_repr),
    &[],
    &[],
    None,
);

fn dict_get(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    super::base::instance_dict(o).ok_or_else(|| PyErr::attribute_error_for(o, "__dict__"))
}

fn dict_set(_: &mut Vm, o: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let Some(slot) = super::base::dict_slot(o) else {
        return Err(PyErr::attribute_error_for(o, "__dict__"));
    };
    let new = match v {
        Some(v) if super::dict::as_dict(v).is_some() => Some(v.clone()),
        Some(v) => {
            return Err(PyErr::type_error(format!(
                "__dict__ must be set to a dictionary, not a '{}'",
                v.ty().name()
            )))
        }
        None => None,
    };
    // SAFETY: a short access; the old dict drops after it ends.
    let old = unsafe { std::mem::replace(&mut *slot.get(), new) };
    drop(old);
    Ok(())
}

fn weakref_get(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(super::weakref::first_weakref(o).unwrap_or_else(singletons::none))
}

static DICT_GETSET: GetSetDef = GetSetDef { name: "__dict__", get: dict_get, set: Some(dict_set), doc: "" };
static WEAKREF_GETSET: GetSetDef = GetSetDef { name: "__weakref__", get: weakref_get, set: None, doc: "" };

/// The `__dict__` descriptor classes get when they add an instance dict.
pub fn new_dict_descr() -> PyResult<Obj> {
    Ok(new_getset_descr(&super::base::OBJECT_TYPE, &DICT_GETSET))
}

/// The `__weakref__` descriptor.
pub fn new_weakref_descr() -> PyResult<Obj> {
    Ok(new_getset_descr(&super::base::OBJECT_TYPE, &WEAKREF_GETSET))
}

// ---------------------------------------------------------------------------------------------
// member_descriptor (__slots__)

#[repr(C)]
pub struct MemberDescrObject {
    head: ObjectHeader,
    pub name: Obj,
    pub offset: usize,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for MemberDescrObject {
    fn static_type() -> &'static TypeObject {
        &MEMBER_DESCR_TYPE
    }
}

unsafe fn member_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: drop the name, free the block.
    unsafe {
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*(obj as *mut MemberDescrObject)).name));
        free_object(obj, 0);
    }
}

pub fn new_member_descr(name: &str, offset: usize) -> PyResult<Obj> {
    let ptr = alloc_object(&MEMBER_DESCR_TYPE, 0)?;
    // SAFETY: fresh block with the payload's layout.
    unsafe {
        let d = ptr as *mut MemberDescrObject;
        std::ptr::addr_of_mut!((*d).name).write(pystr::intern(name));
        std::ptr::addr_of_mut!((*d).offset).write(offset);
        Ok(Obj::from_raw(ptr))
    }
}

fn member_cell<'a>(d: &MemberDescrObject, o: &'a Obj) -> PyResult<&'a UnsafeCell<Option<Obj>>> {
    if d.offset + 8 > o.ty().basicsize.get() {
        return Err(PyErr::type_error(format!(
            "descriptor '{}' doesn't apply to a '{}' object",
            pystr::as_str(&d.name),
            o.ty().name()
        )));
    }
    // SAFETY: the offset lies inside the instance layout of a class defining this slot.
    Ok(unsafe { &*((o.as_ptr() as *const u8).add(d.offset) as *const UnsafeCell<Option<Obj>>) })
}

fn member_get(_: &mut Vm, o: &Obj, instance: Option<&Obj>, _owner: &Obj) -> PyResult<Obj> {
    let d = o.downcast::<MemberDescrObject>().expect("member");
    let Some(i) = instance else {
        return Ok(o.clone());
    };
    let cell = member_cell(d, i)?;
    // SAFETY: a short read.
    match unsafe { (*cell.get()).clone() } {
        Some(v) => Ok(v),
        None => Err(PyErr::attribute_error_for(i, pystr::as_str(&d.name))),
    }
}

fn member_set(_: &mut Vm, o: &Obj, instance: &Obj, value: Option<&Obj>) -> PyResult<()> {
    let d = o.downcast::<MemberDescrObject>().expect("member");
    let cell = member_cell(d, instance)?;
    // SAFETY: a short access; the old value drops after it ends.
    let old = unsafe { std::mem::replace(&mut *cell.get(), value.cloned()) };
    if value.is_none() && old.is_none() {
        return Err(PyErr::attribute_error_for(instance, pystr::as_str(&d.name)));
    }
    drop(old);
    Ok(())
}

fn member_repr(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let d = o.downcast::<MemberDescrObject>().expect("member");
    pystr::try_new_str(&format!("<member '{}' of objects>", pystr::as_str(&d.name)))
}

pub static MEMBER_DESCR_TYPE: TypeObject = TypeObject::builtin(
    "member_descriptor",
    std::mem::size_of::<MemberDescrObject>(),
    0,
    Some(&super::base::OBJECT_TYPE),
    slots!(member_dealloc, descr_get: member_get, descr_set: member_set, repr: member_repr),
    &[],
    &[],
    None,
);

// ---------------------------------------------------------------------------------------------
// wrapper_descriptor: built-in slots exposed as dunders (`object.__init__`, `int.__add__`, ...)

#[repr(C)]
pub struct WrapperDescrObject {
    head: ObjectHeader,
    pub owner: &'static TypeObject,
    pub kind: SlotKind,
    pub name: &'static str,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for WrapperDescrObject {
    fn static_type() -> &'static TypeObject {
        &WRAPPER_DESCR_TYPE
    }
}

pub fn new_wrapper_descr(owner: &'static TypeObject, kind: SlotKind, name: &'static str) -> Obj {
    let ptr = alloc_object(&WRAPPER_DESCR_TYPE, 0).expect("allocation at startup");
    // SAFETY: fresh block with the payload's layout.
    unsafe {
        let d = ptr as *mut WrapperDescrObject;
        std::ptr::addr_of_mut!((*d).owner).write(owner);
        std::ptr::addr_of_mut!((*d).kind).write(kind);
        std::ptr::addr_of_mut!((*d).name).write(name);
        let o = Obj::from_raw(ptr);
        o.make_immortal();
        o
    }
}

fn wrapper_get(vm: &mut Vm, o: &Obj, instance: Option<&Obj>, _owner: &Obj) -> PyResult<Obj> {
    match instance {
        None => Ok(o.clone()),
        Some(i) => {
            let _ = vm;
            new_method_wrapper(o.clone(), i.clone())
        }
    }
}

fn expect_n(name: &str, a: &[Obj], kwnames: Option<&Obj>, n: usize) -> PyResult<()> {
    args::no_kwargs(name, kwnames)?;
    if a.len() != n {
        return Err(PyErr::type_error(format!(
            "expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            a.len()
        )));
    }
    Ok(())
}

/// Runs a slot wrapper: the owner type's native slot applied to `this`.
pub fn call_wrapper(
    vm: &mut Vm,
    w: &WrapperDescrObject,
    this: &Obj,
    a: &[Obj],
    kwnames: Option<&Obj>,
) -> PyResult<Obj> {
    if !this.ty().is_subtype(w.owner) {
        return Err(PyErr::type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            w.name,
            w.owner.name(),
            this.ty().name()
        )));
    }
    let s = &w.owner.slots;
    let none = singletons::none;
    use SlotKind::*;
    macro_rules! slot {
        ($f:ident) => {
            s.$f.get().ok_or_else(|| PyErr::type_error(format!("'{}' has no {}", w.owner.name(), w.name)))?
        };
    }
    match w.kind {
        Repr => {
            expect_n(w.name, a, kwnames, 0)?;
            slot!(repr)(vm, this)
        }
        Str => {
            expect_n(w.name, a, kwnames, 0)?;
            slot!(str)(vm, this)
        }
        Hash => {
            expect_n(w.name, a, kwnames, 0)?;
            Ok(int::new_int(slot!(hash)(vm, this)?))
        }
        RichCompare(op) => {
            expect_n(w.name, a, kwnames, 1)?;
            slot!(richcompare)(vm, this, &a[0], op)
        }
        GetAttribute => {
            expect_n(w.name, a, kwnames, 1)?;
            let name = &a[0];
            pystr::expect_str(name, "attribute name")?;
            match slot!(getattro)(vm, this, name)? {
                Some(v) => Ok(v),
                None => Err(PyErr::attribute_error_for(this, pystr::as_str(name))),
            }
        }
        GetAttr => Err(PyErr::type_error("__getattr__ is not a slot wrapper")),
        SetAttr => {
            expect_n(w.name, a, kwnames, 2)?;
            pystr::expect_str(&a[0], "attribute name")?;
            slot!(setattro)(vm, this, &a[0], Some(&a[1]))?;
            Ok(none())
        }
        DelAttr => {
            expect_n(w.name, a, kwnames, 1)?;
            slot!(setattro)(vm, this, &a[0], None)?;
            Ok(none())
        }
        Get => {
            if a.is_empty() || a.len() > 2 {
                return Err(PyErr::type_error("__get__(None, None) is invalid"));
            }
            let inst = if singletons::is_none(&a[0]) { None } else { Some(&a[0]) };
            let owner =
                if a.len() == 2 && !singletons::is_none(&a[1]) { a[1].clone() } else { a[0].type_obj() };
            slot!(descr_get)(vm, this, inst, &owner)
        }
        Set => {
            expect_n(w.name, a, kwnames, 2)?;
            slot!(descr_set)(vm, this, &a[0], Some(&a[1]))?;
            Ok(none())
        }
        Delete => {
            expect_n(w.name, a, kwnames, 1)?;
            slot!(descr_set)(vm, this, &a[0], None)?;
            Ok(none())
        }
        Call => slot!(call)(vm, this, a, kwnames),
        Init => {
            slot!(init)(vm, this, a, kwnames)?;
            Ok(none())
        }
        Iter => {
            expect_n(w.name, a, kwnames, 0)?;
            slot!(iter)(vm, this)
        }
        Next => {
            expect_n(w.name, a, kwnames, 0)?;
            if this.downcast::<super::generator::GeneratorObject>().is_some() {
                return super::generator::next_or_stop(vm, this)?;
            }
            match slot!(iternext)(vm, this)? {
                Some(v) => Ok(v),
                None => Err(PyErr::stop_iteration(None)),
            }
        }
        Len => {
            expect_n(w.name, a, kwnames, 0)?;
            Ok(int::new_int(slot!(len)(vm, this)? as i64))
        }
        GetItem => {
            expect_n(w.name, a, kwnames, 1)?;
            slot!(getitem)(vm, this, &a[0])
        }
        SetItem => {
            expect_n(w.name, a, kwnames, 2)?;
            slot!(setitem)(vm, this, &a[0], Some(&a[1]))?;
            Ok(none())
        }
        DelItem => {
            expect_n(w.name, a, kwnames, 1)?;
            slot!(setitem)(vm, this, &a[0], None)?;
            Ok(none())
        }
        Contains => {
            expect_n(w.name, a, kwnames, 1)?;
            Ok(boolobj::new_bool(slot!(contains)(vm, this, &a[0])?))
        }
        Bool => {
            expect_n(w.name, a, kwnames, 0)?;
            Ok(boolobj::new_bool(slot!(bool)(vm, this)?))
        }
        Number(i) => {
            expect_n(w.name, a, kwnames, 1)?;
            let f = s.number[i].get().ok_or_else(|| PyErr::type_error("unsupported"))?;
            f(vm, this, &a[0])
        }
        RNumber(i) => {
            expect_n(w.name, a, kwnames, 1)?;
            let f = s.number[i].get().ok_or_else(|| PyErr::type_error("unsupported"))?;
            f(vm, &a[0], this)
        }
        Inplace(i) => {
            expect_n(w.name, a, kwnames, 1)?;
            let f = s.inplace[i].get().ok_or_else(|| PyErr::type_error("unsupported"))?;
            f(vm, this, &a[0])
        }
        Neg => slot!(neg)(vm, this),
        Pos => slot!(pos)(vm, this),
        Invert => slot!(invert)(vm, this),
        Abs => slot!(abs)(vm, this),
        Int => slot!(int)(vm, this),
        Float => slot!(float)(vm, this),
        Index => slot!(index)(vm, this),
    }
}

fn wrapper_call(vm: &mut Vm, o: &Obj, a: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    let w = o.downcast::<WrapperDescrObject>().expect("wrapper");
    if args::positional(a, kwnames).is_empty() {
        return Err(PyErr::type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            w.name,
            w.owner.name()
        )));
    }
    call_wrapper(vm, w, &a[0], &a[1..], kwnames)
}

fn wrapper_repr(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let w = o.downcast::<WrapperDescrObject>().expect("wrapper");
    pystr::try_new_str(&format!("<slot wrapper '{}' of '{}' objects>", w.name, w.owner.name()))
}

fn wrapper_name(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(pystr::new_str(o.downcast::<WrapperDescrObject>().expect("wrapper").name))
}

fn wrapper_objclass(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(o.downcast::<WrapperDescrObject>().expect("wrapper").owner.as_obj())
}

static WRAPPER_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__name__", get: wrapper_name, set: None, doc: "" },
    GetSetDef { name: "__qualname__", get: wrapper_name, set: None, doc: "" },
    GetSetDef { name: "__objclass__", get: wrapper_objclass, set: None, doc: "" },
];

pub static WRAPPER_DESCR_TYPE: TypeObject = TypeObject::builtin(
    "wrapper_descriptor",
    std::mem::size_of::<WrapperDescrObject>(),
    flags::METHOD_DESCRIPTOR,
    Some(&super::base::OBJECT_TYPE),
    slots!(plain_dealloc, descr_get: wrapper_get, call: wrapper_call, repr: wrapper_repr),
    &[],
    WRAPPER_GETSETS,
    None,
);

/// A slot wrapper bound to an instance (`(1).__add__`): type `method-wrapper`.
#[repr(C)]
pub struct MethodWrapperObject {
    head: ObjectHeader,
    pub descr: Obj,
    pub this: Obj,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for MethodWrapperObject {
    fn static_type() -> &'static TypeObject {
        &METHOD_WRAPPER_TYPE
    }
}

unsafe fn method_wrapper_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: untrack, drop both references, free.
    unsafe {
        gc::untrack(obj);
        let m = obj as *mut MethodWrapperObject;
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*m).descr));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*m).this));
        free_object(obj, 0);
    }
}

fn method_wrapper_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    let m = o.downcast::<MethodWrapperObject>().expect("method-wrapper");
    visit(&m.descr);
    visit(&m.this);
}

fn new_method_wrapper(descr: Obj, this: Obj) -> PyResult<Obj> {
    let ptr = alloc_object(&METHOD_WRAPPER_TYPE, 0)?;
    // SAFETY: fresh block with the payload's layout.
    unsafe {
        let m = ptr as *mut MethodWrapperObject;
        std::ptr::addr_of_mut!((*m).descr).write(descr);
        std::ptr::addr_of_mut!((*m).this).write(this);
        gc::track(ptr);
        Ok(Obj::from_raw(ptr))
    }
}

fn method_wrapper_call(vm: &mut Vm, o: &Obj, a: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    let m = o.downcast::<MethodWrapperObject>().expect("method-wrapper");
    let w = m.descr.downcast::<WrapperDescrObject>().expect("wrapper");
    call_wrapper(vm, w, &m.this, a, kwnames)
}

fn method_wrapper_repr(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let m = o.downcast::<MethodWrapperObject>().expect("method-wrapper");
    let w = m.descr.downcast::<WrapperDescrObject>().expect("wrapper");
    pystr::try_new_str(&format!(
        "<method-wrapper '{}' of {} object at {:#x}>",
        w.name,
        m.this.ty().name(),
        m.this.addr()
    ))
}

fn method_wrapper_richcompare(_: &mut Vm, a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    let (Some(x), Some(y)) = (a.downcast::<MethodWrapperObject>(), b.downcast::<MethodWrapperObject>())
    else {
        return Ok(singletons::not_implemented());
    };
    let eq = x.descr.is(&y.descr) && x.this.is(&y.this);
    match op {
        CompareOp::Eq => Ok(boolobj::new_bool(eq)),
        CompareOp::Ne => Ok(boolobj::new_bool(!eq)),
        _ => Ok(singletons::not_implemented()),
    }
}

pub static METHOD_WRAPPER_TYPE: TypeObject = TypeObject::builtin(
    "method-wrapper",
    std::mem::size_of::<MethodWrapperObject>(),
    flags::HAVE_GC,
    Some(&super::base::OBJECT_TYPE),
    slots!(method_wrapper_dealloc, traverse: method_wrapper_traverse, call: method_wrapper_call,
        repr: method_wrapper_repr, richcompare: method_wrapper_richcompare),
    &[],
    &[],
    None,
);

fn tp_new_wrapper(vm: &mut Vm, owner: &Obj, a: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    let owner_ty = as_type(owner).expect("type");
    let Some(cls) = a.first() else {
        return Err(PyErr::type_error(format!("{}.__new__(): not enough arguments", owner_ty.name())));
    };
    let Some(cls_ty) = as_type(cls) else {
        return Err(PyErr::type_error(format!(
            "{}.__new__(X): X is not a type object ({})",
            owner_ty.name(),
            cls.ty().name()
        )));
    };
    if !cls_ty.is_subtype(owner_ty) {
        return Err(PyErr::type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            owner_ty.name(),
            cls_ty.name(),
            cls_ty.name(),
            owner_ty.name()
        )));
    }
    let new = owner_ty.slots.new.get().ok_or_else(|| PyErr::type_error("no __new__"))?;
    new(vm, cls, &a[1..], kwnames)
}

/// `T.__new__` for a built-in type: a built-in method bound to `T`.
pub fn new_tp_new_wrapper(ty: &'static TypeObject) -> Obj {
    let o = new_builtin(
        "__new__",
        NativeKind::Method(tp_new_wrapper),
        Some(ty.as_obj()),
        "Create and return a new object.",
    )
    .expect("allocation at startup");
    o.make_immortal();
    o
}

// ---------------------------------------------------------------------------------------------
// staticmethod, classmethod, property

macro_rules! func_wrapper_type {
    ($obj:ident, $ty:ident, $name:expr, $dealloc:ident, $traverse:ident, $clear:ident, $get:ident, $new:ident, $init:ident, $getsets:expr) => {
        #[repr(C)]
        pub struct $obj {
            head: ObjectHeader,
            pub func: Obj,
            dict: UnsafeCell<Option<Obj>>,
        }

        // SAFETY: `#[repr(C)]` with the header first.
        unsafe impl PyPayload for $obj {
            fn static_type() -> &'static TypeObject {
                &$ty
            }
        }

        unsafe fn $dealloc(obj: *mut ObjectHeader) {
            // SAFETY: untrack, drop fields, free.
            unsafe {
                gc::untrack(obj);
                let m = obj as *mut $obj;
                std::ptr::drop_in_place(std::ptr::addr_of_mut!((*m).func));
                std::ptr::drop_in_place(std::ptr::addr_of_mut!((*m).dict));
                free_object(obj, 0);
            }
        }

        fn $traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
            let m = o.downcast::<$obj>().expect($name);
            visit(&m.func);
            if let Some(d) = super::base::existing_instance_dict(o) {
                visit(d);
            }
        }

        fn $clear(o: &Obj) {
            if let Some(slot) = super::base::dict_slot(o) {
                // SAFETY: a short access; the dict drops after it ends.
                let d = unsafe { (*slot.get()).take() };
                drop(d);
            }
        }

        fn $new(_: &mut Vm, cls: &Obj, a: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
            args::check_arity($name, a, kwnames, 1, 1)?;
            let f = a[0].clone();
            super::class::new_subtype_instance_with(cls, |ty| {
                let ptr = alloc_object(ty, 0)?;
                // SAFETY: fresh block with the payload's layout.
                unsafe {
                    let m = ptr as *mut $obj;
                    std::ptr::addr_of_mut!((*m).func).write(f);
                    std::ptr::addr_of_mut!((*m).dict).write(UnsafeCell::new(None));
                    gc::track(ptr);
                }
                Ok(ptr)
            })
        }

        fn $init(_: &mut Vm, _: &Obj, _: &[Obj], _: Option<&Obj>) -> PyResult<()> {
            Ok(())
        }

        pub static $ty: TypeObject = TypeObject::builtin(
            $name,
            std::mem::size_of::<$obj>(),
            flags::BASETYPE | flags::HAVE_GC,
            Some(&super::base::OBJECT_TYPE),
    slots!($dealloc, traverse: $traverse, clear: $clear, descr_get: $get, new: $new, init: $init),
            &[],
            $getsets,
            None,
        )
        .with_dictoffset(std::mem::offset_of!($obj, dict));
    };
}

fn staticmethod_get(_: &mut Vm, o: &Obj, _instance: Option<&Obj>, _owner: &Obj) -> PyResult<Obj> {
    Ok(o.downcast::<StaticMethodObject>().expect("staticmethod").func.clone())
}

fn classmethod_get(vm: &mut Vm, o: &Obj, instance: Option<&Obj>, owner: &Obj) -> PyResult<Obj> {
    let f = &o.downcast::<ClassMethodObject>().expect("classmethod").func;
    let cls = match instance {
        Some(i) if as_type(owner).is_none() => i.type_obj(),
        _ => owner.clone(),
    };
    // A classmethod wrapping a descriptor binds through it (3.9–3.12 behaviour kept simple).
    let _ = vm;
    function::new_method(f.clone(), cls)
}

fn sm_func(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(o.downcast::<StaticMethodObject>().expect("staticmethod").func.clone())
}
fn cm_func(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(o.downcast::<ClassMethodObject>().expect("classmethod").func.clone())
}
fn sm_isabstract(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let f = o.downcast::<StaticMethodObject>().expect("staticmethod").func.clone();
    is_abstract(vm, &f)
}
fn cm_isabstract(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let f = o.downcast::<ClassMethodObject>().expect("classmethod").func.clone();
    is_abstract(vm, &f)
}

fn is_abstract(vm: &mut Vm, f: &Obj) -> PyResult<Obj> {
    match protocol::get_attr_opt(vm, f, "__isabstractmethod__")? {
        Some(v) => Ok(boolobj::new_bool(protocol::is_true(vm, &v)?)),
        None => Ok(boolobj::new_bool(false)),
    }
}

static SM_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__func__", get: sm_func, set: None, doc: "" },
    GetSetDef { name: "__wrapped__", get: sm_func, set: None, doc: "" },
    GetSetDef { name: "__isabstractmethod__", get: sm_isabstract, set: None, doc: "" },
];
static CM_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__func__", get: cm_func, set: None, doc: "" },
    GetSetDef { name: "__wrapped__", get: cm_func, set: None, doc: "" },
    GetSetDef { name: "__isabstractmethod__", get: cm_isabstract, set: None, doc: "" },
];

func_wrapper_type!(
    StaticMethodObject,
    STATICMETHOD_TYPE,
    "staticmethod",
    sm_dealloc,
    sm_traverse,
    sm_clear,
    staticmethod_get,
    sm_new,
    sm_init,
    SM_GETSETS
);
func_wrapper_type!(
    ClassMethodObject,
    CLASSMETHOD_TYPE,
    "classmethod",
    cm_dealloc,
    cm_traverse,
    cm_clear,
    classmethod_get,
    cm_new,
    cm_init,
    CM_GETSETS
);

fn staticmethod_call(vm: &mut Vm, o: &Obj, a: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    let f = o.downcast::<StaticMethodObject>().expect("staticmethod").func.clone();
    protocol::call(vm, &f, a, kwnames)
}

/// Installs slots the const type definitions can't express.
pub fn init_types() {
    // Static methods are callable (3.10+).
    STATICMETHOD_TYPE.slots.call.set(Some(staticmethod_call));
}

/// `staticmethod(f)`.
pub fn new_staticmethod(f: Obj) -> PyResult<Obj> {
    let ptr = alloc_object(&STATICMETHOD_TYPE, 0)?;
    // SAFETY: fresh block with the payload's layout.
    unsafe {
        let m = ptr as *mut StaticMethodObject;
        std::ptr::addr_of_mut!((*m).func).write(f);
        std::ptr::addr_of_mut!((*m).dict).write(UnsafeCell::new(None));
        gc::track(ptr);
        Ok(Obj::from_raw(ptr))
    }
}

/// `classmethod(f)`.
pub fn new_classmethod(f: Obj) -> PyResult<Obj> {
    let ptr = alloc_object(&CLASSMETHOD_TYPE, 0)?;
    // SAFETY: fresh block with the payload's layout.
    unsafe {
        let m = ptr as *mut ClassMethodObject;
        std::ptr::addr_of_mut!((*m).func).write(f);
        std::ptr::addr_of_mut!((*m).dict).write(UnsafeCell::new(None));
        gc::track(ptr);
        Ok(Obj::from_raw(ptr))
    }
}

/// `property(fget, fset, fdel, doc)`.
#[repr(C)]
pub struct PropertyObject {
    head: ObjectHeader,
    pub fget: UnsafeCell<Option<Obj>>,
    pub fset: UnsafeCell<Option<Obj>>,
    pub fdel: UnsafeCell<Option<Obj>>,
    pub doc: UnsafeCell<Option<Obj>>,
    pub name: UnsafeCell<Option<Obj>>,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for PropertyObject {
    fn static_type() -> &'static TypeObject {
        &PROPERTY_TYPE
    }
}

impl PropertyObject {
    fn field(&self, which: usize) -> Option<Obj> {
        // SAFETY: short reads.
        unsafe {
            match which {
                0 => (*self.fget.get()).clone(),
                1 => (*self.fset.get()).clone(),
                2 => (*self.fdel.get()).clone(),
                3 => (*self.doc.get()).clone(),
                _ => (*self.name.get()).clone(),
            }
        }
    }
}

unsafe fn property_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: untrack, drop fields, free.
    unsafe {
        gc::untrack(obj);
        let p = obj as *mut PropertyObject;
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).fget));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).fset));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).fdel));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).doc));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).name));
        free_object(obj, 0);
    }
}

fn property_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    let p = as_property(o);
    for i in 0..5 {
        if let Some(f) = p.field(i) {
            visit(&f);
        }
    }
}

fn as_property(o: &Obj) -> &PropertyObject {
    o.downcast::<PropertyObject>().expect("property")
}

fn property_new(_: &mut Vm, cls: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    super::class::new_subtype_instance_with(cls, |ty| {
        let ptr = alloc_object(ty, 0)?;
        // SAFETY: fresh block; five empty cells.
        unsafe {
            let p = ptr as *mut PropertyObject;
            std::ptr::addr_of_mut!((*p).fget).write(UnsafeCell::new(None));
            std::ptr::addr_of_mut!((*p).fset).write(UnsafeCell::new(None));
            std::ptr::addr_of_mut!((*p).fdel).write(UnsafeCell::new(None));
            std::ptr::addr_of_mut!((*p).doc).write(UnsafeCell::new(None));
            std::ptr::addr_of_mut!((*p).name).write(UnsafeCell::new(None));
            gc::track(ptr);
        }
        Ok(ptr)
    })
}

fn not_none(o: Option<&Obj>) -> Option<Obj> {
    o.filter(|x| !singletons::is_none(x)).cloned()
}

fn property_init(vm: &mut Vm, o: &Obj, a: &[Obj], kwnames: Option<&Obj>) -> PyResult<()> {
    let [fget, fset, fdel, doc] = args::bind("property", a, kwnames, ["fget", "fset", "fdel", "doc"], 0, 4)?;
    let p = as_property(o);
    let mut doc = not_none(doc);
    if doc.is_none() {
        if let Some(g) = not_none(fget) {
            doc = protocol::get_attr_opt(vm, &g, "__doc__")?.filter(|d| !singletons::is_none(d));
        }
    }
    // SAFETY: short writes; old values drop after.
    let old = unsafe {
        (
            std::mem::replace(&mut *p.fget.get(), not_none(fget)),
            std::mem::replace(&mut *p.fset.get(), not_none(fset)),
            std::mem::replace(&mut *p.fdel.get(), not_none(fdel)),
            std::mem::replace(&mut *p.doc.get(), doc),
        )
    };
    drop(old);
    Ok(())
}

fn property_get(vm: &mut Vm, o: &Obj, instance: Option<&Obj>, _owner: &Obj) -> PyResult<Obj> {
    let Some(i) = instance else {
        return Ok(o.clone());
    };
    let p = as_property(o);
    match p.field(0) {
        Some(f) => protocol::call(vm, &f, std::slice::from_ref(i), None),
        None => Err(PyErr::attribute_error(property_error(vm, o, i, "getter")?)),
    }
}

fn property_error(vm: &mut Vm, o: &Obj, i: &Obj, what: &str) -> PyResult<String> {
    let p = as_property(o);
    let name = match p.field(4) {
        Some(n) => format!(" '{}'", pystr::as_str(&protocol::str(vm, &n)?)),
        None => String::new(),
    };
    Ok(format!("property{name} of '{}' object has no {what}", i.ty().name()))
}

fn property_set(vm: &mut Vm, o: &Obj, instance: &Obj, value: Option<&Obj>) -> PyResult<()> {
    let p = as_property(o);
    match value {
        Some(v) => match p.field(1) {
            Some(f) => protocol::call(vm, &f, &[instance.clone(), v.clone()], None).map(drop),
            None => Err(PyErr::attribute_error(property_error(vm, o, instance, "setter")?)),
        },
        None => match p.field(2) {
            Some(f) => protocol::call(vm, &f, std::slice::from_ref(instance), None).map(drop),
            None => Err(PyErr::attribute_error(property_error(vm, o, instance, "deleter")?)),
        },
    }
}

fn property_copy_with(o: &Obj, which: usize, f: &Obj) -> PyResult<Obj> {
    let p = as_property(o);
    let new = property_new_plain(o.ty())?;
    let q = as_property(&new);
    // SAFETY: short writes into a fresh property.
    unsafe {
        *q.fget.get() = if which == 0 { Some(f.clone()) } else { p.field(0) };
        *q.fset.get() = if which == 1 { Some(f.clone()) } else { p.field(1) };
        *q.fdel.get() = if which == 2 { Some(f.clone()) } else { p.field(2) };
        *q.doc.get() = p.field(3);
        *q.name.get() = p.field(4);
    }
    Ok(new)
}

fn property_new_plain(ty: &TypeObject) -> PyResult<Obj> {
    let ptr = alloc_object(ty, 0)?;
    // SAFETY: fresh block; five empty cells.
    unsafe {
        let p = ptr as *mut PropertyObject;
        std::ptr::addr_of_mut!((*p).fget).write(UnsafeCell::new(None));
        std::ptr::addr_of_mut!((*p).fset).write(UnsafeCell::new(None));
        std::ptr::addr_of_mut!((*p).fdel).write(UnsafeCell::new(None));
        std::ptr::addr_of_mut!((*p).doc).write(UnsafeCell::new(None));
        std::ptr::addr_of_mut!((*p).name).write(UnsafeCell::new(None));
        gc::track(ptr);
        Ok(Obj::from_raw(ptr))
    }
}

fn m_getter(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("getter", a, kw, 1, 1)?;
    property_copy_with(o, 0, &a[0])
}
fn m_setter(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("setter", a, kw, 1, 1)?;
    property_copy_with(o, 1, &a[0])
}
fn m_deleter(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("deleter", a, kw, 1, 1)?;
    property_copy_with(o, 2, &a[0])
}
fn m_set_name(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("__set_name__", a, kw, 2, 2)?;
    let p = as_property(o);
    // SAFETY: a short write.
    let old = unsafe { (*p.name.get()).replace(a[1].clone()) };
    drop(old);
    Ok(singletons::none())
}

fn p_fget(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(as_property(o).field(0).unwrap_or_else(singletons::none))
}
fn p_fset(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(as_property(o).field(1).unwrap_or_else(singletons::none))
}
fn p_fdel(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(as_property(o).field(2).unwrap_or_else(singletons::none))
}
fn p_doc(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(as_property(o).field(3).unwrap_or_else(singletons::none))
}
fn p_set_doc(_: &mut Vm, o: &Obj, v: Option<&Obj>) -> PyResult<()> {
    // SAFETY: a short write.
    let old = unsafe { std::mem::replace(&mut *as_property(o).doc.get(), v.cloned()) };
    drop(old);
    Ok(())
}
fn p_isabstract(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    for i in 0..3 {
        if let Some(f) = as_property(o).field(i) {
            let r = is_abstract(vm, &f)?;
            if protocol::is_true(vm, &r)? {
                return Ok(boolobj::new_bool(true));
            }
        }
    }
    Ok(boolobj::new_bool(false))
}

static PROPERTY_METHODS: &[MethodDef] = &[
    MethodDef { name: "getter", func: m_getter, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "setter", func: m_setter, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "deleter", func: m_deleter, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "__set_name__", func: m_set_name, kind: MethodKind::Instance, doc: "" },
];
static PROPERTY_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "fget", get: p_fget, set: None, doc: "" },
    GetSetDef { name: "fset", get: p_fset, set: None, doc: "" },
    GetSetDef { name: "fdel", get: p_fdel, set: None, doc: "" },
    GetSetDef { name: "__doc__", get: p_doc, set: Some(p_set_doc), doc: "" },
    GetSetDef { name: "__isabstractmethod__", get: p_isabstract, set: None, doc: "" },
];

pub static PROPERTY_TYPE: TypeObject = TypeObject::builtin(
    "property",
    std::mem::size_of::<PropertyObject>(),
    flags::BASETYPE | flags::HAVE_GC,
    Some(&super::base::OBJECT_TYPE),
    slots!(property_dealloc, traverse: property_traverse, descr_get: property_get, descr_set: property_set,
        new: property_new, init: property_init),
    PROPERTY_METHODS,
    PROPERTY_GETSETS,
    Some("Property attribute."),
);

// ---------------------------------------------------------------------------------------------
// super

#[repr(C)]
pub struct SuperObject {
    head: ObjectHeader,
    thisclass: UnsafeCell<Option<Obj>>,
    obj: UnsafeCell<Option<Obj>>,
    obj_type: UnsafeCell<Option<Obj>>,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for SuperObject {
    fn static_type() -> &'static TypeObject {
        &SUPER_TYPE
    }
}

unsafe fn super_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: untrack, drop fields, free.
    unsafe {
        gc::untrack(obj);
        let s = obj as *mut SuperObject;
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*s).thisclass));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*s).obj));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*s).obj_type));
        free_object(obj, 0);
    }
}

impl SuperObject {
    fn parts(&self) -> (Option<Obj>, Option<Obj>, Option<Obj>) {
        // SAFETY: short reads.
        unsafe {
            ((*self.thisclass.get()).clone(), (*self.obj.get()).clone(), (*self.obj_type.get()).clone())
        }
    }
}

fn super_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    let (a, b, c) = o.downcast::<SuperObject>().expect("super").parts();
    for x in [a, b, c].iter().flatten() {
        visit(x);
    }
}

/// The type `super(cls, obj)` searches: `obj` itself if it is a subclass of `cls`, else its type.
fn supercheck(cls: &TypeObject, obj: &Obj) -> PyResult<Obj> {
    if let Some(t) = as_type(obj) {
        if t.is_subtype(cls) {
            return Ok(obj.clone());
        }
    }
    if obj.ty().is_subtype(cls) {
        return Ok(obj.type_obj());
    }
    Err(PyErr::type_error("super(type, obj): obj must be an instance or subtype of type"))
}

fn super_new(_: &mut Vm, cls: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    super::class::new_subtype_instance_with(cls, |ty| {
        let ptr = alloc_object(ty, 0)?;
        // SAFETY: fresh block; empty cells.
        unsafe {
            let s = ptr as *mut SuperObject;
            std::ptr::addr_of_mut!((*s).thisclass).write(UnsafeCell::new(None));
            std::ptr::addr_of_mut!((*s).obj).write(UnsafeCell::new(None));
            std::ptr::addr_of_mut!((*s).obj_type).write(UnsafeCell::new(None));
            gc::track(ptr);
        }
        Ok(ptr)
    })
}

fn super_init(vm: &mut Vm, o: &Obj, a: &[Obj], kwnames: Option<&Obj>) -> PyResult<()> {
    args::no_kwargs("super", kwnames)?;
    let (cls, obj) = match a.len() {
        0 => vm.zero_arg_super()?,
        1 => (a[0].clone(), None),
        2 => (a[0].clone(), Some(a[1].clone())),
        n => return Err(PyErr::type_error(format!("super() takes at most 2 arguments ({n} given)"))),
    };
    let Some(cls_ty) = as_type(&cls) else {
        return Err(PyErr::type_error(format!("super() argument 1 must be a type, not {}", cls.ty().name())));
    };
    let obj_type = match &obj {
        Some(x) => Some(supercheck(cls_ty, x)?),
        None => None,
    };
    let s = o.downcast::<SuperObject>().expect("super");
    // SAFETY: short writes; old values drop after.
    let old = unsafe {
        (
            (*s.thisclass.get()).replace(cls),
            std::mem::replace(&mut *s.obj.get(), obj),
            std::mem::replace(&mut *s.obj_type.get(), obj_type),
        )
    };
    drop(old);
    Ok(())
}

/// Finds `name` in the MRO of `start_type` after `thisclass`, without binding.
fn super_find(thisclass: &Obj, start_type: &TypeObject, name: &Obj) -> Option<Obj> {
    let mro = start_type.mro()?;
    let items = tuple::tuple_items(mro);
    let pos = items.iter().position(|t| t.is(thisclass))?;
    for t in &items[pos + 1..] {
        if let Some(d) = as_type(t).and_then(|t| t.dict_opt()) {
            if let Some(v) = super::dict::as_dict(d)?.get_str(name) {
                return Some(v);
            }
        }
    }
    None
}

fn super_getattro(vm: &mut Vm, o: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    let s = o.downcast::<SuperObject>().expect("super");
    let (thisclass, obj, obj_type) = s.parts();
    if let (Some(tc), Some(ot)) = (&thisclass, &obj_type) {
        if pystr::as_str(name) != "__class__" {
            if let Some(found) = super_find(tc, as_type(ot).expect("type"), name) {
                if let Some(get) = found.ty().slots.descr_get.get() {
                    let inst = obj.as_ref().filter(|x| !x.is(ot));
                    return get(vm, &found, inst, ot).map(Some);
                }
                return Ok(Some(found));
            }
        }
    }
    super::base::generic_getattr(vm, o, name)
}

fn super_repr(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let (tc, _, ot) = o.downcast::<SuperObject>().expect("super").parts();
    let tcn = tc.as_ref().and_then(|t| as_type(t)).map_or("NULL".to_string(), |t| t.name().to_string());
    let s = match ot.as_ref().and_then(|t| as_type(t)) {
        Some(t) => format!("<super: <class '{tcn}'>, <{} object>>", t.name()),
        None => format!("<super: <class '{tcn}'>, NULL>"),
    };
    pystr::try_new_str(&s)
}

fn super_thisclass(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(o.downcast::<SuperObject>().expect("super").parts().0.unwrap_or_else(singletons::none))
}
fn super_self(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(o.downcast::<SuperObject>().expect("super").parts().1.unwrap_or_else(singletons::none))
}
fn super_self_class(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(o.downcast::<SuperObject>().expect("super").parts().2.unwrap_or_else(singletons::none))
}

static SUPER_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__thisclass__", get: super_thisclass, set: None, doc: "" },
    GetSetDef { name: "__self__", get: super_self, set: None, doc: "" },
    GetSetDef { name: "__self_class__", get: super_self_class, set: None, doc: "" },
];

pub static SUPER_TYPE: TypeObject = TypeObject::builtin(
    "super",
    std::mem::size_of::<SuperObject>(),
    flags::BASETYPE | flags::HAVE_GC,
    Some(&super::base::OBJECT_TYPE),
    slots!(super_dealloc, traverse: super_traverse, getattro: super_getattro, repr: super_repr,
        new: super_new, init: super_init),
    &[],
    SUPER_GETSETS,
    Some("super() -> same as super(__class__, <first argument>)"),
);

/// `getattr(super(cls, obj), name)` for Rust callers; `None` when absent.
pub fn super_lookup(vm: &mut Vm, cls: &Obj, obj: &Obj, name: &str) -> PyResult<Option<Obj>> {
    let ty = as_type(cls).expect("type");
    let start = supercheck(ty, obj)?;
    let name = pystr::intern(name);
    match super_find(cls, as_type(&start).expect("type"), &name) {
        Some(found) => match found.ty().slots.descr_get.get() {
            Some(get) => {
                let inst = if obj.is(&start) { None } else { Some(obj) };
                get(vm, &found, inst, &start).map(Some)
            }
            None => Ok(Some(found)),
        },
        None => Ok(None),
    }
}
