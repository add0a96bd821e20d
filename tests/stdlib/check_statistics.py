# statistics and fractions: exact means and variances in the data's type, medians, modes,
# quantiles; Fraction arithmetic, reprs, parsing, rounding and limit_denominator.
import statistics as st
from fractions import Fraction as F

print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean([1.5, 2.5]), st.mean([F(1, 2), F(1, 3)]))
print(st.fmean([1, 2, 3, 4]), st.median([3, 1, 2]), st.median([4, 1, 3, 2]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.mode([1, 2, 2, 3, 3]), st.mode("abracadabra"), st.multimode("aabbc"), st.median_grouped([1, 2, 2, 3, 4]))
print(st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), st.pvariance([1, 2, 3, 4]), st.variance([1, 2, 3, 4]))
print(st.stdev([1, 2, 3, 4]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance([F(1, 4), F(5, 4), F(1, 2)]))
print(st.quantiles([1, 5, 9, 12, 20, 30]), st.quantiles(range(1, 11), n=10, method="inclusive"))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), st.covariance([1, 2, 3], [1, 3, 2]), st.linear_regression([1, 2, 3], [2, 4, 7]))
for bad in (lambda: st.mean([]), lambda: st.variance([1]), lambda: st.mode([]), lambda: st.median([])):
    try:
        bad()
    except st.StatisticsError as e:
        print("StatisticsError:", e)

a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, -a, abs(-a), a ** 2, a ** -2, b ** F(1, 2))
print(repr(a), str(F(6, 3)), F(-4, 6), F("3.1415"), F("-2/8"), F(" 7e-2 "), F(1.5), F(0.1), F(F(1, 2), F(1, 3)))
print(a + 1, 1 - a, a * 2.0, 2 ** b, a < b, a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5))
print(round(F(5, 2)), round(F(7, 2)), round(F(1234, 1000), 2), int(F(-7, 2)), float(F(1, 8)), F(7, 2).__floor__(), F(7, 2).__ceil__())
print(F(3.141592653589793).limit_denominator(1000), F(1, 3).limit_denominator(2), F(10, 4).as_integer_ratio(), F(4, 2).is_integer())
print(divmod(F(7, 2), F(2, 3)), F(1, 3) < 0.5, max(F(1, 2), 0.4), sorted([F(1, 3), 0.3, 1, F(1, 4)]))
for bad in ("x", "1/0", "1.2.3"):
    try:
        F(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(format(F(1, 3), ".4f"), format(F(-5, 2), "+.1f"), format(F(2, 3), ".1%"), format(F(1, 3), ">6"))
