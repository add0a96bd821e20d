# An uncaught TypeError from mixing types in a report-building loop.
rows = [("apples", 3), ("pears", 12), ("plums", "7")]
total = 0
for name, qty in rows:
    print(f"{name}: {qty}")
    total = total + qty
print("total", total)
