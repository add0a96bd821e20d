"""Warning control (CPython's `warnings`).

`warn()` finds the location it reports (file, line and module `stacklevel` frames up) by walking
`f_back` from `sys._getframe()` (or, without it, from a traceback's `tb_frame`). If the runtime
can't show frames, or the stack is shorter than `stacklevel`, the location is `sys:1`,
as in CPython when the stack runs out. The filters and the "once per location" registries work
as CPython's: `default` shows a warning once per (message, category, line) of each module,
`module` once per module, `once` once in all, `always` every time, `error` raises it.
"""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings', 'simplefilter',
           'resetwarnings', 'catch_warnings', 'deprecated']


def _show_warning_to_stream(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = formatwarning(message, category, filename, lineno, line)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file (sys.stderr by default); replace it to handle warnings."""
    _show_warning_to_stream(message, category, filename, lineno, file, line)


def formatwarning(message, category, filename, lineno, line=None):
    """The standard text of a warning: 'file:line: Category: message' and the source line."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _formatwarnmsg_impl(msg):
    text = '%s:%s: %s: %s\n' % (msg.filename, msg.lineno, msg.category.__name__, msg.message)
    line = msg.line
    if line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    if line:
        text += '  %s\n' % line.strip()
    return text


def _showwarnmsg_impl(msg):
    _show_warning_to_stream(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    # A user-replaced showwarning takes precedence over the default stream output.
    sw = globals().get('showwarning')
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _module_state['showwarnmsg_impl'](msg)


def _formatwarnmsg(msg):
    fw = globals().get('formatwarning')
    if fw is not _formatwarning_orig:
        return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


_module_state = {'showwarnmsg_impl': _showwarnmsg_impl}


_ACTIONS = ('error', 'ignore', 'always', 'all', 'default', 'module', 'once')


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Add a filter: warnings matching the message regex (case-insensitively), a subclass of
    category, the module regex and the line number (0 = any) get `action`."""
    if action not in _ACTIONS:
        raise ValueError('invalid action: %r' % (action,))
    if not isinstance(message, str):
        raise TypeError('message must be a string')
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError('category must be a Warning subclass')
    if not isinstance(module, str):
        raise TypeError('module must be a string')
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError('lineno must be an int >= 0')
    if message or module:
        import re
    message_re = re.compile(message, re.I) if message else None
    module_re = re.compile(module) if module else None
    _add_filter(action, message_re, category, module_re, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter that matches any message and module."""
    if action not in _ACTIONS:
        raise ValueError('invalid action: %r' % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError('lineno must be an int >= 0')
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter (the default action then applies to all warnings)."""
    filters[:] = []
    _filters_mutated()


class _FrameProbe(Exception):
    """Raised and caught by warn() to reach the calling frames through a traceback."""


_filters_version = 1


def _filters_mutated():
    # Changing the filters invalidates the "already shown" registries.
    global _filters_version
    _filters_version += 1


class _Location:
    __slots__ = ('filename', 'lineno', 'module', 'registry', 'globals')


_registries = {}


def _caller_location(stacklevel, skip_file_prefixes=()):
    # The location `stacklevel` frames above warn()'s caller's caller, found through a traceback.
    loc = _Location()
    loc.filename, loc.lineno, loc.module, loc.globals = 'sys', 1, 'sys', None
    getframe = getattr(sys, '_getframe', None)
    if getframe is not None:
        frame = getframe(1)     # warn(); its f_back is the caller (stacklevel 1)
    else:
        try:
            raise _FrameProbe
        except _FrameProbe as probe:
            tb = probe.__traceback__
        frame = getattr(tb, 'tb_frame', None)
        # frame is this function's; its f_back is warn(), whose f_back is the caller (stacklevel 1).
        frame = getattr(frame, 'f_back', None)
    for _ in range(stacklevel):
        if frame is None:
            break
        frame = getattr(frame, 'f_back', None)
        while (frame is not None and skip_file_prefixes
               and _frame_filename(frame).startswith(tuple(skip_file_prefixes))):
            frame = getattr(frame, 'f_back', None)
    if frame is not None:
        loc.globals = getattr(frame, 'f_globals', None)
        loc.filename = _frame_filename(frame)
        loc.lineno = getattr(frame, 'f_lineno', 1) or 1
        loc.module = (loc.globals or {}).get('__name__', '<string>')
    key = loc.filename if loc.globals is None else id(loc.globals)
    if loc.globals is not None:
        registry = loc.globals.setdefault('__warningregistry__', {})
    else:
        registry = _registries.setdefault(key, {})
    loc.registry = registry
    return loc


def _frame_filename(frame):
    code = getattr(frame, 'f_code', None)
    return getattr(code, 'co_filename', 'sys')


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    """Issue a warning (shown, ignored or raised according to the filters)."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    if not isinstance(skip_file_prefixes, tuple):
        raise TypeError('skip_file_prefixes must be a tuple of strs')
    if skip_file_prefixes:
        stacklevel = max(2, stacklevel)
    loc = _caller_location(stacklevel, skip_file_prefixes)
    warn_explicit(message, category, loc.filename, loc.lineno, loc.module, loc.registry,
                  loc.globals, source)


def _matches(pattern, text):
    # A filter's message or module: None matches anything, a plain string (as in the default
    # filters) only itself, a compiled pattern what its match() accepts.
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning at an explicit location."""
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action in ('always', 'all'):
        pass
    elif action == 'module':
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == 'default':
        registry[key] = 1
    else:
        raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %s' % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class WarningMessage:
    """One warning as catch_warnings(record=True) records it."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno, self.line))

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self)


class catch_warnings:
    """A context manager that saves the filters and showwarning on entry and restores them on
    exit; with record=True, warnings are appended to the list that __enter__ returns."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        # The namespace whose filters and showwarning are saved: this module's by default.
        self._globals = globals() if module is None else module.__dict__
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        name = type(self).__name__
        return '%s(%s)' % (name, ', '.join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        g = self._globals
        self._filters = g['filters']
        g['filters'] = self._filters[:]
        g['_filters_mutated']()
        self._showwarning = g['showwarning']
        state = g['_module_state']
        self._showwarnmsg_impl = state['showwarnmsg_impl']
        if self._filter is not None:
            g['simplefilter'](*self._filter)
        if self._record:
            log = []
            state['showwarnmsg_impl'] = log.append
            g['showwarning'] = g['_showwarning_orig']
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        g = self._globals
        g['filters'] = self._filters
        g['_filters_mutated']()
        g['showwarning'] = self._showwarning
        g['_module_state']['showwarnmsg_impl'] = self._showwarnmsg_impl


class deprecated:
    """Decorator marking a class or function deprecated: using it issues a DeprecationWarning
    (PEP 702)."""

    def __init__(self, message, /, *, category=DeprecationWarning, stacklevel=1):
        if not isinstance(message, str):
            raise TypeError('Expected an object of type str for \'message\', not %r'
                            % type(message).__name__)
        self.message = message
        self.category = category
        self.stacklevel = stacklevel

    def __call__(self, arg, /):
        msg = self.message
        category = self.category
        stacklevel = self.stacklevel
        if category is None:
            arg.__deprecated__ = msg
            return arg
        if isinstance(arg, type):
            original_new = arg.__new__

            def __new__(cls, /, *args, **kwargs):
                if cls is arg:
                    warn(msg, category=category, stacklevel=stacklevel + 1)
                if original_new is not object.__new__:
                    return original_new(cls, *args, **kwargs)
                return original_new(cls)

            arg.__new__ = staticmethod(__new__)
            arg.__deprecated__ = __new__.__deprecated__ = msg
            return arg
        if callable(arg):
            import functools

            @functools.wraps(arg)
            def wrapper(*args, **kwargs):
                warn(msg, category=category, stacklevel=stacklevel + 1)
                return arg(*args, **kwargs)

            arg.__deprecated__ = wrapper.__deprecated__ = msg
            return wrapper
        raise TypeError('@deprecated decorator with non-None category must be applied to a class or '
                        'callable, not %r' % (arg,))


# The filters of a release build of CPython.
filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = 'default'
onceregistry = {}
