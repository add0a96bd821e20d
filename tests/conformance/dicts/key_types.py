# What can be a dict key: hashable values of many types; equal values are the same key.
d = {}
d[1] = "int"
d["1"] = "str"
d[(1, 2)] = "tuple"
d[frozenset({1})] = "frozenset"
d[None] = "none"
d[2.5] = "float"
d[b"1"] = "bytes"
d[range(3)] = "range"
d[True] = "true overwrites 1"
print(d)
print(d[1], d[(1, 2)], d[frozenset([1])], d[None], d[2.5], d[b"1"], d[range(0, 3)])
for bad in ([1], {1: 2}, {1}):
    try:
        d[bad] = 1
    except TypeError:
        print("unhashable:", type(bad).__name__)
try:
    d[(1, [2])] = 1
except TypeError:
    print("unhashable: tuple containing a list")
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P{self.x},{self.y}"
pts = {Point(1, 2): "a", Point(3, 4): "b"}
print(pts[Point(1, 2)], Point(3, 4) in pts, Point(0, 0) in pts, pts)
class Plain:
    pass
p1, p2 = Plain(), Plain()
dp = {p1: 1, p2: 2}
print(dp[p1], dp[p2], len(dp))
class EqOnly:
    def __eq__(self, other):
        return True
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__, "raised for a class with __eq__ and no __hash__")
print(EqOnly.__hash__ is None, Plain.__hash__ is not None)
keys = [(0, 0), (0, 1), (1, 0), (1, 1)]
grid = dict.fromkeys(keys, ".")
grid[(1, 1)] = "#"
print("".join(grid[(r, c)] for r in range(2) for c in range(2)))
