"""Filename pattern expansion (CPython's `glob`), for str patterns.

`glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False)` returns
the list of existing paths matching a shell-style pattern; `iglob` yields them one at a time.
Each path component may use `*`, `?` and `[...]` (matched with `fnmatch`); with
`recursive=True` a component that is exactly `**` matches any number of directories, including
none. Names starting with '.' are only matched by a component that itself starts with '.',
unless `include_hidden` is true. A pattern ending in '/' matches only directories. Results come
in the order the OS lists directories (unsorted, as in CPython). `escape` and `has_magic` are
provided; `dir_fd` is accepted but must be None. Bytes patterns are not supported.
"""

import fnmatch
import os

__all__ = ['glob', 'iglob', 'escape', 'has_magic']

_MAGIC = '*?['


def has_magic(s):
    """True if s contains a wildcard character."""
    for ch in s:
        if ch in _MAGIC:
            return True
    return False


def escape(pathname):
    """Make every wildcard in pathname literal by wrapping it in brackets."""
    return ''.join('[' + ch + ']' if ch in _MAGIC else ch for ch in pathname)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching pathname."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching pathname."""
    if dir_fd is not None:
        raise NotImplementedError('glob: dir_fd is not supported')
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    for path in _expand(pathname, root_dir, recursive, False, include_hidden):
        # A leading '**' also matches "no directory at all", which is not a result.
        if path:
            yield path


def _on_disk(root_dir, path):
    # Where a result path is looked up: relative results are relative to root_dir.
    if root_dir is None or os.path.isabs(path):
        return path
    return os.path.join(root_dir, path)


def _lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _isdir(path):
    return os.path.isdir(path) if path else False


def _expand(pattern, root_dir, recursive, dirs_only, include_hidden):
    """Paths matching pattern. Works from the last component back: the directory part is
    expanded first (recursively, keeping only directories), then each of its matches is searched
    for the last component."""
    if not has_magic(pattern):
        # A literal path: it is a result if it exists (as a directory, when it ends in '/').
        head, tail = os.path.split(pattern)
        if tail:
            found = _lexists(_on_disk(root_dir, pattern))
        else:
            found = _isdir(_on_disk(root_dir, head) if head else root_dir)
        if found:
            yield pattern
        return
    head, tail = os.path.split(pattern)
    if head and head != pattern and has_magic(head):
        parents = _expand(head, root_dir, recursive, True, include_hidden)
    else:
        parents = [head]
    if recursive and tail == '**':
        match_in = _match_recursive
    elif has_magic(tail):
        match_in = _match_wildcard
    else:
        match_in = _match_literal
    for parent in parents:
        for name in match_in(root_dir, parent, tail, dirs_only, include_hidden):
            yield os.path.join(parent, name) if parent else name


def _entries(root_dir, directory, dirs_only):
    """Names in a directory ('' is the current or root directory); nothing if it can't be read."""
    where = _on_disk(root_dir, directory) if directory else (root_dir or os.curdir)
    try:
        names = os.listdir(where)
    except (OSError, ValueError):
        return []
    if dirs_only:
        names = [n for n in names if os.path.isdir(os.path.join(where, n))]
    return names


def _hidden(name):
    return name.startswith('.')


def _match_wildcard(root_dir, directory, pat, dirs_only, include_hidden):
    names = _entries(root_dir, directory, dirs_only)
    if not include_hidden and not _hidden(pat):
        names = [n for n in names if not _hidden(n)]
    return [n for n in names if fnmatch.fnmatchcase(n, pat)]


def _match_literal(root_dir, directory, name, dirs_only, include_hidden):
    if name:
        path = os.path.join(directory, name) if directory else name
        return [name] if _lexists(_on_disk(root_dir, path)) else []
    # An empty last component: the pattern ended in '/', so the directory itself must exist.
    where = _on_disk(root_dir, directory) if directory else root_dir
    return [name] if where and _isdir(where) else []


def _match_recursive(root_dir, directory, pat, dirs_only, include_hidden):
    """'**': the directory itself (as '') and everything below it, parents before children."""
    where = _on_disk(root_dir, directory) if directory else (root_dir or os.curdir)
    if directory and not _isdir(where):
        return
    yield ''
    for path in _walk(root_dir, directory, '', dirs_only, include_hidden):
        yield path


def _walk(root_dir, base, rel, dirs_only, include_hidden):
    # Depth first, each name yielded before its contents; symlinked directories are followed.
    here = os.path.join(base, rel) if base else rel
    for name in _entries(root_dir, here, False):
        if not include_hidden and _hidden(name):
            continue
        path = os.path.join(rel, name) if rel else name
        full = _on_disk(root_dir, os.path.join(base, path) if base else path)
        is_dir = os.path.isdir(full)
        if dirs_only and not is_dir:
            continue
        yield path
        if is_dir:
            for sub in _walk(root_dir, base, path, dirs_only, include_hidden):
                yield sub
