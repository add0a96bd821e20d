//! The symbol table: for every scope of a compilation unit (module, class, function, lambda,
//! comprehension), what each name is — local, global (explicit or implicit), free or cell.
//!
//! As CPython's `Python/symtable.c`, it works in two passes. The first walks the AST and
//! records raw facts per scope (this name is assigned here, used there, declared `global`,
//! a parameter, …). The second pass decides each name's scope, top-down, passing to each child
//! the names bound in enclosing function scopes; free variables found in children turn the
//! binding local into a cell. List, set and dict comprehensions are inlined into their parent
//! (PEP 709); generator expressions stay separate scopes.
//!
//! Annotations are evaluated eagerly (3.11-style), so an annotation's names belong to the scope
//! that evaluates it: the defining scope for parameter annotations, the module or class body
//! for annotated assignments. Annotations of local variables inside functions are never
//! evaluated and do not touch the table.

use crate::syntax::ast::{
    Arguments, Comprehension, Expr, ExprKind, Keyword, Module, Pattern, PatternKind, Span, Stmt, StmtKind,
};
use crate::syntax::SyntaxError;
use std::collections::{HashMap, HashSet};

/// Raw facts about a name in one scope (CPython's `DEF_*` flags).
pub mod def {
    pub const GLOBAL: u32 = 1;
    pub const LOCAL: u32 = 2;
    pub const PARAM: u32 = 4;
    pub const NONLOCAL: u32 = 8;
    pub const USE: u32 = 16;
    /// A free variable of a method that is also bound in the class body.
    pub const FREE_CLASS: u32 = 32;
    pub const IMPORT: u32 = 64;
    pub const ANNOT: u32 = 128;
    /// An iteration variable of a comprehension.
    pub const COMP_ITER: u32 = 256;
    /// A name bound in an inlined comprehension that is a cell there.
    pub const COMP_CELL: u32 = 1024;
    /// Flags that bind the name in the scope.
    pub const BOUND: u32 = LOCAL | PARAM | IMPORT;
}

/// Where a name lives at run time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Local,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound in any enclosing function: a global or a builtin.
    GlobalImplicit,
    /// Bound in an enclosing function; reached through a cell.
    Free,
    /// Local here and used by an enclosed scope; stored in a cell.
    Cell,
}

/// One name of one scope: its raw flags and, after analysis, its scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Symbol {
    pub flags: u32,
    pub scope: Option<Scope>,
}

/// What kind of block a scope is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockType {
    Module,
    Class,
    /// Functions, lambdas and comprehensions.
    Function,
}

/// Which comprehension a function block implements, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

/// Index of a scope in [`SymbolTable::entries`].
pub type EntryId = usize;

/// One scope (CPython's `PySTEntryObject`).
#[derive(Clone, Debug)]
pub struct SymtableEntry {
    pub name: String,
    pub block: BlockType,
    pub comprehension: Option<ComprehensionKind>,
    /// Names in first-seen order with their flags and scope.
    symbols: Vec<(String, Symbol)>,
    index: HashMap<String, usize>,
    /// Parameters, in `co_varnames` order.
    pub varnames: Vec<String>,
    pub children: Vec<EntryId>,
    /// `global`/`nonlocal` declarations with where they were made, for error locations.
    directives: Vec<(String, Span)>,
    /// Nested inside a function (affects `CO_NESTED`).
    pub nested: bool,
    pub generator: bool,
    pub varargs: bool,
    pub varkeywords: bool,
    pub returns_value: bool,
    /// A class whose methods use `__class__` (or `super`): it creates the `__class__` cell.
    pub needs_class_closure: bool,
    /// A comprehension inlined into its parent.
    pub comp_inlined: bool,
    comp_iter_target: bool,
    comp_iter_expr: u32,
    pub has_docstring: bool,
    /// A function defined directly in a class body.
    pub method: bool,
    /// The body contains an annotated assignment (module and class bodies then get
    /// `__annotations__`).
    pub annotations_used: bool,
    pub span: Span,
}

impl SymtableEntry {
    fn new(name: &str, block: BlockType, span: Span) -> SymtableEntry {
        SymtableEntry {
            name: name.to_string(),
            block,
            comprehension: None,
            symbols: Vec::new(),
            index: HashMap::new(),
            varnames: Vec::new(),
            children: Vec::new(),
            directives: Vec::new(),
            nested: false,
            generator: false,
            varargs: false,
            varkeywords: false,
            returns_value: false,
            needs_class_closure: false,
            comp_inlined: false,
            comp_iter_target: false,
            comp_iter_expr: 0,
            has_docstring: false,
            method: false,
            annotations_used: false,
            span,
        }
    }

    /// Functions, lambdas and comprehensions use fast locals (CPython's `_PyST_IsFunctionLike`).
    pub fn is_function_like(&self) -> bool {
        self.block == BlockType::Function
    }

    /// The raw flags of `name`, 0 if the scope never mentions it.
    pub fn flags(&self, name: &str) -> u32 {
        self.symbol(name).map_or(0, |s| s.flags)
    }

    /// The analysed scope of `name`, if the scope mentions it.
    pub fn scope_of(&self, name: &str) -> Option<Scope> {
        self.symbol(name).and_then(|s| s.scope)
    }

    pub fn symbol(&self, name: &str) -> Option<Symbol> {
        self.index.get(name).map(|&i| self.symbols[i].1)
    }

    /// Every symbol in first-seen order.
    pub fn symbols(&self) -> impl Iterator<Item = (&str, Symbol)> {
        self.symbols.iter().map(|(n, s)| (n.as_str(), *s))
    }

    /// Replace (or add) a symbol; codegen uses this to give an inlined comprehension's names
    /// their in-comprehension meaning while it compiles the comprehension.
    pub fn set_symbol(&mut self, name: &str, symbol: Symbol) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].1 = symbol,
            None => {
                self.index.insert(name.to_string(), self.symbols.len());
                self.symbols.push((name.to_string(), symbol));
            }
        }
    }

    /// Remove a symbol (used when `__class__` of an inlined comprehension is dropped).
    fn remove_symbol(&mut self, name: &str) {
        if let Some(i) = self.index.remove(name) {
            self.symbols.remove(i);
            for (_, idx) in self.index.iter_mut() {
                if *idx > i {
                    *idx -= 1;
                }
            }
        }
    }

    fn directive_span(&self, name: &str) -> Span {
        self.directives.iter().find(|(n, _)| n == name).map_or(self.span, |(_, s)| *s)
    }
}

/// The symbol tables of one compilation unit.
#[derive(Clone, Debug)]
pub struct SymbolTable {
    pub entries: Vec<SymtableEntry>,
    /// The module scope.
    pub top: EntryId,
    by_node: HashMap<usize, EntryId>,
}

/// The AST node a scope belongs to, identified by its address (stable while the AST is
/// borrowed for compilation, as CPython keys its table by node pointer).
pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

/// Deepest nesting of expressions and statements the compiler accepts; deeper input is a
/// `SyntaxError` instead of a Rust stack overflow.
pub const MAX_NESTING: u32 = 2_500;

/// The error for input nested deeper than [`MAX_NESTING`].
pub fn too_deep(span: Span) -> SyntaxError {
    SyntaxError::new("too many nested expressions or statements", span)
}

/// What a compilation unit's top level is.
#[derive(Clone, Copy, Debug)]
pub enum TopLevel<'a> {
    Module(&'a Module),
    Expression(&'a Expr),
}

impl SymbolTable {
    /// Build and analyse the table for a module (or interactive statement) or an expression.
    pub fn build(top: TopLevel<'_>) -> Result<SymbolTable, SyntaxError> {
        let mut b = Builder {
            table: SymbolTable { entries: Vec::new(), top: 0, by_node: HashMap::new() },
            stack: Vec::new(),
            private: None,
            depth: 0,
        };
        let span = match top {
            TopLevel::Module(m) => m.body.first().map(|s| s.span).unwrap_or_default(),
            TopLevel::Expression(e) => e.span,
        };
        let key = match top {
            TopLevel::Module(m) => node_key(m),
            TopLevel::Expression(e) => node_key(e),
        };
        b.enter_block("top", BlockType::Module, key, span);
        match top {
            TopLevel::Module(m) => {
                if docstring(&m.body).is_some() {
                    b.cur_mut().has_docstring = true;
                }
                for s in &m.body {
                    b.visit_stmt(s)?;
                }
            }
            TopLevel::Expression(e) => b.visit_expr(e)?,
        }
        b.exit_block();
        let mut table = b.table;
        table.analyze()?;
        Ok(table)
    }

    /// The scope created for an AST node (function/class statement, lambda, comprehension).
    pub fn entry_for<T>(&self, node: &T) -> Option<EntryId> {
        self.by_node.get(&node_key(node)).copied()
    }

    pub fn entry(&self, id: EntryId) -> &SymtableEntry {
        &self.entries[id]
    }

    pub fn entry_mut(&mut self, id: EntryId) -> &mut SymtableEntry {
        &mut self.entries[id]
    }
}

/// The docstring of a body: its first statement, if that is a string literal.
pub fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Constant(crate::syntax::ast::Constant::Str(s)), ..
        })) => Some(s),
        _ => None,
    }
}

/// Private name mangling: `__x` inside class `C` becomes `_C__x` (CPython's `_Py_Mangle`).
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else { return name.to_string() };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// Which kind of assignment target a name appears in; only matters for `__debug__` errors.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Load,
    Store,
    Del,
}

struct Builder {
    table: SymbolTable,
    stack: Vec<EntryId>,
    private: Option<String>,
    depth: u32,
}

impl Builder {
    fn cur(&self) -> EntryId {
        *self.stack.last().expect("a scope is always open while visiting")
    }

    fn cur_mut(&mut self) -> &mut SymtableEntry {
        let cur = self.cur();
        &mut self.table.entries[cur]
    }

    fn enter_block(&mut self, name: &str, block: BlockType, key: usize, span: Span) -> EntryId {
        let mut entry = SymtableEntry::new(name, block, span);
        if let Some(&prev) = self.stack.last() {
            let p = &self.table.entries[prev];
            entry.nested = p.nested || p.is_function_like();
            entry.method = p.block == BlockType::Class && block == BlockType::Function;
            entry.comp_iter_expr = p.comp_iter_expr;
        }
        let id = self.table.entries.len();
        self.table.entries.push(entry);
        self.table.by_node.insert(key, id);
        if let Some(&prev) = self.stack.last() {
            self.table.entries[prev].children.push(id);
        }
        self.stack.push(id);
        id
    }

    fn exit_block(&mut self) {
        self.stack.pop();
    }

    fn enter_nested(&mut self, span: Span) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(too_deep(span));
        }
        Ok(())
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.private.as_deref(), name)
    }

    fn lookup(&self, name: &str) -> u32 {
        self.table.entries[self.cur()].flags(&self.mangled(name))
    }

    fn check_name(&self, name: &str, span: Span, ctx: Ctx) -> Result<(), SyntaxError> {
        if name == "__debug__" {
            match ctx {
                Ctx::Store => return Err(SyntaxError::new("cannot assign to __debug__", span)),
                Ctx::Del => return Err(SyntaxError::new("cannot delete __debug__", span)),
                Ctx::Load => {}
            }
        }
        Ok(())
    }

    fn add_def(&mut self, name: &str, flag: u32, span: Span) -> Result<(), SyntaxError> {
        let ctx = if flag == def::USE { Ctx::Load } else { Ctx::Store };
        self.add_def_ctx(name, flag, span, ctx)
    }

    fn add_def_ctx(&mut self, name: &str, flag: u32, span: Span, ctx: Ctx) -> Result<(), SyntaxError> {
        if flag & (def::PARAM | def::LOCAL | def::IMPORT) != 0 {
            self.check_name(name, span, ctx)?;
        }
        let cur = self.cur();
        self.add_def_in(name, flag, cur, span)
    }

    /// CPython's `symtable_add_def_helper`: record `flag` for `name` in scope `entry`.
    fn add_def_in(&mut self, name: &str, flag: u32, entry: EntryId, span: Span) -> Result<(), SyntaxError> {
        let mangled = self.mangled(name);
        let ste = &mut self.table.entries[entry];
        let mut val = flag;
        if let Some(old) = ste.symbol(&mangled) {
            if flag & def::PARAM != 0 && old.flags & def::PARAM != 0 {
                return Err(SyntaxError::new(
                    format!("duplicate argument '{name}' in function definition"),
                    span,
                ));
            }
            val |= old.flags;
        }
        if ste.comp_iter_target {
            if val & (def::GLOBAL | def::NONLOCAL) != 0 {
                return Err(SyntaxError::new(
                    format!("comprehension inner loop cannot rebind assignment expression target '{name}'"),
                    span,
                ));
            }
            val |= def::COMP_ITER;
        }
        ste.set_symbol(&mangled, Symbol { flags: val, scope: None });
        if flag & def::PARAM != 0 {
            ste.varnames.push(mangled);
        } else if flag & def::GLOBAL != 0 {
            let top = &mut self.table.entries[self.table.top];
            let old = top.flags(&mangled);
            top.set_symbol(&mangled, Symbol { flags: old | flag, scope: None });
        }
        Ok(())
    }

    fn record_directive(&mut self, name: &str, span: Span) {
        let mangled = self.mangled(name);
        self.cur_mut().directives.push((mangled, span));
    }

    fn visit_body(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    fn visit_stmt(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        self.enter_nested(s.span)?;
        let result = self.visit_stmt_inner(s);
        self.depth -= 1;
        result
    }

    fn visit_stmt_inner(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.add_def(&f.name, def::LOCAL, s.span)?;
                self.visit_defaults(&f.args)?;
                for d in &f.decorator_list {
                    self.visit_expr(d)?;
                }
                self.visit_annotations(&f.args, f.returns.as_ref())?;
                self.enter_block(&f.name, BlockType::Function, node_key(s), s.span);
                if docstring(&f.body).is_some() {
                    self.cur_mut().has_docstring = true;
                }
                self.visit_params(&f.args)?;
                self.visit_body(&f.body)?;
                self.exit_block();
            }
            StmtKind::ClassDef(c) => {
                self.add_def(&c.name, def::LOCAL, s.span)?;
                for d in &c.decorator_list {
                    self.visit_expr(d)?;
                }
                for b in &c.bases {
                    self.visit_expr(b)?;
                }
                self.visit_keywords(&c.keywords)?;
                self.enter_block(&c.name, BlockType::Class, node_key(s), s.span);
                let saved = self.private.replace(c.name.clone());
                if docstring(&c.body).is_some() {
                    self.cur_mut().has_docstring = true;
                }
                let result = self.visit_body(&c.body);
                self.exit_block();
                self.private = saved;
                result?;
            }
            StmtKind::Return(value) => {
                if let Some(v) = value {
                    self.visit_expr(v)?;
                    self.cur_mut().returns_value = true;
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.visit_target(t, Ctx::Del)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.visit_target(t, Ctx::Store)?;
                }
                self.visit_expr(value)?;
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                self.cur_mut().annotations_used = true;
                if let ExprKind::Name(name) = &target.kind {
                    let cur = self.lookup(name);
                    let is_module = self.cur() == self.table.top;
                    if cur & (def::GLOBAL | def::NONLOCAL) != 0 && !is_module && *simple {
                        let msg = if cur & def::GLOBAL != 0 {
                            format!("annotated name '{name}' can't be global")
                        } else {
                            format!("annotated name '{name}' can't be nonlocal")
                        };
                        return Err(SyntaxError::new(msg, s.span));
                    }
                    if *simple {
                        self.add_def(name, def::ANNOT | def::LOCAL, target.span)?;
                    } else if value.is_some() {
                        self.add_def(name, def::LOCAL, target.span)?;
                    }
                } else {
                    self.visit_target(target, Ctx::Store)?;
                }
                if !self.table.entries[self.cur()].is_function_like() {
                    self.visit_expr(annotation)?;
                }
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_target(target, Ctx::Store)?;
                self.visit_expr(value)?;
            }
            StmtKind::For { target, iter, body, orelse } => {
                self.visit_target(target, Ctx::Store)?;
                self.visit_expr(iter)?;
                self.visit_body(body)?;
                self.visit_body(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_body(body)?;
                self.visit_body(orelse)?;
            }
            StmtKind::With { items, body } => {
                for item in items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_target(v, Ctx::Store)?;
                    }
                }
                self.visit_body(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.visit_expr(subject)?;
                for case in cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&case.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                    if let Some(c) = cause {
                        self.visit_expr(c)?;
                    }
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                self.visit_body(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.visit_expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, def::LOCAL, h.span)?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(orelse)?;
                self.visit_body(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                if let Some(m) = msg {
                    self.visit_expr(m)?;
                }
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                for alias in names {
                    let name = alias.asname.as_deref().unwrap_or(&alias.name);
                    if name == "*" {
                        if self.cur() != self.table.top {
                            return Err(SyntaxError::new(
                                "import * only allowed at module level",
                                alias.span,
                            ));
                        }
                        continue;
                    }
                    let store = name.split('.').next().unwrap_or(name);
                    self.add_def(store, def::IMPORT, alias.span)?;
                }
            }
            StmtKind::Global(names) => {
                for name in names {
                    let cur = self.lookup(name);
                    if cur & (def::PARAM | def::LOCAL | def::USE | def::ANNOT) != 0 {
                        let msg = if cur & def::PARAM != 0 {
                            format!("name '{name}' is parameter and global")
                        } else if cur & def::USE != 0 {
                            format!("name '{name}' is used prior to global declaration")
                        } else if cur & def::ANNOT != 0 {
                            format!("annotated name '{name}' can't be global")
                        } else {
                            format!("name '{name}' is assigned to before global declaration")
                        };
                        return Err(SyntaxError::new(msg, s.span));
                    }
                    self.add_def(name, def::GLOBAL, s.span)?;
                    self.record_directive(name, s.span);
                }
            }
            StmtKind::Nonlocal(names) => {
                for name in names {
                    let cur = self.lookup(name);
                    if cur & (def::PARAM | def::LOCAL | def::USE | def::ANNOT) != 0 {
                        let msg = if cur & def::PARAM != 0 {
                            format!("name '{name}' is parameter and nonlocal")
                        } else if cur & def::USE != 0 {
                            format!("name '{name}' is used prior to nonlocal declaration")
                        } else if cur & def::ANNOT != 0 {
                            format!("annotated name '{name}' can't be nonlocal")
                        } else {
                            format!("name '{name}' is assigned to before nonlocal declaration")
                        };
                        return Err(SyntaxError::new(msg, s.span));
                    }
                    self.add_def(name, def::NONLOCAL, s.span)?;
                    self.record_directive(name, s.span);
                }
            }
            StmtKind::Expr(e) => self.visit_expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn visit_defaults(&mut self, args: &Arguments) -> Result<(), SyntaxError> {
        for d in &args.defaults {
            self.visit_expr(d)?;
        }
        for d in args.kw_defaults.iter().flatten() {
            self.visit_expr(d)?;
        }
        Ok(())
    }

    /// Parameter annotations are evaluated where the `def` runs (eager, 3.11-style).
    fn visit_annotations(&mut self, args: &Arguments, returns: Option<&Expr>) -> Result<(), SyntaxError> {
        let all = args.posonlyargs.iter().chain(&args.args).chain(&args.vararg).chain(&args.kwonlyargs);
        for arg in all.chain(&args.kwarg) {
            if let Some(a) = &arg.annotation {
                self.visit_expr(a)?;
            }
        }
        if let Some(r) = returns {
            self.visit_expr(r)?;
        }
        Ok(())
    }

    fn visit_params(&mut self, args: &Arguments) -> Result<(), SyntaxError> {
        for arg in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
            self.add_def(&arg.name, def::PARAM, arg.span)?;
        }
        if let Some(v) = &args.vararg {
            self.add_def(&v.name, def::PARAM, v.span)?;
            self.cur_mut().varargs = true;
        }
        if let Some(k) = &args.kwarg {
            self.add_def(&k.name, def::PARAM, k.span)?;
            self.cur_mut().varkeywords = true;
        }
        Ok(())
    }

    fn visit_keywords(&mut self, keywords: &[Keyword]) -> Result<(), SyntaxError> {
        for k in keywords {
            if let Some(arg) = &k.arg {
                self.check_name(arg, k.span, Ctx::Store)?;
            }
        }
        for k in keywords {
            self.visit_expr(&k.value)?;
        }
        Ok(())
    }

    /// Visit an assignment or deletion target.
    fn visit_target(&mut self, e: &Expr, ctx: Ctx) -> Result<(), SyntaxError> {
        self.enter_nested(e.span)?;
        let result = match &e.kind {
            ExprKind::Name(name) => self.add_def_ctx(name, def::LOCAL, e.span, ctx),
            ExprKind::Attribute { value, attr } => {
                self.check_name(attr, e.span, ctx).and_then(|()| self.visit_expr(value))
            }
            ExprKind::Subscript { value, slice } => {
                self.visit_expr(value).and_then(|()| self.visit_expr(slice))
            }
            ExprKind::Starred(inner) => self.visit_target(inner, ctx),
            ExprKind::List(elts) | ExprKind::Tuple(elts) => {
                elts.iter().try_for_each(|elt| self.visit_target(elt, ctx))
            }
            _ => self.visit_expr(e),
        };
        self.depth -= 1;
        result
    }

    fn visit_expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        self.enter_nested(e.span)?;
        let result = self.visit_expr_inner(e);
        self.depth -= 1;
        result
    }

    fn visit_expr_inner(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                let cur = self.cur();
                if self.table.entries[cur].comp_iter_expr > 0 {
                    return Err(SyntaxError::new(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        e.span,
                    ));
                }
                if self.table.entries[cur].comprehension.is_some() {
                    if let ExprKind::Name(name) = &target.kind {
                        self.extend_namedexpr_scope(name, target.span)?;
                    }
                }
                self.visit_expr(value)?;
                self.visit_target(target, Ctx::Store)?;
            }
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.visit_expr(v)?;
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.visit_defaults(args)?;
                self.enter_block("lambda", BlockType::Function, node_key(e), e.span);
                self.visit_params(args)?;
                self.visit_expr(body)?;
                self.exit_block();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.visit_expr(k)?;
                }
                for v in values {
                    self.visit_expr(v)?;
                }
            }
            ExprKind::Set(elts)
            | ExprKind::List(elts)
            | ExprKind::Tuple(elts)
            | ExprKind::JoinedStr(elts) => {
                for elt in elts {
                    self.visit_expr(elt)?;
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.visit_comprehension(e, "listcomp", ComprehensionKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.visit_comprehension(e, "setcomp", ComprehensionKind::Set, generators, elt, None)?
            }
            ExprKind::DictComp { key, value, generators } => self.visit_comprehension(
                e,
                "dictcomp",
                ComprehensionKind::Dict,
                generators,
                key,
                Some(value),
            )?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.visit_comprehension(e, "genexpr", ComprehensionKind::Generator, generators, elt, None)?
            }
            ExprKind::Yield(value) => {
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
                self.mark_generator(e.span)?;
            }
            ExprKind::YieldFrom(value) => {
                self.visit_expr(value)?;
                self.mark_generator(e.span)?;
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.visit_expr(left)?;
                for c in comparators {
                    self.visit_expr(c)?;
                }
            }
            ExprKind::Call { func, args, keywords } => {
                self.visit_expr(func)?;
                for a in args {
                    self.visit_expr(a)?;
                }
                self.visit_keywords(keywords)?;
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
                self.visit_expr(value)?;
                if let Some(spec) = format_spec {
                    self.visit_expr(spec)?;
                }
            }
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.visit_expr(value)?,
            ExprKind::Subscript { value, slice } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
            }
            ExprKind::Starred(inner) => self.visit_expr(inner)?,
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
            }
            ExprKind::Name(name) => {
                self.add_def_ctx(name, def::USE, e.span, Ctx::Load)?;
                if name == "super" && self.table.entries[self.cur()].is_function_like() {
                    self.add_def("__class__", def::USE, e.span)?;
                }
            }
        }
        Ok(())
    }

    fn mark_generator(&mut self, span: Span) -> Result<(), SyntaxError> {
        let cur = self.cur_mut();
        cur.generator = true;
        if let Some(kind) = cur.comprehension {
            let msg = match kind {
                ComprehensionKind::List => "'yield' inside list comprehension",
                ComprehensionKind::Set => "'yield' inside set comprehension",
                ComprehensionKind::Dict => "'yield' inside dict comprehension",
                ComprehensionKind::Generator => "'yield' inside generator expression",
            };
            return Err(SyntaxError::new(msg, span));
        }
        Ok(())
    }

    /// CPython's `symtable_handle_comprehension`: the outermost iterable belongs to the
    /// enclosing scope, everything else to a new function scope taking it as `.0`.
    fn visit_comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        kind: ComprehensionKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Result<(), SyntaxError> {
        let Some(outermost) = generators.first() else { return Ok(()) };
        self.cur_mut().comp_iter_expr += 1;
        let r = self.visit_expr(&outermost.iter);
        self.cur_mut().comp_iter_expr -= 1;
        r?;
        self.enter_block(name, BlockType::Function, node_key(e), e.span);
        self.cur_mut().comprehension = Some(kind);
        let result = (|| {
            self.add_def(".0", def::PARAM, e.span)?;
            self.cur_mut().comp_iter_target = true;
            let r = self.visit_target(&outermost.target, Ctx::Store);
            self.cur_mut().comp_iter_target = false;
            r?;
            for cond in &outermost.ifs {
                self.visit_expr(cond)?;
            }
            for gen in &generators[1..] {
                self.cur_mut().comp_iter_target = true;
                let r = self.visit_target(&gen.target, Ctx::Store);
                self.cur_mut().comp_iter_target = false;
                r?;
                self.cur_mut().comp_iter_expr += 1;
                let r = self.visit_expr(&gen.iter);
                self.cur_mut().comp_iter_expr -= 1;
                r?;
                for cond in &gen.ifs {
                    self.visit_expr(cond)?;
                }
            }
            if let Some(v) = value {
                self.visit_expr(v)?;
            }
            self.visit_expr(elt)
        })();
        self.cur_mut().generator = kind == ComprehensionKind::Generator;
        self.exit_block();
        result
    }

    /// An assignment expression inside a comprehension binds in the nearest enclosing
    /// function (or the module), as CPython's `symtable_extend_namedexpr_scope`.
    fn extend_namedexpr_scope(&mut self, name: &str, span: Span) -> Result<(), SyntaxError> {
        let mangled = self.mangled(name);
        for &entry in self.stack.clone().iter().rev() {
            let ste = &self.table.entries[entry];
            if ste.comprehension.is_some() {
                let flags = ste.flags(&mangled);
                if flags & def::COMP_ITER != 0 && flags & def::LOCAL != 0 {
                    return Err(SyntaxError::new(
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{name}'"
                        ),
                        span,
                    ));
                }
                continue;
            }
            match ste.block {
                BlockType::Function => {
                    let flag =
                        if ste.flags(&mangled) & def::GLOBAL != 0 { def::GLOBAL } else { def::NONLOCAL };
                    self.add_def(name, flag, span)?;
                    self.record_directive(name, span);
                    return self.add_def_in(name, def::LOCAL, entry, span);
                }
                BlockType::Module => {
                    self.add_def(name, def::GLOBAL, span)?;
                    self.record_directive(name, span);
                    return self.add_def_in(name, def::GLOBAL, entry, span);
                }
                BlockType::Class => {
                    return Err(SyntaxError::new(
                        "assignment expression within a comprehension cannot be used in a class body",
                        span,
                    ));
                }
            }
        }
        Ok(())
    }

    fn visit_pattern(&mut self, p: &Pattern) -> Result<(), SyntaxError> {
        self.enter_nested(p.span)?;
        let result = self.visit_pattern_inner(p);
        self.depth -= 1;
        result
    }

    fn visit_pattern_inner(&mut self, p: &Pattern) -> Result<(), SyntaxError> {
        match &p.kind {
            PatternKind::MatchValue(v) => self.visit_expr(v)?,
            PatternKind::MatchSingleton(_) => {}
            PatternKind::MatchSequence(ps) | PatternKind::MatchOr(ps) => {
                for sub in ps {
                    self.visit_pattern(sub)?;
                }
            }
            PatternKind::MatchStar(name) => {
                if let Some(n) = name {
                    self.add_def(n, def::LOCAL, p.span)?;
                }
            }
            PatternKind::MatchMapping { keys, patterns, rest } => {
                for k in keys {
                    self.visit_expr(k)?;
                }
                for sub in patterns {
                    self.visit_pattern(sub)?;
                }
                if let Some(r) = rest {
                    self.add_def(r, def::LOCAL, p.span)?;
                }
            }
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
                self.visit_expr(cls)?;
                for sub in patterns {
                    self.visit_pattern(sub)?;
                }
                for (attr, sub) in kwd_attrs.iter().zip(kwd_patterns) {
                    self.check_name(attr, sub.span, Ctx::Store)?;
                }
                for sub in kwd_patterns {
                    self.visit_pattern(sub)?;
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(sub) = pattern {
                    self.visit_pattern(sub)?;
                }
                if let Some(n) = name {
                    self.add_def(n, def::LOCAL, p.span)?;
                }
            }
        }
        Ok(())
    }
}

// ---- the analysis pass -------------------------------------------------------------------

type NameSet = HashSet<String>;

impl SymbolTable {
    fn analyze(&mut self) -> Result<(), SyntaxError> {
        let mut free = NameSet::new();
        let mut global = NameSet::new();
        self.analyze_block(self.top, None, &mut free, &mut global)
    }

    /// CPython's `analyze_block`: decide the scope of each name of `id` and, recursively, of
    /// its children. `bound` is `None` for the module.
    fn analyze_block(
        &mut self,
        id: EntryId,
        bound: Option<&NameSet>,
        free: &mut NameSet,
        global: &mut NameSet,
    ) -> Result<(), SyntaxError> {
        let mut local = NameSet::new();
        let mut scopes: Vec<(String, Scope)> = Vec::new();
        let mut newglobal = NameSet::new();
        let mut newfree = NameSet::new();
        let mut newbound = NameSet::new();
        let mut inlined_cells = NameSet::new();
        let block = self.entries[id].block;

        if block == BlockType::Class {
            newglobal.extend(global.iter().cloned());
            if let Some(b) = bound {
                newbound.extend(b.iter().cloned());
            }
        }

        let symbols: Vec<(String, Symbol)> = self.entries[id].symbols.clone();
        for (name, sym) in &symbols {
            let scope = self.analyze_name(id, name, sym.flags, bound, &mut local, free, global)?;
            scopes.push((name.clone(), scope));
        }

        if block != BlockType::Class {
            if self.entries[id].is_function_like() {
                newbound.extend(local.iter().cloned());
            }
            if let Some(b) = bound {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global.iter().cloned());
        } else {
            newbound.insert("__class__".to_string());
        }

        let children = self.entries[id].children.clone();
        for &child in &children {
            let inline_comp = self.entries[child].comprehension.is_some() && !self.entries[child].generator;
            let mut child_free = newfree.clone();
            let mut child_bound = newbound.clone();
            let mut child_global = newglobal.clone();
            self.analyze_block(child, Some(&child_bound), &mut child_free, &mut child_global)?;
            child_bound.clear();
            if inline_comp {
                self.inline_comprehension(id, child, &mut scopes, &mut child_free, &mut inlined_cells);
                self.entries[child].comp_inlined = true;
            }
            newfree.extend(child_free);
        }

        // Splice the children of inlined comprehensions into our children list.
        let mut spliced = Vec::new();
        for &child in &children {
            if self.entries[child].comp_inlined {
                spliced.extend(self.entries[child].children.iter().copied());
            } else {
                spliced.push(child);
            }
        }
        self.entries[id].children = spliced;

        if self.entries[id].is_function_like() {
            for (name, scope) in scopes.iter_mut() {
                if *scope == Scope::Local && (newfree.contains(name) || inlined_cells.contains(name)) {
                    *scope = Scope::Cell;
                    newfree.remove(name);
                }
            }
        } else if block == BlockType::Class && newfree.remove("__class__") {
            self.entries[id].needs_class_closure = true;
        }

        self.update_symbols(id, &scopes, bound, &newfree, &inlined_cells, block == BlockType::Class);
        free.extend(newfree);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn analyze_name(
        &self,
        id: EntryId,
        name: &str,
        flags: u32,
        bound: Option<&NameSet>,
        local: &mut NameSet,
        free: &mut NameSet,
        global: &mut NameSet,
    ) -> Result<Scope, SyntaxError> {
        let ste = &self.entries[id];
        if flags & def::GLOBAL != 0 {
            if flags & def::NONLOCAL != 0 {
                return Err(SyntaxError::new(
                    format!("name '{name}' is nonlocal and global"),
                    ste.directive_span(name),
                ));
            }
            global.insert(name.to_string());
            return Ok(Scope::GlobalExplicit);
        }
        if flags & def::NONLOCAL != 0 {
            let Some(bound) = bound else {
                return Err(SyntaxError::new(
                    "nonlocal declaration not allowed at module level",
                    ste.directive_span(name),
                ));
            };
            if !bound.contains(name) {
                return Err(SyntaxError::new(
                    format!("no binding for nonlocal '{name}' found"),
                    ste.directive_span(name),
                ));
            }
            free.insert(name.to_string());
            return Ok(Scope::Free);
        }
        if flags & def::BOUND != 0 {
            local.insert(name.to_string());
            global.remove(name);
            return Ok(Scope::Local);
        }
        if let Some(bound) = bound {
            if bound.contains(name) {
                free.insert(name.to_string());
                return Ok(Scope::Free);
            }
        }
        Ok(Scope::GlobalImplicit)
    }

    /// CPython's `inline_comprehension`: merge the names of comprehension `comp` into its
    /// parent `id` (whose scopes are being decided in `scopes`).
    fn inline_comprehension(
        &mut self,
        id: EntryId,
        comp: EntryId,
        scopes: &mut Vec<(String, Scope)>,
        comp_free: &mut NameSet,
        inlined_cells: &mut NameSet,
    ) {
        let mut remove_dunder_class = false;
        let comp_symbols: Vec<(String, Symbol)> = self.entries[comp].symbols.clone();
        let is_class = self.entries[id].block == BlockType::Class;
        for (name, sym) in comp_symbols {
            if sym.flags & def::PARAM != 0 {
                continue;
            }
            let mut scope = sym.scope.unwrap_or(Scope::GlobalImplicit);
            if scope == Scope::Cell || sym.flags & def::COMP_CELL != 0 {
                inlined_cells.insert(name.clone());
            }
            let existing = self.entries[id].symbol(&name);
            if scope == Scope::Free && is_class && name == "__class__" {
                scope = Scope::GlobalImplicit;
                comp_free.remove(&name);
                remove_dunder_class = true;
            }
            match existing {
                None => {
                    let only_flags = sym.flags;
                    self.entries[id].set_symbol(&name, Symbol { flags: only_flags, scope: None });
                    scopes.push((name, scope));
                }
                Some(old) => {
                    if old.flags & def::BOUND != 0 && !is_class && !self.is_free_in_any_child(comp, &name) {
                        comp_free.remove(&name);
                    }
                }
            }
        }
        if remove_dunder_class {
            self.entries[comp].remove_symbol("__class__");
        }
    }

    fn is_free_in_any_child(&self, entry: EntryId, name: &str) -> bool {
        self.entries[entry].children.iter().any(|&c| self.entries[c].scope_of(name) == Some(Scope::Free))
    }

    /// Record the analysis in the entry's symbols, and add the free variables of children
    /// that pass through this scope.
    fn update_symbols(
        &mut self,
        id: EntryId,
        scopes: &[(String, Scope)],
        bound: Option<&NameSet>,
        free: &NameSet,
        inlined_cells: &NameSet,
        classflag: bool,
    ) {
        let ste = &mut self.entries[id];
        for (name, scope) in scopes {
            let mut sym = ste.symbol(name).unwrap_or(Symbol { flags: 0, scope: None });
            if inlined_cells.contains(name) {
                sym.flags |= def::COMP_CELL;
            }
            sym.scope = Some(*scope);
            ste.set_symbol(name, sym);
        }
        let mut free_names: Vec<&String> = free.iter().collect();
        free_names.sort();
        for name in free_names {
            if let Some(mut sym) = ste.symbol(name) {
                if classflag {
                    sym.flags |= def::FREE_CLASS;
                    ste.set_symbol(name, sym);
                }
                continue;
            }
            if let Some(b) = bound {
                if !b.contains(name) {
                    continue;
                }
            }
            ste.set_symbol(name, Symbol { flags: 0, scope: Some(Scope::Free) });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::ast::{Arg, Constant, FunctionDef};

    fn sp() -> Span {
        Span::default()
    }
    fn name(n: &str) -> Expr {
        Expr { kind: ExprKind::Name(n.to_string()), span: sp() }
    }
    fn stmt(kind: StmtKind) -> Stmt {
        Stmt { kind, span: sp() }
    }
    fn assign(target: &str, value: Expr) -> Stmt {
        stmt(StmtKind::Assign { targets: vec![name(target)], value })
    }
    fn int(v: i64) -> Expr {
        Expr { kind: ExprKind::Constant(Constant::Int(v.into())), span: sp() }
    }
    fn def(n: &str, params: &[&str], body: Vec<Stmt>) -> Stmt {
        let args = Arguments {
            args: params.iter().map(|p| Arg { name: p.to_string(), annotation: None, span: sp() }).collect(),
            ..Default::default()
        };
        stmt(StmtKind::FunctionDef(Box::new(FunctionDef {
            name: n.to_string(),
            args,
            body,
            decorator_list: vec![],
            returns: None,
        })))
    }

    fn scope_in(table: &SymbolTable, path: &[usize], n: &str) -> Option<Scope> {
        let mut id = table.top;
        for &i in path {
            id = table.entries[id].children[i];
        }
        table.entries[id].scope_of(n)
    }

    #[test]
    fn locals_globals_cells_and_frees() {
        // def outer(a):
        //     b = 1
        //     def inner(): return a + b + c
        let inner = def(
            "inner",
            &[],
            vec![stmt(StmtKind::Return(Some(Expr {
                kind: ExprKind::Tuple(vec![name("a"), name("b"), name("c")]),
                span: sp(),
            })))],
        );
        let m = Module { body: vec![def("outer", &["a"], vec![assign("b", int(1)), inner])] };
        let t = SymbolTable::build(TopLevel::Module(&m)).unwrap();
        assert_eq!(scope_in(&t, &[], "outer"), Some(Scope::Local));
        assert_eq!(scope_in(&t, &[0], "a"), Some(Scope::Cell));
        assert_eq!(scope_in(&t, &[0], "b"), Some(Scope::Cell));
        assert_eq!(scope_in(&t, &[0], "inner"), Some(Scope::Local));
        assert_eq!(scope_in(&t, &[0, 0], "a"), Some(Scope::Free));
        assert_eq!(scope_in(&t, &[0, 0], "c"), Some(Scope::GlobalImplicit));
    }

    #[test]
    fn global_after_use_is_an_error() {
        let f =
            def("f", &[], vec![stmt(StmtKind::Expr(name("x"))), stmt(StmtKind::Global(vec!["x".into()]))]);
        let m = Module { body: vec![f] };
        let err = SymbolTable::build(TopLevel::Module(&m)).unwrap_err();
        assert_eq!(err.msg, "name 'x' is used prior to global declaration");
    }

    #[test]
    fn mangling_follows_cpython() {
        assert_eq!(mangle(Some("C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("_C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("C"), "__x__"), "__x__");
        assert_eq!(mangle(Some("__"), "__x"), "__x");
        assert_eq!(mangle(None, "__x"), "__x");
        assert_eq!(mangle(Some("C"), "_x"), "_x");
    }
}
