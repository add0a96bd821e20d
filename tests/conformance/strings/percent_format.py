# printf-style formatting with %: conversions, flags, width, precision, mapping keys.
print("%s|%r|%a" % ("str", "str", "é"), "%d|%i|%u" % (42, -7, 3), "%5d|%-5d|%05d" % (42, 42, 42))
print("%+d|% d|%+d|% d" % (5, 5, -5, -5), "%x|%X|%#x|%#X|%o|%#o" % (255, 255, 255, 255, 8, 8))
print("%f|%.2f|%10.3f|%-10.1f|%010.2f|%+.1f" % (3.14159, 3.14159, 3.14159, 3.14159, -3.14159, 2.0))
print("%e|%.2E|%g|%G|%.3g|%g" % (12345.678, 12345.678, 0.0001, 1e-10, 1234567, 100000.0))
print("%c%c%c" % (72, "i", 33), "%%|%s%%" % 50, "%s" % [1, 2], "%s" % (("tuple",),))
print("%(name)s is %(age)d years, %(name)r" % {"name": "Al", "age": 30})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%s %s" % ("a", 1), "%d%%" % 99.9, "%i" % 3.99, "%x" % 10 ** 20, "%d" % True)
print("%.3s|%10.2s|%-6s|" % ("abcdef", "xyz", "ab"))
print("%5s|%-5s|%5.1f%%" % ("r", "l", 12.345))
print("%r" % None, "%s" % None, "%d items" % len([1, 2, 3]), "%s" % {"a": 1})
for v in [0, 1, -1, 1000000, 2 ** 40]:
    print("%12d|%-12x|%+012d|%o" % (v, v, v, v))
for v in [0.5, 1.5, 2.5, -0.001, 1e50]:
    print("%.0f|%8.3f|%e|%g" % (v, v, v, v))
errors = [("%d", "x"), ("%s %s", ("one",)), ("%s", ("a", "b")), ("%(k)s", 5), ("%z", 1)]
for fmt, arg in errors:
    try:
        fmt % arg
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__)
print("%-10s|%10s|" % ("left", "right"), "%c" % 0x263A == "\u263a")
