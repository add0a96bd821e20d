# dis of code compiled by Vivarium itself (viv only: CPython 3.11's bytecode differs). The
# expected output is CPython 3.14's listing for the seed examples, so this checks the compiler
# and dis together against the reference (shared/reference/cpython-3.14-seed-examples.md).
import dis, sys

def test1():
    a = int("99999")
    print("id(a):", id(a))
    print("sys.getrefcount(a):", sys.getrefcount(a))

def f(x):
    y = [x]
    g = len
    return g(y) + len(x)

def h(obj):
    n = len(obj)
    print(obj, n)
    return n

dis.dis(test1)
print()
dis.dis(f)
print()
dis.dis(h)
