# Unbounded recursion is stopped by the recursion limit with an uncaught RecursionError.
import sys
def depth(n):
    return depth(n + 1)
def bounded(n):
    return 0 if n == 0 else 1 + bounded(n - 1)
def count_frames(n=0):
    try:
        return count_frames(n + 1)
    except RecursionError:
        return n
print("bounded recursion:", bounded(200))
print("limit:", sys.getrecursionlimit())
print("a caught RecursionError leaves the program running:", count_frames() > 500)
sys.setrecursionlimit(500)
print("lowered limit:", sys.getrecursionlimit())
print("bounded still fine:", bounded(100))
print("starting unbounded recursion")
depth(0)
print("never printed")
