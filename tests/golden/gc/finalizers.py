# __del__ on refcount zero, once for cyclic garbage (PEP 442), resurrection, and exceptions in
# __del__ reported to stderr without stopping the program.
import gc

log = []


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


a = A("a")
del a
print("after del a:", log)

x = A("x")
y = A("y")
x.other = y
y.other = x
del x, y
print("before collect:", log)
print("collect found", gc.collect())
print("after collect:", sorted(log))

saved = []


class Phoenix:
    deaths = 0

    def __del__(self):
        Phoenix.deaths += 1
        saved.append(self)


p = Phoenix()
del p
print("resurrected:", len(saved), Phoenix.deaths, gc.is_finalized(saved[0]))
saved.clear()
print("second death runs no __del__:", Phoenix.deaths)

q = Phoenix()
q.self = q
del q
gc.collect()
print("cyclic phoenix:", len(saved), Phoenix.deaths)
saved[0].self = None
saved.clear()
gc.collect()
print("finalized once:", Phoenix.deaths)


class Bad:
    def __del__(self):
        raise ValueError("boom")


b = Bad()
del b
print("after Bad: still running")


def gen():
    try:
        yield 1
        yield 2
    finally:
        log.append("gen closed")


g = gen()
next(g)
del g
print(log[-1])
