"""Disassembler of code objects into CPython 3.14's `dis` listing (CPython's `dis` module).

It reads what every code object exposes (`co_code` as 2-byte units with EXTENDED_ARG prefixes,
`co_consts`, `co_names`, the variable-name tuples, `co_lines()`, `co_positions()` and
`co_exceptiontable` in CPython's varint format) and the opcode tables of `opcode`/`_opcode`.
Vivarium's code has no inline CACHE entries, so a relative jump lands at
`offset + 2 +/- 2 * oparg` bytes. The layout is 3.14's: a line-number column, `L1:` labels on
jump targets and exception-table boundaries, the opname padded to 20 columns, the oparg and
its meaning in parentheses, then an `ExceptionTable:` section.

Decoding (`_unpack_opargs`, `ArgResolver`) is kept apart from layout (`Formatter`), so the
layout can be driven with hand-made `Instruction`s.
"""

import sys
import types
import collections

from opcode import *  # noqa: F401,F403
from opcode import __all__ as _opcodes_all
from opcode import (_nb_ops, _intrinsic_1_descs, _intrinsic_2_descs, _special_method_names,
                    _common_constants, _inline_cache_entries)

__all__ = ['code_info', 'dis', 'disassemble', 'distb', 'disco', 'findlinestarts', 'findlabels',
           'show_code', 'get_instructions', 'Instruction', 'Bytecode'] + _opcodes_all
del _opcodes_all

_have_code = tuple(t for t in (types.MethodType, types.FunctionType, types.CodeType, classmethod,
                               staticmethod, type) if t is not None)


def _op(name):
    return opmap.get(name, -1)


CONVERT_VALUE = _op('CONVERT_VALUE')
SET_FUNCTION_ATTRIBUTE = _op('SET_FUNCTION_ATTRIBUTE')
FUNCTION_ATTR_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure', 'annotate')
LOAD_GLOBAL = _op('LOAD_GLOBAL')
LOAD_SMALL_INT = _op('LOAD_SMALL_INT')
BINARY_OP = _op('BINARY_OP')
LOAD_ATTR = _op('LOAD_ATTR')
LOAD_SUPER_ATTR = _op('LOAD_SUPER_ATTR')
CALL_INTRINSIC_1 = _op('CALL_INTRINSIC_1')
CALL_INTRINSIC_2 = _op('CALL_INTRINSIC_2')
LOAD_COMMON_CONSTANT = _op('LOAD_COMMON_CONSTANT')
LOAD_SPECIAL = _op('LOAD_SPECIAL')
IS_OP = _op('IS_OP')
CONTAINS_OP = _op('CONTAINS_OP')
END_ASYNC_FOR = _op('END_ASYNC_FOR')
_PAIR_OPS = frozenset(_op(n) for n in ('LOAD_FAST_LOAD_FAST', 'LOAD_FAST_BORROW_LOAD_FAST_BORROW',
                                        'STORE_FAST_LOAD_FAST', 'STORE_FAST_STORE_FAST'))
_BACKWARD_JUMPS = frozenset(_op(n) for n in ('JUMP_BACKWARD', 'JUMP_BACKWARD_NO_INTERRUPT', 'END_ASYNC_FOR'))
_HASARG = frozenset(hasarg)
_HASCONST = frozenset(hasconst)
_HASNAME = frozenset(hasname)
_HASJREL = frozenset(hasjrel)
_HASJABS = frozenset(hasjabs)
_HASLOCAL = frozenset(haslocal)
_HASFREE = frozenset(hasfree)
_HASCOMPARE = frozenset(hascompare)
_HASJUMP = frozenset(hasjump) | _HASJREL | _HASJABS

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5
_NO_LINENO = '  --'

COMPILER_FLAG_NAMES = {
    1: 'OPTIMIZED',
    2: 'NEWLOCALS',
    4: 'VARARGS',
    8: 'VARKEYWORDS',
    16: 'NESTED',
    32: 'GENERATOR',
    64: 'NOFREE',
    128: 'COROUTINE',
    256: 'ITERABLE_COROUTINE',
    512: 'ASYNC_GENERATOR',
    0x4000000: 'HAS_DOCSTRING',
    0x8000000: 'METHOD',
}


class _TextSink:
    # Collects written text (this runtime has no io.StringIO).
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def getvalue(self):
        return ''.join(self.parts)


def _print(*args, file=None):
    print(*args, file=file if file is not None else sys.stdout)


def _try_compile(source, name):
    """Compile source as an expression if it is one, else as statements."""
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        pass
    return compile(source, name, 'exec')


def _code_of(x):
    # The code object inside a method, function, generator or coroutine (x itself otherwise).
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    return x


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False, show_offsets=False,
        show_positions=False):
    """Disassemble a function, method, class, module, code object, source string or raw bytecode;
    with no argument, the last traceback."""
    options = dict(show_caches=show_caches, adaptive=adaptive, show_offsets=show_offsets,
                   show_positions=show_positions)
    if x is None:
        distb(file=file, **options)
        return
    x = _code_of(x)
    if hasattr(x, '__dict__') and not hasattr(x, 'co_code'):
        for name, x1 in sorted(x.__dict__.items()):
            if isinstance(x1, _have_code):
                _print('Disassembly of %s:' % name, file=file)
                try:
                    dis(x1, file=file, depth=depth, **options)
                except TypeError as msg:
                    _print('Sorry:', msg, file=file)
                _print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth, **options)
    elif isinstance(x, (bytes, bytearray)):
        labels_map = _make_labels_map(x)
        label_width = 4 + len(str(len(labels_map)))
        formatter = Formatter(file=file, offset_width=len(str(max(len(x) - 2, 9999))) if show_offsets else 0,
                              label_width=label_width, show_caches=show_caches)
        arg_resolver = ArgResolver(labels_map=labels_map)
        _disassemble_bytes(x, arg_resolver=arg_resolver, formatter=formatter)
    elif isinstance(x, str):
        _disassemble_recursive(_try_compile(x, '<dis>'), file=file, depth=depth, **options)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False, show_offsets=False,
          show_positions=False):
    """Disassemble a traceback's innermost frame (the last traceback by default)."""
    if tb is None:
        last = getattr(sys, 'last_exc', None)
        if last is not None:
            tb = last.__traceback__
        else:
            tb = getattr(sys, 'last_traceback', None)
        if tb is None:
            raise RuntimeError('no last traceback to disassemble')
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file, show_caches=show_caches, adaptive=adaptive,
                show_offsets=show_offsets, show_positions=show_positions)


def pretty_flags(flags):
    """The names of the co_flags bits, comma-separated."""
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ', '.join(names)


class _Unknown:
    def __repr__(self):
        return '<unknown>'


UNKNOWN = _Unknown()


def _get_code_object(x):
    x = _code_of(x)
    if isinstance(x, str):
        x = _try_compile(x, '<disassembly>')
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def code_info(x):
    """Details of a function's or code object's code, as a multi-line string."""
    return _format_code_info(_get_code_object(x))


def _format_code_info(co):
    lines = [
        'Name:              %s' % co.co_name,
        'Filename:          %s' % co.co_filename,
        'Argument count:    %s' % co.co_argcount,
        'Positional-only arguments: %s' % co.co_posonlyargcount,
        'Kw-only arguments: %s' % co.co_kwonlyargcount,
        'Number of locals:  %s' % co.co_nlocals,
        'Stack size:        %s' % co.co_stacksize,
        'Flags:             %s' % pretty_flags(co.co_flags),
    ]
    sections = [('Constants:', co.co_consts, '%4d: %r'), ('Names:', co.co_names, '%4d: %s'),
                ('Variable names:', co.co_varnames, '%4d: %s'), ('Free variables:', co.co_freevars, '%4d: %s'),
                ('Cell variables:', co.co_cellvars, '%4d: %s')]
    for title, values, fmt in sections:
        if values:
            lines.append(title)
            for item in enumerate(values):
                lines.append(fmt % item)
    return '\n'.join(lines)


def show_code(co, *, file=None):
    """Print code_info(co)."""
    _print(code_info(co), file=file)


Positions = collections.namedtuple('Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
                                   defaults=[None] * 4, module='dis')

_Instruction = collections.namedtuple(
    '_Instruction',
    ['opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'start_offset', 'starts_line',
     'line_number', 'label', 'positions', 'cache_info'],
    defaults=[None, None, None], module='dis')

_ExceptionTableEntryBase = collections.namedtuple('_ExceptionTableEntryBase', 'start end target depth lasti',
                                                  module='dis')


class _ExceptionTableEntry(_ExceptionTableEntryBase):
    pass


def _get_cache_size(name):
    return _inline_cache_entries.get(name, 0)


def _is_backward_jump(op):
    return op in _BACKWARD_JUMPS


def _get_jump_target(op, arg, offset):
    """The byte offset a jump instruction goes to, or None for other instructions."""
    if op in _HASJREL:
        if _is_backward_jump(op):
            arg = -arg
        return offset + 2 + arg * 2 + 2 * _get_cache_size(opname[op])
    if op in _HASJABS:
        return arg * 2
    return None


class Instruction(_Instruction):
    """One decoded instruction: opname, opcode, arg, argval (the resolved argument), argrepr,
    offset, start_offset (including EXTENDED_ARG prefixes), starts_line, line_number, label,
    positions and cache_info."""

    @staticmethod
    def make(opname, arg, argval, argrepr, offset, start_offset, starts_line, line_number, label=None,
             positions=None, cache_info=None):
        return Instruction(opname, opmap[opname], arg, argval, argrepr, offset, start_offset, starts_line,
                           line_number, label, positions, cache_info)

    @property
    def oparg(self):
        """Alias for arg."""
        return self.arg

    @property
    def baseopcode(self):
        """The opcode (this runtime has no specialized instructions)."""
        return self.opcode

    @property
    def baseopname(self):
        """The opname (this runtime has no specialized instructions)."""
        return opname[self.opcode]

    @property
    def cache_offset(self):
        """Start of the cache entries after the instruction."""
        return self.offset + 2

    @property
    def end_offset(self):
        """End of the cache entries after the instruction."""
        return self.cache_offset + _get_cache_size(opname[self.opcode]) * 2

    @property
    def jump_target(self):
        """The offset this instruction jumps to, or None."""
        return _get_jump_target(self.opcode, self.arg, self.offset)

    @property
    def is_jump_target(self):
        """True if some instruction jumps here."""
        return self.label is not None

    def __str__(self):
        output = _TextSink()
        Formatter(file=output).print_instruction(self, False)
        return output.getvalue()


class Formatter:
    """Writes instructions in dis's columns: line number (or positions), label, offset, the
    current-instruction marker, opname, oparg and its meaning."""

    def __init__(self, file=None, lineno_width=0, offset_width=0, label_width=0, line_offset=0,
                 show_caches=False, *, show_positions=False):
        self.file = file
        self.lineno_width = lineno_width
        self.offset_width = offset_width
        self.label_width = label_width
        self.show_caches = show_caches
        self.show_positions = show_positions

    def _write_line(self, text):
        _print(text, file=self.file)

    def print_instruction(self, instr, mark_as_current=False):
        self.print_instruction_line(instr, mark_as_current)

    def print_instruction_line(self, instr, mark_as_current):
        """Write one instruction (preceded by a blank line when it starts a new source line)."""
        lineno_width = self.lineno_width
        if lineno_width > 0 and instr.starts_line and instr.offset > 0:
            self._write_line('')
        fields = []
        if lineno_width:
            if self.show_positions:
                positions = instr.positions
                if positions:
                    if all(p is None for p in positions):
                        text = _NO_LINENO
                    else:
                        ps = tuple('?' if p is None else p for p in positions)
                        text = '%s:%s-%s:%s' % (ps[0], ps[2], ps[1], ps[3])
                    fields.append(text.ljust(lineno_width))
                else:
                    fields.append(' ' * lineno_width)
            elif instr.starts_line:
                if instr.line_number is None:
                    fields.append(_NO_LINENO.rjust(lineno_width))
                else:
                    fields.append(('%d' % instr.line_number).rjust(lineno_width))
            else:
                fields.append(' ' * lineno_width)
        if instr.label is not None:
            fields.append(('L%d:' % instr.label).rjust(self.label_width))
        else:
            fields.append(' ' * self.label_width)
        if self.offset_width > 0:
            fields.append(repr(instr.offset).rjust(self.offset_width) + '  ')
        fields.append('-->' if mark_as_current else '   ')
        fields.append(instr.opname.ljust(_OPNAME_WIDTH))
        if instr.arg is not None:
            # A long opname may run into the oparg column rather than misalign it.
            excess = max(0, len(instr.opname) - _OPNAME_WIDTH)
            fields.append(repr(instr.arg).rjust(_OPARG_WIDTH - excess))
            if instr.argrepr:
                fields.append('(' + instr.argrepr + ')')
        self._write_line(' '.join(fields).rstrip())

    def print_exception_table(self, exception_entries):
        """Write the 'ExceptionTable:' section (nothing if there are no entries)."""
        if exception_entries:
            self._write_line('ExceptionTable:')
            for entry in exception_entries:
                lasti = ' lasti' if entry.lasti else ''
                self._write_line('  L%s to L%s -> L%s [%s]%s' % (entry.start_label, entry.end_label,
                                                                   entry.target_label, entry.depth, lasti))


def _localsplus_names(co):
    # Names by fast-local index: locals, then cells that aren't arguments, then free variables.
    names = getattr(co, 'co_localsplusnames', None)
    if names is not None:
        return tuple(names)
    varnames = tuple(co.co_varnames)
    cells = tuple(c for c in co.co_cellvars if c not in varnames)
    return varnames + cells + tuple(co.co_freevars)


def _varname_getter(co):
    method = getattr(co, '_varname_from_oparg', None)
    if method is not None:
        return method
    names = _localsplus_names(co)
    return names.__getitem__


class ArgResolver:
    """Turns an instruction's oparg into (argval, argrepr), given the code's tables."""

    def __init__(self, co_consts=None, names=None, varname_from_oparg=None, labels_map=None):
        self.co_consts = co_consts
        self.names = names
        self.varname_from_oparg = varname_from_oparg
        self.labels_map = labels_map or {}

    def offset_from_jump_arg(self, op, arg, offset):
        return _get_jump_target(op, arg, offset)

    def get_label_for_offset(self, offset):
        return self.labels_map.get(offset, None)

    def get_argval_argrepr(self, op, arg, offset):
        get_name = None if self.names is None else self.names.__getitem__
        argval = None
        argrepr = ''
        if arg is None:
            return argval, argrepr
        argval = arg
        if op in _HASCONST:
            argval, argrepr = _get_const_info(op, arg, self.co_consts)
        elif op in _HASNAME:
            if op == LOAD_GLOBAL:
                argval, argrepr = _get_name_info(arg // 2, get_name)
                if (arg & 1) and argrepr:
                    argrepr = argrepr + ' + NULL'
            elif op == LOAD_ATTR:
                argval, argrepr = _get_name_info(arg // 2, get_name)
                if (arg & 1) and argrepr:
                    argrepr = argrepr + ' + NULL|self'
            elif op == LOAD_SUPER_ATTR:
                argval, argrepr = _get_name_info(arg // 4, get_name)
                if (arg & 1) and argrepr:
                    argrepr = argrepr + ' + NULL|self'
            else:
                argval, argrepr = _get_name_info(arg, get_name)
        elif op in _HASJUMP:
            argval = self.offset_from_jump_arg(op, arg, offset)
            label = self.get_label_for_offset(argval)
            preposition = 'from' if op == END_ASYNC_FOR else 'to'
            argrepr = '%s L%s' % (preposition, label)
        elif op in _PAIR_OPS:
            val1, repr1 = _get_name_info(arg >> 4, self.varname_from_oparg)
            val2, repr2 = _get_name_info(arg & 15, self.varname_from_oparg)
            argrepr = repr1 + ', ' + repr2
            argval = (val1, val2)
        elif op in _HASLOCAL or op in _HASFREE:
            argval, argrepr = _get_name_info(arg, self.varname_from_oparg)
        elif op in _HASCOMPARE:
            argval = cmp_op[arg >> 5]
            argrepr = argval
            if arg & 16:
                argrepr = 'bool(%s)' % argrepr
        elif op == CONVERT_VALUE:
            argval = (None, str, repr, ascii)[arg]
            argrepr = ('', 'str', 'repr', 'ascii')[arg]
        elif op == SET_FUNCTION_ATTRIBUTE:
            argrepr = ', '.join(s for i, s in enumerate(FUNCTION_ATTR_FLAGS) if arg & (1 << i))
        elif op == BINARY_OP:
            argrepr = _nb_ops[arg][1]
        elif op == CALL_INTRINSIC_1:
            argrepr = _intrinsic_1_descs[arg]
        elif op == CALL_INTRINSIC_2:
            argrepr = _intrinsic_2_descs[arg]
        elif op == LOAD_COMMON_CONSTANT:
            obj = _common_constants[arg]
            argrepr = obj.__name__ if isinstance(obj, type) else repr(obj)
        elif op == LOAD_SPECIAL:
            argrepr = _special_method_names[arg]
        elif op == IS_OP:
            argrepr = 'is not' if argval else 'is'
        elif op == CONTAINS_OP:
            argrepr = 'not in' if argval else 'in'
        return argval, argrepr


def _get_const_value(op, arg, co_consts):
    if op == LOAD_SMALL_INT:
        return arg
    if co_consts is None:
        return UNKNOWN
    return co_consts[arg]


def _get_const_info(op, arg, co_consts):
    argval = _get_const_value(op, arg, co_consts)
    return argval, (repr(argval) if argval is not UNKNOWN else '')


def _get_name_info(name_index, get_name):
    if get_name is not None:
        argval = get_name(name_index)
        return argval, argval
    return UNKNOWN, ''


def get_instructions(x, *, first_line=None, show_caches=None, adaptive=False):
    """An iterator of the Instructions of a function, method, code object or source string."""
    co = _get_code_object(x)
    linestarts = dict(findlinestarts(co))
    line_offset = first_line - co.co_firstlineno if first_line is not None else 0
    arg_resolver = ArgResolver(co_consts=co.co_consts, names=co.co_names, varname_from_oparg=_varname_getter(co),
                               labels_map=_make_labels_map(co.co_code))
    return _get_instructions_bytes(co.co_code, linestarts=linestarts, line_offset=line_offset,
                                   co_positions=co.co_positions(), arg_resolver=arg_resolver)


def _parse_varint(iterator):
    b = next(iterator)
    val = b & 63
    while b & 64:
        val <<= 6
        b = next(iterator)
        val |= b & 63
    return val


def _parse_exception_table(code):
    """The exception table's entries (start, end, target in bytes, stack depth, lasti flag)."""
    iterator = iter(getattr(code, 'co_exceptiontable', b''))
    entries = []
    while True:
        try:
            start = _parse_varint(iterator) * 2
        except StopIteration:
            return entries
        length = _parse_varint(iterator) * 2
        target = _parse_varint(iterator) * 2
        dl = _parse_varint(iterator)
        entries.append(_ExceptionTableEntry(start, start + length, target, dl >> 1, bool(dl & 1)))


def _unpack_opargs(code):
    """(offset, start_offset, opcode, oparg) for each instruction; oparg is None for opcodes that
    take none, and includes the EXTENDED_ARG prefixes (which are yielded too)."""
    extended_arg = 0
    prefixes = 0
    for i in range(0, len(code), 2):
        op = code[i]
        if op in _HASARG:
            arg = code[i + 1] | extended_arg
            extended_arg = (arg << 8) if op == EXTENDED_ARG else 0
            if extended_arg >= 1 << 31:
                extended_arg -= 1 << 32
        else:
            arg = None
            extended_arg = 0
        if op == EXTENDED_ARG:
            prefixes += 1
            yield (i, i, op, arg)
        else:
            yield (i, i - prefixes * 2, op, arg)
            prefixes = 0


def _get_instructions_bytes(code, linestarts=None, line_offset=0, co_positions=None, original_code=None,
                            arg_resolver=None):
    co_positions = co_positions or iter(())
    starts_line = False
    local_line_number = None
    line_number = None
    for offset, start_offset, op, arg in _unpack_opargs(original_code or code):
        if linestarts is not None:
            starts_line = offset in linestarts
            if starts_line:
                local_line_number = linestarts[offset]
            if local_line_number is not None:
                line_number = local_line_number + line_offset
            else:
                line_number = None
        positions = Positions(*next(co_positions, ()))
        if arg_resolver:
            argval, argrepr = arg_resolver.get_argval_argrepr(op, arg, offset)
        else:
            argval, argrepr = arg, repr(arg)
        label = arg_resolver.get_label_for_offset(offset) if arg_resolver else None
        yield Instruction(opname[op], op, arg, argval, argrepr, offset, start_offset, starts_line,
                          line_number, label, positions, None)


def _make_labels_map(original_code, exception_entries=()):
    labels = set(findlabels(original_code))
    for entry in exception_entries:
        labels.add(entry.start)
        labels.add(entry.end)
        labels.add(entry.target)
    labels_map = {offset: i + 1 for i, offset in enumerate(sorted(labels))}
    for entry in exception_entries:
        entry.start_label = labels_map[entry.start]
        entry.end_label = labels_map[entry.end]
        entry.target_label = labels_map[entry.target]
    return labels_map


def _get_lineno_width(linestarts):
    if linestarts is None:
        return 0
    maxlineno = max((line for line in linestarts.values() if line), default=-1)
    if maxlineno == -1:
        return 0
    width = max(3, len(str(maxlineno)))
    if width < len(_NO_LINENO) and None in linestarts.values():
        width = len(_NO_LINENO)
    return width


def _get_positions_width(code):
    has_value = False
    values_width = 0
    for positions in code.co_positions():
        has_value |= any(isinstance(p, int) for p in positions)
        width = sum(1 if p is None else len(str(p)) for p in positions)
        values_width = max(width, values_width)
    if has_value:
        return 1 + max(len(_NO_LINENO), 3 + values_width)
    return 0


def _formatter_for(co, linestarts, exception_entries, file, show_caches, show_offsets, show_positions,
                   line_offset=0):
    lineno_width = _get_positions_width(co) if show_positions else _get_lineno_width(linestarts)
    labels_map = _make_labels_map(co.co_code, exception_entries)
    formatter = Formatter(file=file, lineno_width=lineno_width,
                          offset_width=len(str(max(len(co.co_code) - 2, 9999))) if show_offsets else 0,
                          label_width=4 + len(str(len(labels_map))), line_offset=line_offset,
                          show_caches=show_caches, show_positions=show_positions)
    arg_resolver = ArgResolver(co_consts=co.co_consts, names=co.co_names, varname_from_oparg=_varname_getter(co),
                               labels_map=labels_map)
    return formatter, arg_resolver


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False, show_offsets=False,
                show_positions=False):
    """Disassemble one code object (lasti marks the current instruction with -->)."""
    linestarts = dict(findlinestarts(co))
    exception_entries = _parse_exception_table(co)
    formatter, arg_resolver = _formatter_for(co, linestarts, exception_entries, file, show_caches,
                                             show_offsets, show_positions)
    _disassemble_bytes(co.co_code, lasti, linestarts, exception_entries=exception_entries,
                       co_positions=co.co_positions(), arg_resolver=arg_resolver, formatter=formatter)


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False, adaptive=False,
                           show_offsets=False, show_positions=False):
    disassemble(co, file=file, show_caches=show_caches, adaptive=adaptive, show_offsets=show_offsets,
                show_positions=show_positions)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for x in co.co_consts:
            if hasattr(x, 'co_code'):
                _print(file=file)
                _print('Disassembly of %r:' % (x,), file=file)
                _disassemble_recursive(x, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive,
                                       show_offsets=show_offsets, show_positions=show_positions)


def _disassemble_bytes(code, lasti=-1, linestarts=None, *, line_offset=0, exception_entries=(),
                       co_positions=None, original_code=None, arg_resolver=None, formatter=None):
    instrs = _get_instructions_bytes(code, linestarts=linestarts, line_offset=line_offset,
                                     co_positions=co_positions, original_code=original_code,
                                     arg_resolver=arg_resolver)
    print_instructions(instrs, exception_entries, formatter, lasti=lasti)


def print_instructions(instrs, exception_entries, formatter, lasti=-1):
    """Write instructions, then the exception table, with formatter."""
    for instr in instrs:
        is_current = instr.offset <= lasti <= instr.offset + 2 * _get_cache_size(instr.opname)
        formatter.print_instruction(instr, is_current)
    formatter.print_exception_table(exception_entries)


disco = disassemble


def findlabels(code):
    """The byte offsets that are jump targets, in order of first appearance."""
    labels = []
    for offset, _start, op, arg in _unpack_opargs(code):
        if arg is not None:
            label = _get_jump_target(op, arg, offset)
            if label is not None and label not in labels:
                labels.append(label)
    return labels


def findlinestarts(code):
    """(offset, lineno) pairs where a new source line starts (lineno may be None)."""
    lastline = False
    for start, end, line in code.co_lines():
        if line is not lastline:
            lastline = line
            yield start, line


class Bytecode:
    """The instructions of a piece of code: iterate for Instructions; info() and dis() give
    the code_info text and the listing."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False,
                 show_offsets=False, show_positions=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._linestarts = dict(findlinestarts(co))
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = _parse_exception_table(co)
        self.show_caches = show_caches
        self.adaptive = adaptive
        self.show_offsets = show_offsets
        self.show_positions = show_positions

    def __iter__(self):
        co = self.codeobj
        labels_map = _make_labels_map(co.co_code, self.exception_entries)
        arg_resolver = ArgResolver(co_consts=co.co_consts, names=co.co_names,
                                   varname_from_oparg=_varname_getter(co), labels_map=labels_map)
        return _get_instructions_bytes(co.co_code, linestarts=self._linestarts, line_offset=self._line_offset,
                                       co_positions=co.co_positions(), arg_resolver=arg_resolver)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """A Bytecode of a traceback's innermost frame, marking its current instruction."""
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti, show_caches=show_caches, adaptive=adaptive)

    def info(self):
        """code_info() of the code."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """The disassembly listing as a string."""
        co = self.codeobj
        offset = self.current_offset if self.current_offset is not None else -1
        output = _TextSink()
        formatter, arg_resolver = _formatter_for(co, self._linestarts, self.exception_entries, output,
                                                 self.show_caches, self.show_offsets, self.show_positions,
                                                 self._line_offset)
        _disassemble_bytes(co.co_code, linestarts=self._linestarts, line_offset=self._line_offset, lasti=offset,
                           exception_entries=self.exception_entries, co_positions=co.co_positions(),
                           arg_resolver=arg_resolver, formatter=formatter)
        return output.getvalue()
