//! Source text to syntax tree: tokens, the indentation layer, the lalrpop parser and the checks
//! made after parsing.

pub mod ast;
pub mod builder;
pub mod dump;
pub mod error;
pub mod lexer;
pub mod literal;
pub mod parser;
pub mod token;
pub mod validate;

pub use error::{LineIndex, SyntaxError, SyntaxErrorKind};
pub use parser::{is_incomplete, parse_expression, parse_interactive, parse_module};
