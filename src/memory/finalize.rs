//! Work that dying objects leave for the VM: `__del__` methods, weakref callbacks and generator
//! `close()` run Python code, which deallocation itself must never do. They are queued here
//! and run at the VM's next safe point (the eval loop checks between instructions that may
//! block or loop), together with scheduled collections and pending Ctrl-C.

use crate::object::{exceptions, protocol, Obj, PyErr, PyResult};
use crate::vm::Vm;
use std::cell::{Cell, UnsafeCell};
use std::sync::atomic::{AtomicBool, Ordering};

enum Job {
    Finalizer(Obj),
    WeakrefCallback(Obj, Obj),
    GeneratorClose(Obj),
}

struct Queue {
    jobs: UnsafeCell<Vec<Job>>,
    pending: Cell<bool>,
    gc_scheduled: Cell<bool>,
}

// SAFETY: only the interpreter thread queues and runs jobs.
unsafe impl Sync for Queue {}

static QUEUE: Queue =
    Queue { jobs: UnsafeCell::new(Vec::new()), pending: Cell::new(false), gc_scheduled: Cell::new(false) };

/// Set from the Ctrl-C handler (another thread); checked with the rest of the pending work.
pub static INTERRUPTED: AtomicBool = AtomicBool::new(false);

fn push(job: Job) {
    // SAFETY: single-threaded; a short access.
    unsafe { (*QUEUE.jobs.get()).push(job) };
    QUEUE.pending.set(true);
}

/// Queues `obj.__del__()`; `obj` was resurrected by its dealloc.
pub fn queue_finalizer(obj: Obj) {
    push(Job::Finalizer(obj));
}

/// Queues `callback(weakref)` for a weak reference whose referent died.
pub fn queue_weakref_callback(weakref: Obj, callback: Obj) {
    push(Job::WeakrefCallback(weakref, callback));
}

/// Queues `gen.close()` for a suspended generator that became garbage.
pub fn queue_generator_close(generator: Obj) {
    push(Job::GeneratorClose(generator));
}

/// Asks for a collection at the next safe point.
pub fn schedule_gc() {
    QUEUE.gc_scheduled.set(true);
    QUEUE.pending.set(true);
}

/// Whether finalizers, callbacks or a collection are waiting (not Ctrl-C).
#[inline]
pub fn has_queued() -> bool {
    QUEUE.pending.get()
}

#[inline]
pub fn has_pending() -> bool {
    QUEUE.pending.get() || INTERRUPTED.load(Ordering::Relaxed)
}

/// Runs everything queued; raises KeyboardInterrupt if Ctrl-C was pressed.
pub fn run_pending(vm: &mut Vm) -> PyResult<()> {
    if INTERRUPTED.swap(false, Ordering::Relaxed) {
        return Err(PyErr::with_args(&exceptions::KEYBOARD_INTERRUPT, Vec::new()));
    }
    QUEUE.pending.set(false);
    if QUEUE.gc_scheduled.replace(false) {
        crate::memory::collect::collect_scheduled(vm);
    }
    run_queued(vm);
    Ok(())
}

/// Runs queued finalizers and callbacks until none are left (they may queue more); returns
/// whether any ran.
pub fn run_queued(vm: &mut Vm) -> bool {
    let mut ran = false;
    loop {
        // SAFETY: single-threaded; the queue is swapped out before any job runs.
        let jobs = unsafe { std::mem::take(&mut *QUEUE.jobs.get()) };
        if jobs.is_empty() {
            break;
        }
        ran = true;
        for job in jobs {
            match job {
                Job::Finalizer(obj) => {
                    if let Some(del) = obj.ty().lookup_str("__del__") {
                        if let Err(e) = protocol::call_method_descr(vm, &del, &obj, &[]) {
                            crate::memory::collect::report_del_error(vm, &del, e);
                        }
                    }
                    drop(obj);
                }
                Job::WeakrefCallback(w, cb) => {
                    if let Err(e) = protocol::call(vm, &cb, std::slice::from_ref(&w), None) {
                        let what = protocol::repr_string(vm, &cb).unwrap_or_default();
                        report_unraisable(vm, &format!("Exception ignored in: {what}"), e);
                    }
                }
                Job::GeneratorClose(g) => {
                    if let Err(e) = crate::object::generator::close(vm, &g) {
                        let what = protocol::repr_string(vm, &g).unwrap_or_default();
                        report_unraisable(
                            vm,
                            &format!("Exception ignored while closing generator {what}"),
                            e,
                        );
                    }
                    drop(g);
                }
            }
        }
    }
    QUEUE.pending.set(false);
    ran
}

/// CPython's report for errors nobody can catch: `message` (e.g. `Exception ignored in: <obj>`,
/// or 3.14's `Exception ignored while calling deallocator <obj>:`), then the traceback.
pub fn report_unraisable(vm: &mut Vm, message: &str, e: PyErr) {
    let exc = e.into_obj();
    let text = crate::vm::traceback::format_exception(vm, &exc);
    crate::modules::io::flush_stdout(vm);
    let colon = if message.starts_with("Exception ignored in:") { "" } else { ":" };
    crate::modules::io::write_stderr_raw(&format!("{message}{colon}\n{text}"));
}
