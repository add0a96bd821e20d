//! Ctrl-C while code runs: a SIGINT handler that sets `memory::finalize::INTERRUPTED`, which the
//! eval loop checks at backward jumps, calls and RESUME and turns into `KeyboardInterrupt`.
//! While a line is being read, rustyline has the terminal in raw mode and sees Ctrl-C as a key.

use std::sync::atomic::Ordering;

extern "C" fn on_sigint(_signal: libc::c_int) {
    // Storing to an atomic is async-signal-safe.
    crate::memory::finalize::INTERRUPTED.store(true, Ordering::Relaxed);
}

/// Installs the SIGINT handler for the rest of the process; false if the system refused.
pub fn install_sigint_handler() -> bool {
    // SAFETY: `sigaction` is given a zeroed (valid) struct whose handler is an `extern "C"`
    // function that only stores to an atomic; no flag asks for the three-argument form.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_sigint as extern "C" fn(libc::c_int) as libc::sighandler_t;
        libc::sigemptyset(&mut action.sa_mask);
        // Restart interrupted reads (input()); the flag is still seen at the next check.
        action.sa_flags = libc::SA_RESTART;
        libc::sigaction(libc::SIGINT, &action, std::ptr::null_mut()) == 0
    }
}
