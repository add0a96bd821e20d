# None, identity tests, and id-based reasoning that does not print addresses.
def nothing():
    pass
def implicit(x):
    if x:
        return "yes"
print(nothing(), implicit(0), implicit(1))
r = nothing()
print(r is None, r == None, type(r).__name__, repr(None), str(None))
a = []
b = a
c = list(a)
print(a is b, a is c, id(a) == id(b), id(a) == id(c), a == c)
print(None is None, type(None)() is None)
x = None
x = x or "fallback"
print(x)
def get(d, k, default=None):
    return d[k] if k in d else default
print(get({"a": 1}, "a"), get({"a": 1}, "b"), get({}, "z", 0))
values = [1, None, 2, None, 3]
print([v for v in values if v is not None], values.count(None), values.index(None))
print(sorted(values, key=lambda v: (v is None, v or 0)))
s1 = "hello world"
s2 = " ".join(["hello", "world"])
print(s1 == s2)
t1 = (1, 2)
t2 = tuple([1, 2])
print(t1 == t2)
print(isinstance(None, object), None.__class__.__name__, bool(None))
d = {None: "none-key", 0: "zero"}
print(d[None], d[0], None in d)
class Sentinel:
    pass
MISSING = Sentinel()
def lookup(d, k, default=MISSING):
    if k in d:
        return d[k]
    if default is MISSING:
        return "missing!"
    return default
print(lookup({}, "k"), lookup({}, "k", None), lookup({"k": 0}, "k"))
print(MISSING is MISSING, MISSING == Sentinel(), isinstance(MISSING, Sentinel))
print([None] * 3, (None,) * 2, None if 0 else "zero-was-falsy")
