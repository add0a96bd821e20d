//! Argument checking and binding for native functions, with CPython's messages.
//!
//! Natives receive CPython's vectorcall layout: `args` holds the positional arguments followed by
//! the keyword values, and `kwnames` (a tuple of str) names the trailing keyword values.

use super::header::Obj;
use super::{tuple, PyErr, PyResult};

/// The number of keyword arguments in a call.
#[inline]
pub fn kw_count(kwnames: Option<&Obj>) -> usize {
    kwnames.map_or(0, |k| tuple::tuple_items(k).len())
}

/// The positional part of `args`.
#[inline]
pub fn positional<'a>(args: &'a [Obj], kwnames: Option<&Obj>) -> &'a [Obj] {
    &args[..args.len() - kw_count(kwnames)]
}

/// Iterates `(name, value)` over the keyword arguments.
pub fn keywords<'a>(args: &'a [Obj], kwnames: Option<&'a Obj>) -> impl Iterator<Item = (&'a str, &'a Obj)> {
    let names: &[Obj] = kwnames.map_or(&[], |k| tuple::tuple_items(k));
    let values = &args[args.len() - names.len()..];
    names.iter().map(super::str::as_str).zip(values)
}

/// `f() takes no keyword arguments`.
pub fn no_kwargs(fname: &str, kwnames: Option<&Obj>) -> PyResult<()> {
    if kw_count(kwnames) > 0 {
        return Err(PyErr::type_error(format!("{fname}() takes no keyword arguments")));
    }
    Ok(())
}

/// Checks a positional-only signature of `min..=max` arguments, with CPython's messages.
pub fn check_arity(fname: &str, args: &[Obj], kwnames: Option<&Obj>, min: usize, max: usize) -> PyResult<()> {
    no_kwargs(fname, kwnames)?;
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        match min {
            0 => format!("{fname}() takes no arguments ({n} given)"),
            1 => format!("{fname}() takes exactly one argument ({n} given)"),
            _ => format!("{fname}() takes exactly {min} arguments ({n} given)"),
        }
    } else if n < min {
        format!("{fname} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
    } else {
        format!("{fname} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
    };
    Err(PyErr::type_error(msg))
}

/// Binds arguments to `params` (positional-or-keyword unless beyond `max_positional`), the first
/// `required` of which must be given. Returns one slot per parameter.
pub fn bind<'a, const N: usize>(
    fname: &str,
    args: &'a [Obj],
    kwnames: Option<&Obj>,
    params: [&str; N],
    required: usize,
    max_positional: usize,
) -> PyResult<[Option<&'a Obj>; N]> {
    let pos = positional(args, kwnames);
    let mut out: [Option<&'a Obj>; N] = [None; N];
    if pos.len() > max_positional {
        let msg = if max_positional == 0 {
            format!("{fname}() takes no positional arguments")
        } else {
            // CPython says "positional" only when some parameters are keyword-only.
            format!(
                "{fname}() takes at most {max_positional} {}argument{} ({} given)",
                if max_positional < N { "positional " } else { "" },
                if max_positional == 1 { "" } else { "s" },
                pos.len()
            )
        };
        return Err(PyErr::type_error(msg));
    }
    for (slot, value) in out.iter_mut().zip(pos) {
        *slot = Some(value);
    }
    if let Some(names) = kwnames {
        let names = tuple::tuple_items(names);
        let values = &args[args.len() - names.len()..];
        for (name, value) in names.iter().zip(values) {
            let name = super::str::as_str(name);
            match params.iter().position(|p| *p == name) {
                Some(i) if out[i].is_none() => out[i] = Some(value),
                Some(i) => {
                    return Err(PyErr::type_error(format!(
                        "argument for {fname}() given by name ('{name}') and position ({})",
                        i + 1
                    )))
                }
                None => {
                    return Err(PyErr::type_error(format!(
                        "{fname}() got an unexpected keyword argument '{name}'"
                    )))
                }
            }
        }
    }
    for (i, p) in params.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(PyErr::type_error(format!(
                "{fname}() missing required argument '{p}' (pos {})",
                i + 1
            )));
        }
    }
    Ok(out)
}
