# Class and instance introspection: __name__, __qualname__, __module__, __dict__, __class__, dir, vars.
class Outer:
    "Outer doc."
    attr = 1
    class Inner:
        pass
    def method(self):
        return self.__class__.__name__
o = Outer()
o.inst = "x"
print(Outer.__name__, Outer.__qualname__, Outer.Inner.__qualname__, Outer.__module__, Outer.__doc__)
print(o.__class__ is Outer, type(o) is Outer, o.method(), vars(o), o.__dict__ is vars(o))
print(sorted(k for k in Outer.__dict__ if not k.startswith("__")), "attr" in dir(o), "inst" in dir(o))
print([n for n in dir(o) if not n.startswith("_")])
print(getattr(o, "attr"), getattr(o, "nope", None), hasattr(Outer, "method"), callable(getattr(o, "method")))
setattr(o, "dynamic", 42)
print(o.dynamic, vars(o))
delattr(o, "dynamic")
print(hasattr(o, "dynamic"))
print(Outer.__bases__, object.__bases__, Outer.Inner.__module__, type(Outer.__dict__).__name__)
class Sub(Outer):
    pass
print(Sub.__name__, Sub.__mro__[1] is Outer, Sub.attr, "attr" in Sub.__dict__, Sub.__doc__)
print(isinstance(o, (int, Outer)), issubclass(Sub, Outer), Sub.__subclasses__(), [c.__name__ for c in Outer.__subclasses__()])
print(type(Outer.method).__name__, type(o.method).__name__, o.method.__self__ is o, o.method.__func__ is Outer.method)
print(Outer.method.__name__, Outer.method.__qualname__, Outer.Inner().__class__.__name__)
def f():
    pass
print(f.__module__, f.__qualname__, int.__module__, len.__module__ if hasattr(len, "__module__") else "?")
class Slotted:
    __slots__ = ("a",)
print(hasattr(Slotted(), "__dict__"), "a" in dir(Slotted))
