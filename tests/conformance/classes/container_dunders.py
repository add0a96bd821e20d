# The container protocol on a custom class: len, getitem, setitem, delitem, contains, iter, reversed.
class SparseList:
    def __init__(self, size, default=0):
        self.size = size
        self.default = default
        self.data = {}
    def _check(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError(f"index {i} out of range for size {self.size}")
        return i
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.size))]
        return self.data.get(self._check(i), self.default)
    def __setitem__(self, i, value):
        i = self._check(i)
        if value == self.default:
            self.data.pop(i, None)
        else:
            self.data[i] = value
    def __delitem__(self, i):
        self.data.pop(self._check(i), None)
    def __contains__(self, value):
        return value in self.data.values() or (value == self.default and len(self.data) < self.size)
    def __iter__(self):
        for i in range(self.size):
            yield self[i]
    def __reversed__(self):
        for i in range(self.size - 1, -1, -1):
            yield self[i]
    def __repr__(self):
        return f"SparseList({list(self)})"
s = SparseList(8)
s[1] = 5
s[-1] = 9
s[3] = 7
s[3] = 0
print(s, len(s), s[1], s[-1], s[2:6], s[::3])
print(5 in s, 0 in s, 42 in s, list(reversed(s)), sorted(s), sum(s), max(s))
del s[1]
print(s, s.data)
for bad in [8, -9]:
    try:
        s[bad]
    except IndexError as e:
        print("IndexError:", e)
class Bag:
    def __init__(self):
        self.items = {}
    def add(self, x):
        self.items[x] = self.items.get(x, 0) + 1
    def __len__(self):
        return sum(self.items.values())
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        for k, n in self.items.items():
            for _ in range(n):
                yield k
    def __getitem__(self, x):
        return self.items.get(x, 0)
b = Bag()
for w in "the cat and the hat and the bat".split():
    b.add(w)
print(len(b), "the" in b, "dog" in b, b["the"], b["dog"], list(b)[:5], bool(b), bool(Bag()))
