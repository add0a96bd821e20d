"""Exact rational numbers (CPython's `fractions.Fraction`).

A Fraction is always in lowest terms with a positive denominator. Arithmetic with ints and
Fractions stays exact; with floats it gives floats and with complex numbers complex ones, as in
CPython. The hash agrees with int and float hashes for equal values (the numeric hash modulo
2**61 - 1), so Fraction(1, 2) and 0.5 are interchangeable as dict keys.
"""

import builtins
import math
import numbers
import operator
import sys

__all__ = ['Fraction']

_complex = getattr(builtins, 'complex', None)
_hash_info = getattr(sys, 'hash_info', None)
_PyHASH_MODULUS = getattr(_hash_info, 'modulus', (1 << 61) - 1)
_PyHASH_INF = getattr(_hash_info, 'inf', 314159)


def _mod_inverse(a, m):
    # a**-1 modulo the prime m, or None when a is a multiple of m.
    a %= m
    if a == 0:
        return None
    r0, r1, s0, s1 = m, a, 0, 1
    while r1:
        q = r0 // r1
        r0, r1 = r1, r0 - q * r1
        s0, s1 = s1, s0 - q * s1
    return s0 % m


def _parse(text):
    # [sign] digits [/ digits] or [sign] digits [. digits] [e [sign] digits], '_' between digits,
    # surrounding whitespace allowed. Returns (numerator, denominator) or None.
    s = text.strip()
    if not s:
        return None
    negative = s[0] == '-'
    if s[0] in '+-':
        s = s[1:]

    def digits(part, allow_empty=False):
        if part == '':
            return allow_empty
        if part[0] == '_' or part[-1] == '_' or '__' in part:
            return False
        return all(c in '0123456789_' for c in part)

    if '/' in s:
        num, _, den = s.partition('/')
        if not (digits(num) and digits(den)):
            return None
        numerator, denominator = int(num.replace('_', '')), int(den.replace('_', ''))
    else:
        mantissa, exponent = s, None
        for marker in 'eE':
            if marker in s:
                mantissa, _, exponent = s.partition(marker)
                break
        whole, dot, frac = mantissa.partition('.')
        if not (digits(whole, True) and digits(frac, True)) or not (whole or frac):
            return None
        if dot and not whole and not frac:
            return None
        numerator = int((whole + frac).replace('_', '') or '0')
        denominator = 10 ** len(frac.replace('_', ''))
        if exponent is not None:
            sign = 1
            if exponent[:1] in ('+', '-'):
                sign = -1 if exponent[0] == '-' else 1
                exponent = exponent[1:]
            if not digits(exponent):
                return None
            e = sign * int(exponent.replace('_', ''))
            if e >= 0:
                numerator *= 10 ** e
            else:
                denominator *= 10 ** -e
    return (-numerator if negative else numerator), denominator


class Fraction(numbers.Rational):
    """Fraction(numerator=0, denominator=None): an exact rational number.

    Built from two Rationals, or from one int, Rational, float, string ('3/4', '-1.5e3', ...) or
    object with as_integer_ratio()."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or (not isinstance(numerator, str)
                                                and hasattr(numerator, 'as_integer_ratio')):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator):
        # Build without normalizing: the caller guarantees lowest terms, denominator > 0.
        obj = super(Fraction, cls).__new__(cls)
        obj._numerator = numerator
        obj._denominator = denominator
        return obj

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) f."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls._from_coprime_ints(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal (or int)."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        return cls._from_coprime_ints(*dec.as_integer_ratio())

    @classmethod
    def from_number(cls, number):
        """The exact value of a number (not a string)."""
        if isinstance(number, numbers.Integral):
            return cls._from_coprime_ints(int(number), 1)
        if isinstance(number, numbers.Rational):
            return cls._from_coprime_ints(number.numerator, number.denominator)
        if isinstance(number, float) or (not isinstance(number, type) and hasattr(number, 'as_integer_ratio')):
            return cls._from_coprime_ints(*number.as_integer_ratio())
        raise TypeError('%s.from_number() only takes numbers, not %r (%s)'
                        % (cls.__name__, number, type(number).__name__))

    def is_integer(self):
        """True if the fraction is an integer."""
        return self._denominator == 1

    def as_integer_ratio(self):
        """(numerator, denominator), in lowest terms with a positive denominator."""
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction convergents p0/q0, p1/q1 until the denominator would
        # exceed the limit, then pick the closer of the last convergent and the best
        # semiconvergent.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction._from_coprime_ints(p1, q1)
        return Fraction._from_coprime_ints(p0 + k * p1, q0 + k * q1)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __format__(self, format_spec, /):
        if not format_spec:
            return str(self)
        kind = format_spec[-1]
        if kind in 'eEfFgG%':
            if kind in 'fF%':
                return self._format_fixed(format_spec)
            return format(float(self), format_spec)
        if kind.isalpha():
            raise ValueError('Invalid format specifier %r for object of type %r'
                             % (format_spec, type(self).__name__))
        return _format_text(str(abs(self)), self._numerator < 0, format_spec, type(self).__name__)

    def _format_fixed(self, spec):
        # 'f', 'F' and '%' with exact round-half-even, as CPython does.
        kind = spec[-1]
        body = spec[:-1]
        precision = 6
        if '.' in body:
            body, _, digits = body.rpartition('.')
            precision = int(digits) if digits else 0
        value = self * 100 if kind == '%' else self
        scaled = round(abs(value) * 10 ** precision)
        text = str(scaled).rjust(precision + 1, '0')
        if precision:
            text = text[:-precision] + '.' + text[-precision:]
        grouping = ''
        if body.endswith((',', '_')):
            grouping = body[-1]
            body = body[:-1]
        if grouping:
            whole, dot, fraction = text.partition('.')
            whole = format(int(whole), grouping)
            text = whole + dot + fraction
        if kind == '%':
            text += '%'
        negative = value < 0 and (scaled != 0 or 'z' not in body)
        return _format_text(text, negative, body.replace('z', ''), type(self).__name__)

    # -- arithmetic ------------------------------------------------------------------------

    def _operate(self, other, fraction_op, float_op, reflected):
        if isinstance(other, (int, Fraction)):
            a, b = (other, self) if reflected else (self, other)
            return fraction_op(Fraction(a), Fraction(b))
        if isinstance(other, numbers.Rational):
            a, b = (other, self) if reflected else (self, other)
            return fraction_op(Fraction(a), Fraction(b))
        if isinstance(other, float):
            return float_op(other, float(self)) if reflected else float_op(float(self), other)
        if _complex is not None and isinstance(other, _complex):
            return float_op(other, complex(self)) if reflected else float_op(complex(self), other)
        if reflected and isinstance(other, numbers.Real):
            return float_op(float(other), float(self))
        if reflected and isinstance(other, numbers.Complex):
            return float_op(complex(other), complex(self))
        return NotImplemented

    @staticmethod
    def _add(a, b):
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                        a._denominator * b._denominator)

    @staticmethod
    def _sub(a, b):
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                        a._denominator * b._denominator)

    @staticmethod
    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    @staticmethod
    def _div(a, b):
        if b._numerator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % b._denominator)
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    @staticmethod
    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    @staticmethod
    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        div, n_mod = divmod(a._numerator * db, da * b._numerator)
        return div, Fraction(n_mod, da * db)

    @staticmethod
    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    def __add__(a, b):
        return a._operate(b, Fraction._add, operator.add, False)

    def __radd__(b, a):
        return b._operate(a, Fraction._add, operator.add, True)

    def __sub__(a, b):
        return a._operate(b, Fraction._sub, operator.sub, False)

    def __rsub__(b, a):
        return b._operate(a, Fraction._sub, operator.sub, True)

    def __mul__(a, b):
        return a._operate(b, Fraction._mul, operator.mul, False)

    def __rmul__(b, a):
        return b._operate(a, Fraction._mul, operator.mul, True)

    def __truediv__(a, b):
        return a._operate(b, Fraction._div, operator.truediv, False)

    def __rtruediv__(b, a):
        return b._operate(a, Fraction._div, operator.truediv, True)

    def __floordiv__(a, b):
        return a._operate(b, Fraction._floordiv, operator.floordiv, False)

    def __rfloordiv__(b, a):
        return b._operate(a, Fraction._floordiv, operator.floordiv, True)

    def __divmod__(a, b):
        return a._operate(b, Fraction._divmod, divmod, False)

    def __rdivmod__(b, a):
        return b._operate(a, Fraction._divmod, divmod, True)

    def __mod__(a, b):
        return a._operate(b, Fraction._mod, operator.mod, False)

    def __rmod__(b, a):
        return b._operate(a, Fraction._mod, operator.mod, True)

    def __pow__(a, b, modulo=None):
        if modulo is not None:
            return NotImplemented
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction._from_coprime_ints(a._numerator ** power, a._denominator ** power)
                if a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -power))
                if a._numerator > 0:
                    return Fraction._from_coprime_ints(a._denominator ** -power, a._numerator ** -power)
                return Fraction._from_coprime_ints((-a._denominator) ** -power, (-a._numerator) ** -power)
            return float(a) ** float(b)
        if isinstance(b, float) or (_complex is not None and isinstance(b, _complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a, modulo=None):
        if modulo is not None:
            return NotImplemented
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction._from_coprime_ints(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._from_coprime_ints(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._from_coprime_ints(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self): nearest int, ties to even; round(self, n): a Fraction."""
        if ndigits is None:
            d = self._denominator
            floor, remainder = divmod(self._numerator, d)
            if remainder * 2 < d:
                return floor
            if remainder * 2 > d:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __hash__(self):
        inverse = _mod_inverse(self._denominator, _PyHASH_MODULUS)
        if inverse is None:
            result = _PyHASH_INF
        else:
            result = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            result = -result
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _format_text(text, negative, spec, typename):
    # Apply [[fill]align][sign][#][0][width] to an unsigned number text.
    fill, align = ' ', '>'
    if len(spec) >= 2 and spec[1] in '<>=^':
        fill, align, spec = spec[0], spec[1], spec[2:]
    elif spec[:1] in ('<', '>', '=', '^'):
        align, spec = spec[0], spec[1:]
    sign = '-' if negative else ''
    if spec[:1] in ('+', '-', ' '):
        if not negative and spec[0] in '+ ':
            sign = spec[0]
        spec = spec[1:]
    spec = spec.replace('#', '')
    if spec.startswith('0') and len(spec) > 1:
        fill, align, spec = '0', '=', spec[1:]
    width = int(spec) if spec.isdigit() else 0
    if spec and not spec.isdigit():
        raise ValueError('Invalid format specifier %r for object of type %r' % (spec, typename))
    padding = max(width - len(sign) - len(text), 0)
    if align == '<':
        return sign + text + fill * padding
    if align == '^':
        left = padding // 2
        return fill * left + sign + text + fill * (padding - left)
    if align == '=':
        return sign + fill * padding + text
    return fill * padding + sign + text
