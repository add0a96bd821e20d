//! The MRO lookup behind every attribute access (CPython's `_PyType_Lookup`), with a small
//! global cache keyed by (type, name) as CPython's type attribute cache. Any change to any type's
//! dict clears the cache, which keeps invalidation trivially correct.

use super::header::{Obj, ObjectHeader};
use super::typeobj::TypeObject;
use std::cell::{Cell, UnsafeCell};

const CACHE_SIZE: usize = 4096;

/// A cached lookup result. `value` is a borrowed pointer (null for "absent"): the cache must not
/// change any reference count a teacher could observe, as CPython's cache holds borrowed
/// references too. It stays valid because every change to a type dict, and every type
/// deallocation, bumps the generation and thereby invalidates all entries.
#[derive(Clone, Copy)]
struct Entry {
    generation: u64,
    ty: *const TypeObject,
    name: usize,
    value: *mut ObjectHeader,
}

struct Cache {
    entries: UnsafeCell<[Entry; CACHE_SIZE]>,
    generation: Cell<u64>,
}

// SAFETY: only the interpreter thread looks attributes up.
unsafe impl Sync for Cache {}

static CACHE: Cache = Cache {
    entries: UnsafeCell::new(
        [Entry { generation: 0, ty: std::ptr::null(), name: 0, value: std::ptr::null_mut() }; CACHE_SIZE],
    ),
    generation: Cell::new(1),
};

#[inline]
fn slot(ty: *const TypeObject, name: usize) -> usize {
    ((ty as usize >> 4) ^ (name >> 4).wrapping_mul(0x9E37)) & (CACHE_SIZE - 1)
}

/// Finds `name` along `ty`'s MRO. Only interned names are cached (their addresses are unique and
/// stable); others are looked up directly.
pub fn lookup(ty: &TypeObject, name: &Obj) -> Option<Obj> {
    let interned = super::str::as_str_obj(name).is_some_and(|s| s.is_interned());
    if !interned {
        return lookup_uncached(ty, name);
    }
    let key = name.addr();
    let i = slot(ty, key);
    let generation = CACHE.generation.get();
    // SAFETY: single-threaded; a valid entry's value is alive (see `Entry`).
    unsafe {
        let e = (*CACHE.entries.get())[i];
        if e.generation == generation && std::ptr::eq(e.ty, ty) && e.name == key {
            return if e.value.is_null() { None } else { Some(Obj::from_borrowed(e.value)) };
        }
    }
    let value = lookup_uncached(ty, name);
    let ptr = value.as_ref().map_or(std::ptr::null_mut(), |v| v.as_ptr());
    // SAFETY: single-threaded short write.
    unsafe { (*CACHE.entries.get())[i] = Entry { generation, ty, name: key, value: ptr } };
    value
}

/// The lookup itself: each class dict along the MRO, first hit wins.
pub fn lookup_uncached(ty: &TypeObject, name: &Obj) -> Option<Obj> {
    if let Some(mro) = ty.mro() {
        for t in super::tuple::tuple_items(mro) {
            let t = super::typeobj::as_type(t)?;
            if let Some(d) = t.dict_opt() {
                if let Some(v) = super::dict::as_dict(d)?.get_str(name) {
                    return Some(v);
                }
            }
        }
        return None;
    }
    let mut t = Some(ty);
    while let Some(cur) = t {
        if let Some(d) = cur.dict_opt() {
            if let Some(v) = super::dict::as_dict(d)?.get_str(name) {
                return Some(v);
            }
        }
        t = cur.base();
    }
    None
}

/// Forgets every cached lookup (a class dict changed, or a type is being freed).
pub fn invalidate_all() {
    CACHE.generation.set(CACHE.generation.get() + 1);
}
