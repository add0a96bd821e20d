"""Conversions between binary data and ASCII (CPython's `binascii` module), written in Python.

Supported: `Error` (a ValueError), `Incomplete`, `hexlify`/`b2a_hex` (with `sep` and
`bytes_per_sep`), `unhexlify`/`a2b_hex`, `b2a_base64` (`newline`), `a2b_base64` (`strict_mode`),
`crc32`, `crc_hqx`.

Not supported: uuencode (`b2a_uu`, `a2b_uu`) and quoted-printable (`b2a_qp`, `a2b_qp`).
"""

import builtins

_memoryview = getattr(builtins, "memoryview", None)


class Error(ValueError):
    """Raised for malformed encoded data."""


class Incomplete(Exception):
    """Raised for incomplete encoded data (kept for compatibility; nothing here raises it)."""


def _binary(data):
    """Binary input: a bytes-like object, as bytes or bytearray."""
    if isinstance(data, (bytes, bytearray)):
        return data
    if _memoryview is not None and isinstance(data, _memoryview):
        return data.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _ascii(data):
    """Encoded input: a bytes-like object or a str of ASCII characters."""
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode("ascii")
    if isinstance(data, (bytes, bytearray)):
        return data
    if _memoryview is not None and isinstance(data, _memoryview):
        return data.tobytes()
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'" % type(data).__name__)


def _int(value):
    if isinstance(value, int):
        return value
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return index(value)


# ---- hexadecimal

_HEX_DIGITS = frozenset(b"0123456789abcdefABCDEF")


def hexlify(data, sep=None, bytes_per_sep=1):
    """The hexadecimal digits of `data`, as bytes. With `sep` (one character), it separates
    groups of `bytes_per_sep` bytes, counted from the right (from the left if negative)."""
    data = _binary(data)
    digits = bytes(data).hex()
    if sep is None:
        return digits.encode("ascii")
    if len(sep) != 1:
        raise ValueError("sep must be length 1.")
    code = ord(sep) if isinstance(sep, str) else _binary(sep)[0]
    if code > 0xFF:
        raise ValueError("sep must be ASCII.")
    sep = chr(code)
    per = _int(bytes_per_sep)
    if per == 0 or not digits:
        return digits.encode("latin-1")
    width = 2 * abs(per)
    if per > 0:
        # Groups are counted from the right: the first group may be short.
        first = len(digits) % width or width
        groups = [digits[:first]] + [digits[i:i + width] for i in range(first, len(digits), width)]
    else:
        groups = [digits[i:i + width] for i in range(0, len(digits), width)]
    return sep.join(groups).encode("latin-1")


b2a_hex = hexlify


def unhexlify(hexstr):
    """The bytes that the hexadecimal digits of `hexstr` spell."""
    data = _ascii(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    for byte in data:
        if byte not in _HEX_DIGITS:
            raise Error("Non-hexadecimal digit found")
    return bytes.fromhex(data.decode("ascii"))


a2b_hex = unhexlify


# ---- base64

_B64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
# Each 12-bit value as its two base64 characters, so a 3-byte group takes two lookups.
_B64_PAIRS = [bytes((_B64_ALPHABET[i >> 6], _B64_ALPHABET[i & 63])) for i in range(4096)]
_B64_VALUES = [-1] * 256
for _i, _c in enumerate(_B64_ALPHABET):
    _B64_VALUES[_c] = _i
del _i, _c
_PAD = ord("=")


def b2a_base64(data, *, newline=True):
    """`data` in base64, with a trailing newline unless newline=False."""
    data = _binary(data)
    pairs = _B64_PAIRS
    out = []
    whole = len(data) - len(data) % 3
    for i in range(0, whole, 3):
        group = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(pairs[group >> 12])
        out.append(pairs[group & 0xFFF])
    rest = len(data) - whole
    if rest == 1:
        group = data[whole] << 16
        out.append(pairs[group >> 12] + b"==")
    elif rest == 2:
        group = (data[whole] << 16) | (data[whole + 1] << 8)
        out.append(pairs[group >> 12] + pairs[group & 0xFFF][:1] + b"=")
    if newline:
        out.append(b"\n")
    return b"".join(out)


def a2b_base64(data, *, strict_mode=False):
    """Decode base64 `data`. Characters outside the alphabet are skipped and decoding stops at
    the padding that completes a group; with strict_mode=True anything irregular is an Error."""
    data = _ascii(data)
    values = _B64_VALUES
    out = bytearray()
    quad_pos = 0      # how many characters of the current 4-character group have been seen
    left = 0          # the bits of the group not yet output
    pads = 0          # '=' seen since the last data character
    padding_started = False
    count = 0         # data characters decoded
    if strict_mode and data and data[0] == _PAD:
        raise Error("Leading padding not allowed")
    for i, c in enumerate(data):
        if c == _PAD:
            padding_started = True
            pads += 1
            if quad_pos >= 2 and quad_pos + pads >= 4:
                # The group is complete: the rest of the input is not decoded.
                if strict_mode and i + 1 < len(data):
                    raise Error("Excess data after padding")
                return bytes(out)
            continue
        value = values[c]
        if value < 0:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        count += 1
        if quad_pos == 0:
            left = value
            quad_pos = 1
        elif quad_pos == 1:
            out.append(((left << 2) | (value >> 4)) & 0xFF)
            left = value & 0x0F
            quad_pos = 2
        elif quad_pos == 2:
            out.append(((left << 4) | (value >> 2)) & 0xFF)
            left = value & 0x03
            quad_pos = 3
        else:
            out.append(((left << 6) | value) & 0xFF)
            quad_pos = 0
    if quad_pos == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 "
                    "more than a multiple of 4" % count)
    if quad_pos:
        raise Error("Incorrect padding")
    return bytes(out)


# ---- checksums

def _crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


def _crc_hqx_table():
    table = []
    for n in range(256):
        c = n << 8
        for _ in range(8):
            c = ((c << 1) ^ 0x1021) if c & 0x8000 else c << 1
        table.append(c & 0xFFFF)
    return table


_CRC32 = _crc32_table()
_CRC_HQX = _crc_hqx_table()


def crc32(data, crc=0):
    """The CRC-32 of `data` (as zlib computes it), continuing from a previous `crc`."""
    data = _binary(data)
    table = _CRC32
    crc = ~_int(crc) & 0xFFFFFFFF
    for byte in data:
        crc = table[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


def crc_hqx(data, value):
    """The CRC-CCITT (XMODEM) of `data`, starting from `value`."""
    data = _binary(data)
    table = _CRC_HQX
    crc = _int(value) & 0xFFFF
    for byte in data:
        crc = ((crc << 8) & 0xFF00) ^ table[(crc >> 8) ^ byte]
    return crc
