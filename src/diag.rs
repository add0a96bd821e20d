//! Turning errors into text: ariadne reports for syntax errors, CPython-format tracebacks.
