# random: CPython's sequences for a given seed (Mersenne Twister + the same algorithms).
import random

random.seed(42)
print(random.random(), random.randint(1, 10), random.randrange(0, 100, 5), random.choice("abcdef"))
print(random.getrandbits(64), random.uniform(1, 2), random.gauss(0, 1), random.gauss(0, 1))
items = list(range(10))
random.shuffle(items)
print(items, random.sample(range(100), 5), random.choices("abc", weights=[5, 1, 1], k=8))
print(random.normalvariate(10, 2), random.expovariate(1.5), random.triangular(0, 10, 3))
print(random.betavariate(2, 3), random.gammavariate(2.5, 1.0), random.paretovariate(2), random.weibullvariate(1, 2))
print(random.lognormvariate(0, 0.5), random.vonmisesvariate(0, 1), random.binomialvariate(20, 0.3), random.randbytes(4))
r = random.Random("a string seed")
print(r.random(), r.randint(-100, 100))
r = random.Random(b"bytes")
print(r.random())
r = random.Random(3.25)
print(r.random())
r = random.Random(2 ** 80 + 3)
print([r.randrange(10) for _ in range(10)])
state = r.getstate()
first = [r.random() for _ in range(3)]
r.setstate(state)
print(first == [r.random() for _ in range(3)])
for bad in (lambda: random.randrange(0), lambda: random.randint(5, 1), lambda: random.choice([]),
            lambda: random.sample([1, 2], 3), lambda: random.randrange(1, 10, 0), lambda: random.Random([1])):
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class MyRandom(random.Random):
    def random(self):
        return 0.5
print(MyRandom().randrange(10), MyRandom().choice("abcd"))
