# dis: CPython 3.14's listing layout, checked on hand-assembled code objects (so it runs the same
# under CPython and viv): the seed examples' listings, labels, EXTENDED_ARG, exception tables,
# get_instructions, code_info, Bytecode, show_positions and show_offsets.
import dis

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
    def text(self):
        return "".join(self.parts)


def varint(value, first):
    # CPython's exception-table varint: 6-bit groups, most significant first, bit 6 = "more",
    # bit 7 marks the first varint of an entry.
    groups = [value & 63]
    value >>= 6
    while value:
        groups.append(value & 63)
        value >>= 6
    groups.reverse()
    out = []
    for i, g in enumerate(groups):
        b = g | (64 if i < len(groups) - 1 else 0)
        if first and i == 0:
            b |= 128
        out.append(b)
    return out


class FakeCode:
    """A code object assembled from (line, opname[, arg]) rows, with CPython's attributes."""

    def __init__(self, name, rows, consts=(), names=(), varnames=(), cellvars=(), freevars=(),
                 firstlineno=1, argcount=0, flags=3, exceptions=(), filename="<check>"):
        code = []
        lines = []
        for row in rows:
            line, op = row[0], row[1]
            arg = row[2] if len(row) > 2 else 0
            prefixes = []
            while arg > 255:
                prefixes.insert(0, arg & 255)
                arg >>= 8
            # Big opargs are spread over EXTENDED_ARG prefixes, highest byte first.
            prefixes = [p for p in prefixes]
            ext = []
            value = row[2] if len(row) > 2 else 0
            chunks = []
            while True:
                chunks.insert(0, value & 255)
                value >>= 8
                if not value:
                    break
            for chunk in chunks[:-1]:
                code += [dis.opmap["EXTENDED_ARG"], chunk]
                lines.append(line)
            code += [dis.opmap[op], chunks[-1]]
            lines.append(line)
        self.co_code = bytes(code)
        self._lines = lines
        self.co_consts = tuple(consts)
        self.co_names = tuple(names)
        self.co_varnames = tuple(varnames)
        self.co_cellvars = tuple(cellvars)
        self.co_freevars = tuple(freevars)
        self.co_name = name
        self.co_qualname = name
        self.co_filename = filename
        self.co_firstlineno = firstlineno
        self.co_argcount = argcount
        self.co_posonlyargcount = 0
        self.co_kwonlyargcount = 0
        self.co_nlocals = len(varnames)
        self.co_stacksize = 4
        self.co_flags = flags
        table = []
        for start, end, target, depth, lasti in exceptions:
            table += varint(start, True) + varint(end - start, False) + varint(target, False)
            table += varint(depth << 1 | int(lasti), False)
        self.co_exceptiontable = bytes(table)

    def co_lines(self):
        start = 0
        for i in range(1, len(self._lines) + 1):
            if i == len(self._lines) or self._lines[i] != self._lines[start]:
                yield (start * 2, i * 2, self._lines[start])
                start = i

    def co_positions(self):
        for line in self._lines:
            yield (line, line, None if line is None else 4, None if line is None else 12)

    def __repr__(self):
        return '<code object %s at 0x..., file "%s", line %d>' % (self.co_name, self.co_filename, self.co_firstlineno)


def show(code, **kwargs):
    sink = Sink()
    dis.dis(code, file=sink, **kwargs)
    return sink.text()


# Seed ex04: dis.dis(test1), CPython 3.14.
test1 = FakeCode("test1", [
    (3, "RESUME", 0),
    (4, "LOAD_GLOBAL", 1), (4, "LOAD_CONST", 0), (4, "CALL", 1), (4, "STORE_FAST", 0),
    (5, "LOAD_GLOBAL", 3), (5, "LOAD_CONST", 1), (5, "LOAD_GLOBAL", 5), (5, "LOAD_FAST_BORROW", 0),
    (5, "CALL", 1), (5, "CALL", 2), (5, "POP_TOP"),
    (6, "LOAD_GLOBAL", 3), (6, "LOAD_CONST", 2), (6, "LOAD_GLOBAL", 6), (6, "LOAD_ATTR", 8),
    (6, "PUSH_NULL"), (6, "LOAD_FAST_BORROW", 0), (6, "CALL", 1), (6, "CALL", 2), (6, "POP_TOP"),
    (6, "LOAD_CONST", 3), (6, "RETURN_VALUE"),
], consts=("99999", "id(a):", "sys.getrefcount(a):", None), names=("int", "print", "id", "sys", "getrefcount"),
    varnames=("a",), firstlineno=3)
expected_ex04 = """\
  3           RESUME                   0

  4           LOAD_GLOBAL              1 (int + NULL)
              LOAD_CONST               0 ('99999')
              CALL                     1
              STORE_FAST               0 (a)

  5           LOAD_GLOBAL              3 (print + NULL)
              LOAD_CONST               1 ('id(a):')
              LOAD_GLOBAL              5 (id + NULL)
              LOAD_FAST_BORROW         0 (a)
              CALL                     1
              CALL                     2
              POP_TOP

  6           LOAD_GLOBAL              3 (print + NULL)
              LOAD_CONST               2 ('sys.getrefcount(a):')
              LOAD_GLOBAL              6 (sys)
              LOAD_ATTR                8 (getrefcount)
              PUSH_NULL
              LOAD_FAST_BORROW         0 (a)
              CALL                     1
              CALL                     2
              POP_TOP
              LOAD_CONST               3 (None)
              RETURN_VALUE
"""
out = show(test1)
print(out, end="")
assert out == expected_ex04, out

# Seed ex03: module-level code (RESUME on line 0, LOAD_SMALL_INT, IMPORT_NAME, LOAD_NAME).
module = FakeCode("<module>", [
    (0, "RESUME", 0),
    (2, "LOAD_SMALL_INT", 0), (2, "LOAD_CONST", 1), (2, "IMPORT_NAME", 0), (2, "STORE_NAME", 0),
    (3, "LOAD_NAME", 1), (3, "PUSH_NULL"), (3, "LOAD_CONST", 2), (3, "CALL", 1), (3, "STORE_NAME", 2),
    (4, "LOAD_NAME", 3), (4, "PUSH_NULL"), (4, "LOAD_CONST", 3), (4, "LOAD_NAME", 0), (4, "LOAD_ATTR", 8),
    (4, "PUSH_NULL"), (4, "LOAD_NAME", 2), (4, "CALL", 1), (4, "CALL", 2), (4, "POP_TOP"),
    (4, "LOAD_CONST", 1), (4, "RETURN_VALUE"),
], consts=(0, None, "99999", "sys.getrefcount(a):"), names=("sys", "int", "a", "print", "getrefcount"),
    firstlineno=1, flags=0)
expected_ex03 = """\
  0           RESUME                   0

  2           LOAD_SMALL_INT           0
              LOAD_CONST               1 (None)
              IMPORT_NAME              0 (sys)
              STORE_NAME               0 (sys)

  3           LOAD_NAME                1 (int)
              PUSH_NULL
              LOAD_CONST               2 ('99999')
              CALL                     1
              STORE_NAME               2 (a)

  4           LOAD_NAME                3 (print)
              PUSH_NULL
              LOAD_CONST               3 ('sys.getrefcount(a):')
              LOAD_NAME                0 (sys)
              LOAD_ATTR                8 (getrefcount)
              PUSH_NULL
              LOAD_NAME                2 (a)
              CALL                     1
              CALL                     2
              POP_TOP
              LOAD_CONST               1 (None)
              RETURN_VALUE
"""
out = show(module)
print(out, end="")
assert out == expected_ex03, out

# The seeds' "dis of a function passing a local to a call": a superinstruction whose name is
# longer than the opname column pushes its oparg right.
f = FakeCode("f", [
    (2, "RESUME", 0),
    (3, "LOAD_GLOBAL", 1), (3, "LOAD_FAST_BORROW", 0), (3, "CALL", 1), (3, "STORE_FAST", 1),
    (4, "LOAD_GLOBAL", 3), (4, "LOAD_FAST_BORROW_LOAD_FAST_BORROW", 1), (4, "CALL", 2), (4, "POP_TOP"),
    (5, "LOAD_FAST_BORROW", 1), (5, "RETURN_VALUE"),
], names=("len", "print"), varnames=("obj", "n"), firstlineno=2, argcount=1)
expected_pair = """\
  2           RESUME                   0

  3           LOAD_GLOBAL              1 (len + NULL)
              LOAD_FAST_BORROW         0 (obj)
              CALL                     1
              STORE_FAST               1 (n)

  4           LOAD_GLOBAL              3 (print + NULL)
              LOAD_FAST_BORROW_LOAD_FAST_BORROW 1 (obj, n)
              CALL                     2
              POP_TOP

  5           LOAD_FAST_BORROW         1 (n)
              RETURN_VALUE
"""
out = show(f)
print(out, end="")
assert out == expected_pair, out

# A loop: FOR_ITER's target is the END_FOR (label L2), JUMP_BACKWARD goes back to L1.
loop = FakeCode("g", [
    (1, "RESUME", 0),
    (2, "LOAD_SMALL_INT", 0), (2, "STORE_FAST", 1),
    (3, "LOAD_GLOBAL", 1), (3, "LOAD_FAST_BORROW", 0), (3, "CALL", 1), (3, "GET_ITER"),
    (3, "FOR_ITER", 5), (3, "STORE_FAST", 2),
    (4, "LOAD_FAST_BORROW_LOAD_FAST_BORROW", 18), (4, "BINARY_OP", 13), (4, "STORE_FAST", 1),
    (4, "JUMP_BACKWARD", 6),
    (3, "END_FOR"), (3, "POP_ITER"),
    (5, "LOAD_FAST_BORROW", 1), (5, "RETURN_VALUE"),
], names=("range",), varnames=("n", "total", "i"), argcount=1)
out = show(loop)
print(out, end="")
assert "      L1:     FOR_ITER                 5 (to L2)" in out
assert "  3   L2:     END_FOR" in out and "JUMP_BACKWARD            6 (to L1)" in out
print(show(loop, show_offsets=True), end="")

# try/except: the exception table and its labels; lasti flag; COMPARE_OP with bool().
guarded = FakeCode("h", [
    (1, "RESUME", 0),
    (2, "NOP"),
    (3, "LOAD_FAST_BORROW", 0), (3, "LOAD_SMALL_INT", 1), (3, "COMPARE_OP", 88), (3, "POP_JUMP_IF_FALSE", 2),
    (3, "LOAD_SMALL_INT", 1), (3, "RETURN_VALUE"),
    (3, "LOAD_SMALL_INT", 0), (3, "RETURN_VALUE"),
    (None, "PUSH_EXC_INFO"),
    (4, "LOAD_GLOBAL", 0), (4, "CHECK_EXC_MATCH"), (4, "POP_JUMP_IF_FALSE", 3), (4, "POP_TOP"),
    (5, "POP_EXCEPT"), (5, "LOAD_CONST", 0), (5, "RETURN_VALUE"),
    (4, "RERAISE", 0),
    (None, "COPY", 3), (None, "POP_EXCEPT"), (None, "RERAISE", 1),
], consts=(None,), names=("ValueError",), varnames=("x",), argcount=1,
    exceptions=[(2, 10, 10, 0, False), (10, 18, 19, 1, True)])
out = show(guarded)
print(out, end="")
assert "ExceptionTable:\n  L1 to L3 -> L3 [0]\n" in out and "[1] lasti" in out

# EXTENDED_ARG prefixes: offsets, start_offset and the combined oparg.
big_consts = tuple(range(300))
wide = FakeCode("wide", [(1, "RESUME", 0), (1, "LOAD_CONST", 299), (1, "RETURN_VALUE")], consts=big_consts)
print(show(wide), end="")
for instr in dis.get_instructions(wide):
    print(instr.opname, instr.arg, instr.argval, instr.offset, instr.start_offset, instr.starts_line, instr.line_number)

instrs = list(dis.get_instructions(test1))
i = instrs[1]
print(i.opname, i.opcode == dis.opmap["LOAD_GLOBAL"], i.arg, repr(i.argval), repr(i.argrepr), i.offset, i.line_number,
      i.starts_line, i.label, i.positions, i.is_jump_target, i.jump_target, i.oparg, i.baseopname)
print([(x.opname, x.argval) for x in dis.get_instructions(loop) if x.opname in ("FOR_ITER", "JUMP_BACKWARD")])
print(dis.get_instructions(f).__class__.__name__, len(list(dis.Bytecode(f))), repr(str(instrs[0])))
print(list(dis.findlinestarts(loop)), dis.findlabels(loop.co_code))
print(dis.code_info(test1))
dis.show_code(f, file=None)
bc = dis.Bytecode(loop)
print(bc.dis() == show(loop), bc.info().splitlines()[0], repr(bc).startswith("Bytecode("))
print(show(f, show_positions=True), end="")
print(dis.pretty_flags(3), dis.pretty_flags(0x63), dis.pretty_flags(0x4000000 | 1 << 30))
print(dis.opname[dis.opmap["RETURN_VALUE"]], "LOAD_FAST_BORROW" in dis.opmap, dis.cmp_op)
labels_only = dis.Formatter(lineno_width=3, label_width=5)
sink = Sink()
labels_only.file = sink
labels_only.print_instruction(dis.Instruction.make("NOP", None, None, "", 0, 0, True, 7, label=1))
labels_only.print_instruction(dis.Instruction.make("CALL", 2, 2, "", 2, 2, False, 7), True)
print(sink.text(), end="")
nested = FakeCode("<module>", [(1, "RESUME", 0), (1, "LOAD_CONST", 0), (1, "RETURN_VALUE")], consts=(f,))
print(show(nested), end="")
print(show(nested, depth=0).count("Disassembly"))
try:
    dis.dis(42)
except TypeError as e:
    print("TypeError:", e)
