# memoryview: zero-copy views of bytes/bytearray: slicing shares memory, writes reach the
# bytearray, read-only views hash like bytes, release() and the with-statement end a view, and a
# view holds one reference to its exporter.
import sys
data = bytearray(b"hello world")
m = memoryview(data)
print(len(m), m[0], m[-1], m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides)
head = m[:5]
print(bytes(head), head.tobytes(), head.tolist(), head.hex(), head.obj is data)
head[0] = ord("H")
m[6:11] = b"WORLD"
print(data)
print(m[::2].tobytes(), m[::-1].tobytes(), m[1:8:3].tolist(), m[5:5].tobytes())
ro = memoryview(b"abc")
print(ro.readonly, ro == b"abc", ro == memoryview(b"abc"), ro != b"abd", hash(ro) == hash(b"abc"))
for bad in (lambda: ro.__setitem__(0, 1), lambda: m.__setitem__(0, 256), lambda: m.__setitem__(slice(0, 2), b"x"),
            lambda: m[20], lambda: memoryview(5), lambda: hash(m), lambda: m.__delitem__(0)):
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
with memoryview(b"ctx") as c:
    print(c.tobytes())
print(repr(c).startswith("<released memory at 0x"))
try:
    c.tobytes()
except ValueError as e:
    print("ValueError:", e)
# A view keeps its exporter alive; the exporter's count shows the extra reference.
blob = bytearray(1000)
before = sys.getrefcount(blob)
v = memoryview(blob)
print(sys.getrefcount(blob) - before)
del v
print(sys.getrefcount(blob) - before)
print(memoryview(b"xyz")[1:].tobytes(), list(memoryview(b"ab")), b"".join([b"a", bytes(memoryview(b"b"))]))
