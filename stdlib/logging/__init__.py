"""The logging system (CPython's `logging`), single-threaded, following CPython 3.14.

Supported:

- levels `CRITICAL` `FATAL` `ERROR` `WARNING` `WARN` `INFO` `DEBUG` `NOTSET`, `getLevelName`,
  `addLevelName`, `getLevelNamesMapping`, levels given by name;
- `getLogger(name)` with the dotted-name hierarchy (a logger made before its ancestors is
  re-parented when they appear), `propagate`, `Logger.setLevel`, `getEffectiveLevel`,
  `isEnabledFor`, `getChild`, `getChildren`, `addHandler`, `removeHandler`, `hasHandlers`,
  `addFilter`, `debug` ... `critical`, `exception`, `log`, with `%`-style message arguments and
  the `exc_info`, `stack_info`, `stacklevel` and `extra` keywords;
- the module-level `debug` ... `log` functions, which call `basicConfig()` first when the root
  logger has no handlers; `basicConfig(level, format, datefmt, style, stream, filename,
  filemode, handlers, force, encoding, errors)`; `disable`; `lastResort` (a logger with no
  handlers anywhere up its hierarchy writes WARNING and above, message only, to stderr);
- `shutdown()` (registered with `atexit`) flushes and closes the handlers;
- `Handler`, `StreamHandler`, `FileHandler`, `NullHandler`, `getHandlerByName`,
  `getHandlerNames`; `Filter`; `LoggerAdapter`; `LogRecord`, `makeLogRecord`,
  `setLogRecordFactory`, `setLoggerClass`;
- `Formatter(fmt, datefmt, style, validate, defaults=)` with '%', '{' and '$' styles and the
  record attributes `name levelname levelno message asctime created msecs relativeCreated
  pathname filename module funcName lineno process processName thread threadName taskName`;
  caller information comes from `sys._getframe`, `asctime` from `time`.

Without the `threading` module there are no real locks and `thread` is None. Tracebacks
(`exception()`, `exc_info`) come from the `traceback` module when it exists, otherwise from a
small formatter here (no column markers). Not supported: `logging.config`, `logging.handlers`,
`captureWarnings`, `QueueHandler`.
"""

import os
import sys
import time

__all__ = ['BASIC_FORMAT', 'CRITICAL', 'DEBUG', 'ERROR', 'FATAL', 'FileHandler', 'Filter',
           'Formatter', 'Handler', 'INFO', 'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET',
           'NullHandler', 'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'critical', 'debug', 'disable', 'error', 'exception', 'fatal', 'getLevelName',
           'getLogger', 'getLoggerClass', 'info', 'log', 'makeLogRecord', 'setLoggerClass',
           'shutdown', 'warn', 'warning', 'getLogRecordFactory', 'setLogRecordFactory',
           'lastResort', 'raiseExceptions', 'getLevelNamesMapping', 'getHandlerByName',
           'getHandlerNames']

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True
logAsyncioTasks = True

_startTime = time.time()

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {CRITICAL: 'CRITICAL', ERROR: 'ERROR', WARNING: 'WARNING', INFO: 'INFO',
                DEBUG: 'DEBUG', NOTSET: 'NOTSET'}
_nameToLevel = {'CRITICAL': CRITICAL, 'FATAL': FATAL, 'ERROR': ERROR, 'WARN': WARNING,
                'WARNING': WARNING, 'INFO': INFO, 'DEBUG': DEBUG, 'NOTSET': NOTSET}


def getLevelNamesMapping():
    return _nameToLevel.copy()


def getLevelName(level):
    """The name of a level number, or the number of a level name; 'Level %s' otherwise."""
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return 'Level %s' % level


def addLevelName(level, levelName):
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError('Unknown level: %r' % level)
        return _nameToLevel[level]
    raise TypeError('Level not an integer or a valid string: %r' % (level,))


# Frames whose code lives in this file are logging's own; the caller is the first other frame.
def _this_file():
    return sys._getframe(0).f_code.co_filename


_srcfile = _this_file()


class _NoLock:
    """Stands in for a lock: there is only one thread."""

    def acquire(self, *args):
        return True

    def release(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


_lock = _NoLock()


def _acquireLock():
    pass


def _releaseLock():
    pass


# -- tracebacks ------------------------------------------------------------------------------

def _exception_type_name(etype):
    module = getattr(etype, '__module__', None)
    name = getattr(etype, '__qualname__', etype.__name__)
    if module not in (None, 'builtins', '__main__'):
        return module + '.' + name
    if module == '__main__':
        return '__main__.' + name
    return name


def _format_one_exception(value, tb, seen):
    lines = []
    cause = getattr(value, '__cause__', None)
    context = getattr(value, '__context__', None)
    if cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        lines.extend(_format_one_exception(cause, cause.__traceback__, seen))
        lines.append('\nThe above exception was the direct cause of the following exception:\n\n')
    elif (context is not None and not getattr(value, '__suppress_context__', False)
          and id(context) not in seen):
        seen.add(id(context))
        lines.extend(_format_one_exception(context, context.__traceback__, seen))
        lines.append('\nDuring handling of the above exception, another exception occurred:\n\n')
    if tb is not None:
        lines.append('Traceback (most recent call last):\n')
        import linecache
        while tb is not None:
            code = tb.tb_frame.f_code
            lines.append('  File "%s", line %d, in %s\n' % (code.co_filename, tb.tb_lineno, code.co_name))
            source = linecache.getline(code.co_filename, tb.tb_lineno).strip()
            if source:
                lines.append('    %s\n' % source)
            tb = tb.tb_next
    text = str(value)
    name = _exception_type_name(type(value))
    lines.append('%s: %s\n' % (name, text) if text else '%s\n' % name)
    return lines


def _format_stack(frame):
    # 'Stack (most recent call last):' and the frames from the outermost down to `frame`.
    try:
        import traceback
        lines = traceback.format_stack(frame)
    except ImportError:
        import linecache
        lines = []
        while frame is not None:
            code = frame.f_code
            entry = '  File "%s", line %d, in %s\n' % (code.co_filename, frame.f_lineno, code.co_name)
            source = linecache.getline(code.co_filename, frame.f_lineno).strip()
            if source:
                entry += '    %s\n' % source
            lines.insert(0, entry)
            frame = frame.f_back
    text = 'Stack (most recent call last):\n' + ''.join(lines)
    return text[:-1] if text.endswith('\n') else text


def _format_exception(etype, value, tb):
    try:
        import traceback
        return ''.join(traceback.format_exception(etype, value, tb))
    except ImportError:
        pass
    if value is None:
        # exception() outside an except block: sys.exc_info() is all None.
        return 'NoneType: None\n' if etype is None else '%s\n' % _exception_type_name(etype)
    return ''.join(_format_one_exception(value, tb, {id(value)}))


# -- records ---------------------------------------------------------------------------------

class LogRecord:
    """One logged event: the message, its arguments and where and when it happened."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None,
                 sinfo=None, **kwargs):
        ct = time.time_ns() if hasattr(time, 'time_ns') else int(time.time() * 1e9)
        self.name = name
        self.msg = msg
        # log('%(a)s', {'a': 1}): a single mapping argument is used by name.
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            self.filename = os.path.basename(pathname)
            self.module = os.path.splitext(self.filename)[0]
        except (TypeError, ValueError, AttributeError):
            self.filename = pathname
            self.module = 'Unknown module'
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = ct / 1e9
        self.msecs = (ct % 1000000000) // 1000000 + 0.0
        self.relativeCreated = (self.created - _startTime) * 1000
        self.thread = None
        self.threadName = 'MainThread' if logThreads else None
        self.processName = 'MainProcess' if logMultiprocessing else None
        self.process = os.getpid() if logProcesses else None
        self.taskName = None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname,
                                                      self.lineno, self.msg)

    def getMessage(self):
        """The message with its arguments merged in."""
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    """A LogRecord whose attributes come from dict."""
    record = _logRecordFactory(None, None, '', 0, '', (), None, None)
    record.__dict__.update(dict)
    return record


# -- formatters ------------------------------------------------------------------------------

def _percent_fields_ok(fmt):
    # A '%'-style format must contain at least one %(name)<conversion> field.
    i = fmt.find('%(')
    while i != -1:
        close = fmt.find(')', i)
        if close == -1:
            return False
        j = close + 1
        while j < len(fmt) and fmt[j] in '#0+- .0123456789*':
            j += 1
        if j < len(fmt) and fmt[j] in 'diouxXeEfFgGcrsa%':
            return True
        i = fmt.find('%(', j)
    return False


class PercentStyle:
    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        if not _percent_fields_ok(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, self.default_format[0]))

    def _format(self, record):
        values = record.__dict__
        if self._defaults:
            values = dict(self._defaults, **values)
        return self._fmt % values

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)


class StrFormatStyle(PercentStyle):
    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _format(self, record):
        values = record.__dict__
        if self._defaults:
            values = dict(self._defaults, **values)
        return self._fmt.format(**values)

    def validate(self):
        # At least one replacement field; '{{' is a literal brace.
        text = self._fmt.replace('{{', '').replace('}}', '')
        start = text.find('{')
        if start == -1 or text.find('}', start) == -1:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def usesTime(self):
        return '$asctime' in self._fmt or '${asctime}' in self._fmt

    def validate(self):
        if '$' not in self._fmt.replace('$$', ''):
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        import string
        values = record.__dict__
        if self._defaults:
            values = dict(self._defaults, **values)
        return string.Template(self._fmt).substitute(**values)


BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s'

_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


class Formatter:
    """Turns a LogRecord into text, by a format string in one of three styles."""

    converter = staticmethod(time.localtime)
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def _convert(self, seconds):
        # `converter = time.gmtime` in a subclass must not bind as a method. CPython's time
        # functions are builtins, which never bind; where the time module is written in Python
        # they are plain functions that would, so those are called unbound here.
        if 'converter' not in getattr(self, '__dict__', {}):
            for klass in type(self).__mro__:
                if 'converter' in klass.__dict__:
                    raw = klass.__dict__['converter']
                    if getattr(raw, '__module__', None) == 'time' and not isinstance(raw, staticmethod):
                        return raw(seconds)
                    break
        return self.converter(seconds)

    def formatTime(self, record, datefmt=None):
        ct = self._convert(record.created)
        if datefmt:
            return time.strftime(datefmt, ct)
        s = time.strftime(self.default_time_format, ct)
        if self.default_msec_format:
            s = self.default_msec_format % (s, record.msecs)
        return s

    def formatException(self, ei):
        text = _format_exception(ei[0], ei[1], ei[2])
        return text[:-1] if text.endswith('\n') else text

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            # Formatted once and kept, as several handlers may show the same record.
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != '\n':
                s = s + '\n'
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != '\n':
                s = s + '\n'
            s = s + self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


class BufferingFormatter:
    """Formats a list of records, with an optional header and footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ''

    def formatFooter(self, records):
        return ''

    def format(self, records):
        if not records:
            return ''
        return (self.formatHeader(records) + ''.join(self.linefmt.format(r) for r in records)
                + self.formatFooter(records))


# -- filters ---------------------------------------------------------------------------------

class Filter:
    """Lets through records from the logger `name` and its descendants ('' lets all through)."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0 or self.name == record.name:
            return True
        if not record.name.startswith(self.name):
            return False
        return record.name[self.nlen] == '.'


class Filterer:
    """Something that holds filters: loggers and handlers."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """False if a filter rejects the record; otherwise the record (possibly one a filter
        returned in its place)."""
        for f in self.filters:
            result = f.filter(record) if hasattr(f, 'filter') else f(record)
            if not result:
                return False
            if isinstance(result, LogRecord):
                record = result
        return record


# -- handlers --------------------------------------------------------------------------------

_handlers = {}       # name -> handler, for getHandlerByName
_handlerList = []    # weak references to every handler made, for shutdown()


def _removeHandlerRef(ref):
    if ref in _handlerList:
        _handlerList.remove(ref)


def _addHandlerRef(handler):
    try:
        import weakref
        _handlerList.append(weakref.ref(handler, _removeHandlerRef))
    except (ImportError, TypeError):
        _handlerList.append(lambda: handler)


def getHandlerByName(name):
    return _handlers.get(name)


def getHandlerNames():
    return frozenset(_handlers)


class Handler(Filterer):
    """Sends records somewhere; subclasses define emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _addHandlerRef(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        if self._name in _handlers:
            del _handlers[self._name]
        self._name = name
        if name:
            _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = _NoLock()

    def acquire(self):
        pass

    def release(self):
        pass

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        fmt = self.formatter if self.formatter else _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        """Emit the record if the filters allow it; returns what the filters returned."""
        rv = self.filter(record)
        if isinstance(rv, LogRecord):
            record = rv
        if rv:
            self.emit(record)
        return rv

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        self._closed = True
        if self._name and self._name in _handlers:
            del _handlers[self._name]

    def handleError(self, record):
        """Report an exception raised in emit() on stderr (when raiseExceptions is true)."""
        if raiseExceptions and sys.stderr:
            etype, value, tb = sys.exc_info()
            try:
                sys.stderr.write('--- Logging error ---\n')
                sys.stderr.write(_format_exception(etype, value, tb))
                try:
                    sys.stderr.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
                except Exception:
                    sys.stderr.write('Unable to print the message and arguments - possible '
                                     'formatting error.\nUse the traceback above to help find '
                                     'the error.\n')
            except OSError:
                pass

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes formatted records to a stream (sys.stderr by default), one per line."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        if self.stream and hasattr(self.stream, 'flush'):
            self.stream.flush()

    def emit(self, record):
        try:
            msg = self.format(record)
            self.stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Use stream from now on; returns the old stream, or None if it was the same."""
        if stream is self.stream:
            return None
        old = self.stream
        self.flush()
        self.stream = stream
        return old

    def __repr__(self):
        name = str(getattr(self.stream, 'name', ''))
        if name:
            name += ' '
        return '<%s %s(%s)>' % (type(self).__name__, name, getLevelName(self.level))


class FileHandler(StreamHandler):
    """Writes formatted records to a file (opened at once, or at the first record if delay)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        filename = os.fspath(filename)
        self.baseFilename = os.path.abspath(filename)
        self.mode = mode
        self.encoding = encoding
        if 'b' not in mode and encoding is None:
            self.encoding = 'locale'
        self.errors = errors
        self.delay = delay
        self._builtin_open = open
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def _open(self):
        encoding = None if self.encoding == 'locale' else self.encoding
        if encoding is None and self.errors is None:
            return self._builtin_open(self.baseFilename, self.mode)
        return self._builtin_open(self.baseFilename, self.mode, encoding=encoding, errors=self.errors)

    def close(self):
        stream = self.stream
        self.stream = None
        if stream is not None:
            try:
                stream.flush()
            finally:
                if hasattr(stream, 'close'):
                    stream.close()
        StreamHandler.close(self)

    def emit(self, record):
        if self.stream is None:
            if self.mode != 'w' or not self._closed:
                self.stream = self._open()
        if self.stream is not None:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename, getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """The last resort: writes to whatever sys.stderr is at the time."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """Does nothing; libraries add it so that their loggers never fall back to lastResort."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


# -- loggers ---------------------------------------------------------------------------------

class Manager:
    """Holds the loggers by name and keeps their parent links right."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        logger = self.loggerDict.get(name)
        if logger is None:
            logger = (self.loggerClass or _loggerClass)(name)
            logger.manager = self
            self.loggerDict[name] = logger
            self._link(logger)
        return logger

    def _link(self, logger):
        # The parent is the nearest existing ancestor ('a.b' for 'a.b.c', then 'a'), else root.
        name = logger.name
        parent = self.root
        cut = name.rfind('.')
        while cut > 0:
            candidate = self.loggerDict.get(name[:cut])
            if candidate is not None:
                parent = candidate
                break
            cut = name.rfind('.', 0, cut)
        logger.parent = parent
        # Existing descendants that skipped over this name now hang from it.
        prefix = name + '.'
        for other in self.loggerDict.values():
            if other is not logger and other.name.startswith(prefix):
                if not other.parent.name.startswith(prefix):
                    other.parent = logger

    def setLoggerClass(self, klass):
        if klass != Logger and not issubclass(klass, Logger):
            raise TypeError('logger not derived from logging.Logger: ' + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _clear_cache(self):
        pass


class Logger(Filterer):
    """A named channel for log messages."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError('level must be an integer')
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(filename, line number, function name, stack info) of the code that logged."""
        frame = sys._getframe(0)
        # Skip logging's own frames; then stacklevel - 1 further callers.
        while frame is not None and frame.f_code.co_filename == _srcfile:
            frame = frame.f_back
        while frame is not None and stacklevel > 1:
            nxt = frame.f_back
            if nxt is None:
                break
            frame = nxt
            if frame.f_code.co_filename != _srcfile:
                stacklevel -= 1
        if frame is None:
            return '(unknown file)', 0, '(unknown function)', None
        code = frame.f_code
        sinfo = _format_stack(frame) if stack_info else None
        return code.co_filename, frame.f_lineno, code.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None,
                   sinfo=None):
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ('message', 'asctime') or key in record.__dict__:
                    raise KeyError('Attempt to overwrite %r in LogRecord' % key)
                record.__dict__[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        try:
            fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
        except ValueError:
            fn, lno, func, sinfo = '(unknown file)', 0, '(unknown function)', None
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args, exc_info, func, extra,
                                 sinfo)
        self.handle(record)

    def handle(self, record):
        if self.disabled:
            return
        rv = self.filter(record)
        if not rv:
            return
        if isinstance(rv, LogRecord):
            record = rv
        self.callHandlers(record)

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        """True if this logger or an ancestor it propagates to has handlers."""
        c = self
        while c:
            if c.handlers:
                return True
            if not c.propagate:
                return False
            c = c.parent
        return False

    def callHandlers(self, record):
        """Pass the record to the handlers here and up the hierarchy while propagate is true;
        with none at all, to lastResort."""
        found = 0
        c = self
        while c:
            for hdlr in c.handlers:
                found += 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            c = c.parent if c.propagate else None
        if found == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
                self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The first level set (not NOTSET) on this logger or its ancestors."""
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        if self.manager.disable >= level:
            return False
        return level >= self.getEffectiveLevel()

    def getChild(self, suffix):
        name = suffix if self.root is self else '.'.join((self.name, suffix))
        return self.manager.getLogger(name)

    def getChildren(self):
        """The loggers directly below this one."""
        return set(l for l in self.manager.loggerDict.values() if l.parent is self)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))


class RootLogger(Logger):
    def __init__(self, level):
        Logger.__init__(self, 'root', level)


_loggerClass = Logger


def setLoggerClass(klass):
    global _loggerClass
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError('logger not derived from logging.Logger: ' + klass.__name__)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


class LoggerAdapter:
    """Wraps a logger, adding `extra` context to every record."""

    def __init__(self, logger, extra=None, merge_extra=False):
        self.logger = logger
        self.extra = extra
        self.merge_extra = merge_extra

    def process(self, msg, kwargs):
        if self.merge_extra and 'extra' in kwargs:
            kwargs['extra'] = dict(self.extra or {}, **kwargs['extra'])
        else:
            kwargs['extra'] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    @property
    def manager(self):
        return self.logger.manager

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.logger.name,
                                 getLevelName(self.logger.getEffectiveLevel()))


# -- configuration and module-level functions ------------------------------------------------

def basicConfig(**kwargs):
    """Give the root logger a handler (stderr, a stream or a file) with a formatter, unless it
    already has handlers (or force=True, which removes them first)."""
    force = kwargs.pop('force', False)
    encoding = kwargs.pop('encoding', None)
    errors = kwargs.pop('errors', 'backslashreplace')
    if force:
        for h in root.handlers[:]:
            root.removeHandler(h)
            h.close()
    if len(root.handlers) == 0:
        handlers = kwargs.pop('handlers', None)
        if handlers is None:
            if 'stream' in kwargs and 'filename' in kwargs:
                raise ValueError("'stream' and 'filename' should not be specified together")
        elif 'stream' in kwargs or 'filename' in kwargs:
            raise ValueError("'stream' or 'filename' should not be specified together with "
                             "'handlers'")
        if handlers is None:
            filename = kwargs.pop('filename', None)
            mode = kwargs.pop('filemode', 'a')
            if filename:
                if 'b' in mode:
                    errors = None
                handler = FileHandler(filename, mode, encoding=encoding, errors=errors)
            else:
                handler = StreamHandler(kwargs.pop('stream', None))
            handlers = [handler]
        dfs = kwargs.pop('datefmt', None)
        style = kwargs.pop('style', '%')
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        fs = kwargs.pop('format', _STYLES[style][1])
        fmt = Formatter(fs, dfs, style)
        for h in handlers:
            if h.formatter is None:
                h.setFormatter(fmt)
            root.addHandler(h)
        level = kwargs.pop('level', None)
        if level is not None:
            root.setLevel(level)
        if kwargs:
            raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs.keys()))


def getLogger(name=None):
    """The logger called name (made on first use); the root logger for None or ''."""
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


def critical(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    import warnings
    warnings.warn("The 'warn' function is deprecated, use 'warning' instead",
                  DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Ignore every message at this level and below, whatever the loggers' levels."""
    root.manager.disable = level


def shutdown(handlerList=None):
    """Flush and close all handlers (CPython does this at exit)."""
    for ref in reversed(list(handlerList if handlerList is not None else _handlerList)):
        try:
            h = ref()
            if h:
                h.flush()
                h.close()
        except (OSError, ValueError):
            pass


try:
    import atexit
    atexit.register(shutdown)
except ImportError:
    pass
