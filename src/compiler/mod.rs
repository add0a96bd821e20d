//! AST to bytecode: symbol tables, code generation, control-flow-graph passes (including the
//! borrow pass) and assembly.
