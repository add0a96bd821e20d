# seed 000: dis.dis(test1)
import dis, sys
def test1():
    a = int("99999")
    print("id(a):", id(a))
    print("sys.getrefcount(a):", sys.getrefcount(a))
dis.dis(test1)
