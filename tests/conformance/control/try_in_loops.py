# break, continue and return crossing try/except/finally inside loops; finally always runs.
log = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append(f"body {i}")
    finally:
        log.append(f"finally {i}")
print(log)
def search(items, target):
    for i, x in enumerate(items):
        try:
            if x == target:
                return i
        finally:
            print("  checked", x)
    return -1
print(search(["a", "b", "c"], "b"))
results = []
for raw in ["1", "x", "3", "", "5"]:
    try:
        n = int(raw)
    except ValueError:
        results.append(f"skip {raw!r}")
        continue
    else:
        results.append(n * 10)
    finally:
        results.append("|")
print(results)
def retry(op, attempts):
    for attempt in range(1, attempts + 1):
        try:
            return op(attempt)
        except RuntimeError as e:
            print(f"  attempt {attempt} failed: {e}")
    return "gave up"
def flaky(n):
    if n < 3:
        raise RuntimeError(f"not yet ({n})")
    return f"succeeded on {n}"
print(retry(flaky, 5))
print(retry(flaky, 2))
count = 0
while True:
    try:
        count += 1
        if count == 4:
            break
    finally:
        print("  while-finally", count)
print("count", count)
def odd_finally():
    for x in range(3):
        try:
            return x
        finally:
            if x == 0:
                continue
    return "loop ended"
print(odd_finally())
