# bisect: left/right positions, lo/hi, key=, insort.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 1, 2, 3, 4, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 5, hi=4))
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("lo -1 ->", e)
recs = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 0)
print(b)
r = []
for item in [("x", 3), ("y", 1), ("z", 3), ("w", 2)]:
    bisect.insort(r, item, key=lambda t: t[1])
print(r)
r2 = []
for item in [("x", 3), ("y", 1), ("z", 3), ("w", 2)]:
    bisect.insort_left(r2, item, key=lambda t: t[1])
print(r2)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
