# Integer functions in math: gcd, lcm, isqrt, comb, perm, factorial, prod, and exactness.
import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(), math.gcd(24, 36, 60), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(), math.lcm(0, 5), math.lcm(2 ** 10, 3 ** 5))
print([math.isqrt(n) for n in [0, 1, 3, 4, 15, 16, 99, 10 ** 20, 10 ** 21]])
print(math.isqrt(2 * 10 ** 40), math.isqrt(2 ** 127 - 1))
print([math.comb(10, k) for k in range(11)])
print(math.comb(52, 5), math.comb(100, 50), math.comb(5, 7), math.perm(5, 2), math.perm(10), math.perm(4, 0))
print([math.factorial(n) for n in range(13)])
print(math.factorial(50))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 11)), math.prod([2, 0.5]), math.prod([3], start=10))
print(math.floor(7.9), math.ceil(7.1), math.trunc(-7.9), math.floor(-7.1), math.ceil(-7.9))
print(math.floor(10 ** 20 + 0.5), math.ceil(2.000001), type(math.floor(1.5)).__name__)
for bad in [lambda: math.factorial(-1), lambda: math.comb(-1, 2), lambda: math.isqrt(-1)]:
    try:
        bad()
    except ValueError:
        print("ValueError")
try:
    math.factorial(2.5)
except TypeError:
    print("TypeError for factorial(2.5)")
pascal = [[math.comb(n, k) for k in range(n + 1)] for n in range(7)]
for row in pascal:
    print(" ".join(str(v) for v in row).center(30))
print(sum(math.comb(20, k) for k in range(21)) == 2 ** 20)
