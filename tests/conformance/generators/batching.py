# Batching, chunking, and sliding windows over arbitrary iterables with generators.
from collections import deque
def batched(iterable, n):
    batch = []
    for x in iterable:
        batch.append(x)
        if len(batch) == n:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)
def sliding(iterable, n):
    window = deque(maxlen=n)
    for x in iterable:
        window.append(x)
        if len(window) == n:
            yield tuple(window)
def pairwise(iterable):
    it = iter(iterable)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x
def split_when(iterable, pred):
    group = []
    for x in iterable:
        if group and pred(group[-1], x):
            yield group
            group = []
        group.append(x)
    if group:
        yield group
print(list(batched(range(10), 3)), list(batched("abcdef", 2)), list(batched([], 4)))
print(list(sliding(range(6), 3)), list(sliding("ab", 3)))
print(list(pairwise([1, 4, 9, 16])), list(pairwise([1])))
print(list(split_when([1, 2, 3, 7, 8, 10, 11, 12], lambda a, b: b - a > 1)))
print(list(split_when("aaabccdd", lambda a, b: a != b)))
def interleave(*its):
    iters = [iter(i) for i in its]
    while iters:
        alive = []
        for it in iters:
            try:
                yield next(it)
                alive.append(it)
            except StopIteration:
                pass
        iters = alive
print(list(interleave("abc", [1, 2], "XYZW")))
def unique(iterable, key=None):
    seen = set()
    for x in iterable:
        k = x if key is None else key(x)
        if k not in seen:
            seen.add(k)
            yield x
print(list(unique([3, 1, 3, 2, 1])), list(unique(["a", "B", "b", "A", "c"], key=str.lower)))
def roundrobin_sum(data, n):
    return [sum(b) for b in batched(data, n)]
print(roundrobin_sum(range(1, 21), 4))
