//! The `_opcode` module: the opcode table (`bytecode::opcode`, the single source of truth)
//! as the stdlib's `dis.py` reads it — names and numbers, the `has*` lists, `stack_effect`,
//! and the names behind the opargs of `BINARY_OP`, `COMPARE_OP`, the intrinsics,
//! `LOAD_COMMON_CONSTANT`, `LOAD_SPECIAL`, `CONVERT_VALUE` and `SET_FUNCTION_ATTRIBUTE`.

use crate::bytecode::opcode::{self as op, OpargKind, Opcode};
use crate::object::*;
use crate::vm::Vm;

/// CPython's `NB_*` names in `BINARY_OP` oparg order.
const NB_NAMES: [&str; 27] = [
    "NB_ADD",
    "NB_AND",
    "NB_FLOOR_DIVIDE",
    "NB_LSHIFT",
    "NB_MATRIX_MULTIPLY",
    "NB_MULTIPLY",
    "NB_REMAINDER",
    "NB_OR",
    "NB_POWER",
    "NB_RSHIFT",
    "NB_SUBTRACT",
    "NB_TRUE_DIVIDE",
    "NB_XOR",
    "NB_INPLACE_ADD",
    "NB_INPLACE_AND",
    "NB_INPLACE_FLOOR_DIVIDE",
    "NB_INPLACE_LSHIFT",
    "NB_INPLACE_MATRIX_MULTIPLY",
    "NB_INPLACE_MULTIPLY",
    "NB_INPLACE_REMAINDER",
    "NB_INPLACE_OR",
    "NB_INPLACE_POWER",
    "NB_INPLACE_RSHIFT",
    "NB_INPLACE_SUBTRACT",
    "NB_INPLACE_TRUE_DIVIDE",
    "NB_INPLACE_XOR",
    "NB_SUBSCR",
];

fn opcode_arg(vm: &mut Vm, o: &Obj) -> PyResult<Option<Opcode>> {
    let n = protocol::index_i64(vm, o)?;
    Ok(u8::try_from(n).ok().and_then(Opcode::from_u8))
}

/// `stack_effect(opcode, oparg=None, *, jump=None)`: the net stack change; with `jump`
/// unspecified, the larger of the two paths (as CPython).
fn o_stack_effect(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [opcode, oparg, jump] = args::bind("stack_effect", a, kw, ["opcode", "oparg", "jump"], 1, 2)?;
    let Some(code) = opcode_arg(vm, opcode.expect("required"))? else {
        return Err(PyErr::value_error("invalid opcode or oparg"));
    };
    let oparg = match oparg.filter(|o| !singletons::is_none(o)) {
        Some(o) => {
            if !code.has_arg() {
                return Err(PyErr::value_error(
                    "stack_effect: opcode does not permit oparg but oparg was specified",
                ));
            }
            let v = protocol::index_i64(vm, o)?;
            u32::try_from(v).map_err(|_| PyErr::value_error("invalid opcode or oparg"))?
        }
        None => {
            if code.has_arg() {
                return Err(PyErr::value_error(
                    "stack_effect: opcode requires oparg but oparg was not specified",
                ));
            }
            0
        }
    };
    let effect = match jump.filter(|j| !singletons::is_none(j)) {
        Some(j) => code.stack_effect(oparg, protocol::is_true(vm, j)?),
        None => code.stack_effect(oparg, true).max(code.stack_effect(oparg, false)),
    };
    Ok(int::new_int(effect as i64))
}

macro_rules! predicate {
    ($($name:ident, $py:literal, |$c:ident| $test:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
                args::check_arity($py, a, kw, 1, 1)?;
                let r = match opcode_arg(vm, &a[0])? {
                    Some($c) => $test,
                    None => false,
                };
                Ok(boolobj::new_bool(r))
            }
        )*
    };
}

predicate! {
    o_is_valid, "is_valid", |c| !c.is_pseudo();
    o_has_arg, "has_arg", |c| c.has_arg();
    o_has_const, "has_const", |c| c.has_const();
    o_has_name, "has_name", |c| c.has_name();
    o_has_jump, "has_jump", |c| c.is_jump();
    o_has_free, "has_free", |c| c.has_free();
    o_has_local, "has_local", |c| c.has_local();
    o_has_exc, "has_exc", |c| c.is_block_push();
}

fn str_list(items: &[&str]) -> PyResult<Obj> {
    list::new_list(items.iter().map(|s| str::new_str(s)).collect())
}

fn o_get_nb_ops(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("get_nb_ops", a, kw, 0, 0)?;
    nb_ops()
}

fn nb_ops() -> PyResult<Obj> {
    let items = NB_NAMES
        .iter()
        .zip(op::BINARY_OPS.iter())
        .map(|(n, s)| tuple::new_tuple(vec![str::new_str(n), str::new_str(s)]))
        .collect::<PyResult<Vec<Obj>>>()?;
    list::new_list(items)
}

fn o_get_intrinsic1_descs(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("get_intrinsic1_descs", a, kw, 0, 0)?;
    str_list(&op::INTRINSIC_1)
}

fn o_get_intrinsic2_descs(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("get_intrinsic2_descs", a, kw, 0, 0)?;
    str_list(&op::INTRINSIC_2)
}

fn o_get_special_method_names(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("get_special_method_names", a, kw, 0, 0)?;
    str_list(&op::SPECIAL_METHODS)
}

fn o_get_executor(_: &mut Vm, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    Err(PyErr::runtime_error("Vivarium has no JIT executors"))
}

/// The numbers of the opcodes passing `test`, ascending.
fn numbers(test: impl Fn(Opcode) -> bool) -> PyResult<Obj> {
    let mut v: Vec<u8> =
        Opcode::ALL.iter().copied().filter(|c| !c.is_pseudo() && test(*c)).map(|c| c as u8).collect();
    v.sort_unstable();
    list::new_list(v.into_iter().map(|n| int::new_int(n as i64)).collect())
}

/// The `_opcode` module.
pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let (m, d) = super::new_native_module(
        "_opcode",
        &[
            ("stack_effect", o_stack_effect),
            ("is_valid", o_is_valid),
            ("has_arg", o_has_arg),
            ("has_const", o_has_const),
            ("has_name", o_has_name),
            ("has_jump", o_has_jump),
            ("has_free", o_has_free),
            ("has_local", o_has_local),
            ("has_exc", o_has_exc),
            ("get_nb_ops", o_get_nb_ops),
            ("get_intrinsic1_descs", o_get_intrinsic1_descs),
            ("get_intrinsic2_descs", o_get_intrinsic2_descs),
            ("get_special_method_names", o_get_special_method_names),
            ("get_executor", o_get_executor),
        ],
    )?;
    let opmap = dict::new_dict();
    let mut opname: Vec<Obj> = (0..256).map(|i| str::new_str(&format!("<{i}>"))).collect();
    for &c in Opcode::ALL {
        dict::as_dict(&opmap).expect("dict").set_item(
            vm,
            str::new_str(c.name()),
            int::new_int(c as u8 as i64),
        )?;
        opname[c as u8 as usize] = str::new_str(c.name());
    }
    super::set(&d, "opmap", opmap);
    super::set(&d, "opname", list::new_list(opname)?);
    super::set(&d, "HAVE_ARGUMENT", int::new_int(op::HAVE_ARGUMENT as i64));
    super::set(&d, "MIN_PSEUDO_OPCODE", int::new_int(op::MIN_PSEUDO_OPCODE as i64));
    super::set(&d, "hasarg", numbers(|c| c.has_arg())?);
    super::set(&d, "hasconst", numbers(|c| c.has_const())?);
    super::set(&d, "hasname", numbers(|c| c.has_name())?);
    super::set(&d, "hasjrel", numbers(|c| c.is_jump())?);
    super::set(&d, "hasjump", numbers(|c| c.is_jump())?);
    super::set(&d, "hasjabs", list::new_list(Vec::new())?);
    super::set(&d, "haslocal", numbers(|c| c.has_local())?);
    super::set(&d, "hasfree", numbers(|c| c.has_free())?);
    super::set(&d, "hascompare", numbers(|c| c.oparg_kind() == OpargKind::CompareOp)?);
    super::set(&d, "hasexc", numbers(|c| c.is_block_push())?);
    super::set(&d, "_nb_ops", nb_ops()?);
    super::set(&d, "_intrinsic_1_descs", str_list(&op::INTRINSIC_1)?);
    super::set(&d, "_intrinsic_2_descs", str_list(&op::INTRINSIC_2)?);
    super::set(&d, "_special_method_names", str_list(&op::SPECIAL_METHODS)?);
    super::set(&d, "_common_constants", str_list(&op::COMMON_CONSTANTS)?);
    super::set(&d, "COMPARE_OPS", str_list(&op::COMPARE_OPS)?);
    super::set(&d, "CONVERSIONS", str_list(&op::CONVERSIONS)?);
    let attrs = op::FUNCTION_ATTRIBUTES
        .iter()
        .map(|(n, s)| tuple::new_tuple(vec![int::new_int(*n as i64), str::new_str(s)]))
        .collect::<PyResult<Vec<Obj>>>()?;
    super::set(&d, "FUNCTION_ATTRIBUTES", list::new_list(attrs)?);
    Ok(m)
}
