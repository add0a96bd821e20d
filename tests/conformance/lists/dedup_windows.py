# Order-preserving de-duplication, sliding windows, pairwise differences and run grouping.
data = [3, 1, 3, 2, 1, 5, 2, 2, 9, 3]
seen = set()
unique = []
for x in data:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique, list(dict.fromkeys(data)), sorted(set(data)))
def windows(seq, n):
    return [seq[i:i + n] for i in range(len(seq) - n + 1)]
print(windows(data, 3))
print([sum(w) / len(w) for w in windows(data, 4)])
print([b - a for a, b in zip(data, data[1:])])
def runs(seq):
    out = []
    for x in seq:
        if out and out[-1][0] == x:
            out[-1][1] += 1
        else:
            out.append([x, 1])
    return [tuple(r) for r in out]
print(runs([1, 1, 2, 2, 2, 3, 1, 1]), runs([]), runs("aaabbc"))
def chunked(seq, n):
    return [seq[i:i + n] for i in range(0, len(seq), n)]
print(chunked(list(range(11)), 4), chunked("abcdefg", 3))
def max_subarray(a):
    best = cur = a[0]
    start = best_start = best_end = 0
    for i in range(1, len(a)):
        if cur + a[i] < a[i]:
            cur = a[i]
            start = i
        else:
            cur += a[i]
        if cur > best:
            best, best_start, best_end = cur, start, i
    return best, a[best_start:best_end + 1]
print(max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]), max_subarray([-3, -1, -2]))
def two_sum(nums, target):
    index = {}
    for i, n in enumerate(nums):
        if target - n in index:
            return index[target - n], i
        index[n] = i
    return None
print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1, 2], 10))
prefix = [0]
for x in data:
    prefix.append(prefix[-1] + x)
print(prefix, prefix[7] - prefix[2] == sum(data[2:7]))
def remove_all(lst, value):
    lst[:] = [x for x in lst if x != value]
d2 = data[:]
remove_all(d2, 3)
print(d2, data.count(3))
