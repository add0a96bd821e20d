//! The slot functions of classes defined in Python: each looks up the corresponding dunder on the
//! object's type and calls it (CPython's `slot_tp_*`/`slot_nb_*` in `Objects/typeobject.c`).

use super::header::Obj;
use super::typeobj::BinaryFn;
use super::{boolobj, int, protocol, singletons, CompareOp, PyErr, PyResult};
use crate::vm::Vm;

/// Calls `type(o).name(o, *args)`; `None` if the type has no such attribute.
fn call_dunder(vm: &mut Vm, o: &Obj, name: &str, args: &[Obj]) -> PyResult<Option<Obj>> {
    let Some(f) = o.ty().lookup_str(name) else {
        return Ok(None);
    };
    protocol::call_method_descr(vm, &f, o, args).map(Some)
}

fn require(vm: &mut Vm, o: &Obj, name: &str, args: &[Obj]) -> PyResult<Obj> {
    match call_dunder(vm, o, name, args)? {
        Some(r) => Ok(r),
        None => Err(PyErr::type_error(format!("'{}' object has no attribute '{name}'", o.ty().name()))),
    }
}

pub fn slot_repr(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    require(vm, o, "__repr__", &[])
}

pub fn slot_str(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    require(vm, o, "__str__", &[])
}

pub fn slot_hash(vm: &mut Vm, o: &Obj) -> PyResult<i64> {
    let Some(f) = o.ty().lookup_str("__hash__") else {
        return Err(PyErr::type_error(format!("unhashable type: '{}'", o.ty().name())));
    };
    if singletons::is_none(&f) {
        return Err(PyErr::type_error(format!("unhashable type: '{}'", o.ty().name())));
    }
    let r = protocol::call_method_descr(vm, &f, o, &[])?;
    let Some(v) = int::int_value(&r) else {
        return Err(PyErr::type_error("__hash__ method should return an integer"));
    };
    // A result that fits a machine word is used as it is; only bigger ones are reduced to the
    // hash of the int value (CPython's slot_tp_hash).
    let h = int::as_i64(&r).unwrap_or_else(|| int::hash_int(v));
    Ok(if h == -1 { -2 } else { h })
}

pub fn slot_richcompare(vm: &mut Vm, a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    match a.ty().lookup_str(op.dunder()) {
        Some(f) => protocol::call_method_descr(vm, &f, a, std::slice::from_ref(b)),
        None => Ok(singletons::not_implemented()),
    }
}

/// `__getattribute__` and/or `__getattr__` (CPython's `slot_tp_getattr_hook`).
pub fn slot_getattro(vm: &mut Vm, o: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    let ty = o.ty();
    let getattribute = ty.lookup_str("__getattribute__");
    let result = match &getattribute {
        Some(f) if f.downcast::<super::descr::WrapperDescrObject>().is_none() => {
            match protocol::call_method_descr(vm, f, o, std::slice::from_ref(name)) {
                Ok(v) => Some(v),
                Err(e) if e.is_instance(&super::exceptions::ATTRIBUTE_ERROR) => {
                    if ty.lookup_str("__getattr__").is_none() {
                        return Err(e);
                    }
                    None
                }
                Err(e) => return Err(e),
            }
        }
        _ => super::base::generic_getattr(vm, o, name)?,
    };
    if result.is_some() {
        return Ok(result);
    }
    match ty.lookup_str("__getattr__") {
        Some(f) => match protocol::call_method_descr(vm, &f, o, std::slice::from_ref(name)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is_instance(&super::exceptions::ATTRIBUTE_ERROR) => Err(e),
            Err(e) => Err(e),
        },
        None => Ok(None),
    }
}

pub fn slot_setattro(vm: &mut Vm, o: &Obj, name: &Obj, value: Option<&Obj>) -> PyResult<()> {
    match value {
        Some(v) => match o.ty().lookup_str("__setattr__") {
            Some(f) if f.downcast::<super::descr::WrapperDescrObject>().is_none() => {
                protocol::call_method_descr(vm, &f, o, &[name.clone(), v.clone()]).map(drop)
            }
            _ => super::base::generic_setattr(vm, o, name, value),
        },
        None => match o.ty().lookup_str("__delattr__") {
            Some(f) if f.downcast::<super::descr::WrapperDescrObject>().is_none() => {
                protocol::call_method_descr(vm, &f, o, std::slice::from_ref(name)).map(drop)
            }
            _ => super::base::generic_setattr(vm, o, name, None),
        },
    }
}

pub fn slot_descr_get(vm: &mut Vm, d: &Obj, instance: Option<&Obj>, owner: &Obj) -> PyResult<Obj> {
    let inst = instance.cloned().unwrap_or_else(singletons::none);
    require(vm, d, "__get__", &[inst, owner.clone()])
}

pub fn slot_descr_set(vm: &mut Vm, d: &Obj, instance: &Obj, value: Option<&Obj>) -> PyResult<()> {
    match value {
        Some(v) => match call_dunder(vm, d, "__set__", &[instance.clone(), v.clone()])? {
            Some(_) => Ok(()),
            None => Err(PyErr::attribute_error("__set__")),
        },
        None => match call_dunder(vm, d, "__delete__", std::slice::from_ref(instance))? {
            Some(_) => Ok(()),
            None => Err(PyErr::attribute_error("__delete__")),
        },
    }
}

pub fn slot_call(vm: &mut Vm, o: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    let Some(f) = o.ty().lookup_str("__call__") else {
        return Err(PyErr::type_error(format!("'{}' object is not callable", o.ty().name())));
    };
    protocol::call_method_descr_kw(vm, &f, o, args, kwnames)
}

pub fn slot_init(vm: &mut Vm, o: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult<()> {
    let Some(f) = o.ty().lookup_str("__init__") else {
        return Ok(());
    };
    let r = protocol::call_method_descr_kw(vm, &f, o, args, kwnames)?;
    if !singletons::is_none(&r) {
        return Err(PyErr::type_error(format!("__init__() should return None, not '{}'", r.ty().name())));
    }
    Ok(())
}

pub fn slot_iter(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let f = o.ty().lookup_str("__iter__");
    if f.as_ref().is_some_and(singletons::is_none) {
        return Err(PyErr::type_error(format!("'{}' object is not iterable", o.ty().name())));
    }
    let it = require(vm, o, "__iter__", &[])?;
    if it.ty().slots.iternext.get().is_none() {
        return Err(PyErr::type_error(format!("iter() returned non-iterator of type '{}'", it.ty().name())));
    }
    Ok(it)
}

pub fn slot_iternext(vm: &mut Vm, o: &Obj) -> PyResult<Option<Obj>> {
    match require(vm, o, "__next__", &[]) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.is_instance(&super::exceptions::STOP_ITERATION) => Ok(None),
        Err(e) => Err(e),
    }
}

pub fn slot_len(vm: &mut Vm, o: &Obj) -> PyResult<usize> {
    let r = require(vm, o, "__len__", &[])?;
    let Some(i) = protocol::index_opt(vm, &r)? else {
        return Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            r.ty().name()
        )));
    };
    match int::as_i64(&i) {
        Some(n) if n < 0 => Err(PyErr::value_error("__len__() should return >= 0")),
        Some(n) => Ok(n as usize),
        None => Err(PyErr::overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}

pub fn slot_getitem(vm: &mut Vm, o: &Obj, key: &Obj) -> PyResult<Obj> {
    require(vm, o, "__getitem__", std::slice::from_ref(key))
}

pub fn slot_setitem(vm: &mut Vm, o: &Obj, key: &Obj, value: Option<&Obj>) -> PyResult<()> {
    match value {
        Some(v) => require(vm, o, "__setitem__", &[key.clone(), v.clone()]).map(drop),
        None => require(vm, o, "__delitem__", std::slice::from_ref(key)).map(drop),
    }
}

pub fn slot_contains(vm: &mut Vm, o: &Obj, item: &Obj) -> PyResult<bool> {
    match call_dunder(vm, o, "__contains__", std::slice::from_ref(item))? {
        Some(r) => protocol::is_true(vm, &r),
        None => protocol::contains_by_iteration(vm, o, item),
    }
}

pub fn slot_bool(vm: &mut Vm, o: &Obj) -> PyResult<bool> {
    if let Some(r) = call_dunder(vm, o, "__bool__", &[])? {
        if !boolobj::is_bool(&r) {
            return Err(PyErr::type_error(format!(
                "__bool__ should return bool, returned {}",
                r.ty().name()
            )));
        }
        return Ok(boolobj::is_true_obj(&r));
    }
    if o.ty().lookup_str("__len__").is_some() {
        return Ok(slot_len(vm, o)? > 0);
    }
    Ok(true)
}

macro_rules! unary_slot {
    ($name:ident, $dunder:expr) => {
        pub fn $name(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
            require(vm, o, $dunder, &[])
        }
    };
}
unary_slot!(slot_neg, "__neg__");
unary_slot!(slot_pos, "__pos__");
unary_slot!(slot_invert, "__invert__");
unary_slot!(slot_abs, "__abs__");
unary_slot!(slot_int, "__int__");
unary_slot!(slot_float, "__float__");
unary_slot!(slot_index, "__index__");

/// The binary-operator protocol for classes: `a.__op__(b)`, and `b.__rop__(a)` when `b`'s class
/// is different (tried first if it's a subclass overriding it), as CPython's `SLOT1BINFULL`.
fn binary_slot(vm: &mut Vm, a: &Obj, b: &Obj, op: usize) -> PyResult<Obj> {
    let (name, rname, _) = super::class::nb_names(op);
    let same = std::ptr::eq(a.type_ptr(), b.type_ptr());
    let a_has = a.ty().slots.number[op].get().map(|f| f as usize) == Some(NUMBER_SLOTS[op] as usize);
    let b_has = !same && b.ty().slots.number[op].get().map(|f| f as usize) == Some(NUMBER_SLOTS[op] as usize);
    let mut do_other = b_has;
    if a_has {
        if do_other && b.ty().is_subtype(a.ty()) && overrides(b, a, rname) {
            let r = call_dunder(vm, b, rname, std::slice::from_ref(a))?;
            if let Some(r) = r {
                if !singletons::is_not_implemented(&r) {
                    return Ok(r);
                }
            }
            do_other = false;
        }
        if let Some(r) = call_dunder(vm, a, name, std::slice::from_ref(b))? {
            if !singletons::is_not_implemented(&r) || same {
                return Ok(r);
            }
        }
    }
    if do_other {
        if let Some(r) = call_dunder(vm, b, rname, std::slice::from_ref(a))? {
            return Ok(r);
        }
    }
    Ok(singletons::not_implemented())
}

/// Whether `sub`'s class defines `name` differently from `sup`'s class.
fn overrides(sub: &Obj, sup: &Obj, name: &str) -> bool {
    match (sub.ty().lookup_str(name), sup.ty().lookup_str(name)) {
        (Some(x), Some(y)) => !x.is(&y),
        (Some(_), None) => true,
        _ => false,
    }
}

fn inplace_slot(vm: &mut Vm, a: &Obj, b: &Obj, op: usize) -> PyResult<Obj> {
    let (_, _, iname) = super::class::nb_names(op);
    match call_dunder(vm, a, iname, std::slice::from_ref(b))? {
        Some(r) => Ok(r),
        None => Ok(singletons::not_implemented()),
    }
}

macro_rules! nb_slots {
    ($($i:literal => $b:ident, $ip:ident;)*) => {
        $( fn $b(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> { binary_slot(vm, a, b, $i) }
           fn $ip(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> { inplace_slot(vm, a, b, $i) } )*
        /// The generic binary slot per operator.
        pub static NUMBER_SLOTS: [BinaryFn; 13] = [$($b),*];
        /// The generic in-place slot per operator.
        pub static INPLACE_SLOTS: [BinaryFn; 13] = [$($ip),*];
    };
}

nb_slots! {
    0 => nb0, inb0; 1 => nb1, inb1; 2 => nb2, inb2; 3 => nb3, inb3; 4 => nb4, inb4;
    5 => nb5, inb5; 6 => nb6, inb6; 7 => nb7, inb7; 8 => nb8, inb8; 9 => nb9, inb9;
    10 => nb10, inb10; 11 => nb11, inb11; 12 => nb12, inb12;
}
