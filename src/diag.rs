//! Turning errors into text: ariadne reports for syntax errors, CPython-format tracebacks.
//!
//! Every rendering of a syntax error ends with the line `SyntaxError: <msg>` (or
//! `IndentationError: ...`, `TabError: ...`) exactly as CPython prints it, so scripts and tests
//! can rely on the last line whatever the styling above it.

use ariadne::{Color, Config, IndexType, Label, Report, ReportKind, Source};

use crate::syntax::{LineIndex, SyntaxError, SyntaxErrorKind};

/// Where an error sits, as CPython reports it: 1-based line, and the byte range of the
/// highlighted text within that line (clamped to the line).
struct Location<'s> {
    line: u32,
    text: &'s str,
    start_col: usize,
    end_col: usize,
}

fn locate<'s>(err: &SyntaxError, source: &'s str) -> Location<'s> {
    let index = LineIndex::new(source);
    let start = (err.span.start as usize).min(source.len());
    let line = index.line(start as u32);
    let line_start = index.line_start(line) as usize;
    let line_end = source[line_start..].find(['\n', '\r']).map_or(source.len(), |i| line_start + i);
    let text = &source[line_start..line_end];
    let start_col = (start - line_start).min(text.len());
    let end = (err.span.end as usize).clamp(start, line_end.max(start));
    let end_col = (end - line_start).min(text.len()).max(start_col);
    Location { line, text, start_col, end_col }
}

/// The message line CPython prints last: `SyntaxError: invalid syntax`.
pub fn syntax_error_line(err: &SyntaxError) -> String {
    format!("{}: {}", err.kind.name(), err.msg)
}

/// CPython's plain format, as printed at the end of a traceback:
///
/// ```text
///   File "x.py", line 1
///     x = = 1
///         ^
/// SyntaxError: invalid syntax
/// ```
pub fn render_syntax_error_plain(err: &SyntaxError, filename: &str, source: &str) -> String {
    let loc = locate(err, source);
    let mut out = format!("  File \"{filename}\", line {}\n", loc.line);
    let trimmed = loc.text.trim_start_matches([' ', '\t', '\x0c']);
    // CPython draws no caret under a bad indentation, and for a dedent to an unknown level
    // puts it just after the first character.
    let no_caret = err.kind == SyntaxErrorKind::TabError || err.msg == "unexpected indent";
    let after_first = err.msg == "unindent does not match any outer indentation level";
    if !trimmed.trim_end().is_empty() {
        let dedent = loc.text.len() - trimmed.len();
        let shown = trimmed.trim_end();
        out.push_str("    ");
        out.push_str(shown);
        out.push('\n');
        // Carets count characters, not bytes.
        let col = |byte: usize| {
            let byte = byte.saturating_sub(dedent).min(shown.len());
            shown.get(..byte).map_or(byte, |s| s.chars().count())
        };
        let (caret_start, caret_end) = if after_first {
            (1, 2)
        } else {
            let start = col(loc.start_col);
            (start, col(loc.end_col).max(start + 1))
        };
        if no_caret {
            out.push_str(&syntax_error_line(err));
            return out;
        }
        out.push_str("    ");
        out.push_str(&" ".repeat(caret_start));
        out.push_str(&"^".repeat(caret_end - caret_start));
        out.push('\n');
    }
    out.push_str(&syntax_error_line(err));
    out
}

/// An ariadne report for a syntax error: CPython's message as the title, the file and line, and
/// a label under the offending text; then the plain `SyntaxError: <msg>` line.
pub fn render_syntax_error(err: &SyntaxError, filename: &str, source: &str, color: bool) -> String {
    let loc = locate(err, source);
    let index = LineIndex::new(source);
    let line_start = index.line_start(loc.line) as usize;
    // ariadne labels need a non-empty range on char boundaries inside the source.
    let mut start = (line_start + loc.start_col).min(source.len());
    while !source.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (line_start + loc.end_col).clamp(start, source.len());
    if end == start && end < line_start + loc.text.len() {
        end += 1;
    }
    while !source.is_char_boundary(end) {
        end += 1;
    }
    let range = start..end;
    let label_text = match err.msg.as_str() {
        m if m.starts_with("invalid syntax") => "here".to_string(),
        m => m.to_string(),
    };
    let config = Config::default().with_color(color).with_index_type(IndexType::Byte);
    let kind = ReportKind::Custom(err.kind.name(), Color::Red);
    let report = Report::build(kind, (filename, range.clone()))
        .with_config(config)
        .with_message(&err.msg)
        .with_label(Label::new((filename, range)).with_message(label_text).with_color(Color::Red))
        .finish();
    let mut buf = Vec::new();
    let mut out = match report.write((filename, Source::from(source)), &mut buf) {
        Ok(()) => String::from_utf8_lossy(&buf).into_owned(),
        Err(_) => render_syntax_error_plain(err, filename, source),
    };
    if !color {
        out = strip_ansi(&out);
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&syntax_error_line(err));
    out
}

/// Removes ANSI colour sequences (`ESC [ ... m`), which ariadne writes for a report's kind
/// even when colour is off.
fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}
