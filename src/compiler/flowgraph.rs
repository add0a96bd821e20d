//! The control-flow graph of one code object and the passes over it, in the order CPython 3.14
//! runs them (`Python/flowgraph.c`): exception-target labelling, jump threading and dead code
//! removal, constant folding, line-number propagation, uninitialised-local checks,
//! superinstructions, cold-block placement, stack depth, the cell/free-variable prologue,
//! jump normalisation and finally the borrow pass (`super::borrow`).
//!
//! Blocks live in an arena and are chained by `next` in layout order, as CPython's
//! `b_next`. Passes that CPython writes over `basicblock*` are written here over block
//! indices.

use super::borrow;
use super::consts::{ConstTable, ConstValue};
use super::fold::{self, UnaryKind};
use super::instr::{InstrSequence, Location};
use crate::bytecode::code::local_kind;
use crate::bytecode::opcode::{self as opc, Opcode};
use std::collections::HashMap;

pub type BlockId = usize;

/// One instruction in the graph; `target` for jumps and block pushes, `except` for the
/// handler that catches exceptions raised by it.
#[derive(Clone, Copy, Debug)]
pub struct CfgInstr {
    pub op: Opcode,
    pub oparg: u32,
    pub loc: Location,
    pub target: Option<BlockId>,
    pub except: Option<BlockId>,
}

impl CfgInstr {
    fn new(op: Opcode, oparg: u32, loc: Location) -> CfgInstr {
        CfgInstr { op, oparg, loc, target: None, except: None }
    }

    fn set_op0(&mut self, op: Opcode) {
        self.op = op;
        self.oparg = 0;
    }

    fn set_op1(&mut self, op: Opcode, oparg: u32) {
        self.op = op;
        self.oparg = oparg;
    }
}

/// A basic block (CPython's `basicblock`).
#[derive(Clone, Debug)]
pub struct Block {
    pub instrs: Vec<CfgInstr>,
    pub next: Option<BlockId>,
    pub startdepth: i32,
    pub predecessors: u32,
    pub visited: bool,
    pub except_handler: bool,
    pub preserve_lasti: bool,
    /// Something jumps here (CPython: the block has a label).
    labeled: bool,
    cold: bool,
    warm: bool,
    unsafe_locals_mask: u64,
    except_stack: Option<Vec<Option<BlockId>>>,
}

impl Block {
    fn new() -> Block {
        Block {
            instrs: Vec::new(),
            next: None,
            startdepth: i32::MIN,
            predecessors: 0,
            visited: false,
            except_handler: false,
            preserve_lasti: false,
            labeled: false,
            cold: false,
            warm: false,
            unsafe_locals_mask: 0,
            except_stack: None,
        }
    }

    pub fn last(&self) -> Option<&CfgInstr> {
        self.instrs.last()
    }

    /// Control can continue into the next block.
    pub fn has_fallthrough(&self) -> bool {
        !self.last().is_some_and(|l| l.op.no_fallthrough())
    }

    fn exits_scope(&self) -> bool {
        self.last().is_some_and(|l| l.op.is_scope_exit())
    }

    fn has_eval_break(&self) -> bool {
        self.instrs.iter().any(|i| i.op.has_eval_break())
    }

    fn has_no_lineno(&self) -> bool {
        self.instrs.iter().all(|i| i.loc.line < 0)
    }
}

/// The graph: blocks in an arena, block 0 the entry, layout order through `next`.
#[derive(Clone, Debug)]
pub struct Cfg {
    pub blocks: Vec<Block>,
}

impl Cfg {
    pub const ENTRY: BlockId = 0;

    fn new_block(&mut self) -> BlockId {
        self.blocks.push(Block::new());
        self.blocks.len() - 1
    }

    /// Block ids in layout order.
    pub fn order(&self) -> Vec<BlockId> {
        let mut out = Vec::new();
        let mut b = Some(Cfg::ENTRY);
        while let Some(id) = b {
            out.push(id);
            b = self.blocks[id].next;
        }
        out
    }

    fn next_nonempty(&self, mut b: Option<BlockId>) -> Option<BlockId> {
        while let Some(id) = b {
            if !self.blocks[id].instrs.is_empty() {
                return Some(id);
            }
            b = self.blocks[id].next;
        }
        None
    }

    fn reset_visited(&mut self) {
        for b in &mut self.blocks {
            b.visited = false;
        }
    }

    /// Build the graph from a sequence: a block starts at each jump target and after each
    /// jump or scope exit (CPython's `_PyCfg_FromInstructionSequence`).
    pub fn from_sequence(seq: &InstrSequence) -> Cfg {
        let n = seq.instrs.len();
        let resolve = |label: u32| seq.label_target(label).unwrap_or(n).min(n.saturating_sub(1));
        let mut is_target = vec![false; n];
        for instr in &seq.instrs {
            if instr.op.has_target() {
                is_target[resolve(instr.oparg)] = true;
            }
        }
        let mut cfg = Cfg { blocks: vec![Block::new()] };
        let mut label_of: Vec<Option<usize>> = vec![None];
        let mut block_of_instr = HashMap::new();
        let mut cur = Cfg::ENTRY;
        let mut pending_label: Option<usize> = None;
        for (i, instr) in seq.instrs.iter().enumerate() {
            if is_target[i] {
                pending_label = Some(i);
            }
            let terminated = match cfg.blocks[cur].last() {
                Some(last) if last.op.is_terminator() => true,
                last => {
                    if pending_label.is_some() {
                        if last.is_some() || label_of[cur].is_some() {
                            true
                        } else {
                            label_of[cur] = pending_label.take();
                            cfg.blocks[cur].labeled = true;
                            false
                        }
                    } else {
                        false
                    }
                }
            };
            if terminated {
                let b = cfg.new_block();
                cfg.blocks[b].labeled = pending_label.is_some();
                label_of.push(pending_label.take());
                cfg.blocks[cur].next = Some(b);
                cur = b;
            }
            if let Some(l) = label_of[cur] {
                block_of_instr.insert(l, cur);
            }
            let mut loc = instr.loc;
            if loc == Location::NEXT {
                loc = seq.instrs.get(i + 1).map_or(Location::NONE, |n| n.loc);
            }
            let mut ci = CfgInstr::new(instr.op, instr.oparg, loc);
            if instr.op.has_target() {
                ci.oparg = resolve(instr.oparg) as u32;
            }
            cfg.blocks[cur].instrs.push(ci);
        }
        // Translate target instruction indices to blocks.
        for b in 0..cfg.blocks.len() {
            for i in 0..cfg.blocks[b].instrs.len() {
                let instr = cfg.blocks[b].instrs[i];
                if instr.op.has_target() {
                    cfg.blocks[b].instrs[i].target = block_of_instr.get(&(instr.oparg as usize)).copied();
                    cfg.blocks[b].instrs[i].oparg = 0;
                }
            }
        }
        cfg
    }
}

/// What the flowgraph needs to know about the code unit.
pub struct UnitInfo<'a> {
    pub varnames: &'a [String],
    pub nparams: usize,
    pub cellvars: &'a [String],
    pub freevars: &'a [String],
    pub fasthidden: &'a HashMap<String, bool>,
    pub firstlineno: i32,
    pub flags: u32,
}

/// Exception handler of a final instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptInfo {
    /// Index (in the final instruction list) of the handler's first instruction.
    pub target: usize,
    pub startdepth: u32,
    pub preserve_lasti: bool,
}

/// An instruction ready for assembly; jump targets are instruction indices.
#[derive(Clone, Copy, Debug)]
pub struct FinalInstr {
    pub op: Opcode,
    pub oparg: u32,
    pub loc: Location,
    pub target: Option<usize>,
    pub except: Option<ExceptInfo>,
}

/// The optimised code of one unit, with its locals layout.
pub struct FinalCode {
    pub instrs: Vec<FinalInstr>,
    pub stackdepth: u32,
    pub localsplusnames: Vec<String>,
    pub localspluskinds: Vec<u8>,
}

/// Run every pass on `seq` (CPython's `_PyCfg_OptimizeCodeUnit` followed by
/// `_PyCfg_OptimizedCfgToInstructionSequence`). `consts` may gain folded constants and lose
/// unused ones.
pub fn optimize_and_finalize(
    seq: &InstrSequence,
    consts: &mut ConstTable,
    info: &UnitInfo<'_>,
) -> Result<FinalCode, String> {
    let mut cfg = Cfg::from_sequence(seq);
    cfg.optimize_code_unit(consts, info.varnames.len(), info.nparams);
    cfg.convert_pseudo_conditional_jumps();
    let stackdepth = cfg.calculate_stackdepth()?;
    let (localsplusnames, localspluskinds) = cfg.prepare_localsplus(info);
    cfg.convert_pseudo_ops();
    cfg.normalize_jumps();
    borrow::optimize_load_fast(&mut cfg);
    Ok(FinalCode { instrs: cfg.to_instructions(), stackdepth, localsplusnames, localspluskinds })
}

impl Cfg {
    fn optimize_code_unit(&mut self, consts: &mut ConstTable, nlocals: usize, nparams: usize) {
        self.mark_except_handlers();
        self.label_exception_targets();
        self.optimize_cfg(consts);
        self.remove_unused_consts(consts);
        self.add_checks_for_loads_of_uninitialized_variables(nlocals, nparams);
        self.insert_superinstructions();
        self.push_cold_blocks_to_end();
        self.resolve_line_numbers();
    }

    fn mark_except_handlers(&mut self) {
        for b in 0..self.blocks.len() {
            for i in 0..self.blocks[b].instrs.len() {
                let instr = self.blocks[b].instrs[i];
                if instr.op.is_block_push() {
                    if let Some(t) = instr.target {
                        self.blocks[t].except_handler = true;
                    }
                }
            }
        }
    }

    /// Give every instruction its exception handler by walking the graph with the stack of
    /// active `SETUP_*` regions (CPython's `label_exception_targets`).
    fn label_exception_targets(&mut self) {
        self.reset_visited();
        let mut todo = vec![Cfg::ENTRY];
        self.blocks[Cfg::ENTRY].visited = true;
        self.blocks[Cfg::ENTRY].except_stack = Some(vec![None]);
        while let Some(b) = todo.pop() {
            let mut stack = self.blocks[b].except_stack.take().unwrap_or_else(|| vec![None]);
            let mut handler = *stack.last().expect("the except stack has a bottom entry");
            let mut last_yield_depth: i32 = -1;
            let mut moved = false;
            for i in 0..self.blocks[b].instrs.len() {
                let instr = self.blocks[b].instrs[i];
                if instr.op.is_block_push() {
                    let target = instr.target.expect("block pushes have a target");
                    if !self.blocks[target].visited {
                        self.blocks[target].except_stack = Some(stack.clone());
                        self.blocks[target].visited = true;
                        todo.push(target);
                    }
                    if matches!(instr.op, Opcode::SETUP_WITH | Opcode::SETUP_CLEANUP) {
                        self.blocks[target].preserve_lasti = true;
                    }
                    stack.push(Some(target));
                    handler = Some(target);
                } else if instr.op == Opcode::POP_BLOCK {
                    if stack.len() > 1 {
                        stack.pop();
                    }
                    handler = *stack.last().expect("bottom entry");
                    self.blocks[b].instrs[i].set_op0(Opcode::NOP);
                } else if instr.op.is_jump() {
                    self.blocks[b].instrs[i].except = handler;
                    let target = instr.target.expect("jumps have a target");
                    if !self.blocks[target].visited {
                        if self.blocks[b].has_fallthrough() {
                            self.blocks[target].except_stack = Some(stack.clone());
                        } else {
                            self.blocks[target].except_stack = Some(std::mem::take(&mut stack));
                            moved = true;
                        }
                        self.blocks[target].visited = true;
                        todo.push(target);
                    }
                } else if instr.op == Opcode::YIELD_VALUE {
                    self.blocks[b].instrs[i].except = handler;
                    last_yield_depth = stack.len() as i32 - 1;
                } else if instr.op == Opcode::RESUME {
                    self.blocks[b].instrs[i].except = handler;
                    if instr.oparg != opc::RESUME_AT_FUNC_START {
                        if last_yield_depth == 1 {
                            self.blocks[b].instrs[i].oparg |= opc::RESUME_OPARG_DEPTH1_MASK;
                        }
                        last_yield_depth = -1;
                    }
                } else {
                    self.blocks[b].instrs[i].except = handler;
                }
            }
            if let Some(next) = self.blocks[b].next {
                if self.blocks[b].has_fallthrough() && !self.blocks[next].visited && !moved {
                    self.blocks[next].except_stack = Some(stack);
                    self.blocks[next].visited = true;
                    todo.push(next);
                }
            }
        }
    }

    fn optimize_cfg(&mut self, consts: &mut ConstTable) {
        self.inline_small_or_no_lineno_blocks();
        self.remove_unreachable();
        self.resolve_line_numbers();
        self.optimize_load_const(consts);
        for b in self.order() {
            self.optimize_basic_block(b, consts);
        }
        self.remove_redundant_nops_and_pairs();
        self.remove_unreachable();
        self.remove_redundant_nops_and_jumps();
    }

    /// Count predecessors and empty every block control cannot reach.
    fn remove_unreachable(&mut self) {
        for b in &mut self.blocks {
            b.predecessors = 0;
        }
        self.reset_visited();
        let mut stack = vec![Cfg::ENTRY];
        self.blocks[Cfg::ENTRY].predecessors = 1;
        self.blocks[Cfg::ENTRY].visited = true;
        while let Some(b) = stack.pop() {
            if let Some(next) = self.blocks[b].next {
                if self.blocks[b].has_fallthrough() {
                    if !self.blocks[next].visited {
                        self.blocks[next].visited = true;
                        stack.push(next);
                    }
                    self.blocks[next].predecessors += 1;
                }
            }
            for i in 0..self.blocks[b].instrs.len() {
                let instr = self.blocks[b].instrs[i];
                if instr.op.has_target() {
                    if let Some(t) = instr.target {
                        if !self.blocks[t].visited {
                            self.blocks[t].visited = true;
                            stack.push(t);
                        }
                        self.blocks[t].predecessors += 1;
                    }
                }
            }
        }
        for b in self.order() {
            if self.blocks[b].predecessors == 0 {
                self.blocks[b].instrs.clear();
                self.blocks[b].except_handler = false;
            }
        }
    }

    /// Replace a jump to a small exit block (or to a block without line numbers that does
    /// not fall through) by a copy of that block.
    fn inline_small_or_no_lineno_blocks(&mut self) {
        const MAX_COPY_SIZE: usize = 4;
        loop {
            let mut changes = false;
            for b in self.order() {
                let Some(last) = self.blocks[b].last().copied() else { continue };
                if !last.op.is_unconditional_jump() {
                    continue;
                }
                let Some(target) = last.target else { continue };
                let t = &self.blocks[target];
                let small_exit = t.exits_scope() && t.instrs.len() <= MAX_COPY_SIZE;
                let no_lineno_no_fallthrough = t.has_no_lineno() && !t.has_fallthrough();
                if small_exit || no_lineno_no_fallthrough {
                    let removed = last.op;
                    let n = self.blocks[b].instrs.len();
                    self.blocks[b].instrs[n - 1].set_op0(Opcode::NOP);
                    let copied = self.blocks[target].instrs.clone();
                    self.blocks[b].instrs.extend(copied);
                    if no_lineno_no_fallthrough {
                        let last = self.blocks[b].instrs.last_mut().expect("just extended");
                        if last.op.is_unconditional_jump() && removed == Opcode::JUMP {
                            last.op = Opcode::JUMP;
                        }
                    }
                    self.blocks[target].predecessors = self.blocks[target].predecessors.saturating_sub(1);
                    changes = true;
                }
            }
            if !changes {
                break;
            }
        }
    }

    fn resolve_line_numbers(&mut self) {
        self.duplicate_exits_without_lineno();
        self.propagate_line_numbers();
    }

    fn is_exit_or_eval_check_without_lineno(&self, b: BlockId) -> bool {
        let blk = &self.blocks[b];
        (blk.exits_scope() || blk.has_eval_break()) && blk.has_no_lineno()
    }

    /// Give each exit block without a line number a single predecessor (copying it), so it
    /// can inherit that predecessor's line (PEP 626).
    fn duplicate_exits_without_lineno(&mut self) {
        for b in self.order() {
            let Some(last) = self.blocks[b].last().copied() else { continue };
            if !last.op.is_jump() {
                continue;
            }
            let Some(target) = self.next_nonempty(last.target) else { continue };
            if self.is_exit_or_eval_check_without_lineno(target) && self.blocks[target].predecessors > 1 {
                let new = self.new_block();
                self.blocks[new].instrs = self.blocks[target].instrs.clone();
                self.blocks[new].instrs[0].loc = last.loc;
                let n = self.blocks[b].instrs.len();
                self.blocks[b].instrs[n - 1].target = Some(new);
                self.blocks[target].predecessors -= 1;
                self.blocks[new].predecessors = 1;
                self.blocks[new].next = self.blocks[target].next;
                self.blocks[new].labeled = true;
                self.blocks[target].next = Some(new);
            }
        }
        for b in self.order() {
            if !self.blocks[b].has_fallthrough() || self.blocks[b].instrs.is_empty() {
                continue;
            }
            let Some(next) = self.blocks[b].next else { continue };
            if self.is_exit_or_eval_check_without_lineno(next) {
                let loc = self.blocks[b].last().expect("non-empty").loc;
                self.blocks[next].instrs[0].loc = loc;
            }
        }
    }

    fn propagate_line_numbers(&mut self) {
        for b in self.order() {
            let Some(last) = self.blocks[b].last().copied() else { continue };
            let mut prev = Location::NONE;
            for instr in &mut self.blocks[b].instrs {
                if instr.loc.line == -1 {
                    instr.loc = prev;
                } else {
                    prev = instr.loc;
                }
            }
            if self.blocks[b].has_fallthrough() {
                if let Some(next) = self.blocks[b].next {
                    let nb = &mut self.blocks[next];
                    if nb.predecessors == 1 && !nb.instrs.is_empty() && nb.instrs[0].loc.line == -1 {
                        nb.instrs[0].loc = prev;
                    }
                }
            }
            if last.op.is_jump() {
                if let Some(t) = last.target {
                    let tb = &mut self.blocks[t];
                    if tb.predecessors == 1 && !tb.instrs.is_empty() && tb.instrs[0].loc.line == -1 {
                        tb.instrs[0].loc = prev;
                    }
                }
            }
        }
    }

    // ---- constants -------------------------------------------------------------------------

    fn const_value(consts: &ConstTable, instr: &CfgInstr) -> Option<ConstValue> {
        match instr.op {
            Opcode::LOAD_CONST => Some(consts.get(instr.oparg).clone()),
            Opcode::LOAD_SMALL_INT => Some(ConstValue::Int(instr.oparg.into())),
            _ => None,
        }
    }

    fn loads_const(op: Opcode) -> bool {
        matches!(op, Opcode::LOAD_CONST | Opcode::LOAD_SMALL_INT)
    }

    /// Make `instr` load `value`: `LOAD_SMALL_INT` when it can, else `LOAD_CONST`.
    fn make_load_const(instr: &mut CfgInstr, value: ConstValue, consts: &mut ConstTable) {
        match value.small_int() {
            Some(v) => instr.set_op1(Opcode::LOAD_SMALL_INT, v),
            None => {
                let i = consts.add(value);
                instr.set_op1(Opcode::LOAD_CONST, i);
            }
        }
    }

    /// CPython's `basicblock_optimize_load_const`: small ints, constant conditions,
    /// `is None` jumps and constant `TO_BOOL`.
    fn optimize_load_const(&mut self, consts: &mut ConstTable) {
        for b in self.order() {
            let mut opcode = Opcode::NOP;
            let mut oparg = 0;
            let n = self.blocks[b].instrs.len();
            for i in 0..n {
                let bb = &mut self.blocks[b];
                if bb.instrs[i].op == Opcode::LOAD_CONST {
                    if let Some(v) = consts.get(bb.instrs[i].oparg).small_int() {
                        bb.instrs[i].set_op1(Opcode::LOAD_SMALL_INT, v);
                    }
                }
                let inst = bb.instrs[i];
                let copy_of_load_const =
                    opcode == Opcode::LOAD_CONST && inst.op == Opcode::COPY && inst.oparg == 1;
                if !copy_of_load_const {
                    opcode = inst.op;
                    oparg = inst.oparg;
                }
                if !Self::loads_const(opcode) {
                    continue;
                }
                let Some(next) = bb.instrs.get(i + 1).copied() else { continue };
                let value = if opcode == Opcode::LOAD_CONST {
                    consts.get(oparg).clone()
                } else {
                    ConstValue::Int(oparg.into())
                };
                match next.op {
                    Opcode::POP_JUMP_IF_FALSE
                    | Opcode::POP_JUMP_IF_TRUE
                    | Opcode::JUMP_IF_FALSE
                    | Opcode::JUMP_IF_TRUE => {
                        let is_true = fold::is_true(&value);
                        if next.op.stack_effect(0, false) == -1 {
                            bb.instrs[i].set_op0(Opcode::NOP);
                        }
                        let jump_if_true = matches!(next.op, Opcode::POP_JUMP_IF_TRUE | Opcode::JUMP_IF_TRUE);
                        if is_true == jump_if_true {
                            bb.instrs[i + 1].op = Opcode::JUMP;
                        } else {
                            bb.instrs[i + 1].set_op0(Opcode::NOP);
                        }
                    }
                    Opcode::IS_OP => {
                        if !matches!(value, ConstValue::None) || n <= i + 2 {
                            continue;
                        }
                        let mut j = i + 2;
                        if bb.instrs[j].op == Opcode::TO_BOOL {
                            bb.instrs[j].set_op0(Opcode::NOP);
                            if n <= i + 3 {
                                continue;
                            }
                            j = i + 3;
                        }
                        let mut invert = bb.instrs[i + 1].oparg != 0;
                        match bb.instrs[j].op {
                            Opcode::POP_JUMP_IF_FALSE => invert = !invert,
                            Opcode::POP_JUMP_IF_TRUE => {}
                            _ => continue,
                        }
                        bb.instrs[i].set_op0(Opcode::NOP);
                        bb.instrs[i + 1].set_op0(Opcode::NOP);
                        bb.instrs[j].op =
                            if invert { Opcode::POP_JUMP_IF_NOT_NONE } else { Opcode::POP_JUMP_IF_NONE };
                    }
                    Opcode::TO_BOOL => {
                        let index = consts.add(ConstValue::Bool(fold::is_true(&value)));
                        bb.instrs[i].set_op0(Opcode::NOP);
                        bb.instrs[i + 1].set_op1(Opcode::LOAD_CONST, index);
                    }
                    _ => {}
                }
            }
        }
    }

    /// The `n` constant loads ending just before index `start` (skipping NOPs), in order.
    fn const_loading_instrs(&self, b: BlockId, start: usize, n: usize) -> Option<Vec<usize>> {
        let mut found = Vec::with_capacity(n);
        let mut i = start as isize;
        while i >= 0 && found.len() < n {
            let instr = &self.blocks[b].instrs[i as usize];
            if instr.op != Opcode::NOP {
                if !Self::loads_const(instr.op) {
                    return None;
                }
                found.push(i as usize);
            }
            i -= 1;
        }
        if found.len() < n {
            return None;
        }
        found.reverse();
        Some(found)
    }

    fn nop_out(&mut self, b: BlockId, idx: &[usize]) {
        for &i in idx {
            let instr = &mut self.blocks[b].instrs[i];
            instr.set_op0(Opcode::NOP);
            instr.loc = Location::NONE;
        }
    }

    fn values_of(&self, b: BlockId, idx: &[usize], consts: &ConstTable) -> Vec<ConstValue> {
        idx.iter().filter_map(|&i| Self::const_value(consts, &self.blocks[b].instrs[i])).collect()
    }

    fn fold_tuple_of_constants(&mut self, b: BlockId, i: usize, consts: &mut ConstTable) {
        let n = self.blocks[b].instrs[i].oparg as usize;
        if n > STACK_USE_GUIDELINE || i < n {
            return;
        }
        let Some(idx) = self.const_loading_instrs(b, i.wrapping_sub(1), n) else { return };
        if n > 0 && i == 0 {
            return;
        }
        let values = self.values_of(b, &idx, consts);
        self.nop_out(b, &idx);
        Self::make_load_const(&mut self.blocks[b].instrs[i], ConstValue::Tuple(values), consts);
    }

    fn fold_list_to_tuple(&mut self, b: BlockId, i: usize, consts: &mut ConstTable) {
        let mut expect_append = true;
        let mut pos = i as isize - 1;
        while pos >= 0 {
            let instr = self.blocks[b].instrs[pos as usize];
            if instr.op == Opcode::NOP {
                pos -= 1;
                continue;
            }
            if instr.op == Opcode::BUILD_LIST && instr.oparg == 0 {
                if !expect_append {
                    return;
                }
                let mut values = Vec::new();
                for p in pos as usize..i {
                    let ins = self.blocks[b].instrs[p];
                    if ins.op == Opcode::NOP {
                        continue;
                    }
                    if let Some(v) = Self::const_value(consts, &ins) {
                        values.push(v);
                    }
                    self.nop_out(b, &[p]);
                }
                Self::make_load_const(&mut self.blocks[b].instrs[i], ConstValue::Tuple(values), consts);
                return;
            }
            if expect_append {
                if instr.op != Opcode::LIST_APPEND || instr.oparg != 1 {
                    return;
                }
            } else if !Self::loads_const(instr.op) {
                return;
            }
            expect_append = !expect_append;
            pos -= 1;
        }
    }

    /// Constant lists and sets: a tuple/frozenset constant when only iterated or tested with
    /// `in`, otherwise built from one constant when they have at least three items.
    fn optimize_lists_and_sets(
        &mut self,
        b: BlockId,
        i: usize,
        nextop: Option<Opcode>,
        consts: &mut ConstTable,
    ) {
        const MIN_CONST_SEQUENCE_SIZE: usize = 3;
        let instr = self.blocks[b].instrs[i];
        let contains_or_iter = matches!(nextop, Some(Opcode::GET_ITER | Opcode::CONTAINS_OP));
        let n = instr.oparg as usize;
        if n > STACK_USE_GUIDELINE || (n < MIN_CONST_SEQUENCE_SIZE && !contains_or_iter) {
            return;
        }
        let idx = if n == 0 {
            Some(Vec::new())
        } else if i == 0 {
            None
        } else {
            self.const_loading_instrs(b, i - 1, n)
        };
        let Some(idx) = idx else {
            if contains_or_iter && instr.op == Opcode::BUILD_LIST {
                self.blocks[b].instrs[i].set_op1(Opcode::BUILD_TUPLE, instr.oparg);
            }
            return;
        };
        let values = self.values_of(b, &idx, consts);
        let value =
            if instr.op == Opcode::BUILD_SET { fold::frozenset(values) } else { ConstValue::Tuple(values) };
        let index = consts.add(value);
        self.nop_out(b, &idx);
        if contains_or_iter {
            self.blocks[b].instrs[i].set_op1(Opcode::LOAD_CONST, index);
        } else {
            let loc = instr.loc;
            let ins = &mut self.blocks[b].instrs;
            ins[i - 2].loc = loc;
            ins[i - 2].set_op1(instr.op, 0);
            ins[i - 1].set_op1(Opcode::LOAD_CONST, index);
            let extend =
                if instr.op == Opcode::BUILD_LIST { Opcode::LIST_EXTEND } else { Opcode::SET_UPDATE };
            ins[i].set_op1(extend, 1);
        }
    }

    fn fold_binop(&mut self, b: BlockId, i: usize, consts: &mut ConstTable) {
        if i < 2 {
            return;
        }
        let Some(idx) = self.const_loading_instrs(b, i - 1, 2) else { return };
        let values = self.values_of(b, &idx, consts);
        let op = self.blocks[b].instrs[i].oparg;
        let Some(result) = fold::binary_op(op, &values[0], &values[1]) else { return };
        self.nop_out(b, &idx);
        Self::make_load_const(&mut self.blocks[b].instrs[i], result, consts);
    }

    fn fold_unaryop(&mut self, b: BlockId, i: usize, kind: UnaryKind, consts: &mut ConstTable) {
        if i < 1 {
            return;
        }
        let Some(idx) = self.const_loading_instrs(b, i - 1, 1) else { return };
        let values = self.values_of(b, &idx, consts);
        let Some(result) = fold::unary_op(kind, &values[0]) else { return };
        self.nop_out(b, &idx);
        Self::make_load_const(&mut self.blocks[b].instrs[i], result, consts);
    }

    /// Replace a jump to a jump by a jump to the final target (CPython's `jump_thread`).
    fn jump_thread(&mut self, b: BlockId, i: usize, target: CfgInstr, op: Opcode) -> bool {
        if self.blocks[b].instrs[i].target != target.target {
            self.blocks[b].instrs[i].set_op0(Opcode::NOP);
            let mut jump = CfgInstr::new(op, 0, target.loc);
            jump.target = target.target;
            jump.except = self.blocks[b].instrs[i].except;
            self.blocks[b].instrs.push(jump);
            return true;
        }
        false
    }

    /// Peephole optimisations within one block (CPython's `optimize_basic_block`). The arms
    /// mirror CPython's `switch`, conditions inside them included.
    #[allow(clippy::collapsible_match)]
    fn optimize_basic_block(&mut self, b: BlockId, consts: &mut ConstTable) {
        let mut i: isize = 0;
        while (i as usize) < self.blocks[b].instrs.len() {
            let iu = i as usize;
            let inst = self.blocks[b].instrs[iu];
            let target = match inst.target {
                Some(t) if inst.op.has_target() => self.blocks[t]
                    .instrs
                    .first()
                    .copied()
                    .unwrap_or(CfgInstr::new(Opcode::NOP, 0, Location::NONE)),
                _ => CfgInstr::new(Opcode::NOP, 0, Location::NONE),
            };
            let next = self.blocks[b].instrs.get(iu + 1).copied();
            let nextop = next.map(|n| n.op);
            match inst.op {
                Opcode::BUILD_TUPLE => {
                    if let Some(nx) = next {
                        if nx.op == Opcode::UNPACK_SEQUENCE && nx.oparg == inst.oparg {
                            match inst.oparg {
                                1 => {
                                    self.blocks[b].instrs[iu].set_op0(Opcode::NOP);
                                    self.blocks[b].instrs[iu + 1].set_op0(Opcode::NOP);
                                    i += 1;
                                    continue;
                                }
                                2 | 3 => {
                                    self.blocks[b].instrs[iu].set_op0(Opcode::NOP);
                                    self.blocks[b].instrs[iu + 1].op = Opcode::SWAP;
                                    i += 1;
                                    continue;
                                }
                                _ => {}
                            }
                        }
                    }
                    self.fold_tuple_of_constants(b, iu, consts);
                }
                Opcode::BUILD_LIST | Opcode::BUILD_SET => self.optimize_lists_and_sets(b, iu, nextop, consts),
                Opcode::POP_JUMP_IF_NOT_NONE
                | Opcode::POP_JUMP_IF_NONE
                | Opcode::POP_JUMP_IF_FALSE
                | Opcode::POP_JUMP_IF_TRUE => {
                    if target.op == Opcode::JUMP && self.jump_thread(b, iu, target, inst.op) {
                        i -= 1;
                    }
                }
                Opcode::JUMP_IF_FALSE | Opcode::JUMP_IF_TRUE => {
                    let same = inst.op;
                    let opposite = if same == Opcode::JUMP_IF_FALSE {
                        Opcode::JUMP_IF_TRUE
                    } else {
                        Opcode::JUMP_IF_FALSE
                    };
                    if target.op == Opcode::JUMP || target.op == same {
                        if self.jump_thread(b, iu, target, same) {
                            i -= 1;
                        }
                        i += 1;
                        continue;
                    } else if target.op == opposite {
                        let t = inst.target.expect("jumps have targets");
                        if let Some(tn) = self.blocks[t].next {
                            self.blocks[b].instrs[iu].target = Some(tn);
                            continue;
                        }
                    }
                }
                Opcode::JUMP | Opcode::JUMP_NO_INTERRUPT => {
                    if target.op == Opcode::JUMP {
                        if self.jump_thread(b, iu, target, Opcode::JUMP) {
                            i -= 1;
                        }
                        i += 1;
                        continue;
                    } else if target.op == Opcode::JUMP_NO_INTERRUPT {
                        if self.jump_thread(b, iu, target, inst.op) {
                            i -= 1;
                        }
                        i += 1;
                        continue;
                    }
                }
                Opcode::STORE_FAST => {
                    if let Some(nx) = next {
                        if nx.op == Opcode::STORE_FAST
                            && nx.oparg == inst.oparg
                            && inst.loc.line == nx.loc.line
                        {
                            self.blocks[b].instrs[iu].set_op0(Opcode::POP_TOP);
                        }
                    }
                }
                Opcode::SWAP => {
                    if inst.oparg == 1 {
                        self.blocks[b].instrs[iu].set_op0(Opcode::NOP);
                    }
                }
                Opcode::LOAD_GLOBAL => {
                    if nextop == Some(Opcode::PUSH_NULL) && inst.oparg & 1 == 0 {
                        self.blocks[b].instrs[iu].oparg |= 1;
                        self.blocks[b].instrs[iu + 1].set_op0(Opcode::NOP);
                    }
                }
                Opcode::COMPARE_OP => {
                    if nextop == Some(Opcode::TO_BOOL) {
                        self.blocks[b].instrs[iu].set_op0(Opcode::NOP);
                        self.blocks[b].instrs[iu + 1]
                            .set_op1(Opcode::COMPARE_OP, inst.oparg | opc::COMPARE_BOOL_FLAG);
                        i += 1;
                        continue;
                    }
                }
                Opcode::CONTAINS_OP | Opcode::IS_OP => {
                    if nextop == Some(Opcode::TO_BOOL) {
                        self.blocks[b].instrs[iu].set_op0(Opcode::NOP);
                        self.blocks[b].instrs[iu + 1].set_op1(inst.op, inst.oparg);
                        i += 1;
                        continue;
                    }
                    if nextop == Some(Opcode::UNARY_NOT) {
                        self.blocks[b].instrs[iu].set_op0(Opcode::NOP);
                        self.blocks[b].instrs[iu + 1].set_op1(inst.op, inst.oparg ^ 1);
                        i += 1;
                        continue;
                    }
                }
                Opcode::TO_BOOL => {
                    if nextop == Some(Opcode::TO_BOOL) {
                        self.blocks[b].instrs[iu].set_op0(Opcode::NOP);
                        i += 1;
                        continue;
                    }
                }
                Opcode::UNARY_NOT => {
                    if nextop == Some(Opcode::TO_BOOL) {
                        self.blocks[b].instrs[iu].set_op0(Opcode::NOP);
                        self.blocks[b].instrs[iu + 1].set_op0(Opcode::UNARY_NOT);
                        i += 1;
                        continue;
                    }
                    if nextop == Some(Opcode::UNARY_NOT) {
                        self.blocks[b].instrs[iu].set_op0(Opcode::NOP);
                        self.blocks[b].instrs[iu + 1].set_op0(Opcode::NOP);
                        i += 1;
                        continue;
                    }
                    self.fold_unaryop(b, iu, UnaryKind::Not, consts);
                }
                Opcode::UNARY_INVERT => self.fold_unaryop(b, iu, UnaryKind::Invert, consts),
                Opcode::UNARY_NEGATIVE => self.fold_unaryop(b, iu, UnaryKind::Negative, consts),
                Opcode::CALL_INTRINSIC_1 => {
                    if inst.oparg == opc::INTRINSIC_LIST_TO_TUPLE {
                        if nextop == Some(Opcode::GET_ITER) {
                            self.blocks[b].instrs[iu].set_op0(Opcode::NOP);
                        } else {
                            self.fold_list_to_tuple(b, iu, consts);
                        }
                    } else if inst.oparg == opc::INTRINSIC_UNARY_POSITIVE {
                        self.fold_unaryop(b, iu, UnaryKind::Positive, consts);
                    }
                }
                Opcode::BINARY_OP => self.fold_binop(b, iu, consts),
                _ => {}
            }
            i += 1;
        }
        let mut i = 0;
        while i < self.blocks[b].instrs.len() {
            if self.blocks[b].instrs[i].op == Opcode::SWAP {
                i = self.swaptimize(b, i);
                self.apply_static_swaps(b, i as isize);
            }
            i += 1;
        }
    }

    /// Replace a run of SWAPs (and NOPs) by an equivalent minimal one; returns the index of
    /// the run's last instruction (CPython's `swaptimize`).
    fn swaptimize(&mut self, b: BlockId, ix: usize) -> usize {
        let instrs = &mut self.blocks[b].instrs;
        let mut depth = instrs[ix].oparg as usize;
        let mut len = 0;
        let mut more = false;
        let limit = instrs.len() - ix;
        loop {
            len += 1;
            if len >= limit {
                break;
            }
            match instrs[ix + len].op {
                Opcode::SWAP => {
                    depth = depth.max(instrs[ix + len].oparg as usize);
                    more = true;
                }
                Opcode::NOP => {}
                _ => break,
            }
        }
        if !more {
            return ix;
        }
        let mut stack: Vec<isize> = (0..depth as isize).collect();
        for k in 0..len {
            if instrs[ix + k].op == Opcode::SWAP {
                let oparg = instrs[ix + k].oparg as usize;
                stack.swap(0, oparg - 1);
            }
        }
        const VISITED: isize = -1;
        let mut current = len as isize - 1;
        for i in 0..depth {
            if stack[i] == VISITED || stack[i] == i as isize {
                continue;
            }
            let mut j = i;
            loop {
                if j != 0 {
                    let c = ix + current as usize;
                    instrs[c].op = Opcode::SWAP;
                    instrs[c].oparg = j as u32 + 1;
                    current -= 1;
                }
                if stack[j] == VISITED {
                    break;
                }
                let next_j = stack[j] as usize;
                stack[j] = VISITED;
                j = next_j;
            }
        }
        while current >= 0 {
            instrs[ix + current as usize].set_op0(Opcode::NOP);
            current -= 1;
        }
        ix + len - 1
    }

    fn next_swappable(&self, b: BlockId, mut i: usize, lineno: i32) -> Option<usize> {
        let instrs = &self.blocks[b].instrs;
        loop {
            i += 1;
            if i >= instrs.len() {
                return None;
            }
            let instr = &instrs[i];
            if lineno >= 0 && instr.loc.line != lineno {
                return None;
            }
            if instr.op == Opcode::NOP {
                continue;
            }
            return swappable(instr.op).then_some(i);
        }
    }

    /// Turn `SWAP`s followed by simple stores/pops into reordered stores (CPython's
    /// `apply_static_swaps`).
    fn apply_static_swaps(&mut self, b: BlockId, mut i: isize) {
        while i >= 0 {
            let swap = self.blocks[b].instrs[i as usize];
            if swap.op != Opcode::SWAP {
                if swap.op == Opcode::NOP || swappable(swap.op) {
                    i -= 1;
                    continue;
                }
                return;
            }
            let Some(j) = self.next_swappable(b, i as usize, -1) else { return };
            let mut k = j;
            let lineno = self.blocks[b].instrs[j].loc.line;
            for _ in 1..swap.oparg {
                match self.next_swappable(b, k, lineno) {
                    Some(nk) => k = nk,
                    None => return,
                }
            }
            let stores_to = |ins: &CfgInstr| -> Option<u32> {
                matches!(ins.op, Opcode::STORE_FAST | Opcode::STORE_FAST_MAYBE_NULL).then_some(ins.oparg)
            };
            let instrs = &self.blocks[b].instrs;
            let (sj, sk) = (stores_to(&instrs[j]), stores_to(&instrs[k]));
            if sj.is_some() || sk.is_some() {
                if sj == sk {
                    return;
                }
                for ins in &instrs[j + 1..k] {
                    if let Some(s) = stores_to(ins) {
                        if Some(s) == sj || Some(s) == sk {
                            return;
                        }
                    }
                }
            }
            self.blocks[b].instrs[i as usize].set_op0(Opcode::NOP);
            self.blocks[b].instrs.swap(j, k);
            i -= 1;
        }
    }

    fn remove_redundant_nops_in(&mut self, b: BlockId) -> usize {
        let n = self.blocks[b].instrs.len();
        let mut dest = 0;
        let mut prev_lineno = -1;
        for src in 0..n {
            let instr = self.blocks[b].instrs[src];
            let lineno = instr.loc.line;
            if instr.op == Opcode::NOP {
                if lineno < 0 {
                    continue;
                }
                if prev_lineno == lineno {
                    continue;
                }
                if src < n - 1 {
                    let next_lineno = self.blocks[b].instrs[src + 1].loc.line;
                    if next_lineno == lineno {
                        continue;
                    }
                    if next_lineno < 0 {
                        self.blocks[b].instrs[src + 1].loc = instr.loc;
                        continue;
                    }
                } else if let Some(next) = self.next_nonempty(self.blocks[b].next) {
                    let next_loc = self.blocks[next]
                        .instrs
                        .iter()
                        .find(|i| !(i.op == Opcode::NOP && i.loc.line < 0))
                        .map_or(Location::NONE, |i| i.loc);
                    if lineno == next_loc.line {
                        continue;
                    }
                }
            }
            if dest != src {
                self.blocks[b].instrs[dest] = self.blocks[b].instrs[src];
            }
            dest += 1;
            prev_lineno = lineno;
        }
        self.blocks[b].instrs.truncate(dest);
        n - dest
    }

    fn remove_redundant_nops(&mut self) -> usize {
        self.order().into_iter().map(|b| self.remove_redundant_nops_in(b)).sum()
    }

    /// Remove `LOAD_CONST; POP_TOP` and `COPY 1; POP_TOP` pairs.
    fn remove_redundant_nops_and_pairs(&mut self) {
        let mut done = false;
        while !done {
            done = true;
            let mut instr: Option<(BlockId, usize)> = None;
            for b in self.order() {
                self.remove_redundant_nops_in(b);
                if self.blocks[b].labeled {
                    instr = None;
                }
                for i in 0..self.blocks[b].instrs.len() {
                    let prev = instr;
                    instr = Some((b, i));
                    let (pop, parg) = prev.map_or((Opcode::NOP, 0), |(pb, pi)| {
                        let p = self.blocks[pb].instrs[pi];
                        (p.op, p.oparg)
                    });
                    let op = self.blocks[b].instrs[i].op;
                    let redundant = op == Opcode::POP_TOP
                        && (Self::loads_const(pop) || (pop == Opcode::COPY && parg == 1));
                    if redundant {
                        let (pb, pi) = prev.expect("redundant pair has a previous instruction");
                        self.blocks[pb].instrs[pi].set_op0(Opcode::NOP);
                        self.blocks[b].instrs[i].set_op0(Opcode::NOP);
                        done = false;
                    }
                }
                let last_is_jump = instr.is_some_and(|(ib, ii)| self.blocks[ib].instrs[ii].op.is_jump());
                if last_is_jump || !self.blocks[b].has_fallthrough() {
                    instr = None;
                }
            }
        }
    }

    fn remove_redundant_jumps(&mut self) -> usize {
        let mut changes = 0;
        for b in self.order() {
            let Some(last) = self.blocks[b].last().copied() else { continue };
            if last.op.is_unconditional_jump() {
                let target = self.next_nonempty(last.target);
                let next = self.next_nonempty(self.blocks[b].next);
                if target.is_some() && target == next {
                    changes += 1;
                    let n = self.blocks[b].instrs.len();
                    self.blocks[b].instrs[n - 1].set_op0(Opcode::NOP);
                }
            }
        }
        changes
    }

    fn remove_redundant_nops_and_jumps(&mut self) {
        loop {
            let removed = self.remove_redundant_nops() + self.remove_redundant_jumps();
            if removed == 0 {
                break;
            }
        }
    }

    /// Drop constants no instruction loads (the first is always kept: it may be the
    /// docstring) and renumber `LOAD_CONST`s.
    fn remove_unused_consts(&mut self, consts: &mut ConstTable) {
        let n = consts.len();
        if n == 0 {
            return;
        }
        let mut used = vec![false; n];
        used[0] = true;
        for b in self.order() {
            for instr in &self.blocks[b].instrs {
                if instr.op.has_const() {
                    used[instr.oparg as usize] = true;
                }
            }
        }
        if used.iter().all(|&u| u) {
            return;
        }
        let keep: Vec<u32> = (0..n as u32).filter(|&i| used[i as usize]).collect();
        let map = consts.retain(&keep);
        for b in self.order() {
            for instr in &mut self.blocks[b].instrs {
                if instr.op.has_const() {
                    instr.oparg = map[&instr.oparg];
                }
            }
        }
    }

    // ---- uninitialised locals ----------------------------------------------------------------

    fn scan_block_for_locals(&mut self, b: BlockId, stack: &mut Vec<BlockId>) {
        let mut unsafe_mask = self.blocks[b].unsafe_locals_mask;
        for i in 0..self.blocks[b].instrs.len() {
            let instr = self.blocks[b].instrs[i];
            if let Some(e) = instr.except {
                self.maybe_push(e, unsafe_mask, stack);
            }
            if instr.oparg >= 64 {
                continue;
            }
            let bit = 1u64 << instr.oparg;
            match instr.op {
                Opcode::DELETE_FAST | Opcode::LOAD_FAST_AND_CLEAR | Opcode::STORE_FAST_MAYBE_NULL => {
                    unsafe_mask |= bit
                }
                Opcode::STORE_FAST | Opcode::LOAD_FAST_CHECK => unsafe_mask &= !bit,
                Opcode::LOAD_FAST => {
                    if unsafe_mask & bit != 0 {
                        self.blocks[b].instrs[i].op = Opcode::LOAD_FAST_CHECK;
                    }
                    unsafe_mask &= !bit;
                }
                _ => {}
            }
        }
        if self.blocks[b].has_fallthrough() {
            if let Some(next) = self.blocks[b].next {
                self.maybe_push(next, unsafe_mask, stack);
            }
        }
        if let Some(last) = self.blocks[b].last().copied() {
            if last.op.is_jump() {
                if let Some(t) = last.target {
                    self.maybe_push(t, unsafe_mask, stack);
                }
            }
        }
    }

    fn maybe_push(&mut self, b: BlockId, unsafe_mask: u64, stack: &mut Vec<BlockId>) {
        let both = self.blocks[b].unsafe_locals_mask | unsafe_mask;
        if self.blocks[b].unsafe_locals_mask != both {
            self.blocks[b].unsafe_locals_mask = both;
            if !self.blocks[b].visited {
                self.blocks[b].visited = true;
                stack.push(b);
            }
        }
    }

    fn fast_scan_many_locals(&mut self, nlocals: usize) {
        let mut states = vec![0usize; nlocals - 64];
        let mut blocknum = 0;
        for b in self.order() {
            blocknum += 1;
            for instr in &mut self.blocks[b].instrs {
                let arg = instr.oparg as usize;
                if arg < 64 || arg >= nlocals {
                    continue;
                }
                match instr.op {
                    Opcode::DELETE_FAST | Opcode::LOAD_FAST_AND_CLEAR | Opcode::STORE_FAST_MAYBE_NULL => {
                        states[arg - 64] = blocknum - 1
                    }
                    Opcode::STORE_FAST => states[arg - 64] = blocknum,
                    Opcode::LOAD_FAST => {
                        if states[arg - 64] != blocknum {
                            instr.op = Opcode::LOAD_FAST_CHECK;
                        }
                        states[arg - 64] = blocknum;
                    }
                    _ => {}
                }
            }
        }
    }

    /// `LOAD_FAST` of a local that may be unset becomes `LOAD_FAST_CHECK` (which raises
    /// `UnboundLocalError`).
    fn add_checks_for_loads_of_uninitialized_variables(&mut self, nlocals: usize, nparams: usize) {
        if nlocals == 0 {
            return;
        }
        let mut nlocals = nlocals;
        if nlocals > 64 {
            self.fast_scan_many_locals(nlocals);
            nlocals = 64;
        }
        self.reset_visited();
        let mut stack = Vec::new();
        let mut start_mask = 0u64;
        for i in nparams..nlocals {
            start_mask |= 1u64 << i;
        }
        self.maybe_push(Cfg::ENTRY, start_mask, &mut stack);
        for b in self.order() {
            self.scan_block_for_locals(b, &mut stack);
        }
        while let Some(b) = stack.pop() {
            self.blocks[b].visited = false;
            self.scan_block_for_locals(b, &mut stack);
        }
    }

    fn make_super_instruction(&mut self, b: BlockId, i: usize, op: Opcode) {
        let (i1, i2) = (self.blocks[b].instrs[i], self.blocks[b].instrs[i + 1]);
        let (l1, l2) = (i1.loc.line, i2.loc.line);
        if l1 >= 0 && l2 >= 0 && l1 != l2 {
            return;
        }
        if i1.oparg >= 16 || i2.oparg >= 16 {
            return;
        }
        self.blocks[b].instrs[i].set_op1(op, i1.oparg << 4 | i2.oparg);
        self.blocks[b].instrs[i + 1].set_op0(Opcode::NOP);
    }

    fn insert_superinstructions(&mut self) {
        for b in self.order() {
            for i in 0..self.blocks[b].instrs.len() {
                let op = self.blocks[b].instrs[i].op;
                let Some(next) = self.blocks[b].instrs.get(i + 1).map(|n| n.op) else { continue };
                match (op, next) {
                    (Opcode::LOAD_FAST, Opcode::LOAD_FAST) => {
                        self.make_super_instruction(b, i, Opcode::LOAD_FAST_LOAD_FAST)
                    }
                    (Opcode::STORE_FAST, Opcode::LOAD_FAST) => {
                        self.make_super_instruction(b, i, Opcode::STORE_FAST_LOAD_FAST)
                    }
                    (Opcode::STORE_FAST, Opcode::STORE_FAST) => {
                        self.make_super_instruction(b, i, Opcode::STORE_FAST_STORE_FAST)
                    }
                    _ => {}
                }
            }
        }
        self.remove_redundant_nops();
    }

    // ---- cold code ------------------------------------------------------------------------

    fn mark_warm(&mut self) {
        self.reset_visited();
        let mut stack = vec![Cfg::ENTRY];
        self.blocks[Cfg::ENTRY].visited = true;
        while let Some(b) = stack.pop() {
            self.blocks[b].warm = true;
            if let Some(next) = self.blocks[b].next {
                if self.blocks[b].has_fallthrough() && !self.blocks[next].visited {
                    self.blocks[next].visited = true;
                    stack.push(next);
                }
            }
            for i in 0..self.blocks[b].instrs.len() {
                let instr = self.blocks[b].instrs[i];
                if instr.op.is_jump() {
                    if let Some(t) = instr.target {
                        if !self.blocks[t].visited {
                            self.blocks[t].visited = true;
                            stack.push(t);
                        }
                    }
                }
            }
        }
    }

    fn mark_cold(&mut self) {
        self.mark_warm();
        self.reset_visited();
        let mut stack = Vec::new();
        for b in self.order() {
            if self.blocks[b].except_handler {
                self.blocks[b].visited = true;
                stack.push(b);
            }
        }
        while let Some(b) = stack.pop() {
            self.blocks[b].cold = true;
            if let Some(next) = self.blocks[b].next {
                if self.blocks[b].has_fallthrough() && !self.blocks[next].warm && !self.blocks[next].visited {
                    self.blocks[next].visited = true;
                    stack.push(next);
                }
            }
            for i in 0..self.blocks[b].instrs.len() {
                let instr = self.blocks[b].instrs[i];
                if instr.op.is_jump() {
                    if let Some(t) = instr.target {
                        if !self.blocks[t].warm && !self.blocks[t].visited {
                            self.blocks[t].visited = true;
                            stack.push(t);
                        }
                    }
                }
            }
        }
    }

    /// Move exception-handling code after the normal path (CPython's
    /// `push_cold_blocks_to_end`).
    fn push_cold_blocks_to_end(&mut self) {
        if self.blocks[Cfg::ENTRY].next.is_none() {
            return;
        }
        for b in &mut self.blocks {
            b.cold = false;
            b.warm = false;
        }
        self.mark_cold();
        for b in self.order() {
            let blk = &self.blocks[b];
            if blk.cold && blk.has_fallthrough() {
                if let Some(next) = blk.next {
                    if self.blocks[next].warm {
                        self.blocks[next].labeled = true;
                        let j = self.new_block();
                        let mut jump = CfgInstr::new(Opcode::JUMP_NO_INTERRUPT, 0, Location::NONE);
                        jump.target = Some(next);
                        self.blocks[j].instrs.push(jump);
                        self.blocks[j].cold = true;
                        self.blocks[j].next = Some(next);
                        self.blocks[j].predecessors = 1;
                        self.blocks[b].next = Some(j);
                    }
                }
            }
        }
        let order = self.order();
        let (warm, cold): (Vec<BlockId>, Vec<BlockId>) =
            order.into_iter().partition(|&b| !self.blocks[b].cold);
        let mut all = warm;
        let had_cold = !cold.is_empty();
        all.extend(cold);
        for w in all.windows(2) {
            self.blocks[w[0]].next = Some(w[1]);
        }
        if let Some(&last) = all.last() {
            self.blocks[last].next = None;
        }
        if had_cold {
            self.remove_redundant_nops_and_jumps();
        }
    }

    // ---- from optimised graph to instructions ------------------------------------------------

    /// `JUMP_IF_FALSE`/`JUMP_IF_TRUE` become `COPY 1; TO_BOOL; POP_JUMP_IF_*`.
    fn convert_pseudo_conditional_jumps(&mut self) {
        for b in self.order() {
            let mut i = 0;
            while i < self.blocks[b].instrs.len() {
                let instr = self.blocks[b].instrs[i];
                if matches!(instr.op, Opcode::JUMP_IF_FALSE | Opcode::JUMP_IF_TRUE) {
                    let op = if instr.op == Opcode::JUMP_IF_FALSE {
                        Opcode::POP_JUMP_IF_FALSE
                    } else {
                        Opcode::POP_JUMP_IF_TRUE
                    };
                    self.blocks[b].instrs[i].op = op;
                    let mut copy = CfgInstr::new(Opcode::COPY, 1, instr.loc);
                    copy.except = instr.except;
                    let mut to_bool = CfgInstr::new(Opcode::TO_BOOL, 0, instr.loc);
                    to_bool.except = instr.except;
                    self.blocks[b].instrs.insert(i, copy);
                    self.blocks[b].instrs.insert(i + 1, to_bool);
                    i += 2;
                }
                i += 1;
            }
        }
    }

    /// The deepest value stack any path needs; sets every reachable block's `startdepth`.
    fn calculate_stackdepth(&mut self) -> Result<u32, String> {
        for b in &mut self.blocks {
            b.startdepth = i32::MIN;
        }
        let mut stack = Vec::new();
        let mut maxdepth = 0;
        self.stackdepth_push(&mut stack, Cfg::ENTRY, 0)?;
        while let Some(b) = stack.pop() {
            let mut depth = self.blocks[b].startdepth;
            let mut next = self.blocks[b].next;
            for i in 0..self.blocks[b].instrs.len() {
                let instr = self.blocks[b].instrs[i];
                let effect =
                    if instr.op.is_block_push() { 0 } else { instr.op.stack_effect(instr.oparg, false) };
                let new_depth = depth + effect;
                if new_depth < 0 {
                    return Err("stack underflow".to_string());
                }
                maxdepth = maxdepth.max(depth);
                if instr.op.has_target() {
                    let target_depth = depth + instr.op.stack_effect(instr.oparg, true);
                    maxdepth = maxdepth.max(depth);
                    if let Some(t) = instr.target {
                        self.stackdepth_push(&mut stack, t, target_depth)?;
                    }
                }
                depth = new_depth;
                if instr.op.no_fallthrough() {
                    next = None;
                    break;
                }
            }
            if let Some(n) = next {
                self.stackdepth_push(&mut stack, n, depth)?;
            }
        }
        Ok(maxdepth as u32)
    }

    fn stackdepth_push(&mut self, stack: &mut Vec<BlockId>, b: BlockId, depth: i32) -> Result<(), String> {
        let blk = &mut self.blocks[b];
        if !(blk.startdepth < 0 || blk.startdepth == depth) {
            return Err(format!("inconsistent stack depth ({} and {depth})", blk.startdepth));
        }
        if blk.startdepth < depth && blk.startdepth < 100 {
            blk.startdepth = depth;
            stack.push(b);
        }
        Ok(())
    }

    /// Lay out the fast locals (locals, then cells that are not also locals, then frees),
    /// insert the prologue (`COPY_FREE_VARS`, `MAKE_CELL`s, `RETURN_GENERATOR`) and turn
    /// cell/free indices into local indices (CPython's `prepare_localsplus`).
    fn prepare_localsplus(&mut self, info: &UnitInfo<'_>) -> (Vec<String>, Vec<u8>) {
        let nlocals = info.varnames.len();
        let ncells = info.cellvars.len();
        let nfrees = info.freevars.len();
        let noffsets = ncells + nfrees;
        let mut fixed: Vec<usize> = (0..noffsets).map(|i| nlocals + i).collect();
        for (i, cell) in info.cellvars.iter().enumerate() {
            if let Some(arg) = info.varnames.iter().position(|v| v == cell) {
                fixed[i] = arg;
            }
        }
        // Prologue.
        let mut prefix = Vec::new();
        if nfrees > 0 {
            prefix.push(CfgInstr::new(Opcode::COPY_FREE_VARS, nfrees as u32, Location::NONE));
        }
        let mut by_offset: Vec<(usize, usize)> = (0..ncells).map(|i| (fixed[i], i)).collect();
        by_offset.sort();
        for (_, cell) in by_offset {
            prefix.push(CfgInstr::new(Opcode::MAKE_CELL, cell as u32, Location::NONE));
        }
        if info.flags & crate::bytecode::code::flags::GENERATOR != 0 {
            let loc = Location { line: info.firstlineno, end_line: info.firstlineno, col: -1, end_col: -1 };
            prefix.push(CfgInstr::new(Opcode::RETURN_GENERATOR, 0, loc));
            prefix.push(CfgInstr::new(Opcode::POP_TOP, 0, loc));
        }
        let entry = &mut self.blocks[Cfg::ENTRY].instrs;
        entry.splice(0..0, prefix);
        // Drop duplicated (argument) cells from the numbering.
        let mut numdropped = 0;
        for (i, f) in fixed.iter_mut().enumerate() {
            if *f == i + nlocals {
                *f -= numdropped;
            } else {
                numdropped += 1;
            }
        }
        for b in self.order() {
            for instr in &mut self.blocks[b].instrs {
                if matches!(
                    instr.op,
                    Opcode::MAKE_CELL
                        | Opcode::LOAD_CLOSURE
                        | Opcode::LOAD_DEREF
                        | Opcode::STORE_DEREF
                        | Opcode::DELETE_DEREF
                        | Opcode::LOAD_FROM_DICT_OR_DEREF
                ) {
                    if let Some(&f) = fixed.get(instr.oparg as usize) {
                        instr.oparg = f as u32;
                    }
                }
            }
        }
        // Names and kinds.
        let mut names: Vec<String> = info.varnames.to_vec();
        let mut kinds: Vec<u8> = info
            .varnames
            .iter()
            .map(|v| {
                let mut k = local_kind::LOCAL;
                if info.fasthidden.contains_key(v) {
                    k |= local_kind::HIDDEN;
                }
                if info.cellvars.contains(v) {
                    k |= local_kind::CELL;
                }
                k
            })
            .collect();
        for cell in info.cellvars {
            if !info.varnames.contains(cell) {
                names.push(cell.clone());
                kinds.push(local_kind::CELL);
            }
        }
        for free in info.freevars {
            names.push(free.clone());
            kinds.push(local_kind::FREE);
        }
        (names, kinds)
    }

    /// Block pushes become NOPs, `LOAD_CLOSURE` a `LOAD_FAST`, `STORE_FAST_MAYBE_NULL` a
    /// `STORE_FAST`.
    fn convert_pseudo_ops(&mut self) {
        for b in self.order() {
            for instr in &mut self.blocks[b].instrs {
                if instr.op.is_block_push() {
                    instr.set_op0(Opcode::NOP);
                    instr.target = None;
                } else if instr.op == Opcode::LOAD_CLOSURE {
                    instr.op = Opcode::LOAD_FAST;
                } else if instr.op == Opcode::STORE_FAST_MAYBE_NULL {
                    instr.op = Opcode::STORE_FAST;
                }
            }
        }
        self.remove_redundant_nops_and_jumps();
    }

    /// Conditional jumps only go forward: a backward one becomes the reversed condition
    /// around an unconditional backward jump.
    fn normalize_jumps(&mut self) {
        self.reset_visited();
        let mut b = Some(Cfg::ENTRY);
        while let Some(id) = b {
            self.blocks[id].visited = true;
            if let Some(last) = self.blocks[id].last().copied() {
                if last.op.is_conditional_jump() {
                    if let Some(target) = last.target {
                        if self.blocks[target].visited {
                            let reversed = match last.op {
                                Opcode::POP_JUMP_IF_NOT_NONE => Opcode::POP_JUMP_IF_NONE,
                                Opcode::POP_JUMP_IF_NONE => Opcode::POP_JUMP_IF_NOT_NONE,
                                Opcode::POP_JUMP_IF_FALSE => Opcode::POP_JUMP_IF_TRUE,
                                _ => Opcode::POP_JUMP_IF_FALSE,
                            };
                            let back = self.new_block();
                            let mut jump = CfgInstr::new(Opcode::JUMP, 0, last.loc);
                            jump.target = Some(target);
                            jump.except = last.except;
                            self.blocks[back].instrs.push(jump);
                            self.blocks[back].startdepth = self.blocks[target].startdepth;
                            self.blocks[back].cold = self.blocks[id].cold;
                            self.blocks[back].next = self.blocks[id].next;
                            let n = self.blocks[id].instrs.len();
                            let old_next = self.blocks[id].next;
                            let l = &mut self.blocks[id].instrs[n - 1];
                            l.op = reversed;
                            l.target = old_next;
                            self.blocks[id].next = Some(back);
                        }
                    }
                }
            }
            b = self.blocks[id].next;
        }
    }

    /// Flatten the graph; targets become instruction indices.
    fn to_instructions(&self) -> Vec<FinalInstr> {
        let order = self.order();
        let mut start = vec![0usize; self.blocks.len()];
        let mut n = 0;
        for &b in &order {
            start[b] = n;
            n += self.blocks[b].instrs.len();
        }
        let mut out = Vec::with_capacity(n);
        for &b in &order {
            for instr in &self.blocks[b].instrs {
                out.push(FinalInstr {
                    op: instr.op,
                    oparg: instr.oparg,
                    loc: instr.loc,
                    target: instr.target.map(|t| start[t]),
                    except: instr.except.map(|h| ExceptInfo {
                        target: start[h],
                        startdepth: self.blocks[h].startdepth.max(0) as u32,
                        preserve_lasti: self.blocks[h].preserve_lasti,
                    }),
                });
            }
        }
        out
    }
}

/// Above this many items a sequence is not folded into a constant in one step.
const STACK_USE_GUIDELINE: usize = 30;

fn swappable(op: Opcode) -> bool {
    matches!(op, Opcode::STORE_FAST | Opcode::STORE_FAST_MAYBE_NULL | Opcode::POP_TOP)
}
