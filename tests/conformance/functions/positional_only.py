# Positional-only parameters before /, and how they free names for **kwargs.
def divide(a, b, /):
    return a / b
print(divide(7, 2))
try:
    divide(a=7, b=2)
except TypeError as e:
    print("TypeError:", e)
def fmt(value, /, spec="", *, upper=False):
    s = format(value, spec)
    return s.upper() if upper else s
print(fmt(255, "x"), fmt(255, spec="#x", upper=True), fmt(3.14159, ".2f"))
try:
    fmt(value=1)
except TypeError as e:
    print("TypeError:", e)
def collect(name, /, **fields):
    return name, fields
print(collect("rec", name="shadowed", id=3))
def clamp(x, /, lo=0, hi=1):
    return max(lo, min(hi, x))
print(clamp(5), clamp(-5), clamp(0.5), clamp(5, hi=10), clamp(5, 6, 9))
def full(a, b, /, c, d=4, *, e, f=6):
    return [a, b, c, d, e, f]
print(full(1, 2, 3, e=5), full(1, 2, c=3, d=0, e=5, f=7), full(1, 2, 3, 4, e=5))
try:
    full(1, b=2, c=3, e=5)
except TypeError as e:
    print("TypeError:", e)
print(full.__code__.co_posonlyargcount, full.__code__.co_argcount, full.__code__.co_kwonlyargcount)
print(divmod(17, 5), pow(2, 5), len("four"), abs(-3))
try:
    len(obj="x")
except TypeError as e:
    print("TypeError", type(e).__name__)
