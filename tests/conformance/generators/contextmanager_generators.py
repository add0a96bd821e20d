# contextlib.contextmanager turns a generator into a context manager: setup, yield, teardown.
from contextlib import contextmanager
log = []
@contextmanager
def tag(name):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    finally:
        log.append(f"</{name}>")
with tag("div") as t:
    log.append(f"inside {t}")
    with tag("span"):
        log.append("text")
print("".join(log))
@contextmanager
def suppress_value_errors():
    try:
        yield
    except ValueError as e:
        print("  suppressed:", e)
with suppress_value_errors():
    int("not a number")
print("continued after suppressed error")
@contextmanager
def transaction(store):
    snapshot = dict(store)
    try:
        yield store
        print("  commit", store)
    except Exception as e:
        store.clear()
        store.update(snapshot)
        print("  rollback after", type(e).__name__)
        raise
data = {"balance": 100}
with transaction(data) as d:
    d["balance"] -= 30
try:
    with transaction(data) as d:
        d["balance"] -= 500
        if d["balance"] < 0:
            raise RuntimeError("overdrawn")
except RuntimeError as e:
    print("RuntimeError:", e)
print(data)
@contextmanager
def counter():
    state = {"n": 0}
    yield state
    print("  final count", state["n"])
with counter() as c:
    for _ in range(5):
        c["n"] += 1
@contextmanager
def broken():
    yield 1
    yield 2
try:
    with broken():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
