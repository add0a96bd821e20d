"""Specialised containers (CPython's `collections` package), written in Python.

* `namedtuple` builds a tuple subclass whose methods are closures made here (no source text is
  generated and executed), with CPython's validation messages and reprs.
* `deque` is a circular buffer in a list whose capacity is a power of two: appends and pops at
  either end are O(1), indexing is O(1), and `maxlen` drops items from the opposite end.
* `OrderedDict`, `Counter` and `defaultdict` are dict subclasses; `OrderedDict` keeps its order in
  the dict itself (dicts preserve insertion order), so only `move_to_end(last=False)` costs O(n).
* `ChainMap`, `UserDict`, `UserList` and `UserString` wrap other containers.
"""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

import sys as _sys
import _collections_abc
from _collections_abc import Mapping as _Mapping, MutableMapping as _MutableMapping
from _collections_abc import MutableSequence as _MutableSequence, Sequence as _Sequence
from keyword import iskeyword as _iskeyword
from operator import eq as _eq, itemgetter as _itemgetter, index as _index
from reprlib import recursive_repr as _recursive_repr
from _argbind import bind as _bind

abc = _collections_abc


################################################################################
### deque
################################################################################

def _check_maxlen(maxlen):
    if maxlen is None:
        return None
    if not isinstance(maxlen, int):
        raise TypeError('an integer is required')
    if maxlen < 0:
        raise ValueError('maxlen must be non-negative')
    return maxlen


def _deque_index(index):
    if isinstance(index, int):
        return index
    if isinstance(index, slice):
        raise TypeError("sequence index must be integer, not 'slice'")
    return _index(index)


class deque:
    """deque([iterable[, maxlen]]): a list-like sequence optimised for data accesses near its
    endpoints; with maxlen, adding at one end drops items from the other."""

    __slots__ = ('_buf', '_head', '_len', '_maxlen', '_state', '__weakref__')

    def __init__(self, iterable=(), maxlen=None):
        self._maxlen = _check_maxlen(maxlen)
        self._buf = [None] * 8
        self._head = 0
        self._len = 0
        self._state = getattr(self, '_state', 0) + 1
        self.extend(iterable)

    # -- the circular buffer ------------------------------------------------------------

    def _resize(self, capacity):
        buf = self._buf
        mask = len(buf) - 1
        head = self._head
        items = [buf[(head + i) & mask] for i in range(self._len)]
        items.extend([None] * (capacity - len(items)))
        self._buf = items
        self._head = 0

    def _push_right(self, item):
        buf = self._buf
        if self._len == len(buf):
            self._resize(2 * len(buf))
            buf = self._buf
        buf[(self._head + self._len) & (len(buf) - 1)] = item
        self._len += 1

    def _push_left(self, item):
        buf = self._buf
        if self._len == len(buf):
            self._resize(2 * len(buf))
            buf = self._buf
        self._head = (self._head - 1) & (len(buf) - 1)
        buf[self._head] = item
        self._len += 1

    def _pop_right(self):
        buf = self._buf
        self._len -= 1
        i = (self._head + self._len) & (len(buf) - 1)
        item = buf[i]
        buf[i] = None
        self._shrink()
        return item

    def _pop_left(self):
        buf = self._buf
        i = self._head
        item = buf[i]
        buf[i] = None
        self._head = (i + 1) & (len(buf) - 1)
        self._len -= 1
        self._shrink()
        return item

    def _shrink(self):
        capacity = len(self._buf)
        if capacity > 64 and self._len < capacity // 4:
            self._resize(capacity // 2)

    def _slot(self, index):
        # The buffer position of item `index`, after CPython's index checks.
        n = self._len
        index = _deque_index(index)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError('deque index out of range')
        return (self._head + index) & (len(self._buf) - 1)

    # -- adding and removing ------------------------------------------------------------

    def append(self, x, /):
        """Add x to the right side of the deque."""
        self._state += 1
        if self._maxlen is not None and self._len >= self._maxlen:
            if self._maxlen == 0:
                return
            self._push_right(x)
            self._pop_left()
            return
        self._push_right(x)

    def appendleft(self, x, /):
        """Add x to the left side of the deque."""
        self._state += 1
        if self._maxlen is not None and self._len >= self._maxlen:
            if self._maxlen == 0:
                return
            self._push_left(x)
            self._pop_right()
            return
        self._push_left(x)

    def pop(self):
        """Remove and return the rightmost item."""
        if not self._len:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._pop_right()

    def popleft(self):
        """Remove and return the leftmost item."""
        if not self._len:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._pop_left()

    def extend(self, iterable, /):
        """Append the items of iterable on the right."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable, /):
        """Append the items of iterable on the left (so they end up in reverse order)."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove every item."""
        self._state += 1
        self._buf = [None] * 8
        self._head = 0
        self._len = 0

    def insert(self, index, x, /):
        """Insert x before position index."""
        n = self._len
        if self._maxlen is not None and n >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        index = _index(index)
        if index >= n:
            return self.append(x)
        if index <= -n or index == 0:
            return self.appendleft(x)
        if index < 0:
            index += n
        self.rotate(-index)
        self.appendleft(x)
        self.rotate(index)

    def remove(self, value, /):
        """Remove the first occurrence of value."""
        for i in range(self._len):
            item = self._buf[(self._head + i) & (len(self._buf) - 1)]
            if item is value or item == value:
                del self[i]
                return
        raise ValueError('%r is not in deque' % (value,))

    def rotate(self, n=1, /):
        """Rotate n steps to the right (to the left when n is negative)."""
        length = self._len
        n = _index(n)
        if length <= 1:
            return
        self._state += 1
        n %= length
        if n == 0:
            return
        if n <= length // 2:
            for _ in range(n):
                self._push_left(self._pop_right())
        else:
            for _ in range(length - n):
                self._push_right(self._pop_left())

    def reverse(self):
        """Reverse the items in place."""
        items = list(self)
        items.reverse()
        buf = self._buf
        mask = len(buf) - 1
        for i, item in enumerate(items):
            buf[(self._head + i) & mask] = item

    # -- inspecting ---------------------------------------------------------------------

    def count(self, value, /):
        """How many items equal value."""
        n = 0
        for item in self:
            if item is value or item == value:
                n += 1
        return n

    def index(self, value, start=0, stop=_sys.maxsize, /):
        """The position of the first occurrence of value in deque[start:stop]."""
        n = self._len
        start, stop = _index(start), _index(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        stop = min(stop, n)
        buf = self._buf
        mask = len(buf) - 1
        for i in range(start, stop):
            item = buf[(self._head + i) & mask]
            if item is value or item == value:
                return i
        raise ValueError('%r is not in deque' % (value,))

    @property
    def maxlen(self):
        """The maximum size of the deque, or None if unbounded."""
        return self._maxlen

    def __len__(self):
        return self._len

    def __bool__(self):
        return self._len > 0

    def __getitem__(self, index):
        return self._buf[self._slot(index)]

    def __setitem__(self, index, value):
        self._buf[self._slot(index)] = value

    def __delitem__(self, index):
        self._slot(index)
        index = _index(index)
        if index < 0:
            index += self._len
        self.rotate(-index)
        self.popleft()
        self.rotate(index)

    def __contains__(self, value):
        for item in self:
            if item is value or item == value:
                return True
        return False

    def __iter__(self):
        state = self._state
        for i in range(self._len):
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield self._buf[(self._head + i) & (len(self._buf) - 1)]
        if self._state != state:
            raise RuntimeError('deque mutated during iteration')

    def __reversed__(self):
        state = self._state
        for i in range(self._len - 1, -1, -1):
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield self._buf[(self._head + i) & (len(self._buf) - 1)]
        if self._state != state:
            raise RuntimeError('deque mutated during iteration')

    @_recursive_repr('[...]')
    def __repr__(self):
        name = type(self).__name__
        items = repr(list(self))
        if self._maxlen is None:
            return '%s(%s)' % (name, items)
        return '%s(%s, maxlen=%d)' % (name, items, self._maxlen)

    # -- comparisons and arithmetic -----------------------------------------------------

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(list(self), list(other))

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def copy(self):
        """A shallow copy."""
        if type(self) is deque:
            result = deque(maxlen=self._maxlen)
            result.extend(self)
            return result
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n)
        if n <= 0:
            self.clear()
            return self
        items = list(self)
        for _ in range(n - 1):
            self.extend(items)
        return self

    def __reduce__(self):
        args = ((), self._maxlen) if self._maxlen is not None else ()
        state = getattr(self, '__dict__', None) or None
        return type(self), args, state, iter(self)

    def __class_getitem__(cls, item):
        return cls


################################################################################
### namedtuple
################################################################################

def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new tuple subclass with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith('_')
                    or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % name)
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a keyword: %r' % name)

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(field_names[len(field_names) - len(defaults):], defaults))
    else:
        defaults = ()

    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    tuple_new = tuple.__new__
    new_qualname = typename + '.__new__'

    def __new__(_cls, *args, **kwargs):
        if not kwargs and len(args) == num_fields:
            return tuple_new(_cls, args)
        return tuple_new(_cls, _bind(new_qualname, field_names, args, kwargs, defaults, implicit=1))

    __new__.__name__ = '__new__'
    __new__.__qualname__ = new_qualname
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list)

    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d' % (num_fields, len(result)))
        return result

    _make.__qualname__ = typename + '._make'
    _make.__doc__ = 'Make a new %s object from a sequence or iterable' % typename

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name) if name in kwds else value
                             for name, value in zip(field_names, self)])
        if kwds:
            raise TypeError('Got unexpected field names: %r' % list(kwds))
        return result

    _replace.__qualname__ = typename + '._replace'
    _replace.__doc__ = 'Return a new %s object replacing specified fields with new values' % typename

    repr_fmt = '(' + ', '.join('%s=%%r' % name for name in field_names) + ')'

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % tuple(self)

    __repr__.__qualname__ = typename + '.__repr__'
    __repr__.__doc__ = 'Return a nicely formatted representation string'

    def _asdict(self):
        return dict(zip(self._fields, self))

    _asdict.__qualname__ = typename + '._asdict'
    _asdict.__doc__ = 'Return a new dict which maps field names to their values.'

    def __getnewargs__(self):
        return tuple(self)

    __getnewargs__.__qualname__ = typename + '.__getnewargs__'
    __getnewargs__.__doc__ = 'Return self as a plain tuple.  Used by copy and pickle.'

    class_namespace = {
        '__doc__': '%s(%s)' % (typename, arg_list),
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': staticmethod(__new__),
        '_make': classmethod(_make),
        '__replace__': _replace,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = property(_itemgetter(index), doc='Alias for field number %d' % index)

    if module is None:
        getmodule = getattr(_sys, '_getframemodulename', None)
        if getmodule is not None:
            try:
                module = getmodule(1) or '__main__'
            except (AttributeError, ValueError):
                module = None
        if module is None:
            module = '__main__'
    class_namespace['__module__'] = module
    result = type(typename, (tuple,), class_namespace)
    return result


################################################################################
### OrderedDict
################################################################################

class OrderedDict(dict):
    """A dict that remembers insertion order, compares order-sensitively with other
    OrderedDicts, and can move keys to either end."""

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def move_to_end(self, key, last=True):
        """Move an existing key to the end (or to the beginning if last is false)."""
        if key not in self:
            raise KeyError(key)
        if last:
            value = dict.pop(self, key)
            dict.__setitem__(self, key, value)
            return
        items = list(dict.items(self))
        for position, (k, _v) in enumerate(items):
            if k is key or k == key:
                break
        dict.clear(self)
        dict.__setitem__(self, items[position][0], items[position][1])
        for k, v in items[:position]:
            dict.__setitem__(self, k, v)
        for k, v in items[position + 1:]:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the end (or beginning if last is false)."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        value = dict.pop(self, key)
        return key, value

    def __reversed__(self):
        return reversed(list(dict.keys(self)))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) is True and all(map(_eq, self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    @_recursive_repr()
    def __repr__(self):
        if not self:
            return '%s()' % (self.__class__.__name__,)
        return '%s(%r)' % (self.__class__.__name__, dict(self.items()))

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return self.__class__, (), state, None, iter(list(self.items()))

    def copy(self):
        """A shallow copy."""
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new ordered dictionary with keys from iterable, each mapped to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __class_getitem__(cls, item):
        return cls


################################################################################
### Counter
################################################################################

def _count_elements(mapping, iterable):
    get = mapping.get
    for elem in iterable:
        mapping[elem] = get(elem, 0) + 1


class Counter(dict):
    """A dict subclass for counting hashable items: missing keys count zero.

    >>> Counter('abracadabra').most_common(3)
    [('a', 5), ('b', 2), ('r', 2)]
    """

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """Sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The n most common elements and their counts, most common first (all if n is None).
        Elements with equal counts keep the order in which they were first met."""
        if n is None:
            return sorted(self.items(), key=_itemgetter(1), reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=_itemgetter(1))

    def elements(self):
        """An iterator repeating each element as many times as its count (counts below one
        are skipped)."""
        for elem, count in list(self.items()):
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable of elements or from a mapping of counts."""
        if iterable is not None:
            if isinstance(iterable, _Mapping):
                if self:
                    get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts; counts may go to zero or below."""
        if iterable is not None:
            get = self.get
            if isinstance(iterable, _Mapping):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A shallow copy."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return '%s(%r)' % (self.__class__.__name__, d)

    # Multiset comparisons: a missing element counts zero.

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Multiset arithmetic: results keep only positive counts.

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [elem for elem, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


################################################################################
### defaultdict
################################################################################

class defaultdict(dict):
    """defaultdict(default_factory=None, /, ...): a dict that calls default_factory() to make
    the value of a missing key (and stores it); other arguments are as for dict()."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            factory_repr = 'None'
        else:
            factory_repr = _factory_repr(factory)
        return '%s(%s, %s)' % (type(self).__name__, factory_repr, dict.__repr__(self))

    def copy(self):
        """A shallow copy with the same default_factory."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return type(self), args, None, None, iter(list(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __class_getitem__(cls, item):
        return cls


@_recursive_repr()
def _factory_repr(factory):
    return repr(factory)


################################################################################
### ChainMap
################################################################################

class ChainMap(_MutableMapping):
    """Several mappings seen as one: lookups search them in order; writes, updates and
    deletions go to the first one."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr()
    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__, ', '.join(map(repr, self.maps)))

    @classmethod
    def fromkeys(cls, iterable, value=None, /):
        """A ChainMap whose single mapping maps each key of iterable to value."""
        return cls(dict.fromkeys(iterable, value))

    def copy(self):
        """A new ChainMap whose first mapping is a copy and the others shared."""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A new ChainMap with a new first mapping (m, or a new dict) before these ones."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """A new ChainMap of every mapping but the first."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,)) from None

    def popitem(self):
        """Remove and return a pair from the first mapping."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None

    def pop(self, key, *args):
        """Remove key from the first mapping and return its value."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,)) from None

    def clear(self):
        """Empty the first mapping."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


################################################################################
### UserDict, UserList, UserString
################################################################################

class UserDict(_MutableMapping):
    """A dict-like class keeping its contents in the plain dict `self.data`, for subclassing."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, '__missing__'):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'].copy()
        return inst

    def copy(self):
        """A shallow copy of the same class."""
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_MutableSequence):
    """A list-like class keeping its contents in the plain list `self.data`, for subclassing."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString(_Sequence):
    """A str-like class keeping its value in the plain string `self.data`, for subclassing."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def _other(self, other):
        return other.data if isinstance(other, UserString) else other

    def __eq__(self, other):
        return self.data == self._other(other)

    def __lt__(self, other):
        return self.data < self._other(other)

    def __le__(self, other):
        return self.data <= self._other(other)

    def __gt__(self, other):
        return self.data > self._other(other)

    def __ge__(self, other):
        return self.data >= self._other(other)

    def __contains__(self, char):
        return self._other(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def capitalize(self):
        return self.__class__(self.data.capitalize())

    def casefold(self):
        return self.__class__(self.data.casefold())

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(self._other(sub), start, end)

    def removeprefix(self, prefix, /):
        return self.__class__(self.data.removeprefix(self._other(prefix)))

    def removesuffix(self, suffix, /):
        return self.__class__(self.data.removesuffix(self._other(suffix)))

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode(encoding, errors)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(self._other(sub), start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(self._other(sub), start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def lower(self):
        return self.__class__(self.data.lower())

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    maketrans = str.maketrans

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(self._other(old), self._other(new), maxsplit))

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(self._other(sub), start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(self._other(sub), start, end)

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def swapcase(self):
        return self.__class__(self.data.swapcase())

    def title(self):
        return self.__class__(self.data.title())

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    def upper(self):
        return self.__class__(self.data.upper())

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))
