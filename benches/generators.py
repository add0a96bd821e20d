# Benchmark: a lazy generator pipeline (generator resumption, yield from, generator expressions).
import sys
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1
def squares(src):
    for x in src:
        yield x * x
def only_odd(src):
    yield from (x for x in src if x & 1)
def window_sums(src, k):
    window = []
    total = 0
    for x in src:
        window.append(x)
        total += x
        if len(window) > k:
            total -= window.pop(0)
        yield total
def chunked(src, size):
    chunk = []
    for x in src:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000000
pipeline = window_sums(only_odd(squares(numbers(n))), 4)
checksum = 0
count = 0
for chunk in chunked(pipeline, 64):
    checksum = (checksum + max(chunk)) % 1000000007
    count += len(chunk)
print(count, checksum, sum(1 for _ in zip(numbers(n), numbers(n // 2))))
