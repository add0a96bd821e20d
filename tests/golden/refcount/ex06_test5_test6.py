# seed 000: test5/test6 -- the same literal shared; ids equal
import sys
def test5():
    a = 99997
    print(sys.getrefcount(a))
    return id(a)
def test6():
    a = 99997
    b = 99997
    print("id(a) == id(b):", id(a) == id(b))
    print(sys.getrefcount(a))
    print(sys.getrefcount(b))
    return id(a)
i5 = test5()
i6 = test6()
print("test5's a is test6's a (same id):", i5 == i6)
