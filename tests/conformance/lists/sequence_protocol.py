# A user class implementing the sequence protocol works with list(), in, reversed, sorted, slicing.
class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Squares index out of range")
        return i * i
sq = Squares(6)
print(len(sq), sq[2], sq[-1], sq[1:4], sq[::-2], list(sq), 16 in sq, 15 in sq)
print(list(reversed(sq)), sorted(sq, reverse=True), sum(sq), max(sq), [x for x in sq if x % 2])
print(list(enumerate(sq))[:3], list(zip(sq, "abc")), tuple(sq), set(Squares(3)) == {0, 1, 4})
try:
    sq[6]
except IndexError as e:
    print("IndexError:", e)
a, b, *rest = sq
print(a, b, rest)
class OldStyleIter:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "xyz"[i]
print(list(OldStyleIter()), "y" in OldStyleIter(), "".join(OldStyleIter()))
it = iter(OldStyleIter())
print(next(it), next(it), next(it), next(it, "stop"))
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.start + 1))
cd = Countdown(4)
print(list(cd), list(reversed(cd)), list(cd), 3 in cd, sorted(cd))
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, key):
        r, c = key
        return self.rows[r][c]
    def __setitem__(self, key, value):
        r, c = key
        self.rows[r][c] = value
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 20
print(m[0, 1], m[1, 0], m.rows)
