//! Rendering of syntax errors: CPython's plain format exactly, and the ariadne report, whose
//! last line is always CPython's message line.

use vivarium::diag::{render_syntax_error, render_syntax_error_plain};
use vivarium::syntax::parse_module;

fn plain(src: &str) -> String {
    let err = parse_module(src).expect_err("source should not parse");
    render_syntax_error_plain(&err, "x.py", src)
}

#[test]
fn plain_format_matches_cpython() {
    assert_eq!(
        plain("x = = 1\n"),
        "  File \"x.py\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax"
    );
    assert_eq!(
        plain("if True:\n    print(a b)\n"),
        "  File \"x.py\", line 2\n    print(a b)\n          ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?"
    );
    assert_eq!(
        plain("def f():\n    1 = x\n"),
        "  File \"x.py\", line 2\n    1 = x\n    ^\nSyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?"
    );
    assert_eq!(
        plain("x = 1\n  y = 2\n"),
        "  File \"x.py\", line 2\n    y = 2\nIndentationError: unexpected indent"
    );
    assert_eq!(plain("if x:\n  a\n b\n"), "  File \"x.py\", line 3\n    b\n     ^\nIndentationError: unindent does not match any outer indentation level");
    assert_eq!(plain("if x:\n"), "  File \"x.py\", line 1\n    if x:\n         ^\nIndentationError: expected an indented block after 'if' statement on line 1");
    assert_eq!(plain("x = 0777\n"), "  File \"x.py\", line 1\n    x = 0777\n        ^\nSyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
    assert_eq!(plain("s = 'é€' €\n"), "  File \"x.py\", line 1\n    s = 'é€' €\n             ^\nSyntaxError: invalid character '€' (U+20AC)");
}

#[test]
fn every_rendering_ends_with_the_message_line() {
    for (src, last) in [
        ("x = (1,\n", "SyntaxError: '(' was never closed"),
        ("if x:\npass\n", "IndentationError: expected an indented block after 'if' statement on line 1"),
        ("if x:\n\ta\n        b\n", "TabError: inconsistent use of tabs and spaces in indentation"),
        ("x = 0777\n", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"),
        ("'abc", "SyntaxError: unterminated string literal (detected at line 1)"),
    ] {
        let err = parse_module(src).unwrap_err();
        for color in [false, true] {
            let text = render_syntax_error(&err, "x.py", src, color);
            assert_eq!(text.lines().last(), Some(last), "{text}");
            assert!(text.contains("x.py"), "{text}");
        }
        assert_eq!(render_syntax_error_plain(&err, "x.py", src).lines().last(), Some(last));
    }
}

#[test]
fn ariadne_report_shows_the_line_and_a_label() {
    let src = "a = 1\nb = = 2\n";
    let err = parse_module(src).unwrap_err();
    let text = render_syntax_error(&err, "prog.py", src, false);
    assert!(text.starts_with("SyntaxError: invalid syntax"), "{text}");
    assert!(text.contains("prog.py:2:5"), "{text}");
    assert!(text.contains("b = = 2"), "{text}");
}
