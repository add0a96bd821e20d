//! Lexer tests: the indentation layer's NEWLINE/INDENT/DEDENT, line joining, every literal form
//! and escape, every operator and keyword, soft keywords, and the REPL's incompleteness check.

use num_bigint::BigInt;
use vivarium::syntax::lexer::{tokenize, Mode};
use vivarium::syntax::token::{Number, StrToken, Tok};
use vivarium::syntax::{is_incomplete, parse_expression, parse_module, SyntaxErrorKind};

/// The tokens of `src` (without the start marker) in a compact spelling: `NL`, `IN`, `DE`,
/// names as themselves, other tokens by the source text they cover.
fn toks(src: &str) -> String {
    let tokens = tokenize(src, Mode::Module).unwrap_or_else(|e| panic!("{src:?}: {e:?}"));
    tokens
        .iter()
        .skip(1)
        .map(|(s, t, e)| match t {
            Tok::Newline => "NL".to_string(),
            Tok::Indent => "IN".to_string(),
            Tok::Dedent => "DE".to_string(),
            Tok::Match => "MATCH".to_string(),
            Tok::Case => "CASE".to_string(),
            Tok::WithLPar => "WITH(".to_string(),
            _ => src[*s..*e].to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn lex_error(src: &str) -> (SyntaxErrorKind, String) {
    let e = tokenize(src, Mode::Module).expect_err(src);
    (e.kind, e.msg)
}

fn single(src: &str) -> Tok {
    let tokens = tokenize(src, Mode::Module).unwrap_or_else(|e| panic!("{src:?}: {e:?}"));
    tokens[1].1.clone()
}

fn str_value(src: &str) -> String {
    match single(src) {
        Tok::String(StrToken::Str(s)) => s,
        other => panic!("{src:?} lexed as {other:?}"),
    }
}

fn bytes_value(src: &str) -> Vec<u8> {
    match single(src) {
        Tok::String(StrToken::Bytes(b)) => b,
        other => panic!("{src:?} lexed as {other:?}"),
    }
}

#[test]
fn nested_blocks_and_multiple_dedents() {
    let src = "if a:\n    if b:\n        x\n    y\nz\n";
    assert_eq!(toks(src), "if a : NL IN if b : NL IN x NL DE y NL DE z NL");
    let src = "if a:\n  if b:\n    if c:\n      x\ny";
    assert_eq!(toks(src), "if a : NL IN if b : NL IN if c : NL IN x NL DE DE DE y NL");
}

#[test]
fn blank_and_comment_lines_inside_blocks() {
    let src = "def f():\n    x = 1\n\n    # comment\n        # deeper comment\n  \n    y\n";
    assert_eq!(toks(src), "def f ( ) : NL IN x = 1 NL y NL DE");
}

#[test]
fn missing_final_newline_and_crlf() {
    assert_eq!(toks("x = 1"), "x = 1 NL");
    assert_eq!(toks("if x:\r\n    y\r\nz\r\n"), "if x : NL IN y NL DE z NL");
    assert_eq!(toks("a\rb\r"), "a NL b NL");
    assert_eq!(toks(""), "");
    assert_eq!(toks("\n\n# only a comment\n"), "");
}

#[test]
fn tabs_count_to_multiples_of_eight() {
    assert_eq!(toks("if x:\n\ty\n\tz\n"), "if x : NL IN y NL z NL DE");
    assert_eq!(toks("if x:\n\ty\n\t\tz\n"), "if x : NL IN y NL IN z NL DE DE");
    assert_eq!(lex_error("if x:\n        y\n\tz\n").0, SyntaxErrorKind::TabError);
    assert_eq!(lex_error("if x:\n\ta\n        b\n").0, SyntaxErrorKind::TabError);
    assert_eq!(
        lex_error("if x:\n    \ta\n\t    b\n"),
        (SyntaxErrorKind::TabError, "inconsistent use of tabs and spaces in indentation".to_string())
    );
}

#[test]
fn indentation_errors() {
    assert_eq!(
        lex_error("if x:\n    a\n  b\n"),
        (
            SyntaxErrorKind::IndentationError,
            "unindent does not match any outer indentation level".to_string()
        )
    );
}

#[test]
fn brackets_join_lines() {
    assert_eq!(toks("x = (1,\n     2)\ny = [\n  3\n]\n"), "x = ( 1 , 2 ) NL y = [ 3 ] NL");
    assert_eq!(toks("d = {\n# c\n  'a': 1,\n\n}\n"), "d = { 'a' : 1 , } NL");
}

#[test]
fn backslash_continuation() {
    assert_eq!(toks("x = 1 + \\\n    2\n"), "x = 1 + 2 NL");
    assert_eq!(toks("if a and \\\n  b:\n    pass\n"), "if a and b : NL IN pass NL DE");
    assert_eq!(lex_error("x = 1 \\ 2").1, "unexpected character after line continuation character");
    assert_eq!(lex_error("x = 1 + \\").1, "unexpected EOF while parsing");
}

#[test]
fn every_operator_and_delimiter() {
    let ops = "+ - * ** / // % @ << >> & | ^ ~ := < > <= >= == != ( ) [ ] { } , : ! . ; = -> += -= *= /= //= %= @= &= |= ^= >>= <<= **= ...";
    let src = format!("({ops})");
    let got = toks(&src);
    assert_eq!(got, format!("( {ops} ) NL"));
    // `<>` is a token, and never valid.
    assert!(matches!(single("<>"), Tok::LessGreater));
    assert_eq!(parse_module("a <> b").unwrap_err().msg, "invalid syntax");
}

#[test]
fn every_keyword() {
    let words = "False None True and as assert break class continue def del elif else except finally for \
                 from global if import in is lambda nonlocal not or pass raise return try while with yield";
    for w in words.split_whitespace() {
        assert!(!matches!(single(w), Tok::Name(_)), "{w} lexed as a name");
    }
    assert_eq!(lex_error("async").1, "'async' is not supported by Vivarium");
    assert_eq!(lex_error("await").1, "'await' is not supported by Vivarium");
    assert_eq!(single("match"), Tok::Name("match".into()));
    assert_eq!(single("_"), Tok::Name("_".into()));
    assert_eq!(single("café"), Tok::Name("café".into()));
    assert_eq!(single("Ωmega_2"), Tok::Name("Ωmega_2".into()));
}

#[test]
fn soft_keywords_only_where_a_statement_starts() {
    assert_eq!(toks("match x:\n    case 1:\n        pass\n"), "MATCH x : NL IN CASE 1 : NL IN pass NL DE DE");
    assert_eq!(toks("match = 3\n"), "match = 3 NL");
    assert_eq!(toks("match(x)\n"), "match ( x ) NL");
    assert_eq!(toks("match(x):\n    case _: pass\n"), "MATCH ( x ) : NL IN CASE _ : pass NL DE");
    assert_eq!(toks("case.x = 1\n"), "case . x = 1 NL");
    assert_eq!(
        toks("match x:\n    case 1:\n        case = 2\n"),
        "MATCH x : NL IN CASE 1 : NL IN case = 2 NL DE DE"
    );
    assert_eq!(toks("with (a as b):\n    pass\n"), "with WITH( a as b ) : NL IN pass NL DE");
    assert_eq!(toks("with (a) as b:\n    pass\n"), "with ( a ) as b : NL IN pass NL DE");
}

#[test]
fn integers() {
    let int = |s: &str| match single(s) {
        Tok::Number(Number::Int(i)) => i,
        other => panic!("{s:?} lexed as {other:?}"),
    };
    assert_eq!(int("0"), BigInt::from(0));
    assert_eq!(int("00"), BigInt::from(0));
    assert_eq!(int("1_000_000"), BigInt::from(1_000_000));
    assert_eq!(int("0x_ff"), BigInt::from(255));
    assert_eq!(int("0XFF"), BigInt::from(255));
    assert_eq!(int("0o17"), BigInt::from(15));
    assert_eq!(int("0b1010"), BigInt::from(10));
    assert_eq!(int("123456789012345678901234567890").to_string(), "123456789012345678901234567890");
}

#[test]
fn floats() {
    let float = |s: &str| match single(s) {
        Tok::Number(Number::Float(f)) => f,
        other => panic!("{s:?} lexed as {other:?}"),
    };
    assert_eq!(float("1."), 1.0);
    assert_eq!(float(".5"), 0.5);
    assert_eq!(float("1e10"), 1e10);
    assert_eq!(float("1.5E-3"), 1.5e-3);
    assert_eq!(float("1_0.0_1e+1_0"), 10.01e10);
    assert_eq!(float("09.5"), 9.5);
}

#[test]
fn invalid_numbers() {
    let msg = |s: &str| lex_error(s).1;
    assert_eq!(
        msg("0777"),
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
    );
    assert_eq!(msg("1__0"), "invalid decimal literal");
    assert_eq!(msg("1_"), "invalid decimal literal");
    assert_eq!(msg("1a"), "invalid decimal literal");
    assert_eq!(msg("0x"), "invalid hexadecimal literal");
    assert_eq!(msg("0b"), "invalid binary literal");
    assert_eq!(msg("0o"), "invalid octal literal");
    assert_eq!(msg("0b2"), "invalid digit '2' in binary literal");
    assert_eq!(msg("0o8"), "invalid digit '8' in octal literal");
    assert_eq!(msg("1jj"), "invalid imaginary literal");
    assert_eq!(msg("1.5Jx"), "invalid imaginary literal");
    assert!(parse_module("z = 1j + 1.5J + 1e3j").is_ok());
    // Keywords may follow a number directly, as CPython still allows.
    assert!(parse_module("x = 1if y else 2").is_ok());
}

#[test]
fn string_quotes_and_prefixes() {
    assert_eq!(str_value("'a'"), "a");
    assert_eq!(str_value("\"a\""), "a");
    assert_eq!(str_value("'''a\nb'''"), "a\nb");
    assert_eq!(str_value("\"\"\"a\"b\"\"\""), "a\"b");
    assert_eq!(str_value("u'x'"), "x");
    assert_eq!(str_value("R'\\n'"), "\\n");
    assert_eq!(str_value("r'\\''"), "\\'");
    assert_eq!(bytes_value("b'ab'"), b"ab");
    assert_eq!(bytes_value("Br'\\x'"), b"\\x");
    assert_eq!(bytes_value("rB'\\x'"), b"\\x");
    for prefix in ["f", "F", "fr", "Rf", "rF", "FR"] {
        let src = format!("{prefix}'x'");
        assert!(matches!(single(&src), Tok::FStringStart), "{src}");
    }
}

#[test]
fn string_escapes() {
    assert_eq!(str_value(r#"'\n\t\\\'\"\a\b\f\v\r\0'"#), "\n\t\\'\"\x07\x08\x0c\x0b\r\0");
    assert_eq!(str_value(r"'\123\x41\u00e9\U0001F600'"), "SAé😀");
    assert_eq!(str_value(r"'\N{LATIN SMALL LETTER E WITH ACUTE}'"), "é");
    assert_eq!(str_value(r"'\d\q'"), "\\d\\q");
    assert_eq!(str_value("'a\\\nb'"), "ab");
    assert_eq!(bytes_value(r"b'\x41\101\n\d'"), b"AA\n\\d");
    assert_eq!(
        lex_error(r"'\N{NO SUCH NAME}'").1,
        "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-15: unknown Unicode character name"
    );
    assert_eq!(
        lex_error(r"'\x4'").1,
        "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"
    );
    assert_eq!(lex_error("b'é'").1, "bytes can only contain ASCII literal characters");
}

#[test]
fn adjacent_literals_concatenate() {
    let e = parse_expression("'a' \"b\" '''c'''").unwrap();
    assert_eq!(vivarium::syntax::dump::dump_expr(&e), "\"abc\"");
    let e = parse_expression("b'a' b'b'").unwrap();
    assert_eq!(vivarium::syntax::dump::dump_expr(&e), "b\"ab\"");
    assert_eq!(parse_expression("'a' b'b'").unwrap_err().msg, "cannot mix bytes and nonbytes literals");
}

#[test]
fn unterminated_strings() {
    assert_eq!(lex_error("x = 'abc\ny = 1\n").1, "unterminated string literal (detected at line 1)");
    assert_eq!(
        lex_error("x = 1\ny = '''abc\n\n").1,
        "unterminated triple-quoted string literal (detected at line 4)"
    );
}

#[test]
fn bracket_errors() {
    assert_eq!(lex_error("x = (1,\n2").1, "'(' was never closed");
    assert_eq!(lex_error("x = [1)").1, "closing parenthesis ')' does not match opening parenthesis '['");
    assert_eq!(
        lex_error("x = [1,\n)").1,
        "closing parenthesis ')' does not match opening parenthesis '[' on line 1"
    );
    assert_eq!(lex_error("x = 1)").1, "unmatched ')'");
    assert_eq!(lex_error("x = €").1, "invalid character '€' (U+20AC)");
    assert_eq!(lex_error("x = $").1, "invalid syntax");
}

#[test]
fn fstring_pieces() {
    assert_eq!(toks("f'a{x!r:>{w}}b{{c}}'"), "f' a { x ! r : > { w } } b{{c}} ' NL");
    assert_eq!(toks("f\"{x[\"k\"]}\""), "f\" { x [ \"k\" ] } \" NL");
    assert_eq!(lex_error("f'{}'").1, "f-string: empty expression not allowed");
    assert_eq!(lex_error("f'}'").1, "f-string: single '}' is not allowed");
    assert_eq!(lex_error("f'{x'").1, "f-string: expecting '}'");
}

#[test]
fn incomplete_interactive_input() {
    for src in [
        "x = (1,",
        "x = [\n1,",
        "s = '''abc",
        "x = 1 + \\",
        "if x:",
        "if x:\n",
        "def f():\n    return 1",
        "for i in y:\n    pass\nelse:",
        "try:\n    pass",
        "@dec",
        "class C:\n    x = 1\n",
    ] {
        assert!(is_incomplete(src), "{src:?} should be incomplete");
    }
    for src in ["x = 1", "x = 1 +", "x = )", "if x:\n    pass\n\n", "print(1)\n", "'abc", "x = = 1"] {
        assert!(!is_incomplete(src), "{src:?} should be complete");
    }
}

#[test]
fn byte_order_mark_and_null_bytes() {
    assert_eq!(toks("\u{feff}x = 1\n"), "x = 1 NL");
    assert_eq!(lex_error("x = 1\0").1, "source code cannot contain null bytes");
}
