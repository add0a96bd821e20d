//! Generators: a function frame that lives inside the generator object and is resumed by
//! `next()`, `send()` and `throw()`.

use super::header::{Obj, ObjectHeader, PyPayload};
use super::typeobj::{flags, GetSetDef, MethodDef, MethodKind, TypeObject};
use super::{args, exceptions, function::FunctionObject, int, singletons, str as pystr, PyErr, PyResult};
use crate::bytecode::opcode::Opcode;
use crate::memory::alloc::{alloc_object, free_object};
use crate::memory::gc;
use crate::slots;
use crate::vm::eval::Exit;
use crate::vm::frame::{self, Frame, FrameOwner};
use crate::vm::Vm;
use std::alloc::Layout;
use std::cell::{Cell, UnsafeCell};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

#[repr(C)]
pub struct GeneratorObject {
    head: ObjectHeader,
    frame: *mut Frame,
    frame_size: usize,
    state: Cell<GenState>,
    name: UnsafeCell<Obj>,
    qualname: UnsafeCell<Obj>,
    /// The exception being handled inside the generator while it is suspended.
    exc_state: UnsafeCell<Option<Obj>>,
    weaklist: Cell<*mut ObjectHeader>,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for GeneratorObject {
    fn static_type() -> &'static TypeObject {
        &GENERATOR_TYPE
    }
}

impl GeneratorObject {
    pub fn state(&self) -> GenState {
        self.state.get()
    }

    #[allow(clippy::mut_from_ref)]
    fn frame(&self) -> &mut Frame {
        // SAFETY: the frame buffer lives as long as the generator.
        unsafe { &mut *self.frame }
    }
}

fn gen(o: &Obj) -> &GeneratorObject {
    o.downcast::<GeneratorObject>().expect("generator")
}

unsafe fn gen_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: a dead generator: a suspended one is first resurrected to run close() (its
    // finally blocks) through the finalizer queue, like CPython's `_PyGen_Finalize`.
    unsafe {
        let g = &*(obj as *const GeneratorObject);
        if g.state.get() == GenState::Suspended && !gc::is_finalized(obj) {
            gc::set_finalized(obj);
            (*obj).refcnt.set(1);
            crate::memory::finalize::queue_generator_close(Obj::from_raw(obj));
            return;
        }
        gc::untrack(obj);
        super::weakref::clear_weakrefs_raw(obj);
        frame::destroy_frame(g.frame);
        std::alloc::dealloc(g.frame as *mut u8, Layout::from_size_align_unchecked(g.frame_size, 16));
        let gp = obj as *mut GeneratorObject;
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*gp).name));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*gp).qualname));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*gp).exc_state));
        free_object(obj, 0);
    }
}

fn gen_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    let g = gen(o);
    let f = g.frame();
    visit(&f.code_obj);
    if let Some(func) = &f.func {
        visit(func);
    }
    visit(&f.globals);
    visit(&f.builtins);
    if let Some(l) = &f.locals {
        visit(l);
    }
    if g.state.get() != GenState::Running {
        let n = f.nlocalsplus + f.sp;
        for s in &f.slots()[..n] {
            if let Some(b) = s.get_opt() {
                if !s.is_borrowed() {
                    visit(&b);
                }
            }
        }
    }
}

fn gen_clear(o: &Obj) {
    let g = gen(o);
    if g.state.get() != GenState::Running {
        g.frame().clear_slots();
        g.state.set(GenState::Finished);
    }
}

/// Creates the generator for a call of a generator function: binds the arguments into the
/// generator's own frame and runs the prefix up to `RETURN_GENERATOR`.
pub fn new_generator(vm: &mut Vm, f: &Obj, a: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    let func = f.downcast::<FunctionObject>().expect("function");
    let code_obj = func.code();
    let code = code_obj.downcast::<super::code::CodeObject>().expect("code");
    let size = frame::frame_size(code);
    // SAFETY: non-zero size, 16-aligned.
    let mem = unsafe { std::alloc::alloc(Layout::from_size_align_unchecked(size, 16)) };
    if mem.is_null() {
        return Err(PyErr::memory_error());
    }
    // SAFETY: fresh memory of the frame's size.
    let fr = unsafe {
        frame::init_frame(
            mem,
            code_obj.clone(),
            Some(f.clone()),
            func.globals.clone(),
            func.builtins.clone(),
            None,
            FrameOwner::Generator,
        )
    };
    // SAFETY: just initialised.
    let frm = unsafe { &mut *fr };
    let n = frm.nlocalsplus;
    let mut refs: smallvec::SmallVec<[super::StackRef; 8]> =
        a.iter().map(super::StackRef::new_owned).collect();
    let bound = crate::vm::call::bind_arguments(vm, func, code, &mut frm.slots()[..n], &mut refs, kwnames);
    let name = func.name();
    let qualname = func.qualname();
    let ptr = match alloc_object(&GENERATOR_TYPE, 0) {
        Ok(p) => p,
        Err(e) => {
            // SAFETY: the frame never ran.
            unsafe {
                frame::destroy_frame(fr);
                std::alloc::dealloc(mem, Layout::from_size_align_unchecked(size, 16));
            }
            return Err(e);
        }
    };
    // SAFETY: fresh block with the layout.
    let g = unsafe {
        let gp = ptr as *mut GeneratorObject;
        std::ptr::addr_of_mut!((*gp).frame).write(fr);
        std::ptr::addr_of_mut!((*gp).frame_size).write(size);
        std::ptr::addr_of_mut!((*gp).state).write(Cell::new(GenState::Created));
        std::ptr::addr_of_mut!((*gp).name).write(UnsafeCell::new(name));
        std::ptr::addr_of_mut!((*gp).qualname).write(UnsafeCell::new(qualname));
        std::ptr::addr_of_mut!((*gp).exc_state).write(UnsafeCell::new(None));
        std::ptr::addr_of_mut!((*gp).weaklist).write(Cell::new(std::ptr::null_mut()));
        gc::track(ptr);
        Obj::from_raw(ptr)
    };
    frm.generator = ptr;
    bound?;
    run_prefix(frm)?;
    Ok(g)
}

/// Executes the instructions before `RETURN_GENERATOR` (cells and free variables) and leaves
/// the frame ready to resume just after it.
fn run_prefix(f: &mut Frame) -> PyResult<()> {
    let code: Vec<u8> = f.code().code.to_vec();
    let mut i = 0;
    while i + 1 < code.len() {
        let (opcode, oparg) = (code[i], code[i + 1] as usize);
        i += 2;
        match Opcode::from_u8(opcode) {
            Some(Opcode::RETURN_GENERATOR) => {
                f.ip = i / 2;
                return Ok(());
            }
            Some(Opcode::MAKE_CELL) => {
                let v = f.slots()[oparg].take().into_owned_opt();
                f.slots()[oparg] = super::StackRef::owned(super::function::new_cell(v)?);
            }
            Some(Opcode::COPY_FREE_VARS) => {
                let closure =
                    f.func.as_ref().and_then(|x| x.downcast::<FunctionObject>()).and_then(|x| x.closure());
                if let Some(c) = closure {
                    let start = f.nlocalsplus - oparg;
                    for (j, cell) in super::tuple::tuple_items(&c).iter().take(oparg).enumerate() {
                        f.slots()[start + j] = super::StackRef::new_owned(cell);
                    }
                }
            }
            _ => {}
        }
    }
    Err(PyErr::system_error("generator code without RETURN_GENERATOR"))
}

/// Resumes the generator: `Yield(value)` or `Return(value)` (finished).
pub fn resume(vm: &mut Vm, o: &Obj, value: Option<Obj>, throw: Option<PyErr>) -> PyResult<Exit> {
    let g = gen(o);
    match g.state.get() {
        GenState::Running => return Err(PyErr::value_error("generator already executing")),
        GenState::Finished => {
            return match throw {
                Some(e) => Err(e),
                None => Ok(Exit::Return(singletons::none())),
            }
        }
        GenState::Created => {
            if let Some(v) = &value {
                if !singletons::is_none(v) {
                    return Err(PyErr::type_error("can't send non-None value to a just-started generator"));
                }
            }
        }
        GenState::Suspended => {}
    }
    let keep = o.clone();
    g.state.set(GenState::Running);
    // SAFETY: a short access to the generator's saved exception state.
    let saved = std::mem::replace(&mut vm.handled, unsafe { (*g.exc_state.get()).take() });
    let value = if throw.is_some() { None } else { Some(value.unwrap_or_else(singletons::none)) };
    let r = vm.resume_frame(g.frame, value, throw);
    let inner = std::mem::replace(&mut vm.handled, saved);
    match &r {
        Ok(Exit::Yield(_)) => {
            g.state.set(GenState::Suspended);
            // SAFETY: a short write.
            unsafe { *g.exc_state.get() = inner };
        }
        _ => g.state.set(GenState::Finished),
    }
    drop(keep);
    r
}

/// SEND's use: like `resume` with a value.
pub fn send_exit(vm: &mut Vm, o: &Obj, v: Obj) -> PyResult<Exit> {
    resume(vm, o, Some(v), None)
}

/// `next(gen)`: the yielded value, or the StopIteration (carrying the return value) to raise.
pub fn next_or_stop(vm: &mut Vm, o: &Obj) -> PyResult<Result<Obj, PyErr>> {
    match resume(vm, o, None, None)? {
        Exit::Yield(v) => Ok(Ok(v)),
        Exit::Return(v) => Ok(Err(stop_iteration_with(v))),
    }
}

fn gen_iternext(vm: &mut Vm, o: &Obj) -> PyResult<Option<Obj>> {
    match resume(vm, o, None, None)? {
        Exit::Yield(v) => Ok(Some(v)),
        Exit::Return(_) => Ok(None),
    }
}

fn m_send(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("send", a, kw, 1, 1)?;
    match resume(vm, o, Some(a[0].clone()), None)? {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => Err(stop_iteration_with(v)),
    }
}

fn stop_iteration_with(v: Obj) -> PyErr {
    if singletons::is_none(&v) {
        PyErr::stop_iteration(None)
    } else {
        PyErr::stop_iteration(Some(v))
    }
}

/// Builds the exception `throw(typ[, val[, tb]])` raises.
fn throw_exception(vm: &mut Vm, a: &[Obj]) -> PyResult<PyErr> {
    let typ = &a[0];
    let val = a.get(1).filter(|v| !singletons::is_none(v));
    let exc =
        if let Some(t) = super::typeobj::as_type(typ).filter(|t| t.is_subtype(&exceptions::BASE_EXCEPTION)) {
            let _ = t;
            match val {
                Some(v) if v.ty().is_subtype(super::typeobj::as_type(typ).expect("type")) => v.clone(),
                Some(v) => super::protocol::call(vm, typ, std::slice::from_ref(v), None)?,
                None => super::protocol::call(vm, typ, &[], None)?,
            }
        } else if exceptions::as_exception(typ).is_some() {
            if val.is_some() {
                return Err(PyErr::type_error("instance exception may not have a separate value"));
            }
            typ.clone()
        } else {
            return Err(PyErr::type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                typ.ty().name()
            )));
        };
    if let Some(tb) = a.get(2).filter(|t| !singletons::is_none(t)) {
        if let Some(e) = exceptions::as_exception(&exc) {
            e.set_traceback(Some(tb.clone()));
        }
    }
    Ok(PyErr::from_obj(exc))
}

/// The iterator a suspended generator is delegating to with `yield from` (CPython's
/// `_PyGen_yf`): the frame rests just after a `YIELD_VALUE` whose `RESUME` says "after yield
/// from", with the sub-iterator on top of its stack.
fn delegate(g: &GeneratorObject) -> Option<Obj> {
    if g.state.get() != GenState::Suspended {
        return None;
    }
    let f = g.frame();
    let code = &f.code().code;
    let (op, arg) = (*code.get(f.ip * 2)?, *code.get(f.ip * 2 + 1)? as u32);
    if op != Opcode::RESUME as u8 || arg & 3 != crate::bytecode::opcode::RESUME_AFTER_YIELD_FROM || f.sp == 0
    {
        return None;
    }
    let top = f.nlocalsplus + f.sp - 1;
    f.slots()[top].get_opt().map(|b| (*b).clone())
}

/// Where the `yield from` loop a generator is suspended in ends: its `END_SEND`.
fn end_send_index(f: &Frame) -> Option<usize> {
    let code = &f.code().code;
    // RESUME at ip, then JUMP_BACKWARD_NO_INTERRUPT back to SEND, whose target is END_SEND.
    let j = f.ip + 1;
    if *code.get(j * 2)? != Opcode::JUMP_BACKWARD_NO_INTERRUPT as u8 {
        return None;
    }
    let send = (j + 1).checked_sub(*code.get(j * 2 + 1)? as usize)?;
    if *code.get(send * 2)? != Opcode::SEND as u8 {
        return None;
    }
    Some(send + 1 + *code.get(send * 2 + 1)? as usize)
}

/// `gen.throw(...)`, forwarded to the sub-iterator of a `yield from` first, as CPython does.
fn throw_into(vm: &mut Vm, o: &Obj, err: PyErr, args_for_method: &[Obj]) -> PyResult<Obj> {
    let g = gen(o);
    if let Some(sub) = delegate(g) {
        let is_exit = err.is_instance(&exceptions::GENERATOR_EXIT);
        g.state.set(GenState::Running);
        let r: PyResult<Exit> = if is_exit {
            let r = if sub.downcast::<GeneratorObject>().is_some() {
                close(vm, &sub).map(|_| ())
            } else {
                match super::protocol::get_attr_opt(vm, &sub, "close") {
                    Ok(Some(c)) => super::protocol::call(vm, &c, &[], None).map(|_| ()),
                    Ok(None) => Ok(()),
                    Err(e) => Err(e),
                }
            };
            g.state.set(GenState::Suspended);
            return match r {
                Ok(()) => finish_throw(vm, o, err),
                Err(e) => finish_throw(vm, o, e),
            };
        } else if sub.downcast::<GeneratorObject>().is_some() {
            resume(vm, &sub, None, Some(err))
        } else {
            match super::protocol::get_attr_opt(vm, &sub, "throw") {
                Ok(Some(m)) => match super::protocol::call(vm, &m, args_for_method, None) {
                    Ok(v) => Ok(Exit::Yield(v)),
                    Err(e) if e.is_instance(&exceptions::STOP_ITERATION) => {
                        let v = super::protocol::get_attr(vm, e.obj(), "value")?;
                        Ok(Exit::Return(v))
                    }
                    Err(e) => Err(e),
                },
                Ok(None) => {
                    g.state.set(GenState::Suspended);
                    return finish_throw(vm, o, err);
                }
                Err(e) => Err(e),
            }
        };
        g.state.set(GenState::Suspended);
        return match r {
            Ok(Exit::Yield(v)) => Ok(v),
            Ok(Exit::Return(v)) => {
                // The sub-iterator finished: leave the loop with its value, as if SEND ended.
                match end_send_index(g.frame()) {
                    Some(end) => {
                        g.frame().ip = end;
                        match resume(vm, o, Some(v), None)? {
                            Exit::Yield(x) => Ok(x),
                            Exit::Return(x) => Err(stop_iteration_with(x)),
                        }
                    }
                    None => Err(PyErr::system_error("yield from without its SEND loop")),
                }
            }
            Err(e) => finish_throw(vm, o, e),
        };
    }
    finish_throw(vm, o, err)
}

/// Raises `err` inside the generator's own frame.
fn finish_throw(vm: &mut Vm, o: &Obj, err: PyErr) -> PyResult<Obj> {
    match resume(vm, o, None, Some(err))? {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => Err(stop_iteration_with(v)),
    }
}

fn m_throw(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("throw", a, kw, 1, 3)?;
    let err = throw_exception(vm, a)?;
    if gen(o).state.get() == GenState::Created {
        gen(o).state.set(GenState::Finished);
        gen(o).frame().clear_slots();
        return Err(err);
    }
    throw_into(vm, o, err, a)
}

/// `generator.close()`.
pub fn close(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let g = gen(o);
    match g.state.get() {
        GenState::Created => {
            g.state.set(GenState::Finished);
            g.frame().clear_slots();
            return Ok(singletons::none());
        }
        GenState::Finished => return Ok(singletons::none()),
        _ => {}
    }
    let exit = PyErr::with_args(&exceptions::GENERATOR_EXIT, Vec::new());
    match throw_into(vm, o, exit, &[]) {
        Ok(_) => Err(PyErr::runtime_error("generator ignored GeneratorExit")),
        Err(e)
            if e.is_instance(&exceptions::GENERATOR_EXIT) || e.is_instance(&exceptions::STOP_ITERATION) =>
        {
            Ok(singletons::none())
        }
        Err(e) => Err(e),
    }
}

fn m_close(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("close", a, kw, 0, 0)?;
    close(vm, o)
}

fn gen_repr(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    // SAFETY: a short read.
    let q = unsafe { (*gen(o).qualname.get()).clone() };
    pystr::try_new_str(&format!("<generator object {} at {:#x}>", pystr::as_str(&q), o.addr()))
}

fn g_name(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    // SAFETY: a short read.
    Ok(unsafe { (*gen(o).name.get()).clone() })
}
fn g_qualname(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    // SAFETY: a short read.
    Ok(unsafe { (*gen(o).qualname.get()).clone() })
}
fn g_running(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(super::boolobj::new_bool(gen(o).state.get() == GenState::Running))
}
fn g_suspended(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(super::boolobj::new_bool(gen(o).state.get() == GenState::Suspended))
}
fn g_code(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(gen(o).frame().code_obj.clone())
}
fn g_frame(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let g = gen(o);
    if g.state.get() == GenState::Finished {
        return Ok(singletons::none());
    }
    let f = g.frame();
    crate::vm::frameobj::new_frame_snapshot(f.code_obj.clone(), f.globals.clone(), f.line())
}

static GEN_METHODS: &[MethodDef] = &[
    MethodDef { name: "send", func: m_send, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "throw", func: m_throw, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "close", func: m_close, kind: MethodKind::Instance, doc: "" },
];

static GEN_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__name__", get: g_name, set: None, doc: "" },
    GetSetDef { name: "__qualname__", get: g_qualname, set: None, doc: "" },
    GetSetDef { name: "gi_running", get: g_running, set: None, doc: "" },
    GetSetDef { name: "gi_suspended", get: g_suspended, set: None, doc: "" },
    GetSetDef { name: "gi_code", get: g_code, set: None, doc: "" },
    GetSetDef { name: "gi_frame", get: g_frame, set: None, doc: "" },
];

pub static GENERATOR_TYPE: TypeObject = TypeObject::builtin(
    "generator",
    std::mem::size_of::<GeneratorObject>(),
    flags::HAVE_GC,
    Some(&super::base::OBJECT_TYPE),
    slots!(gen_dealloc, traverse: gen_traverse, clear: gen_clear, iter: super::iter::self_iter,
        iternext: gen_iternext, repr: gen_repr),
    GEN_METHODS,
    GEN_GETSETS,
    None,
)
.with_weaklistoffset(std::mem::offset_of!(GeneratorObject, weaklist));

/// Used by the iterator protocol helpers for `int` formatting of line numbers.
pub fn gen_line(o: &Obj) -> Obj {
    int::new_int(gen(o).frame().line() as i64)
}
