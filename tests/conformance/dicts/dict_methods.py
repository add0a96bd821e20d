# Every dict method: get, setdefault, pop, popitem, update, keys/values/items, copy, clear, fromkeys.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
d.update({"x": 10}, y=20)
d.update([("z", 30), ("a", -1)])
d.update(w=0)
print(d)
print(d.popitem(), d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
c = d.copy()
c["new"] = True
print(d, c, c is d)
d.clear()
print(d, len(d), bool(d))
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0), dict.fromkeys([]))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
print(dict(a=1, b=2), dict([("k", "v")]), dict({"m": 1}, n=2), dict(zip("xy", (1, 2))), dict())
m = {1: "one"}
print(m | {2: "two"}, {2: "two"} | m, m)
m |= {3: "three", 1: "uno"}
print(m)
print({"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"b": 2, "a": 1}))
print(len({}), "a" in {"a": None}, None in {"a": None}, reversed({"p": 1, "q": 2}) is not None, list(reversed({"p": 1, "q": 2})))
