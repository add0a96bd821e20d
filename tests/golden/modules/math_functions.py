import math
print(math.sqrt(16), math.sqrt(2), math.pow(2, 10), math.exp(1), math.log(math.e), math.log(8, 2), math.log(100, 10))
print(math.log2(1024), math.log10(1000), math.log1p(1e-10), math.expm1(1e-10), math.log(2**2000))
print(math.sin(0), math.cos(0), math.tan(1), math.asin(1), math.acos(0), math.atan(1), math.atan2(1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(), math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]))
print(math.degrees(math.pi), math.radians(180))
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.floor(-2.5), math.ceil(-2.5), math.floor(5), type(math.floor(2.0)))
print(math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), math.modf(3.25), math.modf(-3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.copysign(3, -0.0), math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(12, 18, 8), math.gcd(), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm())
print(math.factorial(0), math.factorial(5), math.factorial(25), len(str(math.factorial(1000))))
print(math.comb(5, 2), math.comb(52, 5), math.comb(3, 5), math.perm(5, 2), math.perm(5), math.perm(3, 5))
print(math.isqrt(17), math.isqrt(10**40), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 3], start=10), math.prod([1.5, 2]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]))
print(math.exp2(10), math.remainder(10, 3), math.remainder(11, 3), math.remainder(5, 2), math.remainder(7, 2))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.ulp(1.0), math.ulp(0.0))
print(math.erf(0.5), math.erfc(0.5), math.gamma(5))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for f, args in [(math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-1,)), (math.exp, (1000,)), (math.acos, (2,)),
                (math.factorial, (-1,)), (math.factorial, (1.5,)), (math.pow, (0, -1)), (math.fmod, (1, 0)),
                (math.isqrt, (-1,)), (math.comb, (-1, 2)), (math.sqrt, ("x",)), (math.dist, ((1,), (1, 2))),
                (math.gamma, (0,)), (math.ldexp, (1.0, 2000)), (math.pow, (10.0, 400))]:
    try:
        print(f(*args))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(math.floor(True), math.ceil(10**30), math.trunc(1e20))
