"""String constants, `capwords`, `Template` ($-substitution) and `Formatter` (CPython's `string`).

`Template` scans its text by hand rather than with a regular expression: `$$` is a literal `$`,
`$name` and `${name}` are placeholders, where a name is ASCII letters, digits and underscores not
starting with a digit (the default `idpattern`; a subclass may change `delimiter` and `braceidpattern`
is not supported). Invalid placeholders raise CPython's `ValueError` with the line and column.
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits', 'hexdigits',
           'octdigits', 'printable', 'punctuation', 'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep (whitespace runs if None), capitalize each word, join with sep (or ' ')."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = set(ascii_letters + '_')
_ID_CONTINUE = set(ascii_letters + digits + '_')


class Template:
    """A string with $-placeholders: Template('$who likes ${what}').substitute(who='tim', what='ham')."""

    delimiter = '$'
    flags = None

    def __init__(self, template):
        self.template = template

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)

    def _scan(self):
        # Yield (kind, text, position): kind is 'text', 'escaped', 'named', 'braced' or 'invalid'.
        template = self.template
        delim = self.delimiter
        n = len(template)
        dlen = len(delim)
        start = 0
        i = template.find(delim)
        while i != -1:
            if i > start:
                yield 'text', template[start:i], start
            j = i + dlen
            if template.startswith(delim, j):
                yield 'escaped', delim, i
                start = j + dlen
            elif j < n and template[j] in _ID_START:
                k = j + 1
                while k < n and template[k] in _ID_CONTINUE:
                    k += 1
                yield 'named', template[j:k], i
                start = k
            elif j < n and template[j] == '{':
                k = j + 1
                if k < n and template[k] in _ID_START:
                    m = k + 1
                    while m < n and template[m] in _ID_CONTINUE:
                        m += 1
                    if m < n and template[m] == '}':
                        yield 'braced', template[k:m], i
                        start = m + 1
                        i = template.find(delim, start)
                        continue
                yield 'invalid', delim, i
                start = j
            else:
                yield 'invalid', delim, i
                start = j
            i = template.find(delim, start)
        if start < n:
            yield 'text', template[start:], start

    def _invalid(self, position):
        # CPython reports the position just after the bad delimiter: the number of lines of the
        # text before it, and the length of the last of those lines as the column.
        lines = self.template[:position].splitlines(keepends=True)
        lineno = max(len(lines), 1)
        colno = len(lines[-1]) if lines else 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        """Replace every placeholder; KeyError for a missing name, ValueError for a bad '$'."""
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        pieces = []
        for kind, text, position in self._scan():
            if kind in ('named', 'braced'):
                pieces.append(str(mapping[text]))
            elif kind == 'invalid':
                self._invalid(position + len(self.delimiter))
            else:
                pieces.append(text)
        return ''.join(pieces)

    def safe_substitute(self, mapping=None, /, **kws):
        """Like substitute, but missing names and bad '$'s are left in the text as they are."""
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        pieces = []
        for kind, text, position in self._scan():
            if kind == 'named':
                try:
                    pieces.append(str(mapping[text]))
                except KeyError:
                    pieces.append(self.delimiter + text)
            elif kind == 'braced':
                try:
                    pieces.append(str(mapping[text]))
                except KeyError:
                    pieces.append(self.delimiter + '{' + text + '}')
            else:
                pieces.append(text)
        return ''.join(pieces)

    def is_valid(self):
        """True when every '$' starts a valid placeholder or is escaped."""
        return all(kind != 'invalid' for kind, _text, _pos in self._scan())

    def get_identifiers(self):
        """The placeholder names, each once, in order of first appearance."""
        ids = []
        for kind, text, _pos in self._scan():
            if kind in ('named', 'braced') and text not in ids:
                ids.append(text)
        return ids


class _ChainLookup:
    # Look a key up in the keyword arguments first, then in the mapping.
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Formatter:
    """str.format's machinery as overridable methods: parse, get_field, get_value,
    check_unused_args, format_field and convert_field."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to automatic '
                                         'field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from automatic field numbering to manual '
                                         'field specification')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                            recursion_depth - 1, auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier %s' % conversion)

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each piece of the format."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first


def _parse_format(s):
    # The same split of a format string that str.format makes.
    result = []
    literal = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                # An escaped brace ends a literal piece, as in str.format's parser.
                literal.append('{')
                result.append((''.join(literal), None, None, None))
                literal = []
                i += 2
                continue
            if i + 1 >= n:
                raise ValueError("Single '{' encountered in format string")
            depth = 1
            j = i + 1
            while j < n:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j]
            field_name, conversion, format_spec = _split_field(field)
            result.append((''.join(literal), field_name, format_spec, conversion))
            literal = []
            i = j + 1
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                result.append((''.join(literal), None, None, None))
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        result.append((''.join(literal), None, None, None))
    return result


def _split_field(field):
    # field_name[!conversion][:format_spec]; the name may contain [..] holding ':' or '!'.
    i = 0
    n = len(field)
    while i < n and field[i] not in '!:':
        if field[i] == '[':
            while i < n and field[i] != ']':
                i += 1
        i += 1
    name = field[:i]
    conversion = None
    spec = ''
    if i < n and field[i] == '!':
        if i + 1 >= n:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = field[i + 1]
        i += 2
        if i < n and field[i] != ':':
            raise ValueError('expected \':\' after conversion specifier')
    if i < n and field[i] == ':':
        spec = field[i + 1:]
    return name, conversion, spec


def _split_field_name(name):
    # 'a.b[0]' -> ('a', [(True, 'b'), (False, 0)]); integer keys become ints.
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError('Empty attribute in format string')
            rest.append((True, attr))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j == -1:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
        else:
            raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
    return first, rest
