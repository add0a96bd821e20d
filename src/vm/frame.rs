//! Frames and the data stack they live on.
//!
//! A frame is a fixed header ([`Frame`]) followed by `nlocalsplus + stacksize` stack references:
//! the locals, cells and free variables, then the value stack — CPython's
//! `_PyInterpreterFrame` layout. Frames of ordinary calls are carved out of one contiguous,
//! never-moving data stack, so a Python-to-Python call costs no heap allocation; a generator's
//! frame lives in a buffer owned by the generator object.

use crate::object::code::CodeObject;
use crate::object::{Obj, StackRef};
use std::ptr::NonNull;

/// Who owns a frame's memory.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FrameOwner {
    /// Carved from the VM's data stack; popped when the call returns.
    DataStack,
    /// Part of a generator object.
    Generator,
}

/// A frame header; its locals and value stack follow it in memory.
#[repr(C)]
pub struct Frame {
    /// The calling frame (null for the outermost).
    pub prev: *mut Frame,
    /// The code being run; kept alive by `code_obj`.
    pub code: *const CodeObject,
    pub code_obj: Obj,
    /// The function being run (for closures and `super()`), if any.
    pub func: Option<Obj>,
    pub globals: Obj,
    pub builtins: Obj,
    /// The mapping `LOAD_NAME`/`STORE_NAME` use (module and class bodies, `exec`).
    pub locals: Option<Obj>,
    /// Index (in code units) of the next instruction.
    pub ip: usize,
    /// Index of the instruction being executed (for tracebacks and the exception table).
    pub lasti: usize,
    /// Number of entries on the value stack.
    pub sp: usize,
    pub owner: FrameOwner,
    /// When this frame returns, the eval loop returns to its Rust caller.
    pub is_entry: bool,
    /// Set when the frame finished by `yield` rather than `return` (generators).
    pub yielded: bool,
    /// Set on the frame of an `__init__` entered straight from `Class(...)`: when it returns
    /// (None), the caller receives this new instance instead (CPython's init "shim" frame).
    pub init_self: Option<Obj>,
    /// The generator object owning this frame, if any (borrowed).
    pub generator: *const crate::object::header::ObjectHeader,
    /// Number of local/cell/free slots before the value stack.
    pub nlocalsplus: usize,
    /// Slots after the header: locals then value stack.
    pub nslots: usize,
}

impl Frame {
    /// The first local slot.
    #[inline]
    pub fn localsplus(&mut self) -> *mut StackRef {
        // SAFETY: the slots follow the header in the same allocation.
        unsafe { (self as *mut Frame).add(1) as *mut StackRef }
    }

    #[inline]
    pub fn code(&self) -> &CodeObject {
        // SAFETY: `code_obj` keeps the code alive for the frame's lifetime.
        unsafe { &*self.code }
    }

    /// The locals and stack slots as a slice.
    pub fn slots(&mut self) -> &mut [StackRef] {
        let n = self.nslots;
        // SAFETY: `nslots` initialised slots follow the header.
        unsafe { std::slice::from_raw_parts_mut(self.localsplus(), n) }
    }

    /// Pushes onto the value stack. The slot above the top holds stale bits (entries are moved
    /// out by copying), so it is overwritten without being dropped.
    pub fn push_value(&mut self, v: StackRef) {
        let at = self.nlocalsplus + self.sp;
        debug_assert!(at < self.nslots);
        // SAFETY: `at` is within the slots; the old contents are dead bits.
        unsafe { self.localsplus().add(at).write(v) };
        self.sp += 1;
    }

    /// The source line being executed.
    pub fn line(&self) -> u32 {
        self.code().line_at(self.lasti)
    }

    /// Drops every local and stack entry (leaving nulls).
    pub fn clear_slots(&mut self) {
        let nlocals = self.nlocalsplus;
        let sp = self.sp;
        let slots = self.slots();
        for s in slots[..nlocals + sp].iter_mut() {
            drop(s.take());
        }
        self.sp = 0;
    }
}

/// Bytes a frame for `code` needs: header plus slots, rounded to 16.
pub fn frame_size(code: &CodeObject) -> usize {
    let slots = code.nlocalsplus as usize + code.stacksize as usize + 1;
    (std::mem::size_of::<Frame>() + slots * std::mem::size_of::<StackRef>() + 15) & !15
}

/// Writes a frame header and null slots at `mem`.
///
/// # Safety
/// `mem` points to at least `frame_size(code)` writable bytes, 16-aligned.
pub unsafe fn init_frame(
    mem: *mut u8,
    code_obj: Obj,
    func: Option<Obj>,
    globals: Obj,
    builtins: Obj,
    locals: Option<Obj>,
    owner: FrameOwner,
) -> *mut Frame {
    let code = code_obj.downcast::<CodeObject>().expect("code object") as *const CodeObject;
    // SAFETY: `code_obj` keeps the code alive.
    let c = unsafe { &*code };
    let nlocalsplus = c.nlocalsplus as usize;
    let nslots = nlocalsplus + c.stacksize as usize + 1;
    let frame = mem as *mut Frame;
    // SAFETY: the caller provides enough memory for the header and the slots.
    unsafe {
        frame.write(Frame {
            prev: std::ptr::null_mut(),
            code,
            code_obj,
            func,
            globals,
            builtins,
            locals,
            ip: 0,
            lasti: 0,
            sp: 0,
            owner,
            is_entry: false,
            yielded: false,
            init_self: None,
            generator: std::ptr::null(),
            nlocalsplus,
            nslots,
        });
        let slots = frame.add(1) as *mut StackRef;
        for i in 0..nslots {
            slots.add(i).write(StackRef::NULL);
        }
    }
    frame
}

/// Drops a frame's header fields, locals and live stack entries (not its memory). Stack slots at
/// or above `sp` hold stale bits of entries already moved out and are not dropped.
///
/// # Safety
/// `frame` was initialised by `init_frame` and is not used afterwards.
pub unsafe fn destroy_frame(frame: *mut Frame) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let f = &mut *frame;
        let n = f.nlocalsplus + f.sp;
        let slots = f.localsplus();
        for i in 0..n {
            std::ptr::drop_in_place(slots.add(i));
        }
        std::ptr::drop_in_place(frame);
    }
}

/// The contiguous stack frames are carved from. Reserved once (virtual memory, committed by the
/// OS as it is touched) and never moved, so frame pointers stay valid.
pub struct DataStack {
    base: NonNull<u8>,
    capacity: usize,
    top: usize,
}

/// How much address space the data stack reserves.
const DATA_STACK_BYTES: usize = 512 << 20;

impl DataStack {
    pub fn new() -> DataStack {
        // SAFETY: an anonymous private mapping; MAP_NORESERVE so only touched pages cost memory.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                DATA_STACK_BYTES,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        let base = if p == libc::MAP_FAILED { std::ptr::null_mut() } else { p as *mut u8 };
        DataStack {
            base: NonNull::new(base).unwrap_or(NonNull::dangling()),
            capacity: if base.is_null() { 0 } else { DATA_STACK_BYTES },
            top: 0,
        }
    }

    /// Reserves `size` bytes (a multiple of 16), or `None` when the stack is exhausted.
    #[inline]
    pub fn push(&mut self, size: usize) -> Option<*mut u8> {
        if self.top + size > self.capacity {
            return None;
        }
        // SAFETY: within the reserved mapping.
        let p = unsafe { self.base.as_ptr().add(self.top) };
        self.top += size;
        Some(p)
    }

    /// Releases the most recent `size` bytes.
    #[inline]
    pub fn pop(&mut self, size: usize) {
        self.top -= size;
    }

    pub fn used(&self) -> usize {
        self.top
    }
}

impl Default for DataStack {
    fn default() -> Self {
        DataStack::new()
    }
}

impl Drop for DataStack {
    fn drop(&mut self) {
        if self.capacity > 0 {
            // SAFETY: unmapping our own mapping.
            unsafe { libc::munmap(self.base.as_ptr() as *mut libc::c_void, self.capacity) };
        }
    }
}

struct CurrentFrame(std::cell::Cell<*mut Frame>);

// SAFETY: only the interpreter thread runs frames.
unsafe impl Sync for CurrentFrame {}

/// The innermost running frame. A global rather than a `Vm` field so that allocation hooks
/// (tracemalloc) can see where they are without a `Vm`.
static CURRENT: CurrentFrame = CurrentFrame(std::cell::Cell::new(std::ptr::null_mut()));

/// The innermost running frame (null when none).
#[inline]
pub fn current() -> *mut Frame {
    CURRENT.0.get()
}

#[inline]
pub fn set_current(f: *mut Frame) {
    CURRENT.0.set(f)
}

/// `(filename, line)` of the innermost `limit` frames, most recent first.
pub fn current_locations(limit: usize) -> Vec<(String, u32)> {
    let mut out = Vec::new();
    let mut f = current();
    while !f.is_null() && out.len() < limit {
        // SAFETY: frames on the current chain are live.
        let fr = unsafe { &*f };
        out.push((crate::object::str::as_str(&fr.code().filename).to_string(), fr.line()));
        f = fr.prev;
    }
    out
}
