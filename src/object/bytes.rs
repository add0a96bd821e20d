//! `bytes` (immutable, stored inline after the header) and `bytearray` (a growable buffer).

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
}

/// The bytes of a `bytes` or `bytearray` object (a copy-free view; for bytearray, valid until it
/// is next mutated).
pub fn as_bytes(o: &Obj) -> Option<&[u8]> {
    if let Some(b) = o.downcast::<BytesObject>() {
        return Some(b.as_slice());
    }
    // SAFETY: a short read used immediately by callers.
    o.downcast::<ByteArrayObject>().map(|b| unsafe { b.vec().as_slice() })
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

pub fn new_bytearray(data: Vec<u8>) -> PyResult<Obj> {
    let ptr = alloc_object(&BYTEARRAY_TYPE, 0)?;
    // SAFETY: fresh block with the layout.
    unsafe {
        std::ptr::addr_of_mut!((*(ptr as *mut ByteArrayObject)).data).write(UnsafeCell::new(data));
        Ok(Obj::from_raw(ptr))
    }
}

unsafe fn bytearray_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: drop the buffer, free.
    unsafe {
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*(obj as *mut ByteArrayObject)).data));
        free_object(obj, 0);
    }
}

/// The `repr` of bytes content: `b'...'` with CPython's escaping and quote choice.
pub fn bytes_repr_text(data: &[u8], prefix: &str) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::from(prefix);
    out.push(quote);
    for &c in data {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
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
    let text = bytes_repr_text(as_bytes(o).expect("bytearray"), "b");
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
    let data = as_bytes(o).expect("bytes").to_vec();
    if let Some(sl) = key.downcast::<super::slice::SliceObject>() {
        let (start, _, step, n) = sl.indices(vm, data.len())?;
        let mut out = Vec::with_capacity(n);
        let mut i = start;
        for _ in 0..n {
            out.push(data[i as usize]);
            i += step;
        }
        return if o.downcast::<ByteArrayObject>().is_some() { new_bytearray(out) } else { new_bytes(&out) };
    }
    let Some(i) = protocol::index_opt(vm, key)? else {
        return Err(PyErr::type_error(format!(
            "byte indices must be integers or slices, not {}",
            key.ty().name()
        )));
    };
    match list::normalize_index(int::to_i64_saturating(&i), data.len()) {
        Some(j) => Ok(int::new_int(data[j] as i64)),
        None => Err(PyErr::index_error(if o.downcast::<ByteArrayObject>().is_some() {
            "bytearray index out of range"
        } else {
            "index out of range"
        })),
    }
}

fn bytes_contains(vm: &mut Vm, o: &Obj, x: &Obj) -> PyResult<bool> {
    let data = as_bytes(o).expect("bytes").to_vec();
    if let Some(needle) = as_bytes(x) {
        return Ok(needle.is_empty() || data.windows(needle.len()).any(|w| w == needle));
    }
    let i = protocol::index(vm, x)?;
    let v = int::as_i64(&i)
        .filter(|v| (0..256).contains(v))
        .ok_or_else(|| PyErr::value_error("byte must be in range(0, 256)"))?;
    Ok(data.contains(&(v as u8)))
}

fn bytes_iter(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let items: Vec<Obj> = as_bytes(o).expect("bytes").iter().map(|&b| int::new_int(b as i64)).collect();
    let l = list::new_list(items)?;
    protocol::get_iter(vm, &l)
}

fn bytes_add(_: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    match (as_bytes(a), as_bytes(b)) {
        (Some(x), Some(y)) => {
            let mut v = x.to_vec();
            v.extend_from_slice(y);
            if a.downcast::<ByteArrayObject>().is_some() {
                new_bytearray(v)
            } else {
                new_bytes(&v)
            }
        }
        (Some(_), None) => {
            Err(PyErr::type_error(format!("can't concat {} to {}", b.ty().name(), a.ty().name())))
        }
        _ => Ok(singletons::not_implemented()),
    }
}

fn bytes_mul(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    let (data, n, ba) = match (as_bytes(a), as_bytes(b)) {
        (Some(x), _) => (x.to_vec(), b, a.downcast::<ByteArrayObject>().is_some()),
        (None, Some(x)) => (x.to_vec(), a, b.downcast::<ByteArrayObject>().is_some()),
        _ => return Ok(singletons::not_implemented()),
    };
    let Some(c) = protocol::index_opt(vm, n)? else {
        return Err(PyErr::type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.ty().name()
        )));
    };
    let c = int::to_i64_saturating(&c).max(0) as usize;
    if data.len().saturating_mul(c) > (1 << 34) {
        return Err(PyErr::memory_error());
    }
    let v = data.repeat(c);
    if ba {
        new_bytearray(v)
    } else {
        new_bytes(&v)
    }
}

/// Bytes from a constructor argument: int (zeros), iterable of ints, or bytes-like.
fn bytes_from(vm: &mut Vm, x: &Obj) -> PyResult<Vec<u8>> {
    if let Some(b) = as_bytes(x) {
        return Ok(b.to_vec());
    }
    if pystr::as_str_obj(x).is_some() {
        return Err(PyErr::type_error("string argument without an encoding"));
    }
    if let Some(i) = protocol::index_opt(vm, x)? {
        let n = int::to_i64_saturating(&i);
        if n < 0 {
            return Err(PyErr::value_error("negative count"));
        }
        if n > (1 << 34) {
            return Err(PyErr::memory_error());
        }
        return Ok(vec![0; n as usize]);
    }
    let mut out = Vec::new();
    for item in protocol::collect(vm, x)? {
        let i = protocol::index(vm, &item)?;
        match int::as_i64(&i) {
            Some(v) if (0..256).contains(&v) => out.push(v as u8),
            _ => return Err(PyErr::value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

fn bytes_new(vm: &mut Vm, cls: &Obj, a: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    let [source, encoding, errors] =
        super::args::bind("bytes", a, kwnames, ["source", "encoding", "errors"], 0, 3)?;
    let data = match (source, encoding) {
        (None, _) => Vec::new(),
        (Some(s), Some(e)) => {
            let text = pystr::expect_str(s, "encoding without a string argument; argument")?;
            let enc = pystr::expect_str(e, "bytes() argument 'encoding'")?;
            let _ = errors;
            encode(text, enc)?
        }
        (Some(s), None) => bytes_from(vm, s)?,
    };
    if BYTES_TYPE.is(cls) {
        return new_bytes(&data);
    }
    super::class::new_subtype_instance_with(cls, |ty| alloc_bytes(ty, &data))
}

fn bytearray_new(_: &mut Vm, cls: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    super::class::new_subtype_instance_with(cls, |ty| {
        let ptr = alloc_object(ty, 0)?;
        // SAFETY: fresh block with the layout.
        unsafe {
            std::ptr::addr_of_mut!((*(ptr as *mut ByteArrayObject)).data).write(UnsafeCell::new(Vec::new()))
        };
        Ok(ptr)
    })
}

fn bytearray_init(vm: &mut Vm, o: &Obj, a: &[Obj], kwnames: Option<&Obj>) -> PyResult<()> {
    let [source, encoding, _errors] =
        super::args::bind("bytearray", a, kwnames, ["source", "encoding", "errors"], 0, 3)?;
    let data = match (source, encoding) {
        (None, _) => Vec::new(),
        (Some(s), Some(e)) => encode(pystr::expect_str(s, "string")?, pystr::expect_str(e, "encoding")?)?,
        (Some(s), None) => bytes_from(vm, s)?,
    };
    let ba = o.downcast::<ByteArrayObject>().expect("bytearray");
    // SAFETY: a short write.
    unsafe { *ba.vec() = data };
    Ok(())
}

fn bytearray_setitem(vm: &mut Vm, o: &Obj, key: &Obj, value: Option<&Obj>) -> PyResult<()> {
    let ba = o.downcast::<ByteArrayObject>().expect("bytearray");
    let i = protocol::index(vm, key)?;
    // SAFETY: a short read.
    let len = unsafe { ba.vec().len() };
    let Some(j) = list::normalize_index(int::to_i64_saturating(&i), len) else {
        return Err(PyErr::index_error("bytearray index out of range"));
    };
    match value {
        Some(v) => {
            let b = protocol::index(vm, v)?;
            let b = int::as_i64(&b)
                .filter(|x| (0..256).contains(x))
                .ok_or_else(|| PyErr::value_error("byte must be in range(0, 256)"))?;
            // SAFETY: a short write.
            unsafe { ba.vec()[j] = b as u8 };
        }
        // SAFETY: a short write.
        None => unsafe {
            ba.vec().remove(j);
        },
    }
    Ok(())
}

/// Encodes text (utf-8, ascii, latin-1).
pub fn encode(text: &str, encoding: &str) -> PyResult<Vec<u8>> {
    match normalize_encoding(encoding).as_str() {
        "utf8" => Ok(text.as_bytes().to_vec()),
        "ascii" => {
            for (i, c) in text.chars().enumerate() {
                if !c.is_ascii() {
                    return Err(PyErr::new(
                        &super::exceptions::UNICODE_ENCODE_ERROR,
                        format!(
                            "'ascii' codec can't encode character '\\x{:02x}' in position {i}: ordinal not in range(128)",
                            c as u32
                        ),
                    ));
                }
            }
            Ok(text.as_bytes().to_vec())
        }
        "latin1" => text
            .chars()
            .map(|c| {
                if (c as u32) < 256 {
                    Ok(c as u8)
                } else {
                    Err(PyErr::new(
                        &super::exceptions::UNICODE_ENCODE_ERROR,
                        "'latin-1' codec can't encode character",
                    ))
                }
            })
            .collect(),
        _ => Err(PyErr::new(&super::exceptions::LOOKUP_ERROR, format!("unknown encoding: {encoding}"))),
    }
}

fn normalize_encoding(e: &str) -> String {
    let e = e.to_ascii_lowercase().replace(['-', '_'], "");
    match e.as_str() {
        "utf8" | "u8" | "utf" => "utf8".into(),
        "ascii" | "usascii" => "ascii".into(),
        "latin1" | "iso88591" | "l1" | "8859" => "latin1".into(),
        other => other.into(),
    }
}

/// `bytes.decode(encoding, errors)` and `str(b, encoding)`.
pub fn decode(o: &Obj, encoding: &str, errors: &str) -> PyResult<Obj> {
    let Some(data) = as_bytes(o) else {
        return Err(PyErr::type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            o.ty().name()
        )));
    };
    let data = data.to_vec();
    match normalize_encoding(encoding).as_str() {
        "utf8" => match std::str::from_utf8(&data) {
            Ok(s) => pystr::try_new_str(s),
            Err(e) if errors == "strict" => {
                let pos = e.valid_up_to();
                Err(PyErr::new(
                    &super::exceptions::UNICODE_DECODE_ERROR,
                    format!(
                        "'utf-8' codec can't decode byte 0x{:02x} in position {pos}: invalid start byte",
                        data[pos]
                    ),
                ))
            }
            Err(_) if errors == "ignore" => {
                let s: String = String::from_utf8_lossy(&data).chars().filter(|&c| c != '\u{fffd}').collect();
                pystr::try_new_str(&s)
            }
            Err(_) => pystr::try_new_str(&String::from_utf8_lossy(&data)),
        },
        "ascii" => {
            if let Some(pos) = data.iter().position(|b| !b.is_ascii()) {
                if errors == "strict" {
                    return Err(PyErr::new(
                        &super::exceptions::UNICODE_DECODE_ERROR,
                        format!("'ascii' codec can't decode byte 0x{:02x} in position {pos}: ordinal not in range(128)", data[pos]),
                    ));
                }
            }
            let s: String = data.iter().map(|&b| if b.is_ascii() { b as char } else { '\u{fffd}' }).collect();
            pystr::try_new_str(&s)
        }
        "latin1" => pystr::try_new_str(&data.iter().map(|&b| b as char).collect::<String>()),
        _ => Err(PyErr::new(&super::exceptions::LOOKUP_ERROR, format!("unknown encoding: {encoding}"))),
    }
}

pub static BYTES_TYPE: TypeObject = TypeObject::builtin(
    "bytes",
    std::mem::size_of::<BytesObject>(),
    flags::BASETYPE | flags::BYTES_SUBCLASS,
    Some(&super::base::OBJECT_TYPE),
    slots!(bytes_dealloc, repr: bytes_repr, hash: bytes_hash, richcompare: bytes_richcompare, len: bytes_len,
        getitem: bytes_getitem, contains: bytes_contains, iter: bytes_iter, new: bytes_new),
    super::bytes_methods::BYTES_METHODS,
    &[],
    Some("bytes(iterable_of_ints) -> bytes"),
)
.with_itemsize(1);

pub static BYTEARRAY_TYPE: TypeObject = TypeObject::builtin(
    "bytearray",
    std::mem::size_of::<ByteArrayObject>(),
    flags::BASETYPE | flags::UNHASHABLE,
    Some(&super::base::OBJECT_TYPE),
    slots!(bytearray_dealloc, repr: bytearray_repr, richcompare: bytes_richcompare, len: bytes_len,
        getitem: bytes_getitem, setitem: bytearray_setitem, contains: bytes_contains, iter: bytes_iter,
        new: bytearray_new, init: bytearray_init),
    super::bytes_methods::BYTEARRAY_METHODS,
    &[],
    Some("bytearray(iterable_of_ints) -> bytearray"),
);

pub fn init_types() {
    for ty in [&BYTES_TYPE, &BYTEARRAY_TYPE] {
        ty.slots.number[Operator::Add as usize].set(Some(bytes_add));
        ty.slots.number[Operator::Mult as usize].set(Some(bytes_mul));
    }
}
