"""Enumerations (CPython's `enum`): Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

The metaclass `EnumType` turns the names assigned in a class body into members: instances of the
class with `_name_` and `_value_`, stored as class attributes, looked up by value
(`Color(1)`) and by name (`Color['RED']`). It collects them from the class namespace in
definition order, so it works whether or not the runtime calls `__prepare__` (when it does, the
namespace also rejects a member name used twice, as CPython's does). Reprs and strs follow 3.14:
`<Color.RED: 1>` / `Color.RED`; IntEnum, StrEnum and IntFlag print as their values; Flag
composites print as `<Perm.R|W: 6>` in definition order.
"""

import sys
import builtins as bltns
from types import MappingProxyType

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum', 'auto',
           'unique', 'property', 'verify', 'member', 'nonmember', 'FlagBoundary', 'STRICT', 'CONFORM',
           'EJECT', 'KEEP', 'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
           'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'pickle_by_global_name',
           'pickle_by_enum_name', 'show_flag_values', 'EnumDict']


class nonmember:
    """Protect a class-body value from becoming a member."""

    def __init__(self, value):
        self.value = value


class member:
    """Force a class-body value (e.g. a function) to become a member."""

    def __init__(self, value):
        self.value = value


class auto:
    """Stand-in for a member value, replaced by _generate_next_value_() (1, 2, 3, ... for Enum,
    1, 2, 4, ... for Flag, the lower-cased name for StrEnum)."""

    _counter = 0

    def __init__(self, value=None):
        self.value = value
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


_auto_null = None


class property(bltns.property):
    """A property for enum members: on the class it gives the member of that name, if any."""

    member = None
    _attr_type = None
    _cls_type = None

    def __set_name__(self, ownerclass, name):
        self.name = name

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
        if self.fget is not None:
            return self.fget(instance)
        return instance.__dict__[self.name]


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


def _is_member_candidate(name, value, cls_name, ignore):
    # Does a class-body entry define a member?
    if name in ignore or _is_dunder(name) or _is_sunder(name) or _is_private(cls_name, name):
        return False
    if isinstance(value, member):
        return True
    if isinstance(value, nonmember):
        return False
    if isinstance(value, type):
        return False
    return not _is_descriptor(value)


def _enum_dict_entry(enum_class, name):
    # The raw class-dict entry (function, staticmethod, ...) defining name for enum_class.
    for klass in enum_class.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return getattr(enum_class, name)


def _high_bit(value):
    return value.bit_length() - 1


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def _bits(num):
    # Each set bit of num as its own int, lowest first.
    bits = []
    bit = 1
    while bit <= num:
        if num & bit:
            bits.append(bit)
        bit <<= 1
    return bits


class EnumDict(dict):
    """The class-body namespace of an enum (when the runtime uses __prepare__): rejects a member
    name defined twice and resolves auto() in order."""

    def __init__(self, cls_name=None):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = cls_name
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if key == '_ignore_':
            if isinstance(value, str):
                value = value.replace(',', ' ').split()
            self._ignore = list(value)
        elif key == '_generate_next_value_':
            if self._auto_called:
                raise TypeError('_generate_next_value_ must be defined before members')
            self._generate_next_value = getattr(value, '__func__', value)
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key not in self._ignore and _is_member_candidate(key, value, self._cls_name or '', ()):
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto) and self._generate_next_value is not None:
                self._auto_called = True
                value.value = self._generate_next_value(key, 1, len(self._member_names),
                                                        self._last_values[:])
                value = value.value
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)


class EnumType(type):
    """Metaclass for Enum: creates the members and provides lookup, iteration and len."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_dict = EnumDict(cls)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            gnv = getattr(first_enum, '_generate_next_value_', None)
            enum_dict._generate_next_value = getattr(gnv, '__func__', gnv)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        ignore = list(ignore) + ['_ignore_']
        gnv = classdict.get('_generate_next_value_')
        if gnv is None and first_enum is not None:
            gnv = getattr(first_enum, '_generate_next_value_', None)
        gnv = getattr(gnv, '__func__', gnv)

        # Members in definition order; auto() values resolved now if __prepare__ didn't.
        member_items = []
        namespace = {}
        last_values = []
        for key, value in dict.items(classdict):
            if key in ignore:
                continue
            if _is_member_candidate(key, value, cls, ()):
                if isinstance(value, member):
                    value = value.value
                if isinstance(value, auto):
                    value = value.value
                    if value is None or isinstance(value, auto):
                        value = gnv(key, 1, len(member_items), last_values[:])
                member_items.append((key, value))
                last_values.append(value)
            else:
                if isinstance(value, nonmember):
                    value = value.value
                namespace[key] = value
        invalid = {'mro', ''}.intersection(k for k, _v in member_items)
        if invalid:
            raise ValueError('invalid enum member name(s) %s' % ','.join(repr(n) for n in sorted(invalid)))

        # A __new__ in the class body makes members; the class itself looks members up.
        custom_new = namespace.pop('__new__', None) if first_enum is not None else None
        if custom_new is not None:
            namespace['__new_member__'] = custom_new
        namespace['_new_member_'] = custom_new
        namespace['_member_names_'] = []
        namespace['_member_map_'] = {}
        namespace['_value2member_map_'] = {}
        namespace['_unhashable_values_'] = []
        namespace['_member_type_'] = member_type
        namespace['_value_repr_'] = metacls._find_data_repr_(cls, bases)
        if boundary is None:
            boundary = getattr(first_enum, '_boundary_', None)
        namespace['_boundary_'] = boundary
        namespace['_flag_mask_'] = 0
        namespace['_singles_mask_'] = 0
        namespace['_all_bits_'] = 0
        namespace['_inverted_'] = None
        if '_generate_next_value_' in namespace and not isinstance(namespace['_generate_next_value_'],
                                                                    staticmethod):
            namespace['_generate_next_value_'] = staticmethod(namespace['_generate_next_value_'])

        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)

        if custom_new is None and first_enum is not None:
            custom_new = getattr(first_enum, '_new_member_', None)
            type.__setattr__(enum_class, '_new_member_', custom_new)
        new_fn = getattr(custom_new, '__func__', custom_new) if custom_new is not None else None
        use_args = True
        if first_enum is not None:
            # Members are made above; calling the class looks one up (Enum.__new__), and the
            # repr/str/format of the data type mixed in must not hide the enum's.
            type.__setattr__(enum_class, '__new__', _enum_dict_entry(Enum, '__new__'))
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in namespace:
                    continue
                for klass in enum_class.__mro__[1:]:
                    if name in klass.__dict__:
                        if not isinstance(klass, EnumType):
                            type.__setattr__(enum_class, name, _enum_dict_entry(first_enum, name))
                        break
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        for name, value in member_items:
            enum_class._add_member_(name, value, new_fn, use_args, member_type, is_flag)

        if is_flag:
            bits = 0
            singles = 0
            for m in enum_class._member_map_.values():
                v = m._value_
                if isinstance(v, int):
                    bits |= v
                    if _is_single_bit(v):
                        singles |= v
            type.__setattr__(enum_class, '_flag_mask_', bits)
            type.__setattr__(enum_class, '_singles_mask_', singles)
            type.__setattr__(enum_class, '_all_bits_', 2 ** bits.bit_length() - 1 if bits else 0)
            if enum_class._boundary_ is None:
                type.__setattr__(enum_class, '_boundary_', STRICT)
        return enum_class

    def _add_member_(cls, name, value, new_fn, use_args, member_type, is_flag):
        if isinstance(value, tuple) and member_type is not tuple:
            args = value
        else:
            args = (value,)
        if new_fn is not None:
            enum_member = new_fn(cls, *args)
        elif member_type is object:
            enum_member = object.__new__(cls)
        else:
            enum_member = member_type.__new__(cls, *args)
        if not hasattr(enum_member, '_value_'):
            if member_type is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = member_type(*args)
                except Exception:
                    enum_member._value_ = value
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member._sort_order_ = len(cls._member_names_)
        enum_member.__init__(*args)
        # An equal value seen before makes this name an alias of that member.
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is not None:
            enum_member = canonical
        elif not is_flag or (isinstance(value, int) and _is_single_bit(value)):
            # Flags iterate over their single-bit members only; other named flag values are
            # members (and __members__ entries) that iteration skips.
            cls._member_names_.append(name)
        cls._member_map_[name] = enum_member
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            cls._unhashable_values_.append(value)
        type.__setattr__(cls, name, enum_member)

    @staticmethod
    def _get_mixins_(class_name, bases):
        # (data type mixed in, or object; the first Enum base)
        if not bases:
            return object, None
        first_enum = None
        for base in reversed(bases):
            if isinstance(base, EnumType):
                first_enum = base
                break
        if first_enum is None:
            for base in bases[::-1]:
                for sub in base.__mro__:
                    if isinstance(sub, EnumType):
                        first_enum = sub
                        break
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        member_type = base._member_type_
                        break
                    continue
                if '__new__' in base.__dict__ or '__init__' in base.__dict__ or base in (int, str, float):
                    member_type = base
                    break
                if base.__dict__.get('__dataclass_fields__'):
                    member_type = base
                    break
            if member_type is not object:
                break
        return member_type, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_
                if '__repr__' in base.__dict__:
                    if '__dataclass_fields__' in base.__dict__ and '__dataclass_params__' in base.__dict__:
                        return None
                    return base.__dict__['__repr__']
        return None

    def __call__(cls, value, names=None, *values, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                            boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        # The functional API: Enum('Color', 'RED GREEN') and friends.
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        elif names is None:
            names = ()
        items = names.items() if isinstance(names, dict) else names
        classdict = {}
        for item in items:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        classdict['__module__'] = module or '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return value in cls._unhashable_values_ or any(m._value_ == value for m in cls._member_map_.values())

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = set(['__class__', '__contains__', '__doc__', '__getitem__', '__iter__', '__len__',
                           '__members__', '__module__', '__name__', '__qualname__'])
        interesting.update(cls._member_names_)
        return sorted(interesting)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @bltns.property
    def __members__(cls):
        """A read-only mapping of member names (aliases included) to members."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __bool__(cls):
        return True

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType
Flag = None


class Enum(metaclass=EnumType):
    """Base class for enumerations: class Color(Enum): RED = 1."""

    def __new__(cls, value):
        # Look a member up by value (used by Color(1)).
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        result = None
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag):
            if cls._boundary_ is EJECT:
                return result
        if result is None and exc is None:
            error = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
            raise error
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        raise exc

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The value for an auto() member: one more than the last value (start if none)."""
        if not last_values:
            return start
        try:
            last_value = sorted(last_values).pop()
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None
        try:
            return last_value + 1
        except TypeError:
            raise TypeError('unable to increment %r' % (last_value,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        names = set(['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'])
        for cls in self.__class__.__mro__:
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, bltns.property) or callable(obj) and cls is not Enum:
                    names.add(name)
        names.update(k for k in getattr(self, '__dict__', {}) if not k.startswith('_'))
        return sorted(names)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the member."""
        return self._name_

    @property
    def value(self):
        """The value of the member."""
        return self._value_


class ReprEnum(Enum):
    """Only the repr is enum-like; str() and format() are those of the mixed-in type."""

class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""
    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


class StrEnum(str, ReprEnum):
    """Enum whose members are also strings; auto() gives the lower-cased member name."""
    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(str.__str__(self), format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What Flag does with values outside its bits: STRICT raises, CONFORM drops the extra bits,
    EJECT returns a plain int, KEEP keeps them."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Enum of bit flags that combine with |, &, ^ and ~."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The next power of two above the highest value so far."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_def_(cls, value):
        # The canonical members whose bits are in value, in definition order.
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ and m._value_ & value == m._value_:
                yield m

    _iter_member_ = _iter_member_by_def_

    @classmethod
    def _missing_(cls, value):
        # A composite value becomes a pseudo-member named after its parts.
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if (not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask)):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
            if cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, cls._boundary_))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        names = []
        if member_value or aliases:
            parts = list(cls._iter_member_(member_value))
            names = [m._name_ for m in parts]
            if aliases:
                combined = 0
                for m in parts:
                    combined |= m._value_
                for name, m in cls._member_map_.items():
                    if name not in names and m._value_ and m._value_ & value == m._value_ \
                            and not (m._value_ & combined) == m._value_:
                        names.append(name)
                        combined |= m._value_
        if names:
            if unknown:
                names.append(hex(unknown) if cls._numeric_repr_ is hex else str(unknown))
            pseudo_member._name_ = '|'.join(names)
        else:
            # Only unknown bits (or none): the pseudo-member has no name.
            pseudo_member._name_ = None
        # Remember it (for identity on later lookups), unless it carries unknown bits.
        if not unknown:
            pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
            if neg_value is not None:
                cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_ & self.__class__._singles_mask_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        if self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def __or__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other_value)

    def __and__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other_value)

    def __xor__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other_value)

    def __invert__(self):
        if self._get_value(self) is NotImplemented:
            return NotImplemented
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


def _bin(num, max_bits=None):
    # Two's-complement binary text as CPython's flag errors print it: sign bit, space, digits
    # ('0b0 1000' for 8), padded with the sign bit to max_bits digits.
    width = num.bit_length()
    if num >= 0:
        sign, digits = '0b0', format(num, 'b') if num else ''
    else:
        sign = '0b1'
        digits = format(num & ((1 << width) - 1), 'b').zfill(width) if num != -1 else ''
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints (and combine with plain ints)."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    """Class decorator raising ValueError if two names share a value."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


class EnumCheck(StrEnum):
    """What verify() checks."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking UNIQUE, CONTINUOUS and/or NAMED_FLAGS."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                unique(enumeration)
            elif check is CONTINUOUS:
                values = set(m.value for m in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                missing = [i for i in range(low, high + 1) if i not in values]
                if missing:
                    raise ValueError('invalid enum %r: missing values %s'
                                     % (cls_name, ', '.join(str(m) for m in missing)))
            elif check is NAMED_FLAGS:
                member_values = 0
                for m in enumeration:
                    member_values |= m.value
                missing = []
                for name, m in enumeration.__members__.items():
                    if m._value_ & ~member_values:
                        missing.append(name)
                if missing:
                    raise ValueError('invalid Flag %r: aliases %s are missing combined values'
                                     % (cls_name, ', '.join(missing)))
        return enumeration


def global_enum_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    if self._name_ is None:
        return '%s.%s(%r)' % (module, self.__class__.__name__, self._value_)
    return '|'.join('%s.%s' % (module, name) for name in self._name_.split('|'))


def global_str(self):
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Decorator exporting the members into their module's namespace and printing them as
    module.NAME."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    module = sys.modules.get(cls.__module__)
    if module is not None:
        module.__dict__.update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


def show_flag_values(value):
    """The single-bit values in value, lowest first."""
    return _bits(value)
