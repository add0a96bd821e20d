//! Compile-time errors: CPython's message and line for each program (checked against
//! CPython; all of these parse, the compiler rejects them).

use vivarium::compiler::{compile, Mode};
use vivarium::syntax::LineIndex;

/// (source, CPython's message, CPython's line, CPython's 1-based column)
const CASES: &[(&str, &str, u32, u32)] = &[
    ("return 1", "'return' outside function", 1, 1),
    ("class C:\n    return 1", "'return' outside function", 2, 5),
    ("x = 1\nbreak", "'break' outside loop", 2, 1),
    ("for x in y:\n    pass\nelse:\n    break", "'break' outside loop", 4, 5),
    ("continue", "'continue' not properly in loop", 1, 1),
    ("while x:\n    def f():\n        continue", "'continue' not properly in loop", 3, 9),
    ("yield 1", "'yield' outside function", 1, 1),
    ("nonlocal x", "nonlocal declaration not allowed at module level", 1, 1),
    ("def f():\n    nonlocal x", "no binding for nonlocal 'x' found", 2, 5),
    ("def f():\n    x = 1\n    def g():\n        nonlocal y", "no binding for nonlocal 'y' found", 4, 9),
    ("class C:\n    nonlocal x", "no binding for nonlocal 'x' found", 2, 5),
    (
        "def f():\n    class C:\n        x = 1\n        def g(): nonlocal x",
        "no binding for nonlocal 'x' found",
        4,
        18,
    ),
    ("def f(x):\n    global x", "name 'x' is parameter and global", 2, 5),
    ("def f():\n    x = 1\n    global x", "name 'x' is assigned to before global declaration", 3, 5),
    ("def f():\n    x += 1\n    global x", "name 'x' is assigned to before global declaration", 3, 5),
    ("def f():\n    print(x)\n    global x", "name 'x' is used prior to global declaration", 3, 5),
    ("def f(x):\n    nonlocal x", "name 'x' is parameter and nonlocal", 2, 5),
    (
        "def f(x):\n    def g():\n        nonlocal x\n        global x",
        "name 'x' is nonlocal and global",
        3,
        9,
    ),
    ("def f():\n    global x\n    x: int = 1", "annotated name 'x' can't be global", 3, 5),
    ("def f():\n    from os import *", "import * only allowed at module level", 2, 20),
    (
        "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass",
        "default 'except:' must be last",
        3,
        1,
    ),
    ("def f(a, a): pass", "duplicate argument 'a' in function definition", 1, 10),
    ("def f(*, a, a): pass", "duplicate argument 'a' in function definition", 1, 13),
    ("lambda a, a: 1", "duplicate argument 'a' in function definition", 1, 11),
    ("[(yield x) for x in y]", "'yield' inside list comprehension", 1, 3),
    ("[x := 1 for x in y]", "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 2),
    (
        "[y for y in (x := z)]",
        "assignment expression cannot be used in a comprehension iterable expression",
        1,
        14,
    ),
    (
        "class C:\n    [y := 1 for x in z]",
        "assignment expression within a comprehension cannot be used in a class body",
        2,
        6,
    ),
    ("a, *b, *c = d", "multiple starred expressions in assignment", 1, 1),
    (
        "match x:\n    case _:\n        pass\n    case 1:\n        pass",
        "wildcard makes remaining patterns unreachable",
        2,
        10,
    ),
    (
        "match x:\n    case y:\n        pass\n    case 1:\n        pass",
        "name capture 'y' makes remaining patterns unreachable",
        2,
        10,
    ),
    ("match x:\n    case [a, a]:\n        pass", "multiple assignments to name 'a' in pattern", 2, 14),
    ("match x:\n    case [a] | [b]:\n        pass", "alternative patterns bind different names", 2, 10),
    ("match x:\n    case {1: a, 1: b}:\n        pass", "mapping pattern checks duplicate key (1)", 2, 10),
    ("match x:\n    case C(a=1, a=2):\n        pass", "attribute name repeated in class pattern: a", 2, 19),
    ("__debug__ = 1", "cannot assign to __debug__", 1, 1),
    ("del __debug__", "cannot delete __debug__", 1, 5),
];

#[test]
fn compile_errors_match_cpython() {
    let mut failures = Vec::new();
    for &(src, msg, line, col) in CASES {
        match compile(src, "<t>", Mode::Exec) {
            Ok(_) => failures.push(format!("{src:?}: compiled, expected {msg:?}")),
            Err(e) => {
                let idx = LineIndex::new(src);
                let got_line = idx.line(e.span.start);
                let got_col = idx.column(e.span.start) + 1;
                if e.msg != msg || got_line != line {
                    failures.push(format!(
                        "{src:?}: got {:?} at line {got_line}, want {msg:?} at line {line}",
                        e.msg
                    ));
                } else if got_col != col {
                    failures.push(format!("{src:?}: column {got_col}, CPython says {col}"));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let src = format!("x = {}1{}", "-".repeat(5000), "");
    assert!(compile(&src, "<t>", Mode::Exec).is_err());
    let src = format!("x = {}1{}", "[".repeat(1000), "]".repeat(1000));
    assert!(compile(&src, "<t>", Mode::Exec).is_err());
}
