# float methods: is_integer, hex, fromhex, as_integer_ratio, and conversions.
for v in [3.0, 3.5, -2.0, 0.0, 1e20, 0.1, -0.75]:
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex())
for s in ["0x1.8p1", "0x1p-2", "-0x1.4p3", "0x10", "0x1.999999999999ap-4"]:
    print(s, float.fromhex(s))
print((0.1).hex(), float.fromhex((0.1).hex()) == 0.1)
n, d = (2.5).as_integer_ratio()
print(n, d, n / d)
print(float.fromhex("inf"), float.fromhex("-0x0p0"))
print(abs(-3.5), -(-3.5), +(-2.0))
print(max(1.5, 2, -3.0), min(1.5, 2, -3.0))
print(sum([0.5, 0.25, 0.125]), sum([1, 2.5, 3]))
print(int(2.999), int(-2.999), float("3"), float(2 ** 10))
print(3.7 // 1, 3.7 % 1 < 0.71, -3.7 // 1)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(2.0 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), (-8) ** 2.0)
print(10.0 ** -2, 2 ** -1.0, 0.0 ** 0)
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2.5), math.ceil(2.5))
print(type(math.floor(2.5)).__name__, type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
print(1.0 == 1, 0.1 + 0.1 + 0.1 == 0.3, 2.5 < 3, -0.0 == 0.0)
print(float("inf").is_integer(), (1e300 * 1e10).is_integer())
print(format(1 / 7, ".3f"), format(2 / 3, ".10g"), format(1e-10, "f"), format(12345.678, "e"))
print(7.0.__repr__(), (1.25).real, (1.25).imag, (3.0).conjugate())
