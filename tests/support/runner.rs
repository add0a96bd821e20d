//! Runs `.py` programs under `viv` and compares them with their recorded expectations:
//! `name.out` is the exact expected stdout; `name.err`, if present, holds the expected last line
//! of stderr and an `exit: N` line (otherwise the program must exit 0). Programs run two at a
//! time, each in its own process.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Every `.py` file under `dir` (recursively), sorted.
pub fn programs(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else { continue };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "py") && p.with_extension("out").exists() {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Runs one program; `Err` describes how it differs from its expectation.
pub fn check(viv: &str, prog: &Path) -> Result<(), String> {
    let expected_out = std::fs::read_to_string(prog.with_extension("out")).unwrap_or_default();
    let err_file = prog.with_extension("err");
    let (expected_err, expected_exit) = match std::fs::read_to_string(&err_file) {
        Ok(t) => {
            let mut last = String::new();
            let mut code = 1;
            for line in t.lines() {
                if let Some(c) = line.strip_prefix("exit: ") {
                    code = c.trim().parse().unwrap_or(1);
                } else if !line.is_empty() {
                    last = line.to_string();
                }
            }
            (Some(last), code)
        }
        Err(_) => (None, 0),
    };
    let dir = prog.parent().unwrap_or(Path::new("."));
    let mut child = Command::new(viv)
        .arg(prog.file_name().expect("file name"))
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run viv: {e}"))?;
    let start = Instant::now();
    let limit = Duration::from_secs(60);
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if start.elapsed() > limit => {
                let _ = child.kill();
                return Err("timed out after 60 s".into());
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("wait failed: {e}")),
        }
    }
    let out = child.wait_with_output().map_err(|e| format!("output: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let code = out.status.code().unwrap_or(-1);
    let mut problems = Vec::new();
    if stdout != expected_out {
        problems.push(format!("stdout differs:\n{}", diff(&expected_out, &stdout)));
    }
    if code != expected_exit {
        let tail: Vec<&str> = stderr.lines().rev().take(6).collect::<Vec<_>>().into_iter().rev().collect();
        problems
            .push(format!("exit status {code}, expected {expected_exit}; stderr ends:\n{}", tail.join("\n")));
    }
    if let Some(e) = expected_err {
        let last = stderr.lines().rev().find(|l| !l.is_empty()).unwrap_or("");
        if last != e {
            problems.push(format!("last stderr line\n  got:      {last}\n  expected: {e}"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// A short line diff: the first few differing lines.
fn diff(expected: &str, got: &str) -> String {
    let (e, g): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), got.lines().collect());
    let mut out = String::new();
    let mut shown = 0;
    for i in 0..e.len().max(g.len()) {
        let (a, b) = (e.get(i).copied(), g.get(i).copied());
        if a != b {
            out.push_str(&format!(
                "  line {}:\n    expected: {}\n    got:      {}\n",
                i + 1,
                a.unwrap_or("<none>"),
                b.unwrap_or("<none>")
            ));
            shown += 1;
            if shown == 5 {
                break;
            }
        }
    }
    out
}

/// Runs all programs (two threads) and returns the failures as (program, description).
pub fn run_all(viv: &str, progs: &[PathBuf]) -> Vec<(PathBuf, String)> {
    let next = Mutex::new(0usize);
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let i = {
                    let mut n = next.lock().expect("lock");
                    let i = *n;
                    *n += 1;
                    i
                };
                let Some(p) = progs.get(i) else { break };
                if let Err(e) = check(viv, p) {
                    failures.lock().expect("lock").push((p.clone(), e));
                }
            });
        }
    });
    let mut f = failures.into_inner().expect("lock");
    f.sort();
    f
}
