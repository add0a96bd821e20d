"""Run the benchmark programs under Vivarium and CPython side by side.

    python3 benches/compare.py [--viv target/release/viv] [--python python3] [--runs 3] [names...]
        prints  program  viv_s  cpython_s  ratio  for every benchmark (best of N runs), then the
        geometric mean of the ratios. A program that fails under viv, or prints something other than
        CPython's checksum, is shown as FAIL / WRONG and left out of the mean.

    python3 benches/compare.py --rss [--iterations 200000]
        runs cycles.py with N and 10*N iterations under viv (and CPython for reference) and reports
        each run's peak resident set size: with a working cycle collector it stays flat.

Runs in any python3; the interpreter measured as "cpython" is --python (default: python3 on PATH).
"""

import argparse
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH_DIR)


# Programs that measure memory rather than time: their output is a measurement, so it never
# matches CPython's and they stay out of the timing table (run them directly).
NOT_TIMED = {"cycles_rss"}


def benchmarks(names):
    """The benchmark programs: every .py in benches/ except this script and NOT_TIMED."""
    found = sorted(
        f[:-3]
        for f in os.listdir(BENCH_DIR)
        if f.endswith(".py") and f != os.path.basename(__file__) and f[:-3] not in NOT_TIMED
    )
    if names:
        unknown = [n for n in names if n not in found]
        if unknown:
            sys.exit(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(found)}")
        return [n for n in found if n in names]
    return found


def run_once(interpreter, script, args=(), timeout=600):
    """Run `script`; return (seconds, stdout, error or None, peak RSS in KiB) of that child alone."""
    if os.sep in interpreter:
        interpreter = os.path.abspath(interpreter)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        try:
            proc = subprocess.Popen([interpreter, script, *map(str, args)], stdout=out, stderr=err,
                                    stdin=subprocess.DEVNULL, cwd=BENCH_DIR)
        except OSError as e:
            return None, "", f"cannot run {interpreter}: {e}", None
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                proc.returncode = -9
                return None, "", "timeout", None
            time.sleep(0.002)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    if proc.returncode != 0:
        last = [l for l in stderr.splitlines() if l.strip()]
        return None, stdout, f"exit {proc.returncode}: {last[-1] if last else ''}", usage.ru_maxrss
    return elapsed, stdout, None, usage.ru_maxrss


def best_of(interpreter, script, runs):
    """Best time over `runs` runs, the stdout of the first run, and the first error if any."""
    best, first_out = None, None
    for _ in range(runs):
        t, out, err, _ = run_once(interpreter, script)
        if err:
            return None, out, err
        first_out = out if first_out is None else first_out
        best = t if best is None else min(best, t)
    return best, first_out, None


def compare(args):
    names = benchmarks(args.names)
    print(f"viv: {args.viv}\ncpython: {args.python}\nbest of {args.runs} run(s)\n")
    print(f"{'program':16} {'viv_s':>8} {'cpython_s':>10} {'ratio':>7}")
    ratios = []
    for name in names:
        script = os.path.join(BENCH_DIR, name + ".py")
        py_t, py_out, py_err = best_of(args.python, script, args.runs)
        if py_err:
            print(f"{name:16} {'':>8} {'FAIL':>10}   cpython: {py_err}")
            continue
        viv_t, viv_out, viv_err = best_of(args.viv, script, args.runs)
        if viv_err:
            print(f"{name:16} {'FAIL':>8} {py_t:10.3f} {'-':>7}   {viv_err[:70]}")
            continue
        if viv_out != py_out:
            print(f"{name:16} {'WRONG':>8} {py_t:10.3f} {'-':>7}   output differs from CPython's")
            continue
        ratio = viv_t / py_t
        ratios.append(ratio)
        print(f"{name:16} {viv_t:8.3f} {py_t:10.3f} {ratio:7.2f}")
    if ratios:
        gmean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"\ngeometric mean of ratios over {len(ratios)} of {len(names)} programs: {gmean:.2f}")
    else:
        print(f"\nno program ran correctly under viv ({len(names)} tried)")
    return 0 if len(ratios) == len(names) else 1


def peak_rss(interpreter, script, args):
    """(error or None, peak RSS in KiB) of one run.

    GNU time measures the child it forks itself, from a small process; os.wait4's figure would
    include the pages this Python process had before the child exec'd, which hides small peaks.
    """
    gnu_time = "/usr/bin/time"
    if os.sep in interpreter:
        interpreter = os.path.abspath(interpreter)
    if not os.access(gnu_time, os.X_OK):
        _, _, err, peak = run_once(interpreter, script, args)
        return err, peak
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as report:
        proc = subprocess.run([gnu_time, "-f", "%M", "-o", report.name, interpreter, script, *map(str, args)],
                              cwd=BENCH_DIR, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE)
        lines = [l for l in report.read().splitlines() if l.strip()]
    if proc.returncode != 0:
        tail = [l for l in proc.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
        return f"exit {proc.returncode}: {tail[-1] if tail else ''}", None
    return None, int(lines[-1])


def rss(args):
    script = os.path.join(BENCH_DIR, "cycles.py")
    n = args.iterations
    print("peak RSS of cycles.py (KiB); flat growth means cyclic garbage is being collected\n")
    print(f"{'interpreter':12} {'N=' + str(n):>14} {'N=' + str(10 * n):>14} {'growth':>8}")
    status = 0
    for label, interp in (("viv", args.viv), ("cpython", args.python)):
        results = [peak_rss(interp, script, (count,)) for count in (n, 10 * n)]
        errors = [err for err, _ in results if err]
        if errors:
            print(f"{label:12} {'FAIL':>14} {'':>14} {'':>8}   {'; '.join(errors)[:70]}")
            status = 1
            continue
        small, large = results[0][1], results[1][1]
        print(f"{label:12} {small:14} {large:14} {large / small:8.2f}x")
    return status


def main():
    default_viv = os.path.join(ROOT, "target", "release", "viv")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    parser.add_argument("--viv", default=default_viv, help=f"viv binary (default: {default_viv})")
    parser.add_argument("--python", default=shutil.which("python3") or "python3", help="CPython to compare with")
    parser.add_argument("--runs", type=int, default=3, help="runs per program; the best time counts")
    parser.add_argument("--rss", action="store_true", help="measure cycles.py peak memory instead")
    parser.add_argument("--iterations", type=int, default=200000, help="N for --rss (default 200000)")
    args = parser.parse_args()
    return rss(args) if args.rss else compare(args)


if __name__ == "__main__":
    sys.exit(main())
