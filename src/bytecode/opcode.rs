//! The opcode table: the single definition of every instruction the compiler emits and the VM
//! runs — its name, number, stack effect, what its oparg means and a one-line description.
//!
//! Each instruction means exactly what it means in CPython 3.14 (`Python/bytecodes.c`), written
//! here in the same `(inputs -- outputs)` notation, except where a description says
//! **Vivarium:**. The deliberate differences are:
//!
//! - no inline `CACHE` entries, no `NOT_TAKEN`, no specialised or instrumented instructions;
//! - the iterator protocol keeps one stack item: `GET_ITER (iterable -- iter)`,
//!   `FOR_ITER (iter -- iter, next)` which on exhaustion jumps to its target *plus one* (past the
//!   `END_FOR` at the target) leaving `(iter)`, and `POP_ITER (iter --)`;
//! - `super()` is an ordinary call of the global `super` (no `LOAD_SUPER_ATTR`);
//! - annotations are evaluated eagerly, 3.11-style (`SETUP_ANNOTATIONS` and stores into
//!   `__annotations__`; functions get a dict through `SET_FUNCTION_ATTRIBUTE 4`), not through a
//!   lazy `__annotate__` function.
//!
//! Pseudo instructions (`SETUP_FINALLY`, `JUMP`, `LOAD_CLOSURE`, …) exist only inside the
//! compiler; the assembler never emits them. Numbers are our own (below [`HAVE_ARGUMENT`] an
//! instruction ignores its oparg; pseudo instructions are numbered from [`MIN_PSEUDO_OPCODE`]).
//!
//! The stack effect of each row is `(pops, pushes)` as CPython's generated metadata counts
//! them: items an instruction reaches below its real inputs but leaves in place (the `unused`
//! entries of bytecodes.c, e.g. the list under `LIST_APPEND`) are counted in both.
//!
//! Things the compiler relies on that are easy to miss (all plain CPython 3.14 semantics):
//!
//! - A `LOAD_FAST_BORROW` reference is valid only until the instruction that consumes it;
//!   anything that keeps a stack value (stores, containers, `RETURN_VALUE`, `YIELD_VALUE`,
//!   closures, a generator's frame) must take its own reference.
//! - The stack and fast locals may hold NULL: `LOAD_FAST_AND_CLEAR` pushes NULL for an unset
//!   local, `SWAP`/`STORE_FAST` move it back (inlined comprehensions restore the outer value
//!   this way, also for cell slots, where the saved value is the cell itself).
//! - `CALL n` with a non-NULL `self_or_null` passes it as the first argument; the compiler
//!   uses that on purpose: `assert x, msg` is `LOAD_COMMON_CONSTANT AssertionError; <msg>;
//!   CALL 0`, and a generator expression is called as `<function>; <outermost iterable>;
//!   CALL 0`, the iterable arriving as the `.0` parameter (`GET_ITER` happens inside).
//! - `RESUME`'s oparg low two bits say where the frame resumes; bit 2 is a flag to ignore.
//!   `YIELD_VALUE 1` marks a yield inside `yield from` (for `close()`/`throw()` delegation).
//! - A class body returns its `__class__` cell (also stored as `__classcell__`) or None; it
//!   stores `__module__`, `__qualname__`, `__firstlineno__` and `__static_attributes__`.

/// What an instruction's oparg means; the disassembler and the flowgraph passes read it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpargKind {
    /// The oparg is ignored (always 0).
    None,
    /// `RESUME`: where the frame resumes (0 function start, 1 after `yield`, 2 after
    /// `yield from`, 3 after `await`; bit 2 set when the exception stack depth is one).
    Resume,
    /// `EXTENDED_ARG`: high bits of the next instruction's oparg.
    Extended,
    /// `COPY`/`SWAP`: a 1-based stack position counted from the top.
    StackPosition,
    /// An index into `co_consts`.
    Const,
    /// `LOAD_SMALL_INT`: the value itself (0..=255).
    SmallInt,
    /// An index into the fast locals (`co_localsplusnames`).
    Local,
    /// Two fast-local indices packed as `first << 4 | second`, each below 16.
    LocalPair,
    /// An index into `co_names`.
    Name,
    /// `LOAD_GLOBAL`: `namei << 1 | push_null`.
    GlobalName,
    /// `LOAD_ATTR`: `namei << 1 | method` (method form pushes `(attr, self_or_null)`).
    AttrName,
    /// An index into `co_localsplusnames` naming a cell or free variable.
    Deref,
    /// A number of items (arguments, elements, free variables, …).
    Count,
    /// `UNPACK_EX`: `before | after << 8`.
    UnpackCounts,
    /// Relative jump forward, in code units from the next instruction.
    JumpForward,
    /// Relative jump backward, in code units from the next instruction.
    JumpBackward,
    /// A pseudo instruction's target label (resolved by the assembler).
    Label,
    /// `COMPARE_OP`: `op << 5 | bool_flag(16) | mask` with `op` one of [`COMPARE_OPS`].
    CompareOp,
    /// `BINARY_OP`: one of [`BINARY_OPS`] (`NB_*`).
    BinaryOp,
    /// `IS_OP`/`CONTAINS_OP`: 1 inverts the test (`is not`, `not in`).
    Invert,
    /// `CALL_INTRINSIC_1`: one of [`INTRINSIC_1`].
    Intrinsic1,
    /// `CALL_INTRINSIC_2`: one of [`INTRINSIC_2`].
    Intrinsic2,
    /// `SET_FUNCTION_ATTRIBUTE`: one of [`FUNCTION_ATTRIBUTES`].
    FunctionAttribute,
    /// `CONVERT_VALUE`: 1 `str`, 2 `repr`, 3 `ascii`.
    Conversion,
    /// `LOAD_COMMON_CONSTANT`: one of [`COMMON_CONSTANTS`].
    CommonConstant,
    /// `LOAD_SPECIAL`: one of [`SPECIAL_METHODS`].
    SpecialMethod,
    /// A small flag whose meaning the description gives.
    Flag,
}

const PSEUDO: u8 = 1;
const JUMP_TARGET: u8 = 2;
const UNCONDITIONAL: u8 = 4;
const SCOPE_EXIT: u8 = 8;
const BLOCK_PUSH: u8 = 16;
const EVAL_BREAK: u8 = 32;
const CONDITIONAL: u8 = 64;

/// Instructions numbered below this ignore their oparg.
pub const HAVE_ARGUMENT: u8 = 40;
/// Pseudo instructions are numbered from here up; none of them reaches final code.
pub const MIN_PSEUDO_OPCODE: u8 = 240;

macro_rules! define_opcodes {
    ($(
        $name:ident = $num:literal, $kind:ident, [$($flag:ident)|*],
        |$oparg:ident, $jump:ident| ($pops:expr, $pushes:expr),
        $desc:literal;
    )*) => {
        /// One instruction of the bytecode (or a compiler-only pseudo instruction).
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum Opcode {
            $($name = $num,)*
        }

        impl Opcode {
            /// Every opcode, real and pseudo, in table order (what `dis.opmap` lists).
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name,)*];

            /// The opcode numbered `byte`, if there is one.
            #[inline]
            pub fn from_u8(byte: u8) -> Option<Opcode> {
                /// Opcode by number: one table load instead of a match in the eval loop.
                const TABLE: [Option<Opcode>; 256] = {
                    let mut t = [None; 256];
                    $( t[$num as usize] = Some(Opcode::$name); )*
                    t
                };
                TABLE[byte as usize]
            }

            /// CPython's name, e.g. `"LOAD_FAST_BORROW"`.
            pub fn name(self) -> &'static str {
                match self {
                    $(Opcode::$name => stringify!($name),)*
                }
            }

            /// What the oparg means.
            pub fn oparg_kind(self) -> OpargKind {
                match self {
                    $(Opcode::$name => OpargKind::$kind,)*
                }
            }

            /// The bytecodes.c-style one-line description of the instruction.
            pub fn description(self) -> &'static str {
                match self {
                    $(Opcode::$name => $desc,)*
                }
            }

            fn flags(self) -> u8 {
                match self {
                    $(Opcode::$name => 0 $(| $flag)*,)*
                }
            }

            /// `(pops, pushes)` for this oparg, on the path where the jump is taken (`jump`)
            /// or not. Only block pushes and none of the real instructions depend on `jump`.
            pub fn stack_effect_parts(self, oparg: u32, jump: bool) -> (u32, u32) {
                match self {
                    $(Opcode::$name => {
                        let $oparg = oparg;
                        let $jump = jump;
                        let _ = (&$oparg, &$jump);
                        ($pops, $pushes)
                    })*
                }
            }
        }
    };
}

define_opcodes! {
    // ---- no argument -------------------------------------------------------------------
    NOP = 1, None, [], |o, j| (0, 0),
        "( -- ) Do nothing; kept only to carry a line number";
    POP_TOP = 2, None, [], |o, j| (1, 0),
        "(value -- ) Discard the top of the stack";
    PUSH_NULL = 3, None, [], |o, j| (0, 1),
        "( -- null) Push NULL (the empty self_or_null slot of a call)";
    END_FOR = 4, None, [], |o, j| (1, 0),
        "(value -- ) End of a for loop; FOR_ITER jumps past it on exhaustion, so it is never executed in practice";
    POP_ITER = 5, None, [], |o, j| (1, 0),
        "(iter -- ) Vivarium: pop the exhausted iterator (CPython also pops an index slot)";
    END_SEND = 6, None, [], |o, j| (2, 1),
        "(receiver, value -- val) Drop the receiver of a finished yield from";
    UNARY_NEGATIVE = 7, None, [], |o, j| (1, 1),
        "(value -- res) res = -value";
    UNARY_INVERT = 8, None, [], |o, j| (1, 1),
        "(value -- res) res = ~value";
    UNARY_NOT = 9, None, [], |o, j| (1, 1),
        "(value -- res) res = not value; value is already a bool (TO_BOOL precedes it)";
    TO_BOOL = 10, None, [], |o, j| (1, 1),
        "(value -- res) res = bool(value)";
    BINARY_SLICE = 11, None, [], |o, j| (3, 1),
        "(container, start, stop -- res) res = container[start:stop]";
    STORE_SLICE = 12, None, [], |o, j| (4, 0),
        "(v, container, start, stop -- ) container[start:stop] = v";
    STORE_SUBSCR = 13, None, [], |o, j| (3, 0),
        "(v, container, sub -- ) container[sub] = v";
    DELETE_SUBSCR = 14, None, [], |o, j| (2, 0),
        "(container, sub -- ) del container[sub]";
    GET_ITER = 15, None, [], |o, j| (1, 1),
        "(iterable -- iter) Vivarium: iter = iter(iterable), one stack item (CPython adds an index slot)";
    GET_YIELD_FROM_ITER = 16, None, [], |o, j| (1, 1),
        "(iterable -- iter) iter(iterable), unless it is a generator or coroutine";
    GET_LEN = 17, None, [], |o, j| (1, 2),
        "(obj -- obj, len) Push len(obj)";
    MATCH_MAPPING = 18, None, [], |o, j| (1, 2),
        "(subject -- subject, res) res = subject is a collections.abc.Mapping";
    MATCH_SEQUENCE = 19, None, [], |o, j| (1, 2),
        "(subject -- subject, res) res = subject is a sequence for pattern matching";
    MATCH_KEYS = 20, None, [], |o, j| (2, 3),
        "(subject, keys -- subject, keys, values_or_none) Tuple of subject[key] for each key, or None if one is missing";
    PUSH_EXC_INFO = 21, None, [], |o, j| (1, 2),
        "(exc -- prev_exc, new_exc) Make exc the handled exception, saving the previous one";
    POP_EXCEPT = 22, None, [], |o, j| (1, 0),
        "(exc_value -- ) Restore the previously handled exception";
    CHECK_EXC_MATCH = 23, None, [], |o, j| (2, 2),
        "(left, right -- left, b) b = isinstance(left, right) for exception matching";
    CLEANUP_THROW = 24, None, [], |o, j| (3, 2),
        "(sub_iter, last_sent_val, exc_value -- none, value) StopIteration from a throw() ends the yield from with its value; other exceptions re-raise";
    WITH_EXCEPT_START = 25, None, [], |o, j| (5, 6),
        "(exit_func, exit_self, lasti, unused, val -- exit_func, exit_self, lasti, unused, val, res) res = exit_func(exit_self, type(val), val, tb)";
    LOAD_BUILD_CLASS = 26, None, [], |o, j| (0, 1),
        "( -- bc) Push builtins.__build_class__";
    LOAD_LOCALS = 27, None, [], |o, j| (0, 1),
        "( -- locals) Push the frame's locals mapping";
    MAKE_FUNCTION = 28, None, [], |o, j| (1, 1),
        "(codeobj -- func) A new function from a code object, with the current globals";
    RETURN_VALUE = 29, None, [SCOPE_EXIT], |o, j| (1, 0),
        "(retval -- ) Return retval to the caller (a borrowed reference becomes strong)";
    RETURN_GENERATOR = 30, None, [], |o, j| (0, 1),
        "( -- res) Turn the frame into a generator, return it, and continue when resumed";
    SETUP_ANNOTATIONS = 31, None, [], |o, j| (0, 0),
        "( -- ) Vivarium (3.11-style): create __annotations__ in the locals if missing";
    FORMAT_SIMPLE = 32, None, [], |o, j| (1, 1),
        "(value -- res) res = format(value) (value itself when it is already a str)";
    FORMAT_WITH_SPEC = 33, None, [], |o, j| (2, 1),
        "(value, fmt_spec -- res) res = format(value, fmt_spec)";
    CALL_FUNCTION_EX = 34, None, [EVAL_BREAK], |o, j| (4, 1),
        "(func, self_or_null, callargs, kwargs_or_null -- result) result = func(*callargs, **kwargs)";

    // ---- with an argument --------------------------------------------------------------
    RESUME = 40, Resume, [EVAL_BREAK], |o, j| (0, 0),
        "( -- ) Start or resume the frame (checks for pending events)";
    EXTENDED_ARG = 41, Extended, [], |o, j| (0, 0),
        "( -- ) Prefix: shift oparg << 8 into the next instruction's oparg";
    COPY = 42, StackPosition, [], |o, j| (o, o + 1),
        "(bottom, unused[oparg-1] -- bottom, unused[oparg-1], top) Push a copy of the oparg-th item";
    SWAP = 43, StackPosition, [], |o, j| (o, o),
        "(bottom, unused[oparg-2], top -- top, unused[oparg-2], bottom) Swap the top with the oparg-th item";
    LOAD_CONST = 44, Const, [], |o, j| (0, 1),
        "( -- value) Push co_consts[oparg]";
    LOAD_SMALL_INT = 45, SmallInt, [], |o, j| (0, 1),
        "( -- value) Push the immortal int oparg (0..=255)";
    LOAD_FAST = 46, Local, [], |o, j| (0, 1),
        "( -- value) Push a strong reference to local oparg";
    LOAD_FAST_CHECK = 47, Local, [], |o, j| (0, 1),
        "( -- value) As LOAD_FAST, raising UnboundLocalError if the local is unset";
    LOAD_FAST_BORROW = 48, Local, [], |o, j| (0, 1),
        "( -- value) Push a borrowed reference to local oparg (the borrow pass proved the local outlives it)";
    LOAD_FAST_LOAD_FAST = 49, LocalPair, [], |o, j| (0, 2),
        "( -- value1, value2) LOAD_FAST oparg >> 4, then LOAD_FAST oparg & 15";
    LOAD_FAST_BORROW_LOAD_FAST_BORROW = 50, LocalPair, [], |o, j| (0, 2),
        "( -- value1, value2) LOAD_FAST_BORROW oparg >> 4, then LOAD_FAST_BORROW oparg & 15";
    LOAD_FAST_AND_CLEAR = 51, Local, [], |o, j| (0, 1),
        "( -- value) Push local oparg (or NULL if unset) and clear it (inlined comprehensions)";
    STORE_FAST = 52, Local, [], |o, j| (1, 0),
        "(value -- ) Store into local oparg";
    STORE_FAST_LOAD_FAST = 53, LocalPair, [], |o, j| (1, 1),
        "(value1 -- value2) STORE_FAST oparg >> 4, then LOAD_FAST oparg & 15";
    STORE_FAST_STORE_FAST = 54, LocalPair, [], |o, j| (2, 0),
        "(value2, value1 -- ) STORE_FAST oparg >> 4 (value1), then STORE_FAST oparg & 15 (value2)";
    DELETE_FAST = 55, Local, [], |o, j| (0, 0),
        "( -- ) Delete local oparg (UnboundLocalError if unset)";
    LOAD_NAME = 56, Name, [], |o, j| (0, 1),
        "( -- v) Look co_names[oparg] up in locals, globals, then builtins";
    STORE_NAME = 57, Name, [], |o, j| (1, 0),
        "(v -- ) locals[co_names[oparg]] = v";
    DELETE_NAME = 58, Name, [], |o, j| (0, 0),
        "( -- ) del locals[co_names[oparg]]";
    LOAD_GLOBAL = 59, GlobalName, [], |o, j| (0, 1 + (o & 1)),
        "( -- res, null if (oparg & 1)) Look co_names[oparg >> 1] up in globals then builtins";
    STORE_GLOBAL = 60, Name, [], |o, j| (1, 0),
        "(v -- ) globals[co_names[oparg]] = v";
    DELETE_GLOBAL = 61, Name, [], |o, j| (0, 0),
        "( -- ) del globals[co_names[oparg]]";
    MAKE_CELL = 62, Deref, [], |o, j| (0, 0),
        "( -- ) Replace local oparg by a new cell holding its value";
    COPY_FREE_VARS = 63, Count, [], |o, j| (0, 0),
        "( -- ) Copy the function's oparg closure cells into the last oparg locals";
    LOAD_DEREF = 64, Deref, [], |o, j| (0, 1),
        "( -- value) Push the contents of the cell in local oparg";
    STORE_DEREF = 65, Deref, [], |o, j| (1, 0),
        "(v -- ) Store into the cell in local oparg";
    DELETE_DEREF = 66, Deref, [], |o, j| (0, 0),
        "( -- ) Empty the cell in local oparg";
    LOAD_FROM_DICT_OR_DEREF = 67, Deref, [], |o, j| (1, 1),
        "(class_dict -- value) class_dict[name of local oparg], else the cell's contents";
    LOAD_FROM_DICT_OR_GLOBALS = 68, Name, [], |o, j| (1, 1),
        "(mod_or_class_dict -- v) Look co_names[oparg] up in the mapping, then globals, then builtins";
    LOAD_ATTR = 69, AttrName, [], |o, j| (1, 1 + (o & 1)),
        "(owner -- attr, self_or_null if (oparg & 1)) getattr(owner, co_names[oparg >> 1]); the method form pushes (method, owner) or (attr, NULL)";
    STORE_ATTR = 70, Name, [], |o, j| (2, 0),
        "(v, owner -- ) owner.co_names[oparg] = v";
    DELETE_ATTR = 71, Name, [], |o, j| (1, 0),
        "(owner -- ) del owner.co_names[oparg]";
    LOAD_SPECIAL = 72, SpecialMethod, [], |o, j| (1, 2),
        "(self -- method, self_or_null) Look up a special method (__enter__, __exit__) on type(self)";
    BINARY_OP = 73, BinaryOp, [], |o, j| (2, 1),
        "(lhs, rhs -- res) res = lhs <op> rhs for NB_* op oparg (13..25 in-place, 26 subscript)";
    BUILD_SLICE = 74, Count, [], |o, j| (o, 1),
        "(args[oparg] -- slice) slice(start, stop[, step]) from 2 or 3 items";
    COMPARE_OP = 75, CompareOp, [], |o, j| (2, 1),
        "(left, right -- res) Rich comparison oparg >> 5; bool(res) if oparg & 16";
    IS_OP = 76, Invert, [], |o, j| (2, 1),
        "(left, right -- b) b = (left is right) ^ oparg";
    CONTAINS_OP = 77, Invert, [], |o, j| (2, 1),
        "(left, right -- b) b = (left in right) ^ oparg";
    POP_JUMP_IF_FALSE = 78, JumpForward, [JUMP_TARGET | CONDITIONAL], |o, j| (1, 0),
        "(cond -- ) Jump forward oparg if cond is False (cond is a bool)";
    POP_JUMP_IF_TRUE = 79, JumpForward, [JUMP_TARGET | CONDITIONAL], |o, j| (1, 0),
        "(cond -- ) Jump forward oparg if cond is True (cond is a bool)";
    POP_JUMP_IF_NONE = 80, JumpForward, [JUMP_TARGET | CONDITIONAL], |o, j| (1, 0),
        "(value -- ) Jump forward oparg if value is None";
    POP_JUMP_IF_NOT_NONE = 81, JumpForward, [JUMP_TARGET | CONDITIONAL], |o, j| (1, 0),
        "(value -- ) Jump forward oparg if value is not None";
    JUMP_FORWARD = 82, JumpForward, [JUMP_TARGET | UNCONDITIONAL], |o, j| (0, 0),
        "( -- ) Jump forward oparg code units";
    JUMP_BACKWARD = 83, JumpBackward, [JUMP_TARGET | UNCONDITIONAL | EVAL_BREAK], |o, j| (0, 0),
        "( -- ) Jump backward oparg code units, checking for pending events";
    JUMP_BACKWARD_NO_INTERRUPT = 84, JumpBackward, [JUMP_TARGET | UNCONDITIONAL], |o, j| (0, 0),
        "( -- ) Jump backward oparg code units without checking for events (inside yield from)";
    FOR_ITER = 85, JumpForward, [JUMP_TARGET], |o, j| (1, 2),
        "(iter -- iter, next) Vivarium: push next(iter); when exhausted jump to target + 1 (past END_FOR), leaving (iter)";
    SEND = 86, JumpForward, [JUMP_TARGET], |o, j| (2, 2),
        "(receiver, v -- receiver, retval) retval = receiver.send(v); when it returns, jump forward oparg (to END_SEND)";
    BUILD_TUPLE = 87, Count, [], |o, j| (o, 1),
        "(values[oparg] -- tup) Build a tuple";
    BUILD_LIST = 88, Count, [], |o, j| (o, 1),
        "(values[oparg] -- list) Build a list";
    BUILD_SET = 89, Count, [], |o, j| (o, 1),
        "(values[oparg] -- set) Build a set";
    BUILD_MAP = 90, Count, [], |o, j| (2 * o, 1),
        "(values[oparg*2] -- map) Build a dict from oparg key, value pairs";
    BUILD_STRING = 91, Count, [], |o, j| (o, 1),
        "(pieces[oparg] -- str) Concatenate oparg strings";
    LIST_APPEND = 92, Count, [], |o, j| (o + 1, o),
        "(list, unused[oparg-1], v -- list, unused[oparg-1]) list.append(v)";
    SET_ADD = 93, Count, [], |o, j| (o + 1, o),
        "(set, unused[oparg-1], v -- set, unused[oparg-1]) set.add(v)";
    MAP_ADD = 94, Count, [], |o, j| (o + 2, o),
        "(dict, unused[oparg-1], key, value -- dict, unused[oparg-1]) dict[key] = value";
    LIST_EXTEND = 95, Count, [], |o, j| (o + 1, o),
        "(list, unused[oparg-1], iterable -- list, unused[oparg-1]) list.extend(iterable)";
    SET_UPDATE = 96, Count, [], |o, j| (o + 1, o),
        "(set, unused[oparg-1], iterable -- set, unused[oparg-1]) set.update(iterable)";
    DICT_UPDATE = 97, Count, [], |o, j| (o + 1, o),
        "(dict, unused[oparg-1], update -- dict, unused[oparg-1]) dict.update(update)";
    DICT_MERGE = 98, Count, [], |o, j| (o + 4, o + 3),
        "(callable, unused, unused, dict, unused[oparg-1], update -- callable, unused, unused, dict, unused[oparg-1]) dict.update(update), TypeError on duplicate keywords";
    UNPACK_SEQUENCE = 99, Count, [], |o, j| (1, o),
        "(seq -- unused[oparg]) Push seq's oparg items, last item first";
    UNPACK_EX = 100, UnpackCounts, [], |o, j| (1, (o & 0xFF) + (o >> 8) + 1),
        "(seq -- left[oparg & 0xFF], list, right[oparg >> 8]) Star-unpack seq";
    CALL = 101, Count, [EVAL_BREAK], |o, j| (o + 2, 1),
        "(callable, self_or_null, args[oparg] -- res) Call with oparg positional args (self_or_null, if not NULL, is the first)";
    CALL_KW = 102, Count, [EVAL_BREAK], |o, j| (o + 3, 1),
        "(callable, self_or_null, args[oparg], kwnames -- res) Call with oparg args, the last len(kwnames) of them by keyword";
    CALL_INTRINSIC_1 = 103, Intrinsic1, [], |o, j| (1, 1),
        "(value -- res) res = intrinsic oparg (INTRINSIC_*)(value)";
    CALL_INTRINSIC_2 = 104, Intrinsic2, [], |o, j| (2, 1),
        "(value2, value1 -- res) res = intrinsic oparg(value2, value1)";
    SET_FUNCTION_ATTRIBUTE = 105, FunctionAttribute, [], |o, j| (2, 1),
        "(attr, func -- func) Set one attribute (1 defaults tuple, 2 kwdefaults dict, 4 annotations, 8 closure tuple); Vivarium: 4 is an annotations dict";
    YIELD_VALUE = 106, Flag, [], |o, j| (1, 1),
        "(retval -- value) Suspend the generator yielding retval; value is what was sent in (oparg 1 inside yield from)";
    IMPORT_NAME = 107, Name, [], |o, j| (2, 1),
        "(level, fromlist -- res) res = __import__(co_names[oparg], fromlist=fromlist, level=level)";
    IMPORT_FROM = 108, Name, [], |o, j| (1, 2),
        "(from -- from, res) res = from.co_names[oparg] (or the submodule)";
    RAISE_VARARGS = 109, Count, [SCOPE_EXIT], |o, j| (o, 0),
        "(args[oparg] -- ) 0: re-raise the handled exception, 1: raise exc, 2: raise exc from cause";
    RERAISE = 110, Flag, [SCOPE_EXIT], |o, j| (o + 1, 0),
        "(values[oparg], exc -- ) Re-raise exc; if oparg, first set f_lasti to values[0]";
    LOAD_COMMON_CONSTANT = 111, CommonConstant, [], |o, j| (0, 1),
        "( -- value) Push AssertionError (0), NotImplementedError (1), tuple (2), all (3) or any (4)";
    CONVERT_VALUE = 112, Conversion, [], |o, j| (1, 1),
        "(value -- result) f-string conversion: 1 str, 2 repr, 3 ascii";
    MATCH_CLASS = 113, Count, [], |o, j| (3, 1),
        "(subject, type, names -- attrs) Tuple of oparg positional and len(names) keyword attributes if subject matches type, else None";

    // ---- pseudo instructions (compiler only) -------------------------------------------
    JUMP = 240, Label, [PSEUDO | JUMP_TARGET | UNCONDITIONAL | EVAL_BREAK], |o, j| (0, 0),
        "( -- ) Pseudo: JUMP_FORWARD or JUMP_BACKWARD to a label";
    JUMP_NO_INTERRUPT = 241, Label, [PSEUDO | JUMP_TARGET | UNCONDITIONAL], |o, j| (0, 0),
        "( -- ) Pseudo: JUMP_FORWARD or JUMP_BACKWARD_NO_INTERRUPT to a label";
    JUMP_IF_FALSE = 242, Label, [PSEUDO | JUMP_TARGET | CONDITIONAL], |o, j| (1, 1),
        "(cond -- cond) Pseudo: COPY 1; TO_BOOL; POP_JUMP_IF_FALSE (short-circuit and)";
    JUMP_IF_TRUE = 243, Label, [PSEUDO | JUMP_TARGET | CONDITIONAL], |o, j| (1, 1),
        "(cond -- cond) Pseudo: COPY 1; TO_BOOL; POP_JUMP_IF_TRUE (short-circuit or)";
    SETUP_FINALLY = 244, Label, [PSEUDO | BLOCK_PUSH], |o, j| (0, if j { 1 } else { 0 }),
        "( -- unused if jump) Pseudo: protect what follows with a handler that receives (exc)";
    SETUP_CLEANUP = 245, Label, [PSEUDO | BLOCK_PUSH], |o, j| (0, if j { 2 } else { 0 }),
        "( -- unused, unused if jump) Pseudo: handler that receives (lasti, exc)";
    SETUP_WITH = 246, Label, [PSEUDO | BLOCK_PUSH], |o, j| (0, if j { 1 } else { 0 }),
        "( -- unused if jump) Pseudo: with-statement handler; drops __enter__'s result, receives (lasti, exc)";
    POP_BLOCK = 247, None, [PSEUDO], |o, j| (0, 0),
        "( -- ) Pseudo: end the innermost SETUP_* region";
    LOAD_CLOSURE = 248, Local, [PSEUDO], |o, j| (0, 1),
        "( -- value) Pseudo: LOAD_FAST of a cell, for building a closure tuple";
    STORE_FAST_MAYBE_NULL = 249, Local, [PSEUDO], |o, j| (1, 0),
        "(value -- ) Pseudo: STORE_FAST that may store NULL (restoring inlined-comprehension locals)";
}

impl Opcode {
    /// Net stack effect `pushes - pops`, as CPython's `PyCompile_OpcodeStackEffectWithJump`.
    pub fn stack_effect(self, oparg: u32, jump: bool) -> i32 {
        let (pops, pushes) = self.stack_effect_parts(oparg, jump);
        pushes as i32 - pops as i32
    }

    /// Items popped, as CPython's `_PyOpcode_num_popped` (the non-jump path).
    pub fn num_popped(self, oparg: u32) -> u32 {
        self.stack_effect_parts(oparg, false).0
    }

    /// Items pushed, as CPython's `_PyOpcode_num_pushed`; for block pushes the jump path.
    pub fn num_pushed(self, oparg: u32) -> u32 {
        self.stack_effect_parts(oparg, self.is_block_push()).1
    }

    /// True for instructions that may jump (jumps, `FOR_ITER`, `SEND`): CPython's
    /// `OPCODE_HAS_JUMP`. Such an instruction ends a basic block.
    pub fn is_jump(self) -> bool {
        self.flags() & JUMP_TARGET != 0
    }

    /// True for instructions with a target label: the jumps and the block pushes (whose
    /// target is an exception handler). CPython's `HAS_TARGET`.
    pub fn has_target(self) -> bool {
        self.is_jump() || self.is_block_push()
    }

    /// True for compiler-only instructions that never reach final code.
    pub fn is_pseudo(self) -> bool {
        self.flags() & PSEUDO != 0
    }

    /// True when the instruction uses its oparg.
    pub fn has_arg(self) -> bool {
        self.oparg_kind() != OpargKind::None
    }

    /// Jumps that always jump (control never falls through).
    pub fn is_unconditional_jump(self) -> bool {
        self.flags() & UNCONDITIONAL != 0
    }

    /// Conditional jumps (`POP_JUMP_IF_*` and the pseudo `JUMP_IF_*`).
    pub fn is_conditional_jump(self) -> bool {
        self.flags() & CONDITIONAL != 0
    }

    /// Instructions that leave the frame (`RETURN_VALUE`, `RAISE_VARARGS`, `RERAISE`).
    pub fn is_scope_exit(self) -> bool {
        self.flags() & SCOPE_EXIT != 0
    }

    /// `SETUP_FINALLY`, `SETUP_CLEANUP`, `SETUP_WITH`: their target is an exception handler.
    pub fn is_block_push(self) -> bool {
        self.flags() & BLOCK_PUSH != 0
    }

    /// Instructions that end a basic block: jumps and scope exits (CPython's
    /// `IS_TERMINATOR_OPCODE`).
    pub fn is_terminator(self) -> bool {
        self.is_jump() || self.is_scope_exit()
    }

    /// Instructions after which control never continues with the next one (unconditional
    /// jumps and scope exits).
    pub fn no_fallthrough(self) -> bool {
        self.is_unconditional_jump() || self.is_scope_exit()
    }

    /// Instructions that check the eval breaker (pending signals, GC, …).
    pub fn has_eval_break(self) -> bool {
        self.flags() & EVAL_BREAK != 0
    }

    /// True when the oparg indexes `co_consts`.
    pub fn has_const(self) -> bool {
        self.oparg_kind() == OpargKind::Const
    }

    /// True when the oparg names a fast local (alone or in a pair).
    pub fn has_local(self) -> bool {
        matches!(self.oparg_kind(), OpargKind::Local | OpargKind::LocalPair)
    }

    /// True when the oparg indexes `co_names` (directly or shifted).
    pub fn has_name(self) -> bool {
        matches!(self.oparg_kind(), OpargKind::Name | OpargKind::GlobalName | OpargKind::AttrName)
    }

    /// True when the oparg names a cell or free variable.
    pub fn has_free(self) -> bool {
        self.oparg_kind() == OpargKind::Deref
    }

    /// True for relative jumps that go backward.
    pub fn is_backward_jump(self) -> bool {
        self.oparg_kind() == OpargKind::JumpBackward
    }

    /// The opcode with CPython's name `name`, if any.
    pub fn from_name(name: &str) -> Option<Opcode> {
        Opcode::ALL.iter().copied().find(|op| op.name() == name)
    }
}

/// `BINARY_OP` operators by oparg, with the symbol `dis` shows (CPython's `NB_*` order).
pub const BINARY_OPS: [&str; 27] = [
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=", "<<=", "@=",
    "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=", "[]",
];
/// `BINARY_OP` oparg of the first in-place operator (`+=`).
pub const NB_INPLACE_ADD: u32 = 13;
/// `BINARY_OP` oparg for subscription `a[b]`.
pub const NB_SUBSCR: u32 = 26;

/// Rich-comparison operators by `COMPARE_OP` oparg >> 5 (`Py_LT` … `Py_GE`).
pub const COMPARE_OPS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];
/// Bit of the `COMPARE_OP` oparg that asks for the result coerced to bool.
pub const COMPARE_BOOL_FLAG: u32 = 16;
/// The low four `COMPARE_OP` bits CPython's codegen sets for each comparison (its
/// `compare_masks`: 1 unordered, 2 less, 4 greater, 8 equal).
pub const COMPARE_MASKS: [u32; 6] = [2, 2 | 8, 8, 1 | 2 | 4, 4, 4 | 8];

/// `CALL_INTRINSIC_1` functions by oparg, CPython's numbering and names.
pub const INTRINSIC_1: [&str; 12] = [
    "INTRINSIC_1_INVALID",
    "INTRINSIC_PRINT",
    "INTRINSIC_IMPORT_STAR",
    "INTRINSIC_STOPITERATION_ERROR",
    "INTRINSIC_ASYNC_GEN_WRAP",
    "INTRINSIC_UNARY_POSITIVE",
    "INTRINSIC_LIST_TO_TUPLE",
    "INTRINSIC_TYPEVAR",
    "INTRINSIC_PARAMSPEC",
    "INTRINSIC_TYPEVARTUPLE",
    "INTRINSIC_SUBSCRIPT_GENERIC",
    "INTRINSIC_TYPEALIAS",
];
pub const INTRINSIC_PRINT: u32 = 1;
pub const INTRINSIC_IMPORT_STAR: u32 = 2;
pub const INTRINSIC_STOPITERATION_ERROR: u32 = 3;
pub const INTRINSIC_UNARY_POSITIVE: u32 = 5;
pub const INTRINSIC_LIST_TO_TUPLE: u32 = 6;

/// `CALL_INTRINSIC_2` functions by oparg, CPython's numbering and names.
pub const INTRINSIC_2: [&str; 6] = [
    "INTRINSIC_2_INVALID",
    "INTRINSIC_PREP_RERAISE_STAR",
    "INTRINSIC_TYPEVAR_WITH_BOUND",
    "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS",
    "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
    "INTRINSIC_SET_TYPEPARAM_DEFAULT",
];

/// `SET_FUNCTION_ATTRIBUTE` flags and their `dis` names.
pub const FUNCTION_ATTRIBUTES: [(u32, &str); 5] =
    [(1, "defaults"), (2, "kwdefaults"), (4, "annotations"), (8, "closure"), (16, "annotate")];
pub const MAKE_FUNCTION_DEFAULTS: u32 = 1;
pub const MAKE_FUNCTION_KWDEFAULTS: u32 = 2;
pub const MAKE_FUNCTION_ANNOTATIONS: u32 = 4;
pub const MAKE_FUNCTION_CLOSURE: u32 = 8;

/// `LOAD_COMMON_CONSTANT` values by oparg.
pub const COMMON_CONSTANTS: [&str; 5] = ["AssertionError", "NotImplementedError", "tuple", "all", "any"];
pub const CONSTANT_ASSERTIONERROR: u32 = 0;

/// `LOAD_SPECIAL` method names by oparg.
pub const SPECIAL_METHODS: [&str; 4] = ["__enter__", "__exit__", "__aenter__", "__aexit__"];
pub const SPECIAL_ENTER: u32 = 0;
pub const SPECIAL_EXIT: u32 = 1;

/// `CONVERT_VALUE` conversions by oparg (index 0 unused).
pub const CONVERSIONS: [&str; 4] = ["", "str", "repr", "ascii"];

/// `RESUME` opargs.
pub const RESUME_AT_FUNC_START: u32 = 0;
pub const RESUME_AFTER_YIELD: u32 = 1;
pub const RESUME_AFTER_YIELD_FROM: u32 = 2;
/// Set on a `RESUME` after a yield whose exception stack depth is one.
pub const RESUME_OPARG_DEPTH1_MASK: u32 = 4;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_trip_and_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for &op in Opcode::ALL {
            assert!(seen.insert(op as u8), "duplicate number for {}", op.name());
            assert_eq!(Opcode::from_u8(op as u8), Some(op));
            assert_eq!(Opcode::from_name(op.name()), Some(op));
        }
        assert_eq!(Opcode::from_u8(0), None);
    }

    #[test]
    fn numbering_follows_argument_and_pseudo_ranges() {
        for &op in Opcode::ALL {
            let n = op as u8;
            if op.is_pseudo() {
                assert!(n >= MIN_PSEUDO_OPCODE, "{}", op.name());
            } else {
                assert!(n < MIN_PSEUDO_OPCODE, "{}", op.name());
                assert_eq!(n >= HAVE_ARGUMENT, op.has_arg(), "{}", op.name());
            }
        }
    }

    #[test]
    fn stack_effects_match_cpython() {
        assert_eq!(Opcode::LOAD_GLOBAL.stack_effect(3, false), 2);
        assert_eq!(Opcode::LOAD_GLOBAL.stack_effect(2, false), 1);
        assert_eq!(Opcode::LOAD_ATTR.stack_effect(9, false), 1);
        assert_eq!(Opcode::CALL.stack_effect(2, false), -3);
        assert_eq!(Opcode::CALL_KW.stack_effect(2, false), -4);
        assert_eq!(Opcode::BUILD_MAP.stack_effect(3, false), -5);
        assert_eq!(Opcode::UNPACK_EX.stack_effect(1 | (2 << 8), false), 3);
        assert_eq!(Opcode::COPY.stack_effect(3, false), 1);
        assert_eq!(Opcode::SWAP.stack_effect(3, false), 0);
        assert_eq!(Opcode::SETUP_CLEANUP.stack_effect(0, false), 0);
        assert_eq!(Opcode::SETUP_CLEANUP.stack_effect(0, true), 2);
        assert_eq!(Opcode::FOR_ITER.stack_effect(0, true), 1);
        assert_eq!(Opcode::RERAISE.stack_effect(1, false), -2);
        assert_eq!(Opcode::CALL_FUNCTION_EX.stack_effect(0, false), -3);
    }

    #[test]
    fn flags_classify_control_flow() {
        assert!(Opcode::JUMP.is_pseudo() && Opcode::JUMP.is_unconditional_jump());
        assert!(Opcode::POP_JUMP_IF_FALSE.is_terminator() && !Opcode::POP_JUMP_IF_FALSE.no_fallthrough());
        assert!(Opcode::RETURN_VALUE.no_fallthrough() && !Opcode::RETURN_VALUE.is_jump());
        assert!(Opcode::SETUP_WITH.is_block_push() && !Opcode::SETUP_WITH.is_jump());
        assert!(Opcode::SETUP_WITH.has_target() && Opcode::FOR_ITER.has_target());
        assert!(Opcode::JUMP_BACKWARD.is_backward_jump());
        assert!(Opcode::LOAD_FAST_LOAD_FAST.has_local() && Opcode::LOAD_ATTR.has_name());
        assert_eq!(BINARY_OPS[NB_SUBSCR as usize], "[]");
        assert_eq!(COMPARE_OPS[2], "==");
    }
}
