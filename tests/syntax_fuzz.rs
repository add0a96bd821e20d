//! No input may make the front end panic or overflow the stack: valid programs mutated at
//! random (deterministic PRNG), and pathologically deep nesting, must each come back as a
//! syntax tree or a `SyntaxError`.

use vivarium::syntax::{is_incomplete, parse_expression, parse_interactive, parse_module};

const SEEDS: &[&str] = &[
    "x = 1\nif x:\n    y = [a, b, *c]\nelse:\n    z = {k: v for k, v in d.items() if k}\n",
    "def f(a, b=2, /, c=3, *args, d, e=5, **kw) -> int:\n    return a + b * c ** -d\n",
    "class C(B, metaclass=M):\n    @dec(1)\n    def m(self, x: int) -> None:\n        self.x = x\n",
    "try:\n    f(*a, **k)\nexcept (E, F) as e:\n    raise G from e\nelse:\n    pass\nfinally:\n    del x\n",
    "with (open(a) as f, open(b) as g):\n    for i, (j, k) in enumerate(f):\n        continue\n",
    "match p:\n    case [1, *rest] | {\"k\": v, **kw}:\n        pass\n    case Point(x=0, y=_) as q if q:\n        pass\n",
    "s = f\"a{x!r:>{w}.{p}f}b{{c}}{y=}\" 'z' \"\"\"q\"\"\"\nb = rb'\\x00' b\"\\n\"\n",
    "lambda x, *y, z=1, **k: (x, y, z, k)\nv = a if b else c\nw = (n := 10) > 5\n",
    "import a.b as c, d\nfrom ..m import (e as f, g,)\nglobal h\nassert i, 'j'\n",
    "x = 0x_1F + 0o17 + 0b1 + 1_000 + 1. + .5 + 1e-10\nx[1:2, ::3] = y @ z // w % v << 2\n",
    "def g():\n    x = yield\n    yield from y\n    return *a, b\n",
    "while (line := f()):\n\tif not line: break\n\telse: continue\n",
];

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const FRAGMENTS: &[&str] = &[
    "(", ")", "[", "]", "{", "}", ":", ",", ";", "=", "==", "*", "**", "\n", "\n    ", "\t", "\\\n", "\\",
    "'", "\"", "'''", "f'", "f\"{", "}", "!r", "if ", "else", "lambda", "yield", "match ", "case ", "_",
    "0x", "1_", "1e", ".", "...", "#", "€", "é", "\r\n", "\r", " ", "not ", "in ", "is ", ":=", "->", "@",
    "async ", "await ", "del ", "return ", "b'", "r'", "rb'", "\\N{", "\\x", "0777", "1j",
];

fn char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn mutate(rng: &mut Rng, src: &str) -> String {
    let mut s = src.to_string();
    for _ in 0..1 + rng.below(4) {
        let at = char_boundary(&s, rng.below(s.len() + 1));
        match rng.below(4) {
            0 => {
                let end = char_boundary(&s, (at + 1 + rng.below(6)).min(s.len()));
                if end > at {
                    s.replace_range(at..end, "");
                }
            }
            1 => {
                let end = char_boundary(&s, (at + 1 + rng.below(12)).min(s.len()));
                let piece = s[at..end].to_string();
                s.insert_str(at, &piece);
            }
            _ => {
                let f = FRAGMENTS[rng.below(FRAGMENTS.len())];
                s.insert_str(at, f);
            }
        }
    }
    s
}

fn exercise(src: &str) {
    let _ = parse_module(src);
    let _ = parse_interactive(src);
    let _ = parse_expression(src);
    let _ = is_incomplete(src);
    if let Err(e) = parse_module(src) {
        let _ = vivarium::diag::render_syntax_error_plain(&e, "x.py", src);
        let _ = vivarium::diag::render_syntax_error(&e, "x.py", src, false);
    }
}

#[test]
fn seeds_parse() {
    for seed in SEEDS {
        if let Err(e) = parse_module(seed) {
            panic!("seed {seed:?} does not parse: {e:?}");
        }
    }
}

#[test]
fn mutated_programs_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for i in 0..4000 {
        let seed = SEEDS[i % SEEDS.len()];
        let src = mutate(&mut rng, seed);
        exercise(&src);
    }
}

#[test]
fn random_fragment_soup_never_panics() {
    let mut rng = Rng(12345);
    for _ in 0..1500 {
        let mut s = String::new();
        for _ in 0..rng.below(30) {
            s.push_str(FRAGMENTS[rng.below(FRAGMENTS.len())]);
            if rng.below(3) == 0 {
                s.push_str(["x", "1", " ", "y.z", "f()"][rng.below(5)]);
            }
        }
        exercise(&s);
    }
}

fn deep_cases() -> Vec<(String, &'static str)> {
    let n = 10_000;
    vec![
        ("(".repeat(n), "too many nested parentheses"),
        ("[".repeat(n), "too many nested parentheses"),
        (format!("{}1{}", "(".repeat(199), ")".repeat(199)), ""),
        (format!("x = {}1", "-".repeat(n)), "too many nested expressions"),
        (format!("x = {}1", "not ".repeat(n)), "too many nested expressions"),
        (format!("x = 1{}", " + 1".repeat(n)), "too many nested expressions"),
        (format!("x = 1{} )", " + 1".repeat(n)), "too many nested expressions"),
        (format!("x = 2{}", " ** 2".repeat(n)), "too many nested expressions"),
        (format!("x = a{}", ".b".repeat(n)), "too many nested expressions"),
        (format!("x = f{}", "()".repeat(n)), "too many nested expressions"),
        (format!("x = {}1", "lambda: ".repeat(n)), "too many nested expressions"),
        (format!("x = 1{}", " if c else 1".repeat(n)), "too many nested expressions"),
        (format!("if x:\n    pass\n{}", "elif x:\n    pass\n".repeat(n)), "too many nested expressions"),
        (format!("{}x", "f'{".repeat(50)), ""),
        ((0..120).map(|i| format!("{}if x:\n", " ".repeat(i))).collect(), "too many levels of indentation"),
        (format!("x = 1{}", " + 1".repeat(500)), ""),
    ]
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    for (src, msg) in deep_cases() {
        let result = parse_module(&src);
        if msg.is_empty() {
            continue;
        }
        match result {
            Ok(_) => panic!("deep input parsed: {}", &src[..40.min(src.len())]),
            Err(e) => assert_eq!(e.msg, msg, "input {:?}", &src[..40.min(src.len())]),
        }
        exercise(&src);
    }
}

#[test]
fn moderately_deep_input_still_parses() {
    let src = format!("x = 1{}", " + 1".repeat(500));
    assert!(parse_module(&src).is_ok());
    let src = format!("x = {}1{}", "(".repeat(150), ")".repeat(150));
    assert!(parse_module(&src).is_ok());
}
