# The with statement: __enter__/__exit__ order, exception info passed to __exit__, suppression.
import contextlib
events = []
class CM:
    def __init__(self, name, swallow=()):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        events.append(f"enter {self.name}")
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        events.append(f"exit {self.name} {et.__name__ if et else None} {ev!s}")
        return et is not None and issubclass(et, self.swallow)
with CM("a") as value:
    events.append(f"body {value}")
print(events)
events.clear()
with CM("outer", swallow=(KeyError,)):
    with CM("inner"):
        raise KeyError("k")
events.append("after")
print(events)
events.clear()
try:
    with CM("x", swallow=(KeyError,)):
        raise ValueError("not swallowed")
except ValueError as e:
    events.append(f"caught {e}")
print(events)
events.clear()
with CM("one") as a, CM("two") as b:
    events.append(f"body {a} {b}")
print(events)
with contextlib.suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
    print("not printed")
print("suppress continued")
class TraceExit:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("  exit received:", et.__name__ if et else None, repr(ev), tb is not None)
        return True
with TraceExit():
    [].pop()
with TraceExit():
    pass
def func_with():
    with CM("fn"):
        return "value from inside with"
events.clear()
print(func_with(), events)
events.clear()
for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
print(events)
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError raised for a non-context-manager")
