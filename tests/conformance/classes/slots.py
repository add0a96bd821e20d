# __slots__: fixed attribute sets, no per-instance __dict__, inheritance with and without slots.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(1, 2)
p.x = 10
print(p, hasattr(p, "__dict__"), Point.__slots__, type(Point.x).__name__)
try:
    p.z = 3
except AttributeError:
    print("AttributeError when adding an attribute outside __slots__")
class Partial:
    __slots__ = ("a", "b")
pp = Partial()
pp.a = 1
try:
    pp.b
except AttributeError as e:
    print("AttributeError:", e)
del pp.a
print(hasattr(pp, "a"))
class Point3(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
p3 = Point3(1, 2, 3)
print(p3, p3.z, hasattr(p3, "__dict__"))
class Loose(Point):
    pass
lo = Loose(5, 6)
lo.extra = "allowed"
print(lo, lo.extra, lo.__dict__)
class WithDict:
    __slots__ = ("a", "__dict__")
wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.b, wd.__dict__)
class Defaults:
    __slots__ = ("v",)
    kind = "class attribute is fine"
d = Defaults()
print(d.kind)
try:
    d.kind = "instance override"
except AttributeError:
    print("class attributes are read-only through slotted instances")
points = [Point(i, i * i) for i in range(5)]
print(points, sum(pt.y for pt in points))
print(sorted(Point.__dict__.keys() & {"x", "y", "__slots__"}))
