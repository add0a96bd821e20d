# Classes implementing __enter__/__exit__: resources, exception suppression, nesting, reuse.
class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"  enter {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        status = "clean" if exc_type is None else f"{exc_type.__name__}: {exc}"
        print(f"  exit {self.name} ({status})")
        return self.suppress
with Managed("a") as m:
    print("  body uses", m.name)
with Managed("outer"), Managed("inner") as inner:
    print("  nested body with", inner.name)
with Managed("quiet", suppress=True):
    raise ValueError("swallowed")
print("after suppressed error")
try:
    with Managed("loud"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
try:
    with Managed("first"), Managed("second", suppress=True), Managed("third"):
        raise RuntimeError("inner error")
    print("second suppressed it")
except RuntimeError:
    print("not reached")
class Timer:
    def __init__(self):
        self.entered = 0
    def __enter__(self):
        self.entered += 1
        return self.entered
    def __exit__(self, *args):
        return False
t = Timer()
with t as n1:
    pass
with t as n2:
    pass
print(n1, n2, t.entered)
class ChangeDir:
    stack = ["/"]
    def __init__(self, path):
        self.path = path
    def __enter__(self):
        ChangeDir.stack.append(self.path)
        return "/".join(ChangeDir.stack).replace("//", "/")
    def __exit__(self, *exc):
        ChangeDir.stack.pop()
with ChangeDir("home") as p1:
    with ChangeDir("user") as p2:
        print(p1, p2, ChangeDir.stack)
print(ChangeDir.stack)
def early_return():
    with Managed("fn"):
        return "returned from inside with"
print(early_return())
