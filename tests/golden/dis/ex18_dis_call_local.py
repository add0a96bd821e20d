# dis of a small function passing a local to a call (LOAD_FAST_BORROW in 3.14)
import dis
def f(x):
    y = [x]
    g = len
    return g(y) + len(x)
dis.dis(f)
