//! `types.GenericAlias` (`list[int]`) and `types.UnionType` (`int | str`): enough for
//! annotations, `isinstance` with unions, and their reprs.

use super::header::{Obj, ObjectHeader, PyPayload};
use super::typeobj::{as_type, flags, GetSetDef, TypeObject};
use super::{boolobj, protocol, singletons, str as pystr, tuple, CompareOp, PyErr, PyResult};
use crate::memory::alloc::{alloc_object, free_object};
use crate::memory::gc;
use crate::slots;
use crate::syntax::ast::Operator;
use crate::vm::Vm;

#[repr(C)]
pub struct GenericAliasObject {
    head: ObjectHeader,
    pub origin: Obj,
    pub args: Obj,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for GenericAliasObject {
    fn static_type() -> &'static TypeObject {
        &GENERIC_ALIAS_TYPE
    }
}

fn ga(o: &Obj) -> &GenericAliasObject {
    // SAFETY: both alias types share the layout.
    unsafe { o.cast_unchecked::<GenericAliasObject>() }
}

unsafe fn ga_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: untrack, drop fields, free.
    unsafe {
        gc::untrack(obj);
        let g = obj as *mut GenericAliasObject;
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*g).origin));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*g).args));
        free_object(obj, 0);
    }
}

fn ga_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    visit(&ga(o).origin);
    visit(&ga(o).args);
}

fn alloc(ty: &'static TypeObject, origin: Obj, args: Obj) -> PyResult<Obj> {
    let ptr = alloc_object(ty, 0)?;
    // SAFETY: fresh block with the layout.
    unsafe {
        let g = ptr as *mut GenericAliasObject;
        std::ptr::addr_of_mut!((*g).origin).write(origin);
        std::ptr::addr_of_mut!((*g).args).write(args);
        gc::track(ptr);
        Ok(Obj::from_raw(ptr))
    }
}

/// `origin[args]`.
pub fn new_generic_alias(origin: Obj, args: Obj) -> PyResult<Obj> {
    let args = if tuple::as_tuple(&args).is_some() { args } else { tuple::new_tuple(vec![args])? };
    alloc(&GENERIC_ALIAS_TYPE, origin, args)
}

/// The members of a union object.
pub fn union_args(o: &Obj) -> Option<Vec<Obj>> {
    if UNION_TYPE.is(&o.type_obj()) {
        Some(tuple::tuple_items(&ga(o).args).to_vec())
    } else {
        None
    }
}

/// `a | b` for types: a union (flattening nested unions, dropping duplicates).
pub fn type_or(_: &mut Vm, a: &Obj, b: &Obj) -> PyResult<Obj> {
    let ok = |x: &Obj| {
        as_type(x).is_some()
            || singletons::is_none(x)
            || union_args(x).is_some()
            || GENERIC_ALIAS_TYPE.is(&x.type_obj())
    };
    if !ok(a) || !ok(b) {
        return Ok(singletons::not_implemented());
    }
    let mut members: Vec<Obj> = Vec::new();
    for x in [a, b] {
        let items = union_args(x).unwrap_or_else(|| vec![x.clone()]);
        for i in items {
            let i = if singletons::is_none(&i) { singletons::none_type_obj() } else { i };
            if !members.iter().any(|m| m.is(&i)) {
                members.push(i);
            }
        }
    }
    alloc(&UNION_TYPE, singletons::none(), tuple::new_tuple(members)?)
}

fn type_repr_for_alias(vm: &mut Vm, o: &Obj) -> PyResult<String> {
    if singletons::is_none(o) || singletons::NONE_TYPE.is(o) {
        return Ok("None".into());
    }
    if let Some(t) = as_type(o) {
        return Ok(match super::base::type_module(t) {
            Some(m) => format!("{m}.{}", t.qualname()),
            None => t.qualname().to_string(),
        });
    }
    if singletons::ELLIPSIS.is(o) {
        return Ok("...".into());
    }
    protocol::repr_string(vm, o)
}

fn ga_repr(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let g = ga(o);
    let args = tuple::tuple_items(&g.args).to_vec();
    let mut parts = Vec::new();
    for a in &args {
        parts.push(type_repr_for_alias(vm, a)?);
    }
    let s = if UNION_TYPE.is(&o.type_obj()) {
        parts.join(" | ")
    } else {
        let origin = type_repr_for_alias(vm, &g.origin)?;
        if args.is_empty() {
            format!("{origin}[()]")
        } else {
            format!("{origin}[{}]", parts.join(", "))
        }
    };
    pystr::try_new_str(&s)
}

fn ga_call(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    if UNION_TYPE.is(&o.type_obj()) {
        return Err(PyErr::type_error("'types.UnionType' object is not callable"));
    }
    protocol::call(vm, &ga(o).origin, a, kw)
}

fn ga_getattro(vm: &mut Vm, o: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    if let Some(v) = super::base::generic_getattr(vm, o, name)? {
        return Ok(Some(v));
    }
    if UNION_TYPE.is(&o.type_obj()) {
        return Ok(None);
    }
    protocol::get_attr_obj_opt(vm, &ga(o).origin, name)
}

fn ga_richcompare(vm: &mut Vm, a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    if !std::ptr::eq(a.type_ptr(), b.type_ptr()) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(singletons::not_implemented());
    }
    let eq = if UNION_TYPE.is(&a.type_obj()) {
        // Unions compare their members as sets: `int | str == str | int`.
        let (x, y) = (members_set(vm, a)?, members_set(vm, b)?);
        protocol::eq(vm, &x, &y)?
    } else {
        protocol::eq(vm, &ga(a).origin, &ga(b).origin)? && protocol::eq(vm, &ga(a).args, &ga(b).args)?
    };
    Ok(boolobj::new_bool(eq == (op == CompareOp::Eq)))
}

/// A union's members as a frozenset (its equality and hash ignore order).
fn members_set(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let f = super::set::new_frozenset()?;
    super::set::update_from(vm, &f, &ga(o).args)?;
    Ok(f)
}

fn ga_hash(vm: &mut Vm, o: &Obj) -> PyResult<i64> {
    if UNION_TYPE.is(&o.type_obj()) {
        let f = members_set(vm, o)?;
        return protocol::hash(vm, &f);
    }
    Ok(protocol::hash(vm, &ga(o).origin)? ^ protocol::hash(vm, &ga(o).args)?)
}

fn g_origin(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(ga(o).origin.clone())
}
fn g_args(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(ga(o).args.clone())
}

static GA_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__origin__", get: g_origin, set: None, doc: "" },
    GetSetDef { name: "__args__", get: g_args, set: None, doc: "" },
];

pub static GENERIC_ALIAS_TYPE: TypeObject = TypeObject::builtin(
    "types.GenericAlias",
    std::mem::size_of::<GenericAliasObject>(),
    flags::HAVE_GC,
    Some(&super::base::OBJECT_TYPE),
    slots!(ga_dealloc, traverse: ga_traverse, repr: ga_repr, call: ga_call, getattro: ga_getattro,
        richcompare: ga_richcompare, hash: ga_hash),
    &[],
    GA_GETSETS,
    None,
);

pub static UNION_TYPE: TypeObject = TypeObject::builtin(
    "types.UnionType",
    std::mem::size_of::<GenericAliasObject>(),
    flags::HAVE_GC,
    Some(&super::base::OBJECT_TYPE),
    slots!(ga_dealloc, traverse: ga_traverse, repr: ga_repr, call: ga_call, getattro: ga_getattro,
        richcompare: ga_richcompare, hash: ga_hash),
    &[],
    GA_GETSETS,
    None,
);

pub fn init_types() {
    for ty in [&GENERIC_ALIAS_TYPE, &UNION_TYPE, &super::typeobj::TYPE_TYPE, &singletons::NONE_TYPE] {
        ty.slots.number[Operator::BitOr as usize].set(Some(type_or));
    }
}
