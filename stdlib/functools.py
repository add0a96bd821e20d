"""Higher-order functions and operations on callables (CPython's `functools`), in Python.

`partial` follows CPython 3.14: nested partials are flattened, `Placeholder` reserves positional
slots, the repr is `functools.partial(<function f at 0x...>, 1, b=2)`, and a partial stored in a
class binds like a method. `lru_cache` keeps its entries in a dict, whose insertion order is the
recency order (a hit moves the key to the end; the first key is the least recently used).
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'total_ordering',
           'cache', 'cmp_to_key', 'lru_cache', 'reduce', 'partial', 'partialmethod',
           'singledispatch', 'singledispatchmethod', 'cached_property', 'Placeholder']

from abc import get_cache_token
from collections import namedtuple
from reprlib import recursive_repr


################################################################################
### update_wrapper() and wraps()
################################################################################

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the `assigned` attributes, merge the `updated` dicts,
    and set wrapper.__wrapped__ = wrapped. Returns wrapper."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            try:
                setattr(wrapper, attr, value)
            except (AttributeError, TypeError):
                pass
    for attr in updated:
        target = getattr(wrapper, attr, None)
        if target is not None:
            target.update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper: @wraps(f) applied to a wrapper function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


################################################################################
### total_ordering
################################################################################

def _gt_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _le_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _ge_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _ge_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _lt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _gt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _lt_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _ge_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _le_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _le_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _gt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _lt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result


# For each root operation, how to derive the other three.
_convert = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator: given one of __lt__, __le__, __gt__, __ge__ (and __eq__), add the others."""
    roots = {op for op in _convert if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)  # prefer __lt__ to __le__ to __gt__ to __ge__
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


################################################################################
### cmp_to_key
################################################################################

def cmp_to_key(mycmp):
    """Turn an old-style cmp(a, b) function (negative, zero, positive) into a key= function."""

    class K(object):
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    K.__name__ = K.__qualname__ = 'KeyWrapper'
    return K


################################################################################
### reduce
################################################################################

_initial_missing = object()


def reduce(function, iterable, /, initial=_initial_missing):
    """Fold iterable from the left with a two-argument function:
    reduce(f, [a, b, c], x) is f(f(f(x, a), b), c); without initial, the first item starts."""
    it = iter(iterable)
    if initial is _initial_missing:
        for value in it:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


################################################################################
### partial, Placeholder, partialmethod
################################################################################

class _PlaceholderType:
    """The type of Placeholder, the marker for a positional slot a partial leaves open."""
    __slots__ = ()
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = object.__new__(cls)
        return cls._instance

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'Placeholder' is not an acceptable base type")

    def __repr__(self):
        return 'Placeholder'

    def __reduce__(self):
        return 'Placeholder'


Placeholder = _PlaceholderType()


def _method_type():
    class Sample:
        def method(self):
            pass
    return type(Sample().method)


_MethodType = _method_type()


_PARTIAL_FIELDS = ('func', 'args', 'keywords', '_phcount')


class partial:
    """partial(func, /, *args, **keywords): func with some arguments filled in; calling it adds
    the call's arguments (positional ones fill Placeholder slots first)."""

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if args and args[-1] is Placeholder:
            raise TypeError('trailing Placeholders are not allowed')
        for value in keywords.values():
            if value is Placeholder:
                raise TypeError('Placeholder cannot be passed as a keyword argument')
        if isinstance(func, partial) and type(func).__call__ is partial.__call__:
            # Flatten: our positional arguments fill the inner partial's Placeholders first.
            inner_args = list(func.args)
            extra = list(args)
            for i, value in enumerate(inner_args):
                if value is Placeholder and extra:
                    inner_args[i] = extra.pop(0)
            args = tuple(inner_args) + tuple(extra)
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super(partial, cls).__new__(cls)
        self.func = func
        self.args = tuple(args)
        self.keywords = keywords
        self._phcount = sum(1 for a in args if a is Placeholder)
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        if self._phcount:
            if len(args) < self._phcount:
                raise TypeError("missing positional arguments in 'partial' call; expected at least %d, got %d"
                                % (self._phcount, len(args)))
            filled = []
            rest = iter(args)
            for value in self.args:
                filled.append(next(rest) if value is Placeholder else value)
            filled.extend(rest)
            return self.func(*filled, **keywords)
        return self.func(*self.args, *args, **keywords)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return _MethodType(self, obj)

    @recursive_repr()
    def __repr__(self):
        cls = type(self)
        qualname = cls.__qualname__
        module = cls.__module__
        pieces = [repr(self.func)]
        pieces.extend(repr(x) for x in self.args)
        pieces.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        return '%s.%s(%s)' % (module, qualname, ', '.join(pieces))

    def __reduce__(self):
        namespace = {k: v for k, v in self.__dict__.items() if k not in _PARTIAL_FIELDS}
        return type(self), (self.func,), (self.func, self.args, self.keywords or None, namespace or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError('argument to __setstate__ must be a tuple')
        if len(state) != 4:
            raise TypeError('expected 4 items in state, got %d' % len(state))
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple)
                or (kwds is not None and not isinstance(kwds, dict))
                or (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError('invalid partial state')
        if args and args[-1] is Placeholder:
            raise TypeError('trailing Placeholders are not allowed')
        self.func = func
        self.args = args
        self.keywords = dict(kwds) if kwds else {}
        self._phcount = sum(1 for a in args if a is Placeholder)
        if namespace:
            self.__dict__.update(namespace)

    def __class_getitem__(cls, item):
        return cls


class partialmethod:
    """Like partial, but meant as a class attribute: binds like the method it wraps."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        pieces = [repr(self.func)]
        pieces.extend(repr(x) for x in self.args)
        pieces.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__, ', '.join(pieces))

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        result = None
        if get is not None and not isinstance(self.func, partial):
            new_func = get(obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


################################################################################
### LRU cache
################################################################################

_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'], module='functools')

_kwd_mark = (object(),)
_fasttypes = {int, str}


def _make_key(args, kwds, typed):
    # A hashable key for one call; a lone int or str argument is its own key.
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in _fasttypes:
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    """Decorator remembering the results of the maxsize most recent calls (all calls if maxsize
    is None). With typed=True, arguments of different types are cached separately (3 and 3.0).
    The wrapper has cache_info(), cache_clear() and cache_parameters()."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}
    hits = misses = 0
    missing = object()
    make_key = _make_key
    cache_get = cache.get

    if maxsize == 0:
        def wrapper(*args, **kwds):
            nonlocal misses
            misses += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = make_key(args, kwds, typed)
            result = cache_get(key, missing)
            if result is not missing:
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = make_key(args, kwds, typed)
            result = cache_get(key, missing)
            if result is not missing:
                hits += 1
                # Most recently used goes last.
                del cache[key]
                cache[key] = result
                return result
            misses += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # A recursive call already cached this key; keep that entry.
                return result
            if len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
            return result

    def cache_info():
        """Report cache statistics."""
        return _CacheInfo(hits, misses, maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics."""
        nonlocal hits, misses
        cache.clear()
        hits = misses = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function, /):
    """Simple unbounded cache: lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


################################################################################
### singledispatch
################################################################################

def _find_impl(cls, registry):
    # The implementation registered for the nearest class in cls's MRO; failing that, for an
    # ABC cls is a virtual subclass of (the first such registration that is most derived).
    for base in getattr(cls, '__mro__', (cls,)):
        if base in registry:
            return registry[base]
    best = None
    for registered in registry:
        if registered is object:
            continue
        try:
            if issubclass(cls, registered):
                if best is None or issubclass(registered, best):
                    best = registered
        except TypeError:
            pass
    if best is not None:
        return registry[best]
    return registry.get(object)


def _is_union(tp):
    return type(tp).__name__ in ('UnionType', 'Union', '_UnionGenericAlias') and hasattr(tp, '__args__')


def singledispatch(func):
    """Make func a generic function dispatching on the type of its first argument; add
    implementations with @func.register(cls) or @func.register with an annotated parameter."""
    registry = {}
    dispatch_cache = {}
    cache_token = None

    def dispatch(cls):
        """The implementation registered for cls (or its nearest base)."""
        nonlocal cache_token
        if cache_token is not None:
            current = get_cache_token()
            if cache_token != current:
                dispatch_cache.clear()
                cache_token = current
        try:
            return dispatch_cache[cls]
        except KeyError:
            impl = _find_impl(cls, registry)
            dispatch_cache[cls] = impl
            return impl
        except TypeError:
            return _find_impl(cls, registry)

    def _is_valid_dispatch_type(cls):
        if isinstance(cls, type):
            return True
        return _is_union(cls) and all(isinstance(arg, type) for arg in cls.__args__)

    def register(cls, func=None):
        """Register func as the implementation for cls (usable as a decorator)."""
        nonlocal cache_token
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError('Invalid first argument to `register()`. %r is not a class or union type.'
                                % (cls,))
            annotations = getattr(cls, '__annotations__', None) or {}
            if not annotations:
                raise TypeError(
                    'Invalid first argument to `register()`: %r. Use either `@register(some_class)` '
                    'or plain `@register` on an annotated function.' % (cls,))
            func = cls
            argname, cls = next(iter(item for item in annotations.items() if item[0] != 'return'))
            if not _is_valid_dispatch_type(cls):
                if _is_union(cls):
                    raise TypeError('Invalid annotation for %r. %r not all arguments are classes.'
                                    % (argname, cls))
                raise TypeError('Invalid annotation for %r. %r is not a class.' % (argname, cls))
        if _is_union(cls):
            for arg in cls.__args__:
                registry[arg] = func
        else:
            registry[cls] = func
        if cache_token is None and hasattr(cls, '__abstractmethods__'):
            cache_token = get_cache_token()
        dispatch_cache.clear()
        return func

    funcname = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument' % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """A method version of singledispatch: dispatches on the first argument after self/cls."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register method as the implementation for cls."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher
        func = self.func

        def _method(*args, **kwargs):
            if not args:
                name = getattr(func, '__name__', 'singledispatchmethod method')
                raise TypeError('%s requires at least 1 positional argument' % name)
            method = dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


################################################################################
### cached_property
################################################################################

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance and then stored in the instance's __dict__ (so later
    reads are plain attribute reads, and `del obj.attr` forgets it)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names (%r and %r).'
                            % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = ("No '__dict__' attribute on %r instance to cache %r property."
                   % (type(instance).__name__, self.attrname))
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                msg = ("The '__dict__' attribute on %r instance does not support item assignment "
                       "for caching %r property." % (type(instance).__name__, self.attrname))
                raise TypeError(msg) from None
        return val

    def __class_getitem__(cls, item):
        return cls
