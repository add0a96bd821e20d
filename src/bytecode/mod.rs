//! The bytecode: the opcode table, the compiled-code format and the disassembler.

pub mod code;
pub mod dis;
pub mod opcode;
