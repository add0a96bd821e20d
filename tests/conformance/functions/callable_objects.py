# Objects with __call__ behave like functions: stateful callables, callables in sorted/map.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
    def __call__(self, x):
        return x * self.factor
triple = Multiplier(3)
print(triple(7), list(map(triple, [1, 2, 3])), callable(triple), callable(Multiplier))
class Accumulator:
    def __init__(self):
        self.total = 0
    def __call__(self, amount=1):
        self.total += amount
        return self.total
acc = Accumulator()
acc()
acc(10)
print(acc(5), acc.total)
class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        result = 0
        for c in self.coeffs:
            result = result * x + c
        return result
    def __repr__(self):
        return "Polynomial" + repr(self.coeffs)
p = Polynomial(1, -3, 2)
print(p, [p(x) for x in range(5)], [x for x in range(-5, 6) if p(x) == 0])
class KeyBy:
    def __init__(self, *fields):
        self.fields = fields
    def __call__(self, record):
        return tuple(record[f] for f in self.fields)
rows = [{"a": 2, "b": "x"}, {"a": 1, "b": "z"}, {"a": 2, "b": "a"}]
print(sorted(rows, key=KeyBy("a", "b")))
class Counter:
    count = 0
    def __call__(self):
        type(self).count += 1
        return type(self).count
c1, c2 = Counter(), Counter()
print(c1(), c2(), c1(), Counter.count)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
def plain():
    return "plain"
things = [plain, triple, Multiplier, len, lambda: 0, NotCallable(), 5, "s", print]
print([callable(t) for t in things])
class Method:
    def __call__(self, *args, **kwargs):
        return f"called with {args} {kwargs}"
print(Method()(1, 2, k="v"), Method().__call__(0))
