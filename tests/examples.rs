//! The example scripts in `examples/` are what a new user runs first: each `.py` that has an
//! `.out` beside it must print exactly that (recorded from CPython), so the README's first
//! command never shows a broken program.

#[path = "support/runner.rs"]
mod runner;

use std::path::Path;

#[test]
fn example_scripts_print_their_recorded_output() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let progs = runner::programs(&dir);
    assert!(progs.len() >= 3, "expected the realistic examples in {}", dir.display());
    let failures = runner::run_all(env!("CARGO_BIN_EXE_viv"), &progs);
    let report: Vec<String> = failures.iter().map(|(p, e)| format!("--- {}\n{e}", p.display())).collect();
    assert!(
        failures.is_empty(),
        "{} of {} examples failed:\n{}",
        failures.len(),
        progs.len(),
        report.join("\n")
    );
}
