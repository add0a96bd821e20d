# seed 000: test3 -- literal local; extra refs from co_consts and the parser arena (script file)
import sys
def test3():
    a = 99999
    print("sys.getrefcount(a):", sys.getrefcount(a))
    print("test3.__code__.co_consts:", test3.__code__.co_consts)
test3()  # seed says: Refcount 3 from a script file on 3.14, 2 interactively
