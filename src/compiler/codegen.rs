//! Code generation: AST to an instruction sequence per code object, following CPython 3.14's
//! `Python/codegen.c` construct by construct (so `dis` output can be compared with CPython's),
//! then handing each finished sequence to the flowgraph passes and the assembler.
//!
//! Deliberate differences from CPython 3.14 (see `bytecode::opcode` for the instruction-level
//! ones): iterators take one stack slot; annotations are evaluated eagerly (3.11-style);
//! `super()` is an ordinary call; the `all()`/`any()`/`tuple()`-of-generator call
//! optimisation is not done; no compile-time warnings are emitted.

use super::consts::{ConstPool, ConstValue};
use super::instr::{Instr, Label, Location};
use super::symtable::{
    def, docstring, mangle, too_deep, BlockType, EntryId, Scope, Symbol, SymbolTable, MAX_NESTING,
};
use super::unit::{CodeUnit, FBlock, FBlockDatum, FBlockType, NameTable, ScopeType, MAX_BLOCKS};
use super::{assembler, flowgraph};
use crate::bytecode::code::{flags as co_flags, CodeData};
use crate::bytecode::opcode::{self as opc, Opcode};
use crate::syntax::ast::{
    Arguments, BoolOp, CmpOp, Comprehension, Constant, Expr, ExprKind, Keyword, MatchCase, Module, Operator,
    Pattern, PatternKind, Span, Stmt, StmtKind, UnaryOp, WithItem,
};
use crate::syntax::{LineIndex, SyntaxError};
use std::collections::BTreeSet;

type Result<T> = std::result::Result<T, SyntaxError>;

/// Above this many items, displays and calls are built incrementally (CPython's
/// `_PY_STACK_USE_GUIDELINE`).
const STACK_USE_GUIDELINE: usize = 30;

/// A finished nested code object: its pool index and the free variables its closure needs.
struct Finished {
    pool_index: u32,
    freevars: Vec<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    Generator,
    List,
    Set,
    Dict,
}

/// Bookkeeping for an inlined comprehension (CPython's
/// `_PyCompile_InlinedComprehensionState`).
#[derive(Default)]
struct InlinedState {
    pushed_locals: Vec<String>,
    temp_symbols: Vec<(String, Option<Symbol>)>,
    fast_hidden: Vec<String>,
    cleanup: Option<Label>,
}

/// State of one `match` pattern being compiled (CPython's `pattern_context`).
struct PatternContext {
    stores: Vec<String>,
    allow_irrefutable: bool,
    fail_pop: Vec<Label>,
    on_top: usize,
}

/// Compiles one compilation unit; owns the symbol table and the unit-wide constant pool.
pub struct Compiler<'a> {
    filename: &'a str,
    lines: LineIndex,
    st: SymbolTable,
    pub pool: ConstPool,
    units: Vec<CodeUnit<'a>>,
    interactive: bool,
    depth: u32,
}

fn is_const(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Constant(_))
}

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred(_))
}

/// CPython 3.11's `find_ann`: does a body (outside nested scopes) contain an annotation?
fn find_ann(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => find_ann(body) || find_ann(orelse),
        StmtKind::With { body, .. } => find_ann(body),
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            find_ann(body)
                || handlers.iter().any(|h| find_ann(&h.body))
                || find_ann(orelse)
                || find_ann(finalbody)
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| find_ann(&c.body)),
        _ => false,
    })
}

/// `inspect.cleandoc` as the compiler applies it to docstrings (CPython's
/// `_PyCompile_CleanDoc`): tabs expanded, the common indentation of the lines after the
/// first removed, the first line's leading spaces removed.
pub fn clean_doc(doc: &str) -> String {
    let mut expanded = String::with_capacity(doc.len());
    let mut column = 0;
    for ch in doc.chars() {
        match ch {
            '\t' => {
                let n = 8 - column % 8;
                expanded.extend(std::iter::repeat_n(' ', n));
                column += n;
            }
            '\n' | '\r' => {
                expanded.push(ch);
                column = 0;
            }
            _ => {
                expanded.push(ch);
                column += 1;
            }
        }
    }
    let lines: Vec<&str> = expanded.split('\n').collect();
    let margin = lines[1..]
        .iter()
        .filter_map(|l| {
            let indent = l.len() - l.trim_start_matches(' ').len();
            (indent < l.len()).then_some(indent)
        })
        .min()
        .unwrap_or(0);
    let mut out = String::with_capacity(expanded.len());
    out.push_str(lines[0].trim_start_matches(' '));
    for line in &lines[1..] {
        out.push('\n');
        let indent = line.len() - line.trim_start_matches(' ').len();
        out.push_str(&line[indent.min(margin)..]);
    }
    out
}

impl<'a> Compiler<'a> {
    /// A compiler for `source` (used for line numbers) with its analysed symbol table.
    /// `interactive` makes top-level expression statements print their value.
    pub fn new(source: &str, filename: &'a str, st: SymbolTable, interactive: bool) -> Compiler<'a> {
        Compiler {
            filename,
            lines: LineIndex::new(source),
            st,
            pool: ConstPool::default(),
            units: Vec::new(),
            interactive,
            depth: 0,
        }
    }

    // ---- plumbing ------------------------------------------------------------------------

    fn unit(&mut self) -> &mut CodeUnit<'a> {
        self.units.last_mut().expect("a code unit is always open while compiling")
    }

    fn unit_ref(&self) -> &CodeUnit<'a> {
        self.units.last().expect("a code unit is always open while compiling")
    }

    fn ste(&self) -> &super::symtable::SymtableEntry {
        self.st.entry(self.unit_ref().ste)
    }

    fn loc(&self, span: Span) -> Location {
        let start = span.start;
        let end = span.end.max(span.start);
        Location {
            line: self.lines.line(start) as i32,
            end_line: self.lines.line(end) as i32,
            col: self.lines.column(start) as i32,
            end_col: self.lines.column(end) as i32,
        }
    }

    fn error(&self, msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError::new(msg, span)
    }

    fn addop(&mut self, op: Opcode, oparg: u32, loc: Location) {
        self.unit().seq.addop(op, oparg, loc);
    }

    fn addop0(&mut self, op: Opcode, loc: Location) {
        self.addop(op, 0, loc);
    }

    fn jump(&mut self, op: Opcode, target: Label, loc: Location) {
        self.addop(op, target.0, loc);
    }

    fn new_label(&mut self) -> Label {
        self.unit().seq.new_label()
    }

    fn use_label(&mut self, label: Label) {
        self.unit().seq.use_label(label);
    }

    fn add_const(&mut self, value: ConstValue) -> u32 {
        self.unit().consts.add(value)
    }

    fn load_const(&mut self, value: ConstValue, loc: Location) {
        let i = self.add_const(value);
        self.addop(Opcode::LOAD_CONST, i, loc);
    }

    fn mangle(&self, name: &str) -> String {
        mangle(self.unit_ref().private.as_deref(), name)
    }

    fn add_name(&mut self, name: &str) -> u32 {
        let mangled = self.mangle(name);
        self.unit().names.add(&mangled)
    }

    /// `op` with a `co_names` operand; `method` asks for the method form of `LOAD_ATTR`.
    fn addop_name(&mut self, op: Opcode, name: &str, method: bool, loc: Location) {
        let mut arg = self.add_name(name);
        if op == Opcode::LOAD_ATTR {
            arg = arg << 1 | method as u32;
        }
        self.addop(op, arg, loc);
    }

    fn enter_nested(&mut self, span: Span) -> Result<()> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(too_deep(span));
        }
        Ok(())
    }

    fn push_fblock(
        &mut self,
        kind: FBlockType,
        block: Option<Label>,
        exit: Option<Label>,
        loc: Location,
        datum: FBlockDatum<'a>,
        span: Span,
    ) -> Result<()> {
        if self.unit_ref().fblocks.len() >= MAX_BLOCKS {
            return Err(self.error("too many statically nested blocks", span));
        }
        self.unit().fblocks.push(FBlock { kind, block, exit, loc, datum });
        Ok(())
    }

    fn pop_fblock(&mut self) {
        self.unit().fblocks.pop();
    }

    // ---- scopes ----------------------------------------------------------------------------

    /// Open a new code unit for scope `ste` (CPython's `_PyCompile_EnterScope` plus the
    /// `RESUME` that starts every code object).
    #[allow(clippy::too_many_arguments)]
    fn enter_scope(
        &mut self,
        name: &str,
        scope_type: ScopeType,
        ste: EntryId,
        lineno: i32,
        private: Option<String>,
        counts: (u32, u32, u32),
        span: Span,
    ) {
        let entry = self.st.entry(ste);
        let varnames = NameTable::from_names(entry.varnames.iter().cloned());
        let mut cells: Vec<String> = entry
            .symbols()
            .filter(|(_, s)| s.scope == Some(Scope::Cell) || s.flags & def::COMP_CELL != 0)
            .map(|(n, _)| n.to_string())
            .collect();
        cells.sort();
        let mut cellvars = NameTable::from_names(cells);
        if entry.needs_class_closure {
            cellvars.add("__class__");
        }
        let mut frees: Vec<String> = entry
            .symbols()
            .filter(|(_, s)| s.scope == Some(Scope::Free) || s.flags & def::FREE_CLASS != 0)
            .map(|(n, _)| n.to_string())
            .collect();
        frees.sort();
        let private = private.or_else(|| self.units.last().and_then(|u| u.private.clone()));
        let unit = CodeUnit {
            ste,
            scope_type,
            name: name.to_string(),
            qualname: name.to_string(),
            private,
            consts: Default::default(),
            names: NameTable::default(),
            varnames,
            cellvars,
            freevars: NameTable::from_names(frees),
            fasthidden: Default::default(),
            argcount: counts.0,
            posonlyargcount: counts.1,
            kwonlyargcount: counts.2,
            firstlineno: lineno,
            seq: Default::default(),
            fblocks: Vec::new(),
            in_inlined_comp: 0,
            static_attributes: (scope_type == ScopeType::Class).then(BTreeSet::new),
            span,
        };
        self.units.push(unit);
        if scope_type != ScopeType::Module {
            self.set_qualname();
        }
        let line = if scope_type == ScopeType::Module { 0 } else { lineno };
        self.addop(Opcode::RESUME, opc::RESUME_AT_FUNC_START, Location::line(line));
    }

    fn set_qualname(&mut self) {
        let n = self.units.len();
        let mut base = None;
        if n > 2 {
            let parent = &self.units[n - 2];
            let unit = &self.units[n - 1];
            let mut force_global = false;
            if matches!(unit.scope_type, ScopeType::Function | ScopeType::Class) {
                let mangled = mangle(parent.private.as_deref(), &unit.name);
                force_global = self.st.entry(parent.ste).scope_of(&mangled) == Some(Scope::GlobalExplicit);
            }
            if !force_global {
                base = Some(if matches!(parent.scope_type, ScopeType::Function | ScopeType::Lambda) {
                    format!("{}.<locals>", parent.qualname)
                } else {
                    parent.qualname.clone()
                });
            }
        }
        let unit = self.unit();
        unit.qualname = match base {
            Some(b) => format!("{b}.{}", unit.name),
            None => unit.name.clone(),
        };
    }

    fn code_flags(&self) -> u32 {
        let ste = self.ste();
        let mut flags = 0;
        if ste.is_function_like() {
            flags |= co_flags::NEWLOCALS | co_flags::OPTIMIZED;
            if ste.nested {
                flags |= co_flags::NESTED;
            }
            if ste.generator {
                flags |= co_flags::GENERATOR;
            }
            if ste.varargs {
                flags |= co_flags::VARARGS;
            }
            if ste.varkeywords {
                flags |= co_flags::VARKEYWORDS;
            }
            if ste.has_docstring {
                flags |= co_flags::HAS_DOCSTRING;
            }
            if ste.method {
                flags |= co_flags::METHOD;
            }
        }
        flags
    }

    /// Finish the current unit: add the implicit return, optimise, assemble, pool the code
    /// object and close the scope (CPython's `_PyCompile_OptimizeAndAssemble` +
    /// `_PyCompile_ExitScope`).
    fn finish_unit(&mut self, add_none: bool) -> Result<Finished> {
        if add_none {
            self.load_const(ConstValue::None, Location::NONE);
        }
        self.addop0(Opcode::RETURN_VALUE, Location::NONE);
        let flags = self.code_flags();
        let nparams = self.ste().varnames.len();
        let mut unit = self.units.pop().expect("finish_unit with an open unit");
        let info = flowgraph::UnitInfo {
            varnames: &unit.varnames.names,
            nparams,
            cellvars: &unit.cellvars.names,
            freevars: &unit.freevars.names,
            fasthidden: &unit.fasthidden,
            firstlineno: unit.firstlineno,
            flags,
        };
        let code = flowgraph::optimize_and_finalize(&unit.seq, &mut unit.consts, &info)
            .map_err(|e| SyntaxError::new(format!("internal compiler error: {e}"), unit.span))?;
        let assembled = assembler::assemble(&code.instrs, unit.firstlineno);
        let consts: Vec<u32> = unit.consts.values.iter().map(|v| self.pool.intern(v)).collect();
        let data = CodeData {
            name: unit.name.clone(),
            qualname: unit.qualname.clone(),
            filename: self.filename.to_string(),
            firstlineno: unit.firstlineno.max(0) as u32,
            argcount: unit.argcount,
            posonlyargcount: unit.posonlyargcount,
            kwonlyargcount: unit.kwonlyargcount,
            flags,
            code: assembled.code,
            consts,
            names: unit.names.names.clone(),
            localsplusnames: code.localsplusnames,
            localspluskinds: code.localspluskinds,
            stacksize: code.stackdepth,
            positions: assembled.positions,
            exception_table: assembled.exception_table,
            span: unit.span,
        };
        let freevars = unit.freevars.names.clone();
        let pool_index = self.pool.add_code(data);
        Ok(Finished { pool_index, freevars })
    }

    // ---- top level -------------------------------------------------------------------------

    /// Compile a module (or, when interactive, one REPL input) to its code object.
    pub fn compile_module(mut self, module: &'a Module) -> Result<(ConstPool, CodeData)> {
        let top = self.st.top;
        let span = module.body.first().map(|s| s.span).unwrap_or_default();
        self.enter_scope("<module>", ScopeType::Module, top, 1, None, (0, 0, 0), span);
        let start = match module.body.first() {
            Some(s) => self.loc(s.span),
            None => Location::line(1),
        };
        let interactive = self.interactive;
        self.body(start, &module.body, interactive)?;
        let finished = self.finish_unit(true)?;
        Ok(self.take_top(finished))
    }

    /// Compile a single expression (`eval` mode): its code returns the value.
    pub fn compile_expression(mut self, expr: &'a Expr) -> Result<(ConstPool, CodeData)> {
        let top = self.st.top;
        self.enter_scope("<module>", ScopeType::Module, top, 1, None, (0, 0, 0), expr.span);
        self.visit_expr(expr)?;
        let finished = self.finish_unit(false)?;
        Ok(self.take_top(finished))
    }

    fn take_top(mut self, finished: Finished) -> (ConstPool, CodeData) {
        let top = self.pool.constants.pop();
        debug_assert_eq!(finished.pool_index as usize, self.pool.constants.len());
        match top {
            Some(crate::bytecode::code::Constant::Code(code)) => (self.pool, *code),
            _ => unreachable!("the top code object is the last pool entry"),
        }
    }

    /// A module or class body: `SETUP_ANNOTATIONS` if needed, the docstring, the statements.
    fn body(&mut self, loc: Location, stmts: &'a [Stmt], interactive: bool) -> Result<()> {
        if find_ann(stmts) {
            self.addop0(Opcode::SETUP_ANNOTATIONS, loc);
        }
        let mut first = 0;
        if !interactive {
            if let Some(doc) = docstring(stmts) {
                first = 1;
                let loc = match &stmts[0].kind {
                    StmtKind::Expr(e) => self.loc(e.span),
                    _ => loc,
                };
                self.load_const(ConstValue::Str(clean_doc(doc)), loc);
                self.nameop("__doc__", NameCtx::Store, Location::NONE, stmts[0].span)?;
            }
        }
        for s in &stmts[first..] {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    // ---- names -----------------------------------------------------------------------------

    /// CPython's `codegen_nameop`: load, store or delete a name with the right instruction
    /// for its scope.
    fn nameop(&mut self, name: &str, ctx: NameCtx, loc: Location, span: Span) -> Result<()> {
        if ctx == NameCtx::Load && name == "__debug__" {
            self.load_const(ConstValue::Bool(true), loc);
            return Ok(());
        }
        let mangled = self.mangle(name);
        let ste = self.ste();
        let scope = ste.scope_of(&mangled);
        let function_like = ste.is_function_like();
        let is_class = ste.block == BlockType::Class;
        enum Kind {
            Fast,
            Deref(u32),
            Global,
            Name,
        }
        let kind =
            match scope {
                Some(Scope::Free) => Kind::Deref(self.unit_ref().free_index(&mangled).ok_or_else(|| {
                    self.error(format!("internal: free variable '{name}' has no slot"), span)
                })?),
                Some(Scope::Cell) => Kind::Deref(self.unit_ref().cell_index(&mangled).ok_or_else(|| {
                    self.error(format!("internal: cell variable '{name}' has no slot"), span)
                })?),
                Some(Scope::Local) => {
                    if function_like || self.unit_ref().fasthidden.get(&mangled) == Some(&true) {
                        Kind::Fast
                    } else {
                        Kind::Name
                    }
                }
                Some(Scope::GlobalImplicit) if function_like => Kind::Global,
                Some(Scope::GlobalExplicit) => Kind::Global,
                _ => Kind::Name,
            };
        match kind {
            Kind::Fast => {
                let i = self.unit().varnames.add(&mangled);
                let op = match ctx {
                    NameCtx::Load => Opcode::LOAD_FAST,
                    NameCtx::Store => Opcode::STORE_FAST,
                    NameCtx::Del => Opcode::DELETE_FAST,
                };
                self.addop(op, i, loc);
            }
            Kind::Deref(i) => {
                let op = match ctx {
                    NameCtx::Load => {
                        if is_class && self.unit_ref().in_inlined_comp == 0 {
                            self.addop0(Opcode::LOAD_LOCALS, loc);
                            Opcode::LOAD_FROM_DICT_OR_DEREF
                        } else {
                            Opcode::LOAD_DEREF
                        }
                    }
                    NameCtx::Store => Opcode::STORE_DEREF,
                    NameCtx::Del => Opcode::DELETE_DEREF,
                };
                self.addop(op, i, loc);
            }
            Kind::Global => {
                let i = self.unit().names.add(&mangled);
                match ctx {
                    NameCtx::Load => self.addop(Opcode::LOAD_GLOBAL, i << 1, loc),
                    NameCtx::Store => self.addop(Opcode::STORE_GLOBAL, i, loc),
                    NameCtx::Del => self.addop(Opcode::DELETE_GLOBAL, i, loc),
                }
            }
            Kind::Name => {
                let i = self.unit().names.add(&mangled);
                match ctx {
                    NameCtx::Load => {
                        if is_class && self.unit_ref().in_inlined_comp > 0 {
                            self.addop(Opcode::LOAD_GLOBAL, i << 1, loc)
                        } else {
                            self.addop(Opcode::LOAD_NAME, i, loc)
                        }
                    }
                    NameCtx::Store => self.addop(Opcode::STORE_NAME, i, loc),
                    NameCtx::Del => self.addop(Opcode::DELETE_NAME, i, loc),
                }
            }
        }
        Ok(())
    }

    /// Whether `e` is a name bound by an import at module level (CPython's
    /// `is_import_originated`): such objects get a plain `LOAD_ATTR` for method calls.
    fn is_import_originated(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Name(n) => self.st.entry(self.st.top).flags(n) & def::IMPORT != 0,
            _ => false,
        }
    }

    // ---- statements ------------------------------------------------------------------------

    fn visit_body(&mut self, stmts: &'a [Stmt]) -> Result<()> {
        stmts.iter().try_for_each(|s| self.visit_stmt(s))
    }

    fn visit_stmt(&mut self, s: &'a Stmt) -> Result<()> {
        self.enter_nested(s.span)?;
        let r = self.visit_stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn visit_stmt_inner(&mut self, s: &'a Stmt) -> Result<()> {
        let loc = self.loc(s.span);
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(s, f),
            StmtKind::ClassDef(c) => self.class_def(s, c),
            StmtKind::Return(value) => self.return_stmt(s, value.as_ref()),
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.visit_del(t)),
            StmtKind::Assign { targets, value } => {
                self.visit_expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.addop(Opcode::COPY, 1, loc);
                    }
                    self.visit_store(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(s, target, *op, value),
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                self.ann_assign(s, target, annotation, value.as_ref(), *simple)
            }
            StmtKind::For { target, iter, body, orelse } => self.for_stmt(s, target, iter, body, orelse),
            StmtKind::While { test, body, orelse } => self.while_stmt(s, test, body, orelse),
            StmtKind::If { test, body, orelse } => {
                let end = self.new_label();
                let next = if orelse.is_empty() { end } else { self.new_label() };
                self.jump_if(loc, test, next, false)?;
                self.visit_body(body)?;
                if !orelse.is_empty() {
                    self.jump(Opcode::JUMP_NO_INTERRUPT, end, Location::NONE);
                    self.use_label(next);
                    self.visit_body(orelse)?;
                }
                self.use_label(end);
                Ok(())
            }
            StmtKind::With { items, body } => self.with_stmt(s, items, 0, body),
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                    n += 1;
                    if let Some(c) = cause {
                        self.visit_expr(c)?;
                        n += 1;
                    }
                }
                self.addop(Opcode::RAISE_VARARGS, n, loc);
                Ok(())
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                if finalbody.is_empty() {
                    self.try_except(s, body, handlers, orelse)
                } else {
                    self.try_finally(s, body, handlers, orelse, finalbody)
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(loc, test, end, true)?;
                self.addop(Opcode::LOAD_COMMON_CONSTANT, opc::CONSTANT_ASSERTIONERROR, loc);
                if let Some(m) = msg {
                    self.visit_expr(m)?;
                    self.addop(Opcode::CALL, 0, loc);
                }
                let test_loc = self.loc(test.span);
                self.addop(Opcode::RAISE_VARARGS, 1, test_loc);
                self.use_label(end);
                Ok(())
            }
            StmtKind::Import(names) => {
                for alias in names {
                    self.load_const(ConstValue::Int(0.into()), loc);
                    self.load_const(ConstValue::None, loc);
                    self.addop_name(Opcode::IMPORT_NAME, &alias.name, false, loc);
                    match &alias.asname {
                        Some(asname) => self.import_as(loc, &alias.name, asname, s.span)?,
                        None => {
                            let store = alias.name.split('.').next().unwrap_or(&alias.name);
                            self.nameop(store, NameCtx::Store, loc, s.span)?;
                        }
                    }
                }
                Ok(())
            }
            StmtKind::ImportFrom { module, names, level } => {
                self.load_const(ConstValue::Int((*level).into()), loc);
                let fromlist = names.iter().map(|a| ConstValue::Str(a.name.clone())).collect();
                self.load_const(ConstValue::Tuple(fromlist), loc);
                self.addop_name(Opcode::IMPORT_NAME, module.as_deref().unwrap_or(""), false, loc);
                for (i, alias) in names.iter().enumerate() {
                    if i == 0 && alias.name == "*" {
                        self.addop(Opcode::CALL_INTRINSIC_1, opc::INTRINSIC_IMPORT_STAR, loc);
                        self.addop0(Opcode::POP_TOP, Location::NONE);
                        return Ok(());
                    }
                    self.addop_name(Opcode::IMPORT_FROM, &alias.name, false, loc);
                    let store = alias.asname.as_deref().unwrap_or(&alias.name);
                    self.nameop(store, NameCtx::Store, loc, s.span)?;
                }
                self.addop0(Opcode::POP_TOP, loc);
                Ok(())
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => Ok(()),
            StmtKind::Expr(value) => {
                if self.interactive && self.units.len() == 1 {
                    self.visit_expr(value)?;
                    self.addop(Opcode::CALL_INTRINSIC_1, opc::INTRINSIC_PRINT, loc);
                    self.addop0(Opcode::POP_TOP, Location::NONE);
                } else if is_const(value) {
                    self.addop0(Opcode::NOP, loc);
                } else {
                    self.visit_expr(value)?;
                    self.addop0(Opcode::POP_TOP, Location::NONE);
                }
                Ok(())
            }
            StmtKind::Pass => {
                self.addop0(Opcode::NOP, loc);
                Ok(())
            }
            StmtKind::Break => self.break_stmt(s),
            StmtKind::Continue => self.continue_stmt(s),
        }
    }

    fn import_as(&mut self, loc: Location, name: &str, asname: &str, span: Span) -> Result<()> {
        let parts: Vec<&str> = name.split('.').collect();
        if parts.len() > 1 {
            for (i, attr) in parts[1..].iter().enumerate() {
                self.addop_name(Opcode::IMPORT_FROM, attr, false, loc);
                if i + 2 < parts.len() {
                    self.addop(Opcode::SWAP, 2, loc);
                    self.addop0(Opcode::POP_TOP, loc);
                }
            }
            self.nameop(asname, NameCtx::Store, loc, span)?;
            self.addop0(Opcode::POP_TOP, loc);
            return Ok(());
        }
        self.nameop(asname, NameCtx::Store, loc, span)
    }

    fn decorators(&mut self, decos: &'a [Expr]) -> Result<()> {
        decos.iter().try_for_each(|d| self.visit_expr(d))
    }

    fn apply_decorators(&mut self, decos: &'a [Expr]) {
        for d in decos.iter().rev() {
            let loc = self.loc(d.span);
            self.addop(Opcode::CALL, 0, loc);
        }
    }

    /// Push the defaults tuple and keyword-only defaults dict; returns the
    /// `SET_FUNCTION_ATTRIBUTE` flags they need.
    fn default_arguments(&mut self, loc: Location, args: &'a Arguments) -> Result<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.visit_expr(d)?;
            }
            self.addop(Opcode::BUILD_TUPLE, args.defaults.len() as u32, loc);
            flags |= opc::MAKE_FUNCTION_DEFAULTS;
        }
        let mut count = 0;
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = default {
                count += 1;
                let mangled = self.mangle(&arg.name);
                self.load_const(ConstValue::Str(mangled), loc);
                self.visit_expr(d)?;
            }
        }
        if count > 0 {
            self.addop(Opcode::BUILD_MAP, count, loc);
            flags |= opc::MAKE_FUNCTION_KWDEFAULTS;
        }
        Ok(flags)
    }

    /// Evaluate parameter annotations into a dict, eagerly (3.11-style); returns the
    /// `SET_FUNCTION_ATTRIBUTE` flag if there are any.
    fn function_annotations(
        &mut self,
        loc: Location,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
    ) -> Result<u32> {
        let mut n = 0;
        let ordered = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for arg in ordered {
            if let Some(a) = &arg.annotation {
                let mangled = self.mangle(&arg.name);
                self.load_const(ConstValue::Str(mangled), loc);
                self.visit_annotation(a)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(ConstValue::Str("return".into()), loc);
            self.visit_annotation(r)?;
            n += 1;
        }
        if n == 0 {
            return Ok(0);
        }
        self.addop(Opcode::BUILD_MAP, n, loc);
        Ok(opc::MAKE_FUNCTION_ANNOTATIONS)
    }

    fn visit_annotation(&mut self, a: &'a Expr) -> Result<()> {
        if let ExprKind::Starred(inner) = &a.kind {
            self.visit_expr(inner)?;
            let loc = self.loc(a.span);
            self.addop(Opcode::UNPACK_SEQUENCE, 1, loc);
            return Ok(());
        }
        self.visit_expr(a)
    }

    /// Create a function from a finished code object: closure cells, `MAKE_FUNCTION`, then
    /// the attributes pushed before it (CPython's `codegen_make_closure`).
    fn make_closure(&mut self, loc: Location, code: &Finished, mut flags: u32, span: Span) -> Result<()> {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let unit = self.unit_ref();
                let is_cell = (unit.scope_type == ScopeType::Class && name == "__class__")
                    || self.ste().scope_of(name) == Some(Scope::Cell);
                let arg = if is_cell { unit.cell_index(name) } else { unit.free_index(name) };
                let arg =
                    arg.ok_or_else(|| self.error(format!("internal: no closure slot for '{name}'"), span))?;
                self.addop(Opcode::LOAD_CLOSURE, arg, loc);
            }
            flags |= opc::MAKE_FUNCTION_CLOSURE;
            self.addop(Opcode::BUILD_TUPLE, code.freevars.len() as u32, loc);
        }
        self.load_const(ConstValue::Code(code.pool_index), loc);
        self.addop0(Opcode::MAKE_FUNCTION, loc);
        for flag in [
            opc::MAKE_FUNCTION_CLOSURE,
            opc::MAKE_FUNCTION_ANNOTATIONS,
            opc::MAKE_FUNCTION_KWDEFAULTS,
            opc::MAKE_FUNCTION_DEFAULTS,
        ] {
            if flags & flag != 0 {
                self.addop(Opcode::SET_FUNCTION_ATTRIBUTE, flag, loc);
            }
        }
        Ok(())
    }

    fn function_def(&mut self, s: &'a Stmt, f: &'a crate::syntax::ast::FunctionDef) -> Result<()> {
        self.decorators(&f.decorator_list)?;
        let firstlineno = match f.decorator_list.first() {
            Some(d) => self.loc(d.span).line,
            None => self.loc(s.span).line,
        };
        let loc = self.loc(s.span);
        let mut flags = self.default_arguments(loc, &f.args)?;
        flags |= self.function_annotations(loc, &f.args, f.returns.as_ref())?;
        let ste =
            self.st.entry_for(s).ok_or_else(|| self.error("internal: no scope for function", s.span))?;
        let counts =
            (f.args.args.len() as u32, f.args.posonlyargs.len() as u32, f.args.kwonlyargs.len() as u32);
        let counts = (counts.0 + counts.1, counts.1, counts.2);
        self.enter_scope(&f.name, ScopeType::Function, ste, firstlineno, None, counts, s.span);
        let mut first = 0;
        if let Some(doc) = docstring(&f.body) {
            first = 1;
            self.add_const(ConstValue::Str(clean_doc(doc)));
        }
        let start = self.new_label();
        self.use_label(start);
        let generator = self.ste().generator;
        if generator {
            self.push_fblock(
                FBlockType::StopIteration,
                Some(start),
                None,
                Location::NONE,
                FBlockDatum::None,
                s.span,
            )?;
        }
        for stmt in &f.body[first..] {
            self.visit_stmt(stmt)?;
        }
        if generator {
            self.wrap_in_stopiteration_handler();
            self.pop_fblock();
        }
        let code = self.finish_unit(true)?;
        self.make_closure(loc, &code, flags, s.span)?;
        self.apply_decorators(&f.decorator_list);
        self.nameop(&f.name, NameCtx::Store, loc, s.span)
    }

    /// Generators and generator expressions turn a `StopIteration` escaping their body into
    /// `RuntimeError` (PEP 479): protect the whole body with a handler.
    fn wrap_in_stopiteration_handler(&mut self) {
        let handler = self.new_label();
        self.unit().seq.insert(0, Instr { op: Opcode::SETUP_CLEANUP, oparg: handler.0, loc: Location::NONE });
        self.load_const(ConstValue::None, Location::NONE);
        self.addop0(Opcode::RETURN_VALUE, Location::NONE);
        self.use_label(handler);
        self.addop(Opcode::CALL_INTRINSIC_1, opc::INTRINSIC_STOPITERATION_ERROR, Location::NONE);
        self.addop(Opcode::RERAISE, 1, Location::NONE);
    }

    fn class_def(&mut self, s: &'a Stmt, c: &'a crate::syntax::ast::ClassDef) -> Result<()> {
        self.decorators(&c.decorator_list)?;
        let firstlineno = match c.decorator_list.first() {
            Some(d) => self.loc(d.span).line,
            None => self.loc(s.span).line,
        };
        let ste = self.st.entry_for(s).ok_or_else(|| self.error("internal: no scope for class", s.span))?;
        self.enter_scope(
            &c.name,
            ScopeType::Class,
            ste,
            firstlineno,
            Some(c.name.clone()),
            (0, 0, 0),
            s.span,
        );
        let loc = Location { line: firstlineno, end_line: firstlineno, col: 0, end_col: 0 };
        self.nameop("__name__", NameCtx::Load, loc, s.span)?;
        self.nameop("__module__", NameCtx::Store, loc, s.span)?;
        let qualname = self.unit_ref().qualname.clone();
        self.load_const(ConstValue::Str(qualname), loc);
        self.nameop("__qualname__", NameCtx::Store, loc, s.span)?;
        self.load_const(ConstValue::Int(firstlineno.into()), loc);
        self.nameop("__firstlineno__", NameCtx::Store, loc, s.span)?;
        self.body(loc, &c.body, false)?;
        let attrs: Vec<ConstValue> =
            self.unit_ref().static_attributes.iter().flatten().map(|a| ConstValue::Str(a.clone())).collect();
        self.load_const(ConstValue::Tuple(attrs), Location::NONE);
        self.nameop("__static_attributes__", NameCtx::Store, Location::NONE, s.span)?;
        if self.ste().needs_class_closure {
            let i = self.unit_ref().cell_index("__class__").unwrap_or(0);
            self.addop(Opcode::LOAD_CLOSURE, i, Location::NONE);
            self.addop(Opcode::COPY, 1, Location::NONE);
            self.nameop("__classcell__", NameCtx::Store, Location::NONE, s.span)?;
        } else {
            self.load_const(ConstValue::None, Location::NONE);
        }
        self.addop0(Opcode::RETURN_VALUE, Location::NONE);
        let code = self.finish_unit(true)?;
        let loc = self.loc(s.span);
        self.addop0(Opcode::LOAD_BUILD_CLASS, loc);
        self.addop0(Opcode::PUSH_NULL, loc);
        self.make_closure(loc, &code, 0, s.span)?;
        self.load_const(ConstValue::Str(c.name.clone()), loc);
        self.call_helper(loc, 2, &c.bases, &c.keywords)?;
        self.apply_decorators(&c.decorator_list);
        self.nameop(&c.name, NameCtx::Store, loc, s.span)
    }

    fn return_stmt(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> Result<()> {
        let mut loc = self.loc(s.span);
        if !self.ste().is_function_like() {
            return Err(self.error("'return' outside function", s.span));
        }
        let preserve_tos = value.is_some_and(|v| !is_const(v));
        if preserve_tos {
            self.visit_expr(value.expect("checked above"))?;
        } else if let Some(v) = value {
            let vloc = self.loc(v.span);
            self.addop0(Opcode::NOP, vloc);
        }
        if value.is_none_or(|v| self.loc(v.span).line != loc.line) {
            self.addop0(Opcode::NOP, loc);
        }
        self.unwind_fblock_stack(&mut loc, preserve_tos, false, s.span)?;
        match value {
            None => self.load_const(ConstValue::None, loc),
            Some(v) if !preserve_tos => {
                if let ExprKind::Constant(c) = &v.kind {
                    self.load_const(ConstValue::from_ast(c), loc);
                }
            }
            _ => {}
        }
        self.addop0(Opcode::RETURN_VALUE, loc);
        Ok(())
    }

    fn break_stmt(&mut self, s: &'a Stmt) -> Result<()> {
        let mut loc = self.loc(s.span);
        self.addop0(Opcode::NOP, loc);
        let Some(lp) = self.unwind_fblock_stack(&mut loc, false, true, s.span)? else {
            return Err(self.error("'break' outside loop", s.span));
        };
        self.unwind_fblock(&lp, &mut loc, false, s.span)?;
        let exit = lp.exit.expect("loops have an exit label");
        self.jump(Opcode::JUMP, exit, loc);
        Ok(())
    }

    fn continue_stmt(&mut self, s: &'a Stmt) -> Result<()> {
        let mut loc = self.loc(s.span);
        self.addop0(Opcode::NOP, loc);
        let Some(lp) = self.unwind_fblock_stack(&mut loc, false, true, s.span)? else {
            return Err(self.error("'continue' not properly in loop", s.span));
        };
        let start = lp.block.expect("loops have a start label");
        self.jump(Opcode::JUMP, start, loc);
        Ok(())
    }

    /// Emit the code that leaves frame block `info` (CPython's `codegen_unwind_fblock`).
    fn unwind_fblock(
        &mut self,
        info: &FBlock<'a>,
        loc: &mut Location,
        preserve_tos: bool,
        span: Span,
    ) -> Result<()> {
        match info.kind {
            FBlockType::WhileLoop | FBlockType::ExceptionHandler | FBlockType::StopIteration => {}
            FBlockType::ForLoop => {
                if preserve_tos {
                    self.addop(Opcode::SWAP, 2, *loc);
                }
                self.addop0(Opcode::POP_TOP, *loc);
            }
            FBlockType::TryExcept => self.addop0(Opcode::POP_BLOCK, *loc),
            FBlockType::FinallyTry => {
                self.addop0(Opcode::POP_BLOCK, *loc);
                if preserve_tos {
                    self.push_fblock(FBlockType::PopValue, None, None, *loc, FBlockDatum::None, span)?;
                }
                if let FBlockDatum::FinalBody(body) = info.datum {
                    self.visit_body(body)?;
                }
                if preserve_tos {
                    self.pop_fblock();
                }
                *loc = Location::NONE;
            }
            FBlockType::FinallyEnd => {
                if preserve_tos {
                    self.addop(Opcode::SWAP, 2, *loc);
                }
                self.addop0(Opcode::POP_TOP, *loc);
                if preserve_tos {
                    self.addop(Opcode::SWAP, 2, *loc);
                }
                self.addop0(Opcode::POP_BLOCK, *loc);
                self.addop0(Opcode::POP_EXCEPT, *loc);
            }
            FBlockType::With => {
                *loc = info.loc;
                self.addop0(Opcode::POP_BLOCK, *loc);
                if preserve_tos {
                    self.addop(Opcode::SWAP, 3, *loc);
                    self.addop(Opcode::SWAP, 2, *loc);
                }
                self.call_exit_with_nones(*loc);
                self.addop0(Opcode::POP_TOP, *loc);
                *loc = Location::NONE;
            }
            FBlockType::HandlerCleanup => {
                let name = match info.datum {
                    FBlockDatum::Name(n) => Some(n),
                    _ => None,
                };
                if name.is_some() {
                    self.addop0(Opcode::POP_BLOCK, *loc);
                }
                if preserve_tos {
                    self.addop(Opcode::SWAP, 2, *loc);
                }
                self.addop0(Opcode::POP_BLOCK, *loc);
                self.addop0(Opcode::POP_EXCEPT, *loc);
                if let Some(n) = name {
                    self.load_const(ConstValue::None, *loc);
                    self.nameop(n, NameCtx::Store, *loc, span)?;
                    self.nameop(n, NameCtx::Del, *loc, span)?;
                }
            }
            FBlockType::PopValue => {
                if preserve_tos {
                    self.addop(Opcode::SWAP, 2, *loc);
                }
                self.addop0(Opcode::POP_TOP, *loc);
            }
        }
        Ok(())
    }

    /// Unwind every frame block up to the innermost loop (when `stop_at_loop`) or all of
    /// them; returns the loop it stopped at.
    fn unwind_fblock_stack(
        &mut self,
        loc: &mut Location,
        preserve_tos: bool,
        stop_at_loop: bool,
        span: Span,
    ) -> Result<Option<FBlock<'a>>> {
        let Some(top) = self.unit_ref().fblocks.last().copied() else { return Ok(None) };
        if stop_at_loop && matches!(top.kind, FBlockType::WhileLoop | FBlockType::ForLoop) {
            return Ok(Some(top));
        }
        self.unit().fblocks.pop();
        let result = self
            .unwind_fblock(&top, loc, preserve_tos, span)
            .and_then(|()| self.unwind_fblock_stack(loc, preserve_tos, stop_at_loop, span));
        self.unit().fblocks.push(top);
        result
    }

    fn call_exit_with_nones(&mut self, loc: Location) {
        for _ in 0..3 {
            self.load_const(ConstValue::None, loc);
        }
        self.addop(Opcode::CALL, 3, loc);
    }

    fn for_stmt(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> Result<()> {
        let loc = self.loc(s.span);
        let start = self.new_label();
        let body_label = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.push_fblock(FBlockType::ForLoop, Some(start), Some(end), loc, FBlockDatum::None, s.span)?;
        self.visit_expr(iter)?;
        let iter_loc = self.loc(iter.span);
        self.addop0(Opcode::GET_ITER, iter_loc);
        self.use_label(start);
        self.jump(Opcode::FOR_ITER, cleanup, iter_loc);
        let target_loc = self.loc(target.span);
        self.addop0(Opcode::NOP, target_loc);
        self.use_label(body_label);
        self.visit_store(target)?;
        self.visit_body(body)?;
        self.jump(Opcode::JUMP, start, Location::NONE);
        self.use_label(cleanup);
        self.addop0(Opcode::END_FOR, Location::NONE);
        self.addop0(Opcode::POP_ITER, Location::NONE);
        self.pop_fblock();
        self.visit_body(orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn while_stmt(
        &mut self,
        s: &'a Stmt,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> Result<()> {
        let loc = self.loc(s.span);
        let lp = self.new_label();
        let end = self.new_label();
        let anchor = self.new_label();
        self.use_label(lp);
        self.push_fblock(FBlockType::WhileLoop, Some(lp), Some(end), loc, FBlockDatum::None, s.span)?;
        self.jump_if(loc, test, anchor, false)?;
        self.visit_body(body)?;
        self.jump(Opcode::JUMP, lp, Location::NONE);
        self.pop_fblock();
        self.use_label(anchor);
        self.visit_body(orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn try_finally(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [crate::syntax::ast::ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> Result<()> {
        let loc = self.loc(s.span);
        let body_label = self.new_label();
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.jump(Opcode::SETUP_FINALLY, end, loc);
        self.use_label(body_label);
        self.push_fblock(
            FBlockType::FinallyTry,
            Some(body_label),
            Some(end),
            loc,
            FBlockDatum::FinalBody(finalbody),
            s.span,
        )?;
        if handlers.is_empty() {
            self.visit_body(body)?;
        } else {
            self.try_except(s, body, handlers, orelse)?;
        }
        self.addop0(Opcode::POP_BLOCK, Location::NONE);
        self.pop_fblock();
        self.visit_body(finalbody)?;
        self.jump(Opcode::JUMP_NO_INTERRUPT, exit, Location::NONE);

        self.use_label(end);
        self.jump(Opcode::SETUP_CLEANUP, cleanup, Location::NONE);
        self.addop0(Opcode::PUSH_EXC_INFO, Location::NONE);
        self.push_fblock(FBlockType::FinallyEnd, Some(end), None, Location::NONE, FBlockDatum::None, s.span)?;
        self.visit_body(finalbody)?;
        self.pop_fblock();
        self.addop(Opcode::RERAISE, 0, Location::NONE);
        self.use_label(cleanup);
        self.pop_except_and_reraise(Location::NONE);
        self.use_label(exit);
        Ok(())
    }

    fn pop_except_and_reraise(&mut self, loc: Location) {
        self.addop(Opcode::COPY, 3, loc);
        self.addop0(Opcode::POP_EXCEPT, loc);
        self.addop(Opcode::RERAISE, 1, loc);
    }

    fn try_except(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [crate::syntax::ast::ExceptHandler],
        orelse: &'a [Stmt],
    ) -> Result<()> {
        let loc = self.loc(s.span);
        let body_label = self.new_label();
        let mut except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.jump(Opcode::SETUP_FINALLY, except, loc);
        self.use_label(body_label);
        self.push_fblock(FBlockType::TryExcept, Some(body_label), None, loc, FBlockDatum::None, s.span)?;
        self.visit_body(body)?;
        self.pop_fblock();
        self.addop0(Opcode::POP_BLOCK, Location::NONE);
        self.visit_body(orelse)?;
        self.jump(Opcode::JUMP_NO_INTERRUPT, end, Location::NONE);
        self.use_label(except);
        self.jump(Opcode::SETUP_CLEANUP, cleanup, Location::NONE);
        self.addop0(Opcode::PUSH_EXC_INFO, Location::NONE);
        self.push_fblock(FBlockType::ExceptionHandler, None, None, loc, FBlockDatum::None, s.span)?;
        let n = handlers.len();
        for (i, handler) in handlers.iter().enumerate() {
            let hloc = self.loc(handler.span);
            if handler.typ.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last", handler.span));
            }
            except = self.new_label();
            if let Some(t) = &handler.typ {
                self.visit_expr(t)?;
                self.addop0(Opcode::CHECK_EXC_MATCH, hloc);
                self.jump(Opcode::POP_JUMP_IF_FALSE, except, hloc);
            }
            if let Some(name) = &handler.name {
                let cleanup_end = self.new_label();
                let cleanup_body = self.new_label();
                self.nameop(name, NameCtx::Store, hloc, handler.span)?;
                self.jump(Opcode::SETUP_CLEANUP, cleanup_end, hloc);
                self.use_label(cleanup_body);
                self.push_fblock(
                    FBlockType::HandlerCleanup,
                    Some(cleanup_body),
                    None,
                    hloc,
                    FBlockDatum::Name(name),
                    handler.span,
                )?;
                self.visit_body(&handler.body)?;
                self.pop_fblock();
                self.addop0(Opcode::POP_BLOCK, Location::NONE);
                self.addop0(Opcode::POP_BLOCK, Location::NONE);
                self.addop0(Opcode::POP_EXCEPT, Location::NONE);
                self.load_const(ConstValue::None, Location::NONE);
                self.nameop(name, NameCtx::Store, Location::NONE, handler.span)?;
                self.nameop(name, NameCtx::Del, Location::NONE, handler.span)?;
                self.jump(Opcode::JUMP_NO_INTERRUPT, end, Location::NONE);
                self.use_label(cleanup_end);
                self.load_const(ConstValue::None, Location::NONE);
                self.nameop(name, NameCtx::Store, Location::NONE, handler.span)?;
                self.nameop(name, NameCtx::Del, Location::NONE, handler.span)?;
                self.addop(Opcode::RERAISE, 1, Location::NONE);
            } else {
                let cleanup_body = self.new_label();
                self.addop0(Opcode::POP_TOP, hloc);
                self.use_label(cleanup_body);
                self.push_fblock(
                    FBlockType::HandlerCleanup,
                    Some(cleanup_body),
                    None,
                    hloc,
                    FBlockDatum::None,
                    handler.span,
                )?;
                self.visit_body(&handler.body)?;
                self.pop_fblock();
                self.addop0(Opcode::POP_BLOCK, Location::NONE);
                self.addop0(Opcode::POP_EXCEPT, Location::NONE);
                self.jump(Opcode::JUMP_NO_INTERRUPT, end, Location::NONE);
            }
            self.use_label(except);
        }
        self.pop_fblock();
        self.addop(Opcode::RERAISE, 0, Location::NONE);
        self.use_label(cleanup);
        self.pop_except_and_reraise(Location::NONE);
        self.use_label(end);
        Ok(())
    }

    fn with_stmt(&mut self, s: &'a Stmt, items: &'a [WithItem], pos: usize, body: &'a [Stmt]) -> Result<()> {
        let item = &items[pos];
        let block = self.new_label();
        let final_label = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.visit_expr(&item.context_expr)?;
        let loc = self.loc(item.context_expr.span);
        self.addop(Opcode::COPY, 1, loc);
        self.addop(Opcode::LOAD_SPECIAL, opc::SPECIAL_EXIT, loc);
        self.addop(Opcode::SWAP, 2, loc);
        self.addop(Opcode::SWAP, 3, loc);
        self.addop(Opcode::LOAD_SPECIAL, opc::SPECIAL_ENTER, loc);
        self.addop(Opcode::CALL, 0, loc);
        self.jump(Opcode::SETUP_WITH, final_label, loc);
        self.use_label(block);
        self.push_fblock(FBlockType::With, Some(block), Some(final_label), loc, FBlockDatum::None, s.span)?;
        match &item.optional_vars {
            Some(v) => self.visit_store(v)?,
            None => self.addop0(Opcode::POP_TOP, loc),
        }
        if pos + 1 == items.len() {
            self.visit_body(body)?;
        } else {
            self.with_stmt(s, items, pos + 1, body)?;
        }
        self.addop0(Opcode::POP_BLOCK, Location::NONE);
        self.pop_fblock();
        self.call_exit_with_nones(loc);
        self.addop0(Opcode::POP_TOP, loc);
        self.jump(Opcode::JUMP, exit, loc);
        self.use_label(final_label);
        self.jump(Opcode::SETUP_CLEANUP, cleanup, loc);
        self.addop0(Opcode::PUSH_EXC_INFO, loc);
        self.addop0(Opcode::WITH_EXCEPT_START, loc);
        self.with_except_finish(cleanup);
        self.use_label(exit);
        Ok(())
    }

    fn with_except_finish(&mut self, cleanup: Label) {
        let none = Location::NONE;
        let suppress = self.new_label();
        self.addop0(Opcode::TO_BOOL, none);
        self.jump(Opcode::POP_JUMP_IF_TRUE, suppress, none);
        self.addop(Opcode::RERAISE, 2, none);
        self.use_label(suppress);
        self.addop0(Opcode::POP_TOP, none);
        self.addop0(Opcode::POP_BLOCK, none);
        self.addop0(Opcode::POP_EXCEPT, none);
        self.addop0(Opcode::POP_TOP, none);
        self.addop0(Opcode::POP_TOP, none);
        self.addop0(Opcode::POP_TOP, none);
        let exit = self.new_label();
        self.jump(Opcode::JUMP_NO_INTERRUPT, exit, none);
        self.use_label(cleanup);
        self.pop_except_and_reraise(none);
        self.use_label(exit);
    }

    fn aug_assign(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        op: crate::syntax::ast::Operator,
        value: &'a Expr,
    ) -> Result<()> {
        let tloc = self.loc(target.span);
        match &target.kind {
            ExprKind::Attribute { value: obj, attr } => {
                self.visit_expr(obj)?;
                self.addop(Opcode::COPY, 1, tloc);
                let aloc = self.attr_loc(tloc, target, attr);
                self.addop_name(Opcode::LOAD_ATTR, attr, false, aloc);
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.visit_expr(obj)?;
                if two_element_slice(slice) {
                    self.slice_two_parts(slice)?;
                    self.addop(Opcode::COPY, 3, tloc);
                    self.addop(Opcode::COPY, 3, tloc);
                    self.addop(Opcode::COPY, 3, tloc);
                    self.addop0(Opcode::BINARY_SLICE, tloc);
                } else {
                    self.visit_expr(slice)?;
                    self.addop(Opcode::COPY, 2, tloc);
                    self.addop(Opcode::COPY, 2, tloc);
                    self.addop(Opcode::BINARY_OP, opc::NB_SUBSCR, tloc);
                }
            }
            ExprKind::Name(n) => self.nameop(n, NameCtx::Load, tloc, target.span)?,
            _ => {
                return Err(
                    self.error("'expression' is an illegal expression for augmented assignment", target.span)
                )
            }
        }
        let loc = self.loc(s.span);
        self.visit_expr(value)?;
        self.addop(Opcode::BINARY_OP, op as u32 + opc::NB_INPLACE_ADD, loc);
        match &target.kind {
            ExprKind::Attribute { attr, .. } => {
                let aloc = self.attr_loc(tloc, target, attr);
                self.addop(Opcode::SWAP, 2, aloc);
                self.addop_name(Opcode::STORE_ATTR, attr, false, aloc);
            }
            ExprKind::Subscript { slice, .. } => {
                if two_element_slice(slice) {
                    self.addop(Opcode::SWAP, 4, tloc);
                    self.addop(Opcode::SWAP, 3, tloc);
                    self.addop(Opcode::SWAP, 2, tloc);
                    self.addop0(Opcode::STORE_SLICE, tloc);
                } else {
                    self.addop(Opcode::SWAP, 3, tloc);
                    self.addop(Opcode::SWAP, 2, tloc);
                    self.addop0(Opcode::STORE_SUBSCR, tloc);
                }
            }
            ExprKind::Name(n) => self.nameop(n, NameCtx::Store, tloc, target.span)?,
            _ => {}
        }
        Ok(())
    }

    /// Annotated assignment, 3.11-style: assign, then in module and class bodies store the
    /// annotation of a simple name into `__annotations__`.
    fn ann_assign(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> Result<()> {
        let loc = self.loc(s.span);
        if let Some(v) = value {
            self.visit_expr(v)?;
            self.visit_store(target)?;
        }
        let in_body = matches!(self.unit_ref().scope_type, ScopeType::Module | ScopeType::Class);
        match &target.kind {
            ExprKind::Name(n) => {
                if simple && in_body {
                    self.visit_annotation(annotation)?;
                    self.addop_name(Opcode::LOAD_NAME, "__annotations__", false, loc);
                    let mangled = self.mangle(n);
                    self.load_const(ConstValue::Str(mangled), loc);
                    self.addop0(Opcode::STORE_SUBSCR, loc);
                    return Ok(());
                }
            }
            ExprKind::Attribute { value: obj, .. } => {
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                }
            }
            ExprKind::Subscript { value: obj, slice } => {
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                    self.check_ann_subscr(slice)?;
                }
            }
            _ => return Err(self.error("invalid target for annotated assignment", target.span)),
        }
        if in_body && !simple {
            self.check_ann_expr(annotation)?;
        }
        Ok(())
    }

    fn check_ann_expr(&mut self, e: &'a Expr) -> Result<()> {
        self.visit_expr(e)?;
        let loc = self.loc(e.span);
        self.addop0(Opcode::POP_TOP, loc);
        Ok(())
    }

    fn check_ann_subscr(&mut self, e: &'a Expr) -> Result<()> {
        match &e.kind {
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.check_ann_expr(part)?;
                }
                Ok(())
            }
            ExprKind::Tuple(elts) => elts.iter().try_for_each(|elt| self.check_ann_subscr(elt)),
            _ => self.check_ann_expr(e),
        }
    }

    // ---- conditions ------------------------------------------------------------------------

    /// Jump to `next` if `e` is (`cond`) true / false, without materialising the bool where
    /// possible (CPython's `codegen_jump_if`).
    fn jump_if(&mut self, loc: Location, e: &'a Expr, next: Label, cond: bool) -> Result<()> {
        self.enter_nested(e.span)?;
        let r = self.jump_if_inner(loc, e, next, cond);
        self.depth -= 1;
        r
    }

    fn jump_if_inner(&mut self, loc: Location, e: &'a Expr, next: Label, cond: bool) -> Result<()> {
        match &e.kind {
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => {
                return self.jump_if(loc, operand, next, !cond)
            }
            ExprKind::BoolOp { op, values } => {
                let cond2 = *op == BoolOp::Or;
                let next2 = if cond2 != cond { self.new_label() } else { next };
                let (last, rest) = values.split_last().expect("a bool op has operands");
                for v in rest {
                    self.jump_if(loc, v, next2, cond2)?;
                }
                self.jump_if(loc, last, next, cond)?;
                if next2 != next {
                    self.use_label(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(loc, test, next2, false)?;
                self.jump_if(loc, body, next, cond)?;
                self.jump(Opcode::JUMP_NO_INTERRUPT, end, Location::NONE);
                self.use_label(next2);
                self.jump_if(loc, orelse, next, cond)?;
                self.use_label(end);
                return Ok(());
            }
            ExprKind::Compare { left, ops, comparators } if ops.len() > 1 => {
                let eloc = self.loc(e.span);
                let cleanup = self.new_label();
                self.visit_expr(left)?;
                let n = ops.len() - 1;
                for i in 0..n {
                    self.visit_expr(&comparators[i])?;
                    self.addop(Opcode::SWAP, 2, eloc);
                    self.addop(Opcode::COPY, 2, eloc);
                    self.compare_op(eloc, ops[i]);
                    self.addop0(Opcode::TO_BOOL, eloc);
                    self.jump(Opcode::POP_JUMP_IF_FALSE, cleanup, eloc);
                }
                self.visit_expr(&comparators[n])?;
                self.compare_op(eloc, ops[n]);
                self.addop0(Opcode::TO_BOOL, eloc);
                let op = if cond { Opcode::POP_JUMP_IF_TRUE } else { Opcode::POP_JUMP_IF_FALSE };
                self.jump(op, next, eloc);
                let end = self.new_label();
                self.jump(Opcode::JUMP_NO_INTERRUPT, end, Location::NONE);
                self.use_label(cleanup);
                self.addop0(Opcode::POP_TOP, eloc);
                if !cond {
                    self.jump(Opcode::JUMP_NO_INTERRUPT, next, Location::NONE);
                }
                self.use_label(end);
                return Ok(());
            }
            _ => {}
        }
        self.visit_expr(e)?;
        let eloc = self.loc(e.span);
        self.addop0(Opcode::TO_BOOL, eloc);
        let op = if cond { Opcode::POP_JUMP_IF_TRUE } else { Opcode::POP_JUMP_IF_FALSE };
        self.jump(op, next, eloc);
        Ok(())
    }

    fn compare_op(&mut self, loc: Location, op: CmpOp) {
        match op {
            CmpOp::Is => self.addop(Opcode::IS_OP, 0, loc),
            CmpOp::IsNot => self.addop(Opcode::IS_OP, 1, loc),
            CmpOp::In => self.addop(Opcode::CONTAINS_OP, 0, loc),
            CmpOp::NotIn => self.addop(Opcode::CONTAINS_OP, 1, loc),
            rich => {
                let cmp = rich as u32;
                self.addop(Opcode::COMPARE_OP, cmp << 5 | opc::COMPARE_MASKS[cmp as usize], loc)
            }
        }
    }

    // ---- expressions -----------------------------------------------------------------------

    fn visit_expr(&mut self, e: &'a Expr) -> Result<()> {
        self.enter_nested(e.span)?;
        let r = self.visit_expr_inner(e);
        self.depth -= 1;
        r
    }

    fn visit_expr_inner(&mut self, e: &'a Expr) -> Result<()> {
        let loc = self.loc(e.span);
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                self.visit_expr(value)?;
                self.addop(Opcode::COPY, 1, loc);
                self.visit_store(target)?;
            }
            ExprKind::BoolOp { op, values } => {
                let jumpi = if *op == BoolOp::And { Opcode::JUMP_IF_FALSE } else { Opcode::JUMP_IF_TRUE };
                let end = self.new_label();
                let (last, rest) = values.split_last().expect("a bool op has operands");
                for v in rest {
                    self.visit_expr(v)?;
                    self.jump(jumpi, end, loc);
                    self.addop0(Opcode::POP_TOP, loc);
                }
                self.visit_expr(last)?;
                self.use_label(end);
            }
            ExprKind::BinOp { left, op, right } => {
                if let (Operator::Mod, ExprKind::Constant(Constant::Str(fmt)), ExprKind::Tuple(items)) =
                    (op, &left.kind, &right.kind)
                {
                    if !items.iter().any(is_starred) {
                        if let Some(pieces) = percent_format(fmt, items) {
                            return self.percent_formatted(loc, pieces);
                        }
                    }
                }
                self.visit_expr(left)?;
                self.visit_expr(right)?;
                self.addop(Opcode::BINARY_OP, *op as u32, loc);
            }
            ExprKind::UnaryOp { op, operand } => {
                self.visit_expr(operand)?;
                match op {
                    UnaryOp::UAdd => self.addop(Opcode::CALL_INTRINSIC_1, opc::INTRINSIC_UNARY_POSITIVE, loc),
                    UnaryOp::Not => {
                        self.addop0(Opcode::TO_BOOL, loc);
                        self.addop0(Opcode::UNARY_NOT, loc);
                    }
                    UnaryOp::Invert => self.addop0(Opcode::UNARY_INVERT, loc),
                    UnaryOp::USub => self.addop0(Opcode::UNARY_NEGATIVE, loc),
                }
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(loc, test, next, false)?;
                self.visit_expr(body)?;
                self.jump(Opcode::JUMP_NO_INTERRUPT, end, Location::NONE);
                self.use_label(next);
                self.visit_expr(orelse)?;
                self.use_label(end);
            }
            ExprKind::Dict { keys, values } => self.dict(e, keys, values)?,
            ExprKind::Set(elts) => {
                self.starunpack(loc, elts, 0, Opcode::BUILD_SET, Opcode::SET_ADD, Opcode::SET_UPDATE, false)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, CompKind::Generator, "<genexpr>", generators, elt, None)?
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, CompKind::List, "<listcomp>", generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, CompKind::Set, "<setcomp>", generators, elt, None)?
            }
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(e, CompKind::Dict, "<dictcomp>", generators, key, Some(value))?
            }
            ExprKind::Yield(value) => {
                if !self.ste().is_function_like() {
                    return Err(self.error("'yield' outside function", e.span));
                }
                match value {
                    Some(v) => self.visit_expr(v)?,
                    None => self.load_const(ConstValue::None, loc),
                }
                self.addop(Opcode::YIELD_VALUE, 0, loc);
                self.addop(Opcode::RESUME, opc::RESUME_AFTER_YIELD, loc);
            }
            ExprKind::YieldFrom(value) => {
                if !self.ste().is_function_like() {
                    return Err(self.error("'yield from' outside function", e.span));
                }
                self.visit_expr(value)?;
                self.addop0(Opcode::GET_YIELD_FROM_ITER, loc);
                self.load_const(ConstValue::None, loc);
                self.add_yield_from(loc);
            }
            ExprKind::Compare { left, ops, comparators } => self.compare(loc, left, ops, comparators)?,
            ExprKind::Call { func, args, keywords } => self.call(e, func, args, keywords)?,
            ExprKind::Constant(c) => self.load_const(ConstValue::from_ast(c), loc),
            ExprKind::JoinedStr(values) => self.joined_str(loc, values)?,
            ExprKind::FormattedValue { value, conversion, format_spec } => {
                self.visit_expr(value)?;
                if let Some(c) = conversion {
                    let oparg = match c {
                        's' => 1,
                        'r' => 2,
                        'a' => 3,
                        _ => return Err(self.error(format!("invalid conversion character '{c}'"), e.span)),
                    };
                    self.addop(Opcode::CONVERT_VALUE, oparg, loc);
                }
                match format_spec {
                    Some(spec) => {
                        self.visit_expr(spec)?;
                        self.addop0(Opcode::FORMAT_WITH_SPEC, loc);
                    }
                    None => self.addop0(Opcode::FORMAT_SIMPLE, loc),
                }
            }
            ExprKind::Attribute { value, attr } => {
                self.visit_expr(value)?;
                let aloc = self.attr_loc(loc, e, attr);
                self.addop_name(Opcode::LOAD_ATTR, attr, false, aloc);
            }
            ExprKind::Subscript { value, slice } => {
                self.visit_expr(value)?;
                if two_element_slice(slice) {
                    self.slice_two_parts(slice)?;
                    self.addop0(Opcode::BINARY_SLICE, loc);
                } else {
                    self.visit_expr(slice)?;
                    self.addop(Opcode::BINARY_OP, opc::NB_SUBSCR, loc);
                }
            }
            ExprKind::Starred(_) => return Err(self.error("can't use starred expression here", e.span)),
            ExprKind::Slice { lower, upper, step } => self.slice(e, lower, upper, step)?,
            ExprKind::Name(n) => self.nameop(n, NameCtx::Load, loc, e.span)?,
            ExprKind::List(elts) => self.starunpack(
                loc,
                elts,
                0,
                Opcode::BUILD_LIST,
                Opcode::LIST_APPEND,
                Opcode::LIST_EXTEND,
                false,
            )?,
            ExprKind::Tuple(elts) => self.starunpack(
                loc,
                elts,
                0,
                Opcode::BUILD_LIST,
                Opcode::LIST_APPEND,
                Opcode::LIST_EXTEND,
                true,
            )?,
        }
        Ok(())
    }

    /// If an attribute access spans lines, locate it at the attribute name (CPython's
    /// `update_start_location_to_match_attr`).
    fn attr_loc(&self, mut loc: Location, e: &Expr, attr: &str) -> Location {
        let end = self.loc(e.span);
        if loc.line != end.end_line {
            loc.line = end.end_line;
            let len = attr.len() as i32;
            if len <= end.end_col {
                loc.col = end.end_col - len;
            } else {
                loc.col = -1;
                loc.end_col = -1;
            }
            loc.end_line = loc.line.max(loc.end_line);
            if loc.line == loc.end_line {
                loc.end_col = loc.col.max(loc.end_col);
            }
        }
        loc
    }

    fn add_yield_from(&mut self, loc: Location) {
        let send = self.new_label();
        let fail = self.new_label();
        let exit = self.new_label();
        self.use_label(send);
        self.jump(Opcode::SEND, exit, loc);
        self.jump(Opcode::SETUP_FINALLY, fail, loc);
        self.addop(Opcode::YIELD_VALUE, 1, loc);
        self.addop0(Opcode::POP_BLOCK, Location::NONE);
        self.addop(Opcode::RESUME, opc::RESUME_AFTER_YIELD_FROM, loc);
        self.jump(Opcode::JUMP_NO_INTERRUPT, send, loc);
        self.use_label(fail);
        self.addop0(Opcode::CLEANUP_THROW, loc);
        self.use_label(exit);
        self.addop0(Opcode::END_SEND, loc);
    }

    fn compare(
        &mut self,
        loc: Location,
        left: &'a Expr,
        ops: &[CmpOp],
        comparators: &'a [Expr],
    ) -> Result<()> {
        self.visit_expr(left)?;
        let n = ops.len() - 1;
        if n == 0 {
            self.visit_expr(&comparators[0])?;
            self.compare_op(loc, ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n {
            self.visit_expr(&comparators[i])?;
            self.addop(Opcode::SWAP, 2, loc);
            self.addop(Opcode::COPY, 2, loc);
            self.compare_op(loc, ops[i]);
            self.addop(Opcode::COPY, 1, loc);
            self.addop0(Opcode::TO_BOOL, loc);
            self.jump(Opcode::POP_JUMP_IF_FALSE, cleanup, loc);
            self.addop0(Opcode::POP_TOP, loc);
        }
        self.visit_expr(&comparators[n])?;
        self.compare_op(loc, ops[n]);
        let end = self.new_label();
        self.jump(Opcode::JUMP_NO_INTERRUPT, end, Location::NONE);
        self.use_label(cleanup);
        self.addop(Opcode::SWAP, 2, loc);
        self.addop0(Opcode::POP_TOP, loc);
        self.use_label(end);
        Ok(())
    }

    fn joined_str(&mut self, loc: Location, values: &'a [Expr]) -> Result<()> {
        if values.len() > STACK_USE_GUIDELINE {
            self.load_const(ConstValue::Str(String::new()), loc);
            self.addop_name(Opcode::LOAD_ATTR, "join", true, loc);
            self.addop(Opcode::BUILD_LIST, 0, loc);
            for v in values {
                self.visit_expr(v)?;
                self.addop(Opcode::LIST_APPEND, 1, loc);
            }
            self.addop(Opcode::CALL, 1, loc);
            return Ok(());
        }
        for v in values {
            self.visit_expr(v)?;
        }
        match values.len() {
            0 => self.load_const(ConstValue::Str(String::new()), loc),
            1 => {}
            n => self.addop(Opcode::BUILD_STRING, n as u32, loc),
        }
        Ok(())
    }

    /// Emit a `%`-format expression rewritten as an f-string (see [`percent_format`]).
    fn percent_formatted(&mut self, loc: Location, pieces: Vec<FormatPiece<'a>>) -> Result<()> {
        let n = pieces.len();
        let join = n > STACK_USE_GUIDELINE;
        if join {
            self.load_const(ConstValue::Str(String::new()), loc);
            self.addop_name(Opcode::LOAD_ATTR, "join", true, loc);
            self.addop(Opcode::BUILD_LIST, 0, loc);
        }
        for piece in pieces {
            match piece {
                FormatPiece::Literal(s) => self.load_const(ConstValue::Str(s), Location::NONE),
                FormatPiece::Field(arg, conversion, spec) => {
                    self.visit_expr(arg)?;
                    let floc = self.loc(arg.span);
                    let oparg = match conversion {
                        's' => 1,
                        'r' => 2,
                        _ => 3,
                    };
                    self.addop(Opcode::CONVERT_VALUE, oparg, floc);
                    match spec {
                        Some(spec) => {
                            self.load_const(ConstValue::Str(spec), Location::NONE);
                            self.addop0(Opcode::FORMAT_WITH_SPEC, floc);
                        }
                        None => self.addop0(Opcode::FORMAT_SIMPLE, floc),
                    }
                }
            }
            if join {
                self.addop(Opcode::LIST_APPEND, 1, loc);
            }
        }
        if join {
            self.addop(Opcode::CALL, 1, loc);
        } else if n == 0 {
            self.load_const(ConstValue::Str(String::new()), loc);
        } else if n > 1 {
            self.addop(Opcode::BUILD_STRING, n as u32, loc);
        }
        Ok(())
    }

    fn slice_two_parts(&mut self, s: &'a Expr) -> Result<()> {
        let ExprKind::Slice { lower, upper, .. } = &s.kind else { return self.visit_expr(s) };
        let loc = self.loc(s.span);
        for part in [lower, upper] {
            match part {
                Some(p) => self.visit_expr(p)?,
                None => self.load_const(ConstValue::None, loc),
            }
        }
        Ok(())
    }

    fn slice(
        &mut self,
        s: &'a Expr,
        lower: &'a Option<Box<Expr>>,
        upper: &'a Option<Box<Expr>>,
        step: &'a Option<Box<Expr>>,
    ) -> Result<()> {
        let loc = self.loc(s.span);
        let parts = [lower, upper, step];
        if parts.iter().all(|p| p.as_ref().is_none_or(|e| is_const(e))) {
            let value = |p: &Option<Box<Expr>>| match p.as_deref().map(|e| &e.kind) {
                Some(ExprKind::Constant(c)) => ConstValue::from_ast(c),
                _ => ConstValue::None,
            };
            let slice = ConstValue::Slice(Box::new([value(lower), value(upper), value(step)]));
            self.load_const(slice, loc);
            return Ok(());
        }
        self.slice_two_parts(s)?;
        let mut n = 2;
        if let Some(st) = step {
            n += 1;
            self.visit_expr(st)?;
        }
        self.addop(Opcode::BUILD_SLICE, n, loc);
        Ok(())
    }

    /// Build a list/tuple/set display or call arguments, with `*` unpacking (CPython's
    /// `starunpack_helper`).
    #[allow(clippy::too_many_arguments)]
    fn starunpack(
        &mut self,
        loc: Location,
        elts: &'a [Expr],
        pushed: u32,
        build: Opcode,
        add: Opcode,
        extend: Opcode,
        tuple: bool,
    ) -> Result<()> {
        let n = elts.len();
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(is_starred);
        if !seen_star && !big {
            for elt in elts {
                self.visit_expr(elt)?;
            }
            let op = if tuple { Opcode::BUILD_TUPLE } else { build };
            self.addop(op, n as u32 + pushed, loc);
            return Ok(());
        }
        let mut sequence_built = false;
        if big {
            self.addop(build, pushed, loc);
            sequence_built = true;
        }
        for (i, elt) in elts.iter().enumerate() {
            if let ExprKind::Starred(inner) = &elt.kind {
                if !sequence_built {
                    self.addop(build, i as u32 + pushed, loc);
                    sequence_built = true;
                }
                self.visit_expr(inner)?;
                self.addop(extend, 1, loc);
            } else {
                self.visit_expr(elt)?;
                if sequence_built {
                    self.addop(add, 1, loc);
                }
            }
        }
        if tuple {
            self.addop(Opcode::CALL_INTRINSIC_1, opc::INTRINSIC_LIST_TO_TUPLE, loc);
        }
        Ok(())
    }

    fn dict(&mut self, e: &'a Expr, keys: &'a [Option<Expr>], values: &'a [Expr]) -> Result<()> {
        let loc = self.loc(e.span);
        let n = values.len();
        let mut have_dict = false;
        let mut elements = 0;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.subdict(loc, keys, values, i - elements, i)?;
                    if have_dict {
                        self.addop(Opcode::DICT_UPDATE, 1, loc);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.addop(Opcode::BUILD_MAP, 0, loc);
                    have_dict = true;
                }
                self.visit_expr(&values[i])?;
                self.addop(Opcode::DICT_UPDATE, 1, loc);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(loc, keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.addop(Opcode::DICT_UPDATE, 1, loc);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(loc, keys, values, n - elements, n)?;
            if have_dict {
                self.addop(Opcode::DICT_UPDATE, 1, loc);
            }
            have_dict = true;
        }
        if !have_dict {
            self.addop(Opcode::BUILD_MAP, 0, loc);
        }
        Ok(())
    }

    fn subdict(
        &mut self,
        loc: Location,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
        begin: usize,
        end: usize,
    ) -> Result<()> {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        if big {
            self.addop(Opcode::BUILD_MAP, 0, loc);
        }
        for i in begin..end {
            if let Some(k) = &keys[i] {
                self.visit_expr(k)?;
            }
            self.visit_expr(&values[i])?;
            if big {
                self.addop(Opcode::MAP_ADD, 1, loc);
            }
        }
        if !big {
            self.addop(Opcode::BUILD_MAP, n as u32, loc);
        }
        Ok(())
    }

    fn call(&mut self, e: &'a Expr, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> Result<()> {
        self.validate_keywords(keywords)?;
        if self.maybe_method_call(e, func, args, keywords)? {
            return Ok(());
        }
        self.visit_expr(func)?;
        let skip_normal_call = self.new_label();
        self.maybe_inline_builtin_call(func, args, keywords, skip_normal_call)?;
        let floc = self.loc(func.span);
        self.addop0(Opcode::PUSH_NULL, floc);
        let loc = self.loc(e.span);
        self.call_helper(loc, 0, args, keywords)?;
        self.use_label(skip_normal_call);
        Ok(())
    }

    /// `all(genexp)`, `any(genexp)` and `tuple(genexp)`: when the name really is the
    /// builtin (checked at run time), loop over the generator inline instead of calling
    /// (CPython 3.14's `maybe_optimize_function_call`). The callable is on the stack.
    fn maybe_inline_builtin_call(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        end: Label,
    ) -> Result<()> {
        let ExprKind::Name(name) = &func.kind else { return Ok(()) };
        if args.len() != 1 || !keywords.is_empty() || !matches!(args[0].kind, ExprKind::GeneratorExp { .. }) {
            return Ok(());
        }
        // (LOAD_COMMON_CONSTANT oparg, result when the loop finishes, jump that continues it)
        let (constant, finished, continue_jump) = match name.as_str() {
            "all" => (3, Some(true), Opcode::POP_JUMP_IF_TRUE),
            "any" => (4, Some(false), Opcode::POP_JUMP_IF_FALSE),
            "tuple" => (2, None, Opcode::NOP),
            _ => return Ok(()),
        };
        let loc = self.loc(func.span);
        let skip = self.new_label();
        self.addop(Opcode::COPY, 1, loc);
        self.addop(Opcode::LOAD_COMMON_CONSTANT, constant, loc);
        self.compare_op(loc, CmpOp::Is);
        self.jump(Opcode::POP_JUMP_IF_FALSE, skip, loc);
        self.addop0(Opcode::POP_TOP, loc);
        if finished.is_none() {
            self.addop(Opcode::BUILD_LIST, 0, loc);
        }
        self.visit_expr(&args[0])?;
        let lp = self.new_label();
        let cleanup = self.new_label();
        self.use_label(lp);
        self.jump(Opcode::FOR_ITER, cleanup, loc);
        match finished {
            None => {
                self.addop(Opcode::LIST_APPEND, 2, loc);
                self.jump(Opcode::JUMP, lp, loc);
            }
            Some(result) => {
                self.addop0(Opcode::TO_BOOL, loc);
                self.jump(continue_jump, lp, loc);
                self.addop0(Opcode::POP_ITER, Location::NONE);
                self.load_const(ConstValue::Bool(!result), loc);
                self.jump(Opcode::JUMP, end, loc);
            }
        }
        self.use_label(cleanup);
        self.addop0(Opcode::END_FOR, Location::NONE);
        self.addop0(Opcode::POP_ITER, Location::NONE);
        match finished {
            None => self.addop(Opcode::CALL_INTRINSIC_1, opc::INTRINSIC_LIST_TO_TUPLE, loc),
            Some(result) => self.load_const(ConstValue::Bool(result), loc),
        }
        self.jump(Opcode::JUMP, end, loc);
        self.use_label(skip);
        Ok(())
    }

    fn validate_keywords(&self, keywords: &[Keyword]) -> Result<()> {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            if let Some(other) = keywords[i + 1..].iter().find(|o| o.arg.as_ref() == Some(name)) {
                return Err(self.error(format!("keyword argument repeated: {name}"), other.span));
            }
        }
        Ok(())
    }

    /// `obj.meth(args)` as `LOAD_ATTR` (method form) + `CALL` when possible (CPython's
    /// `maybe_optimize_method_call`).
    fn maybe_method_call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> Result<bool> {
        let ExprKind::Attribute { value, attr } = &func.kind else { return Ok(false) };
        if self.is_import_originated(value) {
            return Ok(false);
        }
        let (argsl, kwdsl) = (args.len(), keywords.len());
        if argsl + kwdsl + (kwdsl != 0) as usize >= STACK_USE_GUIDELINE
            || args.iter().any(is_starred)
            || keywords.iter().any(|k| k.arg.is_none())
        {
            return Ok(false);
        }
        let floc = self.loc(func.span);
        self.visit_expr(value)?;
        let aloc = self.attr_loc(floc, func, attr);
        self.addop_name(Opcode::LOAD_ATTR, attr, true, aloc);
        for a in args {
            self.visit_expr(a)?;
        }
        let eloc = self.loc(e.span);
        let cloc = self.attr_loc(eloc, func, attr);
        if kwdsl > 0 {
            for k in keywords {
                self.visit_expr(&k.value)?;
            }
            self.kwnames(aloc, keywords);
            self.addop(Opcode::CALL_KW, (argsl + kwdsl) as u32, cloc);
        } else {
            self.addop(Opcode::CALL, argsl as u32, cloc);
        }
        Ok(true)
    }

    fn kwnames(&mut self, loc: Location, keywords: &[Keyword]) {
        let names = keywords.iter().map(|k| ConstValue::Str(k.arg.clone().unwrap_or_default())).collect();
        self.load_const(ConstValue::Tuple(names), loc);
    }

    /// Push the arguments and call, with `n` arguments already on the stack (CPython's
    /// `codegen_call_helper`).
    fn call_helper(
        &mut self,
        loc: Location,
        n: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> Result<()> {
        self.validate_keywords(keywords)?;
        let (nelts, nkwelts) = (args.len(), keywords.len());
        let simple = nelts + nkwelts * 2 <= STACK_USE_GUIDELINE
            && !args.iter().any(is_starred)
            && keywords.iter().all(|k| k.arg.is_some());
        if simple {
            for a in args {
                self.visit_expr(a)?;
            }
            if nkwelts > 0 {
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
                self.kwnames(loc, keywords);
                self.addop(Opcode::CALL_KW, n + (nelts + nkwelts) as u32, loc);
            } else {
                self.addop(Opcode::CALL, n + nelts as u32, loc);
            }
            return Ok(());
        }
        // The general form: a tuple of positional arguments and a dict of keywords.
        if n == 0 && nelts == 1 {
            if let ExprKind::Starred(inner) = &args[0].kind {
                self.visit_expr(inner)?;
            } else {
                self.starunpack(
                    loc,
                    args,
                    n,
                    Opcode::BUILD_LIST,
                    Opcode::LIST_APPEND,
                    Opcode::LIST_EXTEND,
                    true,
                )?;
            }
        } else {
            self.starunpack(
                loc,
                args,
                n,
                Opcode::BUILD_LIST,
                Opcode::LIST_APPEND,
                Opcode::LIST_EXTEND,
                true,
            )?;
        }
        if nkwelts > 0 {
            let mut have_dict = false;
            let mut nseen = 0;
            for (i, k) in keywords.iter().enumerate() {
                if k.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(loc, &keywords[i - nseen..i])?;
                        if have_dict {
                            self.addop(Opcode::DICT_MERGE, 1, loc);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.addop(Opcode::BUILD_MAP, 0, loc);
                        have_dict = true;
                    }
                    self.visit_expr(&k.value)?;
                    self.addop(Opcode::DICT_MERGE, 1, loc);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(loc, &keywords[nkwelts - nseen..])?;
                if have_dict {
                    self.addop(Opcode::DICT_MERGE, 1, loc);
                }
            }
        } else {
            self.addop0(Opcode::PUSH_NULL, loc);
        }
        self.addop0(Opcode::CALL_FUNCTION_EX, loc);
        Ok(())
    }

    fn subkwargs(&mut self, loc: Location, keywords: &'a [Keyword]) -> Result<()> {
        let n = keywords.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if big {
            self.addop(Opcode::BUILD_MAP, 0, Location::NONE);
        }
        for k in keywords {
            self.load_const(ConstValue::Str(k.arg.clone().unwrap_or_default()), loc);
            self.visit_expr(&k.value)?;
            if big {
                self.addop(Opcode::MAP_ADD, 1, Location::NONE);
            }
        }
        if !big {
            self.addop(Opcode::BUILD_MAP, n as u32, loc);
        }
        Ok(())
    }

    fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> Result<()> {
        let loc = self.loc(e.span);
        let flags = self.default_arguments(loc, args)?;
        let ste = self.st.entry_for(e).ok_or_else(|| self.error("internal: no scope for lambda", e.span))?;
        let counts = (
            (args.args.len() + args.posonlyargs.len()) as u32,
            args.posonlyargs.len() as u32,
            args.kwonlyargs.len() as u32,
        );
        self.enter_scope("<lambda>", ScopeType::Lambda, ste, loc.line, None, counts, e.span);
        self.visit_expr(body)?;
        let code = if self.ste().generator {
            self.finish_unit(false)?
        } else {
            let bloc = self.loc(body.span);
            self.addop0(Opcode::RETURN_VALUE, bloc);
            self.finish_unit(true)?
        };
        self.make_closure(loc, &code, flags, e.span)
    }

    // ---- assignment targets ----------------------------------------------------------------

    fn visit_store(&mut self, e: &'a Expr) -> Result<()> {
        self.enter_nested(e.span)?;
        let r = self.visit_store_inner(e);
        self.depth -= 1;
        r
    }

    fn visit_store_inner(&mut self, e: &'a Expr) -> Result<()> {
        let loc = self.loc(e.span);
        match &e.kind {
            ExprKind::Name(n) => self.nameop(n, NameCtx::Store, loc, e.span),
            ExprKind::Attribute { value, attr } => {
                self.maybe_add_static_attribute(value, attr);
                self.visit_expr(value)?;
                let aloc = self.attr_loc(loc, e, attr);
                self.addop_name(Opcode::STORE_ATTR, attr, false, aloc);
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                self.visit_expr(value)?;
                if two_element_slice(slice) {
                    self.slice_two_parts(slice)?;
                    self.addop0(Opcode::STORE_SLICE, loc);
                } else {
                    self.visit_expr(slice)?;
                    self.addop0(Opcode::STORE_SUBSCR, loc);
                }
                Ok(())
            }
            ExprKind::List(elts) | ExprKind::Tuple(elts) => {
                self.unpack(loc, elts, e.span)?;
                for elt in elts {
                    match &elt.kind {
                        ExprKind::Starred(inner) => self.visit_store(inner)?,
                        _ => self.visit_store(elt)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred(_) => {
                Err(self.error("starred assignment target must be in a list or tuple", e.span))
            }
            _ => Err(self.error("cannot assign to expression", e.span)),
        }
    }

    fn unpack(&mut self, loc: Location, elts: &[Expr], span: Span) -> Result<()> {
        let n = elts.len();
        let mut seen_star = false;
        for (i, elt) in elts.iter().enumerate() {
            if is_starred(elt) {
                if seen_star {
                    return Err(self.error("multiple starred expressions in assignment", span));
                }
                if i >= 1 << 8 || n - i > (i32::MAX >> 8) as usize {
                    return Err(self.error("too many expressions in star-unpacking assignment", span));
                }
                self.addop(Opcode::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32, loc);
                seen_star = true;
            }
        }
        if !seen_star {
            self.addop(Opcode::UNPACK_SEQUENCE, n as u32, loc);
        }
        Ok(())
    }

    /// Record `self.X = ...` in the nearest enclosing class (`__static_attributes__`).
    fn maybe_add_static_attribute(&mut self, value: &Expr, attr: &str) {
        if !matches!(&value.kind, ExprKind::Name(n) if n == "self") {
            return;
        }
        let n = self.units.len();
        for unit in self.units[..n - 1].iter_mut().rev() {
            if unit.scope_type == ScopeType::Class {
                if let Some(set) = unit.static_attributes.as_mut() {
                    set.insert(attr.to_string());
                }
                break;
            }
        }
    }

    fn visit_del(&mut self, e: &'a Expr) -> Result<()> {
        self.enter_nested(e.span)?;
        let loc = self.loc(e.span);
        let r = match &e.kind {
            ExprKind::Name(n) => self.nameop(n, NameCtx::Del, loc, e.span),
            ExprKind::Attribute { value, attr } => self.visit_expr(value).map(|()| {
                let aloc = self.attr_loc(loc, e, attr);
                self.addop_name(Opcode::DELETE_ATTR, attr, false, aloc);
            }),
            ExprKind::Subscript { value, slice } => {
                self.visit_expr(value).and_then(|()| self.visit_expr(slice)).map(|()| {
                    self.addop0(Opcode::DELETE_SUBSCR, loc);
                })
            }
            ExprKind::List(elts) | ExprKind::Tuple(elts) => {
                elts.iter().try_for_each(|elt| self.visit_del(elt))
            }
            _ => Err(self.error("cannot delete expression", e.span)),
        };
        self.depth -= 1;
        r
    }

    // ---- comprehensions --------------------------------------------------------------------

    fn comprehension(
        &mut self,
        e: &'a Expr,
        kind: CompKind,
        name: &str,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        val: Option<&'a Expr>,
    ) -> Result<()> {
        let entry =
            self.st.entry_for(e).ok_or_else(|| self.error("internal: no scope for comprehension", e.span))?;
        let inlined = self.st.entry(entry).comp_inlined;
        let loc = self.loc(e.span);
        let outermost =
            generators.first().ok_or_else(|| self.error("comprehension without a for", e.span))?;
        let mut state = InlinedState::default();
        if inlined {
            self.visit_expr(&outermost.iter)?;
            self.push_inlined_comprehension_state(loc, entry, &mut state);
        } else {
            self.enter_scope(name, ScopeType::Comprehension, entry, loc.line, None, (1, 0, 0), e.span);
        }
        if kind != CompKind::Generator {
            let op = match kind {
                CompKind::List => Opcode::BUILD_LIST,
                CompKind::Set => Opcode::BUILD_SET,
                _ => Opcode::BUILD_MAP,
            };
            self.addop(op, 0, loc);
            if inlined {
                self.addop(Opcode::SWAP, 2, loc);
            }
        }
        self.comprehension_generator(loc, generators, 0, 0, elt, val, kind, inlined)?;
        if inlined {
            self.pop_inlined_comprehension_state(loc, &mut state);
            return Ok(());
        }
        if kind != CompKind::Generator {
            self.addop0(Opcode::RETURN_VALUE, loc);
        } else {
            self.wrap_in_stopiteration_handler();
        }
        let code = self.finish_unit(true)?;
        self.make_closure(loc, &code, 0, e.span)?;
        // CPython 3.14 (gh-135171): the outermost iterable becomes an iterator when the
        // generator expression is created, so `(x for x in 5)` fails right there.
        self.visit_expr(&outermost.iter)?;
        self.addop0(Opcode::GET_ITER, self.loc(outermost.iter.span));
        self.addop(Opcode::CALL, 0, loc);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn comprehension_generator(
        &mut self,
        loc: Location,
        generators: &'a [Comprehension],
        gen_index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
        iter_on_stack: bool,
    ) -> Result<()> {
        let mut start = Some(self.new_label());
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        let gen = &generators[gen_index];
        if !iter_on_stack {
            if gen_index == 0 {
                self.addop(Opcode::LOAD_FAST, 0, loc);
            } else {
                let single = match &gen.iter.kind {
                    ExprKind::List(elts) | ExprKind::Tuple(elts)
                        if elts.len() == 1 && !is_starred(&elts[0]) =>
                    {
                        Some(&elts[0])
                    }
                    _ => None,
                };
                match single {
                    Some(only) => {
                        self.visit_expr(only)?;
                        start = None;
                    }
                    None => self.visit_expr(&gen.iter)?,
                }
            }
        }
        let iter_loc = self.loc(gen.iter.span);
        if let Some(start) = start {
            depth += 1;
            // `.0` already holds an iterator (made by the caller).
            if gen_index != 0 || iter_on_stack {
                self.addop0(Opcode::GET_ITER, iter_loc);
            }
            self.use_label(start);
            self.jump(Opcode::FOR_ITER, anchor, iter_loc);
        }
        self.visit_store(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(loc, cond, if_cleanup, false)?;
        }
        let next = gen_index + 1;
        if next < generators.len() {
            self.comprehension_generator(loc, generators, next, depth, elt, val, kind, false)?;
        }
        let mut elt_loc = self.loc(elt.span);
        if next >= generators.len() {
            self.visit_expr(elt)?;
            match kind {
                CompKind::Generator => {
                    self.addop(Opcode::YIELD_VALUE, 0, elt_loc);
                    self.addop(Opcode::RESUME, opc::RESUME_AFTER_YIELD, elt_loc);
                    self.addop0(Opcode::POP_TOP, elt_loc);
                }
                CompKind::List => self.addop(Opcode::LIST_APPEND, depth + 1, elt_loc),
                CompKind::Set => self.addop(Opcode::SET_ADD, depth + 1, elt_loc),
                CompKind::Dict => {
                    let value = val.expect("dict comprehensions have a value");
                    self.visit_expr(value)?;
                    let vloc = self.loc(value.span);
                    elt_loc.end_line = vloc.end_line;
                    elt_loc.end_col = vloc.end_col;
                    self.addop(Opcode::MAP_ADD, depth + 1, elt_loc);
                }
            }
        }
        self.use_label(if_cleanup);
        if let Some(start) = start {
            self.jump(Opcode::JUMP, start, elt_loc);
            self.use_label(anchor);
            self.addop0(Opcode::END_FOR, Location::NONE);
            self.addop0(Opcode::POP_ITER, Location::NONE);
        }
        Ok(())
    }

    /// Give the comprehension's names their in-comprehension meaning and save the outer
    /// values of names it binds (CPython's `push_inlined_comprehension_state`).
    fn push_inlined_comprehension_state(&mut self, loc: Location, comp: EntryId, state: &mut InlinedState) {
        let outer = self.unit_ref().ste;
        let in_class_block =
            self.st.entry(outer).block == BlockType::Class && self.unit_ref().in_inlined_comp == 0;
        self.unit().in_inlined_comp += 1;
        let outer_function_like = self.st.entry(outer).is_function_like();
        let comp_symbols: Vec<(String, Symbol)> =
            self.st.entry(comp).symbols().map(|(n, s)| (n.to_string(), s)).collect();
        for (name, sym) in &comp_symbols {
            let scope = sym.scope;
            let outsym = self.st.entry(outer).symbol(name);
            let outsc = outsym.and_then(|s| s.scope);
            if (scope != outsc
                && scope != Some(Scope::Free)
                && !(scope == Some(Scope::Cell) && outsc == Some(Scope::Free)))
                || in_class_block
            {
                state.temp_symbols.push((name.clone(), outsym));
                self.st.entry_mut(outer).set_symbol(name, *sym);
            }
            let binds = (sym.flags & def::LOCAL != 0 && sym.flags & def::NONLOCAL == 0) || in_class_block;
            if binds && !outer_function_like && self.unit_ref().fasthidden.get(name) != Some(&true) {
                self.unit().fasthidden.insert(name.clone(), true);
                state.fast_hidden.push(name.clone());
            }
        }
        // Push the outer values of the names the comprehension binds.
        let in_class_block =
            self.st.entry(outer).block == BlockType::Class && self.unit_ref().in_inlined_comp == 0;
        for (name, sym) in &comp_symbols {
            if sym.flags & def::PARAM != 0 {
                continue;
            }
            if (sym.flags & def::LOCAL != 0 && sym.flags & def::NONLOCAL == 0) || in_class_block {
                let i = self.unit().varnames.add(name);
                self.addop(Opcode::LOAD_FAST_AND_CLEAR, i, loc);
                if sym.scope == Some(Scope::Cell) {
                    let outsc = self.st.entry(outer).scope_of(name);
                    let unit = self.unit_ref();
                    let idx = if outsc == Some(Scope::Free) {
                        unit.free_index(name)
                    } else {
                        unit.cell_index(name)
                    };
                    if let Some(idx) = idx {
                        self.addop(Opcode::MAKE_CELL, idx, loc);
                    }
                }
                state.pushed_locals.push(name.clone());
            }
        }
        if !state.pushed_locals.is_empty() {
            self.addop(Opcode::SWAP, state.pushed_locals.len() as u32 + 1, loc);
            let cleanup = self.new_label();
            state.cleanup = Some(cleanup);
            self.jump(Opcode::SETUP_FINALLY, cleanup, loc);
        }
    }

    fn restore_inlined_comprehension_locals(&mut self, loc: Location, state: &InlinedState) {
        let n = state.pushed_locals.len();
        self.addop(Opcode::SWAP, n as u32 + 1, loc);
        for name in state.pushed_locals.iter().rev() {
            let i = self.unit().varnames.add(name);
            self.addop(Opcode::STORE_FAST_MAYBE_NULL, i, loc);
        }
    }

    fn pop_inlined_comprehension_state(&mut self, loc: Location, state: &mut InlinedState) {
        if let Some(cleanup) = state.cleanup {
            self.addop0(Opcode::POP_BLOCK, Location::NONE);
            let end = self.new_label();
            self.jump(Opcode::JUMP_NO_INTERRUPT, end, Location::NONE);
            self.use_label(cleanup);
            self.addop(Opcode::SWAP, 2, Location::NONE);
            self.addop0(Opcode::POP_TOP, Location::NONE);
            self.restore_inlined_comprehension_locals(loc, state);
            self.addop(Opcode::RERAISE, 0, Location::NONE);
            self.use_label(end);
            self.restore_inlined_comprehension_locals(loc, state);
        }
        self.unit().in_inlined_comp -= 1;
        let outer = self.unit_ref().ste;
        for (name, sym) in state.temp_symbols.drain(..) {
            let sym = sym.unwrap_or(Symbol { flags: 0, scope: None });
            self.st.entry_mut(outer).set_symbol(&name, sym);
        }
        for name in state.fast_hidden.drain(..) {
            self.unit().fasthidden.insert(name, false);
        }
    }

    // ---- pattern matching --------------------------------------------------------------------

    fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> Result<()> {
        self.visit_expr(subject)?;
        let end = self.new_label();
        let n = cases.len();
        let last = &cases[n - 1];
        let has_default = wildcard(&last.pattern) && n > 1;
        let mut pc =
            PatternContext { stores: Vec::new(), allow_irrefutable: false, fail_pop: Vec::new(), on_top: 0 };
        for (i, m) in cases[..n - has_default as usize].iter().enumerate() {
            let ploc = self.loc(m.pattern.span);
            if i != n - has_default as usize - 1 {
                self.addop(Opcode::COPY, 1, ploc);
            }
            pc.stores.clear();
            pc.allow_irrefutable = m.guard.is_some() || i == n - 1;
            pc.fail_pop.clear();
            pc.on_top = 0;
            self.pattern(&m.pattern, &mut pc)?;
            for name in pc.stores.clone() {
                self.nameop(&name, NameCtx::Store, ploc, m.pattern.span)?;
            }
            if let Some(g) = &m.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let target = pc.fail_pop[0];
                self.jump_if(ploc, g, target, false)?;
            }
            if i != n - has_default as usize - 1 {
                self.addop0(Opcode::POP_TOP, Location::NEXT);
            }
            self.visit_body(&m.body)?;
            self.jump(Opcode::JUMP, end, Location::NONE);
            self.emit_and_reset_fail_pop(ploc, &mut pc);
        }
        if has_default {
            let ploc = self.loc(last.pattern.span);
            if n == 1 {
                self.addop0(Opcode::POP_TOP, ploc);
            } else {
                self.addop0(Opcode::NOP, ploc);
            }
            if let Some(g) = &last.guard {
                self.jump_if(ploc, g, end, false)?;
            }
            self.visit_body(&last.body)?;
        }
        self.use_label(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    fn jump_to_fail_pop(&mut self, loc: Location, pc: &mut PatternContext, op: Opcode) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.jump(op, pc.fail_pop[pops], loc);
    }

    fn emit_and_reset_fail_pop(&mut self, loc: Location, pc: &mut PatternContext) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for i in (1..pc.fail_pop.len()).rev() {
            self.use_label(pc.fail_pop[i]);
            self.addop0(Opcode::POP_TOP, loc);
        }
        self.use_label(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    fn rotate(&mut self, loc: Location, mut count: usize) {
        while count > 1 {
            self.addop(Opcode::SWAP, count as u32, loc);
            count -= 1;
        }
    }

    fn pattern_store_name(
        &mut self,
        loc: Location,
        name: Option<&str>,
        pc: &mut PatternContext,
        span: Span,
    ) -> Result<()> {
        let Some(n) = name else {
            self.addop0(Opcode::POP_TOP, loc);
            return Ok(());
        };
        if pc.stores.iter().any(|s| s == n) {
            return Err(self.error(format!("multiple assignments to name '{n}' in pattern"), span));
        }
        let rotations = pc.on_top + pc.stores.len() + 1;
        self.rotate(loc, rotations);
        pc.stores.push(n.to_string());
        Ok(())
    }

    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> Result<()> {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = saved;
        Ok(())
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> Result<()> {
        self.enter_nested(p.span)?;
        let r = self.pattern_inner(p, pc);
        self.depth -= 1;
        r
    }

    fn pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> Result<()> {
        let loc = self.loc(p.span);
        match &p.kind {
            PatternKind::MatchValue(value) => {
                let folded = fold_pattern_value(value);
                match &folded {
                    Some(c) => self.load_const(c.clone(), loc),
                    None => {
                        if !matches!(value.kind, ExprKind::Attribute { .. } | ExprKind::Constant(_)) {
                            return Err(
                                self.error("patterns may only match literals and attribute lookups", p.span)
                            );
                        }
                        self.visit_expr(value)?;
                    }
                }
                self.compare_op(loc, CmpOp::Eq);
                self.addop0(Opcode::TO_BOOL, loc);
                self.jump_to_fail_pop(loc, pc, Opcode::POP_JUMP_IF_FALSE);
            }
            PatternKind::MatchSingleton(c) => {
                self.load_const(ConstValue::from_ast(c), loc);
                self.compare_op(loc, CmpOp::Is);
                self.jump_to_fail_pop(loc, pc, Opcode::POP_JUMP_IF_FALSE);
            }
            PatternKind::MatchSequence(patterns) => self.pattern_sequence(p, patterns, pc)?,
            PatternKind::MatchMapping { keys, patterns, rest } => {
                self.pattern_mapping(p, keys, patterns, rest.as_deref(), pc)?
            }
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
                self.pattern_class(p, cls, patterns, kwd_attrs, kwd_patterns, pc)?
            }
            PatternKind::MatchStar(name) => self.pattern_store_name(loc, name.as_deref(), pc, p.span)?,
            PatternKind::MatchAs { pattern, name } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let msg = match name {
                            Some(n) => format!("name capture '{n}' makes remaining patterns unreachable"),
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.error(msg, p.span));
                    }
                    self.pattern_store_name(loc, name.as_deref(), pc, p.span)?;
                }
                Some(sub) => {
                    pc.on_top += 1;
                    self.addop(Opcode::COPY, 1, loc);
                    self.pattern(sub, pc)?;
                    pc.on_top -= 1;
                    self.pattern_store_name(loc, name.as_deref(), pc, p.span)?;
                }
            },
            PatternKind::MatchOr(alts) => self.pattern_or(p, alts, pc)?,
        }
        Ok(())
    }

    fn pattern_sequence(
        &mut self,
        p: &'a Pattern,
        patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> Result<()> {
        let loc = self.loc(p.span);
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, sub) in patterns.iter().enumerate() {
            if let PatternKind::MatchStar(name) = &sub.kind {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern", p.span));
                }
                star_wildcard = name.is_none();
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= wildcard(sub);
        }
        pc.on_top += 1;
        self.addop0(Opcode::MATCH_SEQUENCE, loc);
        self.jump_to_fail_pop(loc, pc, Opcode::POP_JUMP_IF_FALSE);
        match star {
            None => {
                self.addop0(Opcode::GET_LEN, loc);
                self.load_const(ConstValue::Int(size.into()), loc);
                self.compare_op(loc, CmpOp::Eq);
                self.jump_to_fail_pop(loc, pc, Opcode::POP_JUMP_IF_FALSE);
            }
            Some(_) if size > 1 => {
                self.addop0(Opcode::GET_LEN, loc);
                self.load_const(ConstValue::Int((size - 1).into()), loc);
                self.compare_op(loc, CmpOp::GtE);
                self.jump_to_fail_pop(loc, pc, Opcode::POP_JUMP_IF_FALSE);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.addop0(Opcode::POP_TOP, loc);
        } else if star_wildcard {
            let star = star.expect("star_wildcard implies a star");
            pc.on_top += 1;
            for (i, sub) in patterns.iter().enumerate() {
                if wildcard(sub) || i == star {
                    continue;
                }
                self.addop(Opcode::COPY, 1, loc);
                if i < star {
                    self.load_const(ConstValue::Int(i.into()), loc);
                } else {
                    self.addop0(Opcode::GET_LEN, loc);
                    self.load_const(ConstValue::Int((size - i).into()), loc);
                    self.addop(Opcode::BINARY_OP, crate::syntax::ast::Operator::Sub as u32, loc);
                }
                self.addop(Opcode::BINARY_OP, opc::NB_SUBSCR, loc);
                self.subpattern(sub, pc)?;
            }
            pc.on_top -= 1;
            self.addop0(Opcode::POP_TOP, loc);
        } else {
            self.pattern_unpack(loc, patterns, p.span)?;
            pc.on_top += size;
            for sub in patterns {
                pc.on_top -= 1;
                self.subpattern(sub, pc)?;
            }
        }
        Ok(())
    }

    fn pattern_unpack(&mut self, loc: Location, patterns: &[Pattern], span: Span) -> Result<()> {
        let n = patterns.len();
        let mut seen_star = false;
        for (i, sub) in patterns.iter().enumerate() {
            if matches!(sub.kind, PatternKind::MatchStar(_)) {
                if seen_star {
                    return Err(self.error("multiple starred expressions in sequence pattern", span));
                }
                if i >= 1 << 8 {
                    return Err(self.error("too many expressions in star-unpacking sequence pattern", span));
                }
                self.addop(Opcode::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32, loc);
                seen_star = true;
            }
        }
        if !seen_star {
            self.addop(Opcode::UNPACK_SEQUENCE, n as u32, loc);
        }
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        p: &'a Pattern,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&'a str>,
        pc: &mut PatternContext,
    ) -> Result<()> {
        let loc = self.loc(p.span);
        let size = keys.len();
        if size != patterns.len() {
            return Err(self.error("keys / patterns length mismatch in mapping pattern", p.span));
        }
        pc.on_top += 1;
        self.addop0(Opcode::MATCH_MAPPING, loc);
        self.jump_to_fail_pop(loc, pc, Opcode::POP_JUMP_IF_FALSE);
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.addop0(Opcode::POP_TOP, loc);
            return Ok(());
        }
        if size > 0 {
            self.addop0(Opcode::GET_LEN, loc);
            self.load_const(ConstValue::Int(size.into()), loc);
            self.compare_op(loc, CmpOp::GtE);
            self.jump_to_fail_pop(loc, pc, Opcode::POP_JUMP_IF_FALSE);
        }
        let mut seen: Vec<ConstValue> = Vec::new();
        for key in keys {
            if let Some(c) = fold_pattern_value(key) {
                if seen.iter().any(|s| super::fold::py_eq(s, &c)) {
                    let shown = crate::bytecode::dis::const_value_repr(&c);
                    return Err(self.error(format!("mapping pattern checks duplicate key ({shown})"), p.span));
                }
                seen.push(c.clone());
                let kloc = self.loc(key.span);
                self.load_const(c, kloc);
            } else if matches!(key.kind, ExprKind::Attribute { .. }) {
                self.visit_expr(key)?;
            } else {
                return Err(
                    self.error("mapping pattern keys may only match literals and attribute lookups", p.span)
                );
            }
        }
        self.addop(Opcode::BUILD_TUPLE, size as u32, loc);
        self.addop0(Opcode::MATCH_KEYS, loc);
        pc.on_top += 2;
        self.addop(Opcode::COPY, 1, loc);
        self.load_const(ConstValue::None, loc);
        self.addop(Opcode::IS_OP, 1, loc);
        self.jump_to_fail_pop(loc, pc, Opcode::POP_JUMP_IF_FALSE);
        self.addop(Opcode::UNPACK_SEQUENCE, size as u32, loc);
        pc.on_top += size;
        pc.on_top -= 1;
        for sub in patterns {
            pc.on_top -= 1;
            self.subpattern(sub, pc)?;
        }
        pc.on_top -= 2;
        match rest {
            Some(r) => {
                self.addop(Opcode::BUILD_MAP, 0, loc);
                self.addop(Opcode::SWAP, 3, loc);
                self.addop(Opcode::DICT_UPDATE, 2, loc);
                self.addop(Opcode::UNPACK_SEQUENCE, size as u32, loc);
                let mut remaining = size;
                while remaining > 0 {
                    self.addop(Opcode::COPY, 1 + remaining as u32, loc);
                    remaining -= 1;
                    self.addop(Opcode::SWAP, 2, loc);
                    self.addop0(Opcode::DELETE_SUBSCR, loc);
                }
                self.pattern_store_name(loc, Some(r), pc, p.span)?;
            }
            None => {
                self.addop0(Opcode::POP_TOP, loc);
                self.addop0(Opcode::POP_TOP, loc);
            }
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn pattern_class(
        &mut self,
        p: &'a Pattern,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [String],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> Result<()> {
        let loc = self.loc(p.span);
        let nargs = patterns.len();
        let nattrs = kwd_attrs.len();
        if nattrs != kwd_patterns.len() {
            return Err(self.error("kwd_attrs / kwd_patterns length mismatch in class pattern", p.span));
        }
        for (i, attr) in kwd_attrs.iter().enumerate() {
            if kwd_attrs[i + 1..].contains(attr) {
                let j = i + 1 + kwd_attrs[i + 1..].iter().position(|a| a == attr).unwrap_or(0);
                return Err(self.error(
                    format!("attribute name repeated in class pattern: {attr}"),
                    kwd_patterns[j].span,
                ));
            }
        }
        self.visit_expr(cls)?;
        let names = kwd_attrs.iter().map(|a| ConstValue::Str(a.clone())).collect();
        self.load_const(ConstValue::Tuple(names), loc);
        self.addop(Opcode::MATCH_CLASS, nargs as u32, loc);
        self.addop(Opcode::COPY, 1, loc);
        self.load_const(ConstValue::None, loc);
        self.addop(Opcode::IS_OP, 1, loc);
        pc.on_top += 1;
        self.jump_to_fail_pop(loc, pc, Opcode::POP_JUMP_IF_FALSE);
        self.addop(Opcode::UNPACK_SEQUENCE, (nargs + nattrs) as u32, loc);
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        for sub in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if wildcard(sub) {
                self.addop0(Opcode::POP_TOP, loc);
                continue;
            }
            self.subpattern(sub, pc)?;
        }
        Ok(())
    }

    fn pattern_or(&mut self, p: &'a Pattern, alts: &'a [Pattern], pc: &mut PatternContext) -> Result<()> {
        let loc = self.loc(p.span);
        let end = self.new_label();
        let old_stores = std::mem::take(&mut pc.stores);
        let old_allow = pc.allow_irrefutable;
        let old_fail_pop = std::mem::take(&mut pc.fail_pop);
        let old_on_top = pc.on_top;
        let mut control: Option<Vec<String>> = None;
        let n = alts.len();
        for (i, alt) in alts.iter().enumerate() {
            let aloc = self.loc(alt.span);
            pc.stores = Vec::new();
            pc.allow_irrefutable = i == n - 1 && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.addop(Opcode::COPY, 1, aloc);
            self.pattern(alt, pc)?;
            let nstores = pc.stores.len();
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctrl) if ctrl.len() != nstores => {
                    return Err(self.error("alternative patterns bind different names", p.span))
                }
                Some(ctrl) => {
                    let ctrl = ctrl.clone();
                    for icontrol in (0..nstores).rev() {
                        let name = &ctrl[icontrol];
                        let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                            return Err(self.error("alternative patterns bind different names", p.span));
                        };
                        if icontrol != istores {
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            for (k, r) in rotated.into_iter().enumerate() {
                                pc.stores.insert(at + k, r);
                            }
                            for _ in 0..rotations {
                                self.rotate(aloc, icontrol + 1);
                            }
                        }
                    }
                }
            }
            self.jump(Opcode::JUMP, end, aloc);
            self.emit_and_reset_fail_pop(aloc, pc);
        }
        pc.stores = old_stores;
        pc.allow_irrefutable = old_allow;
        pc.fail_pop = old_fail_pop;
        pc.on_top = old_on_top;
        self.addop0(Opcode::POP_TOP, loc);
        self.jump_to_fail_pop(loc, pc, Opcode::JUMP);
        self.use_label(end);
        let control = control.unwrap_or_default();
        let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(loc, nrots);
            if pc.stores.contains(&name) {
                return Err(self.error(format!("multiple assignments to name '{name}' in pattern"), p.span));
            }
            pc.stores.push(name);
        }
        self.addop0(Opcode::POP_TOP, loc);
        Ok(())
    }
}

/// One piece of a `'...' % (...)` format string turned into an f-string.
enum FormatPiece<'a> {
    Literal(String),
    /// A `%s`/`%r`/`%a` unit: the argument, the conversion, and a format spec from its width
    /// and precision.
    Field(&'a Expr, char, Option<String>),
}

/// CPython 3.14's AST optimisation of `'fmt' % (args)` into an f-string
/// (`optimize_format` in `Python/ast_preprocess.c`): only when every unit is `%s`, `%r` or
/// `%a` with at most two-digit width and precision, and the units match the arguments one
/// for one. Otherwise `None` (the `%` operator runs as written).
fn percent_format<'a>(fmt: &str, args: &'a [Expr]) -> Option<Vec<FormatPiece<'a>>> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut pos = 0;
    let mut pieces = Vec::new();
    let mut used = 0;
    loop {
        let mut lit = String::new();
        while pos < chars.len() {
            if chars[pos] != '%' {
                lit.push(chars[pos]);
                pos += 1;
            } else if chars.get(pos + 1) == Some(&'%') {
                lit.push('%');
                pos += 2;
            } else {
                break;
            }
        }
        if !lit.is_empty() {
            pieces.push(FormatPiece::Literal(lit));
        }
        if pos >= chars.len() {
            break;
        }
        let arg = args.get(used)?;
        pos += 1;
        let mut next = || -> Option<char> {
            let c = chars.get(pos).copied();
            pos += 1;
            c
        };
        let mut ch = next()?;
        let mut left_justify = false;
        while matches!(ch, '-' | '+' | ' ' | '#' | '0') {
            left_justify |= ch == '-';
            ch = next()?;
        }
        let mut width: Option<u32> = None;
        let mut digits = 0;
        while let Some(d) = ch.to_digit(10) {
            width = Some(width.unwrap_or(0) * 10 + d);
            ch = next()?;
            digits += 1;
            if digits >= 3 {
                return None;
            }
        }
        let mut precision: Option<u32> = None;
        if ch == '.' {
            ch = next()?;
            precision = Some(0);
            let mut digits = 0;
            while let Some(d) = ch.to_digit(10) {
                precision = Some(precision.unwrap_or(0) * 10 + d);
                ch = next()?;
                digits += 1;
                if digits >= 3 {
                    return None;
                }
            }
        }
        if !matches!(ch, 's' | 'r' | 'a') {
            return None;
        }
        let mut spec = String::new();
        if !left_justify && width.is_some_and(|w| w > 0) {
            spec.push('>');
        }
        if let Some(w) = width {
            spec.push_str(&w.to_string());
        }
        if let Some(p) = precision {
            spec.push_str(&format!(".{p}"));
        }
        pieces.push(FormatPiece::Field(arg, ch, (!spec.is_empty()).then_some(spec)));
        used += 1;
    }
    (used == args.len()).then_some(pieces)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum NameCtx {
    Load,
    Store,
    Del,
}

fn wildcard(p: &Pattern) -> bool {
    matches!(&p.kind, PatternKind::MatchAs { pattern: None, name: None })
}

/// `a[x:y]` (two parts, not all constant): compiled with `BINARY_SLICE`/`STORE_SLICE`.
fn two_element_slice(s: &Expr) -> bool {
    match &s.kind {
        ExprKind::Slice { lower, upper, step } => {
            let constant = [lower, upper, step].iter().all(|p| p.as_ref().is_none_or(|e| is_const(e)));
            !constant && step.is_none()
        }
        _ => false,
    }
}

/// The constant a `case` value pattern compares with: a literal, or a folded `-1`, `1+2j`-style
/// sum (CPython folds these in its AST pre-processing).
fn fold_pattern_value(e: &Expr) -> Option<ConstValue> {
    use super::fold::{binary_op, unary_op, UnaryKind};
    match &e.kind {
        ExprKind::Constant(c) => Some(ConstValue::from_ast(c)),
        ExprKind::UnaryOp { op: UnaryOp::USub, operand } => match &operand.kind {
            ExprKind::Constant(c) => unary_op(UnaryKind::Negative, &ConstValue::from_ast(c)),
            _ => None,
        },
        ExprKind::BinOp { left, op, right }
            if matches!(op, crate::syntax::ast::Operator::Add | crate::syntax::ast::Operator::Sub) =>
        {
            let ExprKind::Constant(r) = &right.kind else { return None };
            let l = fold_pattern_value(left)?;
            binary_op(*op as u32, &l, &ConstValue::from_ast(r))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::clean_doc;

    #[test]
    fn docstrings_are_cleaned_like_cpython() {
        assert_eq!(clean_doc("  Summary.\n\n    Body\n      more\n    "), "Summary.\n\nBody\n  more\n");
        assert_eq!(clean_doc("one line"), "one line");
        assert_eq!(clean_doc("a\n\tb"), "a\nb");
    }
}
