# functools: reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key, cached_property,
# singledispatch.
import functools
import re

def masked(text):
    return re.sub(r"0x[0-9a-fA-F]+", "0x...", text)

print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4, 5]))
print(functools.reduce(lambda a, b: a + b, [], 10), functools.reduce(lambda a, b: a + b, ["x"]))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("reduce empty ->", e)

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)

square = functools.partial(power, exp=2)
print(square(7), square(7, mod=10), square.func is power, square.args, square.keywords)
p = functools.partial(power, 2)
print(p(10), masked(repr(p)))
pp = functools.partial(p, mod=1000)
print(pp(10), pp.func is power, pp.args, pp.keywords, masked(repr(pp)))
print(masked(repr(functools.partial(max, 1, key=abs))))
try:
    functools.partial(1)
except TypeError as e:
    print("partial(1) ->", e)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib = functools.lru_cache(maxsize=None)(fib)
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.cache_parameters())

@functools.lru_cache(maxsize=2)
def ident(x):
    print("  computing", x)
    return x
for x in [1, 2, 1, 3, 2, 1]:
    ident(x)
print(ident.cache_info())

@functools.lru_cache
def twice(x):
    return 2 * x
print(twice(4), twice(4), twice.cache_info(), twice.__name__)

@functools.lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(3), typed(3.0), typed.cache_info().currsize)
@functools.lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())
try:
    functools.lru_cache("x")
except TypeError as e:
    print("lru_cache('x') ->", e)

@functools.cache
def fact(n):
    return n * fact(n - 1) if n else 1
print(fact(20), fact.cache_info().misses)

def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return f(*args, **kwargs)
    return wrapper

@deco
def documented(a: int) -> int:
    """The real doc."""
    return a
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__annotations__)
print(documented.__qualname__)

@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
v1, v2 = Version(1), Version(2)
print(v1 < v2, v1 <= v2, v1 > v2, v1 >= v2, v2 >= v2, v2 <= v1)
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("total_ordering ->", e)

def numeric_desc(a, b):
    return (b > a) - (b < a)
print(sorted([3, 1, 2, 5, 4], key=functools.cmp_to_key(numeric_desc)))
K = functools.cmp_to_key(numeric_desc)
print(K(1) < K(2), K(1) == K(1))

class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0
    @functools.cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.computed, "area" in vars(c))
del c.area
print(c.area, c.computed)
print(type(Circle.__dict__["area"]).__name__, Circle.area.attrname)

@functools.singledispatch
def describe(x):
    return "object"
@describe.register
def _(x: int):
    return "int"
@describe.register(list)
def _(x):
    return "list of %d" % len(x)
describe.register(float, lambda x: "float")
class MyInt(int):
    pass
print(describe("s"), describe(1), describe(True), describe(MyInt(3)), describe([1, 2]), describe(1.5))
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry))
try:
    describe()
except TypeError as e:
    print("no args ->", e)

class Shape:
    @functools.singledispatchmethod
    def scale(self, factor):
        return "generic"
    @scale.register
    def _(self, factor: int):
        return "int %d" % factor
print(Shape().scale(2), Shape().scale("x"))

class Cell:
    def method(self, a, b):
        return (self.__class__.__name__, a, b)
    pm = functools.partialmethod(method, 1)
print(Cell().pm(2))

def f(a, b, c):
    return (a, b, c)
P = functools.Placeholder
print(repr(P))
g = functools.partial(f, P, 2)
print(g(1, 3), masked(repr(g)))
h = functools.partial(g, 10)
print(h(30), h.args)
try:
    functools.partial(f, 1, P)
except TypeError as e:
    print("trailing placeholder ->", e)
try:
    g()
except TypeError as e:
    print("missing placeholder ->", e)
# 3.14: a partial stored in a class binds like a method.
class Holder:
    bound = functools.partial(f, "x")
r = Holder().bound("y")
print(r[0], type(r[1]).__name__, r[2])
