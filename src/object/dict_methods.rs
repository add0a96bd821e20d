//! Methods of `dict`.

use super::dict::{as_dict, new_dict, update_from, DictObject};
use super::dict_views::{new_reverse_iterator, new_view, IterKind};
use super::header::Obj;
use super::seq_methods::m;
use super::typeobj::MethodDef;
use super::{args, int, protocol, singletons, tuple, PyErr, PyResult};
use crate::vm::Vm;

fn d(o: &Obj) -> &DictObject {
    as_dict(o).expect("dict")
}

fn keys(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("keys", a, kw, 0, 0)?;
    new_view(o, IterKind::Keys)
}
fn values(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("values", a, kw, 0, 0)?;
    new_view(o, IterKind::Values)
}
fn items(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("items", a, kw, 0, 0)?;
    new_view(o, IterKind::Items)
}

fn get(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("get", a, kw, 1, 2)?;
    Ok(d(o).get_item(vm, &a[0])?.unwrap_or_else(|| a.get(1).cloned().unwrap_or_else(singletons::none)))
}

fn setdefault(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("setdefault", a, kw, 1, 2)?;
    if let Some(v) = d(o).get_item(vm, &a[0])? {
        return Ok(v);
    }
    let v = a.get(1).cloned().unwrap_or_else(singletons::none);
    d(o).set_item(vm, a[0].clone(), v.clone())?;
    Ok(v)
}

fn pop(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("pop", a, kw, 1, 2)?;
    match d(o).del_item(vm, &a[0])? {
        Some(v) => Ok(v),
        None => a.get(1).cloned().ok_or_else(|| PyErr::key_error(a[0].clone())),
    }
}

fn popitem(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("popitem", a, kw, 0, 0)?;
    match d(o).pop_last() {
        Some((k, v)) => tuple::new_tuple(vec![k, v]),
        None => Err(PyErr::key_error_msg("popitem(): dictionary is empty")),
    }
}

fn update(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let pos = args::positional(a, kw);
    if pos.len() > 1 {
        return Err(PyErr::type_error(format!("update expected at most 1 argument, got {}", pos.len())));
    }
    if let Some(src) = pos.first() {
        update_from(vm, o, src)?;
    }
    for (k, v) in args::keywords(a, kw) {
        d(o).set_item(vm, super::str::new_str(k), v.clone())?;
    }
    Ok(singletons::none())
}

fn clear(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("clear", a, kw, 0, 0)?;
    d(o).clear();
    Ok(singletons::none())
}

/// A shallow copy (a plain dict).
pub fn copy_dict(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let new = new_dict();
    for (k, v) in d(o).items_vec() {
        d(&new).set_item(vm, k, v)?;
    }
    Ok(new)
}

fn copy(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("copy", a, kw, 0, 0)?;
    copy_dict(vm, o)
}

fn fromkeys(vm: &mut Vm, cls: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("fromkeys", a, kw, 1, 2)?;
    let value = a.get(1).cloned().unwrap_or_else(singletons::none);
    let new = protocol::call(vm, cls, &[], None)?;
    let keys = protocol::collect(vm, &a[0])?;
    for k in keys {
        if let Some(nd) = new.downcast_exact::<DictObject>() {
            nd.set_item(vm, k, value.clone())?;
        } else {
            protocol::set_item(vm, &new, &k, &value)?;
        }
    }
    Ok(new)
}

fn reversed(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    new_reverse_iterator(o, IterKind::Keys)
}

/// `dict.__sizeof__`: our real size — the object (header, table bookkeeping, mutation count)
/// plus the index and entry arrays it owns. `sys.getsizeof` adds the GC header.
fn sizeof(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    Ok(int::new_int((o.ty().basicsize.get() + d(o).table_bytes()) as i64))
}

fn class_getitem(_: &mut Vm, cls: &Obj, a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    super::genericalias::new_generic_alias(cls.clone(), a.first().cloned().unwrap_or_else(singletons::none))
}

/// `a | b` for dicts.
pub fn dict_or(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    if as_dict(a).is_none() || as_dict(b).is_none() {
        return Ok(singletons::not_implemented());
    }
    let new = copy_dict(vm, a)?;
    update_from(vm, &new, b)?;
    Ok(new)
}

/// `a |= b` for dicts.
pub fn dict_ior(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    update_from(vm, a, b)?;
    Ok(a.clone())
}

pub static METHODS: &[MethodDef] = &[
    m!("keys", keys),
    m!("values", values),
    m!("items", items),
    m!("get", get),
    m!("setdefault", setdefault),
    m!("pop", pop),
    m!("popitem", popitem),
    m!("update", update),
    m!("clear", clear),
    m!("copy", copy),
    m!("fromkeys", fromkeys, class),
    m!("__reversed__", reversed),
    m!("__sizeof__", sizeof),
    m!("__class_getitem__", class_getitem, class),
];
