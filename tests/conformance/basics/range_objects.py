# range objects: construction, indexing, slicing, membership, equality, reversal.
r = range(10)
print(r, list(r), len(r), r[0], r[-1], r[3:7], r[::2], r[::-1])
r2 = range(3, 30, 4)
print(list(r2), len(r2), r2[2], r2[-2], 15 in r2, 16 in r2, r2.index(19), r2.count(7))
r3 = range(20, 0, -3)
print(list(r3), len(r3), r3[1:4], list(r3[1:4]), 11 in r3, 12 in r3)
print(list(range(0)), list(range(5, 5)), list(range(5, 1)), list(range(-3, 3)), len(range(1, 100, 99)))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 1), range(3) == range(0, 3, 1))
print(list(reversed(range(1, 10, 3))), sum(range(1, 1001)), max(range(7)), min(range(3, 8)))
print(range(10 ** 18)[10 ** 17], range(0, 10 ** 20, 3)[-1], 10 ** 19 in range(0, 10 ** 20, 10))
big = range(-10 ** 12, 10 ** 12, 7)
print(len(big), big[0], big[-1], big[123456], (10 ** 12 - 5) in big)
print(r.start, r.stop, r.step, r2.start, r2.stop, r2.step, range(5).step)
for i in range(2, 12, 3):
    print(i, end=" ")
print()
print([i * i for i in range(1, 6)], {i % 3 for i in range(10)}, dict(zip(range(3), "abc")))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
print(list(enumerate(range(100, 104))), list(zip(range(3), range(10, 13))))
print(bool(range(0)), bool(range(1)), tuple(range(3)), str(range(1, 5, 2)), repr(range(0, -3, -1)))
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(3).index(7)
except ValueError as e:
    print("ValueError:", e)
nested = [[(i, j) for j in range(i)] for i in range(4)]
print(nested)
print(hash(range(3)) == hash(range(0, 3)), range(1, 4)[1:][1:])
