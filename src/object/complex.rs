//! `complex`: a pair of doubles with CPython's arithmetic (`Objects/complexobject.c`): Smith's
//! division, `**` by repeated squaring for small integral exponents and through polar form
//! otherwise, `repr` like `(1+2j)`, the hash that makes `hash(complex(x, 0)) == hash(x)`, and
//! the constructor's string syntax. Vivarium has no imaginary literals (`2j`); `complex()`
//! builds these values.

use super::header::{Obj, ObjectHeader, PyPayload};
use super::typeobj::{flags, GetSetDef, MethodDef, TypeObject};
use super::{
    args, boolobj, float, int, protocol, singletons, str as pystr, tuple, CompareOp, PyErr, PyResult,
};
use crate::memory::alloc::{alloc_object, free_object};
use crate::slots;
use crate::syntax::ast::Operator;
use crate::vm::Vm;

#[repr(C)]
pub struct ComplexObject {
    head: ObjectHeader,
    pub real: f64,
    pub imag: f64,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for ComplexObject {
    fn static_type() -> &'static TypeObject {
        &COMPLEX_TYPE
    }
}

unsafe fn complex_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: plain data; return the block.
    unsafe { free_object(obj, 0) };
}

fn alloc_complex(ty: &TypeObject, re: f64, im: f64) -> PyResult<*mut ObjectHeader> {
    let ptr = alloc_object(ty, 0)?;
    // SAFETY: a fresh block with the layout.
    unsafe {
        let c = ptr as *mut ComplexObject;
        std::ptr::addr_of_mut!((*c).real).write(re);
        std::ptr::addr_of_mut!((*c).imag).write(im);
    }
    Ok(ptr)
}

/// A new complex number.
pub fn new_complex(re: f64, im: f64) -> PyResult<Obj> {
    // SAFETY: fresh object with one reference.
    Ok(unsafe { Obj::from_raw(alloc_complex(&COMPLEX_TYPE, re, im)?) })
}

/// `(real, imag)` of a complex object.
pub fn complex_value(o: &Obj) -> Option<(f64, f64)> {
    o.downcast::<ComplexObject>().map(|c| (c.real, c.imag))
}

/// An operand of complex arithmetic: complex, float or int; `None` for anything else.
fn operand(o: &Obj) -> PyResult<Option<(f64, f64)>> {
    if let Some(c) = complex_value(o) {
        return Ok(Some(c));
    }
    if let Some(f) = float::float_value(o) {
        return Ok(Some((f, 0.0)));
    }
    match int::int_value(o) {
        Some(v) => Ok(Some((int::int_to_f64(v)?, 0.0))),
        None => Ok(None),
    }
}

/// `repr(z)`: `(a+bj)`, or `bj` when the real part is +0 (CPython's `complex_repr`).
pub fn complex_repr(re: f64, im: f64) -> String {
    let plain = format_part(im, false);
    if re == 0.0 && re.is_sign_positive() {
        return format!("{plain}j");
    }
    format!("({}{}j)", format_part(re, false), format_part(im, true))
}

fn format_part(x: f64, sign: bool) -> String {
    super::format::double_to_string(x, 'r', 0, super::format::DtsFlags { sign, ..Default::default() })
}

fn complex_repr_slot(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let (re, im) = complex_value(o).expect("complex");
    pystr::try_new_str(&complex_repr(re, im))
}

fn complex_hash(_: &mut Vm, o: &Obj) -> PyResult<i64> {
    let (re, im) = complex_value(o).expect("complex");
    let part = |x: f64| -> u64 {
        if x.is_nan() {
            o.addr().rotate_right(4) as u64
        } else {
            float::hash_float(x) as u64
        }
    };
    let combined = part(re).wrapping_add(1000003u64.wrapping_mul(part(im)));
    let h = combined as i64;
    Ok(if h == -1 { -2 } else { h })
}

fn complex_richcompare(vm: &mut Vm, a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(singletons::not_implemented());
    }
    let (re, im) = complex_value(a).expect("complex");
    let equal = if let Some((x, y)) = complex_value(b) {
        re == x && im == y
    } else if float::float_value(b).is_some() || int::is_int(b) {
        // Exact comparison of the real part with a float or an int.
        im == 0.0 && {
            let r = float::new_float(re);
            protocol::rich_compare_bool(vm, &r, b, CompareOp::Eq)?
        }
    } else {
        return Ok(singletons::not_implemented());
    };
    Ok(boolobj::new_bool(equal == (op == CompareOp::Eq)))
}

fn complex_bool(_: &mut Vm, o: &Obj) -> PyResult<bool> {
    let (re, im) = complex_value(o).expect("complex");
    Ok(re != 0.0 || im != 0.0)
}

fn complex_neg(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let (re, im) = complex_value(o).expect("complex");
    new_complex(-re, -im)
}

fn complex_pos(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    if o.is_exact::<ComplexObject>() {
        return Ok(o.clone());
    }
    let (re, im) = complex_value(o).expect("complex");
    new_complex(re, im)
}

fn complex_abs(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let (re, im) = complex_value(o).expect("complex");
    let r = re.hypot(im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(PyErr::overflow_error("absolute value too large"));
    }
    Ok(float::new_float(r))
}

/// CPython's `_Py_c_quot` (Smith's algorithm).
fn quotient(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return Err(PyErr::zero_division_error("division by zero"));
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Ok(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Ok(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Ok((f64::NAN, f64::NAN))
    }
}

fn product(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `a ** b` for complex values (CPython's `complex_pow`).
pub fn complex_power(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        let powu = |x: (f64, f64), n: u64| {
            let (mut r, mut p, mut mask) = ((1.0, 0.0), x, 1u64);
            while mask > 0 && n >= mask {
                if n & mask != 0 {
                    r = product(r, p);
                }
                mask <<= 1;
                p = product(p, p);
            }
            r
        };
        let r = if n > 0 {
            powu(a, n as u64)
        } else {
            quotient((1.0, 0.0), powu(a, n.unsigned_abs()))
                .map_err(|_| PyErr::zero_division_error("zero to a negative or complex power"))?
        };
        return check_overflow(r);
    }
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(PyErr::zero_division_error("zero to a negative or complex power"));
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    check_overflow((len * phase.cos(), len * phase.sin()))
}

fn check_overflow(r: (f64, f64)) -> PyResult<(f64, f64)> {
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(PyErr::overflow_error("complex exponentiation"));
    }
    Ok(r)
}

fn complex_binary(op: Operator, x: (f64, f64), y: (f64, f64)) -> PyResult<Obj> {
    let r = match op {
        Operator::Add => (x.0 + y.0, x.1 + y.1),
        Operator::Sub => (x.0 - y.0, x.1 - y.1),
        Operator::Mult => product(x, y),
        Operator::Div => quotient(x, y)?,
        Operator::Pow => complex_power(x, y)?,
        _ => return Ok(singletons::not_implemented()),
    };
    new_complex(r.0, r.1)
}

macro_rules! complex_binop {
    ($name:ident, $op:expr) => {
        fn $name(_: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
            match (operand(a)?, operand(b)?) {
                (Some(x), Some(y)) => complex_binary($op, x, y),
                _ => Ok(singletons::not_implemented()),
            }
        }
    };
}
complex_binop!(complex_add, Operator::Add);
complex_binop!(complex_sub, Operator::Sub);
complex_binop!(complex_mul, Operator::Mult);
complex_binop!(complex_div, Operator::Div);
complex_binop!(complex_pow, Operator::Pow);

fn malformed() -> PyErr {
    PyErr::value_error("complex() arg is a malformed string")
}

/// Parses `complex('1+2j')` text (CPython's `complex_from_string_inner`).
pub fn parse_complex(text: &str) -> PyResult<(f64, f64)> {
    let t = float::number_text(text).ok_or_else(malformed)?;
    let mut s = t.trim();
    if let Some(inner) = s.strip_prefix('(') {
        s = inner.strip_suffix(')').ok_or_else(malformed)?.trim();
    }
    if s.is_empty() {
        return Err(malformed());
    }
    // Find where the first number ends: a sign that doesn't follow an exponent marker.
    let b = s.as_bytes();
    let mut split = None;
    for i in 1..b.len() {
        if (b[i] == b'+' || b[i] == b'-') && !matches!(b[i - 1], b'e' | b'E') {
            split = Some(i);
            break;
        }
    }
    let imag_part = |p: &str| -> PyResult<f64> {
        let body = p.strip_suffix(['j', 'J']).ok_or_else(malformed)?;
        match body {
            "" | "+" => Ok(1.0),
            "-" => Ok(-1.0),
            _ => float::parse_float(body).filter(|_| !body.contains(' ')).ok_or_else(malformed),
        }
    };
    match split {
        Some(i) => {
            let re = float::parse_float(&s[..i]).filter(|_| !s[..i].contains(' ')).ok_or_else(malformed)?;
            let im = imag_part(&s[i..])?;
            Ok((re, im))
        }
        None if s.ends_with(['j', 'J']) => Ok((0.0, imag_part(s)?)),
        None => Ok((float::parse_float(s).filter(|_| !s.contains(' ')).ok_or_else(malformed)?, 0.0)),
    }
}

/// A constructor argument as a complex value, and whether it was complex: `__complex__`,
/// complex, or a real number.
fn number_arg(vm: &mut Vm, o: &Obj, which: &str) -> PyResult<((f64, f64), bool)> {
    if let Some(c) = complex_value(o) {
        return Ok((c, true));
    }
    if let Some(r) = protocol::call_special(vm, o, "__complex__", &[])? {
        return match complex_value(&r) {
            Some(c) => Ok((c, true)),
            None => {
                Err(PyErr::type_error(format!("__complex__ returned non-complex (type {})", r.ty().name())))
            }
        };
    }
    let is_real = float::float_value(o).is_some()
        || int::is_int(o)
        || o.ty().slots.float.get().is_some()
        || o.ty().slots.index.get().is_some();
    if !is_real {
        return Err(PyErr::type_error(format!(
            "complex() {which} argument must be a string or a number, not '{}'",
            o.ty().name()
        )));
    }
    Ok(((protocol::to_f64(vm, o)?, 0.0), false))
}

fn complex_new(vm: &mut Vm, cls: &Obj, a: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    let [real, imag] = args::bind("complex", a, kwnames, ["real", "imag"], 0, 2)?;
    let value = match (real, imag) {
        (None, None) => (0.0, 0.0),
        (Some(r), None) if pystr::as_str_obj(r).is_some() => parse_complex(pystr::as_str(r))?,
        (Some(r), None) if r.is_exact::<ComplexObject>() && COMPLEX_TYPE.is(cls) => return Ok(r.clone()),
        (r, i) => {
            if r.is_some_and(|r| pystr::as_str_obj(r).is_some()) {
                return Err(PyErr::type_error("complex() can't take second arg if first is a string"));
            }
            if i.is_some_and(|i| pystr::as_str_obj(i).is_some()) {
                return Err(PyErr::type_error("complex() second arg can't be a string"));
            }
            let (cr, r_complex) = match r {
                Some(r) => number_arg(vm, r, "first")?,
                None => ((0.0, 0.0), false),
            };
            match i {
                // (cr) + (ci)*j, keeping the signs of zero parts as CPython does.
                None => (cr.0, cr.1),
                Some(i) => {
                    let (ci, i_complex) = number_arg(vm, i, "second")?;
                    let re = if i_complex { cr.0 - ci.1 } else { cr.0 };
                    let im = if r_complex { ci.0 + cr.1 } else { ci.0 };
                    (re, im)
                }
            }
        }
    };
    if COMPLEX_TYPE.is(cls) {
        return new_complex(value.0, value.1);
    }
    super::class::new_subtype_instance_with(cls, |ty| alloc_complex(ty, value.0, value.1))
}

fn m_conjugate(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("complex.conjugate", a, kw, 0, 0)?;
    let (re, im) = complex_value(o).expect("complex");
    new_complex(re, -im)
}

fn m_getnewargs(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    let (re, im) = complex_value(o).expect("complex");
    tuple::new_tuple(vec![float::new_float(re), float::new_float(im)])
}

fn m_complex(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    let (re, im) = complex_value(o).expect("complex");
    if o.is_exact::<ComplexObject>() {
        return Ok(o.clone());
    }
    new_complex(re, im)
}

/// `format(z, spec)` (CPython's `format_complex_internal`): both parts formatted with the
/// spec's type, the imaginary one always signed; no type means `str(z)`-like with parentheses.
pub fn format_complex(re: f64, im: f64, spec_text: &str) -> PyResult<String> {
    use super::format::{double_to_string, parse_spec, DtsFlags};
    if spec_text.is_empty() {
        return Ok(complex_repr(re, im));
    }
    let spec = parse_spec(spec_text, "complex", None, '>')?;
    if spec.align == '=' {
        return Err(PyErr::value_error(if spec.fill == '0' {
            "Zero padding is not allowed in complex format specifier"
        } else {
            "Alignment '=' is not allowed in complex format specifier"
        }));
    }
    let mut code = match spec.ty {
        None => 'r',
        Some('n') => 'g',
        Some(c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G')) => c,
        Some(c) => {
            return Err(PyErr::value_error(format!("Unknown format code '{c}' for object of type 'complex'")))
        }
    };
    let (mut skip_re, mut parens) = (false, false);
    if spec.ty.is_none() {
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            parens = true;
        }
    }
    let precision = match spec.precision {
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None if spec.ty.is_none() => 0,
        None => 6,
    };
    let base = DtsFlags { alt: spec.alternate, no_neg_zero: spec.no_neg_zero, ..DtsFlags::default() };
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        let mut r = double_to_string(re, code, precision, base);
        if !r.starts_with('-') {
            match spec.sign {
                Some('+') => r.insert(0, '+'),
                Some(' ') => r.insert(0, ' '),
                _ => {}
            }
        }
        body.push_str(&r);
    }
    let im_text = double_to_string(im, code, precision, DtsFlags { sign: !skip_re, ..base });
    if skip_re && !im_text.starts_with('-') {
        match spec.sign {
            Some('+') => body.push('+'),
            Some(' ') => body.push(' '),
            _ => {}
        }
    }
    body.push_str(&im_text);
    body.push('j');
    if parens {
        body.push(')');
    }
    let n = body.chars().count();
    let width = spec.width.unwrap_or(0);
    if n >= width {
        return Ok(body);
    }
    let pad = width - n;
    let left = match spec.align {
        '<' => 0,
        '^' => pad / 2,
        _ => pad,
    };
    let fill = |k: usize| std::iter::repeat_n(spec.fill, k).collect::<String>();
    Ok(format!("{}{body}{}", fill(left), fill(pad - left)))
}

fn m_format(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("__format__", a, kw, 1, 1)?;
    let (re, im) = complex_value(o).expect("complex");
    match pystr::as_str_obj(&a[0]) {
        Some(spec) => pystr::try_new_str(&format_complex(re, im, spec.as_str())?),
        None => {
            Err(PyErr::type_error(format!("__format__() argument must be str, not {}", a[0].ty().name())))
        }
    }
}

fn g_real(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(float::new_float(complex_value(o).expect("complex").0))
}
fn g_imag(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(float::new_float(complex_value(o).expect("complex").1))
}

static METHODS: &[MethodDef] = &[
    super::seq_methods::m!("conjugate", m_conjugate),
    super::seq_methods::m!("__getnewargs__", m_getnewargs),
    super::seq_methods::m!("__complex__", m_complex),
    super::seq_methods::m!("__format__", m_format),
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "real", get: g_real, set: None, doc: "the real part of a complex number" },
    GetSetDef { name: "imag", get: g_imag, set: None, doc: "the imaginary part of a complex number" },
];

pub static COMPLEX_TYPE: TypeObject = TypeObject::builtin(
    "complex",
    std::mem::size_of::<ComplexObject>(),
    flags::BASETYPE,
    Some(&super::base::OBJECT_TYPE),
    slots!(complex_dealloc, repr: complex_repr_slot, hash: complex_hash, richcompare: complex_richcompare,
        bool: complex_bool, neg: complex_neg, pos: complex_pos, abs: complex_abs, new: complex_new),
    METHODS,
    GETSETS,
    Some("Create a complex number from a string or numbers.\n\nIf a string is given, parse it as a complex number.\nIf a single number is given, convert it to a complex number.\nIf the 'real' or 'imag' arguments are given, create a complex number\nwith the specified real and imaginary components."),
);

/// Installs the number slots.
pub fn init_type() {
    let n = &COMPLEX_TYPE.slots.number;
    n[Operator::Add as usize].set(Some(complex_add));
    n[Operator::Sub as usize].set(Some(complex_sub));
    n[Operator::Mult as usize].set(Some(complex_mul));
    n[Operator::Div as usize].set(Some(complex_div));
    n[Operator::Pow as usize].set(Some(complex_pow));
}
