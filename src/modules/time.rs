//! The `time` module: clocks (`time`, `perf_counter`, `monotonic`, `process_time` and their
//! `_ns` forms), `sleep`, and calendar conversions through the C library (`localtime`,
//! `gmtime`, `mktime`, `strftime`). `struct_time` is a tuple subclass written in Python.

use crate::object::*;
use crate::vm::Vm;

fn clock_ns(clock: libc::clockid_t) -> i128 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid out-parameter; the clock ids used are supported on Linux.
    unsafe { libc::clock_gettime(clock, &mut ts) };
    ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128
}

fn ns_obj(ns: i128) -> PyResult<Obj> {
    int::new_bigint(num_bigint::BigInt::from(ns))
}

macro_rules! clocks {
    ($($f:ident, $fns:ident, $py:literal, $pyns:literal, $clock:expr;)*) => {
        $(
            fn $f(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
                args::check_arity($py, a, kw, 0, 0)?;
                Ok(float::new_float(clock_ns($clock) as f64 / 1e9))
            }
            fn $fns(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
                args::check_arity($pyns, a, kw, 0, 0)?;
                ns_obj(clock_ns($clock))
            }
        )*
    };
}

clocks! {
    t_time, t_time_ns, "time", "time_ns", libc::CLOCK_REALTIME;
    t_monotonic, t_monotonic_ns, "monotonic", "monotonic_ns", libc::CLOCK_MONOTONIC;
    t_perf_counter, t_perf_counter_ns, "perf_counter", "perf_counter_ns", libc::CLOCK_MONOTONIC;
    t_process_time, t_process_time_ns, "process_time", "process_time_ns", libc::CLOCK_PROCESS_CPUTIME_ID;
    t_thread_time, t_thread_time_ns, "thread_time", "thread_time_ns", libc::CLOCK_THREAD_CPUTIME_ID;
}

fn t_sleep(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("sleep", a, kw, 1, 1)?;
    let secs = protocol::to_f64(vm, &a[0])?;
    if secs.is_nan() {
        return Err(PyErr::value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    if !secs.is_finite() || secs > 1e9 {
        return Err(PyErr::overflow_error("sleep length is too large"));
    }
    std::thread::sleep(std::time::Duration::from_secs_f64(secs));
    vm.run_pending_work()?;
    Ok(singletons::none())
}

/// Seconds since the epoch from an optional argument (None: now).
fn secs_arg(vm: &mut Vm, o: Option<&Obj>) -> PyResult<libc::time_t> {
    match o.filter(|o| !singletons::is_none(o)) {
        None => Ok((clock_ns(libc::CLOCK_REALTIME) / 1_000_000_000) as libc::time_t),
        Some(o) => {
            let f = protocol::to_f64(vm, o)?;
            if !f.is_finite() || f.abs() > 1e17 {
                return Err(PyErr::overflow_error("timestamp out of range for platform time_t"));
            }
            Ok(f.floor() as libc::time_t)
        }
    }
}

/// The 11 fields `_struct(...)` hands to Python: the 9 of a struct_time plus zone and gmtoff.
fn tm_tuple(tm: &libc::tm) -> PyResult<Obj> {
    let zone = if tm.tm_zone.is_null() {
        String::new()
    } else {
        // SAFETY: the C library sets `tm_zone` to a NUL-terminated static string.
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }.to_string_lossy().into_owned()
    };
    tuple::new_tuple(vec![
        int::new_int(tm.tm_year as i64 + 1900),
        int::new_int(tm.tm_mon as i64 + 1),
        int::new_int(tm.tm_mday as i64),
        int::new_int(tm.tm_hour as i64),
        int::new_int(tm.tm_min as i64),
        int::new_int(tm.tm_sec as i64),
        int::new_int((tm.tm_wday as i64 + 6) % 7),
        int::new_int(tm.tm_yday as i64 + 1),
        int::new_int(tm.tm_isdst as i64),
        str::new_str(&zone),
        int::new_int(tm.tm_gmtoff),
    ])
}

fn empty_tm() -> libc::tm {
    // SAFETY: `tm` is plain old data; all-zero is a valid value.
    unsafe { std::mem::zeroed() }
}

fn t_localtime_fields(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("localtime", a, kw, 0, 1)?;
    let t = secs_arg(vm, a.first())?;
    let mut tm = empty_tm();
    // SAFETY: valid pointers to locals; localtime_r is thread-safe.
    if unsafe { libc::localtime_r(&t, &mut tm) }.is_null() {
        return Err(PyErr::overflow_error("timestamp out of range for platform time_t"));
    }
    tm_tuple(&tm)
}

fn t_gmtime_fields(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("gmtime", a, kw, 0, 1)?;
    let t = secs_arg(vm, a.first())?;
    let mut tm = empty_tm();
    // SAFETY: valid pointers to locals; gmtime_r is thread-safe.
    if unsafe { libc::gmtime_r(&t, &mut tm) }.is_null() {
        return Err(PyErr::overflow_error("timestamp out of range for platform time_t"));
    }
    tm_tuple(&tm)
}

/// A C `tm` from a 9-sequence (struct_time or tuple), as CPython's `gettmarg`.
fn tm_from(vm: &mut Vm, o: &Obj, func: &str) -> PyResult<libc::tm> {
    let items = protocol::collect(vm, o)?;
    if items.len() < 9 {
        return Err(PyErr::type_error(format!("{func}(): illegal time tuple argument")));
    }
    let mut v = [0i64; 9];
    for (slot, item) in v.iter_mut().zip(&items) {
        *slot = protocol::index_i64(vm, item)?;
    }
    let mut tm = empty_tm();
    tm.tm_year = (v[0] - 1900) as i32;
    tm.tm_mon = (v[1] - 1) as i32;
    tm.tm_mday = v[2] as i32;
    tm.tm_hour = v[3] as i32;
    tm.tm_min = v[4] as i32;
    tm.tm_sec = v[5] as i32;
    tm.tm_wday = ((v[6] + 1) % 7) as i32;
    tm.tm_yday = (v[7] - 1) as i32;
    tm.tm_isdst = v[8] as i32;
    Ok(tm)
}

fn local_now() -> libc::tm {
    local_tm((clock_ns(libc::CLOCK_REALTIME) / 1_000_000_000) as libc::time_t)
}

fn local_tm(t: libc::time_t) -> libc::tm {
    let mut tm = empty_tm();
    // SAFETY: valid pointers to locals.
    unsafe { libc::localtime_r(&t, &mut tm) };
    tm
}

fn t_strftime(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("strftime", a, kw, 1, 2)?;
    let Some(fmt) = str::as_str_obj(&a[0]) else {
        return Err(PyErr::type_error(format!(
            "strftime() argument 1 must be str, not {}",
            a[0].ty().name()
        )));
    };
    let tm = match a.get(1) {
        Some(t) => tm_from(vm, t, "strftime")?,
        None => local_now(),
    };
    if !(0..=11).contains(&tm.tm_mon) && a.get(1).is_some() {
        return Err(PyErr::value_error("month out of range"));
    }
    let fmt = fmt.as_str();
    if fmt.is_empty() {
        return Ok(str::empty());
    }
    let Ok(cfmt) = std::ffi::CString::new(fmt) else {
        return Err(PyErr::value_error("embedded null character"));
    };
    let mut size = 256usize.max(fmt.len() * 4);
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` has `size` writable bytes; `cfmt` is NUL-terminated; `tm` is valid.
        let n = unsafe { libc::strftime(buf.as_mut_ptr() as *mut libc::c_char, size, cfmt.as_ptr(), &tm) };
        if n > 0 || size > 1 << 20 {
            buf.truncate(n);
            return str::try_new_str(&String::from_utf8_lossy(&buf));
        }
        size *= 4;
    }
}

const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

fn asctime_of(tm: &libc::tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        DAYS[(tm.tm_wday.rem_euclid(7)) as usize],
        MONTHS[(tm.tm_mon.rem_euclid(12)) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        tm.tm_year as i64 + 1900
    )
}

fn t_asctime(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("asctime", a, kw, 0, 1)?;
    let tm = match a.first() {
        Some(t) => tm_from(vm, t, "asctime")?,
        None => local_now(),
    };
    str::try_new_str(&asctime_of(&tm))
}

fn t_ctime(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("ctime", a, kw, 0, 1)?;
    let t = secs_arg(vm, a.first())?;
    let mut tm = empty_tm();
    // SAFETY: valid pointers to locals.
    if unsafe { libc::localtime_r(&t, &mut tm) }.is_null() {
        return Err(PyErr::overflow_error("timestamp out of range for platform time_t"));
    }
    str::try_new_str(&asctime_of(&tm))
}

fn t_mktime(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("mktime", a, kw, 1, 1)?;
    let mut tm = tm_from(vm, &a[0], "mktime")?;
    tm.tm_wday = -1;
    // SAFETY: a valid tm.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(PyErr::overflow_error("mktime argument out of range"));
    }
    Ok(float::new_float(t as f64))
}

/// `struct_time` and the functions that build it, over the native field functions.
const PY_SOURCE: &str = r#"
class struct_time(tuple):
    """The time value as returned by gmtime(), localtime() and strptime()."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    _FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError(f'time.struct_time() takes an at least 9-sequence ({len(seq)}-sequence given)')
        if len(seq) > 11:
            raise TypeError(f'time.struct_time() takes an at most 11-sequence ({len(seq)}-sequence given)')
        self = tuple.__new__(cls, seq[:9])
        # The zone name and UTC offset are fields outside the 9-tuple, as in CPython.
        self._zone = seq[9] if len(seq) > 9 else None
        self._gmtoff = seq[10] if len(seq) > 10 else None
        return self

    @property
    def tm_zone(self):
        if self._zone is not None:
            return self._zone
        return tzname[1 if self[8] > 0 else 0]

    @property
    def tm_gmtoff(self):
        if self._gmtoff is not None:
            return self._gmtoff
        return -(altzone if self[8] > 0 else timezone)

    def __repr__(self):
        fields = ', '.join(f'{n}={v!r}' for n, v in zip(struct_time._FIELDS, self))
        return f'time.struct_time({fields})'

    def __reduce__(self):
        return (struct_time, (tuple(self),))


def _field(i):
    return property(lambda self: tuple.__getitem__(self, i))


for _i, _n in enumerate(struct_time._FIELDS):
    setattr(struct_time, _n, _field(_i))
del _i, _n, _field
struct_time.__module__ = 'time'


def localtime(secs=None):
    """Convert seconds since the Epoch to a time tuple expressing local time."""
    return struct_time(_localtime_fields(secs))


def gmtime(secs=None):
    """Convert seconds since the Epoch to a time tuple expressing UTC."""
    return struct_time(_gmtime_fields(secs))
"#;

/// The `time` module.
pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let (m, d) = super::new_native_module(
        "time",
        &[
            ("time", t_time),
            ("time_ns", t_time_ns),
            ("monotonic", t_monotonic),
            ("monotonic_ns", t_monotonic_ns),
            ("perf_counter", t_perf_counter),
            ("perf_counter_ns", t_perf_counter_ns),
            ("process_time", t_process_time),
            ("process_time_ns", t_process_time_ns),
            ("thread_time", t_thread_time),
            ("thread_time_ns", t_thread_time_ns),
            ("sleep", t_sleep),
            ("strftime", t_strftime),
            ("asctime", t_asctime),
            ("ctime", t_ctime),
            ("mktime", t_mktime),
            ("_localtime_fields", t_localtime_fields),
            ("_gmtime_fields", t_gmtime_fields),
        ],
    )?;
    let dd = dict::as_dict(&d).expect("dict");
    super::run_python_in(vm, "time", PY_SOURCE, &d)?;
    // As CPython's init_timezone: the offsets in force at the start of this year and half a year
    // later; the larger offset west of UTC is standard time (so southern zones work too).
    const YEAR: libc::time_t = (365 * 24 + 6) * 3600;
    let now = (clock_ns(libc::CLOCK_REALTIME) / 1_000_000_000) as libc::time_t;
    let start = now / YEAR * YEAR;
    let (jan, jul) = (local_tm(start), local_tm(start + YEAR / 2));
    let name = |tm: &libc::tm| tuple::tuple_items(&tm_tuple(tm).expect("startup"))[9].clone();
    let (jan_zone, jul_zone) = (-jan.tm_gmtoff, -jul.tm_gmtoff);
    let (std_tm, dst_tm) = if jan_zone < jul_zone { (&jul, &jan) } else { (&jan, &jul) };
    dd.set_by_str("timezone", int::new_int(-std_tm.tm_gmtoff));
    dd.set_by_str("altzone", int::new_int(-dst_tm.tm_gmtoff));
    dd.set_by_str("daylight", int::new_int((jan_zone != jul_zone) as i64));
    dd.set_by_str("tzname", tuple::new_tuple(vec![name(std_tm), name(dst_tm)])?);
    Ok(m)
}
