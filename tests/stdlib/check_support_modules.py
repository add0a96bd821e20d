# The small support modules: abc, numbers, reprlib, linecache, __future__, opcode, keyword-free
# helpers used by the others.
import abc
import numbers
import reprlib
import linecache
import __future__
from fractions import Fraction

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...
    @property
    @abc.abstractmethod
    def name(self):
        ...
class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    @property
    def name(self):
        return "square"
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
class Half(Shape):
    def area(self):
        return 0
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
print(Square(3).area(), Square(3).name, sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
class Duck:
    pass
Shape.register(Duck)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape), issubclass(int, Shape))
class Sized2(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "__len__") or NotImplemented
print(isinstance([], Sized2), isinstance(3, Sized2))
try:
    Shape.register(3)
except TypeError as e:
    print("TypeError:", e)
class Meta(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def f(self): ...
    @abc.abstractmethod
    def g(self): ...
try:
    Meta()
except TypeError as e:
    print("TypeError:", e)
print(isinstance(3, numbers.Integral), isinstance(3.5, numbers.Real), isinstance(3.5, numbers.Rational),
      isinstance(Fraction(1, 2), numbers.Rational), isinstance(True, numbers.Number), isinstance("3", numbers.Number))
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(10)}))
print(reprlib.repr(set(range(10))), reprlib.repr((1, [2, [3, [4, [5, [6, [7]]]]]])), reprlib.repr(10 ** 50))
class Node:
    def __init__(self):
        self.children = [self]
    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%r)" % self.children
print(Node())
print(repr(linecache.getline(__file__, 1)), linecache.getline(__file__, 10 ** 6) == "", linecache.getlines("<string>"))
print(__future__.annotations, __future__.annotations.getMandatoryRelease(), "generator_stop" in __future__.all_feature_names)
