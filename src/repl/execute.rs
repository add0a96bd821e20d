//! Compiling and running one interactive input, as CPython 3.13's REPL does: each top-level
//! statement is compiled on its own (so constants are never shared between two statements),
//! the last one in `single` mode so an expression's value is echoed with `repr` and kept in
//! `builtins._`, and an error stops the input but never the session.

use crate::compiler::Mode;
use crate::object::{exceptions, protocol, singletons, Obj, PyErr};
use crate::syntax::LineIndex;
use crate::vm::Vm;
use std::sync::atomic::Ordering;

/// How running an input ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Every statement ran.
    Done,
    /// A syntax error or an uncaught exception was reported.
    Failed,
    /// `SystemExit` (e.g. `exit(3)`) asked to leave with this status.
    Exit(i32),
}

/// The line ranges (1-based, inclusive) of the statements of `source` to compile one by one.
/// Statements sharing a line (`a = 1; b = 2`) stay together, as do the lines in between
/// (comments, decorators). A text that does not parse is one piece, so compiling it reports
/// the error.
pub fn statement_lines(source: &str) -> Vec<(u32, u32)> {
    let index = LineIndex::new(source);
    let last_line = index.line(source.len().saturating_sub(1) as u32);
    let body = match crate::syntax::parse_module(source) {
        Ok(m) => m.body,
        Err(_) => return vec![(1, last_line)],
    };
    let mut pieces: Vec<(u32, u32)> = Vec::new();
    let mut first = 1;
    let mut prev_end = 0;
    for stmt in &body {
        let start = index.line(stmt.span.start);
        let end = index.line(stmt.span.end.saturating_sub(1).max(stmt.span.start));
        if start == prev_end {
            // Another statement on the line of the previous one.
            if let Some(p) = pieces.last_mut() {
                p.1 = end;
            }
        } else {
            pieces.push((first, end));
        }
        first = end + 1;
        prev_end = end;
    }
    pieces
}

/// The text of lines `first..=last` of `source`, preceded by blank lines so that line numbers
/// in the compiled code and in tracebacks are those of the whole input.
fn piece_source(source: &str, (first, last): (u32, u32)) -> String {
    let mut text = "\n".repeat(first as usize - 1);
    for line in source.lines().skip(first as usize - 1).take((last - first + 1) as usize) {
        text.push_str(line);
        text.push('\n');
    }
    text
}

/// Compiles and runs `source` (one input typed at the prompt) in `globals`, under the file name
/// `filename` (`<python-input-N>`); reports errors on stderr.
pub fn run_input(vm: &mut Vm, globals: &Obj, source: &str, filename: &str) -> Outcome {
    // A Ctrl-C from before this input was accepted must not interrupt it; one pressed from
    // now on, even while compiling, does.
    crate::memory::finalize::INTERRUPTED.store(false, Ordering::Relaxed);
    let pieces = statement_lines(source);
    let mut outcome = Outcome::Done;
    for (i, &piece) in pieces.iter().enumerate() {
        let mode = if i + 1 == pieces.len() { Mode::Single } else { Mode::Exec };
        let text = if pieces.len() == 1 { source.to_string() } else { piece_source(source, piece) };
        let compiled = vm.compile(&text, filename, mode, false);
        // Tracebacks quote lines of the whole input, whichever piece they come from.
        vm.remember_source(filename, source);
        let result = compiled.and_then(|code| vm.run_code(&code, globals, Some(globals), None));
        if let Err(e) = result {
            outcome = report(vm, e);
            break;
        }
    }
    crate::memory::finalize::run_queued(vm);
    crate::modules::io::flush_stdout(vm);
    outcome
}

/// Reports an uncaught exception as CPython's REPL does: `SystemExit` ends the session, anything
/// else is printed and kept in `sys.last_exc` (and `last_type`, `last_value`, `last_traceback`).
fn report(vm: &mut Vm, e: PyErr) -> Outcome {
    if e.is_instance(&exceptions::SYSTEM_EXIT) {
        return Outcome::Exit(vm.handle_uncaught(e));
    }
    let exc = e.into_obj();
    let sys = vm.sys.clone();
    let tb = exceptions::as_exception(&exc).and_then(|x| x.traceback()).unwrap_or_else(singletons::none);
    // Setting attributes on the sys module cannot fail; if it ever did, the report matters more.
    let _ = protocol::set_attr(vm, &sys, "last_exc", &exc);
    let _ = protocol::set_attr(vm, &sys, "last_value", &exc);
    let _ = protocol::set_attr(vm, &sys, "last_type", &exc.ty().as_obj());
    let _ = protocol::set_attr(vm, &sys, "last_traceback", &tb);
    vm.print_exception(&exc);
    Outcome::Failed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_piece_per_line_of_statements() {
        assert_eq!(statement_lines("x = 1\n"), vec![(1, 1)]);
        assert_eq!(statement_lines("x = 1; y = 2\n"), vec![(1, 1)]);
        assert_eq!(statement_lines("x = 1\ny = 2\n"), vec![(1, 1), (2, 2)]);
        assert_eq!(statement_lines("def f():\n    return 1\n\nf()\n"), vec![(1, 2), (3, 4)]);
        assert_eq!(statement_lines("# c\n@d\ndef f():\n    pass\nf()\n"), vec![(1, 4), (5, 5)]);
        assert_eq!(statement_lines("x = (1\n"), vec![(1, 1)]);
    }

    #[test]
    fn pieces_keep_their_line_numbers() {
        assert_eq!(piece_source("a\nb\nc\n", (2, 3)), "\nb\nc\n");
    }
}
