# __new__: controlling instance creation, immutable subclasses, caching and singletons.
class UpperStr(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
    def shout(self):
        return self + "!"
u = UpperStr("hello")
print(u, type(u).__name__, u.shout(), len(u), u == "HELLO", isinstance(u, str))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(3, 4)
print(p, p.x, p.y, p + (5,), hash(p) == hash((3, 4)), p == (3, 4), len(p))
class Celsius(float):
    def __new__(cls, degrees):
        if degrees < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, degrees)
    def __repr__(self):
        return f"{float(self)}°C"
t = Celsius(21.5)
print(t, t + 1, type(t + 1).__name__, repr(t))
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)
class Interned:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            print(f"  creating {key}")
            inst = super().__new__(cls)
            inst.key = key
            cls._cache[key] = inst
        return cls._cache[key]
a1 = Interned("a")
a2 = Interned("a")
b1 = Interned("b")
print(a1 is a2, a1 is b1, len(Interned._cache))
class Tracker:
    def __new__(cls, *args):
        print("  __new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("  __init__", args)
        self.args = args
Tracker(1, 2)
class NotInit:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotInit())
class EvenInt(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)
print(EvenInt(7), EvenInt(8), EvenInt(7) + EvenInt(3), type(EvenInt(5)).__name__)
