# Generator expressions: laziness, single use, use as arguments, conditions and nesting.
log = []
def tap(x):
    log.append(x)
    return x
ge = (tap(x) * 2 for x in range(5))
print(type(ge).__name__, log)
print(next(ge), log)
print(list(ge), log)
print(list(ge))
print(sum(x * x for x in range(10)), max(len(w) for w in "a bb ccc".split()), any(x > 3 for x in [1, 5]))
print(sorted((x % 3, x) for x in range(6)), dict((k, k * k) for k in range(4)), sorted(set(c for c in "hello")))
print(", ".join(str(n) for n in range(5)), tuple(x for x in "abc" if x != "b"))
pairs = ((i, j) for i in range(3) for j in range(3) if i != j)
print(list(pairs))
nested = (list(range(i)) for i in range(4))
print(list(nested))
log.clear()
first_big = next((tap(x) for x in range(100) if x * x > 50), None)
print(first_big, log)
x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
def outer_iter():
    return (y for y in range(3))
print(list(outer_iter()))
try:
    g = (1 / v for v in [1, 0, 2])
    print(next(g))
    print(next(g))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(g, "generator is finished after the error"))
words = ["apple", "banana", "cherry"]
lengths = (len(w) for w in words)
print(list(zip(words, lengths)))
big = (n for n in range(10 ** 12))
print(next(big), next(big), sum(n for n, _ in zip(big, range(5))))
print(list(x for x in range(3)) == [x for x in range(3)], (y for y in []) is not None)
