"""POSIX pathname operations (CPython's `posixpath`, which is `os.path` on POSIX).

The string operations (join, split, normpath, relpath, ...) are exact; they work on str and on
bytes paths. The file queries (exists, isfile, isdir, getsize) use `_os().stat` when the runtime has
it, and otherwise probe with `_os().listdir` and `open`.
"""

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'splitroot', 'split', 'splitext', 'basename',
           'dirname', 'commonprefix', 'getsize', 'exists', 'lexists', 'isdir', 'isfile', 'islink',
           'expanduser', 'expandvars', 'normpath', 'abspath', 'realpath', 'relpath', 'commonpath',
           'samefile', 'curdir', 'pardir', 'sep', 'pathsep', 'defpath', 'altsep', 'extsep', 'devnull',
           'supports_unicode_filenames']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _os():
    # os is imported when first needed: the native os module imports this one as os.path.
    import os
    return os


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), '__fspath__', None)
    if method is None:
        raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(p).__name__)
    result = method(p)
    if not isinstance(result, (str, bytes)):
        raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                        % (type(p).__name__, type(result).__name__))
    return result


def _sep(p):
    return b'/' if isinstance(p, bytes) else '/'


def normcase(s):
    """Normalize case: nothing to do on POSIX."""
    return _fspath(s)


def isabs(s):
    """True if the path is absolute (starts with '/')."""
    s = _fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Join path components with '/'; a component that is absolute discards those before it."""
    a = _fspath(a)
    slash = _sep(a)
    path = a
    if not p:
        path[:0] + slash  # raises TypeError for a str/bytes mix, as CPython does
    for b in map(_fspath, p):
        if type(b) is not type(a):
            raise TypeError("Can't mix strings and bytes in path components") from None
        if b.startswith(slash):
            path = b
        elif not path or path.endswith(slash):
            path += b
        else:
            path += slash + b
    return path


def split(p):
    """(head, tail) where tail is everything after the last '/'; head has no trailing slashes
    unless it is the root."""
    p = _fspath(p)
    slash = _sep(p)
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    """(root, ext) where ext is the last '.suffix' of the last component (leading dots of the
    name don't count: '.bashrc' has no extension)."""
    p = _fspath(p)
    if isinstance(p, bytes):
        slash, dot = b'/', b'.'
    else:
        slash, dot = '/', '.'
    sep_index = p.rfind(slash)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        name_start = sep_index + 1
        if p[name_start:dot_index].strip(dot):
            return p[:dot_index], p[dot_index:]
    return p, p[:0]


def splitdrive(p):
    """('', p): POSIX paths have no drive."""
    p = _fspath(p)
    return p[:0], p


def splitroot(p):
    """(drive, root, tail): drive is empty; root is '', '/' or '//' (two slashes are kept)."""
    p = _fspath(p)
    slash = _sep(p)
    empty = p[:0]
    if p[:1] != slash:
        return empty, empty, p
    if p[1:2] != slash or p[2:3] == slash:
        return empty, slash, p[1:]
    return empty, p[:2], p[2:]


def basename(p):
    """The final component of the path."""
    p = _fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    """Everything before the final component, without trailing slashes (except the root)."""
    p = _fspath(p)
    slash = _sep(p)
    head = p[:p.rfind(slash) + 1]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head


def commonprefix(m):
    """The longest common leading part of the strings (or lists) in m, element by element."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """The longest common sub-path of the paths (all absolute or all relative)."""
    paths = tuple(map(_fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    slash = _sep(paths[0])
    dot = b'.' if isinstance(paths[0], bytes) else '.'
    for p in paths:
        if type(p) is not type(paths[0]):
            raise TypeError("Can't mix strings and bytes in path components")
    split_paths = [path.split(slash) for path in paths]
    try:
        (isabs_,) = set(p[:1] == slash for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != dot] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = slash if isabs_ else slash[:0]
    return prefix + slash.join(common)


def normpath(path):
    """Collapse redundant slashes and '.' components and resolve '..' lexically."""
    path = _fspath(path)
    if isinstance(path, bytes):
        slash, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        slash, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    _, root, tail = splitroot(path)
    parts = []
    for comp in tail.split(slash):
        if not comp or comp == dot:
            continue
        if comp != dotdot or (not root and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    result = root + slash.join(parts)
    return result or dot


def abspath(path):
    """The absolute, normalized form of path (relative to the current directory)."""
    path = _fspath(path)
    if not isabs(path):
        if isinstance(path, bytes):
            cwd = _os().getcwd().encode()
        else:
            cwd = _os().getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """abspath(filename) with symbolic links resolved, where the runtime can read them."""
    path = abspath(filename)
    readlink = getattr(_os(), 'readlink', None)
    if readlink is None:
        return path
    slash = _sep(path)
    dot, dotdot = (b'.', b'..') if isinstance(path, bytes) else ('.', '..')
    pending = [x for x in path.split(slash) if x]
    resolved = slash
    links = 0
    while pending:
        part = pending.pop(0)
        if part == dot:
            continue
        if part == dotdot:
            resolved = dirname(resolved)
            continue
        candidate = join(resolved, part)
        try:
            target = readlink(candidate)
        except (OSError, ValueError):
            resolved = candidate
            continue
        links += 1
        if links > 40:
            # A symlink loop: stop resolving, as CPython does in non-strict mode.
            return join(candidate, *pending) if pending else candidate
        if isabs(target):
            resolved = slash
        pending = [x for x in target.split(slash) if x] + pending
    return resolved


def relpath(path, start=None):
    """path expressed relative to start (the current directory by default)."""
    if not path:
        raise ValueError('no path specified')
    path = _fspath(path)
    if isinstance(path, bytes):
        cur, slash, up = b'.', b'/', b'..'
    else:
        cur, slash, up = '.', '/', '..'
    start = cur if start is None else _fspath(start)
    start_list = [x for x in abspath(start).split(slash) if x]
    path_list = [x for x in abspath(path).split(slash) if x]
    common = 0
    for a, b in zip(start_list, path_list):
        if a != b:
            break
        common += 1
    rel_list = [up] * (len(start_list) - common) + path_list[common:]
    if not rel_list:
        return cur
    return join(*rel_list)


def expanduser(path):
    """Replace a leading '~' by $HOME ('~user' is left as it is: no password database here)."""
    path = _fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    slash = _sep(path)
    i = path.find(slash, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    home = _os().environ.get('HOME')
    if home is None:
        return path
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(slash) or slash
    return home + path[i:]


def expandvars(path):
    """Replace $name and ${name} by environment variables; unknown ones are left unchanged."""
    path = _fspath(path)
    is_bytes = isinstance(path, bytes)
    text = path.decode('latin-1') if is_bytes else path
    if '$' not in text:
        return path
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and text[i + 1] == '{':
            end = text.find('}', i + 2)
            if end < 0:
                out.append(c)
                i += 1
                continue
            name = text[i + 2:end]
            whole_end = end + 1
        else:
            j = i + 1
            while j < n and text[j].isascii() and (text[j].isalnum() or text[j] == '_'):
                j += 1
            name = text[i + 1:j]
            if not name:
                out.append(c)
                i += 1
                continue
            whole_end = j
        value = _os().environ.get(name)
        out.append(text[i:whole_end] if value is None else value)
        i = whole_end
    result = ''.join(out)
    return result.encode('latin-1') if is_bytes else result


def _stat(path):
    stat = getattr(_os(), 'stat', None)
    if stat is None:
        return None
    return stat(path)


def isdir(s):
    """True if s names an existing directory."""
    try:
        st = _stat(s)
    except (OSError, ValueError):
        return False
    if st is not None:
        return (st.st_mode & 0o170000) == 0o040000
    try:
        _os().listdir(s)
    except (OSError, ValueError, TypeError):
        return False
    return True


def isfile(s):
    """True if s names an existing regular file."""
    try:
        st = _stat(s)
    except (OSError, ValueError):
        return False
    if st is not None:
        return (st.st_mode & 0o170000) == 0o100000
    if isdir(s):
        return False
    try:
        open(s, 'rb').close()
    except (OSError, ValueError, TypeError):
        return False
    return True


def exists(path):
    """True if path names an existing file or directory."""
    try:
        st = _stat(path)
    except (OSError, ValueError):
        return False
    if st is not None:
        return True
    return isdir(path) or isfile(path)


def lexists(path):
    """Like exists(); broken symbolic links count as existing where lstat is available."""
    lstat = getattr(_os(), 'lstat', None)
    if lstat is None:
        return exists(path)
    try:
        lstat(path)
    except (OSError, ValueError):
        return False
    return True


def islink(path):
    """True if path is a symbolic link (False when the runtime can't tell)."""
    lstat = getattr(_os(), 'lstat', None)
    if lstat is None:
        return False
    try:
        st = lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return (st.st_mode & 0o170000) == 0o120000


def getsize(filename):
    """The size of a file in bytes."""
    st = _stat(filename)
    if st is not None:
        return st.st_size
    with open(filename, 'rb') as f:
        return len(f.read())


def samefile(f1, f2):
    """True if both paths refer to the same file."""
    s1, s2 = _stat(f1), _stat(f2)
    if s1 is None or s2 is None:
        return abspath(f1) == abspath(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev
