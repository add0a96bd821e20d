# Float repr: shortest round-trip, exponent thresholds, special values.
values = [0.1, 0.2, 0.1 + 0.2, 1.0, -1.0, 0.0, -0.0, 1.5, 2.5, 100.0, 1e15, 1e16, 1e17,
          1.5e16, 123456789.123, 1e-4, 1e-5, 0.0001234, 1e-7, 3.141592653589793, 2.718281828459045,
          1 / 3, 2 / 3, 10 / 3, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 12345678901234567890.0,
          0.5, 0.25, 0.125, 1e100, -1e-100, 9007199254740993.0, 4.35, 0.3]
for v in values:
    print(repr(v), str(v))
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), str(-inf))
print(inf + 1, inf * 0 == inf * 0, nan == nan, nan != nan, inf > 1e308, -inf < -1e308)
print(float("1e500"), float("-1e500"), float("  3.25 "), float("1_000.5"), float("-.5"), float("5."))
print(float("Infinity"), float("-iNF"), float("nan"), float("+1.5E3"))
print(1e16 == 10 ** 16, float(10 ** 16), 2.0 ** 53, 2.0 ** 53 + 1)
print(0.1 * 3, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15)
print(1.1 + 2.2, 3.3 * 3, 1.0 - 0.9, 100 * 1.1)
print(float(7), float(-3), float(True), 7.0 == 7, hash(7.0) == hash(7))
print(5e-324 / 2, 1.7976931348623157e308 * 2)
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(1234.5678, -2), round(1234.5678, 1), round(-1234.5678, 0), round(5, -1), round(15, -1))
print(int(1e20), int(-2.5e10), int(1.9999999999999999))
