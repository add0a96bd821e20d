//! The indentation layer: turns logos' raw tokens into the token stream the grammar reads.
//!
//! It owns everything about Python's lexical structure that depends on context: logical lines
//! (NEWLINE only where a statement can end, never inside brackets or after `\`), INDENT/DEDENT
//! from a stack of indentation levels (tabs and spaces compared as CPython's tokenizer does), the
//! bracket stack and its errors, the soft keywords `match`/`case`, the parenthesised `with` form,
//! and the pieces of f-strings (PEP 701: an f-string's fields are tokens of their own).

use std::collections::VecDeque;

use logos::Logos;

use super::ast::Span;
use super::error::{SyntaxError, SyntaxErrorKind};
use super::literal::{self, line_of};
use super::token::{LexError, StrToken, Tok};

/// A token with its byte range, as lalrpop's external lexer interface wants it.
pub type Spanned = (usize, Tok, usize);

/// CPython's limit on nested brackets (`MAXLEVEL` in `Parser/lexer.c`).
pub const MAX_BRACKET_DEPTH: usize = 200;
/// CPython's limit on indentation levels (`MAXINDENT`).
pub const MAX_INDENT_LEVELS: usize = 100;
/// How deeply f-strings may nest inside each other's fields.
pub const MAX_FSTRING_NESTING: usize = 20;

/// Which entry point of the grammar the token stream is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Module,
    Expression,
    Interactive,
}

/// An indentation as CPython measures it: `col` with tabs to the next multiple of 8, `altcol`
/// with tabs counted as 1. Two lines whose orders disagree in the two measures mix tabs and
/// spaces ambiguously.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Indentation {
    col: u32,
    altcol: u32,
}

impl Indentation {
    fn measure(text: &str) -> Indentation {
        let mut ind = Indentation::default();
        for c in text.bytes() {
            match c {
                b' ' => {
                    ind.col += 1;
                    ind.altcol += 1;
                }
                b'\t' => {
                    ind.col = (ind.col / 8 + 1) * 8;
                    ind.altcol += 1;
                }
                b'\x0c' => ind = Indentation::default(),
                _ => {}
            }
        }
        ind
    }
}

/// Where the layer is inside an f-string.
#[derive(Clone, Copy, Debug)]
enum FMode {
    /// Literal text of the f-string opened at `start`.
    Literal { quote: u8, triple: bool, raw: bool, start: usize },
    /// The expression of a replacement field whose `{` is bracket number `depth`; `fresh` until
    /// its first token.
    Expr { depth: usize, fresh: bool },
    /// The format spec of the innermost replacement field (its `{` is the top bracket).
    Spec,
}

/// The token stream for one source text.
pub struct Lexer<'s> {
    src: &'s str,
    logos: logos::Lexer<'s, Tok>,
    mode: Mode,
    brackets: Vec<(u8, usize)>,
    fmodes: Vec<FMode>,
    fstring_nesting: usize,
    lookahead: VecDeque<Result<Spanned, SyntaxError>>,
    line_has_tokens: bool,
    continuation_pending: bool,
    pending: VecDeque<Spanned>,
    indents: Vec<Indentation>,
    match_levels: Vec<usize>,
    expect_match_indent: bool,
    at_line_start: bool,
    started: bool,
    finished: bool,
}

impl<'s> Lexer<'s> {
    /// A token stream for `src`, parsed as `mode`. A leading UTF-8 byte order mark is skipped,
    /// as CPython does.
    pub fn new(src: &'s str, mode: Mode) -> Lexer<'s> {
        let mut logos = Tok::lexer(src);
        if src.starts_with('\u{feff}') {
            logos.bump('\u{feff}'.len_utf8());
        }
        Lexer {
            src,
            logos,
            mode,
            brackets: Vec::new(),
            fmodes: Vec::new(),
            fstring_nesting: 0,
            lookahead: VecDeque::new(),
            line_has_tokens: false,
            continuation_pending: false,
            pending: VecDeque::new(),
            indents: vec![Indentation::default()],
            match_levels: Vec::new(),
            expect_match_indent: false,
            at_line_start: true,
            started: false,
            finished: false,
        }
    }

    fn error(&self, msg: impl Into<String>, start: usize, end: usize) -> SyntaxError {
        SyntaxError::new(msg, Span::new(start, end))
    }

    /// Restarts logos at byte `pos` (after the layer has read f-string text by hand).
    fn seek(&mut self, pos: usize) {
        self.logos = Tok::lexer(self.src);
        self.logos.bump(pos);
    }

    fn lex_error(&self, e: LexError, start: usize, end: usize) -> SyntaxError {
        if e.msg.is_empty() {
            let c = self.src[start..].chars().next().unwrap_or('\0');
            return self.error(literal::invalid_character_message(c), start, end.max(start + 1));
        }
        // A string opened by the enclosing f-string's own quote means the field was not closed.
        if e.msg.starts_with("unterminated string") {
            if let Some(FMode::Expr { .. }) = self.fmodes.last() {
                return self.error("f-string: expecting '}'", start, start + 1);
            }
        }
        self.error(e.msg, e.start, e.end)
    }

    // ------------------------------------------------------------ raw tokens

    fn raw_next(&mut self) -> Option<Result<Spanned, SyntaxError>> {
        if let Some(t) = self.lookahead.pop_front() {
            return Some(t);
        }
        self.produce_raw()
    }

    /// The `n`th raw token ahead, reading more if needed.
    fn peek_raw(&mut self, n: usize) -> Option<&Result<Spanned, SyntaxError>> {
        while self.lookahead.len() <= n {
            let t = self.produce_raw()?;
            let stop = t.is_err();
            self.lookahead.push_back(t);
            if stop {
                break;
            }
        }
        self.lookahead.get(n)
    }

    fn produce_raw(&mut self) -> Option<Result<Spanned, SyntaxError>> {
        loop {
            if matches!(self.fmodes.last(), Some(FMode::Literal { .. } | FMode::Spec)) {
                return Some(self.scan_fstring_text());
            }
            let tok = self.logos.next();
            let span = self.logos.span();
            let (start, mut end) = (span.start, span.end);
            let tok = match tok {
                None => {
                    if let Some(&(open, pos)) = self.brackets.last() {
                        if let Some(FMode::Expr { .. }) = self.fmodes.last() {
                            return Some(Err(self.error("f-string: expecting '}'", pos, pos + 1)));
                        }
                        let msg = format!("'{}' was never closed", open as char);
                        return Some(Err(self.error(msg, pos, pos + 1)));
                    }
                    if self.continuation_pending {
                        let end = self.src.len();
                        return Some(Err(self.error("unexpected EOF while parsing", end, end)));
                    }
                    return None;
                }
                Some(Err(e)) => return Some(Err(self.lex_error(e, start, end))),
                Some(Ok(t)) => t,
            };
            self.continuation_pending = false;
            let tok = match tok {
                Tok::PhysicalNewline => {
                    if self.brackets.is_empty() && self.line_has_tokens {
                        self.line_has_tokens = false;
                        return Some(Ok((start, Tok::Newline, end)));
                    }
                    continue;
                }
                Tok::Continuation => {
                    self.continuation_pending = true;
                    continue;
                }
                Tok::StrayBackslash if end == self.src.len() => {
                    return Some(Err(self.error("unexpected EOF while parsing", end, end)));
                }
                Tok::StrayBackslash => {
                    let msg = "unexpected character after line continuation character";
                    return Some(Err(self.error(msg, end, end + 1)));
                }
                Tok::Async | Tok::Await => {
                    let word = if tok == Tok::Async { "async" } else { "await" };
                    let msg = format!("'{word}' is not supported by Vivarium");
                    return Some(Err(self.error(msg, start, end)));
                }
                Tok::UnicodeName(name) => Tok::Name(name),
                // In `f"{x:=10}"` the `:` starts the format spec; `=10` is the spec.
                Tok::ColonEqual if self.at_field_top_level() => {
                    end = start + 1;
                    self.seek(end);
                    Tok::Colon
                }
                Tok::LPar | Tok::LSqb | Tok::LBrace => {
                    if self.brackets.len() >= MAX_BRACKET_DEPTH {
                        return Some(Err(self.error("too many nested parentheses", start, end)));
                    }
                    self.brackets.push((self.src.as_bytes()[start], start));
                    tok
                }
                Tok::RPar | Tok::RSqb | Tok::RBrace => {
                    if let Some(FMode::Expr { depth, fresh }) = self.fmodes.last().copied() {
                        if tok == Tok::RBrace && depth == self.brackets.len() {
                            if fresh {
                                let msg = "f-string: empty expression not allowed";
                                return Some(Err(self.error(msg, start, end)));
                            }
                            self.brackets.pop();
                            self.fmodes.pop();
                            self.line_has_tokens = true;
                            return Some(Ok((start, tok, end)));
                        }
                    }
                    if let Err(e) = self.close_bracket(start) {
                        return Some(Err(e));
                    }
                    tok
                }
                Tok::String(StrToken::FStart { prefix, quote, triple }) => {
                    if self.fstring_nesting >= MAX_FSTRING_NESTING {
                        return Some(Err(self.error("f-string: expressions nested too deeply", start, end)));
                    }
                    if let Some(FMode::Expr { fresh, .. }) = self.fmodes.last_mut() {
                        *fresh = false;
                    }
                    self.fmodes.push(FMode::Literal { quote, triple, raw: prefix.raw, start });
                    self.fstring_nesting += 1;
                    Tok::FStringStart
                }
                other => other,
            };
            if let Some(FMode::Expr { depth, fresh }) = self.fmodes.last_mut() {
                if *depth == self.brackets.len()
                    && *fresh
                    && matches!(tok, Tok::Colon | Tok::Exclamation | Tok::Equal)
                {
                    return Some(Err(self.error("f-string: empty expression not allowed", start, end)));
                }
                *fresh = false;
                if *depth == self.brackets.len() && tok == Tok::Colon {
                    self.fmodes.pop();
                    self.fmodes.push(FMode::Spec);
                }
            }
            self.line_has_tokens = true;
            return Some(Ok((start, tok, end)));
        }
    }

    /// True when the innermost open bracket is the `{` of an f-string replacement field.
    fn at_field_top_level(&self) -> bool {
        matches!(self.fmodes.last(), Some(FMode::Expr { depth, .. }) if *depth == self.brackets.len())
    }

    fn close_bracket(&mut self, pos: usize) -> Result<(), SyntaxError> {
        let close = self.src.as_bytes()[pos];
        let Some((open, open_pos)) = self.brackets.pop() else {
            return Err(self.error(format!("unmatched '{}'", close as char), pos, pos + 1));
        };
        let expected = match open {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if close != expected {
            let (open_line, close_line) = (line_of(self.src, open_pos), line_of(self.src, pos));
            let mut msg = format!(
                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                close as char, open as char
            );
            if open_line != close_line {
                msg.push_str(&format!(" on line {open_line}"));
            }
            return Err(self.error(msg, pos, pos + 1));
        }
        Ok(())
    }

    /// Reads literal text of an f-string (or of a format spec) up to the next field, the end
    /// of the spec, or the closing quote.
    fn scan_fstring_text(&mut self) -> Result<Spanned, SyntaxError> {
        let in_spec = matches!(self.fmodes.last(), Some(FMode::Spec));
        let Some(&FMode::Literal { quote, triple, raw, start: fstart }) =
            self.fmodes.iter().rev().find(|m| matches!(m, FMode::Literal { .. }))
        else {
            return Err(self.error("invalid syntax", 0, 0));
        };
        let b = self.src.as_bytes();
        let start = self.logos.span().end;
        let mut i = start;
        let mut text = String::new();
        let qlen = if triple { 3 } else { 1 };
        loop {
            let Some(&c) = b.get(i) else {
                if in_spec {
                    return Err(self.error("f-string: expecting '}'", i, i));
                }
                let (what, line) = if triple {
                    ("unterminated triple-quoted f-string literal", line_of(self.src, self.src.len()))
                } else {
                    ("unterminated f-string literal", line_of(self.src, fstart))
                };
                return Err(self.error(format!("{what} (detected at line {line})"), fstart, fstart + 1));
            };
            let closes =
                c == quote && (!triple || (b.get(i + 1) == Some(&quote) && b.get(i + 2) == Some(&quote)));
            let doubled = !in_spec && b.get(i + 1) == Some(&c);
            if closes || ((c == b'{' || c == b'}') && !doubled) {
                if i > start {
                    return self.fstring_middle(start, i, text, raw);
                }
                if closes {
                    if in_spec {
                        return Err(self.error("f-string: expecting '}'", i, i + 1));
                    }
                    self.fmodes.pop();
                    self.fstring_nesting -= 1;
                    self.seek(i + qlen);
                    self.line_has_tokens = true;
                    return Ok((i, Tok::FStringEnd, i + qlen));
                }
                self.seek(i + 1);
                if c == b'{' {
                    if self.brackets.len() >= MAX_BRACKET_DEPTH {
                        return Err(self.error("too many nested parentheses", i, i + 1));
                    }
                    self.brackets.push((b'{', i));
                    self.fmodes.push(FMode::Expr { depth: self.brackets.len(), fresh: true });
                    return Ok((i, Tok::LBrace, i + 1));
                }
                if !in_spec {
                    return Err(self.error("f-string: single '}' is not allowed", i, i + 1));
                }
                self.brackets.pop();
                self.fmodes.pop();
                return Ok((i, Tok::RBrace, i + 1));
            }
            if !triple && (c == b'\n' || c == b'\r') {
                if in_spec {
                    return Err(self.error("f-string: expecting '}'", i, i));
                }
                let line = line_of(self.src, fstart);
                let msg = format!("unterminated f-string literal (detected at line {line})");
                return Err(self.error(msg, fstart, fstart + 1));
            }
            if c == b'{' || c == b'}' {
                // A doubled brace outside a format spec stands for itself.
                text.push(c as char);
                i += 2;
                continue;
            }
            let ch = self.src[i..].chars().next().unwrap_or('\0');
            if c == b'\\' && !raw {
                // Keep the escape whole so `\N{...}` is not taken for a field.
                let rest = &self.src[i..];
                let len = if rest.starts_with("\\N{") {
                    rest.find('}').map_or(rest.len(), |p| p + 1)
                } else {
                    1 + rest[1..].chars().next().map_or(0, char::len_utf8)
                };
                text.push_str(&rest[..len]);
                i += len;
                continue;
            }
            text.push(ch);
            i += ch.len_utf8();
        }
    }

    fn fstring_middle(
        &mut self,
        start: usize,
        end: usize,
        text: String,
        raw: bool,
    ) -> Result<Spanned, SyntaxError> {
        self.seek(end);
        let value = if raw {
            text
        } else {
            literal::decode_str(&text, start).map_err(|e| self.error(e.msg, e.start, e.end))?
        };
        self.line_has_tokens = true;
        Ok((start, Tok::FStringMiddle(value), end))
    }

    // ------------------------------------------------------------ logical lines

    /// Compares the indentation of the logical line starting at `pos` with the stack, queueing
    /// INDENT or DEDENTs.
    fn indent_for(&mut self, pos: usize) -> Result<(), SyntaxError> {
        let line_start = self.src[..pos].rfind(['\n', '\r']).map_or(0, |i| i + 1);
        let ind = Indentation::measure(&self.src[line_start..pos]);
        let opens_match = std::mem::take(&mut self.expect_match_indent);
        let top = *self.indents.last().unwrap_or(&Indentation::default());
        let tab_error = || {
            SyntaxError::with_kind(
                SyntaxErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
                Span::new(pos, pos),
            )
        };
        if ind.col == top.col {
            if ind.altcol != top.altcol {
                return Err(tab_error());
            }
        } else if ind.col > top.col {
            if ind.altcol <= top.altcol {
                return Err(tab_error());
            }
            if self.indents.len() >= MAX_INDENT_LEVELS {
                return Err(SyntaxError::with_kind(
                    SyntaxErrorKind::IndentationError,
                    "too many levels of indentation",
                    Span::new(pos, pos),
                ));
            }
            self.indents.push(ind);
            if opens_match {
                self.match_levels.push(self.indents.len());
            }
            self.pending.push_back((pos, Tok::Indent, pos));
        } else {
            while ind.col < self.indents.last().map_or(0, |i| i.col) {
                self.indents.pop();
                self.pending.push_back((pos, Tok::Dedent, pos));
            }
            while self.match_levels.last().is_some_and(|&level| level > self.indents.len()) {
                self.match_levels.pop();
            }
            let top = *self.indents.last().unwrap_or(&Indentation::default());
            if ind.col != top.col {
                return Err(SyntaxError::with_kind(
                    SyntaxErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    Span::new(pos, pos),
                ));
            }
            if ind.altcol != top.altcol {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    /// Decides what the first token of a logical line is: the soft keywords `match` and `case`
    /// are keywords only where a match statement or case block can start.
    fn classify_line_start(&mut self, tok: Tok) -> Tok {
        match &tok {
            Tok::Name(n) if n == "match" && self.is_match_statement() => {
                self.expect_match_indent = true;
                Tok::Match
            }
            Tok::Name(n) if n == "case" && self.match_levels.last() == Some(&self.indents.len()) => Tok::Case,
            Tok::With => {
                self.mark_parenthesized_with();
                tok
            }
            _ => tok,
        }
    }

    /// `match` starts a match statement when an expression follows it and the logical line
    /// ends with a `:` outside brackets.
    fn is_match_statement(&mut self) -> bool {
        let starts_subject = match self.peek_raw(0) {
            Some(Ok((_, t, _))) => {
                t.starts_operand() || matches!(t, Tok::Minus | Tok::Plus | Tok::Star | Tok::Lambda)
            }
            _ => false,
        };
        if !starts_subject {
            return false;
        }
        let mut depth = 0usize;
        let mut last_at_depth0 = None;
        for n in 0.. {
            match self.peek_raw(n) {
                Some(Ok((_, Tok::Newline, _))) | None => break,
                Some(Err(_)) => return false,
                Some(Ok((_, t, _))) => {
                    match t {
                        Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                        Tok::RPar | Tok::RSqb | Tok::RBrace => depth = depth.saturating_sub(1),
                        _ => {}
                    }
                    last_at_depth0 = Some(depth == 0 && *t == Tok::Colon);
                }
            }
        }
        last_at_depth0 == Some(true)
    }

    /// `with (` whose matching `)` is followed by the header's `:` holds with-items, not an
    /// expression: the `(` becomes [`Tok::WithLPar`].
    fn mark_parenthesized_with(&mut self) {
        if !matches!(self.peek_raw(0), Some(Ok((_, Tok::LPar, _)))) {
            return;
        }
        let mut depth = 0usize;
        for n in 0.. {
            match self.peek_raw(n) {
                Some(Ok((_, Tok::Newline, _))) | None | Some(Err(_)) => return,
                Some(Ok((_, t, _))) => match t {
                    Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                    Tok::RPar | Tok::RSqb | Tok::RBrace => {
                        depth -= 1;
                        if depth == 0 {
                            if matches!(self.peek_raw(n + 1), Some(Ok((_, Tok::Colon, _)))) {
                                if let Some(Ok((_, t, _))) = self.lookahead.front_mut() {
                                    *t = Tok::WithLPar;
                                }
                            }
                            return;
                        }
                    }
                    _ => {}
                },
            }
        }
    }

    fn finish(&mut self) {
        self.finished = true;
        let end = self.src.len();
        if !self.at_line_start {
            self.pending.push_back((end, Tok::Newline, end));
        }
        if self.mode != Mode::Expression {
            while self.indents.len() > 1 {
                self.indents.pop();
                self.pending.push_back((end, Tok::Dedent, end));
            }
        }
    }
}

impl Iterator for Lexer<'_> {
    type Item = Result<Spanned, SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        if !self.started {
            self.started = true;
            let start = match self.mode {
                Mode::Module => Tok::StartModule,
                Mode::Expression => Tok::StartExpression,
                Mode::Interactive => Tok::StartInteractive,
            };
            return Some(Ok((0, start, 0)));
        }
        if let Some(t) = self.pending.pop_front() {
            return Some(Ok(t));
        }
        if self.finished {
            return None;
        }
        match self.raw_next() {
            None => {
                self.finish();
                self.pending.pop_front().map(Ok)
            }
            Some(Err(e)) => {
                self.finished = true;
                self.pending.clear();
                Some(Err(e))
            }
            Some(Ok((start, mut tok, end))) => {
                if self.at_line_start && self.mode != Mode::Expression {
                    if let Err(e) = self.indent_for(start) {
                        self.finished = true;
                        self.pending.clear();
                        return Some(Err(e));
                    }
                    tok = self.classify_line_start(tok);
                }
                self.at_line_start = tok == Tok::Newline;
                self.pending.push_back((start, tok, end));
                self.pending.pop_front().map(Ok)
            }
        }
    }
}

/// Lexes `src` completely (for tests and tools): every token, or the first error.
pub fn tokenize(src: &str, mode: Mode) -> Result<Vec<Spanned>, SyntaxError> {
    Lexer::new(src, mode).collect()
}
