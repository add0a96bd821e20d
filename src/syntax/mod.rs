//! Source text to syntax tree: tokens, the indentation layer, the lalrpop parser and the checks
//! made after parsing.

pub mod ast;
pub mod error;

pub use error::{LineIndex, SyntaxError, SyntaxErrorKind};
