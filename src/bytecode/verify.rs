//! A bytecode verifier: checks that a compiled unit is well formed before anything runs it —
//! known opcodes only, operands in range, jump targets on instruction boundaries, and a value
//! stack that never underflows, never exceeds `co_stacksize` and has one depth per
//! instruction whichever path reaches it (exception handlers included).
//!
//! The compiler's tests run it on everything they compile; the runtime may run it on code it
//! did not produce itself.

use super::code::{CodeData, CompiledUnit, Constant};
use super::dis::{decode, jump_target, DecodedInstr};
use super::opcode::{OpargKind, Opcode};
use std::collections::HashMap;

/// Verify every code object of `unit`; the error names the code object and the problem.
pub fn verify_unit(unit: &CompiledUnit) -> Result<(), String> {
    verify_code(unit, &unit.top)?;
    for c in &unit.constants {
        match c {
            Constant::Code(code) => verify_code(unit, code)?,
            Constant::Tuple(items) | Constant::FrozenSet(items)
                if items.iter().any(|&i| i as usize >= unit.constants.len()) =>
            {
                return Err("constant tuple item out of the pool".to_string());
            }
            Constant::Slice(parts) if parts.iter().any(|&i| i as usize >= unit.constants.len()) => {
                return Err("constant slice part out of the pool".to_string());
            }
            _ => {}
        }
    }
    Ok(())
}

/// Verify one code object.
pub fn verify_code(unit: &CompiledUnit, code: &CodeData) -> Result<(), String> {
    let fail = |msg: String| Err(format!("{} (line {}): {msg}", code.qualname, code.firstlineno));
    if !code.code.len().is_multiple_of(2) {
        return fail("odd code length".to_string());
    }
    let nunits = code.code.len() / 2;
    if code.positions.len() != nunits {
        return fail(format!("{} positions for {nunits} code units", code.positions.len()));
    }
    if code.localsplusnames.len() != code.localspluskinds.len() {
        return fail("localsplus names and kinds differ in length".to_string());
    }
    let instrs = decode(&code.code);
    let by_offset: HashMap<usize, usize> =
        instrs.iter().enumerate().map(|(i, ins)| (ins.offset, i)).collect();
    for ins in &instrs {
        let Some(op) = ins.op else {
            return fail(format!("unknown opcode {} at {}", ins.raw_op, ins.offset));
        };
        if op.is_pseudo() {
            return fail(format!("pseudo instruction {} at {}", op.name(), ins.offset));
        }
        if let Err(e) = check_operand(unit, code, op, ins) {
            return fail(format!("{} at {}: {e}", op.name(), ins.offset));
        }
        if let Some(t) = ins.arg.and_then(|a| jump_target(op, a, ins.offset)) {
            let Some(&ti) = by_offset.get(&t) else {
                return fail(format!("{} at {} jumps outside the code", op.name(), ins.offset));
            };
            let expected = match op {
                Opcode::FOR_ITER => Some(Opcode::END_FOR),
                Opcode::SEND => Some(Opcode::END_SEND),
                _ => None,
            };
            if expected.is_some() && instrs[ti].op != expected {
                return fail(format!("{} at {} does not jump to {:?}", op.name(), ins.offset, expected));
            }
        }
    }
    for e in &code.exception_table {
        if e.start >= e.end || e.end as usize > nunits || !by_offset.contains_key(&(e.target as usize)) {
            return fail(format!("bad exception table entry {e:?}"));
        }
    }
    check_stack(code, &instrs, &by_offset).or_else(fail)
}

fn check_operand(unit: &CompiledUnit, code: &CodeData, op: Opcode, ins: &DecodedInstr) -> Result<(), String> {
    let Some(arg) = ins.arg else { return Ok(()) };
    let nlocals = code.localsplusnames.len() as u32;
    let in_range = |v: u32, n: usize, what: &str| {
        if (v as usize) < n {
            Ok(())
        } else {
            Err(format!("{what} index {v} out of range ({n})"))
        }
    };
    match op.oparg_kind() {
        OpargKind::Const => {
            in_range(arg, code.consts.len(), "constant")?;
            in_range(code.consts[arg as usize], unit.constants.len(), "pool")
        }
        OpargKind::Name => in_range(arg, code.names.len(), "name"),
        OpargKind::GlobalName | OpargKind::AttrName => in_range(arg >> 1, code.names.len(), "name"),
        OpargKind::Local | OpargKind::Deref => in_range(arg, nlocals as usize, "local"),
        OpargKind::LocalPair => {
            in_range(arg >> 4, nlocals as usize, "local")?;
            in_range(arg & 15, nlocals as usize, "local")
        }
        OpargKind::SmallInt => in_range(arg, 256, "small int"),
        OpargKind::StackPosition => {
            if arg == 0 {
                Err("stack position 0".to_string())
            } else {
                Ok(())
            }
        }
        _ => Ok(()),
    }
}

/// Walk every path, tracking the stack depth before each instruction.
fn check_stack(
    code: &CodeData,
    instrs: &[DecodedInstr],
    by_offset: &HashMap<usize, usize>,
) -> Result<(), String> {
    let mut depth_at: Vec<Option<i64>> = vec![None; instrs.len()];
    let mut work: Vec<(usize, i64)> = vec![(0, 0)];
    let handler_for = |offset: usize| {
        code.exception_table.iter().find(|e| (e.start as usize..e.end as usize).contains(&offset))
    };
    while let Some((i, depth)) = work.pop() {
        if i >= instrs.len() {
            return Err("control falls off the end of the code".to_string());
        }
        match depth_at[i] {
            Some(d) if d == depth => continue,
            Some(d) => {
                return Err(format!("offset {} reached with depths {d} and {depth}", instrs[i].offset))
            }
            None => depth_at[i] = Some(depth),
        }
        if depth > code.stacksize as i64 {
            return Err(format!(
                "depth {depth} exceeds stacksize {} at {}",
                code.stacksize, instrs[i].offset
            ));
        }
        let ins = &instrs[i];
        let op = ins.op.expect("checked opcodes");
        let arg = ins.arg.unwrap_or(0);
        if let Some(e) = handler_for(ins.offset) {
            if e.depth as i64 > depth {
                return Err(format!("handler depth {} above stack depth {depth} at {}", e.depth, ins.offset));
            }
            let target = by_offset[&(e.target as usize)];
            work.push((target, e.depth as i64 + e.push_lasti as i64 + 1));
        }
        let (pops, pushes) = op.stack_effect_parts(arg, false);
        if (pops as i64) > depth {
            return Err(format!("{} at {} pops {pops} from a stack of {depth}", op.name(), ins.offset));
        }
        let after = depth - pops as i64 + pushes as i64;
        if let Some(t) = ins.arg.and_then(|a| jump_target(op, a, ins.offset)) {
            work.push((by_offset[&t], after));
        }
        if !op.no_fallthrough() {
            work.push((i + 1, after));
        }
    }
    Ok(())
}
