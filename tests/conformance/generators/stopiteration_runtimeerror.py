# A StopIteration escaping inside a generator becomes RuntimeError (PEP 479).
def leaky():
    it = iter([1, 2])
    while True:
        yield next(it)
try:
    print(list(leaky()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
def safe():
    it = iter([1, 2])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(safe()))
def explicit():
    yield 1
    raise StopIteration("manual")
g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
class Iter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(Iter()), [x for x in Iter()])
def first(iterable, default=None):
    for x in iterable:
        return x
    return default
print(first([]), first([9, 8]), first(x for x in range(5) if x > 2), first("", "empty"))
def gen_with_return_value():
    yield "a"
    return "the value"
g = gen_with_return_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def wrapper():
    result = yield from gen_with_return_value()
    yield result
print(list(wrapper()))
