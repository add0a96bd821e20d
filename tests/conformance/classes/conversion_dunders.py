# Conversion hooks: __int__, __float__, __index__, __round__, __trunc__, __floor__, __ceil__, __abs__.
import math
import operator
class Meters:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __round__(self, ndigits=None):
        return Meters(round(self.v, ndigits)) if ndigits is not None else round(self.v)
    def __trunc__(self):
        return math.trunc(self.v)
    def __floor__(self):
        return math.floor(self.v)
    def __ceil__(self):
        return math.ceil(self.v)
    def __abs__(self):
        return Meters(abs(self.v))
    def __neg__(self):
        return Meters(-self.v)
    def __repr__(self):
        return f"Meters({self.v})"
m = Meters(-3.75)
print(int(m), float(m), round(m), round(m, 1), math.trunc(m), math.floor(m), math.ceil(m), abs(m), -m)
class Idx:
    def __init__(self, i):
        self.i = i
    def __index__(self):
        return self.i
lst = list("abcdef")
print(lst[Idx(2)], lst[Idx(1):Idx(4)], "xyz"[Idx(-1)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(3)), [0] * Idx(2), int(Idx(7)), operator.index(Idx(9)))
try:
    lst[Meters(1)]
except TypeError as e:
    print("TypeError:", e)
try:
    float(Idx(1))
except TypeError as e:
    print("TypeError", type(e).__name__)
class Strish:
    def __str__(self):
        return "strish"
    def __bytes__(self):
        return b"bytesish"
print(str(Strish()), bytes(Strish()), f"{Strish()}", "%s" % Strish())
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v > 0
print([bool(Truthy(v)) for v in (-1, 0, 1)], int(True), float(False))
