def outer(a, b=2, *args, c, d=4, **kw):
    """Docstring of outer."""
    v = a
    def inner(x):
        nonlocal v
        v += x
        return v
    f = lambda y=1: y + v + b
    return inner, f

def gen(n):
    for i in range(n):
        yield i
    yield from range(n)

@decorator
def decorated(x: int) -> str:
    return str(x)
