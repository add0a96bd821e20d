//! `set` and `frozenset`: CPython's open-addressing table (linear probes, then perturbation), with
//! the same sizes and resize policy so that sets of small ints iterate in CPython's order.

use super::header::{Obj, ObjectHeader, PyPayload};
use super::typeobj::{flags, TypeObject};
use super::{boolobj, int, protocol, singletons, str as pystr, CompareOp, PyResult};
use crate::memory::alloc::{alloc_object, free_object};
use crate::memory::gc;
use crate::slots;
use crate::syntax::ast::Operator;
use crate::vm::Vm;
use std::cell::{Cell, UnsafeCell};

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// A table slot: empty (`key: None, dummy: false`), deleted (`dummy`), or active.
#[derive(Clone, Default)]
pub struct SetEntry {
    pub key: Option<Obj>,
    pub hash: i64,
    dummy: bool,
}

/// The table proper.
#[derive(Default)]
pub struct SetTable {
    table: Vec<SetEntry>,
    /// Active + dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    version: u64,
}

impl SetTable {
    fn mask(&self) -> usize {
        self.table.len().wrapping_sub(1)
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    pub fn iter(&self) -> impl Iterator<Item = &Obj> {
        self.table.iter().filter_map(|e| e.key.as_ref())
    }

    fn ensure_table(&mut self) {
        if self.table.is_empty() {
            self.table = vec![SetEntry::default(); MIN_SIZE];
        }
    }

    /// CPython's `set_insert_clean`: the key is known absent and there are no dummies to reuse.
    fn insert_clean(table: &mut [SetEntry], key: Obj, hash: i64) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if table[i].key.is_none() && !table[i].dummy {
                table[i] = SetEntry { key: Some(key), hash, dummy: false };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    let e = &mut table[i + j];
                    if e.key.is_none() && !e.dummy {
                        *e = SetEntry { key: Some(key), hash, dummy: false };
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// CPython's `set_table_resize`.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::take(&mut self.table);
        let mut table = vec![SetEntry::default(); newsize];
        for e in old {
            if let Some(k) = e.key {
                Self::insert_clean(&mut table, k, e.hash);
            }
        }
        self.table = table;
        self.fill = self.used;
        self.version += 1;
    }

    fn after_insert(&mut self) {
        if self.fill * 5 >= self.mask() * 3 {
            let target = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
            self.resize(target);
        }
    }
}

#[repr(C)]
pub struct SetObject {
    head: ObjectHeader,
    table: UnsafeCell<SetTable>,
    hash: Cell<i64>,
}

// SAFETY: `#[repr(C)]` with the header first; frozenset shares the layout.
unsafe impl PyPayload for SetObject {
    fn static_type() -> &'static TypeObject {
        &SET_TYPE
    }
}

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

enum Lookup {
    Found(usize),
    /// Absent; the slot to insert at and whether it was a dummy.
    Absent(usize, bool),
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

    /// CPython's probe sequence from `set_add_entry`/`set_lookkey`.
    fn lookup(&self, vm: &mut Vm, key: &Obj, hash: i64) -> PyResult<Lookup> {
        'restart: loop {
            // SAFETY: a short access.
            let (mask, version) = unsafe {
                let t = self.table();
                t.ensure_table();
                (t.mask(), t.version)
            };
            let mut freeslot: Option<usize> = None;
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            loop {
                let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
                for j in 0..=probes {
                    let idx = i + j;
                    // SAFETY: a short read.
                    let (cand, is_dummy, is_empty) = unsafe {
                        let e = &self.table().table[idx];
                        let cand = if e.key.is_some() && e.hash == hash { e.key.clone() } else { None };
                        (cand, e.dummy, e.key.is_none() && !e.dummy)
                    };
                    if is_empty {
                        return Ok(Lookup::Absent(freeslot.unwrap_or(idx), freeslot.is_some()));
                    }
                    if is_dummy {
                        if freeslot.is_none() {
                            freeslot = Some(idx);
                        }
                        continue;
                    }
                    if let Some(k) = cand {
                        let eq = match fast_eq(&k, key) {
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
                        if eq {
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
        let hash = protocol::hash(vm, key)?;
        self.contains_hashed(vm, key, hash)
    }

    pub fn add_hashed(&self, vm: &mut Vm, key: Obj, hash: i64) -> PyResult<()> {
        match self.lookup(vm, &key, hash)? {
            Lookup::Found(_) => Ok(()),
            Lookup::Absent(slot, was_dummy) => {
                // SAFETY: a short access; no Python code runs while resizing.
                unsafe {
                    let t = self.table();
                    t.table[slot] = SetEntry { key: Some(key), hash, dummy: false };
                    t.used += 1;
                    t.version += 1;
                    if !was_dummy {
                        t.fill += 1;
                        t.after_insert();
                    }
                }
                Ok(())
            }
        }
    }

    pub fn add(&self, vm: &mut Vm, key: Obj) -> PyResult<()> {
        let hash = protocol::hash(vm, &key)?;
        self.add_hashed(vm, key, hash)
    }

    /// Removes `key`; returns whether it was present.
    pub fn discard(&self, vm: &mut Vm, key: &Obj) -> PyResult<bool> {
        let hash = protocol::hash(vm, key)?;
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
            Lookup::Absent(..) => Ok(false),
        }
    }

    /// Snapshot of the members (new references), in table order.
    pub fn items_vec(&self) -> Vec<Obj> {
        // SAFETY: a short read.
        unsafe { self.table().iter().cloned().collect() }
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

    /// Removes and returns an arbitrary member (CPython's `set.pop` scans from a finger; we scan
    /// from the start).
    pub fn pop(&self) -> Option<Obj> {
        // SAFETY: a short access.
        unsafe {
            let t = self.table();
            let idx = t.table.iter().position(|e| e.key.is_some())?;
            let e = &mut t.table[idx];
            e.dummy = true;
            e.hash = -1;
            t.used -= 1;
            t.version += 1;
            e.key.take()
        }
    }

    /// Adds every member of another set, keeping CPython's layout when copying into an empty
    /// set (`set_merge`).
    pub fn merge_set(&self, other: &SetObject) {
        // SAFETY: short accesses on two distinct tables (or the same one, handled first).
        unsafe {
            if std::ptr::eq(self, other) {
                return;
            }
            let src: Vec<(Obj, i64)> =
                other.table().table.iter().filter_map(|e| Some((e.key.clone()?, e.hash))).collect();
            let t = self.table();
            if (t.fill + src.len()) * 5 >= t.mask().wrapping_add(1).saturating_sub(1) * 3
                || t.table.is_empty()
            {
                t.resize((t.used + src.len()) * 2);
            }
            if t.fill == 0
                && other.table().fill == other.table().used
                && t.table.len() == other.table().table.len()
            {
                // Same size, no dummies: copy slot by slot.
                for (i, e) in other.table().table.iter().enumerate() {
                    if let Some(k) = &e.key {
                        t.table[i] = SetEntry { key: Some(k.clone()), hash: e.hash, dummy: false };
                    }
                }
                t.fill = other.table().used;
                t.used = other.table().used;
                t.version += 1;
                return;
            }
        }
        // General path: add each (keys are hashable and may need comparisons only among
        // themselves — they are already distinct, but an existing member may compare equal).
        for (k, h) in other.items_vec().into_iter().map(|k| {
            let h = other_hash(other, &k);
            (k, h)
        }) {
            // Comparisons of members of sets run no user code only for str/int; fall back to the
            // generic path through a scratch VM-free insert when possible.
            // SAFETY: a short access.
            let present = unsafe { self.table().iter().any(|x| fast_eq(x, &k) == Some(true)) };
            if !present {
                // SAFETY: a short access; the key is new (checked above for fast-comparable
                // keys; other keys are distinct objects and compared by identity here).
                unsafe {
                    let t = self.table();
                    t.ensure_table();
                    SetTable::insert_clean(&mut t.table, k, h);
                    t.used += 1;
                    t.fill += 1;
                    t.version += 1;
                    t.after_insert();
                }
            }
        }
    }
}

fn other_hash(set: &SetObject, key: &Obj) -> i64 {
    // SAFETY: a short read.
    unsafe {
        set.table().table.iter().find(|e| e.key.as_ref().is_some_and(|k| k.is(key))).map_or(0, |e| e.hash)
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

/// Adds every item of `iterable` to the set `target`.
pub fn update_from(vm: &mut Vm, target: &Obj, iterable: &Obj) -> PyResult<()> {
    let s = as_set(target).expect("set");
    if let Some(other) = as_set(iterable) {
        if other.is_empty() {
            return Ok(());
        }
        let all_fast = other
            .items_vec()
            .iter()
            .all(|k| k.is_exact::<pystr::StrObject>() || k.is_exact::<int::IntObject>());
        if all_fast || s.is_empty() {
            s.merge_set(other);
            return Ok(());
        }
    }
    if let Some(d) = super::dict::as_dict(iterable) {
        for k in d.keys_vec() {
            s.add(vm, k)?;
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
    let frozen = is_frozenset(o);
    if s.is_empty() {
        return Ok(pystr::new_str(&format!("{name}()")));
    }
    let Some(_guard) = vm.repr_enter(o) else {
        return Ok(pystr::new_str(&format!("{name}(...)")));
    };
    let mut out = String::new();
    let plain_set = o.is_exact::<SetObject>();
    if !plain_set {
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
    if !plain_set {
        out.push(')');
    }
    let _ = frozen;
    pystr::try_new_str(&out)
}

fn set_len(_: &mut Vm, o: &Obj) -> PyResult<usize> {
    Ok(as_set(o).expect("set").len())
}

fn set_contains(vm: &mut Vm, o: &Obj, key: &Obj) -> PyResult<bool> {
    let s = as_set(o).expect("set");
    match protocol::hash(vm, key) {
        Ok(h) => s.contains_hashed(vm, key, h),
        Err(e)
            if as_set(key).is_some()
                && !is_frozenset(key)
                && e.is_instance(&super::exceptions::TYPE_ERROR) =>
        {
            // A set key is looked up as the equivalent frozenset, as CPython does.
            let f = new_frozenset()?;
            update_from(vm, &f, key)?;
            let h = protocol::hash(vm, &f)?;
            s.contains_hashed(vm, &f, h)
        }
        Err(e) => Err(e),
    }
}

fn set_iter(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    super::iter::new_set_iterator(o)
}

fn set_bool(_: &mut Vm, o: &Obj) -> PyResult<bool> {
    Ok(!as_set(o).expect("set").is_empty())
}

/// Whether every member of `a` is in `b`.
pub fn is_subset(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<bool> {
    let (x, y) = (as_set(a).expect("set"), as_set(b).expect("set"));
    if x.len() > y.len() {
        return Ok(false);
    }
    for k in x.items_vec() {
        if !y.contains(vm, &k)? {
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
        CompareOp::Eq => x.len() == y.len() && is_subset(vm, a, b)?,
        CompareOp::Ne => !(x.len() == y.len() && is_subset(vm, a, b)?),
        CompareOp::Le => is_subset(vm, a, b)?,
        CompareOp::Ge => is_subset(vm, b, a)?,
        CompareOp::Lt => x.len() < y.len() && is_subset(vm, a, b)?,
        CompareOp::Gt => x.len() > y.len() && is_subset(vm, b, a)?,
    };
    Ok(boolobj::new_bool(r))
}

/// CPython's frozenset hash (`frozenset_hash`): order-independent shuffle of member hashes.
fn frozenset_hash(_: &mut Vm, o: &Obj) -> PyResult<i64> {
    let s = as_set(o).expect("frozenset");
    if s.hash.get() != -1 {
        return Ok(s.hash.get());
    }
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut hash: u64 = 0;
    // SAFETY: a short read.
    for e in unsafe { s.table() }.table.iter() {
        if e.key.is_some() {
            hash ^= shuffle(e.hash as u64);
        }
    }
    // SAFETY: a short read.
    let (fill, used) = unsafe { (s.table().fill, s.table().used) };
    if fill != used {
        // Dummies hash as -1 in CPython's table; they contribute too.
        // SAFETY: a short read.
        for e in unsafe { s.table() }.table.iter() {
            if e.dummy {
                hash ^= shuffle(u64::MAX);
            }
        }
    }
    if (used & 1) != 0 {
        hash ^= shuffle(0);
    }
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
    let frozen = super::typeobj::as_type(cls).is_some_and(|t| t.is_subtype(&FROZENSET_TYPE));
    if frozen {
        super::args::check_arity("frozenset", args, kwnames, 0, 1)?;
        if FROZENSET_TYPE.is(cls) {
            if let Some(x) = args.first() {
                if x.is_exact::<SetObject>() && is_frozenset(x) {
                    return Ok(x.clone());
                }
            }
        }
    }
    let ty = super::typeobj::as_type(cls).expect("type");
    let obj = if SET_TYPE.is(cls) || FROZENSET_TYPE.is(cls) {
        // SAFETY: fresh object with one reference.
        unsafe { Obj::from_raw(alloc_set(ty)?) }
    } else {
        super::class::new_subtype_instance_with(cls, alloc_set)?
    };
    if frozen {
        if let Some(x) = args.first() {
            update_from(vm, &obj, x)?;
        }
    }
    Ok(obj)
}

fn set_init(vm: &mut Vm, o: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult<()> {
    if is_frozenset(o) {
        return Ok(());
    }
    super::args::check_arity("set", args, kwnames, 0, 1)?;
    let s = as_set(o).expect("set");
    s.clear();
    if let Some(x) = args.first() {
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
