# Tuples: packing, indexing, count/index, immutability, tuple of lists, comparison, hashing.
t = (1, "two", 3.0, [4], (5, 6))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1])
print(t.count(1), t.index("two"), (1, 2, 1, 1).count(1), (5, 6) in t, [4] in t)
empty = ()
single = ("only",)
not_tuple = ("only")
print(empty, single, not_tuple, type(single).__name__, type(not_tuple).__name__, len(empty))
t[3].append(44)
print(t)
try:
    t[0] = 100
except TypeError as e:
    print("TypeError:", e)
try:
    hash(t)
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
a = (1, 2, 3)
b = a + (4,)
c = a * 2
print(b, c, a < b, (1, 2) < (1, 2, 0), (2,) > (1, 100), max([(1, "z"), (2, "a")]))
x, y, *z = b
print(x, y, z)
def stats(nums):
    return min(nums), max(nums), sum(nums) / len(nums)
lo, hi, mean = stats([3, 9, 6])
print(lo, hi, mean, stats([1]))
points = [(3, 4), (1, 1), (0, 5), (2, 2)]
print(sorted(points), sorted(points, key=lambda p: p[0] ** 2 + p[1] ** 2), max(points, key=sum))
print(tuple([1, 2]), tuple("abc"), tuple(range(3)), tuple({1: 2}), tuple(x * 2 for x in (1, 2)))
nested = ((1, 2), (3, 4))
print([a + b for a, b in nested], dict(nested), list(zip(*nested)))
try:
    (1, 2).index(3)
except ValueError as e:
    print("ValueError:", e)
print((1, 2) == [1, 2], (1, 2) == (1.0, 2.0), () == tuple(), (None,) * 3)
print(a.__len__(), a.__getitem__(1), a.__contains__(3), a.__add__((9,)), a.__mul__(2))
