//! The object header and the reference types: the only place that does refcount arithmetic.
//!
//! Every object starts with an [`ObjectHeader`] (reference count + type pointer), as CPython's
//! `PyObject`. A container that the cycle collector tracks has a [`GcHead`] in front of the header
//! in the same block, as CPython's `PyGC_Head` ("GC information is stored BEFORE the object
//! structure").
//!
//! Rust code holds objects through two reference types:
//! - [`Obj`], an owned (strong) reference: `clone` increments, `drop` decrements;
//! - `&Obj`, a borrowed reference: a plain Rust borrow that touches no count.
//!
//! The VM's value stack holds [`StackRef`]s, which are tagged owned-or-borrowed pointers, as
//! CPython 3.14's `_PyStackRef`, so that `LOAD_FAST_BORROW` pushes without incrementing.

use super::typeobj::TypeObject;
use std::cell::Cell;
use std::marker::PhantomData;
use std::mem::ManuallyDrop;
use std::ops::Deref;
use std::ptr::NonNull;

/// The count an immortal object is created with and keeps forever; `sys.getrefcount` reports it
/// (CPython 3.14's `_Py_IMMORTAL_INITIAL_REFCNT`, `3 << 30`).
pub const IMMORTAL_REFCNT: usize = 3 << 30;

/// An object whose count has this bit set is immortal: increments and decrements skip it. As in
/// CPython, a mortal count that climbed this high would simply become immortal (a leak, not a
/// crash).
const IMMORTAL_BIT: usize = 1 << 31;

/// The header at the start of every object (CPython's `PyObject`).
#[repr(C)]
pub struct ObjectHeader {
    pub(crate) refcnt: Cell<usize>,
    /// Strong for heap types (an instance keeps its class alive), plain for static types.
    pub(crate) ob_type: Cell<*const TypeObject>,
}

const _: () = assert!(std::mem::size_of::<ObjectHeader>() == 16);

/// The cycle collector's links, stored just before the [`ObjectHeader`] of a tracked-capable
/// object. `next` is null while the object is not tracked. `prev` keeps the previous link in its
/// upper bits and collector flags in the low bits, as CPython's `_gc_prev`; during a collection
/// it temporarily holds `gc_refs`. Only `memory::gc` interprets these fields.
#[repr(C)]
pub struct GcHead {
    pub(crate) next: Cell<*mut GcHead>,
    pub(crate) prev: Cell<usize>,
}

/// Size of the GC header in front of collector-aware objects.
pub const GC_HEAD_SIZE: usize = std::mem::size_of::<GcHead>();
const _: () = assert!(GC_HEAD_SIZE == 16);

/// A Rust struct that is the layout of some Python type: `#[repr(C)]` with an [`ObjectHeader`]
/// first.
///
/// # Safety
/// Implementors must be `#[repr(C)]` with `ObjectHeader` as their first field, and every object
/// whose type is `static_type()` (or a subtype) must have this layout at its start.
pub unsafe trait PyPayload: Sized {
    /// The built-in type this layout belongs to.
    fn static_type() -> &'static TypeObject;
}

/// An owned (strong) reference to an object.
#[repr(transparent)]
pub struct Obj(NonNull<ObjectHeader>);

impl Obj {
    /// Wraps a pointer whose reference the caller owns (no increment).
    ///
    /// # Safety
    /// `ptr` points to a live object and the caller transfers one reference to the result.
    #[inline]
    pub unsafe fn from_raw(ptr: *mut ObjectHeader) -> Obj {
        // SAFETY: the caller guarantees a live object, hence non-null.
        Obj(unsafe { NonNull::new_unchecked(ptr) })
    }

    /// A new strong reference to the object at `ptr` (increments).
    ///
    /// # Safety
    /// `ptr` points to a live object.
    #[inline]
    pub unsafe fn from_borrowed(ptr: *const ObjectHeader) -> Obj {
        // SAFETY: as above; the increment pays for the new reference.
        let obj = unsafe { Obj::from_raw(ptr as *mut ObjectHeader) };
        incref(obj.header());
        obj
    }

    /// Gives up ownership without decrementing; pair with [`Obj::from_raw`].
    #[inline]
    pub fn into_raw(self) -> *mut ObjectHeader {
        ManuallyDrop::new(self).0.as_ptr()
    }

    #[inline]
    pub fn as_ptr(&self) -> *mut ObjectHeader {
        self.0.as_ptr()
    }

    /// The object's address, as `id()` reports it.
    #[inline]
    pub fn addr(&self) -> usize {
        self.0.as_ptr() as usize
    }

    #[inline]
    pub fn header(&self) -> &ObjectHeader {
        // SAFETY: an `Obj` keeps its object alive.
        unsafe { self.0.as_ref() }
    }

    /// The object's type. The type lives at least as long as the object (instances own a
    /// reference to their heap type), so the borrow is tied to `self`.
    #[inline]
    pub fn ty(&self) -> &TypeObject {
        // SAFETY: every live object has a valid type pointer that outlives it.
        unsafe { &*self.header().ob_type.get() }
    }

    #[inline]
    pub fn type_ptr(&self) -> *const TypeObject {
        self.header().ob_type.get()
    }

    /// A new reference to the object's type, as a Python object.
    pub fn type_obj(&self) -> Obj {
        self.ty().as_obj()
    }

    /// Identity (`is`).
    #[inline]
    pub fn is(&self, other: &Obj) -> bool {
        self.0 == other.0
    }

    /// The reference count as `sys.getrefcount` reports it.
    #[inline]
    pub fn refcount(&self) -> usize {
        self.header().refcnt.get()
    }

    #[inline]
    pub fn is_immortal(&self) -> bool {
        self.header().refcnt.get() & IMMORTAL_BIT != 0
    }

    /// Makes the object immortal: its count is never touched again and it is never freed.
    pub fn make_immortal(&self) {
        self.header().refcnt.set(IMMORTAL_REFCNT);
    }

    /// Whether the object's type is exactly `T`'s type.
    #[inline]
    pub fn is_exact<T: PyPayload>(&self) -> bool {
        std::ptr::eq(self.type_ptr(), T::static_type())
    }

    /// The object as a `T` if its type is `T`'s type or a subtype of it.
    #[inline]
    pub fn downcast<T: PyPayload>(&self) -> Option<&T> {
        if self.is_exact::<T>() || self.ty().is_subtype(T::static_type()) {
            // SAFETY: the type check guarantees `T`'s layout (PyPayload contract).
            Some(unsafe { self.cast_unchecked::<T>() })
        } else {
            None
        }
    }

    /// The object as a `T` if its type is exactly `T`'s type.
    #[inline]
    pub fn downcast_exact<T: PyPayload>(&self) -> Option<&T> {
        if self.is_exact::<T>() {
            // SAFETY: exact type match guarantees `T`'s layout.
            Some(unsafe { self.cast_unchecked::<T>() })
        } else {
            None
        }
    }

    /// # Safety
    /// The object must have `T`'s layout (its type is `T`'s type or a subtype).
    #[inline]
    pub unsafe fn cast_unchecked<T: PyPayload>(&self) -> &T {
        // SAFETY: guaranteed by the caller.
        unsafe { &*(self.0.as_ptr() as *const T) }
    }
}

impl Clone for Obj {
    #[inline]
    fn clone(&self) -> Obj {
        incref(self.header());
        Obj(self.0)
    }
}

impl Drop for Obj {
    #[inline]
    fn drop(&mut self) {
        // SAFETY: this `Obj` owned one reference, given up here.
        unsafe { decref(self.0.as_ptr()) }
    }
}

impl std::fmt::Debug for Obj {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{} object at {:#x}>", self.ty().name(), self.addr())
    }
}

#[inline]
pub fn incref(h: &ObjectHeader) {
    let rc = h.refcnt.get();
    if rc & IMMORTAL_BIT == 0 {
        h.refcnt.set(rc + 1);
    }
}

/// Drops one reference; frees the object when it was the last.
///
/// # Safety
/// `ptr` is a live object and the caller owned the reference it gives up.
#[inline]
pub unsafe fn decref(ptr: *mut ObjectHeader) {
    // SAFETY: the caller guarantees the object is live.
    let h = unsafe { &*ptr };
    let rc = h.refcnt.get();
    if rc & IMMORTAL_BIT != 0 {
        return;
    }
    if rc == 1 {
        h.refcnt.set(0);
        // SAFETY: the count reached zero: nobody else can reach the object.
        unsafe { crate::memory::dealloc::object_died(ptr) };
    } else {
        h.refcnt.set(rc - 1);
    }
}

/// A borrowed reference usable where `&Obj` is expected, for pointers that don't live in an
/// `Obj` (stack slots). It never touches the count.
pub struct Borrowed<'a> {
    obj: ManuallyDrop<Obj>,
    _life: PhantomData<&'a Obj>,
}

impl<'a> Borrowed<'a> {
    /// # Safety
    /// `ptr` is a live object that stays alive for `'a`.
    #[inline]
    pub unsafe fn from_ptr(ptr: *mut ObjectHeader) -> Borrowed<'a> {
        // SAFETY: guaranteed by the caller; ManuallyDrop prevents the decrement.
        Borrowed { obj: ManuallyDrop::new(unsafe { Obj::from_raw(ptr) }), _life: PhantomData }
    }
}

impl<'a> Borrowed<'a> {
    /// A type object viewed as an object reference.
    #[inline]
    pub fn from_type(ty: &'a TypeObject) -> Borrowed<'a> {
        // SAFETY: a borrowed type object is alive for 'a.
        unsafe { Borrowed::from_ptr(ty as *const TypeObject as *mut ObjectHeader) }
    }
}

impl Deref for Borrowed<'_> {
    type Target = Obj;
    #[inline]
    fn deref(&self) -> &Obj {
        &self.obj
    }
}

/// A value-stack entry: null, an owned reference, or a borrowed one (low bit set). Objects are
/// 16-byte aligned, so the low bits of their addresses are free for the tag.
#[repr(transparent)]
pub struct StackRef(usize);

const BORROWED_TAG: usize = 1;

impl StackRef {
    pub const NULL: StackRef = StackRef(0);

    /// Moves an owned reference onto the stack.
    #[inline]
    pub fn owned(obj: Obj) -> StackRef {
        StackRef(obj.into_raw() as usize)
    }

    /// Pushes a borrowed reference: the caller guarantees the object outlives this entry.
    #[inline]
    pub fn borrowed(obj: &Obj) -> StackRef {
        StackRef(obj.addr() | BORROWED_TAG)
    }

    /// A strong reference to the same object (increments).
    #[inline]
    pub fn new_owned(obj: &Obj) -> StackRef {
        StackRef::owned(obj.clone())
    }

    #[inline]
    pub fn is_null(&self) -> bool {
        self.0 == 0
    }

    #[inline]
    pub fn is_borrowed(&self) -> bool {
        self.0 & BORROWED_TAG != 0
    }

    /// The untagged object pointer (null for `NULL`).
    #[inline]
    pub fn as_ptr(&self) -> *mut ObjectHeader {
        (self.0 & !BORROWED_TAG) as *mut ObjectHeader
    }

    /// A borrowed view of a non-null entry.
    #[inline]
    pub fn get(&self) -> Borrowed<'_> {
        debug_assert!(!self.is_null());
        // SAFETY: a non-null stack entry refers to a live object for as long as the entry exists.
        unsafe { Borrowed::from_ptr(self.as_ptr()) }
    }

    /// A borrowed view, or `None` for a null entry.
    #[inline]
    pub fn get_opt(&self) -> Option<Borrowed<'_>> {
        if self.is_null() {
            None
        } else {
            Some(self.get())
        }
    }

    /// Converts to an owned reference, incrementing if the entry was borrowed (CPython's
    /// `PyStackRef_AsPyObjectSteal` after `MakeHeapSafe`). Panics on null in debug builds only.
    #[inline]
    pub fn into_owned(self) -> Obj {
        debug_assert!(!self.is_null());
        let this = ManuallyDrop::new(self);
        let ptr = this.as_ptr();
        if this.is_borrowed() {
            // SAFETY: a borrowed entry refers to a live object; we take a new reference.
            unsafe { Obj::from_borrowed(ptr) }
        } else {
            // SAFETY: an owned entry carries one reference, moved into the result.
            unsafe { Obj::from_raw(ptr) }
        }
    }

    /// `into_owned`, or `None` for null.
    #[inline]
    pub fn into_owned_opt(self) -> Option<Obj> {
        if self.is_null() {
            std::mem::forget(self);
            None
        } else {
            Some(self.into_owned())
        }
    }

    /// Makes a borrowed entry owned in place (CPython's `PyStackRef_MakeHeapSafe`): needed before
    /// the entry may outlive the frame that lent it.
    #[inline]
    pub fn make_heap_safe(&mut self) {
        if self.is_borrowed() {
            let ptr = self.as_ptr();
            // SAFETY: a borrowed entry refers to a live object.
            incref(unsafe { &*ptr });
            self.0 = ptr as usize;
        }
    }

    /// Takes the entry out, leaving null.
    #[inline]
    pub fn take(&mut self) -> StackRef {
        std::mem::replace(self, StackRef::NULL)
    }

    /// Copies the bits without any ownership transfer.
    ///
    /// # Safety
    /// The caller makes sure exactly one of the two copies is ever dropped as owned.
    #[inline]
    pub unsafe fn bitwise_copy(&self) -> StackRef {
        StackRef(self.0)
    }
}

/// Views non-null stack entries as `&[Obj]` for the duration of `f` (a native call's arguments):
/// the borrow tags are cleared in place and restored afterwards, so no copy is made and no count
/// changes.
pub fn with_untagged<R>(refs: &mut [StackRef], f: impl FnOnce(&[Obj]) -> R) -> R {
    debug_assert!(refs.iter().all(|r| !r.is_null()));
    let mut small_mask: u64 = 0;
    let mut big_mask: Vec<bool> = Vec::new();
    if refs.len() > 64 {
        big_mask = refs.iter().map(StackRef::is_borrowed).collect();
    }
    for (i, r) in refs.iter_mut().enumerate() {
        if r.0 & BORROWED_TAG != 0 {
            if i < 64 {
                small_mask |= 1 << i;
            }
            r.0 &= !BORROWED_TAG;
        }
    }
    // SAFETY: `StackRef` and `Obj` are both a transparent pointer-sized word; every entry is a
    // non-null, untagged pointer to a live object now, and the `Obj`s are only borrowed.
    let objs = unsafe { std::slice::from_raw_parts(refs.as_ptr() as *const Obj, refs.len()) };
    let out = f(objs);
    for (i, r) in refs.iter_mut().enumerate() {
        let was = if i < 64 { small_mask & (1 << i) != 0 } else { big_mask[i] };
        if was {
            r.0 |= BORROWED_TAG;
        }
    }
    out
}

impl Drop for StackRef {
    #[inline]
    fn drop(&mut self) {
        if self.0 != 0 && !self.is_borrowed() {
            // SAFETY: an owned entry carries one reference, given up here.
            unsafe { decref(self.0 as *mut ObjectHeader) }
        }
    }
}
