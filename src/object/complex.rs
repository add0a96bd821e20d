//! `complex`: a pair of doubles with CPython's arithmetic, `repr` and hash. (Imaginary literals
//! such as `1j` are not part of the accepted syntax; `complex(1, 2)` is.)

use super::float::{float_repr, float_value, hash_float};
use super::header::{Obj, ObjectHeader, PyPayload};
use super::typeobj::{flags, GetSetDef, MethodDef, TypeObject};
use super::{boolobj, int, protocol, singletons, str as pystr, CompareOp, PyErr, PyResult};
use crate::memory::alloc::{alloc_object, free_object};
use crate::slots;
use crate::syntax::ast::Operator;
use crate::vm::Vm;

#[repr(C)]
pub struct ComplexObject {
    head: ObjectHeader,
    pub re: f64,
    pub im: f64,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for ComplexObject {
    fn static_type() -> &'static TypeObject {
        &COMPLEX_TYPE
    }
}

unsafe fn complex_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: plain data.
    unsafe { free_object(obj, 0) };
}

fn alloc_complex(ty: &TypeObject, re: f64, im: f64) -> PyResult<*mut ObjectHeader> {
    let ptr = alloc_object(ty, 0)?;
    // SAFETY: fresh block with the layout.
    unsafe {
        let c = ptr as *mut ComplexObject;
        (*c).re = re;
        (*c).im = im;
    }
    Ok(ptr)
}

pub fn new_complex(re: f64, im: f64) -> PyResult<Obj> {
    // SAFETY: fresh object with one reference.
    Ok(unsafe { Obj::from_raw(alloc_complex(&COMPLEX_TYPE, re, im)?) })
}

/// A number as a complex pair, or None if it isn't int/float/complex.
fn coerce(o: &Obj) -> PyResult<Option<(f64, f64)>> {
    if let Some(c) = o.downcast::<ComplexObject>() {
        return Ok(Some((c.re, c.im)));
    }
    if let Some(f) = float_value(o) {
        return Ok(Some((f, 0.0)));
    }
    match int::int_value(o) {
        Some(v) => Ok(Some((int::int_to_f64(v)?, 0.0))),
        None => Ok(None),
    }
}

/// A component as `repr` shows it inside a complex: shortest round-trip, no `.0`.
fn component(x: f64) -> String {
    let r = float_repr(x);
    r.strip_suffix(".0").map(str::to_string).unwrap_or(r)
}

fn complex_repr_text(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", component(im));
    }
    let im_s = component(im);
    let sign = if im_s.starts_with('-') || im.is_nan() && im.is_sign_negative() { "" } else { "+" };
    format!("({}{sign}{im_s}j)", component(re))
}

fn c(o: &Obj) -> &ComplexObject {
    o.downcast::<ComplexObject>().expect("complex")
}

fn complex_repr(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    pystr::try_new_str(&complex_repr_text(c(o).re, c(o).im))
}

fn complex_hash(_: &mut Vm, o: &Obj) -> PyResult<i64> {
    let h = hash_float(c(o).re).wrapping_add(hash_float(c(o).im).wrapping_mul(1000003));
    Ok(if h == -1 { -2 } else { h })
}

fn complex_richcompare(_: &mut Vm, a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(singletons::not_implemented());
    }
    let Some((br, bi)) = coerce(b)? else {
        return Ok(singletons::not_implemented());
    };
    let eq = c(a).re == br && c(a).im == bi;
    Ok(boolobj::new_bool(eq == (op == CompareOp::Eq)))
}

fn complex_bool(_: &mut Vm, o: &Obj) -> PyResult<bool> {
    Ok(c(o).re != 0.0 || c(o).im != 0.0)
}

fn div(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    let (ar, ai) = a;
    let (br, bi) = b;
    if br == 0.0 && bi == 0.0 {
        return Err(PyErr::zero_division_error("division by zero"));
    }
    // Smith's algorithm, as CPython's `_Py_c_quot`.
    if br.abs() >= bi.abs() {
        let ratio = bi / br;
        let denom = br + bi * ratio;
        Ok(((ar + ai * ratio) / denom, (ai - ar * ratio) / denom))
    } else {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        Ok(((ar * ratio + ai) / denom, (ai * ratio - ar) / denom))
    }
}

fn mul(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

fn pow(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    if b == (0.0, 0.0) {
        return Ok((1.0, 0.0));
    }
    if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(PyErr::zero_division_error("zero to a negative or complex power"));
        }
        return Ok((0.0, 0.0));
    }
    // Small integral exponents by repeated squaring (CPython's `c_powi`).
    if b.1 == 0.0 && b.0.fract() == 0.0 && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        let mut result = (1.0, 0.0);
        let mut base = a;
        let mut e = n.unsigned_abs();
        while e > 0 {
            if e & 1 == 1 {
                result = mul(result, base);
            }
            base = mul(base, base);
            e >>= 1;
        }
        return if n < 0 { div((1.0, 0.0), result) } else { Ok(result) };
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

/// `a ** b` for complex values.
pub fn power(a: (f64, f64), b: (f64, f64)) -> PyResult<Obj> {
    let (re, im) = pow(a, b)?;
    new_complex(re, im)
}

fn arith(op: Operator, a: (f64, f64), b: (f64, f64)) -> PyResult<Obj> {
    let (re, im) = match op {
        Operator::Add => (a.0 + b.0, a.1 + b.1),
        Operator::Sub => (a.0 - b.0, a.1 - b.1),
        Operator::Mult => mul(a, b),
        Operator::Div => div(a, b)?,
        Operator::Pow => pow(a, b)?,
        _ => return Ok(singletons::not_implemented()),
    };
    new_complex(re, im)
}

macro_rules! complex_binop {
    ($name:ident, $op:expr) => {
        fn $name(_: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
            match (coerce(a)?, coerce(b)?) {
                (Some(x), Some(y)) => arith($op, x, y),
                _ => Ok(singletons::not_implemented()),
            }
        }
    };
}
complex_binop!(c_add, Operator::Add);
complex_binop!(c_sub, Operator::Sub);
complex_binop!(c_mul, Operator::Mult);
complex_binop!(c_div, Operator::Div);
complex_binop!(c_pow, Operator::Pow);

fn c_neg(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    new_complex(-c(o).re, -c(o).im)
}
fn c_pos(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    new_complex(c(o).re, c(o).im)
}
fn c_abs(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let r = c(o).re.hypot(c(o).im);
    if r.is_infinite() && c(o).re.is_finite() && c(o).im.is_finite() {
        return Err(PyErr::overflow_error("absolute value too large"));
    }
    Ok(super::float::new_float(r))
}

/// Parses `complex('1+2j')`.
fn parse(text: &str) -> Option<(f64, f64)> {
    let t = text.trim();
    let t = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')).unwrap_or(t).trim();
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Split at the last sign that is not part of an exponent.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let (re, im) = match split {
            Some(i) => (&body[..i], &body[i..]),
            None => ("0", body),
        };
        let im = match im {
            "" | "+" => 1.0,
            "-" => -1.0,
            s => super::float::parse_float(s)?,
        };
        return Some((super::float::parse_float(re)?, im));
    }
    Some((super::float::parse_float(t)?, 0.0))
}

fn complex_new(vm: &mut Vm, cls: &Obj, a: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    let [real, imag] = super::args::bind("complex", a, kwnames, ["real", "imag"], 0, 2)?;
    let (mut re, mut im) = (0.0, 0.0);
    if let Some(r) = real {
        if let Some(s) = pystr::as_str_obj(r) {
            if imag.is_some() {
                return Err(PyErr::type_error("complex() can't take second arg if first is a string"));
            }
            let (x, y) =
                parse(s.as_str()).ok_or_else(|| PyErr::value_error("complex() arg is a malformed string"))?;
            re = x;
            im = y;
        } else {
            match coerce(r)? {
                Some((x, y)) => {
                    re = x;
                    im = y;
                }
                None => {
                    let f = protocol::to_float(vm, r).map_err(|_| {
                        PyErr::type_error(format!(
                            "complex() first argument must be a string or a number, not '{}'",
                            r.ty().name()
                        ))
                    })?;
                    re = f;
                }
            }
        }
    }
    if let Some(i) = imag {
        match coerce(i)? {
            Some((x, y)) => {
                re -= y;
                im += x;
            }
            None => {
                return Err(PyErr::type_error(format!(
                    "complex() second argument must be a number, not '{}'",
                    i.ty().name()
                )))
            }
        }
    }
    if COMPLEX_TYPE.is(cls) {
        return new_complex(re, im);
    }
    super::class::new_subtype_instance_with(cls, |ty| alloc_complex(ty, re, im))
}

fn conjugate(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    new_complex(c(o).re, -c(o).im)
}

fn dunder_complex(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    new_complex(c(o).re, c(o).im)
}

fn g_real(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(super::float::new_float(c(o).re))
}
fn g_imag(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(super::float::new_float(c(o).im))
}

static COMPLEX_METHODS: &[MethodDef] =
    &[super::seq_methods::m!("conjugate", conjugate), super::seq_methods::m!("__complex__", dunder_complex)];

static COMPLEX_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "real", get: g_real, set: None, doc: "" },
    GetSetDef { name: "imag", get: g_imag, set: None, doc: "" },
];

pub static COMPLEX_TYPE: TypeObject = TypeObject::builtin(
    "complex",
    std::mem::size_of::<ComplexObject>(),
    flags::BASETYPE,
    Some(&super::base::OBJECT_TYPE),
    slots!(complex_dealloc, repr: complex_repr, hash: complex_hash, richcompare: complex_richcompare,
        bool: complex_bool, neg: c_neg, pos: c_pos, abs: c_abs, new: complex_new),
    COMPLEX_METHODS,
    COMPLEX_GETSETS,
    Some("Create a complex number from a string or numbers."),
);

pub fn init_type() {
    let n = &COMPLEX_TYPE.slots.number;
    n[Operator::Add as usize].set(Some(c_add));
    n[Operator::Sub as usize].set(Some(c_sub));
    n[Operator::Mult as usize].set(Some(c_mul));
    n[Operator::Div as usize].set(Some(c_div));
    n[Operator::Pow as usize].set(Some(c_pow));
}
