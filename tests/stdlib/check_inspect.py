# inspect: predicates, members, docs, source code, signatures (str, parameters, bind), wrappers,
# frames. Object reprs with addresses are never printed; file names are shown relative.
import abc
import dataclasses
import functools
import inspect
import sys
import types

def attempt(label, fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", result)

def plain(a, b=1, *args, c, d=2, **kw):
    """Add things.

        Indented detail line.
    Last line.
    """
    return a

def gen_func(n):
    yield n

def noarg():
    return 1

square = lambda x: x * x

class Base:
    """A base class."""
    cls_attr = 10

    def method(self, x):
        """Base method doc."""
        return x

    @classmethod
    def make(cls, value=0):
        "Build one."
        return cls()

    @staticmethod
    def helper(y, /, z=3):
        return y

    @property
    def prop(self):
        """The property."""
        return 1

class Child(Base):
    def method(self, x):
        return x + 1

class Slotted:
    __slots__ = ("s",)

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

class Square(Shape):
    def area(self):
        return 4

# -- predicates --
objects = [("module", sys), ("class", Base), ("function", plain), ("lambda", square),
           ("generator function", gen_func), ("generator", gen_func(1)),
           ("bound method", Base().method), ("classmethod", Base.make),
           ("staticmethod via class", Base.helper), ("builtin", len), ("builtin method", [].append),
           ("method descriptor", str.join), ("property", Base.__dict__["prop"]),
           ("int", 5), ("instance", Base())]
preds = ["ismodule", "isclass", "isfunction", "ismethod", "isgeneratorfunction", "isgenerator",
         "isbuiltin", "isroutine", "ismethoddescriptor", "isdatadescriptor",
         "iscoroutinefunction", "isasyncgenfunction", "iscoroutine", "isawaitable", "isabstract"]
for label, obj in objects:
    true = [p[2:] for p in preds if getattr(inspect, p)(obj)]
    print("%-22s %s" % (label, " ".join(true)))
print(inspect.isgeneratorfunction(functools.partial(gen_func, 1)), inspect.isgeneratorfunction(Base().method))
print(inspect.isabstract(Shape), inspect.isabstract(Square), inspect.isabstract(Base), inspect.isabstract(5))
print(inspect.ismemberdescriptor(Slotted.__dict__["s"]), inspect.isdatadescriptor(Slotted.__dict__["s"]))
print(inspect.isframe(sys._getframe()), inspect.iscode(plain.__code__), inspect.istraceback(None))
try:
    1 / 0
except ZeroDivisionError as e:
    print(inspect.istraceback(e.__traceback__))

# -- members and classes --
print([name for name, _ in inspect.getmembers(Child) if not name.startswith("__")])
print([name for name, _ in inspect.getmembers(Child, inspect.isfunction)])
print([name for name, _ in inspect.getmembers(Child(), inspect.ismethod) if not name.startswith("__")])
print([(n, v) for n, v in inspect.getmembers(Base) if n == "cls_attr"])
print([c.__name__ for c in inspect.getmro(Child)])
print(type(inspect.getmembers(Base)).__name__, all(type(p) is tuple and len(p) == 2 for p in inspect.getmembers(Base)))

# -- documentation --
print(repr(inspect.getdoc(plain)))
print(repr(inspect.getdoc(Child.method)), repr(inspect.getdoc(Child().method)))
print(repr(inspect.getdoc(Base.make)), repr(inspect.getdoc(Base.__dict__["prop"])))
print(repr(inspect.getdoc(noarg)), repr(inspect.getdoc(Base)))
for doc in ["", "   ", "one line", "  lead\n    body\n      deeper\n    back\n", "\n\n  x\n\n",
            "first\n\tTabbed\n\t  more", "a\n\n   b\n  c\n"]:
    print(repr(inspect.cleandoc(doc)))

# -- files, modules, source --
here = __file__
def rel(path):
    return path.replace(here, "<check>") if isinstance(path, str) else path
print(inspect.getmodule(plain) is sys.modules[__name__], inspect.getmodule(Base).__name__,
      inspect.getmodule(inspect) is inspect, inspect.getmodule(5))
print(rel(inspect.getfile(plain)), rel(inspect.getfile(Base)), rel(inspect.getsourcefile(Child.method)),
      rel(inspect.getfile(plain.__code__)), rel(inspect.getfile(Base().method)))
attempt("getfile(5)", inspect.getfile, 5)
attempt("getfile(sys)", inspect.getfile, sys)
attempt("getfile(int)", inspect.getfile, int)
attempt("getsource(len)", inspect.getsource, len)
print(inspect.getsource(noarg), end="")
print(inspect.getsource(square), end="")
print(inspect.getsource(Base.method), end="")
print(inspect.getsource(Child), end="")
print(inspect.getsource(Base.make), end="")
print(inspect.getsource(Base.__dict__["prop"].fget), end="")
lines, start = inspect.getsourcelines(plain)
print(len(lines), lines[0].rstrip(), lines[-1].rstrip(), start == plain.__code__.co_firstlineno)

def decorate(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper

@decorate
def decorated(p, q=5):
    """Decorated doc."""
    s = '''
text at column zero
'''
    return (p,
q)
    # a trailing comment in the body

# a comment after the function

def one_liner(x): return x
class Tiny: pass

@dataclasses.dataclass
class Point:
    x: int
    y: int = 0
    tags: list = dataclasses.field(default_factory=list)

print(inspect.getsource(decorated), end="")
print(inspect.getsource(one_liner), end="")
print(inspect.getsource(Tiny), end="")
print(inspect.getsource(Point), end="")
print(inspect.getsourcelines(Point)[1] - inspect.getsourcelines(Tiny)[1])
print(inspect.getsourcelines(sys.modules[__name__])[1], inspect.getsource(sys.modules[__name__]).startswith("# inspect:"))

# -- unwrap --
print(inspect.unwrap(decorated) is decorated.__wrapped__, decorated.__name__)
print(inspect.unwrap(decorated, stop=lambda f: True) is decorated)
def loop():
    pass
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print("ValueError", str(e).split(" <")[0])

# -- signatures --
def ann(a: int, b: "str" = "x", *rest: float, flag: bool = False, **opts: dict) -> list[int]:
    pass
def posonly(a, b, /, c, *, d):
    pass
def defaults(x=None, y=(1, 2), z=[], w=object, v=len, *, u=...):
    pass
class Callable:
    def __call__(self, value, *, scale=1):
        return value
class WithNew:
    def __new__(cls, n, *, tag=None):
        return super().__new__(cls)
class WithInit(Base):
    def __init__(self, a, b=2):
        pass
class Meta(type):
    def __call__(cls, *args, meta_kw=None):
        return super().__call__()
class UsesMeta(metaclass=Meta):
    def __init__(self, ignored):
        pass
def with_sig(*args, **kwargs):
    pass
with_sig.__signature__ = inspect.Signature([inspect.Parameter("only", inspect.Parameter.POSITIONAL_OR_KEYWORD)])

for label, obj in [("plain", plain), ("ann", ann), ("posonly", posonly), ("defaults", defaults),
                   ("noarg", noarg), ("lambda", square), ("gen_func", gen_func),
                   ("bound method", Base().method), ("unbound", Base.method),
                   ("classmethod", Base.make), ("staticmethod", Base.helper),
                   ("callable instance", Callable()), ("class __new__", WithNew),
                   ("class __init__", WithInit), ("inherited __init__", type("Sub", (WithInit,), {})),
                   ("plain class", Child), ("metaclass __call__", UsesMeta), ("abc class", Square),
                   ("dataclass", Point), ("dataclass __init__", Point(1).__init__),
                   ("wrapped", decorated), ("__signature__", with_sig),
                   ("partial", functools.partial(plain, 1, d=5)),
                   ("partial kw", functools.partial(posonly, 1, c=3)),
                   ("partial of partial", functools.partial(functools.partial(ann, 1), "s"))]:
    print("%-20s %s" % (label, inspect.signature(obj)))
print(inspect.signature(decorated, follow_wrapped=False))
print(repr(inspect.signature(plain)))
attempt("signature(5)", inspect.signature, 5)
try:
    inspect.signature(functools.partial(posonly, 1, 2, 3, 4))
except ValueError as e:
    print("bad partial -> ValueError", str(e).split(" functools.partial(")[0], "...", str(e).rsplit(")", 1)[-1])

sig = inspect.signature(ann)
for name, param in sig.parameters.items():
    print(name, param.kind, param.kind.description, int(param.kind),
          param.default is inspect.Parameter.empty and "-" or repr(param.default),
          inspect.formatannotation(param.annotation) if param.annotation is not param.empty else "-",
          repr(param))
print(sig.return_annotation, list(sig.parameters), len(sig.parameters), "rest" in sig.parameters)
print(inspect.Parameter.empty is inspect.Signature.empty, inspect.Parameter.empty.__name__)
print(list(inspect.Parameter.POSITIONAL_ONLY.__class__), inspect.Parameter.KEYWORD_ONLY > inspect.Parameter.VAR_POSITIONAL)

# Building parameters and signatures by hand.
P = inspect.Parameter
p = P("x", P.POSITIONAL_OR_KEYWORD, default=3, annotation=int)
print(p, repr(p), p.replace(name="y", default=P.empty), p.replace(kind=P.KEYWORD_ONLY).kind)
print(p == P("x", P.POSITIONAL_OR_KEYWORD, default=3, annotation=int), p == p.replace(default=4),
      hash(p) == hash(P("x", P.POSITIONAL_OR_KEYWORD, default=3, annotation=int)))
attempt("bad name", P, "1x", P.POSITIONAL_ONLY)
attempt("keyword name", P, "class", P.KEYWORD_ONLY)
attempt("non-str name", P, 5, P.KEYWORD_ONLY)
attempt("bad kind", P, "x", 42)
attempt("default on *args", P, "a", P.VAR_POSITIONAL, default=1)
attempt("set attribute", setattr, p, "name", "z")
s = inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.POSITIONAL_OR_KEYWORD, default=1),
                       P("c", P.KEYWORD_ONLY), P("k", P.VAR_KEYWORD)], return_annotation=str)
print(s, s.replace(return_annotation=inspect.Signature.empty), inspect.Signature())
print(s.replace(parameters=[P("z", P.VAR_POSITIONAL)]))
attempt("wrong order", inspect.Signature, [P("c", P.KEYWORD_ONLY), P("a", P.POSITIONAL_ONLY)])
attempt("duplicate", inspect.Signature, [P("a", P.POSITIONAL_ONLY), P("a", P.KEYWORD_ONLY)])
attempt("non-default after default", inspect.Signature,
        [P("a", P.POSITIONAL_OR_KEYWORD, default=1), P("b", P.POSITIONAL_OR_KEYWORD)])
def kwo_order1(*, a, b): pass
def kwo_order2(*, b, a): pass
print(inspect.signature(kwo_order1) == inspect.signature(kwo_order2),
      hash(inspect.signature(kwo_order1)) == hash(inspect.signature(kwo_order2)),
      inspect.signature(plain) == inspect.signature(ann))
print(inspect.Signature.from_callable(posonly), type(inspect.signature(plain).parameters).__name__)

# -- binding --
sig = inspect.signature(plain)
ba = sig.bind(1, 2, 3, 4, c=5, e=6)
print(ba, ba.arguments, ba.args, ba.kwargs)
ba = sig.bind(1, c=3)
print(ba.arguments)
ba.apply_defaults()
print(ba.arguments, ba.args, ba.kwargs)
print(sig.bind_partial(c=1).arguments, sig.bind_partial().arguments)
print(sig.bind(1, c=2) == sig.bind(1, c=2), sig.bind(1, c=2) == sig.bind(2, c=2))
for args, kwargs in [((), {}), ((1,), {}), ((1, 2), {"a": 3, "c": 1}), ((1,), {"c": 1, "zz": 2})]:
    attempt("plain.bind%r %r" % (args, kwargs), lambda: sig.bind(*args, **kwargs).arguments)
psig = inspect.signature(posonly)
for args, kwargs in [((1, 2, 3), {"d": 4}), ((1,), {"b": 2, "c": 3, "d": 4}), ((1, 2, 3, 4), {}),
                     ((1, 2, 3), {}), ((1, 2), {"d": 4}), ((1, 2), {"c": 3, "d": 4, "e": 5})]:
    attempt("posonly.bind%r %r" % (args, kwargs), lambda: psig.bind(*args, **kwargs).arguments)
attempt("posonly.bind_partial(1)", lambda: psig.bind_partial(1).arguments)
def f2(a, b=2, *rest, **named):
    pass
ba = inspect.signature(f2).bind(1, b=5, x=9)
print(ba.args, ba.kwargs)
ba = inspect.signature(f2).bind(1, 2, 3, 4, y=0)
print(ba.args, ba.kwargs, ba.signature == inspect.signature(f2))
ba.apply_defaults()
print(repr(ba))
ba = inspect.signature(f2).bind(1)
ba.apply_defaults()
print(ba.arguments)

# -- getfullargspec --
print(inspect.getfullargspec(plain))
print(inspect.getfullargspec(ann))
print(inspect.getfullargspec(Base().method).args, inspect.getfullargspec(noarg))
attempt("getfullargspec(5)", inspect.getfullargspec, 5)

# -- frames --
def where():
    frame, lineno = inspect.currentframe(), inspect.currentframe().f_lineno
    return frame.f_code.co_name, lineno - where.__code__.co_firstlineno
print(where())
def outer_fn():
    return inner_fn()
def inner_fn():
    st = inspect.stack()
    return [(fi.function, rel(fi.filename)) for fi in st[:3]], st[0].code_context, st[0].index, st[0].lineno - inner_fn.__code__.co_firstlineno
names, context, index, offset = outer_fn()
print(names)
print(context, index, offset)
fi = inspect.stack()[0]
print(type(fi).__name__, fi.function, fi[3], len(fi), fi.frame is not None)
info = inspect.getframeinfo(sys._getframe(), context=3)
print(type(info).__name__, rel(info.filename), info.function, len(info.code_context), info.index,
      info.code_context[info.index].strip())
print(inspect.getlineno(sys._getframe()) > 0)
outer = inspect.getouterframes(sys._getframe())
print(len(outer) >= 1, outer[0].function)
attempt("getframeinfo(5)", inspect.getframeinfo, 5)
def raiser():
    raise KeyError("k")
try:
    raiser()
except KeyError:
    frames = inspect.trace()
    print([f.function for f in frames], frames[-1].code_context[0].strip())

# Signature.format is new in 3.13, markcoroutinefunction in 3.12.
print(inspect.signature(ann).format(max_width=30))
marked = inspect.markcoroutinefunction(lambda: None)
print(inspect.iscoroutinefunction(marked), inspect.iscoroutinefunction(noarg))
