//! `memoryview`: a window onto the bytes of a `bytes` or `bytearray` without copying them. A
//! view is the exporting object plus `start`, `step` and `len` (in bytes; format `'B'`), so
//! slicing a view makes another view of the same memory. Writes through a view of a bytearray
//! change the bytearray, and while a view is live the bytearray refuses to change size
//! (`BufferError`, as in CPython). Accesses still check their bounds.

use super::header::{Obj, ObjectHeader, PyPayload};
use super::typeobj::{flags, GetSetDef, MethodDef, MethodKind, TypeObject};
use super::{
    args, boolobj, bytes, int, list, protocol, singletons, str as pystr, tuple, CompareOp, PyErr, PyResult,
};
use crate::memory::alloc::{alloc_object, free_object};
use crate::memory::gc;
use crate::slots;
use crate::vm::Vm;
use std::cell::Cell;

#[repr(C)]
pub struct MemoryViewObject {
    head: ObjectHeader,
    /// The exporter: a bytes or bytearray object.
    obj: Obj,
    start: usize,
    step: isize,
    len: usize,
    released: Cell<bool>,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for MemoryViewObject {
    fn static_type() -> &'static TypeObject {
        &MEMORYVIEW_TYPE
    }
}

unsafe fn mv_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: untrack, drop the exporter reference, free.
    unsafe {
        gc::untrack(obj);
        release(&*(obj as *const MemoryViewObject));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*(obj as *mut MemoryViewObject)).obj));
        free_object(obj, 0);
    }
}

fn mv_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    visit(&view(o).obj);
}

/// Ends the view's hold on its exporter (once).
fn release(v: &MemoryViewObject) {
    if !v.released.replace(true) {
        if let Some(ba) = bytes::as_bytearray(&v.obj) {
            ba.set_exported(false);
        }
    }
}

fn new_view(obj: Obj, start: usize, step: isize, len: usize) -> PyResult<Obj> {
    let ptr = alloc_object(&MEMORYVIEW_TYPE, 0)?;
    if let Some(ba) = bytes::as_bytearray(&obj) {
        ba.set_exported(true);
    }
    // SAFETY: a fresh block with the layout; every field written once.
    unsafe {
        let m = ptr as *mut MemoryViewObject;
        std::ptr::addr_of_mut!((*m).obj).write(obj);
        std::ptr::addr_of_mut!((*m).start).write(start);
        std::ptr::addr_of_mut!((*m).step).write(step);
        std::ptr::addr_of_mut!((*m).len).write(len);
        std::ptr::addr_of_mut!((*m).released).write(Cell::new(false));
        gc::track(ptr);
        Ok(Obj::from_raw(ptr))
    }
}

fn view(o: &Obj) -> &MemoryViewObject {
    o.downcast::<MemoryViewObject>().expect("memoryview")
}

/// The view, unless it was released.
fn live(o: &Obj) -> PyResult<&MemoryViewObject> {
    let v = view(o);
    if v.released.get() {
        return Err(PyErr::value_error("operation forbidden on released memoryview object"));
    }
    Ok(v)
}

impl MemoryViewObject {
    fn readonly(&self) -> bool {
        bytes::as_bytearray(&self.obj).is_none()
    }

    /// Offset in the exporter's buffer of item `i` (< len).
    fn offset(&self, i: usize) -> usize {
        (self.start as isize + i as isize * self.step) as usize
    }

    /// The bytes the view covers, copied; IndexError if the exporter shrank under the view.
    fn to_vec(&self) -> PyResult<Vec<u8>> {
        let data = bytes::as_bytes(&self.obj).expect("bytes-like exporter");
        (0..self.len).map(|i| data.get(self.offset(i)).copied().ok_or_else(shrunk)).collect()
    }
}

fn shrunk() -> PyErr {
    PyErr::index_error("memoryview: the underlying buffer shrank under the view")
}

/// `memoryview(object)`.
fn mv_new(_: &mut Vm, _cls: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [object] = args::bind("memoryview", a, kw, ["object"], 1, 1)?;
    let object = object.expect("required");
    if let Some(v) = object.downcast::<MemoryViewObject>() {
        live(object)?;
        return new_view(v.obj.clone(), v.start, v.step, v.len);
    }
    let Some(data) = bytes::as_bytes(object) else {
        return Err(PyErr::type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            object.ty().name()
        )));
    };
    new_view(object.clone(), 0, 1, data.len())
}

fn mv_len(_: &mut Vm, o: &Obj) -> PyResult<usize> {
    Ok(live(o)?.len)
}

/// The item index for `key` (an int), with negative indices from the end.
fn item_index(vm: &mut Vm, v: &MemoryViewObject, key: &Obj) -> PyResult<usize> {
    let i = protocol::index_i64(vm, key)?;
    let j = if i < 0 { i + v.len as i64 } else { i };
    if j < 0 || j >= v.len as i64 {
        return Err(PyErr::index_error("index out of bounds on dimension 1"));
    }
    Ok(j as usize)
}

fn mv_getitem(vm: &mut Vm, o: &Obj, key: &Obj) -> PyResult<Obj> {
    let v = live(o)?;
    if let Some(sl) = key.downcast::<super::slice::SliceObject>() {
        let (start, _stop, step, n) = sl.indices(vm, v.len)?;
        let first = if n == 0 { v.start } else { v.offset(start as usize) };
        return new_view(v.obj.clone(), first, v.step * step as isize, n);
    }
    let i = item_index(vm, v, key)?;
    let data = bytes::as_bytes(&v.obj).expect("bytes-like exporter");
    let b = data.get(v.offset(i)).copied().ok_or_else(shrunk)?;
    Ok(int::new_int(b as i64))
}

fn mv_setitem(vm: &mut Vm, o: &Obj, key: &Obj, value: Option<&Obj>) -> PyResult<()> {
    let v = live(o)?;
    let Some(value) = value else {
        return Err(PyErr::type_error("cannot delete memory"));
    };
    let Some(ba) = bytes::as_bytearray(&v.obj) else {
        return Err(PyErr::type_error("cannot modify read-only memory"));
    };
    // Where the new bytes go, and the bytes (taken before the target is touched).
    let (targets, new): (Vec<usize>, Vec<u8>) = if let Some(sl) = key.downcast::<super::slice::SliceObject>()
    {
        let (start, _stop, step, n) = sl.indices(vm, v.len)?;
        let Some(src) = bytes::as_bytes(value)
            .map(<[u8]>::to_vec)
            .or_else(|| value.downcast::<MemoryViewObject>().and_then(|m| m.to_vec().ok()))
        else {
            return Err(PyErr::type_error(format!(
                "a bytes-like object is required, not '{}'",
                value.ty().name()
            )));
        };
        if src.len() != n {
            return Err(PyErr::value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        ((0..n).map(|k| v.offset((start + k as i64 * step) as usize)).collect(), src)
    } else {
        let i = item_index(vm, v, key)?;
        let b = protocol::index_i64(vm, value)
            .map_err(|_| PyErr::type_error("memoryview: invalid type for format 'B'"))?;
        if !(0..=255).contains(&b) {
            return Err(PyErr::value_error("memoryview: invalid value for format 'B'"));
        }
        (vec![v.offset(i)], vec![b as u8])
    };
    // SAFETY: a short write; no Python code runs while the buffer is borrowed.
    let buf = unsafe { ba.vec() };
    if targets.iter().any(|&t| t >= buf.len()) {
        return Err(shrunk());
    }
    for (t, b) in targets.into_iter().zip(new) {
        buf[t] = b;
    }
    Ok(())
}

fn mv_richcompare(_: &mut Vm, a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(singletons::not_implemented());
    }
    let va = view(a);
    if va.released.get() {
        return Ok(boolobj::new_bool(a.is(b) == (op == CompareOp::Eq)));
    }
    let other = match b.downcast::<MemoryViewObject>() {
        Some(m) if !m.released.get() => m.to_vec()?,
        Some(_) => return Ok(boolobj::new_bool(op == CompareOp::Ne)),
        None => match bytes::as_bytes(b) {
            Some(d) => d.to_vec(),
            None => return Ok(singletons::not_implemented()),
        },
    };
    let equal = va.to_vec()? == other;
    Ok(boolobj::new_bool(equal == (op == CompareOp::Eq)))
}

fn mv_hash(_: &mut Vm, o: &Obj) -> PyResult<i64> {
    let v = live(o)?;
    if !v.readonly() {
        return Err(PyErr::value_error("cannot hash writable memoryview object"));
    }
    Ok(pystr::hash_bytes(&v.to_vec()?))
}

fn mv_repr(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let what = if view(o).released.get() { "released memory" } else { "memory" };
    pystr::try_new_str(&format!("<{what} at {:#x}>", o.addr()))
}

fn m_tobytes(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("tobytes", a, kw, 0, 1)?;
    bytes::new_bytes(&live(o)?.to_vec()?)
}

fn m_tolist(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("tolist", a, kw, 0, 0)?;
    list::new_list(live(o)?.to_vec()?.into_iter().map(|b| int::new_int(b as i64)).collect())
}

fn m_hex(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("hex", a, kw, 0, 0)?;
    let hex: String = live(o)?.to_vec()?.iter().map(|b| format!("{b:02x}")).collect();
    pystr::try_new_str(&hex)
}

fn m_release(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("release", a, kw, 0, 0)?;
    release(view(o));
    Ok(singletons::none())
}

fn m_toreadonly(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("toreadonly", a, kw, 0, 0)?;
    // A read-only view of writable memory: a view of a bytes copy keeps the semantics we can
    // offer (later writes through other views are not seen).
    bytes::new_bytes(&live(o)?.to_vec()?).and_then(|b| {
        let n = view(o).len;
        new_view(b, 0, 1, n)
    })
}

fn m_enter(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("__enter__", a, kw, 0, 0)?;
    live(o)?;
    Ok(o.clone())
}

fn m_exit(vm: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    m_release(vm, o, &[], None)?;
    Ok(boolobj::new_bool(false))
}

fn g_obj(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(live(o)?.obj.clone())
}
fn g_nbytes(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(int::new_int(live(o)?.len as i64))
}
fn g_readonly(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(boolobj::new_bool(live(o)?.readonly()))
}
fn g_itemsize(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    live(o)?;
    Ok(int::new_int(1))
}
fn g_format(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    live(o)?;
    Ok(pystr::new_str("B"))
}
fn g_ndim(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    live(o)?;
    Ok(int::new_int(1))
}
fn g_shape(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    tuple::new_tuple(vec![int::new_int(live(o)?.len as i64)])
}
fn g_strides(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    tuple::new_tuple(vec![int::new_int(live(o)?.step as i64)])
}
fn g_contiguous(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let v = live(o)?;
    Ok(boolobj::new_bool(v.step == 1 || v.len <= 1))
}

static MEMORYVIEW_METHODS: &[MethodDef] = &[
    MethodDef { name: "tobytes", func: m_tobytes, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "__bytes__", func: m_tobytes, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "tolist", func: m_tolist, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "hex", func: m_hex, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "release", func: m_release, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "toreadonly", func: m_toreadonly, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "__enter__", func: m_enter, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "__exit__", func: m_exit, kind: MethodKind::Instance, doc: "" },
];

static MEMORYVIEW_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "obj", get: g_obj, set: None, doc: "" },
    GetSetDef { name: "nbytes", get: g_nbytes, set: None, doc: "" },
    GetSetDef { name: "readonly", get: g_readonly, set: None, doc: "" },
    GetSetDef { name: "itemsize", get: g_itemsize, set: None, doc: "" },
    GetSetDef { name: "format", get: g_format, set: None, doc: "" },
    GetSetDef { name: "ndim", get: g_ndim, set: None, doc: "" },
    GetSetDef { name: "shape", get: g_shape, set: None, doc: "" },
    GetSetDef { name: "strides", get: g_strides, set: None, doc: "" },
    GetSetDef { name: "contiguous", get: g_contiguous, set: None, doc: "" },
    GetSetDef { name: "c_contiguous", get: g_contiguous, set: None, doc: "" },
];

pub static MEMORYVIEW_TYPE: TypeObject = TypeObject::builtin(
    "memoryview",
    std::mem::size_of::<MemoryViewObject>(),
    flags::HAVE_GC,
    Some(&super::base::OBJECT_TYPE),
    slots!(mv_dealloc, traverse: mv_traverse, new: mv_new, len: mv_len, getitem: mv_getitem,
        setitem: mv_setitem, richcompare: mv_richcompare, hash: mv_hash, repr: mv_repr),
    MEMORYVIEW_METHODS,
    MEMORYVIEW_GETSETS,
    None,
);
