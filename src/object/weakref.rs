//! Weak references: `weakref.ref` objects live on a doubly linked list hanging off their
//! referent's weakref slot (CPython's `tp_weaklistoffset`). They never change the referent's
//! count. When the referent dies its weakrefs are cleared and their callbacks queued for the VM.

use super::header::{Obj, ObjectHeader, PyPayload};
use super::typeobj::{flags, GetSetDef, TypeObject};
use super::{boolobj, protocol, singletons, str as pystr, CompareOp, PyErr, PyResult};
use crate::memory::alloc::{alloc_object, free_object};
use crate::memory::gc;
use crate::slots;
use crate::vm::Vm;
use std::cell::{Cell, UnsafeCell};

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
    if let Some(cb) = o.downcast::<WeakRefObject>().expect("weakref").callback() {
        visit(&cb);
    }
}

fn weakref_clear_slot(o: &Obj) {
    let w = o.downcast::<WeakRefObject>().expect("weakref");
    unlink(w);
    // SAFETY: a short access; the callback drops after it ends.
    let cb = unsafe { (*w.callback.get()).take() };
    drop(cb);
}

/// `weakref.ref(obj, callback)`: reuses an existing callback-less ref when there is one, as
/// CPython does.
pub fn new_weakref(ty: &TypeObject, obj: &Obj, callback: Option<Obj>) -> PyResult<Obj> {
    // SAFETY: `obj` is live.
    let Some(head) = (unsafe { list_head(obj.as_ptr()) }) else {
        return Err(PyErr::type_error(format!(
            "cannot create weak reference to '{}' object",
            obj.ty().name()
        )));
    };
    let callback = callback.filter(|c| !singletons::is_none(c));
    if callback.is_none() && std::ptr::eq(ty, &WEAKREF_TYPE) {
        let first = head.get() as *mut WeakRefObject;
        // SAFETY: list members are live weakrefs.
        if !first.is_null()
            && unsafe {
                (*first).callback().is_none() && std::ptr::eq((*first).head.ob_type.get(), &WEAKREF_TYPE)
            }
        {
            // SAFETY: as above.
            return Ok(unsafe { Obj::from_borrowed(first as *const ObjectHeader) });
        }
    }
    let ptr = alloc_object(ty, 0)?;
    let w = ptr as *mut WeakRefObject;
    // SAFETY: fresh block with the layout; linked at the head of the list.
    unsafe {
        std::ptr::addr_of_mut!((*w).referent).write(Cell::new(obj.as_ptr()));
        std::ptr::addr_of_mut!((*w).callback).write(UnsafeCell::new(callback));
        std::ptr::addr_of_mut!((*w).hash).write(Cell::new(-1));
        let old = head.get() as *mut WeakRefObject;
        std::ptr::addr_of_mut!((*w).prev).write(Cell::new(std::ptr::null_mut()));
        std::ptr::addr_of_mut!((*w).next).write(Cell::new(old));
        if !old.is_null() {
            (*old).prev.set(w);
        }
        head.set(ptr);
        gc::track(ptr);
        Ok(Obj::from_raw(ptr))
    }
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
        if let Some(cb) = wr.callback() {
            // SAFETY: the weakref is alive (it is on the list); the queue keeps it so.
            let wobj = unsafe { Obj::from_borrowed(w as *const ObjectHeader) };
            crate::memory::finalize::queue_weakref_callback(wobj, cb);
        }
    }
}

/// Number of weak references to `o`.
pub fn weakref_count(o: &Obj) -> usize {
    weakrefs_of(o).len()
}

/// The weak references to `o`, newest first.
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
    super::args::no_kwargs("ref", kwnames)?;
    if a.is_empty() || a.len() > 2 {
        return Err(PyErr::type_error(format!("__new__ expected at most 2 arguments, got {}", a.len())));
    }
    let ty = super::typeobj::as_type(cls).expect("type");
    let w = new_weakref(ty, &a[0], a.get(1).cloned())?;
    if ty.is_heap_type() {
        // SAFETY: heap subclasses add dict/weaklist parts after ours.
        super::class::new_subtype_parts_init(&w);
    }
    Ok(w)
}

fn weakref_init(_: &mut Vm, _: &Obj, _: &[Obj], _: Option<&Obj>) -> PyResult<()> {
    Ok(())
}

fn weakref_call(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    super::args::check_arity("weakref", a, kw, 0, 0)?;
    Ok(o.downcast::<WeakRefObject>().expect("weakref").get().unwrap_or_else(singletons::none))
}

fn weakref_repr(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let w = o.downcast::<WeakRefObject>().expect("weakref");
    let s = match w.get() {
        None => format!("<weakref at {:#x}; dead>", o.addr()),
        Some(r) => {
            let name = if let Some(t) = super::typeobj::as_type(&r) {
                t.qualname().to_string()
            } else {
                r.ty().qualname().to_string()
            };
            format!("<weakref at {:#x}; to '{}' at {:#x}>", o.addr(), name, r.addr())
        }
    };
    pystr::try_new_str(&s)
}

fn weakref_hash(vm: &mut Vm, o: &Obj) -> PyResult<i64> {
    let w = o.downcast::<WeakRefObject>().expect("weakref");
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
    Ok(o.downcast::<WeakRefObject>().expect("weakref").callback().unwrap_or_else(singletons::none))
}

static WEAKREF_GETSETS: &[GetSetDef] =
    &[GetSetDef { name: "__callback__", get: g_callback, set: None, doc: "" }];

pub static WEAKREF_TYPE: TypeObject = TypeObject::builtin(
    "weakref.ReferenceType",
    std::mem::size_of::<WeakRefObject>(),
    flags::BASETYPE | flags::HAVE_GC,
    Some(&super::base::OBJECT_TYPE),
    slots!(weakref_dealloc, traverse: weakref_traverse, clear: weakref_clear_slot, call: weakref_call,
        repr: weakref_repr, hash: weakref_hash, richcompare: weakref_richcompare, new: weakref_new,
        init: weakref_init),
    &[],
    WEAKREF_GETSETS,
    None,
);
