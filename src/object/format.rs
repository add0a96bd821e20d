//! String formatting, after CPython's `Python/formatter_unicode.c`, `Python/pystrtod.c`,
//! `Objects/stringlib/unicode_format.h` and `PyUnicode_Format`:
//!
//! - the format-spec mini-language (`format()`, f-strings, `__format__` of int, float and str),
//!   including CPython 3.14's grouping of fraction digits (`.3_f`);
//! - [`double_to_string`], CPython's `PyOS_double_to_string`: the one place floats become text
//!   (`repr`, `str`, `format`, `%`), correctly rounded;
//! - `str.format` / `str.format_map` (field names, conversions, nested specs);
//! - printf-style `%` formatting for `str` and `bytes`.

use super::header::Obj;
use super::int::IntRef;
use super::{bytes, float, int, protocol, str as pystr, tuple, unicode, PyErr, PyResult};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

// ---------------------------------------------------------------------------------------------
// The format-spec mini-language

/// A parsed format spec: `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." [precision]
/// [grouping]][type]` (CPython's `InternalFormatSpec`).
#[derive(Clone, Debug)]
pub struct FormatSpec {
    pub fill: char,
    /// `<`, `>`, `^` or `=`; the type's default when not given.
    pub align: char,
    pub alternate: bool,
    pub no_neg_zero: bool,
    /// `+`, `-` or ` ` when given.
    pub sign: Option<char>,
    pub width: Option<usize>,
    /// Separator for the integer digits and the group size (3, or 4 for `_` with b/o/x/X).
    pub thousands: Option<(char, usize)>,
    /// Separator for the fraction digits (3.14's `.,` / `._`).
    pub frac_thousands: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type; the caller's default when not given.
    pub ty: Option<char>,
}

/// Widths beyond this would need gigabytes; CPython fails to allocate them (MemoryError).
const MAX_WIDTH: usize = 1 << 31;

fn too_many_digits() -> PyErr {
    PyErr::value_error("Too many decimal digits in format string")
}

/// Reads decimal digits (any Unicode decimal, as CPython) starting at `chars[*i]`; returns how
/// many were read and their value.
fn read_integer(chars: &[char], i: &mut usize) -> PyResult<(usize, usize)> {
    let mut value: usize = 0;
    let mut count = 0;
    while let Some(d) = chars.get(*i).and_then(|&c| unicode::decimal_value(c)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(too_many_digits)?;
        *i += 1;
        count += 1;
    }
    Ok((count, value))
}

/// `'\x..'` for a type code outside printable ASCII, else the character (for messages).
fn code_repr(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

fn unknown_code(c: char, type_name: &str) -> PyErr {
    PyErr::value_error(format!("Unknown format code '{}' for object of type '{type_name}'", code_repr(c)))
}

fn cannot_group(sep: char, ty: char) -> PyErr {
    PyErr::value_error(format!("Cannot specify '{sep}' with '{}'.", code_repr(ty)))
}

fn comma_and_underscore() -> PyErr {
    PyErr::value_error("Cannot specify both ',' and '_'.")
}

/// Parses `spec` for an object of type `type_name` whose type's default presentation is
/// `default_type` and default alignment `default_align` (CPython's
/// `parse_internal_render_format_spec`, with its messages and checks).
pub fn parse_spec(
    spec: &str,
    type_name: &str,
    default_type: Option<char>,
    default_align: char,
) -> PyResult<FormatSpec> {
    let chars: Vec<char> = spec.chars().collect();
    let n = chars.len();
    let mut i = 0;
    let mut f = FormatSpec {
        fill: ' ',
        align: default_align,
        alternate: false,
        no_neg_zero: false,
        sign: None,
        width: None,
        thousands: None,
        frac_thousands: None,
        precision: None,
        ty: default_type,
    };
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    let mut fill_given = false;
    let mut align_given = false;
    if n >= 2 && is_align(chars[1]) {
        f.fill = chars[0];
        f.align = chars[1];
        fill_given = true;
        align_given = true;
        i = 2;
    } else if n >= 1 && is_align(chars[0]) {
        f.align = chars[0];
        align_given = true;
        i = 1;
    }
    if i < n && matches!(chars[i], '+' | '-' | ' ') {
        f.sign = Some(chars[i]);
        i += 1;
    }
    if i < n && chars[i] == 'z' {
        f.no_neg_zero = true;
        i += 1;
    }
    if i < n && chars[i] == '#' {
        f.alternate = true;
        i += 1;
    }
    if !fill_given && i < n && chars[i] == '0' {
        f.fill = '0';
        if !align_given && default_align == '>' {
            f.align = '=';
        }
        i += 1;
    }
    let (count, width) = read_integer(&chars, &mut i)?;
    if count > 0 {
        f.width = Some(width);
    }
    let mut thousands = None;
    if i < n && chars[i] == ',' {
        thousands = Some(',');
        i += 1;
    }
    if i < n && chars[i] == '_' {
        if thousands.is_some() {
            return Err(comma_and_underscore());
        }
        thousands = Some('_');
        i += 1;
    }
    if i < n && chars[i] == ',' && thousands == Some('_') {
        return Err(comma_and_underscore());
    }
    if i < n && chars[i] == '.' {
        i += 1;
        let (count, precision) = read_integer(&chars, &mut i)?;
        let mut consumed = count;
        if count > 0 {
            f.precision = Some(precision);
        }
        if i < n && chars[i] == ',' {
            f.frac_thousands = Some(',');
            i += 1;
            consumed += 1;
        }
        if i < n && chars[i] == '_' {
            if f.frac_thousands.is_some() {
                return Err(comma_and_underscore());
            }
            f.frac_thousands = Some('_');
            i += 1;
            consumed += 1;
        }
        if i < n && chars[i] == ',' && f.frac_thousands == Some('_') {
            return Err(comma_and_underscore());
        }
        if consumed == 0 {
            return Err(PyErr::value_error("Format specifier missing precision"));
        }
    }
    if n - i > 1 {
        return Err(PyErr::value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    if i < n {
        f.ty = Some(chars[i]);
    }
    if let Some(sep) = thousands {
        match f.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => f.thousands = Some((sep, 3)),
            Some('b' | 'o' | 'x' | 'X') if sep == '_' => f.thousands = Some(('_', 4)),
            Some(t) => return Err(cannot_group(sep, t)),
        }
    }
    if f.ty == Some('n') {
        if let Some(sep) = f.frac_thousands {
            return Err(cannot_group(sep, 'n'));
        }
    }
    if f.width.is_some_and(|w| w > MAX_WIDTH) || f.precision.is_some_and(|p| p > MAX_WIDTH) {
        return Err(PyErr::memory_error());
    }
    Ok(f)
}

/// Appends `n` copies of `c`.
fn push_n(out: &mut String, c: char, n: usize) {
    out.extend(std::iter::repeat_n(c, n));
}

/// Pads already-formatted text (`nchars` characters) per width and alignment.
fn pad_text(body: &str, nchars: usize, spec: &FormatSpec) -> String {
    let width = spec.width.unwrap_or(0);
    if nchars >= width {
        return body.to_string();
    }
    let total = width - nchars;
    let left = match spec.align {
        '>' => total,
        '^' => total / 2,
        _ => 0,
    };
    let mut out = String::with_capacity(body.len() + total * spec.fill.len_utf8());
    push_n(&mut out, spec.fill, left);
    out.push_str(body);
    push_n(&mut out, spec.fill, total - left);
    out
}

/// Inserts `sep` every `group` digits counting from the right, adding leading zeros until the
/// result is at least `min_width` long (CPython's `_PyUnicode_InsertThousandsGrouping`: zero
/// padding is grouped too, e.g. `format(1, '08,')` is `'0,000,001'`).
fn group_digits(digits: &str, min_width: isize, grouping: Option<(char, usize)>) -> String {
    let digits = digits.as_bytes();
    let mut remaining = digits.len() as isize;
    let mut min_width = min_width.max(0);
    // Built back to front.
    let mut rev: Vec<u8> = Vec::with_capacity(digits.len() + digits.len() / 3 + 1);
    let mut pos = digits.len();
    let mut emit = |rev: &mut Vec<u8>, n_chars: isize, n_zeros: isize, sep: Option<char>| {
        if let Some(s) = sep {
            rev.push(s as u8);
        }
        for _ in 0..n_chars {
            pos -= 1;
            rev.push(digits[pos]);
        }
        for _ in 0..n_zeros {
            rev.push(b'0');
        }
    };
    let mut first = true;
    let mut broke = false;
    if let Some((sep, size)) = grouping {
        loop {
            let len = (size as isize).min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(&mut rev, n_chars, n_zeros, if first { None } else { Some(sep) });
            first = false;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broke = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broke {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        emit(&mut rev, n_chars, n_zeros, if first { None } else { grouping.map(|g| g.0) });
    }
    rev.reverse();
    String::from_utf8(rev).unwrap_or_default()
}

/// Groups fraction digits from the left, every three (3.14's fraction grouping).
fn group_fraction(frac: &str, sep: Option<char>) -> String {
    let Some(sep) = sep else {
        return frac.to_string();
    };
    let mut out = String::with_capacity(frac.len() + frac.len() / 3);
    for (i, c) in frac.chars().enumerate() {
        if i > 0 && i % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// The pieces of a formatted number: sign, `0x`-style prefix, integer digits (grouped and
/// zero-padded here), decimal point, fraction digits and the rest (exponent, `%`, `inf`).
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    decimal: bool,
    frac: &'a str,
    remainder: &'a str,
}

/// Lays a number out per the spec (CPython's `calc_number_widths` + `fill_number`).
fn fill_number(p: &NumberParts<'_>, spec: &FormatSpec) -> String {
    let sign = match (spec.sign, p.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let frac = group_fraction(p.frac, spec.frac_thousands);
    let n_frac = frac.chars().count();
    let non_digit =
        sign.is_some() as usize + p.prefix.len() + p.decimal as usize + n_frac + p.remainder.chars().count();
    let width = spec.width.unwrap_or(0) as isize;
    let min_width = if spec.fill == '0' && spec.align == '=' { width - non_digit as isize } else { 0 };
    let grouped =
        if p.digits.is_empty() { String::new() } else { group_digits(p.digits, min_width, spec.thousands) };
    let padding = (width - (non_digit + grouped.len()) as isize).max(0) as usize;
    let (lpad, spad, rpad) = match spec.align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let mut out = String::with_capacity(non_digit + grouped.len() + padding * spec.fill.len_utf8() + 4);
    push_n(&mut out, spec.fill, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(p.prefix);
    push_n(&mut out, spec.fill, spad);
    out.push_str(&grouped);
    if p.decimal {
        out.push('.');
    }
    out.push_str(&frac);
    out.push_str(p.remainder);
    push_n(&mut out, spec.fill, rpad);
    out
}

/// `str.__format__(spec)`.
pub fn format_str(s: &str, spec_text: &str) -> PyResult<String> {
    if spec_text.is_empty() {
        return Ok(s.to_string());
    }
    let spec = parse_spec(spec_text, "str", Some('s'), '<')?;
    let ty = spec.ty.unwrap_or('s');
    if ty != 's' {
        return Err(unknown_code(ty, "str"));
    }
    match spec.sign {
        Some(' ') => return Err(PyErr::value_error("Space not allowed in string format specifier")),
        Some(_) => return Err(PyErr::value_error("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(PyErr::value_error("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if spec.alternate {
        return Err(PyErr::value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if spec.align == '=' {
        return Err(PyErr::value_error("'=' alignment not allowed in string format specifier"));
    }
    let (body, n) = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((b, _)) => (&s[..b], p),
            None => (s, s.chars().count()),
        },
        None => (s, s.chars().count()),
    };
    Ok(pad_text(body, n, &spec))
}

/// `int.__format__(spec)` for a non-empty spec; `type_name` names the object's type in errors.
pub fn format_int(v: IntRef<'_>, spec_text: &str, type_name: &str) -> PyResult<String> {
    let spec = parse_spec(spec_text, type_name, Some('d'), '>')?;
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = int::int_to_f64(v)?;
            return format_float_spec(x, &spec);
        }
        _ => return Err(unknown_code(ty, type_name)),
    }
    if spec.precision.is_some() {
        return Err(PyErr::value_error("Precision not allowed in integer format specifier"));
    }
    if spec.no_neg_zero {
        return Err(PyErr::value_error("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(PyErr::value_error("Sign not allowed with integer format specifier 'c'"));
        }
        if spec.alternate {
            return Err(PyErr::value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let code = match v {
            IntRef::Small(x) => x,
            IntRef::Big(_) => return Err(PyErr::overflow_error("Python int too large to convert to C long")),
        };
        let c = u32::try_from(code)
            .ok()
            .filter(|&c| c <= 0x10ffff)
            .ok_or_else(|| PyErr::overflow_error("%c arg not in range(0x110000)"))?;
        // Surrogates can't be stored in our UTF-8 strings; they become U+FFFD.
        let ch = char::from_u32(c).unwrap_or('\u{fffd}');
        let mut buf = [0u8; 4];
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            decimal: false,
            frac: "",
            remainder: ch.encode_utf8(&mut buf),
        };
        return Ok(fill_number(&parts, &spec));
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let (negative, mut digits) = match v {
        IntRef::Small(x) => (x < 0, radix_string(x.unsigned_abs(), radix)),
        IntRef::Big(b) => (b.is_negative(), b.magnitude().to_str_radix(radix)),
    };
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts = NumberParts {
        negative,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        decimal: false,
        frac: "",
        remainder: "",
    };
    Ok(fill_number(&parts, &spec))
}

fn radix_string(v: u64, radix: u32) -> String {
    match radix {
        2 => format!("{v:b}"),
        8 => format!("{v:o}"),
        16 => format!("{v:x}"),
        _ => v.to_string(),
    }
}

/// `float.__format__(spec)` for a non-empty spec.
pub fn format_float(x: f64, spec_text: &str, type_name: &str) -> PyResult<String> {
    let spec = parse_spec(spec_text, type_name, None, '>')?;
    if let Some(t) = spec.ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            return Err(unknown_code(t, type_name));
        }
    }
    format_float_spec(x, &spec)
}

/// Formats a float per an already-parsed spec (CPython's `format_float_internal`).
fn format_float_spec(x: f64, spec: &FormatSpec) -> PyResult<String> {
    let mut flags = DtsFlags { alt: spec.alternate, no_neg_zero: spec.no_neg_zero, ..DtsFlags::default() };
    let mut precision = spec.precision;
    let mut value = x;
    let mut percent = false;
    let code = match spec.ty {
        None => {
            flags.add_dot_0 = true;
            if precision.is_some() {
                'g'
            } else {
                'r'
            }
        }
        Some('n') => 'g',
        Some('%') => {
            value *= 100.0;
            percent = true;
            'f'
        }
        Some(t) => t,
    };
    if precision.is_none() && code != 'r' {
        precision = Some(6);
    }
    let text = double_to_string(value, code, precision.unwrap_or(0), flags);
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let int_end = body.bytes().position(|b| !b.is_ascii_digit()).unwrap_or(body.len());
    let digits = &body[..int_end];
    let rest = &body[int_end..];
    let (decimal, frac, remainder) = match rest.strip_prefix('.') {
        Some(r) => {
            let fe = r.bytes().position(|b| !b.is_ascii_digit()).unwrap_or(r.len());
            (true, &r[..fe], &r[fe..])
        }
        None => (false, "", rest),
    };
    let remainder = if percent { format!("{remainder}%") } else { remainder.to_string() };
    let parts = NumberParts { negative, prefix: "", digits, decimal, frac, remainder: &remainder };
    Ok(fill_number(&parts, spec))
}

// ---------------------------------------------------------------------------------------------
// Floats to text (PyOS_double_to_string)

/// Flags of [`double_to_string`] (CPython's `Py_DTSF_*`).
#[derive(Clone, Copy, Default, Debug)]
pub struct DtsFlags {
    /// Always write a sign (`+` for non-negative values).
    pub sign: bool,
    /// Write `.0` when the result would look like an integer (`repr`).
    pub add_dot_0: bool,
    /// The alternate form: keep the decimal point and trailing zeros.
    pub alt: bool,
    /// Drop the sign of a result that rounds to zero (`z`).
    pub no_neg_zero: bool,
}

/// The decimal digits of `x` (finite, > 0) with trailing zeros removed and the decimal point
/// position, as `_Py_dg_dtoa` returns them: mode 0 is the shortest round-trip string, mode 2
/// `ndigits` significant digits, mode 3 `ndigits` digits after the point. An empty digit string
/// (mode 3 rounding to zero) has `decpt = -ndigits`.
fn dtoa(x: f64, mode: u8, ndigits: usize) -> (String, i32) {
    if x == 0.0 {
        return ("0".to_string(), 1);
    }
    match mode {
        0 | 2 => {
            let s = if mode == 0 { shortest_closest(x) } else { format!("{:.*e}", ndigits.max(1) - 1, x) };
            let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
            let exp: i32 = exp.parse().unwrap_or(0);
            let mut digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
            while digits.len() > 1 && digits.ends_with('0') {
                digits.pop();
            }
            (digits, exp + 1)
        }
        _ => {
            let s = format!("{:.*}", ndigits, x);
            let (ip, fp) = s.split_once('.').unwrap_or((&s, ""));
            let all: String = format!("{ip}{fp}");
            let lead = all.bytes().take_while(|&b| b == b'0').count();
            let mut decpt = ip.len() as i32 - lead as i32;
            let mut digits = all[lead..].to_string();
            while digits.ends_with('0') {
                digits.pop();
            }
            if digits.is_empty() {
                decpt = -(ndigits as i32);
            }
            (digits, decpt)
        }
    }
}

/// The shortest digits that read back as `x`, choosing (as `_Py_dg_dtoa` does) the candidate
/// closest to `x`, ties to even: Rust's shortest formatting finds the length but may pick the
/// other candidate at an exact tie (`123.989776611328125` → `…813`, CPython `…812`), so the
/// correctly rounded string of that length is used when it round-trips.
fn shortest_closest(x: f64) -> String {
    let shortest = format!("{x:e}");
    let len = shortest.split_once('e').map_or(0, |(m, _)| m.bytes().filter(u8::is_ascii_digit).count());
    let rounded = format!("{:.*e}", len.max(1) - 1, x);
    if rounded.parse::<f64>() == Ok(x) {
        rounded
    } else {
        shortest
    }
}

/// CPython's `PyOS_double_to_string`: `code` is `e`, `E`, `f`, `F`, `g`, `G` or `r` (repr;
/// `precision` ignored). Correctly rounded, half to even.
pub fn double_to_string(x: f64, code: char, precision: usize, flags: DtsFlags) -> String {
    let upper = matches!(code, 'E' | 'F' | 'G');
    let lower_code = code.to_ascii_lowercase();
    let negative = x.is_sign_negative() && !x.is_nan();
    let mut out = String::new();
    if x.is_nan() || x.is_infinite() {
        if negative {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }
    let a = x.abs();
    let mut precision = precision;
    let (mode, ndigits) = match lower_code {
        'e' => {
            precision += 1;
            (2, precision)
        }
        'f' => (3, precision),
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            (2, precision)
        }
        _ => (0, 0),
    };
    let (digits, decpt) = dtoa(a, mode, ndigits);
    let mut negative = negative;
    if negative && flags.no_neg_zero && digits.bytes().all(|b| b == b'0') {
        negative = false;
    }
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    out.push_str(&format_digits(&digits, decpt, lower_code, precision, flags));
    if upper {
        out = out.to_ascii_uppercase();
    }
    out
}

/// The layout half of CPython's `format_float_short`: places `digits` (decimal point after
/// `decpt` of them) in fixed or exponent notation.
fn format_digits(digits: &str, decpt: i32, code: char, precision: usize, flags: DtsFlags) -> String {
    let digits_len = digits.len() as i32;
    let precision = precision as i32;
    let mut decpt = decpt;
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            if decpt <= -4 || decpt > (if flags.add_dot_0 { precision - 1 } else { precision }) {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end =
        if !use_exp && flags.add_dot_0 { vdigits_end.max(decpt + 1) } else { vdigits_end.max(decpt) };
    let zeros = |s: &mut String, n: i32| {
        for _ in 0..n.max(0) {
            s.push('0');
        }
    };
    let mut s = String::with_capacity((vdigits_end - vdigits_start) as usize + 8);
    if decpt <= 0 {
        zeros(&mut s, decpt - vdigits_start);
        s.push('.');
        zeros(&mut s, -decpt);
    } else {
        zeros(&mut s, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        s.push_str(&digits[..decpt as usize]);
        s.push('.');
        s.push_str(&digits[decpt as usize..]);
    } else {
        s.push_str(digits);
    }
    if digits_len < decpt {
        zeros(&mut s, decpt - digits_len);
        s.push('.');
        zeros(&mut s, vdigits_end - decpt);
    } else {
        zeros(&mut s, vdigits_end - digits_len);
    }
    if s.ends_with('.') && !flags.alt {
        s.pop();
    }
    if use_exp {
        s.push('e');
        s.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            s.push('0');
        }
        s.push_str(&e.to_string());
    }
    s
}

/// `repr(x)` / `str(x)` of a float: the shortest string that round-trips (`1e+16`, `inf`).
pub fn float_repr(x: f64) -> String {
    double_to_string(x, 'r', 0, DtsFlags { add_dot_0: true, ..DtsFlags::default() })
}

// ---------------------------------------------------------------------------------------------
// str.format

/// Where `str.format` takes keyword fields from.
enum Fields<'a> {
    /// `str.format(**kwargs)`: a dict (or none given).
    Kwargs(Option<&'a Obj>),
    /// `str.format_map(mapping)`: any object with `__getitem__`.
    Mapping(&'a Obj),
}

/// The state shared by the fields of one `str.format` call: automatic numbering.
struct FormatState<'a> {
    args: &'a [Obj],
    fields: Fields<'a>,
    /// The next automatic index; `None` once manual numbering was used.
    auto: AutoNumber,
}

#[derive(PartialEq)]
enum AutoNumber {
    Unused,
    Auto(usize),
    Manual,
}

/// `template.format(*args, **kwargs)`.
pub fn format_string(vm: &mut Vm, template: &str, args: &[Obj], kwargs: Option<&Obj>) -> PyResult<String> {
    let mut st = FormatState { args, fields: Fields::Kwargs(kwargs), auto: AutoNumber::Unused };
    render(vm, template, &mut st, 2)
}

/// `template.format_map(mapping)`.
pub fn format_map(vm: &mut Vm, template: &str, mapping: &Obj) -> PyResult<String> {
    let mut st = FormatState { args: &[], fields: Fields::Mapping(mapping), auto: AutoNumber::Unused };
    render(vm, template, &mut st, 2)
}

/// One replacement field, as parsed (CPython's `parse_field`).
struct Field {
    name: String,
    conversion: Option<char>,
    spec: String,
    spec_needs_expanding: bool,
}

fn render(vm: &mut Vm, template: &str, st: &mut FormatState<'_>, depth: u32) -> PyResult<String> {
    if depth == 0 {
        return Err(PyErr::value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = template.chars().collect();
    let mut out = String::with_capacity(template.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '{' && c != '}' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        let at_end = i >= chars.len();
        if c == '}' {
            if at_end || chars[i] != '}' {
                return Err(PyErr::value_error("Single '}' encountered in format string"));
            }
            out.push('}');
            i += 1;
            continue;
        }
        if at_end {
            return Err(PyErr::value_error("Single '{' encountered in format string"));
        }
        if chars[i] == '{' {
            out.push('{');
            i += 1;
            continue;
        }
        let field = parse_field(&chars, &mut i)?;
        let obj = get_field(vm, &field.name, st)?;
        let obj = match field.conversion {
            None => obj,
            Some('r') => protocol::repr(vm, &obj)?,
            Some('s') => protocol::str(vm, &obj)?,
            Some('a') => protocol::ascii(vm, &obj)?,
            Some(c) => {
                return Err(PyErr::value_error(format!("Unknown conversion specifier {}", code_repr(c))));
            }
        };
        let spec =
            if field.spec_needs_expanding { render(vm, &field.spec, st, depth - 1)? } else { field.spec };
        let r = protocol::format(vm, &obj, &pystr::try_new_str(&spec)?)?;
        out.push_str(pystr::as_str(&r));
    }
    Ok(out)
}

/// Parses a replacement field starting just after its `{`; leaves `i` after its `}`.
fn parse_field(chars: &[char], i: &mut usize) -> PyResult<Field> {
    let start = *i;
    let mut c = '\0';
    while *i < chars.len() {
        c = chars[*i];
        *i += 1;
        match c {
            '{' => return Err(PyErr::value_error("unexpected '{' in field name")),
            '[' => {
                while *i < chars.len() && chars[*i] != ']' {
                    *i += 1;
                }
                c = '\0';
                continue;
            }
            '}' | ':' | '!' => break,
            _ => {
                c = '\0';
                continue;
            }
        }
    }
    if c == '\0' {
        return Err(PyErr::value_error("expected '}' before end of string"));
    }
    let name: String = chars[start..*i - 1].iter().collect();
    let mut field = Field { name, conversion: None, spec: String::new(), spec_needs_expanding: false };
    if c == '}' {
        return Ok(field);
    }
    if c == '!' {
        let Some(&conv) = chars.get(*i) else {
            return Err(PyErr::value_error("end of string while looking for conversion specifier"));
        };
        *i += 1;
        field.conversion = Some(conv);
        if let Some(&next) = chars.get(*i) {
            *i += 1;
            if next == '}' {
                return Ok(field);
            }
            if next != ':' {
                return Err(PyErr::value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = *i;
    let mut count = 1;
    while *i < chars.len() {
        let ch = chars[*i];
        *i += 1;
        match ch {
            '{' => {
                field.spec_needs_expanding = true;
                count += 1;
            }
            '}' => {
                count -= 1;
                if count == 0 {
                    field.spec = chars[spec_start..*i - 1].iter().collect();
                    return Ok(field);
                }
            }
            _ => {}
        }
    }
    Err(PyErr::value_error("unmatched '{' in format spec"))
}

/// A field name's leading part as an index when it is all decimal digits.
fn field_index(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() || !s.chars().all(|c| unicode::decimal_value(c).is_some()) {
        return Ok(None);
    }
    let mut v: usize = 0;
    for c in s.chars() {
        let d = unicode::decimal_value(c).unwrap_or(0) as usize;
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(d))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(too_many_digits)?;
    }
    Ok(Some(v))
}

/// Resolves `0`, `name`, `0.attr`, `name[key][0]` (CPython's `get_field_object`).
fn get_field(vm: &mut Vm, name: &str, st: &mut FormatState<'_>) -> PyResult<Obj> {
    let end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..end];
    let index = if first.is_empty() {
        let n = match st.auto {
            AutoNumber::Manual => {
                return Err(PyErr::value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ))
            }
            AutoNumber::Unused => 0,
            AutoNumber::Auto(n) => n,
        };
        st.auto = AutoNumber::Auto(n + 1);
        Some(n)
    } else {
        let idx = field_index(first)?;
        if idx.is_some() {
            if let AutoNumber::Auto(_) = st.auto {
                return Err(PyErr::value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            st.auto = AutoNumber::Manual;
        }
        idx
    };
    let mut obj = match index {
        Some(i) => match st.args.get(i) {
            Some(v) => v.clone(),
            None => {
                return Err(PyErr::index_error(format!(
                    "Replacement index {i} out of range for positional args tuple"
                )))
            }
        },
        None => {
            let key = pystr::try_new_str(first)?;
            match st.fields {
                Fields::Kwargs(Some(d)) => protocol::get_item(vm, d, &key)?,
                Fields::Kwargs(None) => return Err(PyErr::key_error(key)),
                Fields::Mapping(m) => protocol::get_item(vm, m, &key)?,
            }
        }
    };
    let mut rest = &name[end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let e = r.find(['.', '[']).unwrap_or(r.len());
            if e == 0 {
                return Err(PyErr::value_error("Empty attribute in format string"));
            }
            obj = protocol::get_attr(vm, &obj, &r[..e])?;
            rest = &r[e..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(e) = r.find(']') else {
                return Err(PyErr::value_error("Missing ']' in format string"));
            };
            let k = &r[..e];
            if k.is_empty() {
                return Err(PyErr::value_error("Empty attribute in format string"));
            }
            let key = match field_index(k)? {
                Some(i) => int::new_int(i as i64),
                None => pystr::try_new_str(k)?,
            };
            obj = protocol::get_item(vm, &obj, &key)?;
            rest = &r[e + 1..];
        } else {
            return Err(PyErr::value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(obj)
}

// ---------------------------------------------------------------------------------------------
// printf-style formatting (`str % values`, `bytes % values`)

/// The flags, width and precision of one `%` conversion.
#[derive(Default, Clone, Copy)]
struct PercentSpec {
    left: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
    width: usize,
    precision: Option<usize>,
}

/// Where the values of a `%` format come from (CPython's `unicode_formatter_t` arguments).
struct PercentArgs<'a> {
    values: &'a Obj,
    /// The tuple's items, or `None` for a single non-tuple value.
    items: Option<&'a [Obj]>,
    /// A mapping for `%(key)s`.
    mapping: Option<&'a Obj>,
    next: usize,
    /// A single value was consumed (or a key switched to mapping mode).
    single_used: bool,
}

impl PercentArgs<'_> {
    fn next(&mut self) -> PyResult<Obj> {
        match self.items {
            Some(items) => {
                let v = items.get(self.next).cloned();
                self.next += 1;
                v.ok_or_else(|| PyErr::type_error("not enough arguments for format string"))
            }
            None => {
                if self.single_used {
                    return Err(PyErr::type_error("not enough arguments for format string"));
                }
                self.single_used = true;
                Ok(self.values.clone())
            }
        }
    }

    /// Whether some values were left unused (`not all arguments converted`).
    fn leftover(&self) -> bool {
        if self.mapping.is_some() {
            return false;
        }
        match self.items {
            Some(items) => self.next < items.len(),
            None => !self.single_used,
        }
    }
}

/// The text a `%` format is parsed from: characters of a str, or bytes.
trait FormatSource {
    fn len(&self) -> usize;
    fn at(&self, i: usize) -> char;
}

impl FormatSource for [char] {
    fn len(&self) -> usize {
        <[char]>::len(self)
    }
    fn at(&self, i: usize) -> char {
        self[i]
    }
}

impl FormatSource for [u8] {
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }
    fn at(&self, i: usize) -> char {
        self[i] as char
    }
}

/// One parsed `%` directive: the mapping key, the spec and the conversion character.
struct Directive {
    key: Option<Obj>,
    spec: PercentSpec,
    conversion: char,
    /// Index of the conversion character, for error messages.
    index: usize,
}

/// Parses a directive after its `%` at `*i`, consuming `*` width/precision arguments.
fn parse_directive<S: FormatSource + ?Sized>(
    vm: &mut Vm,
    fmt: &S,
    i: &mut usize,
    args: &mut PercentArgs<'_>,
    key_of: &dyn Fn(usize, usize) -> PyResult<Obj>,
) -> PyResult<Directive> {
    let n = fmt.len();
    let mut key = None;
    if *i < n && fmt.at(*i) == '(' {
        let Some(mapping) = args.mapping else {
            return Err(PyErr::type_error("format requires a mapping"));
        };
        let mut depth = 1;
        *i += 1;
        let start = *i;
        while *i < n && depth > 0 {
            match fmt.at(*i) {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ => {}
            }
            *i += 1;
        }
        if depth > 0 {
            return Err(PyErr::value_error("incomplete format key"));
        }
        let k = key_of(start, *i - 1)?;
        key = Some(protocol::get_item(vm, mapping, &k)?);
        // A keyed directive switches to mapping mode: positional values are no longer used.
        args.items = None;
        args.single_used = true;
    }
    let mut spec = PercentSpec::default();
    while *i < n {
        match fmt.at(*i) {
            '-' => spec.left = true,
            '+' => spec.sign = true,
            ' ' => spec.blank = true,
            '#' => spec.alt = true,
            '0' => spec.zero = true,
            _ => break,
        }
        *i += 1;
    }
    if *i < n && fmt.at(*i) == '*' {
        let w = args.next()?;
        if !int::is_int(&w) {
            return Err(PyErr::type_error("* wants int"));
        }
        let w = int::as_i64(&w).ok_or_else(|| PyErr::overflow_error("width too big"))?;
        if w < 0 {
            spec.left = true;
        }
        spec.width = w.unsigned_abs() as usize;
        *i += 1;
    } else {
        while *i < n {
            let Some(d) = fmt.at(*i).to_digit(10) else { break };
            spec.width = spec
                .width
                .checked_mul(10)
                .and_then(|w| w.checked_add(d as usize))
                .filter(|&w| w <= i32::MAX as usize)
                .ok_or_else(|| PyErr::value_error("width too big"))?;
            *i += 1;
        }
    }
    if *i < n && fmt.at(*i) == '.' {
        *i += 1;
        let mut p = 0usize;
        if *i < n && fmt.at(*i) == '*' {
            let v = args.next()?;
            if !int::is_int(&v) {
                return Err(PyErr::type_error("* wants int"));
            }
            let v = int::as_i64(&v).ok_or_else(|| PyErr::overflow_error("precision too big"))?;
            p = v.max(0) as usize;
            *i += 1;
        } else {
            while *i < n {
                let Some(d) = fmt.at(*i).to_digit(10) else { break };
                p = p
                    .checked_mul(10)
                    .and_then(|w| w.checked_add(d as usize))
                    .filter(|&w| w <= i32::MAX as usize)
                    .ok_or_else(|| PyErr::value_error("precision too big"))?;
                *i += 1;
            }
        }
        spec.precision = Some(p);
    }
    if spec.width > MAX_WIDTH || spec.precision.is_some_and(|p| p > MAX_WIDTH) {
        return Err(PyErr::memory_error());
    }
    // Length modifiers are accepted and ignored.
    while *i < n && matches!(fmt.at(*i), 'h' | 'l' | 'L') {
        *i += 1;
    }
    if *i >= n {
        return Err(PyErr::value_error("incomplete format"));
    }
    let conversion = fmt.at(*i);
    let index = *i;
    *i += 1;
    Ok(Directive { key, spec, conversion, index })
}

fn unsupported_char(c: char, index: usize) -> PyErr {
    if (c as u32) > 32 && (c as u32) < 127 {
        PyErr::value_error(format!("unsupported format character '{c}' (0x{:x}) at index {index}", c as u32))
    } else {
        PyErr::value_error(format!(
            "unsupported format character '\\x{:x}' (0x{:x}) at index {index}",
            c as u32, c as u32
        ))
    }
}

/// Pads a converted piece (`s`, `r`, `a`, `c`): spaces only, left or right.
fn pad_piece(body: &str, nchars: usize, spec: &PercentSpec) -> String {
    if nchars >= spec.width {
        return body.to_string();
    }
    let mut out = String::with_capacity(body.len() + spec.width - nchars);
    if !spec.left {
        push_n(&mut out, ' ', spec.width - nchars);
    }
    out.push_str(body);
    if spec.left {
        push_n(&mut out, ' ', spec.width - nchars);
    }
    out
}

/// Lays out a number for `%`: sign, prefix, digits; zero padding goes after the sign and
/// prefix, space padding before them (or after, with `-`).
fn pad_number(negative: bool, prefix: &str, body: &str, spec: &PercentSpec) -> String {
    let sign = if negative {
        "-"
    } else if spec.sign {
        "+"
    } else if spec.blank {
        " "
    } else {
        ""
    };
    let len = sign.len() + prefix.len() + body.chars().count();
    let mut out = String::with_capacity(len.max(spec.width));
    let pad = spec.width.saturating_sub(len);
    if spec.left {
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
        push_n(&mut out, ' ', pad);
    } else if spec.zero {
        out.push_str(sign);
        out.push_str(prefix);
        push_n(&mut out, '0', pad);
        out.push_str(body);
    } else {
        push_n(&mut out, ' ', pad);
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
    }
    out
}

/// Whether `o` supports the number protocol as `PyNumber_Check` sees it.
fn is_number(o: &Obj) -> bool {
    let s = &o.ty().slots;
    int::is_int(o)
        || float::float_value(o).is_some()
        || s.index.get().is_some()
        || s.int.get().is_some()
        || s.float.get().is_some()
}

/// `%d`, `%i`, `%u`, `%x`, `%X`, `%o`.
fn format_percent_int(vm: &mut Vm, v: &Obj, d: &Directive) -> PyResult<String> {
    let c = d.conversion;
    let value = if int::is_int(v) {
        v.clone()
    } else if matches!(c, 'x' | 'X' | 'o') {
        match protocol::index_opt(vm, v)? {
            Some(i) => i,
            None => {
                return Err(PyErr::type_error(format!(
                    "%{c} format: an integer is required, not {}",
                    v.ty().name()
                )))
            }
        }
    } else if is_number(v) {
        protocol::to_int(vm, v)?
    } else {
        return Err(PyErr::type_error(format!(
            "%{c} format: a real number is required, not {}",
            v.ty().name()
        )));
    };
    let value = int::int_value(&value).expect("int");
    let (negative, mut digits) = match value {
        IntRef::Small(x) => (
            x < 0,
            radix_string(
                x.unsigned_abs(),
                match c {
                    'x' | 'X' => 16,
                    'o' => 8,
                    _ => 10,
                },
            ),
        ),
        IntRef::Big(b) => (
            b.is_negative(),
            b.magnitude().to_str_radix(match c {
                'x' | 'X' => 16,
                'o' => 8,
                _ => 10,
            }),
        ),
    };
    if c == 'X' {
        digits.make_ascii_uppercase();
    }
    if let Some(p) = d.spec.precision {
        if digits.len() < p {
            digits = format!("{}{digits}", "0".repeat(p - digits.len()));
        }
    }
    let prefix = match (c, d.spec.alt) {
        ('x', true) => "0x",
        ('X', true) => "0X",
        ('o', true) => "0o",
        _ => "",
    };
    Ok(pad_number(negative, prefix, &digits, &d.spec))
}

/// `%e`, `%f`, `%g` and their capitals.
fn format_percent_float(vm: &mut Vm, v: &Obj, d: &Directive) -> PyResult<String> {
    let x = match float::float_value(v) {
        Some(x) => x,
        None => protocol::to_f64(vm, v)?,
    };
    let flags = DtsFlags { alt: d.spec.alt, ..DtsFlags::default() };
    let text = double_to_string(x, d.conversion, d.spec.precision.unwrap_or(6), flags);
    let (negative, body) = match text.strip_prefix('-') {
        Some(r) => (true, r.to_string()),
        None => (false, text),
    };
    Ok(pad_number(negative, "", &body, &d.spec))
}

/// `fmt % values` for str.
pub fn percent_format(vm: &mut Vm, fmt: &str, values: &Obj) -> PyResult<Obj> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut args = percent_args(values);
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut i = 0;
    let key_of = |a: usize, b: usize| pystr::try_new_str(&chars[a..b].iter().collect::<String>());
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i < chars.len() && chars[i] == '%' {
            out.push('%');
            i += 1;
            continue;
        }
        let d = parse_directive(vm, chars.as_slice(), &mut i, &mut args, &key_of)?;
        let v = match &d.key {
            Some(k) => k.clone(),
            None => args.next()?,
        };
        let piece = match d.conversion {
            's' | 'r' | 'a' => {
                let s = match d.conversion {
                    's' => protocol::str(vm, &v)?,
                    'r' => protocol::repr(vm, &v)?,
                    _ => protocol::ascii(vm, &v)?,
                };
                let text = pystr::as_str(&s);
                let (body, n) = match d.spec.precision {
                    Some(p) => match text.char_indices().nth(p) {
                        Some((b, _)) => (&text[..b], p),
                        None => (text, text.chars().count()),
                    },
                    None => (text, text.chars().count()),
                };
                pad_piece(body, n, &d.spec)
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => format_percent_int(vm, &v, &d)?,
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => format_percent_float(vm, &v, &d)?,
            'c' => {
                let ch = if let Some(s) = pystr::as_str_obj(&v) {
                    let mut it = s.as_str().chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => c,
                        _ => {
                            return Err(PyErr::type_error(format!(
                                "%c requires an int or a unicode character, not a string of length {}",
                                s.char_len()
                            )))
                        }
                    }
                } else if let Some(i) = protocol::index_opt(vm, &v).ok().flatten() {
                    let code = int::as_i64(&i).filter(|c| (0..=0x10ffff).contains(c));
                    match code {
                        Some(c) => char::from_u32(c as u32).unwrap_or('\u{fffd}'),
                        None => return Err(PyErr::overflow_error("%c arg not in range(0x110000)")),
                    }
                } else {
                    return Err(PyErr::type_error(format!(
                        "%c requires an int or a unicode character, not {}",
                        v.ty().name()
                    )));
                };
                let mut buf = [0u8; 4];
                pad_piece(ch.encode_utf8(&mut buf), 1, &d.spec)
            }
            other => return Err(unsupported_char(other, d.index)),
        };
        out.push_str(&piece);
    }
    if args.leftover() {
        return Err(PyErr::type_error("not all arguments converted during string formatting"));
    }
    pystr::try_new_str(&out)
}

/// Splits the right operand of `%` into positional values and a mapping (CPython treats any
/// non-tuple, non-str object with `__getitem__` as a mapping for `%(key)` lookups).
fn percent_args(values: &Obj) -> PercentArgs<'_> {
    let items = tuple::as_tuple(values).map(|t| t.items());
    let is_mapping =
        items.is_none() && pystr::as_str_obj(values).is_none() && values.ty().slots.getitem.get().is_some();
    PercentArgs {
        values,
        items,
        mapping: if is_mapping { Some(values) } else { None },
        next: 0,
        single_used: false,
    }
}

/// `fmt % values` for bytes and bytearray (CPython's `_PyBytes_FormatEx`).
pub fn percent_format_bytes(vm: &mut Vm, fmt: &[u8], values: &Obj) -> PyResult<Vec<u8>> {
    let mut args = percent_args(values);
    let mut out: Vec<u8> = Vec::with_capacity(fmt.len() + 16);
    let mut i = 0;
    let key_of = |a: usize, b: usize| bytes::new_bytes(&fmt[a..b]);
    while i < fmt.len() {
        let c = fmt[i];
        if c != b'%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i < fmt.len() && fmt[i] == b'%' {
            out.push(b'%');
            i += 1;
            continue;
        }
        let d = parse_directive(vm, fmt, &mut i, &mut args, &key_of)?;
        let v = match &d.key {
            Some(k) => k.clone(),
            None => args.next()?,
        };
        let mut piece: Vec<u8> = match d.conversion {
            'b' | 's' => {
                let data = bytes_for_percent(vm, &v)?;
                let body = match d.spec.precision {
                    Some(p) if p < data.len() => data[..p].to_vec(),
                    _ => data,
                };
                pad_bytes(body, &d.spec)
            }
            'r' | 'a' => {
                let s = protocol::ascii(vm, &v)?;
                let text = pystr::as_str(&s).as_bytes();
                let body = match d.spec.precision {
                    Some(p) if p < text.len() => text[..p].to_vec(),
                    _ => text.to_vec(),
                };
                pad_bytes(body, &d.spec)
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => format_percent_int(vm, &v, &d)?.into_bytes(),
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => format_percent_float(vm, &v, &d)?.into_bytes(),
            'c' => {
                let b = if let Some(data) = bytes::as_bytes(&v).filter(|b| b.len() == 1) {
                    data[0]
                } else if let Some(i) = protocol::index_opt(vm, &v).ok().flatten() {
                    match int::as_i64(&i).filter(|c| (0..256).contains(c)) {
                        Some(c) => c as u8,
                        None => return Err(PyErr::overflow_error("%c arg not in range(256)")),
                    }
                } else {
                    return Err(PyErr::type_error("%c requires an integer in range(256) or a single byte"));
                };
                pad_bytes(vec![b], &d.spec)
            }
            other => return Err(unsupported_char(other, d.index)),
        };
        out.append(&mut piece);
    }
    if args.leftover() {
        return Err(PyErr::type_error("not all arguments converted during bytes formatting"));
    }
    Ok(out)
}

fn pad_bytes(body: Vec<u8>, spec: &PercentSpec) -> Vec<u8> {
    if body.len() >= spec.width {
        return body;
    }
    let pad = spec.width - body.len();
    let mut out = Vec::with_capacity(spec.width);
    if !spec.left {
        out.resize(pad, b' ');
    }
    out.extend_from_slice(&body);
    if spec.left {
        out.resize(spec.width, b' ');
    }
    out
}

/// The bytes `%b`/`%s` insert: a bytes-like object, or `__bytes__()`.
fn bytes_for_percent(vm: &mut Vm, v: &Obj) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes::as_bytes(v) {
        return Ok(b.to_vec());
    }
    if let Some(r) = protocol::call_special(vm, v, "__bytes__", &[])? {
        if let Some(b) = bytes::as_bytes(&r) {
            return Ok(b.to_vec());
        }
        return Err(PyErr::type_error(format!("__bytes__ returned non-bytes (type {})", r.ty().name())));
    }
    Err(PyErr::type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        v.ty().name()
    )))
}

/// A BigInt as f64 for the float presentation types of `int.__format__`.
pub fn bigint_to_f64(v: &BigInt) -> PyResult<f64> {
    match v.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(PyErr::overflow_error("int too large to convert to float")),
    }
}
