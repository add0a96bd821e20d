//! Binding call arguments to a Python function's parameters (CPython's `initialize_locals`),
//! with CPython's TypeError messages.

use crate::bytecode::code::flags as co_flags;
use crate::object::code::CodeObject;
use crate::object::function::FunctionObject;
use crate::object::{dict, str as pystr, tuple, Obj, PyErr, PyResult, StackRef};
use crate::vm::Vm;

/// Moves `args` (positional, then keyword values named by `kwnames`) into the parameter slots
/// of `locals`. Entries of `args` are taken (left null).
pub fn bind_arguments(
    vm: &mut Vm,
    func: &FunctionObject,
    code: &CodeObject,
    locals: &mut [StackRef],
    args: &mut [StackRef],
    kwnames: Option<&Obj>,
) -> PyResult<()> {
    let kwcount = kwnames.map_or(0, |k| tuple::tuple_items(k).len());
    let nargs = args.len() - kwcount;
    let argcount = code.argcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let has_varargs = code.flags & co_flags::VARARGS != 0;
    let has_varkw = code.flags & co_flags::VARKEYWORDS != 0;
    let total = argcount + kwonly;

    // Fast path: exactly the positional parameters, nothing else.
    if kwcount == 0 && nargs == argcount && !has_varargs && !has_varkw && kwonly == 0 {
        for (slot, a) in locals.iter_mut().zip(args.iter_mut()) {
            *slot = a.take();
        }
        return Ok(());
    }

    let kwargs_dict = if has_varkw {
        let d = dict::new_dict();
        let idx = total + has_varargs as usize;
        locals[idx] = StackRef::owned(d.clone());
        Some(d)
    } else {
        None
    };

    let npos = nargs.min(argcount);
    for i in 0..npos {
        locals[i] = args[i].take();
    }
    if has_varargs {
        let extra: Vec<Obj> = args[npos..nargs].iter_mut().map(|a| a.take().into_owned()).collect();
        locals[total] = StackRef::owned(tuple::new_tuple(extra)?);
    } else if nargs > argcount {
        return Err(too_many_positional(func, code, nargs, kwcount, locals, args, kwnames));
    }

    if let Some(names) = kwnames {
        let names = tuple::tuple_items(names).to_vec();
        let varnames = code.localsplus_names();
        for (j, name) in names.iter().enumerate() {
            let value = args[nargs + j].take();
            let key = pystr::as_str(name);
            let posonly = code.posonlyargcount as usize;
            let found =
                (posonly..total).find(|&i| varnames[i].is(name) || pystr::as_str(&varnames[i]) == key);
            match found {
                Some(i) => {
                    if !locals[i].is_null() {
                        return Err(PyErr::type_error(format!(
                            "{}() got multiple values for argument '{key}'",
                            qualname(func)
                        )));
                    }
                    locals[i] = value;
                }
                None => match &kwargs_dict {
                    Some(d) => {
                        dict::as_dict(d).expect("dict").set_item(vm, name.clone(), value.into_owned())?;
                    }
                    None => {
                        if (0..posonly).any(|i| pystr::as_str(&varnames[i]) == key) {
                            // Name every positional-only parameter passed by keyword.
                            let all: Vec<&str> = names
                                .iter()
                                .map(pystr::as_str)
                                .filter(|n| (0..posonly).any(|i| pystr::as_str(&varnames[i]) == *n))
                                .collect();
                            return Err(PyErr::type_error(format!(
                                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                                qualname(func),
                                all.join(", ")
                            )));
                        }
                        return Err(PyErr::type_error(format!(
                            "{}() got an unexpected keyword argument '{key}'",
                            qualname(func)
                        )));
                    }
                },
            }
        }
    }

    // Defaults for missing positional parameters.
    if nargs < argcount {
        let defaults = func.defaults_ref().map(tuple::tuple_items).unwrap_or(&[]);
        let first_default = argcount - defaults.len();
        let mut missing = Vec::new();
        for i in nargs..argcount {
            if locals[i].is_null() {
                if i >= first_default {
                    locals[i] = StackRef::new_owned(&defaults[i - first_default]);
                } else {
                    missing.push(i);
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args(func, code, &missing, "positional"));
        }
    }
    // Keyword-only parameters.
    if kwonly > 0 {
        let mut missing = Vec::new();
        for (i, slot) in locals.iter_mut().enumerate().take(total).skip(argcount) {
            if slot.is_null() {
                let name = &code.localsplus_names()[i];
                let d = func.kwdefaults_ref().and_then(|d| dict::as_dict(d)?.get_str(name));
                match d {
                    Some(v) => *slot = StackRef::owned(v),
                    None => missing.push(i),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args(func, code, &missing, "keyword-only"));
        }
    }
    Ok(())
}

fn qualname(func: &FunctionObject) -> String {
    pystr::as_str(&func.qualname()).to_string()
}

fn quoted_list(names: &[String]) -> String {
    match names.len() {
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        _ => format!("{}, and {}", names[..names.len() - 1].join(", "), names[names.len() - 1]),
    }
}

fn missing_args(func: &FunctionObject, code: &CodeObject, missing: &[usize], kind: &str) -> PyErr {
    let names: Vec<String> =
        missing.iter().map(|&i| format!("'{}'", pystr::as_str(&code.localsplus_names()[i]))).collect();
    PyErr::type_error(format!(
        "{}() missing {} required {kind} argument{}: {}",
        qualname(func),
        names.len(),
        if names.len() == 1 { "" } else { "s" },
        quoted_list(&names)
    ))
}

fn too_many_positional(
    func: &FunctionObject,
    code: &CodeObject,
    nargs: usize,
    _kwcount: usize,
    locals: &[StackRef],
    _args: &[StackRef],
    _kwnames: Option<&Obj>,
) -> PyErr {
    let argcount = code.argcount as usize;
    let ndefaults = func.defaults_ref().map_or(0, |d| tuple::tuple_items(d).len());
    let kwonly_given =
        (argcount..argcount + code.kwonlyargcount as usize).filter(|&i| !locals[i].is_null()).count();
    let takes = if ndefaults > 0 {
        format!("from {} to {} positional arguments", argcount - ndefaults, argcount)
    } else {
        format!("{} positional argument{}", argcount, if argcount == 1 { "" } else { "s" })
    };
    let given = if kwonly_given > 0 {
        format!(
            "{nargs} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
            if nargs == 1 { "" } else { "s" },
            if kwonly_given == 1 { "" } else { "s" }
        )
    } else {
        format!("{nargs} {}", if nargs == 1 { "was given" } else { "were given" })
    };
    PyErr::type_error(format!("{}() takes {takes} but {given}", qualname(func)))
}
