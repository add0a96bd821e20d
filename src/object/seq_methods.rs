//! Methods of `list` and `tuple`, and the stable sort behind `list.sort` and `sorted`.

use super::header::Obj;
use super::list::{as_list, new_list, normalize_index};
use super::typeobj::MethodDef;
use super::{args, int, protocol, singletons, tuple, PyErr, PyResult};
use crate::vm::Vm;

/// A `MethodDef` table entry: `m!("name", func)`, or `m!("name", func, class)` for a class method.
macro_rules! m {
    ($name:literal, $f:ident) => {
        $crate::object::typeobj::MethodDef {
            name: $name,
            func: $f,
            kind: $crate::object::typeobj::MethodKind::Instance,
            doc: "",
        }
    };
    ($name:literal, $f:ident, class) => {
        $crate::object::typeobj::MethodDef {
            name: $name,
            func: $f,
            kind: $crate::object::typeobj::MethodKind::Class,
            doc: "",
        }
    };
    ($name:literal, $f:ident, static) => {
        $crate::object::typeobj::MethodDef {
            name: $name,
            func: $f,
            kind: $crate::object::typeobj::MethodKind::Static,
            doc: "",
        }
    };
}
pub(crate) use m;

fn l_append(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("list.append", a, kw, 1, 1)?;
    as_list(o).expect("list").push(a[0].clone());
    Ok(singletons::none())
}

fn l_extend(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("list.extend", a, kw, 1, 1)?;
    let l = as_list(o).expect("list");
    let items = if a[0].is(o) { l.to_vec() } else { protocol::collect(vm, &a[0])? };
    // SAFETY: a short access.
    unsafe { l.vec().extend(items) };
    Ok(singletons::none())
}

fn l_insert(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::no_kwargs("list.insert", kw)?;
    if a.len() != 2 {
        return Err(PyErr::type_error(format!("insert expected 2 arguments, got {}", a.len())));
    }
    let l = as_list(o).expect("list");
    let i = protocol::index_i64(vm, &a[0]).unwrap_or_else(|_| int::to_i64_saturating(&a[0]));
    let len = l.len() as i64;
    let pos = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    // SAFETY: a short access.
    unsafe { l.vec().insert(pos, a[1].clone()) };
    Ok(singletons::none())
}

fn l_pop(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("pop", a, kw, 0, 1)?;
    let l = as_list(o).expect("list");
    if l.is_empty() {
        return Err(PyErr::index_error("pop from empty list"));
    }
    let i = match a.first() {
        Some(x) => protocol::index_i64(vm, x)?,
        None => -1,
    };
    match normalize_index(i, l.len()) {
        // SAFETY: a short access.
        Some(j) => Ok(unsafe { l.vec().remove(j) }),
        None => Err(PyErr::index_error("pop index out of range")),
    }
}

fn l_remove(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("list.remove", a, kw, 1, 1)?;
    let l = as_list(o).expect("list");
    let mut i = 0;
    while let Some(x) = l.get(i) {
        if protocol::eq(vm, &x, &a[0])? {
            if i < l.len() {
                // SAFETY: a short access; the removed item drops after it.
                let old = unsafe { l.vec().remove(i) };
                drop(old);
            }
            return Ok(singletons::none());
        }
        i += 1;
    }
    Err(PyErr::value_error("list.remove(x): x not in list"))
}

fn l_clear(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("list.clear", a, kw, 0, 0)?;
    let old = as_list(o).expect("list").take();
    drop(old);
    Ok(singletons::none())
}

/// Start/stop arguments of `index`, clamped like slice bounds.
fn bounds(vm: &mut Vm, a: &[Obj], len: usize) -> PyResult<(usize, usize)> {
    let norm = |v: i64| -> usize {
        if v < 0 {
            (v + len as i64).max(0) as usize
        } else {
            (v as usize).min(len)
        }
    };
    let start = match a.get(1) {
        Some(s) => norm(protocol::index_i64(vm, s)?),
        None => 0,
    };
    let stop = match a.get(2) {
        Some(s) => norm(protocol::index_i64(vm, s)?),
        None => len,
    };
    Ok((start, stop))
}

fn l_index(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("index", a, kw, 1, 3)?;
    let l = as_list(o).expect("list");
    let (start, stop) = bounds(vm, a, l.len())?;
    let mut i = start;
    while i < stop.min(l.len()) {
        let Some(x) = l.get(i) else { break };
        if protocol::eq(vm, &x, &a[0])? {
            return Ok(int::new_int(i as i64));
        }
        i += 1;
    }
    // CPython 3.14's wording (3.11 printed the item's repr).
    Err(PyErr::value_error("list.index(x): x not in list"))
}

fn l_count(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("count", a, kw, 1, 1)?;
    let l = as_list(o).expect("list");
    let mut n = 0;
    let mut i = 0;
    while let Some(x) = l.get(i) {
        if protocol::eq(vm, &x, &a[0])? {
            n += 1;
        }
        i += 1;
    }
    Ok(int::new_int(n))
}

fn l_reverse(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("list.reverse", a, kw, 0, 0)?;
    // SAFETY: a short access.
    unsafe { as_list(o).expect("list").vec().reverse() };
    Ok(singletons::none())
}

fn l_copy(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("list.copy", a, kw, 0, 0)?;
    new_list(as_list(o).expect("list").to_vec())
}

fn l_reversed(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    super::iter::new_list_reverse_iterator(o)
}

/// `list.__sizeof__`: our real size — the object plus its item array's capacity (one pointer per
/// slot). `sys.getsizeof` adds the GC header.
fn l_sizeof(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    let l = as_list(o).expect("list");
    // SAFETY: a short read.
    let cap = unsafe { l.vec().capacity() };
    Ok(int::new_int((o.ty().basicsize.get() + cap * 8) as i64))
}

fn class_getitem(_: &mut Vm, cls: &Obj, a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    super::genericalias::new_generic_alias(cls.clone(), a.first().cloned().unwrap_or_else(singletons::none))
}

pub fn list_sort(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    if !args::positional(a, kw).is_empty() {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    let [key, reverse] = args::bind("sort", a, kw, ["key", "reverse"], 0, 0)?;
    let key = key.filter(|k| !singletons::is_none(k)).cloned();
    let reverse = match reverse {
        Some(r) => protocol::is_true(vm, r)?,
        None => false,
    };
    let l = as_list(o).expect("list");
    // Like CPython, the list is empty while sorting; changes made meanwhile are detected.
    let items = l.take();
    let keys: PyResult<Vec<Obj>> = match &key {
        Some(f) => items.iter().map(|item| protocol::call(vm, f, std::slice::from_ref(item), None)).collect(),
        None => Ok(items.clone()),
    };
    let order = keys.and_then(|keys| super::sort::sorted_order(vm, &keys, reverse));
    let (sorted, result) = match order {
        Ok(order) => {
            let mut slots: Vec<Option<Obj>> = items.into_iter().map(Some).collect();
            (order.iter().map(|&i| slots[i].take().expect("a permutation")).collect(), Ok(()))
        }
        Err(e) => (items, Err(e)),
    };
    let modified = !l.is_empty();
    drop(l.set_items(sorted));
    result?;
    if modified {
        return Err(PyErr::value_error("list modified during sort"));
    }
    Ok(singletons::none())
}

fn l_sort(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    list_sort(vm, o, a, kw)
}

pub static LIST_METHODS: &[MethodDef] = &[
    m!("append", l_append),
    m!("extend", l_extend),
    m!("insert", l_insert),
    m!("pop", l_pop),
    m!("remove", l_remove),
    m!("clear", l_clear),
    m!("index", l_index),
    m!("count", l_count),
    m!("reverse", l_reverse),
    m!("copy", l_copy),
    m!("sort", l_sort),
    m!("__reversed__", l_reversed),
    m!("__sizeof__", l_sizeof),
    m!("__class_getitem__", class_getitem, class),
];

fn t_index(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("index", a, kw, 1, 3)?;
    let items = tuple::tuple_items(o).to_vec();
    let (start, stop) = bounds(vm, a, items.len())?;
    for (i, x) in items.iter().enumerate().take(stop).skip(start) {
        if protocol::eq(vm, x, &a[0])? {
            return Ok(int::new_int(i as i64));
        }
    }
    Err(PyErr::value_error("tuple.index(x): x not in tuple"))
}

fn t_count(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("count", a, kw, 1, 1)?;
    let items = tuple::tuple_items(o).to_vec();
    let mut n = 0;
    for x in &items {
        if protocol::eq(vm, x, &a[0])? {
            n += 1;
        }
    }
    Ok(int::new_int(n))
}

fn t_getnewargs(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    tuple::new_tuple(vec![tuple::tuple_from_slice(tuple::tuple_items(o))?])
}

/// `tuple.__sizeof__`: the object plus its inline items. `sys.getsizeof` adds the GC header.
fn t_sizeof(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    Ok(int::new_int((o.ty().basicsize.get() + 8 * tuple::tuple_items(o).len()) as i64))
}

pub static TUPLE_METHODS: &[MethodDef] = &[
    m!("index", t_index),
    m!("count", t_count),
    m!("__getnewargs__", t_getnewargs),
    m!("__sizeof__", t_sizeof),
    m!("__class_getitem__", class_getitem, class),
];
