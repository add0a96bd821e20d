//! Methods and operators of `set` and `frozenset`.

use super::header::Obj;
use super::seq_methods::m;
use super::set::{as_set, is_frozenset, new_frozenset, new_set, update_from, SetObject};
use super::typeobj::MethodDef;
use super::{args, boolobj, int, protocol, singletons, PyErr, PyResult};
use crate::vm::Vm;

fn s(o: &Obj) -> &SetObject {
    as_set(o).expect("set")
}

/// An empty set of the same flavour (set or frozenset) as `like`.
fn same_kind(like: &Obj) -> PyResult<Obj> {
    if is_frozenset(like) {
        new_frozenset()
    } else {
        new_set()
    }
}

/// Anything iterable as a set (a set argument is used directly).
fn as_set_arg(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    if as_set(o).is_some() {
        return Ok(o.clone());
    }
    let t = new_set()?;
    update_from(vm, &t, o)?;
    Ok(t)
}

fn copy_of(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let n = same_kind(o)?;
    update_from(vm, &n, o)?;
    Ok(n)
}

fn union_into(vm: &mut Vm, target: &Obj, others: &[Obj]) -> PyResult<()> {
    for x in others {
        update_from(vm, target, x)?;
    }
    Ok(())
}

fn intersection_of(vm: &mut Vm, base: &Obj, other: &Obj) -> PyResult<Obj> {
    let other = as_set_arg(vm, other)?;
    let out = same_kind(base)?;
    for k in s(base).items_vec() {
        if s(&other).contains(vm, &k)? {
            s(&out).add(vm, k)?;
        }
    }
    Ok(out)
}

fn difference_of(vm: &mut Vm, base: &Obj, other: &Obj) -> PyResult<Obj> {
    let other = as_set_arg(vm, other)?;
    let out = same_kind(base)?;
    for k in s(base).items_vec() {
        if !s(&other).contains(vm, &k)? {
            s(&out).add(vm, k)?;
        }
    }
    Ok(out)
}

fn symdiff_of(vm: &mut Vm, base: &Obj, other: &Obj) -> PyResult<Obj> {
    let other = as_set_arg(vm, other)?;
    let out = same_kind(base)?;
    for k in s(base).items_vec() {
        if !s(&other).contains(vm, &k)? {
            s(&out).add(vm, k)?;
        }
    }
    for k in s(&other).items_vec() {
        if !s(base).contains(vm, &k)? {
            s(&out).add(vm, k)?;
        }
    }
    Ok(out)
}

fn add(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("set.add", a, kw, 1, 1)?;
    s(o).add(vm, a[0].clone())?;
    Ok(singletons::none())
}

fn discard(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("set.discard", a, kw, 1, 1)?;
    s(o).discard(vm, &a[0])?;
    Ok(singletons::none())
}

fn remove(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("set.remove", a, kw, 1, 1)?;
    if !s(o).discard(vm, &a[0])? {
        return Err(PyErr::key_error(a[0].clone()));
    }
    Ok(singletons::none())
}

fn pop(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("set.pop", a, kw, 0, 0)?;
    s(o).pop().ok_or_else(|| PyErr::key_error_msg("pop from an empty set"))
}

fn clear(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("set.clear", a, kw, 0, 0)?;
    s(o).clear();
    Ok(singletons::none())
}

fn copy(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("copy", a, kw, 0, 0)?;
    if is_frozenset(o) && o.is_exact::<SetObject>() {
        return Ok(o.clone());
    }
    copy_of(vm, o)
}

fn update(vm: &mut Vm, o: &Obj, a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    union_into(vm, o, a)?;
    Ok(singletons::none())
}

fn union(vm: &mut Vm, o: &Obj, a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    let out = copy_of(vm, o)?;
    union_into(vm, &out, a)?;
    Ok(out)
}

fn intersection(vm: &mut Vm, o: &Obj, a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    let mut cur = copy_of(vm, o)?;
    for x in a {
        cur = intersection_of(vm, &cur, x)?;
    }
    Ok(cur)
}

fn intersection_update(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let r = intersection(vm, o, a, kw)?;
    s(o).clear();
    update_from(vm, o, &r)?;
    Ok(singletons::none())
}

fn difference(vm: &mut Vm, o: &Obj, a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    let mut cur = copy_of(vm, o)?;
    for x in a {
        cur = difference_of(vm, &cur, x)?;
    }
    Ok(cur)
}

fn difference_update(vm: &mut Vm, o: &Obj, a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    for x in a {
        let other = as_set_arg(vm, x)?;
        for k in s(&other).items_vec() {
            s(o).discard(vm, &k)?;
        }
    }
    Ok(singletons::none())
}

fn symmetric_difference(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("symmetric_difference", a, kw, 1, 1)?;
    symdiff_of(vm, o, &a[0])
}

fn symmetric_difference_update(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("symmetric_difference_update", a, kw, 1, 1)?;
    let r = symdiff_of(vm, o, &a[0])?;
    s(o).clear();
    update_from(vm, o, &r)?;
    Ok(singletons::none())
}

fn issubset(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("issubset", a, kw, 1, 1)?;
    let other = as_set_arg(vm, &a[0])?;
    Ok(boolobj::new_bool(super::set::is_subset(vm, o, &other)?))
}

fn issuperset(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("issuperset", a, kw, 1, 1)?;
    let other = as_set_arg(vm, &a[0])?;
    Ok(boolobj::new_bool(super::set::is_subset(vm, &other, o)?))
}

fn isdisjoint(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("isdisjoint", a, kw, 1, 1)?;
    let it = protocol::get_iter(vm, &a[0])?;
    while let Some(k) = protocol::next(vm, &it)? {
        if s(o).contains(vm, &k)? {
            return Ok(boolobj::new_bool(false));
        }
    }
    Ok(boolobj::new_bool(true))
}

fn sizeof(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    let n = s(o).len();
    let slots = if n == 0 { 0 } else { (n * 4).next_power_of_two().max(8) };
    Ok(int::new_int((o.ty().basicsize.get() + slots * 16) as i64))
}

fn class_getitem(_: &mut Vm, cls: &Obj, a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    super::genericalias::new_generic_alias(cls.clone(), a.first().cloned().unwrap_or_else(singletons::none))
}

pub static SET_METHODS: &[MethodDef] = &[
    m!("add", add),
    m!("discard", discard),
    m!("remove", remove),
    m!("pop", pop),
    m!("clear", clear),
    m!("copy", copy),
    m!("update", update),
    m!("union", union),
    m!("intersection", intersection),
    m!("intersection_update", intersection_update),
    m!("difference", difference),
    m!("difference_update", difference_update),
    m!("symmetric_difference", symmetric_difference),
    m!("symmetric_difference_update", symmetric_difference_update),
    m!("issubset", issubset),
    m!("issuperset", issuperset),
    m!("isdisjoint", isdisjoint),
    m!("__sizeof__", sizeof),
    m!("__class_getitem__", class_getitem, class),
];

pub static FROZENSET_METHODS: &[MethodDef] = &[
    m!("copy", copy),
    m!("union", union),
    m!("intersection", intersection),
    m!("difference", difference),
    m!("symmetric_difference", symmetric_difference),
    m!("issubset", issubset),
    m!("issuperset", issuperset),
    m!("isdisjoint", isdisjoint),
    m!("__sizeof__", sizeof),
    m!("__class_getitem__", class_getitem, class),
];

fn both_sets(a: &Obj, b: &Obj) -> bool {
    as_set(a).is_some() && as_set(b).is_some()
}

macro_rules! set_op {
    ($name:ident, $f:ident) => {
        pub fn $name(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
            if !both_sets(a, b) {
                return Ok(singletons::not_implemented());
            }
            $f(vm, a, b)
        }
    };
}

fn union_of(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    let out = copy_of(vm, a)?;
    update_from(vm, &out, b)?;
    Ok(out)
}

set_op!(set_or, union_of);
set_op!(set_and, intersection_of);
set_op!(set_sub, difference_of);
set_op!(set_xor, symdiff_of);

macro_rules! set_iop {
    ($name:ident, $f:ident) => {
        pub fn $name(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
            if !both_sets(a, b) {
                return Ok(singletons::not_implemented());
            }
            let r = $f(vm, a, b)?;
            s(a).clear();
            update_from(vm, a, &r)?;
            Ok(a.clone())
        }
    };
}

set_iop!(set_iand, intersection_of);
set_iop!(set_isub, difference_of);
set_iop!(set_ixor, symdiff_of);

pub fn set_ior(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    if !both_sets(a, b) {
        return Ok(singletons::not_implemented());
    }
    update_from(vm, a, b)?;
    Ok(a.clone())
}
