# seed 000: test_weakref_no_incref (inspect_base removed; repr addresses masked)
import sys, weakref, re
def test_weakref_no_incref():
    class Box:
        pass
    a = Box()
    print("After variable creation", sys.getrefcount(a))
    w = weakref.ref(a)
    print("w", re.sub(r"0x[0-9a-f]+", "0x...", repr(w)))
    print("After weakref.ref(a)", sys.getrefcount(a))
    obj = w()
    print("After obj = w(), reference is possible", sys.getrefcount(a)) # +1
    del obj
    print("del obj", sys.getrefcount(a)) # -1
    del a
    print("w() ->", w())
test_weakref_no_incref()
