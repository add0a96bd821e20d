# Augmented assignment on mutable and immutable objects; aliasing consequences.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = "ab"
r = s
s += "c"
print(s, r)
s *= 2
print(s)
lst = [0]
lst *= 3
print(lst)
counts = {"x": 1}
counts["x"] += 10
counts["y"] = counts.get("y", 0) + 1
print(counts)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 5
grid[0][0] -= 1
print(grid)
class Box:
    def __init__(self):
        self.v = 1
bx = Box()
bx.v += 41
bx.v //= 2
print(bx.v)
st = {1, 2}
alias = st
st |= {3}
st &= {1, 3, 4}
print(st, alias, st is alias)
st -= {1}
st ^= {9, 3}
print(st, alias)
n = 7
n <<= 2
n |= 1
n ^= 0b10
n >>= 1
print(n)
x = 2
x **= 10
x %= 1000
x //= 3
print(x)
f = 1.5
f *= 4
f -= 0.5
f /= 2
print(f)
items = [1, 2, 3]
i = 0
items[i] += 100
i += 1
items[i] *= 7
print(items, i)
nested = {"a": [1]}
nested["a"] += [2, 3]
print(nested)
