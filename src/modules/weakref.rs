//! The `_weakref` module under the stdlib's `weakref.py`: `ref`, `proxy`, `getweakrefcount`,
//! `getweakrefs` and the three weak reference types (`object::weakref` implements them).

use crate::object::weakref::{self as wr, CALLABLE_PROXY_TYPE, PROXY_TYPE, WEAKREF_TYPE};
use crate::object::*;
use crate::vm::Vm;

/// `proxy(object[, callback])`.
fn weakref_proxy(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("proxy", a, kw, 1, 2)?;
    wr::new_proxy(&a[0], a.get(1).cloned())
}

fn weakref_getweakrefcount(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("getweakrefcount", a, kw, 1, 1)?;
    Ok(int::new_int(wr::weakref_count(&a[0]) as i64))
}

fn weakref_getweakrefs(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("getweakrefs", a, kw, 1, 1)?;
    list::new_list(wr::weakrefs_of(&a[0]))
}

/// `_remove_dead_weakref(dict, key)`: deletes `dict[key]` if it is a dead weak reference
/// (what `WeakValueDictionary` callbacks use).
fn weakref_remove_dead(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("_remove_dead_weakref", a, kw, 2, 2)?;
    let Some(d) = dict::as_dict(&a[0]) else {
        return Err(PyErr::type_error(format!(
            "_remove_dead_weakref() argument 1 must be dict, not {}",
            a[0].ty().name()
        )));
    };
    if let Some(v) = d.get_item(vm, &a[1])? {
        let is_dead = v.downcast::<wr::WeakRefObject>().is_some_and(|w| w.get().is_none());
        if is_dead {
            d.del_item(vm, &a[1])?;
        }
    }
    Ok(singletons::none())
}

/// The `_weakref` module.
pub fn make_module(_: &mut Vm) -> PyResult<Obj> {
    let (m, d) = super::new_native_module(
        "_weakref",
        &[
            ("proxy", weakref_proxy),
            ("getweakrefcount", weakref_getweakrefcount),
            ("getweakrefs", weakref_getweakrefs),
            ("_remove_dead_weakref", weakref_remove_dead),
        ],
    )?;
    super::set(&d, "ref", WEAKREF_TYPE.as_obj());
    super::set(&d, "ReferenceType", WEAKREF_TYPE.as_obj());
    super::set(&d, "ProxyType", PROXY_TYPE.as_obj());
    super::set(&d, "CallableProxyType", CALLABLE_PROXY_TYPE.as_obj());
    Ok(m)
}
