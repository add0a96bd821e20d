# classmethod and staticmethod: alternative constructors, class-level counters, utility functions.
class Date:
    created = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).created += 1
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @classmethod
    def today_placeholder(cls):
        return cls(2000, 1, 1)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def days_in_month(self):
        return [31, 29 if self.is_leap(self.y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][self.m - 1]
    def __repr__(self):
        return f"{type(self).__name__}({self.y:04d}-{self.m:02d}-{self.d:02d})"
class FancyDate(Date):
    def __repr__(self):
        return "*" + super().__repr__() + "*"
d1 = Date.from_string("2024-02-10")
d2 = FancyDate.from_string("1900-02-01")
d3 = d1.from_string("2023-12-25")
print(d1, d2, d3, Date.today_placeholder(), FancyDate.today_placeholder())
print(d1.days_in_month(), d2.days_in_month(), Date.is_leap(2000), d1.is_leap(2023))
print(Date.created, FancyDate.created, d1.created)
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(Date.from_string.__self__ is Date, FancyDate.from_string.__self__ is FancyDate)
class Registry:
    _items = []
    @classmethod
    def add(cls, item):
        cls._items.append(item)
        return len(cls._items)
    @classmethod
    def items(cls):
        return list(cls._items)
class OwnRegistry(Registry):
    _items = []
Registry.add("a")
OwnRegistry.add("b")
OwnRegistry.add("c")
print(Registry.items(), OwnRegistry.items())
class MathUtil:
    @staticmethod
    def clamp(x, lo, hi):
        return max(lo, min(hi, x))
print(MathUtil.clamp(15, 0, 10), MathUtil().clamp(-5, 0, 10), MathUtil.clamp.__qualname__)
