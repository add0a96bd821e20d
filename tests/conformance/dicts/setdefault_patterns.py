# Grouping idioms: setdefault, get with default, try/except KeyError, `in` checks, compared.
pairs = [("fruit", "apple"), ("veg", "kale"), ("fruit", "pear"), ("grain", "rice"), ("veg", "leek"), ("fruit", "fig")]
g1 = {}
for k, v in pairs:
    g1.setdefault(k, []).append(v)
g2 = {}
for k, v in pairs:
    g2[k] = g2.get(k, []) + [v]
g3 = {}
for k, v in pairs:
    try:
        g3[k].append(v)
    except KeyError:
        g3[k] = [v]
g4 = {}
for k, v in pairs:
    if k not in g4:
        g4[k] = []
    g4[k].append(v)
print(g1)
print(g1 == g2 == g3 == g4)
counts = {}
for k, _ in pairs:
    counts[k] = counts.get(k, 0) + 1
print(counts, max(counts, key=counts.get))
first_seen = {}
for i, (k, v) in enumerate(pairs):
    first_seen.setdefault(k, i)
print(first_seen)
last_seen = {k: i for i, (k, _) in enumerate(pairs)}
print(last_seen)
nested = {}
for k, v in pairs:
    nested.setdefault(k, {}).setdefault(v[0], []).append(v)
print(nested)
sums = {}
for k, v in pairs:
    sums[k] = sums.get(k, 0) + len(v)
print(sorted(sums.items(), key=lambda kv: kv[1]))
d = {"a": None}
print(d.setdefault("a", 5), d.get("a", 5), d.get("b", 5), d.setdefault("b"), d)
