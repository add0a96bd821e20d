//! `dict`: CPython's compact, insertion-ordered hash table — a sparse index table pointing into a
//! dense array of entries, probed with CPython's perturbation scheme.
//!
//! Key comparison may run Python code (`__eq__`) which may mutate the very dict being searched, so
//! lookups never hold a borrow of the table across a comparison: they copy the candidate key
//! out, compare, and restart if the table changed meanwhile (as CPython's `lookdict`).

use super::header::{Obj, ObjectHeader, PyPayload};
use super::typeobj::{flags, TypeObject};
use super::{boolobj, int, protocol, singletons, str as pystr, CompareOp, PyErr, PyResult};
use crate::memory::alloc::{alloc_object, free_object};
use crate::memory::gc;
use crate::slots;
use crate::vm::Vm;
use std::cell::{Cell, UnsafeCell};

const EMPTY: i64 = -1;
const DUMMY: i64 = -2;
const PERTURB_SHIFT: u32 = 5;
const MIN_SIZE: usize = 8;

/// One slot of the dense entry array; `key` is `None` for a deleted entry.
#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Option<Obj>,
    pub value: Option<Obj>,
}

/// The hash table proper.
#[derive(Default)]
pub struct Table {
    indices: Vec<i64>,
    entries: Vec<Entry>,
    used: usize,
    /// Changed on every structural change (insertion of a new key, deletion, resize) to a value
    /// no other table has had: lookups restart if it moves under them, and `LOAD_GLOBAL`'s
    /// cache trusts an entry index while it stays. 0 only for a table never changed (empty).
    version: u64,
}

struct KeysVersions(std::cell::Cell<u64>);
// SAFETY: only the interpreter thread changes dicts.
unsafe impl Sync for KeysVersions {}
static KEYS_VERSIONS: KeysVersions = KeysVersions(std::cell::Cell::new(0));

/// A keys version no table has had before.
fn next_keys_version() -> u64 {
    let v = KEYS_VERSIONS.0.get() + 1;
    KEYS_VERSIONS.0.set(v);
    v
}

impl Table {
    fn mask(&self) -> usize {
        self.indices.len().wrapping_sub(1)
    }

    /// Entries still insertable before a resize (CPython's `USABLE_FRACTION`: 2/3).
    fn usable(&self) -> usize {
        (self.indices.len() * 2 / 3).saturating_sub(self.entries.len())
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&Obj, &Obj)> {
        self.entries.iter().filter_map(|e| Some((e.key.as_ref()?, e.value.as_ref()?)))
    }

    fn find_empty_slot(&self, hash: i64) -> usize {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] >= 0 {
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
        i
    }

    /// Rebuilds the table with the smallest power-of-two size >= `min_size` (CPython's
    /// `dictresize` after `GROWTH_RATE`), dropping deleted entries.
    fn resize(&mut self, min_size: usize) {
        let size = min_size.max(MIN_SIZE).next_power_of_two();
        let old = std::mem::take(&mut self.entries);
        self.indices = vec![EMPTY; size];
        self.entries = Vec::with_capacity(size * 2 / 3);
        for e in old.into_iter().filter(|e| e.key.is_some()) {
            let slot = self.find_empty_slot(e.hash);
            self.indices[slot] = self.entries.len() as i64;
            self.entries.push(e);
        }
        self.version = next_keys_version();
    }

    fn insert_new(&mut self, hash: i64, key: Obj, value: Obj) {
        if self.usable() == 0 {
            self.resize(self.used * 3);
        }
        let slot = self.find_empty_slot(hash);
        self.indices[slot] = self.entries.len() as i64;
        self.entries.push(Entry { hash, key: Some(key), value: Some(value) });
        self.used += 1;
        self.version = next_keys_version();
    }
}

#[repr(C)]
pub struct DictObject {
    head: ObjectHeader,
    table: UnsafeCell<Table>,
    /// Bumped on every mutation (keys, values, order); iterators and views detect changes with it.
    mutations: Cell<u64>,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for DictObject {
    fn static_type() -> &'static TypeObject {
        &DICT_TYPE
    }
}

/// The result of probing for a key.
enum Probe {
    /// The key is at `indices[slot]` → `entries[index]`.
    Found { index: usize },
    /// The key is absent.
    Absent,
}

/// Fast equality for keys whose comparison runs no Python code; `None` when Python must decide.
#[inline]
fn fast_key_eq(a: &Obj, b: &Obj) -> Option<bool> {
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

impl DictObject {
    /// # Safety
    /// No other borrow of the table may be live, and the borrow must not be held across anything
    /// that may run Python code or free objects.
    #[allow(clippy::mut_from_ref)]
    #[inline]
    pub unsafe fn table(&self) -> &mut Table {
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

    /// The table's keys version (see `Table::version`): equal versions mean the same keys at
    /// the same entry indices.
    #[inline]
    pub fn keys_version(&self) -> u64 {
        // SAFETY: a short read.
        unsafe { self.table().version }
    }

    /// The value stored at entry `index`, if that entry is live.
    #[inline]
    pub fn value_at(&self, index: usize) -> Option<Obj> {
        // SAFETY: a short read.
        unsafe { self.table().entries.get(index)?.value.clone() }
    }

    /// Like `get_str`, with the entry index of the key (for `LOAD_GLOBAL`'s cache).
    pub fn get_str_indexed(&self, key: &Obj) -> Option<(usize, Obj)> {
        let s = key.downcast::<pystr::StrObject>()?;
        let hash = s.hash();
        // SAFETY: no Python code runs in this loop (str comparisons only).
        unsafe {
            let t = self.table();
            if t.indices.is_empty() {
                return None;
            }
            let mask = t.mask();
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            loop {
                let ix = t.indices[i];
                if ix == EMPTY {
                    return None;
                }
                if ix >= 0 {
                    let e = &t.entries[ix as usize];
                    if e.hash == hash {
                        if let Some(k) = &e.key {
                            if k.is(key) || pystr::str_eq(k, key) {
                                return Some((ix as usize, e.value.clone()?));
                            }
                        }
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
            }
        }
    }

    pub fn mutations(&self) -> u64 {
        self.mutations.get()
    }

    fn touch(&self) {
        self.mutations.set(self.mutations.get().wrapping_add(1));
    }

    fn probe(&self, vm: &mut Vm, key: &Obj, hash: i64) -> PyResult<Probe> {
        'restart: loop {
            // SAFETY: short reads; the borrow is dropped before any comparison that runs Python.
            let (mask, version) = unsafe {
                let t = self.table();
                if t.indices.is_empty() {
                    return Ok(Probe::Absent);
                }
                (t.mask(), t.version)
            };
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            loop {
                // SAFETY: a short read.
                let (ix, candidate) = unsafe {
                    let t = self.table();
                    let ix = t.indices[i];
                    if ix == EMPTY {
                        return Ok(Probe::Absent);
                    }
                    let cand = if ix >= 0 {
                        let e = &t.entries[ix as usize];
                        if e.hash == hash {
                            e.key.clone()
                        } else {
                            None
                        }
                    } else {
                        None
                    };
                    (ix, cand)
                };
                if let Some(k) = candidate {
                    let equal = match fast_key_eq(&k, key) {
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
                        return Ok(Probe::Found { index: ix as usize });
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
            }
        }
    }

    /// `self[key]` with a known hash, or `None`.
    pub fn get_with_hash(&self, vm: &mut Vm, key: &Obj, hash: i64) -> PyResult<Option<Obj>> {
        match self.probe(vm, key, hash)? {
            // SAFETY: a short read.
            Probe::Found { index } => Ok(unsafe { self.table().entries[index].value.clone() }),
            Probe::Absent => Ok(None),
        }
    }

    pub fn get_item(&self, vm: &mut Vm, key: &Obj) -> PyResult<Option<Obj>> {
        let hash = key_hash(vm, key)?;
        self.get_with_hash(vm, key, hash)
    }

    /// Lookup by a str key without running Python code (attribute and global lookups). Keys
    /// of other types never equal a str, except str subclasses with custom `__eq__`, which
    /// this fast path treats as unequal — as CPython's `unicode` lookup shortcut does for exact
    /// str keys.
    #[inline]
    pub fn get_str(&self, key: &Obj) -> Option<Obj> {
        self.get_str_indexed(key).map(|(_, v)| v)
    }

    /// Lookup by a Rust string (interned first).
    pub fn get_by_str(&self, key: &str) -> Option<Obj> {
        self.get_str(&pystr::intern(key))
    }

    pub fn set_with_hash(&self, vm: &mut Vm, key: Obj, hash: i64, value: Obj) -> PyResult<()> {
        match self.probe(vm, &key, hash)? {
            Probe::Found { index } => {
                // SAFETY: a short access; the old value is dropped after it ends.
                let old = unsafe { self.table().entries[index].value.replace(value) };
                self.touch();
                drop(old);
            }
            Probe::Absent => {
                // SAFETY: a short access (resizing moves entries but runs no Python code).
                unsafe { self.table().insert_new(hash, key, value) };
                self.touch();
            }
        }
        Ok(())
    }

    pub fn set_item(&self, vm: &mut Vm, key: Obj, value: Obj) -> PyResult<()> {
        let hash = key_hash(vm, &key)?;
        self.set_with_hash(vm, key, hash, value)
    }

    /// Sets a str key (no Python code can run).
    pub fn set_str(&self, key: Obj, value: Obj) {
        let hash = key.downcast::<pystr::StrObject>().map_or(0, |s| s.hash());
        // SAFETY: str-keyed probing runs no Python code; the old value drops after the borrow.
        let old = unsafe {
            let t = self.table();
            let mut found = None;
            if !t.indices.is_empty() {
                let mask = t.mask();
                let mut perturb = hash as u64;
                let mut i = (hash as u64 as usize) & mask;
                loop {
                    let ix = t.indices[i];
                    if ix == EMPTY {
                        break;
                    }
                    if ix >= 0 {
                        let e = &t.entries[ix as usize];
                        if e.hash == hash
                            && e.key.as_ref().is_some_and(|k| k.is(&key) || pystr::str_eq(k, &key))
                        {
                            found = Some(ix as usize);
                            break;
                        }
                    }
                    perturb >>= PERTURB_SHIFT;
                    i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
                }
            }
            match found {
                Some(ix) => t.entries[ix].value.replace(value),
                None => {
                    t.insert_new(hash, key, value);
                    None
                }
            }
        };
        self.touch();
        drop(old);
    }

    /// Sets `name` (interned) to `value`.
    pub fn set_by_str(&self, name: &str, value: Obj) {
        self.set_str(pystr::intern(name), value)
    }

    /// Removes `key`, returning its value if it was present.
    pub fn del_item(&self, vm: &mut Vm, key: &Obj) -> PyResult<Option<Obj>> {
        let hash = key_hash(vm, key)?;
        self.del_with_hash(vm, key, hash)
    }

    pub fn del_with_hash(&self, vm: &mut Vm, key: &Obj, hash: i64) -> PyResult<Option<Obj>> {
        match self.probe(vm, key, hash)? {
            Probe::Found { index } => {
                // SAFETY: a short access; the removed key/value drop after it ends.
                let (k, v) = unsafe {
                    let t = self.table();
                    let mask = t.mask();
                    // Find the index slot pointing at `index` and mark it deleted.
                    let mut perturb = hash as u64;
                    let mut i = (hash as u64 as usize) & mask;
                    while t.indices[i] != index as i64 {
                        perturb >>= PERTURB_SHIFT;
                        i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
                    }
                    t.indices[i] = DUMMY;
                    t.used -= 1;
                    t.version = next_keys_version();
                    let e = &mut t.entries[index];
                    (e.key.take(), e.value.take())
                };
                self.touch();
                drop(k);
                Ok(v)
            }
            Probe::Absent => Ok(None),
        }
    }

    /// Removes everything.
    pub fn clear(&self) {
        // SAFETY: a short access; the old table drops after it ends.
        let old = unsafe { std::mem::take(self.table()) };
        self.touch();
        drop(old);
    }

    /// A snapshot of the live entries (new references), for iteration that may run Python code.
    pub fn items_vec(&self) -> Vec<(Obj, Obj)> {
        // SAFETY: a short read.
        unsafe { self.table().iter().map(|(k, v)| (k.clone(), v.clone())).collect() }
    }

    /// Bytes of the hash table's heap blocks: the index array and the entry array, by capacity.
    pub fn table_bytes(&self) -> usize {
        // SAFETY: a short read.
        unsafe {
            let t = self.table();
            t.indices.capacity() * std::mem::size_of::<i64>()
                + t.entries.capacity() * std::mem::size_of::<Entry>()
        }
    }

    /// The keys with their stored hashes (for building sets without rehashing).
    pub fn keys_with_hashes(&self) -> Vec<(Obj, i64)> {
        // SAFETY: a short read.
        unsafe { self.table().entries.iter().filter_map(|e| Some((e.key.clone()?, e.hash))).collect() }
    }

    pub fn keys_vec(&self) -> Vec<Obj> {
        // SAFETY: a short read.
        unsafe { self.table().iter().map(|(k, _)| k.clone()).collect() }
    }

    pub fn values_vec(&self) -> Vec<Obj> {
        // SAFETY: a short read.
        unsafe { self.table().iter().map(|(_, v)| v.clone()).collect() }
    }

    /// The live entry at or after dense position `pos`: `(next_pos, key, value)`. Used by
    /// iterators, which keep a position instead of a borrow.
    pub fn entry_at(&self, pos: usize) -> Option<(usize, Obj, Obj)> {
        // SAFETY: a short read.
        unsafe {
            let t = self.table();
            let mut p = pos;
            while p < t.entries.len() {
                let e = &t.entries[p];
                if let (Some(k), Some(v)) = (&e.key, &e.value) {
                    return Some((p + 1, k.clone(), v.clone()));
                }
                p += 1;
            }
            None
        }
    }

    /// The live entry before dense position `pos`: `(its position, key, value)`. Used by
    /// reverse iterators.
    pub fn entry_before(&self, pos: usize) -> Option<(usize, Obj, Obj)> {
        // SAFETY: a short read.
        unsafe {
            let t = self.table();
            let mut p = pos.min(t.entries.len());
            while p > 0 {
                p -= 1;
                let e = &t.entries[p];
                if let (Some(k), Some(v)) = (&e.key, &e.value) {
                    return Some((p, k.clone(), v.clone()));
                }
            }
            None
        }
    }

    /// The number of dense entry slots (live and deleted), where reverse iteration starts.
    pub fn entry_count(&self) -> usize {
        // SAFETY: a short read.
        unsafe { self.table().entries.len() }
    }

    /// Removes and returns the last entry (`popitem`).
    pub fn pop_last(&self) -> Option<(Obj, Obj)> {
        // SAFETY: a short access.
        let r = unsafe {
            let t = self.table();
            while let Some(last) = t.entries.last() {
                if last.key.is_some() {
                    break;
                }
                t.entries.pop();
            }
            let e = t.entries.pop()?;
            let mask = t.mask();
            let idx = t.entries.len() as i64;
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            while t.indices[i] != idx {
                perturb >>= PERTURB_SHIFT;
                i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
            }
            t.indices[i] = DUMMY;
            t.used -= 1;
            t.version = next_keys_version();
            Some((e.key?, e.value?))
        };
        self.touch();
        r
    }
}

/// `type.__fully_qualified_name__` (CPython's `%T`): the qualified name, prefixed by the module
/// unless it is `builtins`.
pub fn fully_qualified_name(vm: &mut Vm, ty: &TypeObject) -> String {
    let module = ty
        .dict_opt()
        .and_then(|d| as_dict(d).and_then(|dd| dd.get_by_str("__module__")))
        .filter(|m| pystr::as_str_obj(m).is_some());
    let _ = vm;
    match module {
        Some(m) if ty.is_heap_type() && pystr::as_str(&m) != "builtins" => {
            format!("{}.{}", pystr::as_str(&m), ty.qualname())
        }
        _ => ty.qualname().to_string(),
    }
}

/// Replaces a TypeError from hashing `key` by CPython 3.14's
/// `cannot use 'list' as a dict key (unhashable type: 'list')` (`what` is "a dict key" or
/// "a set element"); other exceptions pass through.
pub fn unhashable_error(vm: &mut Vm, err: PyErr, key: &Obj, what: &str) -> PyErr {
    if !std::ptr::eq(err.obj().type_ptr(), &super::exceptions::TYPE_ERROR) {
        return err;
    }
    let detail = match protocol::str(vm, err.obj()) {
        Ok(s) => pystr::as_str(&s).to_string(),
        Err(e) => return e,
    };
    let name = fully_qualified_name(vm, key.ty());
    PyErr::type_error(format!("cannot use '{name}' as {what} ({detail})"))
}

/// The hash of a dict key, with the 3.14 unhashable-key message.
#[inline]
pub fn key_hash(vm: &mut Vm, key: &Obj) -> PyResult<i64> {
    if let Some(s) = key.downcast_exact::<pystr::StrObject>() {
        return Ok(s.hash());
    }
    match protocol::hash(vm, key) {
        Ok(h) => Ok(h),
        Err(e) => Err(unhashable_error(vm, e, key, "a dict key")),
    }
}

/// The dict payload of an object known to be a dict.
#[inline]
pub fn as_dict(o: &Obj) -> Option<&DictObject> {
    o.downcast::<DictObject>()
}

unsafe fn dict_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: a dying dict: untrack, drop the table, free the block.
    unsafe {
        gc::untrack(obj);
        let d = obj as *mut DictObject;
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*d).table));
        free_object(obj, 0);
    }
}

fn dict_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    let d = as_dict(o).expect("dict");
    // SAFETY: the collector runs no Python code while traversing.
    for (k, v) in unsafe { d.table() }.iter() {
        visit(k);
        visit(v);
    }
}

fn dict_clear_slot(o: &Obj) {
    as_dict(o).expect("dict").clear();
}

pub(crate) fn alloc_dict(ty: &TypeObject) -> PyResult<*mut ObjectHeader> {
    let ptr = alloc_object(ty, 0)?;
    // SAFETY: fresh block with a dict's layout.
    unsafe {
        let d = ptr as *mut DictObject;
        std::ptr::addr_of_mut!((*d).table).write(UnsafeCell::new(Table::default()));
        std::ptr::addr_of_mut!((*d).mutations).write(Cell::new(0));
        gc::track(ptr);
    }
    Ok(ptr)
}

/// A new empty dict (dicts are always tracked, as in CPython 3.14).
pub fn new_dict() -> Obj {
    match alloc_dict(&DICT_TYPE) {
        // SAFETY: fresh object with one reference.
        Ok(p) => unsafe { Obj::from_raw(p) },
        Err(_) => std::alloc::handle_alloc_error(std::alloc::Layout::new::<DictObject>()),
    }
}

fn dict_repr(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let d = as_dict(o).expect("dict");
    if d.is_empty() {
        return Ok(pystr::new_str("{}"));
    }
    let Some(_guard) = vm.repr_enter(o) else {
        return Ok(pystr::new_str("{...}"));
    };
    let mut out = String::from("{");
    for (i, (k, v)) in d.items_vec().iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(pystr::as_str(&protocol::repr(vm, k)?));
        out.push_str(": ");
        out.push_str(pystr::as_str(&protocol::repr(vm, v)?));
    }
    out.push('}');
    pystr::try_new_str(&out)
}

fn dict_len(_: &mut Vm, o: &Obj) -> PyResult<usize> {
    Ok(as_dict(o).expect("dict").len())
}

fn dict_getitem(vm: &mut Vm, o: &Obj, key: &Obj) -> PyResult<Obj> {
    let d = as_dict(o).expect("dict");
    if let Some(v) = d.get_item(vm, key)? {
        return Ok(v);
    }
    if !o.is_exact::<DictObject>() {
        if let Some(missing) = o.ty().lookup_str("__missing__") {
            return protocol::call_method_descr(vm, &missing, o, std::slice::from_ref(key));
        }
    }
    Err(PyErr::key_error(key.clone()))
}

fn dict_setitem(vm: &mut Vm, o: &Obj, key: &Obj, value: Option<&Obj>) -> PyResult<()> {
    let d = as_dict(o).expect("dict");
    match value {
        Some(v) => d.set_item(vm, key.clone(), v.clone()),
        None => match d.del_item(vm, key)? {
            Some(_) => Ok(()),
            None => Err(PyErr::key_error(key.clone())),
        },
    }
}

fn dict_contains(vm: &mut Vm, o: &Obj, key: &Obj) -> PyResult<bool> {
    Ok(as_dict(o).expect("dict").get_item(vm, key)?.is_some())
}

fn dict_iter(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    super::dict_views::new_dict_iterator(o, super::dict_views::IterKind::Keys)
}

fn dict_bool(_: &mut Vm, o: &Obj) -> PyResult<bool> {
    Ok(!as_dict(o).expect("dict").is_empty())
}

fn dict_richcompare(vm: &mut Vm, a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    let (Some(x), Some(y)) = (as_dict(a), as_dict(b)) else {
        return Ok(singletons::not_implemented());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(singletons::not_implemented());
    }
    let mut equal = x.len() == y.len();
    if equal {
        for (k, v) in x.items_vec() {
            match y.get_item(vm, &k)? {
                Some(w) if v.is(&w) || protocol::eq(vm, &v, &w)? => {}
                _ => {
                    equal = false;
                    break;
                }
            }
        }
    }
    Ok(boolobj::new_bool(equal == (op == CompareOp::Eq)))
}

fn dict_new(_: &mut Vm, cls: &Obj, _args: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    if DICT_TYPE.is(cls) {
        return Ok(new_dict());
    }
    super::class::new_subtype_instance_with(cls, alloc_dict)
}

fn dict_init(vm: &mut Vm, o: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult<()> {
    let pos = super::args::positional(args, kwnames);
    if pos.len() > 1 {
        return Err(PyErr::type_error(format!("dict expected at most 1 argument, got {}", pos.len())));
    }
    if let Some(src) = pos.first() {
        update_from(vm, o, src)?;
    }
    let d = as_dict(o).expect("dict");
    for (name, value) in super::args::keywords(args, kwnames) {
        d.set_item(vm, pystr::new_str(name), value.clone())?;
    }
    Ok(())
}

/// `dict.update(src)`: from a mapping (anything with `keys`) or an iterable of pairs.
pub fn update_from(vm: &mut Vm, target: &Obj, src: &Obj) -> PyResult<()> {
    let d = as_dict(target).expect("dict");
    if let Some(s) = as_dict(src) {
        if src.is_exact::<DictObject>() || src.ty().lookup_str("__iter__").is_none() {
            for (k, v) in s.items_vec() {
                d.set_item(vm, k, v)?;
            }
            return Ok(());
        }
    }
    if protocol::has_attr(vm, src, "keys")? {
        let keys = protocol::call_method(vm, src, "keys", &[])?;
        let iter = protocol::get_iter(vm, &keys)?;
        while let Some(k) = protocol::next(vm, &iter)? {
            let v = protocol::get_item(vm, src, &k)?;
            d.set_item(vm, k, v)?;
        }
        return Ok(());
    }
    let iter = protocol::get_iter(vm, src)?;
    let mut n = 0;
    while let Some(item) = protocol::next(vm, &iter)? {
        let pair = protocol::collect(vm, &item).map_err(|e| {
            if e.is_instance(&super::exceptions::TYPE_ERROR) {
                PyErr::type_error(format!(
                    "cannot convert dictionary update sequence element #{n} to a sequence"
                ))
            } else {
                e
            }
        })?;
        if pair.len() != 2 {
            return Err(PyErr::value_error(format!(
                "dictionary update sequence element #{n} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut it = pair.into_iter();
        let (k, v) = (it.next().expect("2"), it.next().expect("2"));
        d.set_item(vm, k, v)?;
        n += 1;
    }
    Ok(())
}

pub static DICT_TYPE: TypeObject = TypeObject::builtin(
    "dict",
    std::mem::size_of::<DictObject>(),
    flags::BASETYPE | flags::HAVE_GC | flags::DICT_SUBCLASS | flags::UNHASHABLE,
    Some(&super::base::OBJECT_TYPE),
    slots!(dict_dealloc,
        traverse: dict_traverse, clear: dict_clear_slot, repr: dict_repr, richcompare: dict_richcompare,
        len: dict_len, getitem: dict_getitem, setitem: dict_setitem, contains: dict_contains,
        iter: dict_iter, bool: dict_bool, new: dict_new, init: dict_init),
    super::dict_methods::METHODS,
    &[],
    Some("dict() -> new empty dictionary"),
);

pub fn init_type() {
    use crate::syntax::ast::Operator;
    DICT_TYPE.slots.number[Operator::BitOr as usize].set(Some(super::dict_methods::dict_or));
    DICT_TYPE.slots.inplace[Operator::BitOr as usize].set(Some(super::dict_methods::dict_ior));
}
