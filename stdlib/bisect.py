"""Binary search in sorted sequences (CPython's `bisect` module).

`bisect_left` finds the first position where an item could be inserted keeping the order,
`bisect_right` the last; `insort_*` insert there. `key` is applied to the sequence's items (not to
the searched-for value), as in CPython 3.10+.
"""

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left', 'insort_right']


def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """The index after every item of a[lo:hi] that is <= x."""
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """The index before every item of a[lo:hi] that is >= x."""
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a after any items equal to it."""
    if key is None:
        index = bisect_right(a, x, lo, hi)
    else:
        index = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(index, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a before any items equal to it."""
    if key is None:
        index = bisect_left(a, x, lo, hi)
    else:
        index = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(index, x)


bisect = bisect_right
insort = insort_right
