"""Source lines of files, read once and cached (CPython's `linecache`), for tracebacks and
warnings. Files that can't be read (embedded modules, `<string>`) give no lines."""

__all__ = ['getline', 'getlines', 'clearcache', 'checkcache', 'updatecache']

cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (1-based) of the file, with its newline; '' if there is no such line."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Every line of the file (read and cached on first use); [] if it can't be read."""
    if filename in cache:
        return cache[filename]
    return updatecache(filename, module_globals)


def checkcache(filename=None):
    """Drop cached files (all, or just filename), so they are read again next time."""
    if filename is None:
        cache.clear()
    else:
        cache.pop(filename, None)


def updatecache(filename, module_globals=None):
    """Read the file again into the cache and return its lines."""
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    try:
        try:
            f = open(filename, encoding='utf-8')
        except TypeError:
            f = open(filename)
        with f:
            text = f.read()
    except (OSError, UnicodeDecodeError, ValueError, TypeError):
        return []
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = lines
    return lines
