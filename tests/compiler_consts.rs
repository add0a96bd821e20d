//! Constants: each code object's `co_consts` (order as CPython 3.14) and the unit-wide pool
//! that merges equal constants of all code objects.

use vivarium::bytecode::code::{CodeData, CompiledUnit, Constant};
use vivarium::bytecode::dis::{constant_repr, find_code};
use vivarium::compiler::{compile, Mode};

fn unit(src: &str) -> CompiledUnit {
    let u = compile(src, "t.py", Mode::Exec).unwrap();
    vivarium::bytecode::verify::verify_unit(&u).unwrap();
    u
}

/// `co_consts` of `code` as Python would print the tuple.
fn co_consts(u: &CompiledUnit, code: &CodeData) -> String {
    let items: Vec<String> = code.consts.iter().map(|&c| constant_repr(u, c)).collect();
    if items.len() == 1 {
        format!("({},)", items[0])
    } else {
        format!("({})", items.join(", "))
    }
}

fn consts_of(src: &str, name: &str) -> String {
    let u = unit(src);
    let code = if name == "<module>" { &u.top } else { find_code(&u, name).unwrap() };
    co_consts(&u, code)
}

#[test]
fn seed_ex03_module_consts() {
    let src = "\nimport sys\na = int(\"99999\")\nprint(\"sys.getrefcount(a):\", sys.getrefcount(a))\n";
    assert_eq!(consts_of(src, "<module>"), "(0, None, '99999', 'sys.getrefcount(a):')");
}

#[test]
fn seed_ex04_test1_consts() {
    let src = "import dis, sys\ndef test1():\n    a = int(\"99999\")\n    print(\"id(a):\", id(a))\n    print(\"sys.getrefcount(a):\", sys.getrefcount(a))\n";
    assert_eq!(consts_of(src, "test1"), "('99999', 'id(a):', 'sys.getrefcount(a):', None)");
}

#[test]
fn seed_ex05_test3_consts() {
    let src = "import sys\ndef test3():\n    a = 99999\n    print(\"sys.getrefcount(a):\", sys.getrefcount(a))\n    print(\"test3.__code__.co_consts:\", test3.__code__.co_consts)\ntest3()\n";
    assert_eq!(consts_of(src, "test3"), "(99999, 'sys.getrefcount(a):', 'test3.__code__.co_consts:', None)");
}

#[test]
fn docstring_is_first_constant_without_none() {
    let src = "def f():\n    \"\"\"Doc.\n\n    More.\n    \"\"\"\n    return 1\n";
    assert_eq!(consts_of(src, "f"), "('Doc.\\n\\nMore.\\n',)");
    let u = unit(src);
    let f = find_code(&u, "f").unwrap();
    assert_ne!(f.flags & vivarium::bytecode::code::flags::HAS_DOCSTRING, 0);
}

#[test]
fn same_literal_in_two_functions_is_one_pool_entry() {
    let src = "def test5():\n    a = 99997\n    return a\ndef test6():\n    a = 99997\n    b = 99997\n    return a, b\n";
    let u = unit(src);
    let t5 = find_code(&u, "test5").unwrap();
    let t6 = find_code(&u, "test6").unwrap();
    let lit5 = t5.consts[0];
    let lit6 = t6.consts[0];
    assert_eq!(lit5, lit6, "both functions reference the same pool entry");
    assert_eq!(u.constants[lit5 as usize], Constant::Int(99997.into()));
    let count = u.constants.iter().filter(|c| **c == Constant::Int(99997.into())).count();
    assert_eq!(count, 1);
    // test6 loads it twice through one co_consts slot
    assert_eq!(t6.consts.iter().filter(|&&c| c == lit6).count(), 1);
}

#[test]
fn one_float_and_true_are_distinct_constants() {
    let src = "a = (1000, 1000.0, True)\nb = 1000\nc = 1000.0\nd = True\ne = -0.0\nf = 0.0\n";
    let u = unit(src);
    let ints = u.constants.iter().filter(|c| matches!(c, Constant::Int(i) if *i == 1000.into())).count();
    let floats = u.constants.iter().filter(|c| matches!(c, Constant::Float(f) if *f == 1000.0)).count();
    let trues = u.constants.iter().filter(|c| matches!(c, Constant::Bool(true))).count();
    let zeros = u.constants.iter().filter(|c| matches!(c, Constant::Float(f) if *f == 0.0)).count();
    assert_eq!((ints, floats, trues, zeros), (1, 1, 1, 2));
}

#[test]
fn equal_tuples_are_one_constant() {
    let src = "def f():\n    return (1, 2)\ndef g():\n    return (1, 2)\nx = (1, 2)\n";
    let u = unit(src);
    let tuple = |code: &CodeData| {
        code.consts.iter().copied().find(|&c| matches!(u.constants[c as usize], Constant::Tuple(_)))
    };
    let f = tuple(find_code(&u, "f").unwrap()).unwrap();
    let g = tuple(find_code(&u, "g").unwrap()).unwrap();
    let m = tuple(&u.top).unwrap();
    assert!(f == g && g == m);
    assert_eq!(constant_repr(&u, f), "(1, 2)");
}

#[test]
fn folding_follows_cpython() {
    assert_eq!(consts_of("def f():\n    return -5\n", "f"), "(5, -5)");
    assert_eq!(consts_of("def f(x):\n    return x in [1, 2]\n", "f"), "(1, (1, 2))");
    assert_eq!(consts_of("def f(x):\n    return x in {1, 2}\n", "f"), "(1, frozenset({1, 2}))");
    // Nested tuples fold inside out; the inner tuple's own slot is dropped as unused.
    assert_eq!(consts_of("def f():\n    return (1, (2, 'a'))\n", "f"), "(1, (1, (2, 'a')))");
    assert_eq!(consts_of("def f():\n    return 2 ** 60\n", "f"), "(2, 1152921504606846976)");
    // Results over 128 bits are left to run time (CPython's MAX_INT_SIZE).
    assert_eq!(consts_of("def f():\n    return 2 ** 100\n", "f"), "(2,)");
    assert_eq!(consts_of("def f():\n    return 1 / 0\n", "f"), "(1,)");
    assert_eq!(consts_of("def f():\n    return 'ab' * 3\n", "f"), "('ab', 'ababab')");
    assert_eq!(consts_of("def f():\n    return 300\n", "f"), "(300,)");
    assert_eq!(consts_of("def f():\n    x = 7\n    return None\n", "f"), "(7, None)");
}

#[test]
fn small_ints_use_load_small_int() {
    let src = "def f():\n    return 255, 256, -1, 0\n";
    let u = unit(src);
    let listing = vivarium::bytecode::dis::disassemble(&u);
    assert!(listing.contains("LOAD_CONST"), "{listing}");
    let f = find_code(&u, "f").unwrap();
    assert_eq!(co_consts(&u, f), "(255, (255, 256, -1, 0))");
}

#[test]
fn constant_slices_and_frozensets_are_pooled() {
    let u = unit("def f(a):\n    return a[1:2], a[::-1], a in {'x', 'y', 'x'}\n");
    let f = find_code(&u, "f").unwrap();
    // `-1` is not a literal in the AST (3.14 folds it in the flowgraph), so `a[::-1]` builds
    // its slice at run time.
    assert_eq!(co_consts(&u, f), "(slice(1, 2, None), None, -1, frozenset({'x', 'y'}))");
}
