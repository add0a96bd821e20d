# functools: reduce, partial, wraps, total_ordering, cmp_to_key, cached_property.
import functools
import operator
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(operator.mul, range(1, 6), 1))
print(functools.reduce(lambda acc, c: acc * 10 + int(c), "31415", 0), functools.reduce(max, [3, 9, 2]))
print(functools.reduce(lambda a, b: a + [b] if b not in a else a, [1, 2, 1, 3, 2], []))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
base2 = functools.partial(int, base=2)
hexfmt = functools.partial(str.format, "{:#06x}")
print(base2("1111"), hexfmt(255), functools.partial(pow, exp=3)(4))
def compare_len(a, b):
    return len(a) - len(b) or (a > b) - (a < b)
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(sorted(words, key=functools.cmp_to_key(compare_len)))
print(sorted(words, key=functools.cmp_to_key(lambda a, b: (b > a) - (b < a))))
@functools.total_ordering
class Grade:
    order = "FDCBA"
    def __init__(self, letter):
        self.letter = letter
    def __eq__(self, other):
        return self.letter == other.letter
    def __lt__(self, other):
        return self.order.index(self.letter) < self.order.index(other.letter)
    def __repr__(self):
        return self.letter
gs = [Grade(c) for c in "CAFBD"]
print(sorted(gs), max(gs), Grade("B") >= Grade("C"), Grade("F") > Grade("D"), Grade("A") <= Grade("A"))
def deco(fn):
    @functools.wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner
@deco
def documented(x):
    "Doubles x."
    return 2 * x
print(documented.__name__, documented.__doc__, documented(21), documented.__wrapped__.__name__)
class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0
    @functools.cached_property
    def area(self):
        self.computed += 1
        return round(3.14159 * self.r ** 2, 3)
c = Circle(3)
print(c.area, c.area, c.computed, "area" in c.__dict__)
del c.area
print(c.area, c.computed)
