# functools.partial and functools.lru_cache / cache: arguments, cache_info, cache_clear.
import functools
def volume(length, width, height, unit="cm"):
    return f"{length * width * height} {unit}^3"
cube10 = functools.partial(volume, 10, 10)
print(cube10(10), cube10(2, unit="m"), cube10.func is volume, cube10.args, cube10.keywords)
in_m = functools.partial(volume, unit="m")
print(in_m(1, 2, 3), in_m(1, 2, 3, unit="km"))
int2 = functools.partial(int, base=2)
print(int2("1101"), int2("1101", base=10), list(map(int2, ["1", "10", "11"])))
nested = functools.partial(functools.partial(volume, 1), 2)
print(nested(3), nested.args)
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
calls = []
@functools.lru_cache(maxsize=2)
def square(n):
    calls.append(n)
    return n * n
for n in [1, 2, 1, 3, 2, 1]:
    square(n)
print(calls, square.cache_info())
@functools.cache
def path_count(r, c):
    if r == 0 or c == 0:
        return 1
    return path_count(r - 1, c) + path_count(r, c - 1)
print(path_count(14, 14), path_count.cache_info().currsize)
@functools.lru_cache(maxsize=8, typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info().currsize)
print(fib.__name__, fib.__wrapped__.__name__, callable(fib))
