
import sys
a = int("99999")
print("sys.getrefcount(a):", sys.getrefcount(a))
