# Classic integer algorithms: gcd, lcm, primes, collatz, digit sums, base conversion.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return a // gcd(a, b) * b
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 8), lcm(4, 6), lcm(21, 6))
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
    return [i for i, p in enumerate(is_p) if p]
primes = sieve(100)
print(primes, len(sieve(10000)))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(i) for i in range(1, 16)], max(range(1, 1000), key=collatz))
def digit_sum(n):
    return sum(int(d) for d in str(n))
print(digit_sum(2 ** 100), digit_sum(12345), digit_sum(3 ** 50))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for n in [0, 255, -255, 2 ** 64, 123456789]:
    print(n, to_base(n, 2), to_base(n, 7), to_base(n, 16), to_base(n, 36))
    assert int(to_base(n, 36), 36) == n
def factorize(n):
    f = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            f.append(d)
            n //= d
        d += 1
    if n > 1:
        f.append(n)
    return f
print(factorize(360), factorize(97), factorize(2 ** 10 * 3 ** 5), factorize(600851475143))
perfect = [n for n in range(2, 10000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n]
print(perfect)
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 40), isqrt(99), isqrt(2 * 10 ** 30))
