"""Printing and formatting exceptions and stacks (CPython's `traceback`, the common part).

`print_exc()`, `format_exc()`, `print_exception()` and `format_exception()` render an exception
exactly as an uncaught one is shown (through the interpreter's own formatter, `_traceback`).
`extract_tb()`/`extract_stack()` give `FrameSummary` entries (filename, lineno, name, line) read
from traceback and frame objects; `format_list()`, `format_tb()`, `format_stack()` and
`print_stack()` render those.
"""

import sys
import linecache
import _traceback

__all__ = ['print_exc', 'format_exc', 'print_exception', 'format_exception',
           'format_exception_only', 'print_tb', 'format_tb', 'extract_tb', 'print_stack',
           'format_stack', 'extract_stack', 'format_list', 'print_list', 'FrameSummary',
           'StackSummary', 'walk_tb', 'walk_stack', 'print_last']

_sentinel = object()


def _exception_of(exc, value, tb):
    """The exception instance from either calling convention: (exc) or (type, value, tb)."""
    if value is not _sentinel:
        exc = value
    if exc is None:
        return None
    if isinstance(exc, type):
        exc = exc()
    if tb is not _sentinel and tb is not None and exc.__traceback__ is not tb:
        exc = exc.with_traceback(tb)
    return exc


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The report for an exception, as a list of strings each ending in a newline."""
    exc = _exception_of(exc, value, tb)
    if exc is None:
        return ['NoneType: None\n']
    if chain:
        return _lines(_traceback.format_exception(exc))
    # Without the chain: hide the cause and context while formatting, then put them back.
    saved = exc.__cause__, exc.__context__, exc.__suppress_context__
    exc.__cause__ = exc.__context__ = None
    try:
        return _lines(_traceback.format_exception(exc))
    finally:
        exc.__cause__, exc.__context__, exc.__suppress_context__ = saved


def format_exception_only(exc, /, value=_sentinel):
    """The last line(s) of the report: `ValueError: message`."""
    exc = _exception_of(exc, value, _sentinel)
    if exc is None:
        return ['NoneType: None\n']
    return _lines(_traceback.format_exception_only(exc))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Prints the report for an exception to `file` (default sys.stderr)."""
    _write(format_exception(exc, value, tb, limit=limit, chain=chain), file)


def format_exc(limit=None, chain=True):
    """The report for the exception being handled, as one string."""
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Prints the report for the exception being handled."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Prints the last uncaught exception (`sys.last_exc`), as the REPL keeps it."""
    last = getattr(sys, 'last_exc', None)
    if last is None:
        raise ValueError('no last exception')
    print_exception(last, limit=limit, file=file, chain=chain)


class FrameSummary:
    """One entry of a stack: where (filename, lineno, name) and the source line."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None and self.lineno is not None:
            self._line = linecache.getline(self.filename, self.lineno).strip()
        return self._line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename, self.lineno, self.name, self.line) == \
                (other.filename, other.lineno, other.name, other.line)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, index):
        return (self.filename, self.lineno, self.name, self.line)[index]

    def __iter__(self):
        return iter((self.filename, self.lineno, self.name, self.line))

    def __len__(self):
        return 4

    def __repr__(self):
        return f'<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>'


class StackSummary(list):
    """A list of FrameSummary entries, oldest first."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        entries = list(frame_gen)
        if limit is not None:
            entries = entries[:limit] if limit >= 0 else entries[limit:]
        result = klass()
        for frame, lineno in entries:
            code = frame.f_code
            result.append(FrameSummary(code.co_filename, lineno, code.co_name,
                                       lookup_line=lookup_lines))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for entry in a_list:
            if isinstance(entry, FrameSummary):
                result.append(entry)
            else:
                filename, lineno, name, line = entry
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        lines = []
        for entry in self:
            text = f'  File "{entry.filename}", line {entry.lineno}, in {entry.name}\n'
            if entry.line:
                text += f'    {entry.line.strip()}\n'
            lines.append(text)
        return lines


def walk_tb(tb):
    """(frame, lineno) for each entry of a traceback, oldest first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """(frame, lineno) from frame `f` (default: the caller's) outwards."""
    if f is None:
        f = sys._getframe(2)
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_tb(tb, limit=None):
    return StackSummary.extract(walk_tb(tb), limit=limit)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    _write(format_list(extracted_list), file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    _write(format_tb(tb, limit=limit), file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe(1)
    _write(format_stack(f, limit=limit), file)


def _lines(text):
    return text.splitlines(keepends=True)


def _write(lines, file):
    if file is None:
        file = sys.stderr
    for line in lines:
        print(line, file=file, end='')
