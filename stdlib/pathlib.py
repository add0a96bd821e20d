"""Object-oriented filesystem paths (CPython's `pathlib`), POSIX flavour only.

Supported, following CPython 3.14:

- pure paths `PurePath` / `PurePosixPath`: construction from several str or path-like
  segments, `/` (and reflected `/`), `str`, `repr`, `bytes`, `__fspath__`, equality, ordering
  and hashing, `parts`, `drive`, `root`, `anchor`, `name`, `suffix`, `suffixes`, `stem`,
  `parent`, `parents`, `is_absolute`, `is_relative_to`, `relative_to(other, walk_up=False)`,
  `joinpath`, `with_name`, `with_stem`, `with_suffix`, `with_segments`, `match`, `full_match`,
  `as_posix`, `as_uri`;
- concrete paths `Path` / `PosixPath`: `cwd`, `home`, `stat`, `lstat`, `exists`, `is_file`,
  `is_dir`, `is_symlink`, `open`, `read_text`, `write_text`, `read_bytes`, `write_bytes`,
  `iterdir`, `glob`, `rglob`, `walk`, `mkdir(parents, exist_ok)`, `touch`, `unlink(missing_ok)`,
  `rmdir`, `rename`, `replace`, `samefile`, `absolute`, `resolve`, `expanduser`.

Not supported: Windows paths (`PureWindowsPath`, `WindowsPath`), symlink creation and reading,
`chmod`, `owner`/`group`, `hardlink_to`, `copy`/`move`. `touch()` on an existing file cannot
update its modification time while the runtime has no `os.utime`; `resolve()` only resolves
symbolic links when the runtime has `os.readlink`.
"""

import fnmatch
import os
import posixpath

__all__ = ['PurePath', 'PurePosixPath', 'Path', 'PosixPath', 'UnsupportedOperation']


class UnsupportedOperation(NotImplementedError):
    """Raised when an operation is not supported on a path object."""


def _segment_str(arg):
    # Each constructor argument is a str or an object whose __fspath__ gives a str.
    if isinstance(arg, str):
        return arg
    if isinstance(arg, PurePath):
        return str(arg)
    method = getattr(type(arg), '__fspath__', None)
    if method is not None:
        result = method(arg)
        if isinstance(result, str):
            return result
    raise TypeError("argument should be a str or an os.PathLike object where __fspath__ "
                    "returns a str, not %r" % type(arg).__name__)


def _parse(text):
    """Split a POSIX path string into (root, list of parts): '//' stays a root of its own (POSIX
    leaves its meaning to the implementation), other runs of slashes collapse, '.' parts vanish."""
    if text.startswith('/'):
        root = '//' if text.startswith('//') and not text.startswith('///') else '/'
    else:
        root = ''
    parts = [p for p in text.split('/') if p and p != '.']
    return root, parts


def _name_split(name):
    """(stem, suffix) of a final component; a name made only of leading dots has no suffix, and
    since 3.14 a trailing single '.' counts as a suffix."""
    body = name.lstrip('.')
    i = body.rfind('.')
    if i == -1:
        return name, ''
    cut = len(name) - len(body) + i
    return name[:cut], name[cut:]


class _Parents:
    """The sequence of logical ancestors of a path (`path.parents`)."""

    def __init__(self, path):
        self._path = path
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        return len(self._parts)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        if not isinstance(index, int):
            raise TypeError('list indices must be integers or slices, not %s' % type(index).__name__)
        if index >= len(self) or index < -len(self):
            raise IndexError(index)
        if index < 0:
            index += len(self)
        return self._path._from_parts(self._root, self._parts[:len(self._parts) - index - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return '<%s.parents>' % type(self._path).__name__


class PurePath:
    """A path that does no I/O. `PurePath(...)` makes a `PurePosixPath`."""

    parser = posixpath

    def __new__(cls, *args, **kwargs):
        if cls is PurePath:
            cls = PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        root = ''
        parts = []
        for arg in args:
            r, p = _parse(_segment_str(arg))
            if r:
                # An absolute segment discards everything before it, as os.path.join does.
                root, parts = r, p
            else:
                parts.extend(p)
        self._root = root
        self._parts = parts
        self._str = None

    def with_segments(self, *pathsegments):
        """A new path of the same type from the given segments (the hook subclasses override)."""
        return type(self)(*pathsegments)

    def _from_parts(self, root, parts):
        path = self.with_segments()
        path._root = root
        path._parts = list(parts)
        path._str = None
        return path

    # -- string forms ----------------------------------------------------------------------

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._parts)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path as a string with forward slashes."""
        return str(self)

    def __bytes__(self):
        return str(self).encode('utf-8')

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.as_posix())

    def as_uri(self):
        """The path as a 'file:' URI; the path must be absolute."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-~/')
        out = []
        for byte in str(self).encode('utf-8'):
            ch = chr(byte)
            out.append(ch if ch in safe else '%%%02X' % byte)
        return 'file://' + ''.join(out)

    # -- comparison ----------------------------------------------------------------------

    def _key(self):
        # Compare part by part, so that 'a/b' sorts before 'a-b' like CPython.
        return str(self).split('/')

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) == str(other)

    def __hash__(self):
        return hash(str(self))

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() >= other._key()

    # -- joining -------------------------------------------------------------------------

    def joinpath(self, *pathsegments):
        """This path with each segment appended in turn (an absolute one replaces it)."""
        return self.with_segments(self, *pathsegments)

    def __truediv__(self, key):
        try:
            return self.with_segments(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    # -- components ----------------------------------------------------------------------

    @property
    def drive(self):
        """Always '' on POSIX."""
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        if self._root:
            return (self._root,) + tuple(self._parts)
        return tuple(self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        return _name_split(self.name)[1]

    @property
    def suffixes(self):
        name = self.name
        body = name.lstrip('.')
        pieces = body.split('.')[1:]
        return ['.' + piece for piece in pieces]

    @property
    def stem(self):
        return _name_split(self.name)[0]

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from_parts(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        """No POSIX path is reserved."""
        return False

    # -- derived paths -------------------------------------------------------------------

    def with_name(self, name):
        """This path with its final component replaced by `name`."""
        if not name or '/' in name or name == '.':
            raise ValueError('Invalid name %r' % (name,))
        if not self._parts:
            raise ValueError('%r has an empty name' % (self,))
        return self._from_parts(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        """This path with its stem changed (the suffix kept)."""
        suffix = self.suffix
        if not suffix:
            return self.with_name(stem)
        if not stem:
            raise ValueError('%r has a non-empty suffix' % (self,))
        return self.with_name(stem + suffix)

    def with_suffix(self, suffix):
        """This path with its suffix changed; '' removes it."""
        stem = self.stem
        if not stem:
            raise ValueError('%r has an empty name' % (self,))
        if suffix and not suffix.startswith('.'):
            raise ValueError('Invalid suffix %r' % (suffix,))
        return self.with_name(stem + suffix)

    def relative_to(self, other, *, walk_up=False):
        """This path relative to `other`; with walk_up, '..' steps are allowed."""
        if not isinstance(other, PurePath):
            other = self.with_segments(other)
        if self._root != other._root:
            if not walk_up:
                raise ValueError('%r is not in the subpath of %r' % (str(self), str(other)))
            raise ValueError('%r and %r have different anchors' % (str(self), str(other)))
        common = 0
        limit = min(len(self._parts), len(other._parts))
        while common < limit and self._parts[common] == other._parts[common]:
            common += 1
        if common < len(other._parts):
            if not walk_up:
                raise ValueError('%r is not in the subpath of %r' % (str(self), str(other)))
            if '..' in other._parts[common:]:
                raise ValueError("'..' segment in %r cannot be walked" % (str(other),))
        ups = ['..'] * (len(other._parts) - common)
        return self._from_parts('', ups + self._parts[common:])

    def is_relative_to(self, other):
        """True if this path is `other` or inside it."""
        if not isinstance(other, PurePath):
            other = self.with_segments(other)
        return (self._root == other._root and len(other._parts) <= len(self._parts)
                and self._parts[:len(other._parts)] == other._parts)

    # -- pattern matching ----------------------------------------------------------------

    def match(self, path_pattern, *, case_sensitive=None):
        """Match from the right: each pattern part against the corresponding path part; an
        absolute pattern must match the whole path. '**' acts like '*' here."""
        if not isinstance(path_pattern, PurePath):
            path_pattern = self.with_segments(path_pattern)
        pat_parts = path_pattern.parts
        if not pat_parts:
            raise ValueError('empty pattern')
        parts = self.parts
        if len(pat_parts) > len(parts):
            return False
        if path_pattern._root and len(pat_parts) != len(parts):
            return False
        fold = case_sensitive is False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if pat == '**':
                pat = '*'
            if fold:
                part, pat = part.lower(), pat.lower()
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True

    def full_match(self, pattern, *, case_sensitive=None):
        """Match the whole path against a glob-style pattern where '**' spans any number of
        segments."""
        if not isinstance(pattern, PurePath):
            pattern = self.with_segments(pattern)
        if pattern._root != self._root:
            return False
        fold = case_sensitive is False
        return _match_segments(self._parts, pattern._parts, fold)


def _match_segments(parts, pats, fold):
    # Backtracking over '**', which may stand for zero or more whole segments.
    if not pats:
        return not parts
    pat = pats[0]
    if pat == '**':
        for i in range(len(parts) + 1):
            if _match_segments(parts[i:], pats[1:], fold):
                return True
        return False
    if not parts:
        return False
    part = parts[0]
    if fold:
        part, pat = part.lower(), pat.lower()
    return fnmatch.fnmatchcase(part, pat) and _match_segments(parts[1:], pats[1:], fold)


class PurePosixPath(PurePath):
    """A pure path with POSIX semantics."""


# -- concrete paths --------------------------------------------------------------------------

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _is_missing(exc):
    # The errors that mean "the path does not exist (as that kind of file)".
    return isinstance(exc, (OSError, ValueError))


class Path(PurePath):
    """A path that can do filesystem I/O. `Path(...)` makes a `PosixPath`."""


    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return object.__new__(cls)

    # -- construction ----------------------------------------------------------------------

    @classmethod
    def cwd(cls):
        """The current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls(posixpath.expanduser('~'))

    def absolute(self):
        """This path made absolute against the current directory, without normalising '..'."""
        if self._root:
            return self
        return self.with_segments(os.getcwd(), self)

    def resolve(self, strict=False):
        """The absolute path with '..' removed (and symlinks resolved where the runtime can)."""
        resolved = self.with_segments(posixpath.realpath(str(self)))
        if strict:
            resolved.stat()
        return resolved

    def expanduser(self):
        """A leading '~' or '~user' replaced by the home directory."""
        if not self._root and self._parts and self._parts[0].startswith('~'):
            home = posixpath.expanduser(self._parts[0])
            if home.startswith('~'):
                raise RuntimeError('Could not determine home directory.')
            return self.with_segments(home, *self._parts[1:])
        return self

    # -- queries ---------------------------------------------------------------------------

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            return os.stat(str(self))
        return os.lstat(str(self))

    def lstat(self):
        return os.lstat(str(self))

    def _mode(self, follow_symlinks=True):
        # The file type bits, or None when the path cannot be stat'ed.
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & _S_IFMT
        except Exception as exc:
            if _is_missing(exc):
                return None
            raise

    def exists(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) is not None

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) == _S_IFDIR

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) == _S_IFREG

    def is_symlink(self):
        return self._mode(False) == _S_IFLNK

    def samefile(self, other_path):
        st = self.stat()
        if not isinstance(other_path, PurePath):
            other_path = self.with_segments(other_path)
        other = other_path.stat()
        return st.st_ino == other.st_ino and st.st_dev == other.st_dev

    # -- reading and writing ---------------------------------------------------------------

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file, as the built-in open() does."""
        # The path is passed as a string: the runtime's open() may not accept path objects.
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None, newline=None):
        with self.open('r', encoding=encoding, errors=errors, newline=newline) as f:
            return f.read()

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError('memoryview: a bytes-like object is required, not %r'
                            % type(data).__name__)
        with self.open('wb') as f:
            return f.write(data)

    # -- directories -----------------------------------------------------------------------

    def _child(self, name):
        return self._from_parts(self._root, self._parts + [name])

    def iterdir(self):
        """The entries of this directory (not '.' and '..'), in the order the OS gives them."""
        names = os.listdir(str(self))
        for name in names:
            yield self._child(name)

    def glob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        """The existing paths under this one that match the relative pattern. '*' also matches
        names starting with '.', '**' matches any number of directories, and a pattern ending
        in '/' yields only directories."""
        if not isinstance(pattern, PurePath):
            text = _segment_str(pattern)
            pattern = self.with_segments(text)
        else:
            text = str(pattern)
        if pattern._root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        if not pattern._parts:
            raise ValueError('Unacceptable pattern: %r' % (text,))
        dir_only = text.endswith('/')
        fold = case_sensitive is False
        return self._glob(pattern._parts, dir_only, fold)

    def rglob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        """glob() with '**/' put in front of the pattern."""
        if isinstance(pattern, PurePath):
            pattern = str(pattern)
        return self.glob('**/' + pattern, case_sensitive=case_sensitive)

    def _glob(self, pats, dir_only, fold):
        # Each step maps the list of paths matched so far to the paths matching one more
        # pattern part; only the last part may match non-directories.
        paths = [self]
        last = len(pats) - 1
        for index, pat in enumerate(pats):
            final = index == last
            want_dirs = not final or dir_only
            found = []
            for path in paths:
                if pat == '**':
                    found.extend(path._walk_all(want_dirs))
                elif pat == '..':
                    found.append(path._child('..'))
                elif not _has_magic(pat):
                    child = path._child(pat)
                    if final:
                        if child.is_dir() if want_dirs else child.exists():
                            found.append(child)
                    else:
                        found.append(child)
                else:
                    for child in path._listdir_paths(want_dirs):
                        name = child._parts[-1]
                        if fnmatch.fnmatchcase(name.lower() if fold else name,
                                               pat.lower() if fold else pat):
                            found.append(child)
            paths = _unique(found) if pat == '**' or '**' in pats[:index] else found
        return iter(paths)

    def _listdir_paths(self, dirs_only):
        try:
            names = os.listdir(str(self))
        except OSError:
            return []
        children = [self._child(name) for name in names]
        if dirs_only:
            children = [c for c in children if c.is_dir()]
        return children

    def _walk_all(self, dirs_only):
        # '**': this directory itself, then everything below it (depth first); symlinks to
        # directories are not followed.
        if not self.is_dir():
            return []
        out = [self]
        pending = [self]
        while pending:
            top = pending.pop()
            entries = top._listdir_paths(False)
            subdirs = []
            for entry in entries:
                is_dir = entry.is_dir() and not entry.is_symlink()
                if is_dir:
                    subdirs.append(entry)
                if is_dir or not dirs_only:
                    out.append(entry)
            pending.extend(reversed(subdirs))
        return out

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        """Like os.walk(), yielding (dirpath as a path, dirnames, filenames)."""
        stack = [self]
        while stack:
            top = stack.pop()
            if isinstance(top, tuple):
                # A directory whose children were already yielded (bottom-up order).
                yield top
                continue
            try:
                names = os.listdir(str(top))
            except OSError as exc:
                if on_error is not None:
                    on_error(exc)
                continue
            dirnames = []
            filenames = []
            for name in names:
                child = top._child(name)
                if child.is_dir(follow_symlinks=follow_symlinks):
                    dirnames.append(name)
                else:
                    filenames.append(name)
            if top_down:
                yield top, dirnames, filenames
                # The caller may have pruned dirnames in place.
                stack.extend(top._child(d) for d in reversed(dirnames))
            else:
                stack.append((top, dirnames, filenames))
                stack.extend(top._child(d) for d in reversed(dirnames))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create this directory; with parents, missing ancestors too; with exist_ok, an
        existing directory is not an error."""
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            # Also covers a directory made concurrently by someone else.
            if not exist_ok or not self.is_dir():
                raise

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file if it does not exist."""
        if exist_ok:
            if self.exists():
                utime = getattr(os, 'utime', None)
                if utime is not None:
                    utime(str(self), None)
                return
            open(str(self), 'a').close()
        else:
            # 'x' fails with FileExistsError when the file is already there.
            open(str(self), 'x').close()

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        """Rename to target and return the new path."""
        os.rename(str(self), str(target))
        return self.with_segments(target)

    def replace(self, target):
        """Rename to target, replacing it if it exists (os.rename does so on POSIX)."""
        replace = getattr(os, 'replace', os.rename)
        replace(str(self), str(target))
        return self.with_segments(target)


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""


def _has_magic(s):
    return '*' in s or '?' in s or '[' in s


def _unique(paths):
    # '**' can reach the same path along several routes ('**/**'); keep the first.
    seen = set()
    out = []
    for p in paths:
        key = str(p)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out
