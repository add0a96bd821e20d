//! The parser's entry points, and the translation of lalrpop's errors into CPython's messages.

use lalrpop_util::ParseError;

use super::ast::{Expr, Module, Span, Stmt, StmtKind};
use super::builder::{State, Top};
use super::error::{LineIndex, SyntaxError, SyntaxErrorKind};
use super::lexer::{Lexer, Mode, Spanned};
use super::literal::line_of;
use super::token::Tok;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused, dead_code, unused_qualifications)]
    python,
    "/python.rs"
);

/// Parses a whole file (CPython's `exec` mode).
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    match parse(source, Mode::Module) {
        Ok(Top::Module(body)) => Ok(Module { body }),
        Ok(_) => Err(SyntaxError::new("invalid syntax", Span::default())),
        Err(e) => Err(e.error),
    }
}

/// Parses one expression (CPython's `eval` mode).
pub fn parse_expression(source: &str) -> Result<Expr, SyntaxError> {
    match parse(source, Mode::Expression) {
        Ok(Top::Expression(e)) => Ok(e),
        Ok(_) => Err(SyntaxError::new("invalid syntax", Span::default())),
        Err(e) => Err(e.error),
    }
}

/// Parses one interactive input (CPython's `single` mode): one statement, or several simple
/// statements on one line.
pub fn parse_interactive(source: &str) -> Result<Module, SyntaxError> {
    let body = match parse(source, Mode::Interactive) {
        Ok(Top::Interactive(body)) => body,
        Ok(_) => return Err(SyntaxError::new("invalid syntax", Span::default())),
        Err(e) => return Err(e.error),
    };
    check_single_statement(source, &body)?;
    Ok(Module { body })
}

/// True when `source` is the beginning of a valid interactive input rather than a wrong one:
/// an open bracket, a trailing `\`, an unterminated triple-quoted string, a compound statement
/// header without its body, or a compound statement not yet ended by a blank line.
pub fn is_incomplete(source: &str) -> bool {
    match parse(source, Mode::Interactive) {
        Err(e) => e.at_eof,
        Ok(Top::Interactive(body)) => {
            let ends_compound = body.last().is_some_and(|s| is_compound(&s.kind));
            let last_line_blank = source.trim_end_matches([' ', '\t']).ends_with("\n\n")
                || source.trim_end_matches([' ', '\t']).ends_with("\r\n\r\n");
            ends_compound && !last_line_blank
        }
        Ok(_) => false,
    }
}

fn is_compound(kind: &StmtKind) -> bool {
    matches!(
        kind,
        StmtKind::FunctionDef(_)
            | StmtKind::ClassDef(_)
            | StmtKind::If { .. }
            | StmtKind::While { .. }
            | StmtKind::For { .. }
            | StmtKind::Try { .. }
            | StmtKind::With { .. }
            | StmtKind::Match { .. }
    )
}

fn check_single_statement(source: &str, body: &[Stmt]) -> Result<(), SyntaxError> {
    if body.len() < 2 {
        return Ok(());
    }
    let index = LineIndex::new(source);
    let first_end_line = index.line(body[0].span.end);
    for s in &body[1..] {
        if index.line(s.span.start) != first_end_line || is_compound(&body[0].kind) {
            return Err(SyntaxError::new(
                "multiple statements found while compiling a single statement",
                s.span,
            ));
        }
    }
    Ok(())
}

/// A parse failure, and whether it happened because the input stopped too early.
struct Failure {
    error: SyntaxError,
    at_eof: bool,
}

fn parse(source: &str, mode: Mode) -> Result<Top, Failure> {
    let state = State::new(source);
    let lexer = Lexer::new(source, mode);
    let result = python::TopParser::new().parse(&state, lexer);
    let recorded = state.take_error();
    match result {
        Ok(top) => match recorded {
            Some(error) => Err(Failure { error, at_eof: false }),
            None => Ok(top),
        },
        Err(e) => {
            let failure = convert_error(source, mode, e);
            match recorded {
                Some(error) if error.span.start <= failure.error.span.start && !failure.at_eof => {
                    Err(Failure { error, at_eof: false })
                }
                _ => Err(failure),
            }
        }
    }
}

fn is_eof_lexer_error(msg: &str) -> bool {
    msg.ends_with("was never closed")
        || msg.starts_with("unterminated triple-quoted")
        || msg == "unexpected EOF while parsing"
}

fn convert_error(source: &str, mode: Mode, e: ParseError<usize, Tok, SyntaxError>) -> Failure {
    let end = source.len();
    match e {
        ParseError::User { error } => {
            let at_eof = is_eof_lexer_error(&error.msg);
            Failure { error, at_eof }
        }
        ParseError::InvalidToken { location } => Failure {
            error: SyntaxError::new("invalid syntax", Span::new(location, location)),
            at_eof: false,
        },
        ParseError::UnrecognizedEof { expected, .. } => {
            Failure { error: explain_unexpected(source, mode, end, None, end, &expected), at_eof: true }
        }
        ParseError::ExtraToken { token: (s, _, e) } => {
            Failure { error: SyntaxError::new("invalid syntax", Span::new(s, e)), at_eof: false }
        }
        ParseError::UnrecognizedToken { token: (s, tok, e), expected } => {
            let at_eof = s >= end && matches!(tok, Tok::Dedent | Tok::Newline) && expects_block(&expected);
            let error = explain_unexpected(source, mode, s, Some(&tok), e, &expected);
            Failure { error, at_eof: at_eof || (s >= end && tok == Tok::Dedent) }
        }
    }
}

fn expects_block(expected: &[String]) -> bool {
    expected.iter().any(|x| x == "Indent")
}

/// The tokens of `source` before byte `upto` (as far as they lex).
fn tokens_before(source: &str, mode: Mode, upto: usize) -> Vec<Spanned> {
    let mut out = Vec::new();
    for t in Lexer::new(source, mode) {
        match t {
            Ok(t) if t.0 < upto || matches!(t.1, Tok::StartModule | Tok::StartInteractive) => out.push(t),
            _ => break,
        }
    }
    out
}

/// The first token of the logical line that `tokens` ends in, skipping INDENT/DEDENT.
fn line_first_token(tokens: &[Spanned]) -> Option<&Spanned> {
    let start = tokens.iter().rposition(|t| t.1 == Tok::Newline).map_or(0, |i| i + 1);
    tokens[start..].iter().find(|t| {
        !matches!(
            t.1,
            Tok::Indent | Tok::Dedent | Tok::StartModule | Tok::StartInteractive | Tok::StartExpression
        )
    })
}

fn header_description(tok: &Tok) -> Option<&'static str> {
    Some(match tok {
        Tok::If => "'if' statement",
        Tok::Elif => "'elif' statement",
        Tok::Else => "'else' statement",
        Tok::While => "'while' statement",
        Tok::For => "'for' statement",
        Tok::Try => "'try' statement",
        Tok::Except => "'except' statement",
        Tok::Finally => "'finally' statement",
        Tok::With => "'with' statement",
        Tok::Def => "function definition",
        Tok::Class => "class definition",
        Tok::Match => "'match' statement",
        Tok::Case => "'case' statement",
        _ => return None,
    })
}

/// CPython's message for an unexpected token (`None` at the end of the input) at `s..e`.
fn explain_unexpected(
    source: &str,
    mode: Mode,
    s: usize,
    tok: Option<&Tok>,
    e: usize,
    expected: &[String],
) -> SyntaxError {
    let expects = |name: &str| expected.iter().any(|x| x == name);
    if tok == Some(&Tok::Indent) {
        return SyntaxError::with_kind(
            SyntaxErrorKind::IndentationError,
            "unexpected indent",
            Span::new(s, e),
        );
    }
    if tok == Some(&Tok::FStringEnd) {
        return SyntaxError::new("f-string: expecting '}'", Span::new(s, e));
    }
    let before = tokens_before(source, mode, s);
    if tok == Some(&Tok::ColonEqual) {
        if let Some(err) = explain_walrus_target(source, &before, s) {
            return err;
        }
    }
    let in_fstring = before.iter().filter(|t| t.1 == Tok::FStringStart).count()
        > before.iter().filter(|t| t.1 == Tok::FStringEnd).count();
    if in_fstring && before.len() >= 2 && before[before.len() - 2].1 == Tok::Exclamation {
        return SyntaxError::new("f-string: expecting '}'", Span::new(s, e));
    }
    if in_fstring && before.last().is_some_and(|t| t.1 == Tok::Exclamation) {
        return SyntaxError::new("f-string: missing conversion character", Span::new(s, e));
    }
    if expects("Indent") && expected.len() == 1 {
        // The header is the logical line before the one that just ended.
        let header_end = before.iter().rposition(|t| t.1 == Tok::Newline).unwrap_or(0);
        if let Some((hs, htok, _)) = line_first_token(&before[..header_end]) {
            let mut what = header_description(htok);
            if *htok == Tok::At {
                // A decorated definition: the header is the def/class line after the decorators.
                what = before[..header_end]
                    .iter()
                    .rev()
                    .find_map(|t| matches!(t.1, Tok::Def | Tok::Class).then(|| header_description(&t.1)))
                    .flatten();
            }
            if let Some(what) = what {
                let line = line_of(source, *hs);
                // At the end of input CPython points just after the header's colon.
                let (s, e) = match tok {
                    None => before.get(header_end).map_or((s, s), |t| (t.0, t.0)),
                    Some(_) => (s, e),
                };
                return SyntaxError::with_kind(
                    SyntaxErrorKind::IndentationError,
                    format!("expected an indented block after {what} on line {line}"),
                    Span::new(s, e),
                );
            }
        }
        return SyntaxError::with_kind(
            SyntaxErrorKind::IndentationError,
            "expected an indented block",
            Span::new(s, e),
        );
    }
    if expects("\"except\"") && expects("\"finally\"") && !matches!(tok, Some(Tok::Except | Tok::Finally)) {
        return SyntaxError::new("expected 'except' or 'finally' block", Span::new(s, e));
    }
    let first = line_first_token(&before).map(|t| &t.1);
    let in_header = first.is_some_and(|t| header_description(t).is_some() || *t == Tok::Match);
    if tok == Some(&Tok::Newline) && expects("\":\"") && in_header {
        return SyntaxError::new("expected ':'", Span::new(s, s));
    }
    let depth = bracket_depth(&before);
    let Some(tok) = tok else {
        return SyntaxError::new("invalid syntax", Span::new(s, s));
    };
    if let Some(prev) = before.last() {
        if depth > 0 && prev.1.ends_operand() && tok.starts_operand() && !is_string_after_name(&prev.1, tok) {
            let start = operand_start(&before);
            return SyntaxError::new("invalid syntax. Perhaps you forgot a comma?", Span::new(start, e));
        }
        if matches!(tok, Tok::Comma | Tok::RBrace) && expects("\":\"") && in_dict_display(&before) {
            let start = operand_start(&before);
            return SyntaxError::new("':' expected after dictionary key", Span::new(start, s));
        }
        if expects("\"else\"") && *tok != Tok::Else {
            if let Some(if_pos) = conditional_start(&before) {
                return SyntaxError::new("expected 'else' after 'if' expression", Span::new(if_pos, s));
            }
        }
        if first.is_some_and(|t| matches!(t, Tok::Name(p) if p == "print"))
            && before.last().is_some_and(|t| matches!(&t.1, Tok::Name(p) if p == "print"))
            && tok.starts_operand()
        {
            let line_end = source[s..].find(['\n', '\r']).map_or(source.len(), |i| s + i);
            return SyntaxError::new(
                "Missing parentheses in call to 'print'. Did you mean print(...)?",
                Span::new(before[before.len() - 1].0, line_end),
            );
        }
    }
    let (s, e) = match tok {
        Tok::Newline | Tok::Dedent => (s, s),
        _ => (s, e),
    };
    SyntaxError::new("invalid syntax", Span::new(s, e))
}

fn is_string_after_name(prev: &Tok, tok: &Tok) -> bool {
    matches!(prev, Tok::Name(_)) && matches!(tok, Tok::String(_) | Tok::FStringStart)
}

fn bracket_depth(tokens: &[Spanned]) -> i32 {
    let mut depth = 0;
    for t in tokens {
        match t.1 {
            Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth -= 1,
            Tok::Newline => depth = 0,
            _ => {}
        }
    }
    depth
}

/// The start of the operand that ends the token list: a primary with its trailers
/// (`a.b(c)[d]`), walking back over balanced brackets.
fn operand_start(tokens: &[Spanned]) -> usize {
    let mut i = tokens.len();
    let mut start = tokens.last().map_or(0, |t| t.0);
    while i > 0 {
        let t = &tokens[i - 1];
        match t.1 {
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                let mut depth = 0;
                while i > 0 {
                    match tokens[i - 1].1 {
                        Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
                        Tok::LPar | Tok::LSqb | Tok::LBrace => depth -= 1,
                        _ => {}
                    }
                    i -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                start = tokens[i].0;
            }
            Tok::Name(_) | Tok::Number(_) | Tok::String(_) | Tok::True | Tok::False | Tok::None => {
                start = t.0;
                i -= 1;
            }
            _ => break,
        }
        if i > 0 && tokens[i - 1].1 == Tok::Dot {
            i -= 1;
            continue;
        }
        if i > 0 && matches!(tokens[i].1, Tok::LPar | Tok::LSqb) && tokens[i - 1].1.ends_operand() {
            continue;
        }
        break;
    }
    start
}

/// Where the expression holding an unfinished `x if y` starts, if the line has such an `if`.
fn conditional_start(tokens: &[Spanned]) -> Option<usize> {
    let line_start = tokens.iter().rposition(|t| t.1 == Tok::Newline).map_or(0, |i| i + 1);
    let line = &tokens[line_start..];
    let if_index = line.iter().rposition(|t| t.1 == Tok::If)?;
    if if_index == 0 || matches!(line[if_index - 1].1, Tok::Else | Tok::Colon | Tok::Indent | Tok::Dedent) {
        return None;
    }
    // The conditional expression starts after the nearest `=`, `(`, `,` or statement start.
    let begin = line[..if_index]
        .iter()
        .rposition(|t| {
            matches!(
                t.1,
                Tok::Equal | Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::Comma | Tok::Return | Tok::Colon
            )
        })
        .map_or(0, |i| i + 1);
    line[begin..]
        .iter()
        .find(|t| {
            !matches!(
                t.1,
                Tok::Indent | Tok::Dedent | Tok::StartModule | Tok::StartInteractive | Tok::StartExpression
            )
        })
        .map(|t| t.0)
}

/// `a[1] := 3` at statement level: CPython names what cannot be the target of `:=`.
fn explain_walrus_target(source: &str, before: &[Spanned], s: usize) -> Option<SyntaxError> {
    let line_start = before.iter().rposition(|t| t.1 == Tok::Newline).map_or(0, |i| i + 1);
    let first = before[line_start..]
        .iter()
        .find(|t| !matches!(t.1, Tok::Indent | Tok::Dedent | Tok::StartModule | Tok::StartInteractive))?;
    let target = super::parse_expression(&source[first.0..s]).ok()?;
    if matches!(target.kind, super::ast::ExprKind::Name(_)) {
        return None;
    }
    let what = super::validate::expr_name(&target);
    let span = Span::new(first.0 + target.span.start as usize, first.0 + target.span.end as usize);
    Some(SyntaxError::new(format!("cannot use assignment expressions with {what}"), span))
}

/// True when the innermost open bracket is a `{` whose entries so far are `key: value` pairs.
fn in_dict_display(tokens: &[Spanned]) -> bool {
    let mut depth = 0usize;
    let mut saw_colon = false;
    for t in tokens.iter().rev() {
        match t.1 {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::WithLPar => {
                if depth == 0 {
                    return false;
                }
                depth -= 1;
            }
            Tok::LBrace => {
                if depth == 0 {
                    return saw_colon;
                }
                depth -= 1;
            }
            Tok::Colon if depth == 0 => saw_colon = true,
            Tok::Lambda if depth == 0 => return false,
            Tok::Newline => return false,
            _ => {}
        }
    }
    false
}
