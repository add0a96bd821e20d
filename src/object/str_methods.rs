//! Methods of `str`, with CPython's semantics for index arguments (`start`/`end` clamp like
//! slices), whitespace (`str.split()` and `strip()` use Python's definition, which includes
//! `\x1c`–`\x1f`), case mappings (full Unicode mappings, final sigma) and error messages.
//!
//! Strings are UTF-8 inside; index arguments count code points, so methods convert between
//! code-point and byte offsets (free for ASCII strings).

use super::header::Obj;
use super::seq_methods::m;
use super::str::{as_str, try_new_str, StrObject};
use super::typeobj::MethodDef;
use super::{
    args, boolobj, codecs, dict, format, int, list, protocol, singletons, tuple, unicode, PyErr, PyResult,
};
use crate::vm::Vm;

fn text(o: &Obj) -> &str {
    as_str(o)
}

fn payload(o: &Obj) -> &StrObject {
    o.downcast::<StrObject>().expect("str")
}

/// Returns `o` itself when it is an exact str (CPython hands back the same object when a method
/// changes nothing), else a new str with the same text.
fn unchanged(o: &Obj) -> PyResult<Obj> {
    if o.is_exact::<StrObject>() {
        Ok(o.clone())
    } else {
        try_new_str(text(o))
    }
}

/// The text of a str argument, or CPython's `TypeError: must be str, not int`.
fn str_arg(o: &Obj) -> PyResult<&str> {
    match o.downcast::<StrObject>() {
        Some(s) => Ok(s.as_str()),
        None => Err(PyErr::type_error(format!("must be str, not {}", o.ty().name()))),
    }
}

/// The text of the `n`th argument of `fname`, or `fname() argument n must be str, not int`.
fn named_str_arg<'a>(o: &'a Obj, fname: &str, n: usize) -> PyResult<&'a str> {
    match o.downcast::<StrObject>() {
        Some(s) => Ok(s.as_str()),
        None => Err(PyErr::type_error(format!("{fname}() argument {n} must be str, not {}", o.ty().name()))),
    }
}

/// A `start`/`end` argument (CPython's `_PyEval_SliceIndex`): None, or anything with
/// `__index__`, clamped to the `i64` range.
pub fn slice_index(vm: &mut Vm, o: Option<&Obj>) -> PyResult<Option<i64>> {
    match o {
        None => Ok(None),
        Some(x) if singletons::is_none(x) => Ok(None),
        Some(x) => match protocol::index_opt(vm, x)? {
            Some(i) => Ok(Some(int::to_i64_saturating(&i))),
            None => {
                Err(PyErr::type_error("slice indices must be integers or None or have an __index__ method"))
            }
        },
    }
}

/// CPython's `ADJUST_INDICES`: negative indices count from the end, then clamp into `0..=len`
/// (`start` may stay beyond `len`, which callers treat as "no match").
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start as usize, end as usize)
}

/// Byte offset of code point `i` in `s` (`s.len()` when `i` is at or past the end).
fn byte_at(s: &str, ascii: bool, i: usize) -> usize {
    if ascii {
        i.min(s.len())
    } else {
        s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)
    }
}

/// Code-point index of byte offset `b`.
fn char_index(s: &str, ascii: bool, b: usize) -> usize {
    if ascii {
        b
    } else {
        s[..b].chars().count()
    }
}

/// The `[start:end]` window of `o` for search methods: `(text, byte start, byte end, char
/// start)`, or `None` when `start > end` after adjusting (no match possible).
struct Window<'a> {
    text: &'a str,
    ascii: bool,
    b0: usize,
    b1: usize,
    c0: usize,
    nchars: usize,
}

fn window<'a>(vm: &mut Vm, o: &'a Obj, start: Option<&Obj>, end: Option<&Obj>) -> PyResult<Window<'a>> {
    let so = payload(o);
    let (start, end) = (slice_index(vm, start)?, slice_index(vm, end)?);
    let (c0, c1) = adjust_indices(start, end, so.char_len());
    let s = so.as_str();
    let ascii = so.is_ascii();
    let nchars = c1.saturating_sub(c0);
    let b0 = byte_at(s, ascii, c0.min(so.char_len()));
    let b1 = if c1 <= c0 { b0 } else { byte_at(s, ascii, c1) };
    Ok(Window { text: s, ascii, b0, b1, c0, nchars: if c0 > c1 { usize::MAX } else { nchars } })
}

/// `find`/`rfind`/`index`/`rindex`/`count` arguments: `(sub, start, end)`, positional only.
fn search_args<'a>(
    fname: &str,
    a: &'a [Obj],
    kw: Option<&Obj>,
) -> PyResult<(&'a str, Option<&'a Obj>, Option<&'a Obj>)> {
    args::check_arity(fname, a, kw, 1, 3)?;
    Ok((str_arg(&a[0])?, a.get(1), a.get(2)))
}

/// Code-point index of `sub` in `o[start:end]`, or -1.
fn find_impl(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>, fname: &str, rev: bool) -> PyResult<i64> {
    let (sub, start, end) = search_args(fname, a, kw)?;
    let w = window(vm, o, start, end)?;
    let sub_chars = if sub.is_ascii() { sub.len() } else { sub.chars().count() };
    if w.nchars == usize::MAX || w.nchars < sub_chars {
        return Ok(-1);
    }
    let hay = &w.text[w.b0..w.b1];
    let found = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(match found {
        Some(p) => (w.c0 + char_index(hay, w.ascii, p)) as i64,
        None => -1,
    })
}

fn find(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    Ok(int::new_int(find_impl(vm, o, a, kw, "find", false)?))
}
fn rfind(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    Ok(int::new_int(find_impl(vm, o, a, kw, "rfind", true)?))
}
fn index(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    match find_impl(vm, o, a, kw, "index", false)? {
        -1 => Err(PyErr::value_error("substring not found")),
        i => Ok(int::new_int(i)),
    }
}
fn rindex(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    match find_impl(vm, o, a, kw, "rindex", true)? {
        -1 => Err(PyErr::value_error("substring not found")),
        i => Ok(int::new_int(i)),
    }
}

fn count(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let (sub, start, end) = search_args("count", a, kw)?;
    let w = window(vm, o, start, end)?;
    if w.nchars == usize::MAX {
        return Ok(int::new_int(0));
    }
    let hay = &w.text[w.b0..w.b1];
    let n = if sub.is_empty() { w.nchars + 1 } else { hay.matches(sub).count() };
    Ok(int::new_int(n as i64))
}

/// `startswith`/`endswith` (CPython's `tailmatch` over a str or a tuple of str).
fn affix(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>, fname: &str, start: bool) -> PyResult<Obj> {
    args::check_arity(fname, a, kw, 1, 3)?;
    let w = window(vm, o, a.get(1), a.get(2))?;
    let test = |p: &str| -> bool {
        if w.nchars == usize::MAX {
            return false;
        }
        let plen = if p.is_ascii() { p.len() } else { p.chars().count() };
        if plen > w.nchars {
            return false;
        }
        let hay = &w.text[w.b0..w.b1];
        if start {
            hay.starts_with(p)
        } else {
            hay.ends_with(p)
        }
    };
    if let Some(t) = tuple::as_tuple(&a[0]) {
        for p in t.items() {
            let Some(p) = p.downcast::<StrObject>() else {
                return Err(PyErr::type_error(format!(
                    "tuple for {fname} must only contain str, not {}",
                    p.ty().name()
                )));
            };
            if test(p.as_str()) {
                return Ok(boolobj::new_bool(true));
            }
        }
        return Ok(boolobj::new_bool(false));
    }
    let Some(p) = a[0].downcast::<StrObject>() else {
        return Err(PyErr::type_error(format!(
            "{fname} first arg must be str or a tuple of str, not {}",
            a[0].ty().name()
        )));
    };
    Ok(boolobj::new_bool(test(p.as_str())))
}

fn startswith(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    affix(vm, o, a, kw, "startswith", true)
}
fn endswith(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    affix(vm, o, a, kw, "endswith", false)
}

// ---------------------------------------------------------------------------------------------
// join, split, partition

/// Joins str items with `sep`, checking every item first (one allocation for the result).
fn join_items(o: &Obj, sep: &str, items: &[Obj]) -> PyResult<Obj> {
    if items.is_empty() {
        return Ok(super::str::empty());
    }
    if items.len() == 1 && items[0].is_exact::<StrObject>() {
        return Ok(items[0].clone());
    }
    let mut total = sep.len() * (items.len() - 1);
    for (i, it) in items.iter().enumerate() {
        match it.downcast::<StrObject>() {
            Some(s) => total += s.as_str().len(),
            None => {
                return Err(PyErr::type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    it.ty().name()
                )))
            }
        }
    }
    let _ = o;
    let mut out = String::new();
    out.try_reserve(total).map_err(|_| PyErr::memory_error())?;
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(as_str(it));
    }
    try_new_str(&out)
}

fn join(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("str.join", a, kw, 1, 1)?;
    let sep = text(o);
    let arg = &a[0];
    if let Some(t) = arg.downcast_exact::<tuple::TupleObject>() {
        return join_items(o, sep, t.items());
    }
    if let Some(l) = arg.downcast_exact::<list::ListObject>() {
        // SAFETY: joining reads str payloads only; no Python code runs while the list is
        // borrowed.
        return join_items(o, sep, unsafe { l.vec() });
    }
    let it = protocol::get_iter(vm, arg).map_err(|e| {
        if e.is_instance(&super::exceptions::TYPE_ERROR) {
            PyErr::type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    let mut items = Vec::new();
    while let Some(x) = protocol::next(vm, &it)? {
        items.push(x);
    }
    join_items(o, sep, &items)
}

fn sep_arg(a: Option<&Obj>) -> PyResult<Option<&str>> {
    match a.filter(|x| !singletons::is_none(x)) {
        None => Ok(None),
        Some(x) => {
            let s = match x.downcast::<StrObject>() {
                Some(s) => s.as_str(),
                None => return Err(PyErr::type_error(format!("must be str or None, not {}", x.ty().name()))),
            };
            if s.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            Ok(Some(s))
        }
    }
}

fn maxsplit_arg(vm: &mut Vm, a: Option<&Obj>) -> PyResult<i64> {
    match a {
        Some(x) => {
            let i = protocol::index(vm, x)?;
            int::as_i64(&i)
                .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C ssize_t"))
        }
        None => Ok(-1),
    }
}

fn str_list(parts: Vec<&str>) -> PyResult<Obj> {
    let mut items = Vec::with_capacity(parts.len());
    for p in parts {
        items.push(try_new_str(p)?);
    }
    list::new_list(items)
}

/// Splits on runs of whitespace, at most `max` times (all when negative); the remainder after
/// the last split keeps its trailing whitespace, as CPython's `split_whitespace`.
fn split_whitespace(s: &str, max: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(unicode::is_space);
    while !rest.is_empty() {
        if max >= 0 && out.len() as i64 == max {
            out.push(rest);
            break;
        }
        let end = rest.find(unicode::is_space).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = rest[end..].trim_start_matches(unicode::is_space);
    }
    out
}

fn rsplit_whitespace(s: &str, max: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(unicode::is_space);
    while !rest.is_empty() {
        if max >= 0 && out.len() as i64 == max {
            out.push(rest);
            break;
        }
        let start = match rest.rfind(unicode::is_space) {
            Some(i) => i + rest[i..].chars().next().map_or(1, char::len_utf8),
            None => 0,
        };
        out.push(&rest[start..]);
        rest = rest[..start].trim_end_matches(unicode::is_space);
    }
    out.reverse();
    out
}

fn split(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [sep, maxsplit] = args::bind("split", a, kw, ["sep", "maxsplit"], 0, 2)?;
    let s = text(o);
    let max = maxsplit_arg(vm, maxsplit)?;
    let parts: Vec<&str> = match sep_arg(sep)? {
        Some(sep) if max < 0 => s.split(sep).collect(),
        Some(sep) => s.splitn(max.saturating_add(1) as usize, sep).collect(),
        None => split_whitespace(s, max),
    };
    str_list(parts)
}

fn rsplit(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [sep, maxsplit] = args::bind("rsplit", a, kw, ["sep", "maxsplit"], 0, 2)?;
    let s = text(o);
    let max = maxsplit_arg(vm, maxsplit)?;
    let parts: Vec<&str> = match sep_arg(sep)? {
        Some(sep) => {
            let mut v: Vec<&str> = if max < 0 {
                s.rsplit(sep).collect()
            } else {
                s.rsplitn(max.saturating_add(1) as usize, sep).collect()
            };
            v.reverse();
            v
        }
        None => rsplit_whitespace(s, max),
    };
    str_list(parts)
}

fn splitlines(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [keepends] = args::bind("splitlines", a, kw, ["keepends"], 0, 1)?;
    let keep = match keepends {
        Some(k) => protocol::is_true(vm, k)?,
        None => false,
    };
    let s = text(o);
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((b, c)) = it.next() {
        if unicode::is_linebreak(c) {
            let mut end = b + c.len_utf8();
            if c == '\r' {
                if let Some(&(_, '\n')) = it.peek() {
                    it.next();
                    end += 1;
                }
            }
            out.push(if keep { &s[start..end] } else { &s[start..b] });
            start = end;
        }
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    str_list(out)
}

fn partition_impl(o: &Obj, a: &[Obj], kw: Option<&Obj>, rev: bool) -> PyResult<Obj> {
    args::check_arity(if rev { "rpartition" } else { "partition" }, a, kw, 1, 1)?;
    let s = text(o);
    let sep = str_arg(&a[0])?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let found = if rev { s.rfind(sep) } else { s.find(sep) };
    let items = match found {
        Some(i) => vec![try_new_str(&s[..i])?, a[0].clone(), try_new_str(&s[i + sep.len()..])?],
        None if rev => vec![super::str::empty(), super::str::empty(), unchanged(o)?],
        None => vec![unchanged(o)?, super::str::empty(), super::str::empty()],
    };
    tuple::new_tuple(items)
}

fn partition(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    partition_impl(o, a, kw, false)
}
fn rpartition(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    partition_impl(o, a, kw, true)
}

// ---------------------------------------------------------------------------------------------
// strip, replace, padding

fn strip_impl(o: &Obj, a: &[Obj], kw: Option<&Obj>, left: bool, right: bool, name: &str) -> PyResult<Obj> {
    args::check_arity(name, a, kw, 0, 1)?;
    let s = text(o);
    let r = match a.first().filter(|x| !singletons::is_none(x)) {
        None => {
            let t = if left { s.trim_start_matches(unicode::is_space) } else { s };
            if right {
                t.trim_end_matches(unicode::is_space)
            } else {
                t
            }
        }
        Some(x) => {
            let Some(cs) = x.downcast::<StrObject>() else {
                return Err(PyErr::type_error(format!("{name} arg must be None or str")));
            };
            let cs = cs.as_str();
            let f = |c: char| cs.contains(c);
            let t = if left { s.trim_start_matches(f) } else { s };
            if right {
                t.trim_end_matches(f)
            } else {
                t
            }
        }
    };
    if r.len() == s.len() {
        return unchanged(o);
    }
    try_new_str(r)
}

fn strip(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    strip_impl(o, a, kw, true, true, "strip")
}
fn lstrip(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    strip_impl(o, a, kw, true, false, "lstrip")
}
fn rstrip(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    strip_impl(o, a, kw, false, true, "rstrip")
}

fn replace(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let pos = args::positional(a, kw);
    if pos.len() > 3 {
        return Err(PyErr::type_error(format!("replace expected at most 3 arguments, got {}", pos.len())));
    }
    let [old, newv, count] = args::bind("replace", a, kw, ["old", "new", "count"], 0, 3)?;
    let (Some(old), Some(newv)) = (old, newv) else {
        return Err(PyErr::type_error(format!("replace expected at least 2 arguments, got {}", pos.len())));
    };
    if pos.len() < 2 {
        return Err(PyErr::type_error(format!("replace expected at least 2 arguments, got {}", pos.len())));
    }
    let s = text(o);
    let old = named_str_arg(old, "replace", 1)?;
    let newv = named_str_arg(newv, "replace", 2)?;
    let count = match count {
        Some(c) => {
            let i = protocol::index(vm, c)?;
            int::to_i64_saturating(&i)
        }
        None => -1,
    };
    if count == 0 || (!old.is_empty() && !s.contains(old)) {
        return unchanged(o);
    }
    let limit = if count < 0 { usize::MAX } else { count as usize };
    let r = if old.is_empty() {
        let mut out = String::with_capacity(s.len() + newv.len() * (s.len() + 1).min(limit));
        let mut n = 0;
        for c in s.chars() {
            if n < limit {
                out.push_str(newv);
                n += 1;
            }
            out.push(c);
        }
        if n < limit {
            out.push_str(newv);
        }
        out
    } else if count < 0 {
        s.replace(old, newv)
    } else {
        s.replacen(old, newv, limit)
    };
    try_new_str(&r)
}

/// The fill character argument of `center`/`ljust`/`rjust`.
fn fill_char(a: Option<&Obj>, fname: &str) -> PyResult<char> {
    match a {
        None => Ok(' '),
        Some(f) => {
            let Some(s) = f.downcast::<StrObject>() else {
                return Err(PyErr::type_error(format!(
                    "{fname}() argument 2 must be str, not {}",
                    f.ty().name()
                )));
            };
            let mut cs = s.as_str().chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(PyErr::type_error("The fill character must be exactly one character long")),
            }
        }
    }
}

fn width_arg(vm: &mut Vm, o: &Obj) -> PyResult<i64> {
    let i = protocol::index(vm, o)?;
    int::as_i64(&i).ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C ssize_t"))
}

fn justify(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>, name: &str, align: char) -> PyResult<Obj> {
    args::check_arity(name, a, kw, 1, 2)?;
    let width = width_arg(vm, &a[0])?;
    let fill = fill_char(a.get(1), name)?;
    let s = text(o);
    let n = payload(o).char_len() as i64;
    if width <= n {
        return unchanged(o);
    }
    let pad = (width - n) as usize;
    if pad > 1 << 32 {
        return Err(PyErr::memory_error());
    }
    let (left, right) = match align {
        '<' => (0, pad),
        '>' => (pad, 0),
        _ => {
            // CPython's `pad`: the extra space goes left when the width is odd.
            let left = pad / 2 + (pad & (width as usize) & 1);
            (left, pad - left)
        }
    };
    let mut out = String::with_capacity(s.len() + pad * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    try_new_str(&out)
}

fn center(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    justify(vm, o, a, kw, "center", '^')
}
fn ljust(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    justify(vm, o, a, kw, "ljust", '<')
}
fn rjust(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    justify(vm, o, a, kw, "rjust", '>')
}

fn zfill(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("zfill", a, kw, 1, 1)?;
    let width = width_arg(vm, &a[0])?;
    let s = text(o);
    let n = payload(o).char_len() as i64;
    if width <= n {
        return unchanged(o);
    }
    let pad = (width - n) as usize;
    if pad > 1 << 32 {
        return Err(PyErr::memory_error());
    }
    let mut out = String::with_capacity(s.len() + pad);
    let body = match s.as_bytes().first() {
        Some(b'+' | b'-') => {
            out.push_str(&s[..1]);
            &s[1..]
        }
        _ => s,
    };
    out.extend(std::iter::repeat_n('0', pad));
    out.push_str(body);
    try_new_str(&out)
}

fn expandtabs(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [tabsize] = args::bind("expandtabs", a, kw, ["tabsize"], 0, 1)?;
    let ts = match tabsize {
        Some(t) => width_arg(vm, t)?,
        None => 8,
    };
    let s = text(o);
    if !s.contains('\t') {
        return unchanged(o);
    }
    let mut out = String::with_capacity(s.len() + 16);
    let mut col = 0i64;
    for c in s.chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    if out.len() as i64 + n > (1 << 32) {
                        return Err(PyErr::overflow_error("result too long"));
                    }
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    try_new_str(&out)
}

fn removeprefix(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("removeprefix", a, kw, 1, 1)?;
    let Some(p) = a[0].downcast::<StrObject>() else {
        return Err(PyErr::type_error(format!(
            "removeprefix() argument must be str, not {}",
            a[0].ty().name()
        )));
    };
    match text(o).strip_prefix(p.as_str()) {
        Some(r) if !p.as_str().is_empty() => try_new_str(r),
        _ => unchanged(o),
    }
}

fn removesuffix(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("removesuffix", a, kw, 1, 1)?;
    let Some(p) = a[0].downcast::<StrObject>() else {
        return Err(PyErr::type_error(format!(
            "removesuffix() argument must be str, not {}",
            a[0].ty().name()
        )));
    };
    match text(o).strip_suffix(p.as_str()) {
        Some(r) if !p.as_str().is_empty() => try_new_str(r),
        _ => unchanged(o),
    }
}

// ---------------------------------------------------------------------------------------------
// Case and character classes

macro_rules! case_method {
    ($name:ident, $qual:literal, $f:path) => {
        fn $name(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
            args::check_arity($qual, a, kw, 0, 0)?;
            let s = text(o);
            let r = $f(s);
            if r == s {
                return unchanged(o);
            }
            try_new_str(&r)
        }
    };
}

case_method!(upper, "str.upper", unicode::upper);
case_method!(lower, "str.lower", unicode::lower);
case_method!(casefold, "str.casefold", unicode::casefold);
case_method!(swapcase, "str.swapcase", unicode::swapcase);
case_method!(capitalize, "str.capitalize", unicode::capitalize);
case_method!(title, "str.title", unicode::title);

macro_rules! predicate {
    ($name:ident, $qual:literal, $f:expr) => {
        fn $name(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
            args::check_arity($qual, a, kw, 0, 0)?;
            let f: fn(&str) -> bool = $f;
            Ok(boolobj::new_bool(f(text(o))))
        }
    };
}

predicate!(isdigit, "str.isdigit", |s| !s.is_empty() && s.chars().all(unicode::is_digit));
predicate!(isdecimal, "str.isdecimal", |s| !s.is_empty() && s.chars().all(unicode::is_decimal));
predicate!(isnumeric, "str.isnumeric", |s| !s.is_empty() && s.chars().all(unicode::is_numeric));
predicate!(isalpha, "str.isalpha", |s| !s.is_empty() && s.chars().all(unicode::is_alpha));
predicate!(isalnum, "str.isalnum", |s| !s.is_empty() && s.chars().all(unicode::is_alnum));
predicate!(isspace, "str.isspace", |s| !s.is_empty() && s.chars().all(unicode::is_space));
predicate!(isascii, "str.isascii", |s| s.is_ascii());
predicate!(islower, "str.islower", unicode::islower);
predicate!(isupper, "str.isupper", unicode::isupper);
predicate!(istitle, "str.istitle", unicode::istitle);
predicate!(isprintable, "str.isprintable", |s| s.chars().all(unicode::is_printable));
predicate!(isidentifier, "str.isidentifier", is_identifier);

/// `str.isidentifier`: XID_Start (or `_`) then XID_Continue characters.
pub fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c == '_' || unicode_ident::is_xid_start(c) => cs.all(unicode_ident::is_xid_continue),
        _ => false,
    }
}

// ---------------------------------------------------------------------------------------------
// format, encode, translate

fn format_m(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let pos = args::positional(a, kw);
    let kwargs = if args::kw_count(kw) > 0 {
        let d = dict::new_dict();
        for (k, v) in args::keywords(a, kw) {
            dict::as_dict(&d).expect("dict").set_item(vm, try_new_str(k)?, v.clone())?;
        }
        Some(d)
    } else {
        None
    };
    let r = format::format_string(vm, text(o), pos, kwargs.as_ref())?;
    try_new_str(&r)
}

fn format_map(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("format_map", a, kw, 1, 1)?;
    let r = format::format_map(vm, text(o), &a[0])?;
    try_new_str(&r)
}

fn dunder_format(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("__format__", a, kw, 1, 1)?;
    let Some(spec) = a[0].downcast::<StrObject>() else {
        return Err(PyErr::type_error(format!(
            "__format__() argument must be str, not {}",
            a[0].ty().name()
        )));
    };
    if spec.as_str().is_empty() {
        return unchanged(o);
    }
    try_new_str(&format::format_str(text(o), spec.as_str())?)
}

fn encode(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [encoding, errors] = args::bind("encode", a, kw, ["encoding", "errors"], 0, 2)?;
    let enc = match encoding {
        Some(e) => named_str_arg(e, "encode", 1).map_err(|_| {
            PyErr::type_error(format!("encode() argument 'encoding' must be str, not {}", e.ty().name()))
        })?,
        None => "utf-8",
    };
    let errs = match errors {
        Some(e) => named_str_arg(e, "encode", 2).map_err(|_| {
            PyErr::type_error(format!("encode() argument 'errors' must be str, not {}", e.ty().name()))
        })?,
        None => "strict",
    };
    super::bytes::new_bytes(&codecs::encode(text(o), enc, errs)?)
}

fn maketrans(vm: &mut Vm, _cls: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("maketrans", a, kw, 1, 3)?;
    let d = dict::new_dict();
    let dd = dict::as_dict(&d).expect("dict");
    if a.len() == 1 {
        let Some(src) = dict::as_dict(&a[0]) else {
            return Err(PyErr::type_error("if you give only one argument to maketrans it must be a dict"));
        };
        for (k, v) in src.items_vec() {
            let key = match k.downcast::<StrObject>() {
                Some(s) if s.char_len() == 1 => {
                    int::new_int(s.as_str().chars().next().expect("one char") as i64)
                }
                Some(_) => {
                    return Err(PyErr::value_error("string keys in translate table must be of length 1"))
                }
                None if int::is_int(&k) => k,
                None => return Err(PyErr::type_error("keys in translate table must be strings or integers")),
            };
            dd.set_item(vm, key, v)?;
        }
        return Ok(d);
    }
    let x = named_str_arg(&a[0], "maketrans", 1)?;
    let y = named_str_arg(&a[1], "maketrans", 2)?;
    if x.chars().count() != y.chars().count() {
        return Err(PyErr::value_error("the first two maketrans arguments must have equal length"));
    }
    for (c1, c2) in x.chars().zip(y.chars()) {
        dd.set_item(vm, int::new_int(c1 as i64), int::new_int(c2 as i64))?;
    }
    if let Some(z) = a.get(2) {
        for c in named_str_arg(z, "maketrans", 3)?.chars() {
            dd.set_item(vm, int::new_int(c as i64), singletons::none())?;
        }
    }
    Ok(d)
}

fn translate(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("translate", a, kw, 1, 1)?;
    let s = text(o).to_string();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match protocol::get_item(vm, &a[0], &int::new_int(c as i64)) {
            Ok(v) => {
                if singletons::is_none(&v) {
                    continue;
                }
                if let Some(t) = v.downcast::<StrObject>() {
                    out.push_str(t.as_str());
                } else if let Some(i) = int::int_value(&v) {
                    let code = match i {
                        int::IntRef::Small(n) if (0..0x110000).contains(&n) => n as u32,
                        _ => return Err(PyErr::value_error("character mapping must be in range(0x110000)")),
                    };
                    out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                } else {
                    return Err(PyErr::type_error("character mapping must return integer, None or str"));
                }
            }
            Err(e) if e.is_instance(&super::exceptions::LOOKUP_ERROR) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    if out == s {
        return unchanged(o);
    }
    try_new_str(&out)
}

fn getnewargs(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    tuple::new_tuple(vec![try_new_str(text(o))?])
}

/// `str.__sizeof__`: our real size — the object header, cached hash, lengths and flags, then
/// the UTF-8 text and a NUL.
fn sizeof(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    Ok(int::new_int((o.ty().basicsize.get() + text(o).len() + 1) as i64))
}

pub static METHODS: &[MethodDef] = &[
    m!("join", join),
    m!("split", split),
    m!("rsplit", rsplit),
    m!("splitlines", splitlines),
    m!("strip", strip),
    m!("lstrip", lstrip),
    m!("rstrip", rstrip),
    m!("startswith", startswith),
    m!("endswith", endswith),
    m!("replace", replace),
    m!("find", find),
    m!("rfind", rfind),
    m!("index", index),
    m!("rindex", rindex),
    m!("count", count),
    m!("upper", upper),
    m!("lower", lower),
    m!("casefold", casefold),
    m!("swapcase", swapcase),
    m!("capitalize", capitalize),
    m!("title", title),
    m!("isdigit", isdigit),
    m!("isdecimal", isdecimal),
    m!("isnumeric", isnumeric),
    m!("isalpha", isalpha),
    m!("isalnum", isalnum),
    m!("isspace", isspace),
    m!("isascii", isascii),
    m!("islower", islower),
    m!("isupper", isupper),
    m!("isprintable", isprintable),
    m!("isidentifier", isidentifier),
    m!("istitle", istitle),
    m!("center", center),
    m!("ljust", ljust),
    m!("rjust", rjust),
    m!("zfill", zfill),
    m!("partition", partition),
    m!("rpartition", rpartition),
    m!("format", format_m),
    m!("format_map", format_map),
    m!("__format__", dunder_format),
    m!("encode", encode),
    m!("expandtabs", expandtabs),
    m!("removeprefix", removeprefix),
    m!("removesuffix", removesuffix),
    m!("maketrans", maketrans, static),
    m!("translate", translate),
    m!("__getnewargs__", getnewargs),
    m!("__sizeof__", sizeof),
];
