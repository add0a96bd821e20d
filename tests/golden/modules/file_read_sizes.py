# file.read(n) reads ahead only as far as needed: many small reads of a big file stay fast, text
# mode counts characters (multi-byte UTF-8 kept whole), read(huge) doesn't allocate huge.
import time
with open("/tmp/_big.bin", "wb") as f:
    f.write(bytes(range(256)) * 4096)
with open("/tmp/_txt.txt", "w") as f:
    f.write("héllo wörld €\n" * 20000)
t = time.perf_counter()
with open("/tmp/_big.bin", "rb") as f:
    n = 0
    while True:
        b = f.read(1)
        if not b: break
        n += 1
        if n > 50000: break
    rest = f.read()
print(n, len(rest))
with open("/tmp/_txt.txt") as f:
    parts = [f.read(3) for _ in range(5)]
    line = f.readline()
    more = f.read(7)
    tail = f.read()
print(parts, repr(line), repr(more), len(tail))
with open("/tmp/_txt.txt", "rb") as f:
    print(f.read(5), f.read(0), len(f.read(10**9)))
print(time.perf_counter() - t < 2)
