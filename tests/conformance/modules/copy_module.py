# copy.copy and copy.deepcopy across built-in types and user classes with __copy__/__deepcopy__.
import copy
nested = {"a": [1, [2, 3]], "b": ({"k": "v"},), "c": {4, 5}}
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested["a"][1].append(99)
nested["b"][0]["k"] = "changed"
print(shallow["a"], deep["a"], shallow["b"], deep["b"])
print(shallow is nested, shallow["a"] is nested["a"], deep["a"] is nested["a"])
for obj in [1, "s", (1, 2), frozenset({1}), None, 3.5]:
    print(repr(obj), copy.copy(obj) is obj, copy.deepcopy(obj) is obj)
t = ([1],)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.history = []
    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.history})"
p = Point(1, 2)
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.history.append("moved")
p.x = 100
print(p, p2, p3)
class Tracked:
    copies = 0
    def __init__(self, data):
        self.data = data
    def __copy__(self):
        Tracked.copies += 1
        return Tracked(self.data)
    def __deepcopy__(self, memo):
        Tracked.copies += 10
        return Tracked(copy.deepcopy(self.data, memo))
orig = Tracked([1, 2])
a = copy.copy(orig)
b = copy.deepcopy(orig)
print(a.data is orig.data, b.data is orig.data, Tracked.copies)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
graph = {"name": "root"}
graph["self"] = graph
g2 = copy.deepcopy(graph)
print(g2["self"] is g2, g2 is not graph)
lst = [[0] * 2] * 2
print(copy.deepcopy(lst)[0] is copy.deepcopy(lst)[1], (lambda d: d[0] is d[1])(copy.deepcopy(lst)))
