# Formatting a report table with computed column widths and aligned numbers.
data = [
    ("Widget", 4, 3.5),
    ("Gadget", 10, 12.25),
    ("Thingamabob", 1, 199.99),
    ("Doohickey", 25, 0.4),
    ("Whatsit", 7, 8.0),
]
headers = ("Item", "Qty", "Unit", "Total")
rows = [(name, str(q), f"{p:.2f}", f"{q * p:,.2f}") for name, q, p in data]
widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
def fmt_row(cells):
    out = []
    for i, c in enumerate(cells):
        out.append(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]))
    return "| " + " | ".join(out) + " |"
sep = "+-" + "-+-".join("-" * w for w in widths) + "-+"
print(sep)
print(fmt_row(headers))
print(sep.replace("-", "="))
for r in rows:
    print(fmt_row(r))
print(sep)
total = 0.0
for _, q, p in data:
    total += q * p
print(fmt_row(("TOTAL", str(sum(q for _, q, _ in data)), "", f"{total:,.2f}")))
print(sep)
print()
print(f"{'Item':<12}{'Share':>8}")
for name, q, p in sorted(data, key=lambda d: d[1] * d[2], reverse=True):
    share = q * p / total
    bar = "#" * int(share * 40)
    print(f"{name:<12}{share:>8.1%} {bar}")
print()
for i, (name, q, p) in enumerate(data, start=1):
    print("%2d. %-12s x%-3d @ %7.2f" % (i, name, q, p))
