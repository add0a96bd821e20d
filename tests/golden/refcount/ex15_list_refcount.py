# seed 003: list refcount at module level
import sys
a = [1, 2, 3]
b = a
print(sys.getrefcount(a)) # seed says 3
del a
print(sys.getrefcount(b)) # seed says 2
