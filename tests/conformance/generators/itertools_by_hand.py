# Re-implementing itertools with generators and checking against the real ones.
import itertools
def my_chain(*its):
    for it in its:
        yield from it
def my_islice(it, n):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def my_zip_longest(*its, fillvalue=None):
    iters = [iter(i) for i in its]
    while True:
        row = []
        live = 0
        for it in iters:
            try:
                row.append(next(it))
                live += 1
            except StopIteration:
                row.append(fillvalue)
        if not live:
            return
        yield tuple(row)
def my_groupby(it, key=lambda x: x):
    it = iter(it)
    try:
        cur = next(it)
    except StopIteration:
        return
    group = [cur]
    k = key(cur)
    for x in it:
        if key(x) == k:
            group.append(x)
        else:
            yield k, group
            group, k = [x], key(x)
    yield k, group
def my_accumulate(it, fn=lambda a, b: a + b):
    it = iter(it)
    total = next(it, None)
    if total is None:
        return
    yield total
    for x in it:
        total = fn(total, x)
        yield total
def my_product(*pools):
    if not pools:
        yield ()
        return
    for x in pools[0]:
        for rest in my_product(*pools[1:]):
            yield (x,) + rest
data = [1, 1, 2, 3, 3, 3, 1]
checks = [
    (list(my_chain("ab", [1])), list(itertools.chain("ab", [1]))),
    (list(my_islice(itertools.count(), 5)), list(itertools.islice(itertools.count(), 5))),
    (list(my_zip_longest("abc", [1], fillvalue="-")), list(itertools.zip_longest("abc", [1], fillvalue="-"))),
    ([(k, g) for k, g in my_groupby(data)], [(k, list(g)) for k, g in itertools.groupby(data)]),
    (list(my_accumulate(data)), list(itertools.accumulate(data))),
    (list(my_accumulate(data, max)), list(itertools.accumulate(data, max))),
    (list(my_product("ab", [0, 1])), list(itertools.product("ab", [0, 1]))),
    (list(my_product()), list(itertools.product())),
]
for mine, theirs in checks:
    print(mine == theirs, mine)
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print([(k, g) for k, g in my_groupby(sorted(words), key=lambda w: w[0])])
