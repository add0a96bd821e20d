//! `list.sort` and `sorted`: a stable merge sort over (key, item) pairs, with the key
//! comparisons CPython specialises (exact str, int, float and tuple keys) done without going
//! through the generic rich-comparison protocol.

use super::header::Obj;
use super::{float, int, protocol, str as pystr, tuple, CompareOp, PyResult};
use crate::vm::Vm;

/// The order that sorts `keys` stably (`keys[order[0]]` first): binary-insertion sort of short
/// runs, then bottom-up merges that skip runs already in order. Only indices move, so no
/// reference counts change while sorting. The comparison may fail or be inconsistent (this never
/// panics); the first error ends the sort.
pub fn sorted_order(vm: &mut Vm, keys: &[Obj], reverse: bool) -> PyResult<Vec<usize>> {
    let n = keys.len();
    let mut v: Vec<usize> = (0..n).collect();
    // less(i, j): whether the item at index i must come before the item at index j.
    let less = |vm: &mut Vm, i: usize, j: usize| -> PyResult<bool> {
        if reverse {
            key_lt(vm, &keys[j], &keys[i])
        } else {
            key_lt(vm, &keys[i], &keys[j])
        }
    };
    const RUN: usize = 32;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let (mut lo, mut hi) = (start, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if less(vm, v[i], v[mid])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            v[lo..=i].rotate_right(1);
        }
        start = end;
    }
    let mut width = RUN;
    let mut buf: Vec<usize> = Vec::with_capacity(n);
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid < hi && less(vm, v[mid], v[mid - 1])? {
                buf.clear();
                let (mut i, mut j) = (lo, mid);
                while i < mid && j < hi {
                    if less(vm, v[j], v[i])? {
                        buf.push(v[j]);
                        j += 1;
                    } else {
                        buf.push(v[i]);
                        i += 1;
                    }
                }
                buf.extend_from_slice(&v[i..mid]);
                buf.extend_from_slice(&v[j..hi]);
                v[lo..hi].copy_from_slice(&buf);
            }
            lo = hi;
        }
        width *= 2;
    }
    Ok(v)
}

/// `a < b` for two sort keys.
fn key_lt(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<bool> {
    if let Some(r) = exact_lt(a, b) {
        return Ok(r);
    }
    if a.is_exact::<tuple::TupleObject>() && b.is_exact::<tuple::TupleObject>() {
        vm.enter_native()?;
        let r = tuple_lt(vm, a, b);
        vm.leave_native();
        return r;
    }
    protocol::rich_compare_bool(vm, a, b, CompareOp::Lt)
}

/// `a < b` when both are exact str, small int or float objects (whose comparison can't run
/// Python code or fail); `None` otherwise.
fn exact_lt(a: &Obj, b: &Obj) -> Option<bool> {
    if a.is_exact::<pystr::StrObject>() && b.is_exact::<pystr::StrObject>() {
        // UTF-8 byte order is code-point order.
        return Some(pystr::as_str(a) < pystr::as_str(b));
    }
    if a.is_exact::<int::IntObject>() && b.is_exact::<int::IntObject>() {
        return Some(int::as_i64(a)? < int::as_i64(b)?);
    }
    if a.is_exact::<float::FloatObject>() && b.is_exact::<float::FloatObject>() {
        return Some(float::float_value(a)? < float::float_value(b)?);
    }
    None
}

/// `a == b` for the same exact types as `exact_lt`, identity first (as tuple comparison does).
fn exact_eq(a: &Obj, b: &Obj) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    if a.is_exact::<pystr::StrObject>() && b.is_exact::<pystr::StrObject>() {
        return Some(pystr::as_str(a) == pystr::as_str(b));
    }
    if a.is_exact::<int::IntObject>() && b.is_exact::<int::IntObject>() {
        return Some(int::as_i64(a)? == int::as_i64(b)?);
    }
    if a.is_exact::<float::FloatObject>() && b.is_exact::<float::FloatObject>() {
        return Some(float::float_value(a)? == float::float_value(b)?);
    }
    None
}

/// Tuple `<`: the first items that differ decide, else the shorter tuple is smaller.
fn tuple_lt(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<bool> {
    let (xs, ys) = (tuple::tuple_items(a), tuple::tuple_items(b));
    for (x, y) in xs.iter().zip(ys) {
        let equal = match exact_eq(x, y) {
            Some(e) => e,
            None => protocol::eq(vm, x, y)?,
        };
        if !equal {
            return key_lt(vm, x, y);
        }
    }
    Ok(xs.len() < ys.len())
}
