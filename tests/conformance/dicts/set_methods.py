# Every set method and operator, on sets of small ints (deterministic iteration order).
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [10]), a.intersection(b, {5}), a.difference(b, {1}), a.symmetric_difference([1, 9]))
print(a <= b, a < a, {1, 2} < a, a >= {1}, a > a, a == {5, 4, 3, 2, 1}, a.issubset(range(10)), a.issuperset([1, 2]))
print(a.isdisjoint(b), a.isdisjoint({8, 9}), len(a), 3 in a, 9 not in a)
s = set()
s.add(3)
s.add(1)
s.add(3)
s.update([5, 7], {9})
print(s)
s.discard(7)
s.discard(100)
s.remove(9)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
p = s.pop()
print(p, s)
c = a.copy()
c.intersection_update({1, 2, 3, 99})
print(c, a)
c.difference_update({1})
print(c)
c.symmetric_difference_update({3, 4})
print(c)
c |= {10, 11}
c &= {2, 4, 10}
c -= {2}
c ^= {4, 5}
print(c)
c.clear()
print(c, len(c))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
print(set(range(10)) - set(range(0, 10, 2)), set([3, 1, 2]), set("aaa"), set())
print(sorted({-5, 3, -1, 10, 0}), {100, 200, 300}, {7, 17, 27, 37})
print(a.__or__(b), a.__and__(b), a.__contains__(1), a.__len__())
