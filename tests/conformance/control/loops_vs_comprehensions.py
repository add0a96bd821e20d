# The same computations written as explicit loops and as comprehensions give identical results.
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta"]
loop_result = []
for w in words:
    if len(w) > 4:
        loop_result.append(w.upper())
print(loop_result == [w.upper() for w in words if len(w) > 4], loop_result)
pairs_loop = []
for i in range(4):
    for j in range(i):
        pairs_loop.append((i, j))
print(pairs_loop == [(i, j) for i in range(4) for j in range(i)], pairs_loop)
index_loop = {}
for w in words:
    index_loop[w[0]] = index_loop.get(w[0], 0) + 1
index_comp = {c: sum(1 for w in words if w[0] == c) for c in {w[0] for w in words}}
print(index_loop == index_comp, sorted(index_loop.items()))
flat_loop = []
for row in [[1, 2], [3], [], [4, 5, 6]]:
    for x in row:
        flat_loop.append(x)
print(flat_loop == [x for row in [[1, 2], [3], [], [4, 5, 6]] for x in row], flat_loop)
total_loop = 0
for n in range(1, 50):
    if n % 7 == 0 or "7" in str(n):
        total_loop += n
print(total_loop, total_loop == sum(n for n in range(1, 50) if n % 7 == 0 or "7" in str(n)))
first_loop = None
for w in words:
    if w.endswith("ta"):
        first_loop = w
        break
print(first_loop, first_loop == next((w for w in words if w.endswith("ta")), None))
any_loop = False
for w in words:
    if "z" in w:
        any_loop = True
        break
print(any_loop == any("z" in w for w in words), all(len(w) > 2 for w in words))
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
t_loop = []
for c in range(3):
    col = []
    for r in range(3):
        col.append(matrix[r][c])
    t_loop.append(col)
print(t_loop == [[matrix[r][c] for r in range(3)] for c in range(3)], t_loop)
