//! `int`: a machine word when the value fits, a `BigInt` otherwise; the small ints −5…256 are
//! static, immortal and shared, as CPython's.

use super::header::{Obj, ObjectHeader, PyPayload, IMMORTAL_REFCNT};
use super::typeobj::{flags, TypeObject};
use super::{boolobj, float, protocol, singletons, str as pystr, CompareOp, PyErr, PyResult};
use crate::memory::alloc::{alloc_object, free_object};
use crate::slots;
use crate::syntax::ast::Operator;
use crate::vm::Vm;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cell::Cell;

/// The layout of an `int` (and of `bool`, its subclass).
#[repr(C, align(16))]
pub struct IntObject {
    head: ObjectHeader,
    /// The value when `big` is `None`.
    small: i64,
    /// The value when it doesn't fit in an `i64` (never holds a value that would fit); null
    /// otherwise. Owned: freed by `int_dealloc`. (A raw pointer rather than `Option<Box>` so the
    /// static small-int table can be built in a `const` initializer.)
    big: *mut BigInt,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for IntObject {
    fn static_type() -> &'static TypeObject {
        &INT_TYPE
    }
}

// SAFETY: static small ints are immortal; only the interpreter thread reads them.
unsafe impl Sync for IntObject {}

/// A borrowed view of an int's value.
#[derive(Clone, Copy, Debug)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub fn to_bigint(self) -> BigInt {
        match self {
            IntRef::Small(v) => BigInt::from(v),
            IntRef::Big(b) => b.clone(),
        }
    }

    pub fn is_negative(self) -> bool {
        match self {
            IntRef::Small(v) => v < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }

    pub fn is_zero(self) -> bool {
        matches!(self, IntRef::Small(0))
    }
}

impl IntObject {
    const fn new_static(v: i64) -> IntObject {
        IntObject {
            head: ObjectHeader { refcnt: Cell::new(IMMORTAL_REFCNT), ob_type: Cell::new(&INT_TYPE) },
            small: v,
            big: std::ptr::null_mut(),
        }
    }

    pub(crate) const fn new_static_bool(v: bool) -> IntObject {
        IntObject {
            head: ObjectHeader {
                refcnt: Cell::new(IMMORTAL_REFCNT),
                ob_type: Cell::new(&boolobj::BOOL_TYPE),
            },
            small: v as i64,
            big: std::ptr::null_mut(),
        }
    }

    #[inline]
    pub fn value(&self) -> IntRef<'_> {
        if self.big.is_null() {
            IntRef::Small(self.small)
        } else {
            // SAFETY: a non-null `big` is an owned BigInt living as long as the object.
            IntRef::Big(unsafe { &*self.big })
        }
    }
}

pub const SMALL_MIN: i64 = -5;
pub const SMALL_MAX: i64 = 256;

static SMALL_INTS: [IntObject; (SMALL_MAX - SMALL_MIN + 1) as usize] = {
    let mut arr = [const { IntObject::new_static(0) }; (SMALL_MAX - SMALL_MIN + 1) as usize];
    let mut i = 0;
    while i < arr.len() {
        arr[i] = IntObject::new_static(i as i64 + SMALL_MIN);
        i += 1;
    }
    arr
};

unsafe fn int_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: a dying int: free its BigInt (if any) and the block.
    unsafe {
        let big = (*(obj as *mut IntObject)).big;
        if !big.is_null() {
            drop(Box::from_raw(big));
        }
        free_object(obj, 0);
    }
}

fn alloc_int(ty: &TypeObject, small: i64, big: Option<Box<BigInt>>) -> PyResult<Obj> {
    let ptr = alloc_object(ty, 0)?;
    // SAFETY: fresh block of an int's size.
    unsafe {
        let io = ptr as *mut IntObject;
        std::ptr::addr_of_mut!((*io).small).write(small);
        std::ptr::addr_of_mut!((*io).big).write(big.map_or(std::ptr::null_mut(), Box::into_raw));
        Ok(Obj::from_raw(ptr))
    }
}

/// An int object for `v` (shared for −5…256).
#[inline]
pub fn new_int(v: i64) -> Obj {
    if (SMALL_MIN..=SMALL_MAX).contains(&v) {
        let so = &SMALL_INTS[(v - SMALL_MIN) as usize];
        // SAFETY: static immortal object.
        return unsafe { Obj::from_raw(&so.head as *const ObjectHeader as *mut ObjectHeader) };
    }
    match alloc_int(&INT_TYPE, v, None) {
        Ok(o) => o,
        Err(_) => std::alloc::handle_alloc_error(std::alloc::Layout::new::<IntObject>()),
    }
}

/// An int object for an arbitrary-precision value.
pub fn new_bigint(v: BigInt) -> PyResult<Obj> {
    match v.to_i64() {
        Some(small) => Ok(new_int(small)),
        None => alloc_int(&INT_TYPE, 0, Some(Box::new(v))),
    }
}

pub fn new_int_from_ref(v: IntRef<'_>) -> PyResult<Obj> {
    match v {
        IntRef::Small(s) => Ok(new_int(s)),
        IntRef::Big(b) => new_bigint(b.clone()),
    }
}

/// The value of an int (or bool, or int subclass) object.
#[inline]
pub fn int_value(o: &Obj) -> Option<IntRef<'_>> {
    o.downcast::<IntObject>().map(|i| i.value())
}

/// Whether `o` is an int (including bool and subclasses).
#[inline]
pub fn is_int(o: &Obj) -> bool {
    o.downcast::<IntObject>().is_some()
}

/// The small value of an int object that fits in `i64`.
#[inline]
pub fn as_i64(o: &Obj) -> Option<i64> {
    match int_value(o)? {
        IntRef::Small(v) => Some(v),
        IntRef::Big(_) => None,
    }
}

/// An int's value clamped to the `i64` range (for repeat counts and similar).
pub fn to_i64_saturating(o: &Obj) -> i64 {
    match int_value(o) {
        Some(IntRef::Small(v)) => v,
        Some(IntRef::Big(b)) => {
            if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        None => 0,
    }
}

/// An int as `isize`, or OverflowError "Python int too large to convert to C ssize_t".
pub fn to_isize(o: &Obj) -> PyResult<isize> {
    match int_value(o) {
        Some(IntRef::Small(v)) => Ok(v as isize),
        _ => Err(PyErr::overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// CPython's hash of an integer: the value modulo the Mersenne prime 2**61 - 1, keeping the
/// sign, with -1 mapped to -2.
pub fn hash_int(v: IntRef<'_>) -> i64 {
    const MODULUS: i64 = (1 << 61) - 1;
    let h = match v {
        IntRef::Small(v) => {
            let m = (v.unsigned_abs() % MODULUS as u64) as i64;
            if v < 0 {
                -m
            } else {
                m
            }
        }
        IntRef::Big(b) => {
            let m = (b.abs() % BigInt::from(MODULUS)).to_i64().unwrap_or(0);
            if b.is_negative() {
                -m
            } else {
                m
            }
        }
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

fn int_hash(_: &mut Vm, o: &Obj) -> PyResult<i64> {
    Ok(hash_int(int_value(o).expect("int")))
}

/// Decimal text of an int value.
pub fn int_to_string(v: IntRef<'_>) -> String {
    match v {
        IntRef::Small(v) => v.to_string(),
        IntRef::Big(b) => b.to_string(),
    }
}

/// CPython refuses to print ints with more than 4300 digits (`sys.set_int_max_str_digits`).
pub const MAX_STR_DIGITS: usize = 4300;

fn int_repr(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let v = int_value(o).expect("int");
    if let IntRef::Big(b) = v {
        if b.bits() > (MAX_STR_DIGITS as u64 * 3322 / 1000)
            && b.to_string().trim_start_matches('-').len() > MAX_STR_DIGITS
        {
            return Err(PyErr::value_error(format!(
                "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
    }
    pystr::try_new_str(&int_to_string(v))
}

fn int_bool(_: &mut Vm, o: &Obj) -> PyResult<bool> {
    Ok(!int_value(o).expect("int").is_zero())
}

/// Compares two int values.
pub fn int_cmp(a: IntRef<'_>, b: IntRef<'_>) -> std::cmp::Ordering {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => x.cmp(&y),
        (IntRef::Small(x), IntRef::Big(y)) => BigInt::from(x).cmp(y),
        (IntRef::Big(x), IntRef::Small(y)) => x.cmp(&BigInt::from(y)),
        (IntRef::Big(x), IntRef::Big(y)) => x.cmp(y),
    }
}

fn int_richcompare(_: &mut Vm, a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    match (int_value(a), int_value(b)) {
        (Some(x), Some(y)) => Ok(boolobj::new_bool(op.test(int_cmp(x, y)))),
        _ => Ok(singletons::not_implemented()),
    }
}

/// Floor division and modulo with Python's signs (result takes the divisor's sign).
pub fn floor_divmod_i64(a: i64, b: i64) -> Option<(i64, i64)> {
    let q = a.checked_div(b)?;
    let r = a.checked_rem(b)?;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some((q - 1, r + b))
    } else {
        Some((q, r))
    }
}

fn zero_division(what: &str) -> PyErr {
    PyErr::zero_division_error(what)
}

/// The arithmetic of one binary operator on two int values.
pub fn int_binary(op: Operator, a: IntRef<'_>, b: IntRef<'_>) -> PyResult<Obj> {
    use Operator::*;
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        let fast = match op {
            Add => x.checked_add(y),
            Sub => x.checked_sub(y),
            Mult => x.checked_mul(y),
            FloorDiv => {
                if y == 0 {
                    return Err(zero_division("division by zero"));
                }
                floor_divmod_i64(x, y).map(|(q, _)| q)
            }
            Mod => {
                if y == 0 {
                    return Err(zero_division("division by zero"));
                }
                floor_divmod_i64(x, y).map(|(_, r)| r)
            }
            BitAnd => Some(x & y),
            BitOr => Some(x | y),
            BitXor => Some(x ^ y),
            LShift => {
                if y < 0 {
                    return Err(PyErr::value_error("negative shift count"));
                }
                if y < 63 && x.unsigned_abs() < (1u64 << (63 - y)) {
                    Some(x << y)
                } else {
                    None
                }
            }
            RShift => {
                if y < 0 {
                    return Err(PyErr::value_error("negative shift count"));
                }
                Some(if y >= 64 {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> y
                })
            }
            Div => return true_divide(a, b),
            Pow => {
                if y < 0 {
                    return float::pow_float(x as f64, y as f64);
                }
                if y <= u32::MAX as i64 {
                    x.checked_pow(y as u32)
                } else {
                    None
                }
            }
            MatMult => return Ok(singletons::not_implemented()),
        };
        if let Some(v) = fast {
            return Ok(new_int(v));
        }
    }
    let (x, y) = (a.to_bigint(), b.to_bigint());
    let r = match op {
        Add => x + y,
        Sub => x - y,
        Mult => x * y,
        FloorDiv => {
            if y.is_zero() {
                return Err(zero_division("division by zero"));
            }
            x.div_floor(&y)
        }
        Mod => {
            if y.is_zero() {
                return Err(zero_division("division by zero"));
            }
            x.mod_floor(&y)
        }
        BitAnd => x & y,
        BitOr => x | y,
        BitXor => x ^ y,
        LShift => {
            if y.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            let Some(n) = y.to_u64().filter(|&n| n < (1 << 34)) else {
                return Err(PyErr::overflow_error("too many digits in integer"));
            };
            if x.is_zero() {
                BigInt::zero()
            } else {
                x << n
            }
        }
        RShift => {
            if y.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            match y.to_u64() {
                Some(n) => {
                    // Arithmetic shift rounds toward negative infinity, as Python's.
                    if x.is_negative() {
                        let d = BigInt::one() << n;
                        x.div_floor(&d)
                    } else {
                        x >> n
                    }
                }
                None => {
                    if x.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        Div => return true_divide(a, b),
        Pow => {
            if y.is_negative() {
                let (fx, fy) = (int_to_f64(a)?, int_to_f64(b)?);
                return float::pow_float(fx, fy);
            }
            let Some(e) = y.to_u32() else {
                if x.is_one() || x.is_zero() {
                    return new_bigint(x);
                }
                if x == BigInt::from(-1) {
                    return Ok(new_int(if y.is_even() { 1 } else { -1 }));
                }
                return Err(PyErr::memory_error());
            };
            if x.bits().saturating_mul(e as u64) > (1 << 32) {
                return Err(PyErr::memory_error());
            }
            num_traits::pow::Pow::pow(x, e)
        }
        MatMult => return Ok(singletons::not_implemented()),
    };
    new_bigint(r)
}

/// An int value as f64, correctly rounded, or OverflowError as CPython's `int too large to
/// convert to float`.
pub fn int_to_f64(v: IntRef<'_>) -> PyResult<f64> {
    match v {
        IntRef::Small(x) => Ok(x as f64),
        IntRef::Big(b) => {
            let f = float::big_to_f64(b.magnitude(), 0);
            if f.is_infinite() {
                return Err(PyErr::overflow_error("int too large to convert to float"));
            }
            Ok(if b.is_negative() { -f } else { f })
        }
    }
}

/// `a / b` for ints, correctly rounded as CPython's `long_true_divide`.
fn true_divide(a: IntRef<'_>, b: IntRef<'_>) -> PyResult<Obj> {
    if b.is_zero() {
        return Err(zero_division("division by zero"));
    }
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if x.unsigned_abs() <= (1 << 53) && y.unsigned_abs() <= (1 << 53) {
            return Ok(float::new_float(x as f64 / y as f64));
        }
    }
    let (x, y) = (a.to_bigint(), b.to_bigint());
    let negative = x.is_negative() != y.is_negative();
    let (n, d) = (x.magnitude().clone(), y.magnitude().clone());
    if n.is_zero() {
        return Ok(float::new_float(if negative { -0.0 } else { 0.0 }));
    }
    // Scale so the quotient has at least 55 significant bits, then keep a sticky bit for the
    // remainder: rounding that to 53 bits is then exact.
    let k = n.bits() as i64 - d.bits() as i64 - 55;
    let (n, d) = if k >= 0 { (n, d << (k as u64)) } else { (n << ((-k) as u64), d) };
    let (q, r) = n.div_rem(&d);
    let m = (q << 1u32) | num_bigint::BigUint::from(!r.is_zero() as u8);
    let f = float::big_to_f64(&m, k - 1);
    if f.is_infinite() {
        return Err(PyErr::overflow_error("integer division result too large for a float"));
    }
    Ok(float::new_float(if negative { -f } else { f }))
}

macro_rules! int_binop {
    ($name:ident, $op:expr) => {
        fn $name(_: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
            match (int_value(a), int_value(b)) {
                (Some(x), Some(y)) => int_binary($op, x, y),
                _ => Ok(singletons::not_implemented()),
            }
        }
    };
}

int_binop!(int_add, Operator::Add);
int_binop!(int_sub, Operator::Sub);
int_binop!(int_mul, Operator::Mult);
int_binop!(int_floordiv, Operator::FloorDiv);
int_binop!(int_mod, Operator::Mod);
int_binop!(int_and, Operator::BitAnd);
int_binop!(int_or, Operator::BitOr);
int_binop!(int_xor, Operator::BitXor);
int_binop!(int_lshift, Operator::LShift);
int_binop!(int_rshift, Operator::RShift);
int_binop!(int_truediv, Operator::Div);
int_binop!(int_pow, Operator::Pow);

fn int_neg(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    match int_value(o).expect("int") {
        IntRef::Small(v) => match v.checked_neg() {
            Some(n) => Ok(new_int(n)),
            None => new_bigint(-BigInt::from(v)),
        },
        IntRef::Big(b) => new_bigint(-b.clone()),
    }
}

fn int_pos(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    if o.is_exact::<IntObject>() {
        Ok(o.clone())
    } else {
        new_int_from_ref(int_value(o).expect("int"))
    }
}

fn int_abs(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    if int_value(o).expect("int").is_negative() {
        int_neg(vm, o)
    } else {
        int_pos(vm, o)
    }
}

fn int_invert(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    match int_value(o).expect("int") {
        IntRef::Small(v) => Ok(new_int(!v)),
        IntRef::Big(b) => new_bigint(-(b.clone()) - 1),
    }
}

fn int_float(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(float::new_float(int_to_f64(int_value(o).expect("int"))?))
}

/// CPython refuses to convert strings of more than this many digits in bases that are not
/// powers of two (`sys.int_info.default_max_str_digits`).
const MAX_PARSE_DIGITS: usize = 4300;

/// Why `int(text, base)` failed.
pub enum ParseIntError {
    Invalid,
    TooManyDigits(usize),
}

/// Parses an int literal the way `int(text, base)` does (CPython's `PyLong_FromString`):
/// surrounding whitespace, a sign, a base prefix when `base` is 0 or matches it, single
/// underscores between digits (and after a prefix), Unicode decimal digits.
pub fn parse_int_text(text: &str, base: u32) -> Result<BigInt, ParseIntError> {
    let t = float::number_text(text).ok_or(ParseIntError::Invalid)?;
    let t = t.as_str();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let prefix_base = |p: &str| -> Option<u32> {
        let b = p.as_bytes();
        if b.len() >= 2 && b[0] == b'0' {
            match b[1] {
                b'x' | b'X' => Some(16),
                b'o' | b'O' => Some(8),
                b'b' | b'B' => Some(2),
                _ => None,
            }
        } else {
            None
        }
    };
    let (base, digits, had_prefix) = match (base, prefix_base(t)) {
        (0, Some(b)) => (b, &t[2..], true),
        (0, None) => {
            // A decimal literal with a leading zero must be all zeros ("00", "0_0").
            if t.len() > 1 && t.starts_with('0') && t.bytes().any(|c| c != b'0' && c != b'_') {
                return Err(ParseIntError::Invalid);
            }
            (10, t, false)
        }
        (b, Some(p)) if b == p => (b, &t[2..], true),
        (b, _) => (b, t, false),
    };
    let digits = if had_prefix { digits.strip_prefix('_').unwrap_or(digits) } else { digits };
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return Err(ParseIntError::Invalid);
    }
    let clean: Vec<u8> = digits.bytes().filter(|&c| c != b'_').collect();
    if !clean.iter().all(|&c| (c as char).is_digit(base)) {
        return Err(ParseIntError::Invalid);
    }
    if !base.is_power_of_two() && clean.len() > MAX_PARSE_DIGITS {
        return Err(ParseIntError::TooManyDigits(clean.len()));
    }
    let v = if clean.len() <= 18 && base == 10 {
        let mut n: i64 = 0;
        for &c in &clean {
            n = n * 10 + (c - b'0') as i64;
        }
        BigInt::from(n)
    } else {
        BigInt::parse_bytes(&clean, base).ok_or(ParseIntError::Invalid)?
    };
    Ok(if neg { -v } else { v })
}

/// `parse_int_text` without the error detail.
pub fn parse_int(text: &str, base: u32) -> Option<BigInt> {
    parse_int_text(text, base).ok()
}

/// `int(text, base)` with CPython's errors; `shown` is the repr used in the message.
pub fn int_from_text(text: &str, base: u32, shown: &str) -> PyResult<Obj> {
    match parse_int_text(text, base) {
        Ok(v) => new_bigint(v),
        Err(ParseIntError::Invalid) => {
            Err(PyErr::value_error(format!("invalid literal for int() with base {base}: {shown}")))
        }
        Err(ParseIntError::TooManyDigits(n)) => Err(PyErr::value_error(format!(
            "Exceeds the limit ({MAX_PARSE_DIGITS} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
        ))),
    }
}

/// The repr CPython shows of a bad `int()` argument: at most 200 characters of text.
fn shown_text(vm: &mut Vm, o: &Obj) -> PyResult<String> {
    if let Some(s) = pystr::as_str_obj(o) {
        let text: String = s.as_str().chars().take(200).collect();
        return Ok(pystr::repr_str(&text));
    }
    protocol::repr_string(vm, o)
}

/// `int(x)` or `int(x, base)` for str, bytes and bytearray arguments.
fn int_from_textlike(vm: &mut Vm, x: &Obj, base: u32) -> PyResult<Option<Obj>> {
    if let Some(s) = pystr::as_str_obj(x) {
        let shown = shown_text(vm, x)?;
        return int_from_text(s.as_str(), base, &shown).map(Some);
    }
    if let Some(b) = super::bytes::as_bytes(x) {
        let shown = protocol::repr_string(vm, x)?;
        let text = match std::str::from_utf8(b) {
            Ok(t) if t.is_ascii() => t.to_string(),
            _ => {
                return Err(PyErr::value_error(format!(
                    "invalid literal for int() with base {base}: {shown}"
                )))
            }
        };
        return int_from_text(&text, base, &shown).map(Some);
    }
    Ok(None)
}

fn int_new(vm: &mut Vm, cls: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    let pos = super::args::positional(args, kwnames);
    if pos.len() > 2 {
        return Err(PyErr::type_error(format!("int() takes at most 2 arguments ({} given)", pos.len())));
    }
    let mut base_kw = None;
    for (name, v) in super::args::keywords(args, kwnames) {
        if name == "base" && pos.len() < 2 {
            base_kw = Some(v);
        } else if name == "base" {
            return Err(PyErr::type_error("argument for int() given by name ('base') and position (2)"));
        } else {
            return Err(PyErr::type_error(format!("'{name}' is an invalid keyword argument for int()")));
        }
    }
    let x = pos.first();
    let base = pos.get(1).or(base_kw);
    let value = match (x, base) {
        (None, None) => new_int(0),
        (None, Some(_)) => return Err(PyErr::type_error("int() missing string argument")),
        (Some(x), None) => {
            if x.is_exact::<IntObject>() {
                x.clone()
            } else {
                match int_from_textlike(vm, x, 10)? {
                    Some(v) => v,
                    None => protocol::to_int(vm, x)?,
                }
            }
        }
        (Some(x), Some(b)) => {
            let base = protocol::index(vm, b)?;
            let base = as_i64(&base).unwrap_or(-1);
            if base != 0 && !(2..=36).contains(&base) {
                return Err(PyErr::value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            match int_from_textlike(vm, x, base as u32)? {
                Some(v) => v,
                None => return Err(PyErr::type_error("int() can't convert non-string with explicit base")),
            }
        }
    };
    if INT_TYPE.is(cls) {
        return Ok(value);
    }
    let v = int_value(&value).expect("int").to_bigint();
    super::class::new_subtype_instance_with(cls, |ty| {
        let ptr = alloc_object(ty, 0)?;
        let (small, big) = match v.to_i64() {
            Some(s) => (s, std::ptr::null_mut()),
            None => (0, Box::into_raw(Box::new(v.clone()))),
        };
        // SAFETY: fresh block with an int's layout at its start.
        unsafe {
            let io = ptr as *mut IntObject;
            std::ptr::addr_of_mut!((*io).small).write(small);
            std::ptr::addr_of_mut!((*io).big).write(big);
        }
        Ok(ptr)
    })
}

pub static INT_TYPE: TypeObject = TypeObject::builtin(
    "int",
    std::mem::size_of::<IntObject>(),
    flags::BASETYPE | flags::LONG_SUBCLASS,
    Some(&super::base::OBJECT_TYPE),
    slots!(int_dealloc,
        repr: int_repr, hash: int_hash, richcompare: int_richcompare, bool: int_bool,
        neg: int_neg, pos: int_pos, abs: int_abs, invert: int_invert, int: int_pos, index: int_pos,
        float: int_float, new: int_new),
    super::int_methods::METHODS,
    super::int_methods::GETSETS,
    Some("int([x]) -> integer\nint(x, base=10) -> integer"),
);

/// Installs the number slots.
pub fn init_type() {
    let n = &INT_TYPE.slots.number;
    n[Operator::Add as usize].set(Some(int_add));
    n[Operator::Sub as usize].set(Some(int_sub));
    n[Operator::Mult as usize].set(Some(int_mul));
    n[Operator::FloorDiv as usize].set(Some(int_floordiv));
    n[Operator::Mod as usize].set(Some(int_mod));
    n[Operator::BitAnd as usize].set(Some(int_and));
    n[Operator::BitOr as usize].set(Some(int_or));
    n[Operator::BitXor as usize].set(Some(int_xor));
    n[Operator::LShift as usize].set(Some(int_lshift));
    n[Operator::RShift as usize].set(Some(int_rshift));
    n[Operator::Div as usize].set(Some(int_truediv));
    n[Operator::Pow as usize].set(Some(int_pow));
}

/// Sign of a BigInt as -1/0/1 (for methods).
pub fn sign_of(v: IntRef<'_>) -> i64 {
    match v {
        IntRef::Small(x) => x.signum(),
        IntRef::Big(b) => match b.sign() {
            Sign::Minus => -1,
            Sign::NoSign => 0,
            Sign::Plus => 1,
        },
    }
}
