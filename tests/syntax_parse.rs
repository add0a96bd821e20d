//! Parser tests: each program is parsed and printed with `syntax::dump`, and the compact form
//! is compared with what CPython's `ast` module would give for the same program.

use vivarium::syntax::{dump, parse_expression, parse_interactive, parse_module};

fn check(src: &str, expected: &str) {
    match parse_module(src) {
        Ok(m) => assert_eq!(dump::dump_module(&m), expected, "source: {src:?}"),
        Err(e) => panic!("source {src:?} failed: {e:?}"),
    }
}

#[test]
fn statements_and_expressions() {
    check(r#"x = 1"#, r#"(assign (x) 1)"#);
    check(r#"a = b = c"#, r#"(assign (a b) c)"#);
    check(r#"a, *b = f(x, *y, k=1, **z)"#, r#"(assign ((tuple a (* b))) (call f x (* y) (kw k 1) (** z)))"#);
    check(
        r#"x += 1; y //= 2"#,
        r#"(aug+ x 1)
(aug// y 2)"#,
    );
    check(r#"x: int = 5"#, r#"(annassign x int 5)"#);
    check(
        r#"def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:
    return a + b * c ** -d"#,
        r#"(def f (a b=1 / c=2 *args d e=3 **kw) -> int [(return (+ a (* b (** c (- d)))))])"#,
    );
    check(
        r#"class C(B, metaclass=M):
    def m(self):
        pass"#,
        r#"(class C (bases B (kw metaclass M)) [(def m (self) [(pass)])])"#,
    );
    check(
        r#"if x:
    pass
elif y:
    z = 1
else:
    w"#,
        r#"(if x [(pass)] else [(if y [(assign (z) 1)] else [(expr w)])])"#,
    );
    check(
        r#"for i, j in items:
    if i: break
    else: continue
else:
    pass"#,
        r#"(for (tuple i j) items [(if i [(break)] else [(continue)])] else [(pass)])"#,
    );
    check(
        r#"while (n := len(a)) > 10:
    n -= 1"#,
        r#"(while (cmp (:= n (call len a)) > 10) [(aug- n 1)])"#,
    );
    check(
        r#"try:
    x
except (A, B) as e:
    pass
except C:
    pass
else:
    y
finally:
    z"#,
        r#"(try [(expr x)] (except (tuple A B) as e [(pass)]) (except C [(pass)]) else [(expr y)] finally [(expr z)])"#,
    );
    check(
        r#"with a as b, c as (d, e):
    pass"#,
        r#"(with (a as b) (c as (tuple d e)) [(pass)])"#,
    );
    check(
        r#"with (a as b, c):
    pass"#,
        r#"(with (a as b) (c) [(pass)])"#,
    );
    check(
        r#"with (a, b) as c:
    pass"#,
        r#"(with ((tuple a b) as c) [(pass)])"#,
    );
    check(
        r#"import a.b as c, d
from ..m import (a as b, c,)
from . import x
from m import *"#,
        r#"(import a.b as c d)
(from ..m a as b c)
(from . x)
(from m *)"#,
    );
    check(
        r#"@dec
@dec2(1)
def f(): pass"#,
        r#"(def f () (decorators dec (call dec2 1)) [(pass)])"#,
    );
    check(r#"lambda x, *y, z=1, **k: x"#, r#"(expr (lambda (x *y z=1 **k) x))"#);
    check(
        r#"-2**2; 2**-1; not a and b or c; a < b <= c is not d not in e"#,
        r#"(expr (- (** 2 2)))
(expr (** 2 (- 1)))
(expr (or (and (not a) b) c))
(expr (cmp a < b <= c is-not d not-in e))"#,
    );
    check(
        r#"x[1:2, ::3]; x[1]; x[:]; x[a:b:c]"#,
        r#"(expr (sub x (tuple (slice 1 2 -) (slice - - 3))))
(expr (sub x 1))
(expr (sub x (slice - - -)))
(expr (sub x (slice a b c)))"#,
    );
    check(
        r#"[x for x in y if x for z in w]; {k: v for k, v in d}; {a for a in b}; (g for g in h)"#,
        r#"(expr (listcomp x (for x y if x) (for z w)))
(expr (dictcomp k:v (for (tuple k v) d)))
(expr (setcomp a (for a b)))
(expr (genexp g (for g h)))"#,
    );
    check(r#"sum(x for x in y)"#, r#"(expr (call sum (genexp x (for x y))))"#);
    check(
        r#"{**a, 'b': 1}; {*a, b}; [*a, *b]; (*a, b)"#,
        r#"(expr (dict **a "b":1))
(expr (set (* a) b))
(expr (list (* a) (* b)))
(expr (tuple (* a) b))"#,
    );
    check(
        r#""abc" 'def' """ghi""" r'\n'; b'\x41\n' rb'\x'"#,
        r#"(expr "abcdefghi\\n")
(expr b"A\x0a\\x")"#,
    );
    check(r#"'\N{LATIN SMALL LETTER E WITH ACUTE}\u00e9\U0001F600\x41\101\0\d'"#, r#"(expr "éé😀AA\0\\d")"#);
    check(
        r#"match command:
    case 1 | 2:
        pass
    case [a, *rest]:
        pass
    case {"k": v, **rest}:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, b) as p if p:
        pass
    case Color.RED:
        pass
    case -1:
        pass
    case _:
        pass"#,
        r#"(match command (case (or (value 1) (value 2)) [(pass)]) (case (seq (capture a) *rest) [(pass)]) (case (map "k":(capture v) **rest) [(pass)]) (case (class Point x=(value 0) y=(value 0)) [(pass)]) (case (as (class Point (value 1) (capture b)) p) if p [(pass)]) (case (value (attr Color RED)) [(pass)]) (case (value (- 1)) [(pass)]) (case _ [(pass)]))"#,
    );
    check(
        r#"match = 3
match(x)
case.x = 1"#,
        r#"(assign (match) 3)
(expr (call match x))
(assign ((attr case x)) 1)"#,
    );
    check(
        r#"def g():
    x = yield
    yield from y
    yield 1, 2
    return *a, b"#,
        r#"(def g () [(assign (x) (yield)); (expr (yield-from y)); (expr (yield (tuple 1 2))); (return (tuple (* a) b))])"#,
    );
    check(
        r#"f"a{x!r:>{width}.{prec}f}b{{}}{y=}""#,
        r#"(expr (f "a" (fv x !r :(f ">" (fv width) "." (fv prec) "f")) "b{}y=" (fv y !r)))"#,
    );
    check(r#"f"{x["a"]}""#, r#"(expr (f (fv (sub x "a"))))"#);
    check(
        r#"global a, b
nonlocal c
del a, b[0], c.d
assert x, "msg"
raise E from F
raise"#,
        r#"(global a b)
(nonlocal c)
(del a (sub b 0) (attr c d))
(assert x "msg")
(raise E F)
(raise - -)"#,
    );
    check(r#"x = 1 if y else 2"#, r#"(assign (x) (ifexp y 1 2))"#);
    check(
        r#"0x1F + 0o17 + 0b101 + 1_000 + 1. + .5 + 1e10 + 1.5E-3"#,
        r#"(expr (+ (+ (+ (+ (+ (+ (+ 31 15) 5) 1000) 1.0) 0.5) 10000000000.0) 0.0015))"#,
    );
    check(
        r#"a @ b; a @= b; ..."#,
        r#"(expr (@ a b))
(aug@ a b)
(expr ...)"#,
    );
    check(
        r#"if True:
  x = (1,
    2)
  y = 3 \
     + 4
# comment
  
  z = 5"#,
        r#"(if True [(assign (x) (tuple 1 2)); (assign (y) (+ 3 4)); (assign (z) 5)])"#,
    );
    check(
        r#"def f(*, a): pass
"#,
        r#"(def f (* a) [(pass)])"#,
    );
}

#[test]
fn expression_mode() {
    let e = parse_expression("  a + b * 2\n\n").unwrap();
    assert_eq!(dump::dump_expr(&e), "(+ a (* b 2))");
    let e = parse_expression("1, 2").unwrap();
    assert_eq!(dump::dump_expr(&e), "(tuple 1 2)");
    assert!(parse_expression("x = 1").is_err());
    assert!(parse_expression("a\nb").is_err());
}

#[test]
fn interactive_mode() {
    let m = parse_interactive("x = 1; y = 2\n").unwrap();
    assert_eq!(m.body.len(), 2);
    let m = parse_interactive("if x:\n    y\n\n").unwrap();
    assert_eq!(m.body.len(), 1);
    let e = parse_interactive("x = 1\ny = 2\n").unwrap_err();
    assert_eq!(e.msg, "multiple statements found while compiling a single statement");
}

#[test]
fn spans_are_byte_offsets() {
    let m = parse_module("x = 'é'\ny = x.attr\n").unwrap();
    let second = &m.body[1];
    assert_eq!((second.span.start, second.span.end), (9, 19));
    if let vivarium::syntax::ast::StmtKind::Assign { value, .. } = &second.kind {
        assert_eq!((value.span.start, value.span.end), (13, 19));
    } else {
        panic!("not an assignment");
    }
}
