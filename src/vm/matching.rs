//! The runtime side of `match` statements: which subjects count as mappings and sequences,
//! and the MATCH_KEYS / MATCH_CLASS lookups (CPython's `Python/ceval.c` helpers).

use crate::object::typeobj::as_type;
use crate::object::{dict, exceptions, protocol, singletons, str as pystr, tuple, Obj, PyErr, PyResult};
use crate::vm::Vm;

/// Whether a class named `name` from `collections.abc` is in `o`'s MRO.
fn has_abc(o: &Obj, names: &[&str]) -> bool {
    let Some(mro) = o.ty().mro() else {
        return false;
    };
    tuple::tuple_items(mro).iter().any(|t| {
        as_type(t).is_some_and(|t| {
            names.contains(&t.name())
                && crate::object::base::type_module(t)
                    .is_some_and(|m| m == "collections.abc" || m == "_collections_abc")
        })
    })
}

/// MATCH_MAPPING: dicts, mapping proxies and `collections.abc.Mapping` subclasses.
pub fn is_mapping(o: &Obj) -> bool {
    dict::as_dict(o).is_some()
        || o.downcast::<crate::object::mappingproxy::MappingProxyObject>().is_some()
        || has_abc(o, &["Mapping", "MutableMapping"])
}

/// MATCH_SEQUENCE: lists, tuples, ranges and `collections.abc.Sequence` subclasses, but never
/// str, bytes or bytearray.
pub fn is_sequence(o: &Obj) -> bool {
    if pystr::as_str_obj(o).is_some() || crate::object::bytes::as_bytes(o).is_some() {
        return false;
    }
    crate::object::list::as_list(o).is_some()
        || tuple::as_tuple(o).is_some()
        || o.downcast::<crate::object::range::RangeObject>().is_some()
        || has_abc(o, &["Sequence", "MutableSequence"])
        || o.ty().name() == "deque"
}

/// MATCH_KEYS: a tuple of `subject[key]` for each key, or None if any is missing.
pub fn match_keys(vm: &mut Vm, subject: &Obj, keys: &Obj) -> PyResult<Obj> {
    let keys = tuple::tuple_items(keys).to_vec();
    let mut values = Vec::with_capacity(keys.len());
    for (i, k) in keys.iter().enumerate() {
        if keys[..i].iter().any(|p| protocol::eq(vm, p, k).unwrap_or(false)) {
            let r = protocol::repr_string(vm, k)?;
            return Err(PyErr::value_error(format!("mapping pattern checks duplicate key ({r})")));
        }
        let v = if let Some(d) = dict::as_dict(subject) {
            d.get_item(vm, k)?
        } else {
            match protocol::call_method(
                vm,
                subject,
                "get",
                &[k.clone(), crate::object::singletons::ellipsis()],
            ) {
                Ok(v) if singletons::ELLIPSIS.is(&v) => None,
                Ok(v) => Some(v),
                Err(e) => return Err(e),
            }
        };
        match v {
            Some(v) => values.push(v),
            None => return Ok(singletons::none()),
        }
    }
    tuple::new_tuple(values)
}

/// MATCH_CLASS: the attributes for `cls(p1, ..., k=p)` if `subject` is an instance, else None.
pub fn match_class(vm: &mut Vm, subject: &Obj, cls: &Obj, nargs: usize, kwnames: &Obj) -> PyResult<Obj> {
    let Some(ty) = as_type(cls) else {
        return Err(PyErr::type_error("called match pattern must be a class"));
    };
    if !protocol::isinstance(vm, subject, cls)? {
        return Ok(singletons::none());
    }
    let mut attrs = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    if nargs > 0 {
        let match_args = protocol::get_attr_opt(vm, cls, "__match_args__")?;
        match match_args {
            Some(ma) => {
                let Some(t) = tuple::as_tuple(&ma) else {
                    return Err(PyErr::type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        ty.name(),
                        ma.ty().name()
                    )));
                };
                if nargs > t.len() {
                    return Err(PyErr::type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({nargs} given)",
                        ty.name(),
                        t.len(),
                        if t.len() == 1 { "" } else { "s" }
                    )));
                }
                for name in &t.items()[..nargs] {
                    let n = pystr::expect_str(name, "__match_args__ elements")?.to_string();
                    match protocol::get_attr_opt(vm, subject, &n)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(singletons::none()),
                    }
                    seen.push(n);
                }
            }
            None => {
                // Self-matching built-ins (int, str, ...) take the subject itself as one argument.
                let self_matching = !ty.is_heap_type() || is_self_matching(ty);
                if self_matching && nargs == 1 {
                    attrs.push(subject.clone());
                } else {
                    return Err(PyErr::type_error(format!(
                        "{}() accepts 0 positional sub-patterns ({nargs} given)",
                        ty.name()
                    )));
                }
            }
        }
    }
    for name in tuple::tuple_items(kwnames) {
        let n = pystr::as_str(name).to_string();
        if seen.contains(&n) {
            return Err(PyErr::type_error(format!(
                "{}() got multiple sub-patterns for attribute '{n}'",
                ty.name()
            )));
        }
        match protocol::get_attr_opt(vm, subject, &n) {
            Ok(Some(v)) => attrs.push(v),
            Ok(None) => return Ok(singletons::none()),
            Err(e) if e.is_instance(&exceptions::ATTRIBUTE_ERROR) => return Ok(singletons::none()),
            Err(e) => return Err(e),
        }
        seen.push(n);
    }
    tuple::new_tuple(attrs)
}

fn is_self_matching(ty: &crate::object::TypeObject) -> bool {
    let sb = crate::object::class::static_base(ty);
    ["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"]
        .contains(&sb.name())
}
