# io: StringIO and BytesIO (reading, writing, seeking, newline modes, closing, errors), print to a
# StringIO, TextIOWrapper over a BytesIO, the base classes and isinstance with real files.
import io
import os
import sys


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


# StringIO: writing, reading, lines
s = io.StringIO()
print(s.write("hello\n"), s.write("wörld\n"), s.tell(), repr(s.getvalue()))
print(s.seek(0), repr(s.read(3)), repr(s.readline()), repr(s.readline()), repr(s.readline()), s.tell())
s = io.StringIO("one\ntwo\nthree")
print(list(s), repr(s.read()), s.seek(0), s.readlines(), s.seek(0), s.readlines(5))
s = io.StringIO("abc\ndef\n")
print(repr(s.readline(2)), repr(s.readline(-1)), repr(s.readline(None)), repr(s.read(None)), repr(s.read(0)))
print(s.seek(1), repr(s.read(2)), s.seek(0, io.SEEK_CUR), s.seek(0, io.SEEK_END), s.seek(0, io.SEEK_SET))
s = io.StringIO("abcdef")
print(s.seek(2), s.write("XY"), repr(s.getvalue()), s.tell(), repr(s.read()))
print(s.seek(10), s.write("!"), repr(s.getvalue()), s.tell())
s = io.StringIO("abcdef")
print(s.seek(4), s.truncate(2), s.tell(), repr(s.getvalue()), s.truncate(), repr(s.getvalue()), s.truncate(10))
s = io.StringIO()
s.writelines(["a", "b\n", "c"])
print(repr(s.getvalue()), s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed)
print(s.encoding, s.errors, s.line_buffering, s.newlines, io.StringIO(None).getvalue() == "")
s = io.StringIO("x")
print(repr(s.getvalue()), s.tell(), repr(s.read()), s.write("y"), repr(s.getvalue()))

# print() writes to any object with a write() method
out = io.StringIO()
print("a", 1, [2], file=out)
print("b", "c", sep="-", end="!", file=out)
print(file=out)
print(repr(out.getvalue()))

# newline modes
for newline in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO("a\r\nb\rc\nd", newline=newline)
    first = (repr(s.getvalue()), s.readlines(), s.newlines, s.tell())
    s.write("x\ny\r\n")
    print(repr(newline), first, repr(s.getvalue()), s.tell())
s = io.StringIO(newline=None)
print(s.write("a\rb\r\n"), s.newlines, s.write("\n"), s.newlines, repr(s.getvalue()))

# iteration, context manager, closing
with io.StringIO("l1\nl2\n") as f:
    print([line.upper() for line in f], f.closed)
print(f.closed)
for label, op in (("read", lambda: f.read()), ("write", lambda: f.write("x")), ("getvalue", lambda: f.getvalue()),
                  ("seek", lambda: f.seek(0)), ("tell", lambda: f.tell()), ("readline", lambda: f.readline()),
                  ("next", lambda: next(f)), ("readable", lambda: f.readable()), ("enter", lambda: f.__enter__()),
                  ("iter", lambda: iter(f)), ("truncate", lambda: f.truncate()), ("isatty", lambda: f.isatty()),
                  ("close again", lambda: f.close())):
    attempt("closed " + label, op)

# StringIO errors
attempt("newline x", lambda: io.StringIO(newline="x"))
attempt("newline int", lambda: io.StringIO(newline=3))
attempt("initial int", lambda: io.StringIO(3))
attempt("initial bytes", lambda: io.StringIO(b"x"))
attempt("write int", lambda: io.StringIO().write(3))
attempt("write bytes", lambda: io.StringIO().write(b"x"))
attempt("seek cur", lambda: io.StringIO("abc").seek(1, 1))
attempt("seek end", lambda: io.StringIO("abc").seek(-1, 2))
attempt("seek negative", lambda: io.StringIO("abc").seek(-1))
attempt("seek whence", lambda: io.StringIO("abc").seek(0, 3))
attempt("seek float", lambda: io.StringIO("abc").seek(1.0))
attempt("seek str", lambda: io.StringIO("abc").seek("x"))
attempt("read float", lambda: io.StringIO("abc").read(1.5))
attempt("readline str", lambda: io.StringIO("abc").readline("x"))
attempt("truncate negative", lambda: io.StringIO("abc").truncate(-1))
attempt("fileno", lambda: io.StringIO().fileno())
attempt("detach", lambda: io.StringIO().detach())
try:
    io.StringIO().fileno()
except OSError as e:
    print("caught as OSError:", type(e).__name__, e, isinstance(e, io.UnsupportedOperation))

# BytesIO
b = io.BytesIO(b"hello\nworld\n")
print(b.read(3), b.readline(), b.tell(), b.readlines(), b.read(), b.read(2))
print(b.seek(-3, io.SEEK_END), b.read(), b.seek(-100, io.SEEK_CUR), b.seek(2), b.seek(3, io.SEEK_CUR), b.read1(2))
b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"de")), b.getvalue(), b.seek(1), b.write(b"X"), b.getvalue())
print(b.seek(8), b.write(b"!"), b.getvalue(), b.truncate(3), b.getvalue(), b.tell(), b.truncate(), b.getvalue())
buf = bytearray(4)
b = io.BytesIO(b"xyz")
print(b.readinto(buf), buf, b.readinto(buf), b.seek(0), b.readinto1(buf), list(io.BytesIO(b"a\nb\n\nc")))
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed, b.read(-5), b.read(None), b.readline(1))
with io.BytesIO(b"data") as b:
    print(b.read(), b.closed)
print(b.closed)
for label, op in (("read", lambda: b.read()), ("write", lambda: b.write(b"x")), ("getvalue", lambda: b.getvalue()),
                  ("seek", lambda: b.seek(0)), ("tell", lambda: b.tell()), ("readable", lambda: b.readable())):
    attempt("closed bytes " + label, op)
attempt("bytes init str", lambda: io.BytesIO("x"))
attempt("bytes write str", lambda: io.BytesIO().write("x"))
attempt("bytes write int", lambda: io.BytesIO().write(3))
attempt("bytes seek negative", lambda: io.BytesIO(b"ab").seek(-1))
attempt("bytes seek whence", lambda: io.BytesIO(b"ab").seek(0, 5))
attempt("bytes truncate negative", lambda: io.BytesIO(b"ab").truncate(-5))
attempt("bytes read float", lambda: io.BytesIO(b"ab").read(1.5))
attempt("bytes fileno", lambda: io.BytesIO().fileno())

# TextIOWrapper over a BytesIO
raw = io.BytesIO("héllo\r\nwörld\rend\n".encode("utf-8"))
w = io.TextIOWrapper(raw, encoding="utf-8")
print(repr(w.readline()), w.newlines, w.tell(), repr(w.read(4)), w.tell(), repr(w.read()), w.encoding, w.errors)
w = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\n"), encoding="ascii", newline="")
print(list(w), w.seek(0), repr(w.read()), w.readable(), w.writable(), w.seekable())
w = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\n"), encoding="ascii", newline="\r")
print(list(w))
raw = io.BytesIO()
w = io.TextIOWrapper(raw, encoding="utf-8", newline="\r\n")
print(w.write("é\nx"), w.tell(), raw.getvalue())
w.flush()
print(w.detach() is raw, raw.getvalue())
w = io.TextIOWrapper(io.BytesIO(b"\xff"), encoding="utf-8", errors="replace")
print(repr(w.read()))
attempt("wrapper decode error", lambda: io.TextIOWrapper(io.BytesIO(b"\xff"), encoding="utf-8").read())
attempt("wrapper write bytes", lambda: io.TextIOWrapper(io.BytesIO(), encoding="utf-8").write(b"x"))
attempt("wrapper seek cur", lambda: io.TextIOWrapper(io.BytesIO(), encoding="utf-8").seek(1, 1))

# the class hierarchy, and the runtime's own files
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase),
      isinstance(io.StringIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.BufferedIOBase),
      isinstance(io.BytesIO(), io.IOBase), isinstance(io.BytesIO(), io.RawIOBase),
      isinstance(io.BytesIO(), io.TextIOBase), isinstance(3, io.IOBase))
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase),
      issubclass(io.TextIOWrapper, io.TextIOBase), issubclass(io.RawIOBase, io.IOBase),
      issubclass(io.UnsupportedOperation, OSError))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE, io.open is open)
path = "/tmp/viv_check_io_%d.txt" % os.getpid()
with io.open(path, "w") as f:
    print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase), isinstance(f, io.IOBase),
          isinstance(f, io.BufferedIOBase), f.write("line 1\nline 2\n"))
with open(path, "rb") as f:
    print(isinstance(f, io.BufferedIOBase), isinstance(f, io.TextIOBase), isinstance(f, io.IOBase), f.read())
with open(path) as f:
    print(list(f))
os.remove(path)
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.__stdout__, io.TextIOWrapper))


# subclassing the base classes
class Upper(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def writable(self):
        return True

    def write(self, text):
        self.parts.append(text.upper())
        return len(text)


u = Upper()
print("to upper", 42, file=u)
u.writelines(["x", "y"])
print(repr("".join(u.parts)), u.writable(), u.readable(), u.seekable(), u.closed, u.encoding, u.newlines)
attempt("TextIOBase read", lambda: u.read())
attempt("TextIOBase readline", lambda: u.readline())
attempt("TextIOBase seek", lambda: u.seek(0))
attempt("TextIOBase tell", lambda: u.tell())
attempt("TextIOBase fileno", lambda: u.fileno())
attempt("TextIOBase truncate", lambda: u.truncate())
with u:
    pass
print(u.closed)
attempt("closed flush", lambda: u.flush())


class Chars(io.RawIOBase):
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def readinto(self, buffer):
        n = min(len(buffer), len(self.data))
        buffer[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


r = Chars(b"ab\ncd\nef")
print(r.read(2), r.readline(), r.readlines(), r.read(), Chars(b"xyz").readall(), Chars(b"q\nr").read())
attempt("RawIOBase readinto", lambda: io.RawIOBase().read(2))
attempt("BufferedIOBase read", lambda: io.BufferedIOBase().read())
attempt("BufferedIOBase write", lambda: io.BufferedIOBase().write(b""))
attempt("BufferedIOBase detach", lambda: io.BufferedIOBase().detach())
attempt("IOBase seek", lambda: io.IOBase().seek(0))
print(io.IOBase().readable(), io.IOBase().writable(), io.IOBase().seekable(), io.IOBase().closed)
