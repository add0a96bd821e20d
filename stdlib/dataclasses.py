"""Data classes (CPython's `dataclasses`): generated __init__, __repr__, __eq__, ordering,
__hash__ and frozen attributes, from a class's annotations.

CPython generates the methods as source text and execs it; here every method is a closure over
the class's field list, so no code is generated. `__init__` binds its arguments with the same
rules and error messages a generated `def __init__(self, x, y=0, *, z)` would have
(`Point.__init__() missing 1 required positional argument: 'y'`). The decision table for
`__hash__`, the frozen-inheritance rules and the error texts follow CPython 3.14.
"""

import builtins
import copy
from reprlib import recursive_repr as _recursive_repr
from _argbind import bind as _bind

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = {}


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """InitVar[T]: an __init__ argument passed to __post_init__ but not stored as a field."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % type_name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """What field() returns and fields() lists: a field's name, type, default and options."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare',
                 'metadata', 'kw_only', 'doc', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only, doc=None):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if metadata is None else dict(metadata)
        self.kw_only = kw_only
        self.doc = doc
        self._field_type = None

    @_recursive_repr()
    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,'
                'compare=%r,metadata=%r,kw_only=%r,doc=%r,_field_type=%s)'
                % (self.name, self.type, self.default, self.default_factory, self.init, self.repr,
                   self.hash, self.compare, self.metadata, self.kw_only, self.doc, self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args', 'kw_only',
                 'slots', 'weakref_slot')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                 weakref_slot):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen
        self.match_args = match_args
        self.kw_only = kw_only
        self.slots = slots
        self.weakref_slot = weakref_slot

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r,'
                'match_args=%r,kw_only=%r,slots=%r,weakref_slot=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen,
                   self.match_args, self.kw_only, self.slots, self.weakref_slot))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING, doc=None):
    """Describe a field: its default (or default_factory), and whether it takes part in
    __init__, __repr__, comparisons and hashing."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only, doc)


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


def _is_classvar(a_type):
    if isinstance(a_type, (type, str)):
        return False
    import typing
    classvar = typing.ClassVar
    if a_type is classvar:
        return True
    return getattr(a_type, '_form', None) is classvar or getattr(a_type, '__origin__', None) is classvar


def _is_string_of(annotation, names):
    # For string annotations ("ClassVar[int]", "typing.ClassVar"): the name before any '['.
    if not isinstance(annotation, str):
        return False
    head = annotation.strip().split('[', 1)[0].strip()
    return head in names


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type) or _is_string_of(a_type, ('ClassVar', 'typing.ClassVar')):
        f._field_type = _FIELD_CLASSVAR
    if (a_type is InitVar or isinstance(a_type, InitVar)
            or _is_string_of(a_type, ('InitVar', 'dataclasses.InitVar'))):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % f.name)
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only' % f.name)
    if f._field_type is _FIELD and f.default is not MISSING and f.default.__class__.__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), f.name))
    return f


def _class_annotations(cls):
    annotations = cls.__dict__.get('__annotations__')
    if annotations is None:
        annotate = cls.__dict__.get('__annotate__')
        if annotate is not None:
            try:
                annotations = annotate(1)
            except Exception:
                annotations = None
    return dict(annotations or {})


def _set_new_attribute(cls, name, value):
    # Add value as cls.name unless the class body defined that name; True if it was there.
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _name_function(func, cls, name):
    func.__name__ = name
    func.__qualname__ = '%s.%s' % (cls.__qualname__, name)
    func.__module__ = cls.__module__
    return func


def _make_init(cls, fields, std_fields, kw_fields, frozen, has_post_init, slots):
    qualname = '%s.__init__' % cls.__qualname__
    positional_names = [f.name for f in std_fields]
    keyword_names = [f.name for f in kw_fields]
    positional_defaults = []
    seen_default = None
    for f in std_fields:
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if has_default:
            seen_default = f.name
            positional_defaults.append(_HAS_DEFAULT_FACTORY if f.default_factory is not MISSING
                                       else f.default)
        elif seen_default is not None:
            raise TypeError('non-default argument %r follows default argument %r' % (f.name, seen_default))
    keyword_defaults = {}
    for f in kw_fields:
        if f.default_factory is not MISSING:
            keyword_defaults[f.name] = _HAS_DEFAULT_FACTORY
        elif f.default is not MISSING:
            keyword_defaults[f.name] = f.default
    # Whether positional_defaults covers exactly the trailing parameters.
    positional_defaults = tuple(positional_defaults)
    initvar_names = [f.name for f in fields if f._field_type is _FIELD_INITVAR]
    setter = object.__setattr__
    plan = []
    for f in fields:
        if f._field_type is _FIELD_INITVAR:
            continue
        if f.init:
            plan.append((f.name, 'arg', f.default_factory))
        elif f.default_factory is not MISSING:
            plan.append((f.name, 'factory', f.default_factory))
        elif slots and f.default is not MISSING:
            plan.append((f.name, 'default', f.default))

    def __init__(self, *args, **kwargs):
        values = _bind(qualname, positional_names, args, kwargs, positional_defaults, keyword_names,
                       keyword_defaults, implicit=1)
        bound = dict(zip(positional_names + keyword_names, values))
        for name, how, extra in plan:
            if how == 'arg':
                value = bound[name]
                if value is _HAS_DEFAULT_FACTORY:
                    value = extra()
            elif how == 'factory':
                value = extra()
            else:
                value = extra
            if frozen:
                setter(self, name, value)
            else:
                setattr(self, name, value)
        if has_post_init:
            self.__post_init__(*[bound[name] for name in initvar_names])

    return _name_function(__init__, cls, '__init__')


def _make_repr(cls, fields):
    names = [f.name for f in fields if f.repr]

    def __repr__(self):
        return '%s(%s)' % (self.__class__.__qualname__,
                           ', '.join('%s=%r' % (name, getattr(self, name)) for name in names))

    result = _recursive_repr()(_name_function(__repr__, cls, '__repr__'))
    result._dataclass_generated_repr = True  # pprint lays these out field by field
    return result


def _make_eq(cls, fields):
    names = [f.name for f in fields if f.compare]

    def __eq__(self, other):
        if self is other:
            return True
        if other.__class__ is self.__class__:
            for name in names:
                if not getattr(self, name) == getattr(other, name):
                    return False
            return True
        return NotImplemented

    return _name_function(__eq__, cls, '__eq__')


def _make_order(cls, fields, op_name, op):
    names = [f.name for f in fields if f.compare]

    def compare(self, other):
        if other.__class__ is self.__class__:
            return op(tuple(getattr(self, n) for n in names), tuple(getattr(other, n) for n in names))
        return NotImplemented

    return _name_function(compare, cls, op_name)


def _make_hash(cls, fields):
    names = [f.name for f in fields if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(tuple(getattr(self, n) for n in names))

    return _name_function(__hash__, cls, '__hash__')


def _make_frozen_methods(cls, fields):
    names = frozenset(f.name for f in fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot assign to field %r' % name)
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot delete field %r' % name)
        super(cls, self).__delattr__(name)

    return _name_function(__setattr__, cls, '__setattr__'), _name_function(__delattr__, cls, '__delattr__')


def _annotation_text(annotation):
    # How inspect.signature would show an annotation in the generated docstring.
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return '%s.%s' % (annotation.__module__, annotation.__qualname__)
    if isinstance(annotation, str):
        return repr(annotation)
    return repr(annotation).replace('typing.', '')


def _signature_doc(cls, std_fields, kw_fields):
    pieces = []

    def describe(f):
        text = f.name
        if f.type is not MISSING:
            text += ': ' + _annotation_text(f.type)
        if f.default_factory is not MISSING:
            text += ' = <factory>'
        elif f.default is not MISSING:
            text += ' = %r' % (f.default,)
        return text

    pieces.extend(describe(f) for f in std_fields)
    if kw_fields:
        pieces.append('*')
        pieces.extend(describe(f) for f in kw_fields)
    return '%s(%s)' % (cls.__name__, ', '.join(pieces))


def _hash_action(cls, fields, unsafe_hash, eq, frozen, has_explicit_hash):
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        return _make_hash(cls, fields)
    if eq and not has_explicit_hash:
        return _make_hash(cls, fields) if frozen else None
    return MISSING  # leave __hash__ alone


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                   weakref_slot):
    fields = {}
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen, match_args,
                                                kw_only, slots, weakref_slot)
    any_frozen_base = False
    all_frozen_bases = None
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if all_frozen_bases is None:
                all_frozen_bases = True
            current_frozen = getattr(b, _PARAMS).frozen
            all_frozen_bases = all_frozen_bases and current_frozen
            any_frozen_base = any_frozen_base or current_frozen

    cls_annotations = _class_annotations(cls)
    cls_fields = []
    kw_only_now = kw_only
    seen_kw_only_marker = False
    for name, annotation in cls_annotations.items():
        if annotation is KW_ONLY or _is_string_of(annotation, ('KW_ONLY', 'dataclasses.KW_ONLY')):
            if seen_kw_only_marker:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified' % name)
            seen_kw_only_marker = True
            kw_only_now = True
            continue
        cls_fields.append(_get_field(cls, name, annotation, kw_only_now))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError('%r is a field but has no type annotation' % name)

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if all_frozen_bases is False and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_fields = list(fields.values())
    field_list = [f for f in all_fields if f._field_type is _FIELD]
    init_fields = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init, kw_init = _fields_in_init_order(init_fields)

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__', _make_init(cls, init_fields, std_init, kw_init, frozen,
                                                       has_post_init, slots))
    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr(cls, field_list))
    if eq:
        _set_new_attribute(cls, '__eq__', _make_eq(cls, field_list))
    if order:
        import operator
        for name, op in (('__lt__', operator.lt), ('__le__', operator.le), ('__gt__', operator.gt),
                         ('__ge__', operator.ge)):
            if _set_new_attribute(cls, name, _make_order(cls, field_list, name, op)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))
    if frozen:
        setattr_fn, delattr_fn = _make_frozen_methods(cls, field_list)
        if _set_new_attribute(cls, '__setattr__', setattr_fn):
            raise TypeError('Cannot overwrite attribute __setattr__ in class %s' % cls.__name__)
        if _set_new_attribute(cls, '__delattr__', delattr_fn):
            raise TypeError('Cannot overwrite attribute __delattr__ in class %s' % cls.__name__)

    hash_fn = _hash_action(cls, field_list, unsafe_hash, eq, frozen, has_explicit_hash)
    if hash_fn is not MISSING:
        cls.__hash__ = hash_fn

    if not getattr(cls, '__doc__'):
        try:
            doc = _signature_doc(cls, std_init, kw_init)
        except (TypeError, ValueError):
            doc = ''
        try:
            cls.__doc__ = doc
        except (AttributeError, TypeError):
            pass  # a runtime whose classes have a read-only __doc__
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init))
    _set_new_attribute(cls, '__replace__', _replace)
    import abc
    abc.update_abstractmethods(cls)
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    return cls


def _add_slots(cls, is_frozen, weakref_slot):
    # A new class with __slots__ for the fields (a class can't gain slots after creation).
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        slots = base.__dict__.get('__slots__', ())
        inherited.update((slots,) if isinstance(slots, str) else slots)
    slots = [name for name in field_names if name not in inherited]
    if weakref_slot and '__weakref__' not in inherited:
        slots.append('__weakref__')
    cls_dict['__slots__'] = tuple(slots)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if is_frozen:
        # The frozen methods' closures refer to the old class; rebuild them for the new one.
        setattr_fn, delattr_fn = _make_frozen_methods(new_cls, fields(new_cls))
        new_cls.__setattr__ = setattr_fn
        new_cls.__delattr__ = delattr_fn
        if '__getstate__' not in cls_dict:
            new_cls.__getstate__ = _frozen_get_state
            new_cls.__setstate__ = _frozen_set_state
    return new_cls


def _frozen_get_state(self):
    return [getattr(self, f.name) for f in fields(self)]


def _frozen_set_state(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Class decorator adding __init__, __repr__, __eq__ (and optionally ordering, __hash__,
    immutability, slots) from the class's annotated fields. Usable with or without arguments."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                              weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass (or instance), in definition order, without ClassVars
    and InitVars."""
    try:
        found = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in found.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True if obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursing into dataclasses, lists, tuples
    and dicts (other values are deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


_ATOMIC_TYPES = frozenset(t for t in (int, float, bool, str, bytes, type(None), getattr(builtins, 'complex', None))
                          if t is not None)


def _asdict_inner(obj, dict_factory):
    if type(obj) in _ATOMIC_TYPES:
        return obj
    if _is_dataclass_instance(obj):
        if dict_factory is dict:
            return {f.name: _asdict_inner(getattr(obj, f.name), dict) for f in fields(obj)}
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        if hasattr(type(obj), 'default_factory'):
            result = type(obj)(getattr(obj, 'default_factory'))
            for k, v in obj.items():
                result[_asdict_inner(k, dict_factory)] = _asdict_inner(v, dict_factory)
            return result
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursing like asdict()."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        if hasattr(type(obj), 'default_factory'):
            result = type(obj)(getattr(obj, 'default_factory'))
            for k, v in obj.items():
                result[_astuple_inner(k, tuple_factory)] = _astuple_inner(v, tuple_factory)
            return result
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True,
                   order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
                   slots=False, weakref_slot=False, module=None, decorator=dataclass):
    """Create a dataclass from a list of names, (name, type) or (name, type, Field) items."""
    namespace = {} if namespace is None else dict(namespace)
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        import keyword
        if keyword.iskeyword(name):
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp
    namespace['__annotations__'] = annotations
    namespace.update(defaults)
    namespace['__module__'] = module if module is not None else '__main__'
    cls = type(cls_name, bases, namespace)
    return decorator(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance of obj's dataclass with the given fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    return _replace(obj, **changes)


def _replace(self, /, **changes):
    for f in getattr(self, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise TypeError('field %s is declared with init=False, it cannot be specified with '
                                'replace()' % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise TypeError("InitVar %r must be specified with replace()" % f.name)
            changes[f.name] = getattr(self, f.name)
    return self.__class__(**changes)
