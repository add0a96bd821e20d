# int methods: bit_length, bit_count-like tricks, to_bytes/from_bytes, conversions.
for n in [0, 1, 2, 3, 255, 256, -1, -256, 2 ** 64, -(2 ** 64) + 1]:
    print(n, n.bit_length(), bin(n).count("1"), hex(n), oct(n))
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, "big"))
print((255).to_bytes(1, "big"), (-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 9]), "big"))
big = 2 ** 100 + 7
data = big.to_bytes(13, "big")
print(len(data), data.hex(), int.from_bytes(data, "big") == big)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((12).as_integer_ratio(), (-7).numerator, (9).denominator, (5).real, (5).imag, (5).conjugate())
print(int("0b101", 0), int("0o17", 0), int("0x1F", 0), int("  -12  "))
print(int(True), int(-0.9), int("10", 36), int("Zz", 36))
for bad in ["", "1.5", "abc", "0x", "1__0", "_1"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
print(str(123), repr(-45), format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"))
print(format(255, "#b"), format(255, "#o"), format(255, "#x"), format(1234567, ","), format(1234567, "_"))
print((5).__add__(3), (5).__mul__(2), (7).__floordiv__(2), (7).__mod__(-2), (3).__pow__(3))
print((5).__eq__(5.0), (5).__lt__(6), (5).__neg__(), (5).__invert__(), (5).__bool__())
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(True))
