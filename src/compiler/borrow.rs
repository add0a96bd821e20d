//! The borrow pass: `LOAD_FAST` becomes `LOAD_FAST_BORROW` (and `LOAD_FAST_LOAD_FAST` becomes
//! `LOAD_FAST_BORROW_LOAD_FAST_BORROW`) when the local is certain to outlive the reference the
//! instruction pushes, so the VM can push it without an incref.
//!
//! As CPython 3.14's `optimize_load_fast` (`Python/flowgraph.c`), run last on the final graph:
//! for each basic block reachable from the entry (by jumps and fall-through; exception handlers
//! are not followed, so their loads stay strong) the value stack is simulated as a list of
//! (producing instruction, local) entries. A load stays strong if
//!
//! - its local is overwritten or deleted (`STORE_FAST`, `DELETE_FAST`, `LOAD_FAST_AND_CLEAR`,
//!   …) while the entry is still on the stack,
//! - the entry itself is stored into a local, or
//! - the entry is still on the stack when the block ends (nothing is tracked across blocks).
//!
//! Everything else consumes its inputs before the frame's reference can go away, so the load
//! may borrow.

use super::flowgraph::{BlockId, Cfg};
use crate::bytecode::opcode::Opcode;

/// The entry on the simulated stack was not produced by an instruction of this block.
const DUMMY_INSTR: usize = usize::MAX;
/// The entry is not a local's value.
const NOT_LOCAL: u32 = u32::MAX;

/// The loaded reference is still on the stack when its local is killed.
const SUPPORT_KILLED: u8 = 1;
/// The loaded reference is stored into a local.
const STORED_AS_LOCAL: u8 = 2;
/// The loaded reference is still on the stack at the end of the block.
const REF_UNCONSUMED: u8 = 4;

#[derive(Clone, Copy, Debug)]
struct Ref {
    instr: usize,
    local: u32,
}

fn kill_local(flags: &mut [u8], refs: &[Ref], local: u32) {
    for r in refs {
        if r.local == local && r.instr != DUMMY_INSTR {
            flags[r.instr] |= SUPPORT_KILLED;
        }
    }
}

fn store_local(flags: &mut [u8], refs: &[Ref], local: u32, r: Ref) {
    kill_local(flags, refs, local);
    if r.instr != DUMMY_INSTR {
        flags[r.instr] |= STORED_AS_LOCAL;
    }
}

fn pop(refs: &mut Vec<Ref>) -> Ref {
    refs.pop().unwrap_or(Ref { instr: DUMMY_INSTR, local: NOT_LOCAL })
}

fn push_block(cfg: &mut Cfg, stack: &mut Vec<BlockId>, target: Option<BlockId>) {
    if let Some(t) = target {
        if !cfg.blocks[t].visited {
            cfg.blocks[t].visited = true;
            stack.push(t);
        }
    }
}

/// Run the borrow pass over `cfg`, whose blocks' `startdepth` must be computed.
pub fn optimize_load_fast(cfg: &mut Cfg) {
    for b in &mut cfg.blocks {
        b.visited = false;
    }
    let mut stack = vec![Cfg::ENTRY];
    cfg.blocks[Cfg::ENTRY].visited = true;
    let mut refs: Vec<Ref> = Vec::new();
    while let Some(block) = stack.pop() {
        let n = cfg.blocks[block].instrs.len();
        let mut flags = vec![0u8; n];
        refs.clear();
        let startdepth = cfg.blocks[block].startdepth.max(0);
        for _ in 0..startdepth {
            refs.push(Ref { instr: DUMMY_INSTR, local: NOT_LOCAL });
        }
        for i in 0..n {
            let instr = cfg.blocks[block].instrs[i];
            let oparg = instr.oparg;
            match instr.op {
                Opcode::LOAD_FAST => refs.push(Ref { instr: i, local: oparg }),
                Opcode::LOAD_FAST_AND_CLEAR => {
                    kill_local(&mut flags, &refs, oparg);
                    refs.push(Ref { instr: i, local: oparg });
                }
                Opcode::LOAD_FAST_LOAD_FAST => {
                    refs.push(Ref { instr: i, local: oparg >> 4 });
                    refs.push(Ref { instr: i, local: oparg & 15 });
                }
                Opcode::STORE_FAST => {
                    let r = pop(&mut refs);
                    store_local(&mut flags, &refs, oparg, r);
                }
                Opcode::STORE_FAST_LOAD_FAST => {
                    let r = pop(&mut refs);
                    store_local(&mut flags, &refs, oparg >> 4, r);
                    refs.push(Ref { instr: i, local: oparg & 15 });
                }
                Opcode::STORE_FAST_STORE_FAST => {
                    let r = pop(&mut refs);
                    store_local(&mut flags, &refs, oparg >> 4, r);
                    let r = pop(&mut refs);
                    store_local(&mut flags, &refs, oparg & 15, r);
                }
                Opcode::DELETE_FAST => kill_local(&mut flags, &refs, oparg),
                Opcode::COPY => {
                    let r = refs.len().checked_sub(oparg as usize).map(|idx| refs[idx]);
                    refs.push(r.unwrap_or(Ref { instr: DUMMY_INSTR, local: NOT_LOCAL }));
                }
                Opcode::SWAP => {
                    let len = refs.len();
                    if oparg as usize <= len && oparg >= 2 {
                        refs.swap(len - oparg as usize, len - 1);
                    }
                }
                // Instructions that leave their inputs in place and push new values.
                Opcode::GET_LEN
                | Opcode::IMPORT_FROM
                | Opcode::MATCH_KEYS
                | Opcode::MATCH_MAPPING
                | Opcode::MATCH_SEQUENCE
                | Opcode::WITH_EXCEPT_START => {
                    let net = instr.op.num_pushed(oparg) as i64 - instr.op.num_popped(oparg) as i64;
                    for _ in 0..net.max(0) {
                        refs.push(Ref { instr: i, local: NOT_LOCAL });
                    }
                }
                // Instructions that consume some inputs and push nothing new.
                Opcode::DICT_MERGE
                | Opcode::DICT_UPDATE
                | Opcode::LIST_APPEND
                | Opcode::LIST_EXTEND
                | Opcode::MAP_ADD
                | Opcode::RERAISE
                | Opcode::SET_ADD
                | Opcode::SET_UPDATE => {
                    let net = instr.op.num_popped(oparg) as i64 - instr.op.num_pushed(oparg) as i64;
                    for _ in 0..net.max(0) {
                        pop(&mut refs);
                    }
                }
                Opcode::CHECK_EXC_MATCH => {
                    pop(&mut refs);
                    refs.push(Ref { instr: i, local: NOT_LOCAL });
                }
                Opcode::FOR_ITER => {
                    push_block(cfg, &mut stack, instr.target);
                    refs.push(Ref { instr: i, local: NOT_LOCAL });
                }
                Opcode::LOAD_ATTR => {
                    let owner = pop(&mut refs);
                    refs.push(Ref { instr: i, local: NOT_LOCAL });
                    if oparg & 1 != 0 {
                        // A method load may push the owner back as `self`.
                        refs.push(owner);
                    }
                }
                Opcode::SEND => {
                    push_block(cfg, &mut stack, instr.target);
                    pop(&mut refs);
                    refs.push(Ref { instr: i, local: NOT_LOCAL });
                }
                op => {
                    let popped = op.num_popped(oparg);
                    let pushed = op.num_pushed(oparg);
                    if op.has_target() {
                        push_block(cfg, &mut stack, instr.target);
                    }
                    if !op.is_block_push() {
                        for _ in 0..popped {
                            pop(&mut refs);
                        }
                        for _ in 0..pushed {
                            refs.push(Ref { instr: i, local: NOT_LOCAL });
                        }
                    }
                }
            }
        }
        // The fall-through successor.
        let blk = &cfg.blocks[block];
        if let (Some(term), Some(next)) = (blk.last(), blk.next) {
            if !term.op.no_fallthrough() {
                push_block(cfg, &mut stack, Some(next));
            }
        }
        for r in &refs {
            if r.instr != DUMMY_INSTR {
                flags[r.instr] |= REF_UNCONSUMED;
            }
        }
        for (i, f) in flags.iter().enumerate() {
            if *f == 0 {
                let instr = &mut cfg.blocks[block].instrs[i];
                match instr.op {
                    Opcode::LOAD_FAST => instr.op = Opcode::LOAD_FAST_BORROW,
                    Opcode::LOAD_FAST_LOAD_FAST => instr.op = Opcode::LOAD_FAST_BORROW_LOAD_FAST_BORROW,
                    _ => {}
                }
            }
        }
    }
}
