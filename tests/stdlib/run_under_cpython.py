"""Runs the stdlib check programs under CPython, with Vivarium's `stdlib/` modules in place of
CPython's own.

The check programs (`check_*.py` beside this file) are ordinary scripts that `import heapq`,
`import collections`, ... and print what they observe; under `viv` those imports find the modules
embedded from `stdlib/`. Here, under `python3`, each check runs with its own `__builtins__` whose
`__import__` loads a module from `stdlib/` when one exists there (registered in `sys.modules` under
a private `viv_<name>` key, so CPython's own modules are never shadowed) and falls back to CPython's
import for everything else (the native modules: sys, gc, math, time, _weakref, _random, re, os,
...). Tests may replace a native module with a fake (see `fakes/`).

Usage:
    python3 tests/stdlib/run_under_cpython.py              # run every check, compare with expected/
    python3 tests/stdlib/run_under_cpython.py heapq json   # only check_heapq.py and check_json.py
    python3 tests/stdlib/run_under_cpython.py --update     # rewrite expected/*.out from this run
    python3 tests/stdlib/run_under_cpython.py --show heapq # print the output instead of comparing
    python3 tests/stdlib/run_under_cpython.py --native heapq
        # run the check with CPython's own modules and show where its output differs from ours
        # (useful with a newer CPython: /path/to/python3.13 .../run_under_cpython.py --native)
"""

import builtins
import importlib.util
import io
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
STDLIB = os.path.join(ROOT, "stdlib")
EXPECTED = os.path.join(HERE, "expected")
FAKES = os.path.join(HERE, "fakes")

# Checks that only make sense under viv (they disassemble code compiled by Vivarium itself).
VIV_ONLY = {"check_dis_viv"}


class VivImporter:
    """Loads `stdlib/` modules under private names and hands them to code run with `builtins`."""

    def __init__(self, fakes=None):
        self.modules = {}
        self.fakes = dict(fakes or {})
        self.builtins = dict(builtins.__dict__)
        self.builtins["__import__"] = self.import_module

    def source_of(self, fullname):
        """The file of `fullname` in stdlib/ and whether it is a package, or None."""
        path = os.path.join(STDLIB, *fullname.split("."))
        if os.path.isfile(path + ".py"):
            return path + ".py", False
        init = os.path.join(path, "__init__.py")
        if os.path.isfile(init):
            return init, True
        return None

    def load(self, fullname):
        """The module `fullname`: a fake, one of ours, or None when stdlib/ has no such module."""
        if fullname in self.fakes:
            return self.fakes[fullname]
        if fullname in self.modules:
            return self.modules[fullname]
        parent = None
        if "." in fullname:
            parent = self.load(fullname.rpartition(".")[0])
            if parent is None:
                return None
        found = self.source_of(fullname)
        if found is None:
            return None
        path, is_package = found
        private = "viv_" + fullname
        locations = [os.path.dirname(path)] if is_package else None
        spec = importlib.util.spec_from_file_location(private, path, submodule_search_locations=locations)
        module = importlib.util.module_from_spec(spec)
        module.__name__ = fullname
        module.__package__ = fullname if is_package else fullname.rpartition(".")[0]
        module.__builtins__ = self.builtins
        self.modules[fullname] = module
        sys.modules[private] = module
        with open(path, encoding="utf-8") as f:
            code = compile(f.read(), path, "exec")
        try:
            exec(code, module.__dict__)
        except BaseException:
            del self.modules[fullname]
            del sys.modules[private]
            raise
        if parent is not None:
            setattr(parent, fullname.rpartition(".")[2], module)
        return module

    def import_module(self, name, globals=None, locals=None, fromlist=(), level=0):
        """`__import__` with CPython's contract, preferring stdlib/ modules."""
        if level:
            package = (globals or {}).get("__package__") or ""
            bits = package.split(".")
            if level > 1:
                bits = bits[: len(bits) - (level - 1)]
            base = ".".join(bits)
            name = base + "." + name if name else base
        top = name.partition(".")[0]
        if top not in self.fakes and self.source_of(top) is None:
            return builtins.__import__(name, globals, locals, fromlist, 0)
        module = self.load(name)
        if module is None:
            raise ModuleNotFoundError("No module named %r" % name, name=name)
        if not fromlist:
            return self.load(top)
        if hasattr(module, "__path__"):
            for item in fromlist:
                if item != "*" and not hasattr(module, item):
                    self.load(name + "." + item)
        return module


def load_fakes():
    """The fake native modules in fakes/ (e.g. `_opcode` with CPython 3.14's table)."""
    fakes = {}
    if os.path.isdir(FAKES):
        for entry in sorted(os.listdir(FAKES)):
            if entry.endswith(".py"):
                name = entry[:-3]
                spec = importlib.util.spec_from_file_location("vivfake_" + name, os.path.join(FAKES, entry))
                module = importlib.util.module_from_spec(spec)
                sys.modules["vivfake_" + name] = module
                spec.loader.exec_module(module)
                fakes[name] = module
    return fakes


def run_check(path, fakes, native=False):
    """Run one check program; return (output, error text or None). With `native`, the check
    uses CPython's own modules instead of stdlib/."""
    importer = VivImporter(fakes)
    with open(path, encoding="utf-8") as f:
        source = f.read()
    code = compile(source, path, "exec")
    # The check runs as __main__ (sys.modules['__main__'] is its module while it runs).
    main = type(sys)("__main__")
    main.__file__ = path
    main.__builtins__ = builtins if native else importer.builtins
    out = io.StringIO()
    saved, saved_main = sys.stdout, sys.modules["__main__"]
    sys.stdout = out
    sys.modules["__main__"] = main
    error = None
    try:
        exec(code, main.__dict__)
    except BaseException:
        error = traceback.format_exc()
    finally:
        sys.stdout = saved
        sys.modules["__main__"] = saved_main
        for name in list(sys.modules):
            if name.startswith("viv_"):
                del sys.modules[name]
    return out.getvalue(), error


def compare_native(check, fakes):
    """Print the lines where the check's output with CPython's modules differs from ours."""
    path = os.path.join(HERE, check + ".py")
    ours, our_error = run_check(path, fakes)
    theirs, their_error = run_check(path, fakes, native=True)
    if our_error or their_error:
        print("---- %s: exception (ours: %s, CPython's: %s)" % (check, bool(our_error), bool(their_error)))
        print(our_error or their_error)
    a, b = ours.splitlines(), theirs.splitlines()
    differing = [(i, x, y) for i, (x, y) in enumerate(zip(a, b)) if x != y]
    if len(a) != len(b):
        differing.append((min(len(a), len(b)), "<%d lines>" % len(a), "<%d lines>" % len(b)))
    if not differing:
        print("same %s" % check)
        return 0
    print("---- %s differs from CPython %d.%d in %d lines" % ((check,) + sys.version_info[:2] + (len(differing),)))
    for i, x, y in differing:
        print("  line %d\n    ours:    %s\n    cpython: %s" % (i + 1, x, y))
    return 1


def main(argv):
    update = "--update" in argv
    show = "--show" in argv
    native = "--native" in argv
    wanted = [a for a in argv if not a.startswith("--")]
    checks = sorted(
        f[:-3]
        for f in os.listdir(HERE)
        if f.startswith("check_") and f.endswith(".py") and f[:-3] not in VIV_ONLY
    )
    if wanted:
        checks = [c for c in checks if c in wanted or c[len("check_"):] in wanted]
    fakes = load_fakes()
    failures = 0
    for check in checks:
        if native:
            failures += compare_native(check, fakes)
            continue
        output, error = run_check(os.path.join(HERE, check + ".py"), fakes)
        expected_path = os.path.join(EXPECTED, check + ".out")
        if show:
            sys.stdout.write(output)
        if error:
            failures += 1
            print("FAIL %s: exception\n%s" % (check, error))
            continue
        if update:
            os.makedirs(EXPECTED, exist_ok=True)
            with open(expected_path, "w", encoding="utf-8") as f:
                f.write(output)
            print("wrote %s" % os.path.relpath(expected_path, ROOT))
            continue
        if not os.path.exists(expected_path):
            failures += 1
            print("FAIL %s: no expected output (run with --update)" % check)
            continue
        with open(expected_path, encoding="utf-8") as f:
            expected = f.read()
        if output != expected:
            failures += 1
            print("FAIL %s: output differs from %s" % (check, os.path.relpath(expected_path, ROOT)))
            got, want = output.splitlines(), expected.splitlines()
            for i in range(max(len(got), len(want))):
                g = got[i] if i < len(got) else "<missing>"
                w = want[i] if i < len(want) else "<missing>"
                if g != w:
                    print("  line %d:\n    got:  %s\n    want: %s" % (i + 1, g, w))
                    break
        else:
            print("ok   %s" % check)
    print("%d checks, %d failed" % (len(checks), failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
