//! The `math` module: CPython's functions on floats and ints, with its error rules
//! (`math domain error` when a finite input gives NaN, `math range error` when it overflows)
//! and exact integer functions (`factorial`, `comb`, `perm`, `isqrt`, `gcd`, `lcm`) on big ints.

use crate::object::*;
use crate::syntax::ast::Operator;
use crate::vm::Vm;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

fn domain_error() -> PyErr {
    PyErr::value_error("math domain error")
}

fn range_error() -> PyErr {
    PyErr::overflow_error("math range error")
}

fn arg_f64(vm: &mut Vm, o: &Obj) -> PyResult<f64> {
    protocol::to_f64(vm, o)
}

/// CPython's `math_1`: applies `f` and turns NaN-from-finite into a domain error and
/// infinity-from-finite into a range error (or a domain error when `f` can't overflow).
fn math_1(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Obj> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_error() } else { domain_error() });
    }
    Ok(float::new_float(r))
}

macro_rules! unary {
    ($($name:ident => $py:literal, $f:expr, $overflow:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
                args::check_arity($py, a, kw, 1, 1)?;
                let x = arg_f64(vm, &a[0])?;
                math_1(x, $f, $overflow)
            }
        )*
    };
}

// The C library's special functions (libm is linked into every Rust program on our targets).
extern "C" {
    fn erf(x: f64) -> f64;
    fn erfc(x: f64) -> f64;
    fn tgamma(x: f64) -> f64;
    fn lgamma(x: f64) -> f64;
}

fn c_erf(x: f64) -> f64 {
    // SAFETY: a pure C math function.
    unsafe { erf(x) }
}
fn c_erfc(x: f64) -> f64 {
    // SAFETY: a pure C math function.
    unsafe { erfc(x) }
}
fn c_gamma(x: f64) -> f64 {
    if x.is_finite() && x <= 0.0 && x == x.floor() {
        return f64::NAN;
    }
    // SAFETY: a pure C math function.
    unsafe { tgamma(x) }
}
fn c_lgamma(x: f64) -> f64 {
    if x.is_finite() && x <= 0.0 && x == x.floor() {
        return f64::INFINITY;
    }
    // SAFETY: a pure C math function.
    unsafe { lgamma(x) }
}

fn sqrt_checked(x: f64) -> f64 {
    x.sqrt()
}

unary! {
    m_sqrt => "sqrt", sqrt_checked, false;
    m_exp => "exp", f64::exp, true;
    m_exp2 => "exp2", f64::exp2, true;
    m_expm1 => "expm1", f64::exp_m1, true;
    m_sin => "sin", f64::sin, false;
    m_cos => "cos", f64::cos, false;
    m_tan => "tan", f64::tan, false;
    m_asin => "asin", f64::asin, false;
    m_acos => "acos", f64::acos, false;
    m_atan => "atan", f64::atan, false;
    m_sinh => "sinh", f64::sinh, true;
    m_cosh => "cosh", f64::cosh, true;
    m_tanh => "tanh", f64::tanh, false;
    m_asinh => "asinh", f64::asinh, false;
    m_acosh => "acosh", f64::acosh, false;
    m_atanh => "atanh", f64::atanh, false;
    m_fabs => "fabs", f64::abs, false;
    m_cbrt => "cbrt", f64::cbrt, false;
    m_erf => "erf", c_erf, false;
    m_erfc => "erfc", c_erfc, false;
    m_gamma => "gamma", c_gamma, true;
    m_lgamma => "lgamma", c_lgamma, true;
}

/// `log` of an int of any size (CPython's `loghelper`): big ints are scaled first.
fn log_of(vm: &mut Vm, o: &Obj, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(v) = int::int_value(o) {
        if float::float_value(o).is_none() {
            let b = v.to_bigint();
            if b.sign() != Sign::Plus {
                return Err(domain_error());
            }
            return Ok(match b.to_f64().filter(|x| x.is_finite()) {
                Some(x) => f(x),
                None => {
                    // x = m * 2**e with m in [0.5, 1), as CPython's `_PyLong_Frexp`.
                    let e = b.bits();
                    let shift = e.saturating_sub(55);
                    let top = (&b >> shift).to_f64().unwrap_or(f64::MAX);
                    let m = top / 2f64.powi((e - shift) as i32);
                    f(m) + f(2.0) * e as f64
                }
            });
        }
    }
    let x = arg_f64(vm, o)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain_error());
    }
    Ok(f(x))
}

fn m_log(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("log", a, kw, 1, 2)?;
    let num = log_of(vm, &a[0], f64::ln)?;
    match a.get(1) {
        None => Ok(float::new_float(num)),
        Some(b) => {
            let den = log_of(vm, b, f64::ln)?;
            if den == 0.0 {
                return Err(PyErr::zero_division_error("division by zero"));
            }
            Ok(float::new_float(num / den))
        }
    }
}

fn m_log2(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("log2", a, kw, 1, 1)?;
    Ok(float::new_float(log_of(vm, &a[0], f64::log2)?))
}

fn m_log10(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("log10", a, kw, 1, 1)?;
    Ok(float::new_float(log_of(vm, &a[0], f64::log10)?))
}

fn m_log1p(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("log1p", a, kw, 1, 1)?;
    let x = arg_f64(vm, &a[0])?;
    if x <= -1.0 {
        return Err(domain_error());
    }
    Ok(float::new_float(x.ln_1p()))
}

fn two_floats(vm: &mut Vm, name: &str, a: &[Obj], kw: Option<&Obj>) -> PyResult<(f64, f64)> {
    args::check_arity(name, a, kw, 2, 2)?;
    Ok((arg_f64(vm, &a[0])?, arg_f64(vm, &a[1])?))
}

fn m_pow(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let (x, y) = two_floats(vm, "pow", a, kw)?;
    if x == 1.0 || y == 0.0 {
        return Ok(float::new_float(1.0));
    }
    let r = x.powf(y);
    if x.is_finite() && y.is_finite() {
        if r.is_nan() {
            return Err(domain_error());
        }
        if r.is_infinite() {
            return Err(if x == 0.0 { domain_error() } else { range_error() });
        }
    }
    Ok(float::new_float(r))
}

fn m_atan2(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let (y, x) = two_floats(vm, "atan2", a, kw)?;
    Ok(float::new_float(y.atan2(x)))
}

fn m_fmod(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let (x, y) = two_floats(vm, "fmod", a, kw)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(float::new_float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(float::new_float(r))
}

fn m_copysign(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let (x, y) = two_floats(vm, "copysign", a, kw)?;
    Ok(float::new_float(x.copysign(y)))
}

/// IEEE 754 remainder: `x - n*y` with `n` the integer nearest `x/y` (ties to even).
fn m_remainder(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let (x, y) = two_floats(vm, "remainder", a, kw)?;
    if x.is_nan() {
        return Ok(float::new_float(x));
    }
    if y.is_nan() {
        return Ok(float::new_float(y));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error());
    }
    if y.is_infinite() {
        return Ok(float::new_float(x));
    }
    let (ax, ay) = (x.abs(), y.abs());
    let m = ax % ay;
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Exactly half-way: pick the even multiple.
        m - 2.0 * ((0.5 * (ax - m)) % ay)
    };
    Ok(float::new_float(1.0f64.copysign(x) * r))
}

fn m_degrees(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("degrees", a, kw, 1, 1)?;
    Ok(float::new_float(arg_f64(vm, &a[0])? * (180.0 / std::f64::consts::PI)))
}

fn m_radians(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("radians", a, kw, 1, 1)?;
    Ok(float::new_float(arg_f64(vm, &a[0])? * (std::f64::consts::PI / 180.0)))
}

/// `floor`/`ceil`/`trunc`: ints pass through, floats round, other objects use their special
/// method.
fn rounding(
    vm: &mut Vm,
    name: &str,
    dunder: &str,
    a: &[Obj],
    kw: Option<&Obj>,
    f: fn(f64) -> f64,
) -> PyResult<Obj> {
    args::check_arity(name, a, kw, 1, 1)?;
    let o = &a[0];
    if let Some(x) = float::float_value(o) {
        return float::float_to_int(f(x));
    }
    if int::is_int(o) && !o.ty().is_heap_type() {
        return protocol::to_int(vm, o);
    }
    if let Some(r) = protocol::call_special(vm, o, dunder, &[])? {
        return Ok(r);
    }
    if name == "trunc" {
        return Err(PyErr::type_error(format!("type {} doesn't define __trunc__ method", o.ty().name())));
    }
    let x = arg_f64(vm, o)?;
    float::float_to_int(f(x))
}

fn m_floor(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    rounding(vm, "floor", "__floor__", a, kw, f64::floor)
}

fn m_ceil(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    rounding(vm, "ceil", "__ceil__", a, kw, f64::ceil)
}

fn m_trunc(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    rounding(vm, "trunc", "__trunc__", a, kw, f64::trunc)
}

fn m_modf(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("modf", a, kw, 1, 1)?;
    let x = arg_f64(vm, &a[0])?;
    let (frac, whole) =
        if x.is_infinite() { (0.0f64.copysign(x), x) } else { ((x - x.trunc()).copysign(x), x.trunc()) };
    tuple::new_tuple(vec![float::new_float(frac), float::new_float(whole)])
}

fn m_frexp(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("frexp", a, kw, 1, 1)?;
    let x = arg_f64(vm, &a[0])?;
    let (m, e) = float::frexp(x);
    tuple::new_tuple(vec![float::new_float(m), int::new_int(e as i64)])
}

fn m_ldexp(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("ldexp", a, kw, 2, 2)?;
    let x = arg_f64(vm, &a[0])?;
    let Some(i) = int::int_value(&a[1]) else {
        return Err(PyErr::type_error("Expected an int as second argument to ldexp."));
    };
    let e = i
        .to_bigint()
        .to_i64()
        .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX })
        .clamp(-100_000, 100_000);
    if x == 0.0 || !x.is_finite() {
        return Ok(float::new_float(x));
    }
    let mut r = x;
    let mut e = e;
    // Scale in steps so intermediate powers of two stay representable.
    while e > 0 {
        let step = e.min(1000);
        r *= 2f64.powi(step as i32);
        e -= step;
    }
    while e < 0 {
        let step = (-e).min(1000);
        r *= 2f64.powi(-(step as i32));
        e += step;
    }
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(float::new_float(r))
}

fn bool_of(vm: &mut Vm, name: &str, a: &[Obj], kw: Option<&Obj>, f: fn(f64) -> bool) -> PyResult<Obj> {
    args::check_arity(name, a, kw, 1, 1)?;
    Ok(boolobj::new_bool(f(arg_f64(vm, &a[0])?)))
}

fn m_isfinite(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    bool_of(vm, "isfinite", a, kw, f64::is_finite)
}

fn m_isinf(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    bool_of(vm, "isinf", a, kw, f64::is_infinite)
}

fn m_isnan(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    bool_of(vm, "isnan", a, kw, f64::is_nan)
}

fn m_isclose(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [x, y, rel, abs] = args::bind("isclose", a, kw, ["a", "b", "rel_tol", "abs_tol"], 2, 2)?;
    let x = arg_f64(vm, x.expect("required"))?;
    let y = arg_f64(vm, y.expect("required"))?;
    let rel = match rel {
        Some(r) => arg_f64(vm, r)?,
        None => 1e-9,
    };
    let abs = match abs {
        Some(r) => arg_f64(vm, r)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(boolobj::new_bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(boolobj::new_bool(false));
    }
    let diff = (y - x).abs();
    let close = (diff <= (rel * y).abs()) || (diff <= (rel * x).abs()) || diff <= abs;
    Ok(boolobj::new_bool(close))
}

/// An integer argument as a BigInt, with CPython's TypeError for non-integers.
fn big_arg(vm: &mut Vm, o: &Obj) -> PyResult<BigInt> {
    if float::float_value(o).is_some() {
        return Err(PyErr::type_error("'float' object cannot be interpreted as an integer"));
    }
    let i = protocol::index(vm, o)?;
    Ok(int::int_value(&i).expect("index returns int").to_bigint())
}

fn m_gcd(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::no_kwargs("gcd", kw)?;
    let mut g = BigInt::zero();
    for o in a {
        let v = big_arg(vm, o)?;
        g = g.gcd(&v);
    }
    int::new_bigint(g)
}

fn m_lcm(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::no_kwargs("lcm", kw)?;
    let mut l = BigInt::one();
    for o in a {
        let v = big_arg(vm, o)?;
        if v.is_zero() {
            l = BigInt::zero();
            continue;
        }
        l = l.lcm(&v);
    }
    int::new_bigint(l.abs())
}

fn m_factorial(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("factorial", a, kw, 1, 1)?;
    if float::float_value(&a[0]).is_some() {
        return Err(PyErr::type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = big_arg(vm, &a[0])?;
    if n.is_negative() {
        return Err(PyErr::value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64() else {
        return Err(PyErr::overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    int::new_bigint(product_range(1, n))
}

/// The product of `lo..=hi`, split in halves so big multiplications stay balanced.
fn product_range(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut p = BigInt::one();
        for k in lo..=hi {
            p *= k;
        }
        return p;
    }
    let mid = lo + (hi - lo) / 2;
    product_range(lo, mid) * product_range(mid + 1, hi)
}

fn nonneg(vm: &mut Vm, o: &Obj, what: &str) -> PyResult<BigInt> {
    let v = big_arg(vm, o)?;
    if v.is_negative() {
        return Err(PyErr::value_error(format!("{what} must be a non-negative integer")));
    }
    Ok(v)
}

fn m_comb(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("comb", a, kw, 2, 2)?;
    let n = nonneg(vm, &a[0], "n")?;
    let k = nonneg(vm, &a[1], "k")?;
    if k > n {
        return Ok(int::new_int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64() else {
        return Err(PyErr::overflow_error("min(n - k, k) must not exceed 9223372036854775807"));
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    int::new_bigint(r)
}

fn m_perm(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("perm", a, kw, 1, 2)?;
    let n = nonneg(vm, &a[0], "n")?;
    let k = match a.get(1).filter(|o| !singletons::is_none(o)) {
        Some(o) => nonneg(vm, o, "k")?,
        None => n.clone(),
    };
    if k > n {
        return Ok(int::new_int(0));
    }
    let Some(k) = k.to_u64() else {
        return Err(PyErr::overflow_error("k must not exceed 9223372036854775807"));
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    int::new_bigint(r)
}

fn m_isqrt(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("isqrt", a, kw, 1, 1)?;
    let n = big_arg(vm, &a[0])?;
    if n.is_negative() {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    int::new_bigint(n.sqrt())
}

fn m_prod(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [iterable, start] = args::bind("prod", a, kw, ["iterable", "start"], 1, 1)?;
    let mut acc = start.cloned().unwrap_or_else(|| int::new_int(1));
    let it = protocol::get_iter(vm, iterable.expect("required"))?;
    while let Some(x) = protocol::next(vm, &it)? {
        acc = protocol::binary_op(vm, &acc, &x, Operator::Mult)?;
    }
    Ok(acc)
}

/// `fsum`: the exactly rounded sum, with Shewchuk's running list of non-overlapping partials.
fn m_fsum(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("fsum", a, kw, 1, 1)?;
    let it = protocol::get_iter(vm, &a[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(o) = protocol::next(vm, &it)? {
        let mut x = arg_f64(vm, &o)?;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut kept = 0;
        for i in 0..partials.len() {
            let mut y = partials[i];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
            if !x.is_finite() {
                return Err(PyErr::overflow_error("intermediate overflow in fsum"));
            }
        }
        partials.truncate(kept);
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        if inf_sum.is_nan() {
            return Err(PyErr::value_error("-inf + inf in fsum"));
        }
        return Ok(float::new_float(special));
    }
    // Add the partials from the top, correcting the final rounding as CPython does.
    let mut hi = 0.0;
    if !partials.is_empty() {
        let mut n = partials.len() - 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(float::new_float(hi))
}

/// The Euclidean norm of `v`, scaled by its largest magnitude for accuracy.
fn norm(v: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut nan = false;
    for &x in v {
        if x.is_infinite() {
            return f64::INFINITY;
        }
        nan |= x.is_nan();
        max = max.max(x.abs());
    }
    if nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let mut sum = 0.0;
    let mut comp = 0.0;
    for &x in v {
        let t = (x / max) * (x / max);
        let y = t - comp;
        let s = sum + y;
        comp = (s - sum) - y;
        sum = s;
    }
    max * sum.sqrt()
}

fn m_hypot(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::no_kwargs("hypot", kw)?;
    let mut v = Vec::with_capacity(a.len());
    for o in a {
        v.push(arg_f64(vm, o)?);
    }
    if v.len() == 2 {
        return Ok(float::new_float(v[0].hypot(v[1])));
    }
    Ok(float::new_float(norm(&v)))
}

fn m_dist(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("dist", a, kw, 2, 2)?;
    let p = protocol::collect(vm, &a[0])?;
    let q = protocol::collect(vm, &a[1])?;
    if p.len() != q.len() {
        return Err(PyErr::value_error("both points must have the same number of dimensions"));
    }
    let mut v = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(&q) {
        v.push(arg_f64(vm, x)? - arg_f64(vm, y)?);
    }
    if v.len() == 2 {
        return Ok(float::new_float(v[0].hypot(v[1])));
    }
    Ok(float::new_float(norm(&v)))
}

/// The next float after `x` towards `y`.
fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn m_nextafter(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [x, y, steps] = args::bind("nextafter", a, kw, ["x", "y", "steps"], 2, 2)?;
    let mut x = arg_f64(vm, x.expect("required"))?;
    let y = arg_f64(vm, y.expect("required"))?;
    let n = match steps.filter(|s| !singletons::is_none(s)) {
        Some(s) => {
            let n = protocol::index_i64(vm, s)?;
            if n < 0 {
                return Err(PyErr::value_error("steps must be a non-negative integer"));
            }
            n
        }
        None => 1,
    };
    for _ in 0..n {
        let nx = next_toward(x, y);
        if nx == x {
            break;
        }
        x = nx;
    }
    Ok(float::new_float(x))
}

fn m_ulp(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("ulp", a, kw, 1, 1)?;
    let x = arg_f64(vm, &a[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(float::new_float(x));
    }
    let next = next_toward(x, f64::INFINITY);
    if next.is_infinite() {
        return Ok(float::new_float(x - next_toward(x, 0.0)));
    }
    Ok(float::new_float(next - x))
}

fn m_fma(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("fma", a, kw, 3, 3)?;
    let (x, y, z) = (arg_f64(vm, &a[0])?, arg_f64(vm, &a[1])?, arg_f64(vm, &a[2])?);
    let r = x.mul_add(y, z);
    if x.is_finite() && y.is_finite() && z.is_finite() {
        if r.is_nan() {
            return Err(domain_error());
        }
        if r.is_infinite() {
            return Err(range_error());
        }
    }
    Ok(float::new_float(r))
}

/// The `math` module.
pub fn make_module(_: &mut Vm) -> PyResult<Obj> {
    let (m, d) = super::new_native_module(
        "math",
        &[
            ("sqrt", m_sqrt),
            ("exp", m_exp),
            ("exp2", m_exp2),
            ("expm1", m_expm1),
            ("sin", m_sin),
            ("cos", m_cos),
            ("tan", m_tan),
            ("asin", m_asin),
            ("acos", m_acos),
            ("atan", m_atan),
            ("sinh", m_sinh),
            ("cosh", m_cosh),
            ("tanh", m_tanh),
            ("asinh", m_asinh),
            ("acosh", m_acosh),
            ("atanh", m_atanh),
            ("fabs", m_fabs),
            ("cbrt", m_cbrt),
            ("erf", m_erf),
            ("erfc", m_erfc),
            ("gamma", m_gamma),
            ("lgamma", m_lgamma),
            ("log", m_log),
            ("log2", m_log2),
            ("log10", m_log10),
            ("log1p", m_log1p),
            ("pow", m_pow),
            ("atan2", m_atan2),
            ("fmod", m_fmod),
            ("copysign", m_copysign),
            ("remainder", m_remainder),
            ("degrees", m_degrees),
            ("radians", m_radians),
            ("floor", m_floor),
            ("ceil", m_ceil),
            ("trunc", m_trunc),
            ("modf", m_modf),
            ("frexp", m_frexp),
            ("ldexp", m_ldexp),
            ("isfinite", m_isfinite),
            ("isinf", m_isinf),
            ("isnan", m_isnan),
            ("isclose", m_isclose),
            ("gcd", m_gcd),
            ("lcm", m_lcm),
            ("factorial", m_factorial),
            ("comb", m_comb),
            ("perm", m_perm),
            ("isqrt", m_isqrt),
            ("prod", m_prod),
            ("fsum", m_fsum),
            ("hypot", m_hypot),
            ("dist", m_dist),
            ("nextafter", m_nextafter),
            ("ulp", m_ulp),
            ("fma", m_fma),
        ],
    )?;
    super::set(&d, "pi", float::new_float(std::f64::consts::PI));
    super::set(&d, "e", float::new_float(std::f64::consts::E));
    super::set(&d, "tau", float::new_float(std::f64::consts::TAU));
    super::set(&d, "inf", float::new_float(f64::INFINITY));
    super::set(&d, "nan", float::new_float(f64::NAN));
    Ok(m)
}
