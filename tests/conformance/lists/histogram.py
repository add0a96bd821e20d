# Bucketing numbers into a histogram and drawing it with lists of strings.
import random
rng = random.Random(7)
values = [sum(rng.random() for _ in range(4)) * 25 for _ in range(500)]
lo, hi, nb = 0, 100, 10
counts = [0] * nb
outliers = 0
for v in values:
    if lo <= v < hi:
        counts[int((v - lo) / (hi - lo) * nb)] += 1
    else:
        outliers += 1
print(counts, sum(counts), outliers)
peak = max(counts)
for i, c in enumerate(counts):
    label = f"{lo + i * 10:3d}-{lo + (i + 1) * 10 - 1:3d}"
    print(label, "|" + "*" * (c * 40 // peak), c)
rows = []
for level in range(peak, 0, -max(1, peak // 8)):
    rows.append("".join(" ## " if c >= level else "    " for c in counts))
print("\n".join(rows))
print("".join(f"{lo + i * 10:^4}" for i in range(nb)))
ints = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(360)]
dist = [ints.count(s) for s in range(2, 13)]
print(dist, sum(dist), dist.index(max(dist)) + 2)
cumulative = []
running = 0
for c in dist:
    running += c
    cumulative.append(running)
print(cumulative)
print([round(c / len(ints) * 100, 1) for c in dist])
