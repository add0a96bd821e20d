//! The bytecode: the opcode table, the compiled-code format, the disassembler and a verifier.

pub mod code;
pub mod dis;
pub mod opcode;
pub mod verify;
