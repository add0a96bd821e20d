# contextlib: contextmanager (enter/exit/exceptions/decorator), suppress, closing, nullcontext,
# ExitStack, redirect_stdout.
import contextlib

log = []

@contextlib.contextmanager
def tag(name):
    log.append("<%s>" % name)
    try:
        yield name.upper()
    finally:
        log.append("</%s>" % name)

with tag("a") as t:
    log.append(t)
print(log)
log.clear()
try:
    with tag("b"):
        raise ValueError("inside")
except ValueError as e:
    print("propagated:", e, log)

@contextlib.contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print("swallowed KeyError")

with swallow():
    raise KeyError("k")
print("after swallow")

@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@tag("deco")
def decorated(x):
    log.append("body %s" % x)
    return x * 2
log.clear()
print(decorated(3), decorated(4), log)

with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with contextlib.suppress(KeyError):
        [][1]
except IndexError:
    print("IndexError not suppressed")

class Resource:
    def close(self):
        print("closed")
with contextlib.closing(Resource()) as res:
    print("using", type(res).__name__)
with contextlib.nullcontext(42) as v:
    print("nullcontext", v)

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
sink = Sink()
with contextlib.redirect_stdout(sink):
    print("to the sink")
print("captured:", repr("".join(sink.parts)))

with contextlib.ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("x", "y")]
    stack.callback(print, "callback ran")
    print("entered", names)
log.clear()

def cleanup_raises():
    raise RuntimeError("cleanup failed")
try:
    with contextlib.ExitStack() as stack:
        stack.callback(cleanup_raises)
        raise ValueError("body failed")
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))

with contextlib.ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise KeyError("suppressed by push")
print("ExitStack suppressed")
stack = contextlib.ExitStack()
stack.callback(print, "moved")
moved = stack.pop_all()
stack.close()
moved.close()
try:
    with contextlib.ExitStack() as s:
        s.enter_context(42)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(contextlib.nullcontext(), contextlib.AbstractContextManager))
