//! The interactive REPL (issue 5): for now, read statements from the terminal line by line and
//! run each as CPython's interactive mode does.

use crate::vm::Vm;
use std::io::{BufRead, Write};

/// Runs the REPL until EOF; returns the exit status.
pub fn run(vm: &mut Vm) -> i32 {
    println!(
        "Vivarium {} — a Python 3.14 subset with CPython's memory machinery.",
        env!("CARGO_PKG_VERSION")
    );
    println!("Type help(object) for help, Ctrl-D to exit.");
    let stdin = std::io::stdin();
    let mut buffer = String::new();
    loop {
        print!("{}", if buffer.is_empty() { ">>> " } else { "... " });
        let _ = std::io::stdout().flush();
        let mut line = String::new();
        match stdin.lock().read_line(&mut line) {
            Ok(0) | Err(_) => {
                println!();
                return 0;
            }
            Ok(_) => {}
        }
        buffer.push_str(&line);
        if crate::syntax::is_incomplete(&buffer) && !line.trim().is_empty() {
            continue;
        }
        let source = std::mem::take(&mut buffer);
        if source.trim().is_empty() {
            continue;
        }
        let code = match vm.compile(&source, "<stdin>", crate::compiler::Mode::Single, false) {
            Ok(c) => c,
            Err(e) => {
                vm.print_exception(&e.into_obj());
                continue;
            }
        };
        let globals = repl_globals(vm);
        if let Err(e) = vm.run_code(&code, &globals, Some(&globals), None) {
            if e.is_instance(&crate::object::exceptions::SYSTEM_EXIT) {
                return vm.handle_uncaught(e);
            }
            vm.print_exception(&e.into_obj());
        }
        crate::memory::finalize::run_queued(vm);
        crate::modules::io::flush_stdout(vm);
    }
}

fn repl_globals(vm: &mut Vm) -> crate::object::Obj {
    use crate::object::{dict, module};
    let modules = dict::as_dict(&vm.modules).expect("dict");
    if let Some(m) = modules.get_by_str("__main__") {
        return module::module_dict(&m);
    }
    let m = module::new_module("__main__").expect("startup");
    let d = module::module_dict(&m);
    dict::as_dict(&d).expect("dict").set_by_str("__builtins__", vm.builtins_module.clone());
    modules.set_by_str("__main__", m);
    d
}
