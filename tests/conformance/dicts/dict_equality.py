# Dict and set equality: order-insensitive, value-based, mixed numeric types, views.
a = {"x": 1, "y": [1, 2]}
b = {"y": [1, 2], "x": 1}
print(a == b, a != b, a is b, list(a) == list(b))
print({1: "a"} == {1.0: "a"}, {1: "a"} == {True: "a"}, {"k": 0} == {"k": False}, {"k": 0} == {"k": None})
print({} == {}, {} == set(), set() == frozenset(), {1, 2} == {2, 1}, {1, 2} == [1, 2])
print({"a": {"b": {"c": 1}}} == {"a": {"b": {"c": 1}}}, {"a": {"b": 1}} == {"a": {"b": 2}})
print(a.keys() == b.keys(), a.items() == b.items(), a.values() == b.values())
print(a.keys() == {"x", "y"}, a.items() == {("x", 1), ("y", (1, 2))} if False else "skip")
nan = float("nan")
d1 = {"n": nan}
d2 = {"n": nan}
d3 = {"n": float("nan")}
print(d1 == d2, d1 == d3, d1 == d1)
class Always:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
print({"k": Always()} == {"k": 5}, {"k": 5} == {"k": Always()})
print(sorted([{"a": 2}, {"a": 1}], key=lambda d: d["a"]), [{"a": 1}, {"a": 2}].index({"a": 2}))
print({"a": 1}.__eq__({"a": 1}), {"a": 1}.__eq__([]), {1, 2}.__eq__({1, 2}), {1}.__ne__({2}))
counts_a = {}
counts_b = {}
for ch in "listen":
    counts_a[ch] = counts_a.get(ch, 0) + 1
for ch in "silent":
    counts_b[ch] = counts_b.get(ch, 0) + 1
print(counts_a == counts_b, list(counts_a) == list(counts_b))
