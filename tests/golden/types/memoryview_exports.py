# A bytearray with live memoryviews refuses to change size (BufferError), as in CPython; same-size
# writes are allowed, and releasing or dropping the last view lifts the hold.
ba = bytearray(b"abcdef")
m = memoryview(ba)
for f in (lambda: ba.append(1), lambda: ba.extend(b"x"), lambda: ba.pop(), lambda: ba.clear(),
          lambda: ba.__delitem__(0), lambda: ba.__setitem__(slice(0, 2), b"xyz"), lambda: ba.__iadd__(b"!"),
          lambda: ba.insert(0, 1), lambda: ba.remove(97)):
    try:
        f()
        print("ok")
    except BufferError as e:
        print("BufferError:", e)
ba[0:2] = b"XY"          # same size: allowed
ba[2] = ord("Z")
print(ba, m.tobytes())
s = m[1:3]
m.release()
try:
    ba.append(33)
except BufferError as e:
    print("still held by the slice:", e)
del s
ba.append(33)
print(ba)
with memoryview(ba) as v:
    pass
ba.extend(b"??")
print(ba, len(ba))
