//! The `sys` module, including the memory-teaching functions `getrefcount`, `_is_immortal`,
//! `getsizeof` and `_debugmallocstats`.

use crate::object::*;
use crate::vm::Vm;

fn b_getrefcount(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("getrefcount", a, kw, 1, 1)?;
    // Arguments arrive borrowed: the count is exactly what the caller's loads left on the stack.
    Ok(int::new_int(a[0].refcount() as i64))
}

fn b_is_immortal(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("_is_immortal", a, kw, 1, 1)?;
    Ok(boolobj::new_bool(a[0].is_immortal()))
}

fn b_intern(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("intern", a, kw, 1, 1)?;
    if !a[0].is_exact::<str::StrObject>() {
        return Err(PyErr::type_error(format!("intern() argument must be str, not {}", a[0].ty().name())));
    }
    Ok(str::intern_obj(&a[0]))
}

/// `sys._getframe([depth])`: the calling frame, or the one `depth` calls above it.
fn b_getframe(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("_getframe", a, kw, 0, 1)?;
    let depth = match a.first() {
        Some(d) => protocol::index_i64(vm, d)?.max(0) as usize,
        None => 0,
    };
    crate::vm::frameobj::snapshot_stack(depth)?
        .ok_or_else(|| PyErr::value_error("call stack is not deep enough"))
}

/// `sys.getsizeof(o)`: `o.__sizeof__()` plus the GC header for collector-aware objects.
fn b_getsizeof(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("getsizeof", a, kw, 1, 2)?;
    let r = match protocol::call_special(vm, &a[0], "__sizeof__", &[]) {
        Ok(Some(r)) => r,
        Ok(None) => return Err(PyErr::type_error("Type has no __sizeof__")),
        Err(e) => match a.get(1) {
            Some(d) => return Ok(d.clone()),
            None => return Err(e),
        },
    };
    let n = protocol::index_i64(vm, &r)?;
    if n < 0 {
        return Err(PyErr::value_error("__sizeof__() should return >= 0"));
    }
    let gc =
        if crate::memory::gc::is_gc_object(&a[0]) { crate::object::header::GC_HEAD_SIZE as i64 } else { 0 };
    Ok(int::new_int(n + gc))
}

fn b_exit(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("exit", a, kw, 0, 1)?;
    Err(PyErr::with_args(&exceptions::SYSTEM_EXIT, a.to_vec()))
}

fn b_getrecursionlimit(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("getrecursionlimit", a, kw, 0, 0)?;
    Ok(int::new_int(vm.recursion_limit as i64))
}

fn b_setrecursionlimit(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("setrecursionlimit", a, kw, 1, 1)?;
    let n = protocol::index_i64(vm, &a[0])?;
    if n < 1 {
        return Err(PyErr::value_error("recursion limit must be greater or equal than 1"));
    }
    if (n as usize) < vm.depth {
        return Err(PyErr::recursion_error(format!(
            "cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low",
            vm.depth
        )));
    }
    vm.recursion_limit = n as usize;
    Ok(singletons::none())
}

fn b_debugmallocstats(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("_debugmallocstats", a, kw, 0, 0)?;
    crate::modules::io::flush_stdout(vm);
    crate::modules::io::write_stderr_raw(&crate::memory::obmalloc::debug_malloc_stats());
    Ok(singletons::none())
}

fn b_exc_info(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("exc_info", a, kw, 0, 0)?;
    match &vm.handled {
        Some(e) => {
            let tb = exceptions::as_exception(e).and_then(|x| x.traceback()).unwrap_or_else(singletons::none);
            tuple::new_tuple(vec![e.type_obj(), e.clone(), tb])
        }
        None => tuple::new_tuple(vec![singletons::none(), singletons::none(), singletons::none()]),
    }
}

fn b_exception(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("exception", a, kw, 0, 0)?;
    Ok(vm.handled.clone().unwrap_or_else(singletons::none))
}

fn b_getdefaultencoding(_: &mut Vm, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    Ok(str::new_str("utf-8"))
}

fn b_live_objects(_: &mut Vm, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    Ok(int::new_int(crate::memory::alloc::live_objects() as i64))
}

fn b_live_blocks(_: &mut Vm, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    Ok(int::new_int(crate::memory::obmalloc::global_stats().live_blocks() as i64))
}

fn b_int_max_str_digits(_: &mut Vm, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    Ok(int::new_int(int::MAX_STR_DIGITS as i64))
}

fn b_set_int_max_str_digits(_: &mut Vm, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    Ok(singletons::none())
}

/// A simple namespace-like object: a module used as a record (`sys.implementation`,
/// `sys.version_info` is a tuple).
fn record(name: &str, fields: &[(&str, Obj)]) -> Obj {
    let m = module::new_module(name).expect("startup");
    let d = module::module_dict(&m);
    for (k, v) in fields {
        dict::as_dict(&d).expect("dict").set_by_str(k, v.clone());
    }
    m
}

/// The `sys` module.
pub fn make_module(vm: &mut Vm, argv: Vec<String>) -> Obj {
    let m = module::new_module("sys").expect("startup");
    let d = module::module_dict(&m);
    let dd = dict::as_dict(&d).expect("dict");
    let funcs: &[(&'static str, typeobj::FunctionFn)] = &[
        ("getrefcount", b_getrefcount),
        ("_is_immortal", b_is_immortal),
        ("intern", b_intern),
        ("getsizeof", b_getsizeof),
        ("_getframe", b_getframe),
        ("exit", b_exit),
        ("getrecursionlimit", b_getrecursionlimit),
        ("setrecursionlimit", b_setrecursionlimit),
        ("_debugmallocstats", b_debugmallocstats),
        ("exc_info", b_exc_info),
        ("exception", b_exception),
        ("getdefaultencoding", b_getdefaultencoding),
        ("_live_objects", b_live_objects),
        ("_live_blocks", b_live_blocks),
        ("get_int_max_str_digits", b_int_max_str_digits),
        ("set_int_max_str_digits", b_set_int_max_str_digits),
    ];
    for (name, f) in funcs {
        let fo =
            descr::new_builtin(name, descr::NativeKind::Function(*f), Some(m.clone()), "").expect("startup");
        dd.set_by_str(name, fo);
    }
    let strs = |v: &[String]| list::new_list(v.iter().map(|s| str::new_str(s)).collect()).expect("startup");
    dd.set_by_str("argv", strs(&argv));
    dd.set_by_str("orig_argv", strs(&argv));
    let mut path = Vec::new();
    if let Some(d) = &vm.script_dir {
        path.push(d.clone());
    } else {
        path.push(String::new());
    }
    dd.set_by_str("path", strs(&path));
    dd.set_by_str("modules", vm.modules.clone());
    let version = format!("3.14.0 (vivarium {}) [Rust]", env!("CARGO_PKG_VERSION"));
    dd.set_by_str("version", str::new_str(&version));
    let vi = tuple::new_tuple(vec![
        int::new_int(3),
        int::new_int(14),
        int::new_int(0),
        str::new_str("final"),
        int::new_int(0),
    ])
    .expect("startup");
    dd.set_by_str("version_info", vi);
    dd.set_by_str("hexversion", int::new_int(0x030E00F0));
    dd.set_by_str(
        "implementation",
        record(
            "sys.implementation",
            &[
                ("name", str::new_str("vivarium")),
                ("cache_tag", singletons::none()),
                (
                    "version",
                    tuple::new_tuple(vec![
                        int::new_int(0),
                        int::new_int(1),
                        int::new_int(0),
                        str::new_str("alpha"),
                        int::new_int(0),
                    ])
                    .expect("startup"),
                ),
            ],
        ),
    );
    dd.set_by_str("maxsize", int::new_int(i64::MAX));
    dd.set_by_str("maxunicode", int::new_int(0x10ffff));
    dd.set_by_str("byteorder", str::new_str("little"));
    dd.set_by_str("platform", str::new_str("linux"));
    dd.set_by_str(
        "executable",
        str::new_str(&std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default()),
    );
    dd.set_by_str("prefix", str::new_str(""));
    dd.set_by_str(
        "builtin_module_names",
        str::str_tuple(&crate::modules::native_module_names()).expect("startup"),
    );
    dd.set_by_str("float_repr_style", str::new_str("short"));
    let (stdin, stdout, stderr) = crate::modules::io::std_streams();
    dd.set_by_str("stdin", stdin.clone());
    dd.set_by_str("stdout", stdout.clone());
    dd.set_by_str("stderr", stderr.clone());
    dd.set_by_str("__stdin__", stdin);
    dd.set_by_str("__stdout__", stdout);
    dd.set_by_str("__stderr__", stderr);
    dd.set_by_str("dont_write_bytecode", boolobj::new_bool(true));
    m
}
