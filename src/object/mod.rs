//! The object model: the header every object starts with, the reference types, type objects and
//! one file per built-in type.
//!
//! Threading: Vivarium's interpreter is single-threaded. Object memory, reference counts, type
//! objects and the runtime's global tables are only ever touched by the thread running the
//! interpreter; that invariant is what makes the non-atomic counts and the `Sync` wrappers around
//! global state sound.

pub mod args;
pub mod attr_cache;
pub mod base;
pub mod boolobj;
pub mod bytes;
pub mod bytes_methods;
pub mod class;
pub mod code;
pub mod codecs;
pub mod complex;
pub mod descr;
pub mod dict;
pub mod dict_methods;
pub mod dict_views;
pub mod exceptions;
pub mod float;
pub mod float_methods;
pub mod format;
pub mod function;
pub mod generator;
pub mod genericalias;
pub mod header;
pub mod int;
pub mod int_methods;
pub mod iter;
pub mod list;
pub mod mappingproxy;
pub mod memoryview;
pub mod module;
pub mod protocol;
pub mod range;
pub mod seq_methods;
pub mod set;
pub mod set_methods;
pub mod singletons;
pub mod slice;
pub mod slot_dispatch;
pub mod sort;
pub mod str;
pub mod str_methods;
pub mod tuple;
pub mod typeobj;
pub mod unicode;
pub mod weakref;

pub use exceptions::PyErr;
pub use header::{Borrowed, Obj, PyPayload, StackRef};
pub use typeobj::TypeObject;

/// The result of any operation that can raise.
pub type PyResult<T = Obj> = Result<T, PyErr>;

/// A rich comparison, in CPython's `Py_LT`… order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CompareOp {
    pub fn from_u32(n: u32) -> Option<CompareOp> {
        Some(match n {
            0 => CompareOp::Lt,
            1 => CompareOp::Le,
            2 => CompareOp::Eq,
            3 => CompareOp::Ne,
            4 => CompareOp::Gt,
            5 => CompareOp::Ge,
            _ => return None,
        })
    }

    /// The operator with operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }

    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }

    pub fn dunder(self) -> &'static str {
        ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"][self as usize]
    }

    /// Applies the operator to an ordering.
    pub fn test(self, ord: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CompareOp::Lt => ord == Less,
            CompareOp::Le => ord != Greater,
            CompareOp::Eq => ord == Equal,
            CompareOp::Ne => ord != Equal,
            CompareOp::Gt => ord == Greater,
            CompareOp::Ge => ord != Less,
        }
    }
}
