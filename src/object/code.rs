//! Code objects, and their creation from the compiler's output ("materialisation"): one heap
//! object per entry of the unit's constant pool, shared by every `co_consts` that uses it.

use super::header::{Obj, ObjectHeader, PyPayload};
use super::typeobj::{GetSetDef, MethodDef, MethodKind, TypeObject};
use super::{bytes, float, int, list, singletons, str as pystr, tuple, PyErr, PyResult};
use crate::bytecode::code::{
    flags as co_flags, local_kind, CodeData, CompiledUnit, Constant, ExceptionTableEntry, Position,
};
use crate::bytecode::opcode::Opcode;
use crate::memory::alloc::{alloc_object, free_object};
use crate::memory::gc;
use crate::slots;
use crate::vm::Vm;

#[repr(C)]
pub struct CodeObject {
    head: ObjectHeader,
    /// The instructions: 2-byte code units.
    pub code: Box<[u8]>,
    pub consts: Obj,
    pub names: Obj,
    pub localsplusnames: Obj,
    pub localspluskinds: Box<[u8]>,
    pub filename: Obj,
    pub name: Obj,
    pub qualname: Obj,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub stacksize: u32,
    pub nlocalsplus: u32,
    /// Number of plain locals (`co_nlocals`).
    pub nlocals: u32,
    pub ncells: u32,
    pub nfrees: u32,
    pub positions: Box<[Position]>,
    pub exception_table: Box<[ExceptionTableEntry]>,
    /// `LOAD_GLOBAL`'s cache, one entry per name (CPython keeps it inline in the bytecode).
    pub global_cache: Box<[std::cell::Cell<GlobalCache>]>,
}

/// Where `LOAD_GLOBAL` last found a name: the entry index in the globals (or builtins) dict,
/// valid while the dicts' keys versions are the ones recorded. Values are read afresh, so
/// rebinding a global needs no invalidation.
#[derive(Clone, Copy, Default)]
pub struct GlobalCache {
    pub globals_version: u64,
    /// 0 when the name was found in the globals.
    pub builtins_version: u64,
    pub index: u32,
    pub in_builtins: bool,
    pub valid: bool,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for CodeObject {
    fn static_type() -> &'static TypeObject {
        &CODE_TYPE
    }
}

impl CodeObject {
    /// `co_consts` as a slice.
    #[inline]
    pub fn consts_slice(&self) -> &[Obj] {
        tuple::tuple_items(&self.consts)
    }

    #[inline]
    pub fn names_slice(&self) -> &[Obj] {
        tuple::tuple_items(&self.names)
    }

    #[inline]
    pub fn localsplus_names(&self) -> &[Obj] {
        tuple::tuple_items(&self.localsplusnames)
    }

    /// The docstring (`co_consts[0]` when the code has one), or None.
    pub fn docstring(&self) -> Obj {
        if self.flags & co_flags::HAS_DOCSTRING != 0 {
            if let Some(d) = self.consts_slice().first() {
                return d.clone();
            }
        }
        singletons::none()
    }

    /// The source line of the code unit at `index`, or the first line.
    pub fn line_at(&self, index: usize) -> u32 {
        let mut i = index.min(self.positions.len().saturating_sub(1));
        loop {
            match self.positions.get(i) {
                Some(p) if p.line != 0 => return p.line,
                _ if i == 0 => return self.firstlineno,
                _ => i -= 1,
            }
        }
    }

    pub fn is_generator(&self) -> bool {
        self.flags & co_flags::GENERATOR != 0
    }

    /// Total number of positional parameters incl. `*args`/`**kwargs` slots.
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags & co_flags::VARARGS != 0 {
            n += 1;
        }
        if self.flags & co_flags::VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }
}

unsafe fn code_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: drop every field after the header, then free.
    unsafe {
        let c = obj as *mut CodeObject;
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*c).code));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*c).consts));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*c).names));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*c).localsplusnames));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*c).localspluskinds));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*c).filename));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*c).name));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*c).qualname));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*c).positions));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*c).exception_table));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*c).global_cache));
        free_object(obj, 0);
    }
}

/// The heap objects made for one compilation unit.
pub struct Materialized {
    /// The top-level code object.
    pub code: Obj,
    /// One extra reference to every literal object the source contained: CPython's parser arena
    /// holds these for as long as the main script runs.
    pub arena: Vec<Obj>,
}

/// Turns the compiler's output into heap code objects (see the module comment).
pub fn materialize(vm: &mut Vm, unit: &CompiledUnit) -> PyResult<Materialized> {
    let mut pool: Vec<Option<Obj>> = vec![None; unit.constants.len()];
    let mut arena = Vec::new();
    for i in 0..unit.constants.len() {
        constant_obj(vm, unit, i, &mut pool, &mut arena)?;
    }
    let code = make_code(&unit.top, &pool)?;
    Ok(Materialized { code, arena })
}

fn constant_obj(
    vm: &mut Vm,
    unit: &CompiledUnit,
    i: usize,
    pool: &mut Vec<Option<Obj>>,
    arena: &mut Vec<Obj>,
) -> PyResult<Obj> {
    if let Some(o) = &pool[i] {
        return Ok(o.clone());
    }
    let o = match &unit.constants[i] {
        Constant::None => singletons::none(),
        Constant::Bool(b) => super::boolobj::new_bool(*b),
        Constant::Ellipsis => singletons::ellipsis(),
        Constant::Int(v) => {
            let o = int::new_bigint(v.clone())?;
            if v.sign() != num_bigint::Sign::Minus {
                arena.push(o.clone());
            }
            o
        }
        Constant::Complex(re, im) => {
            let o = super::complex::new_complex(*re, *im)?;
            arena.push(o.clone());
            o
        }
        Constant::Float(f) => {
            let o = float::new_float(*f);
            if !f.is_sign_negative() {
                arena.push(o.clone());
            }
            o
        }
        Constant::Str(s) => {
            let o = if pystr::is_identifier_like(s) { pystr::intern(s) } else { pystr::try_new_str(s)? };
            arena.push(o.clone());
            o
        }
        Constant::Bytes(b) => {
            let o = bytes::new_bytes(b)?;
            arena.push(o.clone());
            o
        }
        Constant::Tuple(items) => {
            let mut v = Vec::with_capacity(items.len());
            for &j in items {
                v.push(constant_obj(vm, unit, j as usize, pool, arena)?);
            }
            // Constant tuples start tracked at module level and are untracked by the first
            // collection that looks at them (CPython 3.14's observable behaviour).
            tuple::new_tuple_tracked(v)?
        }
        Constant::FrozenSet(items) => {
            let fs = super::set::new_frozenset()?;
            let s = super::set::as_set(&fs).expect("frozenset");
            for &j in items {
                let item = constant_obj(vm, unit, j as usize, pool, arena)?;
                s.add(vm, item)?;
            }
            // CPython builds the constant from the items in source order, then its constant
            // merging (`merge_consts_recursive`) rebuilds it from the first one's table order;
            // colliding hashes (e.g. -1 and -2) can land differently, so do the same.
            let merged = super::set::new_frozenset()?;
            let m = super::set::as_set(&merged).expect("frozenset");
            for item in s.items_vec() {
                m.add(vm, item)?;
            }
            merged
        }
        Constant::Slice(parts) => {
            let mut v = Vec::with_capacity(3);
            for &j in parts {
                v.push(constant_obj(vm, unit, j as usize, pool, arena)?);
            }
            let mut it = v.into_iter();
            let (a, b, c) = (it.next().expect("3"), it.next().expect("3"), it.next().expect("3"));
            super::slice::new_slice(a, b, c)?
        }
        Constant::Code(data) => make_code(data, pool)?,
    };
    pool[i] = Some(o.clone());
    Ok(o)
}

/// A function's constant tuples of atomic items are untracked from the start (CPython 3.14: only
/// module-level constant tuples wait for a collection); nested tuples go first so an outer one
/// can see its items untracked.
fn untrack_constant_tuple(o: &Obj) {
    let Some(t) = tuple::as_tuple(o) else { return };
    if !o.is_exact::<tuple::TupleObject>() || !gc::is_tracked(o) {
        return;
    }
    t.items().iter().for_each(untrack_constant_tuple);
    if t.items().iter().all(|item| !gc::may_be_tracked(item)) {
        // SAFETY: a tracked GC object; untracking only unlinks it from its generation list.
        unsafe { gc::untrack(o.as_ptr()) };
    }
}

fn interned_tuple(names: &[String]) -> PyResult<Obj> {
    tuple::new_tuple(names.iter().map(|n| pystr::intern(n)).collect())
}

fn make_code(data: &CodeData, pool: &[Option<Obj>]) -> PyResult<Obj> {
    let consts: Vec<Obj> = data
        .consts
        .iter()
        .map(|&i| {
            pool.get(i as usize).cloned().flatten().ok_or_else(|| PyErr::system_error("bad constant index"))
        })
        .collect::<PyResult<_>>()?;
    let is_function = data.flags & co_flags::OPTIMIZED != 0;
    if is_function {
        consts.iter().for_each(untrack_constant_tuple);
    }
    let consts = if is_function { tuple::new_tuple(consts)? } else { tuple::new_tuple_tracked(consts)? };
    let names = interned_tuple(&data.names)?;
    let lpn = interned_tuple(&data.localsplusnames)?;
    let kinds = data.localspluskinds.clone().into_boxed_slice();
    let nlocals = kinds.iter().filter(|k| **k & local_kind::LOCAL != 0).count() as u32;
    let ncells =
        kinds.iter().filter(|k| **k & local_kind::CELL != 0 && **k & local_kind::LOCAL == 0).count() as u32;
    let nfrees = kinds.iter().filter(|k| **k & local_kind::FREE != 0).count() as u32;
    let ptr = alloc_object(&CODE_TYPE, 0)?;
    // SAFETY: fresh block with a code object's layout; every field written once.
    unsafe {
        let c = ptr as *mut CodeObject;
        std::ptr::addr_of_mut!((*c).code).write(data.code.clone().into_boxed_slice());
        std::ptr::addr_of_mut!((*c).consts).write(consts);
        std::ptr::addr_of_mut!((*c).names).write(names);
        std::ptr::addr_of_mut!((*c).localsplusnames).write(lpn);
        std::ptr::addr_of_mut!((*c).localspluskinds).write(kinds);
        std::ptr::addr_of_mut!((*c).filename).write(pystr::intern(&data.filename));
        std::ptr::addr_of_mut!((*c).name).write(pystr::intern(&data.name));
        std::ptr::addr_of_mut!((*c).qualname).write(pystr::intern(&data.qualname));
        std::ptr::addr_of_mut!((*c).firstlineno).write(data.firstlineno);
        std::ptr::addr_of_mut!((*c).argcount).write(data.argcount);
        std::ptr::addr_of_mut!((*c).posonlyargcount).write(data.posonlyargcount);
        std::ptr::addr_of_mut!((*c).kwonlyargcount).write(data.kwonlyargcount);
        std::ptr::addr_of_mut!((*c).flags).write(data.flags);
        std::ptr::addr_of_mut!((*c).stacksize).write(data.stacksize);
        std::ptr::addr_of_mut!((*c).nlocalsplus).write(data.localsplusnames.len() as u32);
        std::ptr::addr_of_mut!((*c).nlocals).write(nlocals);
        std::ptr::addr_of_mut!((*c).ncells).write(ncells);
        std::ptr::addr_of_mut!((*c).nfrees).write(nfrees);
        std::ptr::addr_of_mut!((*c).positions).write(data.positions.clone().into_boxed_slice());
        std::ptr::addr_of_mut!((*c).exception_table).write(data.exception_table.clone().into_boxed_slice());
        let cache = (0..data.names.len()).map(|_| std::cell::Cell::new(GlobalCache::default())).collect();
        std::ptr::addr_of_mut!((*c).global_cache).write(cache);
        Ok(Obj::from_raw(ptr))
    }
}

fn as_code(o: &Obj) -> &CodeObject {
    o.downcast::<CodeObject>().expect("code")
}

fn code_repr(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let c = as_code(o);
    pystr::try_new_str(&format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        pystr::as_str(&c.name),
        o.addr(),
        pystr::as_str(&c.filename),
        c.firstlineno
    ))
}

fn names_of_kind(c: &CodeObject, kind: u8) -> PyResult<Obj> {
    let v: Vec<Obj> = c
        .localsplus_names()
        .iter()
        .zip(c.localspluskinds.iter())
        .filter(|(_, k)| **k & kind != 0)
        .map(|(n, _)| n.clone())
        .collect();
    tuple::new_tuple(v)
}

fn g_code(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    bytes::new_bytes(&as_code(o).code)
}
fn g_consts(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(as_code(o).consts.clone())
}
fn g_names(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(as_code(o).names.clone())
}
fn g_varnames(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    names_of_kind(as_code(o), local_kind::LOCAL)
}
fn g_cellvars(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    names_of_kind(as_code(o), local_kind::CELL)
}
fn g_freevars(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    names_of_kind(as_code(o), local_kind::FREE)
}
fn g_filename(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(as_code(o).filename.clone())
}
fn g_name(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(as_code(o).name.clone())
}
fn g_qualname(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(as_code(o).qualname.clone())
}
fn g_firstlineno(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(int::new_int(as_code(o).firstlineno as i64))
}
fn g_argcount(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(int::new_int(as_code(o).argcount as i64))
}
fn g_posonlyargcount(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(int::new_int(as_code(o).posonlyargcount as i64))
}
fn g_kwonlyargcount(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(int::new_int(as_code(o).kwonlyargcount as i64))
}
fn g_flags(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(int::new_int(as_code(o).flags as i64))
}
fn g_stacksize(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(int::new_int(as_code(o).stacksize as i64))
}
fn g_nlocals(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(int::new_int(as_code(o).nlocals as i64))
}
fn g_localsplusnames(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(as_code(o).localsplusnames.clone())
}
fn g_localspluskinds(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    bytes::new_bytes(&as_code(o).localspluskinds)
}

/// CPython's varint encoding of the exception table (`co_exceptiontable`).
fn encode_exception_table(entries: &[ExceptionTableEntry]) -> Vec<u8> {
    fn varint(out: &mut Vec<u8>, mut v: u32, first: bool) {
        let mut chunks = vec![(v & 63) as u8];
        v >>= 6;
        while v > 0 {
            chunks.push((v & 63) as u8);
            v >>= 6;
        }
        chunks.reverse();
        let n = chunks.len();
        for (i, c) in chunks.into_iter().enumerate() {
            let mut b = c;
            if i + 1 < n {
                b |= 64;
            }
            if i == 0 && first {
                b |= 128;
            }
            out.push(b);
        }
    }
    let mut out = Vec::new();
    for e in entries {
        varint(&mut out, e.start, true);
        varint(&mut out, e.end - e.start, false);
        varint(&mut out, e.target, false);
        varint(&mut out, (e.depth << 1) | e.push_lasti as u32, false);
    }
    out
}

fn g_exceptiontable(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    bytes::new_bytes(&encode_exception_table(&as_code(o).exception_table))
}

/// A module's opening `RESUME` sits on line 0 in CPython (its position is `(0, firstlineno, 0,
/// 0)`); our position table stores line 0 as "no line", so recognise it here.
fn is_module_resume(c: &CodeObject, i: usize) -> bool {
    i == 0
        && c.positions.first().is_some_and(|p| p.line == 0)
        && c.code.first() == Some(&(Opcode::RESUME as u8))
}

fn m_lines(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    super::args::check_arity("co_lines", a, kw, 0, 0)?;
    let c = as_code(o);
    let mut out: Vec<Obj> = Vec::new();
    let mut start = 0usize;
    let mut cur: Option<u32> = None;
    for (i, p) in c.positions.iter().enumerate() {
        let line = if p.line != 0 || is_module_resume(c, i) { Some(p.line) } else { None };
        if i == 0 {
            cur = line;
            continue;
        }
        if line != cur {
            out.push(tuple::new_tuple(vec![
                int::new_int(start as i64 * 2),
                int::new_int(i as i64 * 2),
                cur.map_or_else(singletons::none, |l| int::new_int(l as i64)),
            ])?);
            start = i;
            cur = line;
        }
    }
    if !c.positions.is_empty() {
        out.push(tuple::new_tuple(vec![
            int::new_int(start as i64 * 2),
            int::new_int(c.positions.len() as i64 * 2),
            cur.map_or_else(singletons::none, |l| int::new_int(l as i64)),
        ])?);
    }
    let l = list::new_list(out)?;
    super::iter::new_seq_iterator(&l)
}

fn m_positions(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    super::args::check_arity("co_positions", a, kw, 0, 0)?;
    let c = as_code(o);
    let opt = |v: u32, valid: bool| if valid { int::new_int(v as i64) } else { singletons::none() };
    let mut out = Vec::with_capacity(c.positions.len());
    for (i, p) in c.positions.iter().enumerate() {
        if is_module_resume(c, i) {
            let (line, end_line, zero) =
                (int::new_int(0), int::new_int(c.firstlineno as i64), int::new_int(0));
            out.push(tuple::new_tuple(vec![line, end_line, zero.clone(), zero])?);
            continue;
        }
        let valid = p.line != 0;
        out.push(tuple::new_tuple(vec![
            opt(p.line, valid),
            opt(p.end_line, valid),
            opt(p.col, valid),
            opt(p.end_col, valid),
        ])?);
    }
    let l = list::new_list(out)?;
    super::iter::new_seq_iterator(&l)
}

static CODE_METHODS: &[MethodDef] = &[
    MethodDef { name: "co_lines", func: m_lines, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "co_positions", func: m_positions, kind: MethodKind::Instance, doc: "" },
];

static CODE_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "co_code", get: g_code, set: None, doc: "" },
    GetSetDef { name: "co_consts", get: g_consts, set: None, doc: "" },
    GetSetDef { name: "co_names", get: g_names, set: None, doc: "" },
    GetSetDef { name: "co_varnames", get: g_varnames, set: None, doc: "" },
    GetSetDef { name: "co_cellvars", get: g_cellvars, set: None, doc: "" },
    GetSetDef { name: "co_freevars", get: g_freevars, set: None, doc: "" },
    GetSetDef { name: "co_filename", get: g_filename, set: None, doc: "" },
    GetSetDef { name: "co_name", get: g_name, set: None, doc: "" },
    GetSetDef { name: "co_qualname", get: g_qualname, set: None, doc: "" },
    GetSetDef { name: "co_firstlineno", get: g_firstlineno, set: None, doc: "" },
    GetSetDef { name: "co_argcount", get: g_argcount, set: None, doc: "" },
    GetSetDef { name: "co_posonlyargcount", get: g_posonlyargcount, set: None, doc: "" },
    GetSetDef { name: "co_kwonlyargcount", get: g_kwonlyargcount, set: None, doc: "" },
    GetSetDef { name: "co_flags", get: g_flags, set: None, doc: "" },
    GetSetDef { name: "co_stacksize", get: g_stacksize, set: None, doc: "" },
    GetSetDef { name: "co_nlocals", get: g_nlocals, set: None, doc: "" },
    GetSetDef { name: "co_exceptiontable", get: g_exceptiontable, set: None, doc: "" },
    GetSetDef { name: "_co_localsplusnames", get: g_localsplusnames, set: None, doc: "" },
    GetSetDef { name: "_co_localspluskinds", get: g_localspluskinds, set: None, doc: "" },
];

pub static CODE_TYPE: TypeObject = TypeObject::builtin(
    "code",
    std::mem::size_of::<CodeObject>(),
    0,
    Some(&super::base::OBJECT_TYPE),
    slots!(code_dealloc, repr: code_repr),
    CODE_METHODS,
    CODE_GETSETS,
    Some("Create a code object.  Not for the faint of heart."),
);
