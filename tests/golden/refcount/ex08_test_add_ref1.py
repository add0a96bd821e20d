# seed 000: test_add_ref1 -- refcount up/down (inspect_base removed)
import sys
def test_add_ref1():
    a = int('99900')
    print("After variable creation", sys.getrefcount(a)) # seed: 1
    b = a
    print("After b = a", sys.getrefcount(a)) # 2
    c = []
    c.append(a)
    print("After c.append(a)", sys.getrefcount(a)) # 3
    del b
    print("After del b", sys.getrefcount(a)) # 2
    c.clear()
    print("After c.clear()", sys.getrefcount(a)) # 1
    return id(a)
addr = test_add_ref1()
print("After function completion")
