# A sparse matrix stored as a dict of (row, col) -> value, with add, multiply and transpose.
class Sparse:
    def __init__(self, rows, cols, entries=None):
        self.rows, self.cols = rows, cols
        self.data = {}
        for (r, c), v in (entries or {}).items():
            self[r, c] = v
    def __setitem__(self, key, value):
        if value:
            self.data[key] = value
        else:
            self.data.pop(key, None)
    def __getitem__(self, key):
        return self.data.get(key, 0)
    def __add__(self, other):
        out = Sparse(self.rows, self.cols, self.data)
        for k, v in other.data.items():
            out[k] = out[k] + v
        return out
    def __matmul__(self, other):
        out = Sparse(self.rows, other.cols)
        by_row = {}
        for (r, c), v in other.data.items():
            by_row.setdefault(r, []).append((c, v))
        for (r, k), v in self.data.items():
            for c, w in by_row.get(k, []):
                out[r, c] = out[r, c] + v * w
        return out
    def transpose(self):
        return Sparse(self.cols, self.rows, {(c, r): v for (r, c), v in self.data.items()})
    def dense(self):
        return [[self[r, c] for c in range(self.cols)] for r in range(self.rows)]
    def __repr__(self):
        return f"Sparse({self.rows}x{self.cols}, nnz={len(self.data)})"
A = Sparse(3, 4, {(0, 0): 1, (1, 2): 3, (2, 3): -2, (0, 3): 5})
B = Sparse(4, 2, {(0, 1): 2, (2, 0): 4, (3, 1): 1})
print(A, B, A.dense())
C = A @ B
print(C, C.dense())
print(A.transpose().dense())
D = A + Sparse(3, 4, {(0, 0): -1, (2, 2): 7})
print(D, sorted(D.data.items()))
I = Sparse(4, 4, {(i, i): 1 for i in range(4)})
print((A @ I).dense() == A.dense(), (I @ B).data == B.data)
big = Sparse(1000, 1000, {(i, (i * 7) % 1000): i for i in range(1, 1000)})
prod = big @ big.transpose()
print(len(prod.data), sum(prod.data.values()), prod[5, 5], prod[999, 999])
