//! AST to bytecode: symbol tables, code generation, control-flow-graph passes (including the
//! borrow pass) and assembly.
//!
//! The stages, one file each: [`symtable`] decides the scope of every name; [`codegen`] walks
//! the AST and emits an [`instr::InstrSequence`] per code object; [`flowgraph`] builds the
//! control-flow graph and runs CPython 3.14's optimisation passes on it, ending with the
//! borrow pass in [`borrow`]; [`assembler`] produces the code units, positions and exception
//! table. [`consts`] and [`fold`] hold constants and constant folding; [`unit`](mod@unit) the per-code
//! state.

pub mod assembler;
pub mod borrow;
pub mod codegen;
pub mod consts;
pub mod flowgraph;
pub mod fold;
pub mod instr;
pub mod symtable;
pub mod unit;

use crate::bytecode::code::CompiledUnit;
use crate::syntax::ast::{Expr, Module};
use crate::syntax::SyntaxError;
use symtable::{SymbolTable, TopLevel};

/// What a piece of source is compiled as (the `mode` argument of Python's `compile()`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module: a sequence of statements.
    Exec,
    /// A single expression whose value the code returns.
    Eval,
    /// One REPL statement: expression statements print their value through
    /// `CALL_INTRINSIC_1 INTRINSIC_PRINT`, as CPython's `single` mode.
    Single,
}

/// Compile a parsed module (`Exec`) or interactive statement (`Single`). `source` is the
/// text it was parsed from (for line numbers).
pub fn compile_module(
    module: &Module,
    source: &str,
    filename: &str,
    mode: Mode,
) -> Result<CompiledUnit, SyntaxError> {
    let st = SymbolTable::build(TopLevel::Module(module))?;
    let compiler = codegen::Compiler::new(source, filename, st, mode == Mode::Single);
    let (pool, top) = compiler.compile_module(module)?;
    Ok(CompiledUnit { constants: pool.constants, top })
}

/// Compile a parsed expression (`Eval` mode).
pub fn compile_expression(expr: &Expr, source: &str, filename: &str) -> Result<CompiledUnit, SyntaxError> {
    let st = SymbolTable::build(TopLevel::Expression(expr))?;
    let compiler = codegen::Compiler::new(source, filename, st, false);
    let (pool, top) = compiler.compile_expression(expr)?;
    Ok(CompiledUnit { constants: pool.constants, top })
}

/// Parse and compile `source` (what Python's `compile(source, filename, mode)` does).
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<CompiledUnit, SyntaxError> {
    match mode {
        Mode::Exec => compile_module(&crate::syntax::parse_module(source)?, source, filename, mode),
        Mode::Single => compile_module(&crate::syntax::parse_interactive(source)?, source, filename, mode),
        Mode::Eval => compile_expression(&crate::syntax::parse_expression(source)?, source, filename),
    }
}
