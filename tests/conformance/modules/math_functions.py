# The math module's common functions and constants on well-conditioned inputs.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan != math.nan)
for x in [0.0, 0.5, 1.0, 2.0, 10.0]:
    print(x, math.sqrt(x), math.exp(x), round(math.log1p(x), 12), math.expm1(x) if x < 1 else "-")
for x in [1, 2, 10, 100, 1024, 0.5]:
    print(x, math.log(x), math.log2(x), math.log10(x), math.log(x, 3))
angles = [0, math.pi / 6, math.pi / 4, math.pi / 3, math.pi / 2, math.pi]
for a in angles:
    print(round(math.degrees(a), 10), round(math.sin(a), 12), round(math.cos(a), 12), round(math.tan(a), 6) if a != math.pi / 2 else "inf")
print(math.radians(180), math.degrees(math.pi / 2), math.atan2(1, 1), math.atan(1) * 4, math.asin(1), math.acos(0))
print(math.hypot(3, 4), math.hypot(1, 1, 1, 1), math.dist((0, 0), (3, 4)), math.dist((1, 2, 3), (4, 6, 3)))
print(math.pow(2, 10), math.pow(2.5, 2), 2 ** 0.5 == math.sqrt(2), math.fabs(-7), math.fmod(10, 3))
hyper = [math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5)]
print([round(v, 10) for v in hyper])
special = [math.erf(1), math.erfc(1), math.gamma(5), math.lgamma(10), math.gamma(0.5) ** 2]
print([round(v, 10) for v in special])
print(math.isclose(math.sin(math.pi), 0, abs_tol=1e-12), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
try:
    math.log(-1)
except ValueError:
    print("ValueError for log(-1)")
try:
    math.sqrt(-4)
except ValueError:
    print("ValueError for sqrt(-4)")
