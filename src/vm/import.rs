//! The import system: native modules, `stdlib/` modules embedded in the binary, and `.py`
//! files found along `sys.path` (the script's directory first). Packages are directories with
//! an `__init__.py`.

use super::frame::Frame;
use super::Vm;
use crate::object::{
    dict, exceptions, int, list, module, protocol, singletons, str as pystr, Obj, PyErr, PyResult,
};

/// The stdlib modules compiled into the binary: `(module name, is package, source)`.
mod embedded {
    include!(concat!(env!("OUT_DIR"), "/stdlib_files.rs"));
}

/// Source of an embedded stdlib module, and whether it is a package.
pub fn embedded_source(name: &str) -> Option<(&'static str, bool)> {
    embedded::STDLIB.iter().find(|(n, _, _)| *n == name).map(|(_, pkg, src)| (*src, *pkg))
}

/// With `VIV_STDLIB_DIR` set (for working on `stdlib/` without rebuilding), the file of a stdlib
/// module in that directory, which then wins over the embedded copy: `(path, is package)`.
fn stdlib_dir_file(name: &str) -> Option<(String, bool)> {
    let dir = std::path::PathBuf::from(std::env::var_os("VIV_STDLIB_DIR")?);
    let rel: std::path::PathBuf = name.split('.').collect();
    let module = dir.join(&rel).with_extension("py");
    if module.is_file() {
        return Some((module.display().to_string(), false));
    }
    let package = dir.join(&rel).join("__init__.py");
    package.is_file().then(|| (package.display().to_string(), true))
}

/// Names of every embedded stdlib module.
pub fn embedded_names() -> Vec<&'static str> {
    embedded::STDLIB.iter().map(|(n, _, _)| *n).collect()
}

impl Vm {
    /// `IMPORT_NAME`: `__import__(name, globals, locals, fromlist, level)`.
    pub(crate) fn import_name(
        &mut self,
        f: &Frame,
        name: &Obj,
        fromlist: &Obj,
        level: &Obj,
    ) -> PyResult<Obj> {
        let level = int::as_i64(level).unwrap_or(0).max(0) as usize;
        let globals = f.globals.clone();
        self.import_module_level(pystr::as_str(name), &globals, fromlist, level)
    }

    /// The core of `__import__`.
    pub fn import_module_level(
        &mut self,
        name: &str,
        globals: &Obj,
        fromlist: &Obj,
        level: usize,
    ) -> PyResult<Obj> {
        let full = if level > 0 { resolve_relative(name, globals, level)? } else { name.to_string() };
        if full.is_empty() {
            return Err(PyErr::value_error("Empty module name"));
        }
        // Import each package along the dotted path.
        let mut module = None;
        let mut prefix = String::new();
        for part in full.split('.') {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            module = Some(self.import_one(&prefix)?);
        }
        let module = module.expect("non-empty name");
        let has_fromlist = !singletons::is_none(fromlist) && protocol::is_true(self, fromlist)?;
        if has_fromlist {
            // `from pkg import sub` may name submodules: import them if they aren't attributes.
            if module_is_package(&module) {
                for item in protocol::collect(self, fromlist)? {
                    let n = pystr::as_str(&item).to_string();
                    if n == "*" || protocol::has_attr(self, &module, &n)? {
                        continue;
                    }
                    let sub = format!("{full}.{n}");
                    match self.import_one(&sub) {
                        Ok(_) => {}
                        Err(e) if e.is_instance(&exceptions::MODULE_NOT_FOUND_ERROR) => {}
                        Err(e) => return Err(e),
                    }
                }
            }
            return Ok(module);
        }
        if level == 0 {
            let top = full.split('.').next().unwrap_or(&full);
            return self.import_one(top);
        }
        // Relative `import .x` without fromlist returns the top of the relative path.
        let base_len = full.len() - name.len();
        let top = full[..base_len].trim_end_matches('.').to_string();
        if top.is_empty() || name.is_empty() {
            return Ok(module);
        }
        let first = name.split('.').next().unwrap_or(name);
        self.import_one(&format!("{top}.{first}"))
    }

    /// Imports one fully qualified module (its parent must already be imported).
    pub fn import_one(&mut self, full: &str) -> PyResult<Obj> {
        let md = dict::as_dict(&self.modules).expect("sys.modules is a dict").get_by_str(full);
        if let Some(m) = md {
            if singletons::is_none(&m) {
                return Err(PyErr::module_not_found(full));
            }
            return Ok(m);
        }
        let (parent, last) = match full.rsplit_once('.') {
            Some((p, l)) => (Some(p.to_string()), l.to_string()),
            None => (None, full.to_string()),
        };
        let search_path: Option<Vec<String>> = match &parent {
            Some(p) => {
                let pm = self.import_one(p)?;
                let path = protocol::get_attr_opt(self, &pm, "__path__")?;
                match path {
                    Some(pl) => Some(
                        protocol::collect(self, &pl)?.iter().map(|x| pystr::as_str(x).to_string()).collect(),
                    ),
                    None => {
                        return Err(PyErr::module_not_found_msg(
                            full,
                            format!("No module named '{full}'; '{p}' is not a package"),
                        ))
                    }
                }
            }
            None => None,
        };
        let m = if let Some(m) = self.load_native(full)? {
            m
        } else if let Some((file, is_pkg)) = stdlib_dir_file(full) {
            let src = std::fs::read_to_string(&file)
                .map_err(|e| crate::object::exceptions::from_io_error(&e, Some(&file)))?;
            let path = is_pkg.then(|| vec![file.trim_end_matches("/__init__.py").to_string()]);
            self.exec_module_source(full, &src, &file, path)?
        } else if let Some((src, is_pkg)) = embedded_source(full) {
            let filename = format!("<frozen {full}>");
            let path = if is_pkg { Some(vec![format!("<frozen {full}>")]) } else { None };
            self.exec_module_source(full, src, &filename, path)?
        } else if let Some((file, is_pkg)) =
            find_file(&last, &search_path.clone().unwrap_or_else(|| self.sys_path()))
        {
            let src = std::fs::read_to_string(&file)
                .map_err(|e| crate::object::exceptions::from_io_error(&e, Some(&file)))?;
            let path = if is_pkg {
                Some(vec![std::path::Path::new(&file)
                    .parent()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default()])
            } else {
                None
            };
            self.exec_module_source(full, &src, &file, path)?
        } else {
            return Err(PyErr::module_not_found(full));
        };
        if let Some(p) = parent {
            if let Some(pm) = dict::as_dict(&self.modules).expect("dict").get_by_str(&p) {
                protocol::set_attr(self, &pm, &last, &m)?;
            }
        }
        Ok(m)
    }

    fn sys_path(&mut self) -> Vec<String> {
        match protocol::get_attr_opt(self, &self.sys.clone(), "path") {
            Ok(Some(p)) => list::as_list(&p)
                .map(|l| l.to_vec().iter().map(|x| pystr::as_str(x).to_string()).collect())
                .unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    fn load_native(&mut self, name: &str) -> PyResult<Option<Obj>> {
        let Some(init) = crate::modules::native_module(name) else {
            return Ok(None);
        };
        let m = init(self)?;
        dict::as_dict(&self.modules).expect("dict").set_by_str(name, m.clone());
        Ok(Some(m))
    }

    /// Creates module `name`, registers it in `sys.modules`, and runs `source` in it.
    pub fn exec_module_source(
        &mut self,
        name: &str,
        source: &str,
        filename: &str,
        path: Option<Vec<String>>,
    ) -> PyResult<Obj> {
        let m = module::new_module(name)?;
        let d = module::module_dict(&m);
        let dd = dict::as_dict(&d).expect("dict");
        dd.set_by_str("__file__", pystr::new_str(filename));
        dd.set_by_str("__builtins__", self.builtins_module.clone());
        let package = match &path {
            Some(p) => {
                let items: Vec<Obj> = p.iter().map(|s| pystr::new_str(s)).collect();
                dd.set_by_str("__path__", list::new_list(items)?);
                name.to_string()
            }
            None => name.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default(),
        };
        dd.set_by_str("__package__", pystr::new_str(&package));
        let modules = self.modules.clone();
        let md = dict::as_dict(&modules).expect("dict");
        md.set_by_str(name, m.clone());
        let r = match self.compile(source, filename, crate::compiler::Mode::Exec, false) {
            Ok(code) => self.run_code(&code, &d, Some(&d), None),
            Err(e) => Err(e),
        };
        if let Err(e) = r {
            let _ = md.del_item(self, &pystr::new_str(name));
            return Err(e);
        }
        // A module may replace itself in sys.modules.
        Ok(md.get_by_str(name).unwrap_or(m))
    }

    /// `IMPORT_FROM`: an attribute of the module, or its submodule.
    pub(crate) fn import_from(&mut self, module: &Obj, name: &Obj) -> PyResult<Obj> {
        if let Some(v) = protocol::get_attr_obj_opt(self, module, name)? {
            return Ok(v);
        }
        let mname = protocol::get_attr_opt(self, module, "__name__")?.map(|n| pystr::as_str(&n).to_string());
        if let Some(mn) = &mname {
            let full = format!("{mn}.{}", pystr::as_str(name));
            if let Some(m) = dict::as_dict(&self.modules).expect("dict").get_by_str(&full) {
                return Ok(m);
            }
        }
        let mn = mname.unwrap_or_else(|| "<unknown module name>".into());
        let file =
            protocol::get_attr_opt(self, module, "__file__")?.filter(|f| pystr::as_str_obj(f).is_some());
        let loc = match file {
            Some(f) => format!(" ({})", pystr::as_str(&f)),
            None => " (unknown location)".to_string(),
        };
        Err(PyErr::import_error(
            format!("cannot import name '{}' from '{mn}'{loc}", pystr::as_str(name)),
            &mn,
        ))
    }
}

/// `from module import *` into `target`.
pub fn import_star(vm: &mut Vm, module: &Obj, target: &Obj) -> PyResult<()> {
    let names: Vec<Obj> = match protocol::get_attr_opt(vm, module, "__all__")? {
        Some(all) => protocol::collect(vm, &all)?,
        None => {
            let d = protocol::get_attr(vm, module, "__dict__")?;
            let keys = dict::as_dict(&d).map(|d| d.keys_vec()).unwrap_or_default();
            keys.into_iter().filter(|k| !pystr::as_str(k).starts_with('_')).collect()
        }
    };
    for n in names {
        let v = protocol::get_attr_obj(vm, module, &n)?;
        protocol::set_item(vm, target, &n, &v)?;
    }
    Ok(())
}

fn module_is_package(m: &Obj) -> bool {
    m.downcast::<module::ModuleObject>()
        .map(|mo| dict::as_dict(&mo.dict()).and_then(|d| d.get_by_str("__path__")).is_some())
        .unwrap_or(false)
}

/// `name.py` or `name/__init__.py` in one of `dirs`.
fn find_file(name: &str, dirs: &[String]) -> Option<(String, bool)> {
    for d in dirs {
        if d.starts_with("<frozen") {
            continue;
        }
        let base = if d.is_empty() { std::path::PathBuf::from(".") } else { std::path::PathBuf::from(d) };
        let pkg = base.join(name).join("__init__.py");
        if pkg.is_file() {
            return Some((pkg.display().to_string(), true));
        }
        let file = base.join(format!("{name}.py"));
        if file.is_file() {
            return Some((file.display().to_string(), false));
        }
    }
    None
}

/// Resolves `from ..x import y` against the importing module's package.
fn resolve_relative(name: &str, globals: &Obj, level: usize) -> PyResult<String> {
    let g = dict::as_dict(globals).expect("globals dict");
    let package = g
        .get_by_str("__package__")
        .filter(|p| pystr::as_str_obj(p).is_some() && !pystr::as_str(p).is_empty());
    let base = match package {
        Some(p) => pystr::as_str(&p).to_string(),
        None => {
            let modname = g.get_by_str("__name__").map(|n| pystr::as_str(&n).to_string()).unwrap_or_default();
            if g.get_by_str("__path__").is_some() {
                modname
            } else {
                modname.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default()
            }
        }
    };
    if base.is_empty() {
        return Err(PyErr::import_error("attempted relative import with no known parent package", name));
    }
    let parts: Vec<&str> = base.split('.').collect();
    if level > parts.len() + 1 || level > parts.len() {
        return Err(PyErr::import_error("attempted relative import beyond top-level package", name));
    }
    let prefix = parts[..parts.len() + 1 - level].join(".");
    Ok(if name.is_empty() { prefix } else { format!("{prefix}.{name}") })
}
