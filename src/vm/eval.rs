//! The eval loop: one function that runs frames until the entry frame returns (or yields).
//!
//! Python-to-Python calls push a frame on the data stack and continue in the same loop; only
//! native code that calls back into Python (a `key=` function, `__eq__` during a dict lookup)
//! re-enters it, through [`Vm::run_frame`]. Each instruction means what it means in CPython 3.14
//! (`Python/bytecodes.c`), as written down in `bytecode::opcode`.

// Explicit `drop`s of borrowed views end the borrow of a stack entry before the entry itself
// is moved or dropped; they carry no destructor but make the order visible.
#![allow(clippy::drop_non_drop)]

use super::frame::{self, Frame};
use super::Vm;
use crate::bytecode::opcode::{self as op, Opcode};
use crate::object::code::{CodeObject, GlobalCache};
use crate::object::function::{CellObject, FunctionObject, MethodObject};
use crate::object::header::with_untagged;
use crate::object::typeobj::flags;
use crate::object::{
    boolobj, descr, dict, exceptions, float, generator, int, iter, list, protocol, range, set, singletons,
    slice, str as pystr, tuple, CompareOp, Obj, PyErr, PyResult, StackRef,
};
use smallvec::SmallVec;

/// How a run of the eval loop ended.
pub enum Exit {
    Return(Obj),
    Yield(Obj),
}

/// Where an exception is handled in a frame: `(target, depth, push_lasti)`.
fn find_handler(code: &CodeObject, lasti: usize) -> Option<(usize, usize, bool)> {
    code.exception_table
        .iter()
        .find(|e| (e.start as usize) <= lasti && lasti < e.end as usize)
        .map(|e| (e.target as usize, e.depth as usize, e.push_lasti))
}

fn unbound_local(code: &CodeObject, i: usize) -> PyErr {
    let name = pystr::as_str(&code.localsplus_names()[i]).to_string();
    PyErr::new(
        &exceptions::UNBOUND_LOCAL_ERROR,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

fn unbound_deref(code: &CodeObject, i: usize) -> PyErr {
    let name = pystr::as_str(&code.localsplus_names()[i]).to_string();
    let kind = code.localspluskinds[i];
    if kind & crate::bytecode::code::local_kind::FREE != 0 {
        PyErr::name_error_msg(
            &name,
            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
        )
    } else {
        unbound_local(code, i)
    }
}

/// Whether a looked-up attribute can be called as an unbound method with `self` prepended
/// (LOAD_ATTR's method form): Python functions and built-in method descriptors.
#[inline]
fn is_method_like(attr: &Obj) -> bool {
    attr.ty().has_flag(flags::METHOD_DESCRIPTOR)
}

/// `LOAD_GLOBAL` of name `index` from exact dicts, through the code object's cache: a hit
/// costs two version compares and a load; a miss looks the name up and records where it was.
/// `None` when the name is in neither dict (or the namespaces aren't plain dicts).
#[inline]
fn load_global_cached(code: &CodeObject, index: usize, globals: &Obj, builtins: &Obj) -> Option<Obj> {
    let g = dict::as_dict(globals)?;
    let b = dict::as_dict(builtins)?;
    let slot = &code.global_cache[index];
    let c = slot.get();
    if c.valid && c.globals_version == g.keys_version() {
        if !c.in_builtins {
            if let Some(v) = g.value_at(c.index as usize) {
                return Some(v);
            }
        } else if c.builtins_version == b.keys_version() {
            if let Some(v) = b.value_at(c.index as usize) {
                return Some(v);
            }
        }
    }
    let name = &code.names_slice()[index];
    let (in_builtins, (i, v)) = match g.get_str_indexed(name) {
        Some(found) => (false, found),
        None => (true, b.get_str_indexed(name)?),
    };
    slot.set(GlobalCache {
        globals_version: g.keys_version(),
        builtins_version: if in_builtins { b.keys_version() } else { 0 },
        index: i as u32,
        in_builtins,
        valid: true,
    });
    Some(v)
}

impl Vm {
    /// Runs frames starting at `entry` (already linked as the current frame, with `is_entry`
    /// set) until it returns or yields. With `throw`, the frame starts by raising it.
    pub(crate) fn run_frame(&mut self, entry: *mut Frame, throw: Option<PyErr>) -> PyResult<Exit> {
        if self.native_depth > self.native_limit {
            // SAFETY: `entry` is the current frame; unlink and destroy it as a failed call.
            unsafe { self.pop_failed_entry(entry) };
            return Err(PyErr::recursion_error("maximum recursion depth exceeded"));
        }
        self.native_depth += 1;
        let r = self.eval(entry, throw);
        self.native_depth -= 1;
        r
    }

    fn eval(&mut self, entry: *mut Frame, mut pending: Option<PyErr>) -> PyResult<Exit> {
        let mut frame = entry;
        'frames: loop {
            // SAFETY: `frame` is the live current frame for the whole iteration; it is only
            // replaced at the `continue 'frames` points below.
            let f = unsafe { &mut *frame };
            let code: &CodeObject = unsafe { &*f.code };
            let bytecode: *const u8 = code.code.as_ptr();
            let consts: &[Obj] = code.consts_slice();
            let names: &[Obj] = code.names_slice();
            let locals: *mut StackRef = f.localsplus();
            // SAFETY: the value stack follows the locals in the frame's slots.
            let stack_base: *mut StackRef = unsafe { locals.add(f.nlocalsplus) };
            let mut sp: *mut StackRef = unsafe { stack_base.add(f.sp) };
            let mut ip: usize = f.ip;

            macro_rules! push {
                ($v:expr) => {{
                    let v: StackRef = $v;
                    // SAFETY: the compiler's stack depth bounds every push.
                    unsafe {
                        sp.write(v);
                        sp = sp.add(1);
                    }
                }};
            }
            macro_rules! pop {
                () => {{
                    // SAFETY: the compiler guarantees the stack is non-empty here.
                    unsafe {
                        sp = sp.sub(1);
                        sp.read()
                    }
                }};
            }
            macro_rules! peek {
                ($n:expr) => {{
                    // SAFETY: entry `$n` from the top exists per the opcode's stack effect.
                    unsafe { &mut *sp.sub($n) }
                }};
            }
            macro_rules! local {
                ($i:expr) => {{
                    // SAFETY: opargs index within nlocalsplus (compiler invariant).
                    unsafe { &mut *locals.add($i) }
                }};
            }
            macro_rules! save {
                () => {{
                    f.ip = ip;
                    // SAFETY: both pointers are into the same frame's slots.
                    f.sp = unsafe { sp.offset_from(stack_base) } as usize;
                }};
            }

            let err: PyErr = 'instrs: loop {
                if let Some(e) = pending.take() {
                    break 'instrs e;
                }
                // Finalizers and weakref callbacks queued by deallocations run before the next
                // instruction, so `__del__` output appears where CPython prints it.
                if crate::memory::finalize::has_queued() {
                    save!();
                    if let Err(e) = self.run_pending_work() {
                        break 'instrs e;
                    }
                }
                macro_rules! tri {
                    ($e:expr) => {
                        match $e {
                            Ok(v) => v,
                            Err(e) => break 'instrs e,
                        }
                    };
                }
                // SAFETY: `ip` stays within the code (the compiler ends every path with a
                // terminator).
                let (opcode, mut oparg) =
                    unsafe { (*bytecode.add(ip * 2), *bytecode.add(ip * 2 + 1) as u32) };
                f.lasti = ip;
                ip += 1;
                let mut opcode = opcode;
                while opcode == Opcode::EXTENDED_ARG as u8 {
                    // SAFETY: EXTENDED_ARG is always followed by its instruction.
                    unsafe {
                        opcode = *bytecode.add(ip * 2);
                        oparg = (oparg << 8) | *bytecode.add(ip * 2 + 1) as u32;
                    }
                    ip += 1;
                }
                let Some(opc) = Opcode::from_u8(opcode) else {
                    break 'instrs PyErr::system_error(format!("unknown opcode {opcode}"));
                };
                match opc {
                    Opcode::NOP | Opcode::EXTENDED_ARG => {}
                    Opcode::RESUME => {
                        if self.has_pending_work() {
                            save!();
                            tri!(self.run_pending_work());
                        }
                    }
                    Opcode::POP_TOP | Opcode::END_FOR | Opcode::POP_ITER => drop(pop!()),
                    Opcode::PUSH_NULL => push!(StackRef::NULL),
                    Opcode::END_SEND => {
                        let v = pop!();
                        drop(pop!());
                        push!(v);
                    }
                    Opcode::COPY => {
                        let src = peek!(oparg as usize);
                        let c = if src.is_borrowed() || src.is_null() {
                            // SAFETY: a borrowed copy of a borrowed entry is still valid while
                            // the original owner lives (as PyStackRef_DUP on a tagged ref).
                            unsafe { src.bitwise_copy() }
                        } else {
                            StackRef::new_owned(&src.get())
                        };
                        push!(c);
                    }
                    Opcode::SWAP => {
                        let n = oparg as usize;
                        // SAFETY: both entries exist; swapping moves ownership in place.
                        unsafe { std::ptr::swap(sp.sub(1), sp.sub(n)) };
                    }
                    Opcode::LOAD_CONST => push!(StackRef::new_owned(&consts[oparg as usize])),
                    Opcode::LOAD_SMALL_INT => push!(StackRef::owned(int::new_int(oparg as i64))),
                    Opcode::LOAD_FAST | Opcode::LOAD_FAST_CHECK => {
                        let l = local!(oparg as usize);
                        if l.is_null() {
                            break 'instrs unbound_local(code, oparg as usize);
                        }
                        push!(StackRef::new_owned(&l.get()));
                    }
                    Opcode::LOAD_FAST_BORROW => {
                        let l = local!(oparg as usize);
                        if l.is_null() {
                            break 'instrs unbound_local(code, oparg as usize);
                        }
                        // SAFETY: the borrow pass proved the local outlives this entry.
                        push!(unsafe { borrow_of(l) });
                    }
                    Opcode::LOAD_FAST_LOAD_FAST | Opcode::LOAD_FAST_BORROW_LOAD_FAST_BORROW => {
                        let borrow = opc == Opcode::LOAD_FAST_BORROW_LOAD_FAST_BORROW;
                        for i in [(oparg >> 4) as usize, (oparg & 15) as usize] {
                            let l = local!(i);
                            if l.is_null() {
                                break 'instrs unbound_local(code, i);
                            }
                            // SAFETY: as LOAD_FAST_BORROW when borrowing.
                            push!(if borrow {
                                unsafe { borrow_of(l) }
                            } else {
                                StackRef::new_owned(&l.get())
                            });
                        }
                    }
                    Opcode::LOAD_FAST_AND_CLEAR => {
                        let v = local!(oparg as usize).take();
                        push!(v);
                    }
                    Opcode::STORE_FAST => {
                        let mut v = pop!();
                        v.make_heap_safe();
                        let old = std::mem::replace(local!(oparg as usize), v);
                        drop(old);
                    }
                    Opcode::STORE_FAST_LOAD_FAST => {
                        let mut v = pop!();
                        v.make_heap_safe();
                        let old = std::mem::replace(local!((oparg >> 4) as usize), v);
                        drop(old);
                        let l = local!((oparg & 15) as usize);
                        if l.is_null() {
                            break 'instrs unbound_local(code, (oparg & 15) as usize);
                        }
                        push!(StackRef::new_owned(&l.get()));
                    }
                    Opcode::STORE_FAST_STORE_FAST => {
                        let mut v1 = pop!();
                        v1.make_heap_safe();
                        let old = std::mem::replace(local!((oparg >> 4) as usize), v1);
                        drop(old);
                        let mut v2 = pop!();
                        v2.make_heap_safe();
                        let old = std::mem::replace(local!((oparg & 15) as usize), v2);
                        drop(old);
                    }
                    Opcode::DELETE_FAST => {
                        let old = local!(oparg as usize).take();
                        if old.is_null() {
                            break 'instrs unbound_local(code, oparg as usize);
                        }
                        drop(old);
                    }
                    Opcode::LOAD_NAME => {
                        let name = &names[oparg as usize];
                        let v = tri!(self.load_name(f, name));
                        push!(StackRef::owned(v));
                    }
                    Opcode::STORE_NAME => {
                        let name = &names[oparg as usize];
                        let v = pop!().into_owned();
                        let Some(l) = f.locals.clone() else {
                            break 'instrs PyErr::system_error("no locals found when storing a name");
                        };
                        save!();
                        if let Some(d) = l.downcast_exact::<dict::DictObject>() {
                            d.set_str(name.clone(), v);
                        } else {
                            tri!(protocol::set_item(self, &l, name, &v));
                        }
                    }
                    Opcode::DELETE_NAME => {
                        let name = &names[oparg as usize];
                        let Some(l) = f.locals.clone() else {
                            break 'instrs PyErr::system_error("no locals when deleting a name");
                        };
                        save!();
                        let r = if let Some(d) = dict::as_dict(&l) {
                            tri!(d.del_item(self, name)).is_some()
                        } else {
                            tri!(protocol::del_item(self, &l, name).map(|_| true))
                        };
                        if !r {
                            break 'instrs PyErr::name_error(pystr::as_str(name));
                        }
                    }
                    Opcode::LOAD_GLOBAL => {
                        let index = (oparg >> 1) as usize;
                        let v = match load_global_cached(code, index, &f.globals, &f.builtins) {
                            Some(v) => v,
                            None => {
                                save!();
                                tri!(self.load_global_slow(f, &names[index]))
                            }
                        };
                        push!(StackRef::owned(v));
                        if oparg & 1 != 0 {
                            push!(StackRef::NULL);
                        }
                    }
                    Opcode::STORE_GLOBAL => {
                        let v = pop!().into_owned();
                        dict::as_dict(&f.globals)
                            .expect("globals dict")
                            .set_str(names[oparg as usize].clone(), v);
                    }
                    Opcode::DELETE_GLOBAL => {
                        let name = &names[oparg as usize];
                        save!();
                        let g = f.globals.clone();
                        if tri!(dict::as_dict(&g).expect("globals dict").del_item(self, name)).is_none() {
                            break 'instrs PyErr::name_error(pystr::as_str(name));
                        }
                    }
                    Opcode::MAKE_CELL => {
                        let l = local!(oparg as usize);
                        let v = l.take().into_owned_opt();
                        let cell = tri!(crate::object::function::new_cell(v));
                        *l = StackRef::owned(cell);
                    }
                    Opcode::COPY_FREE_VARS => {
                        let n = oparg as usize;
                        let closure = f
                            .func
                            .as_ref()
                            .and_then(|func| func.downcast::<FunctionObject>())
                            .and_then(|func| func.closure());
                        let Some(closure) = closure else {
                            break 'instrs PyErr::system_error("COPY_FREE_VARS without a closure");
                        };
                        let cells = tuple::tuple_items(&closure);
                        let start = f.nlocalsplus - n;
                        for (j, c) in cells.iter().take(n).enumerate() {
                            *local!(start + j) = StackRef::new_owned(c);
                        }
                    }
                    Opcode::LOAD_DEREF => {
                        let l = local!(oparg as usize);
                        let cell = l.get();
                        let v = cell.downcast::<CellObject>().and_then(|c| c.get());
                        match v {
                            Some(v) => push!(StackRef::owned(v)),
                            None => break 'instrs unbound_deref(code, oparg as usize),
                        }
                    }
                    Opcode::STORE_DEREF => {
                        let v = pop!().into_owned();
                        let cell = local!(oparg as usize).get();
                        if let Some(c) = cell.downcast::<CellObject>() {
                            c.set(Some(v));
                        }
                    }
                    Opcode::DELETE_DEREF => {
                        let cell = local!(oparg as usize).get();
                        match cell.downcast::<CellObject>() {
                            Some(c) if c.get().is_some() => c.set(None),
                            _ => break 'instrs unbound_deref(code, oparg as usize),
                        }
                    }
                    Opcode::LOAD_FROM_DICT_OR_DEREF => {
                        let mapping = pop!().into_owned();
                        let name = code.localsplus_names()[oparg as usize].clone();
                        save!();
                        let found = if let Some(d) = dict::as_dict(&mapping) {
                            d.get_str(&name)
                        } else {
                            match protocol::get_item(self, &mapping, &name) {
                                Ok(v) => Some(v),
                                Err(e) if e.is_instance(&exceptions::KEY_ERROR) => None,
                                Err(e) => break 'instrs e,
                            }
                        };
                        let v = match found {
                            Some(v) => v,
                            None => {
                                let cell = local!(oparg as usize).get();
                                match cell.downcast::<CellObject>().and_then(|c| c.get()) {
                                    Some(v) => v,
                                    None => break 'instrs unbound_deref(code, oparg as usize),
                                }
                            }
                        };
                        push!(StackRef::owned(v));
                    }
                    Opcode::LOAD_FROM_DICT_OR_GLOBALS => {
                        let mapping = pop!().into_owned();
                        let name = &names[oparg as usize];
                        save!();
                        let found =
                            if let Some(d) = dict::as_dict(&mapping) { d.get_str(name) } else { None };
                        let v = match found {
                            Some(v) => v,
                            None => tri!(self.load_global_slow(f, name)),
                        };
                        push!(StackRef::owned(v));
                    }
                    Opcode::LOAD_LOCALS => match &f.locals {
                        Some(l) => push!(StackRef::new_owned(l)),
                        None => break 'instrs PyErr::system_error("no locals found"),
                    },
                    Opcode::LOAD_ATTR => {
                        let name = &names[(oparg >> 1) as usize];
                        let owner = pop!();
                        save!();
                        let o = owner.get();
                        if oparg & 1 != 0 {
                            let ty = o.ty();
                            if ty.slots.getattro.get().map(|g| g as usize)
                                == Some(crate::object::base::generic_getattr as *const () as usize)
                            {
                                if let Some(attr) = ty.lookup(name) {
                                    if is_method_like(&attr)
                                        && crate::object::base::existing_instance_dict(&o)
                                            .and_then(|d| dict::as_dict(d).and_then(|d| d.get_str(name)))
                                            .is_none()
                                    {
                                        drop(o);
                                        push!(StackRef::owned(attr));
                                        push!(owner);
                                        continue;
                                    }
                                }
                            }
                            let attr = tri!(protocol::get_attr_obj(self, &o, name));
                            drop(o);
                            drop(owner);
                            push!(StackRef::owned(attr));
                            push!(StackRef::NULL);
                        } else {
                            let attr = tri!(protocol::get_attr_obj(self, &o, name));
                            drop(o);
                            drop(owner);
                            push!(StackRef::owned(attr));
                        }
                    }
                    Opcode::STORE_ATTR => {
                        let owner = pop!();
                        let v = pop!();
                        save!();
                        tri!(protocol::set_attr_obj(
                            self,
                            &owner.get(),
                            &names[oparg as usize],
                            Some(&v.get())
                        ));
                    }
                    Opcode::DELETE_ATTR => {
                        let owner = pop!();
                        save!();
                        tri!(protocol::set_attr_obj(self, &owner.get(), &names[oparg as usize], None));
                    }
                    Opcode::LOAD_SPECIAL => {
                        let owner = pop!();
                        let o = owner.get();
                        let name = op::SPECIAL_METHODS[oparg as usize];
                        match o.ty().lookup_str(name) {
                            Some(attr) if is_method_like(&attr) => {
                                drop(o);
                                push!(StackRef::owned(attr));
                                push!(owner);
                            }
                            Some(attr) => {
                                save!();
                                let bound = match attr.ty().slots.descr_get.get() {
                                    Some(get) => tri!(get(self, &attr, Some(&o), &o.type_obj())),
                                    None => attr,
                                };
                                drop(o);
                                drop(owner);
                                push!(StackRef::owned(bound));
                                push!(StackRef::NULL);
                            }
                            None => {
                                let missing =
                                    if oparg == op::SPECIAL_ENTER { "__enter__" } else { "__exit__" };
                                break 'instrs PyErr::type_error(format!(
                                    "'{}' object does not support the context manager protocol (missed {missing} method)",
                                    o.ty().name()
                                ));
                            }
                        }
                    }
                    Opcode::BINARY_OP => {
                        let rhs = pop!();
                        let lhs = pop!();
                        if let Some(r) = float::stack_arith(&lhs, &rhs, oparg) {
                            push!(float::stack_result(lhs, rhs, r));
                            continue;
                        }
                        save!();
                        let r = tri!(self.binary_op(&lhs.get(), &rhs.get(), oparg));
                        drop(lhs);
                        drop(rhs);
                        push!(StackRef::owned(r));
                    }
                    Opcode::BINARY_SLICE => {
                        let stop = pop!().into_owned();
                        let start = pop!().into_owned();
                        let container = pop!();
                        save!();
                        let sl = tri!(slice::new_slice(start, stop, singletons::none()));
                        let r = tri!(protocol::get_item(self, &container.get(), &sl));
                        push!(StackRef::owned(r));
                    }
                    Opcode::STORE_SLICE => {
                        let stop = pop!().into_owned();
                        let start = pop!().into_owned();
                        let container = pop!();
                        let v = pop!();
                        save!();
                        let sl = tri!(slice::new_slice(start, stop, singletons::none()));
                        tri!(protocol::set_item(self, &container.get(), &sl, &v.get()));
                    }
                    Opcode::STORE_SUBSCR => {
                        let sub = pop!();
                        let container = pop!();
                        let v = pop!();
                        save!();
                        let (c, k) = (container.get(), sub.get());
                        if let Some(l) = c.downcast_exact::<list::ListObject>() {
                            if let Some(i) = int::as_i64(&k) {
                                if let Some(j) = list::normalize_index(i, l.len()) {
                                    let old = l.replace(j, v.into_owned());
                                    drop(old);
                                    continue;
                                }
                            }
                        }
                        if let Some(d) = c.downcast_exact::<dict::DictObject>() {
                            tri!(d.set_item(self, k.clone(), v.into_owned()));
                            continue;
                        }
                        tri!(protocol::set_item(self, &c, &k, &v.get()));
                    }
                    Opcode::DELETE_SUBSCR => {
                        let sub = pop!();
                        let container = pop!();
                        save!();
                        tri!(protocol::del_item(self, &container.get(), &sub.get()));
                    }
                    Opcode::BUILD_SLICE => {
                        let step = if oparg == 3 { pop!().into_owned() } else { singletons::none() };
                        let stop = pop!().into_owned();
                        let start = pop!().into_owned();
                        push!(StackRef::owned(tri!(slice::new_slice(start, stop, step))));
                    }
                    Opcode::UNARY_NEGATIVE => {
                        let v = pop!();
                        save!();
                        let o = v.get();
                        let r = match int::as_i64(&o)
                            .filter(|_| o.is_exact::<int::IntObject>())
                            .and_then(|x| x.checked_neg())
                        {
                            Some(n) => int::new_int(n),
                            None => tri!(protocol::negative(self, &o)),
                        };
                        drop(o);
                        drop(v);
                        push!(StackRef::owned(r));
                    }
                    Opcode::UNARY_INVERT => {
                        let v = pop!();
                        save!();
                        let r = tri!(protocol::invert(self, &v.get()));
                        push!(StackRef::owned(r));
                    }
                    Opcode::UNARY_NOT => {
                        let v = pop!();
                        let b = boolobj::is_true_obj(&v.get());
                        push!(StackRef::owned(boolobj::new_bool(!b)));
                    }
                    Opcode::TO_BOOL => {
                        let top = peek!(1);
                        let t = top.get();
                        if !boolobj::is_bool(&t) {
                            save!();
                            let b = tri!(protocol::is_true(self, &t));
                            drop(t);
                            let old = std::mem::replace(top, StackRef::owned(boolobj::new_bool(b)));
                            drop(old);
                        }
                    }
                    Opcode::COMPARE_OP => {
                        let rhs = pop!();
                        let lhs = pop!();
                        save!();
                        let cmp = CompareOp::from_u32(oparg >> 5).unwrap_or(CompareOp::Eq);
                        let (a, b) = (lhs.get(), rhs.get());
                        let fast = if let (Some(x), Some(y)) =
                            (a.downcast_exact::<int::IntObject>(), b.downcast_exact::<int::IntObject>())
                        {
                            Some(cmp.test(int::int_cmp(x.value(), y.value())))
                        } else if let (Some(x), Some(y)) = (
                            float::float_value(&a).filter(|_| a.is_exact::<float::FloatObject>()),
                            float::float_value(&b).filter(|_| b.is_exact::<float::FloatObject>()),
                        ) {
                            Some(match x.partial_cmp(&y) {
                                Some(o) => cmp.test(o),
                                None => cmp == CompareOp::Ne,
                            })
                        } else if a.is_exact::<pystr::StrObject>() && b.is_exact::<pystr::StrObject>() {
                            Some(match cmp {
                                CompareOp::Eq => pystr::str_eq(&a, &b),
                                CompareOp::Ne => !pystr::str_eq(&a, &b),
                                _ => cmp.test(pystr::as_str(&a).cmp(pystr::as_str(&b))),
                            })
                        } else {
                            None
                        };
                        let r = match fast {
                            Some(b) => boolobj::new_bool(b),
                            None => {
                                let r = tri!(protocol::rich_compare(self, &a, &b, cmp));
                                if oparg & op::COMPARE_BOOL_FLAG != 0 && !boolobj::is_bool(&r) {
                                    boolobj::new_bool(tri!(protocol::is_true(self, &r)))
                                } else {
                                    r
                                }
                            }
                        };
                        drop((a, b));
                        drop(lhs);
                        drop(rhs);
                        push!(StackRef::owned(r));
                    }
                    Opcode::IS_OP => {
                        let rhs = pop!();
                        let lhs = pop!();
                        let same = lhs.as_ptr() == rhs.as_ptr();
                        push!(StackRef::owned(boolobj::new_bool(same != (oparg != 0))));
                    }
                    Opcode::CONTAINS_OP => {
                        let rhs = pop!();
                        let lhs = pop!();
                        save!();
                        let r = tri!(self.contains(&rhs.get(), &lhs.get()));
                        push!(StackRef::owned(boolobj::new_bool(r != (oparg != 0))));
                    }
                    Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE => {
                        let v = pop!();
                        let t = v.get();
                        let truth = if boolobj::is_true_obj(&t) {
                            true
                        } else if boolobj::is_false_obj(&t) {
                            false
                        } else {
                            save!();
                            tri!(protocol::is_true(self, &t))
                        };
                        drop(t);
                        drop(v);
                        if truth == (opc == Opcode::POP_JUMP_IF_TRUE) {
                            ip += oparg as usize;
                        }
                    }
                    Opcode::POP_JUMP_IF_NONE | Opcode::POP_JUMP_IF_NOT_NONE => {
                        let v = pop!();
                        let is_none = singletons::is_none(&v.get());
                        drop(v);
                        if is_none == (opc == Opcode::POP_JUMP_IF_NONE) {
                            ip += oparg as usize;
                        }
                    }
                    Opcode::JUMP_FORWARD => ip += oparg as usize,
                    Opcode::JUMP_BACKWARD => {
                        ip -= oparg as usize;
                        if self.has_pending_work() {
                            save!();
                            tri!(self.run_pending_work());
                        }
                    }
                    Opcode::JUMP_BACKWARD_NO_INTERRUPT => ip -= oparg as usize,
                    Opcode::GET_ITER => {
                        let v = pop!();
                        save!();
                        let it = tri!(protocol::get_iter(self, &v.get()));
                        drop(v);
                        push!(StackRef::owned(it));
                    }
                    Opcode::GET_YIELD_FROM_ITER => {
                        let v = pop!();
                        let o = v.get();
                        if o.downcast::<generator::GeneratorObject>().is_some() {
                            drop(o);
                            push!(v);
                        } else {
                            save!();
                            let it = tri!(protocol::get_iter(self, &o));
                            drop(o);
                            drop(v);
                            push!(StackRef::owned(it));
                        }
                    }
                    Opcode::FOR_ITER => {
                        let it = peek!(1).get();
                        let next = if let Some(r) = it.downcast_exact::<range::RangeIterObject>() {
                            range::range_iter_next_value(r).map(int::new_int)
                        } else if it.is_exact::<iter::SeqIterObject>()
                            || crate::object::iter::LIST_ITER_TYPE.is(&it.type_obj())
                            || crate::object::iter::TUPLE_ITER_TYPE.is(&it.type_obj())
                        {
                            if it.is_exact::<iter::SeqIterObject>() {
                                save!();
                                tri!(protocol::next(self, &it))
                            } else {
                                iter::fast_seq_next(&it)
                            }
                        } else {
                            save!();
                            tri!(protocol::next(self, &it))
                        };
                        drop(it);
                        match next {
                            Some(v) => push!(StackRef::owned(v)),
                            None => ip += oparg as usize + 1,
                        }
                    }
                    Opcode::SEND => {
                        let v = pop!().into_owned();
                        let receiver = peek!(1).get();
                        save!();
                        match tri!(self.send(&receiver, v)) {
                            Exit::Yield(val) => push!(StackRef::owned(val)),
                            Exit::Return(val) => {
                                push!(StackRef::owned(val));
                                ip += oparg as usize;
                            }
                        }
                    }
                    Opcode::YIELD_VALUE => {
                        let v = pop!().into_owned();
                        save!();
                        f.yielded = true;
                        // The generator frame is always the entry frame of this run.
                        frame::set_current(f.prev);
                        self.depth -= 1;
                        return Ok(Exit::Yield(v));
                    }
                    Opcode::RETURN_VALUE => {
                        let mut v = pop!().into_owned();
                        save!();
                        let is_entry = f.is_entry;
                        let prev = f.prev;
                        let init_self = f.init_self.take();
                        // SAFETY: the frame is finished; it is popped and destroyed.
                        unsafe { self.pop_frame(frame) };
                        if let Some(inst) = init_self {
                            if !singletons::is_none(&v) {
                                pending = Some(PyErr::type_error(format!(
                                    "__init__() should return None, not '{}'",
                                    v.ty().name()
                                )));
                                frame = prev;
                                continue 'frames;
                            }
                            v = inst;
                        }
                        if is_entry {
                            return Ok(Exit::Return(v));
                        }
                        frame = prev;
                        // SAFETY: the caller frame is live; push the result on its stack.
                        unsafe { (*frame).push_value(StackRef::owned(v)) };
                        continue 'frames;
                    }
                    Opcode::RETURN_GENERATOR => {
                        break 'instrs PyErr::system_error("RETURN_GENERATOR outside a generator start");
                    }
                    Opcode::BUILD_TUPLE => {
                        let n = oparg as usize;
                        let items = take_items(&mut sp, n);
                        push!(StackRef::owned(tri!(tuple::new_tuple(items))));
                    }
                    Opcode::BUILD_LIST => {
                        let n = oparg as usize;
                        let items = take_items(&mut sp, n);
                        push!(StackRef::owned(tri!(list::new_list(items))));
                    }
                    Opcode::BUILD_SET => {
                        let n = oparg as usize;
                        let items = take_items(&mut sp, n);
                        save!();
                        let s = tri!(set::new_set());
                        let so = set::as_set(&s).expect("set");
                        for item in items {
                            tri!(so.add(self, item));
                        }
                        push!(StackRef::owned(s));
                    }
                    Opcode::BUILD_MAP => {
                        let n = oparg as usize;
                        let items = take_items(&mut sp, 2 * n);
                        save!();
                        let d = dict::new_dict();
                        let dd = dict::as_dict(&d).expect("dict");
                        let mut it = items.into_iter();
                        while let (Some(k), Some(v)) = (it.next(), it.next()) {
                            tri!(dd.set_item(self, k, v));
                        }
                        push!(StackRef::owned(d));
                    }
                    Opcode::BUILD_STRING => {
                        let n = oparg as usize;
                        let items = take_items(&mut sp, n);
                        let mut s = String::new();
                        for p in &items {
                            s.push_str(pystr::as_str(p));
                        }
                        push!(StackRef::owned(tri!(pystr::try_new_str(&s))));
                    }
                    Opcode::LIST_APPEND => {
                        let v = pop!().into_owned();
                        let l = peek!(oparg as usize).get();
                        list::as_list(&l).expect("list").push(v);
                    }
                    Opcode::SET_ADD => {
                        let v = pop!().into_owned();
                        let s = peek!(oparg as usize).get();
                        save!();
                        tri!(set::as_set(&s).expect("set").add(self, v));
                    }
                    Opcode::MAP_ADD => {
                        let v = pop!().into_owned();
                        let k = pop!().into_owned();
                        let d = peek!(oparg as usize).get();
                        save!();
                        tri!(dict::as_dict(&d).expect("dict").set_item(self, k, v));
                    }
                    Opcode::LIST_EXTEND => {
                        let src = pop!();
                        let l = peek!(oparg as usize).get();
                        save!();
                        let s = src.get();
                        let items = match protocol::collect(self, &s) {
                            Ok(v) => v,
                            Err(e)
                                if e.is_instance(&exceptions::TYPE_ERROR)
                                    && s.ty().slots.iter.get().is_none()
                                    && s.ty().slots.getitem.get().is_none() =>
                            {
                                break 'instrs PyErr::type_error(format!(
                                    "Value after * must be an iterable, not {}",
                                    s.ty().name()
                                ));
                            }
                            Err(e) => break 'instrs e,
                        };
                        // SAFETY: a short access; no Python code runs during the extend.
                        unsafe { list::as_list(&l).expect("list").vec().extend(items) };
                    }
                    Opcode::SET_UPDATE => {
                        let src = pop!();
                        let s = peek!(oparg as usize).get();
                        save!();
                        tri!(set::update_from(self, &s, &src.get()));
                    }
                    Opcode::DICT_UPDATE => {
                        let src = pop!();
                        let d = peek!(oparg as usize).get();
                        save!();
                        let s = src.get();
                        if dict::as_dict(&s).is_none() && !tri!(protocol::has_attr(self, &s, "keys")) {
                            break 'instrs PyErr::type_error(format!(
                                "'{}' object is not a mapping",
                                s.ty().name()
                            ));
                        }
                        tri!(dict::update_from(self, &d, &s));
                    }
                    Opcode::DICT_MERGE => {
                        let src = pop!();
                        let d = peek!(oparg as usize).get();
                        let callable = peek!(oparg as usize + 3).get();
                        save!();
                        tri!(self.dict_merge(&d, &src.get(), &callable));
                    }
                    Opcode::UNPACK_SEQUENCE => {
                        let seq = pop!();
                        save!();
                        let items = tri!(self.unpack(&seq.get(), oparg as usize));
                        drop(seq);
                        for item in items.into_iter().rev() {
                            push!(StackRef::owned(item));
                        }
                    }
                    Opcode::UNPACK_EX => {
                        let before = (oparg & 0xff) as usize;
                        let after = (oparg >> 8) as usize;
                        let seq = pop!();
                        save!();
                        let mut items = tri!(protocol::collect(self, &seq.get()));
                        drop(seq);
                        if items.len() < before + after {
                            break 'instrs PyErr::value_error(format!(
                                "not enough values to unpack (expected at least {}, got {})",
                                before + after,
                                items.len()
                            ));
                        }
                        let tail = items.split_off(items.len() - after);
                        let middle = items.split_off(before);
                        for item in tail.into_iter().rev() {
                            push!(StackRef::owned(item));
                        }
                        push!(StackRef::owned(tri!(list::new_list(middle))));
                        for item in items.into_iter().rev() {
                            push!(StackRef::owned(item));
                        }
                    }
                    Opcode::CALL | Opcode::CALL_KW => {
                        let kwnames = if opc == Opcode::CALL_KW { Some(pop!().into_owned()) } else { None };
                        let argc = oparg as usize;
                        save!();
                        if self.has_pending_work() {
                            tri!(self.run_pending_work());
                        }
                        // SAFETY: the stack holds (callable, self_or_null, args[argc]).
                        let base = unsafe { sp.sub(argc + 2) };
                        let callable_ref = unsafe { &mut *base };
                        let self_ref = unsafe { &mut *base.add(1) };
                        // A bound method becomes (function, self) in place.
                        if self_ref.is_null() {
                            let c = callable_ref.get();
                            if let Some(m) = c.downcast_exact::<MethodObject>() {
                                let (func, this) = (m.func.clone(), m.self_obj.clone());
                                drop(c);
                                *self_ref = StackRef::owned(this);
                                let old = std::mem::replace(callable_ref, StackRef::owned(func));
                                drop(old);
                            }
                        }
                        let has_self = !self_ref.is_null();
                        let args_ptr = if has_self { unsafe { base.add(1) } } else { unsafe { base.add(2) } };
                        let nargs = argc + has_self as usize;
                        // SAFETY: `nargs` live entries start at `args_ptr`.
                        let args = unsafe { std::slice::from_raw_parts_mut(args_ptr, nargs) };
                        let callable = callable_ref.get();
                        // `Class(args)` with a Python `__init__`: allocate, then run `__init__` in
                        // this loop; its frame hands the instance back when it returns.
                        if !has_self {
                            if let Some(init) = self.plain_class_init(&callable) {
                                let func = init.downcast_exact::<FunctionObject>().expect("function");
                                let inst =
                                    match crate::object::class::new_subtype_instance_with(&callable, |t| {
                                        crate::memory::alloc::alloc_object(t, 0)
                                    }) {
                                        Ok(i) => i,
                                        Err(e) => break 'instrs e,
                                    };
                                *self_ref = StackRef::owned(inst.clone());
                                // SAFETY: (self, args[argc]) are the live entries after the callable.
                                let args = unsafe { std::slice::from_raw_parts_mut(base.add(1), argc + 1) };
                                let r = self.push_function_frame(&init, func, args, kwnames.as_ref());
                                drop(callable);
                                sp = base;
                                for i in 0..argc + 2 {
                                    // SAFETY: dropping the call's stack entries (moved-out ones are null).
                                    unsafe { std::ptr::drop_in_place(base.add(i)) };
                                }
                                f.sp = unsafe { sp.offset_from(stack_base) } as usize;
                                match r {
                                    Ok(new_frame) => {
                                        // SAFETY: just pushed.
                                        unsafe { (*new_frame).init_self = Some(inst) };
                                        frame = new_frame;
                                        continue 'frames;
                                    }
                                    Err(e) => break 'instrs e,
                                }
                            }
                        }
                        if let Some(func) = callable.downcast_exact::<FunctionObject>() {
                            if !func.code_ref().is_generator() {
                                let r = self.push_function_frame(&callable, func, args, kwnames.as_ref());
                                // Drop the consumed entries (args were moved out).
                                drop(callable);
                                sp = base;
                                for i in 0..argc + 2 {
                                    // SAFETY: dropping the call's stack entries (moved-out ones are null).
                                    unsafe { std::ptr::drop_in_place(base.add(i)) };
                                }
                                f.sp = unsafe { sp.offset_from(stack_base) } as usize;
                                match r {
                                    Ok(new_frame) => {
                                        frame = new_frame;
                                        continue 'frames;
                                    }
                                    Err(e) => break 'instrs e,
                                }
                            }
                        }
                        let result = if let Some(d) = callable.downcast_exact::<descr::MethodDescrObject>() {
                            if d.def.kind == crate::object::typeobj::MethodKind::Instance && !args.is_empty()
                            {
                                with_untagged(args, |a| {
                                    descr::call_method_descr_with_self(
                                        self,
                                        d,
                                        &a[0],
                                        &a[1..],
                                        kwnames.as_ref(),
                                    )
                                })
                            } else {
                                with_untagged(args, |a| protocol::call(self, &callable, a, kwnames.as_ref()))
                            }
                        } else {
                            with_untagged(args, |a| protocol::call(self, &callable, a, kwnames.as_ref()))
                        };
                        drop(callable);
                        for _ in 0..argc + 2 {
                            drop(pop!());
                        }
                        let r = tri!(result);
                        push!(StackRef::owned(r));
                    }
                    Opcode::CALL_FUNCTION_EX => {
                        let kwargs = pop!().into_owned_opt();
                        let callargs = pop!().into_owned();
                        let self_or_null = pop!().into_owned_opt();
                        let callable = pop!().into_owned();
                        save!();
                        if self.has_pending_work() {
                            tri!(self.run_pending_work());
                        }
                        let mut args: Vec<Obj> = Vec::new();
                        if let Some(s) = self_or_null {
                            args.push(s);
                        }
                        match tuple::as_tuple(&callargs) {
                            Some(t) => args.extend_from_slice(t.items()),
                            None => {
                                let items = match protocol::collect(self, &callargs) {
                                    Ok(v) => v,
                                    Err(e) if e.is_instance(&exceptions::TYPE_ERROR) => {
                                        let fname = tri!(self.callable_name(&callable));
                                        break 'instrs PyErr::type_error(format!(
                                            "{fname} argument after * must be an iterable, not {}",
                                            callargs.ty().name()
                                        ));
                                    }
                                    Err(e) => break 'instrs e,
                                };
                                args.extend(items);
                            }
                        }
                        let mut kwnames_v: Vec<Obj> = Vec::new();
                        if let Some(k) = kwargs {
                            let kd = tri!(self.kwargs_dict(&callable, &k));
                            for (name, value) in dict::as_dict(&kd).expect("dict").items_vec() {
                                if pystr::as_str_obj(&name).is_none() {
                                    break 'instrs PyErr::type_error("keywords must be strings");
                                }
                                kwnames_v.push(name);
                                args.push(value);
                            }
                        }
                        let kwnames =
                            if kwnames_v.is_empty() { None } else { Some(tri!(tuple::new_tuple(kwnames_v))) };
                        if let Some(func) = callable.downcast_exact::<FunctionObject>() {
                            if !func.code_ref().is_generator() {
                                let mut refs: SmallVec<[StackRef; 8]> =
                                    args.into_iter().map(StackRef::owned).collect();
                                let r =
                                    self.push_function_frame(&callable, func, &mut refs, kwnames.as_ref());
                                drop(refs);
                                match r {
                                    Ok(new_frame) => {
                                        frame = new_frame;
                                        continue 'frames;
                                    }
                                    Err(e) => break 'instrs e,
                                }
                            }
                        }
                        let r = tri!(protocol::call(self, &callable, &args, kwnames.as_ref()));
                        push!(StackRef::owned(r));
                    }
                    Opcode::CALL_INTRINSIC_1 => {
                        let v = pop!().into_owned();
                        save!();
                        let r = tri!(self.intrinsic1(f, oparg, v));
                        push!(StackRef::owned(r));
                    }
                    Opcode::CALL_INTRINSIC_2 => {
                        drop(pop!());
                        drop(pop!());
                        break 'instrs PyErr::type_error(
                            "exception groups (except*) are not supported by Vivarium",
                        );
                    }
                    Opcode::MAKE_FUNCTION => {
                        let codeobj = pop!().into_owned();
                        let func = tri!(crate::object::function::new_function(
                            codeobj,
                            f.globals.clone(),
                            f.builtins.clone()
                        ));
                        push!(StackRef::owned(func));
                    }
                    Opcode::SET_FUNCTION_ATTRIBUTE => {
                        let func = pop!().into_owned();
                        let attr = pop!().into_owned();
                        if let Some(fo) = func.downcast::<FunctionObject>() {
                            match oparg {
                                op::MAKE_FUNCTION_DEFAULTS => fo.set_defaults(Some(attr)),
                                op::MAKE_FUNCTION_KWDEFAULTS => fo.set_kwdefaults(Some(attr)),
                                op::MAKE_FUNCTION_ANNOTATIONS => fo.set_annotations(Some(attr)),
                                op::MAKE_FUNCTION_CLOSURE => fo.set_closure(Some(attr)),
                                _ => {}
                            }
                        }
                        push!(StackRef::owned(func));
                    }
                    Opcode::LOAD_BUILD_CLASS => {
                        match dict::as_dict(&f.builtins).and_then(|b| b.get_by_str("__build_class__")) {
                            Some(bc) => push!(StackRef::owned(bc)),
                            None => break 'instrs PyErr::name_error("__build_class__"),
                        }
                    }
                    Opcode::SETUP_ANNOTATIONS => {
                        let Some(l) = f.locals.clone() else {
                            break 'instrs PyErr::system_error("no locals found when setting up annotations");
                        };
                        save!();
                        let key = pystr::intern("__annotations__");
                        if let Some(d) = dict::as_dict(&l) {
                            if d.get_str(&key).is_none() {
                                d.set_str(key, dict::new_dict());
                            }
                        } else if protocol::get_item(self, &l, &key).is_err() {
                            tri!(protocol::set_item(self, &l, &key, &dict::new_dict()));
                        }
                    }
                    Opcode::FORMAT_SIMPLE => {
                        let v = pop!();
                        let o = v.get();
                        if o.is_exact::<pystr::StrObject>() {
                            drop(o);
                            let mut v = v;
                            v.make_heap_safe();
                            push!(v);
                        } else {
                            save!();
                            let r = tri!(protocol::format(self, &o, &pystr::empty()));
                            drop(o);
                            drop(v);
                            push!(StackRef::owned(r));
                        }
                    }
                    Opcode::FORMAT_WITH_SPEC => {
                        let spec = pop!();
                        let v = pop!();
                        save!();
                        let r = tri!(protocol::format(self, &v.get(), &spec.get()));
                        push!(StackRef::owned(r));
                    }
                    Opcode::CONVERT_VALUE => {
                        let v = pop!();
                        save!();
                        let o = v.get();
                        let r = match oparg {
                            1 => tri!(protocol::str(self, &o)),
                            2 => tri!(protocol::repr(self, &o)),
                            _ => tri!(protocol::ascii(self, &o)),
                        };
                        drop(o);
                        drop(v);
                        push!(StackRef::owned(r));
                    }
                    Opcode::IMPORT_NAME => {
                        let fromlist = pop!().into_owned();
                        let level = pop!().into_owned();
                        save!();
                        let name = names[oparg as usize].clone();
                        let m = tri!(self.import_name(f, &name, &fromlist, &level));
                        push!(StackRef::owned(m));
                    }
                    Opcode::IMPORT_FROM => {
                        let module = peek!(1).get();
                        save!();
                        let v = tri!(self.import_from(&module, &names[oparg as usize]));
                        drop(module);
                        push!(StackRef::owned(v));
                    }
                    Opcode::RAISE_VARARGS => {
                        save!();
                        let e = match oparg {
                            0 => match &self.handled {
                                Some(h) => PyErr::from_obj(h.clone()),
                                None => PyErr::runtime_error("No active exception to reraise"),
                            },
                            1 => {
                                let exc = pop!().into_owned();
                                match exceptions::make_raisable(self, &exc) {
                                    Ok(x) => PyErr::from_obj(x),
                                    Err(e) => e,
                                }
                            }
                            _ => {
                                let cause = pop!().into_owned();
                                let exc = pop!().into_owned();
                                match self.raise_from(exc, cause) {
                                    Ok(e) | Err(e) => e,
                                }
                            }
                        };
                        break 'instrs e;
                    }
                    Opcode::RERAISE => {
                        // The handler lookup continues from this instruction; the saved `lasti`
                        // (oparg 1) only matters for a traceback entry this frame already has.
                        let exc = pop!().into_owned();
                        save!();
                        self.reraise = true;
                        break 'instrs PyErr::from_obj(exc);
                    }
                    Opcode::PUSH_EXC_INFO => {
                        let exc = pop!().into_owned();
                        let prev = self.handled.replace(exc.clone()).unwrap_or_else(singletons::none);
                        push!(StackRef::owned(prev));
                        push!(StackRef::owned(exc));
                    }
                    Opcode::POP_EXCEPT => {
                        let prev = pop!().into_owned();
                        self.handled = if singletons::is_none(&prev) { None } else { Some(prev) };
                    }
                    Opcode::CHECK_EXC_MATCH => {
                        let right = pop!().into_owned();
                        let left = peek!(1).get();
                        save!();
                        let m = tri!(self.exception_matches(&left, &right));
                        drop(left);
                        push!(StackRef::owned(boolobj::new_bool(m)));
                    }
                    Opcode::CLEANUP_THROW => {
                        let exc = pop!().into_owned();
                        let _last_sent = pop!();
                        let _sub_iter = pop!();
                        if exc.ty().is_subtype(&exceptions::STOP_ITERATION) {
                            let value = tri!(protocol::get_attr(self, &exc, "value"));
                            push!(StackRef::owned(singletons::none()));
                            push!(StackRef::owned(value));
                        } else {
                            save!();
                            self.reraise = true;
                            break 'instrs PyErr::from_obj(exc);
                        }
                    }
                    Opcode::WITH_EXCEPT_START => {
                        let val = peek!(1).get();
                        let exit_self = peek!(4);
                        let exit_self = exit_self.get_opt().map(|b| (*b).clone());
                        let exit_func = peek!(5).get();
                        save!();
                        let tb = exceptions::as_exception(&val)
                            .and_then(|e| e.traceback())
                            .unwrap_or_else(singletons::none);
                        let mut a = Vec::with_capacity(4);
                        if let Some(s) = exit_self {
                            a.push(s);
                        }
                        a.extend([val.type_obj(), (*val).clone(), tb]);
                        let r = tri!(protocol::call(self, &exit_func, &a, None));
                        drop(val);
                        drop(exit_func);
                        push!(StackRef::owned(r));
                    }
                    Opcode::LOAD_COMMON_CONSTANT => {
                        let v = match oparg {
                            0 => exceptions::ASSERTION_ERROR.as_obj(),
                            1 => exceptions::NOT_IMPLEMENTED_ERROR.as_obj(),
                            2 => tuple::TUPLE_TYPE.as_obj(),
                            3 => tri!(self.builtin("all")),
                            _ => tri!(self.builtin("any")),
                        };
                        push!(StackRef::owned(v));
                    }
                    Opcode::GET_LEN => {
                        let o = peek!(1).get();
                        save!();
                        let n = tri!(protocol::len(self, &o));
                        drop(o);
                        push!(StackRef::owned(int::new_int(n as i64)));
                    }
                    Opcode::MATCH_MAPPING => {
                        let o = peek!(1).get();
                        let r = crate::vm::matching::is_mapping(&o);
                        drop(o);
                        push!(StackRef::owned(boolobj::new_bool(r)));
                    }
                    Opcode::MATCH_SEQUENCE => {
                        let o = peek!(1).get();
                        let r = crate::vm::matching::is_sequence(&o);
                        drop(o);
                        push!(StackRef::owned(boolobj::new_bool(r)));
                    }
                    Opcode::MATCH_KEYS => {
                        let keys = peek!(1).get();
                        let subject = peek!(2).get();
                        save!();
                        let r = tri!(crate::vm::matching::match_keys(self, &subject, &keys));
                        drop(keys);
                        drop(subject);
                        push!(StackRef::owned(r));
                    }
                    Opcode::MATCH_CLASS => {
                        let names_t = pop!().into_owned();
                        let ty = pop!().into_owned();
                        let subject = pop!().into_owned();
                        save!();
                        let r = tri!(crate::vm::matching::match_class(
                            self,
                            &subject,
                            &ty,
                            oparg as usize,
                            &names_t
                        ));
                        push!(StackRef::owned(r));
                    }
                    _ => {
                        break 'instrs PyErr::system_error(format!(
                            "opcode {} is not handled by the VM",
                            opc.name()
                        ));
                    }
                }
            };

            // ---- an exception is propagating -----------------------------------------------
            save!();
            let mut exc = err;
            // RERAISE re-raises in the frame that already recorded it: no new traceback entry.
            let mut add_tb = !std::mem::take(&mut self.reraise);
            if add_tb {
                exc = self.set_exception_context(exc);
            }
            loop {
                // SAFETY: `frame` is the live current frame.
                let fr = unsafe { &mut *frame };
                if add_tb {
                    exc = self.add_traceback(exc, fr);
                }
                add_tb = true;
                if let Some((target, depth, push_lasti)) = find_handler(fr.code(), fr.lasti) {
                    let base = fr.nlocalsplus;
                    let sp_now = fr.sp;
                    for i in (depth..sp_now).rev() {
                        drop(fr.slots()[base + i].take());
                    }
                    fr.sp = depth;
                    if push_lasti {
                        fr.push_value(StackRef::owned(int::new_int(fr.lasti as i64)));
                    }
                    fr.push_value(StackRef::owned(exc.into_obj()));
                    fr.ip = target;
                    continue 'frames;
                }
                // No handler: the frame is finished; the exception surfaces at the caller's
                // CALL instruction.
                let is_entry = fr.is_entry;
                let prev = fr.prev;
                // SAFETY: the frame is done; popped and destroyed.
                unsafe { self.pop_frame(frame) };
                if is_entry {
                    return Err(exc);
                }
                frame = prev;
            }
        }
    }
}

/// A borrowed stack entry for a local (a borrowed local stays borrowed).
///
/// # Safety
/// The local must outlive the returned entry.
#[inline]
unsafe fn borrow_of(l: &StackRef) -> StackRef {
    if l.is_borrowed() {
        // SAFETY: copying a borrowed entry keeps it borrowed.
        unsafe { l.bitwise_copy() }
    } else {
        StackRef::borrowed(&l.get())
    }
}

/// Pops `n` entries (in stack order) as owned objects.
fn take_items(sp: &mut *mut StackRef, n: usize) -> Vec<Obj> {
    let mut v = Vec::with_capacity(n);
    // SAFETY: the opcode's stack effect guarantees `n` entries.
    unsafe {
        let start = sp.sub(n);
        for i in 0..n {
            v.push(start.add(i).read().into_owned());
        }
        *sp = start;
    }
    v
}
