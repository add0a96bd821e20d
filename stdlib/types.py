"""Names for the interpreter's built-in types (CPython's `types` module), plus SimpleNamespace,
MappingProxyType and the dynamic class helpers.

Each type is taken from a sample object (`FunctionType = type(some_function)`); a type this
runtime can't produce a sample of is left out rather than faked.
"""

import sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace',
           'GeneratorType', 'MethodType', 'BuiltinFunctionType', 'BuiltinMethodType', 'ModuleType',
           'TracebackType', 'FrameType', 'CellType', 'NoneType', 'EllipsisType', 'NotImplementedType',
           'new_class', 'resolve_bases', 'prepare_class', 'get_original_bases', 'DynamicClassAttribute']


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)


def _cell_type():
    x = 1

    def inner():
        return x
    return type(inner.__closure__[0])


def _optional(make):
    try:
        return make()
    except Exception:
        return None


CellType = _optional(_cell_type)


def _traceback_and_frame():
    try:
        raise TypeError
    except TypeError as exc:
        tb = exc.__traceback__
        return type(tb), type(getattr(tb, 'tb_frame', None))


TracebackType, FrameType = _optional(_traceback_and_frame) or (None, None)
if FrameType is NoneType:
    FrameType = None

WrapperDescriptorType = _optional(lambda: type(object.__init__))
MethodWrapperType = _optional(lambda: type(object().__str__))
MethodDescriptorType = _optional(lambda: type(str.join))
ClassMethodDescriptorType = _optional(lambda: type(dict.__dict__['fromkeys']))
GetSetDescriptorType = _optional(lambda: type(FunctionType.__dict__['__code__']))
MemberDescriptorType = _optional(lambda: type(FunctionType.__dict__['__globals__']))
GenericAlias = _optional(lambda: type(list[int]))
UnionType = _optional(lambda: type(int | str))

del _f, _g, _C, _cell_type, _traceback_and_frame


class SimpleNamespace:
    """An object whose attributes are set from keyword arguments (or a mapping or iterable of
    pairs); its repr lists them, and two namespaces are equal when their attributes are."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        items = dict(mapping_or_iterable)
        items.update(kwargs)
        for key in items:
            if not isinstance(key, str):
                raise TypeError('keywords must be strings, not %r' % type(key).__name__)
        self.__dict__.update(items)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return '%s(...)' % name
        _repr_running.add(key)
        try:
            pieces = ['%s=%r' % (k, v) for k, v in self.__dict__.items()]
        finally:
            _repr_running.discard(key)
        return '%s(%s)' % (name, ', '.join(pieces))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)

    def __replace__(self, /, **changes):
        result = type(self).__new__(type(self))
        result.__dict__.update(self.__dict__)
        result.__dict__.update(changes)
        return result


_repr_running = set()


class _MappingProxy:
    """A read-only, live view of a mapping (CPython's mappingproxy)."""

    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        if not hasattr(mapping, '__getitem__') or isinstance(mapping, (list, tuple)):
            raise TypeError('mappingproxy() argument must be a mapping, not %s' % type(mapping).__name__)
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        return dict(self._mapping) | other

    def __ror__(self, other):
        return other | dict(self._mapping)

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


_native_proxy = _optional(lambda: type(type.__dict__))
if _native_proxy is None or _native_proxy is dict:
    MappingProxyType = _MappingProxy
else:
    MappingProxyType = _native_proxy
_MappingProxy.__name__ = _MappingProxy.__qualname__ = 'mappingproxy'
del _native_proxy


def resolve_bases(bases):
    """Replace bases that define __mro_entries__ by what it returns (PEP 560)."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, '__mro_entries__'):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) '
                        'subclass of the metaclasses of all its bases')
    return winner


def prepare_class(name, bases=(), kwds=None):
    """The metaclass, namespace and remaining keywords a class statement would use."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class as a class statement would: exec_body(ns) fills the namespace."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


def get_original_bases(cls, /):
    """The bases as written in the class statement, before __mro_entries__ replaced them."""
    try:
        return cls.__dict__.get('__orig_bases__', cls.__bases__)
    except AttributeError:
        raise TypeError('Expected an instance of type, not %r' % type(cls).__name__) from None


class DynamicClassAttribute(property):
    """A property that, read on the class, is looked up through __getattr__ instead."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        super().__init__(fget, fset, fdel, doc)
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        return super().__get__(instance, ownerclass)


def coroutine(func):
    """Kept for compatibility: returns func unchanged (this runtime has no coroutines)."""
    return func
