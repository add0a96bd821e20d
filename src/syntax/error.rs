//! Errors found while turning source text into a syntax tree or bytecode.

use super::ast::Span;

/// Which Python exception class a syntax problem is reported as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    /// The Python class name, e.g. `"IndentationError"`.
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// A syntax error at `span` with CPython's wording in `msg` (e.g. `invalid syntax`,
/// `cannot assign to literal here. Maybe you meant '==' instead of '='?`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub span: Span,
}

impl SyntaxError {
    pub fn new(msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError { kind: SyntaxErrorKind::SyntaxError, msg: msg.into(), span }
    }

    pub fn with_kind(kind: SyntaxErrorKind, msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError { kind, msg: msg.into(), span }
    }
}

/// Maps byte offsets to 1-based line numbers and 0-based byte columns, as CPython reports them.
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let mut line_starts = vec![0];
        line_starts.extend(source.match_indices('\n').map(|(i, _)| i as u32 + 1));
        LineIndex { line_starts }
    }

    /// The 1-based line containing byte `offset`.
    pub fn line(&self, offset: u32) -> u32 {
        self.line_starts.partition_point(|&start| start <= offset) as u32
    }

    /// The 0-based byte column of `offset` within its line.
    pub fn column(&self, offset: u32) -> u32 {
        offset - self.line_starts[self.line(offset) as usize - 1]
    }

    /// The byte offset where 1-based `line` starts.
    pub fn line_start(&self, line: u32) -> u32 {
        self.line_starts.get(line as usize - 1).copied().unwrap_or(*self.line_starts.last().unwrap())
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }
}
