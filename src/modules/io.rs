//! Files: `sys.stdin`/`stdout`/`stderr` and the objects `open()` returns (text and binary),
//! with buffered standard output.

use crate::memory::alloc::{alloc_object, free_object};
use crate::object::header::{Obj, ObjectHeader, PyPayload};
use crate::object::typeobj::{flags, GetSetDef, MethodDef, MethodKind, TypeObject};
use crate::object::{
    args, boolobj, bytes, exceptions, int, list, protocol, singletons, str as pystr, PyErr, PyResult,
};
use crate::slots;
use crate::vm::Vm;
use std::cell::{Cell, UnsafeCell};
use std::io::{BufRead, Read, Seek, SeekFrom, Write};

/// What a file object reads from or writes to.
pub enum Backend {
    Stdin,
    Stdout,
    Stderr,
    File(std::fs::File),
    Closed,
}

#[repr(C)]
pub struct FileObject {
    head: ObjectHeader,
    backend: UnsafeCell<Backend>,
    name: UnsafeCell<String>,
    mode: UnsafeCell<String>,
    binary: Cell<bool>,
    /// Bytes read ahead from a file but not yet consumed.
    pending: UnsafeCell<Vec<u8>>,
    /// Writes buffered for a file.
    wbuf: UnsafeCell<Vec<u8>>,
    /// How text is stored in the file, and the name it was opened with (`f.encoding`).
    encoding: Cell<TextEncoding>,
    encoding_name: UnsafeCell<String>,
    /// A `utf-8-sig` file still to have its byte-order mark read or written.
    bom_pending: Cell<bool>,
}

/// The text encodings files support: UTF-8 (with or without a byte-order mark), Latin-1 and
/// ASCII.
#[derive(Clone, Copy, PartialEq)]
enum TextEncoding {
    Utf8,
    Utf8Sig,
    Latin1,
    Ascii,
}

impl TextEncoding {
    /// The encoding for a name as `codecs.lookup` normalises it; LookupError for others.
    fn lookup(name: &str) -> PyResult<TextEncoding> {
        let norm = name.trim().to_ascii_lowercase().replace('_', "-");
        Ok(match norm.as_str() {
            "utf-8" | "utf8" | "u8" => TextEncoding::Utf8,
            "utf-8-sig" | "utf8-sig" => TextEncoding::Utf8Sig,
            "latin-1" | "latin1" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" => {
                TextEncoding::Latin1
            }
            "ascii" | "us-ascii" | "646" => TextEncoding::Ascii,
            _ => return Err(PyErr::new(&exceptions::LOOKUP_ERROR, format!("unknown encoding: {name}"))),
        })
    }

    fn codec(self) -> &'static str {
        match self {
            TextEncoding::Utf8 | TextEncoding::Utf8Sig => "utf-8",
            TextEncoding::Latin1 => "latin-1",
            TextEncoding::Ascii => "ascii",
        }
    }

    /// One byte per character, so text reads can count bytes.
    fn single_byte(self) -> bool {
        matches!(self, TextEncoding::Latin1 | TextEncoding::Ascii)
    }

    fn decode(self, data: Vec<u8>) -> PyResult<String> {
        let limit = match self {
            TextEncoding::Utf8 | TextEncoding::Utf8Sig => {
                return String::from_utf8(data).map_err(|e| {
                    let pos = e.utf8_error().valid_up_to();
                    let byte = e.as_bytes()[pos];
                    let why = match e.utf8_error().error_len() {
                        None => "unexpected end of data",
                        Some(_) if (0xC2..=0xF4).contains(&byte) => "invalid continuation byte",
                        Some(_) => "invalid start byte",
                    };
                    PyErr::new(
                        &exceptions::UNICODE_DECODE_ERROR,
                        format!("'utf-8' codec can't decode byte {byte:#04x} in position {pos}: {why}"),
                    )
                })
            }
            TextEncoding::Latin1 => 256,
            TextEncoding::Ascii => 128,
        };
        if let Some(pos) = data.iter().position(|&b| b as u32 >= limit) {
            return Err(PyErr::new(
                &exceptions::UNICODE_DECODE_ERROR,
                format!(
                    "'{}' codec can't decode byte {:#04x} in position {pos}: ordinal not in range({limit})",
                    self.codec(),
                    data[pos]
                ),
            ));
        }
        Ok(data.iter().map(|&b| b as char).collect())
    }

    fn encode(self, text: &str) -> PyResult<Vec<u8>> {
        let limit = match self {
            TextEncoding::Utf8 | TextEncoding::Utf8Sig => return Ok(text.as_bytes().to_vec()),
            TextEncoding::Latin1 => 256,
            TextEncoding::Ascii => 128,
        };
        let mut out = Vec::with_capacity(text.len());
        for (pos, c) in text.chars().enumerate() {
            if c as u32 >= limit {
                return Err(PyErr::new(
                    &exceptions::UNICODE_ENCODE_ERROR,
                    format!(
                        "'{}' codec can't encode character '\\u{:04x}' in position {pos}: ordinal not in range({limit})",
                        self.codec(),
                        c as u32
                    ),
                ));
            }
            out.push(c as u8);
        }
        Ok(out)
    }
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for FileObject {
    fn static_type() -> &'static TypeObject {
        &FILE_TYPE
    }
}

struct StdoutBuf(UnsafeCell<Vec<u8>>);
// SAFETY: only the interpreter thread prints.
unsafe impl Sync for StdoutBuf {}
static STDOUT_BUF: StdoutBuf = StdoutBuf(UnsafeCell::new(Vec::new()));

fn stdout_buf() -> &'static mut Vec<u8> {
    // SAFETY: single-threaded; callers don't keep the borrow.
    unsafe { &mut *STDOUT_BUF.0.get() }
}

/// Whether stdout is a terminal, where output is line-buffered as CPython's (so a running loop's
/// prints show as they happen).
fn stdout_is_terminal() -> bool {
    static IS_TERMINAL: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *IS_TERMINAL.get_or_init(|| std::io::IsTerminal::is_terminal(&std::io::stdout()))
}

/// Writes raw text to the process's stdout buffer.
pub fn write_stdout_raw(s: &str) {
    let b = stdout_buf();
    b.extend_from_slice(s.as_bytes());
    if b.len() > 1 << 16 || (s.contains('\n') && stdout_is_terminal()) {
        flush_stdout_raw();
    }
}

fn flush_stdout_raw() {
    let b = stdout_buf();
    if !b.is_empty() {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(b);
        let _ = out.flush();
        b.clear();
    }
}

/// Writes to stderr immediately (unbuffered, as CPython's stderr is line-buffered).
pub fn write_stderr_raw(s: &str) {
    let mut e = std::io::stderr().lock();
    let _ = e.write_all(s.as_bytes());
    let _ = e.flush();
}

/// `sys.stdout.write(s)`: straight into our buffer unless `sys.stdout` was replaced.
pub fn write_stdout(vm: &mut Vm, s: &str) -> PyResult<()> {
    let out = crate::object::module::module_dict(&vm.sys);
    let target = crate::object::dict::as_dict(&out).and_then(|d| d.get_by_str("stdout"));
    match target {
        Some(t) if is_std(&t, StdKind::Stdout) => {
            write_stdout_raw(s);
            Ok(())
        }
        Some(t) if !singletons::is_none(&t) => {
            protocol::call_method(vm, &t, "write", &[pystr::new_str(s)]).map(drop)
        }
        _ => Ok(()),
    }
}

/// Flushes buffered stdout (before errors, input, and at exit).
pub fn flush_stdout(_vm: &mut Vm) {
    flush_stdout_raw();
}

/// Flushes without a Vm (at process exit).
pub fn flush_all() {
    flush_stdout_raw();
}

/// A line from the process's stdin, or None at EOF.
pub fn read_stdin_line() -> Option<String> {
    flush_stdout_raw();
    let mut line = String::new();
    match std::io::stdin().lock().read_line(&mut line) {
        Ok(0) | Err(_) => None,
        Ok(_) => Some(line),
    }
}

#[derive(PartialEq)]
enum StdKind {
    Stdout,
}

fn is_std(o: &Obj, kind: StdKind) -> bool {
    match o.downcast_exact::<FileObject>() {
        // SAFETY: a short read of the backend tag.
        Some(f) => matches!((unsafe { &*f.backend.get() }, kind), (Backend::Stdout, StdKind::Stdout)),
        None => false,
    }
}

unsafe fn file_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: flush pending writes, drop fields, free.
    unsafe {
        let f = &*(obj as *const FileObject);
        let _ = flush_file(f);
        let fp = obj as *mut FileObject;
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*fp).backend));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*fp).name));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*fp).mode));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*fp).pending));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*fp).wbuf));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*fp).encoding_name));
        free_object(obj, 0);
    }
}

fn new_file(backend: Backend, name: &str, mode: &str, binary: bool) -> PyResult<Obj> {
    new_text_file(backend, name, mode, binary, TextEncoding::Utf8, "utf-8")
}

fn new_text_file(
    backend: Backend,
    name: &str,
    mode: &str,
    binary: bool,
    encoding: TextEncoding,
    encoding_name: &str,
) -> PyResult<Obj> {
    let ptr = alloc_object(&FILE_TYPE, 0)?;
    // SAFETY: fresh block with the layout.
    unsafe {
        let f = ptr as *mut FileObject;
        std::ptr::addr_of_mut!((*f).backend).write(UnsafeCell::new(backend));
        std::ptr::addr_of_mut!((*f).name).write(UnsafeCell::new(name.to_string()));
        std::ptr::addr_of_mut!((*f).mode).write(UnsafeCell::new(mode.to_string()));
        std::ptr::addr_of_mut!((*f).binary).write(Cell::new(binary));
        std::ptr::addr_of_mut!((*f).pending).write(UnsafeCell::new(Vec::new()));
        std::ptr::addr_of_mut!((*f).wbuf).write(UnsafeCell::new(Vec::new()));
        std::ptr::addr_of_mut!((*f).encoding).write(Cell::new(encoding));
        std::ptr::addr_of_mut!((*f).encoding_name).write(UnsafeCell::new(encoding_name.to_string()));
        std::ptr::addr_of_mut!((*f).bom_pending).write(Cell::new(encoding == TextEncoding::Utf8Sig));
        Ok(Obj::from_raw(ptr))
    }
}

/// The three standard streams.
pub fn std_streams() -> (Obj, Obj, Obj) {
    (
        new_file(Backend::Stdin, "<stdin>", "r", false).expect("startup"),
        new_file(Backend::Stdout, "<stdout>", "w", false).expect("startup"),
        new_file(Backend::Stderr, "<stderr>", "w", false).expect("startup"),
    )
}

fn file(o: &Obj) -> &FileObject {
    o.downcast::<FileObject>().expect("file")
}

#[allow(clippy::mut_from_ref)]
fn backend(f: &FileObject) -> &mut Backend {
    // SAFETY: short accesses; no Python code runs while a backend borrow is held.
    unsafe { &mut *f.backend.get() }
}

fn closed_error() -> PyErr {
    PyErr::value_error("I/O operation on closed file.")
}

fn flush_file(f: &FileObject) -> std::io::Result<()> {
    // SAFETY: short accesses.
    let buf = unsafe { &mut *f.wbuf.get() };
    if buf.is_empty() {
        return Ok(());
    }
    let r = match backend(f) {
        Backend::File(file) => file.write_all(buf),
        _ => Ok(()),
    };
    buf.clear();
    r
}

fn io_err(e: std::io::Error, f: &FileObject) -> PyErr {
    // SAFETY: a short read.
    let name = unsafe { (*f.name.get()).clone() };
    exceptions::from_io_error(&e, Some(&name))
}

fn m_write(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("write", a, kw, 1, 1)?;
    let f = file(o);
    let data: Vec<u8> = if f.binary.get() {
        bytes::as_bytes(&a[0])
            .ok_or_else(|| {
                PyErr::type_error(format!("a bytes-like object is required, not '{}'", a[0].ty().name()))
            })?
            .to_vec()
    } else {
        let text = pystr::expect_str(&a[0], "write() argument").map_err(|_| {
            PyErr::type_error(format!("write() argument must be str, not {}", a[0].ty().name()))
        })?;
        let mut data = f.encoding.get().encode(text)?;
        // A utf-8-sig file starts with a byte-order mark.
        if f.bom_pending.replace(false) {
            data.splice(0..0, [0xEF, 0xBB, 0xBF]);
        }
        data
    };
    let n = if f.binary.get() { data.len() } else { pystr::as_str(&a[0]).chars().count() };
    match backend(f) {
        Backend::Stdout => write_stdout_raw(&String::from_utf8_lossy(&data)),
        Backend::Stderr => {
            flush_stdout(vm);
            write_stderr_raw(&String::from_utf8_lossy(&data));
        }
        Backend::File(_) => {
            // SAFETY: a short access.
            let buf = unsafe { &mut *f.wbuf.get() };
            buf.extend_from_slice(&data);
            if buf.len() > 1 << 16 {
                flush_file(f).map_err(|e| io_err(e, f))?;
            }
        }
        Backend::Stdin => return Err(PyErr::new(&exceptions::OS_ERROR, "not writable")),
        Backend::Closed => return Err(closed_error()),
    }
    Ok(int::new_int(n as i64))
}

fn m_flush(vm: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    let f = file(o);
    match backend(f) {
        Backend::Stdout => flush_stdout(vm),
        Backend::Closed => return Err(closed_error()),
        _ => flush_file(f).map_err(|e| io_err(e, f))?,
    }
    Ok(singletons::none())
}

/// Reads everything left.
fn read_all(f: &FileObject) -> PyResult<Vec<u8>> {
    // SAFETY: a short access.
    let mut out = std::mem::take(unsafe { &mut *f.pending.get() });
    match backend(f) {
        Backend::File(file) => {
            file.read_to_end(&mut out).map_err(|e| io_err(e, f))?;
        }
        Backend::Stdin => {
            flush_stdout_raw();
            let _ = std::io::stdin().lock().read_to_end(&mut out);
        }
        Backend::Closed => return Err(closed_error()),
        _ => return Err(PyErr::new(&exceptions::OS_ERROR, "not readable")),
    }
    Ok(out)
}

/// Reads one line (including its newline), or empty at EOF.
fn read_line(f: &FileObject) -> PyResult<Vec<u8>> {
    // SAFETY: short accesses.
    let pending = unsafe { &mut *f.pending.get() };
    loop {
        if let Some(i) = pending.iter().position(|&b| b == b'\n') {
            return Ok(pending.drain(..=i).collect());
        }
        let mut chunk = vec![0u8; 8192];
        let n = match backend(f) {
            Backend::File(file) => file.read(&mut chunk).map_err(|e| io_err(e, f))?,
            Backend::Stdin => {
                flush_stdout_raw();
                let mut line = String::new();
                let n = std::io::stdin().lock().read_line(&mut line).unwrap_or(0);
                pending.extend_from_slice(line.as_bytes());
                if n == 0 {
                    0
                } else {
                    continue;
                }
            }
            Backend::Closed => return Err(closed_error()),
            _ => return Err(PyErr::new(&exceptions::OS_ERROR, "not readable")),
        };
        if n == 0 {
            return Ok(std::mem::take(pending));
        }
        pending.extend_from_slice(&chunk[..n]);
    }
}

fn to_obj(f: &FileObject, data: Vec<u8>) -> PyResult<Obj> {
    if f.binary.get() {
        bytes::new_bytes(&data)
    } else {
        let mut s = f.encoding.get().decode(data)?;
        // A utf-8-sig file's byte-order mark is not part of the text.
        if f.bom_pending.replace(false) && s.starts_with('\u{feff}') {
            s.remove(0);
        }
        let s = s.replace("\r\n", "\n");
        pystr::try_new_str(&s)
    }
}

fn m_read(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("read", a, kw, 0, 1)?;
    let f = file(o);
    let size = match a.first() {
        Some(n) if !singletons::is_none(n) => protocol::index_i64(vm, n)?,
        _ => -1,
    };
    if size < 0 {
        let data = read_all(f)?;
        return to_obj(f, data);
    }
    // Read ahead only as far as needed, so many small reads of a big file stay cheap.
    let size = size as usize;
    let cut = if f.binary.get() || f.encoding.get().single_byte() {
        fill(f, size)?;
        // SAFETY: a short access.
        size.min(unsafe { &*f.pending.get() }.len())
    } else {
        // Text mode counts characters: read until `size` of them are complete, or the end.
        loop {
            // SAFETY: a short access.
            let pending = unsafe { &*f.pending.get() };
            let valid = match std::str::from_utf8(pending) {
                Ok(s) => s,
                // SAFETY: `valid_up_to` bytes were just checked to be UTF-8.
                Err(e) => unsafe { std::str::from_utf8_unchecked(&pending[..e.valid_up_to()]) },
            };
            if let Some((i, _)) = valid.char_indices().nth(size) {
                break i;
            }
            let have = valid.chars().count();
            let len = pending.len();
            if !fill(f, len + (size - have).max(4))? {
                break len;
            }
        }
    };
    // SAFETY: a short access.
    let data: Vec<u8> = unsafe { &mut *f.pending.get() }.drain(..cut).collect();
    to_obj(f, data)
}

/// Reads ahead until `f.pending` holds at least `want` bytes; returns false at end of file.
fn fill(f: &FileObject, want: usize) -> PyResult<bool> {
    // SAFETY: short accesses; nothing else touches `pending` meanwhile.
    let pending = unsafe { &mut *f.pending.get() };
    while pending.len() < want {
        let mut chunk = vec![0u8; (want - pending.len()).clamp(8192, 1 << 20)];
        let n = match backend(f) {
            Backend::File(file) => file.read(&mut chunk).map_err(|e| io_err(e, f))?,
            Backend::Stdin => {
                flush_stdout_raw();
                std::io::stdin().lock().read(&mut chunk).unwrap_or(0)
            }
            Backend::Closed => return Err(closed_error()),
            _ => return Err(PyErr::new(&exceptions::OS_ERROR, "not readable")),
        };
        if n == 0 {
            return Ok(false);
        }
        pending.extend_from_slice(&chunk[..n]);
    }
    Ok(true)
}

fn m_readline(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("readline", a, kw, 0, 1)?;
    let f = file(o);
    let line = read_line(f)?;
    to_obj(f, line)
}

fn m_readlines(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("readlines", a, kw, 0, 1)?;
    let f = file(o);
    let mut out = Vec::new();
    loop {
        let line = read_line(f)?;
        if line.is_empty() {
            break;
        }
        out.push(to_obj(f, line)?);
    }
    list::new_list(out)
}

fn m_writelines(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("writelines", a, kw, 1, 1)?;
    for line in protocol::collect(vm, &a[0])? {
        m_write(vm, o, &[line], None)?;
    }
    Ok(singletons::none())
}

fn m_close(vm: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    let f = file(o);
    match backend(f) {
        Backend::File(_) => {
            flush_file(f).map_err(|e| io_err(e, f))?;
            *backend(f) = Backend::Closed;
        }
        Backend::Stdout => flush_stdout(vm),
        _ => {}
    }
    Ok(singletons::none())
}

fn m_enter(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    if matches!(backend(file(o)), Backend::Closed) {
        return Err(closed_error());
    }
    Ok(o.clone())
}

fn m_exit(vm: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    m_close(vm, o, &[], None)?;
    Ok(boolobj::new_bool(false))
}

fn m_seek(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("seek", a, kw, 1, 2)?;
    let f = file(o);
    let off = protocol::index_i64(vm, &a[0])?;
    let whence = match a.get(1) {
        Some(w) => protocol::index_i64(vm, w)?,
        None => 0,
    };
    flush_file(f).map_err(|e| io_err(e, f))?;
    // SAFETY: a short access.
    unsafe { (*f.pending.get()).clear() };
    let pos = match backend(f) {
        Backend::File(file) => {
            let sf = match whence {
                0 => SeekFrom::Start(off.max(0) as u64),
                1 => SeekFrom::Current(off),
                _ => SeekFrom::End(off),
            };
            file.seek(sf).map_err(|e| io_err(e, f))?
        }
        Backend::Closed => return Err(closed_error()),
        _ => return Err(PyErr::new(&exceptions::OS_ERROR, "underlying stream is not seekable")),
    };
    Ok(int::new_int(pos as i64))
}

fn m_tell(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    let f = file(o);
    flush_file(f).map_err(|e| io_err(e, f))?;
    // SAFETY: a short read.
    let pending = unsafe { (*f.pending.get()).len() } as i64;
    match backend(f) {
        Backend::File(file) => {
            Ok(int::new_int(file.stream_position().map_err(|e| io_err(e, f))? as i64 - pending))
        }
        _ => Err(PyErr::new(&exceptions::OS_ERROR, "underlying stream is not seekable")),
    }
}

fn m_isatty(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    use std::io::IsTerminal;
    let r = match backend(file(o)) {
        Backend::Stdin => std::io::stdin().is_terminal(),
        Backend::Stdout => std::io::stdout().is_terminal(),
        Backend::Stderr => std::io::stderr().is_terminal(),
        _ => false,
    };
    Ok(boolobj::new_bool(r))
}

fn m_fileno(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    use std::os::fd::AsRawFd;
    let n = match backend(file(o)) {
        Backend::Stdin => 0,
        Backend::Stdout => 1,
        Backend::Stderr => 2,
        Backend::File(f) => f.as_raw_fd() as i64,
        Backend::Closed => return Err(closed_error()),
    };
    Ok(int::new_int(n))
}

fn m_readable(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    // SAFETY: a short read.
    let mode = unsafe { (*file(o).mode.get()).clone() };
    Ok(boolobj::new_bool(mode.contains('r') || mode.contains('+')))
}

fn m_writable(_: &mut Vm, o: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    // SAFETY: a short read.
    let mode = unsafe { (*file(o).mode.get()).clone() };
    Ok(boolobj::new_bool(
        mode.contains('w') || mode.contains('a') || mode.contains('+') || mode.contains('x'),
    ))
}

fn file_iternext(_: &mut Vm, o: &Obj) -> PyResult<Option<Obj>> {
    let f = file(o);
    let line = read_line(f)?;
    if line.is_empty() {
        return Ok(None);
    }
    to_obj(f, line).map(Some)
}

fn file_iter(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    if matches!(backend(file(o)), Backend::Closed) {
        return Err(closed_error());
    }
    Ok(o.clone())
}

fn file_repr(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let f = file(o);
    // SAFETY: short reads.
    let (name, mode) = unsafe { ((*f.name.get()).clone(), (*f.mode.get()).clone()) };
    let s = if f.binary.get() {
        format!("<_io.BufferedReader name={}>", pystr::repr_str(&name))
    } else {
        format!(
            "<_io.TextIOWrapper name={} mode={} encoding='utf-8'>",
            pystr::repr_str(&name),
            pystr::repr_str(&mode)
        )
    };
    pystr::try_new_str(&s)
}

fn g_closed(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(boolobj::new_bool(matches!(backend(file(o)), Backend::Closed)))
}
fn g_name(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    // SAFETY: a short read.
    Ok(pystr::new_str(unsafe { &*file(o).name.get() }))
}
fn g_mode(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    // SAFETY: a short read.
    Ok(pystr::new_str(unsafe { &*file(o).mode.get() }))
}
fn g_encoding(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    // SAFETY: a short read of a string fixed at open.
    Ok(pystr::new_str(unsafe { &*file(o).encoding_name.get() }))
}

static FILE_METHODS: &[MethodDef] = &[
    MethodDef { name: "write", func: m_write, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "flush", func: m_flush, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "read", func: m_read, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "readline", func: m_readline, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "readlines", func: m_readlines, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "writelines", func: m_writelines, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "close", func: m_close, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "__enter__", func: m_enter, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "__exit__", func: m_exit, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "seek", func: m_seek, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "tell", func: m_tell, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "isatty", func: m_isatty, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "fileno", func: m_fileno, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "readable", func: m_readable, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "writable", func: m_writable, kind: MethodKind::Instance, doc: "" },
];

static FILE_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "closed", get: g_closed, set: None, doc: "" },
    GetSetDef { name: "name", get: g_name, set: None, doc: "" },
    GetSetDef { name: "mode", get: g_mode, set: None, doc: "" },
    GetSetDef { name: "encoding", get: g_encoding, set: None, doc: "" },
];

pub static FILE_TYPE: TypeObject = TypeObject::builtin(
    "_io.TextIOWrapper",
    std::mem::size_of::<FileObject>(),
    flags::BASETYPE,
    Some(&crate::object::base::OBJECT_TYPE),
    slots!(file_dealloc, iter: file_iter, iternext: file_iternext, repr: file_repr),
    FILE_METHODS,
    FILE_GETSETS,
    None,
);

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)`.
pub fn open(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [file_arg, mode, _buffering, encoding, _errors, _newline] =
        args::bind("open", a, kw, ["file", "mode", "buffering", "encoding", "errors", "newline"], 1, 6)?;
    let path = match file_arg {
        Some(p) if pystr::as_str_obj(p).is_some() => pystr::as_str(p).to_string(),
        Some(p) if crate::object::bytes::as_bytes(p).is_some() => {
            String::from_utf8_lossy(crate::object::bytes::as_bytes(p).expect("bytes")).into_owned()
        }
        // A path-like object (pathlib.Path) gives its path through __fspath__.
        Some(p) => match protocol::call_special(vm, p, "__fspath__", &[])? {
            Some(s) if pystr::as_str_obj(&s).is_some() => pystr::as_str(&s).to_string(),
            _ => {
                return Err(PyErr::type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    p.ty().name()
                )))
            }
        },
        None => String::new(),
    };
    let mode = match mode {
        Some(m) => pystr::expect_str(m, "open() argument 'mode'")?.to_string(),
        None => "r".to_string(),
    };
    let binary = mode.contains('b');
    let encoding_name = match encoding.filter(|e| !singletons::is_none(e)) {
        Some(_) if binary => return Err(PyErr::value_error("binary mode doesn't take an encoding argument")),
        Some(e) => pystr::expect_str(e, "open() argument 'encoding'")?.to_string(),
        None => "UTF-8".to_string(),
    };
    let text_encoding = TextEncoding::lookup(&encoding_name)?;
    let mut opts = std::fs::OpenOptions::new();
    let plus = mode.contains('+');
    if mode.contains('r') {
        opts.read(true).write(plus);
    } else if mode.contains('w') {
        opts.write(true).create(true).truncate(true).read(plus);
    } else if mode.contains('a') {
        opts.append(true).create(true).read(plus);
    } else if mode.contains('x') {
        opts.write(true).create_new(true).read(plus);
    } else {
        return Err(PyErr::value_error(format!("invalid mode: '{mode}'")));
    }
    let f = opts.open(&path).map_err(|e| exceptions::from_io_error(&e, Some(&path)))?;
    if std::fs::metadata(&path).map(|m| m.is_dir()).unwrap_or(false) {
        return Err(PyErr::os_error(&exceptions::IS_A_DIRECTORY_ERROR, 21, "Is a directory", Some(&path)));
    }
    let appending = mode.contains('a') && f.metadata().map(|m| m.len() > 0).unwrap_or(false);
    let file = new_text_file(Backend::File(f), &path, &mode, binary, text_encoding, &encoding_name)?;
    if appending {
        // Appending to a non-empty file: its byte-order mark is already there.
        self::file(&file).bom_pending.set(false);
    }
    Ok(file)
}
