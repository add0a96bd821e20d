# Arithmetic dunders on a Vector class: binary, reflected, in-place, unary, and NotImplemented.
import math
class Vector:
    def __init__(self, *coords):
        self.c = tuple(coords)
    def __repr__(self):
        return f"Vector{self.c}"
    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self.c, other.c)))
    def __sub__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(*(a - b for a, b in zip(self.c, other.c)))
    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self.c, k.c))
        if isinstance(k, (int, float)):
            return Vector(*(a * k for a in self.c))
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vector(*(a / k for a in self.c))
    def __floordiv__(self, k):
        return Vector(*(a // k for a in self.c))
    def __mod__(self, k):
        return Vector(*(a % k for a in self.c))
    def __pow__(self, k):
        return Vector(*(a ** k for a in self.c))
    def __neg__(self):
        return Vector(*(-a for a in self.c))
    def __pos__(self):
        return Vector(*self.c)
    def __abs__(self):
        return math.sqrt(sum(a * a for a in self.c))
    def __matmul__(self, other):
        return self * other
    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c
    def __hash__(self):
        return hash(self.c)
v = Vector(3, 4)
w = Vector(1, -2)
print(v + w, v - w, v * 2, 2 * v, v * w, v @ w, v / 2, v // 2, v % 3, v ** 2, -v, +v, abs(v))
print(v == Vector(3, 4), v != w, {v: "v"}[Vector(3, 4)])
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "x" * v
except TypeError as e:
    print("TypeError:", e)
acc = Vector(0, 0)
orig = acc
for vec in [v, w, v]:
    acc += vec
print(acc, orig, acc is orig)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __radd__(self, other):
        return self.__add__(other)
    def __repr__(self):
        return f"Money({self.cents})"
print(Money(5) + 3, 3 + Money(5), sum([Money(1), Money(2), Money(3)]), Money(1) + Money(2))
