//! `type`, and classes defined in Python (heap types): creation by `type(name, bases, ns)`,
//! C3 method resolution order, instance layout (`__dict__`, `__weakref__`, `__slots__`), slot
//! dispatch to Python dunder methods, and attribute access on classes.

use super::descr;
use super::header::{Obj, ObjectHeader, GC_HEAD_SIZE};
use super::typeobj::{as_type, flags, GetSetDef, MethodDef, MethodKind, Slots, TypeObject};
use super::{args, base, dict, list, protocol, singletons, str as pystr, tuple, CompareOp, PyErr, PyResult};
use crate::memory::alloc::{alloc_object, free_object};
use crate::memory::gc;
use crate::slots;
use crate::vm::Vm;
use std::borrow::Cow;
use std::cell::{Cell, UnsafeCell};

/// Dict offset meaning "right after the variable-size items" (subclasses of tuple/str/bytes).
pub const DICT_AFTER_ITEMS: usize = usize::MAX;

/// Number of variable-size items of an object (tuple length, str bytes + NUL, ...), used to find
/// its size and trailing slots.
pub fn var_items(o: &Obj) -> usize {
    let ty = o.ty();
    if ty.itemsize.get() == 0 {
        return 0;
    }
    if let Some(t) = o.downcast::<tuple::TupleObject>() {
        return t.len();
    }
    if let Some(s) = o.downcast::<pystr::StrObject>() {
        return s.as_str().len() + 1;
    }
    if let Some(b) = super::bytes::as_bytes(o) {
        return b.len() + 1;
    }
    0
}

/// The static (built-in) type whose layout a type extends.
pub fn static_base(ty: &TypeObject) -> &TypeObject {
    let mut t = ty;
    while t.is_heap_type() {
        match t.base() {
            Some(b) => t = b,
            None => break,
        }
    }
    t
}

/// Byte offset of an object's dict slot, resolving `DICT_AFTER_ITEMS`.
pub fn resolve_offset(o: &Obj, off: usize, extra: usize) -> usize {
    if off == DICT_AFTER_ITEMS {
        let ty = o.ty();
        // Pointer-aligned after the items (the heap type's size includes 8 bytes of slack).
        ((static_base(ty).basicsize.get() + ty.itemsize.get() * var_items(o) + 7) & !7) + extra
    } else {
        off
    }
}

// ---------------------------------------------------------------------------------------------
// Instances of heap types.

/// Allocates an instance of `cls` (a type object) whose built-in part is made by `alloc` (given
/// the concrete type), then initialises the parts the class adds (dict, weakref list,
/// `__slots__`) and tracks it in the collector.
pub fn new_subtype_instance_with(
    cls: &Obj,
    alloc: impl FnOnce(&TypeObject) -> PyResult<*mut ObjectHeader>,
) -> PyResult<Obj> {
    let Some(ty) = as_type(cls) else {
        return Err(PyErr::type_error("X.__new__(X): X is not a type object"));
    };
    if ty.has_flag(flags::ABSTRACT) {
        return Err(abstract_instantiation_error(ty));
    }
    let ptr = alloc(ty)?;
    // SAFETY: a fresh object; we take its only reference.
    let obj = unsafe { Obj::from_raw(ptr) };
    if ty.is_heap_type() {
        init_heap_parts(&obj);
        // SAFETY: the object is fully initialised.
        unsafe { gc::track(ptr) };
    }
    Ok(obj)
}

/// Initialises the parts a heap type adds to an instance allocated by a built-in constructor.
pub fn new_subtype_parts_init(o: &Obj) {
    init_heap_parts(o);
}

/// Writes empty dict/weaklist/slot cells into the parts a heap type adds to its base layout.
fn init_heap_parts(o: &Obj) {
    let ty = o.ty();
    let sbase = static_base(ty);
    let (start, extra) = if ty.dictoffset.get() == DICT_AFTER_ITEMS {
        (resolve_offset(o, DICT_AFTER_ITEMS, 0), 16)
    } else {
        (sbase.basicsize.get(), ty.basicsize.get() - sbase.basicsize.get())
    };
    // Every added field is a nullable pointer-sized cell; null is the empty state for all.
    // SAFETY: the allocation covers `basicsize + items`, and these bytes belong to no base field.
    unsafe {
        std::ptr::write_bytes((o.as_ptr() as *mut u8).add(start), 0, extra);
    }
}

/// The weakref list slot of an object, if its type supports weak references.
pub fn weaklist_slot(o: &Obj) -> Option<&Cell<*mut ObjectHeader>> {
    let off = o.ty().weaklistoffset.get();
    if off == 0 {
        return None;
    }
    let off = resolve_offset(o, off, 8);
    // SAFETY: a type with a weaklist offset lays out a pointer cell there.
    Some(unsafe { &*((o.as_ptr() as *const u8).add(off) as *const Cell<*mut ObjectHeader>) })
}

/// Calls `f` on every `__slots__` member cell of a heap-type instance (each heap class in the
/// base chain lists the offsets of the members it added).
fn for_each_slot_cell(o: &Obj, mut f: impl FnMut(&UnsafeCell<Option<Obj>>)) {
    let mut t = Some(o.ty());
    while let Some(cur) = t {
        if !cur.is_heap_type() {
            break;
        }
        // SAFETY: member offsets are fixed at class creation.
        for &off in unsafe { &*cur.member_offsets.get() } {
            // SAFETY: each offset is a pointer-sized `Option<Obj>` cell inside the instance.
            f(unsafe { &*((o.as_ptr() as *const u8).add(off) as *const UnsafeCell<Option<Obj>>) });
        }
        t = cur.base();
    }
}

/// Deallocation of heap-type instances (CPython's `subtype_dealloc`).
unsafe fn subtype_dealloc(ptr: *mut ObjectHeader) {
    // SAFETY: `ptr` is a dead instance of a heap type; we borrow it without owning a reference.
    let o = unsafe { super::header::Borrowed::from_ptr(ptr) };
    let ty = o.ty();
    if ty.has_flag(flags::HAS_FINALIZER) && !gc::is_finalized(ptr) {
        // PEP 442: run `__del__` once. The object is resurrected until the VM runs it.
        gc::set_finalized(ptr);
        o.header().refcnt.set(1);
        // SAFETY: we hand the resurrected reference to the queue.
        crate::memory::finalize::queue_finalizer(unsafe { Obj::from_raw(ptr) });
        return;
    }
    // SAFETY: dead objects must leave the collector's lists before being freed.
    unsafe { gc::untrack(ptr) };
    super::weakref::clear_weakrefs(&o);
    subtype_clear(&o);
    let sbase = static_base(ty);
    let dealloc = sbase.slots.dealloc.get();
    // SAFETY: the built-in part is intact; its dealloc drops it and frees the block.
    unsafe { dealloc(ptr) };
}

fn subtype_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    let ty = o.ty();
    // A heap instance owns a reference to its class.
    let tyo = super::header::Borrowed::from_type(ty);
    visit(&tyo);
    if let Some(d) = base::existing_instance_dict(o) {
        visit(d);
    }
    for_each_slot_cell(o, |cell| {
        // SAFETY: the collector runs no Python code while traversing.
        if let Some(v) = unsafe { &*cell.get() } {
            visit(v);
        }
    });
    if let Some(tr) = static_base(ty).slots.traverse.get() {
        tr(o, visit);
    }
}

fn subtype_clear(o: &Obj) {
    let mut dropped = Vec::new();
    if let Some(slot) = base::dict_slot(o) {
        // SAFETY: a short access; the dict drops after the borrow ends.
        dropped.extend(unsafe { (*slot.get()).take() });
    }
    for_each_slot_cell(o, |cell| {
        // SAFETY: as above.
        dropped.extend(unsafe { (*cell.get()).take() });
    });
    drop(dropped);
    if let Some(cl) = static_base(o.ty()).slots.clear.get() {
        cl(o);
    }
}

// ---------------------------------------------------------------------------------------------
// The `type` type.

unsafe fn type_dealloc(ptr: *mut ObjectHeader) {
    // SAFETY: a dead heap type; static types are immortal and never get here.
    unsafe {
        gc::untrack(ptr);
        super::attr_cache::invalidate_all();
        let t = ptr as *mut TypeObject;
        let base = (*t).base.get();
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*t).name));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*t).qualname));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*t).bases));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*t).mro));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*t).dict));
        // Metaclass instances may carry instance parts too (weakref list etc.).
        free_object(ptr, 0);
        if !base.is_null() {
            super::header::decref(base as *mut ObjectHeader);
        }
    }
}

fn type_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    let ty = as_type(o).expect("type");
    if !ty.is_heap_type() {
        return;
    }
    if o.ty().is_heap_type() {
        visit(&super::header::Borrowed::from_type(o.ty()));
    }
    for x in [ty.dict_opt(), ty.mro(), ty.bases()].into_iter().flatten() {
        visit(x);
    }
    if let Some(b) = ty.base() {
        if b.is_heap_type() {
            visit(&super::header::Borrowed::from_type(b));
        }
    }
}

fn type_clear(o: &Obj) {
    let ty = as_type(o).expect("type");
    if !ty.is_heap_type() {
        return;
    }
    // Only the dict and MRO can hold cycles back to the type; bases stay for layout.
    // SAFETY: single-threaded; the old values drop after the borrows end.
    let (d, m) = unsafe { ((*ty.dict.get()).take(), (*ty.mro.get()).take()) };
    super::attr_cache::invalidate_all();
    if let Some(d) = &d {
        dict::as_dict(d).expect("dict").clear();
    }
    ty.set_dict(dict::new_dict());
    drop((d, m));
}

fn type_repr(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let ty = as_type(o).expect("type");
    let s = match base::type_module(ty) {
        Some(m) => format!("<class '{m}.{}'>", ty.qualname()),
        None => format!("<class '{}'>", ty.qualname()),
    };
    pystr::try_new_str(&s)
}

/// `type.__call__`: `type(x)` gives x's type; `C(args)` makes an instance via `__new__` and,
/// if it is an instance of C, initialises it with `__init__`.
fn type_call(vm: &mut Vm, cls: &Obj, a: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    let ty = as_type(cls).expect("type");
    if TYPE_TYPE.is(cls) && a.len() == 1 && args::kw_count(kwnames) == 0 {
        return Ok(a[0].type_obj());
    }
    let Some(new) = ty.slots.new.get() else {
        return Err(PyErr::type_error(format!("cannot create '{}' instances", ty.name())));
    };
    let obj = new(vm, cls, a, kwnames)?;
    if !obj.ty().is_subtype(ty) {
        return Ok(obj);
    }
    if let Some(init) = obj.ty().slots.init.get() {
        init(vm, &obj, a, kwnames)?;
    }
    Ok(obj)
}

fn type_new_slot(vm: &mut Vm, meta: &Obj, a: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    let pos = args::positional(a, kwnames);
    if pos.len() == 1 && TYPE_TYPE.is(meta) && args::kw_count(kwnames) == 0 {
        return Ok(pos[0].type_obj());
    }
    if pos.len() != 3 {
        return Err(PyErr::type_error("type() takes 1 or 3 arguments"));
    }
    let name = pystr::expect_str(&pos[0], "type.__new__() argument 1")?.to_string();
    if tuple::as_tuple(&pos[1]).is_none() {
        return Err(PyErr::type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            pos[1].ty().name()
        )));
    }
    let Some(ns) = dict::as_dict(&pos[2]) else {
        return Err(PyErr::type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            pos[2].ty().name()
        )));
    };
    let _ = ns;
    let kwargs: Vec<(String, Obj)> =
        args::keywords(a, kwnames).map(|(k, v)| (k.to_string(), v.clone())).collect();
    new_heap_type(vm, meta, &name, &pos[1], &pos[2], &kwargs)
}

fn type_init(_: &mut Vm, _o: &Obj, a: &[Obj], kwnames: Option<&Obj>) -> PyResult<()> {
    let n = args::positional(a, kwnames).len();
    if n != 1 && n != 3 {
        return Err(PyErr::type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(())
}

/// Attribute lookup on a class (CPython's `type_getattro`): data descriptors of the metaclass,
/// then the class's own MRO (binding descriptors with `instance=None`), then other metaclass
/// attributes.
pub fn type_getattro(vm: &mut Vm, o: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    let ty = as_type(o).expect("type");
    let meta = o.ty();
    let meta_attr = meta.lookup(name);
    let mut meta_get = None;
    if let Some(ma) = &meta_attr {
        if let Some(get) = ma.ty().slots.descr_get.get() {
            if ma.ty().slots.descr_set.get().is_some() {
                return get(vm, ma, Some(o), &o.type_obj()).map(Some);
            }
            meta_get = Some(get);
        }
    }
    if let Some(attr) = ty.lookup(name) {
        if let Some(get) = attr.ty().slots.descr_get.get() {
            return get(vm, &attr, None, o).map(Some);
        }
        return Ok(Some(attr));
    }
    if let (Some(get), Some(ma)) = (meta_get, &meta_attr) {
        return get(vm, ma, Some(o), &o.type_obj()).map(Some);
    }
    Ok(meta_attr)
}

fn type_setattro(vm: &mut Vm, o: &Obj, name: &Obj, value: Option<&Obj>) -> PyResult<()> {
    let ty = as_type(o).expect("type");
    if !ty.is_heap_type() {
        return Err(PyErr::type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            pystr::as_str(name),
            ty.name()
        )));
    }
    if let Some(ma) = o.ty().lookup(name) {
        if let Some(set) = ma.ty().slots.descr_set.get() {
            return set(vm, &ma, o, value);
        }
    }
    let name = pystr::intern_obj(name);
    let d = ty.dict().clone();
    let dd = dict::as_dict(&d).expect("dict");
    match value {
        Some(v) => dd.set_str(name.clone(), v.clone()),
        None => {
            if dd.del_item(vm, &name)?.is_none() {
                return Err(PyErr::attribute_error(format!(
                    "type object '{}' has no attribute '{}'",
                    ty.name(),
                    pystr::as_str(&name)
                )));
            }
        }
    }
    ty.modified();
    let n = pystr::as_str(&name);
    if n.starts_with("__") && n.ends_with("__") {
        update_slots_for_subtree(o);
    }
    Ok(())
}

/// Recomputes the slots of a class (after a dunder was set or deleted). Subclasses created
/// earlier keep their slots; they are refreshed on their own dunder changes.
fn update_slots_for_subtree(o: &Obj) {
    let ty = as_type(o).expect("type");
    fixup_slots(ty);
}

fn get_name(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let ty = as_type(o).expect("type");
    // A static type named `module.Name` (CPython's tp_name) has `__name__` "Name".
    let name = if ty.is_heap_type() { ty.name() } else { ty.name().rsplit('.').next().unwrap_or(ty.name()) };
    Ok(pystr::new_str(name))
}
fn set_name(_: &mut Vm, o: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let ty = as_type(o).expect("type");
    if !ty.is_heap_type() {
        return Err(PyErr::type_error(format!(
            "cannot set '__name__' attribute of immutable type '{}'",
            ty.name()
        )));
    }
    let v = v.ok_or_else(|| PyErr::type_error("cannot delete '__name__' attribute"))?;
    let s = pystr::expect_str(v, &format!("can only assign string to {}.__name__, not", ty.name()))?;
    ty.set_name(s.to_string());
    Ok(())
}
fn get_qualname(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let ty = as_type(o).expect("type");
    let q = if ty.is_heap_type() {
        ty.qualname()
    } else {
        ty.qualname().rsplit('.').next().unwrap_or(ty.qualname())
    };
    Ok(pystr::new_str(q))
}
fn set_qualname(_: &mut Vm, o: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let ty = as_type(o).expect("type");
    let v = v.ok_or_else(|| PyErr::type_error("cannot delete '__qualname__' attribute"))?;
    ty.set_qualname(pystr::expect_str(v, "__qualname__")?.to_string());
    Ok(())
}
fn get_module(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let ty = as_type(o).expect("type");
    if ty.is_heap_type() {
        if let Some(m) = ty.dict_opt().and_then(|d| dict::as_dict(d)?.get_by_str("__module__")) {
            return Ok(m);
        }
    } else if let Some((m, _)) = ty.name().rsplit_once('.') {
        return Ok(pystr::new_str(m));
    }
    Ok(pystr::intern("builtins"))
}
fn set_module(_: &mut Vm, o: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let ty = as_type(o).expect("type");
    let v = v.ok_or_else(|| PyErr::type_error("cannot delete '__module__' attribute"))?;
    dict::as_dict(ty.dict()).expect("dict").set_by_str("__module__", v.clone());
    Ok(())
}
fn set_doc(_: &mut Vm, o: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let ty = as_type(o).expect("type");
    let v = v.ok_or_else(|| {
        PyErr::type_error(format!("cannot delete '__doc__' attribute of immutable type '{}'", ty.name()))
    })?;
    dict::as_dict(ty.dict()).expect("dict").set_by_str("__doc__", v.clone());
    ty.modified();
    Ok(())
}
fn get_mro(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(as_type(o).expect("type").mro().cloned().unwrap_or_else(tuple::empty_tuple))
}
fn get_bases(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(as_type(o).expect("type").bases().cloned().unwrap_or_else(tuple::empty_tuple))
}
fn get_base(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(as_type(o).expect("type").base().map_or_else(singletons::none, |b| b.as_obj()))
}
fn get_dict(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    super::mappingproxy::new_mappingproxy(as_type(o).expect("type").dict().clone())
}
fn get_doc(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let ty = as_type(o).expect("type");
    // As CPython's type_get_doc: a static type answers with its own doc, not its dict's
    // `__doc__` (which may be the getset its instances use).
    if !ty.has_flag(flags::HEAPTYPE) {
        return Ok(ty.doc.map_or_else(singletons::none, pystr::new_str));
    }
    if let Some(d) = ty.dict_opt().and_then(|d| dict::as_dict(d)?.get_by_str("__doc__")) {
        if let Some(get) = d.ty().slots.descr_get.get() {
            return get(vm, &d, None, o);
        }
        return Ok(d);
    }
    Ok(ty.doc.map_or_else(singletons::none, pystr::new_str))
}
fn get_abstractmethods(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let ty = as_type(o).expect("type");
    ty.dict_opt()
        .and_then(|d| dict::as_dict(d)?.get_by_str("__abstractmethods__"))
        .ok_or_else(|| PyErr::attribute_error("__abstractmethods__"))
}
fn set_abstractmethods(vm: &mut Vm, o: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let ty = as_type(o).expect("type");
    let d = dict::as_dict(ty.dict()).expect("dict");
    let abstract_ = match v {
        Some(v) => {
            d.set_by_str("__abstractmethods__", v.clone());
            protocol::is_true(vm, v)?
        }
        None => {
            d.del_item(vm, &pystr::intern("__abstractmethods__"))?;
            false
        }
    };
    let f = ty.flags.get();
    ty.flags.set(if abstract_ { f | flags::ABSTRACT } else { f & !flags::ABSTRACT });
    ty.modified();
    Ok(())
}

fn m_mro(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("mro", a, kw, 0, 0)?;
    let ty = as_type(o).expect("type");
    list::new_list(tuple::tuple_items(ty.mro().expect("mro")).to_vec())
}

fn m_subclasses(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    let ty = as_type(o).expect("type");
    let subs: Vec<Obj> = crate::memory::gc::all_objects()
        .into_iter()
        .filter(|x| as_type(x).is_some_and(|t| t.base().is_some_and(|b| std::ptr::eq(b, ty))))
        .collect();
    list::new_list(subs)
}

fn m_instancecheck(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("__instancecheck__", a, kw, 1, 1)?;
    Ok(super::boolobj::new_bool(protocol::real_isinstance(vm, &a[0], o)?))
}

fn m_subclasscheck(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("__subclasscheck__", a, kw, 1, 1)?;
    let Some(sub) = as_type(&a[0]) else {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    };
    Ok(super::boolobj::new_bool(sub.is_subtype(as_type(o).expect("type"))))
}

fn m_prepare(_: &mut Vm, _cls: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    Ok(dict::new_dict())
}

fn m_dir(vm: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    let names = dict::new_dict();
    collect_type_attrs(vm, as_type(o).expect("type"), dict::as_dict(&names).expect("dict"))?;
    list::new_list(dict::as_dict(&names).expect("dict").keys_vec())
}

/// Adds every attribute name along `ty`'s MRO to `into` (for `dir()`).
pub fn collect_type_attrs(vm: &mut Vm, ty: &TypeObject, into: &dict::DictObject) -> PyResult<()> {
    let mro: Vec<Obj> = ty.mro().map(|m| tuple::tuple_items(m).to_vec()).unwrap_or_default();
    for t in mro.iter().rev() {
        if let Some(d) = as_type(t).and_then(|t| t.dict_opt()) {
            for k in dict::as_dict(d).expect("dict").keys_vec() {
                into.set_item(vm, k, singletons::none())?;
            }
        }
    }
    Ok(())
}

static TYPE_METHODS: &[MethodDef] = &[
    MethodDef {
        name: "mro",
        func: m_mro,
        kind: MethodKind::Instance,
        doc: "Return a type's method resolution order.",
    },
    MethodDef { name: "__subclasses__", func: m_subclasses, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "__instancecheck__", func: m_instancecheck, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "__subclasscheck__", func: m_subclasscheck, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "__prepare__", func: m_prepare, kind: MethodKind::Class, doc: "" },
    MethodDef { name: "__dir__", func: m_dir, kind: MethodKind::Instance, doc: "" },
];

static TYPE_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__name__", get: get_name, set: Some(set_name), doc: "" },
    GetSetDef { name: "__qualname__", get: get_qualname, set: Some(set_qualname), doc: "" },
    GetSetDef { name: "__module__", get: get_module, set: Some(set_module), doc: "" },
    GetSetDef { name: "__mro__", get: get_mro, set: None, doc: "" },
    GetSetDef { name: "__bases__", get: get_bases, set: None, doc: "" },
    GetSetDef { name: "__base__", get: get_base, set: None, doc: "" },
    GetSetDef { name: "__dict__", get: get_dict, set: None, doc: "" },
    GetSetDef { name: "__doc__", get: get_doc, set: Some(set_doc), doc: "" },
    GetSetDef {
        name: "__abstractmethods__",
        get: get_abstractmethods,
        set: Some(set_abstractmethods),
        doc: "",
    },
];

pub static TYPE_TYPE: TypeObject = TypeObject::builtin(
    "type",
    std::mem::size_of::<TypeObject>(),
    flags::BASETYPE | flags::HAVE_GC | flags::TYPE_SUBCLASS,
    Some(&base::OBJECT_TYPE),
    slots!(type_dealloc,
        traverse: type_traverse, clear: type_clear, repr: type_repr, call: type_call,
        getattro: type_getattro, setattro: type_setattro, new: type_new_slot, init: type_init),
    TYPE_METHODS,
    TYPE_GETSETS,
    Some("type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type"),
)
.with_dictoffset(std::mem::offset_of!(TypeObject, dict));

// ---------------------------------------------------------------------------------------------
// Creating heap types.

/// C3 linearisation of `ty`'s bases (CPython's `mro_implementation`).
fn c3_mro(ty_obj: &Obj, bases: &[Obj]) -> PyResult<Vec<Obj>> {
    let mut seqs: Vec<Vec<Obj>> = Vec::new();
    for b in bases {
        let bt = as_type(b).expect("type");
        seqs.push(tuple::tuple_items(bt.mro().expect("base mro")).to_vec());
    }
    seqs.push(bases.to_vec());
    let mut result = vec![ty_obj.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(result);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|x| x.is(cand))) {
                found = Some(cand.clone());
                break;
            }
        }
        let Some(next) = found else {
            let names: Vec<String> =
                bases.iter().map(|b| as_type(b).expect("type").name().to_string()).collect();
            return Err(PyErr::type_error(format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if s[0].is(&next) {
                s.remove(0);
            }
        }
        result.push(next);
    }
}

/// The base whose layout the new type extends (CPython's `best_base`).
fn best_base(bases: &[Obj]) -> PyResult<&TypeObject> {
    let mut winner: Option<&TypeObject> = None;
    for b in bases {
        let bt = as_type(b).expect("type");
        if !bt.has_flag(flags::BASETYPE) {
            return Err(PyErr::type_error(format!("type '{}' is not an acceptable base type", bt.name())));
        }
        let cand = solid_base(bt);
        match winner {
            None => winner = Some(bt),
            Some(w) => {
                let ws = solid_base(w);
                if ws.is_subtype(cand) {
                } else if cand.is_subtype(ws) {
                    winner = Some(bt);
                } else {
                    return Err(PyErr::type_error("multiple bases have instance lay-out conflict"));
                }
            }
        }
    }
    Ok(winner.unwrap_or(&base::OBJECT_TYPE))
}

/// The nearest ancestor that adds fields to the layout.
/// The nearest type on `ty`'s base chain that fixes the instance layout (CPython's
/// `solid_base`): one that adds slot members of its own, else the built-in base. Classes with
/// `__slots__ = ()` add nothing, so two of them over one slotted base don't conflict.
fn solid_base(ty: &TypeObject) -> &TypeObject {
    let mut t = ty;
    while t.is_heap_type() {
        // SAFETY: a short read of a vector fixed at class creation.
        if !unsafe { &*t.member_offsets.get() }.is_empty() {
            return t;
        }
        match t.base() {
            Some(b) => t = b,
            None => break,
        }
    }
    t
}

/// Determines the metaclass for a class statement (CPython's `_PyType_CalculateMetaclass`).
pub fn calculate_metaclass(meta: &Obj, bases: &[Obj]) -> PyResult<Obj> {
    let mut winner = meta.clone();
    for b in bases {
        let bt = b.type_obj();
        let (Some(w), Some(t)) = (as_type(&winner), as_type(&bt)) else {
            continue;
        };
        if w.is_subtype(t) {
            continue;
        }
        if t.is_subtype(w) {
            winner = bt;
            continue;
        }
        return Err(PyErr::type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `type(name, bases, namespace, **kwargs)`: builds a new class.
pub fn new_heap_type(
    vm: &mut Vm,
    meta: &Obj,
    name: &str,
    bases: &Obj,
    namespace: &Obj,
    kwargs: &[(String, Obj)],
) -> PyResult<Obj> {
    let mut bases_v = tuple::tuple_items(bases).to_vec();
    for b in &bases_v {
        if as_type(b).is_none() {
            return Err(PyErr::type_error(format!("bases must be types, not '{}'", b.ty().name())));
        }
    }
    if bases_v.is_empty() {
        bases_v.push(base::OBJECT_TYPE.as_obj());
    }
    for (i, b) in bases_v.iter().enumerate() {
        if bases_v[..i].iter().any(|x| x.is(b)) {
            return Err(PyErr::type_error(format!(
                "duplicate base class {}",
                as_type(b).expect("type").name()
            )));
        }
    }
    let base_ty = best_base(&bases_v)?;
    let meta_ty = as_type(meta).expect("metaclass");

    // Copy the namespace into the class dict.
    let d = dict::new_dict();
    let dd = dict::as_dict(&d).expect("dict");
    let src = dict::as_dict(namespace).expect("dict");
    for (k, v) in src.items_vec() {
        if pystr::as_str_obj(&k).is_some() {
            dd.set_str(pystr::intern_obj(&k), v);
        } else {
            dd.set_item(vm, k, v)?;
        }
    }
    let qualname = match dd.get_by_str("__qualname__") {
        Some(q) => {
            let s = pystr::expect_str(&q, "type __qualname__")?.to_string();
            dd.del_item(vm, &pystr::intern("__qualname__"))?;
            s
        }
        None => name.to_string(),
    };
    if dd.get_by_str("__module__").is_none() {
        if let Some(m) = vm.current_globals().and_then(|g| dict::as_dict(&g)?.get_by_str("__name__")) {
            dd.set_by_str("__module__", m);
        }
    }
    if dd.get_by_str("__doc__").is_none() {
        dd.set_by_str("__doc__", singletons::none());
    }
    // `__init_subclass__` and `__class_getitem__` are implicitly class methods.
    for special in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = dd.get_by_str(special) {
            if f.downcast::<super::function::FunctionObject>().is_some() {
                dd.set_by_str(special, descr::new_classmethod(f)?);
            }
        }
    }
    if let Some(f) = dd.get_by_str("__new__") {
        if f.downcast::<super::function::FunctionObject>().is_some() {
            dd.set_by_str("__new__", descr::new_staticmethod(f)?);
        }
    }

    // Layout: base size, then dict, weakref list and __slots__ cells.
    let sbase = static_base(base_ty);
    let var_sized = sbase.itemsize.get() > 0;
    let mut size = base_ty.basicsize.get();
    let base_has_dict = base_ty.dictoffset.get() != 0;
    let base_has_weak = base_ty.weaklistoffset.get() != 0;
    let mut add_dict = !base_has_dict;
    let mut add_weak = !base_has_weak;
    let mut slot_names: Vec<String> = Vec::new();
    if let Some(slots) = dd.get_by_str("__slots__") {
        let items = if pystr::as_str_obj(&slots).is_some() {
            vec![slots.clone()]
        } else {
            protocol::collect(vm, &slots)?
        };
        add_dict = false;
        add_weak = false;
        for s in &items {
            let n = pystr::expect_str(s, "__slots__ items")?;
            if !pystr::is_identifier_like(n) || n.starts_with(|c: char| c.is_ascii_digit()) {
                return Err(PyErr::type_error("__slots__ must be identifiers"));
            }
            match n {
                "__dict__" if !base_has_dict => add_dict = true,
                "__dict__" => return Err(PyErr::type_error("__dict__ slot disallowed: we already got one")),
                "__weakref__" if !base_has_weak => add_weak = true,
                "__weakref__" => {
                    return Err(PyErr::type_error("__weakref__ slot disallowed: we already got one"))
                }
                _ => {
                    let mangled = crate::compiler::symtable::mangle(Some(name), n);
                    if dd.get_by_str(&mangled).is_some() {
                        return Err(PyErr::value_error(format!(
                            "'{n}' in __slots__ conflicts with class variable"
                        )));
                    }
                    slot_names.push(mangled);
                }
            }
        }
        if var_sized && !slot_names.is_empty() {
            return Err(PyErr::type_error(format!(
                "nonempty __slots__ not supported for subtype of '{}'",
                base_ty.name()
            )));
        }
    }
    let (dictoffset, weakoffset);
    if var_sized {
        dictoffset = if add_dict || base_has_dict { DICT_AFTER_ITEMS } else { 0 };
        weakoffset = if add_weak || base_has_weak { DICT_AFTER_ITEMS } else { 0 };
        // Both cells always sit after the items, dict first.
        if dictoffset != 0 || weakoffset != 0 {
            // Dict and weaklist cells after the items, plus slack to align them.
            size = sbase.basicsize.get() + 16 + 8;
        }
    } else {
        dictoffset = if add_dict {
            size += 8;
            size - 8
        } else {
            base_ty.dictoffset.get()
        };
        weakoffset = if add_weak {
            size += 8;
            size - 8
        } else {
            base_ty.weaklistoffset.get()
        };
    }
    let first_slot_offset = size;
    size += slot_names.len() * 8;

    // Member descriptors for __slots__.
    for (i, n) in slot_names.iter().enumerate() {
        let member = descr::new_member_descr(n, first_slot_offset + i * 8)?;
        dd.set_by_str(n, member);
    }
    if add_dict {
        dd.set_by_str("__dict__", descr::new_dict_descr()?);
    }
    if add_weak {
        dd.set_by_str("__weakref__", descr::new_weakref_descr()?);
    }

    let inherited_flags = bases_v
        .iter()
        .fold(0, |acc, b| acc | (as_type(b).expect("type").flags.get() & flags::SUBCLASS_FLAGS));
    let mut fl = flags::HEAPTYPE | flags::BASETYPE | flags::HAVE_GC | inherited_flags;
    if base_ty.has_flag(flags::METHOD_DESCRIPTOR) {
        fl |= flags::METHOD_DESCRIPTOR;
    }

    let ptr = alloc_object(meta_ty, 0)?;
    super::header::incref(&base_ty.head);
    let tobj = TypeObject {
        // SAFETY: alloc_object initialised the header; we copy it into the struct we write.
        head: unsafe { std::ptr::read(ptr) },
        name: UnsafeCell::new(Cow::Owned(name.to_string())),
        qualname: UnsafeCell::new(Cow::Owned(qualname)),
        basicsize: Cell::new(size),
        itemsize: Cell::new(sbase.itemsize.get()),
        flags: Cell::new(fl),
        base: Cell::new(base_ty),
        bases: UnsafeCell::new(None),
        mro: UnsafeCell::new(None),
        dict: UnsafeCell::new(Some(d.clone())),
        dictoffset: Cell::new(dictoffset),
        weaklistoffset: Cell::new(weakoffset),
        slots: Slots::empty(subtype_dealloc),
        methods: &[],
        getsets: &[],
        doc: None,
        version: Cell::new(1),
        member_offsets: UnsafeCell::new((0..slot_names.len()).map(|i| first_slot_offset + i * 8).collect()),
    };
    // SAFETY: the block was sized for the metaclass, which is at least a TypeObject.
    unsafe { std::ptr::write(ptr as *mut TypeObject, tobj) };
    // SAFETY: fresh object with one reference.
    let cls = unsafe { Obj::from_raw(ptr) };
    let ty = as_type(&cls).expect("type");
    if meta_ty.is_heap_type() && meta_ty.basicsize.get() > std::mem::size_of::<TypeObject>() {
        // A metaclass with its own slots/weakref: clear those parts.
        // SAFETY: the metaclass layout extends TypeObject; the tail is ours to zero.
        unsafe {
            let tail = meta_ty.basicsize.get() - std::mem::size_of::<TypeObject>();
            std::ptr::write_bytes((ptr as *mut u8).add(std::mem::size_of::<TypeObject>()), 0, tail);
        }
    }
    ty.set_bases(tuple::new_tuple(bases_v.clone())?);
    let mro = c3_mro(&cls, &bases_v)?;
    ty.set_mro(tuple::new_tuple(mro)?);
    fixup_slots(ty);
    if dd.get_by_str("__del__").is_some() || mro_defines(ty, "__del__") {
        ty.flags.set(ty.flags.get() | flags::HAS_FINALIZER);
    }
    // `__hash__ = None` or `__eq__` without `__hash__` makes instances unhashable.
    match dd.get_by_str("__hash__") {
        Some(h) if singletons::is_none(&h) => ty.flags.set(ty.flags.get() | flags::UNHASHABLE),
        None if dd.get_by_str("__eq__").is_some() => {
            dd.set_by_str("__hash__", singletons::none());
            ty.flags.set(ty.flags.get() | flags::UNHASHABLE);
            ty.slots.hash.set(None);
        }
        _ => {}
    }
    // SAFETY: the type is fully initialised.
    unsafe { gc::track(ptr) };
    super::attr_cache::invalidate_all();

    // `__classcell__` gets the new class (zero-argument super()).
    if let Some(cell) = dd.get_by_str("__classcell__") {
        if let Some(c) = cell.downcast::<super::function::CellObject>() {
            c.set(Some(cls.clone()));
        }
        dd.del_item(vm, &pystr::intern("__classcell__"))?;
    }
    // `__set_name__` on descriptors, then the parent's `__init_subclass__`.
    for (k, v) in dd.items_vec() {
        if let Some(set_name) = v.ty().lookup_str("__set_name__") {
            protocol::call_method_descr(vm, &set_name, &v, &[cls.clone(), k.clone()])?;
        }
    }
    let init_sub = super::descr::super_lookup(vm, &cls, &cls, "__init_subclass__")?;
    if let Some(f) = init_sub {
        let kwnames: Vec<&str> = kwargs.iter().map(|(k, _)| k.as_str()).collect();
        let vals: Vec<Obj> = kwargs.iter().map(|(_, v)| v.clone()).collect();
        let kwt = if kwnames.is_empty() { None } else { Some(pystr::str_tuple(&kwnames)?) };
        protocol::call(vm, &f, &vals, kwt.as_ref())?;
    } else if !kwargs.is_empty() {
        return Err(PyErr::type_error(format!("{name}.__init_subclass__() takes no keyword arguments")));
    }
    Ok(cls)
}

fn mro_defines(ty: &TypeObject, name: &str) -> bool {
    ty.lookup_str(name).is_some()
}

/// The error for instantiating a class with abstract methods (3.12+ wording).
pub fn abstract_instantiation_error(ty: &TypeObject) -> PyErr {
    let mut names: Vec<String> = Vec::new();
    if let Some(am) = ty.dict_opt().and_then(|d| dict::as_dict(d)?.get_by_str("__abstractmethods__")) {
        if let Some(s) = super::set::as_set(&am) {
            names = s.items_vec().iter().map(|n| pystr::as_str(n).to_string()).collect();
        } else {
            names = tuple::tuple_items(&am).iter().map(|n| pystr::as_str(n).to_string()).collect();
        }
    }
    names.sort();
    let list = names.iter().map(|n| format!("'{n}'")).collect::<Vec<_>>().join(", ");
    PyErr::type_error(format!(
        "Can't instantiate abstract class {} without an implementation for abstract method{} {list}",
        ty.name(),
        if names.len() == 1 { "" } else { "s" }
    ))
}

// ---------------------------------------------------------------------------------------------
// Slot dispatch for heap types.

/// How a dunder maps to a slot.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SlotKind {
    Repr,
    Str,
    Hash,
    RichCompare(CompareOp),
    GetAttribute,
    GetAttr,
    SetAttr,
    DelAttr,
    Get,
    Set,
    Delete,
    Call,
    Init,
    Iter,
    Next,
    Len,
    GetItem,
    SetItem,
    DelItem,
    Contains,
    Bool,
    Number(usize),
    RNumber(usize),
    Inplace(usize),
    Neg,
    Pos,
    Invert,
    Abs,
    Int,
    Float,
    Index,
}

const NB_NAMES: [(&str, &str, &str); 13] = [
    ("__add__", "__radd__", "__iadd__"),
    ("__and__", "__rand__", "__iand__"),
    ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    ("__lshift__", "__rlshift__", "__ilshift__"),
    ("__matmul__", "__rmatmul__", "__imatmul__"),
    ("__mul__", "__rmul__", "__imul__"),
    ("__mod__", "__rmod__", "__imod__"),
    ("__or__", "__ror__", "__ior__"),
    ("__pow__", "__rpow__", "__ipow__"),
    ("__rshift__", "__rrshift__", "__irshift__"),
    ("__sub__", "__rsub__", "__isub__"),
    ("__truediv__", "__rtruediv__", "__itruediv__"),
    ("__xor__", "__rxor__", "__ixor__"),
];

/// `(__op__, __rop__, __iop__)` for a binary operator index.
pub fn nb_names(op: usize) -> (&'static str, &'static str, &'static str) {
    NB_NAMES[op]
}

/// Every dunder that corresponds to a slot (CPython's `slotdefs`).
pub fn slotdefs() -> Vec<(&'static str, SlotKind)> {
    let mut v = vec![
        ("__repr__", SlotKind::Repr),
        ("__str__", SlotKind::Str),
        ("__hash__", SlotKind::Hash),
        ("__lt__", SlotKind::RichCompare(CompareOp::Lt)),
        ("__le__", SlotKind::RichCompare(CompareOp::Le)),
        ("__eq__", SlotKind::RichCompare(CompareOp::Eq)),
        ("__ne__", SlotKind::RichCompare(CompareOp::Ne)),
        ("__gt__", SlotKind::RichCompare(CompareOp::Gt)),
        ("__ge__", SlotKind::RichCompare(CompareOp::Ge)),
        ("__getattribute__", SlotKind::GetAttribute),
        ("__getattr__", SlotKind::GetAttr),
        ("__setattr__", SlotKind::SetAttr),
        ("__delattr__", SlotKind::DelAttr),
        ("__get__", SlotKind::Get),
        ("__set__", SlotKind::Set),
        ("__delete__", SlotKind::Delete),
        ("__call__", SlotKind::Call),
        ("__init__", SlotKind::Init),
        ("__iter__", SlotKind::Iter),
        ("__next__", SlotKind::Next),
        ("__len__", SlotKind::Len),
        ("__getitem__", SlotKind::GetItem),
        ("__setitem__", SlotKind::SetItem),
        ("__delitem__", SlotKind::DelItem),
        ("__contains__", SlotKind::Contains),
        ("__bool__", SlotKind::Bool),
        ("__neg__", SlotKind::Neg),
        ("__pos__", SlotKind::Pos),
        ("__invert__", SlotKind::Invert),
        ("__abs__", SlotKind::Abs),
        ("__int__", SlotKind::Int),
        ("__float__", SlotKind::Float),
        ("__index__", SlotKind::Index),
    ];
    for (i, (n, r, ip)) in NB_NAMES.iter().enumerate() {
        v.push((n, SlotKind::Number(i)));
        v.push((r, SlotKind::RNumber(i)));
        v.push((ip, SlotKind::Inplace(i)));
    }
    v
}

/// Whether the attribute found for a dunder is the built-in wrapper of the given slot (then the
/// native slot is inherited instead of calling through Python).
fn is_native_wrapper(attr: &Obj, kind: SlotKind) -> Option<&'static TypeObject> {
    let w = attr.downcast::<descr::WrapperDescrObject>()?;
    if w.kind == kind {
        Some(w.owner)
    } else {
        None
    }
}

/// Recomputes every slot of a heap type from its MRO (CPython's `fixup_slot_dispatchers`).
pub fn fixup_slots(ty: &TypeObject) {
    let base = ty.base().expect("heap type has a base");
    let s = &ty.slots;
    // Start from the base's slots, then override where a Python dunder is found first.
    s.traverse.set(Some(subtype_traverse));
    s.clear.set(Some(subtype_clear));
    s.new.set(base.slots.new.get());
    s.inherit_from_all(&base.slots);
    // Several dunders share one slot (`__lt__`…`__ge__`, `__add__`/`__radd__`, ...): a native
    // wrapper found for one of them must not undo the generic dispatch another one needs, so
    // native slots are copied first and generic ones installed after.
    let defs = slotdefs();
    let mut generic = Vec::new();
    for &(name, kind) in &defs {
        let Some(attr) = ty.lookup_str(name) else {
            continue;
        };
        if let Some(owner) = is_native_wrapper(&attr, kind) {
            copy_native_slot(s, &owner.slots, kind);
        } else if singletons::is_none(&attr) && kind == SlotKind::Hash {
            s.hash.set(None);
        } else {
            generic.push(kind);
        }
    }
    for kind in generic {
        install_generic_slot(s, kind);
    }
    if ty.lookup_str("__new__").is_some_and(|n| {
        n.downcast::<descr::StaticMethodObject>().is_some()
            || n.downcast::<super::function::FunctionObject>().is_some()
    }) {
        s.new.set(Some(slot_tp_new));
    }
}

impl Slots {
    /// Copies every slot of `base` (used before overriding with a heap type's dunders).
    pub fn inherit_from_all(&self, base: &Slots) {
        macro_rules! copy {
            ($($f:ident),*) => { $( self.$f.set(base.$f.get()); )* };
        }
        copy!(
            repr,
            str,
            hash,
            richcompare,
            getattro,
            setattro,
            descr_get,
            descr_set,
            call,
            init,
            iter,
            iternext,
            len,
            getitem,
            setitem,
            contains,
            bool,
            neg,
            pos,
            invert,
            abs,
            int,
            float,
            index
        );
        for i in 0..super::typeobj::NB_COUNT {
            self.number[i].set(base.number[i].get());
            self.inplace[i].set(base.inplace[i].get());
        }
    }
}

fn copy_native_slot(s: &Slots, from: &Slots, kind: SlotKind) {
    use SlotKind::*;
    match kind {
        Repr => s.repr.set(from.repr.get()),
        Str => s.str.set(from.str.get()),
        Hash => s.hash.set(from.hash.get()),
        RichCompare(_) => s.richcompare.set(from.richcompare.get()),
        GetAttribute | GetAttr => s.getattro.set(from.getattro.get()),
        SetAttr | DelAttr => s.setattro.set(from.setattro.get()),
        Get => s.descr_get.set(from.descr_get.get()),
        Set | Delete => s.descr_set.set(from.descr_set.get()),
        Call => s.call.set(from.call.get()),
        Init => s.init.set(from.init.get()),
        Iter => s.iter.set(from.iter.get()),
        Next => s.iternext.set(from.iternext.get()),
        Len => s.len.set(from.len.get()),
        GetItem => s.getitem.set(from.getitem.get()),
        SetItem | DelItem => s.setitem.set(from.setitem.get()),
        Contains => s.contains.set(from.contains.get()),
        Bool => s.bool.set(from.bool.get()),
        Number(i) | RNumber(i) => s.number[i].set(from.number[i].get()),
        Inplace(i) => s.inplace[i].set(from.inplace[i].get()),
        Neg => s.neg.set(from.neg.get()),
        Pos => s.pos.set(from.pos.get()),
        Invert => s.invert.set(from.invert.get()),
        Abs => s.abs.set(from.abs.get()),
        Int => s.int.set(from.int.get()),
        Float => s.float.set(from.float.get()),
        Index => s.index.set(from.index.get()),
    }
}

fn install_generic_slot(s: &Slots, kind: SlotKind) {
    use super::slot_dispatch as sd;
    use SlotKind::*;
    match kind {
        Repr => s.repr.set(Some(sd::slot_repr)),
        Str => s.str.set(Some(sd::slot_str)),
        Hash => s.hash.set(Some(sd::slot_hash)),
        RichCompare(_) => s.richcompare.set(Some(sd::slot_richcompare)),
        GetAttribute | GetAttr => s.getattro.set(Some(sd::slot_getattro)),
        SetAttr | DelAttr => s.setattro.set(Some(sd::slot_setattro)),
        Get => s.descr_get.set(Some(sd::slot_descr_get)),
        Set | Delete => s.descr_set.set(Some(sd::slot_descr_set)),
        Call => s.call.set(Some(sd::slot_call)),
        Init => s.init.set(Some(sd::slot_init)),
        Iter => s.iter.set(Some(sd::slot_iter)),
        Next => s.iternext.set(Some(sd::slot_iternext)),
        Len => s.len.set(Some(sd::slot_len)),
        GetItem => s.getitem.set(Some(sd::slot_getitem)),
        SetItem | DelItem => s.setitem.set(Some(sd::slot_setitem)),
        Contains => s.contains.set(Some(sd::slot_contains)),
        Bool => s.bool.set(Some(sd::slot_bool)),
        Number(i) | RNumber(i) => s.number[i].set(Some(sd::NUMBER_SLOTS[i])),
        Inplace(i) => s.inplace[i].set(Some(sd::INPLACE_SLOTS[i])),
        Neg => s.neg.set(Some(sd::slot_neg)),
        Pos => s.pos.set(Some(sd::slot_pos)),
        Invert => s.invert.set(Some(sd::slot_invert)),
        Abs => s.abs.set(Some(sd::slot_abs)),
        Int => s.int.set(Some(sd::slot_int)),
        Float => s.float.set(Some(sd::slot_float)),
        Index => s.index.set(Some(sd::slot_index)),
    }
}

/// `__new__` defined in Python: call it with the class prepended.
fn slot_tp_new(vm: &mut Vm, cls: &Obj, a: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    let ty = as_type(cls).expect("type");
    let f = ty.lookup_str("__new__").expect("__new__");
    let f = match f.downcast::<descr::StaticMethodObject>() {
        Some(sm) => sm.func.clone(),
        None => f,
    };
    let mut full = Vec::with_capacity(a.len() + 1);
    full.push(cls.clone());
    full.extend_from_slice(a);
    protocol::call(vm, &f, &full, kwnames)
}

// ---------------------------------------------------------------------------------------------
// Start-up of the built-in types.

/// Fills a static type's dict (methods, getsets, slot wrappers, `__doc__`), MRO and inherited
/// slots. Must run for a base before its subclasses.
pub fn init_static_type(ty: &'static TypeObject) {
    if ty.dict_opt().is_some() {
        return;
    }
    if let Some(b) = ty.base() {
        ty.slots.inherit_from(&b.slots);
        if b.has_flag(flags::UNHASHABLE)
            && ty.slots.hash.get().is_some()
            && ty.slots.hash.get().map(|f| f as usize) == b.slots.hash.get().map(|f| f as usize)
        {
            // inherited from an unhashable base stays as the base decided
        }
        if ty.dictoffset.get() == 0 {
            ty.dictoffset.set(b.dictoffset.get());
        }
        if ty.weaklistoffset.get() == 0 {
            ty.weaklistoffset.set(b.weaklistoffset.get());
        }
        if ty.slots.getattro.get().is_none() {
            ty.slots.getattro.set(b.slots.getattro.get());
        }
    }
    if ty.has_flag(flags::UNHASHABLE) {
        ty.slots.hash.set(None);
    }
    let d = dict::new_dict();
    d.make_immortal();
    let dd = dict::as_dict(&d).expect("dict");
    for m in ty.methods {
        dd.set_by_str(m.name, descr::new_method_descr(ty, m));
    }
    for g in ty.getsets {
        dd.set_by_str(g.name, descr::new_getset_descr(ty, g));
    }
    for (name, kind) in slotdefs() {
        if dd.get_by_str(name).is_some() {
            continue;
        }
        if own_slot(ty, kind) {
            dd.set_by_str(name, descr::new_wrapper_descr(ty, kind, name));
        }
    }
    if ty.slots.new.get().is_some()
        && ty
            .base()
            .is_none_or(|b| b.slots.new.get().map(|f| f as usize) != ty.slots.new.get().map(|f| f as usize))
    {
        dd.set_by_str("__new__", descr::new_tp_new_wrapper(ty));
    }
    if ty.has_flag(flags::UNHASHABLE) {
        dd.set_by_str("__hash__", singletons::none());
    }
    if dd.get_by_str("__doc__").is_none() {
        dd.set_by_str("__doc__", ty.doc.map_or_else(singletons::none, pystr::new_str));
    }
    ty.set_dict(d);
    // MRO: self followed by the base's MRO.
    let mut mro = vec![ty.as_obj()];
    if let Some(b) = ty.base() {
        mro.extend_from_slice(tuple::tuple_items(b.mro().expect("base initialised first")));
        ty.set_bases(tuple::new_tuple(vec![b.as_obj()]).expect("tuple"));
    } else {
        ty.set_bases(tuple::empty_tuple());
    }
    let mro = tuple::new_tuple(mro).expect("tuple");
    mro.make_immortal();
    ty.set_mro(mro);
}

/// Whether `ty` defines the slot itself (differently from its base).
fn own_slot(ty: &TypeObject, kind: SlotKind) -> bool {
    fn get(s: &Slots, kind: SlotKind) -> Option<usize> {
        use SlotKind::*;
        match kind {
            Repr => s.repr.get().map(|f| f as usize),
            Str => s.str.get().map(|f| f as usize),
            Hash => s.hash.get().map(|f| f as usize),
            RichCompare(_) => s.richcompare.get().map(|f| f as usize),
            GetAttribute => s.getattro.get().map(|f| f as usize),
            GetAttr => None,
            SetAttr | DelAttr => s.setattro.get().map(|f| f as usize),
            Get => s.descr_get.get().map(|f| f as usize),
            Set | Delete => s.descr_set.get().map(|f| f as usize),
            Call => s.call.get().map(|f| f as usize),
            Init => s.init.get().map(|f| f as usize),
            Iter => s.iter.get().map(|f| f as usize),
            Next => s.iternext.get().map(|f| f as usize),
            Len => s.len.get().map(|f| f as usize),
            GetItem => s.getitem.get().map(|f| f as usize),
            SetItem | DelItem => s.setitem.get().map(|f| f as usize),
            Contains => s.contains.get().map(|f| f as usize),
            Bool => s.bool.get().map(|f| f as usize),
            Number(i) | RNumber(i) => s.number[i].get().map(|f| f as usize),
            Inplace(i) => s.inplace[i].get().map(|f| f as usize),
            Neg => s.neg.get().map(|f| f as usize),
            Pos => s.pos.get().map(|f| f as usize),
            Invert => s.invert.get().map(|f| f as usize),
            Abs => s.abs.get().map(|f| f as usize),
            Int => s.int.get().map(|f| f as usize),
            Float => s.float.get().map(|f| f as usize),
            Index => s.index.get().map(|f| f as usize),
        }
    }
    let mine = get(&ty.slots, kind);
    if mine.is_none() {
        return false;
    }
    match ty.base() {
        None => true,
        Some(b) => get(&b.slots, kind) != mine,
    }
}

/// Bytes the GC header adds in front of tracked objects (for `sys.getsizeof`).
pub const GC_OVERHEAD: usize = GC_HEAD_SIZE;
