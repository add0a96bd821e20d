# seed 000: module-level variable passed to sys.getrefcount (LOAD_NAME -> +1)
import sys
a = int("99999")
print("sys.getrefcount(a):", sys.getrefcount(a))
