# itertools helpers: chain, groupby, accumulate, compress, filterfalse, starmap, tee, zip_longest, pairwise.
import itertools as it
import operator
print(list(it.chain([1, 2], "ab", (3,))), list(it.chain.from_iterable([[1], [2, 3], []])))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry", "apricot"], key=lambda w: w[0])
for key, group in it.groupby(data, key=lambda w: w[0]):
    print(key, list(group))
print([(k, len(list(g))) for k, g in it.groupby("aaabccccdaa")])
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([1, 2, 3, 4], operator.mul)),
      list(it.accumulate([5, 1, 7, 3], max)), list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.filterfalse(lambda x: x % 3, range(10))))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.starmap(lambda a, b: a + b, zip("ab", "xy"))))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(it.zip_longest("abc", [1, 2], fillvalue=0)), list(it.zip_longest([], [])))
print(list(it.pairwise([1, 3, 6, 10])), list(it.pairwise("ab")), list(it.pairwise("a")))
print(list(it.islice(it.accumulate(it.repeat(2)), 5)))
runs = [(k, sum(1 for _ in g)) for k, g in it.groupby([1, 1, 0, 0, 0, 1, 1, 1, 1])]
print(runs, max(runs, key=lambda kv: kv[1]))
readings = [3, 5, 2, 8, 7, 9, 1]
diffs = [b - a for a, b in it.pairwise(readings)]
print(diffs, list(it.accumulate(diffs, initial=readings[0])) == readings)
def batched(iterable, n):
    iterator = iter(iterable)
    while batch := tuple(it.islice(iterator, n)):
        yield batch
print(list(batched(range(10), 4)))
