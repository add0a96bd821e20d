# contextlib: contextmanager, suppress, ExitStack, closing, nullcontext.
from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext
log = []
@contextmanager
def step(name):
    log.append(f"begin {name}")
    try:
        yield name
    except KeyError as e:
        log.append(f"{name} handled {e}")
    finally:
        log.append(f"end {name}")
with step("one") as s:
    log.append(f"inside {s}")
with step("two"):
    {}["missing"]
print(log)
with suppress(KeyError, IndexError):
    [][0]
print("suppressed IndexError")
log.clear()
with ExitStack() as stack:
    names = [stack.enter_context(step(f"res{i}")) for i in range(3)]
    stack.callback(log.append, "callback ran")
    log.append(f"using {names}")
print(log)
class Connection:
    def __init__(self):
        self.closed = False
    def close(self):
        self.closed = True
        print("  connection closed")
conn = Connection()
with closing(conn) as c:
    print("  using connection, closed =", c.closed)
print(conn.closed)
def maybe_lock(use_lock):
    return step("lock") if use_lock else nullcontext("no lock")
log.clear()
for flag in (True, False):
    with maybe_lock(flag) as handle:
        log.append(f"work with {handle}")
print(log)
log.clear()
try:
    with ExitStack() as stack:
        stack.enter_context(step("a"))
        stack.enter_context(step("b"))
        raise ValueError("boom")
except ValueError as e:
    log.append(f"escaped {e}")
print(log)
