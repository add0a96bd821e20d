# Lazy data pipelines built from chained generators, processed one item at a time.
raw = """2024-01-03,alice,login,ok
2024-01-03,bob,login,fail
2024-01-03,bob,login,ok
# comment line
2024-01-04,alice,upload,ok

2024-01-04,carol,login,fail
2024-01-04,carol,login,fail
2024-01-05,alice,logout,ok
malformed line
2024-01-05,bob,upload,ok"""
trace = []
def read_lines(text):
    for line in text.splitlines():
        trace.append("read")
        yield line
def non_blank(lines):
    for line in lines:
        if line.strip() and not line.startswith("#"):
            yield line
def parse(lines):
    for line in lines:
        parts = line.split(",")
        if len(parts) != 4:
            print("  skipping:", repr(line))
            continue
        date, user, action, status = parts
        yield {"date": date, "user": user, "action": action, "ok": status == "ok"}
def only(records, **conds):
    for r in records:
        if all(r[k] == v for k, v in conds.items()):
            yield r
records = parse(non_blank(read_lines(raw)))
print(trace)
first = next(records)
print(first, len(trace))
rest = list(records)
print(len(rest), len(trace))
failures = only(parse(non_blank(read_lines(raw))), ok=False)
print([(r["date"], r["user"]) for r in failures])
def count_by(records, key):
    counts = {}
    for r in records:
        counts[r[key]] = counts.get(r[key], 0) + 1
    return counts
print(count_by(parse(non_blank(read_lines(raw))), "user"))
def windowed(it, n):
    window = []
    for x in it:
        window.append(x)
        if len(window) == n:
            yield tuple(window)
            window.pop(0)
def moving_avg(nums, n):
    for w in windowed(nums, n):
        yield sum(w) / n
print(list(moving_avg(iter([1, 2, 3, 4, 5, 6, 7]), 3)))
def numbers():
    n = 0
    while True:
        n += 1
        yield n
evens = (n for n in numbers() if n % 2 == 0)
squares = (n * n for n in evens)
small = []
for s in squares:
    if s > 200:
        break
    small.append(s)
print(small)
