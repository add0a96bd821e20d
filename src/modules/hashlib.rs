//! `hashlib`: md5, sha1 and the sha2 family over the RustCrypto crates, with CPython's API
//! (`hashlib.sha256(data).hexdigest()`, `new(name)`, `update`, `copy`, `digest_size`, ...).

use crate::memory::alloc::{alloc_object, free_object};
use crate::object::header::{ObjectHeader, PyPayload};
use crate::object::typeobj::{GetSetDef, MethodDef, MethodKind, TypeObject};
use crate::object::*;
use crate::slots;
use crate::vm::Vm;
use sha2::Digest;
use std::cell::UnsafeCell;

/// The running state of one hash computation.
#[derive(Clone)]
enum State {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
}

/// The algorithms by CPython's names, with their block sizes.
const ALGORITHMS: &[(&str, usize)] =
    &[("md5", 64), ("sha1", 64), ("sha224", 64), ("sha256", 64), ("sha384", 128), ("sha512", 128)];

/// Runs `$body` with `$h` bound to the hasher, whatever the algorithm.
macro_rules! each {
    ($state:expr, $h:ident => $body:expr) => {
        match $state {
            State::Md5($h) => $body,
            State::Sha1($h) => $body,
            State::Sha224($h) => $body,
            State::Sha256($h) => $body,
            State::Sha384($h) => $body,
            State::Sha512($h) => $body,
        }
    };
}

/// The output size of a hasher's algorithm.
fn output_size<D: Digest>(_: &D) -> usize {
    <D as Digest>::output_size()
}

impl State {
    fn new(name: &str) -> Option<State> {
        Some(match name.to_ascii_lowercase().replace('-', "").as_str() {
            "md5" => State::Md5(md5::Md5::new()),
            "sha1" => State::Sha1(sha1::Sha1::new()),
            "sha224" => State::Sha224(sha2::Sha224::new()),
            "sha256" => State::Sha256(sha2::Sha256::new()),
            "sha384" => State::Sha384(sha2::Sha384::new()),
            "sha512" => State::Sha512(sha2::Sha512::new()),
            _ => return None,
        })
    }

    /// The algorithm's row in `ALGORITHMS` (its name and block size).
    fn algorithm(&self) -> (&'static str, usize) {
        let i = match self {
            State::Md5(_) => 0,
            State::Sha1(_) => 1,
            State::Sha224(_) => 2,
            State::Sha256(_) => 3,
            State::Sha384(_) => 4,
            State::Sha512(_) => 5,
        };
        ALGORITHMS[i]
    }

    fn update(&mut self, data: &[u8]) {
        each!(self, h => h.update(data))
    }

    /// The digest so far; the state itself goes on (a clone is finalised).
    fn digest(&self) -> Vec<u8> {
        each!(self.clone(), h => h.finalize().to_vec())
    }

    fn digest_size(&self) -> usize {
        each!(self, h => output_size(h))
    }
}

#[repr(C)]
pub struct HashObject {
    head: ObjectHeader,
    state: UnsafeCell<State>,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for HashObject {
    fn static_type() -> &'static TypeObject {
        &HASH_TYPE
    }
}

unsafe fn hash_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: drop the state, return the block.
    unsafe {
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*(obj as *mut HashObject)).state));
        free_object(obj, 0);
    }
}

fn new_hash(state: State) -> PyResult<Obj> {
    let ptr = alloc_object(&HASH_TYPE, 0)?;
    // SAFETY: a fresh block with the layout.
    unsafe {
        std::ptr::addr_of_mut!((*(ptr as *mut HashObject)).state).write(UnsafeCell::new(state));
        Ok(Obj::from_raw(ptr))
    }
}

#[allow(clippy::mut_from_ref)]
fn state(o: &Obj) -> &mut State {
    // SAFETY: hash methods never run Python code while they hold the state.
    unsafe { &mut *o.downcast::<HashObject>().expect("hash object").state.get() }
}

/// The bytes to hash; text must be encoded first, as in CPython.
fn data_arg(o: &Obj) -> PyResult<Vec<u8>> {
    if str::as_str_obj(o).is_some() {
        return Err(PyErr::type_error("Strings must be encoded before hashing"));
    }
    bytes::as_bytes(o)
        .map(<[u8]>::to_vec)
        .ok_or_else(|| PyErr::type_error("object supporting the buffer API required"))
}

fn m_update(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("update", a, kw, 1, 1)?;
    let data = data_arg(&a[0])?;
    state(o).update(&data);
    Ok(singletons::none())
}

fn m_digest(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("digest", a, kw, 0, 0)?;
    bytes::new_bytes(&state(o).digest())
}

fn m_hexdigest(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("hexdigest", a, kw, 0, 0)?;
    let hex: String = state(o).digest().iter().map(|b| format!("{b:02x}")).collect();
    str::try_new_str(&hex)
}

fn m_copy(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("copy", a, kw, 0, 0)?;
    new_hash(state(o).clone())
}

fn g_name(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(str::new_str(state(o).algorithm().0))
}

fn g_digest_size(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(int::new_int(state(o).digest_size() as i64))
}

fn g_block_size(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(int::new_int(state(o).algorithm().1 as i64))
}

fn hash_repr(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    str::try_new_str(&format!("<{} _hashlib.HASH object @ {:#x}>", state(o).algorithm().0, o.addr()))
}

static HASH_METHODS: &[MethodDef] = &[
    MethodDef { name: "update", func: m_update, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "digest", func: m_digest, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "hexdigest", func: m_hexdigest, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "copy", func: m_copy, kind: MethodKind::Instance, doc: "" },
];

static HASH_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "name", get: g_name, set: None, doc: "" },
    GetSetDef { name: "digest_size", get: g_digest_size, set: None, doc: "" },
    GetSetDef { name: "block_size", get: g_block_size, set: None, doc: "" },
];

pub static HASH_TYPE: TypeObject = TypeObject::builtin(
    "_hashlib.HASH",
    std::mem::size_of::<HashObject>(),
    0,
    Some(&crate::object::base::OBJECT_TYPE),
    slots!(hash_dealloc, repr: hash_repr),
    HASH_METHODS,
    HASH_GETSETS,
    None,
);

/// A new hash object for `name`, fed the optional initial data (`string=` is CPython's keyword).
fn construct(name: &str, a: &[Obj], kw: Option<&Obj>, first_data: usize) -> PyResult<Obj> {
    let mut st =
        State::new(name).ok_or_else(|| PyErr::value_error(format!("unsupported hash type {name}")))?;
    let mut data = args::positional(a, kw).get(first_data).cloned();
    for (k, v) in args::keywords(a, kw) {
        match k {
            "data" | "string" => data = Some(v.clone()),
            "usedforsecurity" => {}
            _ => return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for {name}()"))),
        }
    }
    if let Some(d) = data {
        st.update(&data_arg(&d)?);
    }
    new_hash(st)
}

fn h_new(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let pos = args::positional(a, kw);
    let Some(name) = pos.first() else {
        return Err(PyErr::type_error("new() missing required argument 'name' (pos 1)"));
    };
    let name = str::expect_str(name, "new() argument 'name'")?.to_string();
    construct(&name, a, kw, 1)
}

macro_rules! constructor {
    ($f:ident, $name:literal) => {
        fn $f(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
            if args::positional(a, kw).len() > 1 {
                return Err(PyErr::type_error(concat!($name, "() takes at most 1 positional argument")));
            }
            construct($name, a, kw, 0)
        }
    };
}
constructor!(h_md5, "md5");
constructor!(h_sha1, "sha1");
constructor!(h_sha224, "sha224");
constructor!(h_sha256, "sha256");
constructor!(h_sha384, "sha384");
constructor!(h_sha512, "sha512");

/// The `hashlib` module.
pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let (m, d) = super::new_native_module(
        "hashlib",
        &[
            ("new", h_new),
            ("md5", h_md5),
            ("sha1", h_sha1),
            ("sha224", h_sha224),
            ("sha256", h_sha256),
            ("sha384", h_sha384),
            ("sha512", h_sha512),
        ],
    )?;
    for attr in ["algorithms_guaranteed", "algorithms_available"] {
        let names = list::new_list(ALGORITHMS.iter().map(|(n, _)| str::new_str(n)).collect())?;
        let frozen = set::new_frozenset()?;
        set::update_from(vm, &frozen, &names)?;
        super::set(&d, attr, frozen);
    }
    Ok(m)
}
