//! `list`: a growable array of references.
//!
//! The items live in a `Vec` behind an `UnsafeCell`. The rule that keeps this sound: no Rust
//! reference into the vector is held across anything that may run Python code (comparisons,
//! `__eq__`, `__hash__`, deallocation callbacks); code copies out the items it needs first.

use super::header::{Obj, ObjectHeader, PyPayload};
use super::typeobj::{flags, GetSetDef, TypeObject};
use super::{int, protocol, singletons, tuple, CompareOp, PyErr, PyResult};
use crate::memory::alloc::{alloc_object, free_object};
use crate::memory::gc;
use crate::slots;
use crate::syntax::ast::Operator;
use crate::vm::Vm;
use std::cell::UnsafeCell;

#[repr(C)]
pub struct ListObject {
    head: ObjectHeader,
    items: UnsafeCell<Vec<Obj>>,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for ListObject {
    fn static_type() -> &'static TypeObject {
        &LIST_TYPE
    }
}

impl ListObject {
    /// The vector, for short accesses that run no Python code.
    ///
    /// # Safety
    /// The caller must not let the returned borrow overlap another borrow of the same list's
    /// vector, nor hold it across a call that may run Python code or free objects.
    #[allow(clippy::mut_from_ref)]
    #[inline]
    pub unsafe fn vec(&self) -> &mut Vec<Obj> {
        // SAFETY: forwarded to the caller.
        unsafe { &mut *self.items.get() }
    }

    #[inline]
    pub fn len(&self) -> usize {
        // SAFETY: a short read.
        unsafe { self.vec().len() }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A new reference to item `i`, if it exists.
    #[inline]
    pub fn get(&self, i: usize) -> Option<Obj> {
        // SAFETY: a short read; the clone only increments.
        unsafe { self.vec().get(i).cloned() }
    }

    /// Appends (the list takes ownership of `item`).
    #[inline]
    pub fn push(&self, item: Obj) {
        // SAFETY: push may reallocate but runs no Python code.
        unsafe { self.vec().push(item) }
    }

    /// Replaces item `i`, returning the old item to be dropped by the caller *after* any borrow
    /// ends (dropping can run arbitrary deallocation).
    pub fn replace(&self, i: usize, item: Obj) -> Option<Obj> {
        // SAFETY: a short access.
        unsafe { self.vec().get_mut(i).map(|slot| std::mem::replace(slot, item)) }
    }

    /// A copy of the items (new references).
    pub fn to_vec(&self) -> Vec<Obj> {
        // SAFETY: a short read.
        unsafe { self.vec().clone() }
    }

    /// Takes all items out, leaving the list empty.
    pub fn take(&self) -> Vec<Obj> {
        // SAFETY: a short access.
        unsafe { std::mem::take(self.vec()) }
    }

    /// Puts items back (the previous content, if any, is returned to be dropped by the caller).
    pub fn set_items(&self, items: Vec<Obj>) -> Vec<Obj> {
        // SAFETY: a short access.
        unsafe { std::mem::replace(self.vec(), items) }
    }
}

/// The list payload of an object known to be a list.
#[inline]
pub fn as_list(o: &Obj) -> Option<&ListObject> {
    o.downcast::<ListObject>()
}

unsafe fn list_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: a dying list: untrack, drop the vector, free the block.
    unsafe {
        gc::untrack(obj);
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*(obj as *mut ListObject)).items));
        free_object(obj, 0);
    }
}

fn list_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    let l = as_list(o).expect("list");
    // SAFETY: the collector runs no Python code while traversing.
    for item in unsafe { l.vec() }.iter() {
        visit(item);
    }
}

fn list_clear_slot(o: &Obj) {
    let items = as_list(o).expect("list").take();
    drop(items);
}

fn alloc_list(ty: &TypeObject, items: Vec<Obj>) -> PyResult<*mut ObjectHeader> {
    let ptr = alloc_object(ty, 0)?;
    // SAFETY: a fresh block with a list's layout.
    unsafe {
        std::ptr::addr_of_mut!((*(ptr as *mut ListObject)).items).write(UnsafeCell::new(items));
        gc::track(ptr);
    }
    Ok(ptr)
}

/// A new list owning `items`.
pub fn new_list(items: Vec<Obj>) -> PyResult<Obj> {
    // SAFETY: fresh object with one reference.
    Ok(unsafe { Obj::from_raw(alloc_list(&LIST_TYPE, items)?) })
}

fn list_repr(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let l = as_list(o).expect("list");
    if l.is_empty() {
        return Ok(super::str::new_str("[]"));
    }
    let Some(_guard) = vm.repr_enter(o) else {
        return Ok(super::str::new_str("[...]"));
    };
    let mut out = String::from("[");
    let mut i = 0;
    while let Some(item) = l.get(i) {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(super::str::as_str(&protocol::repr(vm, &item)?));
        i += 1;
    }
    out.push(']');
    super::str::try_new_str(&out)
}

fn list_len(_: &mut Vm, o: &Obj) -> PyResult<usize> {
    Ok(as_list(o).expect("list").len())
}

fn list_richcompare(vm: &mut Vm, a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    let (Some(x), Some(y)) = (as_list(a), as_list(b)) else {
        return Ok(singletons::not_implemented());
    };
    if matches!(op, CompareOp::Eq | CompareOp::Ne) && x.len() != y.len() {
        return Ok(super::boolobj::new_bool(op == CompareOp::Ne));
    }
    let (va, vb) = (x.to_vec(), y.to_vec());
    tuple::compare_sequences(vm, &va, &vb, op)
}

/// Normalises a possibly negative index; `None` when out of range.
#[inline]
pub fn normalize_index(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        None
    } else {
        Some(j as usize)
    }
}

fn list_getitem(vm: &mut Vm, o: &Obj, key: &Obj) -> PyResult<Obj> {
    let l = as_list(o).expect("list");
    if let Some(i) = int::as_i64(key) {
        return match normalize_index(i, l.len()).and_then(|j| l.get(j)) {
            Some(item) => Ok(item),
            None => Err(PyErr::index_error("list index out of range")),
        };
    }
    if let Some(sl) = key.downcast::<super::slice::SliceObject>() {
        let (start, _, step, n) = sl.indices(vm, l.len())?;
        // SAFETY: a short read; clones only increment.
        let items = unsafe { l.vec() };
        let mut out = Vec::with_capacity(n);
        let mut i = start;
        for _ in 0..n {
            out.push(items[i as usize].clone());
            i += step;
        }
        return new_list(out);
    }
    if let Some(i) = protocol::index_opt(vm, key)? {
        return list_getitem(vm, o, &i);
    }
    Err(PyErr::type_error(format!("list indices must be integers or slices, not {}", key.ty().name())))
}

fn list_setitem(vm: &mut Vm, o: &Obj, key: &Obj, value: Option<&Obj>) -> PyResult<()> {
    let l = as_list(o).expect("list");
    if let Some(sl) = key.downcast::<super::slice::SliceObject>() {
        return list_set_slice(vm, o, sl, value);
    }
    let Some(i) = protocol::index_opt(vm, key)? else {
        return Err(PyErr::type_error(format!(
            "list indices must be integers or slices, not {}",
            key.ty().name()
        )));
    };
    let i = int::to_i64_saturating(&i);
    let Some(j) = normalize_index(i, l.len()) else {
        return Err(PyErr::index_error("list assignment index out of range"));
    };
    match value {
        Some(v) => {
            let old = l.replace(j, v.clone());
            drop(old);
        }
        None => {
            // SAFETY: a short access; the removed item is dropped after the borrow ends.
            let old = unsafe { l.vec().remove(j) };
            drop(old);
        }
    }
    Ok(())
}

fn list_set_slice(vm: &mut Vm, o: &Obj, sl: &super::slice::SliceObject, value: Option<&Obj>) -> PyResult<()> {
    let l = as_list(o).expect("list");
    let (start, stop, step, n) = sl.indices(vm, l.len())?;
    let Some(value) = value else {
        // Deletion.
        let mut removed = Vec::with_capacity(n);
        // SAFETY: a short access; removed items are dropped after it ends.
        unsafe {
            let v = l.vec();
            if step == 1 {
                removed.extend(v.drain(start as usize..(start as usize + n)));
            } else {
                let mut idx: Vec<usize> = (0..n).map(|k| (start + k as i64 * step) as usize).collect();
                idx.sort_unstable();
                for (k, i) in idx.into_iter().enumerate() {
                    removed.push(v.remove(i - k));
                }
            }
        }
        drop(removed);
        return Ok(());
    };
    let new_items = if value.is(o) {
        l.to_vec()
    } else {
        protocol::collect(vm, value).map_err(|e| {
            if e.is_instance(&super::exceptions::TYPE_ERROR) && value.ty().slots.iter.get().is_none() {
                PyErr::type_error("must assign iterable to extended slice")
            } else {
                e
            }
        })?
    };
    if step == 1 {
        let stop = stop.max(start) as usize;
        // SAFETY: a short access; replaced items are dropped after it ends.
        let removed: Vec<Obj> = unsafe { l.vec().splice(start as usize..stop, new_items).collect() };
        drop(removed);
        return Ok(());
    }
    if new_items.len() != n {
        return Err(PyErr::value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {n}",
            new_items.len()
        )));
    }
    let mut old = Vec::with_capacity(n);
    let mut i = start;
    for item in new_items {
        old.push(l.replace(i as usize, item));
        i += step;
    }
    drop(old);
    Ok(())
}

fn list_contains(vm: &mut Vm, o: &Obj, item: &Obj) -> PyResult<bool> {
    let l = as_list(o).expect("list");
    let mut i = 0;
    while let Some(x) = l.get(i) {
        if x.is(item) || protocol::eq(vm, &x, item)? {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

fn list_iter(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    super::iter::new_seq_iterator(o)
}

fn list_add(_: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    match (as_list(a), as_list(b)) {
        (Some(x), Some(y)) => {
            let mut v = x.to_vec();
            v.extend(y.to_vec());
            new_list(v)
        }
        (Some(_), None) => {
            Err(PyErr::type_error(format!("can only concatenate list (not \"{}\") to list", b.ty().name())))
        }
        _ => Ok(singletons::not_implemented()),
    }
}

fn list_iadd(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    let Some(l) = as_list(a) else {
        return Ok(singletons::not_implemented());
    };
    let items = if b.is(a) { l.to_vec() } else { protocol::collect(vm, b)? };
    // SAFETY: a short access.
    unsafe { l.vec().extend(items) };
    Ok(a.clone())
}

/// `count` copies of `items`, or MemoryError.
pub fn repeat_items(items: &[Obj], count: usize) -> PyResult<Vec<Obj>> {
    let total = items.len().checked_mul(count).ok_or_else(PyErr::memory_error)?;
    crate::memory::ensure_fits(total.saturating_mul(std::mem::size_of::<Obj>()))?;
    let mut v = Vec::new();
    v.try_reserve(total).map_err(|_| PyErr::memory_error())?;
    for _ in 0..count {
        v.extend_from_slice(items);
    }
    Ok(v)
}

fn repeat_count(vm: &mut Vm, n: &Obj) -> PyResult<usize> {
    match protocol::index_opt(vm, n)? {
        Some(c) => Ok(int::to_i64_saturating(&c).max(0) as usize),
        None => {
            Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", n.ty().name())))
        }
    }
}

fn list_mul(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    let (l, n) = match (as_list(a), as_list(b)) {
        (Some(l), _) => (l, b),
        (None, Some(l)) => (l, a),
        _ => return Ok(singletons::not_implemented()),
    };
    let count = repeat_count(vm, n)?;
    new_list(repeat_items(&l.to_vec(), count)?)
}

fn list_imul(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    let Some(l) = as_list(a) else {
        return Ok(singletons::not_implemented());
    };
    let count = repeat_count(vm, b)?;
    let items = repeat_items(&l.to_vec(), count)?;
    drop(l.set_items(items));
    Ok(a.clone())
}

fn list_bool(_: &mut Vm, o: &Obj) -> PyResult<bool> {
    Ok(!as_list(o).expect("list").is_empty())
}

fn list_new(_: &mut Vm, cls: &Obj, _args: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    if LIST_TYPE.is(cls) {
        return new_list(Vec::new());
    }
    super::class::new_subtype_instance_with(cls, |ty| alloc_list(ty, Vec::new()))
}

fn list_init(vm: &mut Vm, o: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult<()> {
    super::args::check_arity("list", args, kwnames, 0, 1)?;
    let l = as_list(o).expect("list");
    let items = match args.first() {
        Some(x) => protocol::collect(vm, x)?,
        None => Vec::new(),
    };
    drop(l.set_items(items));
    Ok(())
}

pub static LIST_TYPE: TypeObject = TypeObject::builtin(
    "list",
    std::mem::size_of::<ListObject>(),
    flags::BASETYPE | flags::HAVE_GC | flags::LIST_SUBCLASS,
    Some(&super::base::OBJECT_TYPE),
    slots!(list_dealloc,
        traverse: list_traverse, clear: list_clear_slot, repr: list_repr, richcompare: list_richcompare,
        len: list_len, getitem: list_getitem, setitem: list_setitem, contains: list_contains,
        iter: list_iter, bool: list_bool, new: list_new, init: list_init),
    super::seq_methods::LIST_METHODS,
    &[] as &[GetSetDef],
    Some("Built-in mutable sequence."),
);

pub fn init_type() {
    let s = &LIST_TYPE.slots;
    s.number[Operator::Add as usize].set(Some(list_add));
    s.number[Operator::Mult as usize].set(Some(list_mul));
    s.inplace[Operator::Add as usize].set(Some(list_iadd));
    s.inplace[Operator::Mult as usize].set(Some(list_imul));
    // Lists are unhashable.
    LIST_TYPE.flags.set(LIST_TYPE.flags.get() | flags::UNHASHABLE);
}
