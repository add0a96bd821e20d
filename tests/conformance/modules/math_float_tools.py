# Float helpers in math: fsum, frexp/ldexp, modf, copysign, nextafter/ulp, remainder, isclose.
import math
vals = [0.1] * 10
print(math.fsum(vals), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum([0.5, 0.25]))
for x in [8.0, 0.375, -10.5, 1e-5, 0.0]:
    m, e = math.frexp(x)
    print(x, (m, e), math.ldexp(m, e) == x)
print(math.modf(3.75), math.modf(-2.5), math.modf(4.0))
print(math.copysign(3, -0.0), math.copysign(-2, 5), math.fabs(-0.0))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.ulp(1.0), math.ulp(1e10))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(-10, 3), math.fmod(-10, 3), -10 % 3)
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1, rel_tol=0.1), math.isclose(100, 101, abs_tol=1))
print(math.floor(-0.0), math.ceil(-0.5), math.trunc(2.999999), round(2.5), round(3.5))
print(math.sqrt(2) ** 2, math.isclose(math.sqrt(2) ** 2, 2), math.exp(math.log(10)))
def mean_std(xs):
    n = len(xs)
    mean = math.fsum(xs) / n
    var = math.fsum((x - mean) ** 2 for x in xs) / n
    return mean, math.sqrt(var)
print(mean_std([2, 4, 4, 4, 5, 5, 7, 9]), mean_std([1.5, 2.5]))
def newton(f, df, x, n=30):
    for _ in range(n):
        x = x - f(x) / df(x)
    return x
print(newton(lambda x: x * x - 2, lambda x: 2 * x, 1.0), newton(math.cos, lambda x: -math.sin(x), 1.0) * 2)
