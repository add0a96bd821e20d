//! What Vivarium reports on stderr, which the golden runner (stdout plus the last stderr line)
//! cannot see: the allocator table of `sys._debugmallocstats()` and `PYTHONMALLOCSTATS=1`, the
//! collector's `DEBUG_STATS` lines, and the report of an exception ignored in `__del__`.

use std::process::{Command, Output};

fn run(source: &str, env: &[(&str, &str)]) -> Output {
    let dir = std::env::temp_dir().join(format!("viv_stderr_{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path =
        dir.join(format!("prog_{:x}.py", source.len() * 31 + source.bytes().map(usize::from).sum::<usize>()));
    std::fs::write(&path, source).expect("write program");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_viv"));
    cmd.arg(&path).env("NO_COLOR", "1");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run viv");
    let _ = std::fs::remove_file(&path);
    out
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The lines of CPython's allocator table, in order, up to the arena summary.
fn assert_malloc_table(stderr: &str) {
    let expected_in_order = [
        "Small block threshold = 512, in 32 size classes.",
        "class   size   num pools   blocks in use  avail blocks",
        "-----   ----   ---------   -------------  ------------",
        "# arenas allocated total           =",
        "# arenas highwater mark            =",
        "# bytes in allocated blocks        =",
        "# bytes lost to pool headers       =",
        "Total                              =",
        "arena map counts",
    ];
    let mut rest = stderr;
    for line in expected_in_order {
        let at = rest.find(line).unwrap_or_else(|| panic!("missing {line:?} (in order) in:\n{stderr}"));
        rest = &rest[at + line.len()..];
    }
    // A class row: index, size (a multiple of 16), pools, blocks in use, free blocks.
    let row = stderr
        .lines()
        .find(|l| l.trim_start().starts_with("1 "))
        .unwrap_or_else(|| panic!("no row for size class 1 in:\n{stderr}"));
    let cols: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(cols.len(), 5, "class row {row:?}");
    assert_eq!(cols[1], "32", "class 1 holds 32-byte blocks: {row:?}");
}

#[test]
fn debugmallocstats_prints_the_allocator_table_on_stderr() {
    let out = run("import sys\nprint('before')\nsys._debugmallocstats()\nprint('after')\n", &[]);
    assert!(out.status.success());
    assert_eq!(text(&out.stdout), "before\nafter\n", "the table goes to stderr only");
    assert_malloc_table(&text(&out.stderr));
}

#[test]
fn pythonmallocstats_prints_the_table_at_exit() {
    let out = run("x = [str(i) for i in range(10)]\nprint(len(x))\n", &[("PYTHONMALLOCSTATS", "1")]);
    assert!(out.status.success());
    assert_eq!(text(&out.stdout), "10\n");
    let err = text(&out.stderr);
    assert_malloc_table(&err);
    let quiet = run("print(1)\n", &[]);
    assert_eq!(text(&quiet.stderr), "", "no table without PYTHONMALLOCSTATS");
}

#[test]
fn debug_stats_reports_each_collection() {
    let src = "import gc\ngc.set_debug(gc.DEBUG_STATS)\nfor i in range(3):\n    a = []\n    a.append(a)\n    del a\nprint(gc.collect())\ngc.set_debug(0)\n";
    let out = run(src, &[]);
    assert!(out.status.success());
    assert_eq!(text(&out.stdout), "3\n");
    let err = text(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert!(lines.len() >= 4, "DEBUG_STATS output:\n{err}");
    assert_eq!(lines[0], "gc: collecting generation 2...");
    assert!(lines[1].starts_with("gc: objects in each generation: "), "{err}");
    assert_eq!(lines[2], "gc: objects in permanent generation: 0");
    assert!(lines[3].starts_with("gc: done, 3 unreachable, 0 uncollectable, "), "{err}");
    assert!(lines[3].ends_with("s elapsed"), "{err}");
}

#[test]
fn exception_in_del_is_reported_and_ignored() {
    let src = "class A:\n    def __del__(self):\n        1/0\na = A()\ndel a\nprint('after')\n";
    let out = run(src, &[]);
    assert!(out.status.success(), "the program goes on and exits 0");
    assert_eq!(text(&out.stdout), "after\n");
    let err = text(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    // CPython 3.14's wording.
    assert!(
        lines[0].starts_with("Exception ignored while calling deallocator <function A.__del__ at 0x"),
        "{err}"
    );
    assert!(lines[0].ends_with(">:"), "{err}");
    assert_eq!(lines[1], "Traceback (most recent call last):");
    assert!(lines[2].ends_with("line 3, in __del__"), "{err}");
    assert_eq!(lines.last().copied(), Some("ZeroDivisionError: division by zero"));
}

#[test]
fn tracebacks_mark_the_failing_expression_as_cpython_3_13_does() {
    let src = "def inner(d):\n    return d[\"missing\"] + 1\ndef middle(d):\n    x = inner(d)\n    return x\ndef outer():\n    return middle({}) * 2\nprint(outer())\n";
    let out = run(src, &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    let body: Vec<&str> = err.lines().filter(|l| !l.starts_with("  File ")).collect();
    assert_eq!(
        body,
        [
            "Traceback (most recent call last):",
            "    print(outer())",
            "          ~~~~~^^",
            "    return middle({}) * 2",
            "           ~~~~~~^^^^",
            // `x = inner(d)`: the call is the whole value, so no marker line.
            "    x = inner(d)",
            "    return d[\"missing\"] + 1",
            "           ~^^^^^^^^^^^",
            "KeyError: 'missing'",
        ],
        "{err}"
    );
}

#[test]
fn code_from_exec_strings_has_no_source_lines_in_tracebacks() {
    let out = run("exec('x = 1\\ny = x / 0')\n", &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    let at = lines.iter().position(|l| l.starts_with("  File \"<string>\", line 2")).expect(&err);
    // As in CPython: no source to show for a string, so the next line is the error itself.
    assert_eq!(lines[at + 1], "ZeroDivisionError: division by zero", "{err}");
}
