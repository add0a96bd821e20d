# A sales report built with itertools.groupby, accumulate, chain and operator.itemgetter.
import itertools
import operator
sales = [
    ("2024-01", "north", "widget", 120), ("2024-01", "south", "widget", 80), ("2024-01", "north", "gadget", 45),
    ("2024-02", "north", "widget", 100), ("2024-02", "south", "gadget", 60), ("2024-02", "south", "widget", 95),
    ("2024-03", "north", "gadget", 70), ("2024-03", "south", "widget", 110), ("2024-03", "north", "widget", 130),
]
by_month = itertools.groupby(sales, key=operator.itemgetter(0))
monthly = [(month, sum(r[3] for r in rows)) for month, rows in by_month]
print(monthly)
running = list(itertools.accumulate(total for _, total in monthly))
print(running)
key = operator.itemgetter(1, 2)
for (region, product), rows in itertools.groupby(sorted(sales, key=key), key=key):
    rows = list(rows)
    print(f"{region:6} {product:7} n={len(rows)} total={sum(r[3] for r in rows)} best={max(rows, key=operator.itemgetter(3))[0]}")
regions = sorted({r[1] for r in sales})
products = sorted({r[2] for r in sales})
print("       " + "".join(f"{p:>8}" for p in products))
for reg in regions:
    cells = [sum(r[3] for r in sales if r[1] == reg and r[2] == p) for p in products]
    print(f"{reg:7}" + "".join(f"{c:8d}" for c in cells))
pairs = list(itertools.pairwise(total for _, total in monthly))
print([(b - a) for a, b in pairs])
top3 = sorted(sales, key=operator.itemgetter(3), reverse=True)[:3]
print(list(itertools.chain.from_iterable((r[0], r[3]) for r in top3)))
print(list(itertools.compress(products, [sum(r[3] for r in sales if r[2] == p) > 400 for p in products])))
