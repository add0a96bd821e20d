//! The object model: the header every object starts with, the reference types, type objects and
//! one file per built-in type.
