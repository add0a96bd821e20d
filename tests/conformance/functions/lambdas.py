# Lambda expressions: as keys, in data structures, immediately invoked, with defaults and closures.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(5), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, x=2))
print(square.__name__, (lambda: 0).__name__, type(square).__name__)
pairs = [(1, "one"), (3, "three"), (2, "two"), (4, "four")]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]), max(pairs, key=lambda p: len(p[1])))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
print(list(map(lambda x: x ** 2, range(6))), list(filter(lambda x: x % 3 == 0, range(15))))
from functools import reduce
print(reduce(lambda acc, x: acc * x, range(1, 8)), reduce(lambda a, b: a if a > b else b, [3, 9, 2]))
make_adder = lambda n: lambda x: x + n
print(make_adder(3)(4), [make_adder(i)(0) for i in range(3)])
fns = [lambda x, i=i: x * i for i in range(4)]
print([f(10) for f in fns])
cond = lambda x: "big" if x > 100 else "small"
print(cond(5), cond(500))
print((lambda x, y: x if x > y else y)(3, 8), (lambda s: s[::-1])("stressed"))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(12))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
key_funcs = [len, str.lower, lambda s: s[-1]]
words = ["Banana", "apple", "Cherry", "date"]
for kf in key_funcs:
    print(sorted(words, key=kf))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])), (lambda: (yield))().__class__.__name__)
