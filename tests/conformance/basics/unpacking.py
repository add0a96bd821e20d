# Tuple/list unpacking, starred targets, swaps and nested patterns.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
head, *mid, tail = "abcdef"
print(head, mid, tail)
p, *q = [9]
print(p, q)
(m, n), o = (1, 2), 3
print(m, n, o)
[i, (j, k)] = [10, [20, 30]]
print(i, j, k)
for idx, (name, score) in enumerate([("ann", 3), ("bob", 5)]):
    print(idx, name, score)
pairs = {"a": 1, "b": 2}
for key, val in pairs.items():
    print(key, val)
v = w = [0]
v.append(1)
print(v, w, v is w)
c = d = e = 5
print(c, d, e)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
print(*[1, 2, 3], sep="-")
print(*"ab", *[3], *range(2))
combined = [*range(3), *"xy", *(7, 8)]
print(combined)
merged = {**{"a": 1}, **{"b": 2, "a": 3}}
print(merged)
t = 1,
print(t, type(t).__name__)
def pair():
    return 3, 4
s1, s2 = pair()
print(s1 + s2)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
*stars, = "hi"
print(stars)
fib = [0, 1]
for _ in range(8):
    a, b = fib[-2:]
    fib.append(a + b)
print(fib)
