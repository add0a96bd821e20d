"""Dates, times and durations (CPython's `datetime` module, written for Vivarium).

Supported:

- `MINYEAR`, `MAXYEAR`, `UTC`;
- `timedelta`: every keyword unit (ints or floats; float fractions are scaled in float
  arithmetic and the leftover fraction of a microsecond rounded half to even, so results match
  CPython's to the microsecond), normalisation to days/seconds/microseconds, `total_seconds`,
  arithmetic with timedeltas, ints and floats (`+ - * / // % divmod`, negation, `abs`),
  comparisons, hashing, truth, CPython's `repr` and `str`, `min`/`max`/`resolution`;
- `date`: validation with CPython's messages, `today`, `fromtimestamp`, `fromordinal`,
  `toordinal`, `fromisoformat`, `fromisocalendar`, `isoformat`, `isocalendar`, `weekday`,
  `isoweekday`, `replace`, `ctime`, `timetuple`, `strftime`, `format()`, arithmetic with
  timedeltas, subtraction, comparisons, hashing;
- `time`: hour..microsecond, `tzinfo`, `fold`, `isoformat(timespec)`, `fromisoformat`,
  `replace`, `strftime`, `utcoffset`/`dst`/`tzname`, comparisons;
- `datetime` (a `date` subclass): `combine`, `now`, `utcnow`, `today`, `fromtimestamp(ts, tz)`,
  `utcfromtimestamp`, `timestamp`, `fromisoformat`, `isoformat(sep, timespec)`, `strptime`,
  `strftime`, `date`/`time`/`timetz`, `replace`, `astimezone`, `utcoffset`/`tzname`/`dst`,
  `timetuple`/`utctimetuple`, arithmetic, naive/aware comparison rules (a date and a
  datetime are never equal and, as in Python 3.13+, don't order);
- `tzinfo` (abstract base with the default `fromutc`) and `timezone` (fixed offsets, `utc`).

The calendar is the proleptic Gregorian one: ordinal 1 is 0001-01-01, a Monday. Local time
comes from the `time` module. `strftime` formats the C-locale directives itself (years are padded
to four digits, as in CPython 3.13+) and hands unknown ones to `time.strftime`; `strptime`
understands %a %A %b %B %c %d %f %G %H %I %j %m %M %p %S %u %U %V %w %W %x %X %y %Y %z %Z %%.
`utcnow()`/`utcfromtimestamp()` emit Python 3.12's DeprecationWarning; `%:z` (3.12+) works.
Not supported: pickling through CPython's byte-string state (copy/pickle go through
`__reduce__` with constructor arguments instead), the C API, `strptime`'s 3.13 warning about
dates without a year.
"""

import math as _math
import time as _time

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059          # date(9999, 12, 31).toordinal()
_MAX_DELTA_DAYS = 999999999
_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_EPOCH_ORDINAL = 719163        # date(1970, 1, 1).toordinal()


# ---------------------------------------------------------------------------------------------
# Calendar arithmetic

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# Days in the months before each month of a common year (index 1..12).
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    # Days from 0001-01-01 up to January 1st of `year` (floor division keeps it valid for the
    # out-of-range years fromtimestamp needs to name in its error message).
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd_to_ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord_to_ymd(n):
    # Estimate the year from the mean Gregorian year length, then step to the right one.
    year = (n - 1) * 400 // 146097 + 1
    while _days_before_year(year) >= n:
        year -= 1
    while _days_before_year(year + 1) < n:
        year += 1
    day_of_year = n - _days_before_year(year)
    # No month is longer than 31 days, so this starts at or before the right month.
    month = (day_of_year - 1) // 31 + 1
    while month < 12 and _days_before_month(year, month + 1) < day_of_year:
        month += 1
    return year, month, day_of_year - _days_before_month(year, month)


def _iso_week1_monday(year):
    # ISO week 1 is the week (Monday..Sunday) holding the year's first Thursday, i.e. January 4th.
    jan4 = _ymd_to_ord(year, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _index(value):
    # The integer behind an int-like argument, rejecting floats as CPython's argument parser does.
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return index(value)


def _check_date_fields(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute, second = _index(hour), _index(minute), _index(second)
    microsecond, fold = _index(microsecond), _index(fold)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _type_name(obj):
    # CPython names its own classes "datetime.X" in reprs and messages, subclasses by bare name.
    cls = type(obj)
    if cls.__module__ == "datetime":
        return "datetime." + cls.__name__
    return cls.__name__


def _div_round_half_even(a, b):
    # a / b rounded to the nearest integer, ties to the even one (b != 0).
    q, r = divmod(a, b)
    twice = 2 * r
    if (twice > b if b > 0 else twice < b) or (twice == b and q % 2 == 1):
        q += 1
    return q


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _check_offset(name, offset):
    # Validate what a tzinfo method returned for utcoffset() or dst().
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -_ONE_DAY < offset < _ONE_DAY:
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24).")
    return offset


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


def _format_offset(offset, sep=":"):
    # "+HH:MM", with ":SS" and ".ffffff" only when needed ("" for None).
    if offset is None:
        return ""
    us = offset._to_us()
    sign = "+"
    if us < 0:
        sign, us = "-", -us
    hours, us = divmod(us, 3600 * _US_PER_SECOND)
    minutes, us = divmod(us, 60 * _US_PER_SECOND)
    seconds, us = divmod(us, _US_PER_SECOND)
    text = "%s%02d%s%02d" % (sign, hours, sep, minutes)
    if seconds or us:
        text += "%s%02d" % (sep, seconds)
        if us:
            text += ".%06d" % us
    return text


def _format_clock(hour, minute, second, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hour
    if timespec == "minutes":
        return "%02d:%02d" % (hour, minute)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hour, minute, second)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hour, minute, second, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hour, minute, second, us)
    raise ValueError("Unknown timespec value")


# ---------------------------------------------------------------------------------------------
# Local time, through the time module

def _local_fields(secs):
    # (year, month, day, hour, minute, second, utc offset in seconds, zone name) for an integer
    # timestamp. Vivarium's time module exposes the C library's fields directly, with the
    # offset in force at that instant (its struct_time.tm_gmtoff is the current offset).
    fields = getattr(_time, "_localtime_fields", None)
    if fields is not None:
        f = fields(secs)
        return f[0], f[1], f[2], f[3], f[4], f[5], f[10], f[9]
    t = _time.localtime(secs)
    return (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec,
            t.tm_gmtoff, t.tm_zone)


def _local_offset(secs):
    return _local_fields(secs)[6]


def _split_timestamp(t):
    # A timestamp as whole seconds and microseconds (rounded half to even), as CPython does.
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if t in (float("inf"), float("-inf")):
            raise OverflowError("cannot convert float infinity to integer")
        frac, whole = _math.modf(t)
        secs, us = int(whole), round(frac * 1e6)
    elif isinstance(t, int):
        secs, us = int(t), 0
    else:
        try:
            t = float(t)
        except (TypeError, ValueError):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(t).__name__) from None
        return _split_timestamp(t)
    if us >= _US_PER_SECOND:
        secs, us = secs + 1, us - _US_PER_SECOND
    elif us < 0:
        secs, us = secs - 1, us + _US_PER_SECOND
    if not -(1 << 63) <= secs < (1 << 63):
        raise OverflowError("timestamp out of range for platform time_t")
    return secs, us


def _utc_fields(secs):
    days, rem = divmod(secs, 86400)
    y, m, d = _ord_to_ymd(_EPOCH_ORDINAL + days)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    return y, m, d, hh, mm, ss


def _local_to_utc_seconds(y, m, d, hh, mm, ss, fold, gap_reversed=False):
    # The timestamp at which local wall-clock time y-m-d hh:mm:ss occurs. A transition near
    # that wall time shows up as different offsets a day before and a day after; each offset
    # gives a candidate instant that is right if the offset really applies there. Repeated
    # wall times (both right) and skipped ones (neither) are settled by `fold`, as in PEP 495:
    # fold=0 uses the offset from before the transition, fold=1 the one after. For skipped
    # times CPython's astimezone() does the reverse (`gap_reversed`).
    wall = (_ymd_to_ord(y, m, d) - _EPOCH_ORDINAL) * 86400 + hh * 3600 + mm * 60 + ss
    before = _local_offset(wall - 86400)
    after = _local_offset(wall + 86400)
    if before == after:
        return wall - before
    good = [wall - o for o in (before, after) if _local_offset(wall - o) == o]
    if len(good) == 1:
        return good[0]
    if not good and gap_reversed:
        fold = not fold
    return wall - (after if fold else before)


def _local_timezone(secs):
    fields = _local_fields(secs)
    return timezone(timedelta(seconds=fields[6]), fields[7])


# ---------------------------------------------------------------------------------------------
# timedelta

_TIMEDELTA_UNITS = (
    # (keyword, microseconds per unit), in the order CPython accumulates them
    ("microseconds", 1),
    ("milliseconds", 1000),
    ("seconds", _US_PER_SECOND),
    ("minutes", 60 * _US_PER_SECOND),
    ("hours", 3600 * _US_PER_SECOND),
    ("days", _US_PER_DAY),
    ("weeks", 7 * _US_PER_DAY),
)


def _new_timedelta(us):
    # A plain timedelta from a total number of microseconds.
    days, rem = divmod(us, _US_PER_DAY)
    if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
        raise OverflowError("days=%d; must have magnitude <= %d" % (days, _MAX_DELTA_DAYS))
    seconds, microseconds = divmod(rem, _US_PER_SECOND)
    self = object.__new__(timedelta)
    self._days = days
    self._seconds = seconds
    self._microseconds = microseconds
    return self


class timedelta:
    """Difference between two datetime values.

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

    All arguments are optional and default to 0. Arguments may be integers or floats, and may
    be positive or negative."""

    __slots__ = ("_days", "_seconds", "_microseconds")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        values = (microseconds, milliseconds, seconds, minutes, hours, days, weeks)
        # Whole parts add up exactly as ints. The fractional part of a float argument is scaled
        # to microseconds in float arithmetic (as CPython does, so ties land where CPython's
        # do); its whole microseconds are added exactly and the fractions below one
        # microsecond are summed, to be rounded once at the end.
        us = 0
        leftover = 0.0
        for (name, factor), value in zip(_TIMEDELTA_UNITS, values):
            if isinstance(value, int):
                us += value * factor
            elif isinstance(value, float):
                frac, whole = _math.modf(value)
                us += int(whole) * factor
                if frac:
                    frac, whole = _math.modf(frac * factor)
                    us += int(whole)
                    leftover += frac
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, type(value).__name__))
        if leftover:
            # Nearest whole microsecond; an exact half goes to whichever makes the total even.
            low = _math.floor(leftover)
            if leftover - low == 0.5:
                us += low if (us + low) % 2 == 0 else low + 1
            else:
                us += round(leftover)
        base = _new_timedelta(us)
        if cls is timedelta:
            return base
        self = object.__new__(cls)
        self._days = base._days
        self._seconds = base._seconds
        self._microseconds = base._microseconds
        return self

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_us() / _US_PER_SECOND

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_type_name(self), ", ".join(parts) or "0")

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = "%d:%02d:%02d" % (hours, minutes, seconds)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        if self._days:
            plural = "" if abs(self._days) == 1 else "s"
            text = "%d day%s, %s" % (self._days, plural, text)
        return text

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

    # Arithmetic always yields plain timedeltas, even for subclasses (as CPython). Dividing by
    # zero says "division by zero" whatever the operator, as ints do in Python 3.14.

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _new_timedelta(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _new_timedelta(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _new_timedelta(other._to_us() - self._to_us())
        return NotImplemented

    def __neg__(self):
        return _new_timedelta(-self._to_us())

    def __pos__(self):
        return _new_timedelta(self._to_us())

    def __abs__(self):
        return _new_timedelta(abs(self._to_us()))

    def __mul__(self, other):
        if isinstance(other, int):
            return _new_timedelta(self._to_us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _new_timedelta(_div_round_half_even(self._to_us() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_us()
            if divisor == 0:
                raise ZeroDivisionError("division by zero")
            return self._to_us() // divisor
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("division by zero")
            return _new_timedelta(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_us()
            if divisor == 0:
                raise ZeroDivisionError("division by zero")
            return self._to_us() / divisor
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("division by zero")
            return _new_timedelta(_div_round_half_even(self._to_us(), other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            if n == 0:
                raise ZeroDivisionError("division by zero")
            return _new_timedelta(_div_round_half_even(self._to_us() * d, n))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_us()
            if divisor == 0:
                raise ZeroDivisionError("division by zero")
            return _new_timedelta(self._to_us() % divisor)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_us()
            if divisor == 0:
                raise ZeroDivisionError("division by zero")
            q, r = divmod(self._to_us(), divisor)
            return q, _new_timedelta(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() == other._to_us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() < other._to_us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() <= other._to_us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() > other._to_us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() >= other._to_us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)


timedelta.min = _new_timedelta(-_MAX_DELTA_DAYS * _US_PER_DAY)
timedelta.max = _new_timedelta((_MAX_DELTA_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = _new_timedelta(1)
_ONE_DAY = _new_timedelta(_US_PER_DAY)
_ZERO = _new_timedelta(0)


# ---------------------------------------------------------------------------------------------
# strftime and strptime

def _strftime(fmt, y, mo, d, hh, mi, ss, us, offset, zone, timetuple):
    # Expand the directives of `fmt`; `timetuple` makes the struct for time.strftime, which
    # handles the directives not listed here (e.g. glibc's %s). Flags "-", "_", "0" and "^"
    # (glibc extensions) and the C locale's E/O modifiers are understood.
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    out = []
    i, n = 0, len(fmt)
    ordinal = _ymd_to_ord(y, mo, d)
    weekday = (ordinal + 6) % 7                           # Monday = 0
    yday = ordinal - _ymd_to_ord(y, 1, 1)                 # 0-based
    while i < n:
        j = fmt.find("%", i)
        if j < 0:
            out.append(fmt[i:])
            break
        out.append(fmt[i:j])
        i = j + 1
        if i >= n:
            out.append("%")
            break
        ch = fmt[i]
        i += 1
        flag = ""
        if ch in "-_0^#" and i < n:
            flag, ch = ch, fmt[i]
            i += 1
        if ch in "EO" and i < n and fmt[i].isalpha():
            ch = fmt[i]
            i += 1
        if ch == ":" and i < n and fmt[i] == "z":
            ch = ":z"
            i += 1
        numeric = True
        if ch == "Y":
            text = "%04d" % y
        elif ch == "m":
            text = "%02d" % mo
        elif ch == "d":
            text = "%02d" % d
        elif ch == "H":
            text = "%02d" % hh
        elif ch == "M":
            text = "%02d" % mi
        elif ch == "S":
            text = "%02d" % ss
        elif ch == "f":
            text = "%06d" % us
        elif ch == "y":
            text = "%02d" % (y % 100)
        elif ch == "I":
            text = "%02d" % (hh % 12 or 12)
        elif ch == "j":
            text = "%03d" % (yday + 1)
        elif ch == "e":
            text = "%2d" % d
        elif ch == "k":
            text = "%2d" % hh
        elif ch == "l":
            text = "%2d" % (hh % 12 or 12)
        elif ch == "C":
            text = "%02d" % (y // 100)
        elif ch == "w":
            text = "%d" % ((weekday + 1) % 7)
        elif ch == "u":
            text = "%d" % (weekday + 1)
        elif ch == "U":
            text = "%02d" % ((yday + 7 - (weekday + 1) % 7) // 7)
        elif ch == "W":
            text = "%02d" % ((yday + 7 - weekday) // 7)
        elif ch in "GgV":
            iso = date._iso(y, ordinal)
            if ch == "G":
                text = "%04d" % iso[0]
            elif ch == "g":
                text = "%02d" % (iso[0] % 100)
            else:
                text = "%02d" % iso[1]
        else:
            numeric = False
            if ch == "a":
                text = _DAY_NAMES[weekday][:3]
            elif ch == "A":
                text = _DAY_NAMES[weekday]
            elif ch in "bh":
                text = _MONTH_NAMES[mo - 1][:3]
            elif ch == "B":
                text = _MONTH_NAMES[mo - 1]
            elif ch == "p":
                text = "AM" if hh < 12 else "PM"
            elif ch == "P":
                text = "am" if hh < 12 else "pm"
            elif ch == "z":
                text = _format_offset(offset, "")
            elif ch == ":z":
                text = _format_offset(offset, ":")
            elif ch == "Z":
                text = zone or ""
            elif ch == "c":
                text = "%s %s %2d %02d:%02d:%02d %d" % (
                    _DAY_NAMES[weekday][:3], _MONTH_NAMES[mo - 1][:3], d, hh, mi, ss, y)
            elif ch == "x" or ch == "D":
                text = "%02d/%02d/%02d" % (mo, d, y % 100)
            elif ch == "X" or ch == "T":
                text = "%02d:%02d:%02d" % (hh, mi, ss)
            elif ch == "R":
                text = "%02d:%02d" % (hh, mi)
            elif ch == "r":
                text = "%02d:%02d:%02d %s" % (hh % 12 or 12, mi, ss, "AM" if hh < 12 else "PM")
            elif ch == "F":
                text = "%04d-%02d-%02d" % (y, mo, d)
            elif ch == "n":
                text = "\n"
            elif ch == "t":
                text = "\t"
            elif ch == "%":
                text = "%"
            else:
                out.append(_time.strftime("%" + flag + ch, timetuple()))
                continue
        if flag == "-" and numeric:
            text = text.lstrip(" 0") or "0"
        elif flag == "_" and numeric:
            stripped = text.lstrip(" 0") or "0"
            text = " " * (len(text) - len(stripped)) + stripped
        elif flag == "0" and numeric:
            text = text.replace(" ", "0")
        elif flag == "^":
            text = text.upper()
        out.append(text)
    return "".join(out)


# strptime: one regular expression per directive (matched case-insensitively).
_STRPTIME_PATTERNS = {
    "d": r"3[01]|[12]\d|0[1-9]|[1-9]| [1-9]",
    "f": r"\d{1,6}",
    "H": r"2[0-3]|[01]\d|\d",
    "I": r"1[0-2]|0[1-9]|[1-9]",
    "G": r"\d\d\d\d",
    "j": r"36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]",
    "m": r"1[0-2]|0[1-9]|[1-9]",
    "M": r"[0-5]\d|\d",
    "S": r"6[01]|[0-5]\d|\d",
    "U": r"5[0-3]|[0-4]\d|\d",
    "W": r"5[0-3]|[0-4]\d|\d",
    "V": r"5[0-3]|0[1-9]|[1-4]\d|\d",
    "w": r"[0-6]",
    "u": r"[1-7]",
    "y": r"\d\d",
    "Y": r"\d\d\d\d",
    "z": r"[+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|Z",
    "p": r"am|pm",
}
# Locale-dependent directives, spelled as the C locale does.
_STRPTIME_ALIASES = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}
_strptime_cache = {}


def _names_pattern(names):
    import re
    return "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))


def _strptime_regex(fmt):
    # The compiled pattern for `fmt` and the directive of each group (g0, g1, ...).
    import re
    cached = _strptime_cache.get(fmt)
    if cached is not None:
        return cached
    # %c, %x and %X stand for several directives; expand them first.
    parts, k, n = [], 0, len(fmt)
    while k < n:
        if fmt[k] == "%" and k + 1 < n:
            parts.append(_STRPTIME_ALIASES.get(fmt[k + 1], fmt[k:k + 2]))
            k += 2
        else:
            parts.append(fmt[k])
            k += 1
    expanded = "".join(parts)
    pieces, directives = [], []
    i, n = 0, len(expanded)
    while i < n:
        ch = expanded[i]
        if ch == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            code = expanded[i + 1]
            i += 2
            if code == "%":
                pieces.append("%")
                continue
            if code in _STRPTIME_PATTERNS:
                pattern = _STRPTIME_PATTERNS[code]
            elif code in "aA":
                pattern = _names_pattern(
                    [name[:3] if code == "a" else name for name in _DAY_NAMES])
            elif code in "bB":
                pattern = _names_pattern(
                    [name[:3] if code == "b" else name for name in _MONTH_NAMES])
            elif code == "Z":
                zones = {"utc", "gmt"}
                for zone in getattr(_time, "tzname", ()):
                    if zone:
                        zones.add(zone.lower())
                pattern = _names_pattern(zones)
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (code, fmt))
            pieces.append("(?P<g%d>%s)" % (len(directives), pattern))
            directives.append(code)
        elif ch.isspace():
            # A run of whitespace in the format matches any non-empty run in the data.
            while i < n and expanded[i].isspace():
                i += 1
            pieces.append(r"\s+")
        else:
            pieces.append(re.escape(ch))
            i += 1
    compiled = (re.compile("".join(pieces), re.IGNORECASE), directives)
    if len(_strptime_cache) > 100:
        _strptime_cache.clear()
    _strptime_cache[fmt] = compiled
    return compiled


def _parse_strptime(data, fmt):
    # The datetime fields and tzinfo that `data` denotes under `fmt`.
    if not isinstance(data, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(data).__name__)
    if not isinstance(fmt, str):
        raise TypeError("strptime() argument 2 must be str, not %s" % type(fmt).__name__)
    regex, directives = _strptime_regex(fmt)
    found = regex.match(data)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    if found.end() != len(data):
        raise ValueError("unconverted data remains: %s" % data[found.end():])
    values = {}
    for k, code in enumerate(directives):
        values[code] = found.group("g%d" % k)

    year = None
    month = day = 1
    hour = minute = second = us = 0
    julian = weekday = week = iso_year = iso_week = None
    offset = None
    for code, text in values.items():
        lower = text.lower()
        if code == "Y":
            year = int(text)
        elif code == "y":
            # POSIX: 69-99 are 1969-1999, 00-68 are 2000-2068.
            year = int(text)
            year += 1900 if year >= 69 else 2000
        elif code == "G":
            iso_year = int(text)
        elif code == "m":
            month = int(text)
        elif code in "bB":
            month = [name.lower()[:len(lower)] for name in _MONTH_NAMES].index(lower) + 1
        elif code == "d":
            day = int(text)
        elif code == "H":
            hour = int(text)
        elif code == "I":
            hour = int(text) % 12
            if values.get("p", "").lower() == "pm":
                hour += 12
        elif code == "M":
            minute = int(text)
        elif code == "S":
            second = int(text)
        elif code == "f":
            us = int(text + "0" * (6 - len(text)))
        elif code in "aA":
            weekday = [name.lower()[:len(lower)] for name in _DAY_NAMES].index(lower)
        elif code == "w":
            weekday = (int(text) + 6) % 7
        elif code == "u":
            weekday = int(text) - 1
        elif code == "j":
            julian = int(text)
        elif code in "UW":
            week = int(text)
        elif code == "V":
            iso_week = int(text)
        elif code == "z":
            offset = _parse_strptime_offset(text)

    if iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is None:
            year, month, day = _ord_to_ymd(_iso_week1_monday(iso_year)
                                           + (iso_week - 1) * 7 + weekday)
    elif iso_week is not None:
        if year is not None and weekday is not None:
            raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                             "'%Y'. Use the ISO year '%G' instead.")
        raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                         "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
    if year is None:
        year = 1900
    if julian is None and week is not None and weekday is not None:
        jan1 = _ymd_to_ord(year, 1, 1)
        jan1_weekday = (jan1 + 6) % 7
        if "U" in values:
            # Weeks start on Sunday; week 1 starts on the year's first Sunday.
            first = (6 - jan1_weekday) % 7
            julian = first + (week - 1) * 7 + (weekday + 1) % 7 + 1
        else:
            # Weeks start on Monday; week 1 starts on the year's first Monday.
            first = (7 - jan1_weekday) % 7
            julian = first + (week - 1) * 7 + weekday + 1
    if julian is not None:
        year, month, day = _ord_to_ymd(_ymd_to_ord(year, 1, 1) + julian - 1)
    tz = None
    if offset is not None:
        if "Z" in values:
            tz = timezone(offset, values["Z"])
        else:
            tz = timezone(offset)
    return year, month, day, hour, minute, second, us, tz


def _parse_strptime_offset(text):
    if text in ("Z", "z"):
        return _ZERO
    sign = -1 if text[0] == "-" else 1
    body = text[1:]
    if len(body) > 2 and body[2] == ":":
        if len(body) > 5 and body[5] != ":":
            raise ValueError("Inconsistent use of : in %s" % text)
        body = body.replace(":", "")
    elif ":" in body:
        raise ValueError("Inconsistent use of : in %s" % text)
    hours, minutes = int(body[0:2]), int(body[2:4])
    seconds = int(body[4:6]) if len(body) >= 6 else 0
    frac = body[7:] if len(body) > 7 else ""
    micro = int(frac + "0" * (6 - len(frac))) if frac else 0
    total = ((hours * 60 + minutes) * 60 + seconds) * _US_PER_SECOND + micro
    return _new_timedelta(sign * total)


# ---------------------------------------------------------------------------------------------
# ISO 8601 parsing (the formats CPython 3.11+ accepts, except fractional hours and minutes)

def _ascii_digits(text):
    return text != "" and all("0" <= c <= "9" for c in text)


def _iso_date_length(s):
    # How many leading characters of `s` form its date part.
    if len(s) > 4 and s[4] == "-":
        if len(s) > 5 and s[5] == "W":                  # YYYY-Www or YYYY-Www-D
            return 10 if len(s) > 8 and s[8] == "-" else 8
        return 10                                       # YYYY-MM-DD
    if len(s) > 4 and s[4] == "W":                      # YYYYWww or YYYYWwwD
        return 8 if len(s) > 7 and "0" <= s[7] <= "9" else 7
    return 8                                            # YYYYMMDD


def _parse_iso_date(part):
    # (year, month, day) for a complete ISO date, or None when it is malformed.
    n = len(part)
    if n == 10 and part[4] == "-" and part[7] == "-":
        digits = part[0:4], part[5:7], part[8:10]
    elif n == 8 and _ascii_digits(part):
        digits = part[0:4], part[4:6], part[6:8]
    elif n in (7, 8, 10) and "W" in part:
        extended = part[4] == "-"
        body = part[5:] if extended else part[4:]
        if body[0] != "W":
            return None
        week, rest = body[1:3], body[3:]
        if extended and rest:
            if rest[0] != "-":
                return None
            rest = rest[1:]
        if not (_ascii_digits(part[0:4]) and _ascii_digits(week)) \
                or (rest and not _ascii_digits(rest)) or len(rest) > 1:
            return None
        try:
            return date._iso_to_ymd(int(part[0:4]), int(week), int(rest or "1"))
        except ValueError:
            return None
    else:
        return None
    if not all(_ascii_digits(p) for p in digits):
        return None
    return int(digits[0]), int(digits[1]), int(digits[2])


def _parse_iso_clock(text):
    # (hour, minute, second, microsecond) for HH[:MM[:SS[.f+]]] or HH[MM[SS[.f+]]], or None.
    frac = None
    for mark in ".,":
        if mark in text:
            text, _, frac = text.partition(mark)
            break
    if ":" in text:
        parts = text.split(":")
        if len(parts) > 3 or not all(len(p) == 2 for p in parts):
            return None
    else:
        if len(text) not in (2, 4, 6):
            return None
        parts = [text[k:k + 2] for k in range(0, len(text), 2)]
    if not all(_ascii_digits(p) for p in parts):
        return None
    us = 0
    if frac is not None:
        # A fraction only after the seconds; digits beyond microseconds are dropped.
        if len(parts) != 3 or not _ascii_digits(frac):
            return None
        frac = frac[:6]
        us = int(frac + "0" * (6 - len(frac)))
    values = [int(p) for p in parts] + [0] * (3 - len(parts))
    return values[0], values[1], values[2], us


def _parse_iso_time(text):
    # (hour, minute, second, microsecond, tzinfo) for a time with an optional UTC offset.
    cut = len(text)
    for k, c in enumerate(text):
        if c in "+-Z":
            cut = k
            break
    clock = _parse_iso_clock(text[:cut])
    if clock is None:
        return None
    tz = None
    zone = text[cut:]
    if zone == "Z":
        tz = timezone.utc
    elif zone:
        offset = _parse_iso_clock(zone[1:])
        if offset is None:
            return None
        hh, mm, ss, us = offset
        total = ((hh * 60 + mm) * 60 + ss) * _US_PER_SECOND + us
        tz = timezone(_new_timedelta(-total if zone[0] == "-" else total))
    return clock + (tz,)


# ---------------------------------------------------------------------------------------------
# date

class IsoCalendarDate(tuple):
    """The (year, week, weekday) triple of date.isocalendar(), with named fields."""

    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (_type_name(self), self[0], self[1], self[2])


def _new_date(cls, year, month, day):
    # Build without validation; subclasses go through their own constructor (as CPython).
    if cls is not date:
        return cls(year, month, day)
    self = object.__new__(date)
    self._year = year
    self._month = month
    self._day = day
    return self


class date:
    """date(year, month, day) --> date object"""

    __slots__ = ("_year", "_month", "_day")

    def __new__(cls, year, month, day):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        return self

    # Alternative constructors

    @classmethod
    def fromtimestamp(cls, t):
        """Construct a date from a POSIX timestamp (like time.time())."""
        secs, _ = _split_timestamp(t)
        y, m, d = _local_fields(secs)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """Current date or datetime: same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """Construct a date from a proleptic Gregorian ordinal (January 1 of year 1 is day 1)."""
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _ord_to_ymd(n)
        if y > MAXYEAR:
            raise ValueError("year %d is out of range" % y)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) in (7, 8, 10) and _iso_date_length(date_string) == len(date_string):
            ymd = _parse_iso_date(date_string)
            if ymd is not None:
                return cls(*ymd)
        raise ValueError("Invalid isoformat string: %r" % (date_string,))

    @staticmethod
    def _iso_to_ymd(year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        if not 1 <= week <= 53 or (week == 53 and _iso_week1_monday(year + 1)
                                   - _iso_week1_monday(year) == 364):
            raise ValueError("Invalid week: %d" % week)
        if not 1 <= day <= 7:
            raise ValueError("Invalid day: %d (range is [1, 7])" % day)
        return _ord_to_ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """Construct a date from the ISO year, week number and weekday."""
        return cls(*date._iso_to_ymd(_index(year), _index(week), _index(day)))

    # Fields

    @property
    def year(self):
        """year (1-9999)"""
        return self._year

    @property
    def month(self):
        """month (1-12)"""
        return self._month

    @property
    def day(self):
        """day (1-31)"""
        return self._day

    # Conversions

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self), self._year, self._month, self._day)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        """Return ctime() style string."""
        weekday = (self.toordinal() + 6) % 7
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[weekday][:3],
                                            _MONTH_NAMES[self._month - 1][:3],
                                            self._day, self._year)

    def strftime(self, format):
        """Format using strftime()."""
        return _strftime(format, self._year, self._month, self._day, 0, 0, 0, 0, None, None,
                         self.timetuple)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal. January 1 of year 1 is day 1."""
        return _ymd_to_ord(self._year, self._month, self._day)

    def weekday(self):
        """Return day of the week, where Monday == 0 ... Sunday == 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return day of the week, where Monday == 1 ... Sunday == 7."""
        return (self.toordinal() + 6) % 7 + 1

    @staticmethod
    def _iso(year, ordinal):
        # (ISO year, ISO week, ISO weekday) of the day `ordinal`, which falls in `year`.
        monday = _iso_week1_monday(year)
        if ordinal < monday:
            year -= 1
            monday = _iso_week1_monday(year)
        else:
            following = _iso_week1_monday(year + 1)
            if ordinal >= following:
                year, monday = year + 1, following
        week, day = divmod(ordinal - monday, 7)
        return year, week + 1, day + 1

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        return IsoCalendarDate(*date._iso(self._year, self.toordinal()))

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    # Comparisons. A date never equals a datetime and doesn't order against one (Python 3.13+:
    # both sides decline, so the interpreter raises its usual TypeError).

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date):
            if isinstance(other, datetime):
                return False
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    # Arithmetic: only whole days of a timedelta count.

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other._days
            if not 1 <= n <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            return _new_date(type(self), *_ord_to_ymd(n))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() - other._days
            if not 1 <= n <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            return _new_date(type(self), *_ord_to_ymd(n))
        if isinstance(other, date) and not isinstance(other, datetime):
            return _new_timedelta((self.toordinal() - other.toordinal()) * _US_PER_DAY)
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


date.min = _new_date(date, 1, 1, 1)
date.max = _new_date(date, 9999, 12, 31)
date.resolution = _ONE_DAY


def _build_struct_time(y, m, d, hh, mm, ss, dst):
    ordinal = _ymd_to_ord(y, m, d)
    return _time.struct_time((y, m, d, hh, mm, ss, (ordinal + 6) % 7,
                              ordinal - _ymd_to_ord(y, 1, 1) + 1, dst))


# ---------------------------------------------------------------------------------------------
# tzinfo and timezone

class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> timedelta, positive for east of UTC, negative for west of UTC"""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta, positive for east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        # The standard-time offset (utcoffset - dst) is assumed constant; the DST part is
        # looked up once at the standard-time reading and added.
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        standard = offset - dst
        if standard:
            dt += standard
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs is not None else ()
        state = getattr(self, "__dict__", None) or None
        return (type(self), args, state)


_OMITTED = object()


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=_OMITTED):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is _OMITTED:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % ("None" if name is None else type(name).__name__))
        if not -_ONE_DAY < offset < _ONE_DAY:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             "and timedelta(hours=24), not %r." % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_type_name(self), self._offset)
        return "%s(%r, %r)" % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    @staticmethod
    def _check_dt(method, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (method, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_dt("utcoffset", dt)
        return self._offset

    def tzname(self, dt):
        self._check_dt("tzname", dt)
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def dst(self, dt):
        self._check_dt("dst", dt)
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


timezone.utc = timezone._create(_ZERO)
timezone.min = timezone._create(_new_timedelta(-(23 * 60 + 59) * 60 * _US_PER_SECOND))
timezone.max = timezone._create(_new_timedelta((23 * 60 + 59) * 60 * _US_PER_SECOND))
UTC = timezone.utc


# ---------------------------------------------------------------------------------------------
# time

def _clock_repr(args, tz, fold, fold_first):
    # "h, m[, s[, us]]" plus tzinfo and fold, as in CPython's reprs: time puts tzinfo first,
    # datetime fold first.
    hh, mm, ss, us = args
    text = "%d, %d" % (hh, mm)
    if ss or us:
        text += ", %d" % ss
    if us:
        text += ", %d" % us
    tz_text = ", tzinfo=%r" % (tz,) if tz is not None else ""
    fold_text = ", fold=1" if fold else ""
    if fold_first:
        return text + fold_text + tz_text
    return text + tz_text + fold_text


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

    All arguments are optional. tzinfo may be None, or an instance of a tzinfo subclass. The
    remaining arguments may be ints."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        """Construct a time from a string in one of the ISO 8601 formats."""
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        text = time_string[1:] if time_string[:1] == "T" else time_string
        fields = _parse_iso_time(text)
        if fields is None:
            raise ValueError("Invalid isoformat string: %r" % (time_string,))
        return cls(*fields)

    @property
    def hour(self):
        """hour (0-23)"""
        return self._hour

    @property
    def minute(self):
        """minute (0-59)"""
        return self._minute

    @property
    def second(self):
        """second (0-59)"""
        return self._second

    @property
    def microsecond(self):
        """microsecond (0-999999)"""
        return self._microsecond

    @property
    def tzinfo(self):
        """timezone info object"""
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(None)."""
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        """Return self.tzinfo.dst(None)."""
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        """Return self.tzinfo.tzname(None)."""
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(None))

    def _clock(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __repr__(self):
        return "%s(%s)" % (_type_name(self), _clock_repr(self._clock(), self._tzinfo, self._fold,
                                                          False))

    def isoformat(self, timespec="auto"):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        if not isinstance(timespec, str):
            raise TypeError("isoformat() argument 1 must be str, not %s"
                            % type(timespec).__name__)
        return _format_clock(*self._clock(), timespec) + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, format):
        """Format using strftime(). The date part of the timestamp passed to underlying
        strftime should not be used."""
        def timetuple():
            return _build_struct_time(1900, 1, 1, self._hour, self._minute, self._second, -1)
        return _strftime(format, 1900, 1, 1, self._hour, self._minute, self._second,
                         self._microsecond, self.utcoffset(), self.tzname(), timetuple)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        """Return time with new specified fields."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    # Comparisons: same tzinfo object (or both naive) compares the clock readings, otherwise
    # the readings shifted by their UTC offsets.

    def _compare(self, other, equality):
        if self._tzinfo is other._tzinfo:
            return _cmp(self._clock(), other._clock())
        mine, theirs = self.utcoffset(), other.utcoffset()
        if mine == theirs:
            return _cmp(self._clock(), other._clock())
        if mine is None or theirs is None:
            if equality:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        return _cmp(self._us_of_day() - mine._to_us(), other._us_of_day() - theirs._to_us())

    def _us_of_day(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND \
            + self._microsecond

    def __eq__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        plain = self.replace(fold=0) if self._fold else self
        offset = plain.utcoffset()
        if offset is None:
            return hash(self._clock())
        return hash(self._us_of_day() - offset._to_us())

    def __reduce__(self):
        args = self._clock() + (self._tzinfo,)
        if self._fold:
            return (_rebuild_with_fold, (type(self), args))
        return (type(self), args)


def _rebuild_with_fold(cls, args):
    return cls(*args, fold=1)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta.resolution


# ---------------------------------------------------------------------------------------------
# datetime

def _new_datetime(cls, y, m, d, hh, mm, ss, us, tz, fold=0):
    # Build without validation; subclasses go through their own constructor (as CPython).
    if cls is not datetime:
        return cls(y, m, d, hh, mm, ss, us, tz, fold=fold)
    self = object.__new__(datetime)
    self._year = y
    self._month = m
    self._day = d
    self._hour = hh
    self._minute = mm
    self._second = ss
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    return self


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

    The year, month and day arguments are required. tzinfo may be None, or an instance of a
    tzinfo subclass. The remaining arguments may be ints."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    # Fields: the same read-only properties as time's.
    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    # Alternative constructors

    @classmethod
    def _from_timestamp(cls, t, utc, tz):
        secs, us = _split_timestamp(t)
        if utc:
            y, m, d, hh, mm, ss = _utc_fields(secs)
            return cls(y, m, d, hh, mm, ss, us, tz)
        fields = _local_fields(secs)
        result = cls(*fields[:6], us)
        # A wall time repeated after the clocks went back gets fold=1 the second time: an
        # offset that shrank within the last day, and the same wall time one shrink earlier.
        earlier = _local_offset(secs - 86400)
        shrink = earlier - fields[6]
        if shrink > 0 and _local_offset(secs - shrink) == earlier:
            result = result.replace(fold=1)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        if tz is None:
            return cls._from_timestamp(t, False, None)
        return tz.fromutc(cls._from_timestamp(t, True, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        _deprecated("datetime.datetime.utcfromtimestamp() is deprecated and scheduled for "
                    "removal in a future version. Use timezone-aware objects to represent "
                    "datetimes in UTC: datetime.datetime.fromtimestamp(timestamp, datetime.UTC).")
        return cls._from_timestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        """Current date or datetime: same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        _deprecated("datetime.datetime.utcnow() is deprecated and scheduled for removal in a "
                    "future version. Use timezone-aware objects to represent datetimes in UTC: "
                    "datetime.datetime.now(datetime.UTC).")
        return cls._from_timestamp(_time.time(), True, None)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """Construct a datetime from a given date and a given time."""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time._tzinfo
        return cls(date._year, date._month, date._day, time._hour, time._minute, time._second,
                   time._microsecond, tzinfo, fold=time._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a datetime from a string in one of the ISO 8601 formats."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        cut = _iso_date_length(date_string)
        ymd = _parse_iso_date(date_string[:cut])
        clock = (0, 0, 0, 0, None)
        rest = date_string[cut:]
        if ymd is not None and rest:
            # Any single character may separate the date from the time.
            clock = _parse_iso_time(rest[1:]) if len(rest) > 1 else None
        if ymd is None or clock is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(*(ymd + clock))

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        return cls(*_parse_strptime(date_string, format))

    # Views and conversions

    def _clock(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def date(self):
        """Return date object with same year, month and day."""
        return _new_date(_date_class, self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return _time_class(*self._clock(), fold=self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return _time_class(*self._clock(), self._tzinfo, fold=self._fold)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(self))

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _build_struct_time(self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, flag)

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        value = self
        offset = self.utcoffset()
        if offset:
            value = self - offset
        return _build_struct_time(value._year, value._month, value._day, value._hour,
                                  value._minute, value._second, 0)

    def _local_seconds(self, gap_reversed=False):
        # Whole seconds since the epoch of this naive value read as local time.
        return _local_to_utc_seconds(self._year, self._month, self._day, self._hour,
                                     self._minute, self._second, self._fold, gap_reversed)

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None or self.utcoffset() is None:
            return self._local_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        _check_tzinfo(tz)
        offset = self.utcoffset() if self._tzinfo is not None else None
        if offset is None:
            # A naive value (or one whose tzinfo declines to say) is taken as local time.
            wall = (self.toordinal() - _EPOCH_ORDINAL) * 86400 \
                + self._hour * 3600 + self._minute * 60 + self._second
            offset = _new_timedelta((wall - self._local_seconds(True)) * _US_PER_SECOND)
            utc = self.replace(tzinfo=None, fold=0) - offset
        else:
            if tz is self._tzinfo:
                return self
            utc = (self - offset).replace(tzinfo=None, fold=0)
        if tz is None:
            secs = (utc.toordinal() - _EPOCH_ORDINAL) * 86400 \
                + utc._hour * 3600 + utc._minute * 60 + utc._second
            tz = _local_timezone(secs)
        return tz.fromutc(utc.replace(tzinfo=tz))

    def ctime(self):
        """Return ctime() style string."""
        weekday = (self.toordinal() + 6) % 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_NAMES[weekday][:3], _MONTH_NAMES[self._month - 1][:3], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % type(sep).__name__)
        if not isinstance(timespec, str):
            raise TypeError("isoformat() argument 2 must be str, not %s"
                            % type(timespec).__name__)
        return "%04d-%02d-%02d%s%s%s" % (
            self._year, self._month, self._day, sep, _format_clock(*self._clock(), timespec),
            _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        return "%s(%d, %d, %d, %s)" % (_type_name(self), self._year, self._month, self._day,
                                       _clock_repr(self._clock(), self._tzinfo, self._fold, True))

    def strftime(self, format):
        """Format using strftime()."""
        return _strftime(format, self._year, self._month, self._day, self._hour,
                         self._minute, self._second, self._microsecond, self.utcoffset(),
                         self.tzname(), self.timetuple)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """Return datetime with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo,
                          fold=fold)

    # Comparisons: the same tzinfo object (or both naive) compares the readings; otherwise the
    # UTC instants. Naive and aware values are never equal and cannot be ordered.

    def _us_total(self):
        # Microseconds from 0001-01-01T00:00 to this reading (offset not applied).
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60
                 + self._second) * _US_PER_SECOND + self._microsecond)

    def _compare(self, other, equality):
        if self._tzinfo is other._tzinfo:
            return _cmp(self._us_total(), other._us_total())
        mine, theirs = self.utcoffset(), other.utcoffset()
        if equality:
            # PEP 495: a reading whose offset depends on fold (in a repeated or skipped hour)
            # is never equal to a value in another zone.
            if mine != self.replace(fold=not self._fold).utcoffset():
                return 2
            if theirs != other.replace(fold=not other._fold).utcoffset():
                return 2
        if mine == theirs:
            return _cmp(self._us_total(), other._us_total())
        if mine is None or theirs is None:
            if equality:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return _cmp(self._us_total() - mine._to_us(), other._us_total() - theirs._to_us())

    def _order(self, other):
        # The comparison result against `other`, or None when datetimes don't order with it
        # (plain dates included, as in Python 3.13+).
        if isinstance(other, datetime):
            return self._compare(other, False)
        return None

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __lt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        plain = self.replace(fold=0) if self._fold else self
        offset = plain.utcoffset()
        if offset is None:
            return hash(self._us_total())
        return hash(self._us_total() - offset._to_us())

    # Arithmetic

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._us_total() + other._to_us()
        days, us = divmod(total, _US_PER_DAY)
        if not 1 <= days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        secs, us = divmod(us, _US_PER_SECOND)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        return _new_datetime(type(self), *_ord_to_ymd(days), hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        diff = self._us_total() - other._us_total()
        if self._tzinfo is not other._tzinfo:
            mine, theirs = self.utcoffset(), other.utcoffset()
            if mine != theirs:
                if mine is None or theirs is None:
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                diff += theirs._to_us() - mine._to_us()
        return _new_timedelta(diff)

    def __reduce__(self):
        args = (self._year, self._month, self._day) + self._clock() + (self._tzinfo,)
        if self._fold:
            return (_rebuild_with_fold, (type(self), args))
        return (type(self), args)


_date_class = date
_time_class = time

datetime.min = _new_datetime(datetime, 1, 1, 1, 0, 0, 0, 0, None)
datetime.max = _new_datetime(datetime, 9999, 12, 31, 23, 59, 59, 999999, None)
datetime.resolution = timedelta.resolution
_EPOCH = _new_datetime(datetime, 1970, 1, 1, 0, 0, 0, 0, timezone.utc)


def _deprecated(message):
    # Python 3.12+ deprecates the naive-UTC constructors.
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)
