//! No input makes the compiler panic or produce bad bytecode: mutants of the repository's
//! Python files (lines deleted, duplicated or swapped) that still parse are compiled and the
//! result verified. Compile errors are fine; panics and verifier failures are not.

use std::path::{Path, PathBuf};
use vivarium::bytecode::verify::verify_unit;
use vivarium::compiler::{compile, Mode};
use vivarium::syntax::parse_module;

fn python_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            python_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

/// A small deterministic generator (xorshift) so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 16) as usize
    }
}

#[test]
fn mutated_programs_never_panic_or_miscompile() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for sub in ["stdlib", "tests"] {
        python_files(&root.join(sub), &mut files);
    }
    files.sort();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut tried = 0;
    let mut failures = Vec::new();
    for f in &files {
        let source = std::fs::read_to_string(f).unwrap();
        let lines: Vec<&str> = source.lines().collect();
        if lines.len() < 2 {
            continue;
        }
        for _ in 0..40 {
            let mut m: Vec<&str> = lines.clone();
            for _ in 0..1 + rng.next() % 3 {
                let i = rng.next() % m.len();
                let j = rng.next() % m.len();
                match rng.next() % 3 {
                    0 => {
                        m.remove(i);
                        if m.is_empty() {
                            break;
                        }
                    }
                    1 => m.insert(j, m[i]),
                    _ => m.swap(i, j),
                }
            }
            let text = m.join("\n");
            if parse_module(&text).is_err() {
                continue;
            }
            tried += 1;
            let result = std::panic::catch_unwind(|| compile(&text, "m.py", Mode::Exec));
            match result {
                Err(_) => failures.push(format!("panic compiling a mutant of {}:\n{text}", f.display())),
                Ok(Ok(unit)) => {
                    if let Err(e) = verify_unit(&unit) {
                        failures.push(format!("{e} in a mutant of {}:\n{text}", f.display()));
                    }
                }
                Ok(Err(_)) => {}
            }
            if failures.len() > 3 {
                break;
            }
        }
    }
    assert!(tried > 100, "only {tried} mutants parsed");
    assert!(failures.is_empty(), "{}", failures.join("\n\n----\n\n"));
}
