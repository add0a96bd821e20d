# Decorators that validate arguments and results, stacked and parametrized.
import functools
def validate(*types):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"{fn.__name__}: expected {t.__name__}, got {type(a).__name__}")
            return fn(*args)
        return wrapper
    return deco
@validate(int, str)
def label(n, s):
    return s * n
print(label(3, "ab"))
try:
    label("3", "ab")
except TypeError as e:
    print("TypeError:", e)
def returns(kind):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            result = fn(*args)
            if not isinstance(result, kind):
                raise TypeError(f"{fn.__name__} returned {type(result).__name__}, not {kind.__name__}")
            return result
        return wrapper
    return deco
@returns(int)
@validate(str)
def parse(text):
    return int(text) if text.isdigit() else text
print(parse("42"), parse.__name__)
for bad in [5, "abc"]:
    try:
        parse(bad)
    except TypeError as e:
        print("TypeError:", e)
