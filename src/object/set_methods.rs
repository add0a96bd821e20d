//! Methods and operators of `set` and `frozenset`, following CPython's `setobject.c`
//! algorithm for algorithm (which set is iterated, which is copied, when tables are swapped or
//! resized), since those choices decide the iteration order of the results.

use super::header::Obj;
use super::seq_methods::m;
use super::set::{as_set, is_frozenset, lookup_key, new_of_type, update_from, SetObject};
use super::typeobj::{MethodDef, TypeObject};
use super::{args, boolobj, dict, int, protocol, singletons, PyErr, PyResult};
use crate::vm::Vm;

fn s(o: &Obj) -> &SetObject {
    as_set(o).expect("set")
}

/// The plain type a result of `o`'s operations has: set for sets and set subclasses,
/// frozenset for frozensets (CPython's `make_new_set_basetype`).
fn base_type(o: &Obj) -> &'static TypeObject {
    if is_frozenset(o) {
        &super::set::FROZENSET_TYPE
    } else {
        &super::set::SET_TYPE
    }
}

/// A new set of `o`'s base type holding `iterable`'s items.
fn new_like(vm: &mut Vm, o: &Obj, iterable: Option<&Obj>) -> PyResult<Obj> {
    let r = new_of_type(base_type(o))?;
    if let Some(it) = iterable {
        update_from(vm, &r, it)?;
    }
    Ok(r)
}

/// `set_copy`: a new set of the base type with the same members.
fn copy_of(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    new_like(vm, o, Some(o))
}

/// CPython's `set_intersection`.
fn intersection_of(vm: &mut Vm, so: &Obj, other: &Obj) -> PyResult<Obj> {
    if so.is(other) {
        return copy_of(vm, so);
    }
    let result = new_like(vm, so, None)?;
    let r = s(&result);
    if let Some(o) = as_set(other) {
        // Iterate the smaller set, look up in the larger.
        let (small, big) = if o.len() > s(so).len() { (s(so), o) } else { (o, s(so)) };
        for (k, h) in small.entries_vec() {
            if big.contains_hashed(vm, &k, h)? {
                r.add_hashed(vm, k, h)?;
            }
        }
        return Ok(result);
    }
    let it = protocol::get_iter(vm, other)?;
    while let Some(k) = protocol::next(vm, &it)? {
        let h = super::set::element_hash(vm, &k)?;
        if s(so).contains_hashed(vm, &k, h)? {
            r.add_hashed(vm, k, h)?;
        }
    }
    Ok(result)
}

/// CPython's `set_difference_update_internal`, including the resize that drops dummies when
/// more than a quarter of the table is dummies.
fn difference_update_internal(vm: &mut Vm, so: &Obj, other: &Obj) -> PyResult<()> {
    let target = s(so);
    if so.is(other) {
        target.clear();
        return Ok(());
    }
    if let Some(o) = as_set(other) {
        let source =
            if (o.len() >> 3) > target.len() { intersection_of(vm, so, other)? } else { other.clone() };
        for (k, h) in s(&source).entries_vec() {
            target.discard_hashed(vm, &k, h)?;
        }
    } else {
        let it = protocol::get_iter(vm, other)?;
        while let Some(k) = protocol::next(vm, &it)? {
            let (k, h) = lookup_key(vm, &k)?;
            target.discard_hashed(vm, &k, h)?;
        }
    }
    // SAFETY: a short access; resizing runs no Python code.
    unsafe {
        let t = target.table();
        let mask = t.table_len() - 1;
        if t.fill_count() - t.len() > mask / 4 {
            let used = t.len();
            t.resize_to(if used > 50000 { used * 2 } else { used * 4 });
        }
    }
    Ok(())
}

/// CPython's `set_difference`.
fn difference_of(vm: &mut Vm, so: &Obj, other: &Obj) -> PyResult<Obj> {
    let other_size = if let Some(o) = as_set(other) {
        o.len()
    } else if let Some(d) = dict::as_dict(other).filter(|_| other.is_exact::<dict::DictObject>()) {
        d.len()
    } else {
        let r = copy_of(vm, so)?;
        difference_update_internal(vm, &r, other)?;
        return Ok(r);
    };
    if (s(so).len() >> 2) > other_size {
        let r = copy_of(vm, so)?;
        difference_update_internal(vm, &r, other)?;
        return Ok(r);
    }
    let result = new_like(vm, so, None)?;
    for (k, h) in s(so).entries_vec() {
        let present = match as_set(other) {
            Some(o) => o.contains_hashed(vm, &k, h)?,
            None => dict::as_dict(other).expect("dict").get_with_hash(vm, &k, h)?.is_some(),
        };
        if !present {
            s(&result).add_hashed(vm, k, h)?;
        }
    }
    Ok(result)
}

/// CPython's `set_symmetric_difference_update` (in place, no resize afterwards).
fn symmetric_difference_update_internal(vm: &mut Vm, so: &Obj, other: &Obj) -> PyResult<()> {
    let target = s(so);
    if so.is(other) {
        target.clear();
        return Ok(());
    }
    if let Some(d) = dict::as_dict(other).filter(|_| other.is_exact::<dict::DictObject>()) {
        for (k, h) in d.keys_with_hashes() {
            if !target.discard_hashed(vm, &k, h)? {
                target.add_hashed(vm, k, h)?;
            }
        }
        return Ok(());
    }
    let otherset = if as_set(other).is_some() { other.clone() } else { new_like(vm, so, Some(other))? };
    for (k, h) in s(&otherset).entries_vec() {
        if !target.discard_hashed(vm, &k, h)? {
            target.add_hashed(vm, k, h)?;
        }
    }
    Ok(())
}

/// CPython's `set_symmetric_difference`: a copy of `other`, updated with `so`.
fn symmetric_difference_of(vm: &mut Vm, so: &Obj, other: &Obj) -> PyResult<Obj> {
    let result = new_like(vm, so, Some(other))?;
    symmetric_difference_update_internal(vm, &result, so)?;
    Ok(result)
}

fn add(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("set.add", a, kw, 1, 1)?;
    s(o).add(vm, a[0].clone())?;
    Ok(singletons::none())
}

fn discard(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("set.discard", a, kw, 1, 1)?;
    let (k, h) = lookup_key(vm, &a[0])?;
    s(o).discard_hashed(vm, &k, h)?;
    Ok(singletons::none())
}

fn remove(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("set.remove", a, kw, 1, 1)?;
    let (k, h) = lookup_key(vm, &a[0])?;
    if !s(o).discard_hashed(vm, &k, h)? {
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
    args::check_arity(if is_frozenset(o) { "frozenset.copy" } else { "set.copy" }, a, kw, 0, 0)?;
    if std::ptr::eq(o.type_ptr(), &super::set::FROZENSET_TYPE) {
        return Ok(o.clone());
    }
    copy_of(vm, o)
}

fn update(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::no_kwargs("set.update", kw)?;
    for x in a {
        update_from(vm, o, x)?;
    }
    Ok(singletons::none())
}

fn union(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::no_kwargs("union", kw)?;
    let out = copy_of(vm, o)?;
    for x in a {
        update_from(vm, &out, x)?;
    }
    Ok(out)
}

/// CPython's `set_intersection_multi`.
fn intersection_multi(vm: &mut Vm, o: &Obj, a: &[Obj]) -> PyResult<Obj> {
    if a.is_empty() {
        return copy_of(vm, o);
    }
    let mut result = o.clone();
    for x in a {
        result = intersection_of(vm, &result, x)?;
    }
    Ok(result)
}

fn intersection(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::no_kwargs("intersection", kw)?;
    intersection_multi(vm, o, a)
}

fn intersection_update(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::no_kwargs("intersection_update", kw)?;
    let tmp = intersection_multi(vm, o, a)?;
    s(o).swap_bodies(s(&tmp));
    Ok(singletons::none())
}

fn difference(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::no_kwargs("difference", kw)?;
    let Some((first, rest)) = a.split_first() else {
        return copy_of(vm, o);
    };
    let result = difference_of(vm, o, first)?;
    for x in rest {
        difference_update_internal(vm, &result, x)?;
    }
    Ok(result)
}

fn difference_update(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::no_kwargs("difference_update", kw)?;
    for x in a {
        difference_update_internal(vm, o, x)?;
    }
    Ok(singletons::none())
}

fn symmetric_difference(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("symmetric_difference", a, kw, 1, 1)?;
    symmetric_difference_of(vm, o, &a[0])
}

fn symmetric_difference_update(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("symmetric_difference_update", a, kw, 1, 1)?;
    symmetric_difference_update_internal(vm, o, &a[0])?;
    Ok(singletons::none())
}

fn issubset(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("issubset", a, kw, 1, 1)?;
    let other = if as_set(&a[0]).is_some() {
        a[0].clone()
    } else {
        let t = super::set::new_set()?;
        update_from(vm, &t, &a[0])?;
        t
    };
    Ok(boolobj::new_bool(super::set::is_subset(vm, o, &other)?))
}

fn issuperset(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("issuperset", a, kw, 1, 1)?;
    if as_set(&a[0]).is_some() {
        return Ok(boolobj::new_bool(super::set::is_subset(vm, &a[0], o)?));
    }
    let it = protocol::get_iter(vm, &a[0])?;
    while let Some(k) = protocol::next(vm, &it)? {
        if !s(o).contains(vm, &k)? {
            return Ok(boolobj::new_bool(false));
        }
    }
    Ok(boolobj::new_bool(true))
}

fn isdisjoint(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("isdisjoint", a, kw, 1, 1)?;
    let other = &a[0];
    if o.is(other) {
        return Ok(boolobj::new_bool(s(o).is_empty()));
    }
    if let Some(x) = as_set(other) {
        let (small, big) = if x.len() > s(o).len() { (s(o), x) } else { (x, s(o)) };
        for (k, h) in small.entries_vec() {
            if big.contains_hashed(vm, &k, h)? {
                return Ok(boolobj::new_bool(false));
            }
        }
        return Ok(boolobj::new_bool(true));
    }
    let it = protocol::get_iter(vm, other)?;
    while let Some(k) = protocol::next(vm, &it)? {
        if s(o).contains(vm, &k)? {
            return Ok(boolobj::new_bool(false));
        }
    }
    Ok(boolobj::new_bool(true))
}

/// `set.__sizeof__`: the object plus its slot array (each slot a key pointer, a hash and a
/// dummy flag, padded).
fn sizeof(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    // SAFETY: a short read.
    let slots = unsafe { s(o).table().table_len() };
    Ok(int::new_int((o.ty().basicsize.get() + slots * std::mem::size_of::<super::set::SetEntry>()) as i64))
}

fn class_getitem(_: &mut Vm, cls: &Obj, a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    super::genericalias::new_generic_alias(cls.clone(), a.first().cloned().unwrap_or_else(singletons::none))
}

fn reduce(vm: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    let items = super::list::new_list(s(o).items_vec())?;
    let state = match protocol::get_attr_opt(vm, o, "__dict__")? {
        Some(d) => d,
        None => singletons::none(),
    };
    super::tuple::new_tuple(vec![o.type_obj(), super::tuple::new_tuple(vec![items])?, state])
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
    m!("__reduce__", reduce),
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
    m!("__reduce__", reduce),
    m!("__sizeof__", sizeof),
    m!("__class_getitem__", class_getitem, class),
];

fn both_sets(a: &Obj, b: &Obj) -> bool {
    as_set(a).is_some() && as_set(b).is_some()
}

pub fn set_or(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    if !both_sets(a, b) {
        return Ok(singletons::not_implemented());
    }
    let out = copy_of(vm, a)?;
    update_from(vm, &out, b)?;
    Ok(out)
}

pub fn set_and(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    if !both_sets(a, b) {
        return Ok(singletons::not_implemented());
    }
    intersection_of(vm, a, b)
}

pub fn set_sub(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    if !both_sets(a, b) {
        return Ok(singletons::not_implemented());
    }
    difference_of(vm, a, b)
}

pub fn set_xor(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    if !both_sets(a, b) {
        return Ok(singletons::not_implemented());
    }
    symmetric_difference_of(vm, a, b)
}

pub fn set_ior(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    if !both_sets(a, b) {
        return Ok(singletons::not_implemented());
    }
    update_from(vm, a, b)?;
    Ok(a.clone())
}

pub fn set_iand(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    if !both_sets(a, b) {
        return Ok(singletons::not_implemented());
    }
    let tmp = intersection_of(vm, a, b)?;
    s(a).swap_bodies(s(&tmp));
    Ok(a.clone())
}

pub fn set_isub(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    if !both_sets(a, b) {
        return Ok(singletons::not_implemented());
    }
    difference_update_internal(vm, a, b)?;
    Ok(a.clone())
}

pub fn set_ixor(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    if !both_sets(a, b) {
        return Ok(singletons::not_implemented());
    }
    symmetric_difference_update_internal(vm, a, b)?;
    Ok(a.clone())
}
