# sys.getsizeof reports Vivarium's real sizes, by CPython's rule: o.__sizeof__() is the object's
# basic size plus its variable part (inline items, or the heap blocks it owns: a list's item
# array, a dict's index and entry arrays, a set's slots, a big int's digits), and getsizeof adds
# the 16-byte GC header for types the cycle collector tracks (list, tuple, dict, set, instances).
import sys

class C:
    pass

for o in [0, 1, 2**100, -2**64, 1.0, True, None, '', 'abc', 'é', 'a' * 100, b'', b'abc',
          bytearray(b'ab'), (), (1, 2), [], [1, 2, 3], {}, {"a": 1}, set(), {1, 2}, frozenset(),
          range(3), C(), complex(1, 2)]:
    print(type(o).__name__, sys.getsizeof(o), o.__sizeof__())
l = []
for i in range(10):
    l.append(i)
print(sys.getsizeof(l), sys.getsizeof(list(range(10))))
