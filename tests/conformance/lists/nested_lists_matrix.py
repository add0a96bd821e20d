# Matrices as nested lists: transpose, multiply, identity, determinant, rotation.
def mat_str(m):
    return "\n".join(" ".join(f"{v:4}" for v in row) for row in m)
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
def transpose(m):
    return [list(col) for col in zip(*m)]
def multiply(x, y):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*y)] for row in x]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
def rotate90(m):
    return [list(row) for row in zip(*m[::-1])]
print(mat_str(A))
print(mat_str(transpose(A)))
print(mat_str(multiply(A, B)))
print(multiply(identity(3), B) == B, identity(2))
M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print(det(M), det(identity(4)), det([[1, 2], [2, 4]]), det([[6]]))
print(rotate90(A), rotate90(rotate90(A)), rotate90(rotate90(rotate90(rotate90(A)))) == A)
def power(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = multiply(result, m)
        m = multiply(m, m)
        k >>= 1
    return result
fibm = power([[1, 1], [1, 0]], 90)
print(fibm[0][1])
spiral = []
grid = [[r * 4 + c for c in range(4)] for r in range(4)]
g = [row[:] for row in grid]
while g:
    spiral.extend(g.pop(0))
    g = [list(r) for r in zip(*g)][::-1]
print(spiral)
print([row[i] for i, row in enumerate(grid)], [row[-1 - i] for i, row in enumerate(grid)])
print(sum(map(sum, grid)), max(map(max, grid)), [sum(col) for col in zip(*grid)])
