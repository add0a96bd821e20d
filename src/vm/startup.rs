//! Start-up: every built-in type gets its dict, MRO and inherited slots, bases first.

use crate::object::typeobj::TypeObject;
use crate::object::*;
use std::cell::Cell;

struct Once(Cell<bool>);
// SAFETY: only the interpreter thread initialises the runtime.
unsafe impl Sync for Once {}
static DONE: Once = Once(Cell::new(false));

/// The built-in types, each after its base.
pub fn builtin_types() -> Vec<&'static TypeObject> {
    let mut v: Vec<&'static TypeObject> = vec![
        &base::OBJECT_TYPE,
        &class::TYPE_TYPE,
        &int::INT_TYPE,
        &boolobj::BOOL_TYPE,
        &float::FLOAT_TYPE,
        &complex::COMPLEX_TYPE,
        &str::STR_TYPE,
        &bytes::BYTES_TYPE,
        &bytes::BYTEARRAY_TYPE,
        &crate::object::memoryview::MEMORYVIEW_TYPE,
        &tuple::TUPLE_TYPE,
        &list::LIST_TYPE,
        &dict::DICT_TYPE,
        &set::SET_TYPE,
        &set::FROZENSET_TYPE,
        &range::RANGE_TYPE,
        &range::RANGE_ITERATOR_TYPE,
        &range::LONG_RANGE_ITERATOR_TYPE,
        &slice::SLICE_TYPE,
        &singletons::NONE_TYPE,
        &singletons::NOT_IMPLEMENTED_TYPE,
        &singletons::ELLIPSIS_TYPE,
        &code::CODE_TYPE,
        &function::FUNCTION_TYPE,
        &function::CELL_TYPE,
        &function::METHOD_TYPE,
        &module::MODULE_TYPE,
        &descr::BUILTIN_FUNCTION_TYPE,
        &descr::METHOD_DESCR_TYPE,
        &descr::CLASSMETHOD_DESCR_TYPE,
        &descr::GETSET_DESCR_TYPE,
        &descr::MEMBER_DESCR_TYPE,
        &descr::WRAPPER_DESCR_TYPE,
        &descr::METHOD_WRAPPER_TYPE,
        &descr::STATICMETHOD_TYPE,
        &descr::CLASSMETHOD_TYPE,
        &descr::PROPERTY_TYPE,
        &descr::SUPER_TYPE,
        &iter::SEQ_ITER_TYPE,
        &iter::LIST_ITER_TYPE,
        &iter::TUPLE_ITER_TYPE,
        &iter::STR_ITER_TYPE,
        &iter::SET_ITER_TYPE,
        &iter::LIST_REVITER_TYPE,
        &iter::BYTES_ITER_TYPE,
        &iter::CALLABLE_ITER_TYPE,
        &iter::ENUMERATE_TYPE,
        &iter::ZIP_TYPE,
        &iter::MAP_TYPE,
        &iter::FILTER_TYPE,
        &iter::REVERSED_TYPE,
        &dict_views::DICT_KEYS_TYPE,
        &dict_views::DICT_VALUES_TYPE,
        &dict_views::DICT_ITEMS_TYPE,
        &dict_views::DICT_KEYITER_TYPE,
        &dict_views::DICT_VALUEITER_TYPE,
        &dict_views::DICT_ITEMITER_TYPE,
        &dict_views::DICT_REVKEYITER_TYPE,
        &dict_views::DICT_REVVALUEITER_TYPE,
        &dict_views::DICT_REVITEMITER_TYPE,
        &mappingproxy::MAPPINGPROXY_TYPE,
        &generator::GENERATOR_TYPE,
        &genericalias::GENERIC_ALIAS_TYPE,
        &genericalias::UNION_TYPE,
        &weakref::WEAKREF_TYPE,
        &weakref::PROXY_TYPE,
        &weakref::CALLABLE_PROXY_TYPE,
        &crate::modules::re::PATTERN_TYPE,
        &crate::modules::re::MATCH_TYPE,
        &crate::modules::random::RANDOM_TYPE,
        &crate::vm::traceback::TRACEBACK_TYPE,
        &crate::vm::frameobj::FRAME_TYPE,
        &crate::modules::io::FILE_TYPE,
        &crate::modules::hashlib::HASH_TYPE,
    ];
    v.extend(exceptions::all_exception_types().iter().copied());
    v
}

/// Initialises every built-in type once.
pub fn init_types() {
    if DONE.0.replace(true) {
        return;
    }
    int::init_type();
    boolobj::init_type();
    float::init_type();
    complex::init_type();
    str::init_type();
    bytes::init_types();
    tuple::init_type();
    list::init_type();
    dict::init_type();
    set::init_type();
    dict_views::init_types();
    genericalias::init_types();
    mappingproxy::init_type();
    for ty in builtin_types() {
        class::init_static_type(ty);
    }
    exceptions::install_defaults();
    descr::init_types();
}
