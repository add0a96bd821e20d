//! The differential suite: every program in `tests/conformance/` runs under `viv` and must
//! match the output recorded from CPython (`tests/conformance/regen.py` records it).
//!
//! `tests/conformance/KNOWN_FAILURES` lists programs that don't pass yet, one path per line
//! (relative to `tests/conformance/`, with a `# reason`). It is a ratchet, not a skip list: a
//! listed program that starts passing fails this test until it is removed from the list, and
//! an unlisted failure fails it too.

#[path = "support/runner.rs"]
mod runner;

use std::collections::BTreeSet;
use std::path::Path;

#[test]
fn conformance_programs_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance");
    let progs = runner::programs(&dir);
    if progs.is_empty() {
        panic!("no conformance programs found in {}", dir.display());
    }
    let known: BTreeSet<String> = std::fs::read_to_string(dir.join("KNOWN_FAILURES"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let failures = runner::run_all(env!("CARGO_BIN_EXE_viv"), &progs);
    let rel = |p: &Path| p.strip_prefix(&dir).unwrap_or(p).display().to_string();
    let failed: BTreeSet<String> = failures.iter().map(|(p, _)| rel(p)).collect();
    let unexpected: Vec<String> = failures
        .iter()
        .filter(|(p, _)| !known.contains(&rel(p)))
        .map(|(p, e)| format!("--- {}\n{e}", rel(p)))
        .collect();
    let fixed: Vec<&String> = known.iter().filter(|k| !failed.contains(*k)).collect();
    eprintln!(
        "conformance: {} programs, {} pass, {} known failures",
        progs.len(),
        progs.len() - failures.len(),
        known.len()
    );
    assert!(unexpected.is_empty(), "{} unexpected failures:\n{}", unexpected.len(), unexpected.join("\n"));
    assert!(fixed.is_empty(), "these now pass; remove them from KNOWN_FAILURES: {fixed:?}");
}
