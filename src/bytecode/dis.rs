//! The disassembler: a compiled unit printed in CPython 3.14's `dis.dis` layout — line-number
//! column, jump labels, opname, oparg and the resolved argument — followed by the exception
//! table and, recursively, every nested code object.
//!
//! Differences from CPython's text: there are no `CACHE` entries (so jump opargs count fewer
//! code units than CPython's), and code object addresses print as `0x...`.

use super::code::{CodeData, CompiledUnit, Constant};
use super::opcode::{self as opc, OpargKind, Opcode};
use std::collections::BTreeMap;
use std::fmt::Write;

/// Disassemble the top code object, then every code object nested in it, depth first.
pub fn disassemble(unit: &CompiledUnit) -> String {
    let mut out = String::new();
    disassemble_recursive(unit, &unit.top, &mut out);
    out
}

fn disassemble_recursive(unit: &CompiledUnit, code: &CodeData, out: &mut String) {
    disassemble_code(unit, code, out);
    for &c in &code.consts {
        if let Some(Constant::Code(nested)) = unit.constants.get(c as usize) {
            out.push('\n');
            let _ = writeln!(out, "Disassembly of {}:", code_repr(nested));
            disassemble_recursive(unit, nested, out);
        }
    }
}

/// `repr()` of a code object, with the address elided.
pub fn code_repr(code: &CodeData) -> String {
    format!("<code object {} at 0x..., file \"{}\", line {}>", code.name, code.filename, code.firstlineno)
}

/// One decoded instruction (`EXTENDED_ARG` prefixes are instructions of their own, as in
/// CPython's `dis`).
#[derive(Clone, Debug)]
pub struct DecodedInstr {
    /// Offset in code units.
    pub offset: usize,
    pub op: Option<Opcode>,
    pub raw_op: u8,
    /// The full oparg (with `EXTENDED_ARG` prefixes applied); `None` for no-argument opcodes.
    pub arg: Option<u32>,
}

/// Decode `code` into instructions.
pub fn decode(code: &[u8]) -> Vec<DecodedInstr> {
    let mut out = Vec::new();
    let mut extended: u32 = 0;
    for (unit, pair) in code.chunks(2).enumerate() {
        let raw_op = pair[0];
        let raw_arg = *pair.get(1).unwrap_or(&0) as u32;
        let op = Opcode::from_u8(raw_op);
        let has_arg = op.is_some_and(|o| o.has_arg());
        let arg = if has_arg { Some(raw_arg | extended) } else { None };
        extended = match (op, arg) {
            (Some(Opcode::EXTENDED_ARG), Some(a)) => a << 8,
            _ => 0,
        };
        out.push(DecodedInstr { offset: unit, op, raw_op, arg });
    }
    out
}

/// The code unit a jump instruction at `offset` with `arg` goes to.
pub fn jump_target(op: Opcode, arg: u32, offset: usize) -> Option<usize> {
    match op.oparg_kind() {
        OpargKind::JumpForward => Some(offset + 1 + arg as usize),
        OpargKind::JumpBackward => (offset + 1).checked_sub(arg as usize),
        _ => None,
    }
}

/// The line number of each code unit, as `co_lines()` would give it (`None`: no line).
fn unit_lines(code: &CodeData) -> Vec<Option<u32>> {
    let module = code.name == "<module>";
    code.positions
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if p.line == 0 {
                // CPython attributes a module's opening RESUME to line 0.
                let resume = code.code.get(2 * i) == Some(&(Opcode::RESUME as u8));
                (module && i == 0 && resume).then_some(0)
            } else {
                Some(p.line)
            }
        })
        .collect()
}

/// Disassemble one code object (without the code objects nested in it).
pub fn disassemble_code_object(unit: &CompiledUnit, code: &CodeData) -> String {
    let mut out = String::new();
    disassemble_code(unit, code, &mut out);
    out
}

/// Find a code object by name anywhere in the unit (the first, depth first).
pub fn find_code<'u>(unit: &'u CompiledUnit, name: &str) -> Option<&'u CodeData> {
    fn walk<'u>(unit: &'u CompiledUnit, code: &'u CodeData, name: &str) -> Option<&'u CodeData> {
        if code.name == name {
            return Some(code);
        }
        code.consts.iter().find_map(|&c| match unit.constants.get(c as usize) {
            Some(Constant::Code(nested)) => walk(unit, nested, name),
            _ => None,
        })
    }
    walk(unit, &unit.top, name)
}

fn disassemble_code(unit: &CompiledUnit, code: &CodeData, out: &mut String) {
    let instrs = decode(&code.code);
    let lines = unit_lines(code);
    // Line starts: where the line differs from the previous unit's.
    let mut starts: BTreeMap<usize, Option<u32>> = BTreeMap::new();
    let mut last: Option<Option<u32>> = None;
    for (i, line) in lines.iter().enumerate() {
        if last != Some(*line) {
            starts.insert(i, *line);
            last = Some(*line);
        }
    }
    // Labels: jump targets and exception table boundaries, numbered in offset order.
    let mut label_offsets: Vec<usize> = Vec::new();
    for ins in &instrs {
        if let (Some(op), Some(arg)) = (ins.op, ins.arg) {
            if let Some(t) = jump_target(op, arg, ins.offset) {
                label_offsets.push(t);
            }
        }
    }
    for e in &code.exception_table {
        label_offsets.extend([e.start as usize, e.end as usize, e.target as usize]);
    }
    label_offsets.sort_unstable();
    label_offsets.dedup();
    let labels: BTreeMap<usize, usize> = label_offsets.iter().enumerate().map(|(i, &o)| (o, i + 1)).collect();

    let maxline = starts.values().flatten().copied().filter(|&l| l > 0).max();
    let mut lineno_width = match maxline {
        None => 0,
        Some(m) => 3.max(m.to_string().len()),
    };
    if lineno_width > 0 && lineno_width < 4 && starts.values().any(|l| l.is_none()) {
        lineno_width = 4;
    }
    let label_width = 4 + labels.len().to_string().len();

    for ins in &instrs {
        let start = starts.get(&ins.offset);
        if lineno_width > 0 && start.is_some() && ins.offset > 0 {
            out.push('\n');
        }
        let mut fields: Vec<String> = Vec::new();
        if lineno_width > 0 {
            fields.push(match start {
                Some(Some(line)) => format!("{line:>lineno_width$}"),
                Some(None) => format!("{:>lineno_width$}", "  --"),
                None => " ".repeat(lineno_width),
            });
        }
        match labels.get(&ins.offset) {
            Some(l) => fields.push(format!("{:>label_width$}", format!("L{l}:"))),
            None => fields.push(" ".repeat(label_width)),
        }
        fields.push("   ".to_string());
        let name = ins.op.map_or_else(|| format!("<{}>", ins.raw_op), |o| o.name().to_string());
        fields.push(format!("{name:<20}"));
        if let Some(arg) = ins.arg {
            let excess = name.len().saturating_sub(20);
            let width = 5usize.saturating_sub(excess);
            fields.push(format!("{arg:>width$}"));
            let argrepr =
                argrepr(unit, code, ins.op.expect("only known opcodes have args"), arg, ins.offset, &labels);
            if !argrepr.is_empty() {
                fields.push(format!("({argrepr})"));
            }
        }
        let line = fields.join(" ");
        out.push_str(line.trim_end());
        out.push('\n');
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let l = |o: u32| labels.get(&(o as usize)).copied().unwrap_or(0);
            let lasti = if e.push_lasti { " lasti" } else { "" };
            let _ = writeln!(
                out,
                "  L{} to L{} -> L{} [{}]{}",
                l(e.start),
                l(e.end),
                l(e.target),
                e.depth,
                lasti
            );
        }
    }
}

fn local_name(code: &CodeData, i: u32) -> String {
    code.localsplusnames.get(i as usize).cloned().unwrap_or_else(|| format!("<{i}>"))
}

fn name_at(code: &CodeData, i: u32) -> String {
    code.names.get(i as usize).cloned().unwrap_or_else(|| format!("<{i}>"))
}

/// The text `dis` shows in parentheses after the oparg.
fn argrepr(
    unit: &CompiledUnit,
    code: &CodeData,
    op: Opcode,
    arg: u32,
    offset: usize,
    labels: &BTreeMap<usize, usize>,
) -> String {
    match op.oparg_kind() {
        OpargKind::Const => match code.consts.get(arg as usize) {
            Some(&c) => constant_repr(unit, c),
            None => String::new(),
        },
        OpargKind::Name => name_at(code, arg),
        OpargKind::GlobalName => {
            let n = name_at(code, arg >> 1);
            if arg & 1 != 0 {
                format!("{n} + NULL")
            } else {
                n
            }
        }
        OpargKind::AttrName => {
            let n = name_at(code, arg >> 1);
            if arg & 1 != 0 {
                format!("{n} + NULL|self")
            } else {
                n
            }
        }
        OpargKind::JumpForward | OpargKind::JumpBackward => match jump_target(op, arg, offset) {
            Some(t) => format!("to L{}", labels.get(&t).copied().unwrap_or(0)),
            None => String::new(),
        },
        OpargKind::LocalPair => format!("{}, {}", local_name(code, arg >> 4), local_name(code, arg & 15)),
        OpargKind::Local | OpargKind::Deref => local_name(code, arg),
        OpargKind::CompareOp => {
            let cmp = opc::COMPARE_OPS.get((arg >> 5) as usize).copied().unwrap_or("?");
            if arg & opc::COMPARE_BOOL_FLAG != 0 {
                format!("bool({cmp})")
            } else {
                cmp.to_string()
            }
        }
        OpargKind::Conversion => opc::CONVERSIONS.get(arg as usize).copied().unwrap_or("").to_string(),
        OpargKind::FunctionAttribute => opc::FUNCTION_ATTRIBUTES
            .iter()
            .filter(|(bit, _)| arg & bit != 0)
            .map(|(_, n)| *n)
            .collect::<Vec<_>>()
            .join(", "),
        OpargKind::BinaryOp => opc::BINARY_OPS.get(arg as usize).copied().unwrap_or("?").to_string(),
        OpargKind::Intrinsic1 => opc::INTRINSIC_1.get(arg as usize).copied().unwrap_or("?").to_string(),
        OpargKind::Intrinsic2 => opc::INTRINSIC_2.get(arg as usize).copied().unwrap_or("?").to_string(),
        OpargKind::CommonConstant => match arg {
            3 => "<built-in function all>".to_string(),
            4 => "<built-in function any>".to_string(),
            _ => opc::COMMON_CONSTANTS.get(arg as usize).copied().unwrap_or("?").to_string(),
        },
        OpargKind::SpecialMethod => {
            opc::SPECIAL_METHODS.get(arg as usize).copied().unwrap_or("?").to_string()
        }
        OpargKind::Invert => match (op, arg != 0) {
            (Opcode::IS_OP, false) => "is".to_string(),
            (Opcode::IS_OP, true) => "is not".to_string(),
            (_, false) => "in".to_string(),
            (_, true) => "not in".to_string(),
        },
        _ => String::new(),
    }
}

/// Python's `repr()` of a pool constant.
pub fn constant_repr(unit: &CompiledUnit, index: u32) -> String {
    let Some(c) = unit.constants.get(index as usize) else { return "<?>".to_string() };
    match c {
        Constant::None => "None".to_string(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.to_string(),
        Constant::Ellipsis => "Ellipsis".to_string(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex(re, im) => crate::object::complex::complex_repr(*re, *im),
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(|&i| constant_repr(unit, i)).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::FrozenSet(items) => {
            if items.is_empty() {
                "frozenset()".to_string()
            } else {
                let parts: Vec<String> = items.iter().map(|&i| constant_repr(unit, i)).collect();
                format!("frozenset({{{}}})", parts.join(", "))
            }
        }
        Constant::Slice(parts) => {
            let p: Vec<String> = parts.iter().map(|&i| constant_repr(unit, i)).collect();
            format!("slice({}, {}, {})", p[0], p[1], p[2])
        }
        Constant::Code(code) => code_repr(code),
    }
}

/// `repr()` of a compile-time constant value (used in error messages).
pub fn const_value_repr(v: &crate::compiler::consts::ConstValue) -> String {
    use crate::compiler::consts::ConstValue as V;
    match v {
        V::None => "None".to_string(),
        V::Bool(b) => if *b { "True" } else { "False" }.to_string(),
        V::Ellipsis => "Ellipsis".to_string(),
        V::Int(i) => i.to_string(),
        V::Float(f) => float_repr(*f),
        V::Complex(re, im) => crate::object::complex::complex_repr(*re, *im),
        V::Str(s) => str_repr(s),
        V::Bytes(b) => bytes_repr(b),
        V::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_value_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        V::FrozenSet(items) => {
            let parts: Vec<String> = items.iter().map(const_value_repr).collect();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        V::Slice(p) => {
            format!(
                "slice({}, {}, {})",
                const_value_repr(&p[0]),
                const_value_repr(&p[1]),
                const_value_repr(&p[2])
            )
        }
        V::Code(_) => "<code object>".to_string(),
    }
}

/// Python's `repr()` of a float: the shortest round-tripping digits, in fixed notation for
/// exponents -4..16 and scientific notation otherwise.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".to_string();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let sci = format!("{:e}", f.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if (-4..16).contains(&exp) {
        let decpt = exp + 1;
        let s = if decpt <= 0 {
            format!("0.{}{}", "0".repeat((-decpt) as usize), digits)
        } else if decpt as usize >= digits.len() {
            format!("{}{}.0", digits, "0".repeat(decpt as usize - digits.len()))
        } else {
            format!("{}.{}", &digits[..decpt as usize], &digits[decpt as usize..])
        };
        format!("{sign}{s}")
    } else {
        let rest = &digits[1..];
        let m = if rest.is_empty() { digits[..1].to_string() } else { format!("{}.{}", &digits[..1], rest) };
        let esign = if exp < 0 { "-" } else { "+" };
        format!("{sign}{m}e{esign}{:02}", exp.abs())
    }
}

/// Python's `repr()` of a str.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let v = c as u32;
                if v <= 0xFF {
                    let _ = write!(out, "\\x{v:02x}");
                } else if v <= 0xFFFF {
                    let _ = write!(out, "\\u{v:04x}");
                } else {
                    let _ = write!(out, "\\U{v:08x}");
                }
            }
        }
    }
    out.push(quote);
    out
}

/// An approximation of `str.isprintable` for one character: control characters, the C1
/// range, separators other than space and a few format characters are not printable.
fn is_printable(c: char) -> bool {
    let v = c as u32;
    !(v < 0x20
        || (0x7F..=0xA0).contains(&v)
        || v == 0xAD
        || (0x2000..=0x200F).contains(&v)
        || (0x2028..=0x202F).contains(&v)
        || (0x205F..=0x206F).contains(&v)
        || v == 0x3000
        || v == 0xFEFF
        || (0xD800..=0xDFFF).contains(&v)
        || (0xFFF9..=0xFFFB).contains(&v)
        || (0xE000..=0xF8FF).contains(&v))
}

/// Python's `repr()` of a bytes object.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::from("b");
    out.push(quote);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7E => out.push(byte as char),
            _ => {
                let _ = write!(out, "\\x{byte:02x}");
            }
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_repr_matches_python() {
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1.5e-5), "1.5e-05");
        assert_eq!(float_repr(123456.789), "123456.789");
        assert_eq!(float_repr(1e-4), "0.0001");
        assert_eq!(float_repr(2.5e100), "2.5e+100");
        assert_eq!(float_repr(f64::INFINITY), "inf");
    }

    #[test]
    fn str_and_bytes_repr_match_python() {
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(str_repr("tab\there\n"), "'tab\\there\\n'");
        assert_eq!(str_repr("\x07é"), "'\\x07é'");
        assert_eq!(bytes_repr(b"ab\x00'"), "b\"ab\\x00'\"");
    }
}
