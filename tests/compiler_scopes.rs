//! Name resolution: locals, explicit and implicit globals, nonlocals, free and cell variables,
//! class bodies and comprehension scopes, as the compiled code shows them.

use vivarium::bytecode::code::{local_kind, CodeData, CompiledUnit};
use vivarium::bytecode::dis::{disassemble_code_object, find_code};
use vivarium::compiler::{compile, Mode};

fn unit(src: &str) -> CompiledUnit {
    let u = compile(src, "t.py", Mode::Exec).unwrap();
    vivarium::bytecode::verify::verify_unit(&u).unwrap();
    u
}

fn listing(u: &CompiledUnit, name: &str) -> String {
    let code = if name == "<module>" { &u.top } else { find_code(u, name).unwrap() };
    disassemble_code_object(u, code)
}

fn names(code: &CodeData, kind: u8) -> Vec<String> {
    code.localsplusnames
        .iter()
        .zip(&code.localspluskinds)
        .filter(|(_, k)| **k & kind != 0)
        .map(|(n, _)| n.clone())
        .collect()
}

#[test]
fn function_locals_and_implicit_globals() {
    let u = unit("def f(a):\n    b = a\n    return b + c\n");
    let f = find_code(&u, "f").unwrap();
    assert_eq!(f.varnames().collect::<Vec<_>>(), ["a", "b"]);
    assert!(f.cellvars().next().is_none() && f.freevars().next().is_none());
    let l = listing(&u, "f");
    assert!(
        l.contains("STORE_FAST               1 (b)") && l.contains("LOAD_GLOBAL              0 (c)"),
        "{l}"
    );
}

#[test]
fn explicit_globals_use_global_instructions() {
    let u = unit("def f():\n    global g\n    g = 1\n    del g\n    return g\n");
    let l = listing(&u, "f");
    assert!(l.contains("STORE_GLOBAL") && l.contains("DELETE_GLOBAL") && l.contains("LOAD_GLOBAL"), "{l}");
    assert!(find_code(&u, "f").unwrap().varnames().next().is_none());
}

#[test]
fn cells_and_free_variables() {
    let src = "def outer(a):\n    b = 1\n    def inner():\n        nonlocal b\n        b = a + b\n    return inner\n";
    let u = unit(src);
    let outer = find_code(&u, "outer").unwrap();
    assert_eq!(names(outer, local_kind::CELL), ["a", "b"]);
    assert_eq!(
        outer.varnames().collect::<Vec<_>>(),
        ["a", "inner"],
        "an argument cell keeps its argument slot"
    );
    let inner = find_code(&u, "inner").unwrap();
    assert_eq!(inner.freevars().collect::<Vec<_>>(), ["a", "b"]);
    let l = listing(&u, "outer");
    assert!(
        l.contains("MAKE_CELL                0 (a)") && l.contains("MAKE_CELL                2 (b)"),
        "{l}"
    );
    assert!(l.contains("STORE_DEREF              2 (b)"), "{l}");
    let l = listing(&u, "inner");
    assert!(l.contains("COPY_FREE_VARS           2") && l.contains("STORE_DEREF              1 (b)"), "{l}");
}

#[test]
fn module_level_names_use_name_instructions() {
    let u = unit("x = 1\ndel x\nprint(x)\n");
    let l = listing(&u, "<module>");
    assert!(l.contains("STORE_NAME") && l.contains("DELETE_NAME") && l.contains("LOAD_NAME"), "{l}");
}

#[test]
fn class_bodies_are_not_visible_in_methods() {
    let src = "class C:\n    x = 1\n    def m(self):\n        return x\n";
    let u = unit(src);
    assert!(listing(&u, "C").contains("STORE_NAME               4 (x)"), "{}", listing(&u, "C"));
    assert!(listing(&u, "m").contains("LOAD_GLOBAL              0 (x)"), "{}", listing(&u, "m"));
}

#[test]
fn super_and_dunder_class_create_the_class_cell() {
    let u = unit("class C:\n    def m(self):\n        return super().m()\n");
    let c = find_code(&u, "C").unwrap();
    assert_eq!(c.cellvars().collect::<Vec<_>>(), ["__class__"]);
    let m = find_code(&u, "m").unwrap();
    assert_eq!(m.freevars().collect::<Vec<_>>(), ["__class__"]);
    assert!(listing(&u, "C").contains("STORE_NAME") && listing(&u, "C").contains("(__classcell__)"));
    let u = unit("class C:\n    def m(self):\n        return 1\n");
    assert!(find_code(&u, "C").unwrap().cellvars().next().is_none());
}

#[test]
fn a_class_body_reads_enclosing_function_variables_through_its_dict_first() {
    let u = unit("def f():\n    x = 1\n    class C:\n        y = x\n    return C\n");
    let l = listing(&u, "C");
    assert!(l.contains("LOAD_LOCALS") && l.contains("LOAD_FROM_DICT_OR_DEREF"), "{l}");
}

#[test]
fn list_comprehensions_are_inlined_and_isolated() {
    let u = unit("def f(xs):\n    x = 0\n    ys = [x * 2 for x in xs]\n    return x, ys\n");
    let l = listing(&u, "f");
    assert!(l.contains("LOAD_FAST_AND_CLEAR      1 (x)") && !l.contains("<listcomp>"), "{l}");
    // The comprehension's x is restored afterwards.
    assert!(l.contains("STORE_FAST               1 (x)"), "{l}");
}

#[test]
fn generator_expressions_are_nested_code_objects() {
    let u = unit("def f(xs):\n    return sum(x for x in xs)\n");
    let g = find_code(&u, "<genexpr>").unwrap();
    assert_eq!(g.varnames().collect::<Vec<_>>(), [".0", "x"]);
    assert_eq!(g.qualname, "f.<locals>.<genexpr>");
    assert_ne!(g.flags & vivarium::bytecode::code::flags::GENERATOR, 0);
}

#[test]
fn comprehensions_in_class_bodies_see_globals_not_the_class() {
    let u = unit("class C:\n    a = 1\n    b = [a for _ in range(3)]\n");
    let l = listing(&u, "C");
    assert!(l.contains("LOAD_GLOBAL") && l.contains("(a)"), "{l}");
    // The comprehension variable is a hidden fast local of the class body.
    let c = find_code(&u, "C").unwrap();
    assert!(c.localsplusnames.contains(&"_".to_string()));
    let i = c.localsplusnames.iter().position(|n| n == "_").unwrap();
    assert_ne!(c.localspluskinds[i] & local_kind::HIDDEN, 0);
}

#[test]
fn lambda_and_closure_in_comprehension_make_cells() {
    let u = unit("def f():\n    return [lambda: x for x in range(3)]\n");
    let f = find_code(&u, "f").unwrap();
    assert_eq!(f.cellvars().collect::<Vec<_>>(), ["x"]);
    let l = listing(&u, "f");
    assert!(l.contains("MAKE_CELL"), "{l}");
}

#[test]
fn walrus_in_comprehension_binds_in_the_function() {
    let u = unit("def f(xs):\n    [y := x for x in xs]\n    return y\n");
    let f = find_code(&u, "f").unwrap();
    assert!(f.varnames().any(|n| n == "y"), "{:?}", f.localsplusnames);
    assert!(listing(&u, "f").contains("STORE_FAST"), "{}", listing(&u, "f"));
}

#[test]
fn private_names_are_mangled_in_classes() {
    let u = unit("class C:\n    __x = 1\n    def m(self):\n        return self.__y\n");
    assert!(listing(&u, "C").contains("(_C__x)"));
    assert!(listing(&u, "m").contains("(_C__y)"));
}

#[test]
fn qualnames_follow_nesting() {
    let u = unit("def f():\n    def g():\n        class C:\n            def m(self): pass\n        return C\n    return g\n");
    assert_eq!(find_code(&u, "g").unwrap().qualname, "f.<locals>.g");
    assert_eq!(find_code(&u, "C").unwrap().qualname, "f.<locals>.g.<locals>.C");
    assert_eq!(find_code(&u, "m").unwrap().qualname, "f.<locals>.g.<locals>.C.m");
    let u = unit("def f():\n    global g\n    def g(): pass\n");
    assert_eq!(find_code(&u, "g").unwrap().qualname, "g");
}
