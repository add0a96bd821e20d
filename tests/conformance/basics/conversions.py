# Conversions between int, float, str and bool, with their round trips.
samples = ["0", "7", "-12", "3.5", "1e3", "-0.25", "inf", "  8  ", "1_024"]
for s in samples:
    try:
        i = int(s)
    except ValueError:
        i = "not-int"
    f = float(s)
    print(f"{s!r:10} int={i!s:8} float={f!r:8} str(float)={str(f)}")
print(str(10), str(-3.0), str(1e-9), str(True), str(None), str([1, 2.0, "3"]))
print(repr("x"), repr(2.50), repr([1, "a", 2.5, None, True]), repr((1,)), repr(()))
print(int(float("1e3")), float(int("123")), int(str(2 ** 70)) == 2 ** 70)
for v in [0.1, 1 / 3, 2 ** 0.5, 1e300, 6.02214076e23, -1.25e-8]:
    assert float(repr(v)) == v
    print(v, float(str(v)) == v)
print(bool("False"), bool(0.0), bool("0"), int(False), float(True))
print(int(7.9), int(-7.9), round(7.9), round(-7.9), int(round(2.5)), int(round(3.5)))
print(str(123456789 * 987654321), int("987654321" * 3) % 97)
print(list(map(int, "1 2 3 4".split())), [float(x) for x in ("1", "2.5", "-3")])
print(tuple(str(i) for i in range(5)), "".join(map(str, range(10))))
print(ascii("é"), ascii("abc"), repr("tab\there"), repr("quote'"), repr('dq"'), repr("both'\""))
print(chr(ord("a") + 1), ord(chr(300)), hex(ord("Z")), int("5a", 16), int("-0b11", 2))
print(float("0x1p3".replace("0x1p3", "8")), float(" -0 "), str(-0.0), str(0.0 * -1))
print(int(3), int(-0.0), float(-0), 1 / float("inf"), -1 / float("inf"))
print(bin(int("1" * 40, 2)), oct(int("7" * 20, 8))[:10], hex(int("f" * 16, 16)))
