# Exception objects: args, str and repr with zero, one and several arguments, and attributes.
cases = [Exception(), Exception("one"), Exception("a", 2), ValueError(""), KeyError("key"), KeyError(),
         KeyError("a", "b"), IndexError(3), StopIteration(5), SystemExit(3),
         TypeError(None), ZeroDivisionError("custom msg"), RuntimeError(["list", "arg"])]
for e in cases:
    print(f"{type(e).__name__:18} str={str(e)!r:28} repr={e!r}")
    print(" " * 19 + f"args={e.args}")
print(StopIteration(5).value, SystemExit(3).code, SystemExit().code)
e = ValueError("mutable args")
e.args = ("changed", 1)
print(e, repr(e))
e.custom = "attribute"
print(e.custom, hasattr(ValueError(), "custom"))
try:
    raise ValueError
except ValueError as caught:
    print(repr(caught), caught.args, str(caught) == "")
print(isinstance(ValueError, type), type(ValueError()).__name__, ValueError.__name__, ValueError.__module__)
class WithInit(Exception):
    def __init__(self, code):
        self.code = code
print(repr(WithInit(5)), WithInit(5).args, str(WithInit(5)))
class WithSuper(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
print(repr(WithSuper(7)), WithSuper(7).args, str(WithSuper(7)), WithSuper(7).code)
