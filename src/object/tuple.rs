//! `tuple`: an immutable array of references stored inline after the header.

use super::header::{Obj, ObjectHeader, PyPayload};
use super::typeobj::{flags, GetSetDef, TypeObject};
use super::{boolobj, int, protocol, singletons, CompareOp, PyErr, PyResult};
use crate::memory::alloc::{alloc_immortal, alloc_object, free_object};
use crate::memory::gc;
use crate::slots;
use crate::syntax::ast::Operator;
use crate::vm::Vm;
use std::cell::Cell;

#[repr(C)]
pub struct TupleObject {
    head: ObjectHeader,
    /// The cached hash, or -1 (CPython 3.14 caches tuple hashes too).
    hash: Cell<i64>,
    len: usize,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for TupleObject {
    fn static_type() -> &'static TypeObject {
        &TUPLE_TYPE
    }
}

impl TupleObject {
    #[inline]
    pub fn items(&self) -> &[Obj] {
        // SAFETY: `len` initialised references follow the struct for the tuple's lifetime.
        unsafe { std::slice::from_raw_parts((self as *const TupleObject).add(1) as *const Obj, self.len) }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// The items of a tuple object (empty for a non-tuple).
#[inline]
pub fn tuple_items(o: &Obj) -> &[Obj] {
    match o.downcast::<TupleObject>() {
        Some(t) => t.items(),
        None => &[],
    }
}

/// The tuple payload if `o` is a tuple (or subclass).
#[inline]
pub fn as_tuple(o: &Obj) -> Option<&TupleObject> {
    o.downcast::<TupleObject>()
}

unsafe fn tuple_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: a dying tuple; drop its items then free the block.
    unsafe {
        gc::untrack(obj);
        let t = obj as *mut TupleObject;
        let len = (*t).len;
        let items = t.add(1) as *mut Obj;
        std::ptr::drop_in_place(std::ptr::slice_from_raw_parts_mut(items, len));
        free_object(obj, len);
    }
}

fn tuple_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    for item in tuple_items(o) {
        visit(item);
    }
}

fn alloc_tuple(ty: &TypeObject, items: Vec<Obj>, immortal: bool) -> PyResult<*mut ObjectHeader> {
    let n = items.len();
    let ptr = if immortal { alloc_immortal(ty, n)? } else { alloc_object(ty, n)? };
    // SAFETY: a fresh block with room for the struct and `n` references.
    unsafe {
        let t = ptr as *mut TupleObject;
        std::ptr::addr_of_mut!((*t).hash).write(Cell::new(-1));
        std::ptr::addr_of_mut!((*t).len).write(n);
        let dst = t.add(1) as *mut Obj;
        for (i, item) in items.into_iter().enumerate() {
            dst.add(i).write(item);
        }
    }
    Ok(ptr)
}

struct EmptyTuple(Cell<*mut ObjectHeader>);
// SAFETY: single-threaded interpreter.
unsafe impl Sync for EmptyTuple {}
static EMPTY: EmptyTuple = EmptyTuple(Cell::new(std::ptr::null_mut()));

/// The immortal empty tuple.
pub fn empty_tuple() -> Obj {
    let p = EMPTY.0.get();
    if !p.is_null() {
        // SAFETY: immortal.
        return unsafe { Obj::from_raw(p) };
    }
    let p = alloc_tuple(&TUPLE_TYPE, Vec::new(), true)
        .unwrap_or_else(|_| std::alloc::handle_alloc_error(std::alloc::Layout::new::<TupleObject>()));
    EMPTY.0.set(p);
    // SAFETY: immortal.
    unsafe { Obj::from_raw(p) }
}

/// A new tuple, tracked by the collector unless every item is untracked-able (CPython 3.14
/// untracks tuples of atomic items at creation when built by packing, e.g. `(x, y)`).
pub fn new_tuple(items: Vec<Obj>) -> PyResult<Obj> {
    if items.is_empty() {
        return Ok(empty_tuple());
    }
    let maybe_untrack = items.iter().all(|o| !gc::may_be_tracked(o));
    let ptr = alloc_tuple(&TUPLE_TYPE, items, false)?;
    if !maybe_untrack {
        // SAFETY: a fully initialised GC object.
        unsafe { gc::track(ptr) };
    }
    // SAFETY: fresh object with one reference.
    Ok(unsafe { Obj::from_raw(ptr) })
}

/// A new tuple that starts tracked whatever its items (tuples filled from an iterator and
/// constants: the collector untracks them later if their items allow).
pub fn new_tuple_tracked(items: Vec<Obj>) -> PyResult<Obj> {
    if items.is_empty() {
        return Ok(empty_tuple());
    }
    let ptr = alloc_tuple(&TUPLE_TYPE, items, false)?;
    // SAFETY: a fully initialised GC object.
    unsafe { gc::track(ptr) };
    // SAFETY: fresh object with one reference.
    Ok(unsafe { Obj::from_raw(ptr) })
}

/// A tuple from a slice of borrowed references.
pub fn tuple_from_slice(items: &[Obj]) -> PyResult<Obj> {
    new_tuple(items.to_vec())
}

/// Instance of a tuple subclass.
pub fn new_tuple_subtype(cls: &Obj, items: Vec<Obj>) -> PyResult<Obj> {
    super::class::new_subtype_instance_with(cls, |ty| {
        let ptr = alloc_tuple(ty, items.clone(), false)?;
        Ok(ptr)
    })
}

fn tuple_repr(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let items = tuple_items(o);
    if items.is_empty() {
        return Ok(super::str::new_str("()"));
    }
    let Some(_guard) = vm.repr_enter(o) else {
        return Ok(super::str::new_str("(...)"));
    };
    let mut out = String::from("(");
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(super::str::as_str(&protocol::repr(vm, item)?));
    }
    if items.len() == 1 {
        out.push(',');
    }
    out.push(')');
    super::str::try_new_str(&out)
}

/// CPython's xxHash-based tuple hash (3.8+).
fn tuple_hash(vm: &mut Vm, o: &Obj) -> PyResult<i64> {
    let t = o.downcast::<TupleObject>().expect("tuple");
    if t.hash.get() != -1 {
        return Ok(t.hash.get());
    }
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for item in t.items() {
        let lane = protocol::hash(vm, item)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((t.len as u64) ^ (P5 ^ 3527539));
    let h = if acc == u64::MAX { 1546275796 } else { acc as i64 };
    t.hash.set(h);
    Ok(h)
}

fn tuple_len(_: &mut Vm, o: &Obj) -> PyResult<usize> {
    Ok(tuple_items(o).len())
}

/// Lexicographic comparison of two sequences (shared by tuple and list).
pub fn compare_sequences(vm: &mut Vm, a: &[Obj], b: &[Obj], op: CompareOp) -> PyResult<Obj> {
    let n = a.len().min(b.len());
    let mut i = 0;
    while i < n {
        if !a[i].is(&b[i]) && !protocol::eq(vm, &a[i], &b[i])? {
            break;
        }
        i += 1;
    }
    if i >= n {
        return Ok(boolobj::new_bool(op.test(a.len().cmp(&b.len()))));
    }
    match op {
        CompareOp::Eq => Ok(boolobj::new_bool(false)),
        CompareOp::Ne => Ok(boolobj::new_bool(true)),
        _ => protocol::rich_compare(vm, &a[i], &b[i], op),
    }
}

fn tuple_richcompare(vm: &mut Vm, a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    if b.downcast::<TupleObject>().is_none() {
        return Ok(singletons::not_implemented());
    }
    // Clone the item vectors' handles so callbacks can't invalidate them (tuples are immutable,
    // but keep both tuples alive across Python calls).
    let (a, b) = (a.clone(), b.clone());
    compare_sequences(vm, tuple_items(&a), tuple_items(&b), op)
}

fn tuple_getitem(vm: &mut Vm, o: &Obj, key: &Obj) -> PyResult<Obj> {
    let items = tuple_items(o);
    if let Some(i) = int::as_i64(key) {
        let len = items.len() as i64;
        let j = if i < 0 { i + len } else { i };
        if j < 0 || j >= len {
            return Err(PyErr::index_error("tuple index out of range"));
        }
        return Ok(items[j as usize].clone());
    }
    if let Some(sl) = key.downcast::<super::slice::SliceObject>() {
        let (start, _, step, n) = sl.indices(vm, items.len())?;
        if step == 1 && n == items.len() && o.is_exact::<TupleObject>() {
            return Ok(o.clone());
        }
        let mut out = Vec::with_capacity(n);
        let mut i = start;
        for _ in 0..n {
            out.push(items[i as usize].clone());
            i += step;
        }
        return new_tuple(out);
    }
    if let Some(i) = protocol::index_opt(vm, key)? {
        return tuple_getitem(vm, o, &i);
    }
    Err(PyErr::type_error(format!("tuple indices must be integers or slices, not {}", key.ty().name())))
}

fn tuple_contains(vm: &mut Vm, o: &Obj, item: &Obj) -> PyResult<bool> {
    let o = o.clone();
    for x in tuple_items(&o) {
        if x.is(item) || protocol::eq(vm, x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn tuple_iter(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    super::iter::new_seq_iterator(o)
}

fn tuple_add(_: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    match (a.downcast::<TupleObject>(), b.downcast::<TupleObject>()) {
        (Some(x), Some(y)) => {
            let mut v = Vec::with_capacity(x.len + y.len);
            v.extend_from_slice(x.items());
            v.extend_from_slice(y.items());
            new_tuple(v)
        }
        (Some(_), None) => {
            Err(PyErr::type_error(format!("can only concatenate tuple (not \"{}\") to tuple", b.ty().name())))
        }
        _ => Ok(singletons::not_implemented()),
    }
}

fn tuple_mul(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    let (t, n) = if a.downcast::<TupleObject>().is_some() { (a, b) } else { (b, a) };
    let Some(count) = protocol::index_opt(vm, n)? else {
        return Err(PyErr::type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.ty().name()
        )));
    };
    let count = int::to_i64_saturating(&count).max(0) as usize;
    let items = tuple_items(t);
    if count == 1 && t.is_exact::<TupleObject>() {
        return Ok(t.clone());
    }
    let total = items.len().checked_mul(count).ok_or_else(PyErr::memory_error)?;
    crate::memory::ensure_fits(total.saturating_mul(std::mem::size_of::<Obj>()))?;
    let mut v = Vec::new();
    v.try_reserve(total).map_err(|_| PyErr::memory_error())?;
    for _ in 0..count {
        v.extend_from_slice(items);
    }
    new_tuple(v)
}

fn tuple_new(vm: &mut Vm, cls: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    super::args::check_arity("tuple", args, kwnames, 0, 1)?;
    let items = match args.first() {
        None => Vec::new(),
        Some(x) if x.is_exact::<TupleObject>() && TUPLE_TYPE.is(cls) => return Ok(x.clone()),
        Some(x) => {
            if let Some(l) = x.downcast_exact::<super::list::ListObject>() {
                // Copied from a list: CPython 3.14 checks the items and may leave it untracked.
                let v = l.to_vec();
                if TUPLE_TYPE.is(cls) {
                    return new_tuple(v);
                }
                v
            } else {
                let v = protocol::collect(vm, x)?;
                if TUPLE_TYPE.is(cls) {
                    return new_tuple_tracked(v);
                }
                v
            }
        }
    };
    if TUPLE_TYPE.is(cls) {
        return new_tuple(items);
    }
    new_tuple_subtype(cls, items)
}

pub static TUPLE_TYPE: TypeObject = TypeObject::builtin(
    "tuple",
    std::mem::size_of::<TupleObject>(),
    flags::BASETYPE | flags::HAVE_GC | flags::TUPLE_SUBCLASS,
    Some(&super::base::OBJECT_TYPE),
    slots!(tuple_dealloc,
        traverse: tuple_traverse, repr: tuple_repr, hash: tuple_hash, richcompare: tuple_richcompare,
        len: tuple_len, getitem: tuple_getitem, contains: tuple_contains, iter: tuple_iter, new: tuple_new),
    super::seq_methods::TUPLE_METHODS,
    &[] as &[GetSetDef],
    Some("Built-in immutable sequence."),
)
.with_itemsize(std::mem::size_of::<Obj>());

pub fn init_type() {
    TUPLE_TYPE.slots.number[Operator::Add as usize].set(Some(tuple_add));
    TUPLE_TYPE.slots.number[Operator::Mult as usize].set(Some(tuple_mul));
}
