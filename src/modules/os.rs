//! The `os` module: the process environment, the working directory, files and directories
//! through Rust's `std::fs`, `stat` results, and `os.path` (the stdlib's `posixpath`, imported
//! when `os` is created). Errors are the matching `OSError` subclasses with CPython's text.

use crate::object::*;
use crate::vm::Vm;
use std::os::unix::fs::MetadataExt;

/// A path argument: str (or bytes, decoded) — CPython's `os.fspath` rules, minus PathLike.
fn path_arg(vm: &mut Vm, o: &Obj, func: &str) -> PyResult<String> {
    if let Some(s) = str::as_str_obj(o) {
        return Ok(s.as_str().to_string());
    }
    if let Some(b) = bytes::as_bytes(o) {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    if let Some(f) = protocol::call_special(vm, o, "__fspath__", &[])? {
        if let Some(s) = str::as_str_obj(&f) {
            return Ok(s.as_str().to_string());
        }
    }
    Err(PyErr::type_error(format!(
        "{func}: path should be string, bytes or os.PathLike, not {}",
        o.ty().name()
    )))
}

fn io_err(e: std::io::Error, path: &str) -> PyErr {
    exceptions::from_io_error(&e, Some(path))
}

fn os_getcwd(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("getcwd", a, kw, 0, 0)?;
    let d = std::env::current_dir().map_err(|e| exceptions::from_io_error(&e, None))?;
    str::try_new_str(&d.to_string_lossy())
}

fn os_chdir(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("chdir", a, kw, 1, 1)?;
    let p = path_arg(vm, &a[0], "chdir")?;
    std::env::set_current_dir(&p).map_err(|e| io_err(e, &p))?;
    Ok(singletons::none())
}

fn os_listdir(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [path] = args::bind("listdir", a, kw, ["path"], 0, 1)?;
    let p = match path.filter(|p| !singletons::is_none(p)) {
        Some(p) => path_arg(vm, p, "listdir")?,
        None => ".".to_string(),
    };
    let rd = std::fs::read_dir(&p).map_err(|e| io_err(e, &p))?;
    let mut out = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| io_err(e, &p))?;
        out.push(str::try_new_str(&entry.file_name().to_string_lossy())?);
    }
    list::new_list(out)
}

fn os_mkdir(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [path, _mode] = args::bind("mkdir", a, kw, ["path", "mode"], 1, 2)?;
    let p = path_arg(vm, path.expect("required"), "mkdir")?;
    std::fs::create_dir(&p).map_err(|e| io_err(e, &p))?;
    Ok(singletons::none())
}

fn os_makedirs(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [path, _mode, exist_ok] = args::bind("makedirs", a, kw, ["name", "mode", "exist_ok"], 1, 3)?;
    let p = path_arg(vm, path.expect("required"), "makedirs")?;
    let exist_ok = match exist_ok {
        Some(e) => protocol::is_true(vm, e)?,
        None => false,
    };
    if std::path::Path::new(&p).is_dir() {
        if exist_ok {
            return Ok(singletons::none());
        }
        return Err(PyErr::os_error(&exceptions::FILE_EXISTS_ERROR, 17, "File exists", Some(&p)));
    }
    std::fs::create_dir_all(&p).map_err(|e| io_err(e, &p))?;
    Ok(singletons::none())
}

fn os_rmdir(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("rmdir", a, kw, 1, 1)?;
    let p = path_arg(vm, &a[0], "rmdir")?;
    std::fs::remove_dir(&p).map_err(|e| io_err(e, &p))?;
    Ok(singletons::none())
}

fn os_remove(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("remove", a, kw, 1, 1)?;
    let p = path_arg(vm, &a[0], "remove")?;
    if std::path::Path::new(&p).is_dir() {
        return Err(PyErr::os_error(&exceptions::IS_A_DIRECTORY_ERROR, 21, "Is a directory", Some(&p)));
    }
    std::fs::remove_file(&p).map_err(|e| io_err(e, &p))?;
    Ok(singletons::none())
}

fn os_rename(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("rename", a, kw, 2, 2)?;
    let src = path_arg(vm, &a[0], "rename")?;
    let dst = path_arg(vm, &a[1], "rename")?;
    std::fs::rename(&src, &dst).map_err(|e| io_err(e, &src))?;
    Ok(singletons::none())
}

fn os_getpid(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("getpid", a, kw, 0, 0)?;
    Ok(int::new_int(std::process::id() as i64))
}

fn os_cpu_count(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("cpu_count", a, kw, 0, 0)?;
    Ok(std::thread::available_parallelism()
        .map_or_else(|_| singletons::none(), |n| int::new_int(n.get() as i64)))
}

fn os_urandom(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("urandom", a, kw, 1, 1)?;
    let n = protocol::index_i64(vm, &a[0])?;
    if n < 0 {
        return Err(PyErr::value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf))
        .map_err(|e| exceptions::from_io_error(&e, None))?;
    bytes::new_bytes(&buf)
}

/// The ten integer fields and three float times of a stat, for the Python `stat_result`.
fn stat_fields(m: &std::fs::Metadata) -> PyResult<Obj> {
    let t = |s: i64, ns: i64| float::new_float(s as f64 + ns as f64 * 1e-9);
    tuple::new_tuple(vec![
        int::new_int(m.mode() as i64),
        int::new_int(m.ino() as i64),
        int::new_int(m.dev() as i64),
        int::new_int(m.nlink() as i64),
        int::new_int(m.uid() as i64),
        int::new_int(m.gid() as i64),
        int::new_int(m.size() as i64),
        int::new_int(m.atime()),
        int::new_int(m.mtime()),
        int::new_int(m.ctime()),
        t(m.atime(), m.atime_nsec()),
        t(m.mtime(), m.mtime_nsec()),
        t(m.ctime(), m.ctime_nsec()),
    ])
}

fn os_stat_fields(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("stat", a, kw, 1, 2)?;
    let p = path_arg(vm, &a[0], "stat")?;
    let follow = match a.get(1) {
        Some(f) => protocol::is_true(vm, f)?,
        None => true,
    };
    let m = if follow { std::fs::metadata(&p) } else { std::fs::symlink_metadata(&p) };
    stat_fields(&m.map_err(|e| io_err(e, &p))?)
}

/// The Python part: `stat_result`, `stat`/`lstat`, `getenv`, `scandir`/`DirEntry`, `walk`,
/// `fspath`, `replace`.
const PY_SOURCE: &str = r#"
class stat_result:
    """The result of os.stat(): a 10-item sequence with named fields."""

    _FIELDS = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
               'st_atime', 'st_mtime', 'st_ctime')
    n_sequence_fields = 10

    def __init__(self, fields):
        self._items = tuple(fields[:10])
        self.st_mode, self.st_ino, self.st_dev, self.st_nlink, self.st_uid, self.st_gid, self.st_size = fields[:7]
        self.st_atime, self.st_mtime, self.st_ctime = fields[10:13]
        self.st_atime_ns = int(fields[10] * 1e9)
        self.st_mtime_ns = int(fields[11] * 1e9)
        self.st_ctime_ns = int(fields[12] * 1e9)

    def __len__(self):
        return 10

    def __getitem__(self, i):
        return self._items[i]

    def __iter__(self):
        return iter(self._items)

    def __eq__(self, other):
        if isinstance(other, stat_result):
            return self._items == other._items
        return self._items == other

    def __repr__(self):
        fields = ', '.join(f'{n}={v!r}' for n, v in zip(stat_result._FIELDS, self._items))
        return f'os.stat_result({fields})'


def stat(path, *, follow_symlinks=True):
    """Perform a stat system call on the given path."""
    return stat_result(_stat_fields(path, follow_symlinks))


def lstat(path):
    """Like stat(), without following symbolic links."""
    return stat_result(_stat_fields(path, False))


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def fspath(path):
    """Return the file system path representation of the object."""
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), '__fspath__', None)
    if method is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(path).__name__)
    return method(path)


class DirEntry:
    """One entry of scandir(): its name and path, with type checks and stat on demand."""

    __slots__ = ('name', 'path', '_stat', '_lstat')

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._stat = None
        self._lstat = None

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def is_dir(self, *, follow_symlinks=True):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000 == 0o040000
        except OSError:
            return False

    def is_file(self, *, follow_symlinks=True):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000 == 0o100000
        except OSError:
            return False

    def is_symlink(self):
        try:
            return self.stat(follow_symlinks=False).st_mode & 0o170000 == 0o120000
        except OSError:
            return False

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'


class _ScandirIterator:
    """What scandir() returns: an iterator of DirEntry that is also a context manager."""

    def __init__(self, directory):
        self._directory = directory
        self._names = iter(listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._directory, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def scandir(path='.'):
    """An iterator of DirEntry objects for the entries of a directory."""
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each directory."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for name in names:
        if path.isdir(path.join(top, name)):
            dirs.append(name)
        else:
            nondirs.append(name)
    if topdown:
        yield top, dirs, nondirs
    for name in dirs:
        new_path = path.join(top, name)
        if followlinks or not path.islink(new_path):
            yield from walk(new_path, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs


unlink = remove
# On POSIX, rename already replaces an existing destination file.
replace = rename
stat_result.__module__ = 'os'
DirEntry.__module__ = 'os'
"#;

/// The `os` module.
pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let (m, d) = super::new_native_module(
        "os",
        &[
            ("getcwd", os_getcwd),
            ("chdir", os_chdir),
            ("listdir", os_listdir),
            ("mkdir", os_mkdir),
            ("makedirs", os_makedirs),
            ("rmdir", os_rmdir),
            ("remove", os_remove),
            ("rename", os_rename),
            ("getpid", os_getpid),
            ("cpu_count", os_cpu_count),
            ("urandom", os_urandom),
            ("_stat_fields", os_stat_fields),
        ],
    )?;
    let environ = dict::new_dict();
    for (k, v) in std::env::vars_os() {
        let (k, v) = (k.to_string_lossy().into_owned(), v.to_string_lossy().into_owned());
        dict::as_dict(&environ).expect("dict").set_item(vm, str::new_str(&k), str::new_str(&v))?;
    }
    super::set(&d, "environ", environ);
    for (name, value) in [
        ("name", "posix"),
        ("sep", "/"),
        ("linesep", "\n"),
        ("curdir", "."),
        ("pardir", ".."),
        ("extsep", "."),
        ("pathsep", ":"),
        ("devnull", "/dev/null"),
        ("defpath", "/bin:/usr/bin"),
    ] {
        super::set(&d, name, str::new_str(value));
    }
    super::set(&d, "altsep", singletons::none());
    // `os` is registered before `posixpath` imports it back (posixpath imports os lazily).
    dict::as_dict(&vm.modules).expect("sys.modules").set_by_str("os", m.clone());
    match vm.import_one("posixpath") {
        Ok(p) => {
            super::set(&d, "path", p.clone());
            dict::as_dict(&vm.modules).expect("sys.modules").set_by_str("os.path", p);
        }
        Err(e) if e.is_instance(&exceptions::MODULE_NOT_FOUND_ERROR) => {}
        Err(e) => return Err(e),
    }
    super::run_python_in(vm, "os", PY_SOURCE, &d)?;
    Ok(m)
}
