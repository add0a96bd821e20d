//! Methods of `str`.

use super::header::Obj;
use super::seq_methods::m;
use super::str::{as_str, expect_str, try_new_str, StrObject};
use super::typeobj::MethodDef;
use super::{args, boolobj, bytes, dict, format, int, list, protocol, singletons, tuple, PyErr, PyResult};
use crate::vm::Vm;

fn text(o: &Obj) -> &str {
    as_str(o)
}

fn new(s: &str) -> PyResult<Obj> {
    try_new_str(s)
}

/// Converts Python-style start/end arguments to byte offsets within `s`.
fn char_range(vm: &mut Vm, s: &str, start: Option<&Obj>, end: Option<&Obj>) -> PyResult<(usize, usize)> {
    let n = s.chars().count() as i64;
    let norm = |v: i64| if v < 0 { (v + n).max(0) } else { v.min(n) };
    let st = match start.filter(|x| !singletons::is_none(x)) {
        Some(x) => norm(protocol::index_i64(vm, x)?),
        None => 0,
    };
    let en = match end.filter(|x| !singletons::is_none(x)) {
        Some(x) => norm(protocol::index_i64(vm, x)?),
        None => n,
    };
    let to_byte = |ci: i64| s.char_indices().nth(ci as usize).map_or(s.len(), |(b, _)| b);
    if st > en {
        return Ok((usize::MAX, usize::MAX));
    }
    Ok((to_byte(st), to_byte(en)))
}

fn char_index(s: &str, byte: usize) -> i64 {
    s[..byte].chars().count() as i64
}

fn join(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("join", a, kw, 1, 1)?;
    let sep = text(o).to_string();
    let items = protocol::collect(vm, &a[0])?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match it.downcast::<StrObject>() {
            Some(s) => out.push_str(s.as_str()),
            None => {
                return Err(PyErr::type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    it.ty().name()
                )))
            }
        }
    }
    new(&out)
}

fn sep_arg(a: Option<&Obj>) -> PyResult<Option<&str>> {
    match a.filter(|x| !singletons::is_none(x)) {
        None => Ok(None),
        Some(x) => {
            let s = expect_str(x, "must be str or None, not")
                .map_err(|_| PyErr::type_error(format!("must be str or None, not {}", x.ty().name())))?;
            if s.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            Ok(Some(s))
        }
    }
}

fn maxsplit_arg(vm: &mut Vm, a: Option<&Obj>) -> PyResult<i64> {
    match a {
        Some(x) => protocol::index_i64(vm, x),
        None => Ok(-1),
    }
}

fn strs(v: Vec<&str>) -> PyResult<Obj> {
    list::new_list(v.into_iter().map(super::str::new_str).collect())
}

fn split(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [sep, maxsplit] = args::bind("split", a, kw, ["sep", "maxsplit"], 0, 2)?;
    let s = text(o);
    let max = maxsplit_arg(vm, maxsplit)?;
    let sep = sep_arg(sep)?;
    let parts: Vec<&str> = match sep {
        Some(sep) => {
            if max < 0 {
                s.split(sep).collect()
            } else {
                s.splitn(max as usize + 1, sep).collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start();
            while !rest.is_empty() {
                if max >= 0 && out.len() as i64 == max {
                    out.push(rest);
                    break;
                }
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                out.push(&rest[..end]);
                rest = rest[end..].trim_start();
            }
            if max >= 0 && out.len() as i64 > max && !out.is_empty() {
                // The last kept piece keeps its trailing whitespace stripped only at the left.
            }
            out
        }
    };
    strs(parts)
}

fn rsplit(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [sep, maxsplit] = args::bind("rsplit", a, kw, ["sep", "maxsplit"], 0, 2)?;
    let s = text(o);
    let max = maxsplit_arg(vm, maxsplit)?;
    let sep = sep_arg(sep)?;
    let mut parts: Vec<&str> = match sep {
        Some(sep) => {
            if max < 0 {
                s.rsplit(sep).collect()
            } else {
                s.rsplitn(max as usize + 1, sep).collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_end();
            while !rest.is_empty() {
                if max >= 0 && out.len() as i64 == max {
                    out.push(rest);
                    break;
                }
                let start = rest
                    .rfind(char::is_whitespace)
                    .map_or(0, |i| i + rest[i..].chars().next().map_or(1, |c| c.len_utf8()));
                out.push(&rest[start..]);
                rest = rest[..start].trim_end();
            }
            out
        }
    };
    parts.reverse();
    strs(parts)
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
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        let is_break = matches!(
            c,
            '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}'
        );
        if is_break {
            let mut end = b + c.len_utf8();
            if c == '\r' && i + 1 < chars.len() && chars[i + 1].1 == '\n' {
                end += 1;
                i += 1;
            }
            out.push(if keep { &s[start..end] } else { &s[start..b] });
            start = end;
        }
        i += 1;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    strs(out)
}

fn strip_chars(a: Option<&Obj>) -> PyResult<Option<&str>> {
    match a.filter(|x| !singletons::is_none(x)) {
        None => Ok(None),
        Some(x) => Ok(Some(
            expect_str(x, "strip arg")
                .map_err(|_| PyErr::type_error("strip arg must be None or str".to_string()))?,
        )),
    }
}

fn strip_impl(o: &Obj, a: &[Obj], kw: Option<&Obj>, left: bool, right: bool, name: &str) -> PyResult<Obj> {
    args::check_arity(name, a, kw, 0, 1)?;
    let s = text(o);
    let chars = strip_chars(a.first())?;
    let r = match chars {
        None => match (left, right) {
            (true, true) => s.trim(),
            (true, false) => s.trim_start(),
            _ => s.trim_end(),
        },
        Some(cs) => {
            let f = |c: char| cs.contains(c);
            match (left, right) {
                (true, true) => s.trim_matches(f),
                (true, false) => s.trim_start_matches(f),
                _ => s.trim_end_matches(f),
            }
        }
    };
    if r.len() == s.len() && o.is_exact::<StrObject>() {
        return Ok(o.clone());
    }
    new(r)
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

fn affix(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>, name: &str, start: bool) -> PyResult<Obj> {
    args::check_arity(name, a, kw, 1, 3)?;
    let s = text(o);
    let (b0, b1) = char_range(vm, s, a.get(1), a.get(2))?;
    if b0 == usize::MAX {
        return Ok(boolobj::new_bool(false));
    }
    let hay = &s[b0..b1];
    let test = |p: &str| if start { hay.starts_with(p) } else { hay.ends_with(p) };
    if let Some(t) = tuple::as_tuple(&a[0]) {
        for p in t.items() {
            let p = expect_str(p, "tuple for startswith must only contain str, not")?;
            if test(p) {
                return Ok(boolobj::new_bool(true));
            }
        }
        return Ok(boolobj::new_bool(false));
    }
    let Some(p) = a[0].downcast::<StrObject>() else {
        return Err(PyErr::type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
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

fn replace(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [old, newv, count] = args::bind("replace", a, kw, ["old", "new", "count"], 2, 3)?;
    let s = text(o);
    let old = expect_str(old.expect("required"), "replace() argument 1")?;
    let newv = expect_str(newv.expect("required"), "replace() argument 2")?;
    let count = match count {
        Some(c) => protocol::index_i64(vm, c)?,
        None => -1,
    };
    let r = if count < 0 {
        if old.is_empty() {
            let mut out = String::from(newv);
            for c in s.chars() {
                out.push(c);
                out.push_str(newv);
            }
            out
        } else {
            s.replace(old, newv)
        }
    } else if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        for c in s.chars() {
            if (n as i64) < count {
                out.push_str(newv);
                n += 1;
            }
            out.push(c);
        }
        if (n as i64) < count {
            out.push_str(newv);
        }
        out
    } else {
        s.replacen(old, newv, count as usize)
    };
    new(&r)
}

fn find_impl(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>, name: &str, rev: bool) -> PyResult<i64> {
    args::check_arity(name, a, kw, 1, 3)?;
    let s = text(o);
    let sub = expect_str(&a[0], "must be str, not")
        .map_err(|_| PyErr::type_error(format!("must be str, not {}", a[0].ty().name())))?;
    let (b0, b1) = char_range(vm, s, a.get(1), a.get(2))?;
    if b0 == usize::MAX {
        return Ok(-1);
    }
    let hay = &s[b0..b1];
    let r = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(r.map_or(-1, |i| char_index(s, b0 + i)))
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
    args::check_arity("count", a, kw, 1, 3)?;
    let s = text(o);
    let sub = expect_str(&a[0], "must be str, not")?;
    let (b0, b1) = char_range(vm, s, a.get(1), a.get(2))?;
    if b0 == usize::MAX {
        return Ok(int::new_int(0));
    }
    let hay = &s[b0..b1];
    let n = if sub.is_empty() { hay.chars().count() + 1 } else { hay.matches(sub).count() };
    Ok(int::new_int(n as i64))
}

macro_rules! case_method {
    ($name:ident, $f:expr) => {
        fn $name(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
            args::check_arity(stringify!($name), a, kw, 0, 0)?;
            let f: fn(&str) -> String = $f;
            new(&f(text(o)))
        }
    };
}

case_method!(upper, |s| s.to_uppercase());
case_method!(lower, |s| s.to_lowercase());
case_method!(casefold, |s| s.to_lowercase());
case_method!(swapcase, |s| s
    .chars()
    .flat_map(|c| if c.is_uppercase() {
        c.to_lowercase().collect::<Vec<_>>()
    } else {
        c.to_uppercase().collect()
    })
    .collect());
case_method!(capitalize, |s| {
    let mut cs = s.chars();
    match cs.next() {
        Some(f) => f.to_uppercase().chain(cs.flat_map(|c| c.to_lowercase())).collect(),
        None => String::new(),
    }
});
case_method!(title, |s| {
    let mut out = String::new();
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = c.is_alphabetic();
    }
    out
});

macro_rules! predicate {
    ($name:ident, $f:expr) => {
        fn $name(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
            args::check_arity(stringify!($name), a, kw, 0, 0)?;
            let f: fn(&str) -> bool = $f;
            Ok(boolobj::new_bool(f(text(o))))
        }
    };
}

predicate!(isdigit, |s| !s.is_empty()
    && s.chars().all(|c| c.is_ascii_digit() || c.is_numeric() && c.is_ascii_digit()));
predicate!(isdecimal, |s| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit()));
predicate!(isnumeric, |s| !s.is_empty() && s.chars().all(|c| c.is_numeric()));
predicate!(isalpha, |s| !s.is_empty() && s.chars().all(|c| c.is_alphabetic()));
predicate!(isalnum, |s| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric()));
predicate!(isspace, |s| !s.is_empty() && s.chars().all(|c| c.is_whitespace()));
predicate!(isascii, |s| s.is_ascii());
predicate!(islower, |s| s.chars().any(|c| c.is_lowercase()) && !s.chars().any(|c| c.is_uppercase()));
predicate!(isupper, |s| s.chars().any(|c| c.is_uppercase()) && !s.chars().any(|c| c.is_lowercase()));
predicate!(isprintable, |s| s.chars().all(super::str::is_printable));
predicate!(isidentifier, |s| {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c == '_' || unicode_ident::is_xid_start(c) => cs.all(unicode_ident::is_xid_continue),
        _ => false,
    }
});
predicate!(istitle, |s| {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
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

fn fill_char(a: Option<&Obj>) -> PyResult<char> {
    match a {
        None => Ok(' '),
        Some(f) => {
            let s = expect_str(f, "fill character")?;
            let mut cs = s.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(PyErr::type_error("The fill character must be exactly one character long")),
            }
        }
    }
}

fn justify(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>, name: &str, align: char) -> PyResult<Obj> {
    args::check_arity(name, a, kw, 1, 2)?;
    let width = protocol::index_i64(vm, &a[0])?;
    let fill = fill_char(a.get(1))?;
    let s = text(o);
    let n = s.chars().count() as i64;
    if width <= n {
        return if o.is_exact::<StrObject>() { Ok(o.clone()) } else { new(s) };
    }
    let pad = (width - n) as usize;
    let f = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    let r = match align {
        '<' => format!("{s}{}", f(pad)),
        '>' => format!("{}{s}", f(pad)),
        _ => {
            let left = pad / 2 + (pad & (width as usize) & 1);
            format!("{}{s}{}", f(left), f(pad - left))
        }
    };
    new(&r)
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
    let width = protocol::index_i64(vm, &a[0])?;
    let s = text(o);
    let n = s.chars().count() as i64;
    if width <= n {
        return new(s);
    }
    let pad = "0".repeat((width - n) as usize);
    let r =
        if s.starts_with(['+', '-']) { format!("{}{pad}{}", &s[..1], &s[1..]) } else { format!("{pad}{s}") };
    new(&r)
}

fn partition_impl(o: &Obj, a: &[Obj], kw: Option<&Obj>, rev: bool) -> PyResult<Obj> {
    args::check_arity(if rev { "rpartition" } else { "partition" }, a, kw, 1, 1)?;
    let s = text(o);
    let sep = expect_str(&a[0], "must be str, not")?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let found = if rev { s.rfind(sep) } else { s.find(sep) };
    let parts = match found {
        Some(i) => [&s[..i], sep, &s[i + sep.len()..]],
        None if rev => ["", "", s],
        None => [s, "", ""],
    };
    tuple::new_tuple(parts.iter().map(|p| super::str::new_str(p)).collect())
}

fn partition(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    partition_impl(o, a, kw, false)
}
fn rpartition(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    partition_impl(o, a, kw, true)
}

fn format_m(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let pos = args::positional(a, kw).to_vec();
    let kwargs = if args::kw_count(kw) > 0 {
        let d = dict::new_dict();
        for (k, v) in args::keywords(a, kw) {
            dict::as_dict(&d).expect("dict").set_item(vm, super::str::new_str(k), v.clone())?;
        }
        Some(d)
    } else {
        None
    };
    let r = format::format_string(vm, text(o), &pos, kwargs.as_ref())?;
    new(&r)
}

fn format_map(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("format_map", a, kw, 1, 1)?;
    let r = format::format_string(vm, text(o), &[], Some(&a[0]))?;
    new(&r)
}

fn dunder_format(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("__format__", a, kw, 1, 1)?;
    let spec = expect_str(&a[0], "format_spec")?;
    let r = format::format_str(text(o), &format::parse_spec(spec)?)?;
    let _ = vm;
    new(&r)
}

fn encode(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [encoding, _errors] = args::bind("encode", a, kw, ["encoding", "errors"], 0, 2)?;
    let enc = match encoding {
        Some(e) => expect_str(e, "encode() argument 'encoding'")?,
        None => "utf-8",
    };
    bytes::new_bytes(&bytes::encode(text(o), enc)?)
}

fn expandtabs(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [tabsize] = args::bind("expandtabs", a, kw, ["tabsize"], 0, 1)?;
    let ts = match tabsize {
        Some(t) => protocol::index_i64(vm, t)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0i64;
    for c in text(o).chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.push_str(&" ".repeat(n as usize));
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
    new(&out)
}

fn removeprefix(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("removeprefix", a, kw, 1, 1)?;
    let p = expect_str(&a[0], "removeprefix() argument")?;
    new(text(o).strip_prefix(p).unwrap_or(text(o)))
}

fn removesuffix(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("removesuffix", a, kw, 1, 1)?;
    let p = expect_str(&a[0], "removesuffix() argument")?;
    if p.is_empty() {
        return new(text(o));
    }
    new(text(o).strip_suffix(p).unwrap_or(text(o)))
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
                None => k,
            };
            dd.set_item(vm, key, v)?;
        }
        return Ok(d);
    }
    let (x, y) = (expect_str(&a[0], "maketrans arg")?, expect_str(&a[1], "maketrans arg")?);
    if x.chars().count() != y.chars().count() {
        return Err(PyErr::value_error("the first two maketrans arguments must have equal length"));
    }
    for (c1, c2) in x.chars().zip(y.chars()) {
        dd.set_item(vm, int::new_int(c1 as i64), int::new_int(c2 as i64))?;
    }
    if let Some(z) = a.get(2) {
        for c in expect_str(z, "maketrans arg")?.chars() {
            dd.set_item(vm, int::new_int(c as i64), singletons::none())?;
        }
    }
    Ok(d)
}

fn translate(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("translate", a, kw, 1, 1)?;
    let mut out = String::new();
    for c in text(o).chars() {
        match protocol::get_item(vm, &a[0], &int::new_int(c as i64)) {
            Ok(v) => {
                if singletons::is_none(&v) {
                    continue;
                }
                if let Some(s) = v.downcast::<StrObject>() {
                    out.push_str(s.as_str());
                } else if let Some(i) = int::as_i64(&v) {
                    out.push(
                        char::from_u32(i as u32).ok_or_else(|| {
                            PyErr::value_error("character mapping must be in range(0x110000)")
                        })?,
                    );
                } else {
                    return Err(PyErr::type_error("character mapping must return integer, None or str"));
                }
            }
            Err(e) if e.is_instance(&super::exceptions::LOOKUP_ERROR) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    new(&out)
}

fn getnewargs(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    tuple::new_tuple(vec![new(text(o))?])
}

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
