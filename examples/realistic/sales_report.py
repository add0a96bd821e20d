"""Crunch a year of generated sales records into a formatted report.

Generates deterministic records (a linear congruential generator, so no `random` needed), then
groups, aggregates, ranks and formats them the way a small reporting script would.
"""
from collections import defaultdict

REGIONS = ["North", "South", "East", "West"]
PRODUCTS = {
    "Widget": 4.50, "Gadget": 12.25, "Doohickey": 0.99, "Gizmo": 29.00,
    "Thingamajig": 7.75, "Whatchamacallit": 15.50,
}
SALESPEOPLE = ["Ada", "Brian", "Chen", "Dana", "Emeka", "Farah", "Gus", "Hana"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


class Lcg:
    """A tiny deterministic pseudo-random generator."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2 ** 31
        return self.state

    def pick(self, seq):
        return seq[(self.next() >> 8) % len(seq)]

    def between(self, lo, hi):
        return lo + (self.next() >> 8) % (hi - lo + 1)


def generate(n, seed=2024):
    rng = Lcg(seed)
    records = []
    for i in range(n):
        product = rng.pick(list(PRODUCTS))
        qty = rng.between(1, 40)
        discount = rng.pick([0, 0, 0, 5, 10, 15])
        records.append({
            "id": i + 1,
            "month": rng.between(1, 12),
            "region": rng.pick(REGIONS),
            "rep": rng.pick(SALESPEOPLE),
            "product": product,
            "qty": qty,
            "cents": round(PRODUCTS[product] * 100) * qty * (100 - discount) // 100,
            "discount": discount,
        })
    return records


def money(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}${cents // 100:,}.{cents % 100:02d}"


def table(headers, rows, align):
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) for i, h in enumerate(headers)]
    def fmt(cells):
        return "  ".join(str(c).rjust(w) if a == ">" else str(c).ljust(w) for c, w, a in zip(cells, widths, align))
    lines = [fmt(headers), "  ".join("-" * w for w in widths)]
    lines.extend(fmt(r) for r in rows)
    return "\n".join(lines)


def group_sum(records, key, field="cents"):
    out = defaultdict(int)
    for r in records:
        out[key(r)] += r[field]
    return out


records = generate(2500)
total = sum(r["cents"] for r in records)
units = sum(r["qty"] for r in records)
print(f"{len(records)} orders, {units:,} units, revenue {money(total)}")
print(f"average order {money(total // len(records))}, largest {money(max(r['cents'] for r in records))}")
print()

print("Revenue by month")
by_month = group_sum(records, lambda r: r["month"])
peak = max(by_month.values())
for m in range(1, 13):
    bar = "#" * (by_month[m] * 40 // peak)
    print(f"  {MONTHS[m - 1]} {money(by_month[m]):>12} {bar}")
quarters = [sum(by_month[m] for m in range(q * 3 + 1, q * 3 + 4)) for q in range(4)]
growth = [None] + [round((b - a) * 100 / a, 1) for a, b in zip(quarters, quarters[1:])]
print("  quarters:", ", ".join(f"Q{i + 1} {money(q)}" + (f" ({g:+}%)" if g is not None else "")
                                 for i, (q, g) in enumerate(zip(quarters, growth))))
print()

print("Products")
rows = []
for product in sorted(PRODUCTS, key=lambda p: -sum(r["cents"] for r in records if r["product"] == p)):
    mine = [r for r in records if r["product"] == product]
    revenue = sum(r["cents"] for r in mine)
    rows.append((product, len(mine), sum(r["qty"] for r in mine), money(revenue),
                 f"{revenue * 100 / total:.1f}%", f"{sum(r['discount'] for r in mine) / len(mine):.2f}%"))
print(table(("product", "orders", "units", "revenue", "share", "avg disc"), rows, "<>>>>>"))
print()

print("Region x product (units)")
grid = defaultdict(int)
for r in records:
    grid[(r["region"], r["product"])] += r["qty"]
short = [p[:6] for p in PRODUCTS]
rows = [[region] + [grid[(region, p)] for p in PRODUCTS] + [sum(grid[(region, p)] for p in PRODUCTS)]
        for region in REGIONS]
rows.append(["Total"] + [sum(grid[(reg, p)] for reg in REGIONS) for p in PRODUCTS] + [units])
print(table(["region"] + short + ["total"], rows, "<" + ">" * (len(PRODUCTS) + 1)))
print()

print("Sales team")
by_rep = defaultdict(list)
for r in records:
    by_rep[r["rep"]].append(r)
ranking = sorted(by_rep.items(), key=lambda kv: (-sum(r["cents"] for r in kv[1]), kv[0]))
rows = []
for rank, (rep, mine) in enumerate(ranking, 1):
    revenue = sum(r["cents"] for r in mine)
    best_month = max(range(1, 13), key=lambda m: (sum(r["cents"] for r in mine if r["month"] == m), -m))
    favourite = max(PRODUCTS, key=lambda p: (sum(1 for r in mine if r["product"] == p), p))
    rows.append((rank, rep, len(mine), money(revenue), MONTHS[best_month - 1], favourite))
print(table(("#", "rep", "orders", "revenue", "best month", "favourite"), rows, "><>><<"))
print()

big = sorted(records, key=lambda r: (-r["cents"], r["id"]))[:5]
print("Top orders:", "; ".join(f"#{r['id']} {r['rep']} {r['qty']}x{r['product']} {money(r['cents'])}" for r in big))
discounted = [r for r in records if r["discount"]]
lost = sum(round(PRODUCTS[r["product"]] * 100) * r["qty"] - r["cents"] for r in discounted)
print(f"{len(discounted)} discounted orders gave away {money(lost)}")
