# DESIGN.md's tuple rows (CPython 3.14 behaviour): which tuples the collector tracks, and how a
# Expected output from DESIGN.md (3.14); python3.11 differs on the packed/copied tuples and dicts.
# collection untracks the ones whose items can't take part in a cycle.
import gc


def packed(x, y):
    return (x, y)


def constant():
    return (1, 2)


a = packed(1, 2)
b = tuple([1, 2])
c = tuple(range(5))
d = tuple("abc")
e = (1, [])
f = constant()
g = packed([], 1)
h = {"k": 1}
print("packed ints:", gc.is_tracked(a))
print("copied from a list:", gc.is_tracked(b))
print("from range:", gc.is_tracked(c))
print("from a str:", gc.is_tracked(d))
print("with a list:", gc.is_tracked(e))
print("constant in a function:", gc.is_tracked(f))
print("packed with a list:", gc.is_tracked(g))
print("dict of ints:", gc.is_tracked(h), gc.is_tracked({}))
gc.collect()
print("after collect:", [gc.is_tracked(t) for t in (a, b, c, d, e, f, g)], gc.is_tracked(h))
nested = ((1, 2), (3, 4))
gc.collect()
print("nested atomic:", gc.is_tracked(nested))
