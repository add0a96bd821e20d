//! `help(obj)`: a short description — signature and docstring — of functions, classes and
//! modules.

use crate::object::{
    code::CodeObject, function::FunctionObject, protocol, singletons, str as pystr, Obj, PyResult,
};
use crate::vm::Vm;

/// The text `help(obj)` prints.
pub fn describe(vm: &mut Vm, o: &Obj) -> PyResult<String> {
    let doc = protocol::get_attr_opt(vm, o, "__doc__")?
        .filter(|d| !singletons::is_none(d))
        .map(|d| pystr::as_str(&d).to_string());
    let head = if let Some(f) = o.downcast::<FunctionObject>() {
        let code = f.code();
        let c = code.downcast::<CodeObject>().expect("code");
        let names: Vec<String> =
            c.localsplus_names()[..c.total_args()].iter().map(|n| pystr::as_str(n).to_string()).collect();
        format!(
            "Help on function {}:\n\n{}({})",
            pystr::as_str(&f.name()),
            pystr::as_str(&f.name()),
            names.join(", ")
        )
    } else if let Some(t) = crate::object::typeobj::as_type(o) {
        format!("Help on class {}:\n\nclass {}", t.name(), t.name())
    } else if let Some(n) = crate::object::module::module_name(o) {
        format!("Help on module {n}:\n\nNAME\n    {n}")
    } else {
        let r = protocol::repr_string(vm, o)?;
        format!("Help on {} object:\n\n{r}", o.ty().name())
    };
    Ok(match doc {
        Some(d) => format!("{head}\n    {}", d.replace('\n', "\n    ")),
        None => head,
    })
}
