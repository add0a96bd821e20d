//! Where the REPL keeps its input history across sessions: `~/.viv_history`, or the file named
//! by `VIV_HISTORY` (empty to turn history off). History is off when the file can't be written.

use std::path::PathBuf;

/// The history file to load and append to, if there is a writable one.
pub fn history_file() -> Option<PathBuf> {
    let path = match std::env::var_os("VIV_HISTORY") {
        Some(p) if p.is_empty() => return None,
        Some(p) => PathBuf::from(p),
        None => PathBuf::from(std::env::var_os("HOME").filter(|h| !h.is_empty())?).join(".viv_history"),
    };
    // Opening for append creates the file if needed and proves it is writable.
    std::fs::OpenOptions::new().append(true).create(true).open(&path).ok()?;
    Some(path)
}
