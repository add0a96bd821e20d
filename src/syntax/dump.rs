//! A compact, one-line-per-statement text form of the syntax tree, for tests and for looking at
//! what the parser made (`viv --ast` style tools).
//!
//! Expressions print as S-expressions: `(+ a (* b c))`, `(call f a (kw x 1))`,
//! `(attr a b)`, `(sub a (slice 1 2 None))`. Statements print as `(assign (a b) 1)` and so on,
//! with nested blocks in brackets.

use std::fmt::Write;

use super::ast::*;

/// The whole module, statements separated by newlines.
pub fn dump_module(m: &Module) -> String {
    m.body.iter().map(dump_stmt).collect::<Vec<_>>().join("\n")
}

/// One statement on one line.
pub fn dump_stmt(s: &Stmt) -> String {
    let mut out = String::new();
    stmt(&mut out, s);
    out
}

/// One expression.
pub fn dump_expr(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e);
    out
}

fn block(out: &mut String, body: &[Stmt]) {
    out.push('[');
    for (i, s) in body.iter().enumerate() {
        if i > 0 {
            out.push_str("; ");
        }
        stmt(out, s);
    }
    out.push(']');
}

fn exprs(out: &mut String, items: &[Expr]) {
    for e in items {
        out.push(' ');
        expr(out, e);
    }
}

fn opt(out: &mut String, e: &Option<Expr>) {
    out.push(' ');
    match e {
        Some(e) => expr(out, e),
        None => out.push('-'),
    }
}

fn stmt(out: &mut String, s: &Stmt) {
    match &s.kind {
        StmtKind::FunctionDef(f) => {
            out.push_str("(def ");
            out.push_str(&f.name);
            out.push(' ');
            arguments(out, &f.args);
            if !f.decorator_list.is_empty() {
                out.push_str(" (decorators");
                exprs(out, &f.decorator_list);
                out.push(')');
            }
            if let Some(r) = &f.returns {
                out.push_str(" -> ");
                expr(out, r);
            }
            out.push(' ');
            block(out, &f.body);
            out.push(')');
        }
        StmtKind::ClassDef(c) => {
            out.push_str("(class ");
            out.push_str(&c.name);
            out.push_str(" (bases");
            exprs(out, &c.bases);
            keywords(out, &c.keywords);
            out.push(')');
            if !c.decorator_list.is_empty() {
                out.push_str(" (decorators");
                exprs(out, &c.decorator_list);
                out.push(')');
            }
            out.push(' ');
            block(out, &c.body);
            out.push(')');
        }
        StmtKind::Return(v) => {
            out.push_str("(return");
            if let Some(v) = v {
                out.push(' ');
                expr(out, v);
            }
            out.push(')');
        }
        StmtKind::Delete(t) => {
            out.push_str("(del");
            exprs(out, t);
            out.push(')');
        }
        StmtKind::Assign { targets, value } => {
            out.push_str("(assign (");
            for (i, t) in targets.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                expr(out, t);
            }
            out.push_str(") ");
            expr(out, value);
            out.push(')');
        }
        StmtKind::AugAssign { target, op, value } => {
            let _ = write!(out, "(aug{} ", operator(*op));
            expr(out, target);
            out.push(' ');
            expr(out, value);
            out.push(')');
        }
        StmtKind::AnnAssign { target, annotation, value, simple } => {
            out.push_str(if *simple { "(annassign " } else { "(annassign-complex " });
            expr(out, target);
            out.push(' ');
            expr(out, annotation);
            opt(out, value);
            out.push(')');
        }
        StmtKind::For { target, iter, body, orelse } => {
            out.push_str("(for ");
            expr(out, target);
            out.push(' ');
            expr(out, iter);
            out.push(' ');
            block(out, body);
            else_block(out, orelse);
            out.push(')');
        }
        StmtKind::While { test, body, orelse } => {
            out.push_str("(while ");
            expr(out, test);
            out.push(' ');
            block(out, body);
            else_block(out, orelse);
            out.push(')');
        }
        StmtKind::If { test, body, orelse } => {
            out.push_str("(if ");
            expr(out, test);
            out.push(' ');
            block(out, body);
            else_block(out, orelse);
            out.push(')');
        }
        StmtKind::With { items, body } => {
            out.push_str("(with");
            for item in items {
                out.push_str(" (");
                expr(out, &item.context_expr);
                if let Some(v) = &item.optional_vars {
                    out.push_str(" as ");
                    expr(out, v);
                }
                out.push(')');
            }
            out.push(' ');
            block(out, body);
            out.push(')');
        }
        StmtKind::Match { subject, cases } => {
            out.push_str("(match ");
            expr(out, subject);
            for c in cases {
                out.push_str(" (case ");
                pattern(out, &c.pattern);
                if let Some(g) = &c.guard {
                    out.push_str(" if ");
                    expr(out, g);
                }
                out.push(' ');
                block(out, &c.body);
                out.push(')');
            }
            out.push(')');
        }
        StmtKind::Raise { exc, cause } => {
            out.push_str("(raise");
            opt(out, exc);
            opt(out, cause);
            out.push(')');
        }
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            out.push_str("(try ");
            block(out, body);
            for h in handlers {
                out.push_str(" (except");
                opt(out, &h.typ);
                if let Some(n) = &h.name {
                    let _ = write!(out, " as {n}");
                }
                out.push(' ');
                block(out, &h.body);
                out.push(')');
            }
            else_block(out, orelse);
            if !finalbody.is_empty() {
                out.push_str(" finally ");
                block(out, finalbody);
            }
            out.push(')');
        }
        StmtKind::Assert { test, msg } => {
            out.push_str("(assert ");
            expr(out, test);
            opt(out, msg);
            out.push(')');
        }
        StmtKind::Import(names) => {
            out.push_str("(import");
            aliases(out, names);
            out.push(')');
        }
        StmtKind::ImportFrom { module, names, level } => {
            let _ = write!(out, "(from {}{}", ".".repeat(*level as usize), module.as_deref().unwrap_or(""));
            aliases(out, names);
            out.push(')');
        }
        StmtKind::Global(names) => {
            let _ = write!(out, "(global {})", names.join(" "));
        }
        StmtKind::Nonlocal(names) => {
            let _ = write!(out, "(nonlocal {})", names.join(" "));
        }
        StmtKind::Expr(e) => {
            out.push_str("(expr ");
            expr(out, e);
            out.push(')');
        }
        StmtKind::Pass => out.push_str("(pass)"),
        StmtKind::Break => out.push_str("(break)"),
        StmtKind::Continue => out.push_str("(continue)"),
    }
}

fn else_block(out: &mut String, orelse: &[Stmt]) {
    if !orelse.is_empty() {
        out.push_str(" else ");
        block(out, orelse);
    }
}

fn aliases(out: &mut String, names: &[Alias]) {
    for a in names {
        out.push(' ');
        out.push_str(&a.name);
        if let Some(n) = &a.asname {
            let _ = write!(out, " as {n}");
        }
    }
}

fn keywords(out: &mut String, keywords: &[Keyword]) {
    for k in keywords {
        match &k.arg {
            Some(n) => {
                let _ = write!(out, " (kw {n} ");
            }
            None => out.push_str(" (** "),
        }
        expr(out, &k.value);
        out.push(')');
    }
}

fn arg(out: &mut String, a: &Arg) {
    out.push_str(&a.name);
    if let Some(ann) = &a.annotation {
        out.push(':');
        expr(out, ann);
    }
}

fn arguments(out: &mut String, a: &Arguments) {
    out.push('(');
    let mut parts: Vec<String> = Vec::new();
    let positional: Vec<&Arg> = a.posonlyargs.iter().chain(&a.args).collect();
    let first_default = positional.len() - a.defaults.len().min(positional.len());
    for (i, p) in positional.iter().enumerate() {
        let mut s = String::new();
        arg(&mut s, p);
        if i >= first_default {
            s.push('=');
            expr(&mut s, &a.defaults[i - first_default]);
        }
        parts.push(s);
        if i + 1 == a.posonlyargs.len() {
            parts.push("/".to_string());
        }
    }
    if let Some(v) = &a.vararg {
        let mut s = "*".to_string();
        arg(&mut s, v);
        parts.push(s);
    } else if !a.kwonlyargs.is_empty() {
        parts.push("*".to_string());
    }
    for (k, d) in a.kwonlyargs.iter().zip(&a.kw_defaults) {
        let mut s = String::new();
        arg(&mut s, k);
        if let Some(d) = d {
            s.push('=');
            expr(&mut s, d);
        }
        parts.push(s);
    }
    if let Some(k) = &a.kwarg {
        let mut s = "**".to_string();
        arg(&mut s, k);
        parts.push(s);
    }
    out.push_str(&parts.join(" "));
    out.push(')');
}

/// The source spelling of a binary operator.
pub fn operator(op: Operator) -> &'static str {
    match op {
        Operator::Add => "+",
        Operator::BitAnd => "&",
        Operator::FloorDiv => "//",
        Operator::LShift => "<<",
        Operator::MatMult => "@",
        Operator::Mult => "*",
        Operator::Mod => "%",
        Operator::BitOr => "|",
        Operator::Pow => "**",
        Operator::RShift => ">>",
        Operator::Sub => "-",
        Operator::Div => "/",
        Operator::BitXor => "^",
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is-not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not-in",
    }
}

fn constant(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        Constant::Ellipsis => out.push_str("..."),
        Constant::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Constant::Float(f) => {
            let _ = write!(out, "{f:?}");
        }
        Constant::Complex(re, im) => {
            let _ = write!(out, "complex({re:?}, {im:?})");
        }
        Constant::Str(s) => {
            let _ = write!(out, "{s:?}");
        }
        Constant::Bytes(b) => {
            out.push_str("b\"");
            for &c in b {
                if c.is_ascii_graphic() || c == b' ' {
                    if c == b'"' || c == b'\\' {
                        out.push('\\');
                    }
                    out.push(c as char);
                } else {
                    let _ = write!(out, "\\x{c:02x}");
                }
            }
            out.push('"');
        }
    }
}

fn comprehensions(out: &mut String, generators: &[Comprehension]) {
    for g in generators {
        out.push_str(" (for ");
        expr(out, &g.target);
        out.push(' ');
        expr(out, &g.iter);
        for i in &g.ifs {
            out.push_str(" if ");
            expr(out, i);
        }
        out.push(')');
    }
}

fn expr(out: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            out.push_str(if *op == BoolOp::And { "(and" } else { "(or" });
            exprs(out, values);
            out.push(')');
        }
        ExprKind::NamedExpr { target, value } => {
            out.push_str("(:= ");
            expr(out, target);
            out.push(' ');
            expr(out, value);
            out.push(')');
        }
        ExprKind::BinOp { left, op, right } => {
            let _ = write!(out, "({} ", operator(*op));
            expr(out, left);
            out.push(' ');
            expr(out, right);
            out.push(')');
        }
        ExprKind::UnaryOp { op, operand } => {
            out.push_str(match op {
                UnaryOp::Invert => "(~ ",
                UnaryOp::Not => "(not ",
                UnaryOp::UAdd => "(+ ",
                UnaryOp::USub => "(- ",
            });
            expr(out, operand);
            out.push(')');
        }
        ExprKind::Lambda { args, body } => {
            out.push_str("(lambda ");
            arguments(out, args);
            out.push(' ');
            expr(out, body);
            out.push(')');
        }
        ExprKind::IfExp { test, body, orelse } => {
            out.push_str("(ifexp ");
            expr(out, test);
            out.push(' ');
            expr(out, body);
            out.push(' ');
            expr(out, orelse);
            out.push(')');
        }
        ExprKind::Dict { keys, values } => {
            out.push_str("(dict");
            for (k, v) in keys.iter().zip(values) {
                out.push(' ');
                match k {
                    Some(k) => {
                        expr(out, k);
                        out.push(':');
                    }
                    None => out.push_str("**"),
                }
                expr(out, v);
            }
            out.push(')');
        }
        ExprKind::Set(items) => {
            out.push_str("(set");
            exprs(out, items);
            out.push(')');
        }
        ExprKind::ListComp { elt, generators } => {
            out.push_str("(listcomp ");
            expr(out, elt);
            comprehensions(out, generators);
            out.push(')');
        }
        ExprKind::SetComp { elt, generators } => {
            out.push_str("(setcomp ");
            expr(out, elt);
            comprehensions(out, generators);
            out.push(')');
        }
        ExprKind::DictComp { key, value, generators } => {
            out.push_str("(dictcomp ");
            expr(out, key);
            out.push(':');
            expr(out, value);
            comprehensions(out, generators);
            out.push(')');
        }
        ExprKind::GeneratorExp { elt, generators } => {
            out.push_str("(genexp ");
            expr(out, elt);
            comprehensions(out, generators);
            out.push(')');
        }
        ExprKind::Yield(v) => {
            out.push_str("(yield");
            if let Some(v) = v {
                out.push(' ');
                expr(out, v);
            }
            out.push(')');
        }
        ExprKind::YieldFrom(v) => {
            out.push_str("(yield-from ");
            expr(out, v);
            out.push(')');
        }
        ExprKind::Compare { left, ops, comparators } => {
            out.push_str("(cmp ");
            expr(out, left);
            for (op, c) in ops.iter().zip(comparators) {
                let _ = write!(out, " {} ", cmpop(*op));
                expr(out, c);
            }
            out.push(')');
        }
        ExprKind::Call { func, args, keywords: kws } => {
            out.push_str("(call ");
            expr(out, func);
            exprs(out, args);
            keywords(out, kws);
            out.push(')');
        }
        ExprKind::FormattedValue { value, conversion, format_spec } => {
            out.push_str("(fv ");
            expr(out, value);
            if let Some(c) = conversion {
                let _ = write!(out, " !{c}");
            }
            if let Some(s) = format_spec {
                out.push_str(" :");
                expr(out, s);
            }
            out.push(')');
        }
        ExprKind::JoinedStr(values) => {
            out.push_str("(f");
            exprs(out, values);
            out.push(')');
        }
        ExprKind::Constant(c) => constant(out, c),
        ExprKind::Attribute { value, attr } => {
            out.push_str("(attr ");
            expr(out, value);
            let _ = write!(out, " {attr})");
        }
        ExprKind::Subscript { value, slice } => {
            out.push_str("(sub ");
            expr(out, value);
            out.push(' ');
            expr(out, slice);
            out.push(')');
        }
        ExprKind::Starred(v) => {
            out.push_str("(* ");
            expr(out, v);
            out.push(')');
        }
        ExprKind::Name(n) => out.push_str(n),
        ExprKind::List(items) => {
            out.push_str("(list");
            exprs(out, items);
            out.push(')');
        }
        ExprKind::Tuple(items) => {
            out.push_str("(tuple");
            exprs(out, items);
            out.push(')');
        }
        ExprKind::Slice { lower, upper, step } => {
            out.push_str("(slice");
            for part in [lower, upper, step] {
                out.push(' ');
                match part {
                    Some(e) => expr(out, e),
                    None => out.push('-'),
                }
            }
            out.push(')');
        }
    }
}

fn pattern(out: &mut String, p: &Pattern) {
    match &p.kind {
        PatternKind::MatchValue(e) => {
            out.push_str("(value ");
            expr(out, e);
            out.push(')');
        }
        PatternKind::MatchSingleton(c) => constant(out, c),
        PatternKind::MatchSequence(items) => {
            out.push_str("(seq");
            for i in items {
                out.push(' ');
                pattern(out, i);
            }
            out.push(')');
        }
        PatternKind::MatchMapping { keys, patterns, rest } => {
            out.push_str("(map");
            for (k, v) in keys.iter().zip(patterns) {
                out.push(' ');
                expr(out, k);
                out.push(':');
                pattern(out, v);
            }
            if let Some(r) = rest {
                let _ = write!(out, " **{r}");
            }
            out.push(')');
        }
        PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
            out.push_str("(class ");
            expr(out, cls);
            for i in patterns {
                out.push(' ');
                pattern(out, i);
            }
            for (a, v) in kwd_attrs.iter().zip(kwd_patterns) {
                let _ = write!(out, " {a}=");
                pattern(out, v);
            }
            out.push(')');
        }
        PatternKind::MatchStar(name) => {
            let _ = write!(out, "*{}", name.as_deref().unwrap_or("_"));
        }
        PatternKind::MatchAs { pattern: inner, name } => match (inner, name) {
            (None, None) => out.push('_'),
            (None, Some(n)) => {
                let _ = write!(out, "(capture {n})");
            }
            (Some(inner), name) => {
                out.push_str("(as ");
                pattern(out, inner);
                let _ = write!(out, " {})", name.as_deref().unwrap_or("_"));
            }
        },
        PatternKind::MatchOr(items) => {
            out.push_str("(or");
            for i in items {
                out.push(' ');
                pattern(out, i);
            }
            out.push(')');
        }
    }
}
