# Unbounded recursion is stopped by the recursion limit with an uncaught RecursionError.
def depth(n):
    return depth(n + 1)
def bounded(n):
    return 0 if n == 0 else 1 + bounded(n - 1)
print("bounded recursion:", bounded(200))
print("starting unbounded recursion")
depth(0)
