# sorted() and list.sort(): keys, reverse, stability, multi-key sorting, custom comparisons.
people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cat", 31, "la"), ("dan", 25, "nyc"), ("eve", 40, "sf"), ("fay", 31, "sf")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (p[2], -p[1], p[0])))
by_city = sorted(people, key=lambda p: p[2])
by_age_then_city = sorted(by_city, key=lambda p: p[1])
print(by_age_then_city)
print(sorted([3, 1, 2], reverse=True), sorted("Banana", key=str.lower), sorted({"b": 1, "a": 2}))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2, 1], [1, 2], [1, 1, 1]]))
words = ["kiwi", "Fig", "apple", "date", "Cherry", "banana", "elderberry", "fig"]
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w.lower())))
stable = sorted(words, key=lambda w: w[0].lower())
print(stable)
rev_stable = sorted(words, key=len, reverse=True)
print(rev_stable)
import functools
def cmp(a, b):
    return (a % 3 - b % 3) or (b - a)
print(sorted(range(10), key=functools.cmp_to_key(cmp)))
records = [{"n": "x", "v": 3}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
records.sort(key=lambda r: r["v"])
print([r["n"] for r in records])
import operator
print(sorted(people, key=operator.itemgetter(2, 0)))
print(min(people, key=operator.itemgetter(1)), max(people, key=lambda p: (p[1], p[0])))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n < 0, abs(n))), sorted(nums, key=str))
data = [3, 1, 2]
res = data.sort()
print(res, data, sorted(data) is data)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
print(sorted([], reverse=True), sorted([1]), sorted((3, 2, 1)), sorted(range(5), reverse=True))
mixed = [2.5, 1, True, 0.5, 3]
print(sorted(mixed), sorted([[], [0], [-1, 5]]))
