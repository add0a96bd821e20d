//! `dict.keys()`, `dict.values()`, `dict.items()` views and the dict iterators, which walk the
//! dense entry array by position and detect size changes as CPython does.

use super::dict::{as_dict, DictObject};
use super::header::{Obj, ObjectHeader, PyPayload};
use super::typeobj::{flags, GetSetDef, MethodDef, MethodKind, TypeObject};
use super::{boolobj, list, protocol, set, singletons, str as pystr, tuple, CompareOp, PyErr, PyResult};
use crate::memory::alloc::{alloc_object, free_object};
use crate::memory::gc;
use crate::slots;
use crate::syntax::ast::Operator;
use crate::vm::Vm;
use std::cell::{Cell, UnsafeCell};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum IterKind {
    Keys,
    Values,
    Items,
}

/// A dict iterator (also used, reversed, for `reversed(d)`).
#[repr(C)]
pub struct DictIterObject {
    head: ObjectHeader,
    dict: UnsafeCell<Option<Obj>>,
    /// Dense entry position of the next (forward) or last returned (reverse) entry.
    pos: Cell<usize>,
    /// The dict's size when iteration started; `usize::MAX` once a size change was reported.
    expected_len: Cell<usize>,
    /// Items still expected (CPython's `di->len`): more than that means keys changed.
    remaining: Cell<usize>,
    kind: IterKind,
    reversed: bool,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for DictIterObject {
    fn static_type() -> &'static TypeObject {
        &DICT_KEYITER_TYPE
    }
}

fn iter_payload(o: &Obj) -> &DictIterObject {
    // SAFETY: all dict iterator types share this layout.
    unsafe { o.cast_unchecked::<DictIterObject>() }
}

unsafe fn dictiter_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: untrack, drop the dict, free.
    unsafe {
        gc::untrack(obj);
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*(obj as *mut DictIterObject)).dict));
        free_object(obj, 0);
    }
}

fn dictiter_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    // SAFETY: the collector runs no Python code while traversing.
    if let Some(d) = unsafe { &*iter_payload(o).dict.get() } {
        visit(d);
    }
}

fn dictiter_clear(o: &Obj) {
    // SAFETY: a short access; the dict drops after it ends.
    let d = unsafe { (*iter_payload(o).dict.get()).take() };
    drop(d);
}

fn make_iter(d: &Obj, kind: IterKind, reversed: bool) -> PyResult<Obj> {
    let ty: &'static TypeObject = match (kind, reversed) {
        (IterKind::Keys, false) => &DICT_KEYITER_TYPE,
        (IterKind::Values, false) => &DICT_VALUEITER_TYPE,
        (IterKind::Items, false) => &DICT_ITEMITER_TYPE,
        (IterKind::Keys, true) => &DICT_REVKEYITER_TYPE,
        (IterKind::Values, true) => &DICT_REVVALUEITER_TYPE,
        (IterKind::Items, true) => &DICT_REVITEMITER_TYPE,
    };
    let dd = as_dict(d).expect("dict");
    let ptr = alloc_object(ty, 0)?;
    let start = if reversed { dd.entry_count() } else { 0 };
    // SAFETY: fresh block with the layout.
    unsafe {
        let it = ptr as *mut DictIterObject;
        std::ptr::addr_of_mut!((*it).dict).write(UnsafeCell::new(Some(d.clone())));
        std::ptr::addr_of_mut!((*it).pos).write(Cell::new(start));
        std::ptr::addr_of_mut!((*it).expected_len).write(Cell::new(dd.len()));
        std::ptr::addr_of_mut!((*it).remaining).write(Cell::new(dd.len()));
        std::ptr::addr_of_mut!((*it).kind).write(kind);
        std::ptr::addr_of_mut!((*it).reversed).write(reversed);
        gc::track(ptr);
        Ok(Obj::from_raw(ptr))
    }
}

/// `iter(d)`, `iter(d.values())`, `iter(d.items())`.
pub fn new_dict_iterator(d: &Obj, kind: IterKind) -> PyResult<Obj> {
    make_iter(d, kind, false)
}

fn produce(kind: IterKind, k: Obj, v: Obj) -> PyResult<Obj> {
    Ok(match kind {
        IterKind::Keys => k,
        IterKind::Values => v,
        IterKind::Items => tuple::new_tuple(vec![k, v])?,
    })
}

fn dictiter_next(_: &mut Vm, o: &Obj) -> PyResult<Option<Obj>> {
    let it = iter_payload(o);
    // SAFETY: a short read.
    let Some(d) = (unsafe { (*it.dict.get()).clone() }) else {
        return Ok(None);
    };
    let dd = as_dict(&d).expect("dict");
    if dd.len() != it.expected_len.get() {
        it.expected_len.set(usize::MAX);
        return Err(PyErr::runtime_error("dictionary changed size during iteration"));
    }
    let found = if it.reversed { dd.entry_before(it.pos.get()) } else { dd.entry_at(it.pos.get()) };
    match found {
        Some((p, k, v)) => {
            if it.remaining.get() == 0 {
                it.expected_len.set(usize::MAX);
                return Err(PyErr::runtime_error("dictionary keys changed during iteration"));
            }
            it.remaining.set(it.remaining.get() - 1);
            // Forward iteration resumes after the entry, reverse iteration before it: both
            // lookups return the position to resume from.
            it.pos.set(p);
            produce(it.kind, k, v).map(Some)
        }
        None => {
            dictiter_clear(o);
            Ok(None)
        }
    }
}

fn dictiter_length_hint(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    let it = iter_payload(o);
    // SAFETY: a short read.
    let live = unsafe {
        (*it.dict.get()).as_ref().is_some_and(|d| as_dict(d).expect("dict").len() == it.expected_len.get())
    };
    Ok(super::int::new_int(if live { it.remaining.get() as i64 } else { 0 }))
}

static DICTITER_METHODS: &[MethodDef] =
    &[MethodDef { name: "__length_hint__", func: dictiter_length_hint, kind: MethodKind::Instance, doc: "" }];

macro_rules! dictiter_type {
    ($static:ident, $name:literal) => {
        pub static $static: TypeObject = TypeObject::builtin(
            $name,
            std::mem::size_of::<DictIterObject>(),
            flags::HAVE_GC,
            Some(&super::base::OBJECT_TYPE),
    slots!(dictiter_dealloc, traverse: dictiter_traverse, clear: dictiter_clear,
                iter: super::iter::self_iter, iternext: dictiter_next),
            DICTITER_METHODS,
            &[],
            None,
        );
    };
}

dictiter_type!(DICT_KEYITER_TYPE, "dict_keyiterator");
dictiter_type!(DICT_VALUEITER_TYPE, "dict_valueiterator");
dictiter_type!(DICT_ITEMITER_TYPE, "dict_itemiterator");
dictiter_type!(DICT_REVKEYITER_TYPE, "dict_reversekeyiterator");
dictiter_type!(DICT_REVVALUEITER_TYPE, "dict_reversevalueiterator");
dictiter_type!(DICT_REVITEMITER_TYPE, "dict_reverseitemiterator");

/// `reversed(d)` and the views' `__reversed__`.
pub fn new_reverse_iterator(d: &Obj, kind: IterKind) -> PyResult<Obj> {
    make_iter(d, kind, true)
}

// ---------------------------------------------------------------------------------------------
// Views

#[repr(C)]
pub struct DictViewObject {
    head: ObjectHeader,
    pub dict: Obj,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for DictViewObject {
    fn static_type() -> &'static TypeObject {
        &DICT_KEYS_TYPE
    }
}

fn view(o: &Obj) -> &DictViewObject {
    // SAFETY: all view types share this layout.
    unsafe { o.cast_unchecked::<DictViewObject>() }
}

fn view_kind(o: &Obj) -> IterKind {
    if DICT_VALUES_TYPE.is(&o.type_obj()) {
        IterKind::Values
    } else if DICT_ITEMS_TYPE.is(&o.type_obj()) {
        IterKind::Items
    } else {
        IterKind::Keys
    }
}

unsafe fn view_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: untrack, drop the dict, free.
    unsafe {
        gc::untrack(obj);
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*(obj as *mut DictViewObject)).dict));
        free_object(obj, 0);
    }
}

fn view_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    visit(&view(o).dict);
}

pub fn new_view(d: &Obj, kind: IterKind) -> PyResult<Obj> {
    let ty: &'static TypeObject = match kind {
        IterKind::Keys => &DICT_KEYS_TYPE,
        IterKind::Values => &DICT_VALUES_TYPE,
        IterKind::Items => &DICT_ITEMS_TYPE,
    };
    let ptr = alloc_object(ty, 0)?;
    // SAFETY: fresh block with the layout.
    unsafe {
        std::ptr::addr_of_mut!((*(ptr as *mut DictViewObject)).dict).write(d.clone());
        gc::track(ptr);
        Ok(Obj::from_raw(ptr))
    }
}

fn dd(o: &Obj) -> &DictObject {
    as_dict(&view(o).dict).expect("dict")
}

fn view_len(_: &mut Vm, o: &Obj) -> PyResult<usize> {
    Ok(dd(o).len())
}

fn view_iter(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    new_dict_iterator(&view(o).dict, view_kind(o))
}

fn view_repr(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let name = o.ty().name().to_string();
    let Some(_guard) = vm.repr_enter(o) else {
        return pystr::try_new_str(&format!("{name}(...)"));
    };
    let items = protocol::collect(vm, o)?;
    let l = list::new_list(items)?;
    let r = protocol::repr(vm, &l)?;
    pystr::try_new_str(&format!("{name}({})", pystr::as_str(&r)))
}

fn view_contains(vm: &mut Vm, o: &Obj, x: &Obj) -> PyResult<bool> {
    let d = dd(o);
    match view_kind(o) {
        IterKind::Keys => Ok(d.get_item(vm, x)?.is_some()),
        IterKind::Items => {
            let Some(t) = tuple::as_tuple(x).filter(|t| t.len() == 2) else {
                return Ok(false);
            };
            let (k, v) = (t.items()[0].clone(), t.items()[1].clone());
            match d.get_item(vm, &k)? {
                Some(found) => protocol::eq(vm, &found, &v),
                None => Ok(false),
            }
        }
        IterKind::Values => protocol::contains_by_iteration(vm, o, x),
    }
}

fn is_set_view(x: &Obj) -> bool {
    DICT_KEYS_TYPE.is(&x.type_obj()) || DICT_ITEMS_TYPE.is(&x.type_obj())
}

/// CPython's `dictviews_to_set`: a set of the operand's items (a keys view over an exact dict
/// is built from the dict, keeping the stored hashes).
fn view_to_set(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let s = set::new_set()?;
    let source = if DICT_KEYS_TYPE.is(&o.type_obj()) && view(o).dict.is_exact::<DictObject>() {
        view(o).dict.clone()
    } else {
        o.clone()
    };
    set::update_from(vm, &s, &source)?;
    Ok(s)
}

/// `set(a) - b`, `set(a) | b`, `set(a) ^ b` for views: the left operand becomes a set, then the
/// matching in-place set method takes the right one (CPython's `dictviews_sub` & co.).
fn view_set_method(vm: &mut Vm, a: &Obj, b: &Obj, method: &str) -> PyResult<Obj> {
    let result = view_to_set(vm, a)?;
    protocol::call_method(vm, &result, method, std::slice::from_ref(b))?;
    Ok(result)
}

fn view_sub(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    view_set_method(vm, a, b, "difference_update")
}

fn view_or(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    view_set_method(vm, a, b, "update")
}

fn view_xor(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    view_set_method(vm, a, b, "symmetric_difference_update")
}

/// CPython's `_PyDictView_Intersect`: iterate the other operand (or the smaller view) and keep
/// what the view contains, so unhashable values in an items view don't matter.
fn view_and(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    let (mut this, mut other) = if is_set_view(a) { (a.clone(), b.clone()) } else { (b.clone(), a.clone()) };
    let len_self = dd(&this).len();
    if other.is_exact::<set::SetObject>() && len_self <= set::as_set(&other).expect("set").len() {
        return protocol::call_method(vm, &other, "intersection", std::slice::from_ref(&this));
    }
    if is_set_view(&other) && dd(&other).len() > len_self {
        std::mem::swap(&mut this, &mut other);
    }
    let result = set::new_set()?;
    let it = protocol::get_iter(vm, &other)?;
    while let Some(x) = protocol::next(vm, &it)? {
        if view_contains(vm, &this, &x)? {
            set::as_set(&result).expect("set").add(vm, x)?;
        }
    }
    Ok(result)
}

/// Whether every item of `a` is in `b` (CPython's `all_contained_in`).
fn all_contained_in(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<bool> {
    let it = protocol::get_iter(vm, a)?;
    while let Some(x) = protocol::next(vm, &it)? {
        if !protocol::contains(vm, b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn view_richcompare(vm: &mut Vm, a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    if set::as_set(b).is_none() && !is_set_view(b) {
        return Ok(singletons::not_implemented());
    }
    let (la, lb) = (protocol::len(vm, a)?, protocol::len(vm, b)?);
    let r = match op {
        CompareOp::Eq | CompareOp::Ne => {
            let eq = la == lb && all_contained_in(vm, a, b)?;
            eq == (op == CompareOp::Eq)
        }
        CompareOp::Lt => la < lb && all_contained_in(vm, a, b)?,
        CompareOp::Le => la <= lb && all_contained_in(vm, a, b)?,
        CompareOp::Gt => la > lb && all_contained_in(vm, b, a)?,
        CompareOp::Ge => la >= lb && all_contained_in(vm, b, a)?,
    };
    Ok(boolobj::new_bool(r))
}

fn view_isdisjoint(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    super::args::check_arity("isdisjoint", a, kw, 1, 1)?;
    if o.is(&a[0]) {
        return Ok(boolobj::new_bool(dd(o).is_empty()));
    }
    let (mut this, mut other) = (o.clone(), a[0].clone());
    if (set::as_set(&other).is_some() || is_set_view(&other)) && protocol::len(vm, &other)? > dd(&this).len()
    {
        std::mem::swap(&mut this, &mut other);
    }
    let it = protocol::get_iter(vm, &other)?;
    while let Some(x) = protocol::next(vm, &it)? {
        if protocol::contains(vm, &this, &x)? {
            return Ok(boolobj::new_bool(false));
        }
    }
    Ok(boolobj::new_bool(true))
}

fn view_reversed(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    new_reverse_iterator(&view(o).dict, view_kind(o))
}

fn view_mapping(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    super::mappingproxy::new_mappingproxy(view(o).dict.clone())
}

static VIEW_METHODS: &[MethodDef] = &[
    MethodDef { name: "isdisjoint", func: view_isdisjoint, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "__reversed__", func: view_reversed, kind: MethodKind::Instance, doc: "" },
];
static VALUES_METHODS: &[MethodDef] =
    &[MethodDef { name: "__reversed__", func: view_reversed, kind: MethodKind::Instance, doc: "" }];
static VIEW_GETSETS: &[GetSetDef] = &[GetSetDef { name: "mapping", get: view_mapping, set: None, doc: "" }];

pub static DICT_KEYS_TYPE: TypeObject = TypeObject::builtin(
    "dict_keys",
    std::mem::size_of::<DictViewObject>(),
    flags::HAVE_GC | flags::UNHASHABLE,
    Some(&super::base::OBJECT_TYPE),
    slots!(view_dealloc, traverse: view_traverse, len: view_len, iter: view_iter, repr: view_repr,
        contains: view_contains, richcompare: view_richcompare),
    VIEW_METHODS,
    VIEW_GETSETS,
    None,
);
pub static DICT_ITEMS_TYPE: TypeObject = TypeObject::builtin(
    "dict_items",
    std::mem::size_of::<DictViewObject>(),
    flags::HAVE_GC | flags::UNHASHABLE,
    Some(&super::base::OBJECT_TYPE),
    slots!(view_dealloc, traverse: view_traverse, len: view_len, iter: view_iter, repr: view_repr,
        contains: view_contains, richcompare: view_richcompare),
    VIEW_METHODS,
    VIEW_GETSETS,
    None,
);
pub static DICT_VALUES_TYPE: TypeObject = TypeObject::builtin(
    "dict_values",
    std::mem::size_of::<DictViewObject>(),
    flags::HAVE_GC,
    Some(&super::base::OBJECT_TYPE),
    slots!(view_dealloc, traverse: view_traverse, len: view_len, iter: view_iter, repr: view_repr,
        contains: view_contains),
    VALUES_METHODS,
    VIEW_GETSETS,
    None,
);

pub fn init_types() {
    for ty in [&DICT_KEYS_TYPE, &DICT_ITEMS_TYPE] {
        let n = &ty.slots.number;
        n[Operator::BitAnd as usize].set(Some(view_and));
        n[Operator::BitOr as usize].set(Some(view_or));
        n[Operator::Sub as usize].set(Some(view_sub));
        n[Operator::BitXor as usize].set(Some(view_xor));
    }
}
