# Dicts preserve insertion order: updates keep position, deletion and reinsertion moves to the end.
d = {}
for k in ["delta", "alpha", "charlie", "bravo"]:
    d[k] = len(k)
print(list(d))
d["alpha"] = 100
print(list(d.items()))
del d["delta"]
d["delta"] = 0
print(list(d))
d.pop("charlie")
d.setdefault("charlie", -1)
print(d)
ints = {}
for n in [50, 3, 1000, -7, 0, 42]:
    ints[n] = n * n
print(ints, list(ints))
print(dict(sorted(d.items())), dict(sorted(d.items(), key=lambda kv: kv[1])))
print({k: d[k] for k in reversed(d)})
first_key = next(iter(d))
last_key = next(reversed(d))
print(first_key, last_key)
merged = {**{"x": 1, "y": 2}, **{"y": 20, "z": 30}, "x": 10}
print(merged)
u = {"a": 1, "b": 2}
u.update({"c": 3, "a": 0})
print(u)
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(sorted(counts, key=counts.get, reverse=True))
print(max(counts, key=counts.get), min(counts.items(), key=lambda kv: (kv[1], kv[0])))
print({1: "a", True: "b", 1.0: "c"}, {0: 0, False: 1})
