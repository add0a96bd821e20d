# A round-robin scheduler running generator-based tasks cooperatively.
from collections import deque
def task(name, steps):
    for i in range(1, steps + 1):
        print(f"{name} step {i}/{steps}")
        yield
    return f"{name} finished"
def sleeper(name, ticks):
    waited = 0
    while waited < ticks:
        waited += 1
        yield
    print(f"{name} woke after {ticks} ticks")
    return f"{name} slept"
def run(tasks):
    queue = deque(tasks)
    results = []
    ticks = 0
    while queue:
        t = queue.popleft()
        ticks += 1
        try:
            next(t)
            queue.append(t)
        except StopIteration as e:
            results.append(e.value)
    return results, ticks
results, ticks = run([task("A", 3), task("B", 1), sleeper("Z", 4), task("C", 2)])
print(results, ticks)
def producer(q, items):
    for item in items:
        while len(q) >= 2:
            print("  producer waits (queue full)")
            yield
        q.append(item)
        print(f"  produced {item}")
        yield
def consumer(q, count, out):
    while len(out) < count:
        if not q:
            print("  consumer waits (queue empty)")
            yield
            continue
        out.append(q.popleft())
        print(f"  consumed {out[-1]}")
        yield
shared = deque()
consumed = []
print(run([producer(shared, "abcde"), consumer(shared, 5, consumed)]))
print(consumed)
