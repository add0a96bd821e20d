# Ways to build dicts: literals, dict(), zip, comprehensions, fromkeys, enumerate, kwargs.
keys = ["a", "b", "c"]
vals = [1, 2, 3]
print({"a": 1, "b": 2, "c": 3}, dict(a=1, b=2, c=3), dict(zip(keys, vals)), dict(zip(keys, vals, strict=True)))
print(dict([("a", 1), ("b", 2)]), dict((("x", 0),)), dict(enumerate("xyz")), dict(enumerate("xyz", 1)))
print({k: v for k, v in zip(keys, vals)}, dict.fromkeys(keys, 0), dict({"a": 1}, b=2), dict(**{"a": 1}, b=2))
print(dict(zip(range(3), range(10, 13))), dict(map(lambda kv: (kv[1], kv[0]), enumerate("abc"))))
def collect(**kwargs):
    return kwargs
print(collect(x=1, y=2), collect(), collect(**{"z": 3}), collect(a=1, **{"b": 2}))
pairs = [["k1", "v1"], ["k2", "v2"]]
print(dict(pairs), dict(["ab", "cd"]), dict([(1, 2)]))
rows = [("ann", 3), ("bob", 5)]
lookup = {name: score for name, score in rows}
print(lookup, {score: name for name, score in rows})
print(dict(sorted({"b": 1, "a": 2}.items())), dict(reversed(list({"b": 1, "a": 2}.items()))))
letters = dict(zip("abcde", range(5)))
evens = {k: v for k, v in letters.items() if v % 2 == 0}
print(letters, evens, {**letters, **evens, "z": 26})
from collections import defaultdict
dd = defaultdict(list, {"pre": [0]})
dd["pre"].append(1)
dd["new"].append(2)
print(dict(dd))
square = {n: n * n for n in range(1, 6)}
cube = dict(zip(square, (n ** 3 for n in square)))
print(square, cube)
try:
    dict(zip(keys, [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
