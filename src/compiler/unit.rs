//! The compiler's state for one code object being generated (CPython's `compiler_unit`):
//! its name tables, constants, instruction sequence and the stack of active frame blocks.

use super::consts::ConstTable;
use super::instr::{InstrSequence, Label, Location};
use super::symtable::EntryId;
use crate::syntax::ast::{Span, Stmt};
use std::collections::{BTreeSet, HashMap};

/// Names in first-added order with their indices (`co_names`, `co_varnames`, cells, frees).
#[derive(Clone, Debug, Default)]
pub struct NameTable {
    pub names: Vec<String>,
    index: HashMap<String, u32>,
}

impl NameTable {
    pub fn from_names(names: impl IntoIterator<Item = String>) -> NameTable {
        let mut t = NameTable::default();
        for n in names {
            t.add(&n);
        }
        t
    }

    /// The index of `name`, adding it at the end if new.
    pub fn add(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(name.to_string());
        self.index.insert(name.to_string(), i);
        i
    }

    pub fn get(&self, name: &str) -> Option<u32> {
        self.index.get(name).copied()
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// What kind of code object a unit compiles (CPython's `COMPILE_SCOPE_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeType {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

/// The kinds of frame block `break`, `continue` and `return` must unwind (CPython's
/// `COMPILE_FBLOCK_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FBlockType {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    StopIteration,
}

/// Extra data a frame block carries for unwinding.
#[derive(Clone, Copy, Debug)]
pub enum FBlockDatum<'a> {
    None,
    /// The `finally:` body, re-emitted when a jump leaves the `try`.
    FinalBody(&'a [Stmt]),
    /// The `except ... as name` target, cleared when leaving the handler.
    Name(&'a str),
}

/// One active frame block.
#[derive(Clone, Copy, Debug)]
pub struct FBlock<'a> {
    pub kind: FBlockType,
    /// The loop start (for `continue`) or the block's own label.
    pub block: Option<Label>,
    /// The loop exit (for `break`).
    pub exit: Option<Label>,
    pub loc: Location,
    pub datum: FBlockDatum<'a>,
}

/// The most frame blocks that may be nested in one code object (CPython's `CO_MAXBLOCKS`).
pub const MAX_BLOCKS: usize = 21;

/// One code object under construction.
#[derive(Debug)]
pub struct CodeUnit<'a> {
    pub ste: EntryId,
    pub scope_type: ScopeType,
    pub name: String,
    pub qualname: String,
    /// The class name used for private-name mangling.
    pub private: Option<String>,
    pub consts: ConstTable,
    pub names: NameTable,
    pub varnames: NameTable,
    pub cellvars: NameTable,
    pub freevars: NameTable,
    /// Names of a module or class body temporarily compiled as fast locals (inlined
    /// comprehension variables); `false` once the comprehension is done.
    pub fasthidden: HashMap<String, bool>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub firstlineno: i32,
    pub seq: InstrSequence,
    pub fblocks: Vec<FBlock<'a>>,
    pub in_inlined_comp: u32,
    /// For classes: attributes assigned as `self.X` in its methods (`__static_attributes__`).
    pub static_attributes: Option<BTreeSet<String>>,
    pub span: Span,
}

impl<'a> CodeUnit<'a> {
    /// The deref index (cells first, then frees) of a cell variable.
    pub fn cell_index(&self, name: &str) -> Option<u32> {
        self.cellvars.get(name)
    }

    /// The deref index of a free variable.
    pub fn free_index(&self, name: &str) -> Option<u32> {
        self.freevars.get(name).map(|i| i + self.cellvars.len() as u32)
    }
}
