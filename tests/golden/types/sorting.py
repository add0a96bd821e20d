# list.sort/sorted: stability, reverse, key functions, exact-type key fast paths (str, int,
# float, tuples) against the generic comparison, errors from comparisons and key functions.
import random
random.seed(5)
for trial in range(200):
    n = random.randint(0, 300)
    data = [(random.randint(0, 20), random.choice(["a","b","B","é"]), random.random() if trial % 3 else float("nan"), i) for i in range(n)]
    for key in (None, lambda r: r[0], lambda r: (r[1], r[0]), lambda r: r[2], lambda r: str(r[0])):
        for rev in (False, True):
            s = sorted(data, key=key, reverse=rev)
            if key is not None and trial % 3:
                exp = sorted(data, key=lambda r: (key(r),), reverse=rev)
                assert s == exp or trial % 3 == 0, (trial,)
    data.sort(key=lambda r: r[0])
    assert all(data[i][0] < data[i+1][0] or (data[i][0] == data[i+1][0] and data[i][3] < data[i+1][3]) for i in range(len(data)-1))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted([2**70, 1, -2**65, 3.5]), sorted([[2, 1], [1, 5], [2, 0]]))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print([k.v for k in sorted([K(3), K(1), K(2)])])
try:
    sorted([1, "a"])
except TypeError as e: print(e)
try:
    sorted([(1, 2), (1, "x")])
except TypeError as e: print(e)
l = [3, 1, 2]
def bad(x):
    if x == 2: raise ValueError("key failed")
    return x
try: l.sort(key=bad)
except ValueError as e: print(e, l)
