//! Methods of `bytes` and `bytearray`.

use super::bytes::{as_bytes, bytes_repr_text, decode, new_bytearray, new_bytes, ByteArrayObject};
use super::header::Obj;
use super::seq_methods::m;
use super::typeobj::MethodDef;
use super::{args, boolobj, int, list, protocol, singletons, str as pystr, PyErr, PyResult};
use crate::vm::Vm;

fn data(o: &Obj) -> Vec<u8> {
    as_bytes(o).map(|b| b.to_vec()).unwrap_or_default()
}

/// A result of the same flavour (bytes or bytearray) as `like`.
fn same(like: &Obj, v: Vec<u8>) -> PyResult<Obj> {
    if like.downcast::<ByteArrayObject>().is_some() {
        new_bytearray(v)
    } else {
        new_bytes(&v)
    }
}

fn arg_bytes(o: &Obj) -> PyResult<Vec<u8>> {
    as_bytes(o)
        .map(|b| b.to_vec())
        .ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", o.ty().name())))
}

fn m_decode(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [encoding, errors] = args::bind("decode", a, kw, ["encoding", "errors"], 0, 2)?;
    let enc = encoding
        .map(|e| pystr::expect_str(e, "decode() argument 'encoding'"))
        .transpose()?
        .unwrap_or("utf-8");
    let errs =
        errors.map(|e| pystr::expect_str(e, "decode() argument 'errors'")).transpose()?.unwrap_or("strict");
    decode(o, enc, errs)
}

fn m_hex(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    let s: String = data(o).iter().map(|b| format!("{b:02x}")).collect();
    pystr::try_new_str(&s)
}

fn m_fromhex(_: &mut Vm, cls: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("fromhex", a, kw, 1, 1)?;
    let s: String =
        pystr::expect_str(&a[0], "fromhex() argument")?.chars().filter(|c| !c.is_whitespace()).collect();
    if !s.len().is_multiple_of(2) {
        return Err(PyErr::value_error("non-hexadecimal number found in fromhex() arg"));
    }
    let mut out = Vec::new();
    for i in (0..s.len()).step_by(2) {
        out.push(
            u8::from_str_radix(&s[i..i + 2], 16)
                .map_err(|_| PyErr::value_error("non-hexadecimal number found in fromhex() arg"))?,
        );
    }
    if super::bytes::BYTEARRAY_TYPE.is(cls) {
        new_bytearray(out)
    } else {
        new_bytes(&out)
    }
}

fn m_join(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("join", a, kw, 1, 1)?;
    let sep = data(o);
    let mut out = Vec::new();
    for (i, item) in protocol::collect(vm, &a[0])?.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend(arg_bytes(item)?);
    }
    same(o, out)
}

fn find_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    h.windows(n.len()).position(|w| w == n)
}

fn m_find(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("find", a, kw, 1, 1)?;
    Ok(int::new_int(find_sub(&data(o), &arg_bytes(&a[0])?).map_or(-1, |i| i as i64)))
}

fn m_count(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("count", a, kw, 1, 1)?;
    let (h, n) = (data(o), arg_bytes(&a[0])?);
    if n.is_empty() {
        return Ok(int::new_int(h.len() as i64 + 1));
    }
    let (mut i, mut c) = (0, 0);
    while let Some(p) = find_sub(&h[i..], &n) {
        c += 1;
        i += p + n.len();
    }
    Ok(int::new_int(c))
}

fn m_startswith(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("startswith", a, kw, 1, 1)?;
    Ok(boolobj::new_bool(data(o).starts_with(&arg_bytes(&a[0])?)))
}

fn m_endswith(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("endswith", a, kw, 1, 1)?;
    Ok(boolobj::new_bool(data(o).ends_with(&arg_bytes(&a[0])?)))
}

fn m_replace(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("replace", a, kw, 2, 2)?;
    let (h, old, new) = (data(o), arg_bytes(&a[0])?, arg_bytes(&a[1])?);
    let mut out = Vec::new();
    let mut i = 0;
    if old.is_empty() {
        for &b in &h {
            out.extend_from_slice(&new);
            out.push(b);
        }
        out.extend_from_slice(&new);
        return same(o, out);
    }
    while let Some(p) = find_sub(&h[i..], &old) {
        out.extend_from_slice(&h[i..i + p]);
        out.extend_from_slice(&new);
        i += p + old.len();
    }
    out.extend_from_slice(&h[i..]);
    same(o, out)
}

fn m_split(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("split", a, kw, 0, 1)?;
    let h = data(o);
    let parts: Vec<Vec<u8>> = match a.first().filter(|x| !singletons::is_none(x)) {
        None => h.split(|b| b.is_ascii_whitespace()).filter(|p| !p.is_empty()).map(|p| p.to_vec()).collect(),
        Some(sep) => {
            let sep = arg_bytes(sep)?;
            if sep.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            let mut out = Vec::new();
            let mut i = 0;
            while let Some(p) = find_sub(&h[i..], &sep) {
                out.push(h[i..i + p].to_vec());
                i += p + sep.len();
            }
            out.push(h[i..].to_vec());
            out
        }
    };
    let items: PyResult<Vec<Obj>> = parts.into_iter().map(|p| same(o, p)).collect();
    list::new_list(items?)
}

fn m_strip(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("strip", a, kw, 0, 1)?;
    let h = data(o);
    let chars: Vec<u8> = match a.first().filter(|x| !singletons::is_none(x)) {
        Some(c) => arg_bytes(c)?,
        None => b" \t\n\r\x0b\x0c".to_vec(),
    };
    let start = h.iter().position(|b| !chars.contains(b)).unwrap_or(h.len());
    let end = h.iter().rposition(|b| !chars.contains(b)).map_or(start, |e| e + 1);
    same(o, h[start..end.max(start)].to_vec())
}

fn m_upper(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    same(o, data(o).to_ascii_uppercase())
}

fn m_lower(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    same(o, data(o).to_ascii_lowercase())
}

fn m_append(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("append", a, kw, 1, 1)?;
    let b = protocol::index_i64(vm, &a[0])?;
    if !(0..256).contains(&b) {
        return Err(PyErr::value_error("byte must be in range(0, 256)"));
    }
    // SAFETY: a short access.
    unsafe { o.downcast::<ByteArrayObject>().expect("bytearray").vec().push(b as u8) };
    Ok(singletons::none())
}

fn m_extend(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("extend", a, kw, 1, 1)?;
    let add: Vec<u8> = match as_bytes(&a[0]) {
        Some(b) => b.to_vec(),
        None => {
            let mut v = Vec::new();
            for i in protocol::collect(vm, &a[0])? {
                v.push(protocol::index_i64(vm, &i)? as u8);
            }
            v
        }
    };
    // SAFETY: a short access.
    unsafe { o.downcast::<ByteArrayObject>().expect("bytearray").vec().extend(add) };
    Ok(singletons::none())
}

fn m_pop(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    // SAFETY: a short access.
    match unsafe { o.downcast::<ByteArrayObject>().expect("bytearray").vec().pop() } {
        Some(b) => Ok(int::new_int(b as i64)),
        None => Err(PyErr::index_error("pop from empty bytearray")),
    }
}

fn m_repr_hex(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    pystr::try_new_str(&bytes_repr_text(&data(o), "b"))
}

pub static BYTES_METHODS: &[MethodDef] = &[
    m!("decode", m_decode),
    m!("hex", m_hex),
    m!("fromhex", m_fromhex, class),
    m!("join", m_join),
    m!("find", m_find),
    m!("count", m_count),
    m!("startswith", m_startswith),
    m!("endswith", m_endswith),
    m!("replace", m_replace),
    m!("split", m_split),
    m!("strip", m_strip),
    m!("upper", m_upper),
    m!("lower", m_lower),
];

pub static BYTEARRAY_METHODS: &[MethodDef] = &[
    m!("decode", m_decode),
    m!("hex", m_hex),
    m!("fromhex", m_fromhex, class),
    m!("join", m_join),
    m!("find", m_find),
    m!("count", m_count),
    m!("startswith", m_startswith),
    m!("endswith", m_endswith),
    m!("replace", m_replace),
    m!("split", m_split),
    m!("strip", m_strip),
    m!("upper", m_upper),
    m!("lower", m_lower),
    m!("append", m_append),
    m!("extend", m_extend),
    m!("pop", m_pop),
    m!("__bytes_repr__", m_repr_hex),
];
