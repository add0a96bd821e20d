"""Iterator building blocks (CPython's `itertools` module), written with generators.

Functions that CPython's C code validates or consumes eagerly (`product`, `permutations`,
`combinations`, `islice`, `batched`, ...) check their arguments and read their input when called,
then hand the work to a generator, so errors appear at the same moment as in CPython. `count`,
`repeat`, `chain`, `groupby` and `tee` are classes because they carry reprs, class methods or
copy behaviour.
"""

__all__ = ['accumulate', 'batched', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice',
           'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']

import builtins as _builtins
import sys as _sys

_NUMBER_TYPES = tuple(t for t in (int, float, getattr(_builtins, 'complex', None)) if t is not None)


def _index(value, message):
    if isinstance(value, int):
        return value
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError(message)
    return method(value)


def _is_number(value):
    if isinstance(value, _NUMBER_TYPES):
        return True
    return hasattr(type(value), '__add__') and not isinstance(value, (str, bytes, list, tuple))


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ... without end."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return '%s(%r)' % (type(self).__name__, self._value)
        return '%s(%r, %r)' % (type(self).__name__, self._value, step)

    def __reduce__(self):
        return type(self), (self._value, self._step)


class cycle:
    """cycle(iterable): the items of iterable, then the same items again, forever."""

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._first_pass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._first_pass:
            for item in self._it:
                self._saved.append(item)
                return item
            self._first_pass = False
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return item


class repeat:
    """repeat(object[, times]): object, times times or forever."""

    def __init__(self, object, times=None):
        self._object = object
        if times is None:
            self._left = -1
        else:
            times = _index(times, "'%s' object cannot be interpreted as an integer" % type(times).__name__)
            self._left = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._left == 0:
            raise StopIteration
        if self._left > 0:
            self._left -= 1
        return self._object

    def __length_hint__(self):
        if self._left < 0:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        if self._left < 0:
            return '%s(%r)' % (type(self).__name__, self._object)
        return '%s(%r, %d)' % (type(self).__name__, self._object, self._left)


def accumulate(iterable, func=None, *, initial=None):
    """Running totals (or running results of func) over iterable, starting with initial if given."""
    it = iter(iterable)
    return _accumulate(it, func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


class chain:
    """chain(*iterables): the items of the first iterable, then of the second, and so on."""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        """chain.from_iterable(iterables): like chain(*iterables), reading iterables lazily."""
        result = cls.__new__(cls)
        result._sources = iter(iterable)
        result._active = None
        return result

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._sources is None:
                    raise StopIteration
                try:
                    source = next(self._sources)
                except StopIteration:
                    self._sources = None
                    raise
                self._active = iter(source)
            for item in self._active:
                return item
            self._active = None

    def __class_getitem__(cls, item):
        return cls


def compress(data, selectors):
    """The items of data whose matching selector is true."""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for item, selector in zip(data, selectors):
        if selector:
            yield item


def dropwhile(predicate, iterable, /):
    """Skip items while predicate(item) is true, then yield every remaining item."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for item in it:
        if not predicate(item):
            yield item
            break
    yield from it


def filterfalse(function, iterable, /):
    """The items for which function(item) is false (or which are false, if function is None)."""
    return _filterfalse(function, iter(iterable))


def _filterfalse(function, it):
    if function is None:
        for item in it:
            if not item:
                yield item
    else:
        for item in it:
            if not function(item):
                yield item


class groupby:
    """groupby(iterable, key=None): (key, group iterator) for each run of items with equal keys.

    A group iterator is only valid until the groupby object is advanced, as in CPython.
    """

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._marker = object()
        self._tgtkey = self._currkey = self._currvalue = self._marker
        self._id = None

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        marker = self._marker
        # Skip what is left of the current group.
        while self._currkey is not marker and self._currkey == self._tgtkey:
            if not self._step():
                raise StopIteration
        if self._currkey is marker:
            if not self._step():
                raise StopIteration
        self._tgtkey = self._currkey
        return self._currkey, self._grouper(self._tgtkey, self._id)

    def _step(self):
        for value in self._it:
            self._currvalue = value
            self._currkey = value if self._keyfunc is None else self._keyfunc(value)
            return True
        self._currkey = self._marker
        return False

    def _grouper(self, tgtkey, group_id):
        while self._id is group_id and self._currkey == tgtkey:
            yield self._currvalue
            if not self._step():
                return


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): items as a slice selects."""

    def __init__(self, iterable, *args):
        if len(args) == 1:
            start, stop, step = None, args[0], None
        elif len(args) in (2, 3):
            start, stop = args[0], args[1]
            step = args[2] if len(args) == 3 else None
        else:
            raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1)
                            if args else 'islice expected at least 2 arguments, got 1')
        self._start = self._check(start, 0, 'Indices for islice() must be None or an integer: '
                                            '0 <= x <= sys.maxsize.')
        self._stop = self._check(stop, None, 'Stop argument for islice() must be None or an '
                                             'integer: 0 <= x <= sys.maxsize.')
        step_value = self._check(step, 1, 'Step for islice() must be a positive integer or None.')
        if step_value == 0:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._step = step_value
        self._it = iter(iterable)
        self._next_index = self._start
        self._position = 0

    @staticmethod
    def _check(value, default, message):
        if value is None:
            return default
        try:
            value = _index(value, message)
        except TypeError:
            raise ValueError(message) from None
        if value < 0 or value > _sys.maxsize:
            raise ValueError(message)
        return value

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._position < self._next_index:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._position += 1
        if stop is not None and self._position >= stop:
            self._it = None
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._position += 1
        self._next_index += self._step
        if stop is not None and self._next_index > stop:
            self._next_index = stop
        return item


def pairwise(iterable, /):
    """Successive overlapping pairs: pairwise('ABC') gives ('A', 'B'), ('B', 'C')."""
    return _pairwise(iter(iterable))


def _pairwise(it):
    for a in it:
        for b in it:
            yield a, b
            a = b
        return


def starmap(function, iterable, /):
    """function(*args) for each args tuple of iterable."""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def takewhile(predicate, iterable, /):
    """Items while predicate(item) is true; stops at the first false one."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for item in it:
        if predicate(item):
            yield item
        else:
            return


class _TeeLink:
    # One cell of the buffer the tee iterators share: a value and the link to the next one.
    __slots__ = ('value', 'next')

    def __init__(self):
        self.value = None
        self.next = None


class _TeeSource:
    __slots__ = ('it',)

    def __init__(self, it):
        self.it = it


class _tee:
    """One of the iterators tee() returns; they share a linked buffer of the items read so far."""

    def __init__(self, source, link):
        self._source = source
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._source.it)
            link.value = value
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._source, self._link)


def tee(iterable, n=2, /):
    """n independent iterators over the items of iterable."""
    n = _index(n, "'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(_TeeSource(it), _TeeLink())
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


def zip_longest(*iterables, fillvalue=None):
    """Like zip, but runs until the longest input ends, padding the others with fillvalue."""
    iterators = [iter(it) for it in iterables]
    return _zip_longest(iterators, fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    missing = object()
    while True:
        values = []
        for i, it in enumerate(iterators):
            value = next(it, missing)
            if value is missing:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*iterables, repeat=1):
    """Cartesian product: product('ab', range(2)) gives ('a', 0), ('a', 1), ('b', 0), ('b', 1)."""
    repeat = _index(repeat, "'%s' object cannot be interpreted as an integer" % type(repeat).__name__)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    for pool in pools:
        if not pool:
            return
    n = len(pools)
    indices = [0] * n
    yield tuple(pool[0] for pool in pools)
    while True:
        # Advance the rightmost index that can still move, resetting those after it.
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple(pools[k][indices[k]] for k in range(n))


def _check_r(r):
    r = _index(r, "Expected int as r")
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def permutations(iterable, r=None):
    """Successive r-length orderings of the items of iterable (all of them if r is None)."""
    pool = tuple(iterable)
    r = len(pool) if r is None else _check_r(r)
    return _permutations(pool, r)


def _permutations(pool, r):
    # Depth-first over index positions, so orderings come out in lexicographic order of the
    # positions, as CPython's do. next_try[d] is the next position to try at depth d.
    n = len(pool)
    if r > n:
        return
    if r == 0:
        yield ()
        return
    chosen = []
    used = [False] * n
    next_try = [0]
    while next_try:
        depth = len(next_try) - 1
        if len(chosen) > depth:
            used[chosen.pop()] = False
        i = next_try[depth]
        while i < n and used[i]:
            i += 1
        if i >= n:
            next_try.pop()
            continue
        next_try[depth] = i + 1
        chosen.append(i)
        used[i] = True
        if depth + 1 == r:
            yield tuple([pool[k] for k in chosen])
        else:
            next_try.append(0)


def combinations(iterable, r):
    """Successive r-length selections of items of iterable, in input order, without repeats."""
    pool = tuple(iterable)
    return _combinations(pool, _check_r(r))


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    positions = list(range(r))
    while True:
        yield tuple([pool[k] for k in positions])
        # Move the rightmost position that still has room, and pack the later ones after it.
        i = r - 1
        while i >= 0 and positions[i] == n - r + i:
            i -= 1
        if i < 0:
            return
        positions[i] += 1
        for j in range(i + 1, r):
            positions[j] = positions[j - 1] + 1


def combinations_with_replacement(iterable, r):
    """Successive r-length selections of items of iterable, in input order, items repeating."""
    pool = tuple(iterable)
    return _combinations_with_replacement(pool, _check_r(r))


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    positions = [0] * r
    while True:
        yield tuple([pool[k] for k in positions])
        i = r - 1
        while i >= 0 and positions[i] == n - 1:
            i -= 1
        if i < 0:
            return
        value = positions[i] + 1
        for j in range(i, r):
            positions[j] = value


def batched(iterable, n, *, strict=False):
    """Tuples of n consecutive items; the last one may be shorter (an error if strict)."""
    n = _index(n, "'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 1:
        raise ValueError('n must be at least one')
    return _batched(iter(iterable), n, strict)


def _batched(it, n, strict):
    while True:
        batch = []
        for item in it:
            batch.append(item)
            if len(batch) == n:
                break
        if not batch:
            return
        if strict and len(batch) != n:
            raise ValueError('batched(): incomplete batch')
        yield tuple(batch)
