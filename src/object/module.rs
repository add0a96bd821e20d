//! Module objects: a namespace dict with a name.

use super::header::{Obj, ObjectHeader, PyPayload};
use super::typeobj::{flags, GetSetDef, TypeObject};
use super::{dict, protocol, singletons, str as pystr, PyErr, PyResult};
use crate::memory::alloc::{alloc_object, free_object};
use crate::memory::gc;
use crate::slots;
use crate::vm::Vm;
use std::cell::{Cell, UnsafeCell};

#[repr(C)]
pub struct ModuleObject {
    head: ObjectHeader,
    dict: UnsafeCell<Option<Obj>>,
    weaklist: Cell<*mut ObjectHeader>,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for ModuleObject {
    fn static_type() -> &'static TypeObject {
        &MODULE_TYPE
    }
}

impl ModuleObject {
    /// The module's namespace.
    pub fn dict(&self) -> Obj {
        // SAFETY: a short read; the dict is set at creation.
        unsafe { (*self.dict.get()).clone().unwrap_or_else(dict::new_dict) }
    }
}

unsafe fn module_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: untrack, drop the dict, free.
    unsafe {
        gc::untrack(obj);
        super::weakref::clear_weakrefs_raw(obj);
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*(obj as *mut ModuleObject)).dict));
        free_object(obj, 0);
    }
}

fn module_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    if let Some(d) = super::base::existing_instance_dict(o) {
        visit(d);
    }
}

fn module_clear(o: &Obj) {
    if let Some(slot) = super::base::dict_slot(o) {
        // SAFETY: a short access; the dict drops after it ends.
        let d = unsafe { (*slot.get()).take() };
        drop(d);
    }
}

fn alloc_module(ty: &TypeObject, d: Obj) -> PyResult<*mut ObjectHeader> {
    let ptr = alloc_object(ty, 0)?;
    // SAFETY: fresh block with a module's layout.
    unsafe {
        let m = ptr as *mut ModuleObject;
        std::ptr::addr_of_mut!((*m).dict).write(UnsafeCell::new(Some(d)));
        std::ptr::addr_of_mut!((*m).weaklist).write(Cell::new(std::ptr::null_mut()));
        gc::track(ptr);
    }
    Ok(ptr)
}

/// A new module named `name` with an empty namespace (plus `__name__`, `__doc__` etc.).
pub fn new_module(name: &str) -> PyResult<Obj> {
    let d = dict::new_dict();
    let dd = dict::as_dict(&d).expect("dict");
    dd.set_by_str("__name__", pystr::new_str(name));
    dd.set_by_str("__doc__", singletons::none());
    dd.set_by_str("__package__", singletons::none());
    dd.set_by_str("__loader__", singletons::none());
    dd.set_by_str("__spec__", singletons::none());
    // SAFETY: fresh object with one reference.
    Ok(unsafe { Obj::from_raw(alloc_module(&MODULE_TYPE, d)?) })
}

/// The module's `__name__`.
pub fn module_name(o: &Obj) -> Option<String> {
    let m = o.downcast::<ModuleObject>()?;
    let n = dict::as_dict(&m.dict())?.get_by_str("__name__")?;
    Some(pystr::as_str_obj(&n)?.as_str().to_string())
}

/// The module's namespace dict.
pub fn module_dict(o: &Obj) -> Obj {
    o.downcast::<ModuleObject>().expect("module").dict()
}

fn module_getattro(vm: &mut Vm, o: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    if let Some(v) = super::base::generic_getattr(vm, o, name)? {
        return Ok(Some(v));
    }
    let d = module_dict(o);
    if let Some(getattr) = dict::as_dict(&d).expect("dict").get_by_str("__getattr__") {
        return protocol::call(vm, &getattr, std::slice::from_ref(name), None).map(Some);
    }
    let mname = module_name(o).unwrap_or_else(|| "?".into());
    let name = pystr::as_str(name);
    Err(PyErr::attribute_error_on(o, name, format!("module '{mname}' has no attribute '{name}'")))
}

fn module_repr(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let d = module_dict(o);
    let dd = dict::as_dict(&d).expect("dict");
    let name = module_name(o).unwrap_or_else(|| "?".into());
    let s = match dd.get_by_str("__file__").filter(|f| pystr::as_str_obj(f).is_some()) {
        Some(f) => format!("<module '{name}' from '{}'>", pystr::as_str(&f)),
        None => format!("<module '{name}' (built-in)>"),
    };
    pystr::try_new_str(&s)
}

fn module_new(_: &mut Vm, cls: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    super::class::new_subtype_instance_with(cls, |ty| alloc_module(ty, dict::new_dict()))
}

fn module_init(vm: &mut Vm, o: &Obj, a: &[Obj], kwnames: Option<&Obj>) -> PyResult<()> {
    let [name, doc] = super::args::bind("module", a, kwnames, ["name", "doc"], 1, 2)?;
    let d = module_dict(o);
    let dd = dict::as_dict(&d).expect("dict");
    dd.set_item(vm, pystr::intern("__name__"), name.expect("required").clone())?;
    dd.set_item(vm, pystr::intern("__doc__"), doc.cloned().unwrap_or_else(singletons::none))?;
    Ok(())
}

fn g_dict(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(module_dict(o))
}

static MODULE_GETSETS: &[GetSetDef] = &[GetSetDef { name: "__dict__", get: g_dict, set: None, doc: "" }];

pub static MODULE_TYPE: TypeObject = TypeObject::builtin(
    "module",
    std::mem::size_of::<ModuleObject>(),
    flags::BASETYPE | flags::HAVE_GC,
    Some(&super::base::OBJECT_TYPE),
    slots!(module_dealloc, traverse: module_traverse, clear: module_clear, getattro: module_getattro,
        repr: module_repr, new: module_new, init: module_init),
    &[],
    MODULE_GETSETS,
    Some("Create a module object."),
)
.with_dictoffset(std::mem::offset_of!(ModuleObject, dict))
.with_weaklistoffset(std::mem::offset_of!(ModuleObject, weaklist));
