//! `float`: an IEEE double, with CPython's shortest round-trip `repr`.

use super::header::{Obj, ObjectHeader, PyPayload, StackRef};
use super::int::{self, IntRef};
use super::typeobj::{flags, TypeObject};
use super::{boolobj, protocol, singletons, str as pystr, CompareOp, PyErr, PyResult};
use crate::memory::alloc::{alloc_object, free_object};
use crate::slots;
use crate::syntax::ast::Operator;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::FromPrimitive;

#[repr(C)]
pub struct FloatObject {
    head: ObjectHeader,
    pub value: f64,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for FloatObject {
    fn static_type() -> &'static TypeObject {
        &FLOAT_TYPE
    }
}

unsafe fn float_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: nothing to drop; return the block.
    unsafe { free_object(obj, 0) };
}

fn alloc_float(ty: &TypeObject, v: f64) -> PyResult<*mut ObjectHeader> {
    let ptr = alloc_object(ty, 0)?;
    // SAFETY: fresh block with a float's layout.
    unsafe { std::ptr::addr_of_mut!((*(ptr as *mut FloatObject)).value).write(v) };
    Ok(ptr)
}

pub fn new_float(v: f64) -> Obj {
    match alloc_float(&FLOAT_TYPE, v) {
        // SAFETY: fresh object with one reference.
        Ok(p) => unsafe { Obj::from_raw(p) },
        Err(_) => std::alloc::handle_alloc_error(std::alloc::Layout::new::<FloatObject>()),
    }
}

/// `+ - * /` of two exact floats straight from the VM's stack (the `BINARY_OP` fast path), or
/// `None` to take the general path (other types, other operators, division by zero).
#[inline]
pub fn stack_arith(lhs: &StackRef, rhs: &StackRef, oparg: u32) -> Option<f64> {
    let (a, b) = (lhs.get(), rhs.get());
    let x = a.downcast_exact::<FloatObject>()?.value;
    let y = b.downcast_exact::<FloatObject>()?.value;
    match oparg {
        0 | 13 => Some(x + y),
        5 | 18 => Some(x * y),
        10 | 23 => Some(x - y),
        11 | 24 if y != 0.0 => Some(x / y),
        _ => None,
    }
}

/// The stack entry for a float result: written into an operand whose only reference is its
/// owned stack entry (as CPython 3.14's float specialisations reuse a dying operand), else a
/// new float. Saves an allocation and a free per operation in float-heavy loops.
#[inline]
pub fn stack_result(lhs: StackRef, rhs: StackRef, r: f64) -> StackRef {
    for operand in [lhs, rhs] {
        if !operand.is_borrowed() && operand.get().refcount() == 1 {
            let p = operand.as_ptr() as *mut FloatObject;
            // SAFETY: a float (checked by `stack_arith`) whose one reference is this entry, so
            // nothing else can observe the write.
            unsafe { std::ptr::addr_of_mut!((*p).value).write(r) };
            return operand;
        }
    }
    StackRef::owned(new_float(r))
}

#[inline]
pub fn float_value(o: &Obj) -> Option<f64> {
    o.downcast::<FloatObject>().map(|f| f.value)
}

/// `repr(x)`: the shortest string that round-trips, in fixed notation for exponents in -4..16
/// and scientific otherwise (`1e+16`, `1e-05`, `inf`, `nan`), as CPython's `float_repr`.
pub fn float_repr(v: f64) -> String {
    super::format::float_repr(v)
}

fn float_repr_slot(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    pystr::try_new_str(&float_repr(float_value(o).expect("float")))
}

/// CPython's hash of a float: integral values hash like the equal int; others through the
/// rational reduction modulo 2**61 - 1.
pub fn hash_float(v: f64) -> i64 {
    if v.is_nan() {
        return 0;
    }
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    if v.fract() == 0.0 && v.abs() < 9.2e18 {
        return int::hash_int(IntRef::Small(v as i64));
    }
    const BITS: u32 = 61;
    const MODULUS: u64 = (1 << BITS) - 1;
    let (mut m, mut e) = frexp(v.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % BITS as i32 } else { BITS as i32 - 1 - ((-1 - e) % BITS as i32) };
    x = ((x << e) & MODULUS) | (x >> (BITS as i32 - e));
    let mut h = x as i64;
    if v < 0.0 {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `frexp`: `v = m * 2**e` with `0.5 <= m < 1`.
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

fn float_hash(_: &mut Vm, o: &Obj) -> PyResult<i64> {
    let v = float_value(o).expect("float");
    if v.is_nan() {
        // NaNs hash by identity (CPython 3.10+): equal-looking NaNs are distinct keys.
        return Ok(o.addr().rotate_right(4) as i64);
    }
    Ok(hash_float(v))
}

/// A number as f64 for arithmetic with a float, or None if not int/float.
fn coerce(o: &Obj) -> PyResult<Option<f64>> {
    if let Some(f) = float_value(o) {
        return Ok(Some(f));
    }
    match int::int_value(o) {
        Some(v) => Ok(Some(int::int_to_f64(v)?)),
        None => Ok(None),
    }
}

/// `x ** y` for floats, with CPython's errors (`float_pow`).
pub fn pow_float(x: f64, y: f64) -> PyResult<Obj> {
    if y == 0.0 || x == 1.0 {
        return Ok(new_float(1.0));
    }
    if x.is_nan() || y.is_nan() {
        return Ok(new_float(f64::NAN));
    }
    if x == 0.0 && y < 0.0 {
        return Err(PyErr::zero_division_error("zero to a negative power"));
    }
    if x < 0.0 && y.is_finite() && y.fract() != 0.0 {
        // A negative number to a fractional power is complex, as in CPython.
        let (re, im) = super::complex::complex_power((x, 0.0), (y, 0.0))?;
        return super::complex::new_complex(re, im);
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(PyErr::overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(new_float(r))
}

/// Python's float floor-modulo.
pub fn float_mod(x: f64, y: f64) -> f64 {
    let mut m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    m
}

/// Python's float floor division (via divmod, as CPython).
pub fn float_floordiv(x: f64, y: f64) -> f64 {
    let m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 && ((y < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let floor = div.floor();
        if div - floor > 0.5 {
            floor + 1.0
        } else {
            floor
        }
    } else {
        0.0f64.copysign(x / y)
    }
}

/// `x <op> y` for two floats (the number slots and the VM's float fast path).
pub fn float_binary(op: Operator, x: f64, y: f64) -> PyResult<Obj> {
    use Operator::*;
    let r = match op {
        Add => x + y,
        Sub => x - y,
        Mult => x * y,
        Div => {
            if y == 0.0 {
                return Err(PyErr::zero_division_error("division by zero"));
            }
            x / y
        }
        FloorDiv => {
            if y == 0.0 {
                return Err(PyErr::zero_division_error("division by zero"));
            }
            float_floordiv(x, y)
        }
        Mod => {
            if y == 0.0 {
                return Err(PyErr::zero_division_error("division by zero"));
            }
            float_mod(x, y)
        }
        Pow => return pow_float(x, y),
        // Only reached from the VM's float fast path: floats have no bitwise operators.
        _ => {
            return Err(PyErr::type_error(format!(
                "unsupported operand type(s) for {}: 'float' and 'float'",
                protocol::op_symbol(op)
            )))
        }
    };
    Ok(new_float(r))
}

macro_rules! float_binop {
    ($name:ident, $op:expr) => {
        fn $name(_: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
            match (coerce(a)?, coerce(b)?) {
                (Some(x), Some(y)) => float_binary($op, x, y),
                _ => Ok(singletons::not_implemented()),
            }
        }
    };
}
float_binop!(float_add, Operator::Add);
float_binop!(float_sub, Operator::Sub);
float_binop!(float_mul, Operator::Mult);
float_binop!(float_div, Operator::Div);
float_binop!(float_floordiv_slot, Operator::FloorDiv);
float_binop!(float_mod_slot, Operator::Mod);
float_binop!(float_pow, Operator::Pow);

/// Compares a float with an int exactly (no rounding of big ints).
pub fn compare_float_int(x: f64, y: IntRef<'_>) -> Option<std::cmp::Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { std::cmp::Ordering::Greater } else { std::cmp::Ordering::Less });
    }
    if let IntRef::Small(v) = y {
        if v.unsigned_abs() < (1 << 53) {
            return x.partial_cmp(&(v as f64));
        }
    }
    let yb = y.to_bigint();
    let xf = x.floor();
    let xb = BigInt::from_f64(xf)?;
    match xb.cmp(&yb) {
        std::cmp::Ordering::Equal if x > xf => Some(std::cmp::Ordering::Greater),
        o => Some(o),
    }
}

fn float_richcompare(_: &mut Vm, a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    let x = float_value(a).expect("float");
    let ord = if let Some(y) = float_value(b) {
        x.partial_cmp(&y)
    } else if let Some(y) = int::int_value(b) {
        compare_float_int(x, y)
    } else {
        return Ok(singletons::not_implemented());
    };
    let r = match ord {
        Some(o) => op.test(o),
        None => op == CompareOp::Ne,
    };
    Ok(boolobj::new_bool(r))
}

fn float_bool(_: &mut Vm, o: &Obj) -> PyResult<bool> {
    Ok(float_value(o).expect("float") != 0.0)
}
fn float_neg(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(new_float(-float_value(o).expect("float")))
}
fn float_pos(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    if o.is_exact::<FloatObject>() {
        Ok(o.clone())
    } else {
        Ok(new_float(float_value(o).expect("float")))
    }
}
fn float_abs(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(new_float(float_value(o).expect("float").abs()))
}

/// `int(x)` for a float: truncation, with CPython's errors for inf and nan.
pub fn float_to_int(v: f64) -> PyResult<Obj> {
    if v.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if v.is_infinite() {
        return Err(PyErr::overflow_error("cannot convert float infinity to integer"));
    }
    let t = v.trunc();
    if t.abs() < 9.2e18 {
        return Ok(int::new_int(t as i64));
    }
    int::new_bigint(BigInt::from_f64(t).unwrap_or_default())
}

fn float_int(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    float_to_int(float_value(o).expect("float"))
}

/// Python's whitespace stripped and Unicode decimal digits turned into ASCII, as CPython's
/// `_PyUnicode_TransformDecimalAndSpaceToASCII` does before parsing numbers; `None` if some
/// other non-ASCII character remains.
pub fn number_text(text: &str) -> Option<String> {
    let t = text.trim_matches(super::unicode::is_space);
    if t.is_ascii() {
        return Some(t.to_string());
    }
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if let Some(d) = super::unicode::decimal_value(c) {
            out.push(char::from(b'0' + d as u8));
        } else if super::unicode::is_space(c) {
            out.push(' ');
        } else {
            return None;
        }
    }
    Some(out)
}

/// Parses float text as `float()` does: surrounding whitespace, a sign, digits with optional
/// single underscores between them, a point, an exponent; `inf`, `infinity`, `nan` in any case.
pub fn parse_float(text: &str) -> Option<f64> {
    let t = number_text(text)?;
    let b = t.as_bytes();
    let body = t.strip_prefix(['+', '-']).unwrap_or(&t);
    let lower = body.to_ascii_lowercase();
    if matches!(lower.as_str(), "inf" | "infinity" | "nan") {
        return t.parse::<f64>().ok();
    }
    // Underscores only between two digits.
    for (i, &c) in b.iter().enumerate() {
        if c == b'_'
            && (i == 0 || i + 1 == b.len() || !b[i - 1].is_ascii_digit() || !b[i + 1].is_ascii_digit())
        {
            return None;
        }
    }
    let clean: String = t.chars().filter(|&c| c != '_').collect();
    let digits = clean.strip_prefix(['+', '-']).unwrap_or(&clean);
    let mut seen_digit = false;
    let mut seen_point = false;
    let mut seen_exp = false;
    let mut prev = b' ';
    for &c in digits.as_bytes() {
        match c {
            b'0'..=b'9' => seen_digit = true,
            b'.' if !seen_point && !seen_exp => seen_point = true,
            b'e' | b'E' if seen_digit && !seen_exp => seen_exp = true,
            b'+' | b'-' if matches!(prev, b'e' | b'E') => {}
            _ => return None,
        }
        prev = c;
    }
    if !seen_digit {
        return None;
    }
    clean.parse::<f64>().ok()
}

/// `m * 2**e` (m >= 0) correctly rounded to the nearest double, ties to even; infinity when it
/// overflows. The conversion behind int → float, int true division and `float.fromhex`.
pub fn big_to_f64(m: &num_bigint::BigUint, e: i64) -> f64 {
    use num_traits::{ToPrimitive, Zero};
    if m.is_zero() {
        return 0.0;
    }
    let bits = m.bits() as i64;
    let top = bits - 1 + e;
    if top > 1023 {
        return f64::INFINITY;
    }
    let lsb_exp = (top - 52).max(-1074);
    let shift = lsb_exp - e;
    let mut q: u64 = if shift <= 0 {
        (m << ((-shift) as u64)).to_u64().unwrap_or(0)
    } else {
        let shift = shift as u64;
        let q = m >> shift;
        let rem = m - (&q << shift);
        let half = num_bigint::BigUint::from(1u8) << (shift - 1);
        let mut q = q.to_u64().unwrap_or(0);
        if rem > half || (rem == half && q & 1 == 1) {
            q += 1;
        }
        q
    };
    let mut lsb_exp = lsb_exp;
    if q == 1 << 53 {
        q >>= 1;
        lsb_exp += 1;
    }
    if q >= 1 << 52 {
        let biased = lsb_exp + 52 + 1023;
        if biased >= 2047 {
            return f64::INFINITY;
        }
        f64::from_bits(((biased as u64) << 52) | (q & ((1 << 52) - 1)))
    } else {
        // Subnormal (or rounded up into the smallest normal, handled by the bit layout).
        f64::from_bits(q)
    }
}

/// The exact value of a finite double as `(mantissa, exponent)`: `v = mantissa * 2**exponent`
/// with an odd mantissa (or zero).
pub fn decompose(v: f64) -> (BigInt, i64) {
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (mut m, mut e) = if exp == 0 { (frac, -1074) } else { (frac | (1 << 52), exp - 1075) };
    if m == 0 {
        return (BigInt::from(0), 0);
    }
    let tz = m.trailing_zeros();
    m >>= tz;
    e += tz as i64;
    let m = BigInt::from(m);
    (if v < 0.0 { -m } else { m }, e)
}

fn float_new(vm: &mut Vm, cls: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    super::args::check_arity("float", args, kwnames, 0, 1)?;
    let value = match args.first() {
        None => 0.0,
        Some(x) if x.is_exact::<FloatObject>() && FLOAT_TYPE.is(cls) => return Ok(x.clone()),
        Some(x) => {
            if let Some(b) = super::bytes::as_bytes(x) {
                let parsed = std::str::from_utf8(b).ok().and_then(parse_float);
                match parsed {
                    Some(v) => v,
                    None => {
                        let r = protocol::repr_string(vm, x)?;
                        return Err(PyErr::value_error(format!("could not convert string to float: {r}")));
                    }
                }
            } else {
                protocol::to_float(vm, x)?
            }
        }
    };
    if FLOAT_TYPE.is(cls) {
        return Ok(new_float(value));
    }
    super::class::new_subtype_instance_with(cls, |ty| alloc_float(ty, value))
}

pub static FLOAT_TYPE: TypeObject = TypeObject::builtin(
    "float",
    std::mem::size_of::<FloatObject>(),
    flags::BASETYPE,
    Some(&super::base::OBJECT_TYPE),
    slots!(float_dealloc,
        repr: float_repr_slot, hash: float_hash, richcompare: float_richcompare, bool: float_bool,
        neg: float_neg, pos: float_pos, abs: float_abs, int: float_int, float: float_pos, new: float_new),
    super::float_methods::METHODS,
    super::float_methods::GETSETS,
    Some("Convert a string or number to a floating-point number, if possible."),
);

pub fn init_type() {
    let n = &FLOAT_TYPE.slots.number;
    n[Operator::Add as usize].set(Some(float_add));
    n[Operator::Sub as usize].set(Some(float_sub));
    n[Operator::Mult as usize].set(Some(float_mul));
    n[Operator::Div as usize].set(Some(float_div));
    n[Operator::FloorDiv as usize].set(Some(float_floordiv_slot));
    n[Operator::Mod as usize].set(Some(float_mod_slot));
    n[Operator::Pow as usize].set(Some(float_pow));
}

/// `round(x, ndigits)` for a float: the decimal value nearest to `x` with `ndigits` digits
/// after the point (ties to even on the exact binary value), as CPython's `double_round`.
pub fn round_float(x: f64, ndigits: i64) -> PyResult<f64> {
    if !x.is_finite() || x == 0.0 || ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0f64.copysign(x));
    }
    let r = if ndigits >= 0 {
        format!("{:.*}", ndigits as usize, x).parse::<f64>().unwrap_or(x)
    } else {
        use num_integer::Integer;
        use num_traits::{Signed, Zero};
        let (m, e) = decompose(x.abs());
        let p = num_traits::pow::Pow::pow(BigInt::from(10), (-ndigits) as u32);
        // |x| / 10**k as a fraction num/den.
        let (num, den) = if e >= 0 { (m << (e as u64), p.clone()) } else { (m, p.clone() << ((-e) as u64)) };
        let (q, r) = num.div_rem(&den);
        let twice = &r * 2;
        let q = if twice > den || (twice == den && q.is_odd()) { q + 1 } else { q };
        let v = q * p;
        let f = if v.is_zero() { 0.0 } else { big_to_f64(v.magnitude(), 0) };
        if v.is_negative() {
            -f
        } else {
            f
        }
    };
    if r.is_infinite() {
        return Err(PyErr::overflow_error("rounded value too large to represent"));
    }
    Ok(r.copysign(x))
}
