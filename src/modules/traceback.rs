//! `_traceback`: the interpreter's own rendering of an exception, for `stdlib/traceback.py`, so
//! that `traceback.print_exc()` prints exactly what an uncaught exception would.

use crate::object::*;
use crate::vm::Vm;

/// `format_exception(exc)`: the whole report, chained causes and contexts included.
fn t_format_exception(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("format_exception", a, kw, 1, 1)?;
    check_exception(&a[0])?;
    str::try_new_str(&crate::vm::traceback::format_exception(vm, &a[0]))
}

/// `format_exception_only(exc)`: the last line(s), `ValueError: message`.
fn t_format_exception_only(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("format_exception_only", a, kw, 1, 1)?;
    check_exception(&a[0])?;
    let mut text = crate::vm::traceback::exception_only(vm, &a[0]);
    text.push('\n');
    str::try_new_str(&text)
}

fn check_exception(o: &Obj) -> PyResult<()> {
    if exceptions::as_exception(o).is_none() {
        return Err(PyErr::type_error(format!("expected an exception instance, not {}", o.ty().name())));
    }
    Ok(())
}

/// The `_traceback` module.
pub fn make_module(_: &mut Vm) -> PyResult<Obj> {
    let (m, _) = super::new_native_module(
        "_traceback",
        &[("format_exception", t_format_exception), ("format_exception_only", t_format_exception_only)],
    )?;
    Ok(m)
}
