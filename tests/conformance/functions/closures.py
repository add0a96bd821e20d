# Closures: functions remembering enclosing variables, independent instances, cell contents.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1(), c2(10))
def make_multiplier(n):
    return lambda x: x * n
double, triple = make_multiplier(2), make_multiplier(3)
print(double(7), triple(7), [make_multiplier(k)(10) for k in range(4)])
def make_accumulator():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
acc = make_accumulator()
acc(1)
acc(2)
print(acc(3), acc.__closure__[0].cell_contents)
print(make_multiplier(5).__closure__[0].cell_contents, double.__code__.co_freevars, make_counter.__code__.co_cellvars)
def outer():
    x = "outer x"
    def middle():
        def inner():
            return x
        return inner
    return middle()
print(outer()())
def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = make_pair()
print(get(), set_(42), get())
adders = []
for i in range(3):
    def add(x, i=i):
        return x + i
    adders.append(add)
print([a(10) for a in adders])
late = []
for i in range(3):
    late.append(lambda x: x + i)
print([a(10) for a in late])
def memo_closure(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
sq = memo_closure(lambda n: n * n)
print(sq(4), sq(4), sq(5), sorted(sq.cache.items()))
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
print(compose(str, double, lambda v: v + 1)(4), compose()(9))
