# bisect: bisect_left/right, insort variants, key functions, and range counting in sorted data.
import bisect
a = [10, 20, 20, 20, 30, 40]
for x in [5, 10, 20, 25, 40, 45]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 20, 2), bisect.bisect_right(a, 20, 0, 3), bisect.bisect_left(a, 20, lo=4))
s = []
for v in [5, 2, 8, 2, 9, 1]:
    bisect.insort(s, v)
print(s)
bisect.insort_left(s, 2)
bisect.insort_right(s, 8)
print(s)
def count_range(sorted_list, lo, hi):
    return bisect.bisect_right(sorted_list, hi) - bisect.bisect_left(sorted_list, lo)
print(count_range(a, 15, 30), count_range(a, 0, 100), count_range(a, 21, 29))
people = [("ann", 31), ("bob", 25), ("cy", 40), ("di", 35)]
people.sort(key=lambda p: p[1])
ages = [p[1] for p in people]
print(people[bisect.bisect_left(ages, 33)], bisect.bisect_left(people, 33, key=lambda p: p[1]))
bisect.insort(people, ("eve", 30), key=lambda p: p[1])
print(people)
breakpoints = [60, 70, 80, 90]
def grade(score):
    return "FDCBA"[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [55, 60, 69, 70, 85, 90, 100]])
timeline = [1.0, 2.5, 4.0, 7.5]
labels = ["boot", "load", "run", "stop"]
def state_at(t):
    i = bisect.bisect_right(timeline, t) - 1
    return labels[i] if i >= 0 else "off"
print([state_at(t) for t in [0.5, 1.0, 3.0, 4.0, 10]])
