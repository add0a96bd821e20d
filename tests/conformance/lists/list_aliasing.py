# Aliasing, shallow vs deep copies, and mutation visibility through shared references.
import copy
a = [1, [2, 3], {"k": [4]}]
b = a
c = a[:]
d = list(a)
e = a.copy()
f = copy.copy(a)
g = copy.deepcopy(a)
a[0] = 100
a[1].append(30)
a[2]["k"].append(40)
for name, v in [("a", a), ("b", b), ("c", c), ("d", d), ("e", e), ("f", f), ("g", g)]:
    print(name, v, v is a, v[1] is a[1])
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
def append_to(x, target=[]):
    target.append(x)
    return target
print(append_to(1), append_to(2), append_to(3, []))
def append_safe(x, target=None):
    if target is None:
        target = []
    target.append(x)
    return target
print(append_safe(1), append_safe(2))
def mutate(lst):
    lst.append("mutated")
    lst = ["rebound"]
    return lst
orig = ["orig"]
print(mutate(orig), orig)
nested = [[1], [2]]
shallow = nested * 2
shallow[0].append(99)
print(shallow, nested)
cyc = [1, 2]
cyc.append(cyc)
print(cyc, cyc[2] is cyc, len(cyc))
dc = copy.deepcopy(cyc)
print(dc, dc[2] is dc, dc is cyc)
x = [1, 2, 3]
y = x
x += [4]
print(y)
x = x + [5]
print(x, y)
