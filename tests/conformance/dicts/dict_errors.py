# KeyError and friends: how missing keys of different types are reported.
d = {"a": 1, 2: "two", (3, 4): "pair"}
for key in ["b", 5, (1, 2), None, 2.5, "", "it's", ("x",), frozenset()]:
    try:
        d[key]
    except KeyError as e:
        print(repr(key), "->", type(e).__name__, str(e), repr(e), e.args)
try:
    del d["zz"]
except KeyError as e:
    print("del:", e)
try:
    d.pop(99)
except KeyError as e:
    print("pop:", e)
try:
    {}.popitem()
except KeyError as e:
    print("popitem:", e)
try:
    {1: 2} < {1: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {1: 2} + {3: 4}
except TypeError as e:
    print("TypeError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict(1)
except TypeError as e:
    print("TypeError:", e)
try:
    {}.fromkeys()
except TypeError as e:
    print("TypeError", type(e).__name__)
def lookup(mapping, key):
    try:
        return mapping[key]
    except KeyError:
        return f"<no {key!r}>"
    finally:
        pass
print(lookup(d, "a"), lookup(d, "nope"), lookup(d, (3, 4)))
err = KeyError("custom", 2)
print(str(err), repr(err), err.args)
print(str(KeyError()), repr(KeyError()), str(KeyError("")), str(KeyError(0)))
