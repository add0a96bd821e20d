//! `unicodedata`: character names (`name`, `lookup`), general categories, canonical combining
//! classes, decimal values and the four normalization forms, from well-kept Unicode crates
//! (names from `unicode_names2`, categories from `unicode-general-category`, normalization from
//! `unicode-normalization`).

use crate::object::*;
use crate::vm::Vm;
use unicode_general_category::{get_general_category, GeneralCategory as G};
use unicode_normalization::UnicodeNormalization;

/// The single character a function takes (`name('é')`).
fn one_char(o: &Obj, func: &str) -> PyResult<char> {
    let Some(s) = str::as_str_obj(o) else {
        return Err(PyErr::type_error(format!(
            "{func}() argument 1 must be a unicode character, not {}",
            o.ty().name()
        )));
    };
    let mut chars = s.as_str().chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(PyErr::type_error(format!("{func}() argument 1 must be a unicode character, not str"))),
    }
}

/// `name(chr[, default])`.
fn u_name(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("name", a, kw, 1, 2)?;
    let c = one_char(&a[0], "name")?;
    match unicode_names2::name(c) {
        Some(n) => str::try_new_str(&n.to_string()),
        None => a.get(1).cloned().ok_or_else(|| PyErr::value_error("no such name")),
    }
}

/// `lookup(name)`: the character with that name (or name alias).
fn u_lookup(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("lookup", a, kw, 1, 1)?;
    let name = str::expect_str(&a[0], "lookup() argument")?;
    match unicode_names2::character(name) {
        Some(c) => str::try_new_str(&c.to_string()),
        None => Err(PyErr::key_error_msg(&format!("undefined character name '{name}'"))),
    }
}

/// The two-letter general category (`'Lu'`, `'Nd'`, ...).
fn category_code(c: char) -> &'static str {
    match get_general_category(c) {
        G::UppercaseLetter => "Lu",
        G::LowercaseLetter => "Ll",
        G::TitlecaseLetter => "Lt",
        G::ModifierLetter => "Lm",
        G::OtherLetter => "Lo",
        G::NonspacingMark => "Mn",
        G::SpacingMark => "Mc",
        G::EnclosingMark => "Me",
        G::DecimalNumber => "Nd",
        G::LetterNumber => "Nl",
        G::OtherNumber => "No",
        G::ConnectorPunctuation => "Pc",
        G::DashPunctuation => "Pd",
        G::OpenPunctuation => "Ps",
        G::ClosePunctuation => "Pe",
        G::InitialPunctuation => "Pi",
        G::FinalPunctuation => "Pf",
        G::OtherPunctuation => "Po",
        G::MathSymbol => "Sm",
        G::CurrencySymbol => "Sc",
        G::ModifierSymbol => "Sk",
        G::OtherSymbol => "So",
        G::SpaceSeparator => "Zs",
        G::LineSeparator => "Zl",
        G::ParagraphSeparator => "Zp",
        G::Control => "Cc",
        G::Format => "Cf",
        G::Surrogate => "Cs",
        G::PrivateUse => "Co",
        G::Unassigned => "Cn",
        // The crate's enum may grow; anything new is unassigned as far as this table knows.
        _ => "Cn",
    }
}

fn u_category(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("category", a, kw, 1, 1)?;
    Ok(str::new_str(category_code(one_char(&a[0], "category")?)))
}

fn u_combining(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("combining", a, kw, 1, 1)?;
    let c = one_char(&a[0], "combining")?;
    Ok(int::new_int(unicode_normalization::char::canonical_combining_class(c) as i64))
}

/// `decimal(chr[, default])`: the value of a decimal digit (category Nd).
fn u_decimal(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("decimal", a, kw, 1, 2)?;
    let c = one_char(&a[0], "decimal")?;
    match crate::object::unicode::decimal_value(c) {
        Some(v) => Ok(int::new_int(v as i64)),
        None => a.get(1).cloned().ok_or_else(|| PyErr::value_error("not a decimal")),
    }
}

/// `normalize(form, unistr)`.
fn u_normalize(_: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("normalize", a, kw, 2, 2)?;
    let form = str::expect_str(&a[0], "normalize() argument 1")?;
    let text = str::expect_str(&a[1], "normalize() argument 2")?;
    let out: String = match form {
        "NFC" => text.nfc().collect(),
        "NFD" => text.nfd().collect(),
        "NFKC" => text.nfkc().collect(),
        "NFKD" => text.nfkd().collect(),
        _ => return Err(PyErr::value_error("invalid normalization form")),
    };
    if out == text {
        return Ok(a[1].clone());
    }
    str::try_new_str(&out)
}

fn u_is_normalized(vm: &mut Vm, a: &[Obj], kw: Option<&Obj>) -> PyResult<Obj> {
    args::check_arity("is_normalized", a, kw, 2, 2)?;
    let normalized = u_normalize(vm, a, None)?;
    Ok(boolobj::new_bool(str::as_str(&normalized) == str::as_str(&a[1])))
}

/// The `unicodedata` module.
pub fn make_module(_: &mut Vm) -> PyResult<Obj> {
    let (m, d) = super::new_native_module(
        "unicodedata",
        &[
            ("name", u_name),
            ("lookup", u_lookup),
            ("category", u_category),
            ("combining", u_combining),
            ("decimal", u_decimal),
            ("normalize", u_normalize),
            ("is_normalized", u_is_normalized),
        ],
    )?;
    super::set(&d, "unidata_version", str::new_str("16.0.0"));
    Ok(m)
}
