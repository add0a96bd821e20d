//! `bytes` (immutable, stored inline after the header, hash cached) and `bytearray` (a growable
//! buffer): layouts, construction, the sequence protocol with slice assignment for `bytearray`,
//! comparison, `+`, `*` and `%`. The named methods live in `bytes_methods`.

use super::header::{Obj, ObjectHeader, PyPayload};
use super::typeobj::{flags, TypeObject};
use super::{boolobj, int, list, protocol, singletons, str as pystr, CompareOp, PyErr, PyResult};
use crate::memory::alloc::{alloc_object, free_object};
use crate::slots;
use crate::syntax::ast::Operator;
use crate::vm::Vm;
use std::cell::{Cell, UnsafeCell};

#[repr(C)]
pub struct BytesObject {
    head: ObjectHeader,
    hash: Cell<i64>,
    len: usize,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for BytesObject {
    fn static_type() -> &'static TypeObject {
        &BYTES_TYPE
    }
}

impl BytesObject {
    pub fn as_slice(&self) -> &[u8] {
        // SAFETY: `len` bytes follow the struct, immutable for the object's lifetime.
        unsafe { std::slice::from_raw_parts((self as *const BytesObject).add(1) as *const u8, self.len) }
    }
}

/// A bytearray: a mutable byte buffer.
#[repr(C)]
pub struct ByteArrayObject {
    head: ObjectHeader,
    data: UnsafeCell<Vec<u8>>,
    /// Live memoryviews of this buffer: while there are any, its size is fixed.
    exports: Cell<usize>,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for ByteArrayObject {
    fn static_type() -> &'static TypeObject {
        &BYTEARRAY_TYPE
    }
}

impl ByteArrayObject {
    /// # Safety
    /// Short borrows only; never across Python code.
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn vec(&self) -> &mut Vec<u8> {
        // SAFETY: forwarded to the caller.
        unsafe { &mut *self.data.get() }
    }

    /// BufferError if a memoryview holds the buffer (CPython's "Existing exports" check before
    /// any change of size).
    pub fn check_resizable(&self) -> PyResult<()> {
        if self.exports.get() > 0 {
            return Err(PyErr::new(
                &super::exceptions::BUFFER_ERROR,
                "Existing exports of data: object cannot be re-sized",
            ));
        }
        Ok(())
    }

    /// A memoryview starts (`true`) or stops (`false`) holding the buffer.
    pub fn set_exported(&self, exported: bool) {
        let n = self.exports.get();
        self.exports.set(if exported { n + 1 } else { n.saturating_sub(1) });
    }

    /// Replaces the contents.
    pub fn set(&self, data: Vec<u8>) {
        // SAFETY: a short write; no Python code runs.
        unsafe { *self.vec() = data };
    }
}

/// The bytes of a `bytes` or `bytearray` object (a copy-free view; for bytearray, valid until it
/// is next mutated — copy it before running Python code).
pub fn as_bytes(o: &Obj) -> Option<&[u8]> {
    if let Some(b) = o.downcast::<BytesObject>() {
        return Some(b.as_slice());
    }
    // SAFETY: a short read used immediately by callers.
    o.downcast::<ByteArrayObject>().map(|b| unsafe { b.vec().as_slice() })
}

/// The bytearray payload, if `o` is one.
pub fn as_bytearray(o: &Obj) -> Option<&ByteArrayObject> {
    o.downcast::<ByteArrayObject>()
}

unsafe fn bytes_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: plain data; free with the allocated item count.
    unsafe {
        let n = (*(obj as *const BytesObject)).len;
        free_object(obj, n + 1);
    }
}

fn alloc_bytes(ty: &TypeObject, data: &[u8]) -> PyResult<*mut ObjectHeader> {
    let ptr = alloc_object(ty, data.len() + 1)?;
    // SAFETY: fresh block sized for the struct plus the bytes and a NUL.
    unsafe {
        let b = ptr as *mut BytesObject;
        std::ptr::addr_of_mut!((*b).hash).write(Cell::new(-1));
        std::ptr::addr_of_mut!((*b).len).write(data.len());
        let dst = b.add(1) as *mut u8;
        std::ptr::copy_nonoverlapping(data.as_ptr(), dst, data.len());
        *dst.add(data.len()) = 0;
    }
    Ok(ptr)
}

pub fn new_bytes(data: &[u8]) -> PyResult<Obj> {
    // SAFETY: fresh object with one reference.
    Ok(unsafe { Obj::from_raw(alloc_bytes(&BYTES_TYPE, data)?) })
}

fn alloc_bytearray(ty: &TypeObject, data: Vec<u8>) -> PyResult<*mut ObjectHeader> {
    let ptr = alloc_object(ty, 0)?;
    // SAFETY: fresh block with the layout.
    unsafe {
        std::ptr::addr_of_mut!((*(ptr as *mut ByteArrayObject)).data).write(UnsafeCell::new(data));
        std::ptr::addr_of_mut!((*(ptr as *mut ByteArrayObject)).exports).write(Cell::new(0));
    }
    Ok(ptr)
}

pub fn new_bytearray(data: Vec<u8>) -> PyResult<Obj> {
    // SAFETY: fresh object with one reference.
    Ok(unsafe { Obj::from_raw(alloc_bytearray(&BYTEARRAY_TYPE, data)?) })
}

unsafe fn bytearray_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: drop the buffer, free.
    unsafe {
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*(obj as *mut ByteArrayObject)).data));
        free_object(obj, 0);
    }
}

/// A result of the same flavour (bytes or bytearray) as `like`.
pub fn same_kind(like: &Obj, v: Vec<u8>) -> PyResult<Obj> {
    if as_bytearray(like).is_some() {
        new_bytearray(v)
    } else {
        new_bytes(&v)
    }
}

/// The `repr` of bytes content: `b'...'` with CPython's escaping and quote choice.
pub fn bytes_repr_text(data: &[u8], prefix: &str) -> String {
    repr_text(data, prefix, false)
}

/// `bytes_repr_text`; bytearray's repr escapes a single quote even inside double quotes.
fn repr_text(data: &[u8], prefix: &str, always_escape_single: bool) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::with_capacity(data.len() + 3);
    out.push_str(prefix);
    out.push(quote);
    for &c in data {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote || (always_escape_single && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

fn bytes_repr(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    pystr::try_new_str(&bytes_repr_text(as_bytes(o).expect("bytes"), "b"))
}

fn bytearray_repr(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let text = repr_text(as_bytes(o).expect("bytearray"), "b", true);
    pystr::try_new_str(&format!("{}({text})", o.ty().name()))
}

fn bytes_hash(_: &mut Vm, o: &Obj) -> PyResult<i64> {
    let b = o.downcast::<BytesObject>().expect("bytes");
    if b.hash.get() == -1 {
        b.hash.set(pystr::hash_bytes(b.as_slice()));
    }
    Ok(b.hash.get())
}

fn bytes_richcompare(_: &mut Vm, a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    match (as_bytes(a), as_bytes(b)) {
        (Some(x), Some(y)) => Ok(boolobj::new_bool(op.test(x.cmp(y)))),
        _ => Ok(singletons::not_implemented()),
    }
}

fn bytes_len(_: &mut Vm, o: &Obj) -> PyResult<usize> {
    Ok(as_bytes(o).expect("bytes").len())
}

fn bytes_getitem(vm: &mut Vm, o: &Obj, key: &Obj) -> PyResult<Obj> {
    let is_array = as_bytearray(o).is_some();
    if let Some(sl) = key.downcast::<super::slice::SliceObject>() {
        let len = as_bytes(o).expect("bytes").len();
        let (start, _, step, n) = sl.indices(vm, len)?;
        let data = as_bytes(o).expect("bytes");
        let out: Vec<u8> = if step == 1 {
            data.get(start as usize..start as usize + n).unwrap_or(&[]).to_vec()
        } else {
            (0..n).filter_map(|k| data.get((start + k as i64 * step) as usize).copied()).collect()
        };
        if !is_array && n == len && step == 1 && o.is_exact::<BytesObject>() {
            return Ok(o.clone());
        }
        return same_kind(o, out);
    }
    let Some(i) = protocol::index_opt(vm, key)? else {
        return Err(PyErr::type_error(format!(
            "{} indices must be integers or slices, not {}",
            if is_array { "bytearray" } else { "byte" },
            key.ty().name()
        )));
    };
    let data = as_bytes(o).expect("bytes");
    match list::normalize_index(int::to_i64_saturating(&i), data.len()) {
        Some(j) => Ok(int::new_int(data[j] as i64)),
        None => Err(PyErr::index_error(if is_array {
            "bytearray index out of range"
        } else {
            "index out of range"
        })),
    }
}

/// A single byte value from an int-like object (`byte must be in range(0, 256)`).
pub fn byte_value(vm: &mut Vm, o: &Obj) -> PyResult<u8> {
    let i = protocol::index(vm, o)?;
    match int::as_i64(&i) {
        Some(v) if (0..256).contains(&v) => Ok(v as u8),
        _ => Err(PyErr::value_error("byte must be in range(0, 256)")),
    }
}

fn bytes_contains(vm: &mut Vm, o: &Obj, x: &Obj) -> PyResult<bool> {
    if let Some(needle) = as_bytes(x) {
        let needle = needle.to_vec();
        let hay = as_bytes(o).expect("bytes");
        return Ok(super::bytes_methods::find_sub(hay, &needle).is_some());
    }
    if protocol::index_opt(vm, x)?.is_none() {
        return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", x.ty().name())));
    }
    let v = byte_value(vm, x)?;
    Ok(as_bytes(o).expect("bytes").contains(&v))
}

fn bytes_iter(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    super::iter::new_bytes_iterator(o)
}

fn bytes_add(_: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    match (as_bytes(a), as_bytes(b)) {
        (Some(x), Some(y)) => {
            let mut v = Vec::with_capacity(x.len() + y.len());
            v.extend_from_slice(x);
            v.extend_from_slice(y);
            same_kind(a, v)
        }
        (Some(_), None) => {
            Err(PyErr::type_error(format!("can't concat {} to {}", b.ty().name(), a.ty().name())))
        }
        _ => Ok(singletons::not_implemented()),
    }
}

fn repeat_count(vm: &mut Vm, n: &Obj) -> PyResult<usize> {
    match protocol::index_opt(vm, n)? {
        Some(c) => Ok(int::to_i64_saturating(&c).max(0) as usize),
        None => {
            Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", n.ty().name())))
        }
    }
}

fn repeated(data: &[u8], count: usize) -> PyResult<Vec<u8>> {
    let total = data.len().checked_mul(count).ok_or_else(PyErr::memory_error)?;
    crate::memory::ensure_fits(total)?;
    let mut v = Vec::new();
    v.try_reserve(total).map_err(|_| PyErr::memory_error())?;
    for _ in 0..count {
        v.extend_from_slice(data);
    }
    Ok(v)
}

fn bytes_mul(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    let (seq, n) = match (as_bytes(a), as_bytes(b)) {
        (Some(_), _) => (a, b),
        (None, Some(_)) => (b, a),
        _ => return Ok(singletons::not_implemented()),
    };
    let count = repeat_count(vm, n)?;
    if count == 1 && seq.is_exact::<BytesObject>() {
        return Ok(seq.clone());
    }
    let v = repeated(as_bytes(seq).expect("bytes"), count)?;
    same_kind(seq, v)
}

fn bytes_mod(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    let Some(fmt) = as_bytes(a) else {
        return Ok(singletons::not_implemented());
    };
    let fmt = fmt.to_vec();
    let out = super::format::percent_format_bytes(vm, &fmt, b)?;
    same_kind(a, out)
}

fn bytearray_iadd(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    let Some(ba) = as_bytearray(a) else {
        return Ok(singletons::not_implemented());
    };
    let Some(extra) = as_bytes(b).map(|x| x.to_vec()) else {
        let _ = vm;
        return Err(PyErr::type_error(format!("can't concat {} to {}", b.ty().name(), a.ty().name())));
    };
    ba.check_resizable()?;
    // SAFETY: a short access.
    unsafe { ba.vec().extend_from_slice(&extra) };
    Ok(a.clone())
}

fn bytearray_imul(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    let Some(ba) = as_bytearray(a) else {
        return Ok(singletons::not_implemented());
    };
    let count = repeat_count(vm, b)?;
    ba.check_resizable()?;
    // SAFETY: a short read.
    let v = repeated(unsafe { ba.vec() }, count)?;
    ba.set(v);
    Ok(a.clone())
}

/// Bytes from a constructor argument (CPython's `PyBytes_FromObject`): bytes-like, `__bytes__`
/// (handled by the caller), an int (that many zeros) or an iterable of ints in range(256).
fn bytes_from(vm: &mut Vm, x: &Obj) -> PyResult<Vec<u8>> {
    if let Some(b) = as_bytes(x) {
        return Ok(b.to_vec());
    }
    if pystr::as_str_obj(x).is_some() {
        return Err(PyErr::type_error("string argument without an encoding"));
    }
    if let Some(i) = protocol::index_opt(vm, x)? {
        let n = int::as_i64(&i)
            .ok_or_else(|| PyErr::overflow_error("cannot fit 'int' into an index-sized integer"))?;
        if n < 0 {
            return Err(PyErr::value_error("negative count"));
        }
        crate::memory::ensure_fits(n as usize)?;
        return Ok(vec![0; n as usize]);
    }
    iterable_bytes(vm, x)
}

/// The bytes of an iterable of ints in range(256).
pub fn iterable_bytes(vm: &mut Vm, x: &Obj) -> PyResult<Vec<u8>> {
    let it = protocol::get_iter(vm, x).map_err(|e| {
        if e.is_instance(&super::exceptions::TYPE_ERROR) {
            PyErr::type_error(format!("cannot convert '{}' object to bytes", x.ty().name()))
        } else {
            e
        }
    })?;
    let mut out = Vec::new();
    while let Some(item) = protocol::next(vm, &it)? {
        let Some(i) = protocol::index_opt(vm, &item)? else {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                item.ty().name()
            )));
        };
        match int::as_i64(&i) {
            Some(v) if (0..256).contains(&v) => out.push(v as u8),
            _ => return Err(PyErr::value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

/// The bytes for `bytes(source, encoding, errors)` / `bytearray(...)`.
fn construct(vm: &mut Vm, fname: &str, a: &[Obj], kwnames: Option<&Obj>) -> PyResult<Vec<u8>> {
    let [source, encoding, errors] =
        super::args::bind(fname, a, kwnames, ["source", "encoding", "errors"], 0, 3)?;
    let str_arg = |o: &Obj, what: &str| -> PyResult<String> {
        match pystr::as_str_obj(o) {
            Some(s) => Ok(s.as_str().to_string()),
            None => Err(PyErr::type_error(format!(
                "{fname}() argument '{what}' must be str, not {}",
                o.ty().name()
            ))),
        }
    };
    match (source, encoding.or(errors)) {
        (None, None) => Ok(Vec::new()),
        (None, Some(_)) => Err(PyErr::type_error(if encoding.is_some() {
            "encoding without a string argument"
        } else {
            "errors without a string argument"
        })),
        (Some(s), Some(_)) => {
            let Some(text) = pystr::as_str_obj(s) else {
                return Err(PyErr::type_error(if encoding.is_some() {
                    "encoding without a string argument"
                } else {
                    "errors without a string argument"
                }));
            };
            let enc = match encoding {
                Some(e) => str_arg(e, "encoding")?,
                None => "utf-8".to_string(),
            };
            let errs = match errors {
                Some(e) => str_arg(e, "errors")?,
                None => "strict".to_string(),
            };
            super::codecs::encode(text.as_str(), &enc, &errs)
        }
        (Some(s), None) => {
            if as_bytes(s).is_none() && pystr::as_str_obj(s).is_none() {
                if let Some(r) = protocol::call_special(vm, s, "__bytes__", &[])? {
                    return match as_bytes(&r) {
                        Some(b) if r.downcast::<BytesObject>().is_some() => Ok(b.to_vec()),
                        _ => Err(PyErr::type_error(format!(
                            "__bytes__ returned non-bytes (type {})",
                            r.ty().name()
                        ))),
                    };
                }
            }
            bytes_from(vm, s)
        }
    }
}

fn bytes_new(vm: &mut Vm, cls: &Obj, a: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    if a.len() == 1 && kwnames.is_none() && a[0].is_exact::<BytesObject>() && BYTES_TYPE.is(cls) {
        return Ok(a[0].clone());
    }
    let data = construct(vm, "bytes", a, kwnames)?;
    if BYTES_TYPE.is(cls) {
        return new_bytes(&data);
    }
    super::class::new_subtype_instance_with(cls, |ty| alloc_bytes(ty, &data))
}

fn bytearray_new(_: &mut Vm, cls: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    if BYTEARRAY_TYPE.is(cls) {
        return new_bytearray(Vec::new());
    }
    super::class::new_subtype_instance_with(cls, |ty| alloc_bytearray(ty, Vec::new()))
}

fn bytearray_init(vm: &mut Vm, o: &Obj, a: &[Obj], kwnames: Option<&Obj>) -> PyResult<()> {
    let data = construct(vm, "bytearray", a, kwnames)?;
    let ba = as_bytearray(o).expect("bytearray");
    ba.check_resizable()?;
    ba.set(data);
    Ok(())
}

/// Bytes for slice assignment into a bytearray (`can assign only bytes, buffers, or
/// iterables of ints in range(0, 256)`).
fn assigned_bytes(vm: &mut Vm, v: &Obj) -> PyResult<Vec<u8>> {
    if let Some(b) = as_bytes(v) {
        return Ok(b.to_vec());
    }
    if int::is_int(v) || pystr::as_str_obj(v).is_some() {
        return Err(PyErr::type_error(
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
        ));
    }
    iterable_bytes(vm, v).map_err(|e| {
        if e.is_instance(&super::exceptions::TYPE_ERROR) {
            PyErr::type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        } else {
            e
        }
    })
}

fn bytearray_setitem(vm: &mut Vm, o: &Obj, key: &Obj, value: Option<&Obj>) -> PyResult<()> {
    let ba = as_bytearray(o).expect("bytearray");
    if let Some(sl) = key.downcast::<super::slice::SliceObject>() {
        let new = match value {
            Some(v) => Some(assigned_bytes(vm, v)?),
            None => None,
        };
        // SAFETY: a short read.
        let len = unsafe { ba.vec().len() };
        let (start, stop, step, n) = sl.indices(vm, len)?;
        let same_size = matches!(&new, Some(d) if d.len() == n);
        if !same_size {
            ba.check_resizable()?;
        }
        // SAFETY: short accesses; no Python code runs while the buffer is borrowed.
        let buf = unsafe { ba.vec() };
        match new {
            None => {
                if step == 1 {
                    buf.drain(start as usize..start as usize + n);
                } else {
                    let mut idx: Vec<usize> = (0..n).map(|k| (start + k as i64 * step) as usize).collect();
                    idx.sort_unstable();
                    for (k, i) in idx.into_iter().enumerate() {
                        buf.remove(i - k);
                    }
                }
            }
            Some(data) if step == 1 => {
                let stop = stop.max(start) as usize;
                buf.splice(start as usize..stop, data);
            }
            Some(data) => {
                if data.len() != n {
                    return Err(PyErr::value_error(format!(
                        "attempt to assign bytes of size {} to extended slice of size {n}",
                        data.len()
                    )));
                }
                for (k, b) in data.into_iter().enumerate() {
                    buf[(start + k as i64 * step) as usize] = b;
                }
            }
        }
        return Ok(());
    }
    let Some(i) = protocol::index_opt(vm, key)? else {
        return Err(PyErr::type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            key.ty().name()
        )));
    };
    let byte = match value {
        Some(v) => Some(byte_value(vm, v)?),
        None => None,
    };
    // SAFETY: a short read.
    let len = unsafe { ba.vec().len() };
    let Some(j) = list::normalize_index(int::to_i64_saturating(&i), len) else {
        return Err(PyErr::index_error("bytearray index out of range"));
    };
    if byte.is_none() {
        ba.check_resizable()?;
    }
    // SAFETY: short writes.
    unsafe {
        match byte {
            Some(b) => ba.vec()[j] = b,
            None => {
                ba.vec().remove(j);
            }
        }
    }
    Ok(())
}

pub static BYTES_TYPE: TypeObject = TypeObject::builtin(
    "bytes",
    std::mem::size_of::<BytesObject>(),
    flags::BASETYPE | flags::BYTES_SUBCLASS,
    Some(&super::base::OBJECT_TYPE),
    slots!(bytes_dealloc, repr: bytes_repr, str: bytes_repr, hash: bytes_hash, richcompare: bytes_richcompare,
        len: bytes_len, getitem: bytes_getitem, contains: bytes_contains, iter: bytes_iter, new: bytes_new),
    super::bytes_methods::BYTES_METHODS,
    &[],
    Some("bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object"),
)
.with_itemsize(1);

pub static BYTEARRAY_TYPE: TypeObject = TypeObject::builtin(
    "bytearray",
    std::mem::size_of::<ByteArrayObject>(),
    flags::BASETYPE | flags::UNHASHABLE,
    Some(&super::base::OBJECT_TYPE),
    slots!(bytearray_dealloc, repr: bytearray_repr, str: bytearray_repr, richcompare: bytes_richcompare,
        len: bytes_len, getitem: bytes_getitem, setitem: bytearray_setitem, contains: bytes_contains,
        iter: bytes_iter, new: bytearray_new, init: bytearray_init),
    super::bytes_methods::BYTEARRAY_METHODS,
    &[],
    Some("bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array"),
);

pub fn init_types() {
    for ty in [&BYTES_TYPE, &BYTEARRAY_TYPE] {
        ty.slots.number[Operator::Add as usize].set(Some(bytes_add));
        ty.slots.number[Operator::Mult as usize].set(Some(bytes_mul));
        ty.slots.number[Operator::Mod as usize].set(Some(bytes_mod));
    }
    BYTEARRAY_TYPE.slots.inplace[Operator::Add as usize].set(Some(bytearray_iadd));
    BYTEARRAY_TYPE.slots.inplace[Operator::Mult as usize].set(Some(bytearray_imul));
}

/// Encodes text for `bytes(text, encoding)`.
pub fn encode(text: &str, encoding: &str) -> PyResult<Vec<u8>> {
    super::codecs::encode(text, encoding, "strict")
}

/// `bytes.decode(encoding, errors)` and `str(b, encoding, errors)`.
pub fn decode(o: &Obj, encoding: &str, errors: &str) -> PyResult<Obj> {
    let Some(data) = as_bytes(o) else {
        return Err(PyErr::type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            o.ty().name()
        )));
    };
    let data = data.to_vec();
    pystr::try_new_str(&super::codecs::decode(&data, encoding, errors)?)
}
