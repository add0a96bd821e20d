"""Regenerate, check or cross-compare the expected outputs of the conformance programs.

Every program `<area>/<name>.py` has its expected stdout in `<name>.out`.  A program that ends
with a non-zero exit status (an uncaught exception, `sys.exit(n)`) also has `<name>.err`: the last
non-empty line of stderr (omitted when stderr is empty) followed by a line `exit: <status>`.
A program that exits 0 has no `.err` file, and its stderr is not part of the expectation.

Usage (from anywhere; paths may be files or folders, default: every program of the suite):

    python3 tests/conformance/regen.py [paths...]
        record expectations with the `python3` on PATH (or `--python PATH`).  Each program runs
        twice with different PYTHONHASHSEED values; a program whose output depends on string
        hashing is reported and not recorded.
    python3 tests/conformance/regen.py --check [--python target/release/viv] [paths...]
        run the programs and report every one whose output differs from the recorded files.
    python3 tests/conformance/regen.py --compare-with /path/to/python3.14 [paths...]
        run the programs under both interpreters and report where they disagree (see
        VERSION_DIFFERENCES.md: where they disagree, the expectation follows CPython 3.14, so
        record with `--python /path/to/python3.14`).

The exit status is 1 when any program was reported, so the script can gate CI.
"""

import argparse
import concurrent.futures
import difflib
import os
import shutil
import subprocess
import sys

SUITE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT_S = 60


class Outcome:
    """What one run of a program produced, in the form stored in the expectation files."""

    def __init__(self, stdout, stderr, status):
        self.stdout = stdout
        self.status = status
        lines = [line for line in stderr.splitlines() if line.strip()]
        self.last_err = lines[-1] if lines else None
        self.stderr = stderr

    def err_text(self):
        """The `.err` file content, or None when the program exited 0."""
        if self.status == 0:
            return None
        head = self.last_err + "\n" if self.last_err is not None else ""
        return f"{head}exit: {self.status}\n"

    def same_as(self, other):
        return self.stdout == other.stdout and self.err_text() == other.err_text()


def run(interpreter, program, hash_seed="0"):
    """Run `program` with its own folder as the working directory."""
    if os.sep in interpreter:
        interpreter = os.path.abspath(interpreter)
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = hash_seed
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYTHONWARNINGS", None)
    try:
        proc = subprocess.run(
            [interpreter, os.path.basename(program)],
            cwd=os.path.dirname(program),
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=TIMEOUT_S,
        )
    except subprocess.TimeoutExpired:
        return Outcome("", f"timeout after {TIMEOUT_S}s", -1)
    except OSError as e:
        return Outcome("", f"cannot run {interpreter}: {e}", -1)
    out = proc.stdout.decode("utf-8", errors="replace")
    err = proc.stderr.decode("utf-8", errors="replace")
    return Outcome(out, err, proc.returncode)


def programs(paths):
    """Every `.py` program under the given files/folders, sorted; helper modules are skipped."""
    found = []
    for path in paths or [SUITE]:
        path = os.path.abspath(path)
        if os.path.isfile(path):
            found.append(path)
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__")))
            for name in files:
                full = os.path.join(root, name)
                if name.endswith(".py") and full != os.path.abspath(__file__) and not name.startswith("_"):
                    found.append(full)
    return sorted(found)


def expected(program):
    """The recorded outcome of `program`, or None when it has never been recorded."""
    base = program[:-3]
    if not os.path.exists(base + ".out"):
        return None
    with open(base + ".out", encoding="utf-8", newline="") as f:
        out = f.read()
    err = None
    if os.path.exists(base + ".err"):
        with open(base + ".err", encoding="utf-8", newline="") as f:
            err = f.read()
    return out, err


def write_expectation(program, outcome):
    base = program[:-3]
    with open(base + ".out", "w", encoding="utf-8", newline="") as f:
        f.write(outcome.stdout)
    err = outcome.err_text()
    if err is None:
        if os.path.exists(base + ".err"):
            os.remove(base + ".err")
    else:
        with open(base + ".err", "w", encoding="utf-8", newline="") as f:
            f.write(err)


def show_diff(label_a, text_a, label_b, text_b, limit=20):
    diff = list(
        difflib.unified_diff(
            text_a.splitlines(), text_b.splitlines(), label_a, label_b, lineterm="", n=1
        )
    )
    for line in diff[:limit]:
        print("    " + line)
    if len(diff) > limit:
        print(f"    ... ({len(diff) - limit} more diff lines)")


def rel(path):
    return os.path.relpath(path, os.getcwd())


def run_all(progs, job, workers=2):
    """Results of `job(program)` for every program, in order, a couple of runs at a time."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(job, progs))


def regenerate(python, progs):
    problems = 0
    runs = run_all(progs, lambda p: (run(python, p, "1"), run(python, p, "2")))
    for program, (first, second) in zip(progs, runs):
        if not first.same_as(second):
            problems += 1
            print(f"NONDETERMINISTIC {rel(program)} (output depends on hash seed)")
            show_diff("PYTHONHASHSEED=1", first.stdout, "PYTHONHASHSEED=2", second.stdout)
            continue
        if first.status < 0:
            problems += 1
            print(f"FAILED {rel(program)}: {first.stderr.strip()}")
            continue
        if first.status == 0 and first.stderr.strip():
            print(f"note: {rel(program)} wrote to stderr: {first.stderr.strip().splitlines()[-1]}")
        write_expectation(program, first)
    print(f"recorded {len(progs) - problems} of {len(progs)} programs with {python}")
    return problems


def check(python, progs):
    failures = 0
    for program, got in zip(progs, run_all(progs, lambda p: run(python, p))):
        want = expected(program)
        if want is None:
            failures += 1
            print(f"UNRECORDED {rel(program)}")
            continue
        want_out, want_err = want
        if got.stdout == want_out and got.err_text() == want_err:
            continue
        failures += 1
        print(f"DIFF {rel(program)}")
        if got.stdout != want_out:
            show_diff("expected", want_out, python, got.stdout)
        if got.err_text() != want_err:
            show_diff("expected.err", want_err or "", python + ".err", got.err_text() or "")
            if got.status != 0 and got.stderr.strip():
                print("    stderr tail: " + got.stderr.strip().splitlines()[-1])
    print(f"{len(progs) - failures} of {len(progs)} programs match under {python}")
    return failures


def compare(python, other, progs):
    differing = 0
    runs = run_all(progs, lambda p: (run(python, p), run(other, p)))
    for program, (a, b) in zip(progs, runs):
        if a.same_as(b):
            continue
        differing += 1
        print(f"DIFFERS {rel(program)}")
        if a.stdout != b.stdout:
            show_diff(python, a.stdout, other, b.stdout)
        if a.err_text() != b.err_text():
            show_diff(python + ".err", a.err_text() or "", other + ".err", b.err_text() or "")
    print(f"{differing} of {len(progs)} programs differ between {python} and {other}")
    return differing


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="programs or folders (default: the whole suite)")
    parser.add_argument("--python", default=shutil.which("python3") or "python3",
                        help="interpreter that records or is checked (default: python3 on PATH)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="compare against recorded files; write nothing")
    mode.add_argument("--compare-with", metavar="PYTHON",
                      help="report programs whose output differs under PYTHON; write nothing")
    args = parser.parse_args()
    progs = programs(args.paths)
    if not progs:
        print("no programs found")
        return 1
    if args.check:
        bad = check(args.python, progs)
    elif args.compare_with:
        bad = compare(args.python, args.compare_with, progs)
    else:
        bad = regenerate(args.python, progs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
