# Differs from CPython on one line: CPython's instances carry a 16-byte managed-dict pre-header
# on top of the GC header (32 there, 16 here).
# sys.getsizeof: the object's own size (its type's __sizeof__) plus the 16-byte GC header for
# objects of collector-aware types (CPython's rule; the sizes themselves are Vivarium's own).
import sys


class Plain:
    pass


class Slotted:
    __slots__ = ("a", "b")


for label, obj in [("int 1", 1), ("big int", 2 ** 100), ("float", 1.0), ("str", "abc"), ("bytes", b"ab"),
                   ("tuple ()", ()), ("tuple (1, 2)", (1, 2)), ("list", [1, 2, 3]),
                   ("dict", {"a": 1}), ("set", {1}), ("instance", Plain()), ("slots instance", Slotted()),
                   ("None", None), ("function", len)]:
    print(label, sys.getsizeof(obj) - obj.__sizeof__())
print(sys.getsizeof(1.0), sys.getsizeof(None))
print(sys.getsizeof([]) < sys.getsizeof([1, 2, 3]), sys.getsizeof("") < sys.getsizeof("abc"))
print(sys.getsizeof(2 ** 100) > sys.getsizeof(1))
print(sys.getsizeof(object(), 0) == sys.getsizeof(object()))


class Custom:
    def __sizeof__(self):
        return 100


print(sys.getsizeof(Custom()))


class Broken:
    def __sizeof__(self):
        return -1


try:
    sys.getsizeof(Broken())
except ValueError as e:
    print("ValueError:", e)

# The default object.__sizeof__ leaves the GC header to getsizeof: a plain instance and a
# function count their header once (an instance is 48 bytes, as in CPython 3.14; 3.11 says 56).
print(object.__sizeof__([]) == [].__sizeof__())
print(sys.getsizeof(Plain()))
def f():
    pass
print(sys.getsizeof(f) - object.__sizeof__(f))
