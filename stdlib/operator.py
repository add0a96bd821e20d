"""Python's operators as functions (CPython's `operator` module), written in Python.

Each function does exactly what the operator does, so `operator.add(a, b)` is `a + b` with the
same dispatch to `__add__`/`__radd__` and the same errors. `itemgetter`, `attrgetter` and
`methodcaller` are small callable classes with CPython's reprs.
"""

__all__ = [
    'abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf', 'delitem',
    'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift',
    'imatmul', 'imod', 'imul', 'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
    'is_', 'is_none', 'is_not', 'is_not_none', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
    'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_',
    'or_', 'pos', 'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor',
]

from builtins import abs as _abs


# Comparisons

def lt(a, b):
    "Return a < b."
    return a < b


def le(a, b):
    "Return a <= b."
    return a <= b


def eq(a, b):
    "Return a == b."
    return a == b


def ne(a, b):
    "Return a != b."
    return a != b


def ge(a, b):
    "Return a >= b."
    return a >= b


def gt(a, b):
    "Return a > b."
    return a > b


# Logical operations

def not_(a):
    "Return not a."
    return not a


def truth(a):
    "Return bool(a)."
    return True if a else False


def is_(a, b):
    "Return a is b."
    return a is b


def is_not(a, b):
    "Return a is not b."
    return a is not b


def is_none(a):
    "Return a is None."
    return a is None


def is_not_none(a):
    "Return a is not None."
    return a is not None


# Arithmetic and bitwise operations

def abs(a):
    "Return abs(a)."
    return _abs(a)


def add(a, b):
    "Return a + b."
    return a + b


def and_(a, b):
    "Return a & b."
    return a & b


def floordiv(a, b):
    "Return a // b."
    return a // b


def index(a):
    "Return a as an int through its __index__ method."
    if type(a) is int:
        return a
    if isinstance(a, int):
        return int(a)
    method = getattr(type(a), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(a).__name__)
    result = method(a)
    if not isinstance(result, int):
        raise TypeError("__index__ returned non-int (type %s)" % type(result).__name__)
    return result


def inv(a):
    "Return ~a."
    return ~a


invert = inv


def lshift(a, b):
    "Return a << b."
    return a << b


def mod(a, b):
    "Return a % b."
    return a % b


def mul(a, b):
    "Return a * b."
    return a * b


def matmul(a, b):
    "Return a @ b."
    return a @ b


def neg(a):
    "Return -a."
    return -a


def or_(a, b):
    "Return a | b."
    return a | b


def pos(a):
    "Return +a."
    return +a


def pow(a, b):
    "Return a ** b."
    return a ** b


def rshift(a, b):
    "Return a >> b."
    return a >> b


def sub(a, b):
    "Return a - b."
    return a - b


def truediv(a, b):
    "Return a / b."
    return a / b


def xor(a, b):
    "Return a ^ b."
    return a ^ b


# Sequence operations

def _check_sequence(a):
    if not hasattr(a, '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)


def concat(a, b):
    "Return a + b, for a and b sequences."
    _check_sequence(a)
    return a + b


def contains(a, b):
    "Return b in a (the container comes first)."
    return b in a


def countOf(a, b):
    "Count the items of a that are b or equal b."
    count = 0
    for item in a:
        if item is b or item == b:
            count += 1
    return count


def delitem(a, b):
    "Do del a[b]."
    del a[b]


def getitem(a, b):
    "Return a[b]."
    return a[b]


def indexOf(a, b):
    "The index of the first item of a that is b or equals b."
    for i, item in enumerate(a):
        if item is b or item == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a, b, c):
    "Do a[b] = c."
    a[b] = c


def length_hint(obj, default=0):
    """How many items `obj` will probably yield: len(obj) if it has one, else its
    `__length_hint__()`, else `default`. Used to presize containers."""
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(default).__name__)
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), '__length_hint__', None)
    if hint is None:
        return default
    try:
        value = hint(obj)
    except TypeError:
        return default
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError('__length_hint__ must be integer, not %s' % type(value).__name__)
    if value < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return value


# Calling

def call(obj, /, *args, **kwargs):
    "Return obj(*args, **kwargs)."
    return obj(*args, **kwargs)


# Generalized lookup objects

class attrgetter:
    """A callable that reads attributes: attrgetter('a')(r) is r.a, attrgetter('a', 'b.c')(r)
    is (r.a, r.b.c)."""
    __slots__ = ('_attrs', '_paths')

    def __init__(self, attr, /, *attrs):
        names = (attr,) + attrs
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._attrs = names
        self._paths = tuple(tuple(name.split('.')) for name in names)

    def __call__(self, obj, /):
        if len(self._paths) == 1:
            return _resolve(obj, self._paths[0])
        return tuple(_resolve(obj, path) for path in self._paths)

    def __repr__(self):
        return '%s.%s(%s)' % (self.__class__.__module__, self.__class__.__qualname__,
                              ', '.join(map(repr, self._attrs)))

    def __reduce__(self):
        return self.__class__, self._attrs


def _resolve(obj, path):
    for name in path:
        obj = getattr(obj, name)
    return obj


class itemgetter:
    """A callable that subscripts: itemgetter(1)(r) is r[1], itemgetter(1, 'k')(r) is
    (r[1], r['k'])."""
    __slots__ = ('_items',)

    def __init__(self, item, /, *items):
        self._items = (item,) + items

    def __call__(self, obj, /):
        items = self._items
        if len(items) == 1:
            return obj[items[0]]
        return tuple([obj[i] for i in items])

    def __repr__(self):
        return '%s.%s(%s)' % (self.__class__.__module__, self.__class__.__name__,
                              ', '.join(map(repr, self._items)))

    def __reduce__(self):
        return self.__class__, self._items


class methodcaller:
    """A callable that calls a method: methodcaller('m', 1, k=2)(r) is r.m(1, k=2)."""
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, name, /, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        args = [repr(self._name)]
        args.extend(map(repr, self._args))
        args.extend('%s=%r' % (k, v) for k, v in self._kwargs.items())
        return '%s.%s(%s)' % (self.__class__.__module__, self.__class__.__name__, ', '.join(args))


# In-place operations

def iadd(a, b):
    "Do a += b, then return a."
    a += b
    return a


def iand(a, b):
    "Do a &= b, then return a."
    a &= b
    return a


def iconcat(a, b):
    "Do a += b, for a and b sequences, then return a."
    _check_sequence(a)
    a += b
    return a


def ifloordiv(a, b):
    "Do a //= b, then return a."
    a //= b
    return a


def ilshift(a, b):
    "Do a <<= b, then return a."
    a <<= b
    return a


def imod(a, b):
    "Do a %= b, then return a."
    a %= b
    return a


def imul(a, b):
    "Do a *= b, then return a."
    a *= b
    return a


def imatmul(a, b):
    "Do a @= b, then return a."
    a @= b
    return a


def ior(a, b):
    "Do a |= b, then return a."
    a |= b
    return a


def ipow(a, b):
    "Do a **= b, then return a."
    a **= b
    return a


def irshift(a, b):
    "Do a >>= b, then return a."
    a >>= b
    return a


def isub(a, b):
    "Do a -= b, then return a."
    a -= b
    return a


def itruediv(a, b):
    "Do a /= b, then return a."
    a /= b
    return a


def ixor(a, b):
    "Do a ^= b, then return a."
    a ^= b
    return a


# The dunder aliases CPython's module also offers.
__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
