"""Abstract base classes (CPython's `abc` module), written in Python.

`ABCMeta` records each class's abstract methods in `__abstractmethods__` and refuses to
instantiate a class that still has some, with CPython 3.12+'s message. It also makes `isinstance`
and `issubclass` answer for "virtual subclasses": classes registered with `register()` and classes
that a `__subclasshook__` accepts. The metaclass keeps its own list of each ABC's subclasses, so it
does not need `type.__subclasses__()`.
"""

try:
    from _weakref import ref as _weakref_ref
except ImportError:  # a runtime without weak references keeps classes alive instead
    _weakref_ref = None


def abstractmethod(funcobj):
    """Mark a method abstract: a class with ABCMeta can't be instantiated until it is overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A classmethod that is also abstract (deprecated spelling of classmethod + abstractmethod)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A staticmethod that is also abstract (deprecated spelling of staticmethod + abstractmethod)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A property that is also abstract (deprecated spelling of property + abstractmethod)."""
    __isabstractmethod__ = True


def _is_abstract(value):
    # Functions carry the flag directly; properties and class/static methods are abstract when
    # what they wrap is (CPython's descriptors compute __isabstractmethod__ the same way).
    if getattr(value, '__isabstractmethod__', False):
        return True
    if isinstance(value, property):
        return any(getattr(f, '__isabstractmethod__', False) for f in (value.fget, value.fset, value.fdel))
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, '__isabstractmethod__', False)
    return False


class _ClassSet:
    """A set of classes held by weak reference where possible (so caches don't keep classes alive)."""

    def __init__(self):
        self._refs = {}

    def _forget(self, key):
        self._refs.pop(key, None)

    def add(self, cls):
        key = id(cls)
        try:
            if _weakref_ref is None:
                raise TypeError
            ref = _weakref_ref(cls, lambda _r, key=key, self=self: self._forget(key))
        except TypeError:
            ref = lambda cls=cls: cls
        self._refs[key] = ref

    def __contains__(self, cls):
        ref = self._refs.get(id(cls))
        return ref is not None and ref() is cls

    def __iter__(self):
        for ref in list(self._refs.values()):
            cls = ref()
            if cls is not None:
                yield cls

    def __len__(self):
        return len(self._refs)

    def clear(self):
        self._refs.clear()


_invalidation_counter = 0


def get_cache_token():
    """A token that changes whenever a class is registered with any ABC."""
    return _invalidation_counter


class ABCMeta(type):
    """Metaclass for abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {key for key, value in namespace.items() if _is_abstract(value)}
        for base in bases:
            for key in getattr(base, '__abstractmethods__', ()):
                if _is_abstract(getattr(cls, key, None)):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = _ClassSet()
        cls._abc_cache = _ClassSet()
        cls._abc_negative_cache = _ClassSet()
        cls._abc_negative_cache_version = _invalidation_counter
        cls._abc_subclasses = _ClassSet()
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.add(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            raise TypeError(
                "Can't instantiate abstract class %s without an implementation for abstract method%s %s"
                % (cls.__name__, 's' if len(names) > 1 else '', ', '.join("'%s'" % n for n in names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Register a virtual subclass of this ABC; returns it, so this works as a class decorator."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.add(subclass)
        _invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = getattr(instance, '__class__', None)
        if subclass is not None and subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subclass is None or subclass is subtype:
            if (cls._abc_negative_cache_version == _invalidation_counter
                    and subtype in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(subtype)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < _invalidation_counter:
            cls._abc_negative_cache = _ClassSet()
            cls._abc_negative_cache_version = _invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        hook = getattr(cls, '__subclasshook__', None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            if ok:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            cls._abc_cache.add(subclass)
            return True
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                cls._abc_cache.add(subclass)
                return True
        for child in cls._abc_subclasses:
            if issubclass(subclass, child):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Print the ABC's registry and caches, for debugging."""
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)
        print("Inv. counter: %s" % get_cache_token(), file=file)
        for name in ('_abc_registry', '_abc_cache', '_abc_negative_cache'):
            print("%s: %r" % (name, set(getattr(cls, name))), file=file)
        print("_abc_negative_cache_version: %r" % cls._abc_negative_cache_version, file=file)

    def _abc_registry_clear(cls):
        """Forget every registered virtual subclass."""
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        """Forget the cached answers of isinstance/issubclass."""
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added or removed after creation."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Inherit from this to make a class an abstract base class."""
    __slots__ = ()
