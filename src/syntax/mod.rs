//! Source text to syntax tree: tokens, the indentation layer, the lalrpop parser and the checks
//! made after parsing.

pub mod ast;
pub(crate) mod builder;
pub mod dump;
pub mod error;
pub mod lexer;
pub mod literal;
pub mod parser;
pub mod token;
pub mod validate;

pub use builder::MAX_EXPR_DEPTH;
pub use error::{LineIndex, SyntaxError, SyntaxErrorKind};
pub use lexer::{MAX_BRACKET_DEPTH, MAX_FSTRING_NESTING, MAX_INDENT_LEVELS};
pub use parser::{is_incomplete, parse_expression, parse_interactive, parse_module};
