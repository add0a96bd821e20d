# Guaranteed cleanup of several resources with nested try/finally and an ExitStack-like helper.
class Resource:
    def __init__(self, name, fail_on_open=False, fail_on_close=False):
        self.name = name
        self.fail_on_open = fail_on_open
        self.fail_on_close = fail_on_close
        self.open = False
    def acquire(self):
        if self.fail_on_open:
            raise OSError(f"cannot open {self.name}")
        self.open = True
        print(f"  opened {self.name}")
        return self
    def release(self):
        self.open = False
        print(f"  closed {self.name}")
        if self.fail_on_close:
            raise OSError(f"error closing {self.name}")
class Stack:
    def __init__(self):
        self.resources = []
    def enter(self, res):
        self.resources.append(res.acquire())
        return res
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        pending = None
        while self.resources:
            res = self.resources.pop()
            try:
                res.release()
            except Exception as e:
                pending = e
        if pending is not None and et is None:
            raise pending
        return False
def run(specs):
    try:
        with Stack() as st:
            handles = [st.enter(Resource(*spec)) for spec in specs]
            print("  working with", [h.name for h in handles])
            return "finished"
    except OSError as e:
        return f"OSError: {e}"
print(run([("db",), ("cache",), ("log",)]))
print(run([("db",), ("cache", True), ("log",)]))
print(run([("db",), ("cache", False, True), ("log",)]))
def manual():
    a = Resource("a").acquire()
    try:
        b = Resource("b").acquire()
        try:
            raise ValueError("work failed")
        finally:
            b.release()
    finally:
        a.release()
try:
    manual()
except ValueError as e:
    print("ValueError:", e)
