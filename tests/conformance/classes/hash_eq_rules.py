# __eq__ and __hash__: defining __eq__ alone removes hashing; consistent hash/eq for set and dict use.
class Plain:
    pass
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v
class EqHash(EqOnly):
    def __hash__(self):
        return hash(self.v)
class HashOnly:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
print(Plain.__hash__ is object.__hash__, EqOnly.__hash__, EqHash.__hash__ is not None)
p = Plain()
print(p == p, p == Plain(), hash(p) == hash(p), len({p, p, Plain()}))
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(1)}
except TypeError:
    print("TypeError when putting EqOnly in a set")
s = {EqHash(1), EqHash(1), EqHash(2)}
print(len(s), EqHash(2) in s, EqHash(3) in s)
d = {EqHash("k"): "value"}
print(d[EqHash("k")], EqHash("k") in d)
h = {HashOnly(1), HashOnly(1)}
print(len(h))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    __hash__ = None
try:
    hash(Point(1, 2))
except TypeError as e:
    print("TypeError:", e)
class Frozen:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
    def __eq__(self, other):
        return isinstance(other, Frozen) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((Frozen, self.x, self.y))
    def __repr__(self):
        return f"Frozen({self.x}, {self.y})"
visits = {}
for pt in [Frozen(0, 0), Frozen(1, 2), Frozen(0, 0), Frozen(1, 2), Frozen(1, 2)]:
    visits[pt] = visits.get(pt, 0) + 1
print(visits)
class Parent:
    def __hash__(self):
        return 7
class ChildEq(Parent):
    def __eq__(self, other):
        return True
print(Parent.__hash__ is not None, ChildEq.__hash__)
class KeepsHash(Parent):
    def __eq__(self, other):
        return True
    __hash__ = Parent.__hash__
print(hash(KeepsHash()))
