# An event emitter built from plain functions: subscribe, unsubscribe, once, and error isolation.
class Emitter:
    def __init__(self):
        self.listeners = {}
    def on(self, event, fn):
        self.listeners.setdefault(event, []).append(fn)
        return lambda: self.listeners[event].remove(fn)
    def once(self, event, fn):
        def wrapper(*args):
            unsubscribe()
            return fn(*args)
        unsubscribe = self.on(event, wrapper)
    def emit(self, event, *args):
        results = []
        for fn in list(self.listeners.get(event, [])):
            try:
                results.append(fn(*args))
            except Exception as e:
                results.append(f"error: {type(e).__name__}: {e}")
        return results
em = Emitter()
log = []
unsub = em.on("data", lambda x: log.append(("first", x)) or "first ok")
em.on("data", lambda x: 10 / x)
em.once("data", lambda x: f"once got {x}")
print(em.emit("data", 5))
print(em.emit("data", 0))
unsub()
print(em.emit("data", 2), em.emit("nothing"))
print(log)
def make_debounced(fn):
    last = [None]
    def call(value):
        if value == last[0]:
            return "skipped"
        last[0] = value
        return fn(value)
    return call
shout = make_debounced(lambda v: v.upper())
print([shout(v) for v in ["a", "a", "b", "b", "a"]])
def chain(*steps):
    def run(value, done):
        def step(i, v):
            if i == len(steps):
                return done(v)
            return steps[i](v, lambda nv: step(i + 1, nv))
        return step(0, value)
    return run
add_one = lambda v, nxt: nxt(v + 1)
double = lambda v, nxt: nxt(v * 2)
stop_if_big = lambda v, nxt: f"stopped at {v}" if v > 10 else nxt(v)
print(chain(add_one, double, stop_if_big, double)(2, lambda v: f"done {v}"))
print(chain(add_one, double, stop_if_big, double)(9, lambda v: f"done {v}"))
