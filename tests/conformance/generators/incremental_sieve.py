# An unbounded, incremental prime sieve generator using a dict of composites.
import itertools
def primes():
    composites = {}
    for n in itertools.count(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
first = list(itertools.islice(primes(), 25))
print(first)
count = 0
total = 0
for p in primes():
    if p > 20000:
        break
    count += 1
    total += p
print(count, total)
def twin_primes():
    prev = None
    for p in primes():
        if prev is not None and p - prev == 2:
            yield prev, p
        prev = p
print(list(itertools.islice(twin_primes(), 10)))
def prime_gaps(limit):
    gen = primes()
    prev = next(gen)
    gaps = {}
    for p in gen:
        if p > limit:
            break
        gaps[p - prev] = gaps.get(p - prev, 0) + 1
        prev = p
    return dict(sorted(gaps.items()))
print(prime_gaps(10000))
def goldbach(n):
    ps = set(itertools.takewhile(lambda p: p < n, primes()))
    for p in sorted(ps):
        if n - p in ps:
            return p, n - p
print([goldbach(n) for n in range(4, 40, 2)])
