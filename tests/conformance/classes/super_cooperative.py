# Cooperative multiple inheritance: every __init__ takes **kwargs and calls super().__init__.
class Shape:
    def __init__(self, **kwargs):
        if kwargs:
            raise TypeError(f"unexpected arguments {sorted(kwargs)}")
        self.parts = ["Shape"]
class Colored(Shape):
    def __init__(self, color="black", **kwargs):
        super().__init__(**kwargs)
        self.color = color
        self.parts.append("Colored")
class Positioned(Shape):
    def __init__(self, x=0, y=0, **kwargs):
        super().__init__(**kwargs)
        self.x, self.y = x, y
        self.parts.append("Positioned")
class Sized(Shape):
    def __init__(self, w=1, h=1, **kwargs):
        super().__init__(**kwargs)
        self.w, self.h = w, h
        self.parts.append("Sized")
class Box(Colored, Positioned, Sized):
    def __init__(self, label, **kwargs):
        super().__init__(**kwargs)
        self.label = label
        self.parts.append("Box")
    def __repr__(self):
        return f"Box({self.label!r}, {self.color}, at {self.x},{self.y}, {self.w}x{self.h})"
b = Box("crate", color="red", x=3, w=5, h=2)
print(b, b.parts)
print([c.__name__ for c in Box.__mro__])
try:
    Box("oops", depth=3)
except TypeError as e:
    print("TypeError:", e)
class Base:
    def greet(self):
        return "base"
class Mid(Base):
    def greet(self):
        return "mid>" + super().greet()
class Leaf(Mid):
    def greet(self):
        return "leaf>" + super().greet()
    def skip(self):
        return super(Mid, self).greet()
print(Leaf().greet(), Leaf().skip())
class WithClassmethod:
    @classmethod
    def create(cls):
        return f"created {cls.__name__}"
class Sub(WithClassmethod):
    @classmethod
    def create(cls):
        return super().create() + " via Sub"
print(Sub.create(), WithClassmethod.create())
