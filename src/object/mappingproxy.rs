//! `mappingproxy`: the read-only view of a class `__dict__`.

use super::header::{Obj, ObjectHeader, PyPayload};
use super::typeobj::{flags, MethodDef, MethodKind, TypeObject};
use super::{args, dict, protocol, str as pystr, CompareOp, PyErr, PyResult};
use crate::memory::alloc::{alloc_object, free_object};
use crate::memory::gc;
use crate::slots;
use crate::vm::Vm;

#[repr(C)]
pub struct MappingProxyObject {
    head: ObjectHeader,
    pub mapping: Obj,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for MappingProxyObject {
    fn static_type() -> &'static TypeObject {
        &MAPPINGPROXY_TYPE
    }
}

fn m(o: &Obj) -> &Obj {
    &o.downcast::<MappingProxyObject>().expect("mappingproxy").mapping
}

unsafe fn mp_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: untrack, drop the mapping, free.
    unsafe {
        gc::untrack(obj);
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*(obj as *mut MappingProxyObject)).mapping));
        free_object(obj, 0);
    }
}

fn mp_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    visit(m(o));
}

pub fn new_mappingproxy(mapping: Obj) -> PyResult<Obj> {
    let ptr = alloc_object(&MAPPINGPROXY_TYPE, 0)?;
    // SAFETY: fresh block with the layout.
    unsafe {
        std::ptr::addr_of_mut!((*(ptr as *mut MappingProxyObject)).mapping).write(mapping);
        gc::track(ptr);
        Ok(Obj::from_raw(ptr))
    }
}

fn mp_new(_: &mut Vm, _: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("mappingproxy", a, kw, 1, 1)?;
    // CPython accepts any mapping (something with `__getitem__`) except lists and tuples.
    let m = &a[0];
    let is_mapping = m.ty().slots.getitem.get().is_some()
        && super::list::as_list(m).is_none()
        && super::tuple::as_tuple(m).is_none();
    if !is_mapping {
        return Err(PyErr::type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            m.ty().name()
        )));
    }
    new_mappingproxy(m.clone())
}

/// `proxy | other` and `other | proxy`: the underlying mappings are or-ed.
fn mp_or(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    let unwrap = |x: &Obj| match x.downcast::<MappingProxyObject>() {
        Some(p) => p.mapping.clone(),
        None => x.clone(),
    };
    let (x, y) = (unwrap(a), unwrap(b));
    protocol::binary_op(vm, &x, &y, crate::syntax::ast::Operator::BitOr)
}

fn mp_ior(_: &mut Vm, _a: &Obj, _b: &Obj) -> PyResult<Obj> {
    Err(PyErr::type_error("'|=' is not supported by mappingproxy; use '|' instead"))
}

/// Installs the number slots.
pub fn init_type() {
    use crate::syntax::ast::Operator;
    MAPPINGPROXY_TYPE.slots.number[Operator::BitOr as usize].set(Some(mp_or));
    MAPPINGPROXY_TYPE.slots.inplace[Operator::BitOr as usize].set(Some(mp_ior));
}

fn mp_getitem(vm: &mut Vm, o: &Obj, k: &Obj) -> PyResult<Obj> {
    protocol::get_item(vm, m(o), k)
}
fn mp_len(vm: &mut Vm, o: &Obj) -> PyResult<usize> {
    protocol::len(vm, m(o))
}
fn mp_iter(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    protocol::get_iter(vm, m(o))
}
fn mp_contains(vm: &mut Vm, o: &Obj, k: &Obj) -> PyResult<bool> {
    protocol::contains(vm, m(o), k)
}
fn mp_repr(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let r = protocol::repr(vm, m(o))?;
    pystr::try_new_str(&format!("mappingproxy({})", pystr::as_str(&r)))
}
fn mp_richcompare(vm: &mut Vm, a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    protocol::rich_compare(vm, m(a), b, op)
}

macro_rules! forward {
    ($name:ident, $method:literal) => {
        fn $name(vm: &mut Vm, o: &Obj, a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
            let f = protocol::get_attr(vm, m(o), $method)?;
            protocol::call(vm, &f, a, None)
        }
    };
}
forward!(mp_keys, "keys");
forward!(mp_values, "values");
forward!(mp_items, "items");
forward!(mp_get, "get");

fn mp_copy(vm: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    if let Some(d) = dict::as_dict(m(o)) {
        let new = dict::new_dict();
        let nd = dict::as_dict(&new).expect("dict");
        for (k, v) in d.items_vec() {
            nd.set_item(vm, k, v)?;
        }
        return Ok(new);
    }
    protocol::call_method(vm, m(o), "copy", &[])
}

static MP_METHODS: &[MethodDef] = &[
    MethodDef { name: "keys", func: mp_keys, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "values", func: mp_values, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "items", func: mp_items, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "get", func: mp_get, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "copy", func: mp_copy, kind: MethodKind::Instance, doc: "" },
];

pub static MAPPINGPROXY_TYPE: TypeObject = TypeObject::builtin(
    "mappingproxy",
    std::mem::size_of::<MappingProxyObject>(),
    flags::HAVE_GC | flags::UNHASHABLE,
    Some(&super::base::OBJECT_TYPE),
    slots!(mp_dealloc, traverse: mp_traverse, getitem: mp_getitem, len: mp_len, iter: mp_iter,
        contains: mp_contains, repr: mp_repr, richcompare: mp_richcompare, new: mp_new),
    MP_METHODS,
    &[],
    None,
);
