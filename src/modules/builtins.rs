//! The `builtins` module: built-in functions, the built-in types and exceptions.

use crate::object::typeobj::{as_type, TypeObject};
use crate::object::*;
use crate::vm::Vm;

fn none() -> Obj {
    singletons::none()
}

fn b_print(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let pos = args::positional(a, kw);
    let (mut sep, mut end, mut file, mut flush) = (None, None, None, false);
    for (k, v) in args::keywords(a, kw) {
        let v = if singletons::is_none(v) { None } else { Some(v.clone()) };
        match k {
            "sep" => sep = v,
            "end" => end = v,
            "file" => file = v,
            "flush" => flush = v.as_ref().is_some_and(boolobj::is_true_obj),
            _ => return Err(PyErr::type_error(format!("print() got an unexpected keyword argument '{k}'"))),
        }
    }
    let sep_s = match &sep {
        Some(s) => str::expect_str(s, "sep")?.to_string(),
        None => " ".to_string(),
    };
    let end_s = match &end {
        Some(s) => str::expect_str(s, "end")?.to_string(),
        None => "\n".to_string(),
    };
    if let Some(f) = file {
        // As CPython: one write() per argument, separator and ending, each str() taken just
        // before its write (a file-like object sees the pieces).
        for (i, o) in pos.iter().enumerate() {
            if i > 0 {
                protocol::call_method(vm, &f, "write", &[str::new_str(&sep_s)])?;
            }
            let s = protocol::str(vm, o)?;
            protocol::call_method(vm, &f, "write", &[s])?;
        }
        protocol::call_method(vm, &f, "write", &[str::new_str(&end_s)])?;
        if flush {
            protocol::call_method(vm, &f, "flush", &[])?;
        }
        return Ok(none());
    }
    let mut out = String::new();
    for (i, o) in pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep_s);
        }
        if let Some(s) = o.downcast_exact::<str::StrObject>() {
            out.push_str(s.as_str());
        } else {
            let s = protocol::str(vm, o)?;
            out.push_str(str::as_str(&s));
        }
    }
    out.push_str(&end_s);
    crate::modules::io::write_stdout(vm, &out)?;
    if flush {
        crate::modules::io::flush_stdout(vm);
    }
    Ok(none())
}

fn b_len(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("len", a, kw, 1, 1)?;
    Ok(int::new_int(protocol::len(vm, &a[0])? as i64))
}

fn b_repr(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("repr", a, kw, 1, 1)?;
    protocol::repr(vm, &a[0])
}

fn b_ascii(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("ascii", a, kw, 1, 1)?;
    protocol::ascii(vm, &a[0])
}

fn b_isinstance(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("isinstance", a, kw, 2, 2)?;
    Ok(boolobj::new_bool(protocol::isinstance(vm, &a[0], &a[1])?))
}

fn b_issubclass(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("issubclass", a, kw, 2, 2)?;
    Ok(boolobj::new_bool(protocol::issubclass(vm, &a[0], &a[1])?))
}

fn b_id(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("id", a, kw, 1, 1)?;
    int::new_bigint(num_bigint::BigInt::from(a[0].addr()))
}

fn b_hash(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("hash", a, kw, 1, 1)?;
    Ok(int::new_int(protocol::hash(vm, &a[0])?))
}

fn b_abs(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("abs", a, kw, 1, 1)?;
    protocol::absolute(vm, &a[0])
}

/// `min`/`max`: the extreme item by `key`, or `default` for an empty iterable.
fn min_max(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>, name: &str, op: CompareOp) -> PyResult<Obj> {
    let pos = args::positional(a, kw);
    let (mut key, mut default) = (None, None);
    for (k, v) in args::keywords(a, kw) {
        match k {
            "key" => key = if singletons::is_none(v) { None } else { Some(v.clone()) },
            "default" => default = Some(v.clone()),
            _ => return Err(PyErr::type_error(format!("{name}() got an unexpected keyword argument '{k}'"))),
        }
    }
    let items: Vec<Obj> = match pos.len() {
        0 => return Err(PyErr::type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => protocol::collect(vm, &pos[0])?,
        _ => {
            if default.is_some() {
                return Err(PyErr::type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            pos.to_vec()
        }
    };
    let mut best: Option<(Obj, Obj)> = None;
    for item in items {
        let k = match &key {
            Some(f) => protocol::call(vm, f, std::slice::from_ref(&item), None)?,
            None => item.clone(),
        };
        best = match best {
            None => Some((k, item)),
            Some((bk, bi)) => {
                if protocol::rich_compare_bool(vm, &k, &bk, op)? {
                    Some((k, item))
                } else {
                    Some((bk, bi))
                }
            }
        };
    }
    match best {
        Some((_, item)) => Ok(item),
        None => default.ok_or_else(|| PyErr::value_error(format!("{name}() iterable argument is empty"))),
    }
}

fn b_min(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    min_max(vm, a, kw, "min", CompareOp::Lt)
}

fn b_max(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    min_max(vm, a, kw, "max", CompareOp::Gt)
}

fn b_sum(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [iterable, start] = args::bind("sum", a, kw, ["iterable", "start"], 1, 2)?;
    let mut acc = start.cloned().unwrap_or_else(|| int::new_int(0));
    if let Some(s) = start {
        if str::as_str_obj(s).is_some() {
            return Err(PyErr::type_error("sum() can't sum strings [use ''.join(seq) instead]"));
        }
        if bytes::as_bytes(s).is_some() {
            return Err(PyErr::type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
        }
    }
    let it = protocol::get_iter(vm, iterable.expect("required"))?;
    // Integer fast path with overflow into big ints.
    while let Some(x) = protocol::next(vm, &it)? {
        if let (Some(p), Some(q)) = (
            int::as_i64(&acc).filter(|_| acc.is_exact::<int::IntObject>()),
            int::as_i64(&x).filter(|_| x.is_exact::<int::IntObject>()),
        ) {
            if let Some(s) = p.checked_add(q) {
                acc = int::new_int(s);
                continue;
            }
        }
        if let (Some(p), Some(q)) = (float::float_value(&acc), float::float_value(&x)) {
            if acc.is_exact::<float::FloatObject>() && x.is_exact::<float::FloatObject>() {
                acc = float::new_float(p + q);
                continue;
            }
        }
        acc = protocol::binary_op(vm, &acc, &x, crate::syntax::ast::Operator::Add)?;
    }
    Ok(acc)
}

fn b_sorted(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let pos = args::positional(a, kw);
    if pos.len() != 1 {
        return Err(PyErr::type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let items = protocol::collect(vm, &pos[0])?;
    let l = list::new_list(items)?;
    let kwv: Vec<Obj> = args::keywords(a, kw).map(|(_, v)| v.clone()).collect();
    seq_methods::list_sort(vm, &l, &kwv, kw)?;
    Ok(l)
}

fn b_any(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("any", a, kw, 1, 1)?;
    let it = protocol::get_iter(vm, &a[0])?;
    while let Some(x) = protocol::next(vm, &it)? {
        if protocol::is_true(vm, &x)? {
            return Ok(boolobj::new_bool(true));
        }
    }
    Ok(boolobj::new_bool(false))
}

fn b_all(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("all", a, kw, 1, 1)?;
    let it = protocol::get_iter(vm, &a[0])?;
    while let Some(x) = protocol::next(vm, &it)? {
        if !protocol::is_true(vm, &x)? {
            return Ok(boolobj::new_bool(false));
        }
    }
    Ok(boolobj::new_bool(true))
}

fn b_iter(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("iter", a, kw, 1, 2)?;
    if a.len() == 2 {
        if a[0].ty().slots.call.get().is_none() {
            return Err(PyErr::type_error("iter(v, w): v must be callable"));
        }
        return iter::new_callable_iterator(a[0].clone(), a[1].clone());
    }
    protocol::get_iter(vm, &a[0])
}

fn b_next(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("next", a, kw, 1, 2)?;
    if a[0].ty().slots.iternext.get().is_none() {
        return Err(PyErr::type_error(format!("'{}' object is not an iterator", a[0].ty().name())));
    }
    if a[0].downcast::<generator::GeneratorObject>().is_some() {
        // A generator's return value travels in the StopIteration.
        return match generator::next_or_stop(vm, &a[0])? {
            Ok(v) => Ok(v),
            Err(stop) => match a.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(stop),
            },
        };
    }
    match protocol::next(vm, &a[0])? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::stop_iteration(None)),
        },
    }
}

fn attr_name<'a>(o: &'a Obj, fname: &str) -> PyResult<&'a Obj> {
    if str::as_str_obj(o).is_none() {
        return Err(PyErr::type_error(format!(
            "{fname}(): attribute name must be string, not '{}'",
            o.ty().name()
        )));
    }
    Ok(o)
}

fn b_getattr(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("getattr", a, kw, 2, 3)?;
    let name = attr_name(&a[1], "getattr")?;
    match a.get(2) {
        None => protocol::get_attr_obj(vm, &a[0], name),
        Some(d) => Ok(protocol::get_attr_obj_opt(vm, &a[0], name)?.unwrap_or_else(|| d.clone())),
    }
}

fn b_setattr(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("setattr", a, kw, 3, 3)?;
    let name = str::intern_obj(attr_name(&a[1], "setattr")?);
    protocol::set_attr_obj(vm, &a[0], &name, Some(&a[2]))?;
    Ok(none())
}

fn b_delattr(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("delattr", a, kw, 2, 2)?;
    let name = str::intern_obj(attr_name(&a[1], "delattr")?);
    protocol::set_attr_obj(vm, &a[0], &name, None)?;
    Ok(none())
}

fn b_hasattr(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("hasattr", a, kw, 2, 2)?;
    let name = attr_name(&a[1], "hasattr")?;
    Ok(boolobj::new_bool(protocol::get_attr_obj_opt(vm, &a[0], name)?.is_some()))
}

fn b_callable(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("callable", a, kw, 1, 1)?;
    Ok(boolobj::new_bool(a[0].ty().slots.call.get().is_some()))
}

fn b_ord(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("ord", a, kw, 1, 1)?;
    if let Some(s) = str::as_str_obj(&a[0]) {
        let mut chars = s.as_str().chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(int::new_int(c as i64)),
            _ => Err(PyErr::type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.char_len()
            ))),
        };
    }
    if let Some(b) = bytes::as_bytes(&a[0]) {
        if b.len() == 1 {
            return Ok(int::new_int(b[0] as i64));
        }
        return Err(PyErr::type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        )));
    }
    Err(PyErr::type_error(format!("ord() expected string of length 1, but {} found", a[0].ty().name())))
}

fn b_chr(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("chr", a, kw, 1, 1)?;
    let i = protocol::index(vm, &a[0])?;
    match int::as_i64(&i).filter(|v| (0..=0x10ffff).contains(v)).and_then(|v| char::from_u32(v as u32)) {
        Some(c) => Ok(str::char_obj(c)),
        None => match int::as_i64(&i) {
            Some(v) if (0xd800..0xe000).contains(&v) => Ok(str::char_obj('\u{fffd}')),
            _ => Err(PyErr::value_error("chr() arg not in range(0x110000)")),
        },
    }
}

fn b_divmod(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("divmod", a, kw, 2, 2)?;
    use crate::syntax::ast::Operator;
    if let Some(r) = protocol::call_special(vm, &a[0], "__divmod__", std::slice::from_ref(&a[1]))? {
        if !singletons::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    let q = protocol::binary_op(vm, &a[0], &a[1], Operator::FloorDiv).map_err(|e| {
        if e.is_instance(&exceptions::TYPE_ERROR) {
            PyErr::type_error(format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                a[0].ty().name(),
                a[1].ty().name()
            ))
        } else {
            e
        }
    })?;
    let r = protocol::binary_op(vm, &a[0], &a[1], Operator::Mod)?;
    tuple::new_tuple(vec![q, r])
}

fn b_pow(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [base, exp, m] = args::bind("pow", a, kw, ["base", "exp", "mod"], 2, 3)?;
    let (base, exp) = (base.expect("required"), exp.expect("required"));
    match m.filter(|m| !singletons::is_none(m)) {
        Some(m) => protocol::power_mod(vm, base, exp, m),
        None => protocol::binary_op(vm, base, exp, crate::syntax::ast::Operator::Pow),
    }
}

fn b_round(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [number, ndigits] = args::bind("round", a, kw, ["number", "ndigits"], 1, 2)?;
    let number = number.expect("required");
    let nd = ndigits.filter(|n| !singletons::is_none(n));
    let args: Vec<Obj> = nd.into_iter().cloned().collect();
    match protocol::call_special(vm, number, "__round__", &args)? {
        Some(r) => Ok(r),
        None => {
            Err(PyErr::type_error(format!("type {} doesn't define __round__ method", number.ty().name())))
        }
    }
}

fn int_to_base(vm: &mut Vm, o: &Obj, radix: u32, prefix: &str) -> PyResult<Obj> {
    let i = protocol::index(vm, o)?;
    let v = int::int_value(&i).expect("int").to_bigint();
    let neg = v.sign() == num_bigint::Sign::Minus;
    let digits = v.magnitude().to_str_radix(radix);
    str::try_new_str(&format!("{}{prefix}{digits}", if neg { "-" } else { "" }))
}

fn b_hex(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("hex", a, kw, 1, 1)?;
    int_to_base(vm, &a[0], 16, "0x")
}

fn b_oct(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("oct", a, kw, 1, 1)?;
    int_to_base(vm, &a[0], 8, "0o")
}

fn b_bin(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("bin", a, kw, 1, 1)?;
    int_to_base(vm, &a[0], 2, "0b")
}

fn b_input(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("input", a, kw, 0, 1)?;
    if let Some(p) = a.first() {
        let s = protocol::str(vm, p)?;
        crate::modules::io::write_stdout(vm, str::as_str(&s))?;
    }
    crate::modules::io::flush_stdout(vm);
    match crate::modules::io::read_stdin_line() {
        Some(line) => str::try_new_str(line.trim_end_matches('\n').trim_end_matches('\r')),
        None => Err(PyErr::new(&exceptions::EOF_ERROR, "EOF when reading a line")),
    }
}

fn b_globals(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("globals", a, kw, 0, 0)?;
    Ok(vm.current_globals().unwrap_or_else(dict::new_dict))
}

fn b_locals(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("locals", a, kw, 0, 0)?;
    match vm.current_locals() {
        Some(l) => Ok(l),
        None => vm.current_fast_locals(),
    }
}

fn b_vars(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("vars", a, kw, 0, 1)?;
    match a.first() {
        None => b_locals(vm, &[], None),
        Some(o) => protocol::get_attr_opt(vm, o, "__dict__")?
            .ok_or_else(|| PyErr::type_error("vars() argument must have __dict__ attribute")),
    }
}

fn b_dir(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("dir", a, kw, 0, 1)?;
    let names = match a.first() {
        None => {
            let l = b_locals(vm, &[], None)?;
            protocol::collect(vm, &l)?
        }
        Some(o) => {
            if let Some(m) = o.downcast::<module::ModuleObject>() {
                dict::as_dict(&m.dict()).map(|d| d.keys_vec()).unwrap_or_default()
            } else {
                match protocol::call_special(vm, o, "__dir__", &[])? {
                    Some(r) => protocol::collect(vm, &r)?,
                    None => Vec::new(),
                }
            }
        }
    };
    let l = list::new_list(names)?;
    seq_methods::list_sort(vm, &l, &[], None)?;
    Ok(l)
}

fn b_format(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("format", a, kw, 1, 2)?;
    let spec = a.get(1).cloned().unwrap_or_else(str::empty);
    if str::as_str_obj(&spec).is_none() {
        return Err(PyErr::type_error(format!("format() argument 2 must be str, not {}", spec.ty().name())));
    }
    protocol::format(vm, &a[0], &spec)
}

fn source_of(vm: &mut Vm, o: &Obj, fname: &str) -> PyResult<String> {
    if let Some(s) = str::as_str_obj(o) {
        return Ok(s.as_str().to_string());
    }
    if let Some(b) = bytes::as_bytes(o) {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    let _ = vm;
    Err(PyErr::type_error(format!("{fname}() arg 1 must be a string, bytes or code object")))
}

fn b_compile(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [source, filename, mode, _flags, _dont_inherit, _optimize] = args::bind(
        "compile",
        a,
        kw,
        ["source", "filename", "mode", "flags", "dont_inherit", "optimize"],
        3,
        6,
    )?;
    let src = source_of(vm, source.expect("required"), "compile")?;
    let filename = str::expect_str(filename.expect("required"), "compile() argument 'filename'")?.to_string();
    let mode = match str::expect_str(mode.expect("required"), "compile() argument 'mode'")? {
        "exec" => crate::compiler::Mode::Exec,
        "eval" => crate::compiler::Mode::Eval,
        "single" => crate::compiler::Mode::Single,
        _ => return Err(PyErr::value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    vm.compile_unlisted(&src, &filename, mode, false)
}

/// Globals and locals for `exec`/`eval`.
fn namespaces(vm: &mut Vm, g: Option<&Obj>, l: Option<&Obj>, fname: &str) -> PyResult<(Obj, Obj)> {
    let g = g.filter(|x| !singletons::is_none(x)).cloned();
    let l = l.filter(|x| !singletons::is_none(x)).cloned();
    let globals = match g {
        Some(g) => {
            if dict::as_dict(&g).is_none() {
                return Err(PyErr::type_error(format!(
                    "{fname}() globals must be a dict, not {}",
                    g.ty().name()
                )));
            }
            g
        }
        None => vm.current_globals().unwrap_or_else(dict::new_dict),
    };
    if let Some(gd) = dict::as_dict(&globals) {
        if gd.get_by_str("__builtins__").is_none() {
            gd.set_by_str("__builtins__", vm.builtins_module.clone());
        }
    }
    let locals = match l {
        Some(l) => l,
        None => {
            if a_is_explicit(&globals, vm) {
                globals.clone()
            } else {
                match vm.current_locals() {
                    Some(x) => x,
                    None => globals.clone(),
                }
            }
        }
    };
    Ok((globals, locals))
}

fn a_is_explicit(globals: &Obj, vm: &Vm) -> bool {
    vm.current_globals().is_none_or(|g| !g.is(globals))
}

fn b_exec(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [source, g, l] = args::bind("exec", a, kw, ["source", "globals", "locals"], 1, 3)?;
    let source = source.expect("required");
    let (globals, locals) = namespaces(vm, g, l, "exec")?;
    let code = if source.downcast::<code::CodeObject>().is_some() {
        source.clone()
    } else {
        let src = source_of(vm, source, "exec")?;
        vm.compile_unlisted(&src, "<string>", crate::compiler::Mode::Exec, false)?
    };
    vm.run_code(&code, &globals, Some(&locals), None)?;
    Ok(none())
}

fn b_eval(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [source, g, l] = args::bind("eval", a, kw, ["source", "globals", "locals"], 1, 3)?;
    let source = source.expect("required");
    let (globals, locals) = namespaces(vm, g, l, "eval")?;
    let code = if source.downcast::<code::CodeObject>().is_some() {
        source.clone()
    } else {
        let src = source_of(vm, source, "eval")?;
        let src = src.trim_start_matches([' ', '\t']).to_string();
        vm.compile_unlisted(&src, "<string>", crate::compiler::Mode::Eval, false)?
    };
    vm.run_code(&code, &globals, Some(&locals), None)
}

/// `__build_class__(func, name, *bases, metaclass=..., **kwds)`.
fn b_build_class(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let pos = args::positional(a, kw);
    if pos.len() < 2 {
        return Err(PyErr::type_error("__build_class__: not enough arguments"));
    }
    let func = &pos[0];
    let name = pos[1].clone();
    if func.downcast::<function::FunctionObject>().is_none() {
        return Err(PyErr::type_error("__build_class__: func must be a function"));
    }
    if str::as_str_obj(&name).is_none() {
        return Err(PyErr::type_error("__build_class__: name is not a string"));
    }
    let orig_bases = pos[2..].to_vec();
    // PEP 560: `__mro_entries__`.
    let mut bases = Vec::new();
    let mut changed = false;
    for b in &orig_bases {
        if as_type(b).is_none() {
            if let Some(me) = protocol::get_attr_opt(vm, b, "__mro_entries__")? {
                let t = tuple::new_tuple(orig_bases.clone())?;
                let r = protocol::call(vm, &me, &[t], None)?;
                bases.extend(protocol::collect(vm, &r)?);
                changed = true;
                continue;
            }
        }
        bases.push(b.clone());
    }
    let mut meta: Option<Obj> = None;
    let mut kwargs: Vec<(String, Obj)> = Vec::new();
    for (k, v) in args::keywords(a, kw) {
        if k == "metaclass" {
            meta = Some(v.clone());
        } else {
            kwargs.push((k.to_string(), v.clone()));
        }
    }
    let meta = match meta {
        Some(m) => {
            if as_type(&m).is_some() {
                class::calculate_metaclass(&m, &bases)?
            } else {
                m
            }
        }
        None => {
            let first = bases.first().map(|b| b.type_obj()).unwrap_or_else(|| class::TYPE_TYPE.as_obj());
            class::calculate_metaclass(&first, &bases)?
        }
    };
    let bases_t = tuple::new_tuple(bases)?;
    let kwnames: Vec<&str> = kwargs.iter().map(|(k, _)| k.as_str()).collect();
    let kwvals: Vec<Obj> = kwargs.iter().map(|(_, v)| v.clone()).collect();
    let kwt = if kwnames.is_empty() { None } else { Some(str::str_tuple(&kwnames)?) };
    // The namespace from `__prepare__`.
    let ns = match protocol::get_attr_opt(vm, &meta, "__prepare__")? {
        Some(prep) => {
            let mut pa = vec![name.clone(), bases_t.clone()];
            pa.extend(kwvals.iter().cloned());
            protocol::call(vm, &prep, &pa, kwt.as_ref())?
        }
        None => dict::new_dict(),
    };
    let f = func.downcast::<function::FunctionObject>().expect("function");
    let code = f.code();
    let cell = vm.run_code(&code, &f.globals, Some(&ns), Some(func))?;
    if changed {
        protocol::set_item(vm, &ns, &str::intern("__orig_bases__"), &tuple::new_tuple(orig_bases)?)?;
    }
    let mut ca = vec![name, bases_t, ns];
    ca.extend(kwvals);
    let cls = protocol::call(vm, &meta, &ca, kwt.as_ref())?;
    if let Some(c) = cell.downcast::<function::CellObject>() {
        if c.get().is_none() {
            c.set(Some(cls.clone()));
        }
    }
    Ok(cls)
}

fn b_import(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [name, globals, _locals, fromlist, level] =
        args::bind("__import__", a, kw, ["name", "globals", "locals", "fromlist", "level"], 1, 5)?;
    let name = str::expect_str(name.expect("required"), "__import__() argument 1")?.to_string();
    let globals = globals.filter(|g| dict::as_dict(g).is_some()).cloned().unwrap_or_else(dict::new_dict);
    let fromlist = fromlist.cloned().unwrap_or_else(none);
    let level = level.and_then(int::as_i64).unwrap_or(0).max(0) as usize;
    vm.import_module_level(&name, &globals, &fromlist, level)
}

fn b_exit(_: &mut Vm, a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    Err(PyErr::with_args(&exceptions::SYSTEM_EXIT, a.to_vec()))
}

fn b_open(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    crate::modules::io::open(vm, a, kw)
}

fn b_help(vm: &mut Vm, a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    let text = match a.first() {
        None => "Type help(object) for help about object.".to_string(),
        Some(o) => crate::modules::help::describe(vm, o)?,
    };
    crate::modules::io::write_stdout(vm, &format!("{text}\n"))?;
    Ok(none())
}

/// The builtins module.
pub fn make_module() -> Obj {
    let m = module::new_module("builtins").expect("allocation at startup");
    let d = module::module_dict(&m);
    let dd = dict::as_dict(&d).expect("dict");
    dd.set_by_str("__doc__", str::new_str("Built-in functions, types, exceptions, and other objects."));
    let funcs: &[(&'static str, typeobj::FunctionFn)] = &[
        ("print", b_print),
        ("len", b_len),
        ("repr", b_repr),
        ("ascii", b_ascii),
        ("isinstance", b_isinstance),
        ("issubclass", b_issubclass),
        ("id", b_id),
        ("hash", b_hash),
        ("abs", b_abs),
        ("min", b_min),
        ("max", b_max),
        ("sum", b_sum),
        ("sorted", b_sorted),
        ("any", b_any),
        ("all", b_all),
        ("iter", b_iter),
        ("next", b_next),
        ("getattr", b_getattr),
        ("setattr", b_setattr),
        ("delattr", b_delattr),
        ("hasattr", b_hasattr),
        ("callable", b_callable),
        ("ord", b_ord),
        ("chr", b_chr),
        ("divmod", b_divmod),
        ("pow", b_pow),
        ("round", b_round),
        ("hex", b_hex),
        ("oct", b_oct),
        ("bin", b_bin),
        ("input", b_input),
        ("globals", b_globals),
        ("locals", b_locals),
        ("vars", b_vars),
        ("dir", b_dir),
        ("format", b_format),
        ("compile", b_compile),
        ("exec", b_exec),
        ("eval", b_eval),
        ("__build_class__", b_build_class),
        ("__import__", b_import),
        ("open", b_open),
        ("exit", b_exit),
        ("quit", b_exit),
        ("help", b_help),
    ];
    for (name, f) in funcs {
        let fo =
            descr::new_builtin(name, descr::NativeKind::Function(*f), Some(m.clone()), "").expect("startup");
        dd.set_by_str(name, fo);
    }
    let types: &[(&str, &'static TypeObject)] = &[
        ("object", &base::OBJECT_TYPE),
        ("type", &class::TYPE_TYPE),
        ("int", &int::INT_TYPE),
        ("bool", &boolobj::BOOL_TYPE),
        ("float", &float::FLOAT_TYPE),
        ("complex", &complex::COMPLEX_TYPE),
        ("str", &str::STR_TYPE),
        ("bytes", &bytes::BYTES_TYPE),
        ("bytearray", &bytes::BYTEARRAY_TYPE),
        ("memoryview", &crate::object::memoryview::MEMORYVIEW_TYPE),
        ("tuple", &tuple::TUPLE_TYPE),
        ("list", &list::LIST_TYPE),
        ("dict", &dict::DICT_TYPE),
        ("set", &set::SET_TYPE),
        ("frozenset", &set::FROZENSET_TYPE),
        ("range", &range::RANGE_TYPE),
        ("slice", &slice::SLICE_TYPE),
        ("enumerate", &iter::ENUMERATE_TYPE),
        ("zip", &iter::ZIP_TYPE),
        ("map", &iter::MAP_TYPE),
        ("filter", &iter::FILTER_TYPE),
        ("reversed", &iter::REVERSED_TYPE),
        ("property", &descr::PROPERTY_TYPE),
        ("staticmethod", &descr::STATICMETHOD_TYPE),
        ("classmethod", &descr::CLASSMETHOD_TYPE),
        ("super", &descr::SUPER_TYPE),
    ];
    for (name, ty) in types {
        dd.set_by_str(name, ty.as_obj());
    }
    for ty in exceptions::all_exception_types() {
        dd.set_by_str(ty.name(), ty.as_obj());
    }
    dd.set_by_str("EnvironmentError", exceptions::OS_ERROR.as_obj());
    dd.set_by_str("IOError", exceptions::OS_ERROR.as_obj());
    dd.set_by_str("None", singletons::none());
    dd.set_by_str("Ellipsis", singletons::ellipsis());
    dd.set_by_str("NotImplemented", singletons::not_implemented());
    dd.set_by_str("True", boolobj::new_bool(true));
    dd.set_by_str("False", boolobj::new_bool(false));
    dd.set_by_str("__debug__", boolobj::new_bool(true));
    m
}
