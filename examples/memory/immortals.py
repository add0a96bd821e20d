# Immortal objects: reference counts that never move.
#
# Some objects are used so often that counting references to them is wasted
# work (and, across threads, contention). Since CPython 3.12 they are
# *immortal*: their count is pinned to a huge value, increfs and decrefs leave
# it alone, and they are never freed. In CPython 3.14 (64-bit) getrefcount of
# an immortal returns 3221225472 (3 << 30), and sys._is_immortal() says True.
#
# Immortal: None, True, False, Ellipsis, NotImplemented, the empty tuple (),
# the empty string '', the small ints -5...256 (preallocated at startup), and
# the one-character Latin-1 strings such as 'h'.
# Mortal: every other int (257, -6), float, list, ... -- their counts move.
#
# Documented difference: Vivarium makes *every* interned string immortal
# (identifiers and identifier-like literals such as "hello", like CPython 3.12
# did). CPython 3.14 keeps "hello" mortal and prints 3 / False for it.
#
# What to look for: 3221225472 for the small values, the count of 256 not
# moving after 1000 more references, and 257's count moving normally.
# Each mortal literal appears once in the file so its count stays small.
import sys


def test7():
    a = 256
    b = 257
    c = "h"
    d = "hello"
    print("a = 256:     getrefcount", sys.getrefcount(a), " immortal:", sys._is_immortal(a))
    print("b = 257:     getrefcount", sys.getrefcount(b), " immortal:", sys._is_immortal(b))  # 3: local, co_consts, arena
    print("c = 'h':     getrefcount", sys.getrefcount(c), " immortal:", sys._is_immortal(c))
    # CPython 3.14 prints "3  immortal: False" on the next line (see header).
    print("d = 'hello': getrefcount", sys.getrefcount(d), " immortal:", sys._is_immortal(d))


test7()

print()
for value in (None, True, False, (), "", ..., NotImplemented):
    print(f"{value!r:>15}: getrefcount {sys.getrefcount(value)}  immortal: {sys._is_immortal(value)}")

print()
lo, hi = -5, 256  # hi + 1 is computed at run time: no second 257 literal in the file
print("all of -5..256 immortal:", all(sys._is_immortal(i) for i in range(lo, hi + 1)))
print("-5:", sys.getrefcount(-5), " -6:", sys.getrefcount(-6))  # -6 is mortal: co_consts + stack = 2
print("int('1000') immortal:", sys._is_immortal(int("1000")))

# Immortal counts do not move, however many references we add.
small = 256
before = sys.getrefcount(small)
many = [small] * 1000
print()
print("256 before/after 1000 more refs:", before, sys.getrefcount(small))

big = int("1000")
before = sys.getrefcount(big)
many = [big] * 1000
print("1000 before/after 1000 more refs:", before, sys.getrefcount(big))  # 2, 1002
del many
print("1000 after del many:", sys.getrefcount(big))  # back to 2
