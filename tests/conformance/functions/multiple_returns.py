# Returning several values as tuples, named tuples and dicts; unpacking at the call site.
from collections import namedtuple
def min_max(values):
    lo = hi = values[0]
    for v in values[1:]:
        if v < lo:
            lo = v
        elif v > hi:
            hi = v
    return lo, hi
lo, hi = min_max([5, 3, 9, 1, 7])
print(lo, hi, min_max([4]), type(min_max([1, 2])).__name__)
def divide(a, b):
    if b == 0:
        return None, "division by zero"
    return a / b, None
for a, b in [(7, 2), (1, 0)]:
    result, err = divide(a, b)
    print(result, err)
Stats = namedtuple("Stats", "count mean spread")
def stats(xs):
    n = len(xs)
    mean = sum(xs) / n
    return Stats(n, mean, max(xs) - min(xs))
s = stats([2, 4, 4, 4, 5, 5, 7, 9])
print(s, s.mean, s[0], s._asdict(), s._replace(count=0))
n, mean, spread = s
print(n, mean, spread)
def parse(line):
    key, _, value = line.partition("=")
    return {"key": key.strip(), "value": value.strip(), "valid": bool(_)}
print(parse("a = 1"), parse("novalue"))
def fib_pair(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a, b
print([fib_pair(i) for i in range(6)])
def split_name(full):
    first, *middle, last = full.split()
    return first, " ".join(middle) or None, last
print(split_name("Ada Lovelace"), split_name("John Ronald Reuel Tolkien"))
def nothing():
    return
def implicit():
    pass
def empty_tuple():
    return ()
print(nothing(), implicit(), empty_tuple(), (lambda: (1,))())
x, (y, z) = (lambda: (1, (2, 3)))()
print(x + y + z)
