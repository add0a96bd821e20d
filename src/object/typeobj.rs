//! Type objects: the behaviour of every object lives in its type's slots (Rust function
//! pointers), as CPython's `PyTypeObject`. Built-in types are Rust `static`s; classes defined in
//! Python are heap types created by `type.__new__` (see `object::class`).

use super::header::{Obj, ObjectHeader, PyPayload};
use super::{CompareOp, PyResult};
use crate::vm::Vm;
use std::borrow::Cow;
use std::cell::{Cell, UnsafeCell};

pub type UnaryFn = fn(&mut Vm, &Obj) -> PyResult<Obj>;
/// A binary number slot. Like CPython's `nb_*` slots it is called with the operands in source
/// order whichever of the two owns the slot, and returns `NotImplemented` when it can't handle
/// them.
pub type BinaryFn = fn(&mut Vm, &Obj, &Obj) -> PyResult<Obj>;
pub type TernaryFn = fn(&mut Vm, &Obj, &Obj, &Obj) -> PyResult<Obj>;
pub type LenFn = fn(&mut Vm, &Obj) -> PyResult<usize>;
pub type HashFn = fn(&mut Vm, &Obj) -> PyResult<i64>;
pub type BoolFn = fn(&mut Vm, &Obj) -> PyResult<bool>;
pub type RichCmpFn = fn(&mut Vm, &Obj, &Obj, CompareOp) -> PyResult<Obj>;
/// Attribute lookup; `Ok(None)` means "no such attribute" without building the AttributeError.
pub type GetAttrFn = fn(&mut Vm, &Obj, &Obj) -> PyResult<Option<Obj>>;
/// Attribute assignment (`Some(value)`) or deletion (`None`).
pub type SetAttrFn = fn(&mut Vm, &Obj, &Obj, Option<&Obj>) -> PyResult<()>;
/// `descr.__get__(instance, owner)`; `instance` is `None` for access through the class.
pub type DescrGetFn = fn(&mut Vm, &Obj, Option<&Obj>, &Obj) -> PyResult<Obj>;
pub type DescrSetFn = fn(&mut Vm, &Obj, &Obj, Option<&Obj>) -> PyResult<()>;
/// A call with CPython's vectorcall convention: positional arguments followed by keyword
/// values; `kwnames` (a tuple of str) names the last `len(kwnames)` entries of `args`.
pub type CallFn = fn(&mut Vm, &Obj, &[Obj], Option<&Obj>) -> PyResult<Obj>;
pub type InitFn = fn(&mut Vm, &Obj, &[Obj], Option<&Obj>) -> PyResult<()>;
/// The next item, or `Ok(None)` when exhausted (no StopIteration object is built).
pub type IterNextFn = fn(&mut Vm, &Obj) -> PyResult<Option<Obj>>;
pub type SetItemFn = fn(&mut Vm, &Obj, &Obj, Option<&Obj>) -> PyResult<()>;
pub type ContainsFn = fn(&mut Vm, &Obj, &Obj) -> PyResult<bool>;
/// Drops the payload and frees the block. Never runs Python code.
pub type DeallocFn = unsafe fn(*mut ObjectHeader);
/// Calls `visit` once for each object this one holds a strong reference to (the collector's
/// view of the object graph).
pub type TraverseFn = fn(&Obj, &mut dyn FnMut(&Obj));
/// Drops the references that could form cycles (the collector breaks cycles with it).
pub type ClearFn = fn(&Obj);

/// The number of binary operators (`ast::Operator`, CPython's `NB_*` order).
pub const NB_COUNT: usize = 13;

/// The slots: one function pointer per protocol. `None` means the type doesn't support it.
pub struct Slots {
    pub dealloc: Cell<DeallocFn>,
    pub traverse: Cell<Option<TraverseFn>>,
    pub clear: Cell<Option<ClearFn>>,
    pub repr: Cell<Option<UnaryFn>>,
    pub str: Cell<Option<UnaryFn>>,
    pub hash: Cell<Option<HashFn>>,
    pub richcompare: Cell<Option<RichCmpFn>>,
    pub getattro: Cell<Option<GetAttrFn>>,
    pub setattro: Cell<Option<SetAttrFn>>,
    pub descr_get: Cell<Option<DescrGetFn>>,
    pub descr_set: Cell<Option<DescrSetFn>>,
    pub call: Cell<Option<CallFn>>,
    /// `type.__call__` calls `new(type, args)` then `init(obj, args)`.
    pub new: Cell<Option<CallFn>>,
    pub init: Cell<Option<InitFn>>,
    pub iter: Cell<Option<UnaryFn>>,
    pub iternext: Cell<Option<IterNextFn>>,
    pub len: Cell<Option<LenFn>>,
    pub getitem: Cell<Option<BinaryFn>>,
    pub setitem: Cell<Option<SetItemFn>>,
    pub contains: Cell<Option<ContainsFn>>,
    pub bool: Cell<Option<BoolFn>>,
    pub number: [Cell<Option<BinaryFn>>; NB_COUNT],
    pub inplace: [Cell<Option<BinaryFn>>; NB_COUNT],
    pub neg: Cell<Option<UnaryFn>>,
    pub pos: Cell<Option<UnaryFn>>,
    pub invert: Cell<Option<UnaryFn>>,
    pub abs: Cell<Option<UnaryFn>>,
    pub int: Cell<Option<UnaryFn>>,
    pub float: Cell<Option<UnaryFn>>,
    pub index: Cell<Option<UnaryFn>>,
}

/// A `Slots` value for `const` contexts: everything absent, with `dealloc` given.
#[macro_export]
macro_rules! slots {
    ($dealloc:expr $(, $field:ident : $value:expr)* $(,)?) => {{
        #[allow(unused_mut)]
        let mut s = $crate::object::typeobj::Slots::empty($dealloc);
        $( s.$field = ::std::cell::Cell::new(Some($value)); )*
        s
    }};
}

impl Slots {
    pub const fn empty(dealloc: DeallocFn) -> Slots {
        Slots {
            dealloc: Cell::new(dealloc),
            traverse: Cell::new(None),
            clear: Cell::new(None),
            repr: Cell::new(None),
            str: Cell::new(None),
            hash: Cell::new(None),
            richcompare: Cell::new(None),
            getattro: Cell::new(None),
            setattro: Cell::new(None),
            descr_get: Cell::new(None),
            descr_set: Cell::new(None),
            call: Cell::new(None),
            new: Cell::new(None),
            init: Cell::new(None),
            iter: Cell::new(None),
            iternext: Cell::new(None),
            len: Cell::new(None),
            getitem: Cell::new(None),
            setitem: Cell::new(None),
            contains: Cell::new(None),
            bool: Cell::new(None),
            number: [const { Cell::new(None) }; NB_COUNT],
            inplace: [const { Cell::new(None) }; NB_COUNT],
            neg: Cell::new(None),
            pos: Cell::new(None),
            invert: Cell::new(None),
            abs: Cell::new(None),
            int: Cell::new(None),
            float: Cell::new(None),
            index: Cell::new(None),
        }
    }

    /// Fills every absent slot from `base` (CPython's `inherit_slots`), except `new`/`dealloc`
    /// which the caller decides.
    pub fn inherit_from(&self, base: &Slots) {
        macro_rules! inherit {
            ($($f:ident),*) => { $( if self.$f.get().is_none() { self.$f.set(base.$f.get()); } )* };
        }
        inherit!(
            traverse,
            clear,
            repr,
            str,
            hash,
            richcompare,
            getattro,
            setattro,
            descr_get,
            descr_set,
            call,
            init,
            iter,
            iternext,
            len,
            getitem,
            setitem,
            contains,
            bool,
            neg,
            pos,
            invert,
            abs,
            int,
            float,
            index
        );
        for i in 0..NB_COUNT {
            if self.number[i].get().is_none() {
                self.number[i].set(base.number[i].get());
            }
            if self.inplace[i].get().is_none() {
                self.inplace[i].set(base.inplace[i].get());
            }
        }
    }
}

/// Type flags (`tp_flags`), including CPython's fast subclass bits.
pub mod flags {
    pub const HEAPTYPE: u64 = 1 << 9;
    pub const BASETYPE: u64 = 1 << 10;
    pub const HAVE_GC: u64 = 1 << 14;
    /// The type's `__hash__` is explicitly `None`.
    pub const UNHASHABLE: u64 = 1 << 15;
    /// Instances have a `__del__` (checked at deallocation).
    pub const HAS_FINALIZER: u64 = 1 << 16;
    /// Instances' `__dict__` lives at `dictoffset`.
    pub const ABSTRACT: u64 = 1 << 20;
    pub const LONG_SUBCLASS: u64 = 1 << 24;
    pub const LIST_SUBCLASS: u64 = 1 << 25;
    pub const TUPLE_SUBCLASS: u64 = 1 << 26;
    pub const BYTES_SUBCLASS: u64 = 1 << 27;
    pub const UNICODE_SUBCLASS: u64 = 1 << 28;
    pub const DICT_SUBCLASS: u64 = 1 << 29;
    pub const BASE_EXC_SUBCLASS: u64 = 1 << 30;
    pub const TYPE_SUBCLASS: u64 = 1 << 31;
    /// Methods found on this type may be called without binding (LOAD_ATTR's method form).
    pub const METHOD_DESCRIPTOR: u64 = 1 << 17;
    pub const SUBCLASS_FLAGS: u64 = LONG_SUBCLASS
        | LIST_SUBCLASS
        | TUPLE_SUBCLASS
        | BYTES_SUBCLASS
        | UNICODE_SUBCLASS
        | DICT_SUBCLASS
        | BASE_EXC_SUBCLASS
        | TYPE_SUBCLASS;
}

/// A method of a built-in type: `func(vm, self, args, kwnames)`.
pub type MethodFn = fn(&mut Vm, &Obj, &[Obj], Option<&Obj>) -> PyResult<Obj>;
/// A module-level native function or a static method: `func(vm, args, kwnames)`.
pub type FunctionFn = fn(&mut Vm, &[Obj], Option<&Obj>) -> PyResult<Obj>;
pub type GetterFn = fn(&mut Vm, &Obj) -> PyResult<Obj>;
pub type SetterFn = fn(&mut Vm, &Obj, Option<&Obj>) -> PyResult<()>;

/// How a built-in method binds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum MethodKind {
    Instance,
    /// Receives the class (e.g. `dict.fromkeys`, `int.from_bytes`) as `self`.
    Class,
    /// Receives no `self`; `func`'s `self` argument is the type.
    Static,
}

/// One entry of a built-in type's method table (CPython's `PyMethodDef`).
pub struct MethodDef {
    pub name: &'static str,
    pub func: MethodFn,
    pub kind: MethodKind,
    pub doc: &'static str,
}

/// A computed attribute of a built-in type (CPython's `PyGetSetDef`).
pub struct GetSetDef {
    pub name: &'static str,
    pub get: GetterFn,
    pub set: Option<SetterFn>,
    pub doc: &'static str,
}

/// A type object. Aligned to 16 like every object, so stack references can tag its address.
#[repr(C, align(16))]
pub struct TypeObject {
    pub head: ObjectHeader,
    pub(crate) name: UnsafeCell<Cow<'static, str>>,
    pub(crate) qualname: UnsafeCell<Cow<'static, str>>,
    pub basicsize: Cell<usize>,
    pub itemsize: Cell<usize>,
    pub flags: Cell<u64>,
    /// The base whose layout this type extends (`__base__`); strong for heap types.
    pub(crate) base: Cell<*const TypeObject>,
    pub(crate) bases: UnsafeCell<Option<Obj>>,
    pub(crate) mro: UnsafeCell<Option<Obj>>,
    pub(crate) dict: UnsafeCell<Option<Obj>>,
    /// Byte offset of the instance `__dict__` pointer from the object header, or 0.
    pub dictoffset: Cell<usize>,
    /// Byte offset of the instance weak-reference list pointer, or 0.
    pub weaklistoffset: Cell<usize>,
    pub slots: Slots,
    pub(crate) methods: &'static [MethodDef],
    pub(crate) getsets: &'static [GetSetDef],
    pub(crate) doc: Option<&'static str>,
    /// Bumped whenever the type's or a base's dict changes; keys the attribute cache.
    pub(crate) version: Cell<u32>,
    /// Offsets of the `__slots__` member cells this (heap) type added to the instance layout.
    pub(crate) member_offsets: UnsafeCell<Vec<usize>>,
}

// SAFETY: the interpreter is single-threaded; static type objects are only touched by the
// interpreter thread (their counts never change: they are immortal).
unsafe impl Sync for TypeObject {}

// SAFETY: `TypeObject` is `#[repr(C)]` with its header first.
unsafe impl PyPayload for TypeObject {
    fn static_type() -> &'static TypeObject {
        &TYPE_TYPE
    }
}

impl TypeObject {
    /// A built-in type, for use in a `static`.
    #[allow(clippy::too_many_arguments)]
    pub const fn builtin(
        name: &'static str,
        basicsize: usize,
        flags: u64,
        base: Option<&'static TypeObject>,
        slots: Slots,
        methods: &'static [MethodDef],
        getsets: &'static [GetSetDef],
        doc: Option<&'static str>,
    ) -> TypeObject {
        TypeObject {
            head: ObjectHeader {
                refcnt: Cell::new(super::header::IMMORTAL_REFCNT),
                ob_type: Cell::new(&TYPE_TYPE),
            },
            name: UnsafeCell::new(Cow::Borrowed(name)),
            qualname: UnsafeCell::new(Cow::Borrowed(name)),
            basicsize: Cell::new(basicsize),
            itemsize: Cell::new(0),
            flags: Cell::new(flags),
            base: Cell::new(match base {
                Some(b) => b,
                None => std::ptr::null(),
            }),
            bases: UnsafeCell::new(None),
            mro: UnsafeCell::new(None),
            dict: UnsafeCell::new(None),
            dictoffset: Cell::new(0),
            weaklistoffset: Cell::new(0),
            slots,
            methods,
            getsets,
            doc,
            version: Cell::new(1),
            member_offsets: UnsafeCell::new(Vec::new()),
        }
    }

    /// Sets the per-item size of a variable-size type (const builder).
    pub const fn with_itemsize(self, itemsize: usize) -> TypeObject {
        let mut t = self;
        t.itemsize = Cell::new(itemsize);
        t
    }

    /// Sets the instance dict offset (const builder).
    pub const fn with_dictoffset(self, offset: usize) -> TypeObject {
        let mut t = self;
        t.dictoffset = Cell::new(offset);
        t
    }

    /// Sets the weak-reference list offset (const builder).
    pub const fn with_weaklistoffset(self, offset: usize) -> TypeObject {
        let mut t = self;
        t.weaklistoffset = Cell::new(offset);
        t
    }

    /// A new strong reference to this type as an object.
    pub fn as_obj(&self) -> Obj {
        // SAFETY: a type object is a live object while it is borrowed.
        unsafe { Obj::from_borrowed(&self.head) }
    }

    /// Whether `obj` is this type object.
    pub fn is(&self, obj: &Obj) -> bool {
        std::ptr::eq(obj.as_ptr() as *const TypeObject, self)
    }

    /// `__name__`.
    pub fn name(&self) -> &str {
        // SAFETY: the name is only replaced by `set_name`, never while borrowed by a caller that
        // also mutates (single-threaded, short borrows).
        unsafe { &*self.name.get() }
    }

    pub fn qualname(&self) -> &str {
        // SAFETY: as `name`.
        unsafe { &*self.qualname.get() }
    }

    pub fn set_name(&self, name: String) {
        // SAFETY: single-threaded; no outstanding borrow of the name across this call.
        unsafe { *self.name.get() = Cow::Owned(name) }
    }

    pub fn set_qualname(&self, name: String) {
        // SAFETY: as `set_name`.
        unsafe { *self.qualname.get() = Cow::Owned(name) }
    }

    #[inline]
    pub fn has_flag(&self, flag: u64) -> bool {
        self.flags.get() & flag != 0
    }

    #[inline]
    pub fn is_gc(&self) -> bool {
        self.has_flag(flags::HAVE_GC)
    }

    #[inline]
    pub fn is_heap_type(&self) -> bool {
        self.has_flag(flags::HEAPTYPE)
    }

    pub fn base(&self) -> Option<&TypeObject> {
        let b = self.base.get();
        // SAFETY: a type's base outlives it (static, or owned by the heap type).
        if b.is_null() {
            None
        } else {
            Some(unsafe { &*b })
        }
    }

    /// The type's `__dict__` (a dict object). Always present after startup.
    pub fn dict(&self) -> &Obj {
        // SAFETY: the dict is set once at type creation/initialisation and never removed.
        unsafe { (*self.dict.get()).as_ref().expect("type dict initialised at startup") }
    }

    pub fn dict_opt(&self) -> Option<&Obj> {
        // SAFETY: as `dict`.
        unsafe { (*self.dict.get()).as_ref() }
    }

    /// `__mro__` (a tuple of types).
    pub fn mro(&self) -> Option<&Obj> {
        // SAFETY: the MRO is replaced only by `set_mro` during type creation.
        unsafe { (*self.mro.get()).as_ref() }
    }

    pub fn bases(&self) -> Option<&Obj> {
        // SAFETY: as `mro`.
        unsafe { (*self.bases.get()).as_ref() }
    }

    pub(crate) fn set_mro(&self, mro: Obj) {
        // SAFETY: single-threaded, no borrow of the old MRO outlives this call.
        unsafe { *self.mro.get() = Some(mro) }
    }

    pub(crate) fn set_bases(&self, bases: Obj) {
        // SAFETY: as `set_mro`.
        unsafe { *self.bases.get() = Some(bases) }
    }

    pub(crate) fn set_dict(&self, dict: Obj) {
        // SAFETY: as `set_mro`.
        unsafe { *self.dict.get() = Some(dict) }
    }

    /// Whether `self` is `base` or a subtype of it (CPython's `PyType_IsSubtype`).
    pub fn is_subtype(&self, base: &TypeObject) -> bool {
        if std::ptr::eq(self, base) {
            return true;
        }
        if let Some(mro) = self.mro() {
            let mro = super::tuple::tuple_items(mro);
            return mro.iter().any(|t| std::ptr::eq(t.as_ptr() as *const TypeObject, base));
        }
        let mut t = self.base();
        while let Some(ty) = t {
            if std::ptr::eq(ty, base) {
                return true;
            }
            t = ty.base();
        }
        false
    }

    /// Finds `name` (an interned str) along the MRO without invoking descriptors (CPython's
    /// `_PyType_Lookup`).
    pub fn lookup(&self, name: &Obj) -> Option<Obj> {
        super::attr_cache::lookup(self, name)
    }

    /// `lookup` for a Rust string (interns it first).
    pub fn lookup_str(&self, name: &str) -> Option<Obj> {
        let name = super::str::intern(name);
        self.lookup(&name)
    }

    /// Invalidates attribute caches for this type after its dict changed.
    pub fn modified(&self) {
        super::attr_cache::invalidate_all();
        self.version.set(self.version.get().wrapping_add(1));
    }
}

/// Downcasts a type object.
pub fn as_type(obj: &Obj) -> Option<&TypeObject> {
    obj.downcast::<TypeObject>()
}

/// Shorthand for a type's name, for messages.
pub fn type_name(obj: &Obj) -> &str {
    obj.ty().name()
}

pub use super::class::TYPE_TYPE;
