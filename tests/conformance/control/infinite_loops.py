# while True loops controlled by break: simulations that stop on a condition.
balance = 1000.0
rate = 0.05
years = 0
while True:
    if balance >= 2000:
        break
    balance = round(balance * (1 + rate), 2)
    years += 1
print("doubled after", years, "years:", balance)
seed = 12345
def lcg():
    global seed
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    return seed
rolls = 0
sixes_in_row = 0
while True:
    rolls += 1
    die = (lcg() >> 16) % 6 + 1
    sixes_in_row = sixes_in_row + 1 if die == 6 else 0
    if sixes_in_row == 3:
        break
print("three sixes in a row after", rolls, "rolls")
queue = [("start", 0)]
visited = []
while queue:
    name, depth = queue.pop(0)
    visited.append(name)
    if depth < 2:
        queue.append((name + ".a", depth + 1))
        queue.append((name + ".b", depth + 1))
print(visited)
n = 27
peak = n
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    peak = max(peak, n)
    steps += 1
print("collatz 27:", steps, "steps, peak", peak)
a, b = 0, 1
while True:
    a, b = b, a + b
    if len(str(a)) >= 50:
        break
print("first 50-digit fibonacci:", a)
