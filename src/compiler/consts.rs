//! Constants while compiling: the values code generation and constant folding work with, each
//! code object's `co_consts` table, and the unit-wide pool that merges equal constants of all
//! code objects into one entry (CPython's `const_cache` in `Python/compile.c`).

use crate::bytecode::code::{CodeData, Constant};
use crate::syntax::ast;
use num_bigint::BigInt;
use std::collections::HashMap;

/// A constant value as the compiler sees it. Nested code objects are referenced by their
/// index in the unit's pool, because they are finished (and pooled) before their parent.
#[derive(Clone, Debug)]
pub enum ConstValue {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstValue>),
    FrozenSet(Vec<ConstValue>),
    Slice(Box<[ConstValue; 3]>),
    Code(u32),
}

/// Identity of a constant for merging: equal keys are the same constant. Types are
/// distinguished (`1`, `1.0`, `True`) and floats compared by bits, as CPython's
/// `_PyCode_ConstantKey`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ConstKey {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstKey>),
    FrozenSet(Vec<ConstKey>),
    Slice(Box<[ConstKey; 3]>),
    Code(u32),
}

impl ConstValue {
    pub fn key(&self) -> ConstKey {
        match self {
            ConstValue::None => ConstKey::None,
            ConstValue::Bool(b) => ConstKey::Bool(*b),
            ConstValue::Ellipsis => ConstKey::Ellipsis,
            ConstValue::Int(i) => ConstKey::Int(i.clone()),
            ConstValue::Float(f) => ConstKey::Float(f.to_bits()),
            ConstValue::Complex(re, im) => ConstKey::Complex(re.to_bits(), im.to_bits()),
            ConstValue::Str(s) => ConstKey::Str(s.clone()),
            ConstValue::Bytes(b) => ConstKey::Bytes(b.clone()),
            ConstValue::Tuple(items) => ConstKey::Tuple(items.iter().map(ConstValue::key).collect()),
            ConstValue::FrozenSet(items) => {
                let mut keys: Vec<ConstKey> = items.iter().map(ConstValue::key).collect();
                keys.sort_by_key(|k| format!("{k:?}"));
                ConstKey::FrozenSet(keys)
            }
            ConstValue::Slice(parts) => {
                ConstKey::Slice(Box::new([parts[0].key(), parts[1].key(), parts[2].key()]))
            }
            ConstValue::Code(i) => ConstKey::Code(*i),
        }
    }

    /// The compile-time value of a literal.
    pub fn from_ast(c: &ast::Constant) -> ConstValue {
        match c {
            ast::Constant::None => ConstValue::None,
            ast::Constant::Bool(b) => ConstValue::Bool(*b),
            ast::Constant::Ellipsis => ConstValue::Ellipsis,
            ast::Constant::Int(i) => ConstValue::Int(i.clone()),
            ast::Constant::Float(f) => ConstValue::Float(*f),
            ast::Constant::Complex(re, im) => ConstValue::Complex(*re, *im),
            ast::Constant::Str(s) => ConstValue::Str(s.clone()),
            ast::Constant::Bytes(b) => ConstValue::Bytes(b.clone()),
        }
    }

    /// An `int` value as LOAD_SMALL_INT can load it (CPython's `_PY_IS_SMALL_INT`: 0..=255,
    /// exact ints only, not bools).
    pub fn small_int(&self) -> Option<u32> {
        match self {
            ConstValue::Int(i) => u32::try_from(i).ok().filter(|&v| v < 256),
            _ => None,
        }
    }
}

/// One code object's `co_consts` while it is compiled: distinct constants in first-use order.
#[derive(Clone, Debug, Default)]
pub struct ConstTable {
    pub values: Vec<ConstValue>,
    index: HashMap<ConstKey, u32>,
}

impl ConstTable {
    /// The index of `value`, adding it if it is new.
    pub fn add(&mut self, value: ConstValue) -> u32 {
        let key = value.key();
        if let Some(&i) = self.index.get(&key) {
            return i;
        }
        let i = self.values.len() as u32;
        self.values.push(value);
        self.index.insert(key, i);
        i
    }

    pub fn get(&self, i: u32) -> &ConstValue {
        &self.values[i as usize]
    }

    /// Keep only the constants in `keep` (old indices, ascending); returns the old → new map.
    pub fn retain(&mut self, keep: &[u32]) -> HashMap<u32, u32> {
        let map: HashMap<u32, u32> = keep.iter().enumerate().map(|(new, &old)| (old, new as u32)).collect();
        let values: Vec<ConstValue> = keep.iter().map(|&i| self.values[i as usize].clone()).collect();
        self.values.clear();
        self.index.clear();
        for v in values {
            self.add(v);
        }
        map
    }

    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum PoolKey {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<u32>),
    FrozenSet(Vec<u32>),
    Slice([u32; 3]),
}

/// The unit-wide constant pool: every distinct constant once, so that the runtime creates one
/// object for all its uses ([`crate::bytecode::code::CompiledUnit::constants`]).
#[derive(Clone, Debug, Default)]
pub struct ConstPool {
    pub constants: Vec<Constant>,
    index: HashMap<PoolKey, u32>,
}

impl ConstPool {
    /// The pool index of `value` (and of its items, for tuples and frozensets).
    pub fn intern(&mut self, value: &ConstValue) -> u32 {
        let (key, constant) = match value {
            ConstValue::None => (PoolKey::None, Constant::None),
            ConstValue::Bool(b) => (PoolKey::Bool(*b), Constant::Bool(*b)),
            ConstValue::Ellipsis => (PoolKey::Ellipsis, Constant::Ellipsis),
            ConstValue::Int(i) => (PoolKey::Int(i.clone()), Constant::Int(i.clone())),
            ConstValue::Float(f) => (PoolKey::Float(f.to_bits()), Constant::Float(*f)),
            ConstValue::Complex(re, im) => {
                (PoolKey::Complex(re.to_bits(), im.to_bits()), Constant::Complex(*re, *im))
            }
            ConstValue::Str(s) => (PoolKey::Str(s.clone()), Constant::Str(s.clone())),
            ConstValue::Bytes(b) => (PoolKey::Bytes(b.clone()), Constant::Bytes(b.clone())),
            ConstValue::Tuple(items) => {
                let idx: Vec<u32> = items.iter().map(|v| self.intern(v)).collect();
                (PoolKey::Tuple(idx.clone()), Constant::Tuple(idx))
            }
            ConstValue::FrozenSet(items) => {
                let idx: Vec<u32> = items.iter().map(|v| self.intern(v)).collect();
                let mut sorted = idx.clone();
                sorted.sort_unstable();
                (PoolKey::FrozenSet(sorted), Constant::FrozenSet(idx))
            }
            ConstValue::Slice(parts) => {
                let idx = [self.intern(&parts[0]), self.intern(&parts[1]), self.intern(&parts[2])];
                (PoolKey::Slice(idx), Constant::Slice(idx))
            }
            ConstValue::Code(i) => return *i,
        };
        if let Some(&i) = self.index.get(&key) {
            return i;
        }
        let i = self.constants.len() as u32;
        self.constants.push(constant);
        self.index.insert(key, i);
        i
    }

    /// Add a finished code object; code objects are never merged.
    pub fn add_code(&mut self, code: CodeData) -> u32 {
        self.constants.push(Constant::Code(Box::new(code)));
        self.constants.len() as u32 - 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_distinguishes_types_and_float_signs() {
        let mut t = ConstTable::default();
        let one = t.add(ConstValue::Int(1.into()));
        let one_f = t.add(ConstValue::Float(1.0));
        let tru = t.add(ConstValue::Bool(true));
        let zero = t.add(ConstValue::Float(0.0));
        let neg_zero = t.add(ConstValue::Float(-0.0));
        assert_eq!([one, one_f, tru, zero, neg_zero], [0, 1, 2, 3, 4]);
        assert_eq!(t.add(ConstValue::Int(1.into())), 0);
    }

    #[test]
    fn pool_merges_equal_tuples_and_their_items() {
        let mut p = ConstPool::default();
        let t1 = ConstValue::Tuple(vec![ConstValue::Int(1.into()), ConstValue::Str("a".into())]);
        let a = p.intern(&t1);
        let b = p.intern(&t1.clone());
        assert_eq!(a, b);
        let one = p.intern(&ConstValue::Int(1.into()));
        assert_eq!(p.constants[a as usize], Constant::Tuple(vec![one, one + 1]));
        assert_eq!(p.constants.len(), 3);
    }
}
