# repr(float) is the shortest string that reads back as the same float and, among those, the
# closest to it (ties to even), as CPython's dtoa: 123.989776611328125 -> '123.98977661132812'.
import random, struct
random.seed(3)
vals = [123.989776611328125, 0.0006875991821289062, 0.1, 1/3, 2.5, 1e16, 1e22, 5e-324,
        1.7976931348623157e308, 0.3, 100.0, 1e-7, 123456789012345678.0]
for i in range(200):
    vals.append(struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0])
    vals.append(random.random() * 10 ** random.randint(-30, 30))
    vals.append(random.randint(0, 2**24) / 2 ** random.randint(0, 40))
for i in range(0, len(vals), 6):
    print(" ".join(repr(v) for v in vals[i:i + 6]))
print(all(float(repr(v)) == v or v != v for v in vals))
