//! The interactive REPL driven through a pseudo-terminal, as a person at a keyboard would use it:
//! echo and `_`, multi-line blocks with auto-indent, errors that keep the session, refcounts at
//! top level, Ctrl-C, Ctrl-D, `exit`, history, completion, colouring; and piped stdin run as a
//! script without prompts.

use rexpect::process::WaitStatus;
use rexpect::session::{spawn_with_options, Options, PtySession};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

/// A history file unique to one test (so tests never touch the real `~/.viv_history`).
fn history_path(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("viv-repl-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(format!("{test}.history"));
    let _ = std::fs::remove_file(&path);
    path
}

/// Starts `viv` on a pseudo-terminal with colours off (so output is plain text).
fn start(test: &str) -> PtySession {
    start_with(test, &[("NO_COLOR", "1")], true)
}

fn start_with(test: &str, env: &[(&str, &str)], strip_ansi: bool) -> PtySession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_viv"));
    cmd.env("TERM", "xterm").env("VIV_HISTORY", history_path(test)).env_remove("NO_COLOR");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let options = Options::new().timeout_ms(Some(20_000)).strip_ansi_escape_codes(strip_ansi);
    let mut s = spawn_with_options(cmd, options).expect("spawn viv on a pty");
    s.exp_string(">>> ").expect("first prompt");
    s
}

/// Types `keys` without pressing Enter.
fn type_keys(s: &mut PtySession, keys: &str) {
    s.send(keys).expect("send");
    s.flush().expect("flush");
}

/// Types `line` and presses Enter (a carriage return, as a terminal sends).
fn enter(s: &mut PtySession, line: &str) {
    type_keys(s, &format!("{line}\r"));
}

/// Waits for `needle` in the output (skipping everything before it). A `\n` in `needle` stands
/// for a line end with any carriage returns around it, since the terminal and rustyline's
/// redrawing add them.
fn expect(s: &mut PtySession, needle: &str) {
    let pattern: Vec<String> = needle.split('\n').map(escape).collect();
    if let Err(e) = s.exp_regex(&pattern.join("\r*\n\r*")) {
        panic!("expected {needle:?} in the REPL's output: {e}");
    }
}

/// `text` as a regular expression matching itself.
fn escape(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if "\\.+*?()|[]{}^$#&-~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Leaves with Ctrl-D and returns the exit status.
fn ctrl_d_status(mut s: PtySession) -> i32 {
    s.send_control('d').expect("ctrl-d");
    exit_status(&s)
}

fn exit_status(s: &PtySession) -> i32 {
    match s.process().wait().expect("wait") {
        WaitStatus::Exited(_, code) => code,
        other => panic!("viv did not exit normally: {other:?}"),
    }
}

#[test]
fn banner_and_prompt() {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_viv"));
    cmd.env("TERM", "xterm").env("NO_COLOR", "1").env("VIV_HISTORY", history_path("banner"));
    let mut s =
        spawn_with_options(cmd, Options::new().timeout_ms(Some(20_000)).strip_ansi_escape_codes(true))
            .expect("spawn");
    expect(&mut s, "Vivarium ");
    expect(&mut s, "Type \"help\"");
    expect(&mut s, ">>> ");
    assert_eq!(ctrl_d_status(s), 0);
}

#[test]
fn values_are_echoed_and_kept_in_underscore() {
    let mut s = start("echo");
    enter(&mut s, "6 * 7");
    expect(&mut s, "42\n>>> ");
    enter(&mut s, "_ + 1");
    expect(&mut s, "43\n>>> ");
    // None is neither echoed nor stored in `_`.
    enter(&mut s, "None");
    enter(&mut s, "_ * 2");
    expect(&mut s, "86\n>>> ");
    enter(&mut s, "'tw' + 'o'");
    expect(&mut s, "'two'\n");
    enter(&mut s, "[_, 1 + 1]");
    expect(&mut s, "['two', 2]\n");
    assert_eq!(ctrl_d_status(s), 0);
}

#[test]
fn multi_line_def_then_call() {
    let mut s = start("def");
    enter(&mut s, "def double(x):");
    expect(&mut s, "... ");
    // Auto-indent supplies the body's four spaces.
    enter(&mut s, "return x * 2");
    expect(&mut s, "... ");
    enter(&mut s, "");
    expect(&mut s, ">>> ");
    enter(&mut s, "double(21)");
    expect(&mut s, "42\n>>> ");
    assert_eq!(ctrl_d_status(s), 0);
}

#[test]
fn nested_blocks_indent_and_dedent() {
    let mut s = start("nested");
    enter(&mut s, "def pick(flag):");
    enter(&mut s, "if flag:");
    // Eight spaces from auto-indent; after `return` the next line drops to four.
    enter(&mut s, "return 'yes' + '!'");
    enter(&mut s, "return 'n' + 'o'");
    enter(&mut s, "");
    expect(&mut s, ">>> ");
    enter(&mut s, "pick(True), pick(False)");
    expect(&mut s, "('yes!', 'no')");
    assert_eq!(ctrl_d_status(s), 0);
}

#[test]
fn for_loop_block() {
    let mut s = start("for");
    enter(&mut s, "for i in range(3):");
    enter(&mut s, "print('item', i * 10)");
    enter(&mut s, "");
    expect(&mut s, "item 0\nitem 10\nitem 20\n>>> ");
    assert_eq!(ctrl_d_status(s), 0);
}

#[test]
fn errors_keep_the_session_and_its_variables() {
    let mut s = start("errors");
    enter(&mut s, "count = 7");
    enter(&mut s, "1 / 0");
    expect(&mut s, "Traceback (most recent call last):");
    expect(&mut s, "ZeroDivisionError: division by zero");
    enter(&mut s, "undefined_name");
    expect(&mut s, "NameError: name 'undefined_name' is not defined");
    enter(&mut s, "x = )");
    expect(&mut s, "SyntaxError: unmatched ')'");
    enter(&mut s, "if True:");
    enter(&mut s, "\x15");
    expect(&mut s, "IndentationError: expected an indented block after 'if' statement on line 1");
    enter(&mut s, "count + 1");
    expect(&mut s, "8\n>>> ");
    enter(&mut s, "import sys; type(sys.last_exc).__name__");
    expect(&mut s, "'IndentationError'");
    assert_eq!(ctrl_d_status(s), 0);
}

#[test]
fn tracebacks_quote_earlier_inputs() {
    let mut s = start("traceback");
    enter(&mut s, "def boom():");
    enter(&mut s, "return {}['missing']");
    enter(&mut s, "");
    enter(&mut s, "boom()");
    expect(&mut s, "File \"<python-input-0>\", line 2, in boom");
    expect(&mut s, "return {}['missing']");
    expect(&mut s, "KeyError: 'missing'");
    assert_eq!(ctrl_d_status(s), 0);
}

#[test]
fn refcounts_and_string_identity_at_top_level() {
    let mut s = start("refcount");
    enter(&mut s, "import sys");
    enter(&mut s, "a = int('99999')");
    // LOAD_NAME pushes a strong reference: 2, as in CPython's module scope.
    enter(&mut s, "print('rc', sys.getrefcount(a))");
    expect(&mut s, "rc 2\n");
    // Each statement is its own compilation unit: equal non-identifier constants are not shared...
    enter(&mut s, "x = 'b@tuhan'");
    enter(&mut s, "y = 'b@tuhan'");
    enter(&mut s, "print('same', x is y)");
    expect(&mut s, "same False\n");
    // ...but identifier-like strings are interned.
    enter(&mut s, "p = 'hello'");
    enter(&mut s, "q = 'hello'");
    enter(&mut s, "print('same', p is q)");
    expect(&mut s, "same True\n");
    assert_eq!(ctrl_d_status(s), 0);
}

#[test]
fn ctrl_c_interrupts_a_running_loop() {
    let mut s = start("ctrl_c_loop");
    enter(&mut s, "n = 0");
    enter(&mut s, "for _ in [1]:");
    // Printing first shows the loop runs (and the terminal is out of rustyline's raw mode).
    enter(&mut s, "print('spinning')");
    enter(&mut s, "while True: pass");
    enter(&mut s, "");
    expect(&mut s, "spinning\n");
    std::thread::sleep(Duration::from_millis(200));
    s.send_control('c').expect("ctrl-c");
    expect(&mut s, "KeyboardInterrupt\n>>> ");
    enter(&mut s, "print('alive', n + 1)");
    expect(&mut s, "alive 1\n");
    assert_eq!(ctrl_d_status(s), 0);
}

#[test]
fn ctrl_c_cancels_the_current_input() {
    let mut s = start("ctrl_c_input");
    enter(&mut s, "for i in range(3):");
    expect(&mut s, "... ");
    type_keys(&mut s, "print(i)");
    s.send_control('c').expect("ctrl-c");
    expect(&mut s, "KeyboardInterrupt\n>>> ");
    enter(&mut s, "print('fresh', 2 + 3)");
    expect(&mut s, "fresh 5\n");
    assert_eq!(ctrl_d_status(s), 0);
}

#[test]
fn ctrl_d_exits_with_status_0() {
    let mut s = start("ctrl_d");
    enter(&mut s, "1 / 0");
    expect(&mut s, "ZeroDivisionError");
    expect(&mut s, ">>> ");
    assert_eq!(ctrl_d_status(s), 0);
}

#[test]
fn exit_and_quit() {
    let mut s = start("exit_word");
    enter(&mut s, "exit");
    assert_eq!(exit_status(&s), 0);
    let mut s = start("exit_call");
    enter(&mut s, "exit(3)");
    assert_eq!(exit_status(&s), 3);
    let mut s = start("quit_call");
    enter(&mut s, "import sys");
    enter(&mut s, "sys.exit(4)");
    assert_eq!(exit_status(&s), 4);
    // A variable named `quit` hides the command.
    let mut s = start("quit_shadowed");
    enter(&mut s, "quit = 'a' + 'b'");
    enter(&mut s, "quit");
    expect(&mut s, "'ab'\n>>> ");
    assert_eq!(ctrl_d_status(s), 0);
}

#[test]
fn history_is_saved_across_sessions() {
    let mut s = start("history");
    enter(&mut s, "history_probe = 41");
    expect(&mut s, ">>> ");
    assert_eq!(ctrl_d_status(s), 0);
    let saved = std::fs::read_to_string(history_path_existing("history")).expect("history file");
    assert!(saved.contains("history_probe = 41"), "{saved:?}");
    // The next session recalls it with the Up arrow.
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_viv"));
    cmd.env("TERM", "xterm").env("NO_COLOR", "1").env("VIV_HISTORY", history_path_existing("history"));
    let mut s =
        spawn_with_options(cmd, Options::new().timeout_ms(Some(20_000)).strip_ansi_escape_codes(true))
            .expect("spawn");
    expect(&mut s, ">>> ");
    type_keys(&mut s, "\x1b[A");
    enter(&mut s, "");
    enter(&mut s, "history_probe + 1");
    expect(&mut s, "42\n");
    assert_eq!(ctrl_d_status(s), 0);
}

/// The history file of `test` without deleting it.
fn history_path_existing(test: &str) -> PathBuf {
    std::env::temp_dir().join(format!("viv-repl-test-{}", std::process::id())).join(format!("{test}.history"))
}

#[test]
fn unwritable_history_is_ignored() {
    let mut s = start_with("unwritable", &[("NO_COLOR", "1"), ("VIV_HISTORY", "/nonexistent-dir/h")], true);
    enter(&mut s, "3 + 4");
    expect(&mut s, "7\n");
    assert_eq!(ctrl_d_status(s), 0);
}

#[test]
fn tab_completes_names_keywords_and_attributes() {
    let mut s = start("complete");
    enter(&mut s, "zebra_value = 5");
    type_keys(&mut s, "zebra_v\t");
    enter(&mut s, " + 1");
    expect(&mut s, "6\n>>> ");
    enter(&mut s, "class K:");
    enter(&mut s, "alpha_attr = 40");
    enter(&mut s, "");
    type_keys(&mut s, "K.alpha_a\t");
    enter(&mut s, " + 2");
    expect(&mut s, "42\n>>> ");
    // A keyword completes with its trailing space; a callable with its parenthesis.
    type_keys(&mut s, "impo\t");
    enter(&mut s, "sys");
    type_keys(&mut s, "sys.getrefc\t");
    enter(&mut s, "None) > 1000");
    expect(&mut s, "True\n>>> ");
    assert_eq!(ctrl_d_status(s), 0);
}

#[test]
fn input_is_coloured_unless_no_color() {
    let mut s = start_with("colour", &[], false);
    type_keys(&mut s, "for");
    expect(&mut s, "\x1b[1;34mfor\x1b[0m");
    s.send_control('u').expect("ctrl-u");
    assert_eq!(ctrl_d_status(s), 0);

    let mut s = start_with("no_colour", &[("NO_COLOR", "1")], false);
    enter(&mut s, "for_ = 'x'");
    expect(&mut s, ">>> ");
    type_keys(&mut s, "for");
    enter(&mut s, "_");
    let (before, _) = s.exp_regex("'x'\r*\n").expect("echo");
    assert!(!before.contains("\x1b[1;34m"), "{before:?}");
    assert_eq!(ctrl_d_status(s), 0);
}

#[test]
fn help_describes_objects() {
    let mut s = start("help");
    enter(&mut s, "def area(w, h=2):");
    enter(&mut s, "'Width times height.'");
    enter(&mut s, "return w * h");
    enter(&mut s, "");
    enter(&mut s, "help(area)");
    expect(&mut s, "area(w, h=2)");
    expect(&mut s, "Width times height.");
    enter(&mut s, "help");
    expect(&mut s, "help(object)");
    assert_eq!(ctrl_d_status(s), 0);
}

#[test]
fn piped_stdin_runs_as_a_script_without_prompts() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_viv"))
        .env("VIV_HISTORY", history_path("piped"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn viv");
    let script = "x = 6\nx\ndef f():\n    return x * 7\n\nprint(f())\n";
    std::io::Write::write_all(child.stdin.as_mut().expect("stdin"), script.as_bytes()).expect("write");
    drop(child.stdin.take());
    let out = child.wait_with_output().expect("wait");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "42\n");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert!(out.status.success());
}

/// A script in the test's temporary folder.
fn script(test: &str, text: &str) -> PathBuf {
    let path = history_path(test).with_extension("py");
    std::fs::write(&path, text).expect("write script");
    path
}

#[test]
fn inspect_after_a_script_keeps_its_namespace() {
    let path = script("inspect_tty", "answer = 21\n");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_viv"));
    cmd.arg("-i")
        .arg(&path)
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env("VIV_HISTORY", history_path("inspect"));
    let mut s =
        spawn_with_options(cmd, Options::new().timeout_ms(Some(20_000)).strip_ansi_escape_codes(true))
            .expect("spawn");
    let before = s.exp_string(">>> ").expect("prompt");
    // No banner after a script, as CPython.
    assert!(!before.contains("Vivarium"), "{before:?}");
    enter(&mut s, "answer * 2");
    expect(&mut s, "42\n");
    assert_eq!(ctrl_d_status(s), 0);
}

#[test]
fn inspect_with_piped_stdin_prompts_on_stderr() {
    let path = script("inspect_pipe", "answer = 21\n");
    let mut child = Command::new(env!("CARGO_BIN_EXE_viv"))
        .arg("-i")
        .arg(&path)
        .env("VIV_HISTORY", history_path("inspect_pipe"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn viv");
    let input = "answer * 2\nfor i in range(2):\n    print(i)\n";
    std::io::Write::write_all(child.stdin.as_mut().expect("stdin"), input.as_bytes()).expect("write");
    drop(child.stdin.take());
    let out = child.wait_with_output().expect("wait");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "42\n0\n1\n");
    assert_eq!(String::from_utf8_lossy(&out.stderr), ">>> >>> ... ... \n");
    assert!(out.status.success());
}
