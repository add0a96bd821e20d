//! Methods and attributes of `float`.

use super::float::{big_to_f64, decompose, float_to_int, float_value, new_float, round_float};
use super::header::Obj;
use super::seq_methods::m;
use super::typeobj::{GetSetDef, MethodDef};
use super::{args, boolobj, format, int, protocol, singletons, str as pystr, tuple, PyErr, PyResult};
use crate::vm::Vm;
use num_bigint::{BigInt, BigUint};

fn f(o: &Obj) -> f64 {
    float_value(o).expect("float")
}

fn is_integer(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("float.is_integer", a, kw, 0, 0)?;
    let x = f(o);
    Ok(boolobj::new_bool(x.is_finite() && x.fract() == 0.0))
}

fn as_integer_ratio(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("float.as_integer_ratio", a, kw, 0, 0)?;
    let x = f(o);
    if x.is_infinite() {
        return Err(PyErr::overflow_error("cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
    }
    let (m, e) = decompose(x);
    let (num, den) =
        if e >= 0 { (m << (e as u64), BigInt::from(1)) } else { (m, BigInt::from(1) << ((-e) as u64)) };
    tuple::new_tuple(vec![int::new_bigint(num)?, int::new_bigint(den)?])
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>` (CPython's `float_hex`).
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    format!("{sign}0x{lead}.{mant:013x}p{}{}", if e < 0 { '-' } else { '+' }, e.abs())
}

fn hex(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("float.hex", a, kw, 0, 0)?;
    pystr::try_new_str(&float_hex(f(o)))
}

fn invalid_hex() -> PyErr {
    PyErr::value_error("invalid hexadecimal floating-point string")
}

/// Parses `float.fromhex` text (CPython's `float_fromhex`), correctly rounded.
pub fn parse_hex_float(text: &str) -> PyResult<f64> {
    let s = text.trim_matches(super::unicode::is_space);
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = s.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(if negative { f64::NEG_INFINITY } else { f64::INFINITY });
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mantissa, exponent) = match body.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (body, None),
    };
    let (ip, fp) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if ip.is_empty() && fp.is_empty() {
        return Err(invalid_hex());
    }
    let mut m = BigUint::from(0u8);
    for c in ip.chars().chain(fp.chars()) {
        let d = c.to_digit(16).ok_or_else(invalid_hex)?;
        m = (m << 4u32) + BigUint::from(d);
    }
    let mut e: i64 = -4 * fp.len() as i64;
    if let Some(ex) = exponent {
        let digits = ex.strip_prefix(['+', '-']).unwrap_or(ex);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid_hex());
        }
        // Exponents beyond any double's range just saturate.
        let v: i64 = digits.parse::<i64>().unwrap_or(i64::MAX / 4).min(i64::MAX / 4);
        e += if ex.starts_with('-') { -v } else { v };
    }
    let r = big_to_f64(&m, e);
    if r.is_infinite() {
        return Err(PyErr::overflow_error("hexadecimal value too large to represent as a float"));
    }
    Ok(if negative { -r } else { r })
}

fn dunder_format(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("__format__", a, kw, 1, 1)?;
    let Some(spec) = pystr::as_str_obj(&a[0]) else {
        return Err(PyErr::type_error(format!(
            "__format__() argument must be str, not {}",
            a[0].ty().name()
        )));
    };
    let x = f(o);
    if spec.as_str().is_empty() {
        return pystr::try_new_str(&format::float_repr(x));
    }
    pystr::try_new_str(&format::format_float(x, spec.as_str(), o.ty().name())?)
}

/// Round half to even to an integer-valued double.
fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (x - x.trunc()).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        r
    }
}

fn dunder_round(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [ndigits] = args::bind("__round__", a, kw, ["ndigits"], 0, 1)?;
    let x = f(o);
    match ndigits.filter(|n| !singletons::is_none(n)) {
        None => float_to_int(round_half_even(x)),
        Some(nd) => {
            let nd = protocol::index(vm, nd)?;
            let nd = int::to_i64_saturating(&nd);
            Ok(new_float(round_float(x, nd)?))
        }
    }
}

fn trunc(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    float_to_int(f(o))
}
fn floor(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    float_to_int(f(o).floor())
}
fn ceil(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    float_to_int(f(o).ceil())
}
fn conjugate(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    Ok(new_float(f(o)))
}

/// A `float` (or subclass via `cls(value)`) from a parsed value.
fn make_for_class(vm: &mut Vm, cls: &Obj, value: f64) -> PyResult<Obj> {
    let r = new_float(value);
    if super::float::FLOAT_TYPE.is(cls) {
        Ok(r)
    } else {
        protocol::call(vm, cls, &[r], None)
    }
}

fn fromhex(vm: &mut Vm, cls: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("fromhex", a, kw, 1, 1)?;
    let Some(s) = pystr::as_str_obj(&a[0]) else {
        return Err(PyErr::type_error(format!("fromhex() argument must be str, not {}", a[0].ty().name())));
    };
    let v = parse_hex_float(s.as_str())?;
    make_for_class(vm, cls, v)
}

/// `float.from_number(x)` (3.14): a number, never a string.
fn from_number(vm: &mut Vm, cls: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("from_number", a, kw, 1, 1)?;
    if pystr::as_str_obj(&a[0]).is_some() || super::bytes::as_bytes(&a[0]).is_some() {
        return Err(PyErr::type_error(format!("must be real number, not {}", a[0].ty().name())));
    }
    let v = protocol::to_f64(vm, &a[0])?;
    make_for_class(vm, cls, v)
}

fn getnewargs(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    tuple::new_tuple(vec![new_float(f(o))])
}

/// The other operand of a float binary method as a double, or `None` (NotImplemented).
fn other_operand(o: &Obj) -> PyResult<Option<f64>> {
    if let Some(x) = float_value(o) {
        return Ok(Some(x));
    }
    match int::int_value(o) {
        Some(v) => Ok(Some(int::int_to_f64(v)?)),
        None => Ok(None),
    }
}

/// CPython's `float_divmod`: quotient and remainder computed together so they agree.
pub fn float_divmod(vx: f64, wx: f64) -> PyResult<(f64, f64)> {
    if wx == 0.0 {
        return Err(PyErr::zero_division_error("division by zero"));
    }
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let fl = div.floor();
        if div - fl > 0.5 {
            fl + 1.0
        } else {
            fl
        }
    } else {
        0.0f64.copysign(vx / wx)
    };
    Ok((floordiv, m))
}

fn divmod_pair(x: f64, y: f64) -> PyResult<Obj> {
    let (q, r) = float_divmod(x, y)?;
    tuple::new_tuple(vec![new_float(q), new_float(r)])
}

fn dunder_divmod(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("__divmod__", a, kw, 1, 1)?;
    match other_operand(&a[0])? {
        Some(y) => divmod_pair(f(o), y),
        None => Ok(singletons::not_implemented()),
    }
}

fn dunder_rdivmod(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("__rdivmod__", a, kw, 1, 1)?;
    match other_operand(&a[0])? {
        Some(y) => divmod_pair(y, f(o)),
        None => Ok(singletons::not_implemented()),
    }
}

fn getformat(_: &mut Vm, _cls: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("__getformat__", a, kw, 1, 1)?;
    match pystr::as_str_obj(&a[0]).map(|s| s.as_str()) {
        Some("double" | "float") => pystr::try_new_str("IEEE, little-endian"),
        Some(_) => Err(PyErr::value_error("__getformat__() argument 1 must be 'double' or 'float'")),
        None => {
            Err(PyErr::type_error(format!("__getformat__() argument must be str, not {}", a[0].ty().name())))
        }
    }
}

fn g_real(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(new_float(f(o)))
}
fn g_imag(_: &mut Vm, _o: &Obj) -> PyResult<Obj> {
    Ok(new_float(0.0))
}

pub static METHODS: &[MethodDef] = &[
    m!("is_integer", is_integer),
    m!("as_integer_ratio", as_integer_ratio),
    m!("hex", hex),
    m!("fromhex", fromhex, class),
    m!("from_number", from_number, class),
    m!("__getformat__", getformat, class),
    m!("__format__", dunder_format),
    m!("__round__", dunder_round),
    m!("__trunc__", trunc),
    m!("__floor__", floor),
    m!("__ceil__", ceil),
    m!("__divmod__", dunder_divmod),
    m!("__rdivmod__", dunder_rdivmod),
    m!("conjugate", conjugate),
    m!("__getnewargs__", getnewargs),
];

pub static GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "real", get: g_real, set: None, doc: "the real part of a complex number" },
    GetSetDef { name: "imag", get: g_imag, set: None, doc: "the imaginary part of a complex number" },
];
