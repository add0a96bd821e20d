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


@comparison
def compare_textwrap():
    import textwrap as theirs
    mine = ours('textwrap')
    rng = cpython_random.Random(2)
    alphabet = 'ab-cd e-f--g h.i!x?y"z\'1 2-3\t\n_ A-B ééà-ü \xa0,&'
    words = ['hello', 'world', 'e-mail', 'long-winded', 'well--known', 'x', 'a-b-c-d', '--', 'end.',
             'Mr.', 'so?', 'yes!"', 'supercalifragilisticexpialidocious', 'tab\there', '3-4',
             'co-op-er-a-tion', 'foo---bar', 'A--B', '-leading', 'trailing-', 'x-y-z', 'ab-cd-ef']
    for trial in range(3000):
        if trial % 2:
            text = ''.join(rng.choice(alphabet) for _ in range(rng.randrange(60)))
        else:
            text = ' '.join(rng.choice(words) for _ in range(rng.randrange(25)))
            if rng.random() < 0.3:
                text = '  ' + text.replace(' ', rng.choice([' ', '  ', '\n', ' \t']))
        same(mine._split_words(text), [c for c in theirs.TextWrapper.wordsep_re.split(text) if c],
             'split of %r' % text)
        same(mine._split_on_whitespace(text),
             [c for c in theirs.TextWrapper.wordsep_simple_re.split(text) if c], 'simple split')
        # (A width below the indent's length can make CPython's own wrap loop forever.)
        options = dict(width=rng.randrange(5, 30), break_long_words=rng.random() < 0.7,
                       break_on_hyphens=rng.random() < 0.7, drop_whitespace=rng.random() < 0.8,
                       fix_sentence_endings=rng.random() < 0.3, replace_whitespace=rng.random() < 0.8,
                       initial_indent=rng.choice(['', '* ', '    ']), subsequent_indent=rng.choice(['', '  ']))
        if rng.random() < 0.3:
            options['max_lines'] = rng.randrange(1, 4)
            options['placeholder'] = rng.choice([' [...]', '...', ' ~'])
        same(outcome(mine.wrap, text, **options), outcome(theirs.wrap, text, **options),
             'wrap(%r, %r)' % (text, options))
        narrow = dict(width=rng.randrange(1, 5), break_long_words=rng.random() < 0.7)
        same(outcome(mine.wrap, text, **narrow), outcome(theirs.wrap, text, **narrow), 'narrow wrap')
        width = rng.randrange(1, 40)
        same(outcome(mine.shorten, text, width), outcome(theirs.shorten, text, width), 'shorten')
        same(mine.indent(text, '> '), theirs.indent(text, '> '), 'indent')
    # dedent: 3.14 empties whitespace-only lines of any whitespace; 3.11 only ' \t' ones, so
    # compare on texts whose blank lines use spaces and tabs only.
    for trial in range(500):
        lines = []
        for _ in range(rng.randrange(6)):
            lines.append(rng.choice(['', '  ', '\t', '    ', '  \t']) + rng.choice(['', 'x', 'a b', '  y']))
        text = '\n'.join(lines)
        same(mine.dedent(text), theirs.dedent(text), 'dedent(%r)' % text)


def _random_json_value(rng, depth=0):
    kind = rng.randrange(9 if depth < 4 else 6)
    if kind == 0:
        return rng.choice([None, True, False])
    if kind == 1:
        return rng.randrange(-10**20, 10**20) if rng.random() < 0.2 else rng.randrange(-100, 100)
    if kind == 2:
        return rng.choice([0.0, -0.0, 1.5, 1e16, 1e-7, 123456789.125, float('inf'), -float('inf'),
                           float('nan'), rng.random() * 10 ** rng.randrange(-10, 25)])
    if kind in (3, 4, 5):
        return ''.join(rng.choice(['a', 'Z', ' ', '"', '\\', '/', '\n', '\t', '\x00', '\x1f', '\x7f',
                                   'é', '€', '\U0001f600', '\ud800', '字'])
                       for _ in range(rng.randrange(6)))
    if kind == 6:
        return [_random_json_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    if kind == 7:
        return tuple(_random_json_value(rng, depth + 1) for _ in range(rng.randrange(3)))
    keys = [rng.choice(['a', 'b', 'key', 1, 2.5, True, None, 'é']) for _ in range(rng.randrange(4))]
    return {k: _random_json_value(rng, depth + 1) for k in keys}


@comparison
def compare_json():
    import json as theirs
    mine = ours('json')
    rng = cpython_random.Random(3)
    for trial in range(3000):
        value = _random_json_value(rng)
        options = {}
        if rng.random() < 0.5:
            options['indent'] = rng.choice([None, 0, 2, 4, '\t', '--'])
        if rng.random() < 0.3:
            options['separators'] = rng.choice([(',', ':'), (', ', ': '), (';', '=')])
        for flag in ('sort_keys', 'ensure_ascii', 'allow_nan', 'skipkeys', 'check_circular'):
            if rng.random() < 0.3:
                options[flag] = rng.random() < 0.5
        ours_text = outcome(mine.dumps, value, **options)
        theirs_text = outcome(theirs.dumps, value, **options)
        if sys.version_info < (3, 13) and ours_text[0] == 'raise' and 'JSON compliant' in ours_text[2]:
            # 3.11's two encoders word this differently; 3.13+ always add the value.
            ours_text = theirs_text = ours_text[:2]
        same(ours_text, theirs_text, 'dumps(%r, %r)' % (value, options))
        if ours_text[0] == 'ok':
            text = ours_text[1]
            got, want = outcome(mine.loads, text), outcome(theirs.loads, text)
            same(repr(got), repr(want), 'loads(%r)' % text)
            # Damage the text and compare the errors (or values).
            for _ in range(3):
                if not text:
                    break
                i = rng.randrange(len(text))
                damaged = rng.choice([text[:i], text[:i] + text[i + 1:],
                                      text[:i] + rng.choice(',:[]{}"\\ 0-.eE') + text[i:]])
                got, want = outcome(mine.loads, damaged), outcome(theirs.loads, damaged)
                if (sys.version_info < (3, 13) and got[0] == 'raise' and 'trailing comma' in got[2]):
                    continue  # 3.13 added these messages; 3.11 says "Expecting ..."
                same(repr(got), repr(want), 'loads(%r)' % damaged)
    for doc in ['', ' ', '[1,]', '{"a":1,}', '"a\nb"', '"\\x"', '"\\u12"', '"\\u1234', '"\\ud800\\u12"',
                '[1 2]', '{"a" 1}', '{1:2}', '"abc', 'nul', '[', '{"a":1', '1 2', '[-]', '-', '01', '1.', '1e5',
                '1E+2', '-0', '-0.0e-0', '{"a":}', '[,1]', '\ufeff1', 'NaN', '-Infinity', 'Infinity', 'true ',
                '{"a":1 "b":2}', '[[[[[]]]]]', '"\\ud83d\\ude00"', '"\\ud83dx"', '{"a": {"b": [1, {"c": null}]}}',
                b'[1]', b'\xef\xbb\xbf[2]', '"\\/\\b\\f"', '1.5e', '[1,2', '{"a"']:
        got, want = outcome(mine.loads, doc), outcome(theirs.loads, doc)
        if sys.version_info < (3, 13) and got[0] == 'raise' and 'trailing comma' in got[2]:
            continue
        same(repr(got), repr(want), 'loads(%r)' % (doc,))
    same(outcome(mine.loads, '{"a": 1}', object_pairs_hook=list),
         outcome(theirs.loads, '{"a": 1}', object_pairs_hook=list), 'object_pairs_hook')
    same(outcome(mine.loads, '[1.5, 2]', parse_float=str, parse_int=float),
         outcome(theirs.loads, '[1.5, 2]', parse_float=str, parse_int=float), 'parse hooks')
    circular = []
    circular.append(circular)
    same(outcome(mine.dumps, circular), outcome(theirs.dumps, circular), 'circular')
    same(outcome(mine.dumps, {(1,): 2}), outcome(theirs.dumps, {(1,): 2}), 'bad key')
    same(outcome(mine.dumps, {1, 2}), outcome(theirs.dumps, {1, 2}), 'set')
    same(outcome(mine.dumps, {1, 2}, default=sorted), outcome(theirs.dumps, {1, 2}, default=sorted), 'default')


@comparison
def compare_random():
    import random as theirs
    mine = ours('random')
    seeds = [0, 1, 42, -42, 2 ** 100 + 7, 'hello', '', 'é字', b'bytes', bytearray(b'ba'), 3.5, -0.5,
             float('inf')]
    calls = [
        ('random', ()), ('randint', (1, 10)), ('randint', (-5, 10 ** 30)), ('randrange', (100,)),
        ('randrange', (3, 1000, 7)), ('randrange', (100, 0, -3)), ('getrandbits', (70,)),
        ('choice', ('abcdefg',)), ('choices', (range(50),)), ('choices', ('abc', [1, 2, 3])),
        ('sample', (range(100), 10)), ('sample', (list(range(1000)), 30)), ('sample', ('abcdefghij', 10)),
        ('uniform', (2.5, 7.5)), ('triangular', ()), ('triangular', (0, 10, 9)), ('normalvariate', (1, 2)),
        ('gauss', ()), ('gauss', (5, 0.5)), ('lognormvariate', (0, 1)), ('expovariate', (2.0,)),
        ('vonmisesvariate', (1.0, 4.0)), ('vonmisesvariate', (1.0, 0.0)), ('gammavariate', (0.5, 2)),
        ('gammavariate', (1.0, 2)), ('gammavariate', (3.5, 1.5)), ('betavariate', (2, 5)),
        ('paretovariate', (3,)), ('weibullvariate', (1, 1.5)), ('randbytes', (9,)),
    ]
    for seed in seeds:
        a, b = mine.Random(seed), theirs.Random(seed)
        for name, args in calls:
            for _ in range(5):
                same(getattr(a, name)(*args), getattr(b, name)(*args), '%s%r after seed %r' % (name, args, seed))
        x, y = list(range(30)), list(range(30))
        a.shuffle(x)
        b.shuffle(y)
        same(x, y, 'shuffle')
        same(a.choices('abc', cum_weights=[1, 5, 6], k=20), b.choices('abc', cum_weights=[1, 5, 6], k=20),
             'choices cum_weights')
        same(a.sample(['x', 'y'], 5, counts=[3, 4]), b.sample(['x', 'y'], 5, counts=[3, 4]), 'sample counts')
        state = a.getstate()
        same(state, b.getstate(), 'getstate')
        first = a.random()
        a.setstate(state)
        same(a.random(), first, 'setstate')
        b.random()
        if hasattr(b, 'binomialvariate'):
            for n, p in [(1, 0.3), (10, 0.5), (100, 0.05), (1000, 0.3), (500, 0.9), (0, 0.5)]:
                same(a.binomialvariate(n, p), b.binomialvariate(n, p), 'binomialvariate')
        else:
            for n, p in [(1, 0.3), (10, 0.5), (100, 0.05), (1000, 0.3), (500, 0.9), (0, 0.5)]:
                a.binomialvariate(n, p)
    for version in (1,):
        for seed in ['abc', b'xyz', '']:
            a, b = mine.Random(), theirs.Random()
            a.seed(seed, version=version)
            b.seed(seed, version=version)
            same(a.random(), b.random(), 'seed version 1')
    mine.seed(42)
    theirs.seed(42)
    same([mine.randint(1, 10) for _ in range(20)], [theirs.randint(1, 10) for _ in range(20)], 'module randint')
    for bad in [(lambda r: r.randrange(0)), (lambda r: r.randrange(5, 5)), (lambda r: r.randrange(1, 9, 0)),
                (lambda r: r.randrange(9, 1, 2)), (lambda r: r.choice([])), (lambda r: r.sample([1], 2)),
                (lambda r: r.sample({1, 2}, 1)), (lambda r: r.choices('ab', [1])), (lambda r: r.gammavariate(0, 1)),
                (lambda r: r.choices('ab', 2)), (lambda r: r.seed([1])), (lambda r: r.randrange(10, step=2))]:
        got, want = outcome(bad, mine.Random(1)), outcome(bad, theirs.Random(1))
        if sys.version_info < (3, 12) and got[0] == 'raise' and ('randrange' in got[2] or 'seed types' in got[2]):
            continue  # 3.12 reworded these
        same(got, want, 'error')


@comparison
def compare_fractions_and_statistics():
    import fractions as their_fractions
    import statistics as theirs
    F = ours('fractions').Fraction
    G = their_fractions.Fraction
    mine = ours('statistics')
    rng = cpython_random.Random(4)
    values = [0, 1, -1, 3, 7, -12, 10 ** 20 + 1]

    def old_zero(result):
        # 3.11 words "Fraction(n, 0)" from the reduced numerator; 3.13+ from the divisor.
        if sys.version_info < (3, 13) and result[0] == 'raise' and result[1] == 'ZeroDivisionError':
            return repr(result[:2])
        return repr(result)

    def pair(n, d):
        return F(n, d), G(n, d)

    for trial in range(1500):
        n1, d1 = rng.choice(values), rng.choice(values[1:])
        n2, d2 = rng.choice(values), rng.choice(values[1:])
        a, ga = pair(n1, d1)
        b, gb = pair(n2, d2)
        same((repr(a), str(a), hash(a)), (repr(ga), str(ga), hash(ga)), 'repr/str/hash')
        for other_mine, other_theirs in ((b, gb), (n2, n2), (d2 / 3.0, d2 / 3.0), (complex(1, 2), complex(1, 2))):
            for op in ('add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'lt', 'le', 'eq', 'ne', 'gt', 'ge'):
                if isinstance(other_mine, complex) and op in ('floordiv', 'mod', 'lt', 'le', 'gt', 'ge'):
                    continue
                f = getattr(__import__('operator'), op)
                got, want = outcome(f, a, other_mine), outcome(f, ga, other_theirs)
                same(old_zero(got), old_zero(want), '%s(%r, %r)' % (op, a, other_mine))
                got, want = outcome(f, other_mine, a), outcome(f, other_theirs, ga)
                same(old_zero(got), old_zero(want), 'reflected %s(%r, %r)' % (op, other_mine, a))
        same(repr(outcome(divmod, a, b)), repr(outcome(divmod, ga, gb)), 'divmod')
        for p in (0, 1, 2, -1, -3):
            same(repr(outcome(pow, a, p)), repr(outcome(pow, ga, p)), 'pow')
        same(repr(outcome(pow, a, F(1, 2))), repr(outcome(pow, ga, G(1, 2))), 'pow half')
        if abs(a) < 100:
            same(repr(outcome(pow, 2, a)), repr(outcome(pow, 2, ga)), 'rpow')
        same(repr([round(a), round(a, 2), round(a, -1), int(a), float(a), a.__floor__(), a.__ceil__()]),
             repr([round(ga), round(ga, 2), round(ga, -1), int(ga), float(ga), ga.__floor__(), ga.__ceil__()]),
             'round/int/float')
        x = rng.random() * 10 ** rng.randrange(-5, 10)
        same(repr(F(x)), repr(G(x)), 'from float')
        m = rng.choice([1, 10, 1000, 10 ** 6])
        same(repr(F(x).limit_denominator(m)), repr(G(x).limit_denominator(m)), 'limit_denominator')
    for text in ['3/4', ' -3/4 ', '1.5', '-1.5e3', '1e-3', '.5', '5.', '1_000', '1_000/3', '1__0', '/3', '1/',
                 '1.2.3', 'abc', '', '+7', '1e', '0x10', ' 2 ', '1.5E+2', '3/0', '1_000.000_1']:
        same(repr(outcome(F, text)), repr(outcome(G, text)), 'Fraction(%r)' % text)
    specs = [] if sys.version_info < (3, 12) else ['']  # Fraction.__format__ is new in 3.12
    for spec in specs and ['', '>8', '+', '.5f', '.2%', ',.2f', '.0f', '10.3f', '<10', '^9', '08.2f']:
        for value in [(1, 3), (-7, 2), (10 ** 6, 3), (0, 1), (5, 1)]:
            same(outcome(format, F(*value), spec), outcome(format, G(*value), spec),
                 'format(%r, %r)' % (value, spec))
    datasets = [[1, 2, 3, 4], [1, 2, 3], [2.5, 3.25, 5.5, 11.25, 11.75], [F(1, 2), F(3, 4), F(5, 4)],
                [1, 1.5, F(1, 3)], [10 ** 20, 1, 3], [-1, -5, 2, 2, 7], [3], [1, float('inf')],
                [0.1] * 7 + [0.2], list(range(100))]
    for data in datasets:
        gdata = [G(x.numerator, x.denominator) if isinstance(x, F) else x for x in data]
        for name in ('mean', 'fmean', 'median', 'median_low', 'median_high', 'median_grouped', 'mode',
                     'multimode', 'variance', 'pvariance', 'stdev', 'pstdev', 'geometric_mean',
                     'harmonic_mean', 'quantiles'):
            got = outcome(getattr(mine, name), data)
            want = outcome(getattr(theirs, name), gdata)
            if name in ('variance', 'stdev', 'pstdev') and 'inf' in repr(data):
                continue  # CPython 3.13 fails with AttributeError there; ours gives inf
            if sys.version_info < (3, 13) and (name == 'quantiles' and len(data) < 2 or name == 'geometric_mean'):
                continue  # 3.12/3.13 changed these: a single data point, zeros in geometric_mean
            if sys.version_info < (3, 13) and got[0] == want[0] == 'raise':
                got, want = got[:2], want[:2]  # several messages were reworded in 3.12 and 3.13
            same(repr(got).replace('viv_', ''), repr(want), '%s(%r)' % (name, data))
    same(repr(mine.quantiles([1, 5, 9, 12, 20], n=10, method='inclusive')),
         repr(theirs.quantiles([1, 5, 9, 12, 20], n=10, method='inclusive')), 'quantiles inclusive')
    same(repr(outcome(mine.mean, [])), repr(outcome(theirs.mean, [])), 'empty mean')


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
