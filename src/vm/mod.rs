//! The virtual machine: interpreter state, frames on one data stack, the eval loop, calls,
//! exceptions, imports and start-up.

pub mod call;
mod carets;
pub mod eval;
pub mod frame;
pub mod frameobj;
pub mod import;
pub mod matching;
pub mod startup;
mod suggestions;
pub mod traceback;

use crate::bytecode::opcode as op;
use crate::object::code::CodeObject;
use crate::object::function::FunctionObject;
use crate::object::{
    dict, exceptions, float, generator, int, list, protocol, singletons, str as pystr, tuple, Obj, PyErr,
    PyResult, StackRef,
};
use crate::syntax::ast::Operator;
use eval::Exit;
use frame::{DataStack, Frame, FrameOwner};
use std::collections::HashMap;
use std::rc::Rc;

/// The interpreter state.
pub struct Vm {
    stack: DataStack,
    /// Python frames currently on the stack (for the recursion limit).
    pub(crate) depth: usize,
    pub recursion_limit: usize,
    /// Nested entries of the eval loop and native protocol calls (the Rust stack's depth).
    pub(crate) native_depth: usize,
    pub(crate) native_limit: usize,
    repr_stack: Vec<usize>,
    /// The exception currently being handled (`sys.exception()`).
    pub(crate) handled: Option<Obj>,
    /// Set by RERAISE-like instructions so the eval loop adds no traceback entry.
    pub(crate) reraise: bool,
    /// The builtins module's dict.
    pub builtins: Obj,
    pub builtins_module: Obj,
    pub sys: Obj,
    /// `sys.modules`.
    pub modules: Obj,
    /// Literal objects of the main script, held until its module code returns (CPython's
    /// parser arena; see DESIGN.md).
    pub main_arena: Vec<Obj>,
    /// Source text of every file we compiled, for tracebacks.
    sources: HashMap<String, Rc<str>>,
    /// Directory of the main script (first entry of `sys.path`).
    pub script_dir: Option<String>,
    /// Exit status requested through `SystemExit`.
    pub exit_code: Option<i32>,
}

/// Releases a `repr` recursion mark when dropped.
pub struct ReprGuard {
    stack: *mut Vec<usize>,
}

impl Drop for ReprGuard {
    fn drop(&mut self) {
        // SAFETY: the guard never outlives the Vm whose stack it points into (it is a local of a
        // function holding `&mut Vm`).
        unsafe { (*self.stack).pop() };
    }
}

impl Vm {
    /// A fresh interpreter: built-in types initialised, `builtins` and `sys` created.
    pub fn new(argv: Vec<String>) -> Vm {
        startup::init_types();
        pystr::preallocate_latin1_chars();
        let builtins_module = crate::modules::builtins::make_module();
        let builtins = crate::object::module::module_dict(&builtins_module);
        let modules = dict::new_dict();
        let mut vm = Vm {
            stack: DataStack::new(),
            depth: 0,
            recursion_limit: 1000,
            native_depth: 0,
            native_limit: 2500,
            repr_stack: Vec::new(),
            handled: None,
            reraise: false,
            builtins,
            builtins_module: builtins_module.clone(),
            sys: singletons::none(),
            modules: modules.clone(),
            main_arena: Vec::new(),
            sources: HashMap::new(),
            script_dir: None,
            exit_code: None,
        };
        let sys = crate::modules::sys::make_module(&mut vm, argv);
        vm.sys = sys.clone();
        let md = dict::as_dict(&modules).expect("dict");
        md.set_by_str("builtins", builtins_module);
        md.set_by_str("sys", sys);
        vm
    }

    // ---- frames --------------------------------------------------------------------------

    /// Pushes a frame for a Python function call with its arguments bound. The frame becomes
    /// current.
    pub(crate) fn push_function_frame(
        &mut self,
        callable: &Obj,
        func: &FunctionObject,
        args: &mut [StackRef],
        kwnames: Option<&Obj>,
    ) -> PyResult<*mut Frame> {
        if self.depth >= self.recursion_limit {
            return Err(PyErr::recursion_error("maximum recursion depth exceeded"));
        }
        let code_obj = func.code();
        let code = code_obj.downcast::<CodeObject>().expect("code");
        let size = frame::frame_size(code);
        let Some(mem) = self.stack.push(size) else {
            return Err(PyErr::recursion_error("maximum recursion depth exceeded (data stack exhausted)"));
        };
        // SAFETY: `mem` is a fresh, 16-aligned region of `size` bytes on the data stack.
        let fr = unsafe {
            frame::init_frame(
                mem,
                code_obj.clone(),
                Some(callable.clone()),
                func.globals.clone(),
                func.builtins.clone(),
                None,
                FrameOwner::DataStack,
            )
        };
        // SAFETY: just initialised.
        let f = unsafe { &mut *fr };
        f.prev = frame::current();
        frame::set_current(fr);
        self.depth += 1;
        let n = f.nlocalsplus;
        let r = call::bind_arguments(self, func, code, &mut f.slots()[..n], args, kwnames);
        if let Err(e) = r {
            // SAFETY: the frame was just pushed and never ran.
            unsafe { self.pop_frame(fr) };
            return Err(e);
        }
        Ok(fr)
    }

    /// Pops and destroys the current frame (a generator's frame is only emptied).
    ///
    /// # Safety
    /// `frame` is the current frame and is not used afterwards (except a generator's, which
    /// its generator keeps).
    pub(crate) unsafe fn pop_frame(&mut self, frame: *mut Frame) {
        // SAFETY: guaranteed by the caller.
        let f = unsafe { &mut *frame };
        frame::set_current(f.prev);
        self.depth -= 1;
        match f.owner {
            FrameOwner::DataStack => {
                let size = frame::frame_size(f.code());
                // SAFETY: the frame is the top of the data stack.
                unsafe { frame::destroy_frame(frame) };
                self.stack.pop(size);
            }
            FrameOwner::Generator => {
                f.clear_slots();
                f.yielded = false;
                f.ip = usize::MAX;
            }
        }
    }

    /// Unlinks an entry frame that never ran (native recursion overflow).
    ///
    /// # Safety
    /// `entry` is the current frame.
    pub(crate) unsafe fn pop_failed_entry(&mut self, entry: *mut Frame) {
        // SAFETY: forwarded.
        unsafe { self.pop_frame(entry) };
    }

    /// Runs a code object with the given namespaces (module bodies, `exec`, class bodies).
    pub fn run_code(
        &mut self,
        code_obj: &Obj,
        globals: &Obj,
        locals: Option<&Obj>,
        func: Option<&Obj>,
    ) -> PyResult<Obj> {
        let code = code_obj.downcast::<CodeObject>().expect("code");
        if self.depth >= self.recursion_limit {
            return Err(PyErr::recursion_error("maximum recursion depth exceeded"));
        }
        let builtins = self.builtins_for(globals);
        let size = frame::frame_size(code);
        let Some(mem) = self.stack.push(size) else {
            return Err(PyErr::recursion_error("maximum recursion depth exceeded"));
        };
        // SAFETY: fresh data-stack region.
        let fr = unsafe {
            frame::init_frame(
                mem,
                code_obj.clone(),
                func.cloned(),
                globals.clone(),
                builtins,
                locals.cloned(),
                FrameOwner::DataStack,
            )
        };
        // SAFETY: just initialised.
        let f = unsafe { &mut *fr };
        f.prev = frame::current();
        f.is_entry = true;
        frame::set_current(fr);
        self.depth += 1;
        match self.run_frame(fr, None)? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(_) => Err(PyErr::system_error("yield outside a generator")),
        }
    }

    /// The builtins dict a frame with these globals uses (`__builtins__` if set).
    fn builtins_for(&self, globals: &Obj) -> Obj {
        if let Some(b) = dict::as_dict(globals).and_then(|g| g.get_by_str("__builtins__")) {
            if dict::as_dict(&b).is_some() {
                return b;
            }
            if b.downcast::<crate::object::module::ModuleObject>().is_some() {
                return crate::object::module::module_dict(&b);
            }
        }
        self.builtins.clone()
    }

    /// Calls a Python function from Rust (re-entering the eval loop).
    pub fn call_python_function(&mut self, f: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
        let func = f.downcast::<FunctionObject>().expect("function");
        if func.code_ref().is_generator() {
            return generator::new_generator(self, f, args, kwnames);
        }
        let mut refs: smallvec::SmallVec<[StackRef; 8]> = args.iter().map(StackRef::new_owned).collect();
        let fr = self.push_function_frame(f, func, &mut refs, kwnames)?;
        drop(refs);
        // SAFETY: just pushed.
        unsafe { (*fr).is_entry = true };
        match self.run_frame(fr, None)? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(_) => Err(PyErr::system_error("function yielded without being a generator")),
        }
    }

    /// Resumes a suspended generator frame with `value` (or by raising `throw` in it).
    pub(crate) fn resume_frame(
        &mut self,
        fr: *mut Frame,
        value: Option<Obj>,
        throw: Option<PyErr>,
    ) -> PyResult<Exit> {
        if self.depth >= self.recursion_limit {
            return Err(PyErr::recursion_error("maximum recursion depth exceeded"));
        }
        // SAFETY: the generator owns the frame and keeps it alive while resumed.
        let f = unsafe { &mut *fr };
        f.prev = frame::current();
        f.is_entry = true;
        f.yielded = false;
        frame::set_current(fr);
        self.depth += 1;
        if let Some(v) = value {
            f.push_value(StackRef::owned(v));
        }
        self.run_frame(fr, throw)
    }

    /// `receiver.send(v)` as the SEND instruction needs it.
    pub(crate) fn send(&mut self, receiver: &Obj, v: Obj) -> PyResult<Exit> {
        if receiver.downcast::<generator::GeneratorObject>().is_some() {
            return generator::send_exit(self, receiver, v);
        }
        let r = if singletons::is_none(&v) {
            match protocol::next(self, receiver)? {
                Some(x) => return Ok(Exit::Yield(x)),
                None => return Ok(Exit::Return(singletons::none())),
            }
        } else {
            protocol::call_method(self, receiver, "send", &[v])
        };
        match r {
            Ok(x) => Ok(Exit::Yield(x)),
            Err(e) if e.is_instance(&exceptions::STOP_ITERATION) => {
                let value = protocol::get_attr(self, e.obj(), "value")?;
                Ok(Exit::Return(value))
            }
            Err(e) => Err(e),
        }
    }

    // ---- state queries used by objects -----------------------------------------------------

    /// The globals of the innermost frame.
    pub fn current_globals(&self) -> Option<Obj> {
        if frame::current().is_null() {
            None
        } else {
            // SAFETY: the current frame is live.
            Some(unsafe { (*frame::current()).globals.clone() })
        }
    }

    /// The innermost frame's locals mapping, if it has one (`locals()` at module level).
    pub fn current_locals(&self) -> Option<Obj> {
        if frame::current().is_null() {
            None
        } else {
            // SAFETY: the current frame is live.
            unsafe { (*frame::current()).locals.clone() }
        }
    }

    /// `locals()` in a function: a dict snapshot of its fast locals.
    pub fn current_fast_locals(&mut self) -> PyResult<Obj> {
        let d = dict::new_dict();
        if frame::current().is_null() {
            return Ok(d);
        }
        // SAFETY: the current frame is live.
        let f = unsafe { &mut *frame::current() };
        let code = f.code();
        let names: Vec<Obj> = code.localsplus_names().to_vec();
        let kinds = code.localspluskinds.to_vec();
        let n = f.nlocalsplus;
        let dd = dict::as_dict(&d).expect("dict");
        for i in 0..n {
            let slot = &f.slots()[i];
            if slot.is_null() {
                continue;
            }
            let v: Obj = (*slot.get()).clone();
            let v = if kinds[i]
                & (crate::bytecode::code::local_kind::CELL | crate::bytecode::code::local_kind::FREE)
                != 0
            {
                match v.downcast::<crate::object::function::CellObject>().and_then(|c| c.get()) {
                    Some(x) => x,
                    None => continue,
                }
            } else {
                v
            };
            dd.set_str(names[i].clone(), v);
        }
        Ok(d)
    }

    /// The class and first argument for a zero-argument `super()` in the calling frame.
    pub fn zero_arg_super(&mut self) -> PyResult<(Obj, Option<Obj>)> {
        if frame::current().is_null() {
            return Err(PyErr::runtime_error("super(): no current frame"));
        }
        // SAFETY: the current frame is live.
        let f = unsafe { &mut *frame::current() };
        let code = f.code();
        if code.argcount == 0 && code.flags & crate::bytecode::code::flags::VARARGS == 0 {
            return Err(PyErr::runtime_error("super(): no arguments"));
        }
        let names: Vec<Obj> = code.localsplus_names().to_vec();
        let kinds = code.localspluskinds.to_vec();
        let mut first = f.slots()[0].get_opt().map(|b| (*b).clone());
        // The first argument may have been moved into a cell.
        if kinds[0] & crate::bytecode::code::local_kind::CELL != 0 {
            first =
                first.and_then(|c| c.downcast::<crate::object::function::CellObject>().and_then(|c| c.get()));
        }
        let Some(first) = first else {
            return Err(PyErr::runtime_error("super(): arg[0] deleted"));
        };
        for (i, n) in names.iter().enumerate() {
            if pystr::as_str(n) == "__class__" && kinds[i] & crate::bytecode::code::local_kind::FREE != 0 {
                let cell = f.slots()[i].get_opt().map(|b| (*b).clone());
                let cls = cell
                    .and_then(|c| c.downcast::<crate::object::function::CellObject>().and_then(|c| c.get()));
                return match cls {
                    Some(c) if crate::object::typeobj::as_type(&c).is_some() => Ok((c, Some(first))),
                    _ => Err(PyErr::runtime_error("super(): empty __class__ cell")),
                };
            }
        }
        Err(PyErr::runtime_error("super(): __class__ cell not found"))
    }

    /// Marks `o` as being repr'd; `None` if it already is (a recursive container).
    pub fn repr_enter(&mut self, o: &Obj) -> Option<ReprGuard> {
        let a = o.addr();
        if self.repr_stack.contains(&a) {
            return None;
        }
        self.repr_stack.push(a);
        Some(ReprGuard { stack: &mut self.repr_stack })
    }

    /// Counts a native re-entry; RecursionError past the limit (keeps the Rust stack safe).
    #[inline]
    pub fn enter_native(&mut self) -> PyResult<()> {
        self.native_depth += 1;
        if self.native_depth > self.native_limit {
            self.native_depth -= 1;
            return Err(PyErr::recursion_error("maximum recursion depth exceeded"));
        }
        Ok(())
    }

    #[inline]
    pub fn leave_native(&mut self) {
        self.native_depth -= 1;
    }

    /// A builtin by name.
    pub fn builtin(&self, name: &str) -> PyResult<Obj> {
        dict::as_dict(&self.builtins).and_then(|b| b.get_by_str(name)).ok_or_else(|| PyErr::name_error(name))
    }

    // ---- sources, for tracebacks ----------------------------------------------------------

    pub fn remember_source(&mut self, filename: &str, source: &str) {
        self.sources.insert(filename.to_string(), Rc::from(source));
    }

    /// Line `lineno` of a file we compiled (or can read), for tracebacks.
    pub fn source_line(&mut self, filename: &str, lineno: u32) -> Option<String> {
        if !self.sources.contains_key(filename) {
            let text = std::fs::read_to_string(filename).ok()?;
            self.sources.insert(filename.to_string(), Rc::from(text.as_str()));
        }
        let src = self.sources.get(filename)?;
        src.lines().nth(lineno.checked_sub(1)? as usize).map(|s| s.to_string())
    }

    // ---- pending work (finalizers, weakref callbacks, GC, signals) -------------------------

    #[inline]
    pub fn has_pending_work(&self) -> bool {
        crate::memory::finalize::has_pending()
    }

    /// Runs finalizers, weakref callbacks and scheduled collections; raises KeyboardInterrupt
    /// after Ctrl-C.
    pub fn run_pending_work(&mut self) -> PyResult<()> {
        crate::memory::finalize::run_pending(self)
    }

    // ---- instruction helpers -------------------------------------------------------------

    /// For `Class(...)`: the class's Python `__init__` when instances are made the plain way
    /// (`object.__new__`, a generic `__init__` slot, no metaclass `__call__`), so the call can
    /// be run inline; `None` otherwise.
    fn plain_class_init(&self, callable: &Obj) -> Option<Obj> {
        let ty = crate::object::typeobj::as_type(callable)?;
        if !ty.is_heap_type()
            || ty.has_flag(crate::object::typeobj::flags::ABSTRACT)
            || !std::ptr::eq(callable.type_ptr(), &crate::object::class::TYPE_TYPE)
        {
            return None;
        }
        let new = ty.slots.new.get()? as *const ();
        let init = ty.slots.init.get()? as *const ();
        if new != crate::object::base::object_new_fn() as *const ()
            || init != crate::object::slot_dispatch::slot_init as *const ()
        {
            return None;
        }
        let f = ty.lookup_str("__init__")?;
        let func = f.downcast_exact::<FunctionObject>()?;
        if func.code_ref().is_generator() {
            return None;
        }
        Some(f)
    }

    fn load_name(&mut self, f: &Frame, name: &Obj) -> PyResult<Obj> {
        if let Some(l) = &f.locals {
            if let Some(d) = l.downcast_exact::<dict::DictObject>() {
                if let Some(v) = d.get_str(name) {
                    return Ok(v);
                }
            } else {
                match protocol::get_item(self, l, name) {
                    Ok(v) => return Ok(v),
                    Err(e) if e.is_instance(&exceptions::KEY_ERROR) => {}
                    Err(e) => return Err(e),
                }
            }
        }
        self.load_global_slow(f, name)
    }

    fn load_global_slow(&mut self, f: &Frame, name: &Obj) -> PyResult<Obj> {
        if let Some(v) = dict::as_dict(&f.globals).and_then(|g| g.get_str(name)) {
            return Ok(v);
        }
        if let Some(v) = dict::as_dict(&f.builtins).and_then(|b| b.get_str(name)) {
            return Ok(v);
        }
        Err(PyErr::name_error(pystr::as_str(name)))
    }

    /// BINARY_OP: fast paths for exact ints, floats, strs and common subscripts.
    fn binary_op(&mut self, a: &Obj, b: &Obj, oparg: u32) -> PyResult<Obj> {
        if oparg == op::NB_SUBSCR {
            if let Some(l) = a.downcast_exact::<list::ListObject>() {
                if let Some(i) = int::as_i64(b) {
                    if let Some(j) = list::normalize_index(i, l.len()) {
                        if let Some(v) = l.get(j) {
                            return Ok(v);
                        }
                    }
                }
            } else if let Some(d) = a.downcast_exact::<dict::DictObject>() {
                if b.is_exact::<pystr::StrObject>() {
                    if let Some(v) = d.get_str(b) {
                        return Ok(v);
                    }
                }
            }
            return protocol::get_item(self, a, b);
        }
        let inplace = oparg >= op::NB_INPLACE_ADD;
        let n = if inplace { oparg - op::NB_INPLACE_ADD } else { oparg };
        let opr = operator_from(n);
        if opr == Operator::MatMult {
            return if inplace {
                protocol::inplace_op(self, a, b, opr)
            } else {
                protocol::binary_op(self, a, b, opr)
            };
        }
        if let (Some(x), Some(y)) =
            (a.downcast_exact::<int::IntObject>(), b.downcast_exact::<int::IntObject>())
        {
            return int::int_binary(opr, x.value(), y.value());
        }
        if a.is_exact::<float::FloatObject>() && b.is_exact::<float::FloatObject>() {
            let (x, y) = (float::float_value(a).expect("float"), float::float_value(b).expect("float"));
            return float::float_binary(opr, x, y);
        }
        if inplace {
            protocol::inplace_op(self, a, b, opr)
        } else {
            protocol::binary_op(self, a, b, opr)
        }
    }

    fn contains(&mut self, container: &Obj, item: &Obj) -> PyResult<bool> {
        if let Some(d) = container.downcast_exact::<dict::DictObject>() {
            return Ok(d.get_item(self, item)?.is_some());
        }
        protocol::contains(self, container, item)
    }

    fn exception_matches(&mut self, exc: &Obj, spec: &Obj) -> PyResult<bool> {
        let check = |t: &Obj| -> PyResult<bool> {
            match crate::object::typeobj::as_type(t) {
                Some(ty) if ty.is_subtype(&exceptions::BASE_EXCEPTION) => Ok(exc.ty().is_subtype(ty)),
                _ => Err(PyErr::type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                )),
            }
        };
        if let Some(t) = tuple::as_tuple(spec) {
            let mut r = false;
            for item in t.items() {
                if check(item)? {
                    r = true;
                }
            }
            return Ok(r);
        }
        check(spec)
    }

    fn raise_from(&mut self, exc: Obj, cause: Obj) -> PyResult<PyErr> {
        let e = exceptions::make_raisable(self, &exc)?;
        let cause = if singletons::is_none(&cause) {
            None
        } else {
            Some(
                exceptions::make_raisable(self, &cause)
                    .map_err(|_| PyErr::type_error("exception causes must derive from BaseException"))?,
            )
        };
        if let Some(x) = exceptions::as_exception(&e) {
            x.set_cause(cause);
            x.set_suppress_context(true);
        }
        Ok(PyErr::from_obj(e))
    }

    /// Sets `__context__` on a newly raised exception from the one being handled.
    fn set_exception_context(&mut self, err: PyErr) -> PyErr {
        if let Some(h) = &self.handled {
            if !h.is(err.obj()) {
                if let Some(e) = exceptions::as_exception(err.obj()) {
                    // Avoid creating a cycle in the context chain.
                    let mut cur = exceptions::as_exception(h).and_then(|x| x.context());
                    let mut steps = 0;
                    while let Some(c) = cur {
                        if c.is(err.obj()) || steps > 1000 {
                            if let Some(prev) = exceptions::as_exception(h) {
                                prev.set_context(None);
                            }
                            break;
                        }
                        cur = exceptions::as_exception(&c).and_then(|x| x.context());
                        steps += 1;
                    }
                    e.set_context(Some(h.clone()));
                }
            }
        }
        err
    }

    /// Prepends a traceback entry for `f` at its current instruction.
    fn add_traceback(&mut self, err: PyErr, f: &mut Frame) -> PyErr {
        let Some(e) = exceptions::as_exception(err.obj()) else {
            return err;
        };
        let line = f.line();
        if let Ok(tb) =
            traceback::new_traceback(e.traceback(), f.code_obj.clone(), f.globals.clone(), f.lasti, line)
        {
            e.set_traceback(Some(tb))
        }
        err
    }

    fn dict_merge(&mut self, target: &Obj, src: &Obj, callable: &Obj) -> PyResult<()> {
        let d = dict::as_dict(target).expect("dict");
        let fname = self.callable_name(callable)?;
        let pairs: Vec<(Obj, Obj)> = if let Some(s) = dict::as_dict(src) {
            s.items_vec()
        } else {
            if !protocol::has_attr(self, src, "keys")? {
                return Err(PyErr::type_error(format!(
                    "{fname} argument after ** must be a mapping, not {}",
                    src.ty().name()
                )));
            }
            let keys = protocol::call_method(self, src, "keys", &[])?;
            let mut v = Vec::new();
            for k in protocol::collect(self, &keys)? {
                let val = protocol::get_item(self, src, &k)?;
                v.push((k, val));
            }
            v
        };
        for (k, v) in pairs {
            if pystr::as_str_obj(&k).is_none() {
                return Err(PyErr::type_error(format!("{fname} keywords must be strings")));
            }
            if d.get_item(self, &k)?.is_some() {
                return Err(PyErr::type_error(format!(
                    "{fname} got multiple values for keyword argument '{}'",
                    pystr::as_str(&k)
                )));
            }
            d.set_item(self, k, v)?;
        }
        Ok(())
    }

    /// `name()` for messages about a callable.
    fn callable_name(&mut self, callable: &Obj) -> PyResult<String> {
        if let Some(q) = protocol::get_attr_opt(self, callable, "__qualname__")? {
            if let Some(s) = pystr::as_str_obj(&q) {
                return Ok(format!("{}()", s.as_str()));
            }
        }
        Ok(format!("{} object", callable.ty().name()))
    }

    fn kwargs_dict(&mut self, callable: &Obj, k: &Obj) -> PyResult<Obj> {
        if k.is_exact::<dict::DictObject>() {
            return Ok(k.clone());
        }
        let d = dict::new_dict();
        self.dict_merge(&d, k, callable)?;
        Ok(d)
    }

    fn unpack(&mut self, seq: &Obj, n: usize) -> PyResult<Vec<Obj>> {
        let items = if let Some(t) = seq.downcast_exact::<tuple::TupleObject>() {
            t.items().to_vec()
        } else if let Some(l) = seq.downcast_exact::<list::ListObject>() {
            l.to_vec()
        } else {
            let it = protocol::get_iter(self, seq).map_err(|e| {
                if e.is_instance(&exceptions::TYPE_ERROR) {
                    PyErr::type_error(format!("cannot unpack non-iterable {} object", seq.ty().name()))
                } else {
                    e
                }
            })?;
            let mut v = Vec::with_capacity(n);
            while let Some(x) = protocol::next(self, &it)? {
                v.push(x);
                if v.len() > n {
                    return Err(PyErr::value_error(format!("too many values to unpack (expected {n})")));
                }
            }
            v
        };
        if items.len() < n {
            return Err(PyErr::value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        if items.len() > n {
            return Err(PyErr::value_error(format!(
                "too many values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        Ok(items)
    }

    fn intrinsic1(&mut self, f: &Frame, which: u32, v: Obj) -> PyResult<Obj> {
        match which {
            op::INTRINSIC_PRINT => {
                if !singletons::is_none(&v) {
                    let r = protocol::repr(self, &v)?;
                    crate::modules::io::write_stdout(self, &format!("{}\n", pystr::as_str(&r)))?;
                    dict::as_dict(&self.builtins).expect("dict").set_by_str("_", v);
                }
                Ok(singletons::none())
            }
            op::INTRINSIC_IMPORT_STAR => {
                let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                import::import_star(self, &v, &target)?;
                Ok(singletons::none())
            }
            op::INTRINSIC_STOPITERATION_ERROR => {
                if v.ty().is_subtype(&exceptions::STOP_ITERATION) {
                    let e = PyErr::runtime_error("generator raised StopIteration");
                    if let Some(x) = exceptions::as_exception(e.obj()) {
                        x.set_cause(Some(v.clone()));
                        x.set_context(Some(v));
                    }
                    return Ok(e.into_obj());
                }
                Ok(v)
            }
            op::INTRINSIC_UNARY_POSITIVE => protocol::positive(self, &v),
            op::INTRINSIC_LIST_TO_TUPLE => {
                tuple::new_tuple(list::as_list(&v).map(|l| l.to_vec()).unwrap_or_default())
            }
            _ => Err(PyErr::system_error(format!("intrinsic {which} is not supported"))),
        }
    }

    /// Compiles source text into a heap code object; SyntaxErrors become Python exceptions.
    /// `keep_arena` holds the literal objects as CPython's main-script parser arena does.
    pub fn compile(
        &mut self,
        source: &str,
        filename: &str,
        mode: crate::compiler::Mode,
        keep_arena: bool,
    ) -> PyResult<Obj> {
        self.remember_source(filename, source);
        self.compile_unlisted(source, filename, mode, keep_arena)
    }

    /// `compile` without keeping the source for tracebacks: code from `compile()`, `exec()` and
    /// `eval()` of a string, whose traceback entries CPython shows without a source line.
    pub fn compile_unlisted(
        &mut self,
        source: &str,
        filename: &str,
        mode: crate::compiler::Mode,
        keep_arena: bool,
    ) -> PyResult<Obj> {
        let unit = crate::compiler::compile(source, filename, mode)
            .map_err(|e| self.syntax_error(&e, filename, source))?;
        let m = crate::object::code::materialize(self, &unit)?;
        if keep_arena {
            self.main_arena.extend(m.arena);
        }
        Ok(m.code)
    }

    /// A Python SyntaxError (or IndentationError/TabError) from a compile error.
    pub fn syntax_error(&mut self, e: &crate::syntax::SyntaxError, filename: &str, source: &str) -> PyErr {
        let ty: &'static crate::object::TypeObject = match e.kind {
            crate::syntax::SyntaxErrorKind::SyntaxError => &exceptions::SYNTAX_ERROR,
            crate::syntax::SyntaxErrorKind::IndentationError => &exceptions::INDENTATION_ERROR,
            crate::syntax::SyntaxErrorKind::TabError => &exceptions::TAB_ERROR,
        };
        let idx = crate::syntax::LineIndex::new(source);
        let line = idx.line(e.span.start);
        let col = idx.column(e.span.start);
        let end_line = idx.line(e.span.end.max(e.span.start));
        let end_col = if end_line == line { idx.column(e.span.end.max(e.span.start)) } else { col + 1 };
        let text = source.lines().nth(line as usize - 1).map(|l| format!("{l}\n"));
        let col_chars = |c: u32| -> i64 {
            let l = source.lines().nth(line as usize - 1).unwrap_or("");
            l.get(..c as usize).map_or(c as i64, |p| p.chars().count() as i64) + 1
        };
        let info = tuple::new_tuple(vec![
            pystr::new_str(filename),
            int::new_int(line as i64),
            int::new_int(col_chars(col)),
            text.map_or_else(singletons::none, |t| pystr::new_str(&t)),
            int::new_int(end_line as i64),
            int::new_int(col_chars(end_col.max(col + 1))),
        ]);
        let info = match info {
            Ok(i) => i,
            Err(e) => return e,
        };
        let exc_type = ty.as_obj();
        match protocol::call(self, &exc_type, &[pystr::new_str(&e.msg), info], None) {
            Ok(x) => PyErr::from_obj(x),
            Err(err) => err,
        }
    }

    /// Prints an uncaught exception to stderr in CPython's format.
    pub fn print_exception(&mut self, exc: &Obj) {
        let text = traceback::format_exception(self, exc);
        crate::modules::io::flush_stdout(self);
        crate::modules::io::write_stderr_raw(&text);
    }

    /// Handles an exception that reached the top level: SystemExit sets the exit code;
    /// anything else is printed and gives status 1.
    pub fn handle_uncaught(&mut self, err: PyErr) -> i32 {
        let exc = err.into_obj();
        if exc.ty().is_subtype(&exceptions::SYSTEM_EXIT) {
            let code = protocol::get_attr(self, &exc, "code").unwrap_or_else(|_| singletons::none());
            if singletons::is_none(&code) {
                return 0;
            }
            if let Some(c) = int::as_i64(&code) {
                return c as i32;
            }
            let text = protocol::str(self, &code).map(|s| pystr::as_str(&s).to_string()).unwrap_or_default();
            crate::modules::io::flush_stdout(self);
            crate::modules::io::write_stderr_raw(&format!("{text}\n"));
            return 1;
        }
        self.print_exception(&exc);
        1
    }
}

fn operator_from(n: u32) -> Operator {
    use Operator::*;
    [Add, BitAnd, FloorDiv, LShift, MatMult, Mult, Mod, BitOr, Pow, RShift, Sub, Div, BitXor][n as usize % 13]
}
