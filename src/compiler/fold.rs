//! Compile-time evaluation of operators on constants, for the constant folding the flowgraph
//! does (CPython 3.14 folds in `Python/flowgraph.c`: `fold_const_binop`,
//! `fold_const_unaryop`, with the size limits of its `const_folding_safe_*` helpers).
//!
//! Every function returns `None` when it cannot compute exactly what Python would at run
//! time (an exception, a result too large, or a case we prefer to leave to the VM); the
//! instruction is then simply not folded, which is always correct.

use super::consts::ConstValue;
use crate::bytecode::opcode::NB_SUBSCR;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

const MAX_INT_SIZE: u64 = 128; // bits
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;
const MAX_TOTAL_ITEMS: i64 = 1024;

/// Largest magnitude an int may have to be converted to a float exactly.
const EXACT_FLOAT_INT: i64 = 1 << 53;

/// Python truthiness of a constant.
pub fn is_true(v: &ConstValue) -> bool {
    match v {
        ConstValue::None => false,
        ConstValue::Bool(b) => *b,
        ConstValue::Int(i) => !i.is_zero(),
        ConstValue::Float(f) => *f != 0.0,
        ConstValue::Complex(re, im) => *re != 0.0 || *im != 0.0,
        ConstValue::Str(s) => !s.is_empty(),
        ConstValue::Bytes(b) => !b.is_empty(),
        ConstValue::Tuple(t) | ConstValue::FrozenSet(t) => !t.is_empty(),
        ConstValue::Ellipsis | ConstValue::Slice(_) | ConstValue::Code(_) => true,
    }
}

/// Python `==` between constants (used to drop duplicates from frozenset constants).
pub fn py_eq(a: &ConstValue, b: &ConstValue) -> bool {
    use ConstValue as V;
    match (as_int(a), as_int(b)) {
        (Some(x), Some(y)) => return x == y,
        (Some(x), None) => {
            if let V::Float(f) = b {
                return int_to_exact_float(&x) == Some(*f);
            }
        }
        (None, Some(y)) => {
            if let V::Float(f) = a {
                return int_to_exact_float(&y) == Some(*f);
            }
        }
        (None, None) => {}
    }
    match (a, b) {
        (V::Float(x), V::Float(y)) => x == y,
        (V::Complex(a, b), V::Complex(c, d)) => a == c && b == d,
        (V::Str(x), V::Str(y)) => x == y,
        (V::Bytes(x), V::Bytes(y)) => x == y,
        (V::None, V::None) | (V::Ellipsis, V::Ellipsis) => true,
        (V::Tuple(x), V::Tuple(y)) => x.len() == y.len() && x.iter().zip(y).all(|(p, q)| py_eq(p, q)),
        (V::FrozenSet(x), V::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().all(|p| y.iter().any(|q| py_eq(p, q)))
        }
        (V::Code(x), V::Code(y)) => x == y,
        _ => false,
    }
}

/// A frozenset from items in source order, dropping later items equal to earlier ones.
pub fn frozenset(items: Vec<ConstValue>) -> ConstValue {
    let mut out: Vec<ConstValue> = Vec::new();
    for item in items {
        if !out.iter().any(|o| py_eq(o, &item)) {
            out.push(item);
        }
    }
    ConstValue::FrozenSet(out)
}

fn as_int(v: &ConstValue) -> Option<BigInt> {
    match v {
        ConstValue::Int(i) => Some(i.clone()),
        ConstValue::Bool(b) => Some(BigInt::from(*b as u8)),
        _ => None,
    }
}

fn int_to_exact_float(i: &BigInt) -> Option<f64> {
    let v = i.to_i64()?;
    (v.abs() <= EXACT_FLOAT_INT).then_some(v as f64)
}

fn as_float(v: &ConstValue) -> Option<f64> {
    match v {
        ConstValue::Float(f) => Some(*f),
        _ => as_int(v).and_then(|i| int_to_exact_float(&i)),
    }
}

fn bits(i: &BigInt) -> u64 {
    i.bits()
}

/// Fold `lhs <op> rhs` for `BINARY_OP` oparg `op` (non-in-place operators and subscription).
pub fn binary_op(op: u32, lhs: &ConstValue, rhs: &ConstValue) -> Option<ConstValue> {
    use ConstValue as V;
    if op == NB_SUBSCR {
        return subscript(lhs, rhs);
    }
    // Sequences first: +, * with ints.
    match (op, lhs, rhs) {
        (0, V::Str(a), V::Str(b)) => return Some(V::Str(format!("{a}{b}"))),
        (0, V::Bytes(a), V::Bytes(b)) => return Some(V::Bytes([a.as_slice(), b].concat())),
        (0, V::Tuple(a), V::Tuple(b)) => return Some(V::Tuple([a.as_slice(), b].concat())),
        (5, V::Str(_) | V::Bytes(_) | V::Tuple(_), _) => return repeat(lhs, &as_int(rhs)?),
        (5, _, V::Str(_) | V::Bytes(_) | V::Tuple(_)) => return repeat(rhs, &as_int(lhs)?),
        _ => {}
    }
    if let (V::Bool(a), V::Bool(b)) = (lhs, rhs) {
        match op {
            1 => return Some(V::Bool(*a & *b)),
            7 => return Some(V::Bool(*a | *b)),
            12 => return Some(V::Bool(*a ^ *b)),
            _ => {}
        }
    }
    if let (Some(a), Some(b)) = (as_int(lhs), as_int(rhs)) {
        return int_op(op, &a, &b);
    }
    if matches!(lhs, V::Float(_)) || matches!(rhs, V::Float(_)) {
        let (a, b) = (as_float(lhs)?, as_float(rhs)?);
        return float_op(op, a, b).map(V::Float);
    }
    None
}

fn int_op(op: u32, a: &BigInt, b: &BigInt) -> Option<ConstValue> {
    use ConstValue as V;
    let r = match op {
        0 => a + b,
        1 => a & b,
        2 => {
            if b.is_zero() {
                return None;
            }
            a.div_floor(b)
        }
        3 => {
            if b.is_negative() {
                return None;
            }
            if !a.is_zero() && !b.is_zero() {
                let w = b.to_u64()?;
                if w > MAX_INT_SIZE || bits(a) > MAX_INT_SIZE - w {
                    return None;
                }
            }
            a << b.to_usize()?
        }
        5 => {
            if !a.is_zero() && !b.is_zero() && bits(a) + bits(b) > MAX_INT_SIZE {
                return None;
            }
            a * b
        }
        6 => {
            if b.is_zero() {
                return None;
            }
            a.mod_floor(b)
        }
        7 => a | b,
        8 => {
            if b.is_negative() {
                if a.is_zero() {
                    return None;
                }
                let (x, y) = (int_to_exact_float(a)?, int_to_exact_float(b)?);
                return float_op(8, x, y).map(V::Float);
            }
            if !a.is_zero() && b.is_positive() {
                let w = b.to_u64()?;
                if bits(a) > MAX_INT_SIZE / w {
                    return None;
                }
            }
            num_traits::pow::Pow::pow(a, b.to_u32()?)
        }
        9 => {
            if b.is_negative() {
                return None;
            }
            match b.to_u32() {
                Some(w) if w < 4096 => a.div_floor(&(BigInt::from(1) << w)),
                _ => {
                    if a.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        10 => a - b,
        11 => {
            if b.is_zero() {
                return None;
            }
            let (x, y) = (int_to_exact_float(a)?, int_to_exact_float(b)?);
            return Some(V::Float(x / y));
        }
        12 => a ^ b,
        _ => return None,
    };
    Some(V::Int(r))
}

/// Python's float `divmod` (CPython's `_float_div_mod`).
fn float_divmod(vx: f64, wx: f64) -> Option<(f64, f64)> {
    if wx == 0.0 {
        return None;
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
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    Some((floordiv, m))
}

fn float_op(op: u32, a: f64, b: f64) -> Option<f64> {
    if !a.is_finite() || !b.is_finite() {
        return None;
    }
    let r = match op {
        0 => a + b,
        2 => float_divmod(a, b)?.0,
        5 => a * b,
        6 => float_divmod(a, b)?.1,
        8 => {
            if b == 0.0 {
                1.0
            } else if a == 0.0 && b < 0.0 || a < 0.0 && b.fract() != 0.0 {
                return None;
            } else {
                a.powf(b)
            }
        }
        10 => a - b,
        11 => {
            if b == 0.0 {
                return None;
            }
            a / b
        }
        _ => return None,
    };
    r.is_finite().then_some(r)
}

fn total_items(v: &ConstValue, limit: i64) -> i64 {
    let mut limit = limit;
    if let ConstValue::Tuple(items) = v {
        limit -= items.len() as i64;
        for item in items {
            if limit < 0 {
                break;
            }
            limit = total_items(item, limit);
        }
    }
    limit
}

fn repeat(seq: &ConstValue, n: &BigInt) -> Option<ConstValue> {
    use ConstValue as V;
    let size = match seq {
        V::Str(s) => s.chars().count(),
        V::Bytes(b) => b.len(),
        V::Tuple(t) => t.len(),
        _ => return None,
    };
    let max = if matches!(seq, V::Tuple(_)) { MAX_COLLECTION_SIZE } else { MAX_STR_SIZE };
    let count = match max.checked_div(size) {
        None => 0,
        Some(limit) => {
            let n = n.to_i64()?;
            if n < 0 || n as usize > limit {
                return None;
            }
            if n > 0 && total_items(seq, MAX_TOTAL_ITEMS / n) < 0 {
                return None;
            }
            n as usize
        }
    };
    Some(match seq {
        V::Str(s) => V::Str(s.repeat(count)),
        V::Bytes(b) => V::Bytes(b.repeat(count)),
        V::Tuple(t) => V::Tuple(t.iter().cloned().cycle().take(t.len() * count).collect()),
        _ => return None,
    })
}

fn subscript(container: &ConstValue, index: &ConstValue) -> Option<ConstValue> {
    use ConstValue as V;
    let len = match container {
        V::Str(s) => s.chars().count(),
        V::Bytes(b) => b.len(),
        V::Tuple(t) => t.len(),
        _ => return None,
    } as i64;
    if let V::Slice(parts) = index {
        let (start, stop, step) = slice_indices(parts, len)?;
        let mut picked = Vec::new();
        let mut i = start;
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            picked.push(i as usize);
            i += step;
        }
        return Some(match container {
            V::Str(s) => {
                let chars: Vec<char> = s.chars().collect();
                V::Str(picked.iter().map(|&i| chars[i]).collect())
            }
            V::Bytes(b) => V::Bytes(picked.iter().map(|&i| b[i]).collect()),
            V::Tuple(t) => V::Tuple(picked.iter().map(|&i| t[i].clone()).collect()),
            _ => return None,
        });
    }
    let mut i = as_int(index)?.to_i64()?;
    if i < 0 {
        i += len;
    }
    if i < 0 || i >= len {
        return None;
    }
    let i = i as usize;
    Some(match container {
        V::Str(s) => V::Str(s.chars().nth(i)?.to_string()),
        V::Bytes(b) => V::Int(BigInt::from(b[i])),
        V::Tuple(t) => t[i].clone(),
        _ => return None,
    })
}

/// `slice.indices(len)` for a constant slice (CPython's `PySlice_AdjustIndices`).
fn slice_indices(parts: &[ConstValue; 3], len: i64) -> Option<(i64, i64, i64)> {
    let get = |v: &ConstValue| -> Option<Option<i64>> {
        match v {
            ConstValue::None => Some(None),
            _ => as_int(v)?.to_i64().map(Some),
        }
    };
    let step = get(&parts[2])?.unwrap_or(1);
    if step == 0 {
        return None;
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(mut x) => {
                if x < 0 {
                    x += len;
                    if x < lower {
                        x = lower;
                    }
                } else if x > upper {
                    x = upper;
                }
                x
            }
        }
    };
    let start = clamp(get(&parts[0])?, if step < 0 { upper } else { lower });
    let stop = clamp(get(&parts[1])?, if step < 0 { lower } else { upper });
    Some((start, stop, step))
}

/// Unary operators folding can evaluate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryKind {
    Negative,
    Invert,
    Not,
    Positive,
}

/// Fold a unary operator on a constant.
pub fn unary_op(kind: UnaryKind, v: &ConstValue) -> Option<ConstValue> {
    use ConstValue as V;
    match kind {
        UnaryKind::Not => Some(V::Bool(!is_true(v))),
        UnaryKind::Negative => match v {
            V::Float(f) => Some(V::Float(-f)),
            _ => Some(V::Int(-as_int(v)?)),
        },
        UnaryKind::Invert => Some(V::Int(!as_int(v)?)),
        UnaryKind::Positive => match v {
            V::Float(f) => Some(V::Float(*f)),
            _ => Some(V::Int(as_int(v)?)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(v: i64) -> ConstValue {
        ConstValue::Int(v.into())
    }

    fn show(v: Option<ConstValue>) -> String {
        format!("{v:?}")
    }

    #[test]
    fn integer_arithmetic_uses_python_semantics() {
        assert_eq!(show(binary_op(2, &int(-7), &int(2))), show(Some(int(-4))));
        assert_eq!(show(binary_op(6, &int(-7), &int(2))), show(Some(int(1))));
        assert_eq!(show(binary_op(9, &int(-7), &int(1))), show(Some(int(-4))));
        assert_eq!(show(binary_op(11, &int(1), &int(2))), show(Some(ConstValue::Float(0.5))));
        assert!(binary_op(2, &int(1), &int(0)).is_none());
        assert!(binary_op(8, &int(2), &int(200)).is_none(), "result over 128 bits is not folded");
        assert_eq!(show(binary_op(8, &int(2), &int(10))), show(Some(int(1024))));
        assert_eq!(show(binary_op(0, &ConstValue::Bool(true), &int(1))), show(Some(int(2))));
    }

    #[test]
    fn float_modulo_follows_the_divisor_sign() {
        assert_eq!(show(binary_op(6, &ConstValue::Float(-7.0), &int(2))), show(Some(ConstValue::Float(1.0))));
        assert_eq!(
            show(binary_op(2, &ConstValue::Float(7.5), &int(-2))),
            show(Some(ConstValue::Float(-4.0)))
        );
    }

    #[test]
    fn sequences_repeat_and_index() {
        let s = ConstValue::Str("ab".into());
        assert_eq!(show(binary_op(5, &s, &int(3))), show(Some(ConstValue::Str("ababab".into()))));
        assert!(binary_op(5, &s, &int(5000)).is_none());
        assert_eq!(show(binary_op(NB_SUBSCR, &s, &int(-1))), show(Some(ConstValue::Str("b".into()))));
        let sl = ConstValue::Slice(Box::new([ConstValue::None, ConstValue::None, int(-1)]));
        assert_eq!(show(binary_op(NB_SUBSCR, &s, &sl)), show(Some(ConstValue::Str("ba".into()))));
    }

    #[test]
    fn unary_folding() {
        assert_eq!(show(unary_op(UnaryKind::Negative, &int(5))), show(Some(int(-5))));
        assert_eq!(show(unary_op(UnaryKind::Invert, &int(5))), show(Some(int(-6))));
        assert_eq!(show(unary_op(UnaryKind::Not, &int(0))), show(Some(ConstValue::Bool(true))));
        assert!(unary_op(UnaryKind::Invert, &ConstValue::Float(1.0)).is_none());
    }

    #[test]
    fn frozensets_drop_equal_items() {
        let fs = frozenset(vec![int(1), ConstValue::Bool(true), ConstValue::Float(1.0), int(2)]);
        assert_eq!(show(Some(fs)), show(Some(ConstValue::FrozenSet(vec![int(1), int(2)]))));
    }
}
