//! String formatting: the format-spec mini-language (`format()`, f-strings, `str.format`) for
//! ints, floats and strings, `str.format` itself, and `%`-formatting.

use super::header::Obj;
use super::{dict, float, int, protocol, singletons, str as pystr, tuple, PyErr, PyResult};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::Signed;

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Debug, Default)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub no_neg_zero: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

/// Parses a format spec, with CPython's errors.
pub fn parse_spec(s: &str) -> PyResult<Spec> {
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut spec = Spec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    if chars.len() >= 2 && is_align(chars[1]) {
        spec.fill = Some(chars[0]);
        spec.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        spec.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        spec.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        spec.no_neg_zero = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        spec.alternate = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        spec.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        let w: String = chars[start..i].iter().collect();
        spec.width =
            Some(w.parse().map_err(|_| PyErr::value_error("Too many decimal digits in format string"))?);
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        spec.grouping = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(PyErr::value_error("Format specifier missing precision"));
        }
        let p: String = chars[start..i].iter().collect();
        spec.precision =
            Some(p.parse().map_err(|_| PyErr::value_error("Too many decimal digits in format string"))?);
    }
    if i < chars.len() {
        spec.ty = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() {
        return Err(PyErr::value_error("Invalid format specifier"));
    }
    Ok(spec)
}

/// Pads `body` (which may start with a sign/prefix of `prefix_len` chars) to the spec's width.
fn pad(body: &str, prefix_len: usize, spec: &Spec, default_align: char) -> String {
    let width = spec.width.unwrap_or(0);
    let len = body.chars().count();
    if len >= width {
        return body.to_string();
    }
    let fill = spec.fill.unwrap_or(if spec.zero && spec.align.is_none() { '0' } else { ' ' });
    let align = spec.align.unwrap_or(if spec.zero && spec.fill.is_none() { '=' } else { default_align });
    let n = width - len;
    let fills = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match align {
        '<' => format!("{body}{}", fills(n)),
        '^' => format!("{}{body}{}", fills(n / 2), fills(n - n / 2)),
        '=' => {
            let (pre, rest): (String, String) =
                (body.chars().take(prefix_len).collect(), body.chars().skip(prefix_len).collect());
            format!("{pre}{}{rest}", fills(n))
        }
        _ => format!("{}{body}", fills(n)),
    }
}

/// Inserts a grouping separator every `every` digits of an integer digit string.
fn group(digits: &str, sep: char, every: usize) -> String {
    let bytes: Vec<char> = digits.chars().collect();
    let mut out = String::new();
    for (i, c) in bytes.iter().enumerate() {
        if i > 0 && (bytes.len() - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(*c);
    }
    out
}

fn sign_str(negative: bool, spec: &Spec) -> &'static str {
    if negative {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

/// Zero-padding with `=` alignment groups the padding too in CPython ("0>12," aside); we apply
/// padding after grouping, which matches for the common cases.
fn finish_number(sign: &str, prefix: &str, digits: String, spec: &Spec) -> String {
    let body = format!("{sign}{prefix}{digits}");
    if spec.zero && spec.align.is_none() && spec.fill.is_none() && spec.grouping.is_some() {
        // Grouped zero padding: pad the digit string with grouped zeros.
        let width = spec.width.unwrap_or(0);
        let mut d = digits.replace(spec.grouping.unwrap_or(','), "");
        let every = if matches!(spec.ty, Some('x' | 'X' | 'o' | 'b')) { 4 } else { 3 };
        let mut g = group(&d, spec.grouping.unwrap_or(','), every);
        while sign.len() + prefix.len() + g.chars().count() < width {
            d.insert(0, '0');
            g = group(&d, spec.grouping.unwrap_or(','), every);
        }
        return format!("{sign}{prefix}{g}");
    }
    pad(&body, sign.len() + prefix.len(), spec, '>')
}

/// Formats an int value per the spec.
pub fn format_int(v: &BigInt, spec: &Spec) -> PyResult<String> {
    let ty = spec.ty.unwrap_or('d');
    if matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        let f = num_traits::ToPrimitive::to_f64(v).unwrap_or(f64::INFINITY);
        return format_float(f, spec);
    }
    if spec.precision.is_some() {
        return Err(PyErr::value_error("Precision not allowed in integer format specifier"));
    }
    let neg = v.is_negative();
    let mag = v.abs();
    let (digits, prefix) = match ty {
        'd' | 'n' => (mag.to_string(), ""),
        'x' => (mag.to_str_radix(16), if spec.alternate { "0x" } else { "" }),
        'X' => (mag.to_str_radix(16).to_uppercase(), if spec.alternate { "0X" } else { "" }),
        'o' => (mag.to_str_radix(8), if spec.alternate { "0o" } else { "" }),
        'b' => (mag.to_str_radix(2), if spec.alternate { "0b" } else { "" }),
        'c' => {
            let c = num_traits::ToPrimitive::to_u32(v)
                .and_then(char::from_u32)
                .ok_or_else(|| PyErr::overflow_error("%c arg not in range(0x110000)"))?;
            return Ok(pad(&c.to_string(), 0, spec, '<'));
        }
        _ => {
            return Err(PyErr::value_error(format!("Unknown format code '{ty}' for object of type 'int'")));
        }
    };
    let digits = match spec.grouping {
        Some(sep) if !(spec.zero && spec.align.is_none() && spec.fill.is_none()) => {
            let every = if matches!(ty, 'x' | 'X' | 'o' | 'b') { 4 } else { 3 };
            group(&digits, sep, every)
        }
        Some(sep) => {
            let every = if matches!(ty, 'x' | 'X' | 'o' | 'b') { 4 } else { 3 };
            group(&digits, sep, every)
        }
        None => digits,
    };
    Ok(finish_number(sign_str(neg, spec), prefix, digits, spec))
}

/// `repr`-style shortest digits for `g` without precision... CPython's `format(x, '')` is
/// `str(x)`; with a spec but no type it is like 'g' with at least one decimal.
pub fn format_float(x: f64, spec: &Spec) -> PyResult<String> {
    let ty = spec.ty;
    if let Some(t) = ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' | 'n') {
            return Err(PyErr::value_error(format!("Unknown format code '{t}' for object of type 'float'")));
        }
    }
    let mut neg = x.is_sign_negative();
    let a = x.abs();
    let body: String = if a.is_nan() {
        neg = false;
        if matches!(ty, Some('E' | 'F' | 'G')) {
            "NAN".into()
        } else {
            "nan".into()
        }
    } else if a.is_infinite() {
        if matches!(ty, Some('E' | 'F' | 'G')) {
            "INF".into()
        } else {
            "inf".into()
        }
    } else {
        match ty {
            None => match spec.precision {
                None => float::float_repr(a),
                Some(p) => format_g(a, p.max(1), false, true),
            },
            Some('f') | Some('F') => format!("{:.*}", spec.precision.unwrap_or(6), a),
            Some('e') | Some('E') => {
                let s = format_e(a, spec.precision.unwrap_or(6));
                if ty == Some('E') {
                    s.to_uppercase()
                } else {
                    s
                }
            }
            Some('g') | Some('G') | Some('n') => {
                let s = format_g(a, spec.precision.unwrap_or(6), spec.alternate, false);
                if ty == Some('G') {
                    s.to_uppercase()
                } else {
                    s
                }
            }
            Some('%') => format!("{:.*}%", spec.precision.unwrap_or(6), a * 100.0),
            _ => unreachable_format(),
        }
    };
    if spec.no_neg_zero && neg && body.trim_end_matches('%').chars().all(|c| c == '0' || c == '.') {
        neg = false;
    }
    let mut body = body;
    if spec.alternate && !body.contains('.') && matches!(ty, Some('f' | 'F' | 'e' | 'E')) {
        if let Some(epos) = body.find(['e', 'E']) {
            body.insert(epos, '.');
        } else {
            body.push('.');
        }
    }
    if let Some(sep) = spec.grouping {
        let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
            Some(p) => (body[..p].to_string(), body[p..].to_string()),
            None => (body.clone(), String::new()),
        };
        if int_part.chars().all(|c| c.is_ascii_digit()) && !int_part.is_empty() {
            body = format!("{}{rest}", group(&int_part, sep, 3));
        }
    }
    let sign = sign_str(neg, spec);
    Ok(pad(&format!("{sign}{body}"), sign.len(), spec, '>'))
}

fn unreachable_format() -> String {
    String::new()
}

/// `%e`-style: mantissa with `prec` decimals and a two-digit exponent.
pub fn format_e(a: f64, prec: usize) -> String {
    let s = format!("{:.*e}", prec, a);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

/// `%g`-style: `prec` significant digits, trailing zeros removed unless `alternate`;
/// `repr_style` keeps at least one decimal (format with precision but no type).
pub fn format_g(a: f64, prec: usize, alternate: bool, repr_style: bool) -> String {
    let p = prec.max(1);
    if a == 0.0 {
        return if alternate {
            format!("{:.*}", p - 1, 0.0)
        } else if repr_style {
            "0.0".into()
        } else {
            "0".into()
        };
    }
    let exp = {
        let s = format!("{:.*e}", p - 1, a);
        s.split_once('e').map(|(_, e)| e.parse::<i32>().unwrap_or(0)).unwrap_or(0)
    };
    let mut s = if exp < -4 || exp >= p as i32 {
        let s = format_e(a, p - 1);
        if alternate {
            s
        } else {
            let (m, e) = s.split_once('e').unwrap_or((&s, ""));
            let m = if m.contains('.') { m.trim_end_matches('0').trim_end_matches('.') } else { m };
            format!("{m}e{e}")
        }
    } else {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        let s = format!("{:.*}", decimals, a);
        if alternate || !s.contains('.') {
            s
        } else {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        }
    };
    if repr_style && !s.contains(['.', 'e', 'n', 'i']) {
        s.push_str(".0");
    }
    s
}

/// Formats a string per the spec (only `s` or no type; precision truncates).
pub fn format_str(s: &str, spec: &Spec) -> PyResult<String> {
    if let Some(t) = spec.ty {
        if t != 's' {
            return Err(PyErr::value_error(format!("Unknown format code '{t}' for object of type 'str'")));
        }
    }
    if spec.sign.is_some() {
        return Err(PyErr::value_error("Sign not allowed in string format specifier"));
    }
    if spec.alternate {
        return Err(PyErr::value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if spec.align == Some('=') {
        return Err(PyErr::value_error("'=' alignment not allowed in string format specifier"));
    }
    let body: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad(&body, 0, spec, '<'))
}

/// `format(obj, spec)` for the built-in types; `None` for others (they use `__format__`).
pub fn format_builtin(vm: &mut Vm, o: &Obj, spec: &str) -> PyResult<Option<String>> {
    if let Some(v) = int::int_value(o) {
        if spec.is_empty() {
            let r = protocol::str(vm, o)?;
            return Ok(Some(pystr::as_str(&r).to_string()));
        }
        return Ok(Some(format_int(&v.to_bigint(), &parse_spec(spec)?)?));
    }
    if let Some(f) = float::float_value(o) {
        if spec.is_empty() {
            let r = protocol::str(vm, o)?;
            return Ok(Some(pystr::as_str(&r).to_string()));
        }
        return Ok(Some(format_float(f, &parse_spec(spec)?)?));
    }
    if let Some(s) = pystr::as_str_obj(o) {
        return Ok(Some(format_str(s.as_str(), &parse_spec(spec)?)?));
    }
    Ok(None)
}

// ---------------------------------------------------------------------------------------------
// str.format

/// Resolves a field name like `0`, `name`, `0.attr`, `name[key]`.
fn resolve_field(
    vm: &mut Vm,
    field: &str,
    args: &[Obj],
    kwargs: Option<&Obj>,
    auto: &mut Option<usize>,
) -> PyResult<Obj> {
    let end = field.find(['.', '[']).unwrap_or(field.len());
    let first = &field[..end];
    let mut obj = if first.is_empty() {
        let Some(n) = auto.as_mut() else {
            return Err(PyErr::value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        };
        let i = *n;
        *n += 1;
        args.get(i).cloned().ok_or_else(|| {
            PyErr::index_error(format!("Replacement index {i} out of range for positional args tuple"))
        })?
    } else if let Ok(i) = first.parse::<usize>() {
        if auto.is_some_and(|n| n > 0) {
            return Err(PyErr::value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *auto = None;
        args.get(i).cloned().ok_or_else(|| {
            PyErr::index_error(format!("Replacement index {i} out of range for positional args tuple"))
        })?
    } else {
        let key = pystr::new_str(first);
        match kwargs {
            // Through the mapping protocol, so dict subclasses' __missing__ applies.
            Some(k) => protocol::get_item(vm, k, &key)?,
            None => return Err(PyErr::key_error(key)),
        }
    };
    let mut rest = &field[end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let e = r.find(['.', '[']).unwrap_or(r.len());
            obj = protocol::get_attr(vm, &obj, &r[..e])?;
            rest = &r[e..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let e = r.find(']').ok_or_else(|| PyErr::value_error("Missing ']' in format string"))?;
            let k = &r[..e];
            let key = match k.parse::<i64>() {
                Ok(i) => int::new_int(i),
                Err(_) => pystr::new_str(k),
            };
            obj = protocol::get_item(vm, &obj, &key)?;
            rest = &r[e + 1..];
        } else {
            return Err(PyErr::value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(obj)
}

/// `template.format(*args, **kwargs)`.
pub fn format_string(vm: &mut Vm, template: &str, args: &[Obj], kwargs: Option<&Obj>) -> PyResult<String> {
    let mut auto = Some(0usize);
    format_inner(vm, template, args, kwargs, &mut auto, 2)
}

fn format_inner(
    vm: &mut Vm,
    template: &str,
    args: &[Obj],
    kwargs: Option<&Obj>,
    auto: &mut Option<usize>,
    depth: u32,
) -> PyResult<String> {
    if depth == 0 {
        return Err(PyErr::value_error("Max string recursion exceeded"));
    }
    let mut out = String::new();
    let chars: Vec<char> = template.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching '}' allowing nested braces in the spec.
            let mut level = 1;
            let mut j = i + 1;
            while j < chars.len() && level > 0 {
                match chars[j] {
                    '{' => level += 1,
                    '}' => level -= 1,
                    _ => {}
                }
                j += 1;
            }
            if level != 0 {
                return Err(PyErr::value_error("expected '}' before end of string"));
            }
            let inner: String = chars[i + 1..j - 1].iter().collect();
            let (field, conv, spec) = split_field(&inner)?;
            let obj = resolve_field(vm, &field, args, kwargs, auto)?;
            let obj = match conv {
                Some('r') => protocol::repr(vm, &obj)?,
                Some('s') => protocol::str(vm, &obj)?,
                Some('a') => protocol::ascii(vm, &obj)?,
                Some(c) => return Err(PyErr::value_error(format!("Unknown conversion specifier {c}"))),
                None => obj,
            };
            let spec = if spec.contains('{') {
                format_inner(vm, &spec, args, kwargs, auto, depth - 1)?
            } else {
                spec
            };
            let r = protocol::format(vm, &obj, &pystr::new_str(&spec))?;
            out.push_str(pystr::as_str(&r));
            i = j;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(PyErr::value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

fn split_field(inner: &str) -> PyResult<(String, Option<char>, String)> {
    // The field name ends at the first '!' or ':' outside brackets.
    let mut depth = 0;
    let mut end = inner.len();
    for (i, c) in inner.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            '!' | ':' if depth == 0 => {
                end = i;
                break;
            }
            _ => {}
        }
    }
    let field = inner[..end].to_string();
    let rest = &inner[end..];
    let (conv, spec) = if let Some(r) = rest.strip_prefix('!') {
        let mut it = r.chars();
        let c = it
            .next()
            .ok_or_else(|| PyErr::value_error("end of string while looking for conversion specifier"))?;
        let after: String = it.collect();
        if !after.is_empty() && !after.starts_with(':') {
            return Err(PyErr::value_error("expected ':' after conversion specifier"));
        }
        (Some(c), after.strip_prefix(':').unwrap_or("").to_string())
    } else if let Some(r) = rest.strip_prefix(':') {
        (None, r.to_string())
    } else {
        (None, String::new())
    };
    Ok((field, conv, spec))
}

// ---------------------------------------------------------------------------------------------
// %-formatting

/// `fmt % values`.
pub fn percent_format(vm: &mut Vm, fmt: &str, values: &Obj) -> PyResult<Obj> {
    let (items, mapping): (Vec<Obj>, Option<Obj>) = if let Some(t) = tuple::as_tuple(values) {
        (t.items().to_vec(), None)
    } else if dict::as_dict(values).is_some()
        || (values.ty().slots.getitem.get().is_some()
            && pystr::as_str_obj(values).is_none()
            && tuple::as_tuple(values).is_none()
            && super::list::as_list(values).is_none())
    {
        (vec![values.clone()], Some(values.clone()))
    } else {
        (vec![values.clone()], None)
    };
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut argi = 0;
    let mut i = 0;
    let mut used_mapping = false;
    let next_arg = |argi: &mut usize| -> PyResult<Obj> {
        let v = items
            .get(*argi)
            .cloned()
            .ok_or_else(|| PyErr::type_error("not enough arguments for format string"))?;
        *argi += 1;
        Ok(v)
    };
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i >= chars.len() {
            return Err(PyErr::value_error("incomplete format"));
        }
        // Mapping key.
        let mut keyed: Option<Obj> = None;
        if chars[i] == '(' {
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                match chars[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(PyErr::value_error("incomplete format key"));
            }
            let key: String = chars[start..i - 1].iter().collect();
            let Some(m) = &mapping else {
                return Err(PyErr::type_error("format requires a mapping"));
            };
            used_mapping = true;
            keyed = Some(protocol::get_item(vm, m, &pystr::new_str(&key))?);
        }
        let mut spec = Spec::default();
        while i < chars.len() && matches!(chars[i], '-' | '+' | ' ' | '#' | '0') {
            match chars[i] {
                '-' => spec.align = Some('<'),
                '+' => spec.sign = Some('+'),
                ' ' => {
                    if spec.sign.is_none() {
                        spec.sign = Some(' ')
                    }
                }
                '#' => spec.alternate = true,
                _ => spec.zero = true,
            }
            i += 1;
        }
        if i < chars.len() && chars[i] == '*' {
            let w = next_arg(&mut argi)?;
            spec.width = Some(protocol::index_i64(vm, &w)?.max(0) as usize);
            i += 1;
        } else {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i > start {
                spec.width = chars[start..i].iter().collect::<String>().parse().ok();
            }
        }
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                let p = next_arg(&mut argi)?;
                spec.precision = Some(protocol::index_i64(vm, &p)?.max(0) as usize);
                i += 1;
            } else {
                let start = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                spec.precision = Some(chars[start..i].iter().collect::<String>().parse().unwrap_or(0));
            }
        }
        while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= chars.len() {
            return Err(PyErr::value_error("incomplete format"));
        }
        let conv = chars[i];
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let arg = match keyed {
            Some(k) => k,
            None => next_arg(&mut argi)?,
        };
        if spec.align == Some('<') {
            spec.zero = false;
        }
        let piece = match conv {
            's' | 'r' | 'a' => {
                let s = match conv {
                    's' => protocol::str(vm, &arg)?,
                    'r' => protocol::repr(vm, &arg)?,
                    _ => protocol::ascii(vm, &arg)?,
                };
                let mut body: String = pystr::as_str(&s).to_string();
                if let Some(p) = spec.precision {
                    body = body.chars().take(p).collect();
                }
                let sp = Spec { zero: false, ..spec.clone() };
                pad(&body, 0, &sp, '>')
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let v = if let Some(f) = float::float_value(&arg) {
                    if conv == 'd' || conv == 'i' || conv == 'u' {
                        let o = float::float_to_int(f)?;
                        int::int_value(&o).expect("int").to_bigint()
                    } else {
                        return Err(PyErr::type_error(format!(
                            "%{conv} format: an integer is required, not float"
                        )));
                    }
                } else {
                    match protocol::index_opt(vm, &arg)? {
                        Some(i) => int::int_value(&i).expect("int").to_bigint(),
                        None => {
                            let what =
                                if matches!(conv, 'x' | 'X' | 'o') { "an integer" } else { "a real number" };
                            return Err(PyErr::type_error(format!(
                                "%{conv} format: {what} is required, not {}",
                                arg.ty().name()
                            )));
                        }
                    }
                };
                let mut sp = spec.clone();
                sp.ty = Some(match conv {
                    'x' => 'x',
                    'X' => 'X',
                    'o' => 'o',
                    _ => 'd',
                });
                sp.precision = None;
                let mut s = format_int(&v, &Spec { width: None, zero: false, ..sp.clone() })?;
                if let Some(p) = spec.precision {
                    let neg = s.starts_with('-');
                    let digits = s.trim_start_matches(['-', '+', ' ']).to_string();
                    if digits.len() < p {
                        let sign: String = s.chars().take(s.len() - digits.len()).collect();
                        s = format!("{sign}{}{digits}", "0".repeat(p - digits.len()));
                    }
                    let _ = neg;
                }
                let sign_len = s.chars().take_while(|c| matches!(c, '-' | '+' | ' ')).count()
                    + if spec.alternate && matches!(conv, 'x' | 'X' | 'o') { 2 } else { 0 };
                pad(&s, sign_len, &spec, '>')
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = protocol::to_f64(vm, &arg).map_err(|_| {
                    PyErr::type_error(format!("must be real number, not {}", arg.ty().name()))
                })?;
                let mut sp = spec.clone();
                sp.ty = Some(conv);
                if sp.precision.is_none() {
                    sp.precision = Some(6);
                }
                format_float(f, &sp)?
            }
            'c' => {
                let s = if let Some(s) = pystr::as_str_obj(&arg) {
                    if s.char_len() != 1 {
                        return Err(PyErr::type_error(
                            "%c requires an int or a unicode character, not a string of length 2",
                        ));
                    }
                    s.as_str().to_string()
                } else {
                    let i = protocol::index_i64(vm, &arg)?;
                    char::from_u32(i as u32)
                        .map(|c| c.to_string())
                        .ok_or_else(|| PyErr::overflow_error("%c arg not in range(0x110000)"))?
                };
                pad(&s, 0, &Spec { zero: false, ..spec.clone() }, '>')
            }
            other => {
                return Err(PyErr::value_error(format!(
                    "unsupported format character '{other}' (0x{:x}) at index {}",
                    other as u32,
                    i - 1
                )))
            }
        };
        out.push_str(&piece);
    }
    if argi < items.len() && !used_mapping && mapping.is_none() {
        return Err(PyErr::type_error("not all arguments converted during string formatting"));
    }
    let _ = singletons::none;
    pystr::try_new_str(&out)
}
