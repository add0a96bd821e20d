//! Methods and attributes of `float`.

use super::float::{float_to_int, float_value, new_float, round_float};
use super::header::Obj;
use super::seq_methods::m;
use super::typeobj::{GetSetDef, MethodDef};
use super::{args, boolobj, format, int, protocol, singletons, str as pystr, tuple, PyErr, PyResult};
use crate::vm::Vm;
use num_bigint::BigInt;

fn f(o: &Obj) -> f64 {
    float_value(o).expect("float")
}

fn is_integer(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("is_integer", a, kw, 0, 0)?;
    let x = f(o);
    Ok(boolobj::new_bool(x.is_finite() && x.fract() == 0.0))
}

fn as_integer_ratio(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("as_integer_ratio", a, kw, 0, 0)?;
    let x = f(o);
    if x.is_infinite() {
        return Err(PyErr::overflow_error("cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
    }
    let (mut m, mut e) = super::float::frexp(x);
    for _ in 0..300 {
        if m.fract() == 0.0 {
            break;
        }
        m *= 2.0;
        e -= 1;
    }
    let mut num = BigInt::from(m as i64);
    let mut den = BigInt::from(1);
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    tuple::new_tuple(vec![int::new_bigint(num)?, int::new_bigint(den)?])
}

fn hex(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("hex", a, kw, 0, 0)?;
    let x = f(o);
    let s = if x.is_nan() {
        "nan".to_string()
    } else if x.is_infinite() {
        if x > 0.0 { "inf" } else { "-inf" }.to_string()
    } else if x == 0.0 {
        if x.is_sign_negative() { "-0x0.0p+0" } else { "0x0.0p+0" }.to_string()
    } else {
        let bits = x.to_bits();
        let sign = if bits >> 63 != 0 { "-" } else { "" };
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let mant = bits & ((1 << 52) - 1);
        let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
        let mut m = format!("{mant:013x}");
        while m.len() > 1 && m.ends_with('0') {
            m.pop();
        }
        format!("{sign}0x{lead}.{m}p{}{}", if e >= 0 { "+" } else { "-" }, e.abs())
    };
    pystr::try_new_str(&s)
}

fn dunder_format(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("__format__", a, kw, 1, 1)?;
    let spec = pystr::expect_str(&a[0], "format_spec")?;
    if spec.is_empty() {
        return protocol::str(vm, o);
    }
    pystr::try_new_str(&format::format_float(f(o), &format::parse_spec(spec)?)?)
}

fn dunder_round(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("__round__", a, kw, 0, 1)?;
    let x = f(o);
    match a.first().filter(|n| !singletons::is_none(n)) {
        None => {
            let r = x.round();
            let r = if (x - x.trunc()).abs() == 0.5 { 2.0 * (x / 2.0).round() } else { r };
            float_to_int(r)
        }
        Some(nd) => {
            let nd = protocol::index_i64(vm, nd)?;
            Ok(new_float(round_float(x, nd)))
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

fn fromhex(vm: &mut Vm, cls: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("fromhex", a, kw, 1, 1)?;
    let s = pystr::expect_str(&a[0], "fromhex() argument")?.trim().to_ascii_lowercase();
    let (neg, s) = match s.strip_prefix('-') {
        Some(r) => (true, r.to_string()),
        None => (false, s.trim_start_matches('+').to_string()),
    };
    let s = s.trim_start_matches("0x");
    let (mant, exp) = s.split_once('p').unwrap_or((s, "0"));
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    let mut value = 0f64;
    for c in ip.chars() {
        value = value * 16.0
            + c.to_digit(16).ok_or_else(|| PyErr::value_error("invalid hexadecimal floating-point string"))?
                as f64;
    }
    let mut scale = 1.0 / 16.0;
    for c in fp.chars() {
        value +=
            c.to_digit(16).ok_or_else(|| PyErr::value_error("invalid hexadecimal floating-point string"))?
                as f64
                * scale;
        scale /= 16.0;
    }
    let e: i32 = exp.parse().map_err(|_| PyErr::value_error("invalid hexadecimal floating-point string"))?;
    let r = value * 2f64.powi(e);
    let r = new_float(if neg { -r } else { r });
    if super::float::FLOAT_TYPE.is(cls) {
        Ok(r)
    } else {
        protocol::call(vm, cls, &[r], None)
    }
}

fn getnewargs(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    tuple::new_tuple(vec![new_float(f(o))])
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
    m!("__format__", dunder_format),
    m!("__round__", dunder_round),
    m!("__trunc__", trunc),
    m!("__floor__", floor),
    m!("__ceil__", ceil),
    m!("conjugate", conjugate),
    m!("__getnewargs__", getnewargs),
];

pub static GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "real", get: g_real, set: None, doc: "" },
    GetSetDef { name: "imag", get: g_imag, set: None, doc: "" },
];
