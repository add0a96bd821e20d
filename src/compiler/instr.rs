//! The instruction sequence code generation produces for one code object: instructions
//! (real and pseudo) with source locations, and jump labels (CPython's
//! `Python/instruction_sequence.c`).

use crate::bytecode::opcode::Opcode;

/// A source location in CPython's form: 1-based lines, 0-based byte columns, `-1` for "none".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Location {
    pub line: i32,
    pub end_line: i32,
    pub col: i32,
    pub end_col: i32,
}

impl Location {
    /// An artificial instruction: it inherits a line from its neighbours, or shows `--`.
    pub const NONE: Location = Location { line: -1, end_line: -1, col: -1, end_col: -1 };
    /// "The location of the next instruction", resolved when the control-flow graph is built.
    pub const NEXT: Location = Location { line: -2, end_line: -2, col: -2, end_col: -2 };

    /// A location covering only a line.
    pub fn line(line: i32) -> Location {
        Location { line, end_line: line, col: 0, end_col: 0 }
    }

    /// True when the instruction has a real line number.
    pub fn has_line(&self) -> bool {
        self.line >= 0
    }
}

/// A jump target, resolved to an instruction index when the label is placed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label(pub u32);

/// One instruction; for instructions with a target the oparg is a label id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    pub op: Opcode,
    pub oparg: u32,
    pub loc: Location,
}

/// The instructions of one code object in emission order, with label positions.
#[derive(Clone, Debug, Default)]
pub struct InstrSequence {
    pub instrs: Vec<Instr>,
    /// `labels[id]` is the index of the instruction the label marks, once placed.
    pub labels: Vec<Option<usize>>,
}

impl InstrSequence {
    pub fn new() -> InstrSequence {
        InstrSequence::default()
    }

    /// A fresh, not yet placed label.
    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    /// Place `label` before the next instruction added.
    pub fn use_label(&mut self, label: Label) {
        self.labels[label.0 as usize] = Some(self.instrs.len());
    }

    pub fn addop(&mut self, op: Opcode, oparg: u32, loc: Location) {
        self.instrs.push(Instr { op, oparg, loc });
    }

    /// Insert an instruction at `pos`; labels at or after `pos` move with the instructions
    /// they mark.
    pub fn insert(&mut self, pos: usize, instr: Instr) {
        self.instrs.insert(pos, instr);
        for l in self.labels.iter_mut().flatten() {
            if *l >= pos {
                *l += 1;
            }
        }
    }

    /// Where `label` was placed (`None` if never placed).
    pub fn label_target(&self, label: u32) -> Option<usize> {
        self.labels.get(label as usize).copied().flatten()
    }
}
