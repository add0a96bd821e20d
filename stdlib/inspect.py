"""Looking inside live objects (CPython's `inspect`, the commonly used part).

Supported:

- type predicates: ismodule, isclass, ismethod, isfunction, isgeneratorfunction,
  iscoroutinefunction, isasyncgenfunction, isgenerator, iscoroutine, isasyncgen, isawaitable,
  istraceback, isframe, iscode, isbuiltin, ismethodwrapper, isroutine, ismethoddescriptor,
  isdatadescriptor, isgetsetdescriptor, ismemberdescriptor, isabstract;
- getmembers (sorted by name, optional predicate), getmro, getdoc, cleandoc, getmodule,
  getfile, getsourcefile, getsource, getsourcelines, findsource, unwrap, get_annotations,
  getfullargspec (FullArgSpec), formatannotation;
- signature() / Signature / Parameter / BoundArguments: signatures of functions, lambdas, bound
  methods, classes (from a metaclass __call__, __new__ or __init__, or a dataclass's fields),
  callable instances, functools.partial objects and `__wrapped__` chains; str() of signatures as
  CPython prints them; bind() / bind_partial() with CPython's error messages; replace(),
  equality, apply_defaults();
- frames: currentframe, stack, trace, getframeinfo, getouterframes, getinnerframes, getlineno,
  FrameInfo and Traceback named tuples.

Source code is read through linecache. Functions are found by their code's first line (which,
as in CPython, is the first decorator's line); classes by `__firstlineno__` when the runtime sets
it, otherwise by searching for their `class` statement. The end of a block is found by
indentation, with a small scanner that skips strings, brackets and continuation lines.

Not supported: signatures of built-in functions (they carry no __text_signature__ here, so
signature() raises ValueError as CPython does for builtins without one), getcallargs,
getargvalues (frames have no f_locals here), getattr_static, getclosurevars, the coroutine and
async-generator state functions, and `python -m inspect`.
"""

import collections
import enum
import keyword
import linecache
import os
import sys
import types

__all__ = [
    'ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
    'iscoroutinefunction', 'isasyncgenfunction', 'isgenerator', 'iscoroutine', 'isasyncgen',
    'isawaitable', 'istraceback', 'isframe', 'iscode', 'isbuiltin', 'ismethodwrapper',
    'isroutine', 'ismethoddescriptor', 'isdatadescriptor', 'isgetsetdescriptor',
    'ismemberdescriptor', 'isabstract', 'markcoroutinefunction',
    'getmembers', 'getmro', 'getdoc', 'cleandoc', 'getmodule', 'getfile', 'getsourcefile',
    'getabsfile', 'getsource', 'getsourcelines', 'findsource', 'getblock', 'indentsize',
    'unwrap', 'get_annotations', 'getfullargspec', 'FullArgSpec', 'formatannotation',
    'signature', 'Signature', 'Parameter', 'BoundArguments',
    'currentframe', 'stack', 'trace', 'getframeinfo', 'getouterframes', 'getinnerframes',
    'getlineno', 'FrameInfo', 'Traceback',
    'CO_OPTIMIZED', 'CO_NEWLOCALS', 'CO_VARARGS', 'CO_VARKEYWORDS', 'CO_NESTED',
    'CO_GENERATOR', 'CO_NOFREE', 'CO_COROUTINE', 'CO_ITERABLE_COROUTINE',
    'CO_ASYNC_GENERATOR',
]

# Code flags (the bits of co_flags), with CPython's values.
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

# Types the runtime may not have (no coroutines or async generators in Vivarium).
_CoroutineType = getattr(types, 'CoroutineType', None)
_AsyncGeneratorType = getattr(types, 'AsyncGeneratorType', None)


# -- type predicates -----------------------------------------------------------------------

def ismodule(object):
    """True for module objects."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """True for classes (instances of type)."""
    return isinstance(object, type)


def ismethod(object):
    """True for bound methods (a function bound to an instance or class)."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """True for functions written in Python, lambdas included."""
    return isinstance(object, types.FunctionType)


def _unwrap_for_flags(f):
    # Methods and functools.partial objects are judged by the function they wrap.
    while True:
        if ismethod(f):
            f = f.__func__
            continue
        partial = _partial_type()
        if partial is not None and isinstance(f, partial):
            f = f.func
            continue
        return f


def _has_code_flag(f, flag):
    f = _unwrap_for_flags(f)
    if not (isfunction(f) or _is_function_like(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(object):
    """True for functions (and methods, partials) whose body contains `yield`."""
    return _has_code_flag(object, CO_GENERATOR)


_is_coroutine_mark = object()


def markcoroutinefunction(func):
    """Make iscoroutinefunction() report True for `func` (returns `func`)."""
    if hasattr(func, '__func__'):
        func = func.__func__
    func._is_coroutine_marker = _is_coroutine_mark
    return func


def iscoroutinefunction(object):
    """True for `async def` functions (never defined here) and marked functions."""
    if _has_code_flag(object, CO_COROUTINE):
        return True
    return getattr(_unwrap_for_flags(object), '_is_coroutine_marker', None) is _is_coroutine_mark


def isasyncgenfunction(object):
    """True for `async def` functions containing `yield` (never defined here)."""
    return _has_code_flag(object, CO_ASYNC_GENERATOR)


def isgenerator(object):
    """True for generator objects (what calling a generator function returns)."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """True for coroutine objects."""
    return _CoroutineType is not None and isinstance(object, _CoroutineType)


def isasyncgen(object):
    """True for asynchronous generator objects."""
    return _AsyncGeneratorType is not None and isinstance(object, _AsyncGeneratorType)


def isawaitable(object):
    """True for objects `await` accepts."""
    if iscoroutine(object):
        return True
    if isgenerator(object) and object.gi_code.co_flags & CO_ITERABLE_COROUTINE:
        return True
    return hasattr(type(object), '__await__')


def istraceback(object):
    """True for traceback objects."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """True for frame objects."""
    return isinstance(object, types.FrameType)


def iscode(object):
    """True for code objects."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """True for built-in functions and methods bound to built-in objects."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    """True for method-wrapper objects (like `object().__str__`)."""
    return isinstance(object, types.MethodWrapperType)


def ismethoddescriptor(object):
    """True for method-like descriptors that are not data descriptors (`str.join`,
    staticmethod and classmethod objects, ...), excluding classes, methods and functions."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__') and not hasattr(tp, '__delete__')


def isdatadescriptor(object):
    """True for data descriptors (defining __set__ or __delete__), such as properties."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


class _SlotHolder:
    __slots__ = ('slot',)


# The type of the descriptors __slots__ creates, taken from a real one (the runtime's
# types.MemberDescriptorType may stand for a different descriptor type).
_MemberDescriptorType = type(_SlotHolder.__dict__['slot'])


def ismemberdescriptor(object):
    """True for the descriptors __slots__ creates."""
    return isinstance(object, _MemberDescriptorType)


def isgetsetdescriptor(object):
    """True for getset descriptors of built-in types (like `int.real`)."""
    return isinstance(object, types.GetSetDescriptorType)


def isroutine(object):
    """True for any kind of function or method, built-in or not."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    """True for classes that can't be instantiated because of abstract methods."""
    if not isinstance(object, type):
        return False
    try:
        abstracts = object.__abstractmethods__
    except AttributeError:
        abstracts = None
    if abstracts is not None:
        return bool(abstracts)
    # While an ABC is still being created (in __init_subclass__, say) its set of abstract
    # methods isn't there yet: look for them directly.
    import abc
    if not isinstance(object, abc.ABCMeta):
        return False
    for value in object.__dict__.values():
        if getattr(value, '__isabstractmethod__', False):
            return True
    for base in object.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if getattr(getattr(object, name, None), '__isabstractmethod__', False):
                return True
    return False


def _partial_type():
    # Imported on first use: most uses of inspect never meet a partial.
    import functools
    return getattr(functools, 'partial', None)


def _is_function_like(obj):
    # Objects that quack like Python functions (Cython functions and the like).
    if not callable(obj) or isclass(obj):
        return False
    code = getattr(obj, '__code__', None)
    return (isinstance(code, types.CodeType)
            and isinstance(getattr(obj, '__name__', None), str)
            and isinstance(getattr(obj, '__defaults__', None), (tuple, type(None)))
            and isinstance(getattr(obj, '__kwdefaults__', None), (dict, type(None)))
            and hasattr(obj, '__annotations__'))


# -- members, classes, documentation ---------------------------------------------------------

def getmro(cls):
    """The class and its bases in method resolution order."""
    return cls.__mro__


def getmembers(object, predicate=None):
    """(name, value) pairs for the attributes of `object`, sorted by name.

    Only pairs whose value satisfies `predicate` are kept, when one is given. For a class,
    attributes that can't be read through getattr are taken from the class dictionaries.
    """
    mro = (object,) + tuple(getmro(object)) if isclass(object) else ()
    names = list(dir(object))
    if isclass(object):
        # DynamicClassAttribute-style attributes are listed by the bases but hidden from dir().
        dynamic = getattr(types, 'DynamicClassAttribute', None)
        for base in getattr(object, '__bases__', ()):
            for key, value in base.__dict__.items():
                if dynamic is not None and isinstance(value, dynamic):
                    names.append(key)
    results = []
    seen = set()
    for key in names:
        if key in seen:
            continue
        try:
            value = getattr(object, key)
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        seen.add(key)
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def cleandoc(doc):
    """A docstring without the indentation of its body and without leading/trailing blank lines.

    Tabs are expanded; the first line loses its leading spaces; the other lines lose the
    smallest indentation found among the non-blank ones.
    """
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        stripped = line.lstrip(' ')
        if stripped:
            indent = len(line) - len(stripped)
            if margin is None or indent < margin:
                margin = indent
    if lines:
        lines[0] = lines[0].lstrip(' ')
    if margin is not None:
        lines = lines[:1] + [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    first = 0
    while first < len(lines) and not lines[first]:
        first += 1
    return '\n'.join(lines[first:])


def _findclass(func):
    # The class a function was defined in, found through its module and qualified name.
    cls = sys.modules.get(getattr(func, '__module__', None))
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name, None)
        if cls is None:
            return None
    return cls if isclass(cls) else None


def _finddoc(obj):
    # The docstring a method inherits from the same-named attribute of a base class.
    if ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        if isclass(owner) and getattr(getattr(owner, name, None), '__func__', None) is obj.__func__:
            cls = owner                 # a classmethod
        else:
            cls = type(owner)
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name, None) is not obj:
            return None
    elif isbuiltin(obj):
        name = obj.__name__
        owner = getattr(obj, '__self__', None)
        if owner is None or ismodule(owner):
            return None
        cls = owner if isclass(owner) else type(owner)
    elif isinstance(obj, property):
        fget = obj.fget
        if fget is None:
            return None
        name = fget.__name__
        cls = _findclass(fget)
        if cls is None or getattr(cls, name, None) is not obj:
            return None
    elif isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = base.__doc__
                if doc is not None:
                    return doc
        return None
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """The object's docstring, cleaned with cleandoc(); inherited from a base class's attribute
    of the same name when the object has none. None if there is no docstring."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None and ismethod(object):
        # Bound methods may not pass their function's docstring on (they don't in Vivarium).
        doc = getattr(object.__func__, '__doc__', None)
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


# -- files and modules -----------------------------------------------------------------------

def getfile(object):
    """The name of the file the object was defined in; TypeError for built-in objects."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getsourcefile(object):
    """The file holding the object's source, or None when there is no such readable file."""
    filename = getfile(object)
    if filename.endswith(('.pyc', '.pyo')):
        filename = filename[:-1]
    elif filename.endswith(('.so', '.pyd')):
        return None
    if os.path.exists(filename) or filename in linecache.cache:
        return filename
    return None


def getabsfile(object, _filename=None):
    """getsourcefile() (or getfile()) as a normalized absolute path."""
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


def getmodule(object, _filename=None):
    """The module the object was defined in, or None if it can't be told."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    try:
        file = getabsfile(object, _filename)
    except (TypeError, OSError):
        return None
    for module in list(sys.modules.values()):
        path = getattr(module, '__file__', None)
        if isinstance(path, str) and os.path.normcase(os.path.abspath(path)) == file:
            return module
    name = getattr(object, '__name__', None)
    for module_name in ('__main__', 'builtins'):
        module = sys.modules.get(module_name)
        if module is not None and name is not None and getattr(module, name, None) is object:
            return module
    return None


# -- source code -----------------------------------------------------------------------------

def indentsize(line):
    """The width of the line's leading whitespace, tabs expanded."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


class _LineScanner:
    """Walks source lines as the tokenizer would group them into logical lines.

    A logical line runs on while brackets are open, a string is open (triple-quoted strings
    can span lines) or a line ends with a backslash. For each logical line the scanner tells
    where it ends, whether it holds code at all (or just a comment / nothing), and the last
    character of code on it, which is ':' for a statement that opens an indented block.
    """

    def __init__(self, lines):
        self.lines = lines

    def logical_line(self, start):
        """(index of its last physical line, whether it has code, its last code character)."""
        depth = 0
        quote = None            # the open string's delimiter: ', ", ''' or \"\"\"
        has_code = False
        last_char = ''
        i = start
        while i < len(self.lines):
            line = self.lines[i]
            pos = 0
            n = len(line)
            continued = False
            while pos < n:
                ch = line[pos]
                if quote is not None:
                    if ch == '\\':
                        pos += 2
                        continue
                    if line.startswith(quote, pos):
                        pos += len(quote)
                        quote = None
                        last_char = '"'    # (a string never ends a block header)
                        continue
                    pos += 1
                    continue
                if ch == '#':
                    break
                if ch in '\'"':
                    triple = line[pos:pos + 3]
                    quote = triple if triple in ('"""', "'''") else ch
                    pos += len(quote)
                    has_code = True
                    continue
                if ch == '\\' and line[pos + 1:].strip() == '':
                    continued = True
                    break
                if ch in '([{':
                    depth += 1
                elif ch in ')]}':
                    depth = max(depth - 1, 0)
                if not ch.isspace():
                    has_code = True
                    last_char = ch
                pos += 1
            if quote is not None and len(quote) == 1 and not continued:
                # An unterminated one-line string ends with its line (a syntax error anyway).
                if not line.rstrip('\r\n').endswith('\\'):
                    quote = None
            if quote is None and depth == 0 and not continued:
                return i, has_code, last_char
            i += 1
        return len(self.lines) - 1, has_code, last_char


def _block_end(lines, start):
    """Index just past the block that starts at lines[start] (a def, class or lambda)."""
    scanner = _LineScanner(lines)
    i = start
    # Decorators: whole logical lines starting with '@'.
    while i < len(lines) and lines[i].lstrip().startswith('@'):
        i = scanner.logical_line(i)[0] + 1
    if i >= len(lines):
        return len(lines)
    header = lines[i].lstrip()
    is_block = header.startswith(('def ', 'def\t', 'class ', 'class\t', 'async '))
    end, _, last_char = scanner.logical_line(i)
    if not is_block or last_char != ':':
        # A lambda, or a one-line def/class: the logical line is the whole thing.
        return end + 1
    base = indentsize(lines[i])
    last = end
    body_indent = None
    j = end + 1
    while j < len(lines):
        line = lines[j]
        stripped = line.strip()
        if not stripped:
            j += 1
            continue
        width = indentsize(line)
        if stripped.startswith('#'):
            # Comments belong to the block if indented like its body (tokenize ignores the
            # indentation of comment lines, so a less indented one doesn't end the block).
            if body_indent is not None and width >= body_indent:
                last = j
            j += 1
            continue
        if width <= base:
            break
        if body_indent is None:
            body_indent = width
        j_end = scanner.logical_line(j)[0]
        last = j_end
        j = j_end + 1
    return last + 1


def getblock(lines):
    """The leading lines of `lines` that make up one def, class or lambda block."""
    return lines[:_block_end(lines, 0)]


def _with_decorators(lines, index):
    # The index of the first decorator line above lines[index] (index itself if none): each
    # decorator must sit at the same indentation and its logical line end just above the next.
    indent = indentsize(lines[index])
    scanner = _LineScanner(lines)
    start = index
    j = index - 1
    while j >= 0:
        text = lines[j]
        if not text.strip() or indentsize(text) < indent:
            break
        if indentsize(text) == indent:
            if not text.lstrip().startswith('@') or scanner.logical_line(j)[0] != start - 1:
                break
            start = j
        j -= 1
    return start


def _class_start(lines, cls):
    found = _class_statement(lines, cls)
    return None if found is None else _with_decorators(lines, found)


def _class_statement(lines, cls):
    # The runtime records where a class statement starts (3.13+); otherwise look for it,
    # following the qualified name through enclosing classes.
    first = getattr(cls, '__firstlineno__', None)
    if isinstance(first, int) and 1 <= first <= len(lines):
        return first - 1
    parts = [p for p in cls.__qualname__.split('.') if p != '<locals>']
    start = 0
    min_indent = -1
    found = None
    for part in parts:
        found = None
        for index in range(start, len(lines)):
            text = lines[index]
            stripped = text.lstrip()
            if not stripped.startswith('class'):
                continue
            rest = stripped[5:]
            if not rest[:1].isspace():
                continue
            rest = rest.lstrip()
            if rest.startswith(part) and not (rest[len(part):len(part) + 1].isalnum()
                                              or rest[len(part):len(part) + 1] == '_'):
                if indentsize(text) > min_indent:
                    found = index
                    break
        if found is None:
            return None
        start = found + 1
        min_indent = indentsize(lines[found])
    return found


def findsource(object):
    """(all lines of the object's source file, index of the object's first line).

    OSError if the source can't be found.
    """
    file = getsourcefile(object)
    if file:
        # Make sure a changed file is read afresh.
        linecache.checkcache(file)
    else:
        file = getfile(object)
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, file)
    if module is not None:
        lines = linecache.getlines(file, module.__dict__)
    else:
        lines = linecache.getlines(file)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        start = _class_start(lines, object)
        if start is None:
            raise OSError('could not find class definition')
        return lines, start
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        lnum = object.co_firstlineno - 1
        if lnum >= len(lines):
            raise OSError('lineno is out of bounds')
        return lines, lnum
    raise OSError('could not find code object')


def getsourcelines(object):
    """(the lines of the object's source, number of its first line); line 0 for a module."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == '<module>'):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The source text of a module, class, method, function, traceback, frame or code object."""
    lines, _ = getsourcelines(object)
    return ''.join(lines)


# -- wrappers and annotations ----------------------------------------------------------------

def unwrap(func, *, stop=None):
    """Follow the `__wrapped__` chain (as left by functools.wraps) to the innermost function.

    `stop(f)` returning true ends the walk at `f`. A chain that loops raises ValueError.
    """
    original = func
    seen = {id(func)}
    limit = sys.getrecursionlimit()
    while not isinstance(func, type) and hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(original))
        seen.add(id(func))
    return func


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of the annotations of a class, module or callable (not inherited ones).

    With eval_str=True, string annotations are evaluated (in the object's module namespace
    unless globals/locals are given).
    """
    if isinstance(obj, type):
        annotations = obj.__dict__.get('__annotations__', None)
        module = sys.modules.get(getattr(obj, '__module__', None))
        obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
    elif ismodule(obj):
        annotations = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__dict__', None)
        obj_locals = None
    elif callable(obj):
        annotations = getattr(obj, '__annotations__', None)
        # A wrapper's strings are evaluated where the wrapped function was written.
        obj_globals = getattr(unwrap(obj), '__globals__', None)
        obj_locals = None
    else:
        raise TypeError('{!r} is not a module, class, or callable.'.format(obj))
    if annotations is None:
        return {}
    if not isinstance(annotations, dict):
        raise ValueError('{!r}.__annotations__ is neither a dict nor None'.format(obj))
    if not eval_str:
        return dict(annotations)
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in annotations.items()}


def formatannotation(annotation, base_module=None):
    """An annotation as signatures print it: `int`, `module.Class`, `list[int]`, `List[int]`."""
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    generic_alias = getattr(types, 'GenericAlias', None)
    if generic_alias is not None and isinstance(annotation, generic_alias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


# -- signatures ------------------------------------------------------------------------------

class _empty:
    """Marker for "no default" / "no annotation" (Parameter.empty, Signature.empty)."""


class _void:
    """Marker for "argument not given" in replace()."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 'positional-only'
    POSITIONAL_OR_KEYWORD = 'positional or keyword'
    VAR_POSITIONAL = 'variadic positional'
    KEYWORD_ONLY = 'keyword-only'
    VAR_KEYWORD = 'variadic keyword'

    def __new__(cls, description):
        # Members are numbered in definition order (the order parameters must come in) and
        # keep a readable description for error messages.
        value = len(cls.__members__)
        member = int.__new__(cls, value)
        member._value_ = value
        member.description = description
        return member

    def __str__(self):
        return self.name


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


class Parameter:
    """One parameter of a signature: name, kind, default and annotation (immutable).

    `default` and `annotation` are `Parameter.empty` when absent. Kinds are the class
    attributes POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, VAR_POSITIONAL, KEYWORD_ONLY and
    VAR_KEYWORD (ordered as parameters must be).
    """

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('{} parameters cannot have default values'.format(
                self._kind.description))
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if name[:1] == '.' and name[1:].isdigit():
            # The hidden argument of comprehensions (".0") shows up as "implicit0".
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or keyword '
                                 'arguments, not {}'.format(self._kind.description))
            self._kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])
        # Keywords are allowed only for positional-only parameters (they are never spelled).
        if (keyword.iskeyword(name) and self._kind is not _POSITIONAL_ONLY) or not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy with the given attributes changed."""
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = '{}: {}'.format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            # PEP 8: spaces around '=' only when there is an annotation.
            if self._annotation is not _empty:
                text = '{} = {}'.format(text, repr(self._default))
            else:
                text = '{}={}'.format(text, repr(self._default))
        if self._kind == _VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default
                and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind(): `arguments` maps parameter names to the values bound.

    `args` and `kwargs` rebuild a call; apply_defaults() fills in the missing defaults.
    """

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        """The positional arguments of an equivalent call."""
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                # Everything from here on is passed by keyword.
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        """The keyword arguments of an equivalent call."""
        kwargs = {}
        by_keyword = False
        for name, param in self._signature.parameters.items():
            if not by_keyword:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    by_keyword = True
                elif name not in self.arguments:
                    # A gap in the positional arguments: later ones must be keywords.
                    by_keyword = True
                    continue
            if not by_keyword or name not in self.arguments:
                continue
            if param.kind == _VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            else:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        """Add the default of every parameter not bound (() for *args, {} for **kwargs)."""
        arguments = self.arguments
        complete = []
        for name, param in self._signature.parameters.items():
            if name in arguments:
                complete.append((name, arguments[name]))
                continue
            if param.default is not _empty:
                value = param.default
            elif param.kind is _VAR_POSITIONAL:
                value = ()
            elif param.kind is _VAR_KEYWORD:
                value = {}
            else:
                continue
            complete.append((name, value))
        self.arguments = dict(complete)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ['{}={!r}'.format(name, value) for name, value in self.arguments.items()]
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """The parameters of a callable (an ordered mapping `parameters` of name -> Parameter) and
    its `return_annotation`. str() gives the familiar '(a, b=1, *args, c, **kw) -> int'."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        params = collections.OrderedDict()
        if parameters is not None:
            if __validate_parameters__:
                top_kind = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind = param.kind
                    if kind < top_kind:
                        raise ValueError('wrong parameter order: {} parameter before {} '
                                         'parameter'.format(top_kind.description, kind.description))
                    top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument follows default argument')
                        else:
                            seen_default = True
                    if param.name in params:
                        raise ValueError('duplicate parameter name: {!r}'.format(param.name))
                    params[param.name] = param
            else:
                for param in parameters:
                    params[param.name] = param
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        """The signature of any supported callable (see signature())."""
        return _signature_from_callable(obj, follow_wrapped, True, globals, locals, eval_str,
                                        cls)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with new parameters and/or return annotation."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        # Keyword-only parameters can come in any order without changing the signature.
        positional = tuple(p for p in self.parameters.values() if p.kind != _KEYWORD_ONLY)
        keyword_only = {p.name: p for p in self.parameters.values() if p.kind == _KEYWORD_ONLY}
        return positional, keyword_only, self.return_annotation

    def __hash__(self):
        positional, keyword_only, return_annotation = self._hash_basis()
        return hash((positional, frozenset(keyword_only.values()), return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, partial=False):
        """The BoundArguments for a call with `args` and `kwargs` (TypeError if it can't be)."""
        arguments = {}
        params = list(self.parameters.values())
        count = len(params)
        kwargs = dict(kwargs)
        index = 0                       # the next parameter to fill
        positional_only_as_keyword = []
        # 1. Positional arguments fill positional parameters in order; *args takes the rest.
        for position, value in enumerate(args):
            if index >= count or params[index].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError('too many positional arguments')
            param = params[index]
            index += 1
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = tuple(args[position:])
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError('multiple values for argument {!r}'.format(param.name))
            arguments[param.name] = value
        else:
            # 2. Out of positional arguments (and *args not reached). The first parameter
            # that has no keyword of its name, no default and isn't **kwargs is missing. A
            # keyword naming a positional-only parameter is an error only if no **kwargs will
            # absorb it, and (as in CPython) doesn't make that parameter count as missing.
            while index < count:
                param = params[index]
                if param.kind == _VAR_POSITIONAL:
                    index += 1
                    break
                if param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        positional_only_as_keyword.append(param.name)
                        index += 1
                        continue
                    break
                if param.kind == _VAR_KEYWORD or param.default is not _empty or partial:
                    break
                raise TypeError('missing a required{} argument: {!r}'.format(
                    ' keyword-only' if param.kind == _KEYWORD_ONLY else '', param.name))
        # 3. The remaining parameters take keyword arguments (or their defaults).
        var_keyword = None
        for param in params[index:]:
            if param.kind == _VAR_KEYWORD:
                var_keyword = param
            elif param.kind == _VAR_POSITIONAL:
                continue
            elif param.name in kwargs:
                # (Even a positional-only one: CPython binds it here, e.g. after a partial
                # bind left an earlier parameter unfilled.)
                arguments[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError('missing a required argument: {!r}'.format(param.name))
        # 4. Leftover keywords go to **kwargs, or are errors.
        if kwargs:
            if var_keyword is not None:
                arguments[var_keyword.name] = kwargs
            elif positional_only_as_keyword:
                raise TypeError('got some positional-only arguments passed as keyword '
                                'arguments: {!r}'.format(', '.join(positional_only_as_keyword)))
            else:
                raise TypeError('got an unexpected keyword argument {!r}'.format(
                    next(iter(kwargs))))
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Bind a call's arguments to the parameters; TypeError if the call would fail."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def format(self, *, max_width=None):
        """The signature as text; split one parameter per line if longer than max_width."""
        parts = []
        positional_only_pending = False
        keyword_only_marker_needed = True
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                positional_only_pending = True
            elif positional_only_pending:
                parts.append('/')
                positional_only_pending = False
            if kind == _VAR_POSITIONAL:
                keyword_only_marker_needed = False
            elif kind == _KEYWORD_ONLY and keyword_only_marker_needed:
                parts.append('*')
                keyword_only_marker_needed = False
            parts.append(str(param))
        if positional_only_pending:
            parts.append('/')
        text = '({})'.format(', '.join(parts))
        if max_width is not None and len(text) > max_width:
            text = '(\n    {}\n)'.format(',\n    '.join(parts))
        if self.return_annotation is not _empty:
            text += ' -> {}'.format(formatannotation(self.return_annotation))
        return text

    def __str__(self):
        return self.format()

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable: function, method, class, partial or callable instance."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


def _signature_from_function(cls, func, globals=None, locals=None, eval_str=False):
    # Everything comes from the code object (names and kinds) and the function (defaults,
    # annotations). co_varnames lists the positional parameters, the keyword-only ones, then
    # *args and **kwargs when present.
    code = func.__code__
    names = code.co_varnames
    n_positional = code.co_argcount
    n_positional_only = code.co_posonlyargcount
    n_keyword_only = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    first_default = n_positional - len(defaults)
    parameters = []
    for i in range(n_positional):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < n_positional_only else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        parameters.append(Parameter(name, kind, default=default,
                                    annotation=annotations.get(name, _empty)))
    index = n_positional
    keyword_only = names[index:index + n_keyword_only]
    index += n_keyword_only
    if code.co_flags & CO_VARARGS:
        name = names[index]
        index += 1
        parameters.append(Parameter(name, _VAR_POSITIONAL,
                                    annotation=annotations.get(name, _empty)))
    for name in keyword_only:
        parameters.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                    annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[index]
        parameters.append(Parameter(name, _VAR_KEYWORD,
                                    annotation=annotations.get(name, _empty)))
    # A real function's parameters are valid by construction.
    return cls(parameters, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=not isfunction(func))


def _signature_bound_method(sig):
    # Binding supplies the first parameter (self/cls); *args stays, absorbing it.
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    return sig.replace(parameters=params)


def _signature_from_partial(wrapped_sig, partial):
    # Positionally bound parameters disappear; keyword-bound ones get the value as their
    # default, and (so that positional calls can't hit them twice) they and every later
    # positional parameter become keyword-only, while *args goes away.
    old_params = wrapped_sig.parameters
    new_params = collections.OrderedDict(old_params.items())
    partial_args = partial.args or ()
    partial_keywords = partial.keywords or {}
    try:
        bound = wrapped_sig.bind_partial(*partial_args, **partial_keywords)
    except TypeError as ex:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from ex
    to_keyword_only = False
    for name, param in old_params.items():
        if name in bound.arguments:
            value = bound.arguments[name]
            if param.kind is _POSITIONAL_ONLY:
                new_params.pop(name)
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if name in partial_keywords:
                    to_keyword_only = True
                    new_params[name] = param.replace(default=value)
                else:
                    new_params.pop(name)
                    continue
            if param.kind is _KEYWORD_ONLY:
                new_params[name] = param.replace(default=value)
        if to_keyword_only:
            if param.kind is _POSITIONAL_OR_KEYWORD:
                new_params[name] = new_params[name].replace(kind=_KEYWORD_ONLY)
                new_params.move_to_end(name)
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                new_params.move_to_end(name)
            elif param.kind is _VAR_POSITIONAL:
                new_params.pop(name)
    return wrapped_sig.replace(parameters=new_params.values())


# Callables implemented natively: never "user-defined" __call__/__new__/__init__ methods.
_NON_USER_CALLABLES = tuple(t for t in (
    getattr(types, 'WrapperDescriptorType', None),
    getattr(types, 'MethodWrapperType', None),
    getattr(types, 'ClassMethodDescriptorType', None),
    getattr(types, 'MethodDescriptorType', None),
    types.BuiltinFunctionType,
) if t is not None)


def _user_defined_method(cls, name):
    # The named attribute of cls if it is written in Python (not a slot wrapper or builtin).
    try:
        method = getattr(cls, name)
    except AttributeError:
        return None
    if method is None or isinstance(method, _NON_USER_CALLABLES):
        return None
    if name == '__call__' and getattr(method, '__module__', None) == 'abc':
        # Vivarium's ABCMeta.__call__ only refuses abstract classes; CPython does that in
        # object.__new__, so the class's own __new__/__init__ give its signature.
        return None
    return method


def _dataclass_init_signature(cls, init):
    # Vivarium's dataclasses build __init__ as a generic (self, *args, **kwargs) function; the
    # real parameters are the init fields, as CPython's generated __init__ would spell them.
    filename = init.__code__.co_filename if isfunction(init) else ''
    # The module is embedded in viv ('<frozen dataclasses>') or read from a stdlib directory.
    if filename != '<frozen dataclasses>' and filename.rpartition('/')[2] != 'dataclasses.py':
        return None
    for owner in getattr(cls, '__mro__', ()):
        if owner.__dict__.get('__init__') is init:
            break
    else:
        return None
    fields = owner.__dict__.get('__dataclass_fields__')
    if not isinstance(fields, dict):
        return None
    import dataclasses
    positional = []
    keyword_only = []
    for field in fields.values():
        field_type = getattr(field, '_field_type', None)
        if field_type is getattr(dataclasses, '_FIELD_CLASSVAR', object()):
            continue
        if field_type is getattr(dataclasses, '_FIELD', None) and not field.init:
            continue
        if field.default_factory is not dataclasses.MISSING:
            default = getattr(dataclasses, '_HAS_DEFAULT_FACTORY', _empty)
        elif field.default is not dataclasses.MISSING:
            default = field.default
        else:
            default = _empty
        (keyword_only if field.kw_only else positional).append((field.name, default, field.type))
    params = [Parameter('self', _POSITIONAL_OR_KEYWORD)]
    params += [Parameter(n, _POSITIONAL_OR_KEYWORD, default=d, annotation=t)
               for n, d, t in positional]
    params += [Parameter(n, _KEYWORD_ONLY, default=d, annotation=t)
               for n, d, t in keyword_only]
    return Signature(params, return_annotation=None, __validate_parameters__=False)


def _signature_of_class(obj, follow_wrapped, globals, locals, eval_str, sigcls):
    # The metaclass's __call__ if it defines one; else the nearest class in the MRO that
    # defines __new__ or __init__ itself (__new__ first); else object's empty signature.
    def of(method):
        return _signature_from_callable(method, follow_wrapped, True, globals, locals,
                                        eval_str, sigcls)

    call = _user_defined_method(type(obj), '__call__')
    if call is not None:
        return _signature_bound_method(of(call))
    new = _user_defined_method(obj, '__new__')
    init = _user_defined_method(obj, '__init__')
    for base in obj.__mro__:
        if new is not None and '__new__' in base.__dict__:
            return _signature_bound_method(of(new))
        if init is not None and '__init__' in base.__dict__:
            special = _dataclass_init_signature(base, init)
            if special is not None:
                return _signature_bound_method(special)
            return _signature_bound_method(of(init))
    if type not in obj.__mro__:
        if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            return sigcls()
    raise ValueError('no signature found for builtin type {!r}'.format(obj))


def _signature_from_callable(obj, follow_wrapped, skip_bound_arg, globals, locals, eval_str,
                             sigcls):
    def recurse(inner):
        return _signature_from_callable(inner, follow_wrapped, skip_bound_arg, globals,
                                        locals, eval_str, sigcls)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        sig = recurse(obj.__func__)
        if not skip_bound_arg:
            return sig
        if not isinstance(obj.__self__, type):
            # A dataclass instance's __init__ (see _dataclass_init_signature).
            special = _dataclass_init_signature(type(obj.__self__), obj.__func__)
            if special is not None:
                sig = special
        return _signature_bound_method(sig)
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__')
                     or isinstance(f, types.MethodType))
        if isinstance(obj, types.MethodType):
            return recurse(obj)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
            return sig
    if isfunction(obj) or _is_function_like(obj):
        return _signature_from_function(sigcls, obj, globals, locals, eval_str)
    if isbuiltin(obj) or isinstance(obj, _NON_USER_CALLABLES):
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    partial = _partial_type()
    if partial is not None and isinstance(obj, partial):
        return _signature_from_partial(recurse(obj.func), obj)
    if isinstance(obj, type):
        return _signature_of_class(obj, follow_wrapped, globals, locals, eval_str, sigcls)
    call = _user_defined_method(type(obj), '__call__')
    if call is not None:
        try:
            sig = recurse(call)
        except ValueError as ex:
            raise ValueError('no signature found for {!r}'.format(obj)) from ex
        return _signature_bound_method(sig) if skip_bound_arg else sig
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


FullArgSpec = collections.namedtuple(
    'FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """The parameters of `func` as a FullArgSpec (the first parameter of a bound method
    included, __wrapped__ not followed)."""
    try:
        sig = _signature_from_callable(func, False, False, None, None, False, Signature)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = varkw = None
    kwonlyargs = []
    defaults = ()
    annotations = {}
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None,
                       annotations)


# -- frames and the stack --------------------------------------------------------------------

_Positions = collections.namedtuple('Positions', 'lineno end_lineno col_offset end_col_offset')
_Traceback = collections.namedtuple('_Traceback', 'filename lineno function code_context index')
_FrameInfo = collections.namedtuple('_FrameInfo', ('frame',) + _Traceback._fields)


class Traceback(_Traceback):
    """(filename, lineno, function, code_context, index) plus `positions`."""

    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, code_context={!r}, '
                'index={!r}, positions={!r})'.format(self.filename, self.lineno, self.function,
                                                    self.code_context, self.index,
                                                    self.positions))


class FrameInfo(_FrameInfo):
    """(frame, filename, lineno, function, code_context, index) plus `positions`."""

    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.frame, self.filename, self.lineno, self.function, self.code_context,
                    self.index, self.positions))


def getlineno(frame):
    """The line number the frame is executing."""
    return frame.f_lineno


def getframeinfo(frame, context=1):
    """A Traceback for a frame or traceback: file, line, function and `context` source lines
    centred on the current line (code_context, with index of the current one)."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = getsourcefile(frame) or getfile(frame)
    lines = index = None
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            all_lines, _ = findsource(frame)
        except OSError:
            pass
        else:
            start = max(0, min(start, len(all_lines) - context))
            lines = all_lines[start:start + context]
            index = lineno - 1 - start
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=_Positions(lineno, None, None, None))


def getouterframes(frame, context=1):
    """FrameInfo for `frame` and each frame that called it, innermost first."""
    result = []
    while frame is not None:
        info = getframeinfo(frame, context)
        result.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return result


def getinnerframes(tb, context=1):
    """FrameInfo for each level of a traceback, from where it was caught to where it was raised."""
    result = []
    while tb is not None:
        info = getframeinfo(tb, context)
        result.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return result


def currentframe():
    """The caller's frame (None if the runtime has no frame support)."""
    getframe = getattr(sys, '_getframe', None)
    return getframe(1) if getframe is not None else None


def stack(context=1):
    """FrameInfo for the caller and everything above it on the call stack."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo for the traceback of the exception being handled."""
    exc = sys.exception()
    return getinnerframes(exc.__traceback__ if exc is not None else None, context)
