"""In-memory streams and the I/O class hierarchy (CPython's `io` module), written in Python.

Supported:
- `StringIO(initial_value='', newline='\\n')`: write, read([n]), readline([n]), readlines([hint]),
  iteration, getvalue, seek/tell (SEEK_SET, SEEK_CUR, SEEK_END), truncate, close/closed, the
  context manager protocol and the `newline` modes (None, '', '\\n', '\\r', '\\r\\n') with the
  `newlines` attribute.
- `BytesIO(initial_bytes=b'')`: the same over bytes, plus read1, readinto and readinto1.
  `getbuffer()` is not supported.
- `TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False,
  write_through=False)`: a text layer over a binary stream such as a `BytesIO`. Reading decodes
  the rest of the buffer at once (so it suits files and in-memory buffers, not interactive pipes);
  the default encoding is UTF-8.
- `open` (the built-in `open`), `SEEK_SET`/`SEEK_CUR`/`SEEK_END`, `DEFAULT_BUFFER_SIZE`,
  `UnsupportedOperation`.
- `IOBase`, `RawIOBase`, `BufferedIOBase`, `TextIOBase`: abstract base classes with the documented
  default methods. `isinstance` also recognises the runtime's own file objects (what `open()`
  returns, `sys.stdout`): text files as `TextIOWrapper` (hence `TextIOBase`), binary files as
  `BufferedIOBase`.

Not supported: `FileIO`, `BufferedReader`/`BufferedWriter`/`BufferedRandom`/`BufferedRWPair`,
`IncrementalNewlineDecoder`, `open_code`, `text_encoding`.
"""

import abc
import builtins
import sys

__all__ = ["BlockingIOError", "open", "IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase",
           "TextIOWrapper", "StringIO", "BytesIO", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR",
           "SEEK_END", "DEFAULT_BUFFER_SIZE"]

open = builtins.open
BlockingIOError = builtins.BlockingIOError if hasattr(builtins, "BlockingIOError") else OSError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

try:
    class UnsupportedOperation(OSError, ValueError):
        """Raised when a stream doesn't support an operation (seek on a pipe, fileno on a
        StringIO, ...)."""
except TypeError:
    # A runtime that can't derive a class from two built-in exception types (Vivarium today):
    # keep the OSError side, which is what `except OSError` handlers of file code expect.
    class UnsupportedOperation(OSError):
        """Raised when a stream doesn't support an operation (seek on a pipe, fileno on a
        StringIO, ...)."""

try:
    import _io  # only present when this module is tested under CPython
except ImportError:
    _io = None

_memoryview = getattr(builtins, "memoryview", None)

# The runtime's file objects: one type for text and binary files under Vivarium.
_FILE_TYPE = type(getattr(sys, "__stdout__", None) or sys.stdout)


def _native_class(obj):
    """The class of ours that a file object of the runtime counts as, or None."""
    if _io is not None:
        if isinstance(obj, _io.TextIOWrapper):
            return TextIOWrapper
        for native, ours in ((_io._TextIOBase, TextIOBase), (_io._BufferedIOBase, BufferedIOBase),
                             (_io._RawIOBase, RawIOBase), (_io._IOBase, IOBase)):
            if isinstance(obj, native):
                return ours
        return None
    if type(obj) is _FILE_TYPE:
        return BufferedIOBase if "b" in obj.mode else TextIOWrapper
    return None


class _IOMeta(abc.ABCMeta):
    """ABCMeta that also counts the runtime's file objects as instances (CPython registers its
    C file classes with the ABCs; here one native type serves both text and binary files)."""

    def __instancecheck__(cls, instance):
        native = _native_class(instance)
        if native is not None and issubclass(native, cls):
            return True
        return super().__instancecheck__(instance)


def _closed_error(period=True):
    # CPython's C streams say it without the final period, IOBase's Python-level checks with it.
    return ValueError("I/O operation on closed file." if period else "I/O operation on closed file")


def _index(value):
    """An integer argument (anything with __index__), as CPython's PyNumber_AsSsize_t takes it."""
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return index(value)


def _size(value):
    """A read size: None or a negative number means 'everything'."""
    if value is None:
        return -1
    if isinstance(value, int) or hasattr(type(value), "__index__"):
        return _index(value)
    raise TypeError("argument should be integer or None, not '%s'" % type(value).__name__)


def _bytes_like(data):
    """`data` as bytes or bytearray, or TypeError if it isn't a bytes-like object."""
    if isinstance(data, (bytes, bytearray)):
        return data
    if _memoryview is not None and isinstance(data, _memoryview):
        return data.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _line_end(text, start, terminator, limit=-1):
    """Where the line starting at `start` ends: just past its terminator, or at the end of
    `text`. `terminator` is '\\n', '\\r' or '\\r\\n', or '' for any of the three. With `limit`
    >= 0 the line is cut after that many characters."""
    if terminator:
        found = text.find(terminator, start)
        end = len(text) if found < 0 else found + len(terminator)
    else:
        lf = text.find("\n", start)
        cr = text.find("\r", start)
        if cr < 0 and lf < 0:
            end = len(text)
        elif cr < 0 or 0 <= lf < cr:
            end = lf + 1
        else:
            end = cr + 2 if text.startswith("\n", cr + 1) else cr + 1
    if limit >= 0 and end - start > limit:
        end = start + limit
    return end


def _check_newline(newline):
    if newline is not None and not isinstance(newline, str):
        raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError("illegal newline value: %r" % (newline,))


# Which newline kinds a universal-newlines stream has seen, as CPython reports them.
_SEEN_LF, _SEEN_CR, _SEEN_CRLF = 1, 2, 4
_NEWLINES = (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"),
             ("\r", "\n", "\r\n"))


def _newline_kinds(text):
    crlf = text.count("\r\n")
    kinds = _SEEN_CRLF if crlf else 0
    if text.count("\r") > crlf:
        kinds |= _SEEN_CR
    if text.count("\n") > crlf:
        kinds |= _SEEN_LF
    return kinds


class IOBase(metaclass=_IOMeta):
    """The base of all streams: closing, the context manager and iteration protocols, and line
    reading on top of `read`. Operations a stream lacks raise UnsupportedOperation."""

    __closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def readline(self, size=-1):
        # One character (or byte) at a time: subclasses with a buffer do better.
        size = _size(size)
        pieces = []
        while size < 0 or len(pieces) < size:
            piece = self.read(1)
            if not piece:
                break
            pieces.append(piece)
            if piece in ("\n", b"\n"):
                break
        if pieces and isinstance(pieces[0], str):
            return "".join(pieces)
        return b"".join(pieces)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total > hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Unbuffered binary streams: subclasses provide readinto() (and write())."""

    def read(self, size=-1):
        size = _size(size)
        if size < 0:
            return self.readall()
        buffer = bytearray(size)
        count = self.readinto(buffer)
        if count is None:
            return None
        return bytes(buffer[:count])

    def readall(self):
        chunks = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)

    def readinto(self, buffer):
        raise NotImplementedError

    def write(self, data):
        raise NotImplementedError


class BufferedIOBase(IOBase):
    """Buffered binary streams: subclasses provide read(), read1() and write()."""

    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        self._unsupported("read1")

    def write(self, data):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")

    def readinto(self, buffer):
        return self._readinto(buffer, self.read)

    def readinto1(self, buffer):
        return self._readinto(buffer, self.read1)

    def _readinto(self, buffer, read):
        data = read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


class TextIOBase(IOBase):
    """Text streams: subclasses provide read(), readline() and write() over str."""

    def read(self, size=-1):
        self._unsupported("read")

    def readline(self, size=-1):
        self._unsupported("readline")

    def write(self, text):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


class StringIO(TextIOBase):
    """A text stream kept in memory."""

    def __init__(self, initial_value="", newline="\n"):
        _check_newline(newline)
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._newline = newline
        self._text = ""
        # Text written at the end is collected here and joined when needed, so that a run of
        # small writes (print(..., file=f) in a loop) doesn't copy the whole text each time.
        self._tail = []
        self._length = 0
        self._pos = 0
        self._seen = 0
        self._is_closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _value(self):
        if self._tail:
            self._text += "".join(self._tail)
            self._tail = []
        return self._text

    def _check_open(self):
        if self._is_closed:
            raise _closed_error(period=False)

    @property
    def closed(self):
        return self._is_closed

    def close(self):
        self._is_closed = True
        self._text = ""
        self._tail = []

    def getvalue(self):
        self._check_open()
        return self._value()

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        self._check_open()
        written = len(s)
        if self._newline is None or self._newline == "":
            self._seen |= _newline_kinds(s)
        if self._newline is None:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif self._newline in ("\r", "\r\n"):
            s = s.replace("\n", self._newline)
        if not s:
            return written
        pos = self._pos
        if pos >= self._length:
            if pos > self._length:
                self._tail.append("\0" * (pos - self._length))
            self._tail.append(s)
            self._length = pos + len(s)
        else:
            text = self._value()
            self._text = text[:pos] + s + text[pos + len(s):]
            self._length = len(self._text)
        self._pos = pos + len(s)
        return written

    def read(self, size=-1):
        self._check_open()
        size = _size(size)
        text = self._value()
        start = self._pos
        end = len(text) if size < 0 else min(len(text), start + size)
        if start >= end:
            return ""
        self._pos = end
        return text[start:end]

    def readline(self, size=-1):
        self._check_open()
        size = _size(size)
        text = self._value()
        start = self._pos
        if start >= len(text):
            return ""
        # With newline=None the text was translated to '\n' when written.
        terminator = "\n" if self._newline is None else self._newline
        end = _line_end(text, start, terminator, size)
        self._pos = end
        return text[start:end]

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        pos = _index(pos)
        whence = _index(whence)
        self._check_open()
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if whence == 0 and pos < 0:
            raise ValueError("Negative seek position %d" % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._length
        self._pos = pos
        return pos

    def tell(self):
        self._check_open()
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        size = self._pos if size is None else _index(size)
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        if size < self._length:
            self._text = self._value()[:size]
            self._length = size
        return size

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    @property
    def line_buffering(self):
        self._check_open()
        return False

    @property
    def newlines(self):
        self._check_open()
        if self._newline is not None and self._newline != "":
            return None
        return _NEWLINES[self._seen]


class BytesIO(BufferedIOBase):
    """A binary stream kept in memory."""

    def __init__(self, initial_bytes=b""):
        data = b"" if initial_bytes is None else _bytes_like(initial_bytes)
        self._buffer = bytearray(data)
        self._pos = 0
        self._is_closed = False

    def _check_open(self):
        if self._is_closed:
            raise _closed_error()

    @property
    def closed(self):
        return self._is_closed

    def close(self):
        self._is_closed = True
        self._buffer = bytearray()

    def getvalue(self):
        self._check_open()
        return bytes(self._buffer)

    def write(self, data):
        self._check_open()
        data = _bytes_like(data)
        count = len(data)
        if count == 0:
            return 0
        pos = self._pos
        buffer = self._buffer
        if pos > len(buffer):
            buffer.extend(bytes(pos - len(buffer)))
        buffer[pos:pos + count] = data
        self._pos = pos + count
        return count

    def read(self, size=-1):
        self._check_open()
        size = _size(size)
        buffer = self._buffer
        start = self._pos
        end = len(buffer) if size < 0 else min(len(buffer), start + size)
        if start >= end:
            return b""
        self._pos = end
        return bytes(buffer[start:end])

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check_open()
        size = _size(size)
        buffer = self._buffer
        start = self._pos
        if start >= len(buffer):
            return b""
        found = buffer.find(b"\n", start)
        end = len(buffer) if found < 0 else found + 1
        if size >= 0 and end - start > size:
            end = start + size
        self._pos = end
        return bytes(buffer[start:end])

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    readinto1 = readinto

    def seek(self, pos, whence=0):
        pos = _index(pos)
        whence = _index(whence)
        self._check_open()
        if whence == 0 and pos < 0:
            raise ValueError("negative seek value %d" % pos)
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += len(self._buffer)
        elif whence != 0:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = max(pos, 0)
        return self._pos

    def tell(self):
        self._check_open()
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        size = self._pos if size is None else _index(size)
        if size < 0:
            raise ValueError("negative size value %d" % size)
        if size < len(self._buffer):
            del self._buffer[size:]
        return size

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def flush(self):
        self._check_open()

    def isatty(self):
        self._check_open()
        return False


class TextIOWrapper(TextIOBase):
    """Text over a binary stream: decodes what it reads, encodes what it writes.

    Reading takes the rest of the buffer at once and decodes it; `tell()` then reports the byte
    position of the first character not yet returned (exact for UTF-8 and single-byte encodings).
    """

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        _check_newline(newline)
        if encoding is None or encoding == "locale":
            encoding = "utf-8"
        if not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        if errors is None:
            errors = "strict"
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        # Decoded text read from the buffer but not returned yet (untranslated), and how far
        # into it the reader is.
        self._pending = ""
        self._pending_pos = 0
        self._seen = 0

    buffer = property(lambda self: self._buffer)
    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    write_through = property(lambda self: self._write_through)

    @property
    def name(self):
        return self._buffer.name

    @property
    def mode(self):
        return getattr(self._buffer, "mode", "r")

    @property
    def closed(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        return self._buffer.closed

    @property
    def newlines(self):
        if self._newline is not None and self._newline != "":
            return None
        return _NEWLINES[self._seen]

    def _check_open(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        if self.closed:
            raise _closed_error()

    def readable(self):
        self._check_open()
        return self._buffer.readable()

    def writable(self):
        self._check_open()
        return self._buffer.writable()

    def seekable(self):
        self._check_open()
        return self._buffer.seekable()

    def isatty(self):
        self._check_open()
        return self._buffer.isatty()

    def fileno(self):
        return self._buffer.fileno()

    def flush(self):
        self._check_open()
        self._buffer.flush()

    def close(self):
        if self._buffer is not None and not self.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        self.flush()
        buffer = self._buffer
        self._buffer = None
        return buffer

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        written = len(s)
        if self._pending_pos < len(self._pending):
            # The buffer is ahead of what the reader has seen: write where the reader is.
            self.seek(self.tell())
        newline = self._newline
        if newline is not None and newline not in ("", "\n"):
            s = s.replace("\n", newline)
        self._buffer.write(s.encode(self._encoding, self._errors))
        if self._write_through or (self._line_buffering and ("\n" in s or "\r" in s)):
            self._buffer.flush()
        return written

    def _fill(self):
        """Decode the rest of the buffer into the pending text."""
        if self._pending_pos >= len(self._pending):
            data = self._buffer.read()
            if data:
                text = bytes(data).decode(self._encoding, self._errors)
                if self._newline is None or self._newline == "":
                    self._seen |= _newline_kinds(text)
                self._pending = text
                self._pending_pos = 0

    def _take(self, end):
        """Return the pending text up to `end`, translated for newline=None."""
        piece = self._pending[self._pending_pos:end]
        self._pending_pos = end
        if self._newline is None:
            piece = piece.replace("\r\n", "\n").replace("\r", "\n")
        return piece

    def read(self, size=-1):
        self._check_open()
        size = _size(size)
        self._fill()
        text = self._pending
        if size < 0:
            return self._take(len(text))
        if self._newline is not None:
            return self._take(min(len(text), self._pending_pos + size))
        # newline=None: '\r\n' becomes one character, so take pieces until `size` are out.
        out = ""
        while len(out) < size and self._pending_pos < len(text):
            end = min(len(text), self._pending_pos + size - len(out))
            if text.startswith("\r\n", end - 1):
                end += 1
            out += self._take(end)
        return out

    def readline(self, size=-1):
        self._check_open()
        size = _size(size)
        self._fill()
        terminator = "" if self._newline is None else self._newline
        start = self._pending_pos
        end = _line_end(self._pending, start, terminator)
        if size >= 0 and end - start > size:
            end = start + size
        return self._take(end)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check_open()
        self.flush()
        position = self._buffer.tell()
        rest = self._pending[self._pending_pos:]
        if rest:
            position -= len(rest.encode(self._encoding, self._errors))
        return position

    def seek(self, cookie, whence=0):
        self._check_open()
        cookie = _index(cookie)
        if whence == 1 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 1:
            return self.tell()
        self.flush()
        self._pending = ""
        self._pending_pos = 0
        return self._buffer.seek(cookie, whence)

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._buffer.truncate(pos)


if _io is None:
    # The runtime's file objects are instances of IOBase for issubclass() as well.
    IOBase.register(_FILE_TYPE)
