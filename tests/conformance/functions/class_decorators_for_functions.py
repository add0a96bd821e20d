# Callable objects as decorators: classes with __call__, stateful decorators, method decoration.
import functools
class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.count = 0
    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.fn(*args, **kwargs)
@CountCalls
def hello(name):
    return f"hello {name}"
print(hello("a"), hello("b"), hello.count, hello.__name__, type(hello).__name__)
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
class Retry:
    def __init__(self, times):
        self.times = times
    def __call__(self, fn):
        def wrapper(*args):
            last = None
            for attempt in range(self.times):
                try:
                    return fn(*args, attempt)
                except ValueError as e:
                    last = e
            return f"failed: {last}"
        return wrapper
@Retry(3)
def unstable(target, attempt):
    if attempt < target:
        raise ValueError(f"attempt {attempt}")
    return f"ok at {attempt}"
print(unstable(1), unstable(2), unstable(5))
def method_logger(fn):
    def wrapper(self, *args):
        return f"{type(self).__name__}.{fn.__name__}{args} -> {fn(self, *args)}"
    return wrapper
class Calc:
    @method_logger
    def add(self, a, b):
        return a + b
    @method_logger
    def neg(self, a):
        return -a
c = Calc()
print(c.add(1, 2))
print(c.neg(5))
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, value):
        self.value = value
a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)
