//! Traceback objects and the CPython-format report of an uncaught exception.

use crate::memory::alloc::{alloc_object, free_object};
use crate::memory::gc;
use crate::object::header::{Obj, ObjectHeader, PyPayload};
use crate::object::typeobj::{flags, GetSetDef, TypeObject};
use crate::object::{
    code::CodeObject, dict, exceptions, int, protocol, singletons, str as pystr, tuple, PyResult,
};
use crate::slots;
use crate::vm::Vm;
use std::cell::UnsafeCell;

/// One level of a traceback: the code and instruction where the exception passed through.
#[repr(C)]
pub struct TracebackObject {
    head: ObjectHeader,
    pub next: UnsafeCell<Option<Obj>>,
    pub code: Obj,
    pub globals: Obj,
    pub lasti: usize,
    pub lineno: u32,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for TracebackObject {
    fn static_type() -> &'static TypeObject {
        &TRACEBACK_TYPE
    }
}

impl TracebackObject {
    pub fn next(&self) -> Option<Obj> {
        // SAFETY: a short read.
        unsafe { (*self.next.get()).clone() }
    }
}

unsafe fn tb_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: untrack, drop fields, free.
    unsafe {
        gc::untrack(obj);
        let t = obj as *mut TracebackObject;
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*t).next));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*t).code));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*t).globals));
        free_object(obj, 0);
    }
}

fn tb_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    let t = o.downcast::<TracebackObject>().expect("traceback");
    if let Some(n) = t.next() {
        visit(&n);
    }
    visit(&t.code);
    visit(&t.globals);
}

/// A traceback entry in front of `next`.
pub fn new_traceback(next: Option<Obj>, code: Obj, globals: Obj, lasti: usize, lineno: u32) -> PyResult<Obj> {
    let ptr = alloc_object(&TRACEBACK_TYPE, 0)?;
    // SAFETY: fresh block with the layout.
    unsafe {
        let t = ptr as *mut TracebackObject;
        std::ptr::addr_of_mut!((*t).next).write(UnsafeCell::new(next));
        std::ptr::addr_of_mut!((*t).code).write(code);
        std::ptr::addr_of_mut!((*t).globals).write(globals);
        std::ptr::addr_of_mut!((*t).lasti).write(lasti);
        std::ptr::addr_of_mut!((*t).lineno).write(lineno);
        gc::track(ptr);
        Ok(Obj::from_raw(ptr))
    }
}

fn g_next(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(o.downcast::<TracebackObject>().expect("tb").next().unwrap_or_else(singletons::none))
}
fn g_lineno(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(int::new_int(o.downcast::<TracebackObject>().expect("tb").lineno as i64))
}
fn g_lasti(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(int::new_int(o.downcast::<TracebackObject>().expect("tb").lasti as i64 * 2))
}
fn g_frame(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let t = o.downcast::<TracebackObject>().expect("tb");
    crate::vm::frameobj::new_frame_snapshot(t.code.clone(), t.globals.clone(), t.lineno)
}

static TB_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "tb_next", get: g_next, set: None, doc: "" },
    GetSetDef { name: "tb_lineno", get: g_lineno, set: None, doc: "" },
    GetSetDef { name: "tb_lasti", get: g_lasti, set: None, doc: "" },
    GetSetDef { name: "tb_frame", get: g_frame, set: None, doc: "" },
];

pub static TRACEBACK_TYPE: TypeObject = TypeObject::builtin(
    "traceback",
    std::mem::size_of::<TracebackObject>(),
    flags::HAVE_GC,
    Some(&crate::object::base::OBJECT_TYPE),
    slots!(tb_dealloc, traverse: tb_traverse),
    &[],
    TB_GETSETS,
    None,
);

/// Renders an exception the way CPython's default excepthook does, including the chain of
/// causes and contexts.
pub fn format_exception(vm: &mut Vm, exc: &Obj) -> String {
    let mut seen = Vec::new();
    let mut out = String::new();
    format_chain(vm, exc, &mut seen, &mut out);
    out
}

fn format_chain(vm: &mut Vm, exc: &Obj, seen: &mut Vec<usize>, out: &mut String) {
    seen.push(exc.addr());
    if let Some(e) = exceptions::as_exception(exc) {
        if let Some(cause) = e.cause() {
            if !seen.contains(&cause.addr()) {
                format_chain(vm, &cause, seen, out);
                out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
            }
        } else if let Some(ctx) = e.context() {
            if !e.suppress_context() && !seen.contains(&ctx.addr()) {
                format_chain(vm, &ctx, seen, out);
                out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
    }
    format_single(vm, exc, out);
}

fn format_single(vm: &mut Vm, exc: &Obj, out: &mut String) {
    let tb = exceptions::as_exception(exc).and_then(|e| e.traceback());
    if let Some(tb) = tb {
        out.push_str("Traceback (most recent call last):\n");
        let mut cur = Some(tb);
        let mut last: Option<(String, u32, String)> = None;
        let mut repeats = 0;
        while let Some(t) = cur {
            let tbo = t.downcast::<TracebackObject>().expect("traceback");
            let code = tbo.code.downcast::<CodeObject>().expect("code");
            let filename = pystr::as_str(&code.filename).to_string();
            let name = pystr::as_str(&code.name).to_string();
            let key = (filename.clone(), tbo.lineno, name.clone());
            if last.as_ref() == Some(&key) {
                repeats += 1;
            } else {
                flush_repeats(out, repeats);
                repeats = 0;
            }
            if repeats < 3 {
                out.push_str(&format!("  File \"{filename}\", line {}, in {name}\n", tbo.lineno));
                if let Some(line) = vm.source_line(&filename, tbo.lineno) {
                    let trimmed = line.trim();
                    if !trimmed.is_empty() {
                        out.push_str(&format!("    {trimmed}\n"));
                        let pos = code.positions.get(tbo.lasti).copied().unwrap_or_default();
                        if let Some(marker) = super::carets::marker_line(&line, pos) {
                            out.push_str(&format!("    {marker}\n"));
                        }
                    }
                }
            }
            last = Some(key);
            cur = tbo.next();
        }
        flush_repeats(out, repeats);
    }
    out.push_str(&exception_only(vm, exc));
    out.push('\n');
}

fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= 3 {
        let n = repeats - 2;
        out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n == 1 { "" } else { "s" }));
    }
}

/// The last line(s) of a report: `TypeError: message`, with a SyntaxError's source excerpt.
pub fn exception_only(vm: &mut Vm, exc: &Obj) -> String {
    let ty = exc.ty();
    let mut name = ty.qualname().to_string();
    if let Some(m) = crate::object::base::type_module(ty) {
        if m != "__main__" && m != "builtins" {
            name = format!("{m}.{name}");
        }
    }
    let mut out = String::new();
    if ty.is_subtype(&exceptions::SYNTAX_ERROR) {
        let get = |vm: &mut Vm, n: &str| {
            protocol::get_attr_opt(vm, exc, n).ok().flatten().filter(|v| !singletons::is_none(v))
        };
        let filename = get(vm, "filename").map(|f| pystr::as_str(&f).to_string());
        let lineno = get(vm, "lineno").and_then(|l| int::as_i64(&l));
        let offset = get(vm, "offset").and_then(|l| int::as_i64(&l));
        let end_offset = get(vm, "end_offset").and_then(|l| int::as_i64(&l));
        let text = get(vm, "text").map(|t| pystr::as_str(&t).to_string());
        let msg = get(vm, "msg").map(|m| pystr::as_str(&m).to_string()).unwrap_or_default();
        if let (Some(f), Some(l)) = (&filename, lineno) {
            out.push_str(&format!("  File \"{f}\", line {l}\n"));
        }
        if let Some(t) = text {
            let line = t.trim_end_matches('\n');
            let stripped = line.trim_start();
            let indent = line.len() - stripped.len();
            out.push_str(&format!("    {}\n", stripped.trim_end()));
            if let Some(off) = offset {
                let col = (off as usize).saturating_sub(1).saturating_sub(indent);
                let width = end_offset.map_or(1, |e| (e - off).max(1) as usize);
                out.push_str(&format!("    {}{}\n", " ".repeat(col), "^".repeat(width)));
            }
        }
        out.push_str(&format!("{name}: {msg}"));
        return out;
    }
    let text = match protocol::str(vm, exc) {
        Ok(s) => pystr::as_str(&s).to_string(),
        Err(_) => "<exception str() failed>".to_string(),
    };
    let hint = suggestion(vm, exc).unwrap_or_default();
    if text.is_empty() {
        out.push_str(&name);
    } else {
        out.push_str(&format!("{name}: {text}{hint}"));
    }
    if let Ok(Some(notes)) = protocol::get_attr_opt(vm, exc, "__notes__") {
        if let Ok(items) = protocol::collect(vm, &notes) {
            for n in items {
                if let Ok(s) = protocol::str(vm, &n) {
                    out.push('\n');
                    out.push_str(pystr::as_str(&s));
                }
            }
        }
    }
    out
}

/// CPython 3.12+'s hint for a misspelt name: `. Did you mean: 'len'?` for a `NameError` (from the
/// failing frame's locals, its globals and the builtins) or an `AttributeError` (from `dir()` of
/// the object), or `. Did you forget to import 'math'?` for a standard-library module name.
fn suggestion(vm: &mut Vm, exc: &Obj) -> Option<String> {
    let ty = exc.ty();
    let is_name_error = ty.is_subtype(&exceptions::NAME_ERROR);
    if !is_name_error && !ty.is_subtype(&exceptions::ATTRIBUTE_ERROR) {
        return None;
    }
    let attr = |vm: &mut Vm, n: &str| protocol::get_attr_opt(vm, exc, n).ok().flatten();
    let wrong = attr(vm, "name").filter(|n| n.is_exact::<pystr::StrObject>())?;
    let wrong = pystr::as_str(&wrong).to_string();
    let mut candidates: Vec<String> = Vec::new();
    if is_name_error {
        let mut tb = exceptions::as_exception(exc)?.traceback()?;
        while let Some(next) = tb.downcast::<TracebackObject>().expect("traceback").next() {
            tb = next;
        }
        let last = tb.downcast::<TracebackObject>().expect("traceback");
        let code = last.code.downcast::<CodeObject>().expect("code");
        candidates
            .extend(tuple::tuple_items(&code.localsplusnames).iter().map(|n| pystr::as_str(n).to_string()));
        for scope in [last.globals.clone(), vm.builtins.clone()] {
            if let Some(d) = dict::as_dict(&scope) {
                candidates.extend(
                    d.keys_vec().iter().filter_map(|k| {
                        k.downcast::<pystr::StrObject>().map(|_| pystr::as_str(k).to_string())
                    }),
                );
            }
        }
    } else {
        let obj = attr(vm, "obj")?;
        let dir = dict::as_dict(&vm.builtins)?.get_by_str("dir")?;
        let names = protocol::call(vm, &dir, &[obj], None).ok()?;
        let mut names: Vec<String> = protocol::collect(vm, &names)
            .ok()?
            .iter()
            .filter(|n| n.is_exact::<pystr::StrObject>())
            .map(|n| pystr::as_str(n).to_string())
            .collect();
        names.sort();
        if !wrong.starts_with('_') {
            names.retain(|n| !n.starts_with('_'));
        }
        candidates = names;
    }
    match super::suggestions::closest(&wrong, candidates.iter().map(String::as_str)) {
        Some(best) => Some(format!(". Did you mean: '{best}'?")),
        None if is_name_error && super::suggestions::is_stdlib_module(&wrong) => {
            Some(format!(". Did you forget to import '{wrong}'?"))
        }
        None => None,
    }
}
