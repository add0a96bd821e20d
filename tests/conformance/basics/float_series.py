# Float computations whose results are deterministic: series, Newton's method, integration.
def newton_sqrt(x, iterations=20):
    guess = x / 2 if x > 1 else 1.0
    for _ in range(iterations):
        guess = (guess + x / guess) / 2
    return guess
for v in [2, 9, 10, 0.25, 1e10]:
    print(v, newton_sqrt(v), newton_sqrt(v) ** 2)
def leibniz(n):
    total = 0.0
    sign = 1.0
    for k in range(n):
        total += sign / (2 * k + 1)
        sign = -sign
    return 4 * total
print(leibniz(10), leibniz(1000), leibniz(100000))
def e_series(n):
    term = 1.0
    total = 1.0
    for k in range(1, n):
        term /= k
        total += term
    return total
print(e_series(5), e_series(10), e_series(20))
def simpson(f, a, b, n):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        s += (4 if i % 2 else 2) * f(a + i * h)
    return s * h / 3
print(simpson(lambda x: x * x, 0, 3, 10), simpson(lambda x: x ** 3, 0, 2, 100))
def harmonic(n):
    h = 0.0
    for k in range(1, n + 1):
        h += 1.0 / k
    return h
print(harmonic(10), harmonic(1000))
x = 0.0
for _ in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0)
vals = [1e16, 1.0, -1e16]
acc = 0.0
for v in vals:
    acc += v
print(acc)
print(2 ** 0.5 * 2 ** 0.5, 10 / 3 * 3, 1e-8 + 1, (1e-8 + 1) - 1)
c = 1.0
while 1.0 + c / 2 != 1.0:
    c /= 2
print("epsilon", c)
print([round(i * 0.1, 1) for i in range(11)])
print([i / 8 for i in range(9)])
