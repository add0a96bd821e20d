//! The `re` module, native, on the `fancy-regex` crate (which brings lookaround, atomic groups
//! and backreferences). Python's pattern syntax is translated to the crate's (`translate`),
//! positions are converted between Python's character offsets and the crate's byte offsets
//! (`Haystack`), and the iteration rules of CPython's `sre` (empty matches next to a previous
//! match, `findall`'s group shapes, `split` with groups, replacement templates) are ours.

use crate::memory::alloc::{alloc_object, free_object};
use crate::object::header::{ObjectHeader, PyPayload};
use crate::object::typeobj::{GetSetDef, MethodDef, MethodKind, TypeObject};
use crate::object::*;
use crate::slots;
use crate::vm::Vm;
use fancy_regex::{Regex, RegexBuilder, RegexInput};
use std::cell::{OnceCell, UnsafeCell};
use std::collections::HashMap;

// ---------------------------------------------------------------------------------------------
// Flags (CPython's values).

const FLAG_TEMPLATE: i64 = 1;
const FLAG_IGNORECASE: i64 = 2;
const FLAG_LOCALE: i64 = 4;
const FLAG_MULTILINE: i64 = 8;
const FLAG_DOTALL: i64 = 16;
const FLAG_UNICODE: i64 = 32;
const FLAG_VERBOSE: i64 = 64;
const FLAG_DEBUG: i64 = 128;
const FLAG_ASCII: i64 = 256;

/// Flag names in the order CPython's `repr` of a pattern lists them.
const FLAG_NAMES: &[(i64, &str)] = &[
    (FLAG_TEMPLATE, "re.TEMPLATE"),
    (FLAG_IGNORECASE, "re.IGNORECASE"),
    (FLAG_LOCALE, "re.LOCALE"),
    (FLAG_MULTILINE, "re.MULTILINE"),
    (FLAG_DOTALL, "re.DOTALL"),
    (FLAG_UNICODE, "re.UNICODE"),
    (FLAG_VERBOSE, "re.VERBOSE"),
    (FLAG_DEBUG, "re.DEBUG"),
    (FLAG_ASCII, "re.ASCII"),
];

// ---------------------------------------------------------------------------------------------
// Module state: the error class and the compile cache.

struct State {
    error: UnsafeCell<Option<Obj>>,
    cache: UnsafeCell<Option<HashMap<(String, i64), Obj>>>,
}

// SAFETY: only the interpreter thread imports `re` and compiles patterns.
unsafe impl Sync for State {}

static STATE: State = State { error: UnsafeCell::new(None), cache: UnsafeCell::new(None) };

/// Patterns kept by the module-level functions (CPython keeps 512 too).
const CACHE_MAX: usize = 512;

/// `re.error(msg, pattern, pos)`: CPython's `re.PatternError`.
fn re_error(vm: &mut Vm, msg: &str, pattern: Option<&str>, pos: Option<usize>) -> PyErr {
    // SAFETY: a short read of the module state.
    let Some(cls) = (unsafe { (*STATE.error.get()).clone() }) else {
        return PyErr::value_error(msg.to_string());
    };
    let args = vec![
        str::new_str(msg),
        pattern.map_or_else(singletons::none, str::new_str),
        pos.map_or_else(singletons::none, |p| int::new_int(p as i64)),
    ];
    match protocol::call(vm, &cls, &args, None) {
        Ok(e) => PyErr::from_obj(e),
        Err(e) => e,
    }
}

// ---------------------------------------------------------------------------------------------
// Pattern translation: Python syntax to fancy-regex syntax.

/// What the translation learns about a pattern besides the crate's text.
struct Translated {
    text: String,
    /// Flags set inline at the start (`(?i)` etc.), merged into the pattern's flags.
    inline_flags: i64,
    /// The enclosing group of each group (index 0 unused), for `lastindex`.
    parents: Vec<usize>,
}

/// A translation error: message and position (in characters) as `re.error` reports them.
type TransError = (String, usize);

fn is_meta(c: char) -> bool {
    matches!(
        c,
        '\\' | '.'
            | '+'
            | '*'
            | '?'
            | '('
            | ')'
            | '|'
            | '['
            | ']'
            | '{'
            | '}'
            | '^'
            | '$'
            | '#'
            | '&'
            | '-'
            | '~'
    )
}

/// Translates a Python pattern. `flags` are the compile flags; inline global flags found at
/// the start are returned and applied by the caller.
fn translate(p: &str, flags: i64) -> Result<Translated, TransError> {
    let chars: Vec<char> = p.chars().collect();
    let mut flags = flags;
    let mut inline_flags = 0;
    // Leading global flags, e.g. `(?ix)`, decide verbose/ASCII/multiline handling below.
    let mut i = 0;
    while i + 2 < chars.len() && chars[i] == '(' && chars[i + 1] == '?' {
        let mut j = i + 2;
        let mut f = 0;
        while j < chars.len() && "aiLmsux".contains(chars[j]) {
            f |= match chars[j] {
                'a' => FLAG_ASCII,
                'i' => FLAG_IGNORECASE,
                'L' => FLAG_LOCALE,
                'm' => FLAG_MULTILINE,
                's' => FLAG_DOTALL,
                'u' => FLAG_UNICODE,
                _ => FLAG_VERBOSE,
            };
            j += 1;
        }
        if j < chars.len() && chars[j] == ')' && j > i + 2 {
            inline_flags |= f;
            i = j + 1;
        } else {
            break;
        }
    }
    flags |= inline_flags;
    let verbose = flags & FLAG_VERBOSE != 0;
    let ascii = flags & FLAG_ASCII != 0;
    let multiline = flags & FLAG_MULTILINE != 0;
    let mut out = String::with_capacity(p.len() + 8);
    let mut parents = vec![0usize];
    let mut open: Vec<Option<usize>> = Vec::new();
    let mut in_class = false;
    let mut class_start = 0usize;
    while i < chars.len() {
        let c = chars[i];
        if in_class {
            match c {
                ']' if i > class_start => {
                    in_class = false;
                    out.push(']');
                }
                '\\' => {
                    let Some(&e) = chars.get(i + 1) else {
                        return Err(("bad escape (end of pattern)".into(), i));
                    };
                    i += 1;
                    translate_escape(e, &chars, &mut i, true, ascii, &mut out)?;
                }
                '[' | '&' | '~' => {
                    out.push('\\');
                    out.push(c);
                }
                _ => out.push(c),
            }
            i += 1;
            continue;
        }
        match c {
            '\\' => {
                let Some(&e) = chars.get(i + 1) else {
                    return Err(("bad escape (end of pattern)".into(), i));
                };
                let at = i;
                i += 1;
                if e.is_ascii_digit() && e != '0' {
                    // A backreference `\1`..`\99`.
                    let mut n = e.to_digit(10).unwrap_or(0) as usize;
                    if let Some(d) = chars.get(i + 1).and_then(|d| d.to_digit(10)) {
                        n = n * 10 + d as usize;
                        i += 1;
                    }
                    if n >= parents.len() {
                        return Err((format!("invalid group reference {n}"), at + 1));
                    }
                    out.push_str(&format!("\\{n}"));
                } else if e == 'Z' {
                    out.push_str("\\z");
                } else {
                    translate_escape(e, &chars, &mut i, false, ascii, &mut out).map_err(|(m, _)| (m, at))?;
                }
            }
            '[' => {
                in_class = true;
                out.push('[');
                if chars.get(i + 1) == Some(&'^') {
                    out.push('^');
                    i += 1;
                }
                class_start = i + 1;
                if chars.get(i + 1) == Some(&']') {
                    out.push_str("\\]");
                    i += 1;
                }
            }
            '(' => {
                if chars.get(i + 1) == Some(&'?') {
                    let rest: String = chars[i + 2..].iter().take(3).collect();
                    if rest.starts_with('#') {
                        // A comment group: dropped.
                        while i < chars.len() && chars[i] != ')' {
                            i += 1;
                        }
                        if i >= chars.len() {
                            return Err(("missing ), unterminated comment".into(), i));
                        }
                        i += 1;
                        continue;
                    }
                    if rest.starts_with("P<") {
                        let parent = open.iter().rev().flatten().next().copied().unwrap_or(0);
                        parents.push(parent);
                        open.push(Some(parents.len() - 1));
                    } else {
                        open.push(None);
                    }
                    // Inline flag groups `(?a:...)`/`(?a)`: drop the flags the crate lacks.
                    let mut j = i + 2;
                    let mut k = String::from("(?");
                    let mut scoped = false;
                    while j < chars.len() && "aiLmsux-".contains(chars[j]) {
                        if !"aLu".contains(chars[j]) {
                            k.push(chars[j]);
                        }
                        j += 1;
                        scoped = true;
                    }
                    if scoped && j < chars.len() && (chars[j] == ':' || chars[j] == ')') {
                        if chars[j] == ')' {
                            open.pop();
                        }
                        if k == "(?" || k == "(?-" {
                            // Only dropped flags: a plain group or nothing.
                            if chars[j] == ':' {
                                out.push_str("(?:");
                            }
                        } else {
                            out.push_str(&k);
                            out.push(chars[j]);
                        }
                        i = j + 1;
                        continue;
                    }
                    out.push('(');
                } else {
                    let parent = open.iter().rev().flatten().next().copied().unwrap_or(0);
                    parents.push(parent);
                    open.push(Some(parents.len() - 1));
                    out.push('(');
                }
            }
            ')' => {
                if open.pop().is_none() && !out.contains('(') {
                    return Err(("unbalanced parenthesis".into(), i));
                }
                out.push(')');
            }
            '$' if !multiline => out.push_str("(?:\\z|(?=\\n\\z))"),
            '{' => match quantifier_end(&chars, i) {
                Some((end, lower_missing)) => {
                    out.push('{');
                    if lower_missing {
                        out.push('0');
                    }
                    out.extend(&chars[i + 1..=end]);
                    i = end;
                }
                None => out.push_str("\\{"),
            },
            '}' => out.push_str("\\}"),
            '#' if verbose => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            c if verbose && c.is_whitespace() => {}
            '#' | '&' | '~' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_whitespace() && c != ' ' && c != '\n' && c != '\t' => {
                out.push_str(&format!("\\x{{{:x}}}", c as u32));
            }
            _ => out.push(c),
        }
        i += 1;
    }
    if in_class {
        return Err(("unterminated character set".into(), class_start.saturating_sub(1)));
    }
    Ok(Translated { text: out, inline_flags, parents })
}

/// Whether `chars[start]` (a `{`) begins a quantifier `{m}`, `{m,}`, `{,n}`, `{m,n}`: returns
/// the index of the closing brace and whether the lower bound is missing.
fn quantifier_end(chars: &[char], start: usize) -> Option<(usize, bool)> {
    let mut j = start + 1;
    let lo_start = j;
    while j < chars.len() && chars[j].is_ascii_digit() {
        j += 1;
    }
    let has_lo = j > lo_start;
    if chars.get(j) == Some(&'}') {
        return has_lo.then_some((j, false));
    }
    if chars.get(j) != Some(&',') {
        return None;
    }
    j += 1;
    let hi_start = j;
    while j < chars.len() && chars[j].is_ascii_digit() {
        j += 1;
    }
    let has_hi = j > hi_start;
    if chars.get(j) != Some(&'}') || (!has_lo && !has_hi) {
        return None;
    }
    Some((j, !has_lo))
}

/// Translates the escape `\e` (the backslash is at `*i - 1`; `*i` is at `e` and may advance).
fn translate_escape(
    e: char,
    chars: &[char],
    i: &mut usize,
    in_class: bool,
    ascii: bool,
    out: &mut String,
) -> Result<(), TransError> {
    match e {
        'd' | 'w' | 's' | 'D' | 'W' | 'S' if ascii => {
            let set = match e.to_ascii_lowercase() {
                'd' => "0-9",
                'w' => "0-9A-Za-z_",
                _ => " \\t\\n\\r\\x0B\\x0C",
            };
            let neg = e.is_ascii_uppercase();
            if in_class && !neg {
                out.push_str(set);
            } else {
                out.push_str(if neg { "[^" } else { "[" });
                out.push_str(set);
                out.push(']');
            }
        }
        'd' | 'w' | 's' | 'D' | 'W' | 'S' | 'n' | 't' | 'r' | 'f' | 'v' => {
            out.push('\\');
            out.push(e);
        }
        'A' | 'B' if !in_class => {
            out.push('\\');
            out.push(e);
        }
        'b' => out.push_str(if in_class { "\\x08" } else { "\\b" }),
        'a' => out.push_str("\\x07"),
        'x' => {
            let hex: String = chars[*i + 1..].iter().take(2).collect();
            if hex.len() != 2 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
                return Err((format!("incomplete escape \\x{hex}"), *i - 1));
            }
            out.push_str(&format!("\\x{hex}"));
            *i += 2;
        }
        'u' | 'U' => {
            let n = if e == 'u' { 4 } else { 8 };
            let hex: String = chars[*i + 1..].iter().take(n).collect();
            if hex.len() != n || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
                return Err((format!("incomplete escape \\{e}{hex}"), *i - 1));
            }
            let v = u32::from_str_radix(&hex, 16).unwrap_or(0);
            if char::from_u32(v).is_none() {
                return Err((format!("bad escape \\{e}{hex}"), *i - 1));
            }
            out.push_str(&format!("\\x{{{v:x}}}"));
            *i += n;
        }
        '0'..='7' => {
            // An octal escape (a backreference outside classes was handled by the caller).
            let mut v = e.to_digit(8).unwrap_or(0);
            let mut k = 0;
            while k < 2 {
                match chars.get(*i + 1).and_then(|d| d.to_digit(8)) {
                    Some(d) => {
                        v = v * 8 + d;
                        *i += 1;
                        k += 1;
                    }
                    None => break,
                }
            }
            out.push_str(&format!("\\x{{{v:x}}}"));
        }
        c if c.is_ascii_alphanumeric() => {
            return Err((format!("bad escape \\{c}"), *i - 1));
        }
        c if is_meta(c) || c == ' ' => {
            out.push('\\');
            out.push(c);
        }
        c => out.push(c),
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Haystacks: character offsets (Python's) against byte offsets (the crate's).

struct Haystack<'a> {
    text: &'a str,
    /// Byte offset of each character and then the text's length; empty for ASCII text.
    starts: Vec<usize>,
}

impl<'a> Haystack<'a> {
    fn new(text: &'a str) -> Haystack<'a> {
        let starts = if text.is_ascii() {
            Vec::new()
        } else {
            text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len())).collect()
        };
        Haystack { text, starts }
    }

    fn char_len(&self) -> usize {
        if self.starts.is_empty() {
            self.text.len()
        } else {
            self.starts.len() - 1
        }
    }

    fn c2b(&self, c: usize) -> usize {
        if self.starts.is_empty() {
            c
        } else {
            self.starts[c.min(self.starts.len() - 1)]
        }
    }

    fn b2c(&self, b: usize) -> usize {
        if self.starts.is_empty() {
            b
        } else {
            self.starts.partition_point(|&s| s < b)
        }
    }

    /// The byte offset of the character after the one at byte `b`.
    fn next_char(&self, b: usize) -> usize {
        let mut n = b + 1;
        while n < self.text.len() && !self.text.is_char_boundary(n) {
            n += 1;
        }
        n
    }
}

// ---------------------------------------------------------------------------------------------
// Pattern objects.

#[repr(C)]
pub struct PatternObject {
    head: ObjectHeader,
    regex: Regex,
    /// The same pattern followed by `\z`, built on first use by `fullmatch`.
    full: OnceCell<Option<Regex>>,
    crate_text: String,
    builder_flags: i64,
    pattern: Obj,
    flags: i64,
    groups: usize,
    groupindex: Obj,
    names: Vec<Option<String>>,
    parents: Vec<usize>,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for PatternObject {
    fn static_type() -> &'static TypeObject {
        &PATTERN_TYPE
    }
}

unsafe fn pattern_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: drop every Rust field, then free the block.
    unsafe {
        let p = obj as *mut PatternObject;
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).regex));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).full));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).crate_text));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).pattern));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).groupindex));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).names));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).parents));
        free_object(obj, 0);
    }
}

fn pat(o: &Obj) -> &PatternObject {
    o.downcast::<PatternObject>().expect("re.Pattern")
}

fn build(text: &str, flags: i64) -> Result<Regex, fancy_regex::Error> {
    RegexBuilder::new(text)
        .case_insensitive(flags & FLAG_IGNORECASE != 0)
        .multi_line(flags & FLAG_MULTILINE != 0)
        .dot_matches_new_line(flags & FLAG_DOTALL != 0)
        .backtrack_limit(10_000_000)
        .build()
}

/// A crate error as CPython's message where we know the equivalent.
fn crate_error_message(e: &fancy_regex::Error) -> String {
    use fancy_regex::{Error, ParseError};
    match e {
        Error::ParseError(_, ParseError::UnclosedOpenParen) => "missing ), unterminated subpattern".into(),
        Error::ParseError(_, ParseError::InvalidRepeat) => "nothing to repeat".into(),
        Error::ParseError(_, ParseError::TrailingBackslash) => "bad escape (end of pattern)".into(),
        other => other.to_string(),
    }
}

/// Compiles `pattern` (a str) with `flags`.
fn compile_pattern(vm: &mut Vm, pattern: &Obj, flags: i64) -> PyResult<Obj> {
    let Some(src) = str::as_str_obj(pattern) else {
        if bytes::as_bytes(pattern).is_some() {
            return Err(PyErr::not_implemented_error("bytes patterns are not supported by Vivarium's re"));
        }
        return Err(PyErr::type_error("first argument must be string or compiled pattern"));
    };
    let src = src.as_str().to_string();
    if flags & FLAG_ASCII != 0 && flags & FLAG_UNICODE != 0 {
        return Err(PyErr::value_error("ASCII and UNICODE flags are incompatible"));
    }
    let tr = translate(&src, flags).map_err(|(m, pos)| re_error(vm, &m, Some(&src), Some(pos)))?;
    let all_flags = flags | tr.inline_flags;
    let regex = build(&tr.text, all_flags)
        .map_err(|e| re_error(vm, &crate_error_message(&e), Some(&src), Some(0)))?;
    let groups = regex.captures_len().saturating_sub(1);
    let names: Vec<Option<String>> = regex.capture_names().map(|n| n.map(|s| s.to_string())).collect();
    let gi = dict::new_dict();
    for (i, n) in names.iter().enumerate() {
        if let Some(n) = n {
            dict::as_dict(&gi).expect("dict").set_item(vm, str::new_str(n), int::new_int(i as i64))?;
        }
    }
    let mut parents = tr.parents;
    parents.resize(groups + 1, 0);
    let py_flags = all_flags | if all_flags & FLAG_ASCII == 0 { FLAG_UNICODE } else { 0 };
    let ptr = alloc_object(&PATTERN_TYPE, 0)?;
    // SAFETY: a fresh block with the pattern layout; every field written once.
    unsafe {
        let p = ptr as *mut PatternObject;
        std::ptr::addr_of_mut!((*p).regex).write(regex);
        std::ptr::addr_of_mut!((*p).full).write(OnceCell::new());
        std::ptr::addr_of_mut!((*p).crate_text).write(tr.text);
        std::ptr::addr_of_mut!((*p).builder_flags).write(all_flags);
        std::ptr::addr_of_mut!((*p).pattern).write(pattern.clone());
        std::ptr::addr_of_mut!((*p).flags).write(py_flags);
        std::ptr::addr_of_mut!((*p).groups).write(groups);
        std::ptr::addr_of_mut!((*p).groupindex).write(gi);
        std::ptr::addr_of_mut!((*p).names).write(names);
        std::ptr::addr_of_mut!((*p).parents).write(parents);
        Ok(Obj::from_raw(ptr))
    }
}

/// `re.compile` with the module cache; a compiled pattern passes through.
fn cached_compile(vm: &mut Vm, pattern: &Obj, flags: i64) -> PyResult<Obj> {
    if pattern.is_exact::<PatternObject>() {
        if flags != 0 {
            return Err(PyErr::value_error("cannot process flags argument with a compiled pattern"));
        }
        return Ok(pattern.clone());
    }
    let key = str::as_str_obj(pattern).map(|s| (s.as_str().to_string(), flags));
    if let Some(k) = &key {
        // SAFETY: a short access to the cache.
        if let Some(p) = unsafe { (*STATE.cache.get()).as_ref().and_then(|c| c.get(k).cloned()) } {
            return Ok(p);
        }
    }
    let p = compile_pattern(vm, pattern, flags)?;
    if let Some(k) = key {
        // SAFETY: a short access; dropping evicted patterns runs no Python code.
        let old = unsafe {
            let c = (*STATE.cache.get()).get_or_insert_with(HashMap::new);
            let old = if c.len() >= CACHE_MAX { std::mem::take(c) } else { HashMap::new() };
            c.insert(k, p.clone());
            old
        };
        drop(old);
    }
    Ok(p)
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Search,
    Match,
    Full,
}

/// Byte spans of each group of one match.
type Spans = Vec<Option<(usize, usize)>>;

/// Runs the pattern once over `hay[..end]` from byte `start`.
fn run_once(
    vm: &mut Vm,
    p: &PatternObject,
    hay: &Haystack,
    start: usize,
    end: usize,
    mode: Mode,
) -> PyResult<Option<Spans>> {
    if start > end {
        return Ok(None);
    }
    let text = &hay.text[..end];
    let re = if mode == Mode::Full {
        match p.full.get_or_init(|| build(&format!("(?:{})\\z", p.crate_text), p.builder_flags).ok()) {
            Some(r) => r,
            None => return Err(PyErr::runtime_error("cannot build the fullmatch form of this pattern")),
        }
    } else {
        &p.regex
    };
    let input = RegexInput::new(text).from_pos(start).anchored(mode != Mode::Search);
    match re.captures_input(input) {
        Ok(Some(caps)) => {
            Ok(Some((0..caps.len()).map(|i| caps.get(i).map(|m| (m.start(), m.end()))).collect()))
        }
        Ok(None) => Ok(None),
        Err(e) => {
            let _ = vm;
            Err(PyErr::runtime_error(format!("regular expression could not be matched: {e}")))
        }
    }
}

/// Normalises Python's `pos`/`endpos` arguments to character offsets.
fn bounds(vm: &mut Vm, pos: Option<&Obj>, endpos: Option<&Obj>, len: usize) -> PyResult<(usize, usize)> {
    let clamp = |v: i64| if v < 0 { 0 } else { (v as usize).min(len) };
    let p = match pos {
        Some(o) => clamp(protocol::index_i64(vm, o)?),
        None => 0,
    };
    let e = match endpos.filter(|o| !singletons::is_none(o)) {
        Some(o) => clamp(protocol::index_i64(vm, o)?),
        None => len,
    };
    Ok((p, e))
}

fn expect_string(o: &Obj) -> PyResult<&str> {
    match str::as_str_obj(o) {
        Some(s) => Ok(s.as_str()),
        None => {
            Err(PyErr::type_error(format!("expected string or bytes-like object, got '{}'", o.ty().name())))
        }
    }
}

/// Builds a `re.Match` from byte spans.
fn new_match(
    p_obj: &Obj,
    string: &Obj,
    hay: &Haystack,
    spans: &Spans,
    pos: usize,
    endpos: usize,
) -> PyResult<Obj> {
    let p = pat(p_obj);
    let cspans: Vec<Option<(usize, usize)>> =
        spans.iter().map(|s| s.map(|(a, b)| (hay.b2c(a), hay.b2c(b)))).collect();
    // The last group to close: the one ending last; on a tie, an enclosing group closes after
    // the groups inside it, and a later sibling after an earlier one.
    let mut last: Option<usize> = None;
    for (g, s) in cspans.iter().enumerate().skip(1) {
        let Some((_, e)) = s else { continue };
        last = match last {
            None => Some(g),
            Some(l) => {
                let le = cspans[l].map(|x| x.1).unwrap_or(0);
                if *e > le || (*e == le && !is_ancestor(&p.parents, l, g)) {
                    Some(g)
                } else {
                    Some(l)
                }
            }
        };
    }
    let ptr = alloc_object(&MATCH_TYPE, 0)?;
    // SAFETY: a fresh block with the match layout.
    unsafe {
        let m = ptr as *mut MatchObject;
        std::ptr::addr_of_mut!((*m).string).write(string.clone());
        std::ptr::addr_of_mut!((*m).re).write(p_obj.clone());
        std::ptr::addr_of_mut!((*m).pos).write(pos);
        std::ptr::addr_of_mut!((*m).endpos).write(endpos);
        std::ptr::addr_of_mut!((*m).spans).write(cspans);
        std::ptr::addr_of_mut!((*m).lastindex).write(last);
        Ok(Obj::from_raw(ptr))
    }
}

/// Whether group `a` encloses group `b`.
fn is_ancestor(parents: &[usize], a: usize, b: usize) -> bool {
    let mut g = b;
    while g != 0 {
        g = parents.get(g).copied().unwrap_or(0);
        if g == a {
            return true;
        }
    }
    false
}

/// `pattern.match/search/fullmatch(string, pos, endpos)`.
fn do_match(vm: &mut Vm, p_obj: &Obj, a: &[Obj], kw: Option<&Obj>, name: &str, mode: Mode) -> PyResult<Obj> {
    let [string, pos, endpos] = args::bind(name, a, kw, ["string", "pos", "endpos"], 1, 3)?;
    let string = string.expect("required");
    let text = expect_string(string)?;
    let hay = Haystack::new(text);
    let (pc, ec) = bounds(vm, pos, endpos, hay.char_len())?;
    let p = pat(p_obj);
    match run_once(vm, p, &hay, hay.c2b(pc), hay.c2b(ec), mode)? {
        Some(spans) => new_match(p_obj, string, &hay, &spans, pc, ec),
        None => Ok(singletons::none()),
    }
}

/// Calls `f` for each successive match from character `pc` to `ec`, with CPython 3.7's rules:
/// matching resumes where the previous match ended, and an empty match may not start where the
/// previous empty match was found. `f` returns false to stop.
fn for_each_match(
    vm: &mut Vm,
    p: &PatternObject,
    hay: &Haystack,
    pc: usize,
    ec: usize,
    mut f: impl FnMut(&mut Vm, &Spans) -> PyResult<bool>,
) -> PyResult<()> {
    let end = hay.c2b(ec);
    let mut at = hay.c2b(pc);
    // Where an empty match may not be found: right after an empty match.
    let mut no_empty_at: Option<usize> = None;
    while at <= end {
        let Some(spans) = run_once(vm, p, hay, at, end, Mode::Search)? else {
            break;
        };
        let (s, e) = spans[0].unwrap_or((at, at));
        if s == e && no_empty_at == Some(s) {
            if s >= end {
                break;
            }
            at = hay.next_char(s);
            continue;
        }
        if !f(vm, &spans)? {
            break;
        }
        no_empty_at = (s == e).then_some(e);
        at = e;
    }
    Ok(())
}

/// The string of byte span `s`, or `default` when the group did not take part.
fn group_str(hay: &Haystack, s: Option<(usize, usize)>, default: &Obj) -> Obj {
    match s {
        Some((a, b)) => str::new_str(&hay.text[a..b]),
        None => default.clone(),
    }
}

fn do_findall(
    vm: &mut Vm,
    p_obj: &Obj,
    string: &Obj,
    pos: Option<&Obj>,
    endpos: Option<&Obj>,
) -> PyResult<Obj> {
    let text = expect_string(string)?;
    let hay = Haystack::new(text);
    let (pc, ec) = bounds(vm, pos, endpos, hay.char_len())?;
    let p = pat(p_obj);
    let empty = str::empty();
    let mut out = Vec::new();
    for_each_match(vm, p, &hay, pc, ec, |_, spans| {
        let item = match p.groups {
            0 => group_str(&hay, spans[0], &empty),
            1 => group_str(&hay, spans[1], &empty),
            _ => tuple::new_tuple(spans[1..].iter().map(|s| group_str(&hay, *s, &empty)).collect())?,
        };
        out.push(item);
        Ok(true)
    })?;
    list::new_list(out)
}

fn do_finditer(
    vm: &mut Vm,
    p_obj: &Obj,
    string: &Obj,
    pos: Option<&Obj>,
    endpos: Option<&Obj>,
) -> PyResult<Obj> {
    let text = expect_string(string)?;
    let hay = Haystack::new(text);
    let (pc, ec) = bounds(vm, pos, endpos, hay.char_len())?;
    let p = pat(p_obj);
    let mut out = Vec::new();
    for_each_match(vm, p, &hay, pc, ec, |_, spans| {
        out.push(new_match(p_obj, string, &hay, spans, pc, ec)?);
        Ok(true)
    })?;
    protocol::get_iter(vm, &list::new_list(out)?)
}

fn do_split(vm: &mut Vm, p_obj: &Obj, string: &Obj, maxsplit: i64) -> PyResult<Obj> {
    let text = expect_string(string)?;
    let hay = Haystack::new(text);
    let p = pat(p_obj);
    let none = singletons::none();
    let mut out = Vec::new();
    let mut last = 0usize;
    let mut n = 0i64;
    for_each_match(vm, p, &hay, 0, hay.char_len(), |_, spans| {
        if maxsplit > 0 && n >= maxsplit {
            return Ok(false);
        }
        let (s, e) = spans[0].unwrap_or((0, 0));
        out.push(str::new_str(&hay.text[last..s]));
        for g in &spans[1..] {
            out.push(group_str(&hay, *g, &none));
        }
        last = e;
        n += 1;
        Ok(true)
    })?;
    out.push(str::new_str(&hay.text[last..]));
    list::new_list(out)
}

/// One piece of a replacement template.
enum Piece {
    Lit(String),
    Group(usize),
}

/// Parses a replacement template (`\1`, `\g<name>`, `\g<0>`, `\n`...), with CPython's errors.
fn parse_template(vm: &mut Vm, p: &PatternObject, t: &str) -> PyResult<Vec<Piece>> {
    let chars: Vec<char> = t.chars().collect();
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    let err = |vm: &mut Vm, m: String, pos: usize| re_error(vm, &m, Some(t), Some(pos));
    while i < chars.len() {
        let c = chars[i];
        if c != '\\' {
            lit.push(c);
            i += 1;
            continue;
        }
        let at = i;
        i += 1;
        let Some(&e) = chars.get(i) else {
            return Err(err(vm, "bad escape (end of pattern)".into(), at));
        };
        i += 1;
        let group = match e {
            'g' => {
                if chars.get(i) != Some(&'<') {
                    return Err(err(vm, "missing <".into(), i));
                }
                let start = i + 1;
                let Some(close) = chars[start..].iter().position(|&c| c == '>') else {
                    return Err(err(vm, "missing >, unterminated name".into(), start));
                };
                let name: String = chars[start..start + close].iter().collect();
                i = start + close + 1;
                if name.is_empty() {
                    return Err(err(vm, "missing group name".into(), start));
                }
                if let Ok(n) = name.parse::<usize>() {
                    if n > p.groups {
                        return Err(err(vm, format!("invalid group reference {n}"), start));
                    }
                    Some(n)
                } else {
                    match p.names.iter().position(|x| x.as_deref() == Some(name.as_str())) {
                        Some(n) => Some(n),
                        None => {
                            if !str::is_identifier_like(&name) {
                                return Err(err(vm, format!("bad character in group name '{name}'"), start));
                            }
                            let msg = format!("unknown group name '{name}'");
                            return Err(PyErr::index_error(msg));
                        }
                    }
                }
            }
            '0' => {
                let mut v = 0u32;
                let mut k = 0;
                i -= 1;
                while k < 3 {
                    match chars.get(i).and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            i += 1;
                            k += 1;
                        }
                        None => break,
                    }
                }
                lit.push(char::from_u32(v).unwrap_or('\0'));
                None
            }
            d if d.is_ascii_digit() => {
                let mut n = d.to_digit(10).unwrap_or(0) as usize;
                if let Some(d2) = chars.get(i).and_then(|c| c.to_digit(10)) {
                    n = n * 10 + d2 as usize;
                    i += 1;
                }
                if n > p.groups {
                    return Err(err(vm, format!("invalid group reference {n}"), at + 1));
                }
                Some(n)
            }
            'n' => {
                lit.push('\n');
                None
            }
            't' => {
                lit.push('\t');
                None
            }
            'r' => {
                lit.push('\r');
                None
            }
            'f' => {
                lit.push('\x0c');
                None
            }
            'v' => {
                lit.push('\x0b');
                None
            }
            'a' => {
                lit.push('\x07');
                None
            }
            'b' => {
                lit.push('\x08');
                None
            }
            '\\' => {
                lit.push('\\');
                None
            }
            c if c.is_ascii_alphabetic() => {
                return Err(err(vm, format!("bad escape \\{c}"), at));
            }
            c => {
                lit.push('\\');
                lit.push(c);
                None
            }
        };
        if let Some(g) = group {
            if !lit.is_empty() {
                pieces.push(Piece::Lit(std::mem::take(&mut lit)));
            }
            pieces.push(Piece::Group(g));
        }
    }
    if !lit.is_empty() {
        pieces.push(Piece::Lit(lit));
    }
    Ok(pieces)
}

fn expand(pieces: &[Piece], hay: &Haystack, spans: &Spans, out: &mut String) {
    for piece in pieces {
        match piece {
            Piece::Lit(s) => out.push_str(s),
            Piece::Group(g) => {
                if let Some(Some((a, b))) = spans.get(*g) {
                    out.push_str(&hay.text[*a..*b]);
                }
            }
        }
    }
}

fn do_sub(vm: &mut Vm, p_obj: &Obj, repl: &Obj, string: &Obj, count: i64) -> PyResult<(Obj, usize)> {
    let text = expect_string(string)?;
    let hay = Haystack::new(text);
    let p = pat(p_obj);
    let template = match str::as_str_obj(repl) {
        Some(t) => Some(parse_template(vm, p, t.as_str())?),
        None => {
            if repl.ty().slots.call.get().is_none() {
                return Err(PyErr::type_error(format!("expected str instance, {} found", repl.ty().name())));
            }
            None
        }
    };
    let mut out = String::with_capacity(text.len());
    let mut last = 0usize;
    let mut n = 0usize;
    let len = hay.char_len();
    for_each_match(vm, p, &hay, 0, len, |vm, spans| {
        if count > 0 && n as i64 >= count {
            return Ok(false);
        }
        let (s, e) = spans[0].unwrap_or((0, 0));
        out.push_str(&hay.text[last..s]);
        match &template {
            Some(t) => expand(t, &hay, spans, &mut out),
            None => {
                let m = new_match(p_obj, string, &hay, spans, 0, len)?;
                let r = protocol::call(vm, repl, &[m], None)?;
                match str::as_str_obj(&r) {
                    Some(s) => out.push_str(s.as_str()),
                    None => {
                        return Err(PyErr::type_error(format!(
                            "expected str instance, {} found",
                            r.ty().name()
                        )));
                    }
                }
            }
        }
        last = e;
        n += 1;
        Ok(true)
    })?;
    out.push_str(&hay.text[last..]);
    Ok((str::try_new_str(&out)?, n))
}

// ---- Pattern methods ---------------------------------------------------------------------------

fn p_match(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    do_match(vm, o, a, kw, "match", Mode::Match)
}

fn p_search(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    do_match(vm, o, a, kw, "search", Mode::Search)
}

fn p_fullmatch(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    do_match(vm, o, a, kw, "fullmatch", Mode::Full)
}

fn p_findall(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [string, pos, endpos] = args::bind("findall", a, kw, ["string", "pos", "endpos"], 1, 3)?;
    do_findall(vm, o, string.expect("required"), pos, endpos)
}

fn p_finditer(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [string, pos, endpos] = args::bind("finditer", a, kw, ["string", "pos", "endpos"], 1, 3)?;
    do_finditer(vm, o, string.expect("required"), pos, endpos)
}

fn p_split(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [string, maxsplit] = args::bind("split", a, kw, ["string", "maxsplit"], 1, 2)?;
    let maxsplit = match maxsplit {
        Some(m) => protocol::index_i64(vm, m)?,
        None => 0,
    };
    do_split(vm, o, string.expect("required"), maxsplit)
}

fn p_sub(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [repl, string, count] = args::bind("sub", a, kw, ["repl", "string", "count"], 2, 3)?;
    let count = match count {
        Some(c) => protocol::index_i64(vm, c)?,
        None => 0,
    };
    Ok(do_sub(vm, o, repl.expect("required"), string.expect("required"), count)?.0)
}

fn p_subn(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [repl, string, count] = args::bind("subn", a, kw, ["repl", "string", "count"], 2, 3)?;
    let count = match count {
        Some(c) => protocol::index_i64(vm, c)?,
        None => 0,
    };
    let (s, n) = do_sub(vm, o, repl.expect("required"), string.expect("required"), count)?;
    tuple::new_tuple(vec![s, int::new_int(n as i64)])
}

fn flags_repr(flags: i64) -> Option<String> {
    let mut names = Vec::new();
    let mut rest = flags & !FLAG_UNICODE;
    for (bit, name) in FLAG_NAMES {
        if *bit != FLAG_UNICODE && rest & bit != 0 {
            names.push(name.to_string());
            rest &= !bit;
        }
    }
    if rest != 0 {
        names.push(format!("{rest:#x}"));
    }
    (!names.is_empty()).then(|| names.join("|"))
}

fn pattern_repr(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let p = pat(o);
    let r = protocol::repr_string(vm, &p.pattern)?;
    let r: String = r.chars().take(200).collect();
    let s = match flags_repr(p.flags) {
        Some(f) => format!("re.compile({r}, {f})"),
        None => format!("re.compile({r})"),
    };
    str::try_new_str(&s)
}

fn pattern_richcompare(vm: &mut Vm, a: &Obj, b: &Obj, op: CompareOp) -> PyResult<Obj> {
    let (Some(x), Some(y)) = (a.downcast::<PatternObject>(), b.downcast::<PatternObject>()) else {
        return Ok(singletons::not_implemented());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(singletons::not_implemented());
    }
    let eq = x.flags == y.flags && protocol::eq(vm, &x.pattern, &y.pattern)?;
    Ok(boolobj::new_bool(eq == (op == CompareOp::Eq)))
}

fn pattern_hash(vm: &mut Vm, o: &Obj) -> PyResult<i64> {
    let p = pat(o);
    let h = protocol::hash(vm, &p.pattern)?;
    Ok(h ^ p.flags.wrapping_mul(1_000_003))
}

fn g_pattern(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(pat(o).pattern.clone())
}

fn g_flags(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(int::new_int(pat(o).flags))
}

fn g_groups(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(int::new_int(pat(o).groups as i64))
}

fn g_groupindex(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let copy = dict::new_dict();
    dict::update_from(vm, &copy, &pat(o).groupindex)?;
    Ok(copy)
}

static PATTERN_METHODS: &[MethodDef] = &[
    MethodDef { name: "match", func: p_match, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "search", func: p_search, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "fullmatch", func: p_fullmatch, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "findall", func: p_findall, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "finditer", func: p_finditer, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "split", func: p_split, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "sub", func: p_sub, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "subn", func: p_subn, kind: MethodKind::Instance, doc: "" },
];

static PATTERN_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "pattern", get: g_pattern, set: None, doc: "" },
    GetSetDef { name: "flags", get: g_flags, set: None, doc: "" },
    GetSetDef { name: "groups", get: g_groups, set: None, doc: "" },
    GetSetDef { name: "groupindex", get: g_groupindex, set: None, doc: "" },
];

/// `re.Pattern`: a compiled regular expression.
pub static PATTERN_TYPE: TypeObject = TypeObject::builtin(
    "re.Pattern",
    std::mem::size_of::<PatternObject>(),
    0,
    Some(&crate::object::base::OBJECT_TYPE),
    slots!(pattern_dealloc, repr: pattern_repr, richcompare: pattern_richcompare, hash: pattern_hash),
    PATTERN_METHODS,
    PATTERN_GETSETS,
    Some("Compiled regular expression object."),
);

// ---------------------------------------------------------------------------------------------
// Match objects.

#[repr(C)]
pub struct MatchObject {
    head: ObjectHeader,
    string: Obj,
    re: Obj,
    pos: usize,
    endpos: usize,
    /// Character spans of each group (group 0 is the whole match).
    spans: Vec<Option<(usize, usize)>>,
    lastindex: Option<usize>,
}

// SAFETY: `#[repr(C)]` with the header first.
unsafe impl PyPayload for MatchObject {
    fn static_type() -> &'static TypeObject {
        &MATCH_TYPE
    }
}

unsafe fn match_dealloc(obj: *mut ObjectHeader) {
    // SAFETY: drop every field, then free the block.
    unsafe {
        let m = obj as *mut MatchObject;
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*m).string));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*m).re));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*m).spans));
        free_object(obj, 0);
    }
}

fn mat(o: &Obj) -> &MatchObject {
    o.downcast::<MatchObject>().expect("re.Match")
}

/// A group given by number or name.
fn group_index(vm: &mut Vm, m: &MatchObject, g: &Obj) -> PyResult<usize> {
    if let Some(i) = int::as_i64(g) {
        if i >= 0 && (i as usize) < m.spans.len() {
            return Ok(i as usize);
        }
    } else if str::as_str_obj(g).is_some() {
        let gi = pat(&m.re).groupindex.clone();
        if let Some(v) = dict::as_dict(&gi).expect("dict").get_item(vm, g)? {
            return Ok(int::as_i64(&v).unwrap_or(0) as usize);
        }
    } else if let Ok(Some(i)) = protocol::index_opt(vm, g) {
        if let Some(i) = int::as_i64(&i).filter(|&i| i >= 0 && (i as usize) < m.spans.len()) {
            return Ok(i as usize);
        }
    }
    Err(PyErr::index_error("no such group"))
}

/// Group `g`'s string, or `default` when it did not take part.
fn group_value(m: &MatchObject, g: usize, default: &Obj) -> Obj {
    match m.spans[g] {
        Some((a, b)) => {
            let s = str::as_str(&m.string);
            let hay = Haystack::new(s);
            str::new_str(&s[hay.c2b(a)..hay.c2b(b)])
        }
        None => default.clone(),
    }
}

fn m_group(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::no_kwargs("group", kw)?;
    let m = mat(o);
    let none = singletons::none();
    match a.len() {
        0 => Ok(group_value(m, 0, &none)),
        1 => {
            let g = group_index(vm, m, &a[0])?;
            Ok(group_value(m, g, &none))
        }
        _ => {
            let mut out = Vec::with_capacity(a.len());
            for x in a {
                let g = group_index(vm, m, x)?;
                out.push(group_value(m, g, &none));
            }
            tuple::new_tuple(out)
        }
    }
}

fn m_getitem(vm: &mut Vm, o: &Obj, key: &Obj) -> PyResult<Obj> {
    let m = mat(o);
    let g = group_index(vm, m, key)?;
    Ok(group_value(m, g, &singletons::none()))
}

fn m_groups(_: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [default] = args::bind("groups", a, kw, ["default"], 0, 1)?;
    let d = default.cloned().unwrap_or_else(singletons::none);
    let m = mat(o);
    tuple::new_tuple((1..m.spans.len()).map(|g| group_value(m, g, &d)).collect())
}

fn m_groupdict(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [default] = args::bind("groupdict", a, kw, ["default"], 0, 1)?;
    let d = default.cloned().unwrap_or_else(singletons::none);
    let m = mat(o);
    let out = dict::new_dict();
    let names = pat(&m.re).names.clone();
    for (g, n) in names.iter().enumerate() {
        if let Some(n) = n {
            dict::as_dict(&out).expect("dict").set_item(vm, str::new_str(n), group_value(m, g, &d))?;
        }
    }
    Ok(out)
}

fn span_arg(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>, name: &str) -> PyResult<(i64, i64)> {
    args::check_arity(name, a, kw, 0, 1)?;
    let m = mat(o);
    let g = match a.first() {
        Some(x) => group_index(vm, m, x)?,
        None => 0,
    };
    Ok(m.spans[g].map_or((-1, -1), |(s, e)| (s as i64, e as i64)))
}

fn m_start(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    Ok(int::new_int(span_arg(vm, o, a, kw, "start")?.0))
}

fn m_end(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    Ok(int::new_int(span_arg(vm, o, a, kw, "end")?.1))
}

fn m_span(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let (s, e) = span_arg(vm, o, a, kw, "span")?;
    tuple::new_tuple(vec![int::new_int(s), int::new_int(e)])
}

fn m_expand(vm: &mut Vm, o: &Obj, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("expand", a, kw, 1, 1)?;
    let m = mat(o);
    let p = pat(&m.re);
    let t = expect_string(&a[0])?.to_string();
    let pieces = parse_template(vm, p, &t)?;
    let text = str::as_str(&m.string);
    let hay = Haystack::new(text);
    let spans: Spans = m.spans.iter().map(|s| s.map(|(x, y)| (hay.c2b(x), hay.c2b(y)))).collect();
    let mut out = String::new();
    expand(&pieces, &hay, &spans, &mut out);
    str::try_new_str(&out)
}

fn match_repr(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let m = mat(o);
    let (s, e) = m.spans[0].unwrap_or((0, 0));
    let g = group_value(m, 0, &singletons::none());
    let r = protocol::repr_string(vm, &g)?;
    let r: String = r.chars().take(50).collect();
    str::try_new_str(&format!("<re.Match object; span=({s}, {e}), match={r}>"))
}

fn g_string(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(mat(o).string.clone())
}

fn g_re(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(mat(o).re.clone())
}

fn g_pos(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(int::new_int(mat(o).pos as i64))
}

fn g_endpos(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(int::new_int(mat(o).endpos as i64))
}

fn g_lastindex(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    Ok(mat(o).lastindex.map_or_else(singletons::none, |i| int::new_int(i as i64)))
}

fn g_lastgroup(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let m = mat(o);
    let name = m.lastindex.and_then(|i| pat(&m.re).names.get(i).cloned().flatten());
    Ok(name.map_or_else(singletons::none, |n| str::new_str(&n)))
}

fn g_regs(_: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let m = mat(o);
    let items = m
        .spans
        .iter()
        .map(|s| {
            let (a, b) = s.map_or((-1, -1), |(a, b)| (a as i64, b as i64));
            tuple::new_tuple(vec![int::new_int(a), int::new_int(b)])
        })
        .collect::<PyResult<Vec<Obj>>>()?;
    tuple::new_tuple(items)
}

static MATCH_METHODS: &[MethodDef] = &[
    MethodDef { name: "group", func: m_group, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "groups", func: m_groups, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "groupdict", func: m_groupdict, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "start", func: m_start, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "end", func: m_end, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "span", func: m_span, kind: MethodKind::Instance, doc: "" },
    MethodDef { name: "expand", func: m_expand, kind: MethodKind::Instance, doc: "" },
];

static MATCH_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "string", get: g_string, set: None, doc: "" },
    GetSetDef { name: "re", get: g_re, set: None, doc: "" },
    GetSetDef { name: "pos", get: g_pos, set: None, doc: "" },
    GetSetDef { name: "endpos", get: g_endpos, set: None, doc: "" },
    GetSetDef { name: "lastindex", get: g_lastindex, set: None, doc: "" },
    GetSetDef { name: "lastgroup", get: g_lastgroup, set: None, doc: "" },
    GetSetDef { name: "regs", get: g_regs, set: None, doc: "" },
];

/// `re.Match`: the result of a successful match.
pub static MATCH_TYPE: TypeObject = TypeObject::builtin(
    "re.Match",
    std::mem::size_of::<MatchObject>(),
    0,
    Some(&crate::object::base::OBJECT_TYPE),
    slots!(match_dealloc, repr: match_repr, getitem: m_getitem),
    MATCH_METHODS,
    MATCH_GETSETS,
    Some("The result of re.match() and re.search()."),
);

// ---------------------------------------------------------------------------------------------
// Module-level functions.

fn flags_arg(vm: &mut Vm, f: Option<&Obj>) -> PyResult<i64> {
    match f {
        Some(o) => protocol::index_i64(vm, o),
        None => Ok(0),
    }
}

fn re_compile(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [pattern, flags] = args::bind("compile", a, kw, ["pattern", "flags"], 1, 2)?;
    let flags = flags_arg(vm, flags)?;
    cached_compile(vm, pattern.expect("required"), flags)
}

macro_rules! match_fn {
    ($name:ident, $py:literal, $mode:expr) => {
        fn $name(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
            let [pattern, string, flags] = args::bind($py, a, kw, ["pattern", "string", "flags"], 2, 3)?;
            let flags = flags_arg(vm, flags)?;
            let p = cached_compile(vm, pattern.expect("required"), flags)?;
            do_match(vm, &p, std::slice::from_ref(string.expect("required")), None, $py, $mode)
        }
    };
}

match_fn!(re_match, "match", Mode::Match);
match_fn!(re_search, "search", Mode::Search);
match_fn!(re_fullmatch, "fullmatch", Mode::Full);

fn re_findall(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [pattern, string, flags] = args::bind("findall", a, kw, ["pattern", "string", "flags"], 2, 3)?;
    let flags = flags_arg(vm, flags)?;
    let p = cached_compile(vm, pattern.expect("required"), flags)?;
    do_findall(vm, &p, string.expect("required"), None, None)
}

fn re_finditer(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [pattern, string, flags] = args::bind("finditer", a, kw, ["pattern", "string", "flags"], 2, 3)?;
    let flags = flags_arg(vm, flags)?;
    let p = cached_compile(vm, pattern.expect("required"), flags)?;
    do_finditer(vm, &p, string.expect("required"), None, None)
}

fn re_split(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [pattern, string, maxsplit, flags] =
        args::bind("split", a, kw, ["pattern", "string", "maxsplit", "flags"], 2, 4)?;
    let flags = flags_arg(vm, flags)?;
    let maxsplit = flags_arg(vm, maxsplit)?;
    let p = cached_compile(vm, pattern.expect("required"), flags)?;
    do_split(vm, &p, string.expect("required"), maxsplit)
}

fn sub_args<'a>(
    vm: &mut Vm,
    a: &'a [Obj],
    kw: Option<&Obj>,
    name: &str,
) -> PyResult<(Obj, &'a Obj, &'a Obj, i64)> {
    let [pattern, repl, string, count, flags] =
        args::bind(name, a, kw, ["pattern", "repl", "string", "count", "flags"], 3, 5)?;
    let flags = flags_arg(vm, flags)?;
    let count = flags_arg(vm, count)?;
    let p = cached_compile(vm, pattern.expect("required"), flags)?;
    Ok((p, repl.expect("required"), string.expect("required"), count))
}

fn re_sub(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let (p, repl, string, count) = sub_args(vm, a, kw, "sub")?;
    Ok(do_sub(vm, &p, repl, string, count)?.0)
}

fn re_subn(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let (p, repl, string, count) = sub_args(vm, a, kw, "subn")?;
    let (s, n) = do_sub(vm, &p, repl, string, count)?;
    tuple::new_tuple(vec![s, int::new_int(n as i64)])
}

/// `re.escape(pattern)`: backslashes before the characters special in patterns (CPython 3.7+).
fn re_escape(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    let [pattern] = args::bind("escape", a, kw, ["pattern"], 1, 1)?;
    let text = expect_string(pattern.expect("required"))?;
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '(' | ')' | '[' | ']' | '{' | '}' | '?' | '*' | '+' | '-' | '|' | '^' | '$' | '\\' | '.'
            | '&' | '~' | '#' | ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    str::try_new_str(&out)
}

fn re_purge(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("purge", a, kw, 0, 0)?;
    // SAFETY: a short access; the old cache drops afterwards.
    let old = unsafe { (*STATE.cache.get()).take() };
    drop(old);
    Ok(singletons::none())
}

/// The Python part of the module: the exception class (its `__init__` formats the message
/// with the position as CPython's does).
const ERROR_SOURCE: &str = r#"
class PatternError(Exception):
    """Raised when a string is not a valid regular expression."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        if pattern is not None and pos is not None:
            self.lineno = pattern.count('\n', 0, pos) + 1
            self.colno = pos - pattern.rfind('\n', 0, pos)
            if '\n' in pattern:
                msg = f'{msg} at position {pos} (line {self.lineno}, column {self.colno})'
            else:
                msg = f'{msg} at position {pos}'
        Exception.__init__(self, msg)

PatternError.__module__ = 're'


class RegexFlag(int):
    """The re flags: ints that show as `re.IGNORECASE|re.MULTILINE`."""

    _NAMES = [(1, 'TEMPLATE'), (2, 'IGNORECASE'), (4, 'LOCALE'), (8, 'MULTILINE'), (16, 'DOTALL'),
              (32, 'UNICODE'), (64, 'VERBOSE'), (128, 'DEBUG'), (256, 'ASCII')]

    def __repr__(self):
        value = int(self)
        parts = []
        for bit, name in RegexFlag._NAMES:
            if value & bit:
                parts.append('re.' + name)
                value &= ~bit
        if value or not parts:
            parts.append(hex(value))
        return '|'.join(parts)

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self))

RegexFlag.__module__ = 're'
"#;

/// The `re` module.
pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let (m, d) = super::new_native_module(
        "re",
        &[
            ("compile", re_compile),
            ("match", re_match),
            ("search", re_search),
            ("fullmatch", re_fullmatch),
            ("findall", re_findall),
            ("finditer", re_finditer),
            ("split", re_split),
            ("sub", re_sub),
            ("subn", re_subn),
            ("escape", re_escape),
            ("purge", re_purge),
        ],
    )?;
    let ns = super::run_python(vm, "re", ERROR_SOURCE)?;
    let err = dict::as_dict(&ns).expect("dict").get_by_str("PatternError").expect("defined above");
    // SAFETY: a short write of the module state.
    unsafe { *STATE.error.get() = Some(err.clone()) };
    super::set(&d, "PatternError", err.clone());
    super::set(&d, "error", err);
    super::set(&d, "Pattern", PATTERN_TYPE.as_obj());
    super::set(&d, "Match", MATCH_TYPE.as_obj());
    let regex_flag = dict::as_dict(&ns).expect("dict").get_by_str("RegexFlag").expect("defined above");
    super::set(&d, "RegexFlag", regex_flag.clone());
    let mut flag = |v: i64| protocol::call(vm, &regex_flag, &[int::new_int(v)], None);
    for (short, long, v) in [
        ("A", "ASCII", FLAG_ASCII),
        ("I", "IGNORECASE", FLAG_IGNORECASE),
        ("L", "LOCALE", FLAG_LOCALE),
        ("M", "MULTILINE", FLAG_MULTILINE),
        ("S", "DOTALL", FLAG_DOTALL),
        ("U", "UNICODE", FLAG_UNICODE),
        ("X", "VERBOSE", FLAG_VERBOSE),
        ("T", "TEMPLATE", FLAG_TEMPLATE),
    ] {
        let f = flag(v)?;
        super::set(&d, short, f.clone());
        super::set(&d, long, f);
    }
    super::set(&d, "DEBUG", flag(FLAG_DEBUG)?);
    super::set(&d, "NOFLAG", flag(0)?);
    Ok(m)
}
