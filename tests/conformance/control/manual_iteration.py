# Driving iterators by hand with next() and StopIteration, as a for loop does internally.
def manual_for(iterable, body):
    it = iter(iterable)
    while True:
        try:
            item = next(it)
        except StopIteration:
            break
        body(item)
seen = []
manual_for("abc", seen.append)
manual_for(range(3), seen.append)
manual_for({"k": 1}, seen.append)
print(seen)
it = iter([1, 2, 3])
print(next(it), next(it, "default"), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
def merge_sorted(a, b):
    ia, ib = iter(a), iter(b)
    sentinel = object()
    x, y = next(ia, sentinel), next(ib, sentinel)
    out = []
    while x is not sentinel and y is not sentinel:
        if x <= y:
            out.append(x)
            x = next(ia, sentinel)
        else:
            out.append(y)
            y = next(ib, sentinel)
    while x is not sentinel:
        out.append(x)
        x = next(ia, sentinel)
    while y is not sentinel:
        out.append(y)
        y = next(ib, sentinel)
    return out
print(merge_sorted([1, 4, 9], [2, 3, 10, 11]), merge_sorted([], [1]), merge_sorted([5], []))
def pairwise(iterable):
    it = iter(iterable)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur
print(list(pairwise([1, 2, 3, 4])), list(pairwise([])), list(pairwise("ab")))
lines = iter(["header", "a=1", "b=2", "", "body text", "more"])
header = next(lines)
settings = {}
for line in lines:
    if not line:
        break
    k, v = line.split("=")
    settings[k] = int(v)
body = list(lines)
print(header, settings, body)
it1 = iter([10, 20, 30])
it2 = iter(it1)
print(it1 is it2, next(it2), list(it1))
