//! The interactive REPL (issue 5): `viv` with no arguments, or `viv -i script.py` after the
//! script. It reads statements with rustyline (`>>> ` and `... ` prompts, auto-indent, history in
//! `~/.viv_history`, Tab completion, colouring), runs each top-level statement on its own as
//! CPython's interactive mode does, echoes values with `repr` into `_`, and survives errors and
//! Ctrl-C. When stdin is not a terminal (`-i` with piped input) it reads lines without editing.
//!
//! The parts: [`input`] decides when an input is complete and how to indent, [`execute`]
//! compiles and runs it, [`helper`], [`complete`] and [`scan`] serve rustyline, [`history`]
//! finds the history file, [`interrupt`] turns Ctrl-C into `KeyboardInterrupt`.

pub mod complete;
pub mod execute;
pub mod helper;
pub mod history;
pub mod input;
pub mod interrupt;
pub mod scan;

use crate::object::{dict, module, protocol, str as pystr, Obj};
use crate::vm::Vm;
use execute::Outcome;
use input::{Input, Status};
use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::{CompletionType, Config, Editor};
use std::io::{BufRead, IsTerminal, Write};

/// What bare `help` (not shadowed by a variable) prints.
const HELP_TEXT: &str = "\
help(object) describes a function, class or module: its signature and docstring.
Try the memory machinery: sys.getrefcount(x), sys._is_immortal(x), sys.getsizeof(x),
gc.collect(), gc.is_tracked(x), dis.dis(f). Leave with exit, quit or Ctrl-D.";

/// Runs the REPL after printing the banner, until Ctrl-D, `exit` or `SystemExit`; returns the
/// exit status.
pub fn run(vm: &mut Vm) -> i32 {
    if std::io::stdin().is_terminal() {
        crate::modules::io::write_stderr_raw(&banner());
    }
    session(vm)
}

/// Runs the REPL in the namespace a script left behind (`viv -i script.py`), without a
/// banner, as CPython does.
pub fn inspect(vm: &mut Vm) -> i32 {
    session(vm)
}

/// The greeting: version, what Vivarium is, and how to get help and leave.
pub fn banner() -> String {
    format!(
        "Vivarium {} (Python 3.14 subset, with CPython's memory machinery) on {}\n\
         Type \"help\" or help(object) for help; \"exit\" or Ctrl-D leaves.\n",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS
    )
}

fn session(vm: &mut Vm) -> i32 {
    let globals = main_globals(vm);
    let sys = vm.sys.clone();
    for (name, value) in [("ps1", ">>> "), ("ps2", "... ")] {
        if !matches!(protocol::get_attr_opt(vm, &sys, name), Ok(Some(_))) {
            // Setting an attribute of the sys module cannot fail.
            let _ = protocol::set_attr(vm, &sys, name, &pystr::new_str(value));
        }
    }
    interrupt::install_sigint_handler();
    // Line editing needs a terminal on both sides; otherwise prompts go to stderr, as CPython's.
    let status = if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() {
        match new_editor(vm, &globals) {
            Ok(editor) => edit_loop(vm, &globals, editor),
            Err(_) => line_loop(vm, &globals),
        }
    } else {
        line_loop(vm, &globals)
    };
    crate::modules::io::flush_stdout(vm);
    status
}

/// The `__main__` module's namespace, made if no script made it.
fn main_globals(vm: &mut Vm) -> Obj {
    let modules = dict::as_dict(&vm.modules).expect("sys.modules is a dict");
    if let Some(d) =
        modules.get_by_str("__main__").and_then(|m| m.downcast::<module::ModuleObject>().map(|mo| mo.dict()))
    {
        return d;
    }
    let m = module::new_module("__main__").expect("allocating a module at start-up");
    let d = module::module_dict(&m);
    dict::as_dict(&d).expect("module dict").set_by_str("__builtins__", vm.builtins_module.clone());
    modules.set_by_str("__main__", m);
    d
}

/// `sys.ps1` or `sys.ps2` as text (the default if it is missing or its `str` fails).
fn prompt(vm: &mut Vm, name: &str, default: &str) -> String {
    let sys = vm.sys.clone();
    match protocol::get_attr_opt(vm, &sys, name) {
        Ok(Some(p)) => protocol::str_string(vm, &p).unwrap_or_else(|_| default.to_string()),
        _ => default.to_string(),
    }
}

fn new_editor(vm: &Vm, globals: &Obj) -> rustyline::Result<Editor<helper::ReplHelper, DefaultHistory>> {
    let config = Config::builder()
        .max_history_size(10_000)?
        .completion_type(CompletionType::List)
        .auto_add_history(false)
        .build();
    let mut editor = Editor::with_config(config)?;
    editor.set_helper(Some(helper::ReplHelper::new(vm, globals.clone())));
    Ok(editor)
}

/// What a whole input line means before it is compiled.
enum Command {
    Exit,
    Help,
    Code,
}

/// Bare `exit`, `quit` and `help` act at once, as in CPython 3.13's REPL, unless a variable of
/// that name hides the command.
fn command(globals: &Obj, line: &str) -> Command {
    let word = line.trim();
    let shadowed = || dict::as_dict(globals).is_some_and(|d| d.get_by_str(word).is_some());
    match word {
        "exit" | "quit" if !shadowed() => Command::Exit,
        "help" if !shadowed() => Command::Help,
        _ => Command::Code,
    }
}

/// Names each input's code `<python-input-N>`, as CPython 3.13 does, so tracebacks can quote
/// lines of earlier inputs.
struct Inputs {
    count: usize,
}

impl Inputs {
    fn run(&mut self, vm: &mut Vm, globals: &Obj, source: &str) -> Outcome {
        let filename = format!("<python-input-{}>", self.count);
        self.count += 1;
        execute::run_input(vm, globals, source, &filename)
    }
}

/// The terminal loop: rustyline reads each line, pre-filled with the auto-indent.
fn edit_loop(vm: &mut Vm, globals: &Obj, mut editor: Editor<helper::ReplHelper, DefaultHistory>) -> i32 {
    let history = history::history_file();
    if let Some(path) = &history {
        // A missing or unreadable history is not an error worth reporting.
        let _ = editor.load_history(path);
    }
    let mut input = Input::default();
    let mut inputs = Inputs { count: 0 };
    let status = loop {
        let (raw, indent) = if input.is_empty() {
            (prompt(vm, "ps1", ">>> "), String::new())
        } else {
            (prompt(vm, "ps2", "... "), input.next_indent())
        };
        let styled = helper::styled_prompt(&raw);
        crate::modules::io::flush_stdout(vm);
        if let Some(h) = editor.helper() {
            h.set_context(input.text());
            h.lend_vm(vm);
        }
        let read = editor.readline_with_initial(&(raw.as_str(), styled.as_str()), (&indent, ""));
        if let Some(h) = editor.helper() {
            h.take_vm();
        }
        match read {
            Ok(line) => {
                if !line.trim().is_empty() {
                    // The in-memory history only refuses duplicates; nothing to report.
                    let _ = editor.add_history_entry(line.as_str());
                }
                if input.is_empty() {
                    match command(globals, &line) {
                        Command::Exit => break 0,
                        Command::Help => {
                            crate::modules::io::write_stdout_raw(&format!("{HELP_TEXT}\n"));
                            continue;
                        }
                        Command::Code => {}
                    }
                }
                input.push(&line);
                match input.status() {
                    Status::Empty => input.clear(),
                    Status::NeedMore => {}
                    Status::Complete => {
                        let source = input.take();
                        let outcome = inputs.run(vm, globals, &source);
                        if let Some(path) = &history {
                            let _ = editor.append_history(path);
                        }
                        if let Outcome::Exit(code) = outcome {
                            break code;
                        }
                    }
                }
            }
            Err(ReadlineError::Interrupted) => {
                crate::modules::io::write_stderr_raw("KeyboardInterrupt\n");
                input.clear();
            }
            Err(ReadlineError::Eof) => break 0,
            Err(e) => {
                crate::modules::io::write_stderr_raw(&format!("viv: cannot read input: {e}\n"));
                break 1;
            }
        }
    };
    if let Some(path) = &history {
        let _ = editor.append_history(path);
    }
    status
}

/// The loop without line editing (`viv -i script.py < input`, or `viv > file`): prompts go to
/// stderr, as CPython's, and lines are read as they come.
fn line_loop(vm: &mut Vm, globals: &Obj) -> i32 {
    let stdin = std::io::stdin();
    let mut input = Input::default();
    let mut inputs = Inputs { count: 0 };
    loop {
        let raw = if input.is_empty() { prompt(vm, "ps1", ">>> ") } else { prompt(vm, "ps2", "... ") };
        crate::modules::io::flush_stdout(vm);
        let mut err = std::io::stderr();
        let _ = err.write_all(raw.as_bytes());
        let _ = err.flush();
        let mut line = String::new();
        let at_end = matches!(stdin.lock().read_line(&mut line), Ok(0) | Err(_));
        if at_end {
            crate::modules::io::write_stderr_raw("\n");
            // End of input ends a compound statement like a blank line does.
            if !input.is_empty() {
                input.push("");
                if input.status() == Status::Complete {
                    if let Outcome::Exit(code) = inputs.run(vm, globals, &input.take()) {
                        return code;
                    }
                }
            }
            return 0;
        }
        if input.is_empty() {
            match command(globals, &line) {
                Command::Exit => return 0,
                Command::Help => {
                    crate::modules::io::write_stdout_raw(&format!("{HELP_TEXT}\n"));
                    continue;
                }
                Command::Code => {}
            }
        }
        input.push(&line);
        match input.status() {
            Status::Empty => input.clear(),
            Status::NeedMore => {}
            Status::Complete => {
                if let Outcome::Exit(code) = inputs.run(vm, globals, &input.take()) {
                    return code;
                }
            }
        }
    }
}
