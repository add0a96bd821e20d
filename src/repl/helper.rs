//! The REPL's hooks into rustyline: Tab completion against the running interpreter and syntax
//! colouring of the line being typed (rustyline turns colouring off itself when the output is
//! not a terminal or `NO_COLOR` is set).

use super::scan::{scan, Class};
use crate::object::{dict, str as pystr, Obj};
use crate::vm::Vm;
use rustyline::completion::Completer;
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::Context;
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashSet;

const RESET: &str = "\x1b[0m";

/// The colour of each class, as CPython 3.14's default REPL theme.
fn colour(class: Class) -> &'static str {
    match class {
        Class::Keyword | Class::SoftKeyword => "\x1b[1;34m",
        Class::Builtin => "\x1b[36m",
        Class::Definition => "\x1b[1m",
        Class::String => "\x1b[32m",
        Class::Number => "\x1b[33m",
        Class::Comment => "\x1b[31m",
    }
}

/// A prompt in the REPL's prompt colour.
pub fn styled_prompt(prompt: &str) -> String {
    format!("\x1b[1;35m{prompt}{RESET}")
}

/// The state completion and colouring read while a line is edited.
pub struct ReplHelper {
    /// The interpreter, set by [`ReplHelper::lend_vm`] for the duration of one `readline`.
    vm: Cell<*mut Vm>,
    /// The `__main__` namespace, whose names complete.
    globals: Obj,
    /// The earlier lines of the current input, so a line inside a triple-quoted string is
    /// coloured as string.
    context: RefCell<String>,
    /// Names bound in `builtins`, coloured as built-ins.
    builtins: HashSet<String>,
}

impl ReplHelper {
    /// A helper completing names of `globals` and the builtins of `vm`.
    pub fn new(vm: &Vm, globals: Obj) -> ReplHelper {
        let builtins = dict::as_dict(&vm.builtins)
            .map(|d| {
                d.keys_vec()
                    .iter()
                    .filter_map(|k| pystr::as_str_obj(k).map(|s| s.as_str().to_string()))
                    .collect()
            })
            .unwrap_or_default();
        ReplHelper {
            vm: Cell::new(std::ptr::null_mut()),
            globals,
            context: RefCell::new(String::new()),
            builtins,
        }
    }

    /// Lets completion use `vm` during the next `readline`; the caller must not touch `vm`
    /// until that call returns, and calls [`ReplHelper::take_vm`] after it.
    pub fn lend_vm(&self, vm: *mut Vm) {
        self.vm.set(vm);
    }

    /// Ends the loan made by [`ReplHelper::lend_vm`].
    pub fn take_vm(&self) {
        self.vm.set(std::ptr::null_mut());
    }

    /// Sets the earlier lines of the input being typed.
    pub fn set_context(&self, text: &str) {
        text.clone_into(&mut self.context.borrow_mut());
    }
}

impl Completer for ReplHelper {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        let vm = self.vm.get();
        if vm.is_null() {
            return Ok((pos, Vec::new()));
        }
        // SAFETY: `lend_vm` gave us the interpreter for this `readline` call, during which the
        // REPL loop does not use it; single-threaded, so nothing else does either.
        let vm = unsafe { &mut *vm };
        Ok(super::complete::complete(vm, &self.globals, line, pos))
    }
}

impl Highlighter for ReplHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        let context = self.context.borrow();
        let offset = context.len();
        let text = format!("{context}{line}");
        let tokens = scan(&text, &|w| self.builtins.contains(w)).tokens;
        let mut out = String::with_capacity(line.len() * 2);
        let mut at = 0;
        for t in tokens.iter().filter(|t| t.end > offset) {
            let start = t.start.max(offset) - offset;
            let end = t.end - offset;
            out.push_str(&line[at..start]);
            out.push_str(colour(t.class));
            out.push_str(&line[start..end]);
            out.push_str(RESET);
            at = end;
        }
        if at == 0 && out.is_empty() {
            return Cow::Borrowed(line);
        }
        out.push_str(&line[at..]);
        Cow::Owned(out)
    }

    fn highlight_char(&self, _line: &str, _pos: usize, kind: CmdKind) -> bool {
        // Any edit can change the colours of the whole line (an opening quote, say).
        kind != CmdKind::MoveCursor
    }
}

impl Hinter for ReplHelper {
    type Hint = String;
}

impl Validator for ReplHelper {}

impl rustyline::Helper for ReplHelper {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_keep_the_text() {
        let vm = Vm::new(vec![String::new()]);
        let h = ReplHelper::new(&vm, dict::new_dict());
        let line = "for i in range(3): print('x')  # c";
        let coloured = h.highlight(line, 0).into_owned();
        let plain: String = strip_ansi(&coloured);
        assert_eq!(plain, line);
        assert!(coloured.contains("\x1b[1;34mfor\x1b[0m"));
        assert!(coloured.contains("\x1b[36mrange\x1b[0m"));
        assert!(coloured.contains("\x1b[32m'x'\x1b[0m"));
        h.set_context("s = '''abc\n");
        assert_eq!(h.highlight("def'''", 0), "\x1b[32mdef'''\x1b[0m");
    }

    #[test]
    fn colouring_never_splits_characters() {
        let vm = Vm::new(vec![String::new()]);
        let h = ReplHelper::new(&vm, dict::new_dict());
        let samples = [
            r#"'\é' + "ü\"ß" # ñ"#,
            "x = 'abc",
            r"r'''é\",
            "\\",
            "0x1fé 1e+é .5j é.é",
            r#"f"{é!r}" b'\xff' # "#,
            "def é(ü): return 'ß'",
        ];
        for context in ["", "s = '''é\n", "(\n"] {
            h.set_context(context);
            for line in samples {
                let coloured = h.highlight(line, 0).into_owned();
                assert_eq!(strip_ansi(&coloured), line, "{context:?} {line:?}");
            }
        }
    }

    fn strip_ansi(s: &str) -> String {
        let mut out = String::new();
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            if c == '\x1b' {
                for d in chars.by_ref() {
                    if d == 'm' {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    }
}
