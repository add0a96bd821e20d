# collections.namedtuple: fields, defaults, _make, _asdict, _replace, _fields, subclassing.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4), tuple(p), list(p), hash(p) == hash((3, 4)))
x, y = p
print(x + y, Point._fields, p._asdict(), p._replace(y=10), Point._make([7, 8]))
Person = namedtuple("Person", "name age city", defaults=("unknown",))
print(Person("ann", 30), Person("bo", 5, "oslo"), Person._field_defaults)
try:
    Person("x")
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError raised when assigning a field")
class Vec(namedtuple("Vec", "x y z")):
    __slots__ = ()
    def __add__(self, other):
        return Vec(*(a + b for a, b in zip(self, other)))
    def norm(self):
        return sum(c * c for c in self) ** 0.5
    def __repr__(self):
        return f"Vec<{self.x}, {self.y}, {self.z}>"
v = Vec(1, 2, 2)
print(v + Vec(1, 1, 1), v.norm(), sorted([Vec(2, 0, 0), Vec(1, 5, 5)]), isinstance(v, tuple))
Row = namedtuple("Row", "id name score")
rows = [Row(1, "b", 90), Row(2, "a", 75), Row(3, "c", 90)]
print(sorted(rows, key=lambda r: (-r.score, r.name)))
print(max(rows, key=lambda r: r.score).name, [r.name for r in rows if r.score > 80])
print({r.name: r.score for r in rows}, Row(*"xyz"), Row._make(range(3)))
Renamed = namedtuple("Renamed", ["ok", "def", "ok"], rename=True)
print(Renamed._fields)
print(Point.__name__, type(p).__name__, p.count(3), p.index(4), Point.__doc__)
