# Functions that take and return functions: map/filter/reduce, compose, curry, pipelines.
from functools import reduce, partial
def compose(*fns):
    return reduce(lambda f, g: lambda x: f(g(x)), fns, lambda x: x)
def pipeline(*fns):
    return compose(*reversed(fns))
inc = lambda x: x + 1
dbl = lambda x: x * 2
neg = lambda x: -x
print(compose(inc, dbl)(5), compose(dbl, inc)(5), pipeline(inc, dbl, neg)(5), compose()(7))
def curry(fn, arity):
    def curried(*args):
        if len(args) >= arity:
            return fn(*args[:arity])
        return lambda *more: curried(*args, *more)
    return curried
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
def apply_n(fn, n):
    def run(x):
        for _ in range(n):
            x = fn(x)
        return x
    return run
print(apply_n(dbl, 10)(1), apply_n(lambda s: s + "!", 3)("hi"))
def fmap(fn, data):
    if isinstance(data, list):
        return [fmap(fn, d) for d in data]
    if isinstance(data, dict):
        return {k: fmap(fn, v) for k, v in data.items()}
    return fn(data)
print(fmap(inc, [1, [2, 3], {"a": 4, "b": [5]}]))
power_of = partial(pow, 2)
print([power_of(e) for e in range(8)], partial(int, base=2)("1011"), partial(max, 0)(-5, -2))
words = ["apple", "Bob", "kayak", "Level", "python", "noon"]
is_pal = lambda w: w.lower() == w.lower()[::-1]
print(list(filter(is_pal, words)), list(map(str.upper, filter(lambda w: not is_pal(w), words))))
print(reduce(lambda acc, w: acc + len(w), words, 0), reduce(lambda a, b: a + [b * 2], [1, 2, 3], []))
def count_by(key_fn, items):
    out = {}
    for it in items:
        k = key_fn(it)
        out[k] = out.get(k, 0) + 1
    return out
print(count_by(len, words), count_by(lambda w: w[0].lower(), words))
def memoize(fn):
    cache = {}
    return lambda *a: cache[a] if a in cache else cache.setdefault(a, fn(*a))
slow_sq = memoize(lambda x: x * x)
print(slow_sq(9), slow_sq(9))
print(sorted(words, key=compose(len, str.strip)), max(words, key=lambda w: (len(w), w)))
