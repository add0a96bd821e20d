# Recursive generators: permutations, combinations, tree walks, and Hanoi moves.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest
print(list(permutations([1, 2, 3])), sum(1 for _ in permutations(list(range(6)))))
def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items)):
        for tail in combinations(items[i + 1:], k - 1):
            yield [items[i]] + tail
print(list(combinations("abcd", 2)), len(list(combinations(list(range(10)), 4))))
def hanoi(n, src="A", dst="C", via="B"):
    if n:
        yield from hanoi(n - 1, src, via, dst)
        yield (n, src, dst)
        yield from hanoi(n - 1, via, dst, src)
print(list(hanoi(3)))
print(sum(1 for _ in hanoi(12)))
def walk(d, prefix=""):
    for key in sorted(d):
        path = f"{prefix}/{key}"
        if isinstance(d[key], dict):
            yield path + "/"
            yield from walk(d[key], path)
        else:
            yield f"{path} ({d[key]} bytes)"
fs = {"etc": {"hosts": 120, "conf": {"a.ini": 9}}, "readme": 42, "usr": {"bin": {}}}
for p in walk(fs):
    print(p)
def partitions(n, max_part=None):
    max_part = n if max_part is None else max_part
    if n == 0:
        yield []
        return
    for k in range(min(n, max_part), 0, -1):
        for rest in partitions(n - k, k):
            yield [k] + rest
print(list(partitions(5)), sum(1 for _ in partitions(20)))
def gray(n):
    if n == 0:
        yield ""
        return
    prev = list(gray(n - 1))
    for code in prev:
        yield "0" + code
    for code in reversed(prev):
        yield "1" + code
print(list(gray(3)))
