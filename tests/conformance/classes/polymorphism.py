# Polymorphism through duck typing and overriding: the same call works on many types.
import math
class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__)
    def __repr__(self):
        return f"{type(self).__name__}(area={self.area():.2f})"
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Triangle(Shape):
    def __init__(self, a, b, c):
        self.sides = (a, b, c)
    def area(self):
        a, b, c = self.sides
        s = (a + b + c) / 2
        return math.sqrt(s * (s - a) * (s - b) * (s - c))
shapes = [Circle(1), Rect(2, 3), Triangle(3, 4, 5), Circle(0.5)]
print(shapes)
print(sorted(shapes, key=lambda s: s.area()))
print(round(sum(s.area() for s in shapes), 4), max(shapes, key=lambda s: s.area()))
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Duck:
    def speak(self):
        return "quack"
class Robot:
    def speak(self):
        return "beep"
class Person:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"hello, I'm {self.name}"
for thing in [Duck(), Robot(), Person("Ann"), "not a speaker"]:
    speak = getattr(thing, "speak", None)
    print(speak() if callable(speak) else f"{thing!r} cannot speak")
def total_length(things):
    return sum(len(t) for t in things)
print(total_length(["abc", [1, 2], (3,), {"k": 1}, range(10), b"xy"]))
class Temperature:
    def __init__(self, c):
        self.c = c
    def __str__(self):
        return f"{self.c}C"
    def __repr__(self):
        return f"Temperature({self.c})"
    def __format__(self, spec):
        return format(self.c, spec) + "C"
for v in [1, 2.5, "s", Temperature(20), [1], None]:
    print(f"{str(v):>8}|{v!r:>22}|")
