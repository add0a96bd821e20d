# seed 000: test1 -- local passed to sys.getrefcount (3.14: LOAD_FAST_BORROW, no +1)
# (inspect_base/ctypes part dropped; id() kept)
import sys
def test1():
    a = int("99999")
    print("id(a) is int:", isinstance(id(a), int))
    print("sys.getrefcount(a):", sys.getrefcount(a))
test1()
