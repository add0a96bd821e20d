//! Text encodings behind `str.encode`, `bytes.decode` and `str(b, encoding)`: UTF-8 (and
//! `utf-8-sig`), ASCII, Latin-1, UTF-16 and UTF-32 (with and without byte-order marks), with
//! CPython's error handlers (`strict`, `ignore`, `replace`, `backslashreplace`,
//! `xmlcharrefreplace`, `namereplace`) and its `UnicodeEncodeError`/`UnicodeDecodeError` texts.
//!
//! Vivarium's strings are UTF-8 and cannot hold lone surrogates, so `surrogateescape` and
//! `surrogatepass` are not available.

use super::{bytes, dict, exceptions, int, str as pystr, PyErr, PyResult};

/// A codec we implement, found from any of CPython's spellings of its name.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
}

impl Codec {
    /// The name CPython's error messages use.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16 | Codec::Utf16Le => "utf-16-le",
            Codec::Utf16Be => "utf-16-be",
            Codec::Utf32 | Codec::Utf32Le => "utf-32-le",
            Codec::Utf32Be => "utf-32-be",
        }
    }
}

/// Looks an encoding name up as CPython's codec registry would (case-insensitive, `-`, `_` and
/// spaces interchangeable, the common aliases).
fn lookup(encoding: &str) -> PyResult<Codec> {
    let norm: String = encoding
        .trim()
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c.to_ascii_lowercase() })
        .collect();
    Ok(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
        "utf_8_sig" | "utf8_sig" => Codec::Utf8Sig,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "iso646_us" | "cp367" | "csascii" => {
            Codec::Ascii
        }
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" => Codec::Latin1,
        "utf_16" | "utf16" | "u16" => Codec::Utf16,
        "utf_16_le" | "utf_16le" | "utf16le" => Codec::Utf16Le,
        "utf_16_be" | "utf_16be" | "utf16be" => Codec::Utf16Be,
        "utf_32" | "utf32" | "u32" => Codec::Utf32,
        "utf_32_le" | "utf_32le" | "utf32le" => Codec::Utf32Le,
        "utf_32_be" | "utf_32be" | "utf32be" => Codec::Utf32Be,
        _ => return Err(PyErr::new(&exceptions::LOOKUP_ERROR, format!("unknown encoding: {encoding}"))),
    })
}

fn unknown_handler(errors: &str) -> PyErr {
    PyErr::new(&exceptions::LOOKUP_ERROR, format!("unknown error handler name '{errors}'"))
}

/// `'\xe9'`-style escape of a code point for messages and `backslashreplace`.
fn escape_code_point(c: u32) -> String {
    if c < 0x100 {
        format!("\\x{c:02x}")
    } else if c < 0x10000 {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    }
}

/// Sets the attributes CPython's Unicode errors carry.
fn with_attributes(
    err: PyErr,
    encoding: &str,
    object: crate::object::Obj,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    if let Some(d) = super::base::instance_dict(err.obj()) {
        let dd = dict::as_dict(&d).expect("dict");
        dd.set_by_str("encoding", pystr::new_str(encoding));
        dd.set_by_str("object", object);
        dd.set_by_str("start", int::new_int(start as i64));
        dd.set_by_str("end", int::new_int(end as i64));
        dd.set_by_str("reason", pystr::new_str(reason));
    }
    err
}

fn encode_error(codec: Codec, text: &str, chars: &[char], start: usize, end: usize, reason: &str) -> PyErr {
    let what = if end - start == 1 {
        format!("character '{}' in position {start}", escape_code_point(chars[start] as u32))
    } else {
        format!("characters in position {start}-{}", end - 1)
    };
    let msg = format!("'{}' codec can't encode {what}: {reason}", codec.name());
    let err = PyErr::new(&exceptions::UNICODE_ENCODE_ERROR, msg);
    with_attributes(err, codec.name(), pystr::new_str(text), start, end, reason)
}

/// `text.encode(encoding, errors)`.
pub fn encode(text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(encoding)?;
    match codec {
        Codec::Utf8 => return Ok(text.as_bytes().to_vec()),
        Codec::Utf8Sig => {
            let mut v = vec![0xef, 0xbb, 0xbf];
            v.extend_from_slice(text.as_bytes());
            return Ok(v);
        }
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let big = codec == Codec::Utf16Be;
            let mut v = Vec::with_capacity(text.len() * 2 + 2);
            if codec == Codec::Utf16 {
                v.extend_from_slice(&[0xff, 0xfe]);
            }
            for u in text.encode_utf16() {
                v.extend_from_slice(&if big { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            return Ok(v);
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let big = codec == Codec::Utf32Be;
            let mut v = Vec::with_capacity(text.len() * 4 + 4);
            if codec == Codec::Utf32 {
                v.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in text.chars() {
                let u = c as u32;
                v.extend_from_slice(&if big { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            return Ok(v);
        }
        Codec::Ascii | Codec::Latin1 => {}
    }
    let limit: u32 = if codec == Codec::Ascii { 0x80 } else { 0x100 };
    let reason =
        if codec == Codec::Ascii { "ordinal not in range(128)" } else { "ordinal not in range(256)" };
    if text.chars().all(|c| (c as u32) < limit) {
        return Ok(text.chars().map(|c| c as u8).collect());
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < chars.len() && (chars[end] as u32) >= limit {
            end += 1;
        }
        match errors {
            "strict" => return Err(encode_error(codec, text, &chars, i, end, reason)),
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "backslashreplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(escape_code_point(c as u32).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            "namereplace" => {
                for &c in &chars[i..end] {
                    match unicode_names2::name(c) {
                        Some(n) => out.extend_from_slice(format!("\\N{{{n}}}").as_bytes()),
                        None => out.extend_from_slice(escape_code_point(c as u32).as_bytes()),
                    }
                }
            }
            other => return Err(unknown_handler(other)),
        }
        i = end;
    }
    Ok(out)
}

fn decode_error(codec: Codec, data: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let what = if end - start == 1 {
        format!("byte 0x{:02x} in position {start}", data[start])
    } else {
        format!("bytes in position {start}-{}", end - 1)
    };
    let msg = format!("'{}' codec can't decode {what}: {reason}", codec.name());
    let err = PyErr::new(&exceptions::UNICODE_DECODE_ERROR, msg);
    let object = bytes::new_bytes(data).unwrap_or_else(|_| pystr::empty());
    with_attributes(err, codec.name(), object, start, end, reason)
}

/// Applies the error handler to undecodable `data[start..end]`.
fn decode_failure(
    out: &mut String,
    codec: Codec,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    errors: &str,
) -> PyResult<()> {
    match errors {
        "strict" => Err(decode_error(codec, data, start, end, reason)),
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for &b in &data[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
        other => Err(unknown_handler(other)),
    }
}

/// Decodes UTF-8, reporting each maximal invalid subsequence as CPython does.
fn decode_utf8(data: &[u8], errors: &str, codec: Codec) -> PyResult<String> {
    if let Ok(s) = std::str::from_utf8(data) {
        return Ok(s.to_string());
    }
    let mut out = String::with_capacity(data.len());
    let mut pos = 0;
    while pos < data.len() {
        match std::str::from_utf8(&data[pos..]) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let valid = e.valid_up_to();
                out.push_str(std::str::from_utf8(&data[pos..pos + valid]).unwrap_or_default());
                let start = pos + valid;
                let (len, reason) = match e.error_len() {
                    None => (data.len() - start, "unexpected end of data"),
                    Some(n) => {
                        let b = data[start];
                        let invalid_start = (0x80..0xc2).contains(&b) || b > 0xf4;
                        (n, if invalid_start { "invalid start byte" } else { "invalid continuation byte" })
                    }
                };
                decode_failure(&mut out, codec, data, start, start + len, reason, errors)?;
                pos = start + len;
            }
        }
    }
    Ok(out)
}

/// Decodes UTF-16 or UTF-32 code units of `width` bytes.
fn decode_wide(data: &[u8], errors: &str, codec: Codec, width: usize) -> PyResult<String> {
    let (mut big, mut start) = (matches!(codec, Codec::Utf16Be | Codec::Utf32Be), 0);
    if matches!(codec, Codec::Utf16 | Codec::Utf32) {
        let bom_le: &[u8] = if width == 2 { &[0xff, 0xfe] } else { &[0xff, 0xfe, 0, 0] };
        let bom_be: &[u8] = if width == 2 { &[0xfe, 0xff] } else { &[0, 0, 0xfe, 0xff] };
        if data.starts_with(bom_le) {
            start = width;
        } else if data.starts_with(bom_be) {
            big = true;
            start = width;
        }
    }
    let name_codec = match (width, big) {
        (2, false) => Codec::Utf16Le,
        (2, true) => Codec::Utf16Be,
        (_, false) => Codec::Utf32Le,
        (_, true) => Codec::Utf32Be,
    };
    let unit = |i: usize| -> u32 {
        let b = &data[i..i + width];
        match (width, big) {
            (2, false) => u16::from_le_bytes([b[0], b[1]]) as u32,
            (2, true) => u16::from_be_bytes([b[0], b[1]]) as u32,
            (_, false) => u32::from_le_bytes([b[0], b[1], b[2], b[3]]),
            (_, true) => u32::from_be_bytes([b[0], b[1], b[2], b[3]]),
        }
    };
    let mut out = String::with_capacity(data.len() / width);
    let mut i = start;
    while i < data.len() {
        if i + width > data.len() {
            decode_failure(&mut out, name_codec, data, i, data.len(), "truncated data", errors)?;
            break;
        }
        let u = unit(i);
        if width == 4 {
            match char::from_u32(u) {
                Some(c) => out.push(c),
                None => {
                    let reason = if u > 0x10ffff {
                        "code point not in range(0x110000)"
                    } else {
                        "code point in surrogate code point range(0xd800, 0xe000)"
                    };
                    decode_failure(&mut out, name_codec, data, i, i + 4, reason, errors)?;
                }
            }
            i += 4;
            continue;
        }
        if (0xd800..0xdc00).contains(&u) {
            if i + 4 > data.len() {
                decode_failure(&mut out, name_codec, data, i, data.len(), "unexpected end of data", errors)?;
                break;
            }
            let lo = unit(i + 2);
            if (0xdc00..0xe000).contains(&lo) {
                let c = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
                out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                i += 4;
            } else {
                decode_failure(&mut out, name_codec, data, i, i + 2, "illegal UTF-16 surrogate", errors)?;
                i += 2;
            }
        } else if (0xdc00..0xe000).contains(&u) {
            decode_failure(&mut out, name_codec, data, i, i + 2, "illegal encoding", errors)?;
            i += 2;
        } else {
            out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
            i += 2;
        }
    }
    Ok(out)
}

/// `data.decode(encoding, errors)`.
pub fn decode(data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup(encoding)?;
    match codec {
        Codec::Utf8 => decode_utf8(data, errors, codec),
        Codec::Utf8Sig => {
            decode_utf8(data.strip_prefix(&[0xef, 0xbb, 0xbf][..]).unwrap_or(data), errors, Codec::Utf8)
        }
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            if data.is_ascii() {
                return Ok(String::from_utf8_lossy(data).into_owned());
            }
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b.is_ascii() {
                    out.push(b as char);
                } else {
                    decode_failure(&mut out, codec, data, i, i + 1, "ordinal not in range(128)", errors)?;
                }
            }
            Ok(out)
        }
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => decode_wide(data, errors, codec, 2),
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => decode_wide(data, errors, codec, 4),
    }
}
