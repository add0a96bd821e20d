"""High-level file operations (CPython's `shutil`, the common part).

Supported: `copyfileobj`, `copyfile`, `copy`, `copy2` (contents only: Vivarium's `os` cannot set
permissions or times), `copytree` (with `ignore`, `dirs_exist_ok`), `rmtree` (with
`ignore_errors`, `onexc`/`onerror`), `move`, `which`, `ignore_patterns`,
`get_terminal_size` (from `$COLUMNS`/`$LINES`, else 80x24), `Error`, `SameFileError`.
"""

import os
import fnmatch

__all__ = ['copyfileobj', 'copyfile', 'copy', 'copy2', 'copytree', 'rmtree', 'move', 'which',
           'ignore_patterns', 'get_terminal_size', 'Error', 'SameFileError']

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


def copyfileobj(fsrc, fdst, length=0):
    """Copies the data of one file object to another, in chunks."""
    length = length or COPY_BUFSIZE
    while True:
        chunk = fsrc.read(length)
        if not chunk:
            break
        fdst.write(chunk)


def _same_file(src, dst):
    try:
        return os.path.samefile(src, dst)
    except (OSError, AttributeError):
        return os.path.normcase(os.path.abspath(src)) == os.path.normcase(os.path.abspath(dst))


def copyfile(src, dst, *, follow_symlinks=True):
    """Copies the contents of file `src` to file `dst`; returns `dst`."""
    src, dst = os.fspath(src), os.fspath(dst)
    if _same_file(src, dst):
        raise SameFileError(f'{src!r} and {dst!r} are the same file')
    with open(src, 'rb') as fsrc, open(dst, 'wb') as fdst:
        copyfileobj(fsrc, fdst)
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copies a file into `dst` (a file name or a directory); returns the new file's path."""
    dst = os.fspath(dst)
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(os.fspath(src)))
    return copyfile(src, dst)


copy2 = copy


def ignore_patterns(*patterns):
    """An `ignore` function for copytree that skips names matching any glob pattern."""
    def _ignore(path, names):
        return {name for name in names if any(fnmatch.fnmatch(name, p) for p in patterns)}
    return _ignore


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copies a directory tree; returns `dst`."""
    src, dst = os.fspath(src), os.fspath(dst)
    names = sorted(os.listdir(src))
    ignored = ignore(src, names) if ignore is not None else set()
    if os.path.exists(dst) and not dirs_exist_ok:
        raise FileExistsError(17, 'File exists', dst)
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored:
            continue
        s, d = os.path.join(src, name), os.path.join(dst, name)
        try:
            if os.path.isdir(s):
                copytree(s, d, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(s, d)
        except Error as e:
            errors.extend(e.args[0])
        except OSError as e:
            errors.append((s, d, str(e)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
    """Deletes a directory tree. Errors are ignored, passed to `onexc(func, path, exc)` (or
    `onerror(func, path, exc_info)`), or raised."""
    path = os.fspath(path)

    def handle(func, p, exc):
        if ignore_errors:
            return
        if onexc is not None:
            onexc(func, p, exc)
        elif onerror is not None:
            onerror(func, p, (type(exc), exc, exc.__traceback__))
        else:
            raise exc

    try:
        os.lstat(path)
    except OSError as e:
        handle(os.lstat, path, e)
        return
    if os.path.islink(path):
        try:
            raise OSError('Cannot call rmtree on a symbolic link')
        except OSError as e:
            handle(os.path.islink, path, e)
            return
    try:
        names = os.listdir(path)
    except OSError as e:
        handle(os.listdir, path, e)
        return
    for name in names:
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full):
            rmtree(full, ignore_errors, onerror, onexc=onexc)
        else:
            try:
                os.remove(full)
            except OSError as e:
                handle(os.remove, full, e)
    try:
        os.rmdir(path)
    except OSError as e:
        handle(os.rmdir, path, e)


def move(src, dst, copy_function=copy2):
    """Moves a file or directory; returns the destination."""
    src, dst = os.fspath(src), os.fspath(dst)
    real_dst = dst
    if os.path.isdir(dst):
        real_dst = os.path.join(dst, os.path.basename(src.rstrip(os.sep)))
        if os.path.exists(real_dst):
            raise Error(f"Destination path '{real_dst}' already exists")
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            copytree(src, real_dst, copy_function=copy_function)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.remove(src)
    return real_dst


def which(cmd, mode=None, path=None):
    """The path of executable `cmd` found on `path` (default $PATH), or None."""
    cmd = os.fspath(cmd)

    def executable(p):
        try:
            st = os.stat(p)
        except OSError:
            return False
        return not os.path.isdir(p) and st.st_mode & 0o111 != 0

    if os.path.dirname(cmd):
        return cmd if executable(cmd) else None
    if path is None:
        path = os.environ.get('PATH', os.defpath)
    for directory in path.split(os.pathsep):
        if directory:
            candidate = os.path.join(directory, cmd)
            if executable(candidate):
                return candidate
    return None


class terminal_size(tuple):
    """(columns, lines), as `os.terminal_size`."""

    def __new__(cls, size):
        return tuple.__new__(cls, size)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return f'os.terminal_size(columns={self[0]}, lines={self[1]})'


def get_terminal_size(fallback=(80, 24)):
    """The terminal size from $COLUMNS and $LINES, else `fallback`."""
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0:
        columns = fallback[0]
    if lines <= 0:
        lines = fallback[1]
    return terminal_size((columns, lines))
