//! The cycle collector's bookkeeping: generation lists threaded through the GC headers,
//! allocation counts, and the per-object flags (tracked, finalized). The collection algorithm
//! itself lives in `collect`.

use crate::object::header::{GcHead, Obj, ObjectHeader, GC_HEAD_SIZE};
use std::cell::Cell;

/// `prev` low bits: the object's `__del__` already ran (PEP 442).
pub(crate) const FINALIZED: usize = 1;
/// `prev` low bits: set while the object is in the collection being run.
pub(crate) const COLLECTING: usize = 2;
const FLAG_MASK: usize = 3;

/// A circular doubly linked list of GC heads with a sentinel.
pub struct GcList {
    pub(crate) head: GcHead,
}

// SAFETY: only the interpreter thread touches the collector's lists.
unsafe impl Sync for GcList {}

impl GcList {
    const fn new() -> GcList {
        GcList { head: GcHead { next: Cell::new(std::ptr::null_mut()), prev: Cell::new(0) } }
    }

    pub(crate) fn sentinel(&self) -> *mut GcHead {
        &self.head as *const GcHead as *mut GcHead
    }

    /// Lazily makes the empty list point at itself.
    pub(crate) fn init(&self) {
        if self.head.next.get().is_null() {
            let s = self.sentinel();
            self.head.next.set(s);
            self.head.prev.set(s as usize);
        }
    }

    #[allow(dead_code)]
    pub(crate) fn is_empty(&self) -> bool {
        self.init();
        self.head.next.get() == self.sentinel()
    }
}

/// Collector state: three generations plus the permanent one (`gc.freeze`).
pub struct GcState {
    pub(crate) generations: [GcList; 3],
    #[allow(dead_code)]
    pub(crate) permanent: GcList,
    /// Allocations minus deallocations of tracked objects since the last young collection.
    pub(crate) count: [Cell<i64>; 3],
    pub(crate) threshold: [Cell<i64>; 3],
    pub(crate) enabled: Cell<bool>,
    pub(crate) collecting: Cell<bool>,
}

// SAFETY: only the interpreter thread touches the collector.
unsafe impl Sync for GcState {}

pub static GC: GcState = GcState {
    generations: [GcList::new(), GcList::new(), GcList::new()],
    permanent: GcList::new(),
    count: [Cell::new(0), Cell::new(0), Cell::new(0)],
    threshold: [Cell::new(2000), Cell::new(10), Cell::new(10)],
    enabled: Cell::new(true),
    collecting: Cell::new(false),
};

/// The GC head of an object allocated with one.
#[inline]
pub(crate) fn head_of(obj: *mut ObjectHeader) -> *mut GcHead {
    // SAFETY: callers only pass objects of GC-capable types, which have the head in front.
    unsafe { (obj as *mut u8).sub(GC_HEAD_SIZE) as *mut GcHead }
}

/// The object behind a GC head.
#[inline]
pub(crate) fn obj_of(h: *mut GcHead) -> *mut ObjectHeader {
    // SAFETY: list members are GC heads placed just before their object.
    unsafe { (h as *mut u8).add(GC_HEAD_SIZE) as *mut ObjectHeader }
}

/// Whether the object carries a GC head (static type objects don't, though `type` is a GC type).
pub fn is_gc_object(o: &Obj) -> bool {
    let ty = o.ty();
    if !ty.is_gc() {
        return false;
    }
    match crate::object::typeobj::as_type(o) {
        Some(t) => t.is_heap_type(),
        None => true,
    }
}

#[inline]
fn prev_ptr(h: &GcHead) -> *mut GcHead {
    (h.prev.get() & !FLAG_MASK) as *mut GcHead
}

#[inline]
fn set_prev(h: &GcHead, p: *mut GcHead) {
    h.prev.set((p as usize) | (h.prev.get() & FLAG_MASK));
}

/// Links `h` at the end of `list`.
pub(crate) fn list_append(list: &GcList, h: *mut GcHead) {
    list.init();
    let s = list.sentinel();
    // SAFETY: `h` is a valid head not on any list; the sentinel and its neighbours are valid.
    unsafe {
        let last = prev_ptr(&*s);
        (*h).next.set(s);
        set_prev(&*h, last);
        (*last).next.set(h);
        set_prev(&*s, h);
    }
}

/// Unlinks `h` from whatever list it is on.
pub(crate) fn list_remove(h: *mut GcHead) {
    // SAFETY: `h` is on a list; its neighbours are valid.
    unsafe {
        let prev = prev_ptr(&*h);
        let next = (*h).next.get();
        (*prev).next.set(next);
        set_prev(&*next, prev);
        (*h).next.set(std::ptr::null_mut());
        (*h).prev.set((*h).prev.get() & FLAG_MASK);
    }
}

/// Starts tracking an object (no-op if already tracked).
///
/// # Safety
/// `obj` is a fully initialised object of a GC type allocated with a GC head.
pub unsafe fn track(obj: *mut ObjectHeader) {
    let h = head_of(obj);
    // SAFETY: the head exists (caller's contract).
    if unsafe { !(*h).next.get().is_null() } {
        return;
    }
    list_append(&GC.generations[0], h);
}

/// Stops tracking an object (no-op if untracked).
///
/// # Safety
/// `obj` is an object of a GC type allocated with a GC head.
pub unsafe fn untrack(obj: *mut ObjectHeader) {
    let h = head_of(obj);
    // SAFETY: the head exists.
    if unsafe { (*h).next.get().is_null() } {
        return;
    }
    list_remove(h);
}

/// `gc.is_tracked(o)`.
pub fn is_tracked(o: &Obj) -> bool {
    if !is_gc_object(o) {
        return false;
    }
    // SAFETY: `o` has a GC head.
    unsafe { !(*head_of(o.as_ptr())).next.get().is_null() }
}

/// CPython's `_PyObject_GC_MAY_BE_TRACKED`: could this item keep a tuple in a cycle?
pub fn may_be_tracked(o: &Obj) -> bool {
    if !is_gc_object(o) {
        return false;
    }
    if o.is_exact::<crate::object::tuple::TupleObject>() {
        return is_tracked(o);
    }
    true
}

/// Whether the object's finalizer already ran.
pub fn is_finalized(obj: *mut ObjectHeader) -> bool {
    // SAFETY: called only for objects with GC heads (heap-type instances, generators).
    unsafe { (*head_of(obj)).prev.get() & FINALIZED != 0 }
}

pub fn set_finalized(obj: *mut ObjectHeader) {
    let h = head_of(obj);
    // SAFETY: as `is_finalized`.
    unsafe { (*h).prev.set((*h).prev.get() | FINALIZED) };
}

/// Counts an allocation of a GC object; schedules a collection when gen 0 overflows.
pub fn object_allocated() {
    let c = GC.count[0].get() + 1;
    GC.count[0].set(c);
    if c > GC.threshold[0].get() && GC.enabled.get() && GC.threshold[0].get() > 0 && !GC.collecting.get() {
        crate::memory::finalize::schedule_gc();
    }
}

/// Counts a deallocation of a GC object.
pub fn object_freed() {
    let c = GC.count[0].get();
    if c > 0 {
        GC.count[0].set(c - 1);
    }
}

/// Every tracked object (all generations, not the permanent one), oldest generation last.
pub fn all_objects() -> Vec<Obj> {
    let mut out = Vec::new();
    for g in &GC.generations {
        out.extend(list_objects(g));
    }
    out
}

/// The objects on one list (new references).
pub(crate) fn list_objects(list: &GcList) -> Vec<Obj> {
    list.init();
    let s = list.sentinel();
    let mut out = Vec::new();
    // SAFETY: walking a consistent list; every member is a live object.
    unsafe {
        let mut h = (*s).next.get();
        while h != s {
            out.push(Obj::from_borrowed(obj_of(h)));
            h = (*h).next.get();
        }
    }
    out
}

/// The tracked objects of one generation (new references).
pub fn generation_objects(generation: usize) -> Vec<Obj> {
    list_objects(&GC.generations[generation])
}

/// Moves every object of `from` to the end of `to`.
fn merge_lists(from: &GcList, to: &GcList) {
    from.init();
    let s = from.sentinel();
    // SAFETY: walking a consistent list; each head is unlinked before being relinked.
    unsafe {
        let mut h = (*s).next.get();
        while h != s {
            let next = (*h).next.get();
            list_remove(h);
            list_append(to, h);
            h = next;
        }
    }
}

/// `gc.freeze()`: every tracked object moves to the permanent generation, which collections
/// ignore.
pub fn freeze() {
    for g in &GC.generations {
        merge_lists(g, &GC.permanent);
    }
    GC.count[0].set(0);
}

/// `gc.unfreeze()`: the permanent generation goes back into the oldest one.
pub fn unfreeze() {
    merge_lists(&GC.permanent, &GC.generations[2]);
}

/// `gc.get_freeze_count()`.
pub fn freeze_count() -> usize {
    list_objects(&GC.permanent).len()
}

/// `gc.is_finalized(o)`: whether the collector already ran `o`'s finalizer.
pub fn is_finalized_obj(o: &Obj) -> bool {
    is_gc_object(o) && is_finalized(o.as_ptr())
}
