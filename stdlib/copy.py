"""Shallow and deep copying (CPython's `copy` module), without pickle's `__reduce_ex__` machinery.

What is copied, in order of preference:
1. immutable atoms (numbers, strings, None, types, functions, ...) are returned as they are;
2. the built-in containers are copied directly (a deep copy of a tuple whose items don't change
   is the tuple itself, as in CPython);
3. a class's own `__copy__` / `__deepcopy__(memo)`;
4. a class's own `__reduce_ex__` / `__reduce__` (not object's), interpreted as pickle would;
5. any other instance: a new object from `cls.__new__(cls)` (or with `__getnewargs__`), then its
   state: `__getstate__()` if the class defines it, else its `__dict__` and `__slots__` values,
   restored through `__setstate__` if defined; items of list/dict/set subclasses follow.
`deepcopy` records every copy in `memo` (keyed by `id`) so shared and cyclic structures come out
shared and cyclic.
"""

__all__ = ['Error', 'copy', 'deepcopy', 'replace']

import builtins
try:
    from _weakref import ref as _weakref_type
except ImportError:  # a runtime without weak references
    _weakref_type = None


class Error(Exception):
    pass


error = Error


def _function():
    pass


class _Sample:
    def method(self):
        pass


_MethodType = type(_Sample().method)
_complex = getattr(builtins, 'complex', None)
_atomic = {type(None), int, float, bool, _complex, str, bytes, tuple, frozenset, type, range,
           slice, property, type(Ellipsis), type(NotImplemented), type(_function),
           type(_function.__code__), type(len), type([].append), _weakref_type}
_atomic.discard(None)
del _Sample


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _atomic or cls is _MethodType:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is bytearray:
        return bytearray(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    reductor = _own_reductor(cls, x)
    if reductor is not None:
        rv = reductor()
        if isinstance(rv, str):
            return x
        return _reconstruct(x, None, *rv)
    return _copy_instance(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: containers and instances are copied recursively, sharing preserved."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic and cls is not tuple and cls is not frozenset:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple that (indirectly) contains itself was copied while we recursed.
        try:
            return memo[d]
        except KeyError:
            pass
        for a, b in zip(x, items):
            if a is not b:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is frozenset:
        items = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        y = cls(items)
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is _MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            reductor = _own_reductor(cls, x)
            if reductor is not None:
                rv = reductor()
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)
            else:
                y = _copy_instance(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # Keep x alive as long as memo is: its id must not be reused by another object meanwhile.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _defined_below_object(cls, name):
    for base in cls.__mro__:
        if base is object:
            return False
        if name in base.__dict__:
            return True
    return False


def _own_reductor(cls, x):
    # A __reduce_ex__/__reduce__ the class itself provides, bound to x; None if only object's.
    if _defined_below_object(cls, '__reduce_ex__'):
        method = getattr(x, '__reduce_ex__')
        return lambda: method(4)
    if _defined_below_object(cls, '__reduce__'):
        return getattr(x, '__reduce__')
    return None


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *_rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


def _set_state(y, state):
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None and _defined_below_object(type(y), '__setstate__'):
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _slot_names(cls):
    names = []
    for base in cls.__mro__:
        slots = base.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = base.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _new_instance(x, cls):
    getnewargs_ex = getattr(x, '__getnewargs_ex__', None)
    if getnewargs_ex is not None and _defined_below_object(cls, '__getnewargs_ex__'):
        args, kwargs = getnewargs_ex()
        return cls.__new__(cls, *args, **kwargs), True
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs is not None and _defined_below_object(cls, '__getnewargs__'):
        return cls.__new__(cls, *getnewargs()), True
    for base in (tuple, frozenset, str, bytes, int, float, _complex):
        if base is None:
            continue
        if isinstance(x, base):
            return cls.__new__(cls, base(x)), True
    return cls.__new__(cls), False


def _copy_instance(x, memo):
    cls = type(x)
    deep = memo is not None
    if deep:
        y, has_args = None, False
        getnewargs = getattr(x, '__getnewargs__', None)
        if getnewargs is not None and _defined_below_object(cls, '__getnewargs__'):
            y = cls.__new__(cls, *deepcopy(getnewargs(), memo))
            has_args = True
        if y is None:
            y, has_args = _new_instance(x, cls)
        memo[id(x)] = y
    else:
        y, has_args = _new_instance(x, cls)

    if _defined_below_object(cls, '__getstate__'):
        state = x.__getstate__()
    else:
        state = getattr(x, '__dict__', None)
        slots = {}
        for name in _slot_names(cls):
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if state is not None:
            state = dict(state) if state else None
        if slots:
            state = (state, slots)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)

    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
            else:
                y[key] = value
    elif isinstance(x, set):
        for item in x:
            y.add(deepcopy(item, memo) if deep else item)
    return y


def replace(obj, /, **changes):
    """A new object like obj with the given fields changed (for namedtuples, dataclasses, and
    any class with a __replace__ method)."""
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError('replace() does not support %s objects' % cls.__name__)
    return func(obj, **changes)
