# struct: formats (byte orders, native alignment, counts, whitespace), every format character,
# IEEE floats with rounding, subnormals and overflow, Struct, pack_into/unpack_from/iter_unpack,
# and the errors. Messages that changed in CPython 3.12/3.13 are at the end.
import struct


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


# sizes and alignment
print([struct.calcsize(f) for f in ("c", "ci", "cq", "hc", "ch", "cd", "ce", "cf", "?l", "c0l", "bP", "bn", "bN",
                                     "3s i", "c2h", "ic", "0i", "x", "3x", "", "5p", "c0s")])
print([struct.calcsize(p + f) for p in "=<>!" for f in ("ci", "cq", "cd", "ce", "c0l", "hc", "bhilqefd?")])
print(struct.calcsize("@bhilqnNPefd?"), struct.calcsize("<2i\t h\n3s "), struct.calcsize("<1000000000s"))

# every format character
print(struct.pack("<bBhHiIlLqQ", -1, 255, -2, 65535, -3, 2 ** 32 - 1, -4, 2 ** 32 - 1, -5, 2 ** 64 - 1))
print(struct.unpack("<bBhHiIlLqQ", struct.pack("<bBhHiIlLqQ", -1, 255, -2, 65535, -3, 2 ** 32 - 1, -4, 2 ** 32 - 1, -5, 2 ** 64 - 1)))
print([struct.pack(p + "hi", 1, 2) for p in ("@", "=", "<", ">", "!", "")], struct.pack(">q", -2), struct.pack("nNP", -1, 2, 3))
print(struct.pack("@bhiq", 1, 2, 3, 4), struct.unpack("@bhiq", struct.pack("@bhiq", 1, 2, 3, 4)))
print(struct.pack("<c?x?3?", b"a", 5, None, [1], "", 0), struct.unpack("<c?x?3?", b"a\x01\x00\x00\x02\x00\xff"))
print(struct.pack("<3s3s0s2s", b"abcdef", bytearray(b"x"), b"zz", b"yy"), struct.unpack("<3s0s2s", b"abcde"))
print(struct.pack("5p3p1p0p", b"abcdefgh", b"xy", b"z", b""), struct.unpack("5p3p1p", b"\x09abcd\x01xy\x00"))
print(struct.unpack("300p", struct.pack("300p", b"a" * 299))[0] == b"a" * 255, struct.pack("<2xb3x", 7))
print(struct.pack("<i", True), struct.pack("<d", True), struct.pack("<f", 1), struct.pack("<H", type("I", (), {"__index__": lambda s: 7})()))
print(struct.pack("<d", type("F", (), {"__float__": lambda s: 7.5})()), struct.pack(b"<h", 1), struct.unpack(b">h", bytearray(b"\x01\x02")))

# floats: the IEEE layouts, rounding half to even, subnormals, infinities and NaNs
values = (1.5, -0.0, 0.1, 1 / 3, 65504.0, 6e-8, 1e-45, 5e-324, 3.4e38, float("inf"), float("-inf"))
for code in "efd":
    packed = []
    for v in values:
        try:
            packed.append(struct.pack(">" + code, v).hex())
        except OverflowError as e:
            packed.append("OverflowError: %s" % e)
    print(code, packed)
print([struct.unpack(">" + c, struct.pack(">" + c, v))[0].hex()
       for c in "efd" for v in (1.5, -0.0, 0.1, 1 / 3, 65504.0, 6e-8)])
print([struct.pack("<e", v) for v in (1.0009765625, 1.00048828125, 1.00146484375, 2049.0, 2051.0, 65519.99, 6e-8, 3e-8, 2.98e-8)])
print([struct.pack("<f", v) for v in (1 + 2 ** -24, 1 + 3 * 2 ** -24, 3.4028235677973362e38, 1.4e-45, 7e-46, 7.1e-46)])
print(struct.pack("f", 3.4028235677973366e38), struct.pack("<f", float("-inf")), struct.pack("<e", float("inf")))
nan = struct.unpack("<d", struct.pack("<d", float("nan")))[0]
print(nan != nan, struct.pack("<f", float("nan")), struct.pack("<e", float("nan")), struct.pack(">d", -float("nan")))
print(struct.unpack("<4e", b"\x00\x7c\x00\xfc\x01\x00\xff\x7b"), struct.unpack("<f", b"\x00\x00\xc0\xff")[0] != 0)
print([struct.unpack("<e", bytes([lo, hi]))[0].hex() for lo, hi in ((0, 0), (1, 0), (0, 4), (0xff, 0x03), (0, 0x80), (0x55, 0x35))])
attempt("f overflow", lambda: struct.pack("<f", 3.4028235677973366e38))
attempt("e overflow", lambda: struct.pack("<e", 65520.0))
attempt("d int too large", lambda: struct.pack("<d", 2 ** 1024))
attempt("f str", lambda: struct.pack("f", "a"))

# Struct objects
s = struct.Struct("<hi")
print(s.format, s.size, s.pack(1, 2), s.unpack(b"\x01\x00\x02\x00\x00\x00"), struct.Struct(b">h").format)
buffer = bytearray(10)
print(s.pack_into(buffer, 2, -1, -2), buffer, s.unpack_from(buffer, 2), s.unpack_from(buffer, -8), list(s.iter_unpack(bytes(12))))
print(struct.pack_into("<h", buffer, -2, 258), buffer, struct.unpack_from("<h", b"abcd", 1), struct.unpack_from("<h", b"abcd", -2))
it = struct.iter_unpack("<hb", b"\x01\x00\x02\x03\x00\x04")
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), iter(it) is it, list(struct.iter_unpack("<h", b"")))
struct._clearcache()

# errors
for label, op in (
        ("too few", lambda: struct.pack("ii", 1)),
        ("too many", lambda: struct.pack("i", 1, 2)),
        ("bad char", lambda: struct.pack("y", 1)),
        ("n in standard mode", lambda: struct.calcsize("<n")),
        ("P in standard mode", lambda: struct.calcsize("=P")),
        ("count only", lambda: struct.calcsize("3")),
        ("trailing count", lambda: struct.calcsize("<i2")),
        ("order not first", lambda: struct.calcsize("i<")),
        ("space before order", lambda: struct.calcsize(" <i")),
        ("space in count", lambda: struct.calcsize("2 i")),
        ("huge count", lambda: struct.calcsize("99999999999999999999i")),
        ("int from float", lambda: struct.pack("i", 1.0)),
        ("int from str", lambda: struct.pack("<i", "a")),
        ("char too long", lambda: struct.pack("c", b"ab")),
        ("char str", lambda: struct.pack("c", "a")),
        ("char bytearray", lambda: struct.pack("c", bytearray(b"a"))),
        ("s str", lambda: struct.pack("3s", "abc")),
        ("p int", lambda: struct.pack("3p", 1)),
        ("P too large", lambda: struct.pack("P", 2 ** 64)),
        ("unpack short", lambda: struct.unpack("<i", b"ab")),
        ("unpack long", lambda: struct.unpack("<h", b"abcd")),
        ("unpack str", lambda: struct.unpack("<h", "ab")),
        ("unpack_from short", lambda: struct.unpack_from("<i", b"abcd", 2)),
        ("unpack_from past end", lambda: struct.unpack_from("<i", b"ab", 5)),
        ("unpack_from negative", lambda: struct.unpack_from("<h", b"abcd", -10)),
        ("unpack_from negative short", lambda: struct.unpack_from("<i", b"abcd", -2)),
        ("unpack_from both", lambda: struct.unpack_from("<i", b"ab", -3)),
        ("pack_into short", lambda: struct.pack_into("<i", bytearray(5), 2, 1)),
        ("pack_into negative", lambda: struct.pack_into("<h", bytearray(4), -5, 1)),
        ("pack_into negative short", lambda: struct.pack_into("<i", bytearray(4), -2, 1)),
        ("pack_into bytes", lambda: struct.pack_into("<h", b"abcd", 0, 1)),
        ("pack_into few", lambda: struct.pack_into("<hh", bytearray(4), 0, 1)),
        ("pack_into offset str", lambda: struct.pack_into("<i", bytearray(8), "x", 1)),
        ("iter_unpack partial", lambda: struct.iter_unpack("<h", b"abc")),
        ("iter_unpack empty struct", lambda: struct.iter_unpack("", b"")),
        ("Struct int", lambda: struct.Struct(1)),
        ("pack format int", lambda: struct.pack(1, 1))):
    attempt(label, op)
print(struct.error.__mro__[1:], struct.error.__module__)

# messages new in CPython 3.12/3.13, Struct's repr
for fmt, value in (("<h", 70000), ("<H", -1), ("<I", -1), ("I", 2 ** 32), ("<b", 200), ("B", 256), ("q", 2 ** 63),
                   ("<Q", -1), ("L", -1), ("l", 2 ** 63), ("n", 2 ** 63), ("N", -1)):
    attempt("range %s %d" % (fmt, value), lambda: struct.pack(fmt, value))
print(repr(struct.Struct("<h")), struct.pack("P", -1))
