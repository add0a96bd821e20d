# Bitwise operators on ints of all sizes and signs.
a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(bin(a & b), bin(a | b), bin(a ^ b))
for x in [0, 1, 5, -1, -5, 255, -256]:
    print(x, x & 0xFF, x | 0x10, x ^ -1, x >> 1, x << 1, ~x)
print(-1 >> 10, -1024 >> 3, -1025 >> 3, 1 << 100 >> 99)
big = (1 << 70) - 1
print(big & 0xFFFF, big >> 64, big ^ (1 << 69), -big & 0xFF, (-big) >> 65)
print((1 << 64) & (1 << 64), (1 << 64) | 1, -(1 << 64) | 1)
mask = 0
for bit in [0, 3, 5, 7]:
    mask |= 1 << bit
print(mask, bin(mask), [i for i in range(8) if mask >> i & 1])
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(17)])
def reverse_bits(n, width):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print(reverse_bits(0b0001, 4), reverse_bits(0b1011, 4), reverse_bits(1, 16))
print(True & True, True | False, True ^ True, type(True & True).__name__, type(True & 3).__name__)
x = 0xF0
x &= 0x3C
print(x)
x |= 0x01
print(x)
x ^= 0xFF
print(x)
x <<= 4
print(x)
x >>= 2
print(x)
gray = [i ^ (i >> 1) for i in range(16)]
print(gray)
print([format(g, "04b") for g in gray[:8]])
