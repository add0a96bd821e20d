"""Temporary files and directories (CPython's `tempfile`, the common part).

Supported: `gettempdir`, `gettempprefix`, `mkdtemp`, `TemporaryDirectory` (a context manager
that removes the tree), `NamedTemporaryFile` and `TemporaryFile` (files created exclusively
under a random name, removed on close when `delete` is true), `tempdir`, `template`.
Not supported: `mkstemp` (it returns an OS-level file descriptor, which Vivarium does not
expose) and `SpooledTemporaryFile`.
"""

import os as _os
import random as _random

__all__ = ['gettempdir', 'gettempprefix', 'mkdtemp', 'TemporaryDirectory', 'NamedTemporaryFile',
           'TemporaryFile', 'TMP_MAX', 'tempdir', 'template']

TMP_MAX = 10000
template = 'tmp'
tempdir = None

_NAME_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_'
# Its own generator, so user code seeding `random` doesn't make names repeat.
_names = _random.Random()


def _random_name():
    return ''.join(_names.choice(_NAME_CHARS) for _ in range(8))


def gettempprefix():
    return template


def gettempdir():
    """The directory for temporary files: $TMPDIR, $TEMP or $TMP if it exists, else /tmp."""
    global tempdir
    if tempdir is None:
        for var in ('TMPDIR', 'TEMP', 'TMP'):
            candidate = _os.environ.get(var)
            if candidate and _os.path.isdir(candidate):
                tempdir = candidate
                break
        else:
            tempdir = '/tmp'
    return tempdir


def _candidates(suffix, prefix, dir):
    suffix = '' if suffix is None else suffix
    prefix = template if prefix is None else prefix
    dir = gettempdir() if dir is None else _os.fspath(dir)
    for _ in range(TMP_MAX):
        yield _os.path.join(dir, prefix + _random_name() + suffix)
    raise FileExistsError('No usable temporary file name found')


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new directory with a unique name and returns its absolute path."""
    for path in _candidates(suffix, prefix, dir):
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)


def _rmtree(path):
    for name in _os.listdir(path):
        full = _os.path.join(path, name)
        if _os.path.isdir(full) and not _os.path.islink(full):
            _rmtree(full)
        else:
            _os.remove(full)
    _os.rmdir(path)


class TemporaryDirectory:
    """A directory removed (with its contents) by `cleanup()` or at the end of a `with`."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False, *, delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_errors = ignore_cleanup_errors
        self._delete = delete

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.name!r}>'

    def __enter__(self):
        return self.name

    def __exit__(self, *exc):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        if _os.path.exists(self.name):
            try:
                _rmtree(self.name)
            except OSError:
                if not self._ignore_errors:
                    raise


class _TemporaryFileWrapper:
    """The file object of a NamedTemporaryFile, with its `name`; removes the file on close."""

    def __init__(self, file, name, delete):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, attr):
        return getattr(self.__dict__['file'], attr)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if not self._closed:
            self._closed = True
            self.file.close()
            if self.delete:
                try:
                    _os.remove(self.name)
                except FileNotFoundError:
                    pass

    @property
    def closed(self):
        return self.file.closed

    def __repr__(self):
        return f'<tempfile._TemporaryFileWrapper file={self.file!r}>'


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None, delete_on_close=True):
    """A new file under a unique name (`.name`), removed on close when `delete` is true."""
    # 'x' makes the creation exclusive, so a name taken meanwhile is retried, never reused.
    create = mode.replace('w', 'x') if 'w' in mode else mode
    for path in _candidates(suffix, prefix, dir):
        try:
            if 'b' in mode:
                file = open(path, create)
            else:
                file = open(path, create, encoding=encoding)
        except FileExistsError:
            continue
        return _TemporaryFileWrapper(file, _os.path.abspath(path), delete and delete_on_close)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """A temporary file that disappears when closed."""
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, delete=True)
