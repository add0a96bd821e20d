# An uncaught TypeError from mixing types in a report-building loop.
rows = [("apples", 3), ("pears", 12), ("kiwis", 0), ("plums", "7")]
def describe(name, qty):
    if qty == 0:
        return f"{name}: none left"
    return f"{name}: {qty}"
total = 0
print(sum(q for _, q in rows[:3]))
labels = [describe(n, q) for n, q in rows[:3]]
print(" | ".join(labels))
print("types:", [type(q).__name__ for _, q in rows])
try:
    total + None
except TypeError as e:
    print("handled:", e)
for name, qty in rows:
    print(describe(name, qty))
    total = total + qty
    print("running total", total)
print("total", total)
