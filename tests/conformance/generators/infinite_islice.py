# Infinite generators consumed with itertools.islice, takewhile, and manual limits.
import itertools
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(itertools.islice(primes(), 15)))
print(list(itertools.islice(naturals(), 5, 10)), list(itertools.islice(naturals(), 0, 20, 4)))
print(list(itertools.takewhile(lambda x: x < 30, primes())))
print(next(itertools.dropwhile(lambda p: p < 1000, primes())))
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(6)), len(list(collatz(97))))
def cycle(seq):
    while True:
        yield from seq
c = cycle("abc")
print("".join(next(c) for _ in range(8)))
def repeat_call(fn):
    while True:
        yield fn()
counter = itertools.count(10, 5)
print([next(counter) for _ in range(4)], list(itertools.islice(repeat_call(lambda: "x"), 3)))
def triangular():
    total = 0
    for n in naturals():
        total += n
        yield total
print(list(itertools.islice(triangular(), 10)))
first_square_tri = next(t for t in triangular() if t > 1 and int(t ** 0.5) ** 2 == t)
print(first_square_tri)
def digits_of_pi():
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    while True:
        if 4 * q + r - t < n * t:
            yield n
            q, r, t, k, n, l = 10 * q, 10 * (r - n * t), t, k, (10 * (3 * q + r)) // t - 10 * n, l
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
print("".join(map(str, itertools.islice(digits_of_pi(), 40))))
