//! Disassembly tests: golden listings in `tests/dis/` (`NAME.py` compiled as file `NAME.py`,
//! expected listing in `NAME.dis`; regenerate with `VIV_BLESS=1 cargo test --test
//! compiler_dis`), and listings that must be identical to CPython 3.14's `dis.dis` output
//! (from `shared/reference/cpython-3.14-seed-examples.md`).

use std::path::Path;
use vivarium::bytecode::dis::{disassemble, disassemble_code_object, find_code};
use vivarium::bytecode::verify::verify_unit;
use vivarium::compiler::{compile, Mode};

#[test]
fn golden_listings() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/dis");
    let bless = std::env::var("VIV_BLESS").is_ok_and(|v| v == "1");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/dis exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    names.sort();
    assert!(!names.is_empty());
    let mut failures = Vec::new();
    for py in names {
        let source = std::fs::read_to_string(&py).unwrap();
        let filename = py.file_name().unwrap().to_string_lossy().to_string();
        let unit = compile(&source, &filename, Mode::Exec).unwrap_or_else(|e| panic!("{filename}: {e:?}"));
        verify_unit(&unit).unwrap_or_else(|e| panic!("{filename}: {e}"));
        let listing = disassemble(&unit);
        let expected_path = py.with_extension("dis");
        if bless {
            std::fs::write(&expected_path, &listing).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != listing {
            failures.push(format!(
                "{filename}: listing differs (VIV_BLESS=1 to regenerate)\n{}",
                diff(&expected, &listing)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

fn diff(expected: &str, got: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    for i in 0..e.len().max(g.len()) {
        if e.get(i) != g.get(i) {
            return format!(
                "first difference at line {}:\n  expected: {:?}\n  got:      {:?}",
                i + 1,
                e.get(i),
                g.get(i)
            );
        }
    }
    String::new()
}

/// The listing of code object `name` in `source`, as `dis.dis(name)` prints it.
fn listing_of(source: &str, name: &str) -> String {
    let unit = compile(source, "x.py", Mode::Exec).unwrap();
    verify_unit(&unit).unwrap();
    let code = find_code(&unit, name).unwrap_or_else(|| panic!("no code object {name}"));
    disassemble_code_object(&unit, code)
}

#[test]
fn seed_ex03_module_listing_is_cpythons() {
    let src = "\nimport sys\na = int(\"99999\")\nprint(\"sys.getrefcount(a):\", sys.getrefcount(a))\n";
    let unit = compile(src, "<module>", Mode::Exec).unwrap();
    let expected = "  0           RESUME                   0

  2           LOAD_SMALL_INT           0
              LOAD_CONST               1 (None)
              IMPORT_NAME              0 (sys)
              STORE_NAME               0 (sys)

  3           LOAD_NAME                1 (int)
              PUSH_NULL
              LOAD_CONST               2 ('99999')
              CALL                     1
              STORE_NAME               2 (a)

  4           LOAD_NAME                3 (print)
              PUSH_NULL
              LOAD_CONST               3 ('sys.getrefcount(a):')
              LOAD_NAME                0 (sys)
              LOAD_ATTR                8 (getrefcount)
              PUSH_NULL
              LOAD_NAME                2 (a)
              CALL                     1
              CALL                     2
              POP_TOP
              LOAD_CONST               1 (None)
              RETURN_VALUE
";
    assert_eq!(disassemble(&unit), expected);
}

#[test]
fn seed_ex04_test1_listing_is_cpythons() {
    let src = "# seed 000: dis.dis(test1)\nimport dis, sys\ndef test1():\n    a = int(\"99999\")\n    print(\"id(a):\", id(a))\n    print(\"sys.getrefcount(a):\", sys.getrefcount(a))\ndis.dis(test1)\n";
    let expected = "  3           RESUME                   0

  4           LOAD_GLOBAL              1 (int + NULL)
              LOAD_CONST               0 ('99999')
              CALL                     1
              STORE_FAST               0 (a)

  5           LOAD_GLOBAL              3 (print + NULL)
              LOAD_CONST               1 ('id(a):')
              LOAD_GLOBAL              5 (id + NULL)
              LOAD_FAST_BORROW         0 (a)
              CALL                     1
              CALL                     2
              POP_TOP

  6           LOAD_GLOBAL              3 (print + NULL)
              LOAD_CONST               2 ('sys.getrefcount(a):')
              LOAD_GLOBAL              6 (sys)
              LOAD_ATTR                8 (getrefcount)
              PUSH_NULL
              LOAD_FAST_BORROW         0 (a)
              CALL                     1
              CALL                     2
              POP_TOP
              LOAD_CONST               3 (None)
              RETURN_VALUE
";
    assert_eq!(listing_of(src, "test1"), expected);
}

#[test]
fn seed_ex18_call_local_listing_is_cpythons() {
    let src = "# dis of a small function passing a local to a call (LOAD_FAST_BORROW in 3.14)\nimport dis\ndef f(x):\n    y = [x]\n    g = len\n    return g(y) + len(x)\ndis.dis(f)\n";
    let expected = "  3           RESUME                   0

  4           LOAD_FAST_BORROW         0 (x)
              BUILD_LIST               1
              STORE_FAST               1 (y)

  5           LOAD_GLOBAL              0 (len)
              STORE_FAST               2 (g)

  6           LOAD_FAST_BORROW         2 (g)
              PUSH_NULL
              LOAD_FAST_BORROW         1 (y)
              CALL                     1
              LOAD_GLOBAL              1 (len + NULL)
              LOAD_FAST_BORROW         0 (x)
              CALL                     1
              BINARY_OP                0 (+)
              RETURN_VALUE
";
    assert_eq!(listing_of(src, "f"), expected);
}

#[test]
fn reference_obj_n_listing_is_cpythons() {
    let src = "import dis\ndef f(obj):\n    n = len(obj)\n    print(obj, n)\n    return n\ndis.dis(f)";
    let expected = "  2           RESUME                   0

  3           LOAD_GLOBAL              1 (len + NULL)
              LOAD_FAST_BORROW         0 (obj)
              CALL                     1
              STORE_FAST               1 (n)

  4           LOAD_GLOBAL              3 (print + NULL)
              LOAD_FAST_BORROW_LOAD_FAST_BORROW 1 (obj, n)
              CALL                     2
              POP_TOP

  5           LOAD_FAST_BORROW         1 (n)
              RETURN_VALUE
";
    assert_eq!(listing_of(src, "f"), expected);
}

#[test]
fn issue_example_borrows_the_argument_of_getrefcount() {
    let src = "def test1():\n    a = int(\"99999\")\n    print(sys.getrefcount(a))\n";
    let listing = listing_of(src, "test1");
    assert!(listing.contains("LOAD_FAST_BORROW         0 (a)"), "{listing}");
}
