//! Frame objects as Python sees them (`tb.tb_frame`, `sys._getframe()`): a snapshot of the code,
//! globals and line of a frame, linked to its caller's snapshot through `f_back` when the whole
//! chain was taken. Live frames are not exposed as objects.

use crate::memory::alloc::{alloc_object, free_object};
use crate::memory::gc;
use crate::object::header::{Obj, ObjectHeader, PyPayload};
use crate::object::typeobj::{flags, GetSetDef, TypeObject};
use crate::object::{dict, int, singletons, str as pystr, PyResult};
use crate::slots;
use crate::vm::Vm;

#[repr(C)]
pub struct FrameSnapshot {
    head: ObjectHeader,
    code: Obj,
    globals: Obj,
    back: Option<Obj>,
    lineno: u32,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for FrameSnapshot {
    fn static_type() -> &'static TypeObject {
        &FRAME_TYPE
    }
}

unsafe fn frame_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: untrack, drop fields, free.
    unsafe {
        gc::untrack(obj);
        let f = obj as *mut FrameSnapshot;
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*f).code));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*f).globals));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*f).back));
        free_object(obj, 0);
    }
}

fn frame_traverse(o: &Obj, visit: &mut dyn FnMut(&Obj)) {
    let f = o.downcast::<FrameSnapshot>().expect("frame");
    visit(&f.code);
    visit(&f.globals);
    if let Some(b) = &f.back {
        visit(b);
    }
}

pub fn new_frame_snapshot(code: Obj, globals: Obj, lineno: u32) -> PyResult<Obj> {
    snapshot_with_back(code, globals, lineno, None)
}

fn snapshot_with_back(code: Obj, globals: Obj, lineno: u32, back: Option<Obj>) -> PyResult<Obj> {
    let ptr = alloc_object(&FRAME_TYPE, 0)?;
    // SAFETY: fresh block with the layout.
    unsafe {
        let f = ptr as *mut FrameSnapshot;
        std::ptr::addr_of_mut!((*f).code).write(code);
        std::ptr::addr_of_mut!((*f).globals).write(globals);
        std::ptr::addr_of_mut!((*f).back).write(back);
        std::ptr::addr_of_mut!((*f).lineno).write(lineno);
        gc::track(ptr);
        Ok(Obj::from_raw(ptr))
    }
}

fn g_code(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(o.downcast::<FrameSnapshot>().expect("frame").code.clone())
}
fn g_globals(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(o.downcast::<FrameSnapshot>().expect("frame").globals.clone())
}
fn g_lineno(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(int::new_int(o.downcast::<FrameSnapshot>().expect("frame").lineno as i64))
}
fn g_locals(_: &mut Vm, _o: &Obj) -> PyResult<Obj> {
    Ok(dict::new_dict())
}
fn g_back(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(o.downcast::<FrameSnapshot>().expect("frame").back.clone().unwrap_or_else(singletons::none))
}

/// `sys._getframe(depth)`: snapshots of the running frame `depth` levels up and all its callers;
/// `None` when the stack is not that deep.
pub fn snapshot_stack(depth: usize) -> PyResult<Option<Obj>> {
    let mut frames = Vec::new();
    let mut f = super::frame::current();
    while !f.is_null() {
        // SAFETY: frames on the current chain are live.
        let fr = unsafe { &*f };
        frames.push(f);
        f = fr.prev;
    }
    if depth >= frames.len() {
        return Ok(None);
    }
    let mut back = None;
    for &f in frames[depth..].iter().rev() {
        // SAFETY: as above; the chain has not changed since it was walked.
        let fr = unsafe { &*f };
        back = Some(snapshot_with_back(fr.code_obj.clone(), fr.globals.clone(), fr.line(), back)?);
    }
    Ok(back)
}

fn frame_repr(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let f = o.downcast::<FrameSnapshot>().expect("frame");
    let c = f.code.downcast::<crate::object::code::CodeObject>().expect("code");
    pystr::try_new_str(&format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        o.addr(),
        pystr::as_str(&c.filename),
        f.lineno,
        pystr::as_str(&c.name)
    ))
}

static FRAME_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "f_code", get: g_code, set: None, doc: "" },
    GetSetDef { name: "f_globals", get: g_globals, set: None, doc: "" },
    GetSetDef { name: "f_lineno", get: g_lineno, set: None, doc: "" },
    GetSetDef { name: "f_locals", get: g_locals, set: None, doc: "" },
    GetSetDef { name: "f_back", get: g_back, set: None, doc: "" },
];

pub static FRAME_TYPE: TypeObject = TypeObject::builtin(
    "frame",
    std::mem::size_of::<FrameSnapshot>(),
    flags::HAVE_GC,
    Some(&crate::object::base::OBJECT_TYPE),
    slots!(frame_dealloc, traverse: frame_traverse, repr: frame_repr),
    &[],
    FRAME_GETSETS,
    None,
);
