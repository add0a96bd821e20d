//! `BaseException` and the built-in exception hierarchy, and [`PyErr`], the Rust error value
//! that carries a raised exception through `Result`s.

use super::header::{Obj, ObjectHeader, PyPayload};
use super::typeobj::{flags, GetSetDef, MethodDef, MethodKind, TypeObject};
use super::{args, dict, int, protocol, singletons, str as pystr, tuple, PyResult};
use crate::memory::alloc::{alloc_object, free_object};
use crate::memory::gc;
use crate::slots;
use crate::vm::Vm;
use std::cell::{Cell, UnsafeCell};

/// The layout shared by every exception instance.
#[repr(C)]
pub struct BaseExceptionObject {
    head: ObjectHeader,
    dict: UnsafeCell<Option<Obj>>,
    args: UnsafeCell<Obj>,
    traceback: UnsafeCell<Option<Obj>>,
    context: UnsafeCell<Option<Obj>>,
    cause: UnsafeCell<Option<Obj>>,
    suppress_context: Cell<bool>,
    weaklist: Cell<*mut ObjectHeader>,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for BaseExceptionObject {
    fn static_type() -> &'static TypeObject {
        &BASE_EXCEPTION
    }
}

macro_rules! field_access {
    ($get:ident, $set:ident, $field:ident) => {
        pub fn $get(&self) -> Option<Obj> {
            // SAFETY: a short read.
            unsafe { (*self.$field.get()).clone() }
        }
        pub fn $set(&self, v: Option<Obj>) {
            // SAFETY: a short write; the old value drops after it ends.
            let old = unsafe { std::mem::replace(&mut *self.$field.get(), v) };
            drop(old);
        }
    };
}

impl BaseExceptionObject {
    field_access!(traceback, set_traceback, traceback);
    field_access!(context, set_context, context);
    field_access!(cause, set_cause, cause);

    pub fn args(&self) -> Obj {
        // SAFETY: a short read.
        unsafe { (*self.args.get()).clone() }
    }

    pub fn set_args(&self, a: Obj) {
        // SAFETY: a short write.
        let old = unsafe { std::mem::replace(&mut *self.args.get(), a) };
        drop(old);
    }

    pub fn suppress_context(&self) -> bool {
        self.suppress_context.get()
    }

    pub fn set_suppress_context(&self, v: bool) {
        self.suppress_context.set(v)
    }
}

/// The exception payload of an object known to be an exception.
pub fn as_exception(o: &Obj) -> Option<&BaseExceptionObject> {
    o.downcast::<BaseExceptionObject>()
}

unsafe fn exc_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: untrack, drop all fields, free.
    unsafe {
        gc::untrack(obj);
        super::weakref::clear_weakrefs_raw(obj);
        let e = obj as *mut BaseExceptionObject;
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*e).dict));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*e).args));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*e).traceback));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*e).context));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*e).cause));
        free_object(obj, 0);
    }
}

fn exc_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    let e = as_exception(o).expect("exception");
    // SAFETY: the collector runs no Python code while traversing.
    unsafe {
        visit(&*e.args.get());
        for f in [&e.dict, &e.traceback, &e.context, &e.cause] {
            if let Some(v) = &*f.get() {
                visit(v);
            }
        }
    }
}

fn exc_clear(o: &Obj) {
    let e = as_exception(o).expect("exception");
    // SAFETY: short writes; old values drop after.
    let old = unsafe {
        (
            (*e.dict.get()).take(),
            (*e.traceback.get()).take(),
            (*e.context.get()).take(),
            (*e.cause.get()).take(),
            std::mem::replace(&mut *e.args.get(), tuple::empty_tuple()),
        )
    };
    drop(old);
}

fn alloc_exception(ty: &TypeObject, a: Obj) -> PyResult<*mut ObjectHeader> {
    let ptr = alloc_object(ty, 0)?;
    // SAFETY: fresh block with the exception layout.
    unsafe {
        let e = ptr as *mut BaseExceptionObject;
        std::ptr::addr_of_mut!((*e).dict).write(UnsafeCell::new(None));
        std::ptr::addr_of_mut!((*e).args).write(UnsafeCell::new(a));
        std::ptr::addr_of_mut!((*e).traceback).write(UnsafeCell::new(None));
        std::ptr::addr_of_mut!((*e).context).write(UnsafeCell::new(None));
        std::ptr::addr_of_mut!((*e).cause).write(UnsafeCell::new(None));
        std::ptr::addr_of_mut!((*e).suppress_context).write(Cell::new(false));
        std::ptr::addr_of_mut!((*e).weaklist).write(Cell::new(std::ptr::null_mut()));
    }
    Ok(ptr)
}

/// A new exception instance of built-in type `ty` with the given args (no `__init__` call).
pub fn new_exception(ty: &TypeObject, a: Vec<Obj>) -> PyResult<Obj> {
    let t = tuple::new_tuple(a)?;
    let ptr = alloc_exception(ty, t)?;
    // SAFETY: fully initialised GC object with one reference.
    unsafe {
        gc::track(ptr);
        Ok(Obj::from_raw(ptr))
    }
}

fn exc_new(_: &mut Vm, cls: &Obj, a: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    let pos = args::positional(a, kwnames).to_vec();
    let t = tuple::new_tuple(pos)?;
    super::class::new_subtype_instance_with(cls, |ty| {
        let p = alloc_exception(ty, t.clone())?;
        // SAFETY: built-in exception types track here; heap subtypes are tracked by the caller
        // (tracking twice is harmless).
        unsafe { gc::track(p) };
        Ok(p)
    })
}

fn exc_init(vm: &mut Vm, o: &Obj, a: &[Obj], kwnames: Option<&Obj>) -> PyResult<()> {
    let e = as_exception(o).expect("exception");
    let ty = o.ty();
    let kw: Vec<(String, Obj)> =
        args::keywords(a, kwnames).map(|(k, v)| (k.to_string(), v.clone())).collect();
    if !kw.is_empty() {
        // NameError/AttributeError/ImportError accept `name=`, `obj=`, `path=` keywords.
        let allowed: &[&str] = if ty.is_subtype(&NAME_ERROR) {
            &["name"]
        } else if ty.is_subtype(&ATTRIBUTE_ERROR) {
            &["name", "obj"]
        } else if ty.is_subtype(&IMPORT_ERROR) {
            &["name", "path", "name_from"]
        } else {
            &[]
        };
        let d = super::base::instance_dict(o).expect("exceptions have a dict");
        for (k, v) in &kw {
            if !allowed.contains(&k.as_str()) && !ty.is_heap_type() {
                return Err(PyErr::type_error(format!("{}() takes no keyword arguments", ty.name())));
            }
            if allowed.contains(&k.as_str()) {
                dict::as_dict(&d).expect("dict").set_item(vm, pystr::new_str(k), v.clone())?;
            }
        }
    }
    e.set_args(tuple::new_tuple(args::positional(a, kwnames).to_vec())?);
    if ty.is_subtype(&SYNTAX_ERROR) {
        syntax_error_init(vm, o)?;
    }
    Ok(())
}

/// `SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset))`.
fn syntax_error_init(vm: &mut Vm, o: &Obj) -> PyResult<()> {
    let e = as_exception(o).expect("exception");
    let a = e.args();
    let items = tuple::tuple_items(&a);
    let d = super::base::instance_dict(o).expect("dict");
    let dd = dict::as_dict(&d).expect("dict");
    if let Some(m) = items.first() {
        dd.set_item(vm, pystr::intern("msg"), m.clone())?;
    }
    if items.len() == 2 {
        let info = protocol::collect(vm, &items[1])?;
        for (k, v) in ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"].iter().zip(info) {
            dd.set_item(vm, pystr::intern(k), v)?;
        }
    }
    Ok(())
}

fn exc_str(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let e = as_exception(o).expect("exception");
    let a = e.args();
    let items = tuple::tuple_items(&a);
    let ty = o.ty();
    if ty.is_subtype(&KEY_ERROR) && items.len() == 1 {
        return protocol::repr(vm, &items[0]);
    }
    if ty.is_subtype(&SYNTAX_ERROR) {
        return syntax_error_str(vm, o);
    }
    if ty.is_subtype(&OS_ERROR) && items.len() >= 2 {
        let (n, s) = (protocol::str(vm, &items[0])?, protocol::str(vm, &items[1])?);
        let mut text = format!("[Errno {}] {}", pystr::as_str(&n), pystr::as_str(&s));
        if let Some(f) = items.get(2) {
            let fr = protocol::repr(vm, f)?;
            text.push_str(&format!(": {}", pystr::as_str(&fr)));
        }
        return pystr::try_new_str(&text);
    }
    match items.len() {
        0 => Ok(pystr::empty()),
        1 => protocol::str(vm, &items[0]),
        _ => protocol::str(vm, &a),
    }
}

fn syntax_error_str(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let get = |vm: &mut Vm, n: &str| protocol::get_attr_opt(vm, o, n);
    let msg = get(vm, "msg")?.unwrap_or_else(singletons::none);
    let msg = protocol::str(vm, &msg)?;
    let filename = get(vm, "filename")?.filter(|f| pystr::as_str_obj(f).is_some());
    let lineno = get(vm, "lineno")?.and_then(|l| int::as_i64(&l));
    let base = pystr::as_str(&msg).to_string();
    let s = match (filename, lineno) {
        (Some(f), Some(l)) => {
            let f = pystr::as_str(&f);
            let f = f.rsplit('/').next().unwrap_or(f);
            format!("{base} ({f}, line {l})")
        }
        (Some(f), None) => format!("{base} ({})", pystr::as_str(&f)),
        (None, Some(l)) => format!("{base} (line {l})"),
        (None, None) => base,
    };
    pystr::try_new_str(&s)
}

fn exc_repr(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let e = as_exception(o).expect("exception");
    let a = e.args();
    let items = tuple::tuple_items(&a);
    let name = o.ty().name().to_string();
    let inner = if items.len() == 1 {
        pystr::as_str(&protocol::repr(vm, &items[0])?).to_string()
    } else if items.is_empty() {
        String::new()
    } else {
        let r = protocol::repr(vm, &a)?;
        let r = pystr::as_str(&r);
        r[1..r.len() - 1].to_string()
    };
    pystr::try_new_str(&format!("{name}({inner})"))
}

fn g_args(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(as_exception(o).expect("exception").args())
}
fn s_args(vm: &mut Vm, o: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let v = v.ok_or_else(|| PyErr::type_error("args may not be deleted"))?;
    let t = tuple::new_tuple(protocol::collect(vm, v)?)?;
    as_exception(o).expect("exception").set_args(t);
    Ok(())
}
fn g_traceback(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(as_exception(o).expect("exception").traceback().unwrap_or_else(singletons::none))
}
fn s_traceback(_: &mut Vm, o: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let v = v.filter(|x| !singletons::is_none(x)).cloned();
    if let Some(tb) = &v {
        if tb.downcast::<crate::vm::traceback::TracebackObject>().is_none() {
            return Err(PyErr::type_error("__traceback__ must be a traceback or None"));
        }
    }
    as_exception(o).expect("exception").set_traceback(v);
    Ok(())
}
fn g_context(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(as_exception(o).expect("exception").context().unwrap_or_else(singletons::none))
}
fn s_context(_: &mut Vm, o: &Obj, v: Option<&Obj>) -> PyResult<()> {
    as_exception(o).expect("exception").set_context(v.filter(|x| !singletons::is_none(x)).cloned());
    Ok(())
}
fn g_cause(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(as_exception(o).expect("exception").cause().unwrap_or_else(singletons::none))
}
fn s_cause(_: &mut Vm, o: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let e = as_exception(o).expect("exception");
    let v = v.filter(|x| !singletons::is_none(x)).cloned();
    if let Some(c) = &v {
        if as_exception(c).is_none() {
            return Err(PyErr::type_error("exception cause must be None or derive from BaseException"));
        }
    }
    e.set_cause(v);
    e.set_suppress_context(true);
    Ok(())
}
fn g_suppress(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(super::boolobj::new_bool(as_exception(o).expect("exception").suppress_context()))
}
fn s_suppress(vm: &mut Vm, o: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let b = match v {
        Some(v) => protocol::is_true(vm, v)?,
        None => false,
    };
    as_exception(o).expect("exception").set_suppress_context(b);
    Ok(())
}

/// Reads `args[i]` (for `StopIteration.value`, `SystemExit.code`, `OSError.errno`...), unless
/// the instance dict overrides it.
fn arg_or_none(o: &Obj, name: &str, i: usize, single_only: bool) -> Obj {
    if let Some(d) = super::base::existing_instance_dict(o) {
        if let Some(v) = dict::as_dict(d).expect("dict").get_by_str(name) {
            return v;
        }
    }
    let a = as_exception(o).expect("exception").args();
    let items = tuple::tuple_items(&a);
    if single_only && items.len() > 1 && i == 0 {
        return a.clone();
    }
    items.get(i).cloned().unwrap_or_else(singletons::none)
}

fn set_in_dict(vm: &mut Vm, o: &Obj, name: &str, v: Option<&Obj>) -> PyResult<()> {
    let d = super::base::instance_dict(o).expect("dict");
    let dd = dict::as_dict(&d).expect("dict");
    match v {
        Some(v) => dd.set_item(vm, pystr::intern(name), v.clone()),
        None => dd.del_item(vm, &pystr::intern(name)).map(drop),
    }
}

fn g_value(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(arg_or_none(o, "value", 0, false))
}
fn s_value(vm: &mut Vm, o: &Obj, v: Option<&Obj>) -> PyResult<()> {
    set_in_dict(vm, o, "value", v)
}
fn g_code(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(arg_or_none(o, "code", 0, true))
}
fn s_code(vm: &mut Vm, o: &Obj, v: Option<&Obj>) -> PyResult<()> {
    set_in_dict(vm, o, "code", v)
}
fn g_errno(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let a = as_exception(o).expect("exception").args();
    if tuple::tuple_items(&a).len() < 2 {
        return Ok(singletons::none());
    }
    Ok(arg_or_none(o, "errno", 0, false))
}
fn g_strerror(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(arg_or_none(o, "strerror", 1, false))
}
fn g_filename(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(arg_or_none(o, "filename", 2, false))
}

fn m_with_traceback(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("with_traceback", a, kw, 1, 1)?;
    let tb = if singletons::is_none(&a[0]) { None } else { Some(a[0].clone()) };
    as_exception(o).expect("exception").set_traceback(tb);
    Ok(o.clone())
}

fn m_add_note(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("add_note", a, kw, 1, 1)?;
    if pystr::as_str_obj(&a[0]).is_none() {
        return Err(PyErr::type_error(format!("note must be a str, not '{}'", a[0].ty().name())));
    }
    let notes = match protocol::get_attr_opt(vm, o, "__notes__")? {
        Some(n) => n,
        None => {
            let l = super::list::new_list(Vec::new())?;
            protocol::set_attr(vm, o, "__notes__", &l)?;
            l
        }
    };
    protocol::call_method(vm, &notes, "append", std::slice::from_ref(&a[0]))?;
    Ok(singletons::none())
}

fn m_reduce(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    let e = as_exception(o).expect("exception");
    tuple::new_tuple(vec![o.type_obj(), e.args()])
}

static EXC_METHODS: &[MethodDef] = &[
    MethodDef { name: "with_traceback", func: m_with_traceback, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "add_note", func: m_add_note, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "__reduce__", func: m_reduce, kind: MethodKind::Instance, doc: "" },
];

static EXC_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "args", get: g_args, set: Some(s_args), doc: "" },
    GetSetDef { name: "__traceback__", get: g_traceback, set: Some(s_traceback), doc: "" },
    GetSetDef { name: "__context__", get: g_context, set: Some(s_context), doc: "" },
    GetSetDef { name: "__cause__", get: g_cause, set: Some(s_cause), doc: "" },
    GetSetDef { name: "__suppress_context__", get: g_suppress, set: Some(s_suppress), doc: "" },
];
static STOP_ITERATION_GETSETS: &[GetSetDef] =
    &[GetSetDef { name: "value", get: g_value, set: Some(s_value), doc: "" }];
static SYSTEM_EXIT_GETSETS: &[GetSetDef] =
    &[GetSetDef { name: "code", get: g_code, set: Some(s_code), doc: "" }];
static OS_ERROR_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "errno", get: g_errno, set: None, doc: "" },
    GetSetDef { name: "strerror", get: g_strerror, set: None, doc: "" },
    GetSetDef { name: "filename", get: g_filename, set: None, doc: "" },
];

const NO_METHODS: &[MethodDef] = &[];
const NO_GETSETS: &[GetSetDef] = &[];

macro_rules! exception_types {
    ($( $static:ident = $name:literal : $base:expr, $getsets:expr, $doc:literal; )*) => {
        $(
            pub static $static: TypeObject = TypeObject::builtin(
                $name,
                std::mem::size_of::<BaseExceptionObject>(),
                flags::BASETYPE | flags::HAVE_GC | flags::BASE_EXC_SUBCLASS,
                Some($base),
                slots!(exc_dealloc, traverse: exc_traverse, clear: exc_clear, new: exc_new, init: exc_init),
                NO_METHODS,
                $getsets,
                Some($doc),
            )
            .with_dictoffset(std::mem::offset_of!(BaseExceptionObject, dict))
            .with_weaklistoffset(std::mem::offset_of!(BaseExceptionObject, weaklist));
        )*

        /// Every built-in exception type, bases before subclasses.
        pub fn all_exception_types() -> &'static [&'static TypeObject] {
            static ALL: &[&TypeObject] = &[&BASE_EXCEPTION, $(&$static),*];
            ALL
        }
    };
}

pub static BASE_EXCEPTION: TypeObject = TypeObject::builtin(
    "BaseException",
    std::mem::size_of::<BaseExceptionObject>(),
    flags::BASETYPE | flags::HAVE_GC | flags::BASE_EXC_SUBCLASS,
    Some(&super::base::OBJECT_TYPE),
    slots!(exc_dealloc, traverse: exc_traverse, clear: exc_clear, new: exc_new, init: exc_init,
        str: exc_str, repr: exc_repr),
    EXC_METHODS,
    EXC_GETSETS,
    Some("Common base class for all exceptions"),
)
.with_dictoffset(std::mem::offset_of!(BaseExceptionObject, dict))
.with_weaklistoffset(std::mem::offset_of!(BaseExceptionObject, weaklist));

exception_types! {
    BASE_EXCEPTION_GROUP = "BaseExceptionGroup": &BASE_EXCEPTION, NO_GETSETS, "A combination of multiple unrelated exceptions.";
    GENERATOR_EXIT = "GeneratorExit": &BASE_EXCEPTION, NO_GETSETS, "Request that a generator exit.";
    KEYBOARD_INTERRUPT = "KeyboardInterrupt": &BASE_EXCEPTION, NO_GETSETS, "Program interrupted by user.";
    SYSTEM_EXIT = "SystemExit": &BASE_EXCEPTION, SYSTEM_EXIT_GETSETS, "Request to exit from the interpreter.";
    EXCEPTION = "Exception": &BASE_EXCEPTION, NO_GETSETS, "Common base class for all non-exit exceptions.";
    ARITHMETIC_ERROR = "ArithmeticError": &EXCEPTION, NO_GETSETS, "Base class for arithmetic errors.";
    FLOATING_POINT_ERROR = "FloatingPointError": &ARITHMETIC_ERROR, NO_GETSETS, "Floating-point operation failed.";
    OVERFLOW_ERROR = "OverflowError": &ARITHMETIC_ERROR, NO_GETSETS, "Result too large to be represented.";
    ZERO_DIVISION_ERROR = "ZeroDivisionError": &ARITHMETIC_ERROR, NO_GETSETS, "Second argument to a division or modulo operation was zero.";
    ASSERTION_ERROR = "AssertionError": &EXCEPTION, NO_GETSETS, "Assertion failed.";
    ATTRIBUTE_ERROR = "AttributeError": &EXCEPTION, NO_GETSETS, "Attribute not found.";
    BUFFER_ERROR = "BufferError": &EXCEPTION, NO_GETSETS, "Buffer error.";
    EOF_ERROR = "EOFError": &EXCEPTION, NO_GETSETS, "Read beyond end of file.";
    EXCEPTION_GROUP = "ExceptionGroup": &BASE_EXCEPTION_GROUP, NO_GETSETS, "A combination of multiple unrelated exceptions.";
    IMPORT_ERROR = "ImportError": &EXCEPTION, NO_GETSETS, "Import can't find module, or can't find name in module.";
    MODULE_NOT_FOUND_ERROR = "ModuleNotFoundError": &IMPORT_ERROR, NO_GETSETS, "Module not found.";
    LOOKUP_ERROR = "LookupError": &EXCEPTION, NO_GETSETS, "Base class for lookup errors.";
    INDEX_ERROR = "IndexError": &LOOKUP_ERROR, NO_GETSETS, "Sequence index out of range.";
    KEY_ERROR = "KeyError": &LOOKUP_ERROR, NO_GETSETS, "Mapping key not found.";
    MEMORY_ERROR = "MemoryError": &EXCEPTION, NO_GETSETS, "Out of memory.";
    NAME_ERROR = "NameError": &EXCEPTION, NO_GETSETS, "Name not found globally.";
    UNBOUND_LOCAL_ERROR = "UnboundLocalError": &NAME_ERROR, NO_GETSETS, "Local name referenced but not bound to a value.";
    OS_ERROR = "OSError": &EXCEPTION, OS_ERROR_GETSETS, "Base class for I/O related errors.";
    BLOCKING_IO_ERROR = "BlockingIOError": &OS_ERROR, NO_GETSETS, "I/O operation would block.";
    CHILD_PROCESS_ERROR = "ChildProcessError": &OS_ERROR, NO_GETSETS, "Child process error.";
    CONNECTION_ERROR = "ConnectionError": &OS_ERROR, NO_GETSETS, "Connection error.";
    BROKEN_PIPE_ERROR = "BrokenPipeError": &CONNECTION_ERROR, NO_GETSETS, "Broken pipe.";
    CONNECTION_ABORTED_ERROR = "ConnectionAbortedError": &CONNECTION_ERROR, NO_GETSETS, "Connection aborted.";
    CONNECTION_REFUSED_ERROR = "ConnectionRefusedError": &CONNECTION_ERROR, NO_GETSETS, "Connection refused.";
    CONNECTION_RESET_ERROR = "ConnectionResetError": &CONNECTION_ERROR, NO_GETSETS, "Connection reset.";
    FILE_EXISTS_ERROR = "FileExistsError": &OS_ERROR, NO_GETSETS, "File already exists.";
    FILE_NOT_FOUND_ERROR = "FileNotFoundError": &OS_ERROR, NO_GETSETS, "File not found.";
    INTERRUPTED_ERROR = "InterruptedError": &OS_ERROR, NO_GETSETS, "Interrupted by signal.";
    IS_A_DIRECTORY_ERROR = "IsADirectoryError": &OS_ERROR, NO_GETSETS, "Operation doesn't work on directories.";
    NOT_A_DIRECTORY_ERROR = "NotADirectoryError": &OS_ERROR, NO_GETSETS, "Operation only works on directories.";
    PERMISSION_ERROR = "PermissionError": &OS_ERROR, NO_GETSETS, "Not enough permissions.";
    PROCESS_LOOKUP_ERROR = "ProcessLookupError": &OS_ERROR, NO_GETSETS, "Process not found.";
    TIMEOUT_ERROR = "TimeoutError": &OS_ERROR, NO_GETSETS, "Timeout expired.";
    REFERENCE_ERROR = "ReferenceError": &EXCEPTION, NO_GETSETS, "Weak ref proxy used after referent went away.";
    RUNTIME_ERROR = "RuntimeError": &EXCEPTION, NO_GETSETS, "Unspecified run-time error.";
    NOT_IMPLEMENTED_ERROR = "NotImplementedError": &RUNTIME_ERROR, NO_GETSETS, "Method or function hasn't been implemented yet.";
    PYTHON_FINALIZATION_ERROR = "PythonFinalizationError": &RUNTIME_ERROR, NO_GETSETS, "Operation blocked during Python finalization.";
    RECURSION_ERROR = "RecursionError": &RUNTIME_ERROR, NO_GETSETS, "Recursion limit exceeded.";
    STOP_ASYNC_ITERATION = "StopAsyncIteration": &EXCEPTION, NO_GETSETS, "Signal the end from iterator.__anext__().";
    STOP_ITERATION = "StopIteration": &EXCEPTION, STOP_ITERATION_GETSETS, "Signal the end from iterator.__next__().";
    SYNTAX_ERROR = "SyntaxError": &EXCEPTION, NO_GETSETS, "Invalid syntax.";
    INDENTATION_ERROR = "IndentationError": &SYNTAX_ERROR, NO_GETSETS, "Improper indentation.";
    TAB_ERROR = "TabError": &INDENTATION_ERROR, NO_GETSETS, "Improper mixture of spaces and tabs.";
    SYSTEM_ERROR = "SystemError": &EXCEPTION, NO_GETSETS, "Internal error in the Python interpreter.";
    TYPE_ERROR = "TypeError": &EXCEPTION, NO_GETSETS, "Inappropriate argument type.";
    VALUE_ERROR = "ValueError": &EXCEPTION, NO_GETSETS, "Inappropriate argument value (of correct type).";
    UNICODE_ERROR = "UnicodeError": &VALUE_ERROR, NO_GETSETS, "Unicode related error.";
    UNICODE_DECODE_ERROR = "UnicodeDecodeError": &UNICODE_ERROR, NO_GETSETS, "Unicode decoding error.";
    UNICODE_ENCODE_ERROR = "UnicodeEncodeError": &UNICODE_ERROR, NO_GETSETS, "Unicode encoding error.";
    UNICODE_TRANSLATE_ERROR = "UnicodeTranslateError": &UNICODE_ERROR, NO_GETSETS, "Unicode translation error.";
    WARNING = "Warning": &EXCEPTION, NO_GETSETS, "Base class for warning categories.";
    BYTES_WARNING = "BytesWarning": &WARNING, NO_GETSETS, "Base class for warnings about bytes and buffer related problems.";
    DEPRECATION_WARNING = "DeprecationWarning": &WARNING, NO_GETSETS, "Base class for warnings about deprecated features.";
    ENCODING_WARNING = "EncodingWarning": &WARNING, NO_GETSETS, "Base class for warnings about encodings.";
    FUTURE_WARNING = "FutureWarning": &WARNING, NO_GETSETS, "Base class for warnings about constructs that will change semantically in the future.";
    IMPORT_WARNING = "ImportWarning": &WARNING, NO_GETSETS, "Base class for warnings about probable mistakes in module imports";
    PENDING_DEPRECATION_WARNING = "PendingDeprecationWarning": &WARNING, NO_GETSETS, "Base class for warnings about features which will be deprecated in the future.";
    RESOURCE_WARNING = "ResourceWarning": &WARNING, NO_GETSETS, "Base class for warnings about resource usage.";
    RUNTIME_WARNING = "RuntimeWarning": &WARNING, NO_GETSETS, "Base class for warnings about dubious runtime behavior.";
    SYNTAX_WARNING = "SyntaxWarning": &WARNING, NO_GETSETS, "Base class for warnings about dubious syntax.";
    UNICODE_WARNING = "UnicodeWarning": &WARNING, NO_GETSETS, "Base class for warnings about Unicode related problems.";
    USER_WARNING = "UserWarning": &WARNING, NO_GETSETS, "Base class for warnings generated by user code.";
}

/// Class attributes defaulting to None on some exception types (set by keyword or by the
/// runtime in the instance dict).
pub fn install_defaults() {
    let none = singletons::none;
    for (ty, names) in [
        (&NAME_ERROR, &["name"][..]),
        (&ATTRIBUTE_ERROR, &["name", "obj"][..]),
        (&IMPORT_ERROR, &["name", "path", "msg"][..]),
        (
            &SYNTAX_ERROR,
            &[
                "msg",
                "filename",
                "lineno",
                "offset",
                "text",
                "end_lineno",
                "end_offset",
                "print_file_and_line",
            ][..],
        ),
    ] {
        let d = ty.dict();
        for n in names {
            dict::as_dict(d).expect("dict").set_by_str(n, none());
        }
    }
}

// ---------------------------------------------------------------------------------------------
// PyErr

/// A raised exception travelling up through `Result`s.
pub struct PyErr {
    exc: Obj,
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let a = as_exception(&self.exc).map(|e| e.args());
        let msg =
            a.as_ref().and_then(|a| tuple::tuple_items(a).first().map(|m| pystr::as_str(m).to_string()));
        write!(f, "{}({:?})", self.exc.ty().name(), msg.unwrap_or_default())
    }
}

impl PyErr {
    /// Wraps an exception instance.
    pub fn from_obj(exc: Obj) -> PyErr {
        PyErr { exc }
    }

    /// An exception of built-in type `ty` with one message argument.
    pub fn new(ty: &'static TypeObject, msg: impl Into<String>) -> PyErr {
        let m = pystr::new_str(&msg.into());
        PyErr::with_args(ty, vec![m])
    }

    /// An exception of built-in type `ty` with the given args.
    pub fn with_args(ty: &'static TypeObject, a: Vec<Obj>) -> PyErr {
        match new_exception(ty, a) {
            Ok(exc) => PyErr { exc },
            Err(e) => e,
        }
    }

    pub fn obj(&self) -> &Obj {
        &self.exc
    }

    pub fn into_obj(self) -> Obj {
        self.exc
    }

    pub fn is_instance(&self, ty: &TypeObject) -> bool {
        self.exc.ty().is_subtype(ty)
    }

    pub fn type_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&TYPE_ERROR, msg)
    }
    pub fn value_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&VALUE_ERROR, msg)
    }
    pub fn index_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&INDEX_ERROR, msg)
    }
    pub fn key_error(key: Obj) -> PyErr {
        PyErr::with_args(&KEY_ERROR, vec![key])
    }
    /// A KeyError whose argument is a message string.
    pub fn key_error_msg(msg: &str) -> PyErr {
        PyErr::with_args(&KEY_ERROR, vec![pystr::new_str(msg)])
    }
    pub fn attribute_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&ATTRIBUTE_ERROR, msg)
    }
    /// `'Foo' object has no attribute 'bar'`, with `name`/`obj` set as CPython does.
    pub fn attribute_error_for(o: &Obj, name: &str) -> PyErr {
        let msg = format!("'{}' object has no attribute '{name}'", o.ty().name());
        PyErr::attribute_error_on(o, name, msg)
    }
    /// An AttributeError with its own message and `name`/`obj` set (for tracebacks' hints).
    pub fn attribute_error_on(o: &Obj, name: &str, msg: String) -> PyErr {
        let e = PyErr::attribute_error(msg);
        if let Some(d) = super::base::instance_dict(&e.exc) {
            let dd = dict::as_dict(&d).expect("dict");
            dd.set_by_str("name", pystr::new_str(name));
            dd.set_by_str("obj", o.clone());
        }
        e
    }
    pub fn name_error(name: &str) -> PyErr {
        let e = PyErr::new(&NAME_ERROR, format!("name '{name}' is not defined"));
        if let Some(d) = super::base::instance_dict(&e.exc) {
            dict::as_dict(&d).expect("dict").set_by_str("name", pystr::new_str(name));
        }
        e
    }
    /// A NameError with a custom message (e.g. free variables) and `name` set.
    pub fn name_error_msg(name: &str, msg: String) -> PyErr {
        let e = PyErr::new(&NAME_ERROR, msg);
        if let Some(d) = super::base::instance_dict(&e.exc) {
            dict::as_dict(&d).expect("dict").set_by_str("name", pystr::new_str(name));
        }
        e
    }
    pub fn zero_division_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&ZERO_DIVISION_ERROR, msg)
    }
    pub fn overflow_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&OVERFLOW_ERROR, msg)
    }
    pub fn memory_error() -> PyErr {
        PyErr::with_args(&MEMORY_ERROR, Vec::new())
    }
    /// `StopIteration` carrying a return value.
    pub fn stop_iteration(value: Option<Obj>) -> PyErr {
        PyErr::with_args(&STOP_ITERATION, value.into_iter().collect())
    }
    pub fn runtime_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&RUNTIME_ERROR, msg)
    }
    pub fn recursion_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&RECURSION_ERROR, msg)
    }
    pub fn system_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&SYSTEM_ERROR, msg)
    }
    pub fn not_implemented_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&NOT_IMPLEMENTED_ERROR, msg)
    }
    pub fn import_error(msg: impl Into<String>, name: &str) -> PyErr {
        let e = PyErr::new(&IMPORT_ERROR, msg);
        if let Some(d) = super::base::instance_dict(&e.exc) {
            dict::as_dict(&d).expect("dict").set_by_str("name", pystr::new_str(name));
        }
        e
    }
    pub fn module_not_found(name: &str) -> PyErr {
        let e = PyErr::new(&MODULE_NOT_FOUND_ERROR, format!("No module named '{name}'"));
        if let Some(d) = super::base::instance_dict(&e.exc) {
            dict::as_dict(&d).expect("dict").set_by_str("name", pystr::new_str(name));
        }
        e
    }
    /// A ModuleNotFoundError with a custom message.
    pub fn module_not_found_msg(name: &str, msg: String) -> PyErr {
        let e = PyErr::new(&MODULE_NOT_FOUND_ERROR, msg);
        if let Some(d) = super::base::instance_dict(&e.exc) {
            dict::as_dict(&d).expect("dict").set_by_str("name", pystr::new_str(name));
        }
        e
    }
    pub fn os_error(ty: &'static TypeObject, errno: i32, msg: &str, filename: Option<&str>) -> PyErr {
        let mut a = vec![int::new_int(errno as i64), pystr::new_str(msg)];
        if let Some(f) = filename {
            a.push(pystr::new_str(f));
        }
        PyErr::with_args(ty, a)
    }
}

/// Maps an I/O error to the matching `OSError` subclass.
pub fn from_io_error(e: &std::io::Error, filename: Option<&str>) -> PyErr {
    use std::io::ErrorKind::*;
    let ty: &'static TypeObject = match e.kind() {
        NotFound => &FILE_NOT_FOUND_ERROR,
        PermissionDenied => &PERMISSION_ERROR,
        AlreadyExists => &FILE_EXISTS_ERROR,
        IsADirectory => &IS_A_DIRECTORY_ERROR,
        NotADirectory => &NOT_A_DIRECTORY_ERROR,
        _ => &OS_ERROR,
    };
    let errno = e.raw_os_error().unwrap_or(0);
    let msg = e.to_string();
    let msg = msg.split(" (os error").next().unwrap_or(&msg).to_string();
    PyErr::os_error(ty, errno, &msg, filename)
}

/// Checks that `o` may be raised: an exception instance, or a class that is instantiated.
pub fn make_raisable(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    if as_exception(o).is_some() {
        return Ok(o.clone());
    }
    if let Some(t) = super::typeobj::as_type(o) {
        if t.is_subtype(&BASE_EXCEPTION) {
            let inst = protocol::call(vm, o, &[], None)?;
            if as_exception(&inst).is_none() {
                return Err(PyErr::type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    t.name(),
                    inst.ty().name()
                )));
            }
            return Ok(inst);
        }
    }
    Err(PyErr::type_error("exceptions must derive from BaseException"))
}
