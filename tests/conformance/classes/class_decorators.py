# Class decorators: adding methods, registering classes, auto-generating __repr__ and ordering.
def auto_repr(cls):
    fields = list(cls.__init__.__code__.co_varnames[1:cls.__init__.__code__.co_argcount])
    def __repr__(self):
        args = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({args})"
    cls.__repr__ = __repr__
    return cls
def ordered_by(*keys):
    def deco(cls):
        def key(self):
            return tuple(getattr(self, k) for k in keys)
        cls.__lt__ = lambda self, other: key(self) < key(other)
        cls.__eq__ = lambda self, other: key(self) == key(other)
        cls.__hash__ = lambda self: hash(key(self))
        return cls
    return deco
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
@ordered_by("last", "first")
@auto_repr
class Person:
    def __init__(self, first, last, age=0):
        self.first = first
        self.last = last
        self.age = age
people = [Person("Ann", "Lee", 30), Person("Bob", "Kim"), Person("Al", "Lee", 5)]
print(people)
print(sorted(people))
print(Person("x", "y") == Person("x", "y", 99), len({Person("x", "y"), Person("x", "y", 1)}), registry)
def with_counter(cls):
    original_init = cls.__init__
    cls.instances = 0
    def __init__(self, *a, **k):
        original_init(self, *a, **k)
        cls.instances += 1
    cls.__init__ = __init__
    return cls
@with_counter
class Widget:
    def __init__(self, name):
        self.name = name
ws = [Widget(n) for n in "abc"]
print(Widget.instances, [w.name for w in ws])
def singleton(cls):
    cls._instance = None
    original_new = cls.__new__
    def __new__(klass, *a, **k):
        if klass._instance is None:
            klass._instance = object.__new__(klass)
        return klass._instance
    cls.__new__ = __new__
    return cls
@singleton
class Config:
    def __init__(self, v=None):
        if v is not None:
            self.v = v
c1 = Config(1)
c2 = Config()
print(c1 is c2, c2.v)
def add_method(name, fn):
    def deco(cls):
        setattr(cls, name, fn)
        return cls
    return deco
@add_method("shout", lambda self: self.word.upper() + "!")
class Word:
    def __init__(self, word):
        self.word = word
print(Word("hey").shout(), hasattr(Word, "shout"))
