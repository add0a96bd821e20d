# collections.OrderedDict: move_to_end, popitem(last=...), order-sensitive equality, an LRU cache.
from collections import OrderedDict
od = OrderedDict()
for k in "edcba":
    od[k] = ord(k)
print(list(od.items()))
od.move_to_end("c")
print(list(od))
od.move_to_end("a", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), list(od))
a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, dict(a) == dict(b), a == {"y": 2, "x": 1}, {"y": 2, "x": 1} == a)
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0
    def get(self, key):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return None
    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("  evict", evicted)
cache = LRU(3)
for op in ["p1", "p2", "p3", "g1", "p4", "g2", "g3", "p5", "g1", "g4", "g5"]:
    kind, key = op[0], int(op[1])
    if kind == "p":
        cache.put(key, key * 100)
    else:
        print("get", key, "->", cache.get(key))
print(list(cache.data.items()), cache.hits, cache.misses)
od2 = OrderedDict.fromkeys("abc", 0)
od2["b"] += 5
print(list(od2.items()), list(reversed(od2)), isinstance(od2, dict))
