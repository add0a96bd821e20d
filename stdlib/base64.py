"""Base16, base32, base64, base85 and Ascii85 encodings (CPython's `base64` module), written in
Python on top of `binascii`.

Supported: `b64encode`/`b64decode` (altchars, validate), `standard_b64encode`/`standard_b64decode`,
`urlsafe_b64encode`/`urlsafe_b64decode`, `b32encode`/`b32decode` (casefold, map01),
`b32hexencode`/`b32hexdecode`, `b16encode`/`b16decode`, `a85encode`/`a85decode` (foldspaces,
wrapcol, pad, adobe, ignorechars), `b85encode`/`b85decode`, `encodebytes`/`decodebytes` and the
file-to-file `encode`/`decode`. Decoders accept bytes-like objects and ASCII strings; malformed
input raises `binascii.Error` (Ascii85/base85 errors are ValueError, as in CPython).

Not supported: `z85encode`/`z85decode` (new in 3.13) and the command-line interface.
"""

import binascii

__all__ = ["encode", "decode", "encodebytes", "decodebytes", "b64encode", "b64decode",
           "b32encode", "b32decode", "b32hexencode", "b32hexdecode", "b16encode", "b16decode",
           "b85encode", "b85decode", "a85encode", "a85decode", "standard_b64encode",
           "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode"]

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    """Input of a decoder: an ASCII str or a bytes-like object, as bytes."""
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return s.encode("ascii")
    if isinstance(s, bytes_types):
        return s
    try:
        return binascii._binary(s)
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                        % type(s).__name__) from None


def _bytes_like(s, message="a bytes-like object is required, not '%s'"):
    """Input of an encoder: a bytes-like object (TypeError with `message` otherwise)."""
    try:
        return binascii._binary(s)
    except TypeError:
        raise TypeError(message % type(s).__name__) from None


# ---- base64

def b64encode(s, altchars=None):
    """Encode the bytes-like `s` in base64; `altchars` (2 bytes) replace '+' and '/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b"+/", altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode base64 `s`. Characters outside the alphabet are skipped unless `validate` is
    true; `altchars` (2 bytes) stand for '+' and '/'."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b"+/"))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Encode `s` with the standard base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode `s` from the standard base64 alphabet."""
    return b64decode(s)


_urlsafe_encode_translation = bytes.maketrans(b"+/", b"-_")
_urlsafe_decode_translation = bytes.maketrans(b"-_", b"+/")


def urlsafe_b64encode(s):
    """Encode `s` in base64 with '-' and '_' instead of '+' and '/'."""
    return b64encode(s).translate(_urlsafe_encode_translation)


def urlsafe_b64decode(s):
    """Decode base64 that uses '-' and '_' (or '+' and '/')."""
    s = _bytes_from_decode_data(s)
    return b64decode(s.translate(_urlsafe_decode_translation))


# ---- base32

_B32_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX_ALPHABET = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"
_B32_PADDING = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}  # '=' after n leftover bytes


def _b32encode(alphabet, s):
    s = _bytes_like(s, "memoryview: a bytes-like object is required, not '%s'")
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        value = int.from_bytes(bytes(chunk) + bytes(5 - len(chunk)), "big")
        for shift in range(35, -5, -5):
            out.append(alphabet[(value >> shift) & 31])
        padding = _B32_PADDING[len(chunk) % 5]
        if padding:
            out[-padding:] = b"=" * padding
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b"01", b"O" + map01))
    if casefold:
        s = s.upper()
    length = len(s)
    s = s.rstrip(b"=")
    padchars = length - len(s)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(s), 8):
        quantum = s[i:i + 8]
        value = 0
        for c in quantum:
            digit = values.get(c)
            if digit is None:
                raise binascii.Error("Non-base32 digit found")
            value = (value << 5) | digit
        value <<= 5 * (8 - len(quantum))  # the last quantum lost its '=' padding to rstrip
        out += value.to_bytes(5, "big")
    if padchars not in (0, 1, 3, 4, 6):
        raise binascii.Error("Incorrect padding")
    if padchars and out:
        keep = (43 - 5 * padchars) // 8
        del out[len(out) - 5 + keep:]
    return bytes(out)


def b32encode(s):
    """Encode the bytes-like `s` in base32."""
    return _b32encode(_B32_ALPHABET, s)


def b32decode(s, casefold=False, map01=None):
    """Decode base32 `s`. `casefold` accepts lowercase; `map01` (b'I' or b'L') says what the
    digit 1 stands for, and lets 0 stand for O."""
    return _b32decode(_B32_ALPHABET, s, casefold, map01)


def b32hexencode(s):
    """Encode the bytes-like `s` in base32 with the "extended hex" alphabet."""
    return _b32encode(_B32HEX_ALPHABET, s)


def b32hexdecode(s, casefold=False):
    """Decode base32 `s` written with the "extended hex" alphabet."""
    return _b32decode(_B32HEX_ALPHABET, s, casefold)


# ---- base16

def b16encode(s):
    """Encode the bytes-like `s` as uppercase hexadecimal."""
    return binascii.hexlify(s).upper()


_B16_DIGITS = frozenset(b"0123456789ABCDEF")


def b16decode(s, casefold=False):
    """Decode uppercase hexadecimal `s` (lowercase too with `casefold`)."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in _B16_DIGITS:
            raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


# ---- Ascii85 and base85

_A85_START = b"<~"
_A85_END = b"~>"
_A85_ALPHABET = bytes(range(33, 118))  # '!' .. 'u'
_B85_ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")


def _85encode(data, alphabet, pad=False, foldnuls=False, foldspaces=False):
    """Each 4-byte big-endian word of `data` as 5 base-85 digits (the last word zero-padded and
    its digits cut short unless `pad`); 'z' for a zero word, 'y' for four spaces if asked."""
    data = _bytes_like(data)
    padding = -len(data) % 4
    data = bytes(data) + bytes(padding)
    chunks = []
    for i in range(0, len(data), 4):
        word = int.from_bytes(data[i:i + 4], "big")
        if foldnuls and word == 0:
            chunks.append(b"z")
        elif foldspaces and word == 0x20202020:
            chunks.append(b"y")
        else:
            digits = bytearray(5)
            for j in range(4, -1, -1):
                word, digit = divmod(word, 85)
                digits[j] = alphabet[digit]
            chunks.append(bytes(digits))
    if padding and not pad:
        if chunks[-1] == b"z":
            chunks[-1] = alphabet[:1] * 5
        chunks[-1] = chunks[-1][:-padding]
    return b"".join(chunks)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode the bytes-like `b` in Ascii85. `foldspaces` writes 'y' for four spaces,
    `wrapcol` > 0 breaks lines after that many characters, `pad` pads the input to a multiple of
    4 bytes, `adobe` frames the result in <~ and ~>."""
    result = _85encode(b, _A85_ALPHABET, pad, True, foldspaces)
    if adobe:
        result = _A85_START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b"")  # the closing ~> goes on a line of its own
        result = b"\n".join(lines)
    if adobe:
        result += _A85_END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\x0b"):
    """Decode Ascii85 `b`. `adobe` expects the <~ ~> framing; characters in `ignorechars` are
    skipped."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85_END):
            raise ValueError("Ascii85 encoded byte sequences must end with %r" % (_A85_END,))
        b = b[2:-2] if b.startswith(_A85_START) else b[:-2]
    decoded = []
    group = []
    # Four 'u's (the highest digit) complete a trailing partial group; the extra bytes they
    # produce are cut off at the end.
    for c in bytes(b) + b"uuuu":
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                value = 0
                for digit in group:
                    value = value * 85 + digit
                if value > 0xFFFFFFFF:
                    raise ValueError("Ascii85 overflow")
                decoded.append(value.to_bytes(4, "big"))
                group = []
        elif c == 122:  # 'z'
            if group:
                raise ValueError("z inside Ascii85 5-tuple")
            decoded.append(b"\0\0\0\0")
        elif foldspaces and c == 121:  # 'y'
            if group:
                raise ValueError("y inside Ascii85 5-tuple")
            decoded.append(b"    ")
        elif c in ignorechars:
            continue
        else:
            raise ValueError("Non-Ascii85 digit found: %c" % c)
    result = b"".join(decoded)
    padding = 4 - len(group)
    if padding:
        result = result[:-padding]
    return result


_B85_VALUES = [None] * 256
for _i, _c in enumerate(_B85_ALPHABET):
    _B85_VALUES[_c] = _i
del _i, _c


def b85encode(b, pad=False):
    """Encode the bytes-like `b` in base85 (as git and Mercurial use it); `pad` pads the input
    to a multiple of 4 bytes."""
    return _85encode(b, _B85_ALPHABET, pad)


def b85decode(b):
    """Decode base85 `b`."""
    b = _bytes_from_decode_data(b)
    padding = -len(b) % 5
    b = bytes(b) + b"~" * padding
    out = []
    for i in range(0, len(b), 5):
        value = 0
        for j in range(i, i + 5):
            digit = _B85_VALUES[b[j]]
            if digit is None:
                raise ValueError("bad base85 character at position %d" % j)
            value = value * 85 + digit
        if value > 0xFFFFFFFF:
            raise ValueError("base85 overflow in hunk starting at byte %d" % i)
        out.append(value.to_bytes(4, "big"))
    result = b"".join(out)
    if padding:
        result = result[:-padding]
    return result


# ---- MIME-style base64 (lines of 76 characters)

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    """Encode the bytes-like `s` in base64, in lines of at most 76 characters each ending
    with a newline."""
    s = _bytes_like(s, "expected bytes-like object, not %s")
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b"".join(pieces)


def decodebytes(s):
    """Decode base64 lines (as encodebytes writes them)."""
    s = _bytes_like(s, "expected bytes-like object, not %s")
    return binascii.a2b_base64(s)


def encode(input, output):
    """Encode the binary file `input` into the binary file `output`, base64 in MIME lines."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decode the base64 lines of the binary file `input` into the binary file `output`."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
