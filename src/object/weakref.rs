//! Weak references: `weakref.ref` objects and the proxies (`weakref.ProxyType`,
//! `weakref.CallableProxyType`) live on a doubly linked list hanging off their referent's
//! weakref slot (CPython's `tp_weaklistoffset`). They never change the referent's count. When
//! the referent dies its weakrefs are cleared and their callbacks queued for the VM.
//!
//! As in CPython's `Objects/weakrefobject.c`, the list starts with the shared callback-less
//! `ref` (if any), then the shared callback-less proxy (if any), then every other weak
//! reference, newest first; `ref(x)` without a callback returns the shared one.

use super::header::{Obj, ObjectHeader, PyPayload};
use super::typeobj::{flags, GetSetDef, MethodDef, MethodKind, TypeObject, NB_COUNT};
use super::{boolobj, exceptions, float, protocol, singletons, str as pystr, CompareOp, PyErr, PyResult};
use crate::memory::alloc::{alloc_object, free_object};
use crate::memory::gc;
use crate::slots;
use crate::syntax::ast::Operator;
use crate::vm::Vm;
use std::cell::{Cell, UnsafeCell};

/// The layout of `ref`, `ProxyType` and `CallableProxyType` objects (CPython's
/// `PyWeakReference`).
#[repr(C)]
pub struct WeakRefObject {
    head: ObjectHeader,
    /// The referent, borrowed; null once it died.
    referent: Cell<*mut ObjectHeader>,
    callback: UnsafeCell<Option<Obj>>,
    hash: Cell<i64>,
    prev: Cell<*mut WeakRefObject>,
    next: Cell<*mut WeakRefObject>,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for WeakRefObject {
    fn static_type() -> &'static TypeObject {
        &WEAKREF_TYPE
    }
}

impl WeakRefObject {
    /// The referent if it is still alive.
    pub fn get(&self) -> Option<Obj> {
        let p = self.referent.get();
        if p.is_null() {
            None
        } else {
            // SAFETY: a non-null referent is alive (cleared before it is freed).
            Some(unsafe { Obj::from_borrowed(p) })
        }
    }

    fn callback(&self) -> Option<Obj> {
        // SAFETY: a short read.
        unsafe { (*self.callback.get()).clone() }
    }

    fn take_callback(&self) -> Option<Obj> {
        // SAFETY: a short access.
        unsafe { (*self.callback.get()).take() }
    }
}

/// The weak-reference payload of any of the three weakref types.
fn as_weakref(o: &Obj) -> Option<&WeakRefObject> {
    if is_proxy(o) {
        // SAFETY: proxies share the weakref layout.
        return Some(unsafe { o.cast_unchecked::<WeakRefObject>() });
    }
    o.downcast::<WeakRefObject>()
}

/// Whether `o` is a weak proxy (callable or not).
pub fn is_proxy(o: &Obj) -> bool {
    std::ptr::eq(o.type_ptr(), &PROXY_TYPE) || std::ptr::eq(o.type_ptr(), &CALLABLE_PROXY_TYPE)
}

/// The weakref list head of a raw object, if its type supports weak references.
///
/// # Safety
/// `obj` must be a live (or dying, header intact) object.
unsafe fn list_head<'a>(obj: *mut ObjectHeader) -> Option<&'a Cell<*mut ObjectHeader>> {
    // SAFETY: borrowed only for the duration of the lookup.
    let o = unsafe { super::header::Borrowed::from_ptr(obj) };
    let slot = super::class::weaklist_slot(&o)?;
    // SAFETY: the slot lives inside the object.
    Some(unsafe { &*(slot as *const Cell<*mut ObjectHeader>) })
}

/// Takes `w` off its referent's list and forgets the referent (the callback stays).
fn unlink(w: &WeakRefObject) {
    let referent = w.referent.get();
    if referent.is_null() {
        return;
    }
    let (prev, next) = (w.prev.get(), w.next.get());
    // SAFETY: list members are live weakrefs; the head belongs to the live referent.
    unsafe {
        if prev.is_null() {
            if let Some(head) = list_head(referent) {
                head.set(next as *mut ObjectHeader);
            }
        } else {
            (*prev).next.set(next);
        }
        if !next.is_null() {
            (*next).prev.set(prev);
        }
    }
    w.prev.set(std::ptr::null_mut());
    w.next.set(std::ptr::null_mut());
    w.referent.set(std::ptr::null_mut());
}

unsafe fn weakref_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: unlink from the referent's list, drop the callback, free.
    unsafe {
        gc::untrack(obj);
        unlink(&*(obj as *const WeakRefObject));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*(obj as *mut WeakRefObject)).callback));
        free_object(obj, 0);
    }
}

fn weakref_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    // SAFETY: the collector runs no Python code while traversing.
    if let Some(cb) = unsafe { &*as_weakref(o).expect("weakref").callback.get() } {
        visit(cb);
    }
}

fn weakref_clear_slot(o: &Obj) {
    let w = as_weakref(o).expect("weakref");
    unlink(w);
    let cb = w.take_callback();
    drop(cb);
}

/// Whether the weakref at `w` is a shared callback-less one of exactly type `ty`.
///
/// # Safety
/// `w` is null or a live weakref.
unsafe fn is_basic(w: *mut WeakRefObject, ty: &TypeObject) -> bool {
    // SAFETY: guaranteed by the caller.
    !w.is_null() && unsafe { (*w).callback().is_none() && std::ptr::eq((*w).head.ob_type.get(), ty) }
}

/// The shared ref and shared proxy at the head of a list (CPython's `get_basic_refs`).
///
/// # Safety
/// `first` is null or the first member of a weakref list.
unsafe fn basic_refs(first: *mut WeakRefObject) -> (*mut WeakRefObject, *mut WeakRefObject) {
    let mut head = first;
    let mut r = std::ptr::null_mut();
    let mut p = std::ptr::null_mut();
    // SAFETY: list members are live weakrefs.
    unsafe {
        if is_basic(head, &WEAKREF_TYPE) {
            r = head;
            head = (*head).next.get();
        }
        if is_basic(head, &PROXY_TYPE) || is_basic(head, &CALLABLE_PROXY_TYPE) {
            p = head;
        }
    }
    (r, p)
}

/// Makes a weak reference of type `ty` (a ref type or a proxy type) to `obj`, reusing the
/// shared callback-less one when there is one.
fn get_or_create(ty: &TypeObject, obj: &Obj, callback: Option<Obj>, proxy: bool) -> PyResult<Obj> {
    // SAFETY: `obj` is live.
    let Some(head) = (unsafe { list_head(obj.as_ptr()) }) else {
        return Err(PyErr::type_error(format!(
            "cannot create weak reference to '{}' object",
            obj.ty().name()
        )));
    };
    let callback = callback.filter(|c| !singletons::is_none(c));
    // SAFETY: the head is null or a live weakref.
    let (basic_ref, basic_proxy) = unsafe { basic_refs(head.get() as *mut WeakRefObject) };
    if callback.is_none() {
        let reuse = if proxy {
            basic_proxy
        } else if std::ptr::eq(ty, &WEAKREF_TYPE) {
            basic_ref
        } else {
            std::ptr::null_mut()
        };
        if !reuse.is_null() {
            // SAFETY: a live weakref on the list.
            return Ok(unsafe { Obj::from_borrowed(reuse as *const ObjectHeader) });
        }
    }
    let ptr = alloc_object(ty, 0)?;
    let w = ptr as *mut WeakRefObject;
    let is_basic_new = callback.is_none();
    // Where the new weakref goes: basic ref first, basic proxy after it, the rest after both.
    let after = if is_basic_new && !proxy {
        std::ptr::null_mut()
    } else if is_basic_new || basic_proxy.is_null() {
        basic_ref
    } else {
        basic_proxy
    };
    // SAFETY: a fresh block with the layout; `after` is null or a live list member.
    unsafe {
        std::ptr::addr_of_mut!((*w).referent).write(Cell::new(obj.as_ptr()));
        std::ptr::addr_of_mut!((*w).callback).write(UnsafeCell::new(callback));
        std::ptr::addr_of_mut!((*w).hash).write(Cell::new(-1));
        if after.is_null() {
            let old = head.get() as *mut WeakRefObject;
            std::ptr::addr_of_mut!((*w).prev).write(Cell::new(std::ptr::null_mut()));
            std::ptr::addr_of_mut!((*w).next).write(Cell::new(old));
            if !old.is_null() {
                (*old).prev.set(w);
            }
            head.set(ptr);
        } else {
            let next = (*after).next.get();
            std::ptr::addr_of_mut!((*w).prev).write(Cell::new(after));
            std::ptr::addr_of_mut!((*w).next).write(Cell::new(next));
            if !next.is_null() {
                (*next).prev.set(w);
            }
            (*after).next.set(w);
        }
        gc::track(ptr);
        Ok(Obj::from_raw(ptr))
    }
}

/// `weakref.ref(obj, callback)`: reuses an existing callback-less ref when there is one, as
/// CPython does.
pub fn new_weakref(ty: &TypeObject, obj: &Obj, callback: Option<Obj>) -> PyResult<Obj> {
    get_or_create(ty, obj, callback, false)
}

/// `weakref.proxy(obj, callback)`: a `CallableProxyType` for callables, else a `ProxyType`.
pub fn new_proxy(obj: &Obj, callback: Option<Obj>) -> PyResult<Obj> {
    let ty: &TypeObject =
        if obj.ty().slots.call.get().is_some() { &CALLABLE_PROXY_TYPE } else { &PROXY_TYPE };
    get_or_create(ty, obj, callback, true)
}

/// Clears every weakref to a dying object and queues their callbacks.
pub fn clear_weakrefs(o: &Obj) {
    clear_weakrefs_raw(o.as_ptr());
}

/// `clear_weakrefs` for a raw dying object.
pub(crate) fn clear_weakrefs_raw(obj: *mut ObjectHeader) {
    // SAFETY: the dying object's header and weaklist slot are intact.
    let Some(head) = (unsafe { list_head(obj) }) else {
        return;
    };
    loop {
        let w = head.get() as *mut WeakRefObject;
        if w.is_null() {
            break;
        }
        // SAFETY: list members are live weakrefs.
        let wr = unsafe { &*w };
        unlink(wr);
        if let Some(cb) = wr.take_callback() {
            // SAFETY: the weakref is alive (it was on the list); the queue keeps it so.
            let wobj = unsafe { Obj::from_borrowed(w as *const ObjectHeader) };
            crate::memory::finalize::queue_weakref_callback(wobj, cb);
        }
    }
}

/// The collector's weakref handling for an unreachable object (CPython's `handle_weakrefs`):
/// every weak reference to it is cleared; returns `(weakref, callback)` for those weakrefs
/// that are not garbage themselves (`is_garbage(address)`), whose callbacks must be called.
pub fn clear_weakrefs_for_gc(o: &Obj, is_garbage: &dyn Fn(usize) -> bool) -> Vec<(Obj, Obj)> {
    let mut out = Vec::new();
    // SAFETY: `o` is live.
    let Some(head) = (unsafe { list_head(o.as_ptr()) }) else {
        return out;
    };
    loop {
        let w = head.get() as *mut WeakRefObject;
        if w.is_null() {
            break;
        }
        // SAFETY: list members are live weakrefs.
        let wr = unsafe { &*w };
        unlink(wr);
        if is_garbage(w as usize) {
            continue;
        }
        if let Some(cb) = wr.take_callback() {
            // SAFETY: a live weakref.
            out.push((unsafe { Obj::from_borrowed(w as *const ObjectHeader) }, cb));
        }
    }
    out
}

/// Number of weak references (refs and proxies) to `o`.
pub fn weakref_count(o: &Obj) -> usize {
    weakrefs_of(o).len()
}

/// The weak references to `o`, in list order.
pub fn weakrefs_of(o: &Obj) -> Vec<Obj> {
    let mut out = Vec::new();
    // SAFETY: `o` is live.
    if let Some(head) = unsafe { list_head(o.as_ptr()) } {
        let mut w = head.get() as *mut WeakRefObject;
        while !w.is_null() {
            // SAFETY: list members are live weakrefs.
            unsafe {
                out.push(Obj::from_borrowed(w as *const ObjectHeader));
                w = (*w).next.get();
            }
        }
    }
    out
}

/// The first weak reference to `o`, for `__weakref__`.
pub fn first_weakref(o: &Obj) -> Option<Obj> {
    weakrefs_of(o).into_iter().next()
}

fn weakref_new(_: &mut Vm, cls: &Obj, a: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    let pos = super::args::positional(a, kwnames);
    if pos.is_empty() {
        return Err(PyErr::type_error("__new__ expected at least 1 argument, got 0"));
    }
    if pos.len() > 2 {
        return Err(PyErr::type_error(format!("__new__ expected at most 2 arguments, got {}", pos.len())));
    }
    let ty = super::typeobj::as_type(cls).expect("type");
    let w = new_weakref(ty, &pos[0], pos.get(1).cloned())?;
    if ty.is_heap_type() && w.refcount() == 1 {
        // Heap subclasses add dict/weaklist parts after ours.
        super::class::new_subtype_parts_init(&w);
    }
    Ok(w)
}

fn weakref_init(_: &mut Vm, _: &Obj, _: &[Obj], _: Option<&Obj>) -> PyResult<()> {
    Ok(())
}

fn weakref_call(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    super::args::check_arity("weakref", a, kw, 0, 0)?;
    Ok(as_weakref(o).expect("weakref").get().unwrap_or_else(singletons::none))
}

/// CPython's `tp_name` of an object's type: the qualified name for classes, with the module
/// prefix for built-in types that carry one in their name.
fn tp_name(o: &Obj) -> String {
    let ty = o.ty();
    if ty.is_heap_type() {
        ty.qualname().to_string()
    } else {
        ty.name().to_string()
    }
}

fn weakref_repr(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let w = as_weakref(o).expect("weakref");
    let s = match w.get() {
        None => format!("<weakref at {:#x}; dead>", o.addr()),
        Some(r) => {
            // CPython looks `__name__` up on the type (`_PyObject_LookupSpecial`).
            let name = match r.ty().lookup_str("__name__") {
                Some(d) => match d.ty().slots.descr_get.get() {
                    Some(get) => get(vm, &d, Some(&r), &r.type_obj()).ok(),
                    None => Some(d),
                },
                None => None,
            };
            match name.filter(|n| pystr::as_str_obj(n).is_some()) {
                Some(n) => format!(
                    "<weakref at {:#x}; to '{}' at {:#x} ({})>",
                    o.addr(),
                    tp_name(&r),
                    r.addr(),
                    pystr::as_str(&n)
                ),
                None => format!("<weakref at {:#x}; to '{}' at {:#x}>", o.addr(), tp_name(&r), r.addr()),
            }
        }
    };
    pystr::try_new_str(&s)
}

fn weakref_hash(vm: &mut Vm, o: &Obj) -> PyResult<i64> {
    let w = as_weakref(o).expect("weakref");
    if w.hash.get() != -1 {
        return Ok(w.hash.get());
    }
    match w.get() {
        Some(r) => {
            let h = protocol::hash(vm, &r)?;
            w.hash.set(h);
            Ok(h)
        }
        None => Err(PyErr::type_error("weak object has gone away")),
    }
}

fn weakref_richcompare(vm: &mut Vm, a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    let (Some(x), Some(y)) = (a.downcast::<WeakRefObject>(), b.downcast::<WeakRefObject>()) else {
        return Ok(singletons::not_implemented());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(singletons::not_implemented());
    }
    match (x.get(), y.get()) {
        (Some(p), Some(q)) => protocol::rich_compare(vm, &p, &q, op),
        _ => Ok(boolobj::new_bool((a.is(b)) == (op == CompareOp::Eq))),
    }
}

fn g_callback(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(as_weakref(o).expect("weakref").callback().unwrap_or_else(singletons::none))
}

static WEAKREF_GETSETS: &[GetSetDef] =
    &[GetSetDef { name: "__callback__", get: g_callback, set: None, doc: "" }];

fn m_class_getitem(_: &mut Vm, cls: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    super::args::check_arity("__class_getitem__", a, kw, 1, 1)?;
    super::genericalias::new_generic_alias(cls.clone(), a[0].clone())
}

static WEAKREF_METHODS: &[MethodDef] = &[MethodDef {
    name: "__class_getitem__",
    func: m_class_getitem,
    kind: MethodKind::Class,
    doc: "See PEP 585",
}];

pub static WEAKREF_TYPE: TypeObject = TypeObject::builtin(
    "weakref.ReferenceType",
    std::mem::size_of::<WeakRefObject>(),
    flags::BASETYPE | flags::HAVE_GC,
    Some(&super::base::OBJECT_TYPE),
    slots!(weakref_dealloc, traverse: weakref_traverse, clear: weakref_clear_slot, call: weakref_call,
        repr: weakref_repr, hash: weakref_hash, richcompare: weakref_richcompare, new: weakref_new,
        init: weakref_init),
    WEAKREF_METHODS,
    WEAKREF_GETSETS,
    None,
);

// ---------------------------------------------------------------------------------------------
// Proxies: every operation is forwarded to the referent; a dead referent raises ReferenceError.

fn dead() -> PyErr {
    PyErr::new(&exceptions::REFERENCE_ERROR, "weakly-referenced object no longer exists")
}

/// The referent of a proxy, or ReferenceError.
fn referent(o: &Obj) -> PyResult<Obj> {
    as_weakref(o).expect("proxy").get().ok_or_else(dead)
}

/// A proxy operand replaced by its referent; anything else as it is (CPython's `UNWRAP`).
fn unwrap(o: &Obj) -> PyResult<Obj> {
    if is_proxy(o) {
        referent(o)
    } else {
        Ok(o.clone())
    }
}

fn proxy_getattr(vm: &mut Vm, o: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    let r = referent(o)?;
    protocol::get_attr_obj(vm, &r, name).map(Some)
}

fn proxy_setattr(vm: &mut Vm, o: &Obj, name: &Obj, value: Option<&Obj>) -> PyResult<()> {
    let r = referent(o)?;
    protocol::set_attr_obj(vm, &r, name, value)
}

fn proxy_str(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let r = referent(o)?;
    protocol::str(vm, &r)
}

fn proxy_repr(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let s = match as_weakref(o).expect("proxy").get() {
        Some(r) => format!("<weakproxy at {:#x} to {} at {:#x}>", o.addr(), tp_name(&r), r.addr()),
        None => format!("<weakproxy at {:#x}; dead>", o.addr()),
    };
    pystr::try_new_str(&s)
}

fn proxy_call(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let r = referent(o)?;
    protocol::call(vm, &r, a, kw)
}

fn proxy_richcompare(vm: &mut Vm, a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    let (x, y) = (unwrap(a)?, unwrap(b)?);
    protocol::rich_compare(vm, &x, &y, op)
}

fn proxy_bool(vm: &mut Vm, o: &Obj) -> PyResult<bool> {
    let r = referent(o)?;
    protocol::is_true(vm, &r)
}

fn proxy_len(vm: &mut Vm, o: &Obj) -> PyResult<usize> {
    let r = referent(o)?;
    protocol::len(vm, &r)
}

fn proxy_getitem(vm: &mut Vm, o: &Obj, key: &Obj) -> PyResult<Obj> {
    let r = referent(o)?;
    let k = unwrap(key)?;
    protocol::get_item(vm, &r, &k)
}

fn proxy_setitem(vm: &mut Vm, o: &Obj, key: &Obj, value: Option<&Obj>) -> PyResult<()> {
    let r = referent(o)?;
    match value {
        Some(v) => protocol::set_item(vm, &r, key, v),
        None => protocol::del_item(vm, &r, key),
    }
}

fn proxy_contains(vm: &mut Vm, o: &Obj, item: &Obj) -> PyResult<bool> {
    let r = referent(o)?;
    protocol::contains(vm, &r, item)
}

fn proxy_iter(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let r = referent(o)?;
    protocol::get_iter(vm, &r)
}

fn proxy_iternext(vm: &mut Vm, o: &Obj) -> PyResult<Option<Obj>> {
    let r = referent(o)?;
    if r.ty().slots.iternext.get().is_none() {
        return Err(PyErr::type_error(format!(
            "Weakref proxy referenced a non-iterator '{}' object",
            r.ty().name()
        )));
    }
    protocol::next(vm, &r)
}

fn proxy_neg(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    protocol::negative(vm, &referent(o)?)
}
fn proxy_pos(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    protocol::positive(vm, &referent(o)?)
}
fn proxy_invert(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    protocol::invert(vm, &referent(o)?)
}
fn proxy_abs(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    protocol::absolute(vm, &referent(o)?)
}
fn proxy_int(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    protocol::to_int(vm, &referent(o)?)
}
fn proxy_float(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(float::new_float(protocol::to_float(vm, &referent(o)?)?))
}
fn proxy_index(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    protocol::index(vm, &referent(o)?)
}

/// One forwarding function per binary operator, plain and in place, indexed as
/// `Operator as usize`.
macro_rules! proxy_binops {
    ($($op:ident => $bin:ident, $inp:ident;)*) => {
        $(
            fn $bin(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
                let (x, y) = (unwrap(a)?, unwrap(b)?);
                protocol::binary_op(vm, &x, &y, Operator::$op)
            }
            fn $inp(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
                let (x, y) = (unwrap(a)?, unwrap(b)?);
                protocol::inplace_op(vm, &x, &y, Operator::$op)
            }
        )*
        const fn proxy_slots(call: bool) -> super::typeobj::Slots {
            let mut s = slots!(weakref_dealloc, traverse: weakref_traverse, clear: weakref_clear_slot,
                repr: proxy_repr, str: proxy_str, getattro: proxy_getattr, setattro: proxy_setattr,
                richcompare: proxy_richcompare, bool: proxy_bool, len: proxy_len, getitem: proxy_getitem,
                setitem: proxy_setitem, contains: proxy_contains, iter: proxy_iter, iternext: proxy_iternext,
                neg: proxy_neg, pos: proxy_pos, invert: proxy_invert, abs: proxy_abs, int: proxy_int,
                float: proxy_float, index: proxy_index);
            if call {
                s.call = Cell::new(Some(proxy_call));
            }
            let mut number: [Cell<Option<super::typeobj::BinaryFn>>; NB_COUNT] = [const { Cell::new(None) }; NB_COUNT];
            let mut inplace: [Cell<Option<super::typeobj::BinaryFn>>; NB_COUNT] = [const { Cell::new(None) }; NB_COUNT];
            $(
                number[Operator::$op as usize] = Cell::new(Some($bin));
                inplace[Operator::$op as usize] = Cell::new(Some($inp));
            )*
            s.number = number;
            s.inplace = inplace;
            s
        }
    };
}

proxy_binops! {
    Add => proxy_add, proxy_iadd;
    BitAnd => proxy_and, proxy_iand;
    FloorDiv => proxy_floordiv, proxy_ifloordiv;
    LShift => proxy_lshift, proxy_ilshift;
    MatMult => proxy_matmul, proxy_imatmul;
    Mult => proxy_mul, proxy_imul;
    Mod => proxy_mod, proxy_imod;
    BitOr => proxy_or, proxy_ior;
    Pow => proxy_pow, proxy_ipow;
    RShift => proxy_rshift, proxy_irshift;
    Sub => proxy_sub, proxy_isub;
    Div => proxy_truediv, proxy_itruediv;
    BitXor => proxy_xor, proxy_ixor;
}

fn m_bytes(vm: &mut Vm, o: &Obj, _: &[Obj], _: Option<&Obj>) -> PyResult<Obj> {
    let r = referent(o)?;
    protocol::call_method(vm, &r, "__bytes__", &[])
}

fn m_reversed(vm: &mut Vm, o: &Obj, _: &[Obj], _: Option<&Obj>) -> PyResult<Obj> {
    let r = referent(o)?;
    protocol::call_method(vm, &r, "__reversed__", &[])
}

static PROXY_METHODS: &[MethodDef] = &[
    MethodDef { name: "__bytes__", func: m_bytes, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "__reversed__", func: m_reversed, kind: MethodKind::Instance, doc: "" },
];

/// `weakref.ProxyType`: a proxy to a non-callable object. Unhashable, as in CPython.
pub static PROXY_TYPE: TypeObject = TypeObject::builtin(
    "weakref.ProxyType",
    std::mem::size_of::<WeakRefObject>(),
    flags::HAVE_GC | flags::UNHASHABLE,
    Some(&super::base::OBJECT_TYPE),
    proxy_slots(false),
    PROXY_METHODS,
    &[],
    None,
);

/// `weakref.CallableProxyType`: a proxy to a callable object.
pub static CALLABLE_PROXY_TYPE: TypeObject = TypeObject::builtin(
    "weakref.CallableProxyType",
    std::mem::size_of::<WeakRefObject>(),
    flags::HAVE_GC | flags::UNHASHABLE,
    Some(&super::base::OBJECT_TYPE),
    proxy_slots(true),
    PROXY_METHODS,
    &[],
    None,
);
