# Generator expression scoping: the first iterable is evaluated immediately, the rest lazily.
def noisy(label, values):
    print(f"  evaluating {label}")
    return values
g = (x * y for x in noisy("outer", [1, 2]) for y in noisy("inner", [10, 20]))
print("generator created")
print(list(g))
items = [1, 2, 3]
gen = (i for i in items)
items = [100, 200]
print(list(gen))
data = [1, 2, 3]
gen2 = (i for i in data)
data.append(4)
print(list(gen2))
try:
    bad = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
lazy_fail = (1 // x for x in [1, 0])
print("created a generator that will fail")
print(next(lazy_fail))
try:
    next(lazy_fail)
except ZeroDivisionError:
    print("failed only when reaching 0")
class Config:
    factor = 3
    values = [1, 2, 3]
    scaled_first = list(v for v in values)
print(Config.scaled_first)
try:
    class Broken:
        factor = 3
        values = [1, 2]
        scaled = list(v * factor for v in values)
except NameError as e:
    print("NameError:", e)
def make():
    k = 5
    return (k * i for i in range(3))
print(list(make()))
