# The _opcode module: the opcode table as dis.py reads it (numbers follow CPython 3.14's).
import _opcode
print(len(_opcode.opname), all(_opcode.opname[n] == name for name, n in _opcode.opmap.items() if n < 256))
for name in ("POP_TOP", "LOAD_CONST", "LOAD_FAST_BORROW", "CALL", "BINARY_OP", "RETURN_VALUE"):
    print(name, name in _opcode.opmap)
op = _opcode.opmap
print(_opcode.stack_effect(op["POP_TOP"]), _opcode.stack_effect(op["LOAD_CONST"], 0),
      _opcode.stack_effect(op["BUILD_LIST"], 3), _opcode.stack_effect(op["CALL"], 2))
print(op["LOAD_CONST"] in _opcode.hasconst, op["LOAD_NAME"] in _opcode.hasname,
      op["LOAD_FAST"] in _opcode.haslocal, op["LOAD_DEREF"] in _opcode.hasfree,
      op["COMPARE_OP"] in _opcode.hascompare, op["JUMP_FORWARD"] in _opcode.hasjrel, _opcode.hasjabs)
print(_opcode.has_arg(op["LOAD_CONST"]), _opcode.has_arg(op["POP_TOP"]), _opcode.has_const(op["LOAD_CONST"]))
print(_opcode._nb_ops[0], _opcode._nb_ops[13], _opcode._nb_ops[26], len(_opcode._nb_ops))
print(_opcode.get_intrinsic1_descs()[1], _opcode.get_special_method_names()[:2])
for args in [(op["POP_TOP"], 1), (op["LOAD_CONST"],), (300,)]:
    try:
        _opcode.stack_effect(*args)
    except ValueError as e:
        print("ValueError:", e)
