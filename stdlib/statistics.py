"""Basic statistics of numeric data (CPython's `statistics`, without Decimal and NormalDist).

Sums of squares and means are computed exactly with fractions and converted to the data's type
at the end, as CPython does, so `mean([1, 2, 3])` is the int 2, `mean([1, 2])` the float 1.5 and
`variance` has no rounding error before the last step; `stdev` is the correctly rounded square
root of the exact variance.
"""

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean', 'median',
           'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev', 'pvariance',
           'quantiles', 'stdev', 'variance', 'correlation', 'covariance', 'linear_regression']

import math
import numbers
from fractions import Fraction
from collections import Counter, namedtuple
from bisect import bisect_left, bisect_right


class StatisticsError(ValueError):
    pass


def _exact_ratio(x):
    # (numerator, denominator) of x exactly; (x, None) for infinities and NaNs.
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__) from None


def _coerce(T, S):
    # The type a result mixing types T and S should have (int < Fraction < float).
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _exact_sum(data):
    """(result type, exact total, count) for an iterable of numbers."""
    T = int
    count = 0
    total = Fraction(0)
    special = None
    for x in data:
        T = _coerce(T, type(x))
        count += 1
        n, d = _exact_ratio(x)
        if d is None:
            special = n if special is None else special + n
        else:
            total += Fraction(n, d)
    if special is not None:
        return T, special, count
    return T, total, count


def _sum_of_squares(data, c=None):
    """(result type, exact sum of squared deviations, exact mean, count)."""
    values = list(data)
    if c is not None:
        T, ssd, count = _exact_sum((x - c) * (x - c) for x in values)
        return T, ssd, c, count
    T, total, count = _exact_sum(values)
    if not count:
        return T, Fraction(0), Fraction(0), 0
    if not isinstance(total, Fraction):
        return T, total, total, count
    mu = total / count
    ssd = Fraction(0)
    for x in values:
        n, d = _exact_ratio(x)
        diff = Fraction(n, d) - mu
        ssd += diff * diff
    return T, ssd, mu, count


def _convert(value, T):
    # The exact value as type T (ints that aren't whole become floats).
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    return T(value)


def _sqrt_of_fraction(n, m):
    """The float nearest to sqrt(n/m), for integers n >= 0, m > 0 (correctly rounded)."""
    # Scale so the integer square root has about 2 * 53 + 3 significant bits, mark any inexact
    # remainder in the lowest bit (round-to-odd), then let int / power-of-two round once.
    shift = (n.bit_length() - m.bit_length() - 109) // 2
    if shift >= 0:
        root = math.isqrt(n // (m << 2 * shift))
        exact = root * root * (m << 2 * shift) == n
        return ((root | (not exact)) << shift) / 1
    root = math.isqrt((n << -2 * shift) // m)
    exact = root * root * m == (n << -2 * shift)
    return (root | (not exact)) / (1 << -shift)


def _fail_neg(values, errmsg='negative value'):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def mean(data):
    """The arithmetic mean, exact, in the data's type (mean([1, 2, 3]) is 2, an int)."""
    T, total, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """The arithmetic mean as a float, fast (weighted if weights are given)."""
    if weights is None:
        values = list(data)
        if not values:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(values) / len(values)
    values = list(data)
    weights = list(weights)
    if len(values) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return math.fsum(x * w for x, w in zip(values, weights)) / den


def geometric_mean(data):
    """The geometric mean as a float (data must be positive)."""
    n = 0
    found_zero = False
    logs = []
    for x in data:
        n += 1
        if x > 0.0 or math.isnan(x):
            logs.append(math.log(x))
        elif x == 0.0:
            found_zero = True
        else:
            raise StatisticsError('No negative inputs allowed', x)
    total = math.fsum(logs)
    if not n:
        raise StatisticsError('Must have a non-empty dataset')
    if math.isnan(total):
        return math.nan
    if found_zero:
        return math.nan if total == math.inf else 0.0
    return math.exp(total / n)


def harmonic_mean(data, weights=None):
    """The harmonic mean (reciprocal of the mean of reciprocals); data must be non-negative."""
    data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, numbers.Real):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _exact_sum(list(_fail_neg(weights, errmsg)))
    try:
        data = list(_fail_neg(data, errmsg))
        T, total, count = _exact_sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def median(data):
    """The middle value, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """The middle value, or the lower of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The middle value, or the higher of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """The median of continuous data grouped in classes of width interval (interpolated)."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    i = bisect_left(data, x)
    j = bisect_right(data, x, lo=i)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    L = x - interval / 2.0
    cf = i
    f = j - i
    return L + interval * (n / 2 - cf) / f


def mode(data):
    """The most common value (the first one met, if several are equally common)."""
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    """Every most common value, in order of first appearance."""
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def variance(data, xbar=None):
    """The sample variance (divided by n - 1), exact until converted to the data's type."""
    T, ss, c, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """The population variance (divided by n)."""
    T, ss, c, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """The sample standard deviation, a correctly rounded float."""
    T, ss, c, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    if not isinstance(ss, Fraction):
        return math.sqrt(ss)
    mss = ss / (n - 1)
    return _sqrt_of_fraction(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    """The population standard deviation, a correctly rounded float."""
    T, ss, c, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    if not isinstance(ss, Fraction):
        return math.sqrt(ss)
    mss = ss / n
    return _sqrt_of_fraction(mss.numerator, mss.denominator)


def quantiles(data, *, n=4, method='exclusive'):
    """n - 1 cut points dividing the data into n groups of equal probability, interpolated."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        if ld == 1:
            return data * (n - 1)
        raise StatisticsError('must have at least one data point')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError('Unknown method: %r' % (method,))


def covariance(x, y, /):
    """The sample covariance of two equally long inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /, *, method='linear'):
    """Pearson's correlation coefficient (or Spearman's, with method='ranked')."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    if method not in {'linear', 'ranked'}:
        raise ValueError('Unknown method: %r' % (method,))
    if method == 'ranked':
        x = _rank(x)
        y = _rank(y)
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((d := xi - xbar) * d for xi in x)
    syy = math.fsum((d := yi - ybar) * d for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant') from None


def _rank(data):
    # Average ranks (1-based), ties sharing the mean of their positions.
    order = sorted(range(len(data)), key=lambda i: data[i])
    ranks = [0.0] * len(data)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and data[order[j + 1]] == data[order[i]]:
            j += 1
        rank = (i + j) / 2 + 1
        for k in range(i, j + 1):
            ranks[order[k]] = rank
        i = j + 1
    return ranks


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'), module='statistics')


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line through the points (x, y)."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if not proportional:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        x = [xi - xbar for xi in x]
        y = [yi - ybar for yi in y]
    sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
    sxx = math.fsum(xi * xi for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant') from None
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
