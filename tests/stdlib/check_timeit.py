# timeit: Timer with string and callable statements, timeit/repeat/autorange, module-level
# helpers, globals, gc switched off while timing, errors. Timings are never printed (only their
# types and that they are >= 0).
import gc
import sys
import timeit

def ok(t):
    return type(t).__name__ + (" >=0" if t >= 0 else " NEGATIVE")

print(timeit.default_timer is __import__("time").perf_counter)
print(timeit.default_number if hasattr(timeit, "default_number") else 1000000)

# A string statement runs `number` times; the setup runs once per timing.
log = []
t = timeit.Timer("log.append('s')", setup="log.append('setup')", globals={"log": log})
print(ok(t.timeit(3)), log)
del log[:]
print(ok(t.timeit(number=0)), log)

# Names defined by the setup are visible to the statement (they are locals of one function).
t = timeit.Timer("total = sum(data)", setup="data = list(range(100))")
print(ok(t.timeit(10)))

# Multi-line statements and setup.
counter = {"n": 0}
stmt = """
for i in range(3):
    counter['n'] += 1
"""
t = timeit.Timer(stmt, setup="x = 1\ny = 2", globals={"counter": counter})
t.timeit(4)
print("multi-line:", counter["n"])

# Callables for either part.
calls = []
def setup():
    calls.append("setup")
def work():
    calls.append("work")
t = timeit.Timer(work, setup)
print(ok(t.timeit(2)), calls)
del calls[:]
t = timeit.Timer(work, "pass")
print(ok(t.timeit(2)), calls)
del calls[:]
t = timeit.Timer("calls.append('str')", setup, globals={"calls": calls})
print(ok(t.timeit(2)), calls)

# repeat gives a list of `repeat` floats.
del calls[:]
r = timeit.Timer(work).repeat(repeat=3, number=2)
print(type(r).__name__, len(r), all(x >= 0 for x in r), len(calls))

# A fake timer makes the result exact: each call to the timer adds 1.5.
class FakeTimer:
    def __init__(self):
        self.now = 0.0
    def __call__(self):
        self.now += 1.5
        return self.now
print(timeit.Timer("pass", timer=FakeTimer()).timeit(5))
print(timeit.Timer(work, timer=FakeTimer()).repeat(2, 1))

# autorange: tries 1, 2, 5, 10, ... until a timing takes at least 0.2 seconds. The fake timer
# reports 0.03 seconds for every loop the statement has run.
seen = []
n_loops = [0]
def counting():
    n_loops[0] += 1
class LoopTimer:
    def __call__(self):
        return n_loops[0] * 0.03
number, taken = timeit.Timer(counting, timer=LoopTimer()).autorange(
    callback=lambda n, t: seen.append((n, round(t, 6))))
print("autorange:", number, round(taken, 6), seen)
number, taken = timeit.Timer("pass").autorange()
print(type(number).__name__, number >= 1, ok(taken))

# Module-level helpers.
print(ok(timeit.timeit("x = 1", number=10)))
print(ok(timeit.timeit(work, number=1)))
r = timeit.repeat("x = 1", repeat=2, number=5)
print(type(r).__name__, len(r))
r = timeit.repeat("y = z * 2", setup="z = 21", repeat=4, number=3)
print(len(r), all(isinstance(x, float) for x in r))
print(ok(timeit.timeit("f()", globals={"f": lambda: None}, number=3)))

# The garbage collector is off while timing and restored afterwards.
states = []
def probe():
    states.append(gc.isenabled())
print("before:", gc.isenabled())
timeit.timeit(probe, number=2)
print("during:", states, "after:", gc.isenabled())
gc.disable()
del states[:]
timeit.timeit(probe, number=1)
print("was off -> during:", states, "after:", gc.isenabled())
gc.enable()
# ... even when the statement raises.
def boom():
    raise KeyError("boom")
try:
    timeit.timeit(boom, number=1)
except KeyError as e:
    print("KeyError", e, "gc on again:", gc.isenabled())

# Errors.
for bad in [("stmt", 42), ("setup", 42)]:
    try:
        timeit.Timer(**{bad[0]: bad[1]})
    except ValueError as e:
        print("ValueError", e)
for src in ["x = (", "return 1", "yield 1"]:
    try:
        timeit.Timer(src)
    except SyntaxError as e:
        print("SyntaxError for", repr(src))
try:
    timeit.Timer("pass", setup="def (")
except SyntaxError:
    print("SyntaxError for setup")
try:
    timeit.timeit("undefined_name_xyz", number=1)
except NameError as e:
    print("NameError", e)

# print_exc needs the interpreter's traceback formatter; it is exercised by hand, not here.
print("print_exc:", callable(timeit.Timer("pass").print_exc))
