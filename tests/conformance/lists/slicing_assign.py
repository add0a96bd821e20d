# Slice assignment and deletion, including extended slices with steps.
a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[1:1] = [100, 200, 300]
print(a)
a[:] = a[::-1]
print(a)
a[-3:] = []
print(a)
a[len(a):] = [7, 8]
print(a)
b = list(range(10))
b[::2] = "abcde"
print(b)
b[1::2] = [None] * 5
print(b)
b[::-3] = [1, 2, 3, 4]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
c = list(range(20))
del c[::4]
print(c)
del c[1:10:3]
print(c)
del c[-1:-6:-2]
print(c)
del c[100:]
print(c)
d = [0, 1, 2, 3, 4, 5]
d[1:5:2] = (10, 30)
print(d)
d[4:1:-1] = "xyz"
print(d)
d[0:2] = range(3)
print(d)
e = [1, 2, 3]
e[5:10] = [9]
e[-10:1] = ["start"]
print(e)
f = list("abcdefgh")
print(f[::3], f[-2::-2], f[6:1:-2], f[1:-1:3], f[::-1][::2])
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1:] for row in m], [row[::-1] for row in m[::-1]], m[1][::2])
g = [1, 2, 3, 4, 5]
g[1:4] = [g[3], g[2], g[1]]
print(g)
h = list(range(6))
h[::2], h[1::2] = h[1::2], h[::2]
print(h)
