//! A forgiving lexical scan of REPL input: where the comments, strings, numbers, keywords and
//! definitions are, and whether the text stops inside a bracket or a string. Colouring and
//! auto-indent use it; unlike the real lexer (`syntax::lexer`) it never fails, because what it
//! looks at is usually half typed.

/// What a highlighted stretch of input is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    Keyword,
    /// `match`, `case` and `type` where they start a statement.
    SoftKeyword,
    /// A name bound in `builtins`.
    Builtin,
    /// The name after `def` or `class`.
    Definition,
    String,
    Number,
    Comment,
}

/// One classified stretch of the input, as byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub class: Class,
}

/// The result of scanning: the classified stretches and the state the text ends in.
#[derive(Debug, Default)]
pub struct Scan {
    pub tokens: Vec<Token>,
    /// Brackets opened and not yet closed.
    pub open_brackets: usize,
    /// The text ends inside a triple-quoted string, or a string continued with `\`.
    pub in_string: bool,
    /// The text ends with a line-joining backslash outside a string.
    pub continued: bool,
}

/// Python 3.14's keywords (`keyword.kwlist`).
pub const KEYWORDS: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
    "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// True for Python 3.14's (hard) keywords.
pub fn is_keyword(word: &str) -> bool {
    KEYWORDS.contains(&word)
}

fn is_name_start(c: char) -> bool {
    c == '_' || unicode_ident::is_xid_start(c)
}

fn is_name_continue(c: char) -> bool {
    unicode_ident::is_xid_continue(c)
}

/// True when `word` can prefix a string literal (`r`, `b`, `f`, `t`, `u` and two-letter mixes).
fn is_string_prefix(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    matches!(lower.as_str(), "r" | "u" | "b" | "f" | "t" | "rb" | "br" | "rf" | "fr" | "rt" | "tr")
}

/// Scans `text`; `is_builtin` says which names to mark as built-ins.
pub fn scan(text: &str, is_builtin: &dyn Fn(&str) -> bool) -> Scan {
    let bytes = text.as_bytes();
    let mut out = Scan::default();
    let mut i = 0;
    // Whether the next name is the one a `def`/`class` defines.
    let mut defining = false;
    // Whether nothing but blanks precede `i` on its logical line.
    let mut line_start = true;
    while i < text.len() {
        let c = text[i..].chars().next().unwrap_or(' ');
        match c {
            '\n' => {
                if out.open_brackets == 0 {
                    line_start = true;
                }
                i += 1;
                continue;
            }
            ' ' | '\t' | '\x0c' | '\r' => {
                i += 1;
                continue;
            }
            '#' => {
                let end = text[i..].find('\n').map_or(text.len(), |n| i + n);
                out.tokens.push(Token { start: i, end, class: Class::Comment });
                i = end;
                continue;
            }
            '\\' => {
                let rest = &text[i + 1..];
                if rest.is_empty() {
                    out.continued = true;
                } else if rest.starts_with('\n') || rest.starts_with("\r\n") {
                    // A joined line continues the current logical line.
                    i += 2;
                    continue;
                }
                i += 1;
            }
            '\'' | '"' => {
                let (end, open) = scan_string(text, i);
                out.tokens.push(Token { start: i, end, class: Class::String });
                out.in_string = open;
                i = end;
            }
            '(' | '[' | '{' => {
                out.open_brackets += 1;
                i += 1;
            }
            ')' | ']' | '}' => {
                out.open_brackets = out.open_brackets.saturating_sub(1);
                i += 1;
            }
            '.' if bytes.get(i + 1).is_some_and(u8::is_ascii_digit) => {
                let end = scan_number(text, i);
                out.tokens.push(Token { start: i, end, class: Class::Number });
                i = end;
            }
            c if c.is_ascii_digit() => {
                let end = scan_number(text, i);
                out.tokens.push(Token { start: i, end, class: Class::Number });
                i = end;
            }
            c if is_name_start(c) => {
                let end = text[i..]
                    .char_indices()
                    .find(|&(_, ch)| !is_name_continue(ch))
                    .map_or(text.len(), |(n, _)| i + n);
                let word = &text[i..end];
                if is_string_prefix(word) && matches!(bytes.get(end), Some(b'\'' | b'"')) {
                    let (send, open) = scan_string(text, end);
                    out.tokens.push(Token { start: i, end: send, class: Class::String });
                    out.in_string = open;
                    i = send;
                    line_start = false;
                    defining = false;
                    continue;
                }
                let class = if defining {
                    Some(Class::Definition)
                } else if is_keyword(word) {
                    Some(Class::Keyword)
                } else if line_start && is_soft_keyword_statement(word, &text[end..]) {
                    Some(Class::SoftKeyword)
                } else if is_builtin(word) && !text[..i].ends_with('.') {
                    Some(Class::Builtin)
                } else {
                    None
                };
                if let Some(class) = class {
                    out.tokens.push(Token { start: i, end, class });
                }
                defining = matches!(word, "def" | "class");
                line_start = false;
                i = end;
                continue;
            }
            _ => {
                i += c.len_utf8();
            }
        }
        line_start = false;
        defining = false;
    }
    out
}

/// True when `word` (at the start of a statement) is the soft keyword of a `match`, `case` or
/// `type` statement rather than a name, judged by what follows it.
fn is_soft_keyword_statement(word: &str, rest: &str) -> bool {
    if !matches!(word, "match" | "case" | "type") {
        return false;
    }
    let after = rest.trim_start_matches([' ', '\t']);
    if after.len() == rest.len() && !after.starts_with(['(', '[', '{', '"', '\'']) {
        return false;
    }
    match after.chars().next() {
        None => false,
        Some(c) => {
            !matches!(c, '=' | '.' | ',' | ')' | ']' | '}' | ':' | ';' | '\n' | '#')
                && !after.starts_with("is ")
                && !after.starts_with("in ")
        }
    }
}

/// Scans a string literal whose opening quote is at `quote_at`; returns where it ends and
/// whether it is still open at the end of the text.
fn scan_string(text: &str, quote_at: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let q = bytes[quote_at];
    let triple = bytes.get(quote_at + 1) == Some(&q) && bytes.get(quote_at + 2) == Some(&q);
    let mut i = quote_at + if triple { 3 } else { 1 };
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\\' {
            if i + 1 >= bytes.len() {
                // A backslash at the very end: the string goes on on the next line.
                return (bytes.len(), true);
            }
            i += 2;
            continue;
        }
        if triple {
            if b == q && bytes.get(i + 1) == Some(&q) && bytes.get(i + 2) == Some(&q) {
                return (i + 3, false);
            }
        } else if b == q {
            return (i + 1, false);
        } else if b == b'\n' {
            // An unterminated one-line string ends with its line.
            return (i, false);
        }
        i += 1;
    }
    (bytes.len(), triple)
}

/// Scans a numeric literal starting at `start` (digits, `_`, `.`, letters for bases and
/// suffixes, and a signed exponent).
fn scan_number(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let hex = bytes.get(start) == Some(&b'0') && matches!(bytes.get(start + 1), Some(b'x' | b'X'));
    let mut i = start;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_alphanumeric() || b == b'_' || b == b'.' {
            i += 1;
            if !hex && matches!(b, b'e' | b'E') && matches!(bytes.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
        } else {
            break;
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classes(text: &str) -> Vec<(&str, Class)> {
        scan(text, &|w| w == "print").tokens.iter().map(|t| (&text[t.start..t.end], t.class)).collect()
    }

    #[test]
    fn classifies_a_line() {
        assert_eq!(
            classes("def f(x=1.5e-3): return print('a#b')  # done"),
            vec![
                ("def", Class::Keyword),
                ("f", Class::Definition),
                ("1.5e-3", Class::Number),
                ("return", Class::Keyword),
                ("print", Class::Builtin),
                ("'a#b'", Class::String),
                ("# done", Class::Comment),
            ]
        );
    }

    #[test]
    fn string_prefixes_and_attributes() {
        assert_eq!(classes("rb'x' + f\"{y}\""), vec![("rb'x'", Class::String), ("f\"{y}\"", Class::String)]);
        assert_eq!(classes("x.print"), vec![]);
        assert_eq!(classes("br = 1"), vec![("1", Class::Number)]);
    }

    #[test]
    fn soft_keywords_only_as_statements() {
        assert_eq!(classes("match x:"), vec![("match", Class::SoftKeyword)]);
        assert_eq!(classes("match = 1"), vec![("1", Class::Number)]);
        assert_eq!(classes("y = match"), vec![]);
    }

    #[test]
    fn end_state() {
        let s = scan("x = [1,\n", &|_| false);
        assert_eq!((s.open_brackets, s.in_string, s.continued), (1, false, false));
        let s = scan("s = '''abc\n", &|_| false);
        assert!(s.in_string);
        let s = scan("s = '''abc'''\n", &|_| false);
        assert!(!s.in_string);
        let s = scan("x = 1 + \\", &|_| false);
        assert!(s.continued);
        let s = scan("s = 'abc\n", &|_| false);
        assert!(!s.in_string);
        let s = scan("(1, ')'", &|_| false);
        assert_eq!(s.open_brackets, 1);
    }
}
