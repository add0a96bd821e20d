# abc.ABC and abstractmethod: un-instantiable bases, concrete subclasses, abstract properties.
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f"{type(self).__name__}: area={self.area():.2f} perimeter={self.perimeter():.2f}"
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class HalfDone(Shape):
    def area(self):
        return 0
for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError:
        print("TypeError: cannot instantiate", cls.__name__, sorted(cls.__abstractmethods__))
for s in (Rect(2, 3.5), Square(4)):
    print(s.describe(), isinstance(s, Shape))
print(sorted(Rect.__abstractmethods__), issubclass(Square, Shape))
class Named(ABC):
    @property
    @abstractmethod
    def name(self):
        ...
class Fixed(Named):
    @property
    def name(self):
        return "fixed"
print(Fixed().name)
class Base(ABC):
    pass
Base.register(int)
print(isinstance(5, Base), issubclass(bool, Base), type(Base()).__name__)
