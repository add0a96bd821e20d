//! Scanning and decoding of literals: names, numbers and strings.
//!
//! These are logos callbacks: logos recognises how a literal starts, and the functions here read
//! the rest by hand, as CPython's tokenizer (`Parser/lexer.c`) does, so that a bad literal gets
//! CPython's message at the right place.

use logos::Lexer;
use num_bigint::BigInt;

use super::token::{LexError, Number, StrToken, Tok};

/// Which of the letters r, b, f (u is accepted and means nothing) prefix a string literal.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StrPrefix {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
}

impl StrPrefix {
    fn parse(prefix: &str) -> StrPrefix {
        let mut p = StrPrefix::default();
        for c in prefix.chars() {
            match c.to_ascii_lowercase() {
                'r' => p.raw = true,
                'b' => p.bytes = true,
                'f' => p.fstring = true,
                _ => {}
            }
        }
        p
    }
}

/// The 1-based line number of byte `offset` in `src`.
pub fn line_of(src: &str, offset: usize) -> usize {
    let bytes = &src.as_bytes()[..offset.min(src.len())];
    let mut line = 1;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => line += 1,
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => line += 1,
            _ => {}
        }
        i += 1;
    }
    line
}

/// Reads the rest of an identifier (non-ASCII letters included) after an ASCII start.
pub fn lex_ascii_name(lex: &mut Lexer<Tok>) -> String {
    let extra = identifier_continue_len(lex.remainder());
    lex.bump(extra);
    lex.slice().to_string()
}

/// A non-ASCII character: the start of an identifier, or an invalid character.
pub fn lex_unicode_name(lex: &mut Lexer<Tok>) -> Result<String, LexError> {
    let c = lex.slice().chars().next().unwrap_or('\0');
    if !unicode_ident::is_xid_start(c) {
        let span = lex.span();
        return Err(LexError::new(invalid_character_message(c), span.start, span.end));
    }
    let extra = identifier_continue_len(lex.remainder());
    lex.bump(extra);
    Ok(lex.slice().to_string())
}

/// CPython's message for a character that cannot start a token.
pub fn invalid_character_message(c: char) -> String {
    if c == '\0' {
        return "source code cannot contain null bytes".to_string();
    }
    if c.is_ascii() {
        return "invalid syntax".to_string();
    }
    if matches!(c, '\u{a0}' | '\u{2000}'..='\u{200b}' | '\u{3000}') {
        return format!("invalid non-printable character U+{:04X}", c as u32);
    }
    format!("invalid character '{c}' (U+{:04X})", c as u32)
}

fn identifier_continue_len(rest: &str) -> usize {
    rest.char_indices()
        .find(|&(_, c)| {
            !(c == '_' || c.is_ascii_alphanumeric() || (!c.is_ascii() && unicode_ident::is_xid_continue(c)))
        })
        .map_or(rest.len(), |(i, _)| i)
}

// ---------------------------------------------------------------- numbers

/// Scans a numeric literal starting at the token start (a digit, or `.` and a digit).
pub fn lex_number(lex: &mut Lexer<Tok>) -> Result<Number, LexError> {
    let start = lex.span().start;
    let src = lex.source();
    let (len, value) = scan_number(src, start)?;
    let consumed = lex.span().end - start;
    lex.bump(len - consumed);
    Ok(value)
}

/// Reads `[digit] ('_'? digit)*`; returns the end, or an error at a misplaced underscore.
fn digits(b: &[u8], mut i: usize, ok: impl Fn(u8) -> bool, what: &str) -> Result<usize, LexError> {
    while i < b.len() {
        if ok(b[i]) {
            i += 1;
        } else if b[i] == b'_' {
            if i + 1 < b.len() && ok(b[i + 1]) {
                i += 2;
            } else {
                return Err(LexError::new(format!("invalid {what} literal"), i, i + 1));
            }
        } else {
            break;
        }
    }
    Ok(i)
}

/// Scans a number at `start`, returning its byte length and value.
pub fn scan_number(src: &str, start: usize) -> Result<(usize, Number), LexError> {
    let b = src.as_bytes();
    let mut i = start;
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    if at(i) == b'0' && matches!(at(i + 1), b'x' | b'X' | b'o' | b'O' | b'b' | b'B') {
        let (radix, what) = match at(i + 1).to_ascii_lowercase() {
            b'x' => (16, "hexadecimal"),
            b'o' => (8, "octal"),
            _ => (2, "binary"),
        };
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
        let is_digit = |c: u8| (c as char).is_digit(radix);
        if !is_digit(at(i)) {
            if radix != 16 && at(i).is_ascii_digit() {
                let msg = format!("invalid digit '{}' in {what} literal", at(i) as char);
                return Err(LexError::new(msg, i, i + 1));
            }
            return Err(LexError::new(format!("invalid {what} literal"), i, i + 1));
        }
        let end = digits(b, i, is_digit, what)?;
        if radix != 16 && at(end).is_ascii_digit() {
            let msg = format!("invalid digit '{}' in {what} literal", at(end) as char);
            return Err(LexError::new(msg, end, end + 1));
        }
        check_end_of_number(src, start, end, what)?;
        let text: String = src[i..end].chars().filter(|&c| c != '_').collect();
        let value = BigInt::parse_bytes(text.as_bytes(), radix)
            .ok_or_else(|| LexError::new(format!("invalid {what} literal"), start, end))?;
        return Ok((end - start, Number::Int(value)));
    }

    // Decimal integer or float.
    let mut is_float = false;
    if at(i) != b'.' {
        i = digits(b, i, |c| c.is_ascii_digit(), "decimal")?;
    }
    if at(i) == b'.' {
        is_float = true;
        i += 1;
        if at(i).is_ascii_digit() {
            i = digits(b, i, |c| c.is_ascii_digit(), "decimal")?;
        } else if at(i) == b'_' {
            return Err(LexError::new("invalid decimal literal", i, i + 1));
        }
    }
    if matches!(at(i), b'e' | b'E') {
        let mut j = i + 1;
        if matches!(at(j), b'+' | b'-') {
            j += 1;
        }
        if at(j).is_ascii_digit() {
            is_float = true;
            i = digits(b, j, |c| c.is_ascii_digit(), "decimal")?;
        } else {
            return Err(LexError::new("invalid decimal literal", start, j));
        }
    }
    if matches!(at(i), b'j' | b'J') {
        check_end_of_number(src, start, i + 1, "imaginary")?;
        let text: String = src[start..i].chars().filter(|&c| c != '_').collect();
        let value: f64 = text.parse().map_err(|_| LexError::new("invalid imaginary literal", start, i))?;
        return Ok((i + 1 - start, Number::Imaginary(value)));
    }
    check_end_of_number(src, start, i, "decimal")?;
    let text: String = src[start..i].chars().filter(|&c| c != '_').collect();
    if is_float {
        let value: f64 = text.parse().map_err(|_| LexError::new("invalid decimal literal", start, i))?;
        return Ok((i - start, Number::Float(value)));
    }
    if text.len() > 1 && text.starts_with('0') {
        if text.bytes().all(|c| c == b'0') {
            return Ok((i - start, Number::Int(BigInt::from(0))));
        }
        return Err(LexError::new(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            start,
            start + 1,
        ));
    }
    let value = BigInt::parse_bytes(text.as_bytes(), 10)
        .ok_or_else(|| LexError::new("invalid decimal literal", start, i))?;
    Ok((i - start, Number::Int(value)))
}

/// A number may not run into a name (`1a`), except for the keywords CPython still tolerates
/// there (`1if x else y`).
fn check_end_of_number(src: &str, start: usize, end: usize, what: &str) -> Result<(), LexError> {
    let rest = &src[end..];
    let Some(c) = rest.chars().next() else { return Ok(()) };
    if !(c == '_' || c.is_ascii_alphanumeric() || (!c.is_ascii() && unicode_ident::is_xid_start(c))) {
        return Ok(());
    }
    for kw in ["and", "else", "for", "if", "in", "is", "not", "or"] {
        if rest.starts_with(kw) {
            return Ok(());
        }
    }
    if what == "decimal" {
        Err(LexError::new(format!("invalid {what} literal"), start, end))
    } else {
        Err(LexError::new(format!("invalid {what} literal"), end, end + 1))
    }
}

// ---------------------------------------------------------------- strings

/// Scans a string literal whose prefix and opening quote logos has matched. An f-string stops
/// after its opening quote: the indentation layer reads its pieces.
pub fn lex_string(lex: &mut Lexer<Tok>) -> Result<StrToken, LexError> {
    let start = lex.span().start;
    let slice = lex.slice();
    let prefix = StrPrefix::parse(&slice[..slice.len() - 1]);
    let quote = slice.as_bytes()[slice.len() - 1];
    let src = lex.source();
    let after = lex.span().end;
    let triple = src.as_bytes().get(after) == Some(&quote) && src.as_bytes().get(after + 1) == Some(&quote);
    if prefix.fstring {
        if prefix.bytes {
            return Err(LexError::new("invalid syntax", start, after));
        }
        if triple {
            lex.bump(2);
        }
        return Ok(StrToken::FStart { prefix, quote, triple });
    }
    let body_start = if triple { after + 2 } else { after };
    let body_end = find_string_end(src, start, body_start, quote, triple)?;
    let close = if triple { 3 } else { 1 };
    lex.bump(body_end + close - after);
    let body = &src[body_start..body_end];
    if prefix.bytes {
        if !body.is_ascii() {
            return Err(LexError::new(
                "bytes can only contain ASCII literal characters",
                start,
                body_end + close,
            ));
        }
        let value = if prefix.raw { body.as_bytes().to_vec() } else { decode_bytes(body, start)? };
        Ok(StrToken::Bytes(value))
    } else {
        let value = if prefix.raw { body.to_string() } else { decode_str(body, start)? };
        Ok(StrToken::Str(value))
    }
}

/// Finds where the body of a plain string ends (the offset of its closing quote).
fn find_string_end(
    src: &str,
    start: usize,
    mut i: usize,
    quote: u8,
    triple: bool,
) -> Result<usize, LexError> {
    let b = src.as_bytes();
    loop {
        let Some(&c) = b.get(i) else {
            let (what, line) = if triple {
                ("unterminated triple-quoted string literal", line_of(src, src.len()))
            } else {
                ("unterminated string literal", line_of(src, start))
            };
            return Err(LexError::new(format!("{what} (detected at line {line})"), start, start + 1));
        };
        if c == b'\\' {
            i += 1;
            if b.get(i) == Some(&b'\r') && b.get(i + 1) == Some(&b'\n') {
                i += 2;
            } else if i < b.len() {
                i += utf8_len(b[i]);
            }
        } else if c == quote && (!triple || (b.get(i + 1) == Some(&quote) && b.get(i + 2) == Some(&quote))) {
            return Ok(i);
        } else if !triple && (c == b'\n' || c == b'\r') {
            let line = line_of(src, start);
            return Err(LexError::new(
                format!("unterminated string literal (detected at line {line})"),
                start,
                start + 1,
            ));
        } else {
            i += 1;
        }
    }
}

fn utf8_len(first: u8) -> usize {
    match first {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// Decodes the escapes of a (non-raw) str literal body. `start` is the token's offset, for
/// error positions.
pub fn decode_str(body: &str, start: usize) -> Result<String, LexError> {
    if !body.contains('\\') {
        return Ok(body.to_string());
    }
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((pos, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push('\\');
            break;
        };
        let unicode_error = |what: &str, end: usize| {
            LexError::new(
                format!(
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position {pos}-{}: {what}",
                    end.saturating_sub(1)
                ),
                start,
                start + 1,
            )
        };
        match e {
            '\n' => {}
            '\r' => {
                if chars.peek().map(|&(_, c)| c) == Some('\n') {
                    chars.next();
                }
            }
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut value = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d)) if d.is_digit(8) => {
                            value = value * 8 + d.to_digit(8).unwrap_or(0);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(value).unwrap_or('\u{FFFD}'));
            }
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut value = 0u32;
                let mut end = pos + 2;
                for _ in 0..n {
                    match chars.peek() {
                        Some(&(i, d)) if d.is_ascii_hexdigit() => {
                            value = value * 16 + d.to_digit(16).unwrap_or(0);
                            end = i + 1;
                            chars.next();
                        }
                        _ => {
                            let what = match e {
                                'x' => "truncated \\xXX escape",
                                'u' => "truncated \\uXXXX escape",
                                _ => "truncated \\UXXXXXXXX escape",
                            };
                            return Err(unicode_error(what, end));
                        }
                    }
                }
                if value > 0x10FFFF {
                    return Err(unicode_error("illegal Unicode character", end));
                }
                // A lone surrogate cannot live in a Rust string; it becomes U+FFFD.
                out.push(char::from_u32(value).unwrap_or('\u{FFFD}'));
            }
            'N' => {
                let rest = &body[pos + 2..];
                let name = rest.strip_prefix('{').and_then(|r| r.find('}').map(|close| &r[..close]));
                let Some(name) = name else {
                    return Err(unicode_error("malformed \\N character escape", pos + 2));
                };
                let end = pos + 2 + name.len() + 2;
                match unicode_names2::character(name) {
                    Some(ch) => out.push(ch),
                    None => return Err(unicode_error("unknown Unicode character name", end)),
                }
                while chars.peek().is_some_and(|&(i, _)| i < end) {
                    chars.next();
                }
            }
            other => {
                // An unknown escape stays as written (CPython warns; we stay silent).
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Decodes the escapes of a (non-raw) bytes literal body, which is ASCII.
pub fn decode_bytes(body: &str, start: usize) -> Result<Vec<u8>, LexError> {
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let Some(&e) = b.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(0x07),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(0x0b),
            b'0'..=b'7' => {
                let mut value = u32::from(e - b'0');
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d) if (b'0'..=b'7').contains(&d) => {
                            value = value * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((value & 0xFF) as u8);
            }
            b'x' => {
                let hex = b.get(i..i + 2).filter(|h| h.iter().all(u8::is_ascii_hexdigit));
                let Some(hex) = hex else {
                    return Err(LexError::new(
                        format!("(value error) invalid \\x escape at position {}", i - 2),
                        start,
                        start + 1,
                    ));
                };
                let text = std::str::from_utf8(hex).unwrap_or("00");
                out.push(u8::from_str_radix(text, 16).unwrap_or(0));
                i += 2;
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}
