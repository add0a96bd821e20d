//! Golden programs in `tests/golden/`: each `.py` runs under `viv` and must print exactly its
//! `.out` (and, with an `.err` file, end with that error line and exit status). Expectations
//! come from CPython 3.14 where behaviour agrees, or from DESIGN.md's behaviour table.

#[path = "support/runner.rs"]
mod runner;

use std::path::Path;

#[test]
fn golden_programs_match_their_expected_output() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let progs = runner::programs(&dir);
    assert!(!progs.is_empty(), "no golden programs found in {}", dir.display());
    let failures = runner::run_all(env!("CARGO_BIN_EXE_viv"), &progs);
    let report: Vec<String> = failures.iter().map(|(p, e)| format!("--- {}\n{e}", p.display())).collect();
    assert!(
        failures.is_empty(),
        "{} of {} golden programs failed:\n{}",
        failures.len(),
        progs.len(),
        report.join("\n")
    );
}
