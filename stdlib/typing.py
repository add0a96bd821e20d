"""Names for type hints (CPython's `typing`), enough for annotations to evaluate and read well.

Nothing here checks types. The special forms (`Any`, `Optional`, `Union`, `Literal`, ...) and the
generic aliases (`List`, `Dict`, `Callable`, `Iterable`, ...) can be subscripted and print as in
CPython (`typing.Dict[str, typing.List[int]]`); unsubscripted aliases of real classes answer
isinstance() like the class (`isinstance([], List)` is True). `Generic[T]` and `Protocol[T]`
subscriptions return the class itself, so they work as base classes on any runtime; a subscripted
user generic `Box[int]` is an alias that calls `Box`. `NamedTuple` and `TypedDict` class syntax
build a namedtuple and a dict-making class through metaclasses.
"""

import sys
import functools
import collections
import collections.abc as _abc

__all__ = ['Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef', 'Generic',
           'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'TypeVarTuple',
           'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
           'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
           'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable',
           'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
           'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex',
           'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter',
           'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple',
           'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO', 'AnyStr',
           'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform', 'final',
           'get_args', 'get_origin', 'get_overloads', 'get_protocol_members', 'get_type_hints',
           'is_protocol', 'is_typeddict', 'LiteralString', 'Never', 'NewType', 'no_type_check',
           'no_type_check_decorator', 'NoDefault', 'NoReturn', 'NotRequired', 'overload', 'override',
           'ParamSpecArgs', 'ParamSpecKwargs', 'ReadOnly', 'Required', 'reveal_type',
           'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'TypeIs',
           'TypeAliasType', 'Unpack']

TYPE_CHECKING = False


def _type_repr(obj):
    """How CPython's typing prints a type argument."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, (list, tuple)) and not isinstance(obj, _GenericAlias):
        return '[%s]' % ', '.join(_type_repr(a) for a in obj)
    if isinstance(obj, _Function):
        return obj.__qualname__
    return repr(obj)


_Function = type(_type_repr)


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _convert_args(params):
    # Type arguments as CPython stores them: None stands for type(None).
    return tuple(type(None) if p is None else p for p in _as_tuple(params))


################################################################################
### Generic aliases
################################################################################

class _GenericAlias:
    """A subscripted type, e.g. List[int]: holds __origin__ and __args__ for introspection."""

    def __init__(self, origin, args, name=None, form=None):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._form = form

    def __repr__(self):
        if self._form is not None:
            return self._form.repr_alias(self)
        head = 'typing.' + self._name if self._name else _type_repr(self.__origin__)
        if not self.__args__:
            return head + '[()]'
        return '%s[%s]' % (head, ', '.join(_type_repr(a) for a in self.__args__))

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, self.__args__ + _convert_args(params), self._name, self._form)

    def __call__(self, *args, **kwargs):
        if self._name is not None or self._form is not None:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, getattr(self.__origin__, '__name__', '')))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    @property
    def __parameters__(self):
        return tuple(a for a in self.__args__ if isinstance(a, (TypeVar, ParamSpec, TypeVarTuple)))


class _SpecialGenericAlias:
    """An unsubscripted alias of a real class (List, Iterable, ...): isinstance() and
    issubclass() answer for the class; subscripting gives a _GenericAlias."""

    def __init__(self, origin, name, nparams=-1):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        params = _convert_args(params)
        if self._name == 'Callable' and len(params) == 2 and isinstance(params[0], list):
            params = ([type(None) if a is None else a for a in params[0]], params[1])
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError('Type %s cannot be instantiated; use %s() instead'
                        % (self._name, self.__origin__.__name__))

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __reduce__(self):
        return self._name


def _alias(origin, name):
    return _SpecialGenericAlias(origin, name)


List = _alias(list, 'List')
Dict = _alias(dict, 'Dict')
Set = _alias(set, 'Set')
FrozenSet = _alias(frozenset, 'FrozenSet')
Tuple = _alias(tuple, 'Tuple')
Type = _alias(type, 'Type')
DefaultDict = _alias(collections.defaultdict, 'DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 'OrderedDict')
Counter = _alias(collections.Counter, 'Counter')
ChainMap = _alias(collections.ChainMap, 'ChainMap')
Deque = _alias(collections.deque, 'Deque')
Callable = _alias(_abc.Callable, 'Callable')
Hashable = _alias(_abc.Hashable, 'Hashable')
Sized = _alias(_abc.Sized, 'Sized')
Awaitable = _alias(_abc.Awaitable, 'Awaitable')
Coroutine = _alias(_abc.Coroutine, 'Coroutine')
AsyncIterable = _alias(_abc.AsyncIterable, 'AsyncIterable')
AsyncIterator = _alias(_abc.AsyncIterator, 'AsyncIterator')
AsyncGenerator = _alias(_abc.AsyncGenerator, 'AsyncGenerator')
Iterable = _alias(_abc.Iterable, 'Iterable')
Iterator = _alias(_abc.Iterator, 'Iterator')
Reversible = _alias(_abc.Reversible, 'Reversible')
Container = _alias(_abc.Container, 'Container')
Collection = _alias(_abc.Collection, 'Collection')
AbstractSet = _alias(_abc.Set, 'AbstractSet')
MutableSet = _alias(_abc.MutableSet, 'MutableSet')
Mapping = _alias(_abc.Mapping, 'Mapping')
MutableMapping = _alias(_abc.MutableMapping, 'MutableMapping')
Sequence = _alias(_abc.Sequence, 'Sequence')
MutableSequence = _alias(_abc.MutableSequence, 'MutableSequence')
ByteString = _alias(bytes, 'ByteString')
MappingView = _alias(_abc.MappingView, 'MappingView')
KeysView = _alias(_abc.KeysView, 'KeysView')
ItemsView = _alias(_abc.ItemsView, 'ItemsView')
ValuesView = _alias(_abc.ValuesView, 'ValuesView')
Generator = _alias(_abc.Generator, 'Generator')
Text = str


class _LazyAlias(_SpecialGenericAlias):
    # An alias whose class is only looked up (imported) when first needed.
    def __init__(self, name, find):
        self._name = name
        self._find = find
        self._nparams = -1

    @property
    def __origin__(self):
        return self._find()


def _contextlib_cm():
    import contextlib
    return contextlib.AbstractContextManager


def _re_type(which):
    def find():
        import re
        return type(re.compile('')) if which == 'Pattern' else type(re.match('', ''))
    return find


ContextManager = _LazyAlias('ContextManager', _contextlib_cm)
AsyncContextManager = _LazyAlias('AsyncContextManager', _contextlib_cm)
Pattern = _LazyAlias('Pattern', _re_type('Pattern'))
Match = _LazyAlias('Match', _re_type('Match'))


################################################################################
### Special forms
################################################################################

class _SpecialForm:
    """A typing construct such as Optional or ClassVar: subscriptable, not a class."""

    def __init__(self, name, getitem=None, doc=None):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError('%r is not subscriptable' % self)
        return self._getitem(self, parameters)

    def repr_alias(self, alias):
        return '%r[%s]' % (self, ', '.join(_type_repr(a) for a in alias.__args__))

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % self)

    def __instancecheck__(self, obj):
        raise TypeError('%r cannot be used with isinstance()' % self)

    def __subclasscheck__(self, cls):
        raise TypeError('%r cannot be used with issubclass()' % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __reduce__(self):
        return self._name

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass %r' % self)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return 'typing.Any'
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """The type that is compatible with every type; a class may inherit from it."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls)


def _single(form, parameter):
    return _GenericAlias(form, _convert_args(parameter), form=form)


def _many(form, parameters):
    return _GenericAlias(form, _convert_args(parameters), form=form)


NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
ClassVar = _SpecialForm('ClassVar', _single)
Final = _SpecialForm('Final', _single)
TypeGuard = _SpecialForm('TypeGuard', _single)
TypeIs = _SpecialForm('TypeIs', _single)
Required = _SpecialForm('Required', _single)
NotRequired = _SpecialForm('NotRequired', _single)
ReadOnly = _SpecialForm('ReadOnly', _single)
Unpack = _SpecialForm('Unpack', _single)
Concatenate = _SpecialForm('Concatenate', _many)


class _LiteralForm(_SpecialForm):
    def repr_alias(self, alias):
        return 'typing.Literal[%s]' % ', '.join(repr(a) for a in alias.__args__)


def _literal(form, parameters):
    values = []
    for p in _as_tuple(parameters):
        if isinstance(p, _GenericAlias) and p._form is Literal:
            values.extend(p.__args__)
        elif p not in values or any(type(p) is not type(v) for v in values if v == p):
            values.append(p)
    return _GenericAlias(form, tuple(values), form=form)


Literal = _LiteralForm('Literal', _literal)


class _UnionForm(_SpecialForm):
    # Since 3.14 a Union prints as the | expression it is equal to: Optional[int] is int | None.
    def repr_alias(self, alias):
        return ' | '.join('None' if a is type(None) else _type_repr(a) for a in alias.__args__)

    def __instancecheck__(self, obj):
        raise TypeError('typing.Union cannot be used with isinstance()')


def _flatten_union(parameters):
    flat = []
    for p in parameters:
        if p is None:
            p = type(None)
        if isinstance(p, _GenericAlias) and p._form is Union:
            members = p.__args__
        elif type(p).__name__ == 'UnionType' and hasattr(p, '__args__'):
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    return tuple(flat)


def _union(form, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    members = _flatten_union(_as_tuple(parameters))
    if len(members) == 1:
        return members[0]
    return _GenericAlias(form, members, form=form)


def _optional(form, parameter):
    return Union[parameter, type(None)]


Union = _UnionForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,), form=None)
        self.__metadata__ = metadata

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__),
                                             ', '.join(repr(m) for m in self.__metadata__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


class _AnnotatedForm(_SpecialForm):
    pass


def _annotated(form, params):
    params = _as_tuple(params)
    if len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments (a type and an annotation).')
    return _AnnotatedAlias(params[0], tuple(params[1:]))


Annotated = _AnnotatedForm('Annotated', _annotated)


################################################################################
### Type variables
################################################################################

class _NoDefaultType:
    def __repr__(self):
        return 'typing.NoDefault'


NoDefault = _NoDefaultType()


class TypeVar:
    """A type variable: T = TypeVar('T'), optionally with constraints or a bound."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=NoDefault):
        if covariant and contravariant:
            raise ValueError('Bivariant type variables are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.__default__ = default

    def __repr__(self):
        if self.__infer_variance__:
            prefix = ''
        elif self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def has_default(self):
        return self.__default__ is not NoDefault

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of TypeVar')


class TypeVarTuple:
    """A variadic type variable: Ts = TypeVarTuple('Ts')."""

    def __init__(self, name, *, default=NoDefault):
        self.__name__ = name
        self.__default__ = default

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]

    def has_default(self):
        return self.__default__ is not NoDefault


class ParamSpecArgs:
    """The type of P.args."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.args' % self.__origin__.__name__


class ParamSpecKwargs:
    """The type of P.kwargs."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.kwargs' % self.__origin__.__name__


class ParamSpec:
    """A parameter specification variable: P = ParamSpec('P')."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False, infer_variance=False,
                 default=NoDefault):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.__default__ = default

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        return '~' + self.__name__

    def has_default(self):
        return self.__default__ is not NoDefault


AnyStr = TypeVar('AnyStr', bytes, str)


################################################################################
### Generic and Protocol
################################################################################

class Generic:
    """Base class for generic classes: class Box(Generic[T]). Generic[...] is Generic itself."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if cls is Generic or cls is Protocol:
            return cls
        return _GenericAlias(cls, _as_tuple(params))

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '__orig_bases__' in cls.__dict__:
            return
        cls.__parameters__ = ()


_SPECIAL_NAMES = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__', '__new__',
    '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__', '__match_args__',
    '__static_attributes__', '__firstlineno__', '__qualname__', '__parameters__', '__orig_bases__',
    '__protocol_attrs__', '__non_callable_proto_members__', '__type_params__', '__annotate__',
    '_is_protocol', '_is_runtime_protocol', '__init_subclass__', '__classcell__',
    '_abc_registry', '_abc_cache', '_abc_negative_cache', '_abc_negative_cache_version',
    '_abc_subclasses',
})


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for attr in list(base.__dict__) + list(annotations):
            if not attr.startswith('_abc_') and attr not in _SPECIAL_NAMES:
                attrs.add(attr)
    return attrs


from abc import ABCMeta as _ABCMeta  # noqa: E402


class _ProtocolMeta(_ABCMeta):
    # isinstance() against a @runtime_checkable protocol checks that every member is present.
    def __instancecheck__(cls, instance):
        if cls is Protocol:
            return type.__instancecheck__(cls, instance)
        if not getattr(cls, '_is_protocol', False):
            return super().__instancecheck__(instance)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
        if super().__instancecheck__(instance):
            return True
        for attr in cls.__protocol_attrs__:
            try:
                value = getattr(instance, attr)
            except AttributeError:
                return False
            if value is None and attr not in cls.__non_callable_proto_members__:
                return False
        return True

    def __subclasscheck__(cls, other):
        if cls is Protocol:
            return type.__subclasscheck__(cls, other)
        if getattr(cls, '_is_protocol', False) and not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
        if getattr(cls, '_is_protocol', False):
            if super().__subclasscheck__(other):
                return True
            if cls.__non_callable_proto_members__:
                raise TypeError("Protocols with non-method members don't support issubclass()")
            for attr in cls.__protocol_attrs__:
                for base in getattr(other, '__mro__', ()):
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return False
                        break
                else:
                    return False
            return True
        return super().__subclasscheck__(other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for structural types: class Closable(Protocol): def close(self): ..."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        cls.__protocol_attrs__ = _protocol_attrs(cls)
        cls.__non_callable_proto_members__ = frozenset(
            attr for attr in cls.__protocol_attrs__ if not callable(getattr(cls, attr, None)))


def runtime_checkable(cls):
    """Class decorator allowing isinstance()/issubclass() against a Protocol class."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def is_protocol(tp, /):
    """True if tp is a Protocol class."""
    return isinstance(tp, type) and getattr(tp, '_is_protocol', False) and tp is not Protocol


def get_protocol_members(tp, /):
    """The names a Protocol class requires."""
    if not is_protocol(tp):
        raise TypeError('%r is not a Protocol' % (tp,))
    return frozenset(tp.__protocol_attrs__)


def _supports(name, method):
    cls = _ProtocolMeta(name, (Protocol,), {method: lambda self: None, '__module__': 'typing'})
    cls._is_runtime_protocol = True
    return cls


SupportsInt = _supports('SupportsInt', '__int__')
SupportsFloat = _supports('SupportsFloat', '__float__')
SupportsComplex = _supports('SupportsComplex', '__complex__')
SupportsBytes = _supports('SupportsBytes', '__bytes__')
SupportsIndex = _supports('SupportsIndex', '__index__')
SupportsAbs = _supports('SupportsAbs', '__abs__')
SupportsRound = _supports('SupportsRound', '__round__')


################################################################################
### NamedTuple and TypedDict
################################################################################

def _class_annotations(ns):
    annotations = ns.get('__annotations__')
    if annotations is None:
        annotate = ns.get('__annotate__')
        if annotate is not None:
            try:
                annotations = annotate(1)
            except Exception:
                annotations = None
    return dict(annotations or {})


_NAMEDTUPLE_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                                    '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_NAMEDTUPLE_SPECIAL = frozenset({'__module__', '__name__', '__annotations__', '__annotate__',
                                 '__qualname__', '__doc__', '__firstlineno__', '__static_attributes__'})


def _make_namedtuple(name, fields, defaults, module):
    nt = collections.namedtuple(name, [f for f, _ in fields], defaults=defaults, module=module)
    nt.__annotations__ = dict(fields)
    return nt


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if ns.get('_root'):
            return super().__new__(mcls, typename, bases, ns)
        types = _class_annotations(ns)
        default_names = []
        for field in types:
            if field in ns:
                default_names.append(field)
            elif default_names:
                raise TypeError('Non-default namedtuple field %s cannot follow default field%s %s'
                                % (field, 's' if len(default_names) > 1 else '', ', '.join(default_names)))
        nt = _make_namedtuple(typename, list(types.items()), [ns[n] for n in default_names],
                              ns.get('__module__', '__main__'))
        for key, value in ns.items():
            if key in _NAMEDTUPLE_PROHIBITED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _NAMEDTUPLE_SPECIAL and key not in nt._fields:
                setattr(nt, key, value)
                set_name = getattr(type(value), '__set_name__', None)
                if set_name is not None:
                    set_name(value, nt, key)
        if ns.get('__doc__'):
            try:
                nt.__doc__ = ns['__doc__']
            except (AttributeError, TypeError):
                pass  # a runtime whose classes have a read-only __doc__
        return nt

    def __call__(cls, typename, fields=None, /, **kwargs):
        if cls is not NamedTuple:
            return super().__call__(typename, fields, **kwargs)
        if fields is None:
            fields = list(kwargs.items())
        return _make_namedtuple(typename, [(n, t) for n, t in fields], None, '__main__')


class NamedTuple(metaclass=_NamedTupleMeta):
    """Typed namedtuple: class Point(NamedTuple): x: int; y: int = 0."""
    _root = True


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        if ns.get('_root'):
            return super().__new__(mcls, name, bases, ns)
        own = _class_annotations(ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(getattr(base, '__required_keys__', ()))
            optional.update(getattr(base, '__optional_keys__', ()))
        for key, tp in own.items():
            qualifier = tp._form if isinstance(tp, _GenericAlias) else None
            if qualifier is Required or (total and qualifier is not NotRequired):
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        annotations.update(own)
        ns = {k: v for k, v in ns.items() if k not in ('__annotations__', '__annotate__')}
        cls = super().__new__(mcls, name, (dict,), ns)
        cls.__annotations__ = annotations
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        cls.__readonly_keys__ = frozenset()
        cls.__mutable_keys__ = frozenset(annotations)
        cls.__total__ = total
        cls.__orig_bases__ = bases
        return cls

    def __init__(cls, name, bases, ns, total=True):
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            name, fields = args[0], (args[1] if len(args) > 1 else {})
            total = kwargs.get('total', True)
            return _TypedDictMeta(name, (), {'__annotations__': dict(fields),
                                             '__module__': '__main__'}, total=total)
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


class TypedDict(dict, metaclass=_TypedDictMeta):
    """A dict with typed keys: class Movie(TypedDict): title: str; year: int."""
    _root = True


def is_typeddict(tp):
    """True if tp is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta) and tp is not TypedDict


################################################################################
### Functions
################################################################################

def cast(typ, val):
    """Return val unchanged (a hint for type checkers)."""
    return val


def assert_type(val, typ, /):
    """Return val unchanged (type checkers verify its type)."""
    return val


def assert_never(arg, /):
    """Raise AssertionError: type checkers prove this is never reached."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: %s' % value)


def reveal_type(obj, /):
    """Print the runtime type of obj to stderr and return obj."""
    print('Runtime type is %r' % type(obj).__name__, file=sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError('You should not call an overloaded function. A series of @overload-decorated '
                              'functions outside a stub module should always be followed by an '
                              'implementation that is not @overload-ed.')


def overload(func):
    """Decorator for the signatures of an overloaded function (the last, undecorated, definition
    is the implementation)."""
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    """The @overload signatures registered for func."""
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    return list(_overload_registry.get(key, ()))


def clear_overloads():
    """Forget every registered overload."""
    _overload_registry.clear()


def final(f):
    """Decorator marking a method or class final (sets __final__ = True)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    """Decorator marking a method as overriding one of a base class (sets __override__)."""
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    """Decorator telling type checkers to ignore arg."""
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator giving a decorator the effect of no_type_check."""
    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    """Decorator marking a dataclass-like decorator, base class or metaclass (PEP 681)."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default, 'kw_only_default': kw_only_default,
            'frozen_default': frozen_default, 'field_specifiers': field_specifiers, 'kwargs': kwargs}
        return cls_or_fn
    return decorator


class NewType:
    """NewType('UserId', int): a callable returning its argument, distinct for type checkers."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of NewType. Perhaps you were looking for: '
                        '`%s = NewType(%r, %s)`' % (self.__name__, self.__name__, self.__name__))


class TypeAliasType:
    """type X = ... at runtime: a named alias with a lazily evaluated value."""

    def __init__(self, name, value, *, type_params=()):
        self.__name__ = name
        self.__value__ = value
        self.__type_params__ = type_params
        self.__module__ = '__main__'

    def __repr__(self):
        return self.__name__

    def __getitem__(self, params):
        return _GenericAlias(self, _as_tuple(params))


class ForwardRef:
    """A type written as a string, to be evaluated later."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r' % (arg,))
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __repr__(self):
        return 'ForwardRef(%r)' % (self.__forward_arg__,)

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


def get_origin(tp):
    """The unsubscripted class or form behind tp (list for List[int]), or None."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _GenericAlias):
        return tp._form if tp._form is not None else tp.__origin__
    if isinstance(tp, _SpecialGenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    origin = getattr(tp, '__origin__', None)
    if origin is not None and type(tp).__name__ in ('GenericAlias', 'UnionType'):
        return origin
    if type(tp).__name__ == 'UnionType':
        return Union
    return None


def get_args(tp):
    """The arguments of a subscripted type (str, int for Dict[str, int]), or ()."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _GenericAlias):
        args = tp.__args__
        if tp._name == 'Callable' and len(args) == 2 and isinstance(args[0], list):
            return (args[0], args[1])
        return args
    args = getattr(tp, '__args__', None)
    if isinstance(args, tuple) and type(tp).__name__ in ('GenericAlias', 'UnionType'):
        return args
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of obj (a class, module or function) with string annotations evaluated."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            annotations = base.__dict__.get('__annotations__', {})
            if isinstance(annotations, dict):
                base_globals = globalns
                if base_globals is None:
                    module = sys.modules.get(base.__module__)
                    base_globals = getattr(module, '__dict__', {})
                for name, value in annotations.items():
                    hints[name] = _eval_hint(value, base_globals, localns or dict(vars(base)))
        return hints if include_extras else {k: _strip_extras(v) for k, v in hints.items()}
    annotations = getattr(obj, '__annotations__', None) or {}
    if globalns is None:
        globalns = getattr(obj, '__globals__', None)
        if globalns is None:
            globalns = getattr(obj, '__dict__', {})
    hints = {name: _eval_hint(value, globalns, localns) for name, value in annotations.items()}
    return hints if include_extras else {k: _strip_extras(v) for k, v in hints.items()}


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, ForwardRef):
        value = value.__forward_arg__
    if isinstance(value, str):
        return eval(value, globalns, localns)
    return value


def _strip_extras(tp):
    if isinstance(tp, _AnnotatedAlias):
        return _strip_extras(tp.__origin__)
    if isinstance(tp, _GenericAlias) and tp._form in (Required, NotRequired, ReadOnly):
        return _strip_extras(tp.__args__[0])
    return tp


class IO(Generic):
    """Generic base class for file-like objects (a name for annotations)."""
    __slots__ = ()


class TextIO(IO):
    """A name for text file annotations."""
    __slots__ = ()


class BinaryIO(IO):
    """A name for binary file annotations."""
    __slots__ = ()
