# heapq: push/pop, heapify, nsmallest/nlargest, merge, pushpop/replace, and a k-way merge.
import heapq
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
    print(v, "->", h)
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6]
heapq.heapify(data)
print(data, data[0])
print(heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
nums = [15, 3, 42, 8, 23, 4, 16]
print(heapq.nsmallest(3, nums), heapq.nlargest(3, nums), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])))
print(list(heapq.merge(["apple", "fig"], ["banana"], key=len)), list(heapq.merge([5, 3], [4, 1], reverse=True)))
def heapsort(items):
    h = list(items)
    heapq.heapify(h)
    return [heapq.heappop(h) for _ in range(len(h))]
print(heapsort([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]), heapsort("heapsort"))
maxheap = []
for v in [3, 10, 7]:
    heapq.heappush(maxheap, -v)
print([-heapq.heappop(maxheap) for _ in range(3)])
tasks = [(2, "write"), (1, "plan"), (3, "test"), (1, "coffee")]
heapq.heapify(tasks)
while tasks:
    print(heapq.heappop(tasks))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
def running_median(stream):
    lo, hi, out = [], [], []
    for x in stream:
        heapq.heappush(lo, -x)
        heapq.heappush(hi, -heapq.heappop(lo))
        if len(hi) > len(lo):
            heapq.heappush(lo, -heapq.heappop(hi))
        out.append(-lo[0] if len(lo) > len(hi) else (-lo[0] + hi[0]) / 2)
    return out
print(running_median([5, 15, 1, 3, 8, 7, 9, 10]))
