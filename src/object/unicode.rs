//! Character properties and case conversions as CPython's `str` defines them (its
//! `unicodectype.c`): which characters are letters, digits, numeric, printable or whitespace, and
//! the full case mappings with the final-sigma rule.
//!
//! The property tables are generated from CPython's `unicodedata` (`unicode_db_gen.py`); case
//! mappings come from Rust's `char` (full mappings, SpecialCasing included) plus the generated
//! titlecase and case-folding exceptions. ASCII takes a fast path everywhere.

#[path = "unicode_db.rs"]
#[rustfmt::skip]
mod db;

/// Whether `c` lies in one of the sorted, disjoint ranges.
fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// `str.isalpha` for one character (categories L*).
#[inline]
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_ranges(db::ALPHA, c)
    }
}

/// The value of a decimal digit (category Nd), as `int()` and `str.isdecimal` see it.
#[inline]
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let n = c as u32;
    let i = db::DECIMAL.partition_point(|&(_, hi, _)| hi < n);
    match db::DECIMAL.get(i) {
        Some(&(lo, _, zero)) if lo <= n => Some(n - zero),
        _ => None,
    }
}

#[inline]
pub fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

/// `str.isdigit` for one character (decimal digits plus superscripts, circled digits, …).
#[inline]
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_ranges(db::DIGIT, c)
    }
}

/// `str.isnumeric` for one character (anything with a numeric value, e.g. '½', '五').
#[inline]
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_ranges(db::NUMERIC, c)
    }
}

/// `str.isalnum` for one character.
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// Whitespace as `str.isspace` and `str.split()` see it (includes the ASCII separators
/// `\x1c`–`\x1f`).
#[inline]
pub fn is_space(c: char) -> bool {
    match c {
        ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r' | '\x1c'..='\x1f' => true,
        _ if c.is_ascii() => false,
        _ => in_ranges(db::SPACE, c),
    }
}

/// A line boundary for `str.splitlines`.
#[inline]
pub fn is_linebreak(c: char) -> bool {
    matches!(c, '\n' | '\x0b' | '\x0c' | '\r' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// `str.isprintable` for one character; `repr` escapes the others.
#[inline]
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        (' '..='~').contains(&c)
    } else {
        in_ranges(db::PRINTABLE, c)
    }
}

/// Titlecase letters (category Lt), e.g. 'ǅ'.
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_ranges(db::TITLECASE, c)
}

#[inline]
pub fn is_lower(c: char) -> bool {
    c.is_lowercase()
}

#[inline]
pub fn is_upper(c: char) -> bool {
    c.is_uppercase()
}

/// Cased characters: lowercase, uppercase or titlecase.
pub fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_title(c)
}

fn is_case_ignorable(c: char) -> bool {
    in_ranges(db::CASE_IGNORABLE, c)
}

fn lookup_map(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    let n = c as u32;
    table.binary_search_by_key(&n, |&(k, _)| k).ok().map(|i| table[i].1)
}

/// Appends the full uppercase mapping of `c`.
#[inline]
pub fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        out.extend(c.to_uppercase());
    }
}

/// Appends the full titlecase mapping of `c`.
pub fn push_title(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if let Some(t) = lookup_map(db::TITLE_MAP, c) {
        out.push_str(t);
    } else {
        out.extend(c.to_uppercase());
    }
}

/// Appends the full lowercase mapping of the character at `chars[i]`, applying the final-sigma
/// rule (CPython's `handle_capital_sigma`): 'Σ' becomes 'ς' when a cased letter precedes it and
/// none follows (skipping case-ignorable characters both ways).
fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if c == '\u{3a3}' {
        let before = chars[..i].iter().rev().find(|&&x| !is_case_ignorable(x)).is_some_and(|&x| is_cased(x));
        let after = chars[i + 1..].iter().find(|&&x| !is_case_ignorable(x)).is_some_and(|&x| is_cased(x));
        out.push(if before && !after { '\u{3c2}' } else { '\u{3c3}' });
        return;
    }
    out.extend(c.to_lowercase());
}

/// `str.lower()`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower_at(&mut out, &chars, i);
    }
    out
}

/// `str.upper()`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(&mut out, c);
    }
    out
}

/// `str.casefold()`: full case folding (e.g. 'ß' → 'ss').
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match lookup_map(db::CASEFOLD_MAP, c) {
            Some(f) => out.push_str(f),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// `str.swapcase()`.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower_at(&mut out, &chars, i);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.capitalize()`: the first character titlecased, the rest lowercased (CPython 3.8+).
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            push_title(&mut out, chars[0]);
        } else {
            push_lower_at(&mut out, &chars, i);
        }
    }
    out
}

/// `str.title()`: a cased character after an uncased one is titlecased, others lowercased.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut previous_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        previous_cased = is_cased(c);
    }
    out
}

/// `str.istitle()`.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}

/// `str.islower()`: some cased character and no uppercase or titlecase one.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            return false;
        }
        if !cased && is_lower(c) {
            cased = true;
        }
    }
    cased
}

/// `str.isupper()`: some cased character and no lowercase or titlecase one.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_title(c) {
            return false;
        }
        if !cased && is_upper(c) {
            cased = true;
        }
    }
    cased
}
