//! The checks of the Python-written standard library (`tests/stdlib/check_*.py`) under `viv`:
//! each must print exactly its `expected/*.out` (stdout and stderr together, as
//! `run_under_viv.sh` compares them). The same expectations are verified under CPython by
//! `run_under_cpython.py`.

use std::path::Path;
use std::process::Command;

#[test]
fn stdlib_checks_print_their_expected_output() {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/stdlib/run_under_viv.sh");
    let out = Command::new("bash")
        .arg(&script)
        .arg(env!("CARGO_BIN_EXE_viv"))
        .env("NO_COLOR", "1")
        .output()
        .expect("run run_under_viv.sh");
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(report.contains(" checks, 0 failed"), "stdlib checks failed:\n{report}");
    assert!(out.status.success(), "run_under_viv.sh exited with {}:\n{report}", out.status);
}
