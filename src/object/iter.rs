//! Iterator types: over sequences (list, tuple, anything with `__getitem__`), strings and sets;
//! `iter(callable, sentinel)`; and the built-in iterator classes `enumerate`, `zip`, `map`,
//! `filter` and `reversed`.

use super::header::{Obj, ObjectHeader, PyPayload};
use super::typeobj::{flags, MethodDef, MethodKind, TypeObject};
use super::{args, int, list, protocol, set, str as pystr, tuple, PyErr, PyResult};
use crate::memory::alloc::{alloc_object, free_object};
use crate::memory::gc;
use crate::slots;
use crate::vm::Vm;
use std::cell::{Cell, UnsafeCell};

/// `iter` slot for iterators: themselves.
pub fn self_iter(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(o.clone())
}

/// An iterator over a sequence by index; `seq` is dropped when exhausted.
#[repr(C)]
pub struct SeqIterObject {
    head: ObjectHeader,
    seq: UnsafeCell<Option<Obj>>,
    index: Cell<usize>,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for SeqIterObject {
    fn static_type() -> &'static TypeObject {
        &SEQ_ITER_TYPE
    }
}

unsafe fn seqiter_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: untrack, drop the sequence, free.
    unsafe {
        gc::untrack(obj);
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*(obj as *mut SeqIterObject)).seq));
        free_object(obj, 0);
    }
}

fn seqiter_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    let it = seq_iter_payload(o);
    // SAFETY: the collector runs no Python code while traversing.
    if let Some(s) = unsafe { &*it.seq.get() } {
        visit(s);
    }
}

fn seqiter_clear(o: &Obj) {
    let it = seq_iter_payload(o);
    // SAFETY: a short access; the sequence drops after it ends.
    let s = unsafe { (*it.seq.get()).take() };
    drop(s);
}

/// The payload of any of the index-based iterator types (they share a layout).
fn seq_iter_payload(o: &Obj) -> &SeqIterObject {
    // SAFETY: every type using these slots has the SeqIterObject layout.
    unsafe { o.cast_unchecked::<SeqIterObject>() }
}

fn new_index_iter(ty: &'static TypeObject, seq: &Obj, start: usize) -> PyResult<Obj> {
    let ptr = alloc_object(ty, 0)?;
    // SAFETY: fresh block with the layout.
    unsafe {
        let it = ptr as *mut SeqIterObject;
        std::ptr::addr_of_mut!((*it).seq).write(UnsafeCell::new(Some(seq.clone())));
        std::ptr::addr_of_mut!((*it).index).write(Cell::new(start));
        gc::track(ptr);
        Ok(Obj::from_raw(ptr))
    }
}

/// An iterator over a list, a tuple or a `__getitem__` sequence.
pub fn new_seq_iterator(seq: &Obj) -> PyResult<Obj> {
    // Subclasses iterate their storage directly too (an overridden __getitem__ is not used, as
    // in CPython).
    let ty = if seq.downcast::<list::ListObject>().is_some() {
        &LIST_ITER_TYPE
    } else if seq.downcast::<tuple::TupleObject>().is_some() {
        &TUPLE_ITER_TYPE
    } else {
        &SEQ_ITER_TYPE
    };
    new_index_iter(ty, seq, 0)
}

/// The next item of a list/tuple iterator without Python-level dispatch (the VM's FOR_ITER fast
/// path). `None` at the end.
#[inline]
pub fn fast_seq_next(o: &Obj) -> Option<Obj> {
    let it = seq_iter_payload(o);
    // SAFETY: a short read.
    let seq = unsafe { (*it.seq.get()).as_ref()? };
    let i = it.index.get();
    let item = if let Some(l) = seq.downcast::<list::ListObject>() {
        l.get(i)
    } else {
        seq.downcast::<tuple::TupleObject>().and_then(|t| t.items().get(i).cloned())
    };
    match item {
        Some(x) => {
            it.index.set(i + 1);
            Some(x)
        }
        None => {
            // SAFETY: a short access; the sequence drops after it ends.
            let s = unsafe { (*it.seq.get()).take() };
            drop(s);
            None
        }
    }
}

fn listiter_next(_: &mut Vm, o: &Obj) -> PyResult<Option<Obj>> {
    Ok(fast_seq_next(o))
}

fn seqiter_next(vm: &mut Vm, o: &Obj) -> PyResult<Option<Obj>> {
    let it = seq_iter_payload(o);
    // SAFETY: a short read.
    let Some(seq) = (unsafe { (*it.seq.get()).clone() }) else {
        return Ok(None);
    };
    let i = it.index.get();
    match protocol::get_item(vm, &seq, &int::new_int(i as i64)) {
        Ok(v) => {
            it.index.set(i + 1);
            Ok(Some(v))
        }
        Err(e)
            if e.is_instance(&super::exceptions::INDEX_ERROR)
                || e.is_instance(&super::exceptions::STOP_ITERATION) =>
        {
            seqiter_clear(o);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

fn length_hint(vm: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    let it = seq_iter_payload(o);
    // SAFETY: a short read.
    let Some(seq) = (unsafe { (*it.seq.get()).clone() }) else {
        return Ok(int::new_int(0));
    };
    let n = protocol::len(vm, &seq)?;
    Ok(int::new_int(n.saturating_sub(it.index.get()) as i64))
}

static ITER_METHODS: &[MethodDef] =
    &[MethodDef { name: "__length_hint__", func: length_hint, kind: MethodKind::Instance, doc: "" }];

macro_rules! index_iter_type {
    ($static:ident, $name:literal, $next:ident) => {
        pub static $static: TypeObject = TypeObject::builtin(
            $name,
            std::mem::size_of::<SeqIterObject>(),
            flags::HAVE_GC,
            Some(&super::base::OBJECT_TYPE),
            slots!(seqiter_dealloc, traverse: seqiter_traverse, clear: seqiter_clear, iter: self_iter, iternext: $next),
            ITER_METHODS,
            &[],
            None,
        );
    };
}

index_iter_type!(SEQ_ITER_TYPE, "iterator", seqiter_next);
index_iter_type!(LIST_ITER_TYPE, "list_iterator", listiter_next);
index_iter_type!(TUPLE_ITER_TYPE, "tuple_iterator", listiter_next);
index_iter_type!(STR_ITER_TYPE, "str_ascii_iterator", striter_next);
index_iter_type!(SET_ITER_TYPE, "set_iterator", setiter_next);
index_iter_type!(LIST_REVITER_TYPE, "list_reverseiterator", list_reviter_next);
index_iter_type!(BYTES_ITER_TYPE, "bytes_iterator", bytesiter_next);

/// An iterator over a string's characters (index counts bytes for speed).
pub fn new_str_iterator(s: &Obj) -> PyResult<Obj> {
    new_index_iter(&STR_ITER_TYPE, s, 0)
}

fn striter_next(_: &mut Vm, o: &Obj) -> PyResult<Option<Obj>> {
    let it = seq_iter_payload(o);
    // SAFETY: a short read.
    let Some(s) = (unsafe { (*it.seq.get()).clone() }) else {
        return Ok(None);
    };
    let text = pystr::as_str(&s);
    let pos = it.index.get();
    match text[pos..].chars().next() {
        Some(c) => {
            it.index.set(pos + c.len_utf8());
            Ok(Some(pystr::char_obj(c)))
        }
        None => {
            seqiter_clear(o);
            Ok(None)
        }
    }
}

/// An iterator over the byte values of a bytes or bytearray object.
pub fn new_bytes_iterator(b: &Obj) -> PyResult<Obj> {
    new_index_iter(&BYTES_ITER_TYPE, b, 0)
}

fn bytesiter_next(_: &mut Vm, o: &Obj) -> PyResult<Option<Obj>> {
    let it = seq_iter_payload(o);
    // SAFETY: a short read.
    let Some(b) = (unsafe { (*it.seq.get()).clone() }) else {
        return Ok(None);
    };
    let i = it.index.get();
    match super::bytes::as_bytes(&b).and_then(|d| d.get(i).copied()) {
        Some(v) => {
            it.index.set(i + 1);
            Ok(Some(int::new_int(v as i64)))
        }
        None => {
            seqiter_clear(o);
            Ok(None)
        }
    }
}

/// An iterator over a set, detecting size changes as CPython does.
pub fn new_set_iterator(s: &Obj) -> PyResult<Obj> {
    let it = new_index_iter(&SET_ITER_TYPE, s, 0)?;
    let len = set::as_set(s).map_or(0, |x| x.len());
    // The expected size rides in the high bits of the index cell: (len << 32) | position.
    seq_iter_payload(&it).index.set(len << 32);
    Ok(it)
}

fn setiter_next(_: &mut Vm, o: &Obj) -> PyResult<Option<Obj>> {
    let it = seq_iter_payload(o);
    // SAFETY: a short read.
    let Some(s) = (unsafe { (*it.seq.get()).clone() }) else {
        return Ok(None);
    };
    let packed = it.index.get();
    let (expected, pos) = (packed >> 32, packed & 0xffff_ffff);
    let so = set::as_set(&s).expect("set");
    if so.len() != expected {
        it.index.set(usize::MAX & !0xffff_ffff);
        return Err(PyErr::runtime_error("Set changed size during iteration"));
    }
    match so.entry_at(pos) {
        Some((next, k)) => {
            it.index.set((expected << 32) | next);
            Ok(Some(k))
        }
        None => {
            seqiter_clear(o);
            Ok(None)
        }
    }
}

/// `reversed(list)`.
pub fn new_list_reverse_iterator(l: &Obj) -> PyResult<Obj> {
    let n = list::as_list(l).map_or(0, |x| x.len());
    new_index_iter(&LIST_REVITER_TYPE, l, n)
}

fn list_reviter_next(_: &mut Vm, o: &Obj) -> PyResult<Option<Obj>> {
    let it = seq_iter_payload(o);
    // SAFETY: a short read.
    let Some(s) = (unsafe { (*it.seq.get()).clone() }) else {
        return Ok(None);
    };
    let i = it.index.get();
    let l = list::as_list(&s).expect("list");
    if i == 0 || i > l.len() {
        seqiter_clear(o);
        return Ok(None);
    }
    it.index.set(i - 1);
    Ok(l.get(i - 1))
}

// ---------------------------------------------------------------------------------------------
// Iterators holding a few objects: callable_iterator, enumerate, zip, map, filter, reversed.

/// A generic iterator payload: up to three objects and two counters.
#[repr(C)]
pub struct MultiIterObject {
    head: ObjectHeader,
    a: UnsafeCell<Option<Obj>>,
    b: UnsafeCell<Option<Obj>>,
    c: UnsafeCell<Option<Obj>>,
    n: Cell<i64>,
    flag: Cell<bool>,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for MultiIterObject {
    fn static_type() -> &'static TypeObject {
        &ENUMERATE_TYPE
    }
}

fn multi(o: &Obj) -> &MultiIterObject {
    // SAFETY: every type using these slots has this layout.
    unsafe { o.cast_unchecked::<MultiIterObject>() }
}

impl MultiIterObject {
    fn get(&self, which: u8) -> Option<Obj> {
        // SAFETY: short reads.
        unsafe {
            match which {
                0 => (*self.a.get()).clone(),
                1 => (*self.b.get()).clone(),
                _ => (*self.c.get()).clone(),
            }
        }
    }

    fn clear_all(&self) {
        // SAFETY: short writes; old values drop after.
        let old = unsafe { ((*self.a.get()).take(), (*self.b.get()).take(), (*self.c.get()).take()) };
        drop(old);
    }
}

unsafe fn multi_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: untrack, drop fields, free.
    unsafe {
        gc::untrack(obj);
        let m = obj as *mut MultiIterObject;
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*m).a));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*m).b));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*m).c));
        free_object(obj, 0);
    }
}

fn multi_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    let m = multi(o);
    for i in 0..3 {
        if let Some(x) = m.get(i) {
            visit(&x);
        }
    }
}

fn multi_clear(o: &Obj) {
    multi(o).clear_all();
}

fn alloc_multi(
    ty: &TypeObject,
    a: Option<Obj>,
    b: Option<Obj>,
    c: Option<Obj>,
    n: i64,
) -> PyResult<*mut ObjectHeader> {
    let ptr = alloc_object(ty, 0)?;
    // SAFETY: fresh block with the layout.
    unsafe {
        let m = ptr as *mut MultiIterObject;
        std::ptr::addr_of_mut!((*m).a).write(UnsafeCell::new(a));
        std::ptr::addr_of_mut!((*m).b).write(UnsafeCell::new(b));
        std::ptr::addr_of_mut!((*m).c).write(UnsafeCell::new(c));
        std::ptr::addr_of_mut!((*m).n).write(Cell::new(n));
        std::ptr::addr_of_mut!((*m).flag).write(Cell::new(false));
        gc::track(ptr);
    }
    Ok(ptr)
}

fn new_multi(cls: &Obj, a: Option<Obj>, b: Option<Obj>, c: Option<Obj>, n: i64) -> PyResult<Obj> {
    super::class::new_subtype_instance_with(cls, |ty| alloc_multi(ty, a, b, c, n))
}

/// `iter(callable, sentinel)`.
pub fn new_callable_iterator(callable: Obj, sentinel: Obj) -> PyResult<Obj> {
    // SAFETY: fresh object with one reference.
    Ok(unsafe { Obj::from_raw(alloc_multi(&CALLABLE_ITER_TYPE, Some(callable), Some(sentinel), None, 0)?) })
}

fn callable_iter_next(vm: &mut Vm, o: &Obj) -> PyResult<Option<Obj>> {
    let m = multi(o);
    let (Some(f), Some(sentinel)) = (m.get(0), m.get(1)) else {
        return Ok(None);
    };
    let v = match protocol::call(vm, &f, &[], None) {
        Ok(v) => v,
        Err(e) if e.is_instance(&super::exceptions::STOP_ITERATION) => {
            m.clear_all();
            return Ok(None);
        }
        Err(e) => return Err(e),
    };
    if protocol::eq(vm, &v, &sentinel)? {
        m.clear_all();
        return Ok(None);
    }
    Ok(Some(v))
}

fn enumerate_new(vm: &mut Vm, cls: &Obj, a: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    let [iterable, start] = args::bind("enumerate", a, kwnames, ["iterable", "start"], 0, 2)?;
    let Some(iterable) = iterable else {
        return Err(PyErr::type_error("enumerate() missing required argument 'iterable'"));
    };
    let it = protocol::get_iter(vm, iterable)?;
    let (n, big) = match start {
        Some(s) => {
            let i = protocol::index(vm, s)?;
            match int::as_i64(&i) {
                Some(v) => (v, None),
                None => (0, Some(i)),
            }
        }
        None => (0, None),
    };
    new_multi(cls, Some(it), big, None, n)
}

fn enumerate_next(vm: &mut Vm, o: &Obj) -> PyResult<Option<Obj>> {
    let m = multi(o);
    let Some(it) = m.get(0) else {
        return Ok(None);
    };
    let Some(v) = protocol::next(vm, &it)? else {
        return Ok(None);
    };
    let idx = match m.get(1) {
        Some(big) => {
            let next = protocol::binary_op(vm, &big, &int::new_int(1), crate::syntax::ast::Operator::Add)?;
            // SAFETY: a short write.
            let old = unsafe { (*m.b.get()).replace(next) };
            old.expect("big counter")
        }
        None => {
            let n = m.n.get();
            m.n.set(n + 1);
            int::new_int(n)
        }
    };
    Ok(Some(tuple::new_tuple(vec![idx, v])?))
}

fn zip_new(vm: &mut Vm, cls: &Obj, a: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    let mut strict = false;
    for (k, v) in args::keywords(a, kwnames) {
        if k == "strict" {
            strict = protocol::is_true(vm, v)?;
        } else {
            return Err(PyErr::type_error(format!("zip() got an unexpected keyword argument '{k}'")));
        }
    }
    let mut its = Vec::new();
    for x in args::positional(a, kwnames) {
        its.push(protocol::get_iter(vm, x)?);
    }
    let t = tuple::new_tuple(its)?;
    let o = new_multi(cls, Some(t), None, None, 0)?;
    multi(&o).flag.set(strict);
    Ok(o)
}

fn zip_next(vm: &mut Vm, o: &Obj) -> PyResult<Option<Obj>> {
    let m = multi(o);
    let Some(t) = m.get(0) else {
        return Ok(None);
    };
    let its = tuple::tuple_items(&t);
    if its.is_empty() {
        return Ok(None);
    }
    let mut out = Vec::with_capacity(its.len());
    for (i, it) in its.iter().enumerate() {
        match protocol::next(vm, it)? {
            Some(v) => out.push(v),
            None => {
                if m.flag.get() {
                    if i > 0 {
                        let plural = if i == 1 { "" } else { "s" };
                        return Err(PyErr::value_error(format!(
                            "zip() argument {} is shorter than argument{plural} {}{}",
                            i + 1,
                            if i == 1 { "" } else { "1-" },
                            i
                        )));
                    }
                    for (j, other) in its.iter().enumerate().skip(1) {
                        if protocol::next(vm, other)?.is_some() {
                            let plural = if j == 1 { "" } else { "s" };
                            return Err(PyErr::value_error(format!(
                                "zip() argument {} is longer than argument{plural} {}{}",
                                j + 1,
                                if j == 1 { "" } else { "1-" },
                                j
                            )));
                        }
                    }
                }
                m.clear_all();
                return Ok(None);
            }
        }
    }
    Ok(Some(tuple::new_tuple(out)?))
}

fn map_new(vm: &mut Vm, cls: &Obj, a: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    args::no_kwargs("map", kwnames)?;
    if a.len() < 2 {
        return Err(PyErr::type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for x in &a[1..] {
        its.push(protocol::get_iter(vm, x)?);
    }
    new_multi(cls, Some(a[0].clone()), Some(tuple::new_tuple(its)?), None, 0)
}

fn map_next(vm: &mut Vm, o: &Obj) -> PyResult<Option<Obj>> {
    let m = multi(o);
    let (Some(f), Some(t)) = (m.get(0), m.get(1)) else {
        return Ok(None);
    };
    let mut items: smallvec::SmallVec<[Obj; 4]> = smallvec::SmallVec::new();
    for it in tuple::tuple_items(&t) {
        match protocol::next(vm, it)? {
            Some(v) => items.push(v),
            None => return Ok(None),
        }
    }
    protocol::call(vm, &f, &items, None).map(Some)
}

fn filter_new(vm: &mut Vm, cls: &Obj, a: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("filter", a, kwnames, 2, 2)?;
    let it = protocol::get_iter(vm, &a[1])?;
    new_multi(cls, Some(a[0].clone()), Some(it), None, 0)
}

fn filter_next(vm: &mut Vm, o: &Obj) -> PyResult<Option<Obj>> {
    let m = multi(o);
    let (Some(f), Some(it)) = (m.get(0), m.get(1)) else {
        return Ok(None);
    };
    let identity = super::singletons::is_none(&f) || super::boolobj::BOOL_TYPE.is(&f);
    while let Some(v) = protocol::next(vm, &it)? {
        let keep = if identity {
            protocol::is_true(vm, &v)?
        } else {
            let r = protocol::call(vm, &f, std::slice::from_ref(&v), None)?;
            protocol::is_true(vm, &r)?
        };
        if keep {
            return Ok(Some(v));
        }
    }
    Ok(None)
}

fn reversed_new(vm: &mut Vm, _cls: &Obj, a: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("reversed", a, kwnames, 1, 1)?;
    let seq = &a[0];
    if let Some(r) = protocol::call_special(vm, seq, "__reversed__", &[])? {
        return Ok(r);
    }
    // Like CPython's `PySequence_Check`: `__getitem__` and not a dict; a missing `__len__`
    // then fails in `len()` with its own message.
    if seq.ty().slots.getitem.get().is_none() || super::dict::as_dict(seq).is_some() {
        return Err(PyErr::type_error(format!("'{}' object is not reversible", seq.ty().name())));
    }
    let n = protocol::len(vm, seq)? as i64;
    // SAFETY: fresh object with one reference.
    Ok(unsafe { Obj::from_raw(alloc_multi(&REVERSED_TYPE, Some(seq.clone()), None, None, n)?) })
}

fn reversed_next(vm: &mut Vm, o: &Obj) -> PyResult<Option<Obj>> {
    let m = multi(o);
    let Some(seq) = m.get(0) else {
        return Ok(None);
    };
    let n = m.n.get();
    if n <= 0 {
        m.clear_all();
        return Ok(None);
    }
    m.n.set(n - 1);
    match protocol::get_item(vm, &seq, &int::new_int(n - 1)) {
        Ok(v) => Ok(Some(v)),
        Err(e)
            if e.is_instance(&super::exceptions::INDEX_ERROR)
                || e.is_instance(&super::exceptions::STOP_ITERATION) =>
        {
            m.clear_all();
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

macro_rules! multi_type {
    ($static:ident, $name:literal, $next:ident, $new:expr, $base:expr, $doc:expr) => {
        pub static $static: TypeObject = TypeObject::builtin(
            $name,
            std::mem::size_of::<MultiIterObject>(),
            flags::HAVE_GC | $base,
            Some(&super::base::OBJECT_TYPE),
            {
                let mut s = slots!(multi_dealloc, traverse: multi_traverse, clear: multi_clear, iter: self_iter, iternext: $next);
                s.new = Cell::new($new);
                s
            },
            &[],
            &[],
            $doc,
        );
    };
}

multi_type!(CALLABLE_ITER_TYPE, "callable_iterator", callable_iter_next, None, 0, None);
multi_type!(
    ENUMERATE_TYPE,
    "enumerate",
    enumerate_next,
    Some(enumerate_new),
    flags::BASETYPE,
    Some("Return an enumerate object.")
);
multi_type!(
    ZIP_TYPE,
    "zip",
    zip_next,
    Some(zip_new),
    flags::BASETYPE,
    Some("The zip object yields n-length tuples.")
);
multi_type!(
    MAP_TYPE,
    "map",
    map_next,
    Some(map_new),
    flags::BASETYPE,
    Some("Make an iterator that computes the function using arguments from each of the iterables.")
);
multi_type!(
    FILTER_TYPE,
    "filter",
    filter_next,
    Some(filter_new),
    flags::BASETYPE,
    Some("Return an iterator yielding those items of iterable for which function(item) is true.")
);
multi_type!(
    REVERSED_TYPE,
    "reversed",
    reversed_next,
    Some(reversed_new),
    flags::BASETYPE,
    Some("Return a reverse iterator over the values of the given sequence.")
);
