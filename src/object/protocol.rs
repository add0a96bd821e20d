//! The abstract object protocols (CPython's `Objects/abstract.c` and `object.c`): repr, hash,
//! comparison, truth, attributes, calls, items, iteration and the number protocol, each
//! dispatching through type slots with CPython's error messages.

use super::header::Obj;
use super::typeobj::{as_type, flags};
use super::{
    boolobj, descr, dict, exceptions, float, function, int, list, singletons, str as pystr, tuple, CompareOp,
    PyErr, PyResult,
};
use crate::syntax::ast::Operator;
use crate::vm::Vm;

/// `repr(o)`.
pub fn repr(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let f = o.ty().slots.repr.get().expect("object provides repr");
    vm.enter_native()?;
    let r = f(vm, o);
    vm.leave_native();
    let r = r?;
    if pystr::as_str_obj(&r).is_none() {
        return Err(PyErr::type_error(format!("__repr__ returned non-string (type {})", r.ty().name())));
    }
    Ok(r)
}

/// `str(o)`.
pub fn str(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    if o.is_exact::<pystr::StrObject>() {
        return Ok(o.clone());
    }
    let f = o.ty().slots.str.get().expect("object provides str");
    vm.enter_native()?;
    let r = f(vm, o);
    vm.leave_native();
    let r = r?;
    if pystr::as_str_obj(&r).is_none() {
        return Err(PyErr::type_error(format!("__str__ returned non-string (type {})", r.ty().name())));
    }
    Ok(r)
}

/// `repr(o)` as a Rust string.
pub fn repr_string(vm: &mut Vm, o: &Obj) -> PyResult<String> {
    Ok(pystr::as_str(&repr(vm, o)?).to_string())
}

/// `str(o)` as a Rust string.
pub fn str_string(vm: &mut Vm, o: &Obj) -> PyResult<String> {
    Ok(pystr::as_str(&str(vm, o)?).to_string())
}

/// `ascii(o)`.
pub fn ascii(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let r = repr(vm, o)?;
    pystr::try_new_str(&pystr::ascii_escape(pystr::as_str(&r)))
}

/// `hash(o)`.
pub fn hash(vm: &mut Vm, o: &Obj) -> PyResult<i64> {
    if let Some(s) = o.downcast_exact::<pystr::StrObject>() {
        return Ok(s.hash());
    }
    match o.ty().slots.hash.get() {
        Some(f) => f(vm, o),
        None => Err(PyErr::type_error(format!("unhashable type: '{}'", o.ty().name()))),
    }
}

/// Calls `type(a)`'s richcompare slot directly (no reflection).
pub fn call_slot_richcompare(vm: &mut Vm, a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    match a.ty().slots.richcompare.get() {
        Some(f) => f(vm, a, b, op),
        None => Ok(singletons::not_implemented()),
    }
}

/// `a <op> b` with CPython's reflection rules (`do_richcompare`).
pub fn rich_compare(vm: &mut Vm, a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    vm.enter_native()?;
    let r = rich_compare_inner(vm, a, b, op);
    vm.leave_native();
    r
}

fn rich_compare_inner(vm: &mut Vm, a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    let (ta, tb) = (a.ty(), b.ty());
    let mut checked_reverse = false;
    if !std::ptr::eq(ta, tb) && tb.is_subtype(ta) {
        if let Some(f) = tb.slots.richcompare.get() {
            checked_reverse = true;
            let r = f(vm, b, a, op.swapped())?;
            if !singletons::is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    if let Some(f) = ta.slots.richcompare.get() {
        let r = f(vm, a, b, op)?;
        if !singletons::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if !checked_reverse {
        if let Some(f) = tb.slots.richcompare.get() {
            let r = f(vm, b, a, op.swapped())?;
            if !singletons::is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    match op {
        CompareOp::Eq => Ok(boolobj::new_bool(a.is(b))),
        CompareOp::Ne => Ok(boolobj::new_bool(!a.is(b))),
        _ => Err(PyErr::type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            ta.name(),
            tb.name()
        ))),
    }
}

/// `bool(a <op> b)`, with the identity shortcut for `==`/`!=` that CPython's containers use.
pub fn rich_compare_bool(vm: &mut Vm, a: &Obj, b: &Obj, op: CompareOp) -> PyResult<bool> {
    if a.is(b) {
        match op {
            CompareOp::Eq => return Ok(true),
            CompareOp::Ne => return Ok(false),
            _ => {}
        }
    }
    let r = rich_compare(vm, a, b, op)?;
    is_true(vm, &r)
}

/// `a == b` as containers compare items (identity implies equality).
#[inline]
pub fn eq(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    if let (Some(x), Some(y)) = (a.downcast_exact::<int::IntObject>(), b.downcast_exact::<int::IntObject>()) {
        return Ok(int::int_cmp(x.value(), y.value()).is_eq());
    }
    if a.is_exact::<pystr::StrObject>() && b.is_exact::<pystr::StrObject>() {
        return Ok(pystr::str_eq(a, b));
    }
    rich_compare_bool(vm, a, b, CompareOp::Eq)
}

/// Truth value (`bool(o)`).
#[inline]
pub fn is_true(vm: &mut Vm, o: &Obj) -> PyResult<bool> {
    if boolobj::is_true_obj(o) {
        return Ok(true);
    }
    if boolobj::is_false_obj(o) || singletons::is_none(o) {
        return Ok(false);
    }
    let ty = o.ty();
    if let Some(f) = ty.slots.bool.get() {
        return f(vm, o);
    }
    if let Some(f) = ty.slots.len.get() {
        return Ok(f(vm, o)? > 0);
    }
    Ok(true)
}

// ---------------------------------------------------------------------------------------------
// Attributes

/// `getattr(o, name)` for a str object `name`; `Ok(None)` when absent.
pub fn get_attr_obj_opt(vm: &mut Vm, o: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    let f = o.ty().slots.getattro.get().unwrap_or(super::base::generic_getattr);
    match f(vm, o, name) {
        Ok(v) => Ok(v),
        Err(e) if e.is_instance(&exceptions::ATTRIBUTE_ERROR) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `getattr(o, name)`, raising AttributeError.
pub fn get_attr_obj(vm: &mut Vm, o: &Obj, name: &Obj) -> PyResult<Obj> {
    let f = o.ty().slots.getattro.get().unwrap_or(super::base::generic_getattr);
    match f(vm, o, name)? {
        Some(v) => Ok(v),
        None => Err(attribute_error(o, pystr::as_str(name))),
    }
}

/// The AttributeError for a missing attribute, worded as CPython does for objects and classes.
pub fn attribute_error(o: &Obj, name: &str) -> PyErr {
    if let Some(t) = as_type(o) {
        return PyErr::attribute_error_on(
            o,
            name,
            format!("type object '{}' has no attribute '{name}'", t.name()),
        );
    }
    PyErr::attribute_error_for(o, name)
}

pub fn get_attr(vm: &mut Vm, o: &Obj, name: &str) -> PyResult<Obj> {
    get_attr_obj(vm, o, &pystr::intern(name))
}

pub fn get_attr_opt(vm: &mut Vm, o: &Obj, name: &str) -> PyResult<Option<Obj>> {
    get_attr_obj_opt(vm, o, &pystr::intern(name))
}

pub fn has_attr(vm: &mut Vm, o: &Obj, name: &str) -> PyResult<bool> {
    Ok(get_attr_opt(vm, o, name)?.is_some())
}

pub fn set_attr_obj(vm: &mut Vm, o: &Obj, name: &Obj, value: Option<&Obj>) -> PyResult<()> {
    match o.ty().slots.setattro.get() {
        Some(f) => f(vm, o, name, value),
        None => Err(PyErr::type_error(format!(
            "'{}' object has no attributes (assign to .{})",
            o.ty().name(),
            pystr::as_str(name)
        ))),
    }
}

pub fn set_attr(vm: &mut Vm, o: &Obj, name: &str, value: &Obj) -> PyResult<()> {
    set_attr_obj(vm, o, &pystr::intern(name), Some(value))
}

// ---------------------------------------------------------------------------------------------
// Calls

/// `callable(*args)` with CPython's vectorcall layout.
#[inline]
pub fn call(vm: &mut Vm, callable: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    match callable.ty().slots.call.get() {
        Some(f) => {
            vm.enter_native()?;
            let r = f(vm, callable, args, kwnames);
            vm.leave_native();
            r
        }
        None => Err(PyErr::type_error(format!("'{}' object is not callable", callable.ty().name()))),
    }
}

/// Calls `f` found on a type as a method of `this`: functions and method descriptors get
/// `this` prepended; other descriptors are bound first.
pub fn call_method_descr(vm: &mut Vm, f: &Obj, this: &Obj, args: &[Obj]) -> PyResult<Obj> {
    call_method_descr_kw(vm, f, this, args, None)
}

pub fn call_method_descr_kw(
    vm: &mut Vm,
    f: &Obj,
    this: &Obj,
    args: &[Obj],
    kwnames: Option<&Obj>,
) -> PyResult<Obj> {
    if let Some(d) = f.downcast_exact::<descr::MethodDescrObject>() {
        vm.enter_native()?;
        let r = descr::call_method_descr_with_self(vm, d, this, args, kwnames);
        vm.leave_native();
        return r;
    }
    if f.is_exact::<function::FunctionObject>() || f.is_exact::<descr::WrapperDescrObject>() {
        let mut full: smallvec::SmallVec<[Obj; 8]> = smallvec::SmallVec::with_capacity(args.len() + 1);
        full.push(this.clone());
        full.extend(args.iter().cloned());
        return call(vm, f, &full, kwnames);
    }
    let bound = match f.ty().slots.descr_get.get() {
        Some(get) => get(vm, f, Some(this), &this.type_obj())?,
        None => f.clone(),
    };
    call(vm, &bound, args, kwnames)
}

/// `o.name(*args)`.
pub fn call_method(vm: &mut Vm, o: &Obj, name: &str, args: &[Obj]) -> PyResult<Obj> {
    let m = get_attr(vm, o, name)?;
    call(vm, &m, args, None)
}

/// Looks up a special method on the type (skipping the instance dict) and calls it; `None` if
/// the type lacks it.
pub fn call_special(vm: &mut Vm, o: &Obj, name: &str, args: &[Obj]) -> PyResult<Option<Obj>> {
    match o.ty().lookup_str(name) {
        Some(f) => call_method_descr(vm, &f, o, args).map(Some),
        None => Ok(None),
    }
}

// ---------------------------------------------------------------------------------------------
// Items

/// `o[key]`.
pub fn get_item(vm: &mut Vm, o: &Obj, key: &Obj) -> PyResult<Obj> {
    if let Some(f) = o.ty().slots.getitem.get() {
        return f(vm, o, key);
    }
    if let Some(t) = as_type(o) {
        if let Some(cg) = o.ty().lookup_str("__class_getitem__").or_else(|| t.lookup_str("__class_getitem__"))
        {
            let bound = match cg.ty().slots.descr_get.get() {
                Some(get) => get(vm, &cg, None, o)?,
                None => cg,
            };
            return call(vm, &bound, std::slice::from_ref(key), None);
        }
        if t.is_subtype(&super::typeobj::TYPE_TYPE) || std::ptr::eq(o.ty(), &super::typeobj::TYPE_TYPE) {
            return super::genericalias::new_generic_alias(o.clone(), key.clone());
        }
        return Err(PyErr::type_error(format!("type '{}' is not subscriptable", t.name())));
    }
    Err(PyErr::type_error(format!("'{}' object is not subscriptable", o.ty().name())))
}

/// `o[key] = value`.
pub fn set_item(vm: &mut Vm, o: &Obj, key: &Obj, value: &Obj) -> PyResult<()> {
    match o.ty().slots.setitem.get() {
        Some(f) => f(vm, o, key, Some(value)),
        None => {
            Err(PyErr::type_error(format!("'{}' object does not support item assignment", o.ty().name())))
        }
    }
}

/// `del o[key]`.
pub fn del_item(vm: &mut Vm, o: &Obj, key: &Obj) -> PyResult<()> {
    match o.ty().slots.setitem.get() {
        Some(f) => f(vm, o, key, None),
        None => Err(PyErr::type_error(format!("'{}' object doesn't support item deletion", o.ty().name()))),
    }
}

/// `len(o)`.
pub fn len(vm: &mut Vm, o: &Obj) -> PyResult<usize> {
    match o.ty().slots.len.get() {
        Some(f) => f(vm, o),
        None => Err(PyErr::type_error(format!("object of type '{}' has no len()", o.ty().name()))),
    }
}

/// `iter(o)`.
pub fn get_iter(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let ty = o.ty();
    if let Some(f) = ty.slots.iter.get() {
        return f(vm, o);
    }
    if ty.slots.getitem.get().is_some() && super::dict::as_dict(o).is_none() {
        return super::iter::new_seq_iterator(o);
    }
    Err(PyErr::type_error(format!("'{}' object is not iterable", ty.name())))
}

/// `next(it)`; `Ok(None)` when exhausted.
#[inline]
pub fn next(vm: &mut Vm, it: &Obj) -> PyResult<Option<Obj>> {
    match it.ty().slots.iternext.get() {
        Some(f) => f(vm, it),
        None => Err(PyErr::type_error(format!("'{}' object is not an iterator", it.ty().name()))),
    }
}

/// All items of an iterable.
pub fn collect(vm: &mut Vm, o: &Obj) -> PyResult<Vec<Obj>> {
    if let Some(l) = o.downcast_exact::<list::ListObject>() {
        return Ok(l.to_vec());
    }
    if let Some(t) = o.downcast_exact::<tuple::TupleObject>() {
        return Ok(t.items().to_vec());
    }
    let it = get_iter(vm, o)?;
    let mut v = Vec::new();
    while let Some(x) = next(vm, &it)? {
        v.push(x);
    }
    Ok(v)
}

/// `item in container`.
pub fn contains(vm: &mut Vm, container: &Obj, item: &Obj) -> PyResult<bool> {
    if let Some(f) = container.ty().slots.contains.get() {
        return f(vm, container, item);
    }
    contains_by_iteration(vm, container, item)
}

/// Membership by iterating (CPython's `_PySequence_IterSearch`).
pub fn contains_by_iteration(vm: &mut Vm, container: &Obj, item: &Obj) -> PyResult<bool> {
    let it = get_iter(vm, container).map_err(|e| {
        if e.is_instance(&exceptions::TYPE_ERROR) {
            PyErr::type_error(format!("argument of type '{}' is not iterable", container.ty().name()))
        } else {
            e
        }
    })?;
    while let Some(x) = next(vm, &it)? {
        if eq(vm, &x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

// ---------------------------------------------------------------------------------------------
// Numbers

const OP_SYMBOLS: [&str; 13] = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"];

/// The operator's symbol, e.g. `"+"`.
pub fn op_symbol(op: Operator) -> &'static str {
    OP_SYMBOLS[op as usize]
}

/// CPython's `binary_op1`: the left operand's slot, then the right's (right first when it is a
/// subclass with its own slot). `NotImplemented` when neither handles the pair.
fn binary_op1(vm: &mut Vm, a: &Obj, b: &Obj, op: usize) -> PyResult<Obj> {
    let slota = a.ty().slots.number[op].get();
    let mut slotb =
        if std::ptr::eq(a.type_ptr(), b.type_ptr()) { None } else { b.ty().slots.number[op].get() };
    if slotb.map(|f| f as usize) == slota.map(|f| f as usize) {
        slotb = None;
    }
    if let Some(fa) = slota {
        if let Some(fb) = slotb {
            if b.ty().is_subtype(a.ty()) {
                let r = fb(vm, a, b)?;
                if !singletons::is_not_implemented(&r) {
                    return Ok(r);
                }
                slotb = None;
            }
        }
        let r = fa(vm, a, b)?;
        if !singletons::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(fb) = slotb {
        return fb(vm, a, b);
    }
    Ok(singletons::not_implemented())
}

/// `a <op> b`.
pub fn binary_op(vm: &mut Vm, a: &Obj, b: &Obj, op: Operator) -> PyResult<Obj> {
    vm.enter_native()?;
    let r = binary_op1(vm, a, b, op as usize);
    vm.leave_native();
    let r = r?;
    if singletons::is_not_implemented(&r) {
        return Err(unsupported(op_symbol(op), a, b));
    }
    Ok(r)
}

fn unsupported(sym: &str, a: &Obj, b: &Obj) -> PyErr {
    if sym == "**" || sym == "**=" {
        return PyErr::type_error(format!(
            "unsupported operand type(s) for {} or pow(): '{}' and '{}'",
            sym,
            a.ty().name(),
            b.ty().name()
        ));
    }
    if sym == "+" && pystr::as_str_obj(a).is_some() {
        return PyErr::type_error(format!("can only concatenate str (not \"{}\") to str", b.ty().name()));
    }
    PyErr::type_error(format!(
        "unsupported operand type(s) for {sym}: '{}' and '{}'",
        a.ty().name(),
        b.ty().name()
    ))
}

/// `a <op>= b`: the in-place slot, falling back to the binary operator.
pub fn inplace_op(vm: &mut Vm, a: &Obj, b: &Obj, op: Operator) -> PyResult<Obj> {
    if let Some(f) = a.ty().slots.inplace[op as usize].get() {
        vm.enter_native()?;
        let r = f(vm, a, b);
        vm.leave_native();
        let r = r?;
        if !singletons::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    vm.enter_native()?;
    let r = binary_op1(vm, a, b, op as usize);
    vm.leave_native();
    let r = r?;
    if singletons::is_not_implemented(&r) {
        let sym = format!("{}=", op_symbol(op));
        return Err(unsupported(&sym, a, b));
    }
    Ok(r)
}

/// `pow(a, b, m)` with a modulus.
pub fn power_mod(vm: &mut Vm, a: &Obj, b: &Obj, m: &Obj) -> PyResult<Obj> {
    match (int::int_value(a), int::int_value(b), int::int_value(m)) {
        (Some(x), Some(y), Some(z)) => {
            let (x, y, z) = (x.to_bigint(), y.to_bigint(), z.to_bigint());
            if z == num_bigint::BigInt::from(0) {
                return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
            }
            let (base, exp) = if y.sign() == num_bigint::Sign::Minus {
                let inv = mod_inverse(&x, &z)
                    .ok_or_else(|| PyErr::value_error("base is not invertible for the given modulus"))?;
                (inv, -y)
            } else {
                (x, y)
            };
            let r = base.modpow(&exp, &z.magnitude().clone().into());
            let zabs: num_bigint::BigInt = z.magnitude().clone().into();
            let mut r = ((r % &zabs) + &zabs) % &zabs;
            if z.sign() == num_bigint::Sign::Minus && r != num_bigint::BigInt::from(0) {
                r += z;
            }
            int::new_bigint(r)
        }
        _ => {
            if let Some(r) = call_special(vm, a, "__pow__", &[b.clone(), m.clone()])? {
                if !singletons::is_not_implemented(&r) {
                    return Ok(r);
                }
            }
            Err(PyErr::type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                a.ty().name(),
                b.ty().name(),
                m.ty().name()
            )))
        }
    }
}

fn mod_inverse(a: &num_bigint::BigInt, m: &num_bigint::BigInt) -> Option<num_bigint::BigInt> {
    use num_integer::Integer;
    let m = num_bigint::BigInt::from(m.magnitude().clone());
    let e = a.mod_floor(&m).extended_gcd(&m);
    if e.gcd != num_bigint::BigInt::from(1) {
        return None;
    }
    Some(e.x.mod_floor(&m))
}

macro_rules! unary {
    ($name:ident, $slot:ident, $sym:expr) => {
        pub fn $name(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
            match o.ty().slots.$slot.get() {
                Some(f) => f(vm, o),
                None => Err(PyErr::type_error(format!("bad operand type for {}: '{}'", $sym, o.ty().name()))),
            }
        }
    };
}
unary!(negative, neg, "unary -");
unary!(positive, pos, "unary +");
unary!(invert, invert, "unary ~");
unary!(absolute, abs, "abs()");

/// `operator.index(o)` when `o` supports it, else `None`.
pub fn index_opt(vm: &mut Vm, o: &Obj) -> PyResult<Option<Obj>> {
    if int::is_int(o) {
        return Ok(Some(o.clone()));
    }
    match o.ty().slots.index.get() {
        Some(f) => {
            let r = f(vm, o)?;
            if !int::is_int(&r) {
                return Err(PyErr::type_error(format!(
                    "__index__ returned non-int (type {})",
                    r.ty().name()
                )));
            }
            Ok(Some(r))
        }
        None => Ok(None),
    }
}

/// `operator.index(o)`.
pub fn index(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    match index_opt(vm, o)? {
        Some(i) => Ok(i),
        None => {
            Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", o.ty().name())))
        }
    }
}

/// An index-able object as `i64` (OverflowError if too big).
pub fn index_i64(vm: &mut Vm, o: &Obj) -> PyResult<i64> {
    let i = index(vm, o)?;
    int::as_i64(&i).ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C ssize_t"))
}

/// `int(o)` for one argument.
pub fn to_int(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    if o.is_exact::<int::IntObject>() {
        return Ok(o.clone());
    }
    if let Some(v) = int::int_value(o) {
        return int::new_int_from_ref(v);
    }
    if let Some(f) = float::float_value(o) {
        return float::float_to_int(f);
    }
    if let Some(s) = pystr::as_str_obj(o) {
        return match int::parse_int(s.as_str(), 10) {
            Some(v) => int::new_bigint(v),
            None => Err(PyErr::value_error(format!(
                "invalid literal for int() with base 10: {}",
                pystr::repr_str(s.as_str())
            ))),
        };
    }
    if let Some(b) = super::bytes::as_bytes(o) {
        let text = String::from_utf8_lossy(b).into_owned();
        return match int::parse_int(&text, 10) {
            Some(v) => int::new_bigint(v),
            None => {
                let r = repr_string(vm, o)?;
                Err(PyErr::value_error(format!("invalid literal for int() with base 10: {r}")))
            }
        };
    }
    if let Some(f) = o.ty().slots.int.get() {
        let r = f(vm, o)?;
        if !int::is_int(&r) {
            return Err(PyErr::type_error(format!("__int__ returned non-int (type {})", r.ty().name())));
        }
        return Ok(r);
    }
    if let Some(i) = index_opt(vm, o)? {
        return Ok(i);
    }
    if let Some(r) = call_special(vm, o, "__trunc__", &[])? {
        return index(vm, &r);
    }
    Err(PyErr::type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        o.ty().name()
    )))
}

/// `float(o)` for one argument, as f64.
pub fn to_float(vm: &mut Vm, o: &Obj) -> PyResult<f64> {
    if let Some(f) = float::float_value(o) {
        return Ok(f);
    }
    if let Some(v) = int::int_value(o) {
        return int::int_to_f64(v);
    }
    if let Some(s) = pystr::as_str_obj(o) {
        return float::parse_float(s.as_str()).ok_or_else(|| {
            PyErr::value_error(format!("could not convert string to float: {}", pystr::repr_str(s.as_str())))
        });
    }
    if let Some(f) = o.ty().slots.float.get() {
        let r = f(vm, o)?;
        return float::float_value(&r).ok_or_else(|| {
            PyErr::type_error(format!(
                "{}.__float__ returned non-float (type {})",
                o.ty().name(),
                r.ty().name()
            ))
        });
    }
    if let Some(i) = index_opt(vm, o)? {
        return int::int_to_f64(int::int_value(&i).expect("int"));
    }
    Err(PyErr::type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        o.ty().name()
    )))
}

/// A number argument as f64 for math functions (`must be real number, not str`).
pub fn to_f64(vm: &mut Vm, o: &Obj) -> PyResult<f64> {
    if let Some(f) = float::float_value(o) {
        return Ok(f);
    }
    if let Some(v) = int::int_value(o) {
        return int::int_to_f64(v);
    }
    if let Some(f) = o.ty().slots.float.get() {
        let r = f(vm, o)?;
        if let Some(x) = float::float_value(&r) {
            return Ok(x);
        }
    }
    if let Some(i) = index_opt(vm, o)? {
        return int::int_to_f64(int::int_value(&i).expect("int"));
    }
    Err(PyErr::type_error(format!("must be real number, not {}", o.ty().name())))
}

// ---------------------------------------------------------------------------------------------
// isinstance / issubclass

/// `isinstance` without `__instancecheck__` hooks.
pub fn real_isinstance(vm: &mut Vm, o: &Obj, cls: &Obj) -> PyResult<bool> {
    let Some(t) = as_type(cls) else {
        return Err(PyErr::type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"));
    };
    if o.ty().is_subtype(t) {
        return Ok(true);
    }
    // An object may claim another class via `__class__` (proxies).
    if let Some(c) = get_attr_opt(vm, o, "__class__")? {
        if let Some(ct) = as_type(&c) {
            return Ok(ct.is_subtype(t));
        }
    }
    Ok(false)
}

/// `isinstance(o, classinfo)`.
pub fn isinstance(vm: &mut Vm, o: &Obj, classinfo: &Obj) -> PyResult<bool> {
    if let Some(t) = as_type(classinfo) {
        if o.ty().is_subtype(t) {
            return Ok(true);
        }
        if classinfo.ty().is_heap_type() {
            if let Some(r) = call_special(vm, classinfo, "__instancecheck__", std::slice::from_ref(o))? {
                return is_true(vm, &r);
            }
        }
        return real_isinstance(vm, o, classinfo);
    }
    if let Some(items) = tuple::as_tuple(classinfo) {
        for c in items.items().to_vec() {
            if isinstance(vm, o, &c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(args) = super::genericalias::union_args(classinfo) {
        for c in args {
            if isinstance(vm, o, &c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(r) = call_special(vm, classinfo, "__instancecheck__", std::slice::from_ref(o))? {
        return is_true(vm, &r);
    }
    Err(PyErr::type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
}

/// `issubclass(cls, classinfo)`.
pub fn issubclass(vm: &mut Vm, cls: &Obj, classinfo: &Obj) -> PyResult<bool> {
    if let Some(items) = tuple::as_tuple(classinfo) {
        for c in items.items().to_vec() {
            if issubclass(vm, cls, &c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(args) = super::genericalias::union_args(classinfo) {
        for c in args {
            if issubclass(vm, cls, &c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if classinfo.ty().is_heap_type() {
        if let Some(r) = call_special(vm, classinfo, "__subclasscheck__", std::slice::from_ref(cls))? {
            return is_true(vm, &r);
        }
    }
    let Some(sub) = as_type(cls) else {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    };
    let Some(sup) = as_type(classinfo) else {
        return Err(PyErr::type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
    };
    Ok(sub.is_subtype(sup))
}

/// `format(o, spec)`.
pub fn format(vm: &mut Vm, o: &Obj, spec: &Obj) -> PyResult<Obj> {
    if pystr::as_str(spec).is_empty() {
        if o.is_exact::<pystr::StrObject>() {
            return Ok(o.clone());
        }
        if o.is_exact::<int::IntObject>() {
            return repr(vm, o);
        }
    }
    let r = match call_special(vm, o, "__format__", std::slice::from_ref(spec))? {
        Some(r) => r,
        None => return Err(PyErr::type_error(format!("Type {} doesn't define __format__", o.ty().name()))),
    };
    if pystr::as_str_obj(&r).is_none() {
        return Err(PyErr::type_error(format!("__format__ must return a str, not {}", r.ty().name())));
    }
    Ok(r)
}

/// Whether instances of `o`'s type may be hashed.
pub fn is_hashable_type(o: &Obj) -> bool {
    !o.ty().has_flag(flags::UNHASHABLE) && o.ty().slots.hash.get().is_some()
}

/// A fresh dict from `(key, value)` pairs.
pub fn dict_from_pairs(vm: &mut Vm, pairs: Vec<(Obj, Obj)>) -> PyResult<Obj> {
    let d = dict::new_dict();
    let dd = dict::as_dict(&d).expect("dict");
    for (k, v) in pairs {
        dd.set_item(vm, k, v)?;
    }
    Ok(d)
}
