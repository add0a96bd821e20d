# Tuples as lightweight records: sorting, grouping, dict keys, and structural comparison.
sales = [
    ("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-02", "north", 95),
    ("2024-02", "south", 130), ("2024-03", "north", 150), ("2024-03", "south", 70),
]
totals = {}
for month, region, amount in sales:
    totals[region] = totals.get(region, 0) + amount
print(sorted(totals.items()), max(totals.items(), key=lambda kv: kv[1]))
grid = {}
for month, region, amount in sales:
    grid[(month, region)] = amount
print(grid[("2024-02", "south")], ("2024-03", "east") in grid, len(grid))
months = sorted({m for m, _, _ in sales})
regions = sorted({r for _, r, _ in sales})
print("month   " + "".join(f"{r:>8}" for r in regions))
for m in months:
    print(f"{m:8}" + "".join(f"{grid[(m, r)]:8d}" for r in regions))
best = sorted(sales, key=lambda s: s[2], reverse=True)[:3]
print(best)
print(sorted(sales, key=lambda s: (s[1], -s[2])))
coords = [(0, 0), (3, 4), (-1, 2), (3, -4), (0, 5)]
dist = {p: (p[0] ** 2 + p[1] ** 2) ** 0.5 for p in coords}
print(sorted(coords, key=dist.get), [p for p in coords if dist[p] == 5.0])
print(min(coords), max(coords), sorted(coords, reverse=True))
edges = [("a", "b", 3), ("b", "c", 1), ("a", "c", 5)]
adj = {}
for u, v, w in edges:
    adj.setdefault(u, []).append((w, v))
    adj.setdefault(v, []).append((w, u))
print({k: sorted(v) for k, v in sorted(adj.items())})
point = (3, 4)
x, y = point
moved = (x + 1, y - 1)
print(point, moved, point + moved, point * 2, (point, moved)[1][0])
