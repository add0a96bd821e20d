# sys.getsizeof: the object's own size (its type's __sizeof__) plus the 16-byte GC header for
# objects the collector tracks. These are Vivarium's real sizes, not CPython's (see the notes).
import sys


class Plain:
    pass


class Slotted:
    __slots__ = ("a", "b")


for label, obj in [("int 1", 1), ("big int", 2 ** 100), ("float", 1.0), ("str ''", ""), ("str 'abc'", "abc"),
                   ("tuple ()", ()), ("tuple (1, 2)", (1, 2)), ("list []", []), ("list [1, 2, 3]", [1, 2, 3]),
                   ("dict {}", {}), ("set()", set()), ("instance", Plain()), ("slots instance", Slotted()),
                   ("None", None)]:
    print(label, sys.getsizeof(obj))
print(sys.getsizeof([]) < sys.getsizeof([1, 2, 3]))
print(sys.getsizeof(object(), 0) == sys.getsizeof(object()))


class Custom:
    def __sizeof__(self):
        return 100


print(sys.getsizeof(Custom()) - 100)
