"""Reading and writing CSV files (CPython's `csv` module), written in Python.

Supported: `reader`, `writer` (writerow/writerows), `DictReader`, `DictWriter` (writeheader),
`Dialect` and the `excel`, `excel_tab` and `unix_dialect` dialects, `register_dialect`,
`get_dialect`, `list_dialects`, `unregister_dialect`, `field_size_limit`, `Error`, and the quoting
styles `QUOTE_MINIMAL`, `QUOTE_ALL`, `QUOTE_NONNUMERIC`, `QUOTE_NONE`, `QUOTE_STRINGS`,
`QUOTE_NOTNULL`. Dialect parameters: delimiter, quotechar, escapechar, doublequote,
skipinitialspace, lineterminator, quoting, strict. Parsing, quoting and the validation of dialect
parameters follow CPython 3.13. A reader takes any iterable of strings: a list of lines, an
`io.StringIO`, a file opened with `newline=''`.

Not supported: `Sniffer`.
"""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "QUOTE_STRINGS",
           "QUOTE_NOTNULL", "Error", "Dialect", "excel", "excel_tab", "field_size_limit", "reader",
           "writer", "register_dialect", "get_dialect", "list_dialects", "unregister_dialect",
           "DictReader", "DictWriter", "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)


class Error(Exception):
    """Raised for malformed CSV input and for rows a writer can't represent."""


Error.__module__ = "_csv"  # where CPython's tracebacks say it comes from

_dialects = {}
_field_limit = 128 * 1024

# The dialect parameters, in the order CPython checks them.
_PARAMS = ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting",
           "skipinitialspace", "strict")


def _char(params, name, default):
    """A one-character parameter that must be given as a string."""
    if name not in params:
        return default
    value = params[name]
    if not isinstance(value, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


def _char_or_none(params, name, default):
    """A one-character parameter that may also be None (meaning 'not used')."""
    if name not in params:
        return default
    value = params[name]
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Dialect:
    """A checked, read-only set of dialect parameters (CPython's `_csv.Dialect`): what
    `get_dialect()` returns and what readers and writers carry as `.dialect`."""

    def __init__(self, params):
        delimiter = _char(params, "delimiter", ",")
        doublequote = bool(params.get("doublequote", True))
        escapechar = _char_or_none(params, "escapechar", None)
        lineterminator = params.get("lineterminator", "\r\n")
        if lineterminator is not None and not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        quotechar = _char_or_none(params, "quotechar", '"')
        quoting = params.get("quoting", QUOTE_MINIMAL)
        if type(quoting) is not int:
            raise TypeError('"quoting" must be an integer')
        skipinitialspace = bool(params.get("skipinitialspace", False))
        strict = bool(params.get("strict", False))
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS,
                           QUOTE_NOTNULL):
            raise TypeError('bad "quoting" value')
        # quotechar=None without a quoting style means "no quoting at all".
        if "quotechar" in params and params["quotechar"] is None and "quoting" not in params:
            quoting = QUOTE_NONE
        if quoting != QUOTE_NONE and quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if lineterminator is None:
            raise TypeError("lineterminator must be set")
        # Characters that would make the output ambiguous.
        for name, char, space_ok in (("delimiter", delimiter, True),
                                     ("escapechar", escapechar, not skipinitialspace),
                                     ("quotechar", quotechar, not skipinitialspace)):
            if char is None:
                continue
            if char in "\r\n" or (char == " " and not space_ok):
                raise ValueError("bad %s value" % name)
            if char in lineterminator:
                raise ValueError("bad %s or lineterminator value" % name)
        for (name1, char1), (name2, char2) in ((("delimiter", delimiter), ("escapechar", escapechar)),
                                               (("delimiter", delimiter), ("quotechar", quotechar)),
                                               (("escapechar", escapechar), ("quotechar", quotechar))):
            if char1 is not None and char1 == char2:
                raise ValueError("bad %s or %s value" % (name1, name2))
        values = (delimiter, doublequote, escapechar, lineterminator, quotechar, quoting,
                  skipinitialspace, strict)
        for name, value in zip(_PARAMS, values):
            object.__setattr__(self, name, value)

    def __setattr__(self, name, value):
        if name in _PARAMS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)


def _make_dialect(dialect=None, **params):
    """The _Dialect for a dialect argument (a registered name, a Dialect class or instance, or
    any object with the attributes) with keyword parameters overriding its attributes."""
    for name in params:
        if name not in _PARAMS:
            raise TypeError("this function got an unexpected keyword argument %r" % name)
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    if isinstance(dialect, _Dialect) and not params:
        return dialect
    if dialect is not None:
        for name in _PARAMS:
            if name not in params:
                try:
                    params[name] = getattr(dialect, name)
                except Exception:
                    pass
    return _Dialect(params)


class Dialect:
    """Describe a CSV dialect.

    Subclass it and set the class attributes delimiter, quotechar, escapechar, doublequote,
    skipinitialspace, lineterminator and quoting; instantiating the subclass checks them.
    """
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if type(self) is not Dialect:
            self._valid = True
        try:
            _make_dialect(self)
        except TypeError as e:
            raise Error(str(e)) from None


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = "\t"


class unix_dialect(Dialect):
    """The usual properties of a CSV file generated on UNIX systems: '\\n' line ends, every
    field quoted."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


def register_dialect(name, dialect=None, **fmtparams):
    """Register `dialect` (adjusted by `fmtparams`) under `name`."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _make_dialect(dialect, **fmtparams)


def unregister_dialect(name):
    """Remove the dialect registered under `name`."""
    try:
        del _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def get_dialect(name):
    """The dialect registered under `name`."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """The names of the registered dialects."""
    return list(_dialects)


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)

_UNSET = object()


def field_size_limit(new_limit=_UNSET):
    """Return the largest field a reader accepts; with an argument, set a new limit."""
    global _field_limit
    old = _field_limit
    if new_limit is not _UNSET:
        if type(new_limit) is not int:
            raise TypeError("limit must be an integer")
        _field_limit = new_limit
    return old


# Reader states.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, _ESCAPE_IN_QUOTED_FIELD,
 _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)

_EOL = "<end of line>"  # fed after each line's characters; equal to no single character


class _Reader:
    """Iterates over the rows of CSV text read line by line from an iterable of strings."""

    def __init__(self, csvfile, dialect, fmtparams):
        self._lines = iter(csvfile)
        self.dialect = _make_dialect(dialect, **fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        self._fields = []
        self._field = []
        self._unquoted = True
        self._state = _START_RECORD
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                # Input ended inside a record: a strict dialect refuses it, others keep it.
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data") from None
                    self._save_field()
                    return self._fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the file should be "
                            "opened in text mode)" % type(line).__name__)
            self.line_num += 1
            if self._state == _START_RECORD and self._simple(line):
                return self._fields
            self._parse(line)
            if self._state == _START_RECORD:
                return self._fields

    def _convert(self, text, unquoted):
        """A field's value: a float for unquoted fields under QUOTE_NONNUMERIC/QUOTE_STRINGS,
        None for empty unquoted fields under QUOTE_NOTNULL/QUOTE_STRINGS."""
        if unquoted:
            quoting = self.dialect.quoting
            if text:
                if quoting == QUOTE_NONNUMERIC or quoting == QUOTE_STRINGS:
                    return float(text)
            elif quoting == QUOTE_NOTNULL or quoting == QUOTE_STRINGS:
                return None
        return text

    def _save_field(self):
        self._fields.append(self._convert("".join(self._field), self._unquoted))
        self._field = []
        self._unquoted = True

    def _simple(self, line):
        """Parse a line that has no quotes, escapes or leading spaces to skip by splitting it;
        return False (having done nothing) for any other line."""
        d = self.dialect
        if ((d.quotechar is not None and d.quoting != QUOTE_NONE and d.quotechar in line)
                or (d.escapechar is not None and d.escapechar in line)
                or (d.skipinitialspace and " " in line)):
            return False
        body = line.rstrip("\r\n")
        if "\r" in body or "\n" in body:
            return False  # the character-level parser reports the error
        if not body:
            return True  # an empty line is an empty row
        for text in body.split(d.delimiter):
            if len(text) > _field_limit:
                raise Error("field larger than field limit (%d)" % _field_limit)
            self._fields.append(self._convert(text, True))
        return True

    def _parse(self, line):
        """Run the parser over one line's characters and the end of the line."""
        d = self.dialect
        delimiter = d.delimiter
        escapechar = d.escapechar
        # With QUOTE_NONE quote characters are ordinary.
        quotechar = None if d.quoting == QUOTE_NONE else d.quotechar
        skipspace = d.skipinitialspace
        field = self._field
        state = self._state
        limit = _field_limit
        chars = list(line)
        chars.append(_EOL)
        for c in chars:
            # Two states act only on the end of a line and otherwise hand the character on.
            if state == _START_RECORD:
                if c is _EOL:
                    continue  # an empty line is an empty row
                if c == "\n" or c == "\r":
                    state = _EAT_CRNL
                    continue
                state = _START_FIELD
            elif state == _AFTER_ESCAPED_CRNL:
                if c is _EOL:
                    continue
                state = _IN_FIELD

            if state == _START_FIELD:
                if c == "\n" or c == "\r" or c is _EOL:
                    self._save_field()
                    field = self._field
                    state = _START_RECORD if c is _EOL else _EAT_CRNL
                elif c == quotechar:
                    self._unquoted = False
                    state = _IN_QUOTED_FIELD
                elif c == escapechar:
                    state = _ESCAPED_CHAR
                elif c == " " and skipspace:
                    pass
                elif c == delimiter:
                    self._save_field()
                    field = self._field
                else:
                    field.append(c)
                    state = _IN_FIELD
            elif state == _ESCAPED_CHAR:
                if c == "\n" or c == "\r":
                    self._add(field, c, limit)
                    state = _AFTER_ESCAPED_CRNL
                else:
                    self._add(field, "\n" if c is _EOL else c, limit)
                    state = _IN_FIELD
            elif state == _IN_FIELD:
                if c == "\n" or c == "\r" or c is _EOL:
                    self._save_field()
                    field = self._field
                    state = _START_RECORD if c is _EOL else _EAT_CRNL
                elif c == escapechar:
                    state = _ESCAPED_CHAR
                elif c == delimiter:
                    self._save_field()
                    field = self._field
                    state = _START_FIELD
                else:
                    self._add(field, c, limit)
            elif state == _IN_QUOTED_FIELD:
                if c is _EOL:
                    pass  # the line's own newline characters are already in the field
                elif c == escapechar:
                    state = _ESCAPE_IN_QUOTED_FIELD
                elif c == quotechar:
                    state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
                else:
                    self._add(field, c, limit)
            elif state == _ESCAPE_IN_QUOTED_FIELD:
                self._add(field, "\n" if c is _EOL else c, limit)
                state = _IN_QUOTED_FIELD
            elif state == _QUOTE_IN_QUOTED_FIELD:
                # After a quote inside quotes: a doubled quote, or the end of the quoted part.
                if c == quotechar:
                    self._add(field, c, limit)
                    state = _IN_QUOTED_FIELD
                elif c == delimiter:
                    self._save_field()
                    field = self._field
                    state = _START_FIELD
                elif c == "\n" or c == "\r" or c is _EOL:
                    self._save_field()
                    field = self._field
                    state = _START_RECORD if c is _EOL else _EAT_CRNL
                elif not d.strict:
                    self._add(field, c, limit)
                    state = _IN_FIELD
                else:
                    raise Error("'%s' expected after '%s'" % (delimiter, quotechar))
            elif state == _EAT_CRNL:
                if c is _EOL:
                    state = _START_RECORD
                elif c != "\n" and c != "\r":
                    raise Error("new-line character seen in unquoted field - do you need to "
                                "open the file with newline=''?")
        self._state = state

    @staticmethod
    def _add(field, c, limit):
        if len(field) >= limit:
            raise Error("field larger than field limit (%d)" % limit)
        field.append(c)


def reader(csvfile, dialect=None, **fmtparams):
    """An iterator over the rows (lists of strings) of the CSV lines that `csvfile` yields.

    Without a dialect the parameters default to those of 'excel'."""
    return _Reader(csvfile, dialect, fmtparams)


def _is_number(value):
    # What CPython's PyNumber_Check accepts: things convertible with int(), float() or index().
    kind = type(value)
    return (hasattr(kind, "__index__") or hasattr(kind, "__int__") or hasattr(kind, "__float__")
            or isinstance(value, complex))


class _Writer:
    """Writes rows as CSV lines to a file-like object's write()."""

    def __init__(self, fileobj, dialect, fmtparams):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = _make_dialect(dialect, **fmtparams)
        d = self.dialect
        # Characters that force quoting (or escaping, with QUOTE_NONE).
        special = {d.delimiter, "\n", "\r"}
        special.update(d.lineterminator)
        for char in (d.quotechar, d.escapechar):
            if char is not None:
                special.add(char)
        self._special = special

    def _field_text(self, value):
        d = self.dialect
        quoting = d.quoting
        if quoting == QUOTE_NONNUMERIC:
            quoted = not _is_number(value)
        elif quoting == QUOTE_ALL:
            quoted = True
        elif quoting == QUOTE_STRINGS:
            quoted = isinstance(value, str)
        elif quoting == QUOTE_NOTNULL:
            quoted = value is not None
        else:
            quoted = False
        if value is None:
            text = ""
        elif isinstance(value, str):
            text = value
        else:
            text = str(value)
        if any(char in text for char in self._special):
            out = []
            for c in text:
                if c in self._special:
                    escape = False
                    if quoting == QUOTE_NONE:
                        escape = True
                    elif c == d.quotechar:
                        if d.doublequote:
                            out.append(c)  # a quote inside quotes is doubled
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if escape:
                        if d.escapechar is None:
                            raise Error("need to escape, but no escapechar set")
                        out.append(d.escapechar)
                    else:
                        quoted = True
                out.append(c)
            text = "".join(out)
        if quoted:
            text = d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        """Write one row (an iterable of fields); return what the file's write() returned."""
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        d = self.dialect
        texts = []
        last = None
        for value in fields:
            texts.append(self._field_text(value))
            last = value
        if len(texts) == 1 and texts[0] == "":
            # A lone empty field must be quoted, or the line would read back as no fields.
            if d.quoting == QUOTE_NONE or (last is None and d.quoting in (QUOTE_STRINGS, QUOTE_NOTNULL)):
                raise Error("single empty field record must be quoted")
            texts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(texts) + d.lineterminator)

    def writerows(self, rows):
        """Write each row of `rows`."""
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect=None, **fmtparams):
    """An object whose writerow()/writerows() write CSV lines to `csvfile` (anything with a
    write() method: a file opened with newline='', an io.StringIO, ...). Without a dialect the
    parameters default to those of 'excel'."""
    return _Writer(csvfile, dialect, fmtparams)


class DictReader:
    """Reads rows as dicts keyed by `fieldnames` (by default the first row's fields).

    Extra fields go in a list under `restkey`; missing ones get `restval`. Empty rows are skipped.
    """

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames  # reads the header row if there are no field names yet
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        result = dict(zip(names, row))
        if len(names) < len(row):
            result[self.restkey] = row[len(names):]
        else:
            for key in names[len(row):]:
                result[key] = self.restval
        return result


class DictWriter:
    """Writes dicts as rows, fields in the order of `fieldnames`.

    Missing keys are written as `restval`; keys not in `fieldnames` raise ValueError, or are
    skipped with extrasaction='ignore'.
    """

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        extrasaction = extrasaction.lower()
        if extrasaction not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        """Write a row of the field names."""
        return self.writer.writerow(self.fieldnames)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            known = set(self.fieldnames)
            wrong = [key for key in rowdict.keys() if key not in known]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(key) for key in wrong]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        """Write one dict as a row."""
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        """Write each dict of `rowdicts` as a row."""
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


# Name the internal types as CPython's C module does (they show in reprs and error messages).
for _cls, _name in ((_Dialect, "Dialect"), (_Reader, "reader"), (_Writer, "writer")):
    _cls.__name__ = _cls.__qualname__ = _name
    _cls.__module__ = "_csv"
del _cls, _name
