//! `str`: immutable Unicode text stored inline as UTF-8 after the header, with its hash cached;
//! and interning, which makes identifier-like strings unique and immortal.
//!
//! CPython stores strings as Latin-1/UCS-2/UCS-4 (PEP 393); we store UTF-8 and remember whether
//! the text is ASCII, which makes indexing O(1) for ASCII text and O(n) otherwise.

use super::header::{Obj, ObjectHeader, PyPayload};
use super::typeobj::{flags, GetSetDef, TypeObject};
use super::{args, int, protocol, tuple, CompareOp, PyErr, PyResult};
use crate::memory::alloc::{alloc_immortal, alloc_object, free_object};
use crate::slots;
use crate::vm::Vm;
use std::cell::{Cell, UnsafeCell};
use std::collections::HashMap;

/// The layout of a `str` object: the header, then the UTF-8 bytes and a NUL.
#[repr(C)]
pub struct StrObject {
    head: ObjectHeader,
    /// The cached hash, or -1 until first computed.
    hash: Cell<i64>,
    /// Length in code points.
    len: usize,
    nbytes: u32,
    state: Cell<u32>,
}

const INTERNED: u32 = 1;
const ASCII: u32 = 2;

// SAFETY: `StrObject` is `#[repr(C)]` with its header first.
unsafe impl PyPayload for StrObject {
    fn static_type() -> &'static TypeObject {
        &STR_TYPE
    }
}

impl StrObject {
    #[inline]
    pub fn as_str(&self) -> &str {
        // SAFETY: `nbytes` bytes of valid UTF-8 follow the struct (written at creation, immutable).
        unsafe {
            let data = (self as *const StrObject).add(1) as *const u8;
            std::str::from_utf8_unchecked(std::slice::from_raw_parts(data, self.nbytes as usize))
        }
    }

    /// Length in code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.state.get() & ASCII != 0
    }

    pub fn is_interned(&self) -> bool {
        self.state.get() & INTERNED != 0
    }

    /// The hash, computed once.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_bytes(self.as_str().as_bytes());
        self.hash.set(h);
        h
    }
}

/// The string hash: FNV-1a over the UTF-8 bytes, folded so it is never -1. Deterministic (CPython
/// randomises string hashes per process; a fixed hash makes our set orders reproducible).
pub fn hash_bytes(bytes: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = (h >> 1) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

unsafe fn str_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: a dying str; nothing to drop but the block.
    let nbytes = unsafe { (*(obj as *const StrObject)).nbytes as usize };
    // SAFETY: allocated by `alloc_str` with `nbytes + 1` items.
    unsafe { free_object(obj, nbytes + 1) };
}

fn alloc_str(s: &str, immortal: bool) -> PyResult<Obj> {
    if s.len() >= u32::MAX as usize {
        return Err(PyErr::memory_error());
    }
    let ptr = if immortal {
        alloc_immortal(&STR_TYPE, s.len() + 1)?
    } else {
        alloc_object(&STR_TYPE, s.len() + 1)?
    };
    let ascii = s.is_ascii();
    let len = if ascii { s.len() } else { s.chars().count() };
    // SAFETY: a fresh block sized for the struct plus `len + 1` bytes.
    unsafe {
        let so = ptr as *mut StrObject;
        std::ptr::addr_of_mut!((*so).hash).write(Cell::new(-1));
        std::ptr::addr_of_mut!((*so).len).write(len);
        std::ptr::addr_of_mut!((*so).nbytes).write(s.len() as u32);
        std::ptr::addr_of_mut!((*so).state).write(Cell::new(if ascii { ASCII } else { 0 }));
        let data = so.add(1) as *mut u8;
        std::ptr::copy_nonoverlapping(s.as_ptr(), data, s.len());
        *data.add(s.len()) = 0;
        Ok(Obj::from_raw(ptr))
    }
}

/// A new `str` (the empty and one-character Latin-1 strings are shared immortals).
pub fn try_new_str(s: &str) -> PyResult<Obj> {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (None, _) => Ok(empty()),
        (Some(c), None) if (c as u32) < 256 => Ok(latin1_char(c as u8)),
        _ => alloc_str(s, false),
    }
}

/// `try_new_str` for strings that cannot be huge; allocation failure aborts as Rust's own
/// collections do.
pub fn new_str(s: &str) -> Obj {
    match try_new_str(s) {
        Ok(o) => o,
        Err(_) => std::alloc::handle_alloc_error(std::alloc::Layout::for_value(s)),
    }
}

struct Interned {
    table: UnsafeCell<Option<HashMap<&'static str, Obj>>>,
    chars: [Cell<*mut ObjectHeader>; 256],
    empty: Cell<*mut ObjectHeader>,
}

// SAFETY: only the interpreter thread touches the interning tables.
unsafe impl Sync for Interned {}

static INTERNED_STRINGS: Interned = Interned {
    table: UnsafeCell::new(None),
    chars: [const { Cell::new(std::ptr::null_mut()) }; 256],
    empty: Cell::new(std::ptr::null_mut()),
};

/// The immortal empty string.
pub fn empty() -> Obj {
    let p = INTERNED_STRINGS.empty.get();
    if !p.is_null() {
        // SAFETY: immortal, so a reference needs no increment.
        return unsafe { Obj::from_raw(p) };
    }
    let o = intern("");
    INTERNED_STRINGS.empty.set(o.as_ptr());
    o
}

/// The immortal one-character string for a Latin-1 code point.
pub fn latin1_char(c: u8) -> Obj {
    let slot = &INTERNED_STRINGS.chars[c as usize];
    let p = slot.get();
    if !p.is_null() {
        // SAFETY: immortal.
        return unsafe { Obj::from_raw(p) };
    }
    let mut buf = [0u8; 4];
    let o = intern((c as char).encode_utf8(&mut buf));
    slot.set(o.as_ptr());
    o
}

/// Makes every one-character Latin-1 string at startup, as CPython has them statically: the
/// first `str(7)` of a traced program then allocates nothing.
pub fn preallocate_latin1_chars() {
    for c in 0..=255u8 {
        latin1_char(c);
    }
}

/// A small direct-mapped cache in front of the interning table, keyed by the text's address and
/// length: the runtime interns the same `&'static str` names (`"__init__"`, `"__repr__"`) over
/// and over. A hit is confirmed by comparing the text, so a reused address can't mislead it.
struct InternCache([Cell<(usize, usize, *mut ObjectHeader)>; 64]);
// SAFETY: only the interpreter thread interns strings.
unsafe impl Sync for InternCache {}
static INTERN_CACHE: InternCache = InternCache([const { Cell::new((0, 0, std::ptr::null_mut())) }; 64]);

/// The interned, immortal string equal to `s`.
pub fn intern(s: &str) -> Obj {
    let key = (s.as_ptr() as usize, s.len());
    let slot = &INTERN_CACHE.0[((key.0 >> 3) ^ key.1.wrapping_mul(31)) & 63];
    let (p, l, o) = slot.get();
    if p == key.0 && l == key.1 && !o.is_null() {
        // SAFETY: cached objects are immortal interned strings.
        let obj = unsafe { Obj::from_raw(o) };
        if as_str(&obj) == s {
            return obj;
        }
    }
    let obj = intern_slow(s);
    slot.set((key.0, key.1, obj.as_ptr()));
    obj
}

fn intern_slow(s: &str) -> Obj {
    // SAFETY: single-threaded; the table borrow ends before anything else touches it.
    let table = unsafe { &mut *INTERNED_STRINGS.table.get() }.get_or_insert_with(HashMap::new);
    if let Some(o) = table.get(s) {
        return o.clone();
    }
    let o = match alloc_str(s, true) {
        Ok(o) => o,
        Err(_) => std::alloc::handle_alloc_error(std::alloc::Layout::for_value(s)),
    };
    // SAFETY: just created.
    let so = unsafe { o.cast_unchecked::<StrObject>() };
    so.state.set(so.state.get() | INTERNED);
    // SAFETY: the object is immortal, so its text lives for the rest of the process.
    let key: &'static str = unsafe { &*(so.as_str() as *const str) };
    table.insert(key, o.clone());
    o
}

/// `sys.intern(s)`: the interned string equal to `s` (which must be a str).
pub fn intern_obj(s: &Obj) -> Obj {
    if as_str_obj(s).is_some_and(|so| so.is_interned()) && s.is_exact::<StrObject>() {
        return s.clone();
    }
    intern(as_str(s))
}

/// Whether `s` looks like an identifier: CPython interns such string constants.
pub fn is_identifier_like(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// Whether the object is a str (or subclass) and, if so, its payload.
#[inline]
pub fn as_str_obj(o: &Obj) -> Option<&StrObject> {
    o.downcast::<StrObject>()
}

/// The text of a str object. Callers must know it is a str.
#[inline]
pub fn as_str(o: &Obj) -> &str {
    match o.downcast::<StrObject>() {
        Some(s) => s.as_str(),
        None => "",
    }
}

/// The text of `o`, or a TypeError naming `what` expected.
pub fn expect_str<'a>(o: &'a Obj, what: &str) -> PyResult<&'a str> {
    match o.downcast::<StrObject>() {
        Some(s) => Ok(s.as_str()),
        None => Err(PyErr::type_error(format!("{what} must be str, not {}", o.ty().name()))),
    }
}

/// Python's `repr()` of a string: single quotes unless the text has single quotes and no double.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if !is_printable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// CPython's `Py_UNICODE_ISPRINTABLE`: what `repr` leaves unescaped.
pub fn is_printable(c: char) -> bool {
    super::unicode::is_printable(c)
}

/// The ASCII-escaped repr, for `ascii()`.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

fn str_repr(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    try_new_str(&repr_str(as_str(o)))
}

fn str_str(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    if o.is_exact::<StrObject>() {
        Ok(o.clone())
    } else {
        try_new_str(as_str(o))
    }
}

fn str_hash(_: &mut Vm, o: &Obj) -> PyResult<i64> {
    Ok(o.downcast::<StrObject>().map_or(0, |s| s.hash()))
}

/// String equality: identity, then cached hashes, then bytes.
#[inline]
pub fn str_eq(a: &Obj, b: &Obj) -> bool {
    if a.is(b) {
        return true;
    }
    match (a.downcast::<StrObject>(), b.downcast::<StrObject>()) {
        (Some(x), Some(y)) => {
            if x.nbytes != y.nbytes {
                return false;
            }
            let (hx, hy) = (x.hash.get(), y.hash.get());
            if hx != -1 && hy != -1 && hx != hy {
                return false;
            }
            x.as_str() == y.as_str()
        }
        _ => false,
    }
}

fn str_richcompare(_: &mut Vm, a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    let Some(y) = b.downcast::<StrObject>() else {
        return Ok(super::singletons::not_implemented());
    };
    let result = match op {
        CompareOp::Eq => str_eq(a, b),
        CompareOp::Ne => !str_eq(a, b),
        _ => op.test(as_str(a).cmp(y.as_str())),
    };
    Ok(super::boolobj::new_bool(result))
}

fn str_len(_: &mut Vm, o: &Obj) -> PyResult<usize> {
    Ok(o.downcast::<StrObject>().map_or(0, |s| s.len))
}

fn str_bool(_: &mut Vm, o: &Obj) -> PyResult<bool> {
    Ok(o.downcast::<StrObject>().is_some_and(|s| s.nbytes > 0))
}

fn str_add(_: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    match (a.downcast::<StrObject>(), b.downcast::<StrObject>()) {
        (Some(x), Some(y)) => {
            if y.nbytes == 0 && a.is_exact::<StrObject>() {
                return Ok(a.clone());
            }
            if x.nbytes == 0 && b.is_exact::<StrObject>() {
                return Ok(b.clone());
            }
            let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
            s.push_str(x.as_str());
            s.push_str(y.as_str());
            try_new_str(&s)
        }
        (Some(_), None) => {
            Err(PyErr::type_error(format!("can only concatenate str (not \"{}\") to str", b.ty().name())))
        }
        _ => Ok(super::singletons::not_implemented()),
    }
}

fn str_mul(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    let (s, n) = if let Some(s) = a.downcast::<StrObject>() {
        (s, b)
    } else if let Some(s) = b.downcast::<StrObject>() {
        (s, a)
    } else {
        return Ok(super::singletons::not_implemented());
    };
    let Some(count) = protocol::index_opt(vm, n)? else {
        return Err(PyErr::type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.ty().name()
        )));
    };
    let count = int::to_i64_saturating(&count).max(0) as usize;
    let total = s.as_str().len().checked_mul(count).ok_or_else(PyErr::memory_error)?;
    crate::memory::ensure_fits(total)?;
    try_new_str(&s.as_str().repeat(count))
}

fn str_mod(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    if a.downcast::<StrObject>().is_none() {
        return Ok(super::singletons::not_implemented());
    }
    crate::object::format::percent_format(vm, as_str(a), b)
}

/// The code point at index `i` (already bounds-checked) as a new one-character string.
pub fn char_at(s: &StrObject, i: usize) -> Obj {
    let c = if s.is_ascii() {
        s.as_str().as_bytes()[i] as char
    } else {
        s.as_str().chars().nth(i).unwrap_or('\0')
    };
    char_obj(c)
}

/// A one-character string.
pub fn char_obj(c: char) -> Obj {
    if (c as u32) < 256 {
        latin1_char(c as u8)
    } else {
        let mut buf = [0u8; 4];
        new_str(c.encode_utf8(&mut buf))
    }
}

/// Byte offset of code point index `i` (`i <= len`).
pub fn byte_offset(s: &StrObject, i: usize) -> usize {
    if s.is_ascii() {
        i
    } else {
        s.as_str().char_indices().nth(i).map_or(s.as_str().len(), |(b, _)| b)
    }
}

fn str_getitem(vm: &mut Vm, o: &Obj, key: &Obj) -> PyResult<Obj> {
    let s = o.downcast::<StrObject>().expect("str");
    if let Some(i) = protocol::index_opt(vm, key)? {
        let len = s.len as i64;
        let mut i = int::to_i64_saturating(&i);
        if i < 0 {
            i += len;
        }
        if i < 0 || i >= len {
            return Err(PyErr::index_error("string index out of range"));
        }
        return Ok(char_at(s, i as usize));
    }
    if let Some(sl) = key.downcast::<super::slice::SliceObject>() {
        let (start, stop, step, n) = sl.indices(vm, s.len)?;
        if step == 1 {
            if n == 0 {
                return Ok(empty());
            }
            let (b0, b1) = (byte_offset(s, start as usize), byte_offset(s, stop as usize));
            return try_new_str(&s.as_str()[b0..b1]);
        }
        let chars: Vec<char> = s.as_str().chars().collect();
        let mut out = String::new();
        let mut i = start;
        for _ in 0..n {
            out.push(chars[i as usize]);
            i += step;
        }
        return try_new_str(&out);
    }
    Err(PyErr::type_error(format!("string indices must be integers, not '{}'", key.ty().name())))
}

fn str_contains(_: &mut Vm, o: &Obj, item: &Obj) -> PyResult<bool> {
    match item.downcast::<StrObject>() {
        Some(needle) => Ok(as_str(o).contains(needle.as_str())),
        None => Err(PyErr::type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            item.ty().name()
        ))),
    }
}

fn str_iter(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    super::iter::new_str_iterator(o)
}

fn str_new(vm: &mut Vm, cls: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    let npos = args::positional(args, kwnames).len();
    if npos > 3 {
        return Err(PyErr::type_error(format!("str expected at most 3 arguments, got {npos}")));
    }
    let [obj, encoding, errors] = args::bind("str", args, kwnames, ["object", "encoding", "errors"], 0, 3)?;
    let value = match (obj, encoding.or(errors)) {
        (None, _) => empty(),
        (Some(o), None) => protocol::str(vm, o)?,
        (Some(o), Some(_)) => {
            let enc =
                encoding.map(|e| expect_str(e, "str() argument 'encoding'")).transpose()?.unwrap_or("utf-8");
            let errs =
                errors.map(|e| expect_str(e, "str() argument 'errors'")).transpose()?.unwrap_or("strict");
            super::bytes::decode(o, enc, errs)?
        }
    };
    if STR_TYPE.is(cls) {
        return Ok(value);
    }
    super::class::new_subtype_instance_with(cls, |ty| {
        let s = as_str(&value);
        let ptr = alloc_object(ty, s.len() + 1)?;
        // SAFETY: a fresh block sized for a str of this length.
        unsafe {
            let so = ptr as *mut StrObject;
            std::ptr::addr_of_mut!((*so).hash).write(Cell::new(-1));
            std::ptr::addr_of_mut!((*so).len).write(s.chars().count());
            std::ptr::addr_of_mut!((*so).nbytes).write(s.len() as u32);
            std::ptr::addr_of_mut!((*so).state).write(Cell::new(if s.is_ascii() { ASCII } else { 0 }));
            let data = so.add(1) as *mut u8;
            std::ptr::copy_nonoverlapping(s.as_ptr(), data, s.len());
            *data.add(s.len()) = 0;
        }
        Ok(ptr)
    })
}

pub static STR_TYPE: TypeObject = TypeObject::builtin(
    "str",
    std::mem::size_of::<StrObject>(),
    flags::BASETYPE | flags::UNICODE_SUBCLASS,
    Some(&super::base::OBJECT_TYPE),
    slots!(str_dealloc,
        repr: str_repr, str: str_str, hash: str_hash, richcompare: str_richcompare,
        len: str_len, bool: str_bool, getitem: str_getitem, contains: str_contains, iter: str_iter,
        new: str_new),
    super::str_methods::METHODS,
    &[] as &[GetSetDef],
    Some("str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str"),
)
.with_itemsize(1);

/// Installs the number slots that the `slots!` macro can't express (indexed arrays).
pub fn init_type() {
    use crate::syntax::ast::Operator;
    STR_TYPE.slots.number[Operator::Add as usize].set(Some(str_add));
    STR_TYPE.slots.number[Operator::Mult as usize].set(Some(str_mul));
    STR_TYPE.slots.number[Operator::Mod as usize].set(Some(str_mod));
}

/// A tuple of str objects from Rust strings.
pub fn str_tuple(items: &[&str]) -> PyResult<Obj> {
    tuple::new_tuple(items.iter().map(|s| new_str(s)).collect())
}
