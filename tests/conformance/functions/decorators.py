# Decorators: plain wrappers, functools.wraps, stacking order, decorators with arguments.
import functools
trace = []
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        trace.append(f"call {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        trace.append(f"ret {result!r}")
        return result
    return wrapper
@logged
def add(a, b):
    "Add two numbers."
    return a + b
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(10, 20))
print(trace)
def bold(fn):
    return lambda *a: "<b>" + fn(*a) + "</b>"
def italic(fn):
    return lambda *a: "<i>" + fn(*a) + "</i>"
@bold
@italic
def text(s):
    return s
print(text("hi"))
def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def roll(n):
    return n * 2
print(roll(5), roll.__name__)
def count_calls(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop():
    pass
for _ in range(4):
    noop()
print(noop.calls)
registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco
@register("sq")
def square(x):
    return x * x
@register("neg")
def negate(x):
    return -x
print(sorted(registry), registry["sq"](7), registry["neg"](7), square(3))
order = []
def tag(label):
    order.append(f"factory {label}")
    def deco(fn):
        order.append(f"apply {label}")
        return fn
    return deco
@tag("outer")
@tag("inner")
def decorated():
    pass
print(order)
