//! The raw tokens of Python source, recognised by logos.
//!
//! logos finds keywords, names, operators and the starts of literals; numbers and strings are
//! scanned by hand in [`super::literal`] because their error messages depend on where exactly they
//! go wrong. NEWLINE, INDENT, DEDENT, the soft keywords and the f-string pieces never come from
//! logos: the indentation layer in [`super::lexer`] makes them.

use logos::Logos;
use num_bigint::BigInt;

use super::literal::{self, StrPrefix};

/// A lexical error found inside a logos callback; the indentation layer turns it into a
/// [`super::SyntaxError`]. The default value (empty message) means logos matched nothing at all.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LexError {
    pub msg: String,
    pub start: usize,
    pub end: usize,
}

impl LexError {
    /// An error with CPython's message `msg` at bytes `start..end`.
    pub fn new(msg: impl Into<String>, start: usize, end: usize) -> LexError {
        LexError { msg: msg.into(), start, end }
    }
}

/// One token. The variants without a logos attribute are made by the indentation layer.
#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(error = LexError)]
#[logos(skip r"[ \t\x0C]+")]
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
pub enum Tok {
    // ---- made by the indentation layer ----
    /// The end of a logical line.
    Newline,
    Indent,
    Dedent,
    /// The soft keyword `match` at the start of a match statement.
    Match,
    /// The soft keyword `case` at the start of a case block.
    Case,
    /// A `(` directly after `with` whose group holds the with-items (`with (a as b, c):`).
    WithLPar,
    /// The start of an f-string (its prefix and opening quote).
    FStringStart,
    /// Literal text inside an f-string or its format spec, with `{{`/`}}` and escapes decoded.
    FStringMiddle(String),
    /// The closing quote of an f-string.
    FStringEnd,
    /// Selects the entry point of the grammar; the layer sends one of these first.
    StartModule,
    StartExpression,
    StartInteractive,

    // ---- physical line structure ----
    #[regex(r"\r\n|\n|\r")]
    PhysicalNewline,
    /// A backslash that joins this line with the next one.
    #[regex(r"\\(\r\n|\n|\r)")]
    Continuation,
    /// A backslash not followed by a line end.
    #[token("\\")]
    StrayBackslash,

    // ---- literals ----
    #[regex(r"[A-Za-z_][A-Za-z0-9_]*", literal::lex_ascii_name)]
    Name(String),
    /// A name that starts with a non-ASCII character, or a character that cannot be one.
    #[regex(r"[^\x00-\x7F]", literal::lex_unicode_name)]
    UnicodeName(String),
    #[regex(r"[0-9]|\.[0-9]", literal::lex_number)]
    Number(Number),
    #[regex(r#"([rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?["']"#, literal::lex_string)]
    String(StrToken),

    // ---- keywords ----
    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    // ---- operators and delimiters ----
    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("|")]
    VBar,
    #[token("&")]
    Amper,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("=")]
    Equal,
    #[token(".")]
    Dot,
    #[token("%")]
    Percent,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    /// `<>`: only ever an error (Barry as FLUFL is not in effect).
    #[token("<>")]
    LessGreater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("~")]
    Tilde,
    #[token("^")]
    Circumflex,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("**")]
    DoubleStar,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("//")]
    DoubleSlash,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("@")]
    At,
    #[token("@=")]
    AtEqual,
    #[token("->")]
    RArrow,
    #[token("...")]
    Ellipsis,
    #[token(":=")]
    ColonEqual,
    #[token("!")]
    Exclamation,
}

/// The value of a numeric literal.
#[derive(Clone, Debug, PartialEq)]
pub enum Number {
    Int(BigInt),
    Float(f64),
    /// An imaginary literal (`2j`, `1.5e3J`): the value of its imaginary part.
    Imaginary(f64),
}

/// A string literal token. For an f-string only the prefix is known here: the indentation layer
/// scans the rest, since an f-string holds tokens of its own.
#[derive(Clone, Debug, PartialEq)]
pub enum StrToken {
    Str(String),
    Bytes(Vec<u8>),
    /// The opening of an f-string: its prefix and quote; the layer continues from here.
    FStart {
        prefix: StrPrefix,
        quote: u8,
        triple: bool,
    },
}

impl Tok {
    /// True for tokens that end an operand: a following operand means a comma may be missing.
    pub fn ends_operand(&self) -> bool {
        matches!(
            self,
            Tok::Name(_)
                | Tok::UnicodeName(_)
                | Tok::Number(_)
                | Tok::String(_)
                | Tok::FStringEnd
                | Tok::RPar
                | Tok::RSqb
                | Tok::RBrace
                | Tok::True
                | Tok::False
                | Tok::None
                | Tok::Ellipsis
        )
    }

    /// True for tokens that start an operand.
    pub fn starts_operand(&self) -> bool {
        matches!(
            self,
            Tok::Name(_)
                | Tok::UnicodeName(_)
                | Tok::Number(_)
                | Tok::String(_)
                | Tok::FStringStart
                | Tok::LPar
                | Tok::LSqb
                | Tok::LBrace
                | Tok::True
                | Tok::False
                | Tok::None
                | Tok::Ellipsis
                | Tok::Lambda
                | Tok::Not
                | Tok::Tilde
        )
    }
}
