# _random.Random: CPython's MT19937 outputs. Seeding with str/bytes follows random.seed's version-2 rule
# (bytes + SHA-512 digest), so it matches random.seed("hello") rather than CPython's C-level hash seeding.
import _random
r = _random.Random(42)
print(r.random(), r.random())
r.seed(42)
print(r.random(), r.getrandbits(8), r.getrandbits(32), r.getrandbits(100), r.getrandbits(0))
r.seed(0); print(r.random())
r.seed(-42); print(r.random())
r.seed(2**100 + 7); print(r.random())
r.seed("hello"); print(r.random())
r.seed(b"hello"); print(r.random())
s = r.getstate()
print(type(s).__name__, len(s), s[-1])
a = [r.random() for _ in range(3)]
r.setstate(s)
print(a == [r.random() for _ in range(3)])
class MyRandom(_random.Random):
    def __init__(self, x):
        self.seed(x)
        self.extra = "yes"
m = MyRandom(42)
print(m.random(), m.extra, isinstance(m, _random.Random))
for bad in [lambda: r.getrandbits(-1), lambda: r.setstate((1, 2)), lambda: r.setstate([1])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
