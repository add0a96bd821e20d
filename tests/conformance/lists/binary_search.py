# Binary search variants written by hand, checked against the bisect module.
import bisect
def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
def upper_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo
def find(a, x):
    i = lower_bound(a, x)
    return i if i < len(a) and a[i] == x else -1
data = [1, 3, 3, 3, 5, 8, 13, 21, 21, 34]
for x in [0, 1, 2, 3, 4, 21, 34, 35]:
    lb, ub = lower_bound(data, x), upper_bound(data, x)
    assert lb == bisect.bisect_left(data, x) and ub == bisect.bisect_right(data, x)
    print(x, lb, ub, ub - lb, find(data, x))
def isqrt_bs(n):
    lo, hi = 0, n + 1
    while lo < hi - 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo
print([isqrt_bs(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 10 ** 12, 10 ** 30 + 1]])
def first_true(lo, hi, pred):
    while lo < hi:
        mid = (lo + hi) // 2
        if pred(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo
print(first_true(0, 1000, lambda n: n * n > 500), first_true(0, 10, lambda n: False))
grades = [60, 70, 80, 90]
letters = "FDCBA"
print([letters[bisect.bisect(grades, s)] for s in [33, 60, 75, 89, 90, 100]])
sorted_list = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(sorted_list, v)
print(sorted_list)
records = [(1, "a"), (3, "c"), (5, "e")]
keys = [r[0] for r in records]
print(records[bisect.bisect_left(keys, 3)], bisect.bisect_left(keys, 4))
print(bisect.bisect_left(data, 3, 2), bisect.bisect_right(data, 3, 0, 3), bisect.bisect(data, 100))
