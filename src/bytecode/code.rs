//! What the compiler hands to the runtime: code in CPython's layout, with constants still as plain
//! Rust values.
//!
//! The runtime turns a [`CompiledUnit`] into heap code objects in one step
//! (`object::code::materialize`), creating exactly one heap object per entry of the unit's
//! constant pool. That is how constants equal in value and type end up as one object shared by
//! every `co_consts` of the compilation unit, as CPython's compiler merges them.

use crate::syntax::ast::Span;
use num_bigint::BigInt;

/// One compilation unit: a file, a `compile()`/`exec`/`eval` string, or a REPL statement.
#[derive(Clone, Debug, PartialEq)]
pub struct CompiledUnit {
    /// Every distinct constant of every code object in the unit, each once. `CodeData::consts`
    /// index into this pool.
    pub constants: Vec<Constant>,
    /// The module-level (or expression-level) code; nested code objects are `Constant::Code`
    /// entries of the pool.
    pub top: CodeData,
}

/// A constant value. Two constants are "the same constant" (merged into one heap object) exactly
/// when they are `==` here, which, as CPython's `_PyCode_ConstantKey`, distinguishes types
/// (`1`, `1.0`, `True`) and float bit patterns (`0.0`, `-0.0`).
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    /// Compared by bit pattern; see [`Constant::same_as`].
    Float(f64),
    /// `(real, imaginary)`, compared by bit pattern.
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    /// Items are indices into the unit's constant pool.
    Tuple(Vec<u32>),
    /// A frozenset constant (from `x in {1, 2, 3}`); items index the pool.
    FrozenSet(Vec<u32>),
    /// A slice constant `slice(start, stop, step)` (from `a[1:2]`, as CPython 3.14 folds
    /// constant slices); the three items index the pool (absent parts are `None` entries).
    Slice([u32; 3]),
    Code(Box<CodeData>),
}

impl Constant {
    /// Equality as the constant pool uses it: floats by bits, code objects never merged.
    pub fn same_as(&self, other: &Constant) -> bool {
        match (self, other) {
            (Constant::Float(a), Constant::Float(b)) => a.to_bits() == b.to_bits(),
            (Constant::Complex(a, b), Constant::Complex(c, d)) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Constant::Code(_), _) | (_, Constant::Code(_)) => false,
            _ => self == other,
        }
    }
}

/// `co_flags` bits, CPython's values.
pub mod flags {
    pub const OPTIMIZED: u32 = 0x0001;
    pub const NEWLOCALS: u32 = 0x0002;
    pub const VARARGS: u32 = 0x0004;
    pub const VARKEYWORDS: u32 = 0x0008;
    pub const NESTED: u32 = 0x0010;
    pub const GENERATOR: u32 = 0x0020;
    pub const NOFREE: u32 = 0x0040;
    pub const HAS_DOCSTRING: u32 = 0x4000000;
    /// A function defined directly in a class body (CPython 3.14's `CO_METHOD`).
    pub const METHOD: u32 = 0x8000000;
}

/// What kind of slot a name in `localsplusnames` occupies (CPython's `CO_FAST_*`); a name can be
/// both a local (an argument) and a cell.
pub mod local_kind {
    pub const LOCAL: u8 = 0x20;
    pub const CELL: u8 = 0x40;
    pub const FREE: u8 = 0x80;
    /// A module or class body's local that only an inlined comprehension uses as a fast
    /// local (CPython's `CO_FAST_HIDDEN`); it is not part of `locals()`.
    pub const HIDDEN: u8 = 0x10;
}

/// The source position of one code unit, as CPython's `co_positions()`: 1-based lines,
/// 0-based byte columns. `line == 0` means "no position" (artificial instructions).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// One row of the exception table: an exception raised by an instruction at a code-unit index in
/// `start..end` jumps to `target` after popping the value stack down to `depth` entries and, if
/// `push_lasti`, pushing the raising instruction's offset; then the exception is pushed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionTableEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub push_lasti: bool,
}

/// One code object before it becomes a heap object.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeData {
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// `co_code`: 2-byte code units `[opcode, oparg]`, opargs over 255 prefixed by
    /// `EXTENDED_ARG`. Jump opargs count code units (not bytes), relative as in CPython 3.12+.
    pub code: Vec<u8>,
    /// `co_consts`: indices into the unit's constant pool, in `LOAD_CONST` oparg order.
    pub consts: Vec<u32>,
    /// `co_names`: global, attribute and imported names, in `LOAD_NAME`/`LOAD_ATTR` order.
    pub names: Vec<String>,
    /// Locals, then cells, then free variables (CPython's `co_localsplusnames`); the first
    /// `argcount + kwonlyargcount (+1 for *args) (+1 for **kwargs)` are the parameters.
    pub localsplusnames: Vec<String>,
    /// One `local_kind` bit set per entry of `localsplusnames`.
    pub localspluskinds: Vec<u8>,
    /// Maximum value-stack depth.
    pub stacksize: u32,
    /// One position per code unit of `code`.
    pub positions: Vec<Position>,
    pub exception_table: Vec<ExceptionTableEntry>,
    /// The span of the whole definition, for diagnostics.
    pub span: Span,
}

impl CodeData {
    /// `co_varnames`: the names that are locals (including arguments that are also cells).
    pub fn varnames(&self) -> impl Iterator<Item = &str> {
        self.names_with(local_kind::LOCAL)
    }

    /// `co_cellvars`.
    pub fn cellvars(&self) -> impl Iterator<Item = &str> {
        self.names_with(local_kind::CELL)
    }

    /// `co_freevars`.
    pub fn freevars(&self) -> impl Iterator<Item = &str> {
        self.names_with(local_kind::FREE)
    }

    fn names_with(&self, kind: u8) -> impl Iterator<Item = &str> {
        self.localsplusnames
            .iter()
            .zip(&self.localspluskinds)
            .filter(move |(_, k)| *k & kind != 0)
            .map(|(n, _)| n.as_str())
    }
}
