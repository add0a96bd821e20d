"""The opcode tables `dis` reads (CPython's `opcode` module), taken from the native `_opcode`.

Names and numbers come from the interpreter's own opcode table, through `_opcode`. The tables
that only name oparg values for display (binary operators, intrinsics, common constants, special
methods) are CPython 3.14's, used unless `_opcode` supplies its own.
"""

import _opcode

__all__ = ['cmp_op', 'stack_effect', 'hascompare', 'opname', 'opmap', 'HAVE_ARGUMENT', 'EXTENDED_ARG',
           'hasarg', 'hasconst', 'hasname', 'hasjump', 'hasjrel', 'hasjabs', 'hasfree', 'haslocal',
           'hasexc']

cmp_op = ('<', '<=', '==', '!=', '>', '>=')

opmap = dict(_opcode.opmap)


def _build_opname():
    names = getattr(_opcode, 'opname', None)
    if names is not None:
        names = list(names)
    else:
        names = []
    size = max([len(names), 256] + [op + 1 for op in opmap.values()])
    names.extend('<%d>' % i for i in range(len(names), size))
    for name, op in opmap.items():
        names[op] = name
    return names


opname = _build_opname()


def _ops(attr, default=()):
    value = getattr(_opcode, attr, None)
    if value is None:
        return list(default)
    if callable(value):
        return [op for op in range(len(opname)) if value(op)]
    return list(value)


# Opcodes that take no oparg in CPython 3.14, for runtimes whose _opcode lacks hasarg.
_NO_ARG_NAMES = frozenset([
    'CACHE', 'BINARY_SLICE', 'CALL_FUNCTION_EX', 'CHECK_EG_MATCH', 'CHECK_EXC_MATCH', 'CLEANUP_THROW',
    'DELETE_SUBSCR', 'END_ASYNC_FOR', 'END_FOR', 'END_SEND', 'EXIT_INIT_CHECK', 'FORMAT_SIMPLE',
    'FORMAT_WITH_SPEC', 'GET_AITER', 'GET_ANEXT', 'GET_ITER', 'GET_LEN', 'GET_YIELD_FROM_ITER',
    'INTERPRETER_EXIT', 'LOAD_BUILD_CLASS', 'LOAD_LOCALS', 'MAKE_FUNCTION', 'MATCH_KEYS',
    'MATCH_MAPPING', 'MATCH_SEQUENCE', 'NOP', 'NOT_TAKEN', 'POP_EXCEPT', 'POP_ITER', 'POP_TOP',
    'PUSH_EXC_INFO', 'PUSH_NULL', 'RETURN_GENERATOR', 'RETURN_VALUE', 'SETUP_ANNOTATIONS',
    'STORE_SLICE', 'STORE_SUBSCR', 'TO_BOOL', 'UNARY_INVERT', 'UNARY_NEGATIVE', 'UNARY_NOT',
    'WITH_EXCEPT_START', 'RESERVED', 'POP_BLOCK',
])


def _default_hasarg():
    have_argument = getattr(_opcode, 'HAVE_ARGUMENT', None)
    if have_argument is not None:
        return [op for op in opmap.values() if op >= have_argument]
    return [op for name, op in opmap.items() if name not in _NO_ARG_NAMES]


hasarg = _ops('hasarg', _default_hasarg())
hasconst = _ops('hasconst')
hasname = _ops('hasname')
hasjrel = _ops('hasjrel')
hasjabs = _ops('hasjabs')
haslocal = _ops('haslocal')
hasfree = _ops('hasfree')
hascompare = _ops('hascompare')
hasexc = _ops('hasexc')
hasjump = sorted(set(hasjrel) | set(hasjabs) | set(_ops('hasjump')))

HAVE_ARGUMENT = getattr(_opcode, 'HAVE_ARGUMENT', min(hasarg) if hasarg else 0)
EXTENDED_ARG = opmap.get('EXTENDED_ARG', -1)


def stack_effect(opcode, oparg=None, /, *, jump=None):
    """The net stack effect of opcode with oparg (jump=True/False/None: taken, not, max)."""
    return _opcode.stack_effect(opcode, oparg, jump=jump)


def _table(getter_name, default):
    getter = getattr(_opcode, getter_name, None)
    if getter is not None:
        try:
            return list(getter())
        except Exception:
            pass
    return list(default)


_nb_ops = _table('get_nb_ops', [
    ('NB_ADD', '+'), ('NB_AND', '&'), ('NB_FLOOR_DIVIDE', '//'), ('NB_LSHIFT', '<<'),
    ('NB_MATRIX_MULTIPLY', '@'), ('NB_MULTIPLY', '*'), ('NB_REMAINDER', '%'), ('NB_OR', '|'),
    ('NB_POWER', '**'), ('NB_RSHIFT', '>>'), ('NB_SUBTRACT', '-'), ('NB_TRUE_DIVIDE', '/'),
    ('NB_XOR', '^'), ('NB_INPLACE_ADD', '+='), ('NB_INPLACE_AND', '&='),
    ('NB_INPLACE_FLOOR_DIVIDE', '//='), ('NB_INPLACE_LSHIFT', '<<='),
    ('NB_INPLACE_MATRIX_MULTIPLY', '@='), ('NB_INPLACE_MULTIPLY', '*='),
    ('NB_INPLACE_REMAINDER', '%='), ('NB_INPLACE_OR', '|='), ('NB_INPLACE_POWER', '**='),
    ('NB_INPLACE_RSHIFT', '>>='), ('NB_INPLACE_SUBTRACT', '-='), ('NB_INPLACE_TRUE_DIVIDE', '/='),
    ('NB_INPLACE_XOR', '^='), ('NB_SUBSCR', '[]'),
])

_intrinsic_1_descs = _table('get_intrinsic1_descs', [
    'INTRINSIC_1_INVALID', 'INTRINSIC_PRINT', 'INTRINSIC_IMPORT_STAR', 'INTRINSIC_STOPITERATION_ERROR',
    'INTRINSIC_ASYNC_GEN_WRAP', 'INTRINSIC_UNARY_POSITIVE', 'INTRINSIC_LIST_TO_TUPLE', 'INTRINSIC_TYPEVAR',
    'INTRINSIC_PARAMSPEC', 'INTRINSIC_TYPEVARTUPLE', 'INTRINSIC_SUBSCRIPT_GENERIC', 'INTRINSIC_TYPEALIAS',
])

_intrinsic_2_descs = _table('get_intrinsic2_descs', [
    'INTRINSIC_2_INVALID', 'INTRINSIC_PREP_RERAISE_STAR', 'INTRINSIC_TYPEVAR_WITH_BOUND',
    'INTRINSIC_TYPEVAR_WITH_CONSTRAINTS', 'INTRINSIC_SET_FUNCTION_TYPE_PARAMS',
    'INTRINSIC_SET_TYPEPARAM_DEFAULT',
])

_special_method_names = _table('get_special_method_names', ['__enter__', '__exit__', '__aenter__', '__aexit__'])

_common_constants = [AssertionError, NotImplementedError, tuple, all, any]

# Vivarium's code has no inline caches and no specialized instructions.
_inline_cache_entries = {}
_cache_format = {}
_specializations = {}
_specialized_opmap = {}
