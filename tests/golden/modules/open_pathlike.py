# open() takes str, bytes or a path-like object (its __fspath__), else TypeError as in CPython.
class P:
    def __fspath__(self): return "/tmp/_fs.txt"
open(P(), "w").write("x")
print(open(P()).read())
try:
    open(3.5)
except TypeError as e: print(e)
