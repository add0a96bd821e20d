//! `VIV_STDLIB_DIR` makes `viv` load stdlib modules from a directory instead of the copies
//! embedded at build time (for working on `stdlib/` without rebuilding).

use std::process::Command;

#[test]
fn stdlib_dir_overrides_embedded_modules() {
    let dir = std::env::temp_dir().join(format!("viv_stdlib_dir_{}", std::process::id()));
    std::fs::create_dir_all(dir.join("pkgmod")).expect("temp dir");
    std::fs::write(dir.join("keyword.py"), "WHERE = 'directory copy'\n").expect("write");
    std::fs::write(dir.join("pkgmod/__init__.py"), "WHERE = 'directory package'\n").expect("write");
    let src =
        "import keyword, pkgmod\nprint(keyword.WHERE, pkgmod.WHERE, keyword.__file__.endswith('keyword.py'))";
    let out = Command::new(env!("CARGO_BIN_EXE_viv"))
        .args(["-c", src])
        .env("VIV_STDLIB_DIR", &dir)
        .output()
        .expect("run viv");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "directory copy directory package True\n");
    // Without the variable the embedded keyword module is used.
    let out = Command::new(env!("CARGO_BIN_EXE_viv"))
        .args(["-c", "import keyword; print(keyword.iskeyword('def'), hasattr(keyword, 'WHERE'))"])
        .env_remove("VIV_STDLIB_DIR")
        .output()
        .expect("run viv");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "True False\n");
}
