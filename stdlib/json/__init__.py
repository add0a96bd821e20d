"""JSON encoding and decoding (CPython's `json` package), written without regular expressions.

`dumps` produces CPython's text exactly: the same separators (`', '`/`': '`, or `','` with an
indent), key conversions, `\\uXXXX` escapes (surrogate pairs, lowercase hex), `NaN`/`Infinity`,
float text from `float.__repr__`, and errors (`Circular reference detected`, `Object of type set is
not JSON serializable` with 3.14's "when serializing ..." notes). `loads` is a recursive-descent
parser whose `JSONDecodeError` messages and positions are CPython 3.14's
(`Expecting value: line 1 column 1 (char 0)`).
"""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

__version__ = '2.0.9'

INFINITY = float('inf')


################################################################################
### Errors
################################################################################

class JSONDecodeError(ValueError):
    """A ValueError for malformed JSON, with the position: msg, doc, pos, lineno, colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


################################################################################
### Encoding
################################################################################

_SHORT_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}


def _escape_char(c, ascii_only):
    short = _SHORT_ESCAPES.get(c)
    if short is not None:
        return short
    n = ord(c)
    if n < 0x20 or (ascii_only and n > 0x7e):
        if n > 0xffff:
            n -= 0x10000
            return '\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))
        return '\\u%04x' % n
    return c


def _needs_escape(c, ascii_only):
    return c in _SHORT_ESCAPES or c < ' ' or (ascii_only and c > '~')


def py_encode_basestring(s):
    """The JSON string literal for s, non-ASCII characters kept as they are."""
    if not any(_needs_escape(c, False) for c in s):
        return '"' + s + '"'
    return '"' + ''.join([_escape_char(c, False) for c in s]) + '"'


def py_encode_basestring_ascii(s):
    """The JSON string literal for s, with every non-ASCII character escaped."""
    if s.isascii() and not any(_needs_escape(c, True) for c in s):
        return '"' + s + '"'
    return '"' + ''.join([_escape_char(c, True) for c in s]) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


def _add_note(exc, note):
    add = getattr(exc, 'add_note', None)
    if add is not None:
        add(note)


class JSONEncoder:
    """The encoder behind dumps; subclass it and override default() to serialize more types."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable stand-in for o, or raise TypeError (the default)."""
        raise TypeError('Object of type %s is not JSON serializable' % o.__class__.__name__)

    def encode(self, o):
        """The JSON text for o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """The JSON text for o, as an iterator of pieces."""
        markers = {} if self.check_circular else None
        encode_str = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        allow_nan = self.allow_nan

        def floatstr(o):
            if o != o:
                text = 'NaN'
            elif o == INFINITY:
                text = 'Infinity'
            elif o == -INFINITY:
                text = '-Infinity'
            else:
                return float.__repr__(o)
            if not allow_nan:
                raise ValueError('Out of range float values are not JSON compliant: %r' % (o,))
            return text

        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _iterencoder(markers, self.default, encode_str, indent, floatstr, self.key_separator,
                            self.item_separator, self.sort_keys, self.skipkeys)(o, 0)


def _iterencoder(markers, default, encode_str, indent, floatstr, key_separator, item_separator,
                 sort_keys, skipkeys):

    def enter(o):
        if markers is not None:
            marker = id(o)
            if marker in markers:
                raise ValueError('Circular reference detected')
            markers[marker] = o

    def leave(o):
        if markers is not None:
            del markers[id(o)]

    def encode_scalar(o):
        # The text of a str, None, bool, int or float; None for anything else.
        if isinstance(o, str):
            return encode_str(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return floatstr(o)
        return None

    def encode_list(lst, level):
        if not lst:
            yield '[]'
            return
        enter(lst)
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            separator = item_separator + newline
            yield '[' + newline
        else:
            newline = None
            separator = item_separator
            yield '['
        for i, value in enumerate(lst):
            if i:
                yield separator
            try:
                text = encode_scalar(value)
                if text is not None:
                    yield text
                else:
                    yield from encode(value, level)
            except GeneratorExit:
                raise
            except BaseException as exc:
                _add_note(exc, 'when serializing %s item %d' % (type(lst).__name__, i))
                raise
        if newline is not None:
            level -= 1
            yield '\n' + indent * level
        yield ']'
        leave(lst)

    def encode_key(key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return floatstr(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not %s' % key.__class__.__name__)

    def encode_dict(dct, level):
        if not dct:
            yield '{}'
            return
        enter(dct)
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            separator = item_separator + newline
            yield '{' + newline
        else:
            newline = None
            separator = item_separator
            yield '{'
        items = sorted(dct.items()) if sort_keys else dct.items()
        first = True
        for key, value in items:
            key_text = encode_key(key)
            if key_text is None:
                continue
            if not first:
                yield separator
            first = False
            yield encode_str(key_text)
            yield key_separator
            try:
                text = encode_scalar(value)
                if text is not None:
                    yield text
                else:
                    yield from encode(value, level)
            except GeneratorExit:
                raise
            except BaseException as exc:
                _add_note(exc, 'when serializing %s item %r' % (type(dct).__name__, key))
                raise
        if newline is not None:
            level -= 1
            yield '\n' + indent * level
        yield '}'
        leave(dct)

    def encode(o, level):
        text = encode_scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from encode_list(o, level)
        elif isinstance(o, dict):
            yield from encode_dict(o, level)
        else:
            enter(o)
            replacement = default(o)
            try:
                yield from encode(replacement, level)
            except GeneratorExit:
                raise
            except BaseException as exc:
                _add_note(exc, 'when serializing %s object' % type(o).__name__)
                raise
            leave(o)

    return encode


_default_encoder = JSONEncoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None and indent is None
            and separators is None and default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
         indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj as JSON text written to the file-like object fp."""
    if cls is None:
        cls = JSONEncoder
    iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                   allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys, **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)


################################################################################
### Decoding
################################################################################

_WS = ' \t\n\r'
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_HEX = '0123456789abcdefABCDEF'
_DIGITS = '0123456789'
_CONSTANTS = {'-Infinity': -INFINITY, 'Infinity': INFINITY, 'NaN': float('nan')}


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


def _decode_hex4(s, pos):
    # The four hex digits after the 'u' at pos; like CPython's scanner, a closing quote (or
    # anything) must still follow them.
    esc = s[pos + 1:pos + 5]
    if pos + 5 < len(s) and all(c in _HEX for c in esc):
        return int(esc, 16)
    raise JSONDecodeError('Invalid \\uXXXX escape', s, pos)


def py_scanstring(s, end, strict=True):
    """Decode the JSON string whose opening quote is at end - 1; return (str, index after it)."""
    chunks = []
    begin = end - 1
    n = len(s)
    while True:
        # Copy the run of ordinary characters up to the next quote, backslash or control char.
        start = end
        while end < n:
            c = s[end]
            if c == '"' or c == '\\' or c < ' ':
                break
            end += 1
        if end > start:
            chunks.append(s[start:end])
        if end >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        c = s[end]
        end += 1
        if c == '"':
            break
        if c != '\\':
            if strict:
                raise JSONDecodeError('Invalid control character at', s, end - 1)
            chunks.append(c)
            continue
        if end >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[end]
        if esc != 'u':
            char = _ESCAPES.get(esc)
            if char is None:
                raise JSONDecodeError('Invalid \\escape', s, end - 1)
            chunks.append(char)
            end += 1
            continue
        uni = _decode_hex4(s, end)
        end += 5
        if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
            uni2 = _decode_hex4(s, end + 1)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                end += 6
        chunks.append(chr(uni))
    return ''.join(chunks), end


scanstring = py_scanstring


class _Parser:
    # One decoding pass over a document, with the decoder's hooks.

    def __init__(self, decoder, s):
        self.s = s
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.memo = {}

    def value(self, i):
        """(value, end) for the value starting at i; StopIteration(i) if none starts there."""
        s = self.s
        if i >= len(s):
            raise StopIteration(i)
        c = s[i]
        if c == '"':
            return scanstring(s, i + 1, self.strict)
        if c == '{':
            return self.object(i + 1)
        if c == '[':
            return self.array(i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.parse_constant('-Infinity'), i + 9
        return self.number(i)

    def number(self, i):
        # -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
        s = self.s
        n = len(s)
        j = i
        if j < n and s[j] == '-':
            j += 1
        if j < n and s[j] == '0':
            j += 1
        elif j < n and '1' <= s[j] <= '9':
            j += 1
            while j < n and s[j] in _DIGITS:
                j += 1
        else:
            raise StopIteration(i)
        integer_end = j
        is_float = False
        if j + 1 < n and s[j] == '.' and s[j + 1] in _DIGITS:
            j += 2
            while j < n and s[j] in _DIGITS:
                j += 1
            is_float = True
        if j < n and s[j] in 'eE':
            k = j + 1
            if k < n and s[k] in '+-':
                k += 1
            if k < n and s[k] in _DIGITS:
                k += 1
                while k < n and s[k] in _DIGITS:
                    k += 1
                j = k
                is_float = True
        if is_float:
            return self.parse_float(s[i:j]), j
        return self.parse_int(s[i:integer_end]), integer_end

    def object(self, i):
        s = self.s
        pairs = []
        i = _skip_ws(s, i)
        if i < len(s) and s[i] == '}':
            return self.finish_object(pairs), i + 1
        if i >= len(s) or s[i] != '"':
            raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
        memo = self.memo
        while True:
            key, i = scanstring(s, i + 1, self.strict)
            key = memo.setdefault(key, key)
            i = _skip_ws(s, i)
            if i >= len(s) or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip_ws(s, i + 1)
            try:
                value, i = self.value(i)
            except StopIteration as err:
                raise JSONDecodeError('Expecting value', s, err.value) from None
            pairs.append((key, value))
            i = _skip_ws(s, i)
            if i < len(s) and s[i] == '}':
                return self.finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            comma = i
            i = _skip_ws(s, i + 1)
            if i < len(s) and s[i] == '}':
                raise JSONDecodeError('Illegal trailing comma before end of object', s, comma)
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result

    def array(self, i):
        s = self.s
        values = []
        i = _skip_ws(s, i)
        if i < len(s) and s[i] == ']':
            return values, i + 1
        while True:
            try:
                value, i = self.value(i)
            except StopIteration as err:
                raise JSONDecodeError('Expecting value', s, err.value) from None
            values.append(value)
            i = _skip_ws(s, i)
            if i < len(s) and s[i] == ']':
                return values, i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            comma = i
            i = _skip_ws(s, i + 1)
            if i < len(s) and s[i] == ']':
                raise JSONDecodeError('Illegal trailing comma before end of array', s, comma)


class JSONDecoder:
    """The decoder behind loads; its hooks (object_hook, object_pairs_hook, parse_float,
    parse_int, parse_constant) customise the values produced."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """The Python value of the JSON document s (whitespace allowed around it)."""
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """(value, end index) for the JSON value at s[idx:], which may be followed by more text."""
        try:
            return _Parser(self, s).value(idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None


_default_decoder = JSONDecoder()


def detect_encoding(b):
    """The encoding of a JSON document given as bytes (UTF-8, -16 or -32, by BOM or by zeros)."""
    bstartswith = b.startswith
    if bstartswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if bstartswith((b'\xff\xfe', b'\xfe\xff')):
        return 'utf-16'
    if bstartswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding a JSON document) to a Python object."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError('the JSON object must be str, bytes or bytearray, not %s' % s.__class__.__name__)
        s = s.decode(detect_encoding(s), 'surrogatepass')
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
         object_pairs_hook=None, **kw):
    """Deserialize the JSON document read from the file-like object fp."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
