//! The assembler: final instructions to `co_code` (2-byte code units, `EXTENDED_ARG` prefixes,
//! relative jumps), one source position per code unit, and the exception table (CPython's
//! `Python/assemble.c`).

use super::flowgraph::FinalInstr;
use super::instr::Location;
use crate::bytecode::code::{ExceptionTableEntry, Position};
use crate::bytecode::opcode::Opcode;

/// The assembled form of one code object.
pub struct Assembled {
    pub code: Vec<u8>,
    pub positions: Vec<Position>,
    pub exception_table: Vec<ExceptionTableEntry>,
}

/// Code units an instruction with this oparg takes, `EXTENDED_ARG` prefixes included.
pub fn instr_size(oparg: u32) -> u32 {
    match oparg {
        0..=0xFF => 1,
        0x100..=0xFFFF => 2,
        0x1_0000..=0xFF_FFFF => 3,
        _ => 4,
    }
}

fn position(loc: Location) -> Position {
    if loc.line < 0 {
        return Position::default();
    }
    Position {
        line: loc.line as u32,
        end_line: loc.end_line.max(0) as u32,
        col: loc.col.max(0) as u32,
        end_col: loc.end_col.max(0) as u32,
    }
}

/// Assemble `instrs`: resolve the remaining pseudo jumps to forward/backward jumps, size
/// `EXTENDED_ARG`s until offsets are stable, then emit.
pub fn assemble(instrs: &[FinalInstr], _firstlineno: i32) -> Assembled {
    let mut instrs: Vec<FinalInstr> = instrs.to_vec();
    for (i, instr) in instrs.iter_mut().enumerate() {
        let backward = instr.target.is_some_and(|t| t <= i);
        instr.op = match instr.op {
            Opcode::JUMP if backward => Opcode::JUMP_BACKWARD,
            Opcode::JUMP => Opcode::JUMP_FORWARD,
            Opcode::JUMP_NO_INTERRUPT if backward => Opcode::JUMP_BACKWARD_NO_INTERRUPT,
            Opcode::JUMP_NO_INTERRUPT => Opcode::JUMP_FORWARD,
            op => op,
        };
    }
    // Offsets depend on jump opargs and jump opargs on offsets: iterate to a fixed point
    // (sizes only grow, so this terminates).
    let mut offsets = vec![0u32; instrs.len() + 1];
    loop {
        let mut off = 0;
        for (i, instr) in instrs.iter().enumerate() {
            offsets[i] = off;
            off += instr_size(instr.oparg);
        }
        offsets[instrs.len()] = off;
        let mut changed = false;
        for i in 0..instrs.len() {
            let Some(t) = instrs[i].target else { continue };
            let next = offsets[i + 1];
            let target = offsets[t];
            let oparg =
                if instrs[i].op.is_backward_jump() { next - target } else { target.saturating_sub(next) };
            if oparg != instrs[i].oparg {
                let grew = instr_size(oparg) != instr_size(instrs[i].oparg);
                instrs[i].oparg = oparg;
                changed |= grew;
            }
        }
        if !changed {
            break;
        }
    }
    let mut code = Vec::new();
    let mut positions = Vec::new();
    for instr in &instrs {
        let size = instr_size(instr.oparg);
        for k in (1..size).rev() {
            code.push(Opcode::EXTENDED_ARG as u8);
            code.push((instr.oparg >> (8 * k)) as u8);
        }
        code.push(instr.op as u8);
        code.push(instr.oparg as u8);
        for _ in 0..size {
            positions.push(position(instr.loc));
        }
    }
    // Exception table: runs of consecutive instructions with the same handler.
    let mut exception_table = Vec::new();
    let mut current: Option<(u32, super::flowgraph::ExceptInfo)> = None;
    for (i, instr) in instrs.iter().enumerate() {
        let same = match (&current, &instr.except) {
            (Some((_, h)), Some(e)) => h.target == e.target,
            (None, None) => true,
            _ => false,
        };
        if !same {
            if let Some((start, h)) = current.take() {
                exception_table.push(entry(start, offsets[i], &h, &offsets));
            }
            current = instr.except.map(|e| (offsets[i], e));
        }
    }
    if let Some((start, h)) = current {
        exception_table.push(entry(start, offsets[instrs.len()], &h, &offsets));
    }
    Assembled { code, positions, exception_table }
}

fn entry(start: u32, end: u32, h: &super::flowgraph::ExceptInfo, offsets: &[u32]) -> ExceptionTableEntry {
    let depth = h.startdepth.saturating_sub(1 + h.preserve_lasti as u32);
    ExceptionTableEntry { start, end, target: offsets[h.target], depth, push_lasti: h.preserve_lasti }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::flowgraph::ExceptInfo;

    fn ins(op: Opcode, oparg: u32, target: Option<usize>) -> FinalInstr {
        FinalInstr { op, oparg, loc: Location::line(1), target, except: None }
    }

    #[test]
    fn extended_args_prefix_large_opargs() {
        let a = assemble(&[ins(Opcode::LOAD_CONST, 0x1234, None), ins(Opcode::RETURN_VALUE, 0, None)], 1);
        assert_eq!(
            a.code,
            vec![
                Opcode::EXTENDED_ARG as u8,
                0x12,
                Opcode::LOAD_CONST as u8,
                0x34,
                Opcode::RETURN_VALUE as u8,
                0
            ]
        );
        assert_eq!(a.positions.len(), 3);
    }

    #[test]
    fn jumps_are_relative_to_the_next_instruction() {
        let a = assemble(
            &[
                ins(Opcode::NOP, 0, None),
                ins(Opcode::JUMP, 0, Some(3)),
                ins(Opcode::NOP, 0, None),
                ins(Opcode::JUMP, 0, Some(0)),
            ],
            1,
        );
        assert_eq!(a.code[2], Opcode::JUMP_FORWARD as u8);
        assert_eq!(a.code[3], 1);
        assert_eq!(a.code[6], Opcode::JUMP_BACKWARD as u8);
        assert_eq!(a.code[7], 4);
    }

    #[test]
    fn exception_table_merges_runs() {
        let h = ExceptInfo { target: 3, startdepth: 1, preserve_lasti: false };
        let mut v = vec![ins(Opcode::NOP, 0, None); 4];
        v[1].except = Some(h);
        v[2].except = Some(h);
        let a = assemble(&v, 1);
        assert_eq!(
            a.exception_table,
            vec![ExceptionTableEntry { start: 1, end: 3, target: 3, depth: 0, push_lasti: false }]
        );
    }
}
