"""Differential tests: Vivarium's `stdlib/` modules against the running CPython's own modules.

Runs only under `python3` (it needs both implementations side by side). Each `compare_*` function
feeds the same inputs to ours and to CPython's and asserts identical results, orderings, reprs and
error messages. Where CPython 3.11 (this machine's python3) and 3.14 differ, ours follows 3.14 and
the comparison is skipped or adjusted, with a comment saying so.

    python3 tests/stdlib/compare_with_cpython.py          # every comparison
    python3 tests/stdlib/compare_with_cpython.py heapq    # only compare_heapq
"""

import os
import random as cpython_random
import sys
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_under_cpython import VivImporter, load_fakes  # noqa: E402

IMPORTER = VivImporter(load_fakes())


def ours(name):
    """Our module `name`, loaded from stdlib/ under a private name."""
    module = IMPORTER.load(name)
    assert module is not None, name
    return module


def outcome(func, *args, **kwargs):
    """('ok', result) or ('raise', exception type name, message), for comparing behaviour."""
    try:
        return ('ok', func(*args, **kwargs))
    except Exception as e:
        return ('raise', type(e).__name__, str(e))


def same(a, b, what):
    if a != b:
        raise AssertionError('%s differs:\n  ours:    %r\n  cpython: %r' % (what, a, b))


COMPARISONS = []


def comparison(func):
    COMPARISONS.append(func)
    return func


@comparison
def compare_heapq():
    import heapq as theirs
    mine = ours('heapq')
    rng = cpython_random.Random(1)
    for trial in range(200):
        items = [rng.randrange(50) for _ in range(rng.randrange(40))]
        a, b = list(items), list(items)
        mine.heapify(a)
        theirs.heapify(b)
        same(a, b, 'heapify')
        for _ in range(30):
            op = rng.randrange(4)
            x = rng.randrange(60)
            if op == 0:
                mine.heappush(a, x)
                theirs.heappush(b, x)
            elif op == 1 and a:
                same(mine.heappop(a), theirs.heappop(b), 'heappop')
            elif op == 2 and a:
                same(mine.heapreplace(a, x), theirs.heapreplace(b, x), 'heapreplace')
            else:
                same(mine.heappushpop(a, x), theirs.heappushpop(b, x), 'heappushpop')
            same(a, b, 'heap state')
        # Stability of nlargest/nsmallest: tag items so equal keys are distinguishable.
        tagged = [(v % 7, i) for i, v in enumerate(items)]
        for n in range(0, 12):
            for key in (None, lambda t: t[0]):
                same(mine.nsmallest(n, iter(tagged), key=key), theirs.nsmallest(n, iter(tagged), key=key),
                     'nsmallest')
                same(mine.nlargest(n, iter(tagged), key=key), theirs.nlargest(n, iter(tagged), key=key),
                     'nlargest')
                same(mine.nsmallest(n, tagged, key=key), theirs.nsmallest(n, tagged, key=key), 'nsmallest')
        runs = [sorted(rng.sample(range(30), rng.randrange(8))) for _ in range(4)]
        tag_runs = [[(v // 3, k) for v in run] for k, run in enumerate(runs)]
        same(list(mine.merge(*tag_runs, key=lambda t: t[0])),
             list(theirs.merge(*tag_runs, key=lambda t: t[0])), 'merge key')
        same(list(mine.merge(*runs)), list(theirs.merge(*runs)), 'merge')
        rev = [list(reversed(r)) for r in tag_runs]
        same(list(mine.merge(*rev, key=lambda t: t[0], reverse=True)),
             list(theirs.merge(*rev, key=lambda t: t[0], reverse=True)), 'merge reverse')


def main(argv):
    wanted = set(argv)
    failures = 0
    ran = 0
    for func in COMPARISONS:
        name = func.__name__[len('compare_'):]
        if wanted and name not in wanted:
            continue
        ran += 1
        try:
            func()
        except Exception:
            failures += 1
            print('FAIL %s\n%s' % (name, traceback.format_exc()))
        else:
            print('ok   %s' % name)
    print('%d comparisons, %d failed' % (ran, failures))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
