# A Fraction-like number class interoperating with int: arithmetic, reflection, hashing, ordering.
import math
class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("zero denominator")
        if den < 0:
            num, den = -num, -den
        g = math.gcd(num, den)
        self.num, self.den = num // g, den // g
    @staticmethod
    def _coerce(x):
        if isinstance(x, Frac):
            return x
        if isinstance(x, int):
            return Frac(x)
        return None
    def __add__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.num * o.den - o.num * self.den, self.den * o.den)
    def __rsub__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else o - self
    def __mul__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.num * o.den, self.den * o.num)
    def __rtruediv__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else o / self
    def __neg__(self):
        return Frac(-self.num, self.den)
    def __pow__(self, n):
        return Frac(self.num ** n, self.den ** n) if n >= 0 else Frac(self.den ** -n, self.num ** -n)
    def __eq__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else (self.num, self.den) == (o.num, o.den)
    def __lt__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else self.num * o.den < o.num * self.den
    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))
    def __float__(self):
        return self.num / self.den
    def __int__(self):
        return int(self.num / self.den)
    def __bool__(self):
        return self.num != 0
    def __repr__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)
a, b = Frac(1, 3), Frac(1, 6)
print(a + b, a - b, a * b, a / b, -a, a ** 2, a ** -2, 1 + a, 1 - a, 2 * a, 1 / a, a + 1)
print(a == Frac(2, 6), Frac(4, 2) == 2, 2 == Frac(4, 2), a < b, b < a, sorted([a, b, Frac(0), Frac(-1, 2)]))
print(float(a), int(Frac(7, 2)), bool(Frac(0, 5)), hash(Frac(6, 3)) == hash(2), {Frac(2, 1): "x"}[2])
h = Frac(0)
for k in range(1, 11):
    h = h + Frac(1, k)
print("H(10) =", h, round(float(h), 6))
print(sum([Frac(1, 2), Frac(1, 3), Frac(1, 6)]), Frac(3, -9))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a + 0.5
except TypeError as e:
    print("TypeError:", e)
