//! The borrow pass: which `LOAD_FAST`s become `LOAD_FAST_BORROW` (CPython 3.14's
//! `optimize_load_fast` decisions), shown on small functions.

use vivarium::bytecode::dis::{disassemble_code_object, find_code};
use vivarium::compiler::{compile, Mode};

/// The instructions of function `name` as "OPNAME (argrepr)" strings, without numbers.
fn instrs(src: &str, name: &str) -> Vec<String> {
    let unit = compile(src, "t.py", Mode::Exec).unwrap();
    vivarium::bytecode::verify::verify_unit(&unit).unwrap();
    let listing = disassemble_code_object(&unit, find_code(&unit, name).unwrap());
    listing
        .lines()
        .take_while(|l| !l.starts_with("ExceptionTable"))
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let tokens: Vec<&str> = l.split_whitespace().collect();
            let op = tokens
                .iter()
                .find(|t| {
                    t.chars().all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit()) && t.len() > 2
                })
                .copied()
                .unwrap_or("?");
            match (l.find('('), l.rfind(')')) {
                (Some(a), Some(b)) if a < b => format!("{op} ({})", &l[a + 1..b]),
                _ => op.to_string(),
            }
        })
        .collect()
}

fn loads_of(src: &str, name: &str, local: &str) -> Vec<String> {
    instrs(src, name)
        .into_iter()
        .filter(|i| {
            i.starts_with("LOAD_FAST") && i.contains(&format!("({local}"))
                || i.contains(&format!(", {local})"))
        })
        .collect()
}

#[test]
fn a_local_consumed_by_a_call_is_borrowed() {
    assert_eq!(loads_of("def f(a):\n    return len(a)\n", "f", "a"), ["LOAD_FAST_BORROW (a)"]);
}

#[test]
fn a_load_still_on_the_stack_when_its_local_is_reassigned_stays_strong() {
    // `a` is pushed for the tuple, then rebound by the walrus before BUILD_TUPLE consumes it.
    let i = instrs("def f(a):\n    return a, (a := 2)\n", "f");
    assert_eq!(i[1], "LOAD_FAST (a)", "{i:?}");
    // Without the rebinding the same load borrows.
    assert_eq!(instrs("def f(a):\n    return a, 2\n", "f")[1], "LOAD_FAST_BORROW (a)");
}

#[test]
fn a_load_still_on_the_stack_when_its_local_is_cleared_stays_strong() {
    // The comprehension variable `x` shadows the parameter: LOAD_FAST_AND_CLEAR x runs while
    // the outer x (the iterable) is still on the stack.
    let i = instrs("def f(x):\n    return [x for x in x]\n", "f");
    assert_eq!(i[1], "LOAD_FAST (x)", "{i:?}");
    assert_eq!(i[2], "LOAD_FAST_AND_CLEAR (x)", "{i:?}");
    let i = instrs("def f(xs):\n    return [x for x in xs]\n", "f");
    assert_eq!(i[1], "LOAD_FAST_BORROW (xs)", "{i:?}");
}

#[test]
fn a_load_stored_into_another_local_stays_strong() {
    let i = instrs("def f(a):\n    b = a\n    return b\n", "f");
    assert_eq!(i[1..3], ["LOAD_FAST (a)".to_string(), "STORE_FAST (b)".to_string()], "{i:?}");
    // A swap through a tuple: both loads end up stored, so the pair stays strong.
    let i = instrs("def f(a, b):\n    a, b = b, a\n    return a\n", "f");
    assert!(i.contains(&"LOAD_FAST_LOAD_FAST (b, a)".to_string()), "{i:?}");
}

#[test]
fn a_load_left_on_the_stack_at_the_end_of_a_block_stays_strong() {
    // CPython 3.14's listing for this function (gh-133672), without NOT_TAKEN.
    let i = instrs("def f(x, y, c):\n    return 1 + (x if c else y)\n", "f");
    assert_eq!(
        i,
        [
            "RESUME",
            "LOAD_SMALL_INT",
            "LOAD_FAST_BORROW (c)",
            "TO_BOOL",
            "POP_JUMP_IF_FALSE (to L1)",
            "LOAD_FAST_BORROW (x)",
            "BINARY_OP (+)",
            "RETURN_VALUE",
            "LOAD_FAST (y)",
            "BINARY_OP (+)",
            "RETURN_VALUE",
        ]
    );
    // gh-145629: the same shape from a conditional expression in a return.
    let i = instrs("def f(a, b):\n    return a if a < b else b\n", "f");
    assert_eq!(i[1], "LOAD_FAST_BORROW_LOAD_FAST_BORROW (a, b)");
    assert_eq!(i[4], "LOAD_FAST_BORROW (a)");
    assert_eq!(i[6], "LOAD_FAST (b)");
}

#[test]
fn pairs_fuse_into_borrowed_and_strong_superinstructions() {
    let i = instrs("def f(obj):\n    n = len(obj)\n    print(obj, n)\n    return n\n", "f");
    assert!(i.contains(&"LOAD_FAST_BORROW_LOAD_FAST_BORROW (obj, n)".to_string()), "{i:?}");
}

#[test]
fn iterables_method_owners_and_returns_borrow() {
    let i = instrs("def f(a):\n    for x in a:\n        x.m()\n    return a\n", "f");
    assert_eq!(
        loads_of("def f(a):\n    for x in a:\n        x.m()\n    return a\n", "f", "a"),
        ["LOAD_FAST_BORROW (a)"; 2]
    );
    assert!(i.contains(&"LOAD_FAST_BORROW (x)".to_string()), "{i:?}");
}

#[test]
fn exception_handlers_keep_strong_loads() {
    // Handlers are reached only through the exception table, which the pass does not follow.
    let src = "def f(a):\n    try:\n        g()\n    except E:\n        print(a)\n";
    assert_eq!(loads_of(src, "f", "a"), ["LOAD_FAST (a)"]);
}

#[test]
fn an_empty_block_ends_the_walk_as_in_cpython_3_14() {
    // gh-138250 (fixed after 3.14): an empty block after the try body stops the pass, so the
    // pair after it stays strong in 3.14.
    let src = "def x(tz_str):\n    try:\n        start, end = 1, 2\n    except ValueError as e:\n        raise Exception()\n\n    return f(start, end)\n";
    let i = instrs(src, "x");
    assert!(i.contains(&"LOAD_FAST_LOAD_FAST (start, end)".to_string()), "{i:?}");
}

#[test]
fn module_level_code_uses_load_name() {
    let unit = compile("a = 1\nprint(a)\n", "t.py", Mode::Exec).unwrap();
    let listing = vivarium::bytecode::dis::disassemble(&unit);
    assert!(
        listing.contains("LOAD_NAME                0 (a)") && !listing.contains("LOAD_FAST"),
        "{listing}"
    );
}
