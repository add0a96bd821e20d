//! The `_random` module: `Random`, the Mersenne Twister (MT19937) generator under the stdlib's
//! `random.py`, producing exactly CPython's numbers — same seeding (`init_by_array` over the
//! 32-bit words of the seed, SHA-512 for str/bytes seeds), same `random()` (53 bits from two
//! outputs), same `getrandbits` word order, and the same 625-int state tuples.

use crate::memory::alloc::{alloc_object, free_object};
use crate::object::header::{ObjectHeader, PyPayload};
use crate::object::typeobj::{flags, MethodDef, MethodKind, TypeObject};
use crate::object::*;
use crate::slots;
use crate::vm::Vm;
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};
use sha2::{Digest, Sha512};
use std::cell::{Cell, UnsafeCell};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

#[repr(C)]
pub struct RandomObject {
    head: ObjectHeader,
    index: Cell<usize>,
    state: UnsafeCell<[u32; N]>,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for RandomObject {
    fn static_type() -> &'static TypeObject {
        &RANDOM_TYPE
    }
}

impl RandomObject {
    #[allow(clippy::mut_from_ref)]
    fn mt(&self) -> &mut [u32; N] {
        // SAFETY: the state is only touched by these short, non-reentrant methods.
        unsafe { &mut *self.state.get() }
    }

    fn init_genrand(&self, s: u32) {
        let mt = self.mt();
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1_812_433_253u32.wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_add(i as u32);
        }
        self.index.set(N);
    }

    fn init_by_array(&self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = self.mt();
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            mt[i] =
                (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        self.index.set(N);
    }

    fn next_u32(&self) -> u32 {
        let mt = self.mt();
        if self.index.get() >= N {
            let mag = |y: u32| if y & 1 != 0 { MATRIX_A } else { 0 };
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
            self.index.set(0);
        }
        let mut y = mt[self.index.get()];
        self.index.set(self.index.get() + 1);
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) from 53 random bits (CPython's `genrand_res53`).
    fn random(&self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }
}

unsafe fn random_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: plain data payload.
    unsafe { free_object(obj, 0) };
}

fn rnd(o: &Obj) -> &RandomObject {
    o.downcast::<RandomObject>().expect("_random.Random")
}

/// The 32-bit words of `n`, least significant first (`[0]` for zero).
fn words_of(n: &BigInt) -> Vec<u32> {
    let (_, digits) = n.abs().to_u32_digits();
    if digits.is_empty() {
        vec![0]
    } else {
        digits
    }
}

/// Seeds from the system's randomness (or the clock, if that fails), as `seed(None)`.
fn seed_from_system(r: &RandomObject) {
    let mut buf = [0u8; 2496];
    let ok = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf))
        .is_ok();
    let key: Vec<u32> = if ok {
        buf.chunks(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect()
    } else {
        let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        vec![t.as_secs() as u32, t.subsec_nanos(), std::process::id()]
    };
    r.init_by_array(&key);
}

/// `seed(n)`: None from the system, ints by their absolute value, str/bytes by CPython's
/// version-2 rule (the bytes followed by their SHA-512 digest, read as a big-endian int),
/// anything else by its hash.
fn do_seed(vm: &mut Vm, r: &RandomObject, arg: Option<&Obj>) -> PyResult<()> {
    let Some(arg) = arg.filter(|a| !singletons::is_none(a)) else {
        seed_from_system(r);
        return Ok(());
    };
    let n: BigInt = if let Some(v) = int::int_value(arg) {
        v.to_bigint()
    } else if let Some(data) = str::as_str_obj(arg)
        .map(|s| s.as_str().as_bytes().to_vec())
        .or_else(|| bytes::as_bytes(arg).map(|b| b.to_vec()))
    {
        let mut all = data.clone();
        all.extend_from_slice(&Sha512::digest(&data));
        BigInt::from_bytes_be(Sign::Plus, &all)
    } else {
        let h = protocol::hash(vm, arg)?;
        BigInt::from(h as u64)
    };
    r.init_by_array(&words_of(&n));
    Ok(())
}

fn random_new(_: &mut Vm, cls: &Obj, _a: &[Obj], _kw: Option<&Obj>) -> PyResult<Obj> {
    let obj = crate::object::class::new_subtype_instance_with(cls, |ty| {
        let ptr = alloc_object(ty, 0)?;
        // SAFETY: a fresh block with the generator's layout.
        unsafe {
            let r = ptr as *mut RandomObject;
            std::ptr::addr_of_mut!((*r).index).write(Cell::new(N + 1));
            std::ptr::addr_of_mut!((*r).state).write(UnsafeCell::new([0; N]));
        }
        Ok(ptr)
    })?;
    seed_from_system(rnd(&obj));
    Ok(obj)
}

fn random_init(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<()> {
    if o.is_exact::<RandomObject>() {
        args::no_kwargs("Random", kw)?;
        if a.len() > 1 {
            return Err(PyErr::type_error(format!("Random() expected at most 1 argument, got {}", a.len())));
        }
        if let Some(x) = a.first() {
            do_seed(vm, rnd(o), Some(x))?;
        }
    }
    Ok(())
}

fn m_random(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("random", a, kw, 0, 0)?;
    Ok(float::new_float(rnd(o).random()))
}

fn m_seed(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("seed", a, kw, 0, 1)?;
    do_seed(vm, rnd(o), a.first())?;
    Ok(singletons::none())
}

/// `getrandbits(k)`: `k` random bits, built from 32-bit outputs least significant first.
fn m_getrandbits(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("getrandbits", a, kw, 1, 1)?;
    let k = protocol::index_i64(vm, &a[0])?;
    if k < 0 {
        return Err(PyErr::value_error("number of bits must be non-negative"));
    }
    let r = rnd(o);
    if k == 0 {
        return Ok(int::new_int(0));
    }
    if k <= 32 {
        return Ok(int::new_int((r.next_u32() >> (32 - k)) as i64));
    }
    let mut words = Vec::with_capacity((k as usize).div_ceil(32));
    let mut left = k;
    while left > 0 {
        let mut w = r.next_u32();
        if left < 32 {
            w >>= 32 - left;
        }
        words.push(w);
        left -= 32;
    }
    int::new_bigint(BigInt::from_slice(Sign::Plus, &words))
}

fn m_getstate(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("getstate", a, kw, 0, 0)?;
    let r = rnd(o);
    let mut items: Vec<Obj> = r.mt().iter().map(|&w| int::new_int(w as i64)).collect();
    items.push(int::new_int(r.index.get() as i64));
    tuple::new_tuple(items)
}

fn m_setstate(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("setstate", a, kw, 1, 1)?;
    let Some(t) = tuple::as_tuple(&a[0]) else {
        return Err(PyErr::type_error("state vector must be a tuple"));
    };
    let items = t.items();
    if items.len() != N + 1 {
        return Err(PyErr::value_error("state vector is the wrong size"));
    }
    let mut state = [0u32; N];
    for (slot, item) in state.iter_mut().zip(items) {
        let Some(v) = int::int_value(item) else {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                item.ty().name()
            )));
        };
        let b = v.to_bigint();
        if b.is_negative() || b.bits() > 32 {
            return Err(PyErr::overflow_error("Python int too large to convert to C unsigned long"));
        }
        *slot = b.to_u32_digits().1.first().copied().unwrap_or(0);
    }
    let index = int::as_i64(&items[N]).unwrap_or(-1);
    if !(0..=N as i64).contains(&index) {
        return Err(PyErr::value_error("invalid state"));
    }
    let r = rnd(o);
    *r.mt() = state;
    r.index.set(index as usize);
    if state.iter().all(|w| w.is_zero()) {
        r.mt()[0] = 0x8000_0000;
    }
    Ok(singletons::none())
}

static RANDOM_METHODS: &[MethodDef] = &[
    MethodDef {
        name: "random",
        func: m_random,
        kind: MethodKind::Instance,
        doc: "random() -> x in the interval [0, 1).",
    },
    MethodDef { name: "seed", func: m_seed, kind: MethodKind::Instance, doc: "seed([n]) -> None." },
    MethodDef {
        name: "getrandbits",
        func: m_getrandbits,
        kind: MethodKind::Instance,
        doc: "getrandbits(k) -> x.",
    },
    MethodDef { name: "getstate", func: m_getstate, kind: MethodKind::Instance, doc: "getstate() -> tuple." },
    MethodDef {
        name: "setstate",
        func: m_setstate,
        kind: MethodKind::Instance,
        doc: "setstate(state) -> None.",
    },
];

/// `_random.Random`.
pub static RANDOM_TYPE: TypeObject = TypeObject::builtin(
    "_random.Random",
    std::mem::size_of::<RandomObject>(),
    flags::BASETYPE,
    Some(&crate::object::base::OBJECT_TYPE),
    slots!(random_dealloc, new: random_new, init: random_init),
    RANDOM_METHODS,
    &[],
    Some("Random() -> create a random number generator with its own internal state."),
);

/// The `_random` module.
pub fn make_module(_: &mut Vm) -> PyResult<Obj> {
    let (m, d) = super::new_native_module("_random", &[])?;
    super::set(&d, "Random", RANDOM_TYPE.as_obj());
    Ok(m)
}
