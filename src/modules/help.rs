//! `help(obj)`: a short description in the shape of CPython's pydoc — a function's signature
//! and docstring, a class's bases, docstring and methods, a module's docstring and contents.

use crate::object::function::{FunctionObject, MethodObject};
use crate::object::{dict, module, protocol, singletons, str as pystr, tuple, typeobj, Obj, PyResult};
use crate::vm::Vm;

/// The text `help(obj)` prints.
pub fn describe(vm: &mut Vm, o: &Obj) -> PyResult<String> {
    if let Some(f) = o.downcast::<FunctionObject>() {
        let name = pystr::as_str(&f.name()).to_string();
        let head = format!("Help on function {name}{}:", in_module(vm, o)?);
        return Ok(format!("{head}\n\n{}", function_entry(vm, &name, f, false)?));
    }
    if let Some(m) = o.downcast::<MethodObject>() {
        if let Some(f) = m.func.downcast::<FunctionObject>() {
            let name = pystr::as_str(&f.name()).to_string();
            let head = format!("Help on method {name}{}:", in_module(vm, &m.func)?);
            let owner = class_name(vm, &m.self_obj.ty().as_obj(), "")?;
            let entry = function_entry(vm, &name, f, true)?;
            let (sig, doc) = entry.split_once('\n').unwrap_or((&entry, ""));
            let doc = if doc.is_empty() { String::new() } else { format!("\n{doc}") };
            return Ok(format!("{head}\n\n{sig} method of {owner} instance{doc}"));
        }
    }
    if let Some(t) = typeobj::as_type(o) {
        let head = format!("Help on class {}{}:", t.name(), in_module(vm, o)?);
        return Ok(format!("{head}\n\n{}", describe_class(vm, o)?));
    }
    if o.downcast::<module::ModuleObject>().is_some() {
        return describe_module(vm, o);
    }
    if o.ty().name() == "builtin_function_or_method" {
        let name = attr_string(vm, o, "__name__")?.unwrap_or_else(|| "?".to_string());
        let head = format!("Help on built-in function {name}{}:", in_module(vm, o)?);
        return Ok(format!("{head}\n\n{name}(...){}", indented_doc(vm, o, "    ")?));
    }
    let ty = o.ty().as_obj();
    Ok(format!("Help on {} object:\n\n{}", o.ty().name(), describe_class(vm, &ty)?))
}

/// ` in module m` when the object names its module.
fn in_module(vm: &mut Vm, o: &Obj) -> PyResult<String> {
    Ok(attr_string(vm, o, "__module__")?.map(|m| format!(" in module {m}")).unwrap_or_default())
}

/// `o.name` as text, when it exists and is a string.
fn attr_string(vm: &mut Vm, o: &Obj, name: &str) -> PyResult<Option<String>> {
    Ok(protocol::get_attr_opt(vm, o, name)?
        .and_then(|v| pystr::as_str_obj(&v).map(|s| s.as_str().to_string())))
}

/// The docstring of `o`, cleaned as `inspect.cleandoc` does and indented by `indent`, after a
/// newline; empty when there is none.
fn indented_doc(vm: &mut Vm, o: &Obj, indent: &str) -> PyResult<String> {
    let doc = match o.downcast::<FunctionObject>() {
        // A function's docstring is its code's first constant.
        Some(f) => Some(f.code_ref().docstring()).filter(|d| !singletons::is_none(d)),
        None => protocol::get_attr_opt(vm, o, "__doc__")?.filter(|d| !singletons::is_none(d)),
    };
    let Some(doc) = doc.and_then(|d| pystr::as_str_obj(&d).map(|s| s.as_str().to_string())) else {
        return Ok(String::new());
    };
    Ok(indent_doc(&doc, indent))
}

/// A cleaned docstring with each line behind `indent`, each after a newline.
fn indent_doc(doc: &str, indent: &str) -> String {
    let mut out = String::new();
    for line in clean_doc(doc) {
        out.push('\n');
        if line.is_empty() {
            out.push_str(indent.trim_end());
        } else {
            out.push_str(indent);
            out.push_str(&line);
        }
    }
    out
}

/// The lines of a docstring without the indentation shared by its second and later lines, and
/// without leading and trailing blank lines (`inspect.cleandoc`).
pub fn clean_doc(doc: &str) -> Vec<String> {
    let lines: Vec<&str> = doc.lines().collect();
    let margin = lines
        .iter()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        let line = if i == 0 { line.trim_start() } else { line.get(margin..).unwrap_or("").trim_end() };
        out.push(line.trim_end().to_string());
    }
    while out.first().is_some_and(String::is_empty) {
        out.remove(0);
    }
    while out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    out
}

/// `name(signature)` and the indented docstring of a Python function; `bound` drops the first
/// parameter (a method's `self`).
fn function_entry(vm: &mut Vm, name: &str, f: &FunctionObject, bound: bool) -> PyResult<String> {
    let sig = signature(vm, f, bound)?;
    let doc = f.code_ref().docstring();
    let doc = pystr::as_str_obj(&doc).map(|s| indent_doc(s.as_str(), "    ")).unwrap_or_default();
    Ok(format!("{name}{sig}{doc}"))
}

/// The parameter list of a Python function as `inspect.signature` prints it:
/// `(a, b=2, /, c, *args, d, e=3, **kw)`.
fn signature(vm: &mut Vm, f: &FunctionObject, bound: bool) -> PyResult<String> {
    let code = f.code_ref();
    let names = code.localsplus_names();
    let argcount = code.argcount as usize;
    let posonly = code.posonlyargcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let has_varargs = code.flags & crate::bytecode::code::flags::VARARGS != 0;
    let has_varkw = code.flags & crate::bytecode::code::flags::VARKEYWORDS != 0;
    let defaults: Vec<Obj> = f.defaults_ref().map(|d| tuple::tuple_items(d).to_vec()).unwrap_or_default();
    let kwdefaults = f.kwdefaults_ref().cloned();
    let mut parts: Vec<String> = Vec::new();
    let first_default = argcount.saturating_sub(defaults.len());
    for (i, n) in names.iter().enumerate().take(argcount) {
        if !(bound && i == 0) {
            let mut p = pystr::as_str(n).to_string();
            if i >= first_default {
                p.push('=');
                p.push_str(&protocol::repr_string(vm, &defaults[i - first_default])?);
            }
            parts.push(p);
        }
        if i + 1 == posonly && !(bound && posonly == 1) {
            parts.push("/".to_string());
        }
    }
    if has_varargs {
        parts.push(format!("*{}", pystr::as_str(&names[argcount + kwonly])));
    } else if kwonly > 0 {
        parts.push("*".to_string());
    }
    for n in names.iter().skip(argcount).take(kwonly) {
        let mut p = pystr::as_str(n).to_string();
        if let Some(v) = kwdefaults.as_ref().and_then(|d| dict::as_dict(d)?.get_str(n)) {
            p.push('=');
            p.push_str(&protocol::repr_string(vm, &v)?);
        }
        parts.push(p);
    }
    if has_varkw {
        let at = argcount + kwonly + usize::from(has_varargs);
        parts.push(format!("**{}", pystr::as_str(&names[at])));
    }
    Ok(format!("({})", parts.join(", ")))
}

/// `module.Name` of a class, without the module when it is `within`.
fn class_name(vm: &mut Vm, cls: &Obj, within: &str) -> PyResult<String> {
    let name = attr_string(vm, cls, "__qualname__")?
        .or_else(|| typeobj::as_type(cls).map(|t| t.name().to_string()))
        .unwrap_or_default();
    match attr_string(vm, cls, "__module__")? {
        Some(m) if m != within => Ok(format!("{m}.{name}")),
        _ => Ok(name),
    }
}

/// `class A(bases)`, the docstring and what the class body defines, each line after the first
/// behind pydoc's ` |  ` bar.
fn describe_class(vm: &mut Vm, cls: &Obj) -> PyResult<String> {
    let t = typeobj::as_type(cls).expect("a type");
    let module = attr_string(vm, cls, "__module__")?.unwrap_or_default();
    let mut bases = Vec::new();
    if let Some(b) = protocol::get_attr_opt(vm, cls, "__bases__")? {
        for base in tuple::tuple_items(&b).to_vec() {
            bases.push(class_name(vm, &base, &module)?);
        }
    }
    let mut body: Vec<String> = Vec::new();
    let doc = indented_doc(vm, cls, "")?;
    body.extend(doc.lines().skip(1).map(str::to_string));
    let items: Vec<(Obj, Obj)> =
        t.dict_opt().and_then(|d| dict::as_dict(d).map(|d| d.items_vec())).unwrap_or_default();
    let mut methods: Vec<String> = Vec::new();
    let mut data: Vec<String> = Vec::new();
    for (key, value) in items {
        let Some(name) = pystr::as_str_obj(&key).map(|s| s.as_str().to_string()) else { continue };
        if matches!(name.as_str(), "__doc__" | "__module__" | "__qualname__" | "__dict__" | "__weakref__") {
            continue;
        }
        if let Some(f) = value.downcast::<FunctionObject>() {
            methods.push(String::new());
            methods.extend(function_entry(vm, &name, f, false)?.lines().map(str::to_string));
        } else if value.ty().slots.call.get().is_some() && typeobj::as_type(&value).is_none() {
            // Built-in types list their public methods only; their slot wrappers are many.
            if name.starts_with('_') {
                continue;
            }
            methods.push(String::new());
            methods.push(format!("{name}(...)"));
            let doc = indented_doc(vm, &value, "    ")?;
            methods.extend(doc.lines().skip(1).take(1).map(str::to_string));
        } else if !name.starts_with("__") && !value.ty().name().ends_with("descriptor") {
            data.push(format!("{name} = {}", protocol::repr_string(vm, &value)?));
        }
    }
    if !methods.is_empty() {
        if !body.is_empty() {
            body.push(String::new());
        }
        body.push("Methods defined here:".to_string());
        body.extend(methods);
    }
    if !data.is_empty() {
        body.push(String::new());
        body.push("Data and other attributes defined here:".to_string());
        body.push(String::new());
        body.extend(data);
    }
    let mut out = format!("class {}({})", t.name(), bases.join(", "));
    for line in body {
        out.push_str("\n |");
        if !line.is_empty() {
            out.push_str("  ");
            out.push_str(&line);
        }
    }
    Ok(out)
}

/// NAME, DESCRIPTION and the public names of a module, grouped as pydoc does.
fn describe_module(vm: &mut Vm, m: &Obj) -> PyResult<String> {
    let name = module::module_name(m).unwrap_or_else(|| "?".to_string());
    let mut out = format!("Help on module {name}:\n\nNAME\n    {name}\n");
    let doc = indented_doc(vm, m, "    ")?;
    if !doc.is_empty() {
        out.push_str("\nDESCRIPTION");
        out.push_str(&doc);
        out.push('\n');
    }
    let d = module::module_dict(m);
    let mut classes = Vec::new();
    let mut functions = Vec::new();
    let mut data = Vec::new();
    for (key, value) in dict::as_dict(&d).map(|d| d.items_vec()).unwrap_or_default() {
        let Some(n) = pystr::as_str_obj(&key).map(|s| s.as_str().to_string()) else { continue };
        if n.starts_with('_') || value.downcast::<module::ModuleObject>().is_some() {
            continue;
        }
        if typeobj::as_type(&value).is_some() {
            classes.push(n);
        } else if value.ty().slots.call.get().is_some() {
            functions.push(n);
        } else {
            data.push(n);
        }
    }
    for (title, mut names) in [("CLASSES", classes), ("FUNCTIONS", functions), ("DATA", data)] {
        if names.is_empty() {
            continue;
        }
        names.sort();
        out.push_str(&format!("\n{title}\n"));
        out.push_str(&wrap(&names.join(", "), 72, "    "));
    }
    Ok(out.trim_end().to_string())
}

/// `text` broken at spaces into lines of at most `width` columns, each behind `indent`.
fn wrap(text: &str, width: usize, indent: &str) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for word in text.split(' ') {
        if !line.is_empty() && indent.len() + line.len() + 1 + word.len() > width {
            out.push_str(indent);
            out.push_str(&line);
            out.push('\n');
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        out.push_str(indent);
        out.push_str(&line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleandoc_strips_the_common_margin() {
        assert_eq!(
            clean_doc("Summary.\n\n    More.\n      Indented.\n    "),
            vec!["Summary.", "", "More.", "  Indented."]
        );
        assert_eq!(clean_doc("\n  Only.\n"), vec!["Only."]);
    }

    #[test]
    fn wrap_breaks_at_width() {
        assert_eq!(wrap("aa, bb, cc", 10, "  "), "  aa, bb,\n  cc\n");
    }
}
