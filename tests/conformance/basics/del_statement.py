# del on names, list items, slices, dict keys and attributes.
a = 1
b = [1, 2, 3, 4, 5, 6, 7, 8]
del a
print("a" in dir())
del b[0]
print(b)
del b[-1]
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
c = list(range(10))
del c[::3]
print(c)
del c[:]
print(c)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
class Obj:
    pass
o = Obj()
o.p = 1
o.q = 2
del o.p
print(vars(o), hasattr(o, "p"))
try:
    del o.p
except AttributeError as e:
    print("AttributeError:", e)
m, n = 1, 2
del m, n
print("m" in dir(), "n" in dir())
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1][0]
print(nested)
try:
    del b[100]
except IndexError as e:
    print("IndexError:", e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
def f():
    v = 5
    del v
    try:
        return v
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(f())
grid = {(i, j): i * j for i in range(3) for j in range(3)}
for key in [k for k in grid if grid[k] == 0]:
    del grid[key]
print(grid)
