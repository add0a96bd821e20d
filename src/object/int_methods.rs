//! Methods and attributes of `int`.

use super::header::Obj;
use super::int::{int_value, new_bigint, new_int, IntRef};
use super::seq_methods::m;
use super::typeobj::{GetSetDef, MethodDef};
use super::{args, boolobj, bytes, format, protocol, singletons, str as pystr, tuple, PyErr, PyResult};
use crate::vm::Vm;
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

fn v(o: &Obj) -> BigInt {
    int_value(o).expect("int").to_bigint()
}

fn bit_length(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("bit_length", a, kw, 0, 0)?;
    Ok(new_int(match int_value(o).expect("int") {
        IntRef::Small(x) => 64 - x.unsigned_abs().leading_zeros() as i64,
        IntRef::Big(b) => b.bits() as i64,
    }))
}

fn bit_count(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("bit_count", a, kw, 0, 0)?;
    let n: u64 = v(o).magnitude().iter_u64_digits().map(|d| d.count_ones() as u64).sum();
    Ok(new_int(n as i64))
}

fn byteorder_arg(o: Option<&Obj>) -> PyResult<bool> {
    match o {
        None => Ok(false),
        Some(b) => match pystr::expect_str(b, "byteorder")? {
            "big" => Ok(true),
            "little" => Ok(false),
            _ => Err(PyErr::value_error("byteorder must be either 'little' or 'big'")),
        },
    }
}

fn to_bytes(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [length, byteorder, signed] = args::bind("to_bytes", a, kw, ["length", "byteorder", "signed"], 0, 2)?;
    let length = match length {
        Some(l) => protocol::index_i64(vm, l)?,
        None => 1,
    };
    if length < 0 {
        return Err(PyErr::value_error("length argument must be non-negative"));
    }
    let big = byteorder_arg(byteorder)?;
    let signed = match signed {
        Some(s) => protocol::is_true(vm, s)?,
        None => false,
    };
    let x = v(o);
    if x.is_negative() && !signed {
        return Err(PyErr::overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes_le = if signed { x.to_signed_bytes_le() } else { x.to_bytes_le().1 };
    if x.is_zero() {
        bytes_le.clear();
    }
    if bytes_le.len() > length as usize {
        // A positive signed value may need one fewer byte than to_signed_bytes gives.
        return Err(PyErr::overflow_error("int too big to convert"));
    }
    let fill = if signed && x.is_negative() { 0xff } else { 0 };
    bytes_le.resize(length as usize, fill);
    if big {
        bytes_le.reverse();
    }
    bytes::new_bytes(&bytes_le)
}

fn from_bytes(vm: &mut Vm, cls: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [data, byteorder, signed] = args::bind("from_bytes", a, kw, ["bytes", "byteorder", "signed"], 1, 2)?;
    let data = data.expect("required");
    let raw: Vec<u8> = match bytes::as_bytes(data) {
        Some(b) => b.to_vec(),
        None => {
            let items = protocol::collect(vm, data)?;
            let mut out = Vec::new();
            for i in items {
                out.push(protocol::index_i64(vm, &i)? as u8);
            }
            out
        }
    };
    let big = byteorder_arg(byteorder)?;
    let signed = match signed {
        Some(s) => protocol::is_true(vm, s)?,
        None => false,
    };
    let mut le = raw;
    if big {
        le.reverse();
    }
    let value =
        if signed { BigInt::from_signed_bytes_le(&le) } else { BigInt::from_bytes_le(Sign::Plus, &le) };
    let r = new_bigint(value)?;
    if super::int::INT_TYPE.is(cls) {
        Ok(r)
    } else {
        protocol::call(vm, cls, &[r], None)
    }
}

fn dunder_format(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("__format__", a, kw, 1, 1)?;
    let spec = pystr::expect_str(&a[0], "format_spec")?;
    if spec.is_empty() {
        return protocol::str(vm, o);
    }
    let s = if boolobj::is_bool(o) && format::parse_spec(spec)?.ty.is_none() {
        let r = protocol::str(vm, o)?;
        format::format_str(pystr::as_str(&r), &format::parse_spec(spec)?)?
    } else {
        format::format_int(&v(o), &format::parse_spec(spec)?)?
    };
    pystr::try_new_str(&s)
}

fn dunder_round(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("__round__", a, kw, 0, 1)?;
    let Some(nd) = a.first().filter(|x| !singletons::is_none(x)) else {
        return super::int::new_int_from_ref(int_value(o).expect("int"));
    };
    let nd = protocol::index_i64(vm, nd)?;
    if nd >= 0 {
        return super::int::new_int_from_ref(int_value(o).expect("int"));
    }
    // Round half to even at 10**(-nd).
    let p = num_traits::pow::Pow::pow(BigInt::from(10), (-nd) as u32);
    let x = v(o);
    use num_integer::Integer;
    let (q, r) = x.div_mod_floor(&p);
    let twice = &r * 2;
    let q = if twice > p || (twice == p && q.is_odd()) { q + 1 } else { q };
    new_bigint(q * p)
}

fn identity(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    super::int::new_int_from_ref(int_value(o).expect("int"))
}

fn is_integer(_: &mut Vm, _o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    Ok(boolobj::new_bool(true))
}

fn as_integer_ratio(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    tuple::new_tuple(vec![super::int::new_int_from_ref(int_value(o).expect("int"))?, new_int(1)])
}

fn getnewargs(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    tuple::new_tuple(vec![super::int::new_int_from_ref(int_value(o).expect("int"))?])
}

fn sizeof(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    let extra = match int_value(o).expect("int") {
        IntRef::Small(_) => 0,
        IntRef::Big(b) => b.bits().div_ceil(64) as usize * 8 + 32,
    };
    Ok(new_int((o.ty().basicsize.get() + extra) as i64))
}

fn g_real(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    super::int::new_int_from_ref(int_value(o).expect("int"))
}
fn g_imag(_: &mut Vm, _o: &Obj) -> PyResult<Obj> {
    Ok(new_int(0))
}
fn g_one(_: &mut Vm, _o: &Obj) -> PyResult<Obj> {
    Ok(new_int(1))
}

pub static METHODS: &[MethodDef] = &[
    m!("bit_length", bit_length),
    m!("bit_count", bit_count),
    m!("to_bytes", to_bytes),
    m!("from_bytes", from_bytes, class),
    m!("__format__", dunder_format),
    m!("__round__", dunder_round),
    m!("__trunc__", identity),
    m!("__floor__", identity),
    m!("__ceil__", identity),
    m!("conjugate", identity),
    m!("is_integer", is_integer),
    m!("as_integer_ratio", as_integer_ratio),
    m!("__getnewargs__", getnewargs),
    m!("__sizeof__", sizeof),
];

pub static GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "real", get: g_real, set: None, doc: "" },
    GetSetDef { name: "imag", get: g_imag, set: None, doc: "" },
    GetSetDef { name: "numerator", get: g_real, set: None, doc: "" },
    GetSetDef { name: "denominator", get: g_one, set: None, doc: "" },
];
