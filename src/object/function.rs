//! Python functions (code + globals + defaults + closure), the cells closures share, and bound
//! methods.

use super::header::{Obj, ObjectHeader, PyPayload};
use super::typeobj::{flags, GetSetDef, TypeObject};
use super::{boolobj, code, dict, protocol, singletons, str as pystr, tuple, CompareOp, PyErr, PyResult};
use crate::memory::alloc::{alloc_object, free_object};
use crate::memory::gc;
use crate::slots;
use crate::vm::Vm;
use std::cell::UnsafeCell;

#[repr(C)]
pub struct FunctionObject {
    head: ObjectHeader,
    pub code: UnsafeCell<Obj>,
    pub globals: Obj,
    pub builtins: Obj,
    pub name: UnsafeCell<Obj>,
    pub qualname: UnsafeCell<Obj>,
    pub module: UnsafeCell<Obj>,
    pub doc: UnsafeCell<Obj>,
    /// `__defaults__` (a tuple) or None.
    pub defaults: UnsafeCell<Option<Obj>>,
    /// `__kwdefaults__` (a dict) or None.
    pub kwdefaults: UnsafeCell<Option<Obj>>,
    /// `__closure__`: a tuple of cells, one per free variable.
    pub closure: UnsafeCell<Option<Obj>>,
    pub annotations: UnsafeCell<Option<Obj>>,
    dict: UnsafeCell<Option<Obj>>,
    weaklist: std::cell::Cell<*mut ObjectHeader>,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for FunctionObject {
    fn static_type() -> &'static TypeObject {
        &FUNCTION_TYPE
    }
}

macro_rules! getter {
    ($field:ident) => {
        /// A new reference to the field.
        pub fn $field(&self) -> Obj {
            // SAFETY: a short read.
            unsafe { (*self.$field.get()).clone() }
        }
    };
}

macro_rules! opt_getter {
    ($field:ident) => {
        /// A new reference to the field, if set.
        pub fn $field(&self) -> Option<Obj> {
            // SAFETY: a short read.
            unsafe { (*self.$field.get()).clone() }
        }
    };
}

impl FunctionObject {
    getter!(code);
    getter!(name);
    getter!(qualname);
    opt_getter!(defaults);
    opt_getter!(kwdefaults);
    opt_getter!(closure);

    /// The code object, borrowed for the function's lifetime (replaced only through
    /// `__code__` assignment, which callers never do while running it).
    #[inline]
    pub fn code_ref(&self) -> &code::CodeObject {
        // SAFETY: the function holds its code alive; the reference isn't kept across a
        // `__code__` assignment.
        unsafe { (*self.code.get()).downcast::<code::CodeObject>().expect("code object") }
    }

    #[inline]
    pub fn defaults_ref(&self) -> Option<&Obj> {
        // SAFETY: short-lived borrow while calling.
        unsafe { (*self.defaults.get()).as_ref() }
    }

    #[inline]
    pub fn kwdefaults_ref(&self) -> Option<&Obj> {
        // SAFETY: as `defaults_ref`.
        unsafe { (*self.kwdefaults.get()).as_ref() }
    }

    #[inline]
    pub fn closure_ref(&self) -> Option<&Obj> {
        // SAFETY: as `defaults_ref`.
        unsafe { (*self.closure.get()).as_ref() }
    }

    fn set<F: FnOnce(&Self) -> &UnsafeCell<Option<Obj>>>(&self, f: F, v: Option<Obj>) {
        // SAFETY: a short write; the old value drops after it ends.
        let old = unsafe { std::mem::replace(&mut *f(self).get(), v) };
        drop(old);
    }

    pub fn set_defaults(&self, v: Option<Obj>) {
        self.set(|s| &s.defaults, v)
    }
    pub fn set_kwdefaults(&self, v: Option<Obj>) {
        self.set(|s| &s.kwdefaults, v)
    }
    pub fn set_closure(&self, v: Option<Obj>) {
        self.set(|s| &s.closure, v)
    }
    pub fn set_annotations(&self, v: Option<Obj>) {
        self.set(|s| &s.annotations, v)
    }
}

unsafe fn function_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: untrack, clear weak references, drop every field, free.
    unsafe {
        gc::untrack(obj);
        super::weakref::clear_weakrefs_raw(obj);
        let f = obj as *mut FunctionObject;
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*f).code));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*f).globals));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*f).builtins));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*f).name));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*f).qualname));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*f).module));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*f).doc));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*f).defaults));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*f).kwdefaults));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*f).closure));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*f).annotations));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*f).dict));
        free_object(obj, 0);
    }
}

fn function_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    let f = as_function(o);
    // SAFETY: the collector runs no Python code while traversing.
    unsafe {
        visit(&*f.code.get());
        visit(&f.globals);
        visit(&f.builtins);
        visit(&*f.name.get());
        visit(&*f.qualname.get());
        visit(&*f.module.get());
        visit(&*f.doc.get());
        for x in [&f.defaults, &f.kwdefaults, &f.closure, &f.annotations, &f.dict] {
            if let Some(v) = &*x.get() {
                visit(v);
            }
        }
    }
}

fn function_clear(o: &Obj) {
    let f = as_function(o);
    // SAFETY: short writes; old values drop after.
    let old = unsafe {
        (
            (*f.defaults.get()).take(),
            (*f.kwdefaults.get()).take(),
            (*f.closure.get()).take(),
            (*f.annotations.get()).take(),
            (*f.dict.get()).take(),
            std::mem::replace(&mut *f.doc.get(), singletons::none()),
            std::mem::replace(&mut *f.module.get(), singletons::none()),
        )
    };
    drop(old);
}

#[inline]
pub fn as_function(o: &Obj) -> &FunctionObject {
    o.downcast::<FunctionObject>().expect("function")
}

/// A new function from a code object, as `MAKE_FUNCTION` does.
pub fn new_function(code_obj: Obj, globals: Obj, builtins: Obj) -> PyResult<Obj> {
    let c = code_obj.downcast::<code::CodeObject>().expect("code object");
    let name = c.name.clone();
    let qualname = c.qualname.clone();
    let doc = c.docstring();
    let module =
        dict::as_dict(&globals).and_then(|g| g.get_by_str("__name__")).unwrap_or_else(singletons::none);
    let ptr = alloc_object(&FUNCTION_TYPE, 0)?;
    // SAFETY: fresh block with the payload's layout; every field written once.
    unsafe {
        let f = ptr as *mut FunctionObject;
        std::ptr::addr_of_mut!((*f).code).write(UnsafeCell::new(code_obj));
        std::ptr::addr_of_mut!((*f).globals).write(globals);
        std::ptr::addr_of_mut!((*f).builtins).write(builtins);
        std::ptr::addr_of_mut!((*f).name).write(UnsafeCell::new(name));
        std::ptr::addr_of_mut!((*f).qualname).write(UnsafeCell::new(qualname));
        std::ptr::addr_of_mut!((*f).module).write(UnsafeCell::new(module));
        std::ptr::addr_of_mut!((*f).doc).write(UnsafeCell::new(doc));
        std::ptr::addr_of_mut!((*f).defaults).write(UnsafeCell::new(None));
        std::ptr::addr_of_mut!((*f).kwdefaults).write(UnsafeCell::new(None));
        std::ptr::addr_of_mut!((*f).closure).write(UnsafeCell::new(None));
        std::ptr::addr_of_mut!((*f).annotations).write(UnsafeCell::new(None));
        std::ptr::addr_of_mut!((*f).dict).write(UnsafeCell::new(None));
        std::ptr::addr_of_mut!((*f).weaklist).write(std::cell::Cell::new(std::ptr::null_mut()));
        gc::track(ptr);
        Ok(Obj::from_raw(ptr))
    }
}

fn function_call(vm: &mut Vm, f: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    vm.call_python_function(f, args, kwnames)
}

fn function_get(_: &mut Vm, f: &Obj, instance: Option<&Obj>, _owner: &Obj) -> PyResult<Obj> {
    match instance {
        None => Ok(f.clone()),
        Some(i) => new_method(f.clone(), i.clone()),
    }
}

fn function_repr(_: &mut Vm, f: &Obj) -> PyResult<Obj> {
    let q = as_function(f).qualname();
    pystr::try_new_str(&format!("<function {} at {:#x}>", pystr::as_str(&q), f.addr()))
}

fn f_get_code(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(as_function(o).code())
}
fn f_set_code(_: &mut Vm, o: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let Some(v) = v.filter(|v| v.downcast::<code::CodeObject>().is_some()) else {
        return Err(PyErr::type_error("__code__ must be set to a code object"));
    };
    let f = as_function(o);
    // SAFETY: a short write.
    let old = unsafe { std::mem::replace(&mut *f.code.get(), v.clone()) };
    drop(old);
    Ok(())
}
fn f_get_globals(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(as_function(o).globals.clone())
}
fn f_get_builtins(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(as_function(o).builtins.clone())
}
fn f_get_name(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(as_function(o).name())
}
fn f_set_name(_: &mut Vm, o: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let Some(v) = v.filter(|v| pystr::as_str_obj(v).is_some()) else {
        return Err(PyErr::type_error("__name__ must be set to a string object"));
    };
    // SAFETY: a short write.
    let old = unsafe { std::mem::replace(&mut *as_function(o).name.get(), v.clone()) };
    drop(old);
    Ok(())
}
fn f_get_qualname(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(as_function(o).qualname())
}
fn f_set_qualname(_: &mut Vm, o: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let Some(v) = v.filter(|v| pystr::as_str_obj(v).is_some()) else {
        return Err(PyErr::type_error("__qualname__ must be set to a string object"));
    };
    // SAFETY: a short write.
    let old = unsafe { std::mem::replace(&mut *as_function(o).qualname.get(), v.clone()) };
    drop(old);
    Ok(())
}
fn f_get_module(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    // SAFETY: a short read.
    Ok(unsafe { (*as_function(o).module.get()).clone() })
}
fn f_set_module(_: &mut Vm, o: &Obj, v: Option<&Obj>) -> PyResult<()> {
    // SAFETY: a short write.
    let old = unsafe {
        std::mem::replace(&mut *as_function(o).module.get(), v.cloned().unwrap_or_else(singletons::none))
    };
    drop(old);
    Ok(())
}
fn f_get_doc(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    // SAFETY: a short read.
    Ok(unsafe { (*as_function(o).doc.get()).clone() })
}
fn f_set_doc(_: &mut Vm, o: &Obj, v: Option<&Obj>) -> PyResult<()> {
    // SAFETY: a short write.
    let old = unsafe {
        std::mem::replace(&mut *as_function(o).doc.get(), v.cloned().unwrap_or_else(singletons::none))
    };
    drop(old);
    Ok(())
}
fn f_get_defaults(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(as_function(o).defaults().unwrap_or_else(singletons::none))
}
fn f_set_defaults(_: &mut Vm, o: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let v = v.filter(|v| !singletons::is_none(v));
    if let Some(x) = v {
        if tuple::as_tuple(x).is_none() {
            return Err(PyErr::type_error("__defaults__ must be set to a tuple object"));
        }
    }
    as_function(o).set_defaults(v.cloned());
    Ok(())
}
fn f_get_kwdefaults(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(as_function(o).kwdefaults().unwrap_or_else(singletons::none))
}
fn f_set_kwdefaults(_: &mut Vm, o: &Obj, v: Option<&Obj>) -> PyResult<()> {
    let v = v.filter(|v| !singletons::is_none(v));
    if let Some(x) = v {
        if dict::as_dict(x).is_none() {
            return Err(PyErr::type_error("__kwdefaults__ must be set to a dict object"));
        }
    }
    as_function(o).set_kwdefaults(v.cloned());
    Ok(())
}
fn f_get_closure(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(as_function(o).closure().unwrap_or_else(singletons::none))
}
fn f_get_annotations(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let f = as_function(o);
    // SAFETY: short access.
    unsafe {
        let a = &mut *f.annotations.get();
        if a.is_none() {
            *a = Some(dict::new_dict());
        }
        Ok(a.clone().expect("set above"))
    }
}
fn f_set_annotations(_: &mut Vm, o: &Obj, v: Option<&Obj>) -> PyResult<()> {
    as_function(o).set_annotations(v.cloned());
    Ok(())
}
fn f_get_dict(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(super::base::instance_dict(o).expect("functions have a dict"))
}

static FUNCTION_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__code__", get: f_get_code, set: Some(f_set_code), doc: "" },
    GetSetDef { name: "__globals__", get: f_get_globals, set: None, doc: "" },
    GetSetDef { name: "__builtins__", get: f_get_builtins, set: None, doc: "" },
    GetSetDef { name: "__name__", get: f_get_name, set: Some(f_set_name), doc: "" },
    GetSetDef { name: "__qualname__", get: f_get_qualname, set: Some(f_set_qualname), doc: "" },
    GetSetDef { name: "__module__", get: f_get_module, set: Some(f_set_module), doc: "" },
    GetSetDef { name: "__doc__", get: f_get_doc, set: Some(f_set_doc), doc: "" },
    GetSetDef { name: "__defaults__", get: f_get_defaults, set: Some(f_set_defaults), doc: "" },
    GetSetDef { name: "__kwdefaults__", get: f_get_kwdefaults, set: Some(f_set_kwdefaults), doc: "" },
    GetSetDef { name: "__closure__", get: f_get_closure, set: None, doc: "" },
    GetSetDef { name: "__annotations__", get: f_get_annotations, set: Some(f_set_annotations), doc: "" },
    GetSetDef { name: "__dict__", get: f_get_dict, set: None, doc: "" },
];

pub static FUNCTION_TYPE: TypeObject = TypeObject::builtin(
    "function",
    std::mem::size_of::<FunctionObject>(),
    flags::HAVE_GC | flags::METHOD_DESCRIPTOR,
    Some(&super::base::OBJECT_TYPE),
    slots!(function_dealloc, traverse: function_traverse, clear: function_clear, call: function_call,
        descr_get: function_get, repr: function_repr),
    &[],
    FUNCTION_GETSETS,
    None,
)
.with_dictoffset(std::mem::offset_of!(FunctionObject, dict))
.with_weaklistoffset(std::mem::offset_of!(FunctionObject, weaklist));

// ---------------------------------------------------------------------------------------------
// cell

#[repr(C)]
pub struct CellObject {
    head: ObjectHeader,
    contents: UnsafeCell<Option<Obj>>,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for CellObject {
    fn static_type() -> &'static TypeObject {
        &CELL_TYPE
    }
}

impl CellObject {
    #[inline]
    pub fn get(&self) -> Option<Obj> {
        // SAFETY: a short read.
        unsafe { (*self.contents.get()).clone() }
    }

    /// Replaces the contents; the old value is dropped after the write.
    #[inline]
    pub fn set(&self, v: Option<Obj>) {
        // SAFETY: a short write.
        let old = unsafe { std::mem::replace(&mut *self.contents.get(), v) };
        drop(old);
    }

    /// A borrowed view of the contents, valid until the cell is next written.
    #[inline]
    pub fn get_ref(&self) -> Option<&Obj> {
        // SAFETY: callers don't hold it across writes to this cell.
        unsafe { (*self.contents.get()).as_ref() }
    }
}

unsafe fn cell_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: untrack, drop contents, free.
    unsafe {
        gc::untrack(obj);
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*(obj as *mut CellObject)).contents));
        free_object(obj, 0);
    }
}

fn cell_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    if let Some(v) = o.downcast::<CellObject>().expect("cell").get_ref() {
        visit(v);
    }
}

fn cell_clear(o: &Obj) {
    o.downcast::<CellObject>().expect("cell").set(None);
}

pub fn new_cell(v: Option<Obj>) -> PyResult<Obj> {
    let ptr = alloc_object(&CELL_TYPE, 0)?;
    // SAFETY: fresh block with a cell's layout.
    unsafe {
        std::ptr::addr_of_mut!((*(ptr as *mut CellObject)).contents).write(UnsafeCell::new(v));
        gc::track(ptr);
        Ok(Obj::from_raw(ptr))
    }
}

fn cell_repr(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let s = match o.downcast::<CellObject>().expect("cell").get() {
        Some(v) => format!("<cell at {:#x}: {} object at {:#x}>", o.addr(), v.ty().name(), v.addr()),
        None => format!("<cell at {:#x}: empty>", o.addr()),
    };
    pystr::try_new_str(&s)
}

fn cell_contents(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    o.downcast::<CellObject>().expect("cell").get().ok_or_else(|| PyErr::value_error("Cell is empty"))
}
fn cell_set_contents(_: &mut Vm, o: &Obj, v: Option<&Obj>) -> PyResult<()> {
    o.downcast::<CellObject>().expect("cell").set(v.cloned());
    Ok(())
}

fn cell_new(_: &mut Vm, _: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    super::args::check_arity("cell", a, kw, 0, 1)?;
    new_cell(a.first().cloned())
}

static CELL_GETSETS: &[GetSetDef] =
    &[GetSetDef { name: "cell_contents", get: cell_contents, set: Some(cell_set_contents), doc: "" }];

pub static CELL_TYPE: TypeObject = TypeObject::builtin(
    "cell",
    std::mem::size_of::<CellObject>(),
    flags::HAVE_GC,
    Some(&super::base::OBJECT_TYPE),
    slots!(cell_dealloc, traverse: cell_traverse, clear: cell_clear, repr: cell_repr, new: cell_new),
    &[],
    CELL_GETSETS,
    None,
);

// ---------------------------------------------------------------------------------------------
// method (bound method)

#[repr(C)]
pub struct MethodObject {
    head: ObjectHeader,
    pub func: Obj,
    pub self_obj: Obj,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for MethodObject {
    fn static_type() -> &'static TypeObject {
        &METHOD_TYPE
    }
}

unsafe fn method_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: untrack, drop fields, free.
    unsafe {
        gc::untrack(obj);
        let m = obj as *mut MethodObject;
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*m).func));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*m).self_obj));
        free_object(obj, 0);
    }
}

fn method_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    let m = o.downcast::<MethodObject>().expect("method");
    visit(&m.func);
    visit(&m.self_obj);
}

/// A bound method: `func` with `self_obj` as first argument.
pub fn new_method(func: Obj, self_obj: Obj) -> PyResult<Obj> {
    let ptr = alloc_object(&METHOD_TYPE, 0)?;
    // SAFETY: fresh block with the payload's layout.
    unsafe {
        let m = ptr as *mut MethodObject;
        std::ptr::addr_of_mut!((*m).func).write(func);
        std::ptr::addr_of_mut!((*m).self_obj).write(self_obj);
        gc::track(ptr);
        Ok(Obj::from_raw(ptr))
    }
}

fn method_call(vm: &mut Vm, o: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    let m = o.downcast::<MethodObject>().expect("method");
    let mut full: smallvec::SmallVec<[Obj; 8]> = smallvec::SmallVec::with_capacity(args.len() + 1);
    full.push(m.self_obj.clone());
    full.extend(args.iter().cloned());
    protocol::call(vm, &m.func, &full, kwnames)
}

fn method_repr(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let m = o.downcast::<MethodObject>().expect("method");
    let name = match protocol::get_attr_opt(vm, &m.func, "__qualname__")? {
        Some(n) => pystr::as_str(&n).to_string(),
        None => "?".to_string(),
    };
    let r = protocol::repr(vm, &m.self_obj)?;
    pystr::try_new_str(&format!("<bound method {name} of {}>", pystr::as_str(&r)))
}

fn method_richcompare(vm: &mut Vm, a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    let (Some(x), Some(y)) = (a.downcast::<MethodObject>(), b.downcast::<MethodObject>()) else {
        return Ok(singletons::not_implemented());
    };
    let eq = x.self_obj.is(&y.self_obj) && protocol::eq(vm, &x.func, &y.func)?;
    match op {
        CompareOp::Eq => Ok(boolobj::new_bool(eq)),
        CompareOp::Ne => Ok(boolobj::new_bool(!eq)),
        _ => Ok(singletons::not_implemented()),
    }
}

fn method_hash(vm: &mut Vm, o: &Obj) -> PyResult<i64> {
    let m = o.downcast::<MethodObject>().expect("method");
    Ok(super::base::pointer_hash(&m.self_obj) ^ protocol::hash(vm, &m.func)?)
}

fn method_getattro(vm: &mut Vm, o: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    if let Some(v) = super::base::generic_getattr(vm, o, name)? {
        return Ok(Some(v));
    }
    let m = o.downcast::<MethodObject>().expect("method");
    protocol::get_attr_obj_opt(vm, &m.func, name)
}

fn m_func(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(o.downcast::<MethodObject>().expect("method").func.clone())
}
fn m_self(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(o.downcast::<MethodObject>().expect("method").self_obj.clone())
}

/// `types.MethodType(func, obj)`: binds any callable to an instance by hand.
fn method_new(_: &mut Vm, _: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    super::args::no_kwargs("method", kwnames)?;
    let [func, obj] = args else {
        return Err(PyErr::type_error(format!("method expected 2 arguments, got {}", args.len())));
    };
    if func.ty().slots.call.get().is_none() {
        return Err(PyErr::type_error("first argument must be callable"));
    }
    if obj.is(&singletons::none()) {
        return Err(PyErr::type_error("instance must not be None"));
    }
    new_method(func.clone(), obj.clone())
}

/// A bound method's docstring is its function's (CPython's `method_get_doc`).
fn m_doc(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let func = o.downcast::<MethodObject>().expect("method").func.clone();
    Ok(protocol::get_attr_opt(vm, &func, "__doc__")?.unwrap_or_else(singletons::none))
}

static METHOD_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__doc__", get: m_doc, set: None, doc: "" },
    GetSetDef { name: "__func__", get: m_func, set: None, doc: "" },
    GetSetDef { name: "__self__", get: m_self, set: None, doc: "" },
];

pub static METHOD_TYPE: TypeObject = TypeObject::builtin(
    "method",
    std::mem::size_of::<MethodObject>(),
    flags::HAVE_GC,
    Some(&super::base::OBJECT_TYPE),
    slots!(method_dealloc, traverse: method_traverse, call: method_call, repr: method_repr,
        richcompare: method_richcompare, hash: method_hash, getattro: method_getattro,
        new: method_new),
    &[],
    METHOD_GETSETS,
    None,
);
