//! Native modules: builtins, sys, and the modules written in Rust that `import` finds by name.

pub mod builtins;
pub mod help;
pub mod io;
pub mod sys;

use crate::object::{Obj, PyResult};
use crate::vm::Vm;

/// Creates a native module.
pub type ModuleInit = fn(&mut Vm) -> PyResult<Obj>;

/// The native modules importable by name (besides `builtins` and `sys`, created at start-up).
const NATIVE: &[(&str, ModuleInit)] = &[];

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
