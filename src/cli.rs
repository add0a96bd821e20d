//! The `viv` command line: run a script, `-c` code, a module (`-m`), disassemble (`--dis`), or
//! start the REPL.

use crate::object::{dict, module, str as pystr, Obj};
use crate::vm::Vm;
use std::io::{IsTerminal, Read};

const USAGE: &str = "usage: viv [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
  -c cmd     program passed in as string (terminates option list)
  -m mod     run library module as a script (terminates option list)
  -i         inspect interactively after running script
  --dis file print the bytecode of every code object in file
  -h, --help print this help message and exit
  --version  print the Vivarium version and exit
file         program read from script file
-            program read from stdin (default; interactive mode if a tty)
arg ...      arguments passed to program in sys.argv[1:]
";

/// What the command line asks for.
enum Action {
    Script { path: String, args: Vec<String>, inspect: bool },
    Command { code: String, args: Vec<String> },
    Module { name: String, args: Vec<String> },
    Dis(String),
    Stdin { args: Vec<String> },
    Repl,
}

fn parse_args(argv: &[String]) -> Result<Action, (String, i32)> {
    let mut inspect = false;
    let mut i = 1;
    while i < argv.len() {
        let a = argv[i].as_str();
        match a {
            "-h" | "--help" => return Err((USAGE.to_string(), 0)),
            "--version" | "-V" => {
                return Err((format!("Vivarium {} (Python 3.14 subset)\n", env!("CARGO_PKG_VERSION")), 0))
            }
            "-i" => inspect = true,
            "-c" => {
                let code = argv
                    .get(i + 1)
                    .ok_or_else(|| ("Argument expected for the -c option\n".to_string(), 2))?;
                let mut args = vec!["-c".to_string()];
                args.extend_from_slice(&argv[i + 2..]);
                return Ok(Action::Command { code: code.clone(), args });
            }
            "-m" => {
                let name = argv
                    .get(i + 1)
                    .ok_or_else(|| ("Argument expected for the -m option\n".to_string(), 2))?;
                let mut args = vec![name.clone()];
                args.extend_from_slice(&argv[i + 2..]);
                return Ok(Action::Module { name: name.clone(), args });
            }
            "--dis" => {
                let f = argv
                    .get(i + 1)
                    .ok_or_else(|| ("Argument expected for the --dis option\n".to_string(), 2))?;
                return Ok(Action::Dis(f.clone()));
            }
            "-" => return Ok(Action::Stdin { args: argv[i..].to_vec() }),
            s if s.starts_with('-') && s.len() > 1 => {
                return Err((format!("Unknown option: {s}\n{USAGE}"), 2));
            }
            _ => {
                return Ok(Action::Script { path: a.to_string(), args: argv[i..].to_vec(), inspect });
            }
        }
        i += 1;
    }
    if std::io::stdin().is_terminal() {
        Ok(Action::Repl)
    } else {
        Ok(Action::Stdin { args: vec![String::new()] })
    }
}

/// Entry point: runs on a thread with a large stack so deep native recursion ends in
/// RecursionError, never a stack overflow.
pub fn main() -> i32 {
    let argv: Vec<String> = std::env::args().collect();
    let worker = std::thread::Builder::new().stack_size(1 << 30).spawn(move || run(argv));
    let code = match worker {
        Ok(h) => h.join().unwrap_or_else(|_| {
            eprintln!("viv: internal error (a Rust panic); please report it");
            70
        }),
        Err(e) => {
            eprintln!("viv: cannot start the interpreter thread: {e}");
            70
        }
    };
    crate::modules::io::flush_all();
    code
}

fn run(argv: Vec<String>) -> i32 {
    if std::env::var("PYTHONMALLOCSTATS").is_ok_and(|v| !v.is_empty()) {
        crate::memory::obmalloc::set_print_on_new_arena(true);
    }
    let action = match parse_args(&argv) {
        Ok(a) => a,
        Err((msg, code)) => {
            if code == 0 {
                print!("{msg}");
            } else {
                eprint!("{msg}");
            }
            return code;
        }
    };
    let code = match action {
        Action::Script { path, args, inspect } => {
            let source = match read_source(&path) {
                Ok(s) => s,
                Err(e) => {
                    eprintln!(
                        "viv: can't open file {}: [Errno {}] {}",
                        pystr::repr_str(&path),
                        e.raw_os_error().unwrap_or(2),
                        io_msg(&e)
                    );
                    return 2;
                }
            };
            let dir =
                std::path::Path::new(&path).parent().map(|p| p.display().to_string()).unwrap_or_default();
            let mut vm = new_vm(args, Some(if dir.is_empty() { ".".to_string() } else { dir }));
            let code = run_main(&mut vm, &source, &path, true);
            if inspect {
                let status = crate::repl::inspect(&mut vm);
                return finish(&mut vm, status);
            }
            finish(&mut vm, code)
        }
        Action::Command { code, args } => {
            let mut vm = new_vm(args, None);
            let c = run_main(&mut vm, &code, "<string>", false);
            finish(&mut vm, c)
        }
        Action::Module { name, args } => {
            let mut vm = new_vm(args, None);
            let c = run_module(&mut vm, &name);
            finish(&mut vm, c)
        }
        Action::Dis(path) => disassemble(&path),
        Action::Stdin { args } => {
            let mut source = String::new();
            if std::io::stdin().read_to_string(&mut source).is_err() {
                eprintln!("viv: can't read standard input");
                return 2;
            }
            let mut vm = new_vm(args, None);
            let c = run_main(&mut vm, &source, "<stdin>", true);
            finish(&mut vm, c)
        }
        Action::Repl => {
            let mut vm = new_vm(vec![String::new()], None);
            let status = crate::repl::run(&mut vm);
            finish(&mut vm, status)
        }
    };
    code
}

fn io_msg(e: &std::io::Error) -> String {
    let s = e.to_string();
    s.split(" (os error").next().unwrap_or(&s).to_string()
}

fn read_source(path: &str) -> std::io::Result<String> {
    let bytes = std::fs::read(path)?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn new_vm(args: Vec<String>, script_dir: Option<String>) -> Vm {
    let mut vm = Vm::new(args);
    if let Some(d) = script_dir {
        vm.script_dir = Some(d.clone());
        let sys = vm.sys.clone();
        if let Ok(Some(p)) = crate::object::protocol::get_attr_opt(&mut vm, &sys, "path") {
            if let Some(l) = crate::object::list::as_list(&p) {
                let _ = l.replace(0, pystr::new_str(&d));
            }
        }
    }
    vm
}

/// The `__main__` module's namespace.
fn main_module(vm: &mut Vm, filename: &str) -> Obj {
    let m = module::new_module("__main__").expect("startup");
    let d = module::module_dict(&m);
    let dd = dict::as_dict(&d).expect("dict");
    dd.set_by_str("__builtins__", vm.builtins_module.clone());
    if !filename.starts_with('<') {
        dd.set_by_str("__file__", pystr::new_str(filename));
    }
    dict::as_dict(&vm.modules).expect("dict").set_by_str("__main__", m.clone());
    d
}

/// Compiles and runs a main program; returns the exit status.
pub fn run_main(vm: &mut Vm, source: &str, filename: &str, keep_arena: bool) -> i32 {
    if let Err(e) = crate::syntax::parse_module(source) {
        print_syntax_error(&e, filename, source);
        return 1;
    }
    let code = match vm.compile(source, filename, crate::compiler::Mode::Exec, keep_arena) {
        Ok(c) => c,
        Err(e) => return vm.handle_uncaught(e),
    };
    let globals = main_module(vm, filename);
    let r = vm.run_code(&code, &globals, Some(&globals), None);
    // The parser arena lives until the main module's code returns.
    vm.main_arena.clear();
    let status = match r {
        Ok(_) => 0,
        Err(e) => vm.handle_uncaught(e),
    };
    crate::memory::finalize::run_queued(vm);
    status
}

fn run_module(vm: &mut Vm, name: &str) -> i32 {
    let source = match crate::vm::import::embedded_source(name) {
        Some((s, _)) => s.to_string(),
        None => match std::fs::read_to_string(format!("{name}.py")) {
            Ok(s) => s,
            Err(_) => {
                eprintln!("viv: No module named {name}");
                return 1;
            }
        },
    };
    run_main(vm, &source, &format!("<frozen {name}>"), false)
}

fn print_syntax_error(e: &crate::syntax::SyntaxError, filename: &str, source: &str) {
    crate::modules::io::flush_all();
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let text = if color {
        crate::diag::render_syntax_error(e, filename, source, true)
    } else {
        crate::diag::render_syntax_error_plain(e, filename, source)
    };
    crate::modules::io::write_stderr_raw(&text);
    if !text.ends_with('\n') {
        crate::modules::io::write_stderr_raw("\n");
    }
}

fn disassemble(path: &str) -> i32 {
    let source = match read_source(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("viv: can't open file {}: {}", pystr::repr_str(path), io_msg(&e));
            return 2;
        }
    };
    match crate::compiler::compile(&source, path, crate::compiler::Mode::Exec) {
        Ok(unit) => {
            print!("{}", crate::bytecode::dis::disassemble(&unit));
            0
        }
        Err(e) => {
            print_syntax_error(&e, path, &source);
            1
        }
    }
}

/// Runs pending finalizers, flushes output and prints allocator statistics if asked.
fn finish(vm: &mut Vm, code: i32) -> i32 {
    let code = run_atexit_callbacks(vm).unwrap_or(code);
    crate::memory::finalize::run_queued(vm);
    crate::modules::io::flush_stdout(vm);
    if crate::memory::obmalloc::print_on_new_arena() {
        crate::modules::io::write_stderr_raw(&crate::memory::obmalloc::debug_malloc_stats());
    }
    code
}

/// Runs the functions registered with `atexit` (if the module was imported), last registered
/// first. A `SystemExit` raised by one of them sets the exit status, as in CPython.
fn run_atexit_callbacks(vm: &mut Vm) -> Option<i32> {
    let atexit = dict::as_dict(&vm.modules).expect("dict").get_by_str("atexit")?;
    let run = crate::object::protocol::get_attr_opt(vm, &atexit, "_run_exitfuncs").ok().flatten()?;
    match crate::object::protocol::call(vm, &run, &[], None) {
        Ok(_) => None,
        Err(e) => Some(vm.handle_uncaught(e)),
    }
}
