# Seeded simulations with random: dice statistics, a random walk, and Monte Carlo estimation.
import random
rng = random.Random(1234)
rolls = [rng.randint(1, 6) for _ in range(6000)]
print([rolls.count(face) for face in range(1, 7)], sum(rolls))
pos = 0
path = [0]
for _ in range(50):
    pos += rng.choice((-1, 1))
    path.append(pos)
print(path[-1], max(path), min(path), path[:12])
inside = 0
for _ in range(20000):
    x, y = rng.random(), rng.random()
    if x * x + y * y <= 1:
        inside += 1
print("pi estimate:", 4 * inside / 20000)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
hands = [deck[i * 5:(i + 1) * 5] for i in range(4)]
for h in hands:
    print(h)
def birthday_trial(n):
    days = [rng.randrange(365) for _ in range(n)]
    return len(set(days)) < n
trials = 2000
print("shared birthday in 23 people:", sum(birthday_trial(23) for _ in range(trials)) / trials)
weights = {"common": 70, "rare": 25, "legendary": 5}
drops = rng.choices(list(weights), weights=list(weights.values()), k=1000)
print({k: drops.count(k) for k in weights})
print(rng.sample(range(1, 50), 6))
