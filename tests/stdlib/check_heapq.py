# heapq: the heap invariant, CPython's orderings, nlargest/nsmallest stability, merge, max-heaps.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 4]:
    heapq.heappush(h, x)
print("after pushes:", h)
out = [heapq.heappop(h) for _ in range(len(h))]
print("popped:", out)
assert out == sorted(out)

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print("heapify:", data)
r = heapq.heapreplace(data, 10)
print("heapreplace:", r, data)
r = heapq.heappushpop(data, -1)
print("heappushpop small:", r, data)
r = heapq.heappushpop(data, 11)
print("heappushpop big:", r, data)

for bad in (heapq.heappop, heapq.heapreplace):
    try:
        bad([], *([1] if bad is heapq.heapreplace else []))
    except IndexError as e:
        print(bad.__name__, "empty ->", type(e).__name__, e)
try:
    heapq.heappush((), 1)
except TypeError as e:
    print("heappush tuple ->", e)

words = ["pear", "fig", "apple", "kiwi", "banana", "plum", "date", "lime"]
print("nsmallest 3 by len:", heapq.nsmallest(3, words, key=len))
print("nlargest 3 by len:", heapq.nlargest(3, words, key=len))
print("nsmallest 1:", heapq.nsmallest(1, words), "nlargest 1:", heapq.nlargest(1, iter(words)))
print("nsmallest all:", heapq.nsmallest(10, words))
print("nlargest from iterator:", heapq.nlargest(4, iter([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])))
print("nsmallest from iterator:", heapq.nsmallest(4, iter([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])))
print("n=0:", heapq.nsmallest(0, [1, 2]), heapq.nlargest(0, iter([1])))

pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (2, "e")]
print("stable nsmallest:", heapq.nsmallest(3, iter(pairs), key=lambda p: p[0]))
print("stable nlargest:", heapq.nlargest(3, iter(pairs), key=lambda p: p[0]))

print("merge:", list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9], [])))
print("merge reverse:", list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print("merge key:", list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print("merge stable:", list(heapq.merge([(1, "x"), (2, "x")], [(1, "y"), (2, "y")], key=lambda t: t[0])))

mh = []
for x in [3, 1, 4, 1, 5, 9, 2, 6]:
    heapq.heappush_max(mh, x)
print("max-heap:", mh)
print("heappop_max:", heapq.heappop_max(mh), mh)
data = [3, 1, 4, 1, 5]
heapq.heapify_max(data)
print("heapify_max:", data)
print("heapreplace_max:", heapq.heapreplace_max(data, 0), data)
print("heappushpop_max:", heapq.heappushpop_max(data, 7), heapq.heappushpop_max(data, 2), data)

# Heap sort of many items matches sorted().
import random
rng = random.Random(5)
items = [rng.randrange(1000) for _ in range(500)]
h = []
for x in items:
    heapq.heappush(h, x)
assert [heapq.heappop(h) for _ in range(500)] == sorted(items)
print("heapsort ok")
