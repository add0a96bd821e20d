"""Matching a call's arguments to parameter names, with CPython's error messages.

`namedtuple` and `dataclasses` build their `__new__`/`__init__` from closures instead of from
generated source text, so those functions take `*args, **kwargs` and bind them here. The errors
are worded exactly as CPython's argument parser words them for a `def` with the same signature
(`Point.__new__() missing 1 required positional argument: 'y'`).
"""

_MISSING = object()


def _name_list(names):
    quoted = ["'%s'" % name for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % (quoted[0], quoted[1])
    return '%s, and %s' % (', '.join(quoted[:-1]), quoted[-1])


def _missing(qualname, kind, names):
    return TypeError('%s() missing %d required %s argument%s: %s'
                     % (qualname, len(names), kind, 's' if len(names) != 1 else '', _name_list(names)))


def bind(qualname, names, args, kwargs, defaults=(), kwonly=(), kwdefaults=None, implicit=0):
    """The values of parameters `names` (positional-or-keyword) then `kwonly`, from a call.

    `defaults` are the defaults of the last parameters of `names`; `kwdefaults` maps keyword-only
    names to defaults; `implicit` is how many leading parameters (self, cls) the caller already
    bound, which CPython's messages count.
    """
    nnames = len(names)
    nargs = len(args)
    values = list(args[:nnames])
    if nargs < nnames:
        values.extend([_MISSING] * (nnames - nargs))
    kwvalues = [_MISSING] * len(kwonly)
    for key, value in kwargs.items():
        if key in names:
            i = names.index(key)
            if values[i] is not _MISSING:
                raise TypeError("%s() got multiple values for argument '%s'" % (qualname, key))
            values[i] = value
        elif key in kwonly:
            kwvalues[kwonly.index(key)] = value
        else:
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (qualname, key))
    if nargs > nnames:
        given = nargs + implicit
        argcount = nnames + implicit
        kwonly_given = sum(1 for v in kwvalues if v is not _MISSING)
        if defaults:
            sig = 'from %d to %d' % (argcount - len(defaults), argcount)
            plural = True
        else:
            sig = '%d' % argcount
            plural = argcount != 1
        extra = ''
        if kwonly_given:
            extra = ' positional argument%s (and %d keyword-only argument%s)' % (
                's' if given != 1 else '', kwonly_given, 's' if kwonly_given != 1 else '')
        raise TypeError('%s() takes %s positional argument%s but %d%s %s given' % (
            qualname, sig, 's' if plural else '', given, extra,
            'was' if given == 1 and not kwonly_given else 'were'))
    first_default = nnames - len(defaults)
    missing = [names[i] for i in range(first_default) if values[i] is _MISSING]
    if missing:
        raise _missing(qualname, 'positional', missing)
    for i in range(first_default, nnames):
        if values[i] is _MISSING:
            values[i] = defaults[i - first_default]
    if kwonly:
        kwdefaults = kwdefaults or {}
        missing = []
        for i, name in enumerate(kwonly):
            if kwvalues[i] is _MISSING:
                if name in kwdefaults:
                    kwvalues[i] = kwdefaults[name]
                else:
                    missing.append(name)
        if missing:
            raise _missing(qualname, 'keyword-only', missing)
        values.extend(kwvalues)
    return values
