# Wrapper functions that forward *args/**kwargs faithfully, and functools.wraps metadata.
import functools
def timing_free_trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        arg_text = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}({arg_text}) = {result!r}")
        return result
    return wrapper
@timing_free_trace
def area(w, h=1, *, unit="m"):
    "Rectangle area."
    return f"{w * h}{unit}2"
area(3)
area(3, 4)
area(w=2, h=5, unit="cm")
area(*[6], **{"unit": "km"})
print(area.__name__, area.__doc__, area.__wrapped__.__name__, area.__qualname__)
def bare(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@bare
def named():
    "doc"
print(named.__name__, named.__doc__)
def retry_on(exc_type, times=2):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for i in range(times + 1):
                try:
                    return fn(*args, **kwargs)
                except exc_type as e:
                    print(f"  retry {i} after {type(e).__name__}")
            return None
        return wrapper
    return deco
state = {"n": 0}
@retry_on(KeyError, times=3)
def fragile(key):
    state["n"] += 1
    if state["n"] < 3:
        raise KeyError(key)
    return f"got {key} on try {state['n']}"
print(fragile("k"))
def call_with(fn, *args, **kwargs):
    return fn(*args, **kwargs)
print(call_with(max, 1, 5, 3), call_with(sorted, [3, 1], reverse=True), call_with(dict, a=1))
