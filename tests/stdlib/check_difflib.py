# difflib: SequenceMatcher (matching blocks, opcodes, ratios, junk, autojunk), close matches,
# unified/context diffs, ndiff/Differ with intraline hints, restore.
import difflib
import random

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.find_longest_match(0, 5, 0, 4))
m = s.find_longest_match()
print(m.a, m.b, m.size, tuple(m))
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())

# tie-breaking: earliest in a, then earliest in b
s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), sorted(s.bjunk))

a = "qabxcd"
b = "abycdf"
s = difflib.SequenceMatcher(None, a, b)
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('%7s a[%d:%d] (%s) b[%d:%d] (%s)' % (tag, i1, i2, a[i1:i2], j1, j2, b[j1:j2]))

s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for block in s.get_matching_blocks():
    print("a[%d] and b[%d] match for %d elements" % block)

s = difflib.SequenceMatcher()
s.set_seqs("", "")
print(s.ratio(), s.get_opcodes(), s.get_matching_blocks(), list(s.get_grouped_opcodes()))
s.set_seq1("abc")
print(s.get_opcodes(), s.ratio())
s.set_seq2("abd")
print(s.get_opcodes(), s.ratio())

# grouped opcodes
a = [str(i) for i in range(1, 40)]
b = a[:]
b[8:8] = ['i']
b[20] += 'x'
b[23:28] = []
b[30] += 'y'
s = difflib.SequenceMatcher(None, a, b)
for n in (0, 1, 3, 5):
    print(n, list(s.get_grouped_opcodes(n)))

# autojunk
b = "ab" * 150 + "xyz"
a = "xyzab"
s = difflib.SequenceMatcher(None, a, b)
print(sorted(s.bpopular), s.get_matching_blocks(), round(s.ratio(), 4))
s = difflib.SequenceMatcher(None, a, b, autojunk=False)
print(sorted(s.bpopular), s.get_matching_blocks(), round(s.ratio(), 4))
b = "x" * 199
s = difflib.SequenceMatcher(None, "xx", b)
print(sorted(s.bpopular), s.get_matching_blocks())
b = "x" * 200
s = difflib.SequenceMatcher(None, "xx", b)
print(sorted(s.bpopular), s.get_matching_blocks())
b = "".join(chr(97 + i % 26) for i in range(260)) + "a" * 2
s = difflib.SequenceMatcher(None, "abcqqabcdefgh", b)
print(sorted(s.bpopular), s.get_matching_blocks())
print(len(s.b2j), sorted(s.b2j)[:5])

# random comparisons
rng = random.Random(12345)
for trial in range(300):
    alpha = "abcd"[: rng.randint(1, 4)]
    a = "".join(rng.choice(alpha) for _ in range(rng.randint(0, 12)))
    b = "".join(rng.choice(alpha) for _ in range(rng.randint(0, 12)))
    if trial % 3 == 0:
        a = [rng.randint(0, 3) for _ in range(rng.randint(0, 10))]
        b = [rng.randint(0, 3) for _ in range(rng.randint(0, 10))]
    junk = None
    if trial % 5 == 1:
        junk = lambda c: c == "a"
    s = difflib.SequenceMatcher(junk, a, b)
    print(trial, repr(a), repr(b), s.get_opcodes(), s.ratio(), s.quick_ratio(), s.real_quick_ratio())
    lo = rng.randint(0, len(a))
    blo = rng.randint(0, len(b))
    print("  ", s.find_longest_match(lo, len(a), blo, len(b)), list(s.get_grouped_opcodes(1)))

# longer random sequences, beyond the autojunk threshold
for trial in range(6):
    a = [rng.randint(0, 40) for _ in range(rng.randint(150, 260))]
    b = [rng.randint(0, 40) for _ in range(rng.randint(190, 260))]
    s = difflib.SequenceMatcher(None, a, b)
    print("long", trial, len(s.bpopular), s.get_matching_blocks()[:6], len(s.get_opcodes()), s.ratio())

# get_close_matches
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
import keyword
print(difflib.get_close_matches("wheel", keyword.kwlist))
print(difflib.get_close_matches("pineapple", keyword.kwlist))
print(difflib.get_close_matches("accept", keyword.kwlist))
print(difflib.get_close_matches("ab", ["ba", "ab", "abc", "b", "aab", "bab"], n=4, cutoff=0.5))
print(difflib.get_close_matches("x", []))
for bad in ((0, 0.5), (3, 1.5), (3, -0.1)):
    try:
        difflib.get_close_matches("x", ["x"], *bad)
    except ValueError as e:
        print("ValueError:", e)

# unified_diff / context_diff
s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
print("".join(difflib.unified_diff(s1, s2, fromfile='before.py', tofile='after.py')), end="")
print("".join(difflib.context_diff(s1, s2, fromfile='before.py', tofile='after.py')), end="")
print(list(difflib.unified_diff("one two three four".split(), "zero one tree four".split(),
                                'Original', 'Current', '2005-01-26 23:30:50', '2010-04-02 10:20:52',
                                lineterm='')))
print(list(difflib.context_diff("one two three four".split(), "zero one tree four".split(),
                                'Original', 'Current', '2005-01-26 23:30:50', '2010-04-02 10:20:52',
                                lineterm='')))
a = [str(i) for i in range(1, 40)]
b = a[:]
b[8:8] = ['i']
b[20] += 'x'
b[23:28] = []
b[30] += 'y'
b.append('end')
for n in (0, 1, 3):
    print("\n".join(difflib.unified_diff(a, b, 'a', 'b', n=n, lineterm='')))
    print("\n".join(difflib.context_diff(a, b, 'a', 'b', n=n, lineterm='')))
print(list(difflib.unified_diff([], [])), list(difflib.unified_diff(['x'], ['x'])))
print(list(difflib.unified_diff([], ['a', 'b'], lineterm='')))
print(list(difflib.unified_diff(['a', 'b'], [], lineterm='')))
print(list(difflib.context_diff([], ['a', 'b'], lineterm='')))
print(list(difflib.context_diff(['a', 'b'], [], lineterm='')))
print(list(difflib.unified_diff(['a'], ['b'], lineterm='')))
print(list(difflib.context_diff(['a'], ['b'], lineterm='')))
try:
    list(difflib.unified_diff([b'a'], ['b']))
except TypeError as e:
    print("TypeError:", e)
try:
    list(difflib.unified_diff(['a'], ['b'], fromfile=1))
except TypeError as e:
    print("TypeError:", e)

# ndiff / Differ
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
result = list(difflib.Differ().compare(text1, text2))
print("".join(result), end="")
diff = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True),
                          'ore\ntree\nemu\n'.splitlines(keepends=True)))
print(''.join(diff), end="")
print(''.join(difflib.restore(diff, 1)), end="")
print(''.join(difflib.restore(diff, 2)), end="")
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print("ValueError:", e)
print(list(difflib.ndiff(["abc\n"], ["abc\n"])))
print(list(difflib.ndiff(["\tabcdefg\n"], ["\tabXdefg\n"])))
print(list(difflib.ndiff(["aaa\n", "bbb\n"], ["xyz\n"])))
print(list(difflib.ndiff(["x\n"], ["aaa\n", "bbb\n"])))
print(list(difflib.ndiff(["same\n", "qwerty\n"], ["zzz\n", "same\n"])))
print(list(difflib.ndiff(["hello world\n", "x\n"], ["hello wxrld\n", "y\n"])))
print(list(difflib.ndiff(["a b c\n"], ["a  b c\n"], charjunk=None)))
print(list(difflib.ndiff(["#\n", "code\n"], ["\n", "code\n"], linejunk=difflib.IS_LINE_JUNK)))

print([difflib.IS_LINE_JUNK(x) for x in ("\n", "  #   \n", "hello\n", "#", " x #\n", "")])
print([difflib.IS_CHARACTER_JUNK(x) for x in (" ", "\t", "\n", "x")])
