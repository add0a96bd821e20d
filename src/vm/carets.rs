//! The marker line under a traceback's source line, as CPython 3.13+ draws it: `^` under the
//! failing expression, or, for a binary operation, subscript or call, `~` under the operands
//! and `^` under the operator, the brackets or the argument list (`~^~`, `~~~^^^`).
//!
//! CPython omits the line when it would add nothing: when the expression is the whole line
//! (and has no operator to point at), and for `x = f(...)` / `return f(...)` where the call is
//! the entire right-hand side. Only single-line positions get a marker here.

use crate::bytecode::code::Position;
use crate::syntax::ast::{ExprKind, StmtKind};

/// The marker line for `pos` under `line` (the full source line, indentation included), already
/// aligned for printing after the same four-space prefix as the stripped source line.
pub fn marker_line(line: &str, pos: Position) -> Option<String> {
    if pos.line == 0 || pos.line != pos.end_line || pos.end_col <= pos.col {
        return None;
    }
    let (start, end) = (pos.col as usize, pos.end_col as usize);
    if end > line.len() || !line.is_char_boundary(start) || !line.is_char_boundary(end) {
        return None;
    }
    let segment = &line[start..end];
    let anchors = anchors(segment);
    if is_whole_call_statement(line, start, end) {
        return None;
    }
    let spans_line = line[..start].trim().is_empty() && line[end..].trim().is_empty();
    if anchors.is_none() && spans_line {
        return None;
    }
    let indent = line.len() - line.trim_start().len();
    let chars = |from: usize, to: usize| line[from..to].chars().count();
    let mut out = " ".repeat(chars(indent, start));
    match anchors {
        Some((left, right)) => {
            out.push_str(&"~".repeat(chars(start, start + left)));
            out.push_str(&"^".repeat(chars(start + left, start + right)));
            out.push_str(&"~".repeat(chars(start + right, end)));
        }
        None => out.push_str(&"^".repeat(chars(start, end))),
    }
    Some(out)
}

/// Byte offsets (within `segment`) of the part drawn with `^` when the segment is a binary
/// operation (the operator), a subscript (from `[` to the end) or a call (from `(` to the end).
fn anchors(segment: &str) -> Option<(usize, usize)> {
    // Parenthesised, so that the segment parses as one expression; offsets shift by one.
    let wrapped = format!("({segment})");
    let expr = crate::syntax::parse_expression(&wrapped).ok()?;
    let at = |offset: u32| (offset as usize).checked_sub(1);
    let bytes = segment.as_bytes();
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            // The operator is the first character after the left operand that is neither space
            // nor a closing parenthesis; it is one or two characters long.
            let mut op = at(left.span.end)?;
            while op < bytes.len() && (bytes[op].is_ascii_whitespace() || bytes[op] == b')') {
                op += 1;
            }
            let right_start = at(right.span.start)?;
            let mut op_end = op + 1;
            if op_end < right_start && op_end < bytes.len() && !bytes[op_end].is_ascii_whitespace() {
                op_end += 1;
            }
            (op < bytes.len()).then_some((op, op_end))
        }
        ExprKind::Subscript { value, .. } => {
            let open = at(value.span.end)? + segment[at(value.span.end)?..].find('[')?;
            Some((open, at(expr.span.end)?.min(segment.len())))
        }
        ExprKind::Call { func, .. } => {
            let open = at(func.span.end)? + segment[at(func.span.end)?..].find('(')?;
            Some((open, at(expr.span.end)?.min(segment.len())))
        }
        _ => None,
    }
}

/// `name = f(...)` or `return f(...)` where the call at `start..end` is the whole value.
fn is_whole_call_statement(line: &str, start: usize, end: usize) -> bool {
    let indent = line.len() - line.trim_start().len();
    let Ok(module) = crate::syntax::parse_module(line.trim()) else {
        return false;
    };
    let [stmt] = module.body.as_slice() else {
        return false;
    };
    let value = match &stmt.kind {
        StmtKind::Return(Some(v)) => match &v.kind {
            ExprKind::Call { func, .. } if matches!(func.kind, ExprKind::Name(_)) => v,
            _ => return false,
        },
        StmtKind::Assign { targets, value } => match (targets.as_slice(), &value.kind) {
            ([t], ExprKind::Call { .. }) if matches!(t.kind, ExprKind::Name(_)) => value,
            _ => return false,
        },
        _ => return false,
    };
    value.span.start as usize + indent == start && value.span.end as usize + indent == end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: &str, col: u32, end_col: u32) -> Option<String> {
        marker_line(line, Position { line: 1, end_line: 1, col, end_col })
    }

    #[test]
    fn binary_operator_is_the_anchor() {
        assert_eq!(at("    print(1/0)", 10, 13).as_deref(), Some("      ~^~"));
        assert_eq!(at("x = a ** b + 1", 4, 10).as_deref(), Some("    ~~^^~~"));
        assert_eq!(at("y = (a) // b", 4, 12).as_deref(), Some("    ~~~~^^~~"));
    }

    #[test]
    fn calls_and_subscripts_mark_their_brackets() {
        assert_eq!(at("f()", 0, 3).as_deref(), Some("~^^"));
        assert_eq!(at("print(d['k'])", 6, 12).as_deref(), Some("      ~^^^^^"));
        assert_eq!(at("obj.method(1, 2)", 0, 16).as_deref(), Some("~~~~~~~~~~^^^^^^"));
    }

    #[test]
    fn whole_line_or_whole_value_gets_no_marker() {
        assert_eq!(at("raise ValueError('x')", 0, 21), None);
        assert_eq!(at("    x = f(1)", 8, 12), None);
        assert_eq!(at("    return g(1)", 11, 15), None);
        assert_eq!(at("    return o.g(1)", 11, 17).as_deref(), Some("       ~~~^^^"));
        assert_eq!(at("x.y", 0, 3), None);
        assert_eq!(at("print(x.y)", 6, 9).as_deref(), Some("      ^^^"));
    }
}
