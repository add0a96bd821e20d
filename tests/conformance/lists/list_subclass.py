# Subclassing list: overriding append, adding methods, and what built-in operations return.
class TypedList(list):
    def __init__(self, kind, items=()):
        super().__init__()
        self.kind = kind
        for it in items:
            self.append(it)
    def append(self, item):
        if not isinstance(item, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(item).__name__}")
        super().append(item)
    def total(self):
        return sum(self)
t = TypedList(int, [1, 2, 3])
t.append(4)
print(t, t.total(), len(t), t[1:], type(t[1:]).__name__, type(t + [5]).__name__, isinstance(t, list))
try:
    t.append("five")
except TypeError as e:
    print("TypeError:", e)
t.extend(["not", "checked"])
print(t, t.kind)
class Stack(list):
    push = list.append
    def peek(self):
        return self[-1] if self else None
s = Stack()
s.push(1)
s.push(2)
print(s, s.peek(), s.pop(), s.peek(), Stack().peek())
class Sorted(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))
    def add(self, x):
        import bisect
        bisect.insort(self, x)
    def __repr__(self):
        return "Sorted(" + super().__repr__() + ")"
sl = Sorted([5, 1, 4])
sl.add(3)
sl.add(0)
print(sl, str(sl), list(sl), sl == [0, 1, 3, 4, 5], sl[0], max(sl))
class Counted(list):
    lookups = 0
    def __getitem__(self, i):
        Counted.lookups += 1
        return super().__getitem__(i)
c = Counted("abc")
print(c[0], c[-1], c[0:2], Counted.lookups, list(c), Counted.lookups)
print(sorted(c, reverse=True), "".join(c), Counted.lookups)
print(Stack.__mro__[1].__name__, issubclass(Sorted, list), type(sl).__name__)
