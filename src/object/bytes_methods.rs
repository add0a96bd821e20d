//! Methods of `bytes` and `bytearray`: the str-like ones (ASCII semantics, CPython's
//! `bytes_methods.c` and `stringlib`), `hex`/`fromhex`, `translate`/`maketrans`, and the
//! `bytearray` mutators.

use super::bytes::{as_bytearray, as_bytes, byte_value, iterable_bytes, new_bytearray, new_bytes, same_kind};
use super::header::Obj;
use super::seq_methods::m;
use super::str_methods::{adjust_indices, slice_index};
use super::typeobj::MethodDef;
use super::{args, boolobj, int, list, protocol, singletons, str as pystr, tuple, PyErr, PyResult};
use crate::vm::Vm;

fn data(o: &Obj) -> Vec<u8> {
    as_bytes(o).map(|b| b.to_vec()).unwrap_or_default()
}

/// A bytes-like argument (`a bytes-like object is required, not 'str'`).
fn bytes_arg(o: &Obj) -> PyResult<Vec<u8>> {
    as_bytes(o)
        .map(|b| b.to_vec())
        .ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", o.ty().name())))
}

/// The `sub` of find/count/index: bytes-like or an int in range(256).
fn sub_arg(vm: &mut Vm, o: &Obj) -> PyResult<Vec<u8>> {
    if let Some(b) = as_bytes(o) {
        return Ok(b.to_vec());
    }
    if protocol::index_opt(vm, o)?.is_some() {
        return Ok(vec![byte_value(vm, o)?]);
    }
    Err(PyErr::type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        o.ty().name()
    )))
}

/// Position of `n` in `h` (empty needle matches at 0).
pub fn find_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    if n.len() == 1 {
        return h.iter().position(|&b| b == n[0]);
    }
    h.windows(n.len()).position(|w| w == n)
}

fn rfind_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(h.len());
    }
    if n.len() > h.len() {
        return None;
    }
    h.windows(n.len()).rposition(|w| w == n)
}

/// The `[start:end]` window: byte offsets, or `None` when start is past end.
fn window(
    vm: &mut Vm,
    len: usize,
    start: Option<&Obj>,
    end: Option<&Obj>,
) -> PyResult<Option<(usize, usize)>> {
    let (s, e) = adjust_indices(slice_index(vm, start)?, slice_index(vm, end)?, len);
    Ok(if s > e { None } else { Some((s, e)) })
}

fn find_impl(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>, fname: &str, rev: bool) -> PyResult<i64> {
    args::check_arity(fname, a, kw, 1, 3)?;
    let sub = sub_arg(vm, &a[0])?;
    let h = data(o);
    let Some((s, e)) = window(vm, h.len(), a.get(1), a.get(2))? else {
        return Ok(-1);
    };
    if e - s < sub.len() {
        return Ok(-1);
    }
    let hay = &h[s..e];
    let r = if rev { rfind_sub(hay, &sub) } else { find_sub(hay, &sub) };
    Ok(r.map_or(-1, |i| (s + i) as i64))
}

fn m_find(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    Ok(int::new_int(find_impl(vm, o, a, kw, "find", false)?))
}
fn m_rfind(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    Ok(int::new_int(find_impl(vm, o, a, kw, "rfind", true)?))
}
fn m_index(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    match find_impl(vm, o, a, kw, "index", false)? {
        -1 => Err(PyErr::value_error("subsection not found")),
        i => Ok(int::new_int(i)),
    }
}
fn m_rindex(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    match find_impl(vm, o, a, kw, "rindex", true)? {
        -1 => Err(PyErr::value_error("subsection not found")),
        i => Ok(int::new_int(i)),
    }
}

fn m_count(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("count", a, kw, 1, 3)?;
    let sub = sub_arg(vm, &a[0])?;
    let h = data(o);
    let Some((s, e)) = window(vm, h.len(), a.get(1), a.get(2))? else {
        return Ok(int::new_int(0));
    };
    let hay = &h[s..e];
    if sub.is_empty() {
        return Ok(int::new_int(hay.len() as i64 + 1));
    }
    let (mut i, mut c) = (0, 0);
    while let Some(p) = find_sub(&hay[i..], &sub) {
        c += 1;
        i += p + sub.len();
    }
    Ok(int::new_int(c))
}

fn affix(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>, fname: &str, start: bool) -> PyResult<Obj> {
    args::check_arity(fname, a, kw, 1, 3)?;
    let h = data(o);
    let win = window(vm, h.len(), a.get(1), a.get(2))?;
    let test = |p: &[u8]| -> bool {
        let Some((s, e)) = win else { return false };
        if e - s < p.len() {
            return false;
        }
        if start {
            h[s..e].starts_with(p)
        } else {
            h[s..e].ends_with(p)
        }
    };
    if let Some(t) = tuple::as_tuple(&a[0]) {
        for p in t.items() {
            let Some(pb) = as_bytes(p) else {
                return Err(PyErr::type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    p.ty().name()
                )));
            };
            if test(pb) {
                return Ok(boolobj::new_bool(true));
            }
        }
        return Ok(boolobj::new_bool(false));
    }
    let Some(p) = as_bytes(&a[0]) else {
        return Err(PyErr::type_error(format!(
            "{fname} first arg must be bytes or a tuple of bytes, not {}",
            a[0].ty().name()
        )));
    };
    let p = p.to_vec();
    Ok(boolobj::new_bool(test(&p)))
}

fn m_startswith(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    affix(vm, o, a, kw, "startswith", true)
}
fn m_endswith(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    affix(vm, o, a, kw, "endswith", false)
}

fn m_decode(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [encoding, errors] = args::bind("decode", a, kw, ["encoding", "errors"], 0, 2)?;
    let arg = |x: Option<&Obj>, what: &str, default: &'static str| -> PyResult<String> {
        match x {
            None => Ok(default.to_string()),
            Some(v) => match pystr::as_str_obj(v) {
                Some(s) => Ok(s.as_str().to_string()),
                None => Err(PyErr::type_error(format!(
                    "decode() argument '{what}' must be str, not {}",
                    v.ty().name()
                ))),
            },
        }
    };
    let enc = arg(encoding, "encoding", "utf-8")?;
    let errs = arg(errors, "errors", "strict")?;
    super::bytes::decode(o, &enc, &errs)
}

/// `hex(sep=None, bytes_per_sep=1)`.
fn m_hex(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [sep, per] = args::bind("hex", a, kw, ["sep", "bytes_per_sep"], 0, 2)?;
    let d = data(o);
    let digits: Vec<String> = d.iter().map(|b| format!("{b:02x}")).collect();
    let Some(sep) = sep else {
        return pystr::try_new_str(&digits.concat());
    };
    let sep_char = if let Some(s) = pystr::as_str_obj(sep) {
        s.as_str().to_string()
    } else if let Some(b) = as_bytes(sep) {
        String::from_utf8_lossy(b).into_owned()
    } else {
        return Err(PyErr::type_error("sep must be str or bytes."));
    };
    if sep_char.chars().count() != 1 || !sep_char.is_ascii() {
        return Err(PyErr::value_error("sep must be ASCII."));
    }
    let per = match per {
        Some(p) => protocol::index_i64(vm, p)?,
        None => 1,
    };
    if per == 0 || d.is_empty() {
        return pystr::try_new_str(&digits.concat());
    }
    let group = per.unsigned_abs() as usize;
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        // Groups are counted from the right.
        let first = d.len() % group;
        if first > 0 {
            groups.push(digits[..first].concat());
        }
        for c in digits[first..].chunks(group) {
            groups.push(c.concat());
        }
    } else {
        for c in digits.chunks(group) {
            groups.push(c.concat());
        }
    }
    pystr::try_new_str(&groups.join(&sep_char))
}

fn m_fromhex(vm: &mut Vm, cls: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("fromhex", a, kw, 1, 1)?;
    let text: Vec<u8> = if let Some(s) = pystr::as_str_obj(&a[0]) {
        s.as_str().as_bytes().to_vec()
    } else if let Some(b) = as_bytes(&a[0]) {
        b.to_vec()
    } else {
        return Err(PyErr::type_error(format!(
            "fromhex() argument must be str or bytes-like, not {}",
            a[0].ty().name()
        )));
    };
    let mut out = Vec::with_capacity(text.len() / 2);
    let mut i = 0;
    let hex = |c: u8| (c as char).to_digit(16);
    while i < text.len() {
        if text[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = hex(text[i]).ok_or_else(|| non_hex(i))?;
        let lo = match text.get(i + 1) {
            Some(&c) => hex(c).ok_or_else(|| non_hex(i + 1))?,
            None => return Err(non_hex(i + 1)),
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let r = if super::bytes::BYTEARRAY_TYPE.is(cls) { new_bytearray(out)? } else { new_bytes(&out)? };
    if super::bytes::BYTES_TYPE.is(cls) || super::bytes::BYTEARRAY_TYPE.is(cls) {
        Ok(r)
    } else {
        protocol::call(vm, cls, &[r], None)
    }
}

fn non_hex(pos: usize) -> PyErr {
    PyErr::value_error(format!("non-hexadecimal number found in fromhex() arg at position {pos}"))
}

fn m_join(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("join", a, kw, 1, 1)?;
    let sep = data(o);
    let items = protocol::collect(vm, &a[0]).map_err(|e| {
        if e.is_instance(&super::exceptions::TYPE_ERROR) {
            PyErr::type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match as_bytes(item) {
            Some(b) => out.extend_from_slice(b),
            None => {
                return Err(PyErr::type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    item.ty().name()
                )))
            }
        }
    }
    same_kind(o, out)
}

fn m_replace(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [old, new, count] = args::bind("replace", a, kw, ["old", "new", "count"], 2, 3)?;
    let (old, new) = (bytes_arg(old.expect("required"))?, bytes_arg(new.expect("required"))?);
    let count = match count {
        Some(c) => protocol::index_i64(vm, c)?,
        None => -1,
    };
    let limit = if count < 0 { usize::MAX } else { count as usize };
    let h = data(o);
    let mut out = Vec::with_capacity(h.len());
    let mut n = 0;
    if old.is_empty() {
        for &b in &h {
            if n < limit {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(b);
        }
        if n < limit {
            out.extend_from_slice(&new);
        }
        return same_kind(o, out);
    }
    let mut i = 0;
    while n < limit {
        let Some(p) = find_sub(&h[i..], &old) else { break };
        out.extend_from_slice(&h[i..i + p]);
        out.extend_from_slice(&new);
        i += p + old.len();
        n += 1;
    }
    out.extend_from_slice(&h[i..]);
    same_kind(o, out)
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn items_of(o: &Obj, parts: Vec<&[u8]>) -> PyResult<Obj> {
    let mut items = Vec::with_capacity(parts.len());
    for p in parts {
        items.push(same_kind(o, p.to_vec())?);
    }
    list::new_list(items)
}

fn split_args(vm: &mut Vm, fname: &str, a: &[Obj], kw: Option<&Obj>) -> PyResult<(Option<Vec<u8>>, i64)> {
    let [sep, maxsplit] = args::bind(fname, a, kw, ["sep", "maxsplit"], 0, 2)?;
    let max = match maxsplit {
        Some(m) => protocol::index_i64(vm, m)?,
        None => -1,
    };
    let sep = match sep.filter(|s| !singletons::is_none(s)) {
        Some(s) => {
            let s = bytes_arg(s)?;
            if s.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            Some(s)
        }
        None => None,
    };
    Ok((sep, max))
}

fn m_split(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let (sep, max) = split_args(vm, "split", a, kw)?;
    let h = data(o);
    let mut parts: Vec<&[u8]> = Vec::new();
    match sep {
        None => {
            let mut i = 0;
            while i < h.len() && is_space(h[i]) {
                i += 1;
            }
            while i < h.len() {
                if max >= 0 && parts.len() as i64 == max {
                    parts.push(&h[i..]);
                    break;
                }
                let start = i;
                while i < h.len() && !is_space(h[i]) {
                    i += 1;
                }
                parts.push(&h[start..i]);
                while i < h.len() && is_space(h[i]) {
                    i += 1;
                }
            }
        }
        Some(sep) => {
            let mut i = 0;
            while max < 0 || (parts.len() as i64) < max {
                let Some(p) = find_sub(&h[i..], &sep) else { break };
                parts.push(&h[i..i + p]);
                i += p + sep.len();
            }
            parts.push(&h[i..]);
        }
    }
    items_of(o, parts)
}

fn m_rsplit(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let (sep, max) = split_args(vm, "rsplit", a, kw)?;
    let h = data(o);
    let mut parts: Vec<&[u8]> = Vec::new();
    match sep {
        None => {
            let mut j = h.len();
            while j > 0 && is_space(h[j - 1]) {
                j -= 1;
            }
            while j > 0 {
                if max >= 0 && parts.len() as i64 == max {
                    parts.push(&h[..j]);
                    break;
                }
                let end = j;
                while j > 0 && !is_space(h[j - 1]) {
                    j -= 1;
                }
                parts.push(&h[j..end]);
                while j > 0 && is_space(h[j - 1]) {
                    j -= 1;
                }
            }
        }
        Some(sep) => {
            let mut end = h.len();
            while max < 0 || (parts.len() as i64) < max {
                let Some(p) = rfind_sub(&h[..end], &sep) else { break };
                parts.push(&h[p + sep.len()..end]);
                end = p;
            }
            parts.push(&h[..end]);
        }
    }
    parts.reverse();
    items_of(o, parts)
}

fn m_splitlines(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [keepends] = args::bind("splitlines", a, kw, ["keepends"], 0, 1)?;
    let keep = match keepends {
        Some(k) => protocol::is_true(vm, k)?,
        None => false,
    };
    let h = data(o);
    let mut parts: Vec<&[u8]> = Vec::new();
    let (mut i, mut start) = (0, 0);
    while i < h.len() {
        if h[i] == b'\n' || h[i] == b'\r' {
            let mut end = i + 1;
            if h[i] == b'\r' && h.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            parts.push(if keep { &h[start..end] } else { &h[start..i] });
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < h.len() {
        parts.push(&h[start..]);
    }
    items_of(o, parts)
}

fn partition_impl(o: &Obj, a: &[Obj], kw: Option<&Obj>, rev: bool) -> PyResult<Obj> {
    args::check_arity(if rev { "rpartition" } else { "partition" }, a, kw, 1, 1)?;
    let sep = bytes_arg(&a[0])?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let h = data(o);
    let found = if rev { rfind_sub(&h, &sep) } else { find_sub(&h, &sep) };
    let parts: [&[u8]; 3] = match found {
        Some(i) => [&h[..i], &sep, &h[i + sep.len()..]],
        None if rev => [b"", b"", &h],
        None => [&h, b"", b""],
    };
    let mut items = Vec::with_capacity(3);
    for p in parts {
        items.push(same_kind(o, p.to_vec())?);
    }
    tuple::new_tuple(items)
}

fn m_partition(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    partition_impl(o, a, kw, false)
}
fn m_rpartition(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    partition_impl(o, a, kw, true)
}

fn strip_impl(o: &Obj, a: &[Obj], kw: Option<&Obj>, name: &str, left: bool, right: bool) -> PyResult<Obj> {
    args::check_arity(name, a, kw, 0, 1)?;
    let h = data(o);
    let chars: Option<Vec<u8>> = match a.first().filter(|x| !singletons::is_none(x)) {
        Some(c) => Some(bytes_arg(c)?),
        None => None,
    };
    let strip = |b: u8| match &chars {
        Some(cs) => cs.contains(&b),
        None => is_space(b),
    };
    let mut start = 0;
    let mut end = h.len();
    if left {
        while start < end && strip(h[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && strip(h[end - 1]) {
            end -= 1;
        }
    }
    if start == 0 && end == h.len() && o.is_exact::<super::bytes::BytesObject>() {
        return Ok(o.clone());
    }
    same_kind(o, h[start..end].to_vec())
}

fn m_strip(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    strip_impl(o, a, kw, "strip", true, true)
}
fn m_lstrip(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    strip_impl(o, a, kw, "lstrip", true, false)
}
fn m_rstrip(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    strip_impl(o, a, kw, "rstrip", false, true)
}

macro_rules! byte_map {
    ($name:ident, $qual:literal, $f:expr) => {
        fn $name(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
            args::check_arity($qual, a, kw, 0, 0)?;
            let f: fn(&[u8]) -> Vec<u8> = $f;
            same_kind(o, f(&data(o)))
        }
    };
}

byte_map!(m_upper, "upper", |d| d.to_ascii_uppercase());
byte_map!(m_lower, "lower", |d| d.to_ascii_lowercase());
byte_map!(m_swapcase, "swapcase", |d| d
    .iter()
    .map(|&b| if b.is_ascii_uppercase() { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() })
    .collect());
byte_map!(m_capitalize, "capitalize", |d| d
    .iter()
    .enumerate()
    .map(|(i, &b)| if i == 0 { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() })
    .collect());
byte_map!(m_title, "title", |d| {
    let mut prev_cased = false;
    d.iter()
        .map(|&b| {
            let r = if prev_cased { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() };
            prev_cased = b.is_ascii_alphabetic();
            r
        })
        .collect()
});

macro_rules! byte_pred {
    ($name:ident, $qual:literal, $f:expr) => {
        fn $name(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
            args::check_arity($qual, a, kw, 0, 0)?;
            let f: fn(&[u8]) -> bool = $f;
            Ok(boolobj::new_bool(f(as_bytes(o).unwrap_or(&[]))))
        }
    };
}

byte_pred!(m_isalnum, "isalnum", |d| !d.is_empty() && d.iter().all(|b| b.is_ascii_alphanumeric()));
byte_pred!(m_isalpha, "isalpha", |d| !d.is_empty() && d.iter().all(|b| b.is_ascii_alphabetic()));
byte_pred!(m_isascii, "isascii", |d| d.is_ascii());
byte_pred!(m_isdigit, "isdigit", |d| !d.is_empty() && d.iter().all(|b| b.is_ascii_digit()));
byte_pred!(m_isspace, "isspace", |d| !d.is_empty() && d.iter().all(|&b| is_space(b)));
byte_pred!(m_islower, "islower", |d| d.iter().any(|b| b.is_ascii_lowercase())
    && !d.iter().any(|b| b.is_ascii_uppercase()));
byte_pred!(m_isupper, "isupper", |d| d.iter().any(|b| b.is_ascii_uppercase())
    && !d.iter().any(|b| b.is_ascii_lowercase()));
byte_pred!(m_istitle, "istitle", |d| {
    let (mut cased, mut prev_cased) = (false, false);
    for b in d {
        if b.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
});

/// The fill byte of `center`/`ljust`/`rjust`.
fn fill_byte(a: Option<&Obj>, fname: &str) -> PyResult<u8> {
    match a {
        None => Ok(b' '),
        Some(f) => match as_bytes(f) {
            Some(b) if b.len() == 1 => Ok(b[0]),
            _ => Err(PyErr::type_error(format!(
                "{fname}() argument 2 must be a byte string of length 1, not {}",
                f.ty().name()
            ))),
        },
    }
}

fn justify(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>, fname: &str, align: char) -> PyResult<Obj> {
    args::check_arity(fname, a, kw, 1, 2)?;
    let width = protocol::index_i64(vm, &a[0])?;
    let fill = fill_byte(a.get(1), fname)?;
    let h = data(o);
    if width <= h.len() as i64 {
        return same_kind(o, h);
    }
    let pad = (width as usize) - h.len();
    if pad > 1 << 32 {
        return Err(PyErr::memory_error());
    }
    let (left, right) = match align {
        '<' => (0, pad),
        '>' => (pad, 0),
        _ => {
            let left = pad / 2 + (pad & (width as usize) & 1);
            (left, pad - left)
        }
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&h);
    out.resize(out.len() + right, fill);
    same_kind(o, out)
}

fn m_center(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    justify(vm, o, a, kw, "center", '^')
}
fn m_ljust(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    justify(vm, o, a, kw, "ljust", '<')
}
fn m_rjust(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    justify(vm, o, a, kw, "rjust", '>')
}

fn m_zfill(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("zfill", a, kw, 1, 1)?;
    let width = protocol::index_i64(vm, &a[0])?;
    let h = data(o);
    if width <= h.len() as i64 {
        return same_kind(o, h);
    }
    let pad = width as usize - h.len();
    let (sign, body) = match h.first() {
        Some(b'+' | b'-') => (&h[..1], &h[1..]),
        _ => (&h[..0], &h[..]),
    };
    let mut out = sign.to_vec();
    out.resize(out.len() + pad, b'0');
    out.extend_from_slice(body);
    same_kind(o, out)
}

fn m_expandtabs(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [tabsize] = args::bind("expandtabs", a, kw, ["tabsize"], 0, 1)?;
    let ts = match tabsize {
        Some(t) => protocol::index_i64(vm, t)?,
        None => 8,
    };
    let h = data(o);
    let mut out = Vec::with_capacity(h.len());
    let mut col = 0i64;
    for &b in &h {
        match b {
            b'\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.resize(out.len() + n as usize, b' ');
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    same_kind(o, out)
}

fn m_removeprefix(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("removeprefix", a, kw, 1, 1)?;
    let p = bytes_arg(&a[0])?;
    let h = data(o);
    let r = h.strip_prefix(p.as_slice()).unwrap_or(&h).to_vec();
    same_kind(o, r)
}

fn m_removesuffix(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("removesuffix", a, kw, 1, 1)?;
    let p = bytes_arg(&a[0])?;
    let h = data(o);
    let r = if p.is_empty() { h.clone() } else { h.strip_suffix(p.as_slice()).unwrap_or(&h).to_vec() };
    same_kind(o, r)
}

fn m_maketrans(_: &mut Vm, _cls: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("maketrans", a, kw, 2, 2)?;
    let (from, to) = (bytes_arg(&a[0])?, bytes_arg(&a[1])?);
    if from.len() != to.len() {
        return Err(PyErr::value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in from.iter().zip(to.iter()) {
        table[*f as usize] = *t;
    }
    new_bytes(&table)
}

fn m_translate(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [table, delete] = args::bind("translate", a, kw, ["table", "delete"], 1, 2)?;
    let table = table.expect("required");
    let table: Option<Vec<u8>> = if singletons::is_none(table) {
        None
    } else {
        let t = bytes_arg(table)?;
        if t.len() != 256 {
            return Err(PyErr::value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let delete = match delete {
        Some(d) => bytes_arg(d)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = data(o)
        .into_iter()
        .filter(|b| !delete.contains(b))
        .map(|b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    same_kind(o, out)
}

fn m_getnewargs(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    tuple::new_tuple(vec![new_bytes(&data(o))?])
}

fn m_bytes(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("__bytes__", a, kw, 0, 0)?;
    if o.is_exact::<super::bytes::BytesObject>() {
        return Ok(o.clone());
    }
    new_bytes(&data(o))
}

/// `bytes.__sizeof__`: the object (header, cached hash, length), the bytes and a NUL.
fn bytes_sizeof(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    Ok(int::new_int((o.ty().basicsize.get() + data(o).len() + 1) as i64))
}

/// `bytearray.__sizeof__`: the object plus the buffer's capacity.
fn bytearray_sizeof(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    // SAFETY: a short read.
    let cap = unsafe { as_bytearray(o).expect("bytearray").vec().capacity() };
    Ok(int::new_int((o.ty().basicsize.get() + cap) as i64))
}

// ---------------------------------------------------------------------------------------------
// bytearray mutators

fn buf(o: &Obj) -> &super::bytes::ByteArrayObject {
    as_bytearray(o).expect("bytearray")
}

fn m_append(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    buf(o).check_resizable()?;
    args::check_arity("bytearray.append", a, kw, 1, 1)?;
    let b = byte_value(vm, &a[0])?;
    // SAFETY: a short access.
    unsafe { buf(o).vec().push(b) };
    Ok(singletons::none())
}

fn m_extend(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    buf(o).check_resizable()?;
    args::check_arity("bytearray.extend", a, kw, 1, 1)?;
    let add: Vec<u8> = match as_bytes(&a[0]) {
        Some(b) => b.to_vec(),
        None => {
            if let Some(s) = pystr::as_str_obj(&a[0]) {
                if s.as_str().is_empty() {
                    return Ok(singletons::none());
                }
                return Err(PyErr::type_error("expected iterable of integers; got: 'str'"));
            }
            iterable_bytes(vm, &a[0]).map_err(|e| {
                if e.is_instance(&super::exceptions::TYPE_ERROR) && protocol::get_iter(vm, &a[0]).is_err() {
                    PyErr::type_error(format!("can't extend bytearray with {}", a[0].ty().name()))
                } else {
                    e
                }
            })?
        }
    };
    // SAFETY: a short access.
    unsafe { buf(o).vec().extend(add) };
    Ok(singletons::none())
}

fn m_insert(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    buf(o).check_resizable()?;
    args::check_arity("insert", a, kw, 2, 2)?;
    let i = protocol::index_i64(vm, &a[0])?;
    let b = byte_value(vm, &a[1])?;
    // SAFETY: short accesses.
    unsafe {
        let v = buf(o).vec();
        let len = v.len() as i64;
        let pos = if i < 0 { (i + len).max(0) } else { i.min(len) };
        v.insert(pos as usize, b);
    }
    Ok(singletons::none())
}

fn m_pop(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    buf(o).check_resizable()?;
    args::check_arity("pop", a, kw, 0, 1)?;
    let i = match a.first() {
        Some(x) => protocol::index_i64(vm, x)?,
        None => -1,
    };
    // SAFETY: short accesses.
    let v = unsafe { buf(o).vec() };
    if v.is_empty() {
        return Err(PyErr::index_error("pop from empty bytearray"));
    }
    match list::normalize_index(i, v.len()) {
        Some(j) => Ok(int::new_int(v.remove(j) as i64)),
        None => Err(PyErr::index_error("pop index out of range")),
    }
}

fn m_remove(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    buf(o).check_resizable()?;
    args::check_arity("remove", a, kw, 1, 1)?;
    let b = byte_value(vm, &a[0])?;
    // SAFETY: short accesses.
    let v = unsafe { buf(o).vec() };
    match v.iter().position(|&x| x == b) {
        Some(j) => {
            v.remove(j);
            Ok(singletons::none())
        }
        None => Err(PyErr::value_error("value not found in bytearray")),
    }
}

fn m_reverse(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("bytearray.reverse", a, kw, 0, 0)?;
    // SAFETY: a short access.
    unsafe { buf(o).vec().reverse() };
    Ok(singletons::none())
}

fn m_clear(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    buf(o).check_resizable()?;
    args::check_arity("bytearray.clear", a, kw, 0, 0)?;
    buf(o).set(Vec::new());
    Ok(singletons::none())
}

fn m_copy(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("bytearray.copy", a, kw, 0, 0)?;
    new_bytearray(data(o))
}

/// `bytearray.resize(size)` (3.14).
fn m_resize(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    buf(o).check_resizable()?;
    args::check_arity("resize", a, kw, 1, 1)?;
    let n = protocol::index_i64(vm, &a[0])?;
    if n < 0 {
        return Err(PyErr::value_error(format!("Can only resize to positive sizes, got {n}")));
    }
    if n > 1 << 36 {
        return Err(PyErr::memory_error());
    }
    // SAFETY: a short access.
    unsafe { buf(o).vec().resize(n as usize, 0) };
    Ok(singletons::none())
}

fn m_alloc(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    // SAFETY: a short read.
    Ok(int::new_int(unsafe { buf(o).vec().capacity() } as i64 + 1))
}

macro_rules! shared_methods {
    ($($extra:expr),* $(,)?) => {
        &[
            m!("decode", m_decode),
            m!("hex", m_hex),
            m!("fromhex", m_fromhex, class),
            m!("maketrans", m_maketrans, static),
            m!("join", m_join),
            m!("find", m_find),
            m!("rfind", m_rfind),
            m!("index", m_index),
            m!("rindex", m_rindex),
            m!("count", m_count),
            m!("startswith", m_startswith),
            m!("endswith", m_endswith),
            m!("replace", m_replace),
            m!("split", m_split),
            m!("rsplit", m_rsplit),
            m!("splitlines", m_splitlines),
            m!("partition", m_partition),
            m!("rpartition", m_rpartition),
            m!("strip", m_strip),
            m!("lstrip", m_lstrip),
            m!("rstrip", m_rstrip),
            m!("upper", m_upper),
            m!("lower", m_lower),
            m!("swapcase", m_swapcase),
            m!("capitalize", m_capitalize),
            m!("title", m_title),
            m!("isalnum", m_isalnum),
            m!("isalpha", m_isalpha),
            m!("isascii", m_isascii),
            m!("isdigit", m_isdigit),
            m!("isspace", m_isspace),
            m!("islower", m_islower),
            m!("isupper", m_isupper),
            m!("istitle", m_istitle),
            m!("center", m_center),
            m!("ljust", m_ljust),
            m!("rjust", m_rjust),
            m!("zfill", m_zfill),
            m!("expandtabs", m_expandtabs),
            m!("removeprefix", m_removeprefix),
            m!("removesuffix", m_removesuffix),
            m!("translate", m_translate),
            $($extra),*
        ]
    };
}

pub static BYTES_METHODS: &[MethodDef] = shared_methods!(
    m!("__getnewargs__", m_getnewargs),
    m!("__bytes__", m_bytes),
    m!("__sizeof__", bytes_sizeof),
);

pub static BYTEARRAY_METHODS: &[MethodDef] = shared_methods!(
    m!("append", m_append),
    m!("extend", m_extend),
    m!("insert", m_insert),
    m!("pop", m_pop),
    m!("remove", m_remove),
    m!("reverse", m_reverse),
    m!("clear", m_clear),
    m!("copy", m_copy),
    m!("resize", m_resize),
    m!("__alloc__", m_alloc),
    m!("__sizeof__", bytearray_sizeof),
);
