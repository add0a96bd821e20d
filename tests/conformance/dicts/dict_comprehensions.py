# Dict and set comprehensions, with filters, nesting and inversion.
squares = {n: n * n for n in range(6)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
print({v: k for k, v in squares.items()})
words = ["apple", "banana", "avocado", "cherry", "blueberry", "cranberry"]
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(by_letter)
lengths = {w: len(w) for w in words}
print(lengths, {l for l in lengths.values()})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({c: "abcabc".count(c) for c in "abc"}, {c for c in "mississippi"} == set("misp"))
print(sorted({x % 7 for x in range(100)}), {n for n in range(20) if n % 3 == 0})
matrix = [[1, 2], [3, 4]]
print({(r, c): matrix[r][c] for r in range(2) for c in range(2)})
names = ["ann", "bob", "cy"]
scores = [88, 92, 75]
print(dict(zip(names, scores)), {n: s for n, s in zip(names, scores) if s > 80})
inverted = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
nested = {outer: {inner: outer * inner for inner in range(1, 4)} for outer in range(1, 3)}
print(nested, nested[2][3])
x = 10
result = {x: x + 1 for x in range(3)}
print(result, x)
print({k: v for k, v in [("a", 1), ("a", 2), ("b", 3)]})
print({i: chr(65 + i) for i in range(5)}.get(3), len({i % 3: i for i in range(10)}), {i % 3: i for i in range(10)})
