# A Matrix class with arithmetic operators, transpose, integer determinant, exact inverse and powers.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0])
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __getitem__(self, ij):
        return self.rows[ij[0]][ij[1]]
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __sub__(self, o):
        return Matrix([[a - b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __mul__(self, k):
        if isinstance(k, Matrix):
            if self.m != k.n:
                raise ValueError(f"shape mismatch {self.n}x{self.m} * {k.n}x{k.m}")
            return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*k.rows)] for r in self.rows])
        return Matrix([[a * k for a in r] for r in self.rows])
    __rmul__ = __mul__
    def __pow__(self, e):
        result, base = Matrix.identity(self.n), self
        while e:
            if e & 1:
                result = result * base
            base, e = base * base, e >> 1
        return result
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def T(self):
        return Matrix(zip(*self.rows))
    def minor(self, i, j):
        return Matrix([r[:j] + r[j + 1:] for k, r in enumerate(self.rows) if k != i])
    def det(self):
        if self.n == 1:
            return self.rows[0][0]
        return sum((-1) ** j * self.rows[0][j] * self.minor(0, j).det() for j in range(self.n))
    def adjugate(self):
        return Matrix([[(-1) ** (i + j) * self.minor(j, i).det() for j in range(self.n)] for i in range(self.n)])
    def inverse(self):
        """Exact inverse as (integer matrix, common denominator)."""
        d = self.det()
        if d == 0:
            raise ValueError("matrix is singular")
        adj = self.adjugate()
        return (adj * -1, -d) if d < 0 else (adj, d)
    def __repr__(self):
        width = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(str(x).rjust(width) for x in r) + "]" for r in self.rows)
A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
B = Matrix([[1, 2], [0, 1], [4, 0]])
print(A * B, A.T(), 2 * A - A, sep="\n\n")
print(A.det(), Matrix([[1, 2], [2, 4]]).det(), Matrix.identity(3).det())
inv, den = A.inverse()
print(inv, "/", den)
print(A * inv == den * Matrix.identity(3), inv * A == Matrix.identity(3) * den)
print(Matrix([[1, 1], [1, 0]]) ** 30)
b = Matrix([[4], [5], [6]])
print((inv * b).T(), "/", den)
try:
    B * B
except ValueError as e:
    print("ValueError:", e)
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ValueError as e:
    print("ValueError:", e)
