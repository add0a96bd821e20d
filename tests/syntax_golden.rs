//! Golden parses: each `tests/syntax/ok/*.py` must parse to exactly the tree CPython's `ast`
//! module gives, written in `syntax::dump`'s compact form next to it as `*.ast` (made by
//! `tests/syntax/cpython_dump.py`).

use std::path::Path;

use vivarium::syntax::{dump, parse_module};

#[test]
fn programs_parse_to_cpythons_trees() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax/ok");
    let mut checked = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for path in entries.iter().filter(|p| p.extension().is_some_and(|e| e == "py")) {
        let src = std::fs::read_to_string(path).unwrap();
        let expected = std::fs::read_to_string(path.with_extension("ast")).unwrap();
        let module = parse_module(&src).unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
        let got = dump::dump_module(&module);
        for (i, (g, e)) in got.lines().zip(expected.lines()).enumerate() {
            assert_eq!(g, e, "{} statement {}", path.display(), i + 1);
        }
        assert_eq!(got.lines().count(), expected.lines().count(), "{}", path.display());
        checked += 1;
    }
    assert!(checked >= 5);
}
