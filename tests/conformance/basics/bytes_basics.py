# bytes and bytearray basics: literals, indexing, methods, conversions, mutation.
b = b"Hello, World"
print(b, len(b), b[0], b[-1], b[:5], b[::-1])
print(list(b[:3]), bytes([72, 105]), bytes(3), bytes(range(65, 70)))
print(b.upper(), b.lower(), b.split(b", "), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"))
print(b.startswith(b"Hell"), b.endswith(b"x"), b"-".join([b"a", b"b"]), b.strip(b"Hd"))
print(b.decode(), b.decode("ascii"), "naïve".encode("utf-8"), "naïve".encode("utf-8").decode("utf-8"))
print(b.hex(), bytes.fromhex("48 65 6c 6c 6f"), b"\x00\xff".hex(), bytes.fromhex("00ff"))
print(b + b"!", b * 2, b"a" in b"abc", 99 in b"abc", b"abc" < b"abd", b"" == bytes())
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
print(ba, len(ba), ba.pop(), ba)
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
print(ba, bytes(ba), ba.decode())
ba.reverse()
print(ba, ba.index(ord("Z")) if False else ba.find(b"Z"))
print(bytearray(4), bytearray([1, 2, 3]), bytearray("hi", "ascii"))
print(repr(b"quote'"), repr(b'both"\''), repr(b"\t\n\r\x7f"))
print(b"abc".isalpha(), b"123".isdigit(), b"  ".isspace(), b"Ab".islower())
print(int.from_bytes(b"\x01\x00", "little"), (513).to_bytes(2, "big"))
print(b"a,b,,c".split(b","), b" x  y ".split(), b"line1\nline2".splitlines())
print(b"%d-%s" % (5, b"x"), b"abc".center(7, b"*"), b"7".zfill(3))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
print(sorted(b"banana"), max(b"xyz"), sum(b"\x01\x02\x03"))
