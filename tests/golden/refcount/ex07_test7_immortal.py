# Vivarium difference (DESIGN.md): identifier-like string literals are interned and immortal,
# as in CPython 3.12, so d = "hello" reports 3221225472 where CPython 3.14 reports 3.
# seed 000: test7 -- small ints / 1-char strings are immortal (3.12+)
import sys
def imm(x):
    f = getattr(sys, "_is_immortal", None)
    return f(x) if f else "n/a(no sys._is_immortal)"
def test7():
    a = 256
    b = 257
    c = "h"
    d = "hello"
    print(f"getrefcount(a=256): {sys.getrefcount(a)} _is_immortal:{imm(a)}")
    print(f"getrefcount(b=257): {sys.getrefcount(b)} _is_immortal:{imm(b)}")
    print(f"getrefcount(c='h'): {sys.getrefcount(c)} _is_immortal:{imm(c)}")
    print(f"getrefcount(d='hello'): {sys.getrefcount(d)} _is_immortal:{imm(d)}")
test7()
print("None:", sys.getrefcount(None), "True:", sys.getrefcount(True), "():", sys.getrefcount(()), "'':", sys.getrefcount(''))
print("-5:", sys.getrefcount(-5), "-6:", sys.getrefcount(-6))
