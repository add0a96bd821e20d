//! The virtual machine: frames on one data stack, the eval loop, calls and exceptions.
