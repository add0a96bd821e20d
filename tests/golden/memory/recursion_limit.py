# Runaway recursion ends in RecursionError, which can be caught; the interpreter carries on.
import sys

def f():
    return f()

try:
    f()
except RecursionError as e:
    print("RecursionError:", e)

def g(n):
    return 0 if n == 0 else 1 + g(n - 1)

print(g(900))
sys.setrecursionlimit(5000)
print(g(4500))

class Deep:
    def __repr__(self):
        return repr(self)

try:
    repr(Deep())
except RecursionError:
    print("repr recursion caught")
f()
