# collections.defaultdict and Counter for grouping and counting.
from collections import defaultdict, Counter
text = "it was the best of times it was the worst of times it was the age of wisdom"
words = text.split()
dd = defaultdict(int)
for w in words:
    dd[w] += 1
print(dict(dd))
print(dd["missing"], "missing" in dd, len(dd))
groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(sorted((k, sorted(set(v))) for k, v in groups.items()))
nested = defaultdict(lambda: defaultdict(int))
for i, w in enumerate(words):
    nested[w[0]][w] += i
print({k: dict(v) for k, v in sorted(nested.items())})
c = Counter(words)
print(c.most_common(3), c["it"], c["nope"], len(c), sum(c.values()))
print(sorted(c.elements())[:6])
c2 = Counter("abracadabra")
print(c2, c2.most_common(2), sorted(c2.items()))
c3 = Counter(a=3, b=1)
c4 = Counter(a=1, b=2, c=5)
print(c3 + c4, c3 - c4, c4 - c3, c3 & c4, c3 | c4)
c3.update("aab")
c4.subtract({"c": 10})
print(c3, c4, +c4, -c4)
print(Counter([1, 1, 2, 3, 3, 3]).most_common(), Counter().most_common(1))
inv = defaultdict(set)
for w in set(words):
    for ch in w:
        inv[ch].add(w)
print(sorted(inv["w"]), sorted(inv["t"]))
print(defaultdict(int, {"a": 5})["a"], repr(defaultdict(list)), type(dd).__name__)
sd = defaultdict(str)
sd["k"] += "x"
sd["k"] += "y"
print(dict(sd))
