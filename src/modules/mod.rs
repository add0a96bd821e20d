//! Native modules: builtins, sys, and the modules written in Rust that `import` finds by name.

pub mod builtins;
pub mod gc;
pub mod hashlib;
pub mod help;
pub mod io;
pub mod math;
pub mod opcode;
pub mod os;
pub mod random;
pub mod re;
pub mod sys;
pub mod time;
pub mod traceback;
pub mod tracemalloc;
pub mod unicodedata;
pub mod weakref;

use crate::object::typeobj::FunctionFn;
use crate::object::{descr, dict, module, Obj, PyResult};
use crate::vm::Vm;

/// Creates a native module.
pub type ModuleInit = fn(&mut Vm) -> PyResult<Obj>;

/// The native modules importable by name (besides `builtins` and `sys`, created at start-up).
const NATIVE: &[(&str, ModuleInit)] = &[
    ("gc", gc::make_module),
    ("_weakref", weakref::make_module),
    ("re", re::make_module),
    ("math", math::make_module),
    ("time", time::make_module),
    ("_random", random::make_module),
    ("os", os::make_module),
    ("_tracemalloc", tracemalloc::make_module),
    ("_opcode", opcode::make_module),
    ("_traceback", traceback::make_module),
    ("hashlib", hashlib::make_module),
    ("unicodedata", unicodedata::make_module),
];

/// The initialiser of native module `name`, if there is one.
pub fn native_module(name: &str) -> Option<ModuleInit> {
    NATIVE.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}

/// Names of all native modules (`sys.builtin_module_names`).
pub fn native_module_names() -> Vec<&'static str> {
    let mut v: Vec<&str> = vec!["builtins", "sys"];
    v.extend(NATIVE.iter().map(|(n, _)| *n));
    v.sort();
    v
}

/// A new module named `name` holding the given native functions; returns the module and its
/// namespace dict so the caller can add constants and types.
pub(crate) fn new_native_module(name: &str, funcs: &[(&'static str, FunctionFn)]) -> PyResult<(Obj, Obj)> {
    let m = module::new_module(name)?;
    let d = module::module_dict(&m);
    let dd = dict::as_dict(&d).expect("module dict");
    for (fname, f) in funcs {
        let fo = descr::new_builtin(fname, descr::NativeKind::Function(*f), Some(m.clone()), "")?;
        dd.set_by_str(fname, fo);
    }
    Ok((m, d))
}

/// Sets `name` in a module namespace dict.
pub(crate) fn set(d: &Obj, name: &str, value: Obj) {
    dict::as_dict(d).expect("module dict").set_by_str(name, value);
}

/// Runs Python `source` in a fresh namespace named `module` and returns the namespace: the
/// small parts of native modules that are clearer in Python (exception classes).
pub(crate) fn run_python(vm: &mut Vm, module: &str, source: &str) -> PyResult<Obj> {
    let ns = dict::new_dict();
    set(&ns, "__name__", crate::object::str::new_str(module));
    run_python_in(vm, module, source, &ns)
}

/// Runs Python `source` in the namespace `ns` (a native module's own dict, so the Python code
/// sees the native functions) and returns `ns`.
pub(crate) fn run_python_in(vm: &mut Vm, module: &str, source: &str, ns: &Obj) -> PyResult<Obj> {
    set(ns, "__builtins__", vm.builtins_module.clone());
    let code = vm.compile(source, &format!("<{module}>"), crate::compiler::Mode::Exec, false)?;
    vm.run_code(&code, ns, Some(ns), None)?;
    Ok(ns.clone())
}
