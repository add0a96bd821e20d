# random with a fixed seed reproduces CPython's Mersenne Twister sequence exactly.
import random
random.seed(42)
print([random.random() for _ in range(5)])
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(100) for _ in range(5)], [random.randrange(10, 50, 5) for _ in range(5)])
items = ["apple", "banana", "cherry", "date", "elder"]
print([random.choice(items) for _ in range(5)])
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.sample(items, 3))
print(random.uniform(1.0, 2.0), random.getrandbits(16), random.getrandbits(70))
random.seed(42)
again = [random.random() for _ in range(5)]
random.seed(42)
print(again == [random.random() for _ in range(5)])
rng = random.Random(2024)
print([rng.randint(0, 1000) for _ in range(6)], rng.random())
r1, r2 = random.Random(7), random.Random(7)
print([r1.random() for _ in range(3)] == [r2.random() for _ in range(3)])
random.seed(12345)
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)])
random.seed(0)
print(random.choices(items, k=5), random.choices(items, weights=[5, 1, 1, 1, 1], k=5))
