# Equal numbers hash equally, so 1, 1.0 and True collide as dict keys and set members.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {True: "a", 1: "b", 1.0: "c"}
print(d2)
s = {1, 1.0, True, 2, 2.0}
print(len(s), sorted(s))
s2 = {0, False, 0.0, -0.0}
print(s2, len(s2))
print(1 in {1.0}, 1.5 in {1, 2}, 2.0 in [2], True in [1])
print(hash(2.5) == hash(2.5), hash(10 ** 20) == hash(float(10 ** 20)))
print({1: 1, 2: 2}.get(2.0), {1.5: "x"}.get(1.5))
counts = {}
for v in [1, 1.0, 2, True, 3.0, 3, 0, False]:
    counts[v] = counts.get(v, 0) + 1
print(counts)
print(set(range(10)) & {2.0, 4.0, 11.0})
print(sorted({3, 1, 2}), {5, 3, 9, 1}, {10, 20, 30, 40} - {20})
print(hash((1, 2)) == hash((1.0, 2.0)), (1, 2) == (1.0, 2.0))
print(frozenset([1, 2]) == frozenset([2.0, 1.0]), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
keys = [(0, 0), (0, 1), (1, 0)]
grid = {k: sum(k) for k in keys}
print(grid[(0.0, 1.0)], grid.get((1, 0)), (1, 1) in grid)
