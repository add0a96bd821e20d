# property: computed attributes, validation in setters, deleters, read-only properties.
class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"below absolute zero: {value}")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("  deleting celsius")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, round(t.fahrenheit, 6))
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(hasattr(t, "_c"))
try:
    t.celsius
except AttributeError as e:
    print("AttributeError raised after delete")
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        return round(3.14159 * self.r ** 2, 3)
c = Circle(2)
print(c.area)
try:
    c.area = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.area
except AttributeError as e:
    print("AttributeError:", e)
print(type(Circle.area).__name__, Circle.area.fget.__name__, Circle.area.fset, Temperature.celsius.fdel is not None)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        if not hasattr(self, "_value"):
            self.computed += 1
            self._value = sum(range(1000))
        return self._value
lz = Lazy()
print(lz.value, lz.value, lz.computed)
class Child(Temperature):
    @property
    def celsius(self):
        return "overridden"
print(Child.__dict__["celsius"].fset, Child.__mro__[1].__name__)
try:
    Child()
except AttributeError as e:
    print("AttributeError:", e)
