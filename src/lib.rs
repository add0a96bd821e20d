//! Vivarium: a Python-subset interpreter with CPython's memory machinery built in for real —
//! a pymalloc-style allocator, reference counting with borrowed loads, immortal objects and a
//! generational cycle collector, all observable from Python through `sys`, `gc`, `weakref`,
//! `tracemalloc` and `dis`.
//!
//! The pipeline, one module per stage (see `../shared/DESIGN.md`):
//! `syntax` (source → AST) → `compiler` (AST → `bytecode`) → `vm` (runs code over `object`s that
//! live in `memory`), with native `modules` and the `repl` on top.

pub mod bytecode;
pub mod cli;
pub mod compiler;
pub mod diag;
pub mod memory;
pub mod modules;
pub mod object;
pub mod repl;
pub mod syntax;
pub mod vm;

/// mimalloc serves every Rust allocation and every object larger than 512 bytes (through the
/// tracemalloc hook in `memory::global_alloc`); smaller objects come from our own allocator in
/// `memory::obmalloc`.
#[global_allocator]
static GLOBAL: memory::global_alloc::TracingMiMalloc = memory::global_alloc::TracingMiMalloc;
