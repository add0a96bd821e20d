# List comprehensions: filters, nesting, conditionals, scoping, and equivalents with loops.
print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([x if x % 2 else -x for x in range(8)])
print([(i, j) for i in range(3) for j in range(i, 3)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([n for row in matrix for n in row], [[row[i] for row in matrix] for i in range(3)])
print([c.upper() for c in "hello" if c not in "l"], [len(w) for w in "a bb ccc".split()])
x = "outer"
res = [x for x in range(3)]
print(res, x)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]], [w[0] for w in words], [(w, len(w)) for w in words if len(w) > 4])
flat = [y for x in [[1, [2]], [3]] for y in x]
print(flat)
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
print([sum(row) for row in matrix], [max(col) for col in zip(*matrix)])
primes = [n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
print([[0] * 3 for _ in range(2)], [i for i in []], [None for _ in range(2)])
grid = [["." for _ in range(5)] for _ in range(3)]
grid[1][2] = "#"
print("\n".join("".join(r) for r in grid))
def f(n):
    return [k for k in range(n) if n % (k + 1) == 0]
print(f(12), f(7))
print([(lambda v: v * 10)(v) for v in (1, 2)], [str(i) + s for i, s in enumerate("ab")])
