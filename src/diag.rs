//! Turning errors into text: ariadne reports for syntax errors, CPython-format tracebacks.
//!
//! Every rendering of a syntax error ends with the line `SyntaxError: <msg>` (or
//! `IndentationError: ...`, `TabError: ...`) exactly as CPython prints it, so scripts and tests
//! can rely on the last line whatever the styling above it.

use ariadne::{Color, Config, IndexType, Label, Report, ReportKind, Source};

use crate::syntax::{LineIndex, SyntaxError};

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
        let caret_start = col(loc.start_col);
        let caret_end = col(loc.end_col).max(caret_start + 1);
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
    let range = (line_start + loc.start_col)
        ..(line_start + loc.end_col.max(loc.start_col + 1).min(loc.text.len().max(loc.start_col + 1)));
    // ariadne labels need a range inside the source; one past the end marks end of input.
    let src_len = source.len();
    let range = range.start.min(src_len)..range.end.min(src_len).max(range.start.min(src_len));
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
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&syntax_error_line(err));
    out
}
