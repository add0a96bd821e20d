# Reference counts at module level vs inside a function.
#
# sys.getrefcount(x) reports how many references point at x *while the call is
# being made*. Whether the argument itself adds one depends on the opcode that
# loaded it:
#
#   * At module level a name is read with LOAD_NAME, which pushes a *strong*
#     reference onto the value stack: the count is the binding in the module
#     dict + the stack slot = 2.
#   * Inside a function CPython 3.14's compiler turns LOAD_FAST into
#     LOAD_FAST_BORROW when the local is certain to outlive the stack slot: the
#     stack holds a borrowed reference, so only the local itself counts = 1.
#     (CPython 3.11-3.13 print one more in every function line below.)
#
# Then we follow one object through b = a, c.append(a), del b, c.clear():
# every new name or container slot adds one reference, every removal takes one
# away: 1 -> 2 -> 3 -> 2 -> 1.
#
# int("99999") builds a fresh object at run time, so no literal in co_consts
# holds an extra reference (see literals_and_co_consts.py for that story), and
# 99999 is above 256, so it is not an immortal small int (see immortals.py).
#
# What to look for: the module-level 2 vs the function-level 1, and the last
# two dis listings: LOAD_NAME (strong) at module level, LOAD_FAST_BORROW inside
# the function.
import dis
import sys

a = int("99999")
print("module level:   getrefcount(a) =", sys.getrefcount(a))  # 2: dict + LOAD_NAME


def in_function():
    a = int("99999")
    print("function level: getrefcount(a) =", sys.getrefcount(a))  # 1 (3.11: 2)


in_function()


def add_and_remove_references():
    a = int("99900")
    print("after a = int('99900'):", sys.getrefcount(a))  # 1: the local a
    b = a
    print("after b = a:            ", sys.getrefcount(a))  # 2: + local b
    c = []
    c.append(a)
    print("after c.append(a):      ", sys.getrefcount(a))  # 3: + the list slot
    del b
    print("after del b:            ", sys.getrefcount(a))  # 2
    c.clear()
    print("after c.clear():        ", sys.getrefcount(a))  # 1


add_and_remove_references()

# The opcodes behind the difference.
print()
print("--- module-level code: sys.getrefcount(a) ---")
dis.dis(compile("sys.getrefcount(a)", "<module>", "exec"))


def one_local():
    a = int("99999")
    return sys.getrefcount(a)


print()
print("--- inside a function ---")
dis.dis(one_local)
