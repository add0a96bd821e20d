# Rich comparisons: __eq__/__lt__ and friends, reflection, NotImplemented, functools.total_ordering.
import functools
@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
a, b, c = Version("1.2"), Version("1.10"), Version("1.2.0")
print(a < b, a <= b, a > b, a >= b, a == c, a != b, b > a)
print(sorted([Version("2.0"), a, b, Version("0.9.9")]), max(a, b), min(a, b))
print(a == "1.2", a != "1.2")
try:
    a < "1.3"
except TypeError as e:
    print("TypeError:", e)
class Loud:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print(f"  {self.name}.__eq__({getattr(other, 'name', other)})")
        return NotImplemented
    def __lt__(self, other):
        print(f"  {self.name}.__lt__({getattr(other, 'name', other)})")
        return NotImplemented
    def __gt__(self, other):
        print(f"  {self.name}.__gt__({getattr(other, 'name', other)})")
        return NotImplemented
x, y = Loud("x"), Loud("y")
print(x == y)
print(x == x)
try:
    x < y
except TypeError as e:
    print("TypeError:", e)
class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < (other.v if isinstance(other, Num) else other)
    def __gt__(self, other):
        return self.v > (other.v if isinstance(other, Num) else other)
    def __repr__(self):
        return f"Num({self.v})"
print(Num(1) < 2, 2 > Num(1), 5 < Num(3), sorted([Num(3), Num(1), Num(2)]))
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2), OnlyEq(1) in [OnlyEq(1)])
