//! What the grammar's actions call to build the syntax tree.
//!
//! The grammar stays a list of shapes; the work of turning a shape into nodes (argument lists
//! into `Arguments`, call arguments into positional and keyword lists, string pieces into one
//! constant or f-string) and the checks CPython makes while doing so live here.
//!
//! Errors found here that do not stop the parse (a bad target, a repeated keyword) are recorded
//! in [`State`]; the parser reports the first one in source order, as CPython would.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use lalrpop_util::ParseError;

use super::ast::*;
use super::error::SyntaxError;
use super::token::{Number, StrToken, Tok};
use super::validate;

/// How deeply expressions (and `elif` chains) may nest. Deeper trees are refused with a
/// `SyntaxError`, so that no later recursive pass (the compiler's, or dropping the tree) can
/// overflow the stack.
pub const MAX_EXPR_DEPTH: u32 = 1000;

/// The error type the grammar's fallible actions return.
pub type PError = ParseError<usize, Tok, SyntaxError>;

/// Multiplicative hashing of span keys: the depth table is hot and its keys are not adversarial
/// in any way that matters (a collision costs time, never correctness).
#[derive(Default)]
pub struct SpanHasher(u64);

impl Hasher for SpanHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// Per-parse state shared by the grammar's actions.
pub struct State<'s> {
    pub src: &'s str,
    /// An upper bound on the depth of the expression tree with each span.
    depths: RefCell<HashMap<u64, u32, BuildHasherDefault<SpanHasher>>>,
    /// The first (in source order) error found by an action that let parsing go on.
    error: RefCell<Option<SyntaxError>>,
}

fn key(span: Span) -> u64 {
    (u64::from(span.start) << 32) | u64::from(span.end)
}

impl<'s> State<'s> {
    /// Fresh state for parsing `src`.
    pub fn new(src: &'s str) -> State<'s> {
        State { src, depths: RefCell::default(), error: RefCell::default() }
    }

    /// Records `err` unless an earlier one is already recorded.
    pub fn report(&self, err: SyntaxError) {
        let mut slot = self.error.borrow_mut();
        match &*slot {
            Some(old) if old.span.start <= err.span.start => {}
            _ => *slot = Some(err),
        }
    }

    /// Records the error of a failed check.
    pub fn check(&self, result: Result<(), SyntaxError>) {
        if let Err(e) = result {
            self.report(e);
        }
    }

    /// The recorded error, if any, leaving none behind.
    pub fn take_error(&self) -> Option<SyntaxError> {
        self.error.borrow_mut().take()
    }

    fn depth(&self, e: &Expr) -> u32 {
        self.depths.borrow().get(&key(e.span)).copied().unwrap_or(1)
    }

    fn note_depth(&self, span: Span, depth: u32) {
        let mut depths = self.depths.borrow_mut();
        let slot = depths.entry(key(span)).or_insert(0);
        *slot = (*slot).max(depth);
    }

    /// Makes an expression node, refusing (with a recorded error) one nested too deeply.
    pub fn expr(&self, kind: ExprKind, l: usize, r: usize) -> Expr {
        let span = Span::new(l, r);
        let mut depth = 0;
        for_each_child(&kind, &mut |c| depth = depth.max(self.depth(c)));
        let depth = depth + 1;
        if depth > MAX_EXPR_DEPTH {
            self.report(SyntaxError::new("too many nested expressions", span));
            return Expr { kind: ExprKind::Constant(Constant::None), span };
        }
        if depth > 1 {
            self.note_depth(span, depth);
        }
        Expr { kind, span }
    }

    // The constructors below each make one kind of node spanning `l..r`.

    pub fn name(&self, n: String, l: usize, r: usize) -> Expr {
        Expr { kind: ExprKind::Name(n), span: Span::new(l, r) }
    }

    pub fn constant(&self, c: Constant, l: usize, r: usize) -> Expr {
        Expr { kind: ExprKind::Constant(c), span: Span::new(l, r) }
    }

    pub fn number(&self, n: Number, l: usize, r: usize) -> Expr {
        let c = match n {
            Number::Int(i) => Constant::Int(i),
            Number::Float(f) => Constant::Float(f),
            Number::Imaginary(im) => Constant::Complex(0.0, im),
        };
        self.constant(c, l, r)
    }

    pub fn binop(&self, left: Expr, op: Operator, right: Expr, l: usize, r: usize) -> Expr {
        self.expr(ExprKind::BinOp { left: Box::new(left), op, right: Box::new(right) }, l, r)
    }

    pub fn unary(&self, op: UnaryOp, operand: Expr, l: usize, r: usize) -> Expr {
        self.expr(ExprKind::UnaryOp { op, operand: Box::new(operand) }, l, r)
    }

    pub fn boolop(&self, op: BoolOp, first: Expr, rest: Vec<Expr>, l: usize, r: usize) -> Expr {
        let mut values = Vec::with_capacity(rest.len() + 1);
        values.push(first);
        values.extend(rest);
        self.expr(ExprKind::BoolOp { op, values }, l, r)
    }

    pub fn compare(&self, left: Expr, rest: Vec<(CmpOp, Expr)>, l: usize, r: usize) -> Expr {
        let (ops, comparators) = rest.into_iter().unzip();
        self.expr(ExprKind::Compare { left: Box::new(left), ops, comparators }, l, r)
    }

    pub fn tuple(&self, items: Vec<Expr>, l: usize, r: usize) -> Expr {
        self.expr(ExprKind::Tuple(items), l, r)
    }

    pub fn named_expr(&self, target: Expr, value: Expr, l: usize, r: usize) -> Expr {
        self.check(validate::check_named_expr_target(&target));
        self.expr(ExprKind::NamedExpr { target: Box::new(target), value: Box::new(value) }, l, r)
    }

    pub fn starred(&self, value: Expr, l: usize, r: usize) -> Expr {
        self.expr(ExprKind::Starred(Box::new(value)), l, r)
    }

    pub fn attribute(&self, value: Expr, attr: String, l: usize, r: usize) -> Expr {
        self.expr(ExprKind::Attribute { value: Box::new(value), attr }, l, r)
    }

    pub fn subscript(&self, value: Expr, slice: Expr, l: usize, r: usize) -> Expr {
        // `a[*b]` subscripts with a one-element tuple, as CPython 3.11 does.
        let slice = if matches!(slice.kind, ExprKind::Starred(_)) {
            let span = slice.span;
            self.expr(ExprKind::Tuple(vec![slice]), span.start as usize, span.end as usize)
        } else {
            slice
        };
        self.expr(ExprKind::Subscript { value: Box::new(value), slice: Box::new(slice) }, l, r)
    }

    pub fn slice(
        &self,
        lower: Option<Expr>,
        upper: Option<Expr>,
        step: Option<Option<Expr>>,
        l: usize,
        r: usize,
    ) -> Expr {
        let kind = ExprKind::Slice {
            lower: lower.map(Box::new),
            upper: upper.map(Box::new),
            step: step.flatten().map(Box::new),
        };
        self.expr(kind, l, r)
    }

    pub fn call(&self, func: Expr, items: Vec<ArgItem>, l: usize, r: usize) -> Expr {
        let (args, keywords) = self.call_arguments(items);
        self.expr(ExprKind::Call { func: Box::new(func), args, keywords }, l, r)
    }

    /// Sorts call arguments into positional and keyword lists, checking their order as CPython
    /// does.
    pub fn call_arguments(&self, items: Vec<ArgItem>) -> (Vec<Expr>, Vec<Keyword>) {
        let count = items.len();
        let mut args = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut seen_keyword = false;
        let mut seen_double_star = false;
        for item in items {
            if let ArgItem::Generator(e) = &item {
                if count > 1 {
                    self.report(SyntaxError::new("Generator expression must be parenthesized", e.span));
                }
            }
            match item {
                ArgItem::Positional(e) | ArgItem::Generator(e) => {
                    if seen_double_star {
                        self.report(SyntaxError::new(
                            "positional argument follows keyword argument unpacking",
                            e.span,
                        ));
                    } else if seen_keyword {
                        self.report(SyntaxError::new("positional argument follows keyword argument", e.span));
                    }
                    args.push(e);
                }
                ArgItem::Star(e) => {
                    if seen_double_star {
                        self.report(SyntaxError::new(
                            "iterable argument unpacking follows keyword argument unpacking",
                            e.span,
                        ));
                    }
                    args.push(e);
                }
                ArgItem::Keyword(name, value, span) => {
                    let arg = match name.kind {
                        ExprKind::Name(n) => {
                            if keywords.iter().any(|k| k.arg.as_deref() == Some(n.as_str())) {
                                self.report(SyntaxError::new(
                                    format!("keyword argument repeated: {n}"),
                                    span,
                                ));
                            }
                            n
                        }
                        ExprKind::Constant(Constant::None | Constant::Bool(_)) => {
                            let what = validate::expr_name(&name);
                            self.report(SyntaxError::new(format!("cannot assign to {what}"), name.span));
                            String::new()
                        }
                        _ => {
                            self.report(SyntaxError::new(
                                "expression cannot contain assignment, perhaps you meant \"==\"?",
                                Span::new(name.span.start as usize, value.span.end as usize),
                            ));
                            String::new()
                        }
                    };
                    seen_keyword = true;
                    keywords.push(Keyword { arg: Some(arg), value, span });
                }
                ArgItem::DoubleStar(value, span) => {
                    seen_double_star = true;
                    keywords.push(Keyword { arg: None, value, span });
                }
            }
        }
        (args, keywords)
    }

    pub fn genexp(&self, elt: Expr, generators: Vec<Comprehension>, l: usize, r: usize) -> Expr {
        self.check_comprehension_element(&elt);
        self.expr(ExprKind::GeneratorExp { elt: Box::new(elt), generators }, l, r)
    }

    pub fn check_comprehension_element(&self, elt: &Expr) {
        if let ExprKind::Starred(_) = elt.kind {
            self.report(SyntaxError::new("iterable unpacking cannot be used in comprehension", elt.span));
        }
    }

    pub fn comprehension(&self, target: Expr, iter: Expr, ifs: Vec<Expr>) -> Comprehension {
        self.check(validate::check_assign_target(&target, false));
        Comprehension { target, iter, ifs }
    }

    pub fn lambda(&self, params: Vec<Param>, body: Expr, l: usize, r: usize) -> Expr {
        let args = self.arguments(params);
        self.expr(ExprKind::Lambda { args: Box::new(args), body: Box::new(body) }, l, r)
    }

    /// Assembles a parameter list, checking its order as CPython does.
    pub fn arguments(&self, params: Vec<Param>) -> Arguments {
        let mut a = Arguments::default();
        let mut seen_slash = false;
        let mut seen_star = false;
        let mut bare_star: Option<Span> = None;
        let mut seen_default = false;
        let mut names: Vec<String> = Vec::new();
        let mut check_name = |st: &State, arg: &Arg| {
            if names.contains(&arg.name) {
                st.report(SyntaxError::new(
                    format!("duplicate argument '{}' in function definition", arg.name),
                    arg.span,
                ));
            } else {
                names.push(arg.name.clone());
            }
        };
        for p in params {
            if a.kwarg.is_some() {
                self.report(SyntaxError::new("arguments cannot follow var-keyword argument", p.span()));
                break;
            }
            match p {
                Param::Slash(span) => {
                    if seen_slash {
                        self.report(SyntaxError::new("/ may appear only once", span));
                    } else if seen_star {
                        self.report(SyntaxError::new("/ must be ahead of *", span));
                    } else if a.args.is_empty() {
                        self.report(SyntaxError::new("at least one argument must precede /", span));
                    }
                    seen_slash = true;
                    a.posonlyargs.append(&mut a.args);
                }
                Param::Star(arg, span) => {
                    if seen_star {
                        self.report(SyntaxError::new("* argument may appear only once", span));
                    }
                    seen_star = true;
                    match arg {
                        Some(arg) => {
                            check_name(self, &arg);
                            a.vararg = Some(arg);
                        }
                        None => bare_star = Some(span),
                    }
                }
                Param::DoubleStar(arg) => {
                    check_name(self, &arg);
                    a.kwarg = Some(arg);
                }
                Param::Normal(arg, default) => {
                    check_name(self, &arg);
                    if seen_star {
                        bare_star = None;
                        a.kwonlyargs.push(arg);
                        a.kw_defaults.push(default);
                    } else {
                        match default {
                            Some(d) => {
                                seen_default = true;
                                a.defaults.push(d);
                            }
                            None if seen_default => self.report(SyntaxError::new(
                                "parameter without a default follows parameter with a default",
                                arg.span,
                            )),
                            None => {}
                        }
                        a.args.push(arg);
                    }
                }
            }
        }
        if let Some(span) = bare_star {
            self.report(SyntaxError::new("named arguments must follow bare *", span));
        }
        a
    }

    /// Joins adjacent string literals (and f-strings) into one node.
    pub fn strings(&self, parts: Vec<StrPart>, l: usize, r: usize) -> Result<Expr, PError> {
        let span = Span::new(l, r);
        let bytes_count = parts.iter().filter(|p| matches!(p, StrPart::Bytes(_))).count();
        if bytes_count > 0 && bytes_count < parts.len() {
            let err = SyntaxError::new("cannot mix bytes and nonbytes literals", span);
            return Err(ParseError::User { error: err });
        }
        if bytes_count > 0 {
            let mut out = Vec::new();
            for p in parts {
                if let StrPart::Bytes(b) = p {
                    out.extend(b);
                }
            }
            return Ok(Expr { kind: ExprKind::Constant(Constant::Bytes(out)), span });
        }
        if !parts.iter().any(|p| matches!(p, StrPart::F(..))) {
            let mut out = String::new();
            for p in parts {
                if let StrPart::Str(s, _) = p {
                    out.push_str(&s);
                }
            }
            return Ok(Expr { kind: ExprKind::Constant(Constant::Str(out)), span });
        }
        let mut values: Vec<Expr> = Vec::new();
        let mut text = String::new();
        let mut text_start = l;
        for p in parts {
            match p {
                StrPart::Str(s, start) => {
                    if text.is_empty() {
                        text_start = start;
                    }
                    text.push_str(&s);
                }
                StrPart::Bytes(_) => {}
                StrPart::F(pieces) => {
                    for piece in pieces {
                        match piece {
                            FPiece::Text(s, start, _) => {
                                if text.is_empty() {
                                    text_start = start;
                                }
                                text.push_str(&s);
                            }
                            FPiece::Field(debug_text, value, start) => {
                                if let Some(dt) = debug_text {
                                    if text.is_empty() {
                                        text_start = start;
                                    }
                                    text.push_str(&dt);
                                }
                                if !text.is_empty() {
                                    let c = Constant::Str(std::mem::take(&mut text));
                                    values.push(self.constant(c, text_start, start));
                                }
                                values.push(value);
                            }
                        }
                    }
                }
            }
        }
        if !text.is_empty() {
            values.push(self.constant(Constant::Str(text), text_start, r));
        }
        Ok(self.expr(ExprKind::JoinedStr(values), l, r))
    }

    /// One `{...}` field of an f-string: its `FormattedValue`, plus the `x=` text of a debugging
    /// field (`f"{x=}"`).
    #[allow(clippy::too_many_arguments)]
    pub fn fstring_field(
        &self,
        value: Expr,
        debug_end: Option<usize>,
        conversion: Option<(String, usize, usize)>,
        spec: Option<(Vec<FPiece>, usize, usize)>,
        lbrace_end: usize,
        l: usize,
        r: usize,
    ) -> FPiece {
        // The debugging text runs from after `{` through the `=` and the blanks after it.
        let debug_text = debug_end.map(|eq_end| {
            let rest = &self.src[eq_end..];
            let blanks = rest.len() - rest.trim_start_matches([' ', '\t', '\n', '\r', '\x0c']).len();
            self.src[lbrace_end..eq_end + blanks].to_string()
        });
        let mut conv = None;
        if let Some((name, cs, ce)) = conversion {
            match name.as_str() {
                "r" | "s" | "a" => conv = name.chars().next(),
                _ => self.report(SyntaxError::new(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    Span::new(cs, ce),
                )),
            }
        }
        if debug_text.is_some() && conv.is_none() && spec.is_none() {
            conv = Some('r');
        }
        let format_spec = spec.map(|(pieces, sl, sr)| {
            let mut values = Vec::new();
            for piece in pieces {
                match piece {
                    FPiece::Text(s, a, b) => values.push(self.constant(Constant::Str(s), a, b)),
                    FPiece::Field(_, v, _) => values.push(v),
                }
            }
            Box::new(self.expr(ExprKind::JoinedStr(values), sl, sr))
        });
        let kind = ExprKind::FormattedValue { value: Box::new(value), conversion: conv, format_spec };
        FPiece::Field(debug_text, self.expr(kind, l, r), l)
    }

    // ---------------------------------------------------------------- statements

    pub fn stmt(&self, kind: StmtKind, l: usize, r: usize) -> Stmt {
        Stmt { kind, span: Span::new(l, r) }
    }

    /// `a = b = value`, or an expression statement when there is no `=`.
    pub fn assign_or_expr(&self, first: Expr, rest: Vec<Expr>, l: usize, r: usize) -> Stmt {
        if rest.is_empty() {
            self.check(validate::check_not_starred(&first));
            return self.stmt(StmtKind::Expr(first), l, r);
        }
        let mut targets = Vec::with_capacity(rest.len());
        targets.push(first);
        targets.extend(rest);
        let value = targets.pop().unwrap_or_else(|| self.constant(Constant::None, l, r));
        self.check(validate::check_not_starred(&value));
        let suggest = targets.len() == 1;
        for t in &targets {
            let suggest = suggest && !matches!(t.kind, ExprKind::Tuple(_) | ExprKind::List(_));
            self.check(validate::check_assign_target(t, suggest));
        }
        self.stmt(StmtKind::Assign { targets, value }, l, r)
    }

    pub fn aug_assign(&self, target: Expr, op: Operator, value: Expr, l: usize, r: usize) -> Stmt {
        self.check(validate::check_aug_target(&target));
        self.check(validate::check_not_starred(&value));
        self.stmt(StmtKind::AugAssign { target, op, value }, l, r)
    }

    pub fn ann_assign(
        &self,
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
        l: usize,
        r: usize,
    ) -> Stmt {
        self.check(validate::check_ann_target(&target));
        let simple = matches!(target.kind, ExprKind::Name(_)) && target.span.start as usize == l;
        self.stmt(StmtKind::AnnAssign { target, annotation, value, simple }, l, r)
    }

    pub fn delete(&self, targets: Vec<Expr>, l: usize, r: usize) -> Stmt {
        for t in &targets {
            self.check(validate::check_delete_target(t));
        }
        self.stmt(StmtKind::Delete(targets), l, r)
    }

    /// Builds `if`/`elif`/`else`: each `elif` becomes an `If` nested in the `orelse` above it.
    pub fn if_chain(
        &self,
        l: usize,
        test: Expr,
        body: Vec<Stmt>,
        elifs: Vec<(usize, Expr, Vec<Stmt>)>,
        orelse: Option<Vec<Stmt>>,
    ) -> Stmt {
        if elifs.len() as u32 >= MAX_EXPR_DEPTH {
            self.report(SyntaxError::new("too many nested expressions", Span::new(l, l)));
            return self.stmt(StmtKind::Pass, l, l);
        }
        let mut orelse = orelse.unwrap_or_default();
        for (el, test, body) in elifs.into_iter().rev() {
            let end = end_of(&body, el).max(end_of(&orelse, el));
            orelse = vec![self.stmt(StmtKind::If { test, body, orelse }, el, end)];
        }
        let end = end_of(&body, l).max(end_of(&orelse, l));
        self.stmt(StmtKind::If { test, body, orelse }, l, end)
    }
}

/// Where a block ends: the end of its last statement.
pub fn end_of(body: &[Stmt], default: usize) -> usize {
    body.last().map_or(default, |s| s.span.end as usize)
}

/// Calls `f` on each direct sub-expression of `kind`.
pub fn for_each_child(kind: &ExprKind, f: &mut impl FnMut(&Expr)) {
    match kind {
        ExprKind::BoolOp { values, .. } => values.iter().for_each(f),
        ExprKind::NamedExpr { target, value } => {
            f(target);
            f(value);
        }
        ExprKind::BinOp { left, right, .. } => {
            f(left);
            f(right);
        }
        ExprKind::UnaryOp { operand, .. } => f(operand),
        ExprKind::Lambda { args, body } => {
            args.defaults.iter().for_each(&mut *f);
            args.kw_defaults.iter().flatten().for_each(&mut *f);
            f(body);
        }
        ExprKind::IfExp { test, body, orelse } => {
            f(test);
            f(body);
            f(orelse);
        }
        ExprKind::Dict { keys, values } => {
            keys.iter().flatten().for_each(&mut *f);
            values.iter().for_each(f);
        }
        ExprKind::Set(items)
        | ExprKind::List(items)
        | ExprKind::Tuple(items)
        | ExprKind::JoinedStr(items) => items.iter().for_each(f),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            f(elt);
            for g in generators {
                f(&g.target);
                f(&g.iter);
                g.ifs.iter().for_each(&mut *f);
            }
        }
        ExprKind::DictComp { key, value, generators } => {
            f(key);
            f(value);
            for g in generators {
                f(&g.target);
                f(&g.iter);
                g.ifs.iter().for_each(&mut *f);
            }
        }
        ExprKind::Yield(value) => {
            if let Some(v) = value {
                f(v)
            }
        }
        ExprKind::YieldFrom(value) | ExprKind::Starred(value) => f(value),
        ExprKind::Compare { left, comparators, .. } => {
            f(left);
            comparators.iter().for_each(f);
        }
        ExprKind::Call { func, args, keywords } => {
            f(func);
            args.iter().for_each(&mut *f);
            keywords.iter().for_each(|k| f(&k.value));
        }
        ExprKind::FormattedValue { value, format_spec, .. } => {
            f(value);
            if let Some(s) = format_spec {
                f(s)
            }
        }
        ExprKind::Constant(_) | ExprKind::Name(_) => {}
        ExprKind::Attribute { value, .. } => f(value),
        ExprKind::Subscript { value, slice } => {
            f(value);
            f(slice);
        }
        ExprKind::Slice { lower, upper, step } => {
            for e in [lower, upper, step].into_iter().flatten() {
                f(e);
            }
        }
    }
}

/// One argument of a call as parsed, before positional and keyword arguments are separated.
pub enum ArgItem {
    Positional(Expr),
    /// A generator expression written without its own parentheses (`sum(x for x in y)`).
    Generator(Expr),
    Star(Expr),
    Keyword(Expr, Expr, Span),
    DoubleStar(Expr, Span),
}

/// One item of a parameter list as parsed.
pub enum Param {
    Normal(Arg, Option<Expr>),
    Star(Option<Arg>, Span),
    DoubleStar(Arg),
    Slash(Span),
}

impl Param {
    fn span(&self) -> Span {
        match self {
            Param::Normal(a, _) | Param::DoubleStar(a) => a.span,
            Param::Star(_, s) | Param::Slash(s) => *s,
        }
    }
}

/// One literal of an implicit concatenation (a plain string keeps where it starts).
pub enum StrPart {
    Str(String, usize),
    Bytes(Vec<u8>),
    F(Vec<FPiece>),
}

impl StrPart {
    /// The part for a plain string token.
    pub fn from_token(t: StrToken, l: usize) -> StrPart {
        match t {
            StrToken::Str(s) => StrPart::Str(s, l),
            StrToken::Bytes(b) => StrPart::Bytes(b),
            StrToken::FStart { .. } => StrPart::Str(String::new(), l),
        }
    }
}

/// A piece of an f-string: literal text, or a field with the debugging text that precedes it.
pub enum FPiece {
    Text(String, usize, usize),
    Field(Option<String>, Expr, usize),
}

/// What the grammar's start symbol produces, one variant per entry point.
pub enum Top {
    Module(Vec<Stmt>),
    Interactive(Vec<Stmt>),
    Expression(Expr),
}
