//! Methods and attributes of `int`.

use super::header::Obj;
use super::int::{int_value, new_bigint, new_int, new_int_from_ref, IntRef};
use super::seq_methods::m;
use super::typeobj::{GetSetDef, MethodDef};
use super::{args, boolobj, bytes, format, protocol, singletons, str as pystr, tuple, PyErr, PyResult};
use crate::vm::Vm;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, Zero};

fn v(o: &Obj) -> BigInt {
    int_value(o).expect("int").to_bigint()
}

fn bit_length(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("int.bit_length", a, kw, 0, 0)?;
    Ok(new_int(match int_value(o).expect("int") {
        IntRef::Small(x) => 64 - x.unsigned_abs().leading_zeros() as i64,
        IntRef::Big(b) => b.bits() as i64,
    }))
}

fn bit_count(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("int.bit_count", a, kw, 0, 0)?;
    let n: u64 = match int_value(o).expect("int") {
        IntRef::Small(x) => x.unsigned_abs().count_ones() as u64,
        IntRef::Big(b) => b.magnitude().iter_u64_digits().map(|d| d.count_ones() as u64).sum(),
    };
    Ok(new_int(n as i64))
}

/// `byteorder` of `to_bytes`/`from_bytes`: true for big-endian (the default since 3.11).
fn byteorder_arg(o: Option<&Obj>, fname: &str) -> PyResult<bool> {
    match o {
        None => Ok(true),
        Some(b) => match pystr::as_str_obj(b).map(|s| s.as_str()) {
            Some("big") => Ok(true),
            Some("little") => Ok(false),
            Some(_) => Err(PyErr::value_error("byteorder must be either 'little' or 'big'")),
            None => Err(PyErr::type_error(format!(
                "{fname}() argument 'byteorder' must be str, not {}",
                b.ty().name()
            ))),
        },
    }
}

/// Binds `(first, byteorder, *, signed)` the way both conversions take their arguments.
fn bind_bytes_args<'a>(
    fname: &str,
    first: &str,
    a: &'a [Obj],
    kw: Option<&Obj>,
) -> PyResult<[Option<&'a Obj>; 3]> {
    let pos = args::positional(a, kw);
    if pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "{fname}() takes at most 2 positional arguments ({} given)",
            pos.len()
        )));
    }
    args::bind(fname, a, kw, [first, "byteorder", "signed"], 0, 2)
}

fn to_bytes(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [length, byteorder, signed] = bind_bytes_args("to_bytes", "length", a, kw)?;
    let length = match length {
        Some(l) => protocol::index_i64(vm, l)?,
        None => 1,
    };
    if length < 0 {
        return Err(PyErr::value_error("length argument must be non-negative"));
    }
    let big_endian = byteorder_arg(byteorder, "to_bytes")?;
    let signed = match signed {
        Some(s) => protocol::is_true(vm, s)?,
        None => false,
    };
    let x = v(o);
    if x.is_negative() && !signed {
        return Err(PyErr::overflow_error("can't convert negative int to unsigned"));
    }
    let length = length as usize;
    let bits_available = length as u64 * 8;
    let fits = if signed {
        // -2**(8n-1) <= x < 2**(8n-1)
        if x.is_negative() {
            (x.magnitude() - 1u32).bits() < bits_available
        } else {
            x.bits() < bits_available
        }
    } else {
        x.bits() <= bits_available
    };
    if !fits && !x.is_zero() {
        return Err(PyErr::overflow_error("int too big to convert"));
    }
    if length > (1 << 32) {
        return Err(PyErr::memory_error());
    }
    let mut le = if x.is_zero() {
        Vec::new()
    } else if signed {
        x.to_signed_bytes_le()
    } else {
        x.to_bytes_le().1
    };
    let fill = if x.is_negative() { 0xff } else { 0 };
    le.resize(length, fill);
    le.truncate(length);
    if big_endian {
        le.reverse();
    }
    bytes::new_bytes(&le)
}

/// The bytes of a `from_bytes` argument: bytes-like, or an iterable of ints in range(256).
fn bytes_arg(vm: &mut Vm, data: &Obj) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes::as_bytes(data) {
        return Ok(b.to_vec());
    }
    if pystr::as_str_obj(data).is_some() {
        return Err(PyErr::type_error("cannot convert 'str' object to bytes"));
    }
    let it = protocol::get_iter(vm, data).map_err(|e| {
        if e.is_instance(&super::exceptions::TYPE_ERROR) {
            PyErr::type_error(format!("cannot convert '{}' object to bytes", data.ty().name()))
        } else {
            e
        }
    })?;
    let mut out = Vec::new();
    while let Some(item) = protocol::next(vm, &it)? {
        let i = protocol::index(vm, &item)?;
        match super::int::as_i64(&i) {
            Some(b) if (0..256).contains(&b) => out.push(b as u8),
            _ => return Err(PyErr::value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

fn from_bytes(vm: &mut Vm, cls: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [data, byteorder, signed] = bind_bytes_args("from_bytes", "bytes", a, kw)?;
    let Some(data) = data else {
        return Err(PyErr::type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let raw = bytes_arg(vm, data)?;
    let big_endian = byteorder_arg(byteorder, "from_bytes")?;
    let signed = match signed {
        Some(s) => protocol::is_true(vm, s)?,
        None => false,
    };
    let mut le = raw;
    if big_endian {
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
    let Some(spec) = pystr::as_str_obj(&a[0]) else {
        return Err(PyErr::type_error(format!(
            "__format__() argument must be str, not {}",
            a[0].ty().name()
        )));
    };
    if spec.as_str().is_empty() {
        return protocol::str(vm, o);
    }
    let s = format::format_int(int_value(o).expect("int"), spec.as_str(), o.ty().name())?;
    pystr::try_new_str(&s)
}

fn dunder_round(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [ndigits] = args::bind("__round__", a, kw, ["ndigits"], 0, 1)?;
    let Some(nd) = ndigits.filter(|x| !singletons::is_none(x)) else {
        return new_int_from_ref(int_value(o).expect("int"));
    };
    let nd = protocol::index(vm, nd)?;
    let nd = super::int::to_i64_saturating(&nd);
    if nd >= 0 {
        return new_int_from_ref(int_value(o).expect("int"));
    }
    let x = v(o);
    // 10**k beyond the value's size rounds everything to zero.
    if (-nd) as u64 > x.bits() / 3 + 2 {
        return Ok(new_int(0));
    }
    // Round half to even at 10**(-nd).
    let p = num_traits::pow::Pow::pow(BigInt::from(10), (-nd) as u32);
    let (q, r) = x.div_mod_floor(&p);
    let twice = &r * 2;
    let q = if twice > p || (twice == p && q.is_odd()) { q + 1 } else { q };
    new_bigint(q * p)
}

fn identity(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    new_int_from_ref(int_value(o).expect("int"))
}

fn is_integer(_: &mut Vm, _o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("int.is_integer", a, kw, 0, 0)?;
    Ok(boolobj::new_bool(true))
}

fn as_integer_ratio(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("int.as_integer_ratio", a, kw, 0, 0)?;
    tuple::new_tuple(vec![new_int_from_ref(int_value(o).expect("int"))?, new_int(1)])
}

fn getnewargs(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    tuple::new_tuple(vec![new_int_from_ref(int_value(o).expect("int"))?])
}

/// `int.__sizeof__`: our real size — the object (header, the machine-word value and the pointer
/// to a big value) plus, for a value beyond 64 bits, the heap `BigInt` and its 64-bit digits.
fn sizeof(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    let extra = match int_value(o).expect("int") {
        IntRef::Small(_) => 0,
        IntRef::Big(b) => std::mem::size_of::<BigInt>() + b.magnitude().iter_u64_digits().len() * 8,
    };
    Ok(new_int((o.ty().basicsize.get() + extra) as i64))
}

/// `divmod(a, b)` for two ints (floor semantics), or NotImplemented.
fn divmod_values(x: IntRef<'_>, y: IntRef<'_>) -> PyResult<Obj> {
    use crate::syntax::ast::Operator;
    if let (IntRef::Small(a), IntRef::Small(b)) = (x, y) {
        if b == 0 {
            return Err(PyErr::zero_division_error("division by zero"));
        }
        if let Some((q, r)) = super::int::floor_divmod_i64(a, b) {
            return tuple::new_tuple(vec![new_int(q), new_int(r)]);
        }
    }
    let q = super::int::int_binary(Operator::FloorDiv, x, y)?;
    let r = super::int::int_binary(Operator::Mod, x, y)?;
    tuple::new_tuple(vec![q, r])
}

fn dunder_divmod(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("__divmod__", a, kw, 1, 1)?;
    match int_value(&a[0]) {
        Some(y) => divmod_values(int_value(o).expect("int"), y),
        None => Ok(singletons::not_implemented()),
    }
}

fn dunder_rdivmod(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("__rdivmod__", a, kw, 1, 1)?;
    match int_value(&a[0]) {
        Some(x) => divmod_values(x, int_value(o).expect("int")),
        None => Ok(singletons::not_implemented()),
    }
}

fn g_real(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    new_int_from_ref(int_value(o).expect("int"))
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
    m!("__divmod__", dunder_divmod),
    m!("__rdivmod__", dunder_rdivmod),
    m!("conjugate", identity),
    m!("is_integer", is_integer),
    m!("as_integer_ratio", as_integer_ratio),
    m!("__getnewargs__", getnewargs),
    m!("__sizeof__", sizeof),
];

pub static GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "real", get: g_real, set: None, doc: "the real part of a complex number" },
    GetSetDef { name: "imag", get: g_imag, set: None, doc: "the imaginary part of a complex number" },
    GetSetDef {
        name: "numerator",
        get: g_real,
        set: None,
        doc: "the numerator of a rational number in lowest terms",
    },
    GetSetDef {
        name: "denominator",
        get: g_one,
        set: None,
        doc: "the denominator of a rational number in lowest terms",
    },
];
