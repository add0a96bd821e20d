"""Packing values into bytes and unpacking them (CPython's `struct` module), written in Python.

Supported: `pack`, `unpack`, `calcsize`, `iter_unpack`, `pack_into`, `unpack_from`, the `Struct`
class and `error`. Byte order prefixes '@' (native order, sizes and alignment; the default), '='
(native order, standard sizes), '<', '>' and '!'. Format characters x c b B ? h H i I l L q Q n N
e f d s p P, with repeat counts and whitespace between items. Native sizes and alignment are
those of a 64-bit Unix machine (long, size_t and pointers are 8 bytes). Floats are converted
through their IEEE 754 bit layout with round-half-even, so 'e' and 'f' round as C does. Error
messages follow CPython 3.13. Buffers are bytes, bytearray (and memoryview where it exists).
"""

import builtins
import math
import sys

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct",
           "error"]

_memoryview = getattr(builtins, "memoryview", None)


class error(Exception):
    """Raised for bad formats and for values or buffers that don't fit them."""


_NATIVE_ORDER = sys.byteorder
_POINTER_SIZE = 8 if sys.maxsize > 2 ** 32 else 4

# kind of each format character: how its values are converted
_PAD, _CHAR, _INT, _UINT, _BOOL, _FLOAT, _STRING, _PASCAL = range(8)

# character: (kind, standard size, native size); native alignment is the native size.
_CODES = {
    "x": (_PAD, 1, 1), "c": (_CHAR, 1, 1), "b": (_INT, 1, 1), "B": (_UINT, 1, 1),
    "?": (_BOOL, 1, 1), "h": (_INT, 2, 2), "H": (_UINT, 2, 2), "i": (_INT, 4, 4),
    "I": (_UINT, 4, 4), "l": (_INT, 4, _POINTER_SIZE), "L": (_UINT, 4, _POINTER_SIZE),
    "q": (_INT, 8, 8), "Q": (_UINT, 8, 8), "n": (_INT, None, _POINTER_SIZE),
    "N": (_UINT, None, _POINTER_SIZE), "P": (_UINT, None, _POINTER_SIZE), "e": (_FLOAT, 2, 2),
    "f": (_FLOAT, 4, 4), "d": (_FLOAT, 8, 8), "s": (_STRING, 1, 1), "p": (_PASCAL, 1, 1),
}

# IEEE 754 layouts by size: (exponent bits, fraction bits).
_FLOAT_LAYOUT = {2: (5, 10), 4: (8, 23), 8: (11, 52)}

_WHITESPACE = " \t\n\r\x0b\x0c"


def _float_to_bits(x, size, code, saturate):
    """The IEEE 754 bits of float `x` in `size` bytes, rounded half to even. A value too large
    for the format raises OverflowError, or becomes infinity when `saturate` (C's float cast)."""
    ebits, fbits = _FLOAT_LAYOUT[size]
    sign_bit = 1 << (ebits + fbits)
    top = (1 << ebits) - 1  # the exponent field of infinities and NaNs
    sign = sign_bit if math.copysign(1.0, x) < 0 else 0
    if x != x:
        return sign | (top << fbits) | (1 << (fbits - 1))  # a quiet NaN
    x = abs(x)
    if x == math.inf:
        return sign | (top << fbits)
    if x == 0:
        return sign
    bias = (1 << (ebits - 1)) - 1
    m, e = math.frexp(x)               # x == m * 2**e with 0.5 <= m < 1
    mantissa = int(m * (1 << 53))      # exactly: x == mantissa * 2**(e - 53)
    # The weight of the last bit kept: fbits below the leading bit, but never below the
    # smallest subnormal.
    low = max(e - 1 - fbits, 1 - bias - fbits)
    shift = low - (e - 53)
    if shift > 0:
        q, r = divmod(mantissa, 1 << shift)
        half = 1 << (shift - 1)
        if r > half or (r == half and q & 1):
            q += 1
    else:
        q = mantissa << -shift
    if q >> (fbits + 1):               # rounding carried into a new leading bit
        q >>= 1
        low += 1
    if q >> fbits:
        exponent = low + fbits + bias
        fraction = q - (1 << fbits)
    else:
        exponent = 0                   # subnormal (or rounded to zero)
        fraction = q
    if exponent >= top:
        if saturate:
            return sign | (top << fbits)
        raise OverflowError("float too large to pack with %s format" % code)
    return sign | (exponent << fbits) | fraction


def _bits_to_float(bits, size):
    """The float whose IEEE 754 layout in `size` bytes is `bits`."""
    ebits, fbits = _FLOAT_LAYOUT[size]
    top = (1 << ebits) - 1
    bias = (1 << (ebits - 1)) - 1
    negative = bits >> (ebits + fbits)
    exponent = (bits >> fbits) & top
    fraction = bits & ((1 << fbits) - 1)
    if exponent == top:
        value = math.nan if fraction else math.inf
    elif exponent == 0:
        value = math.ldexp(float(fraction), 1 - bias - fbits)
    else:
        value = math.ldexp(float(fraction | (1 << fbits)), exponent - bias - fbits)
    return math.copysign(value, -1.0) if negative else value


def _as_int(value):
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise error("required argument is not an integer")
    return index(value)


def _as_float(value):
    if isinstance(value, float):
        return value
    kind = type(value)
    if hasattr(kind, "__float__") or hasattr(kind, "__index__"):
        try:
            return float(value)
        except OverflowError:
            pass
    raise error("required argument is not a float")


def _buffer(data):
    """Readable buffer: bytes, bytearray or memoryview."""
    if isinstance(data, (bytes, bytearray)):
        return data
    if _memoryview is not None and isinstance(data, _memoryview):
        return data.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _index_arg(value):
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return index(value)


class Struct:
    """A compiled format: `format`, `size`, and pack/unpack methods."""

    def __init__(self, format):
        if isinstance(format, (bytes, bytearray)):
            format = bytes(format).decode("ascii")
        elif not isinstance(format, str):
            raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                            % type(format).__name__)
        self.format = format
        self._compile(format)

    def _compile(self, fmt):
        """Turn the format into items (kind, code, offset, item size, count, byte order)."""
        order = _NATIVE_ORDER
        native = True
        i = 0
        if fmt and fmt[0] in "@=<>!":
            native = fmt[0] == "@"
            if fmt[0] in "<":
                order = "little"
            elif fmt[0] in ">!":
                order = "big"
            i = 1
        items = []
        offset = 0
        values = 0
        while i < len(fmt):
            c = fmt[i]
            if c in _WHITESPACE:
                i += 1
                continue
            count = 1
            if "0" <= c <= "9":
                start = i
                while i < len(fmt) and "0" <= fmt[i] <= "9":
                    i += 1
                if i == len(fmt):
                    raise error("repeat count given without format specifier")
                count = int(fmt[start:i])
                c = fmt[i]
            entry = _CODES.get(c)
            if entry is None or (not native and entry[1] is None):
                raise error("bad char in struct format")
            kind, standard, native_size = entry
            size = native_size if native else standard
            if native and size > 1:
                offset = (offset + size - 1) // size * size  # align to the item's size
            if kind in (_STRING, _PASCAL):
                items.append((kind, c, offset, count, 1))
                values += 1
                offset += count
            else:
                if kind != _PAD:
                    items.append((kind, c, offset, size, count))
                    values += count
                offset += size * count
            if offset > sys.maxsize:
                raise error("total struct size too long")
            i += 1
        self._items = items
        self._order = order
        self._native = native
        self._values = values
        self.size = offset

    def __repr__(self):
        return "Struct(%r)" % (self.format,)

    def _pack_into(self, buffer, start, args):
        order = self._order
        for kind, code, offset, size, count in self._items:
            offset += start
            if kind == _STRING or kind == _PASCAL:
                value = args.pop()
                if not isinstance(value, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % code)
                if kind == _STRING:
                    data = bytes(value[:size])
                    buffer[offset:offset + len(data)] = data
                elif size:
                    data = bytes(value[:size - 1])
                    buffer[offset] = min(len(data), 255)
                    buffer[offset + 1:offset + 1 + len(data)] = data
                continue
            for _ in range(count):
                value = args.pop()
                if kind == _INT or kind == _UINT:
                    buffer[offset:offset + size] = self._int_bytes(_as_int(value), kind, code, size)
                elif kind == _FLOAT:
                    bits = _float_to_bits(_as_float(value), size, code,
                                          saturate=self._native and code == "f")
                    buffer[offset:offset + size] = bits.to_bytes(size, order)
                elif kind == _BOOL:
                    buffer[offset] = 1 if value else 0
                else:  # _CHAR
                    if not isinstance(value, bytes) or len(value) != 1:
                        raise error("char format requires a bytes object of length 1")
                    buffer[offset] = value[0]
                offset += size

    def _int_bytes(self, value, kind, code, size):
        bits = 8 * size
        if code == "P":
            # Pointers: negative values wrap around, as a C cast does.
            if -(1 << (bits - 1)) <= value < 0:
                value += 1 << bits
            elif not 0 <= value < 1 << bits:
                raise error("int too large to convert")
        elif kind == _INT:
            low, high = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
            if not low <= value <= high:
                raise error("'%s' format requires %d <= number <= %d" % (code, low, high))
            value &= (1 << bits) - 1
        else:
            high = (1 << bits) - 1
            if not 0 <= value <= high:
                raise error("'%s' format requires 0 <= number <= %d" % (code, high))
        return value.to_bytes(size, self._order)

    def _check_count(self, args, name):
        if len(args) != self._values:
            raise error("%s expected %d items for packing (got %d)" % (name, self._values, len(args)))
        values = list(args)
        values.reverse()  # so that pop() hands them out in order
        return values

    def pack(self, *args):
        """The bytes of `args` laid out by the format."""
        values = self._check_count(args, "pack")
        buffer = bytearray(self.size)
        self._pack_into(buffer, 0, values)
        return bytes(buffer)

    def pack_into(self, buffer, offset, *args):
        """Pack `args` into the writable `buffer` (a bytearray) at `offset` (negative: from the
        end)."""
        values = self._check_count(args, "pack_into")
        if not isinstance(buffer, bytearray):
            raise TypeError("argument must be read-write bytes-like object, not %s"
                            % type(buffer).__name__)
        offset = _index_arg(offset)
        if offset < 0:
            if offset + self.size > 0:
                raise error("no space to pack %d bytes at offset %d" % (self.size, offset))
            if offset + len(buffer) < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, len(buffer)))
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes at "
                        "offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, len(buffer)))
        self._pack_into(buffer, offset, values)

    def _unpack(self, data, start):
        order = self._order
        result = []
        for kind, code, offset, size, count in self._items:
            offset += start
            if kind == _STRING:
                result.append(bytes(data[offset:offset + size]))
                continue
            if kind == _PASCAL:
                if size == 0:
                    result.append(b"")
                else:
                    length = min(data[offset], size - 1)
                    result.append(bytes(data[offset + 1:offset + 1 + length]))
                continue
            for _ in range(count):
                chunk = data[offset:offset + size]
                if kind == _INT or kind == _UINT:
                    result.append(int.from_bytes(chunk, order, signed=kind == _INT))
                elif kind == _FLOAT:
                    result.append(_bits_to_float(int.from_bytes(chunk, order), size))
                elif kind == _BOOL:
                    result.append(chunk[0] != 0)
                else:  # _CHAR
                    result.append(bytes(chunk))
                offset += size
        return tuple(result)

    def unpack(self, buffer):
        """The values laid out by the format in `buffer`, which must be exactly `size` bytes."""
        data = _buffer(buffer)
        if len(data) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return self._unpack(data, 0)

    def unpack_from(self, buffer, offset=0):
        """The values laid out by the format in `buffer` from `offset` (negative: from the
        end)."""
        data = _buffer(buffer)
        offset = _index_arg(offset)
        if offset < 0:
            if offset + self.size > 0:
                raise error("not enough data to unpack %d bytes at offset %d" % (self.size, offset))
            if offset + len(data) < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, len(data)))
            offset += len(data)
        if len(data) - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes "
                        "at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, len(data)))
        return self._unpack(data, offset)

    def iter_unpack(self, buffer):
        """An iterator over the values of each `size`-byte piece of `buffer`."""
        data = _buffer(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % self.size)
        return _UnpackIterator(self, data)


class _UnpackIterator:
    """What iter_unpack() returns."""

    def __init__(self, struct, data):
        self._struct = struct
        self._data = data
        self._offset = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._offset >= len(self._data):
            raise StopIteration
        values = self._struct._unpack(self._data, self._offset)
        self._offset += self._struct.size
        return values

    def __length_hint__(self):
        return (len(self._data) - self._offset) // self._struct.size


_UnpackIterator.__name__ = _UnpackIterator.__qualname__ = "unpack_iterator"

_cache = {}
_MAXCACHE = 100


def _struct(fmt):
    """The compiled Struct for `fmt`, from a small cache."""
    try:
        return _cache[fmt]
    except KeyError:
        pass
    except TypeError:  # an unhashable format: let Struct() report it
        return Struct(fmt)
    compiled = Struct(fmt)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[fmt] = compiled
    return compiled


def _clearcache():
    """Forget the compiled formats."""
    _cache.clear()


def calcsize(format):
    """The number of bytes the format describes."""
    return _struct(format).size


def pack(format, *values):
    """The bytes of `values` laid out by `format`."""
    return _struct(format).pack(*values)


def pack_into(format, buffer, offset, *values):
    """Pack `values` into the writable `buffer` at `offset`."""
    return _struct(format).pack_into(buffer, offset, *values)


def unpack(format, buffer):
    """The values laid out by `format` in `buffer`."""
    return _struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    """The values laid out by `format` in `buffer` from `offset`."""
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    """An iterator over the values in each piece of `buffer`."""
    return _struct(format).iter_unpack(buffer)
