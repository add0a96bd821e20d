# Infinity and NaN propagation, signed zero, and math helpers that handle them.
import math
inf = float("inf")
nan = float("nan")
print(inf + inf, inf - inf, inf * -1, inf / inf, 0 * inf, inf * 0.5)
print(math.isinf(inf), math.isnan(nan), math.isfinite(1e308), math.isfinite(inf), math.isnan(inf - inf))
print(max(1, inf), min(-inf, 0), sorted([3, -inf, inf, 0]))
print(1 / inf, -1 / inf, math.copysign(1, -0.0), math.copysign(5, -inf))
print(-0.0, 0.0 == -0.0, str(-0.0), math.atan2(0.0, -1.0), math.atan2(-0.0, -1.0))
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.fmod(7, -3), 7 % -3)
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.0001), math.isclose(1, 1.0001, rel_tol=1e-3))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(1e20), math.floor(1e300) > 0)
print(math.hypot(3, 4), math.sqrt(2), math.exp(0), math.log(math.e), math.log10(1000), math.log2(1024))
print(math.log(8, 2), math.pow(2, 0.5), math.fabs(-2), math.factorial(20), math.gcd(84, 36))
print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(nan != nan, nan > 0, nan < 0, nan == 0, [nan] == [nan], nan in [nan])
vals = [2.0, nan, 1.0]
print(max(1.0, 2.0), min(vals[0], vals[2]))
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError raised for sqrt(-1)")
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError raised for 2.0 ** 10000")
print(1e308 * 10, -1e308 * 10, 1e-320, 1e-320 / 1e10)
print(float.__name__, (0.0).hex(), (-0.0).hex(), inf.hex() if False else "skip")
