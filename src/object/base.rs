//! `object`, the root of every class: generic attribute access through descriptors and the
//! instance `__dict__`, identity hashing and equality, and the default `repr`.

use super::header::{Obj, ObjectHeader};
use super::typeobj::{flags, GetSetDef, MethodDef, MethodKind, TypeObject};
use super::{args, boolobj, dict, protocol, singletons, str as pystr, CompareOp, PyErr, PyResult};
use crate::memory::alloc::{alloc_object, free_object};
use crate::slots;
use crate::vm::Vm;
use std::cell::UnsafeCell;

/// The `object` payload: just the header.
#[repr(C)]
pub struct BaseObject {
    head: ObjectHeader,
}

unsafe fn object_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: a dying plain object: nothing but the block (subclass parts are dropped by the
    // heap type's dealloc before it calls this).
    unsafe { free_object(obj, 0) };
}

/// The identity hash CPython uses for objects without `__hash__`: the address rotated by 4 bits.
pub fn pointer_hash(o: &Obj) -> i64 {
    let h = (o.addr() as u64).rotate_right(4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn object_hash(_: &mut Vm, o: &Obj) -> PyResult<i64> {
    Ok(pointer_hash(o))
}

/// `__module__` of a type, for reprs: `None` for built-ins.
pub fn type_module(ty: &TypeObject) -> Option<String> {
    if !ty.is_heap_type() {
        return None;
    }
    let m = ty.dict_opt().and_then(|d| dict::as_dict(d)?.get_by_str("__module__"))?;
    let s = pystr::as_str_obj(&m)?.as_str().to_string();
    if s == "builtins" {
        None
    } else {
        Some(s)
    }
}

fn object_repr(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let ty = o.ty();
    let name = match type_module(ty) {
        Some(m) => format!("{m}.{}", ty.qualname()),
        None => ty.qualname().to_string(),
    };
    pystr::try_new_str(&format!("<{name} object at {:#x}>", o.addr()))
}

fn object_str(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    protocol::repr(vm, o)
}

fn object_richcompare(vm: &mut Vm, a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    match op {
        CompareOp::Eq => Ok(if a.is(b) { boolobj::new_bool(true) } else { singletons::not_implemented() }),
        CompareOp::Ne => {
            // `__ne__` inverts `__eq__` unless that is NotImplemented (CPython's object_richcompare).
            let eq = protocol::call_slot_richcompare(vm, a, b, CompareOp::Eq)?;
            if singletons::is_not_implemented(&eq) {
                Ok(eq)
            } else {
                Ok(boolobj::new_bool(!protocol::is_true(vm, &eq)?))
            }
        }
        _ => Ok(singletons::not_implemented()),
    }
}

/// The slot holding an object's instance dict, if its type has one.
#[inline]
pub fn dict_slot(o: &Obj) -> Option<&UnsafeCell<Option<Obj>>> {
    let off = o.ty().dictoffset.get();
    if off == 0 {
        return None;
    }
    let off = super::class::resolve_offset(o, off, 0);
    // SAFETY: a type with a dict offset lays out an `UnsafeCell<Option<Obj>>` there.
    Some(unsafe { &*((o.as_ptr() as *const u8).add(off) as *const UnsafeCell<Option<Obj>>) })
}

/// The instance dict (created on first use), or `None` if the type has no `__dict__`.
pub fn instance_dict(o: &Obj) -> Option<Obj> {
    let slot = dict_slot(o)?;
    // SAFETY: a short access; creating a dict runs no Python code.
    unsafe {
        let d = &mut *slot.get();
        if d.is_none() {
            *d = Some(dict::new_dict());
        }
        d.clone()
    }
}

/// The instance dict if it already exists (no allocation).
#[inline]
pub fn existing_instance_dict(o: &Obj) -> Option<&Obj> {
    let slot = dict_slot(o)?;
    // SAFETY: a short read; the dict stays alive while `o` holds it and no caller replaces it
    // during the borrow (single-threaded, borrow not held across Python code by callers).
    unsafe { (*slot.get()).as_ref() }
}

/// CPython's `PyObject_GenericGetAttr`: data descriptors on the type, then the instance dict,
/// then other descriptors and plain class attributes. `Ok(None)` means not found.
pub fn generic_getattr(vm: &mut Vm, o: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    let ty = o.ty();
    let descr = ty.lookup(name);
    let mut getter = None;
    if let Some(d) = &descr {
        let dt = d.ty();
        if let Some(get) = dt.slots.descr_get.get() {
            if dt.slots.descr_set.get().is_some() {
                return get(vm, d, Some(o), &o.type_obj()).map(Some);
            }
            getter = Some(get);
        }
    }
    if let Some(d) = existing_instance_dict(o) {
        let d = d.clone();
        let found = match name.downcast_exact::<pystr::StrObject>() {
            Some(_) => dict::as_dict(&d).expect("dict").get_str(name),
            None => dict::as_dict(&d).expect("dict").get_item(vm, name)?,
        };
        if found.is_some() {
            return Ok(found);
        }
    }
    if let (Some(get), Some(d)) = (getter, &descr) {
        return get(vm, d, Some(o), &o.type_obj()).map(Some);
    }
    Ok(descr)
}

/// CPython's `PyObject_GenericSetAttr` (value `None` deletes).
pub fn generic_setattr(vm: &mut Vm, o: &Obj, name: &Obj, value: Option<&Obj>) -> PyResult<()> {
    let ty = o.ty();
    if let Some(d) = ty.lookup(name) {
        if let Some(set) = d.ty().slots.descr_set.get() {
            return set(vm, &d, o, value);
        }
    }
    match dict_slot(o) {
        Some(_) => {
            let d = instance_dict(o).expect("dict slot");
            let dd = dict::as_dict(&d).expect("dict");
            match value {
                Some(v) => {
                    if name.is_exact::<pystr::StrObject>() {
                        dd.set_str(name.clone(), v.clone());
                        Ok(())
                    } else {
                        dd.set_item(vm, name.clone(), v.clone())
                    }
                }
                None => match dd.del_item(vm, name)? {
                    Some(_) => Ok(()),
                    None => Err(PyErr::attribute_error_for(o, pystr::as_str(name))),
                },
            }
        }
        None => {
            let attr = pystr::as_str(name);
            if ty.lookup(name).is_some() {
                Err(PyErr::attribute_error(format!("'{}' object attribute '{attr}' is read-only", ty.name())))
            } else {
                Err(PyErr::attribute_error_for(o, attr))
            }
        }
    }
}

fn object_new(_: &mut Vm, cls: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    let ty = super::typeobj::as_type(cls).expect("type");
    if !args.is_empty() {
        // Excess arguments are an error only if __init__ isn't overridden (CPython's rule).
        let init_overridden =
            ty.slots.init.get().map(|f| f as usize) != Some(object_init as *const () as usize);
        let new_overridden = ty.slots.new.get().map(|f| f as usize) != Some(object_new as *const () as usize);
        if !init_overridden || new_overridden {
            let _ = kwnames;
            return Err(PyErr::type_error(format!("{}() takes no arguments", ty.name())));
        }
    }
    if ty.has_flag(flags::ABSTRACT) {
        return Err(super::class::abstract_instantiation_error(ty));
    }
    super::class::new_subtype_instance_with(cls, |t| alloc_object(t, 0))
}

fn object_init(_: &mut Vm, o: &Obj, args: &[Obj], _kwnames: Option<&Obj>) -> PyResult<()> {
    if !args.is_empty() {
        let ty = o.ty();
        let init_overridden =
            ty.slots.init.get().map(|f| f as usize) != Some(object_init as *const () as usize);
        let new_overridden = ty.slots.new.get().map(|f| f as usize) != Some(object_new as *const () as usize);
        if init_overridden || !new_overridden {
            return Err(PyErr::type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                ty.name()
            )));
        }
    }
    Ok(())
}

fn get_class(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(o.type_obj())
}

fn set_class(_: &mut Vm, o: &Obj, value: Option<&Obj>) -> PyResult<()> {
    let Some(v) = value else {
        return Err(PyErr::type_error("can't delete __class__ attribute"));
    };
    let Some(new_ty) = super::typeobj::as_type(v) else {
        return Err(PyErr::type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            v.ty().name()
        )));
    };
    let old_ty = o.ty();
    if !new_ty.is_heap_type() || !old_ty.is_heap_type() || new_ty.basicsize.get() != old_ty.basicsize.get() {
        return Err(PyErr::type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new_ty.name(),
            old_ty.name()
        )));
    }
    let new_ptr = new_ty as *const TypeObject;
    let old_ptr = o.type_ptr();
    super::header::incref(&new_ty.head);
    o.header().ob_type.set(new_ptr);
    // SAFETY: the object owned a reference to its old heap type.
    unsafe { super::header::decref(old_ptr as *mut ObjectHeader) };
    Ok(())
}

fn m_format(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("__format__", a, kw, 1, 1)?;
    let spec = pystr::expect_str(&a[0], "format_spec")?;
    if !spec.is_empty() {
        return Err(PyErr::type_error(format!(
            "unsupported format string passed to {}.__format__",
            o.ty().name()
        )));
    }
    protocol::str(vm, o)
}

fn m_dir(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("__dir__", a, kw, 0, 0)?;
    let names = dict::new_dict();
    let nd = dict::as_dict(&names).expect("dict");
    if let Some(d) = existing_instance_dict(o) {
        for k in dict::as_dict(d).expect("dict").keys_vec() {
            nd.set_item(vm, k, singletons::none())?;
        }
    }
    super::class::collect_type_attrs(vm, o.ty(), nd)?;
    super::list::new_list(nd.keys_vec())
}

fn m_sizeof(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("__sizeof__", a, kw, 0, 0)?;
    // The object itself, without the GC header: `sys.getsizeof` adds that (CPython's rule).
    let ty = o.ty();
    let body = ty.basicsize.get() + ty.itemsize.get() * super::class::var_items(o);
    Ok(super::int::new_int(body as i64))
}

fn m_init_subclass(_: &mut Vm, _cls: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    if !a.is_empty() || args::kw_count(kw) > 0 {
        let names: Vec<&str> = args::keywords(a, kw).map(|(n, _)| n).collect();
        if let Some(n) = names.first() {
            return Err(PyErr::type_error(format!(
                "__init_subclass__() takes no keyword arguments (got '{n}')"
            )));
        }
        return Err(PyErr::type_error("__init_subclass__() takes no arguments"));
    }
    Ok(singletons::none())
}

fn m_subclasshook(_: &mut Vm, _cls: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    Ok(singletons::not_implemented())
}

fn m_reduce_ex(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    Err(PyErr::type_error(format!("cannot pickle '{}' object", o.ty().name())))
}

fn m_getstate(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    Ok(existing_instance_dict(o).cloned().unwrap_or_else(singletons::none))
}

static OBJECT_METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__format__",
        func: m_format,
        kind: MethodKind::Instance,
        doc: "Default object formatter.",
    },
    MethodDef {
        name: "__dir__",
        func: m_dir,
        kind: MethodKind::Instance,
        doc: "Default dir() implementation.",
    },
    MethodDef {
        name: "__sizeof__",
        func: m_sizeof,
        kind: MethodKind::Instance,
        doc: "Size of object in memory, in bytes.",
    },
    MethodDef { name: "__init_subclass__", func: m_init_subclass, kind: MethodKind::Class, doc: "" },
    MethodDef { name: "__subclasshook__", func: m_subclasshook, kind: MethodKind::Class, doc: "" },
    MethodDef { name: "__reduce_ex__", func: m_reduce_ex, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "__getstate__", func: m_getstate, kind: MethodKind::Instance, doc: "" },
];

static OBJECT_GETSETS: &[GetSetDef] =
    &[GetSetDef { name: "__class__", get: get_class, set: Some(set_class), doc: "the object's class" }];

pub static OBJECT_TYPE: TypeObject = TypeObject::builtin(
    "object",
    std::mem::size_of::<BaseObject>(),
    flags::BASETYPE,
    None,
    slots!(object_dealloc,
        repr: object_repr, str: object_str, hash: object_hash, richcompare: object_richcompare,
        getattro: generic_getattr, setattro: generic_setattr, new: object_new, init: object_init),
    OBJECT_METHODS,
    OBJECT_GETSETS,
    Some("The base class of the class hierarchy."),
);

/// `object.__init__`, for identity checks by other modules.
pub fn object_init_fn() -> super::typeobj::InitFn {
    object_init
}

/// `object.__new__` as a slot function.
pub fn object_new_fn() -> super::typeobj::CallFn {
    object_new
}
