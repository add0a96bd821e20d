# Literals live in co_consts -- and, in a script, in the parser's arena too.
#
# When a function body says a = 99999, no int is built at call time: the
# compiler made the object once and stored it in the code object's co_consts
# tuple; LOAD_CONST just pushes it. So a literal local has more references than
# a computed one (compare refcount_module_vs_function.py, where it was 1):
#
#   1  the local variable a
#   1  test3.__code__.co_consts
#   1  the parser arena of the *main script*: CPython keeps every literal
#      object it parsed from the script file alive until the script ends
#   = 3
#
# Code compiled with compile()/exec (or typed into the REPL, or imported) drops
# its arena right after compiling, so the same function shows 2 there.
#
# Equal constants of one compilation unit are merged into one object: test5's
# 99997 and both of test6's are the same int (same id). Each extra co_consts
# entry and each extra local adds one: 4 in test5, then 5 and 5 in test6.
# (CPython 3.11 prints one more everywhere: no LOAD_FAST_BORROW.)
#
# What to look for: 3 vs 2 for the same function, and id equality across
# functions. Every literal used here appears nowhere else in the file on
# purpose: another function using it would add a co_consts reference.
import sys


def test3():
    a = 99999
    print("script file:  getrefcount(a) =", sys.getrefcount(a))  # 3
    # 3.14 lists None last, only because the implicit "return None" uses it
    # (3.11 always put None first, in the docstring slot).
    print("test3.__code__.co_consts =", test3.__code__.co_consts)


test3()

# The same source compiled at run time: no arena keeps 99999 alive, so one fewer.
ns = {"sys": sys}
exec(compile('''
def test3():
    a = 99999
    print("compile/exec: getrefcount(a) =", sys.getrefcount(a))
''', "<def>", "exec"), ns)
exec(compile("test3()", "<call>", "exec"), ns)  # 2


def test5():
    a = 99997
    print("test5: getrefcount(a) =", sys.getrefcount(a))  # 4: a, 2 co_consts, arena
    return id(a)


def test6():
    a = 99997
    b = 99997
    print("test6: id(a) == id(b):", id(a) == id(b))  # True: one merged constant
    print("test6: getrefcount(a) =", sys.getrefcount(a))  # 5: a, b, 2 co_consts, arena
    print("test6: getrefcount(b) =", sys.getrefcount(b))  # 5
    return id(a)


i5 = test5()
i6 = test6()
print("test5's 99997 is test6's 99997 (same id):", i5 == i6)
print("test5.__code__.co_consts =", test5.__code__.co_consts)
print("test6.__code__.co_consts =", test6.__code__.co_consts)
print("co_consts entries are one object:",
      test5.__code__.co_consts[0] is test6.__code__.co_consts[0])
