//! `set` and `frozenset`: CPython's open-addressing table (`Objects/setobject.c`) — linear probes,
//! then perturbation; the same minimum size, fill/resize policy, dummy handling, `pop` finger and
//! merge strategies — so that sets iterate in CPython's order (for ints and floats, whose
//! hashes match CPython's; string hashes differ, as they do between CPython runs).

use super::header::{Obj, ObjectHeader, PyPayload};
use super::typeobj::{flags, TypeObject};
use super::{boolobj, dict, int, protocol, singletons, str as pystr, CompareOp, PyErr, PyResult};
use crate::memory::alloc::{alloc_object, free_object};
use crate::memory::gc;
use crate::slots;
use crate::syntax::ast::Operator;
use crate::vm::Vm;
use std::cell::{Cell, UnsafeCell};

/// The size of a new table (CPython's `PySet_MINSIZE`).
const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// A table slot: empty (`key: None, dummy: false`), deleted (`dummy`, hash -1), or active.
#[derive(Clone, Default)]
pub struct SetEntry {
    pub key: Option<Obj>,
    pub hash: i64,
    dummy: bool,
}

impl SetEntry {
    fn is_unused(&self) -> bool {
        self.key.is_none() && !self.dummy
    }
}

/// The table proper: a power-of-two array of slots.
pub struct SetTable {
    table: Vec<SetEntry>,
    /// Active + dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` resumes its scan.
    finger: usize,
    /// Bumped on every change; lookups restart if a comparison changed the table.
    version: u64,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable { table: vec![SetEntry::default(); MIN_SIZE], fill: 0, used: 0, finger: 0, version: 0 }
    }
}

impl SetTable {
    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Number of slots.
    pub fn table_len(&self) -> usize {
        self.table.len()
    }

    /// Active plus dummy slots.
    pub fn fill_count(&self) -> usize {
        self.fill
    }

    /// Rebuilds the table for `minused` members (CPython's `set_table_resize`).
    pub fn resize_to(&mut self, minused: usize) {
        self.resize(minused)
    }

    /// The members in table order.
    pub fn iter(&self) -> impl Iterator<Item = &Obj> {
        self.table.iter().filter_map(|e| e.key.as_ref())
    }

    /// `(key, hash)` of the members in table order (new references).
    fn entries(&self) -> Vec<(Obj, i64)> {
        self.table.iter().filter_map(|e| Some((e.key.clone()?, e.hash))).collect()
    }

    /// CPython's `set_insert_clean`: the key is known absent and the table has no dummies
    /// where it will probe.
    fn insert_clean(table: &mut [SetEntry], key: Obj, hash: i64) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if table[i].key.is_none() {
                table[i] = SetEntry { key: Some(key), hash, dummy: false };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if table[i + j].key.is_none() {
                        table[i + j] = SetEntry { key: Some(key), hash, dummy: false };
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// CPython's `set_table_resize`: the smallest power of two above `minused`, members
    /// re-inserted in old table order.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![SetEntry::default(); newsize]);
        for e in old {
            if let Some(k) = e.key {
                Self::insert_clean(&mut self.table, k, e.hash);
            }
        }
        self.fill = self.used;
        self.version += 1;
    }
}

#[repr(C)]
pub struct SetObject {
    head: ObjectHeader,
    table: UnsafeCell<SetTable>,
    /// A frozenset's cached hash, or -1.
    hash: Cell<i64>,
}

// SAFETY: `#[repr(C)]` with the header first; frozenset shares the layout.
unsafe impl PyPayload for SetObject {
    fn static_type() -> &'static TypeObject {
        &SET_TYPE
    }
}

/// Equality that needs no Python code (identity, exact str, exact int); `None` otherwise.
#[inline]
fn fast_eq(a: &Obj, b: &Obj) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    if a.is_exact::<pystr::StrObject>() && b.is_exact::<pystr::StrObject>() {
        return Some(pystr::str_eq(a, b));
    }
    if a.is_exact::<int::IntObject>() && b.is_exact::<int::IntObject>() {
        return Some(int::int_cmp(int::int_value(a)?, int::int_value(b)?).is_eq());
    }
    None
}

/// The result of probing for a key.
enum Lookup {
    Found(usize),
    /// Absent: the first empty slot reached, and the first dummy passed on the way.
    Absent {
        unused: usize,
        dummy: Option<usize>,
    },
}

impl SetObject {
    /// # Safety
    /// As `DictObject::table`: short borrows that run no Python code.
    #[allow(clippy::mut_from_ref)]
    #[inline]
    pub unsafe fn table(&self) -> &mut SetTable {
        // SAFETY: forwarded to the caller.
        unsafe { &mut *self.table.get() }
    }

    pub fn len(&self) -> usize {
        // SAFETY: a short read.
        unsafe { self.table().used }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn version(&self) -> u64 {
        // SAFETY: a short read.
        unsafe { self.table().version }
    }

    /// CPython's probe sequence (`set_add_entry` / `set_lookkey`); comparisons that run Python
    /// code restart the probe if they changed the table.
    fn lookup(&self, vm: &mut Vm, key: &Obj, hash: i64) -> PyResult<Lookup> {
        'restart: loop {
            // SAFETY: a short read.
            let (mask, version) = unsafe { (self.table().mask(), self.table().version) };
            let mut dummy: Option<usize> = None;
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            loop {
                let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
                for j in 0..=probes {
                    let idx = i + j;
                    // SAFETY: a short read; the candidate key is cloned out.
                    let (candidate, is_dummy, is_unused) = unsafe {
                        let e = &self.table().table[idx];
                        let cand = if e.key.is_some() && e.hash == hash { e.key.clone() } else { None };
                        (cand, e.dummy, e.is_unused())
                    };
                    if is_unused {
                        return Ok(Lookup::Absent { unused: idx, dummy });
                    }
                    if is_dummy {
                        dummy.get_or_insert(idx);
                        continue;
                    }
                    if let Some(k) = candidate {
                        let equal = match fast_eq(&k, key) {
                            Some(eq) => eq,
                            None => {
                                let eq = protocol::eq(vm, &k, key)?;
                                // SAFETY: a short read.
                                if unsafe { self.table().version } != version {
                                    continue 'restart;
                                }
                                eq
                            }
                        };
                        if equal {
                            return Ok(Lookup::Found(idx));
                        }
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
        }
    }

    pub fn contains_hashed(&self, vm: &mut Vm, key: &Obj, hash: i64) -> PyResult<bool> {
        if self.is_empty() {
            return Ok(false);
        }
        Ok(matches!(self.lookup(vm, key, hash)?, Lookup::Found(_)))
    }

    pub fn contains(&self, vm: &mut Vm, key: &Obj) -> PyResult<bool> {
        let hash = element_hash(vm, key)?;
        self.contains_hashed(vm, key, hash)
    }

    /// CPython's `set_add_entry`: reuses the first dummy passed, else takes the empty slot and
    /// resizes when two thirds full.
    pub fn add_hashed(&self, vm: &mut Vm, key: Obj, hash: i64) -> PyResult<()> {
        match self.lookup(vm, &key, hash)? {
            Lookup::Found(_) => Ok(()),
            Lookup::Absent { unused, dummy } => {
                // SAFETY: a short access; resizing runs no Python code.
                unsafe {
                    let t = self.table();
                    t.used += 1;
                    t.version += 1;
                    match dummy {
                        Some(d) => t.table[d] = SetEntry { key: Some(key), hash, dummy: false },
                        None => {
                            t.table[unused] = SetEntry { key: Some(key), hash, dummy: false };
                            t.fill += 1;
                            if t.fill * 5 >= t.mask() * 3 {
                                let target = if t.used > 50000 { t.used * 2 } else { t.used * 4 };
                                t.resize(target);
                            }
                        }
                    }
                }
                Ok(())
            }
        }
    }

    pub fn add(&self, vm: &mut Vm, key: Obj) -> PyResult<()> {
        let hash = element_hash(vm, &key)?;
        self.add_hashed(vm, key, hash)
    }

    /// CPython's `set_discard_entry`: the slot becomes a dummy. Returns whether it was there.
    pub fn discard_hashed(&self, vm: &mut Vm, key: &Obj, hash: i64) -> PyResult<bool> {
        if self.is_empty() {
            return Ok(false);
        }
        match self.lookup(vm, key, hash)? {
            Lookup::Found(idx) => {
                // SAFETY: a short access; the removed key drops after it ends.
                let old = unsafe {
                    let t = self.table();
                    let e = &mut t.table[idx];
                    e.dummy = true;
                    e.hash = -1;
                    t.used -= 1;
                    t.version += 1;
                    e.key.take()
                };
                drop(old);
                Ok(true)
            }
            Lookup::Absent { .. } => Ok(false),
        }
    }

    /// Removes `key`; returns whether it was present.
    pub fn discard(&self, vm: &mut Vm, key: &Obj) -> PyResult<bool> {
        let hash = element_hash(vm, key)?;
        self.discard_hashed(vm, key, hash)
    }

    /// Snapshot of the members (new references), in table order.
    pub fn items_vec(&self) -> Vec<Obj> {
        // SAFETY: a short read.
        unsafe { self.table().iter().cloned().collect() }
    }

    /// Snapshot of `(member, hash)` in table order.
    pub fn entries_vec(&self) -> Vec<(Obj, i64)> {
        // SAFETY: a short read.
        unsafe { self.table().entries() }
    }

    /// The active entry at or after slot `pos`: `(next_pos, key)`.
    pub fn entry_at(&self, pos: usize) -> Option<(usize, Obj)> {
        // SAFETY: a short read.
        unsafe {
            let t = self.table();
            let mut p = pos;
            while p < t.table.len() {
                if let Some(k) = &t.table[p].key {
                    return Some((p + 1, k.clone()));
                }
                p += 1;
            }
            None
        }
    }

    /// Empties the set (back to a fresh minimum-size table).
    pub fn clear(&self) {
        // SAFETY: a short access; old entries drop after it ends.
        let old = unsafe {
            let t = self.table();
            let v = t.version + 1;
            let old = std::mem::take(t);
            t.version = v;
            old
        };
        drop(old);
    }

    /// CPython's `set.pop`: scans from the finger left by the previous pop.
    pub fn pop(&self) -> Option<Obj> {
        // SAFETY: a short access; no Python code runs.
        unsafe {
            let t = self.table();
            if t.used == 0 {
                return None;
            }
            let mask = t.mask();
            let mut i = t.finger & mask;
            while t.table[i].key.is_none() {
                i = if i == mask { 0 } else { i + 1 };
            }
            let e = &mut t.table[i];
            e.dummy = true;
            e.hash = -1;
            t.used -= 1;
            t.version += 1;
            t.finger = i + 1;
            e.key.take()
        }
    }

    /// Exchanges the tables of two sets (CPython's `set_swap_bodies`, used by the in-place
    /// operations that build their result aside).
    pub fn swap_bodies(&self, other: &SetObject) {
        if std::ptr::eq(self, other) {
            return;
        }
        // SAFETY: two distinct sets; short accesses; no Python code runs.
        unsafe {
            std::mem::swap(self.table(), other.table());
            self.table().version += 1;
            other.table().version += 1;
        }
        let h = self.hash.get();
        self.hash.set(other.hash.get());
        other.hash.set(h);
    }

    /// CPython's `set_merge`: adds every member of another set, copying slot by slot into an
    /// empty table of the same size, or inserting cleanly into an empty one.
    pub fn merge(&self, vm: &mut Vm, other: &SetObject) -> PyResult<()> {
        if std::ptr::eq(self, other) || other.is_empty() {
            return Ok(());
        }
        // SAFETY: short accesses on two distinct tables; no Python code runs until the
        // general path below, which snapshots first.
        unsafe {
            let t = self.table();
            let o = other.table();
            if (t.fill + o.used) * 5 >= t.mask() * 3 {
                t.resize((t.used + o.used) * 2);
            }
            if t.fill == 0 && t.mask() == o.mask() && o.fill == o.used {
                for (i, e) in o.table.iter().enumerate() {
                    if let Some(k) = &e.key {
                        t.table[i] = SetEntry { key: Some(k.clone()), hash: e.hash, dummy: false };
                    }
                }
                t.fill = o.fill;
                t.used = o.used;
                t.version += 1;
                return Ok(());
            }
            if t.fill == 0 {
                for e in o.table.iter() {
                    if let Some(k) = &e.key {
                        SetTable::insert_clean(&mut t.table, k.clone(), e.hash);
                    }
                }
                t.fill = o.used;
                t.used = o.used;
                t.version += 1;
                return Ok(());
            }
        }
        for (k, h) in other.entries_vec() {
            self.add_hashed(vm, k, h)?;
        }
        Ok(())
    }
}

/// The hash of a set element, with CPython 3.14's
/// `cannot use 'list' as a set element (unhashable type: 'list')`.
#[inline]
pub fn element_hash(vm: &mut Vm, key: &Obj) -> PyResult<i64> {
    if let Some(s) = key.downcast_exact::<pystr::StrObject>() {
        return Ok(s.hash());
    }
    match protocol::hash(vm, key) {
        Ok(h) => Ok(h),
        Err(e) => Err(dict::unhashable_error(vm, e, key, "a set element")),
    }
}

#[inline]
pub fn as_set(o: &Obj) -> Option<&SetObject> {
    if let Some(s) = o.downcast::<SetObject>() {
        return Some(s);
    }
    if o.ty().is_subtype(&FROZENSET_TYPE) {
        // SAFETY: frozenset shares the set layout.
        return Some(unsafe { o.cast_unchecked::<SetObject>() });
    }
    None
}

pub fn is_frozenset(o: &Obj) -> bool {
    o.ty().is_subtype(&FROZENSET_TYPE)
}

unsafe fn set_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: a dying set: untrack, drop the table, free the block.
    unsafe {
        gc::untrack(obj);
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*(obj as *mut SetObject)).table));
        free_object(obj, 0);
    }
}

fn set_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    let s = as_set(o).expect("set");
    // SAFETY: the collector runs no Python code while traversing.
    for k in unsafe { s.table() }.iter() {
        visit(k);
    }
}

fn set_clear_slot(o: &Obj) {
    as_set(o).expect("set").clear();
}

pub(crate) fn alloc_set(ty: &TypeObject) -> PyResult<*mut ObjectHeader> {
    let ptr = alloc_object(ty, 0)?;
    // SAFETY: fresh block with a set's layout.
    unsafe {
        let s = ptr as *mut SetObject;
        std::ptr::addr_of_mut!((*s).table).write(UnsafeCell::new(SetTable::default()));
        std::ptr::addr_of_mut!((*s).hash).write(Cell::new(-1));
        gc::track(ptr);
    }
    Ok(ptr)
}

pub fn new_set() -> PyResult<Obj> {
    // SAFETY: fresh object with one reference.
    Ok(unsafe { Obj::from_raw(alloc_set(&SET_TYPE)?) })
}

pub fn new_frozenset() -> PyResult<Obj> {
    // SAFETY: fresh object with one reference.
    Ok(unsafe { Obj::from_raw(alloc_set(&FROZENSET_TYPE)?) })
}

/// An empty set of exactly `ty` (set, frozenset or a subclass, built without `__init__`).
pub fn new_of_type(ty: &TypeObject) -> PyResult<Obj> {
    if std::ptr::eq(ty, &SET_TYPE) || std::ptr::eq(ty, &FROZENSET_TYPE) {
        // SAFETY: fresh object with one reference.
        return Ok(unsafe { Obj::from_raw(alloc_set(ty)?) });
    }
    super::class::new_subtype_instance_with(&ty.as_obj(), alloc_set)
}

/// CPython's `set_update_internal`: adds every item of `iterable` (a set is merged, a dict's
/// keys are added with their stored hashes).
pub fn update_from(vm: &mut Vm, target: &Obj, iterable: &Obj) -> PyResult<()> {
    let s = as_set(target).expect("set");
    if let Some(other) = as_set(iterable) {
        return s.merge(vm, other);
    }
    if let Some(d) = dict::as_dict(iterable).filter(|_| iterable.is_exact::<dict::DictObject>()) {
        let n = d.len();
        // SAFETY: a short access; resizing runs no Python code.
        unsafe {
            let t = s.table();
            if (t.fill + n) * 5 >= t.mask() * 3 {
                t.resize((t.used + n) * 2);
            }
        }
        for (k, h) in d.keys_with_hashes() {
            s.add_hashed(vm, k, h)?;
        }
        return Ok(());
    }
    let it = protocol::get_iter(vm, iterable)?;
    while let Some(item) = protocol::next(vm, &it)? {
        s.add(vm, item)?;
    }
    Ok(())
}

fn set_repr(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let s = as_set(o).expect("set");
    let name = o.ty().name().to_string();
    if s.is_empty() {
        return pystr::try_new_str(&format!("{name}()"));
    }
    let Some(_guard) = vm.repr_enter(o) else {
        return pystr::try_new_str(&format!("{name}(...)"));
    };
    let mut out = String::new();
    let plain = o.is_exact::<SetObject>();
    if !plain {
        out.push_str(&name);
        out.push('(');
    }
    out.push('{');
    for (i, k) in s.items_vec().iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(pystr::as_str(&protocol::repr(vm, k)?));
    }
    out.push('}');
    if !plain {
        out.push(')');
    }
    pystr::try_new_str(&out)
}

fn set_len(_: &mut Vm, o: &Obj) -> PyResult<usize> {
    Ok(as_set(o).expect("set").len())
}

/// The hash of a lookup key; an unhashable set is looked up as the equal frozenset (CPython's
/// `set_contains`/`set_discard` rule). Returns the key to use and its hash.
pub fn lookup_key(vm: &mut Vm, key: &Obj) -> PyResult<(Obj, i64)> {
    match protocol::hash(vm, key) {
        Ok(h) => Ok((key.clone(), h)),
        Err(e) if as_set(key).is_some() && e.is_instance(&super::exceptions::TYPE_ERROR) => {
            let f = new_frozenset()?;
            update_from(vm, &f, key)?;
            let h = protocol::hash(vm, &f)?;
            Ok((f, h))
        }
        Err(e) => Err(dict::unhashable_error(vm, e, key, "a set element")),
    }
}

fn set_contains(vm: &mut Vm, o: &Obj, key: &Obj) -> PyResult<bool> {
    let (k, h) = lookup_key(vm, key)?;
    as_set(o).expect("set").contains_hashed(vm, &k, h)
}

fn set_iter(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    super::iter::new_set_iterator(o)
}

fn set_bool(_: &mut Vm, o: &Obj) -> PyResult<bool> {
    Ok(!as_set(o).expect("set").is_empty())
}

/// CPython's `set_issubset`: whether every member of `a` is in `b` (both sets).
pub fn is_subset(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<bool> {
    let (x, y) = (as_set(a).expect("set"), as_set(b).expect("set"));
    if x.len() > y.len() {
        return Ok(false);
    }
    for (k, h) in x.entries_vec() {
        if !y.contains_hashed(vm, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_richcompare(vm: &mut Vm, a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    let (Some(x), Some(y)) = (as_set(a), as_set(b)) else {
        return Ok(singletons::not_implemented());
    };
    let r = match op {
        CompareOp::Eq | CompareOp::Ne => {
            let eq = x.len() == y.len()
                && !(x.hash.get() != -1 && y.hash.get() != -1 && x.hash.get() != y.hash.get())
                && is_subset(vm, a, b)?;
            eq == (op == CompareOp::Eq)
        }
        CompareOp::Le => is_subset(vm, a, b)?,
        CompareOp::Ge => is_subset(vm, b, a)?,
        CompareOp::Lt => x.len() < y.len() && is_subset(vm, a, b)?,
        CompareOp::Gt => x.len() > y.len() && is_subset(vm, b, a)?,
    };
    Ok(boolobj::new_bool(r))
}

/// CPython's `frozenset_hash`: an order-independent mix of the members' hashes.
fn frozenset_hash(_: &mut Vm, o: &Obj) -> PyResult<i64> {
    let s = as_set(o).expect("frozenset");
    if s.hash.get() != -1 {
        return Ok(s.hash.get());
    }
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    // CPython xors in every slot (empty ones hash 0, dummies -1) and then cancels the empty
    // and dummy slots again: the net effect is the xor over the members.
    let mut hash: u64 = 0;
    // SAFETY: a short read.
    let used = unsafe {
        let t = s.table();
        for e in t.table.iter() {
            if e.key.is_some() {
                hash ^= shuffle(e.hash as u64);
            }
        }
        t.used
    };
    hash ^= ((used as u64) + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    let mut h = hash as i64;
    if h == -1 {
        h = 590923713;
    }
    s.hash.set(h);
    Ok(h)
}

fn set_new(vm: &mut Vm, cls: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    let ty = super::typeobj::as_type(cls).expect("type");
    let frozen = ty.is_subtype(&FROZENSET_TYPE);
    if !frozen {
        // `set.__new__` takes the arguments `__init__` will check.
        return new_of_type(ty);
    }
    if super::args::kw_count(kwnames) > 0 && FROZENSET_TYPE.is(cls) {
        return Err(PyErr::type_error("frozenset() takes no keyword arguments"));
    }
    let pos = super::args::positional(args, kwnames);
    if pos.len() > 1 {
        return Err(PyErr::type_error(format!("frozenset expected at most 1 argument, got {}", pos.len())));
    }
    if let Some(x) = pos.first() {
        if FROZENSET_TYPE.is(cls) && std::ptr::eq(x.type_ptr(), &FROZENSET_TYPE) {
            return Ok(x.clone());
        }
    }
    let obj = new_of_type(ty)?;
    if let Some(x) = pos.first() {
        update_from(vm, &obj, x)?;
    }
    Ok(obj)
}

fn set_init(vm: &mut Vm, o: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult<()> {
    if is_frozenset(o) {
        return Ok(());
    }
    if super::args::kw_count(kwnames) > 0 && o.is_exact::<SetObject>() {
        return Err(PyErr::type_error("set() takes no keyword arguments"));
    }
    let pos = super::args::positional(args, kwnames);
    if pos.len() > 1 {
        return Err(PyErr::type_error(format!("set expected at most 1 argument, got {}", pos.len())));
    }
    let s = as_set(o).expect("set");
    if !s.is_empty() {
        s.clear();
    }
    if let Some(x) = pos.first() {
        update_from(vm, o, x)?;
    }
    Ok(())
}

pub static SET_TYPE: TypeObject = TypeObject::builtin(
    "set",
    std::mem::size_of::<SetObject>(),
    flags::BASETYPE | flags::HAVE_GC | flags::UNHASHABLE,
    Some(&super::base::OBJECT_TYPE),
    slots!(set_dealloc,
        traverse: set_traverse, clear: set_clear_slot, repr: set_repr, richcompare: set_richcompare,
        len: set_len, contains: set_contains, iter: set_iter, bool: set_bool, new: set_new, init: set_init),
    super::set_methods::SET_METHODS,
    &[],
    Some("Build an unordered collection of unique elements."),
);

pub static FROZENSET_TYPE: TypeObject = TypeObject::builtin(
    "frozenset",
    std::mem::size_of::<SetObject>(),
    flags::BASETYPE | flags::HAVE_GC,
    Some(&super::base::OBJECT_TYPE),
    slots!(set_dealloc,
        traverse: set_traverse, repr: set_repr, richcompare: set_richcompare, hash: frozenset_hash,
        len: set_len, contains: set_contains, iter: set_iter, bool: set_bool, new: set_new),
    super::set_methods::FROZENSET_METHODS,
    &[],
    Some("Build an immutable unordered collection of unique elements."),
);

pub fn init_type() {
    use super::set_methods as m;
    for ty in [&SET_TYPE, &FROZENSET_TYPE] {
        let n = &ty.slots.number;
        n[Operator::BitOr as usize].set(Some(m::set_or));
        n[Operator::BitAnd as usize].set(Some(m::set_and));
        n[Operator::Sub as usize].set(Some(m::set_sub));
        n[Operator::BitXor as usize].set(Some(m::set_xor));
    }
    let i = &SET_TYPE.slots.inplace;
    i[Operator::BitOr as usize].set(Some(m::set_ior));
    i[Operator::BitAnd as usize].set(Some(m::set_iand));
    i[Operator::Sub as usize].set(Some(m::set_isub));
    i[Operator::BitXor as usize].set(Some(m::set_ixor));
}
