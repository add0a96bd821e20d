# for loops over user-defined iterators: __iter__/__next__, StopIteration, reuse, iter(callable, sentinel).
class CountDown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
cd = CountDown(3)
for v in cd:
    print(v, end=" ")
print("| again:", list(cd))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return (self.i - 1) * 2
r = Range2(4)
print(list(r), list(r), sum(r), 6 in r, [a + b for a in r for b in r if a < b][:5])
it = iter(r)
print(next(it), next(it), next(it), next(it), next(it, "exhausted"))
data = iter([3, 7, 0, 5, 9])
print(list(iter(lambda: next(data), 0)), list(data))
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
print(list(Fib(100)), max(Fib(1000)), len(list(Fib(10 ** 6))))
class Infinite:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
for x in Infinite():
    if x * x > 50:
        break
print("stopped at", x)
pairs = zip(CountDown(5), Range2(10))
print(list(pairs))
print(list(enumerate(CountDown(3), start=1)), sorted(CountDown(4)), dict(zip(CountDown(2), "ab")))
