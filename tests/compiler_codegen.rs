//! Code objects as a whole: stack depth, `EXTENDED_ARG`, argument counts and flags, the three
//! compile modes, positions and the exception table.

use vivarium::bytecode::code::{flags, CompiledUnit};
use vivarium::bytecode::dis::{decode, disassemble, disassemble_code_object, find_code};
use vivarium::bytecode::opcode::Opcode;
use vivarium::compiler::{compile, Mode};

fn unit(src: &str) -> CompiledUnit {
    let u = compile(src, "t.py", Mode::Exec).unwrap_or_else(|e| panic!("{e:?}"));
    vivarium::bytecode::verify::verify_unit(&u).unwrap();
    u
}

fn stacksize(src: &str, name: &str) -> u32 {
    find_code(&unit(src), name).unwrap().stacksize
}

#[test]
fn stack_depth_is_the_deepest_path() {
    // a, b, c: three values live at once.
    assert_eq!(stacksize("def f(a, b, c):\n    return a + b * c\n", "f"), 3);
    // callable + NULL + three arguments.
    assert_eq!(stacksize("def f():\n    return g(1, 2, 3)\n", "f"), 5);
    // iterator + next value.
    assert_eq!(stacksize("def f(xs):\n    for x in xs:\n        pass\n", "f"), 2);
    // handler: exception + previous exception + the CHECK_EXC_MATCH operands.
    assert_eq!(stacksize("def f():\n    try:\n        g()\n    except E:\n        pass\n", "f"), 4);
    // nested call: f(g(h(1)))
    assert_eq!(stacksize("def f():\n    return a(b(c(1)))\n", "f"), 7);
}

#[test]
fn many_constants_need_extended_args() {
    let body: String = (0..300).map(|i| format!("    x = {}\n", 1000 + i)).collect();
    let src = format!("def f():\n{body}    return x\n");
    let u = unit(&src);
    let f = find_code(&u, "f").unwrap();
    assert!(f.consts.len() >= 300);
    let instrs = decode(&f.code);
    let ext = instrs.iter().position(|i| i.op == Some(Opcode::EXTENDED_ARG)).expect("an EXTENDED_ARG");
    assert_eq!(instrs[ext + 1].op, Some(Opcode::LOAD_CONST));
    assert_eq!(instrs[ext + 1].arg, Some(256));
    let listing = disassemble_code_object(&u, f);
    assert!(
        listing.contains("EXTENDED_ARG             1")
            && listing.contains("LOAD_CONST             256 (1256)"),
        "{listing}"
    );
}

#[test]
fn many_locals_need_extended_args() {
    let body: String = (0..300).map(|i| format!("    v{i} = a\n")).collect();
    let src = format!("def f(a):\n{body}    return v299\n");
    let u = unit(&src);
    let f = find_code(&u, "f").unwrap();
    assert_eq!(f.varnames().count(), 301);
    let listing = disassemble_code_object(&u, f);
    assert!(listing.contains("STORE_FAST             300 (v299)"), "{listing}");
    assert!(listing.contains("LOAD_FAST_BORROW       300 (v299)"), "{listing}");
}

#[test]
fn long_jumps_need_extended_args() {
    let body: String = (0..200).map(|i| format!("        y = x + {i}\n")).collect();
    let src = format!("def f(x):\n    while x:\n{body}    return x\n");
    let u = unit(&src);
    let listing = disassemble(&u);
    assert!(listing.contains("EXTENDED_ARG"), "{listing}");
}

#[test]
fn argument_counts_and_flags() {
    let u = unit("def f(a, /, b, *args, c, d=1, **kw):\n    yield\nclass C:\n    def m(self):\n        def inner(): pass\n");
    let f = find_code(&u, "f").unwrap();
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (2, 1, 2));
    assert_eq!(f.varnames().take(6).collect::<Vec<_>>(), ["a", "b", "c", "d", "args", "kw"]);
    let want = flags::OPTIMIZED | flags::NEWLOCALS | flags::VARARGS | flags::VARKEYWORDS | flags::GENERATOR;
    assert_eq!(f.flags, want);
    let m = find_code(&u, "m").unwrap();
    assert_eq!(m.flags, flags::OPTIMIZED | flags::NEWLOCALS | flags::METHOD);
    let inner = find_code(&u, "inner").unwrap();
    assert_eq!(inner.flags, flags::OPTIMIZED | flags::NEWLOCALS | flags::NESTED);
    assert_eq!(u.top.flags, 0);
    assert_eq!(f.firstlineno, 1);
}

#[test]
fn eval_mode_returns_the_value() {
    let u = compile("a + 1", "<string>", Mode::Eval).unwrap();
    let listing = disassemble(&u);
    assert!(listing.ends_with("BINARY_OP                0 (+)\n              RETURN_VALUE\n"), "{listing}");
    assert!(!listing.contains("None"), "{listing}");
}

#[test]
fn single_mode_prints_expression_statements() {
    let u = compile("a + 1\n", "<stdin>", Mode::Single).unwrap();
    let listing = disassemble(&u);
    assert!(listing.contains("CALL_INTRINSIC_1         1 (INTRINSIC_PRINT)"), "{listing}");
    let u = compile("a = 1\n", "<stdin>", Mode::Single).unwrap();
    assert!(!disassemble(&u).contains("INTRINSIC_PRINT"));
    // A string at the prompt is printed, not a docstring.
    let u = compile("'hi'\n", "<stdin>", Mode::Single).unwrap();
    assert!(disassemble(&u).contains("INTRINSIC_PRINT"));
}

#[test]
fn one_position_per_code_unit() {
    let u = unit("def f(x):\n    if x:\n        return 1\n    return 2\n");
    let f = find_code(&u, "f").unwrap();
    assert_eq!(f.positions.len() * 2, f.code.len());
    let lines: Vec<u32> = f.positions.iter().map(|p| p.line).collect();
    assert_eq!(lines.first(), Some(&1));
    assert!(lines.contains(&3) && lines.contains(&4));
    let p = f.positions[1];
    assert_eq!((p.line, p.col, p.end_col), (2, 7, 8), "the `x` of `if x:`");
}

#[test]
fn try_blocks_get_exception_table_entries() {
    let u = unit("def f():\n    try:\n        g()\n    except E:\n        h()\n");
    let f = find_code(&u, "f").unwrap();
    assert!(!f.exception_table.is_empty());
    let first = f.exception_table[0];
    assert_eq!((first.depth, first.push_lasti), (0, false));
    assert!(f.exception_table.iter().any(|e| e.push_lasti && e.depth == 1));
}

#[test]
fn generators_start_with_return_generator() {
    let u = unit("def g():\n    x = yield 1\n    return x\n");
    let g = find_code(&u, "g").unwrap();
    let ops: Vec<Opcode> = decode(&g.code).iter().filter_map(|i| i.op).collect();
    assert_eq!(&ops[..3], &[Opcode::RETURN_GENERATOR, Opcode::POP_TOP, Opcode::RESUME]);
    assert!(ops.contains(&Opcode::YIELD_VALUE));
}

#[test]
fn no_pseudo_instructions_reach_the_code() {
    let u = unit("def f(a):\n    with a:\n        while a and b:\n            try:\n                pass\n            finally:\n                return [x for x in a]\n");
    for c in u.constants.iter().filter_map(|c| match c {
        vivarium::bytecode::code::Constant::Code(code) => Some(code),
        _ => None,
    }) {
        for i in decode(&c.code) {
            assert!(!i.op.unwrap().is_pseudo(), "{:?} in {}", i.op, c.name);
        }
    }
}

#[test]
fn deeply_nested_programs_compile() {
    // As deep as the parser allows: a long elif chain and a deep conditional expression.
    let elifs: String = (0..990).map(|i| format!("elif a{i}:\n    x = {i}\n")).collect();
    let src = format!("if a:\n    pass\n{elifs}else:\n    pass\n");
    unit(&src);
    let chain = vec!["1"; 900].join(" if c else ");
    unit(&format!("def f():\n    return {chain}\n"));
    let mut nested = String::new();
    for i in 0..90 {
        nested.push_str(&format!("{}def f{i}(x):\n", "    ".repeat(i)));
    }
    nested.push_str(&format!("{}return [y for y in x] + [lambda: x]\n", "    ".repeat(90)));
    unit(&nested);
}
