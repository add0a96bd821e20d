//! Tab completion, after CPython's `rlcompleter`: keywords, names in `__main__` and `builtins`,
//! and `obj.attr` attributes (from `dir(obj)`), with `(` after callables. Only names and
//! attribute chains before the dot are evaluated, never calls, so completing cannot change state
//! except through a property or `__getattr__`, as in CPython.

use super::scan::{is_keyword, KEYWORDS};
use crate::object::{dict, protocol, str as pystr, Obj};
use crate::vm::Vm;

/// What one Tab press inserts: the byte offset where the replaced word starts and the
/// candidates to replace it with.
pub type Completion = (usize, Vec<String>);

/// Candidates for the word that ends at byte `pos` of `line`. At the start of a line (or after
/// blanks only) Tab indents by four spaces.
pub fn complete(vm: &mut Vm, globals: &Obj, line: &str, pos: usize) -> Completion {
    let before = &line[..pos];
    if before.trim().is_empty() {
        return (pos, vec!["    ".to_string()]);
    }
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c == '.' || unicode_ident::is_xid_continue(c))
        .last()
        .map_or(pos, |(i, _)| i);
    let word = &before[start..];
    if word.is_empty() || word.starts_with(|c: char| c.is_ascii_digit()) || in_string_or_comment(before) {
        return (pos, Vec::new());
    }
    let mut found = match word.rfind('.') {
        Some(dot) => attributes(vm, globals, &word[..dot], &word[dot + 1..]),
        None => names(vm, globals, word),
    };
    found.sort();
    found.dedup();
    (start, found)
}

/// True when the end of `before` is inside a string literal or a comment.
fn in_string_or_comment(before: &str) -> bool {
    let s = super::scan::scan(before, &|_| false);
    s.in_string
        || s.tokens.last().is_some_and(|t| {
            t.end == before.len()
                && match t.class {
                    super::scan::Class::Comment => true,
                    // An unterminated one-line string runs to the end; a closed one ends in its quote.
                    super::scan::Class::String => {
                        let text = &before[t.start..];
                        let quote = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
                        quote.len() < 2 || !quote.ends_with(&quote[..1])
                    }
                    _ => false,
                }
        })
}

/// Keywords and the names of `globals` and `builtins` starting with `prefix`.
fn names(vm: &mut Vm, globals: &Obj, prefix: &str) -> Vec<String> {
    let mut out = Vec::new();
    for kw in KEYWORDS.iter().filter(|k| k.starts_with(prefix)) {
        // As rlcompleter: a space after most keywords, a colon after `try`/`finally`.
        let suffix = match *kw {
            "try" | "finally" => ":",
            "False" | "None" | "True" | "break" | "continue" | "pass" | "else" => "",
            _ => " ",
        };
        out.push(format!("{kw}{suffix}"));
    }
    let builtins = vm.builtins.clone();
    for namespace in [globals, &builtins] {
        let Some(d) = dict::as_dict(namespace) else { continue };
        for (key, value) in d.items_vec() {
            let Some(name) = pystr::as_str_obj(&key).map(|s| s.as_str().to_string()) else { continue };
            if name.starts_with(prefix) && !is_keyword(&name) {
                out.push(with_call_paren(name, &value));
            }
        }
    }
    out
}

/// `expr.name` for every attribute `name` of the object `expr` names that starts with `prefix`;
/// none when `expr` is not a chain of names or cannot be evaluated.
fn attributes(vm: &mut Vm, globals: &Obj, expr: &str, prefix: &str) -> Vec<String> {
    let Some(obj) = evaluate_chain(vm, globals, expr) else { return Vec::new() };
    let dir = vm.builtins.clone();
    let Some(dir) = dict::as_dict(&dir).and_then(|d| d.get_by_str("dir")) else { return Vec::new() };
    let Ok(listing) = protocol::call(vm, &dir, std::slice::from_ref(&obj), None) else { return Vec::new() };
    let Ok(items) = protocol::collect(vm, &listing) else { return Vec::new() };
    let mut out = Vec::new();
    for item in items {
        let Some(name) = pystr::as_str_obj(&item).map(|s| s.as_str().to_string()) else { continue };
        if !name.starts_with(prefix) {
            continue;
        }
        // As rlcompleter: private names only when asked for with `_`, dunders with `__`.
        if (prefix.is_empty() && name.starts_with('_')) || (prefix == "_" && name.starts_with("__")) {
            continue;
        }
        let full = format!("{expr}.{name}");
        if is_property(vm, &obj, &name) {
            out.push(full);
            continue;
        }
        match protocol::get_attr_opt(vm, &obj, &name) {
            Ok(Some(value)) => out.push(with_call_paren(full, &value)),
            _ => out.push(full),
        }
    }
    out
}

/// True when `name` on the type of `obj` is a property, whose getter completion must not run.
fn is_property(vm: &mut Vm, obj: &Obj, name: &str) -> bool {
    let ty = obj.ty().as_obj();
    matches!(protocol::get_attr_opt(vm, &ty, name), Ok(Some(a)) if a.ty().name() == "property")
}

/// Evaluates `a.b.c` by looking `a` up in `globals` then `builtins` and getting each attribute.
fn evaluate_chain(vm: &mut Vm, globals: &Obj, expr: &str) -> Option<Obj> {
    let mut parts = expr.split('.');
    let first = parts.next()?;
    if !is_identifier(first) {
        return None;
    }
    let builtins = vm.builtins.clone();
    let mut obj = dict::as_dict(globals)
        .and_then(|d| d.get_by_str(first))
        .or_else(|| dict::as_dict(&builtins).and_then(|d| d.get_by_str(first)))?;
    for part in parts {
        if !is_identifier(part) {
            return None;
        }
        obj = protocol::get_attr_opt(vm, &obj, part).ok().flatten()?;
    }
    Some(obj)
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c == '_' || unicode_ident::is_xid_start(c))
        && chars.all(unicode_ident::is_xid_continue)
}

/// `name(` when `value` can be called, as rlcompleter offers it.
fn with_call_paren(name: String, value: &Obj) -> String {
    if value.ty().slots.call.get().is_some() {
        format!("{name}(")
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setup() -> (Vm, Obj) {
        let mut vm = Vm::new(vec![String::new()]);
        let globals = dict::new_dict();
        let code = vm
            .compile("zebra = [1]\nzeta = 2\n", "<test>", crate::compiler::Mode::Exec, false)
            .expect("compile");
        vm.run_code(&code, &globals, Some(&globals), None).expect("run");
        (vm, globals)
    }

    #[test]
    fn names_keywords_and_builtins() {
        let (mut vm, g) = setup();
        assert_eq!(complete(&mut vm, &g, "x = ze", 6), (4, vec!["zebra".to_string(), "zeta".to_string()]));
        assert_eq!(complete(&mut vm, &g, "whi", 3), (0, vec!["while ".to_string()]));
        assert_eq!(complete(&mut vm, &g, "fin", 3), (0, vec!["finally:".to_string()]));
        assert_eq!(complete(&mut vm, &g, "le", 2).1, vec!["len(".to_string()]);
    }

    #[test]
    fn attributes_of_a_name_chain() {
        let (mut vm, g) = setup();
        assert_eq!(complete(&mut vm, &g, "zebra.app", 9), (0, vec!["zebra.append(".to_string()]));
        let (_, all) = complete(&mut vm, &g, "zebra.", 6);
        assert!(all.contains(&"zebra.count(".to_string()));
        assert!(!all.iter().any(|c| c.starts_with("zebra._")));
        let (_, dunder) = complete(&mut vm, &g, "zebra.__le", 10);
        assert_eq!(dunder, vec!["zebra.__le__(".to_string(), "zebra.__len__(".to_string()]);
        // Calls are never evaluated.
        assert_eq!(complete(&mut vm, &g, "f().x", 5).1, Vec::<String>::new());
    }

    #[test]
    fn indent_strings_and_comments() {
        let (mut vm, g) = setup();
        assert_eq!(complete(&mut vm, &g, "    ", 4), (4, vec!["    ".to_string()]));
        assert_eq!(complete(&mut vm, &g, "print('ze", 9).1, Vec::<String>::new());
        assert_eq!(complete(&mut vm, &g, "x # ze", 6).1, Vec::<String>::new());
        assert_eq!(complete(&mut vm, &g, "('a', ze", 8).1, vec!["zebra".to_string(), "zeta".to_string()]);
    }
}
