//! Build steps: the parser from `grammar/python.lalrpop`, and the table of `stdlib/` modules
//! embedded into the binary.

use std::fmt::Write;
use std::path::Path;

fn main() {
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .emit_rerun_directives(true)
        .process()
        .expect("grammar/python.lalrpop failed to build");
    embed_stdlib();
}

/// Writes `$OUT_DIR/stdlib_files.rs`: `(module name, is package, source)` for every `.py` file
/// under `stdlib/`.
fn embed_stdlib() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("stdlib");
    println!("cargo:rerun-if-changed=stdlib");
    let mut entries = Vec::new();
    collect(&root, &root, &mut entries);
    entries.sort();
    let mut out = String::from("pub static STDLIB: &[(&str, bool, &str)] = &[\n");
    for (name, is_pkg, path) in entries {
        writeln!(out, "    ({name:?}, {is_pkg}, include_str!({path:?})),").expect("write to String");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("stdlib_files.rs");
    std::fs::write(dest, out).expect("write stdlib table");
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, bool, String)>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in rd.flatten() {
        let path = entry.path();
        println!("cargo:rerun-if-changed={}", path.display());
        if path.is_dir() {
            collect(root, &path, out);
            continue;
        }
        if path.extension().and_then(|e| e.to_str()) != Some("py") {
            continue;
        }
        let rel = path.strip_prefix(root).expect("under stdlib");
        let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
        let file = parts.pop().expect("file name");
        let stem = file.trim_end_matches(".py").to_string();
        let is_pkg = stem == "__init__";
        if !is_pkg {
            parts.push(stem);
        }
        if parts.is_empty()
            || parts.iter().any(|p| p.starts_with('_') && p != "__init__" && p.starts_with("_check"))
        {
            continue;
        }
        out.push((parts.join("."), is_pkg, path.display().to_string()));
    }
}
