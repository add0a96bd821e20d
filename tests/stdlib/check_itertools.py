# itertools: every function, its laziness, argument errors and reprs.
import itertools as it
import operator

def show(label, value):
    print(label, list(value))

c = it.count(5)
print(next(c), next(c), repr(c))
print(repr(it.count()), repr(it.count(2, 3)), repr(it.count(1.5)), repr(it.count(0, 1.0)))
show("count step:", it.islice(it.count(10, -2), 4))
try:
    it.count("a")
except TypeError as e:
    print("count('a') ->", e)
show("cycle:", it.islice(it.cycle("abc"), 8))
show("cycle empty:", it.cycle([]))
r = it.repeat("x", 3)
print(repr(r), list(r), repr(r))
print(repr(it.repeat(7)), list(it.repeat(1, -2)))
show("accumulate:", it.accumulate([1, 2, 3, 4, 5]))
show("accumulate mul:", it.accumulate([1, 2, 3, 4, 5], operator.mul))
show("accumulate initial:", it.accumulate([1, 2, 3], initial=100))
show("accumulate empty:", it.accumulate([]))
show("accumulate empty initial:", it.accumulate([], initial=0))
show("accumulate max:", it.accumulate([3, 1, 4, 1, 5, 9, 2], max))
show("chain:", it.chain("ab", [1, 2], (), range(2)))
show("chain.from_iterable:", it.chain.from_iterable(["ab", "cd", ""]))
show("compress:", it.compress("ABCDEF", [1, 0, 1, 0, 1, 1]))
show("dropwhile:", it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1]))
show("filterfalse:", it.filterfalse(lambda x: x % 2, range(10)))
show("filterfalse None:", it.filterfalse(None, [0, 1, "", "a", None, []]))
print("groupby:", [(k, list(g)) for k, g in it.groupby("AAAABBBCCDAABBB")])
print("groupby key:", [(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5, 7, 6], key=lambda x: x % 2)])
groups = list(it.groupby("aabbc"))
print("groupby stale groups:", [(k, list(g)) for k, g in groups])
gb = it.groupby("aaabbb")
k1, g1 = next(gb)
print("first of group:", next(g1))
k2, g2 = next(gb)
print("advanced:", k2, list(g2), list(g1))
show("islice stop:", it.islice("ABCDEFG", 2))
show("islice start stop:", it.islice("ABCDEFG", 2, 4))
show("islice step:", it.islice("ABCDEFG", 2, None, 2))
show("islice none:", it.islice("ABCDEFG", 0, None, 3))
src = iter(range(10))
show("islice consumes:", it.islice(src, 3))
print("left:", next(src))
src = iter(range(10))
list(it.islice(src, 5, 3))
print("start beyond stop consumed up to start:", next(src))
for args in [(-1,), (0, -1), (0, 5, 0), ("a",), (1, 2, 1.5)]:
    try:
        it.islice([], *args)
    except (ValueError, TypeError) as e:
        print("islice", args, "->", type(e).__name__, e)
show("pairwise:", it.pairwise("ABCDE"))
show("pairwise short:", it.pairwise("A"))
show("starmap:", it.starmap(pow, [(2, 5), (3, 2), (10, 3)]))
show("takewhile:", it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1]))
a, b = it.tee(iter([1, 2, 3, 4]))
print("tee:", next(a), next(a), list(b), list(a))
t = it.tee("abc", 3)
print("tee 3:", len(t), [list(x) for x in t])
a, b = it.tee(range(3))
c, d = it.tee(a)
print("tee of tee:", list(c), list(d), list(b))
print("tee 0:", it.tee([1], 0))
try:
    it.tee([1], -1)
except ValueError as e:
    print("tee -1 ->", e)
show("zip_longest:", it.zip_longest("ABCD", "xy", fillvalue="-"))
show("zip_longest none:", it.zip_longest())
show("zip_longest 3:", it.zip_longest([1], [], [2, 3]))
show("product:", it.product("ab", range(2)))
show("product repeat:", it.product([0, 1], repeat=3))
show("product empty:", it.product("ab", []))
show("product none:", it.product())
show("permutations:", it.permutations("ABC"))
show("permutations r=2:", it.permutations(range(4), 2))
show("permutations r=0:", it.permutations("ab", 0))
show("permutations r>n:", it.permutations("ab", 3))
show("combinations:", it.combinations("ABCD", 2))
show("combinations r=0:", it.combinations("ABCD", 0))
show("combinations r>n:", it.combinations("AB", 3))
show("combinations_with_replacement:", it.combinations_with_replacement("ABC", 2))
show("cwr empty:", it.combinations_with_replacement("", 2))
show("cwr r=0:", it.combinations_with_replacement("", 0))
for f in (it.combinations, it.permutations, it.combinations_with_replacement):
    try:
        f("abc", -1)
    except ValueError as e:
        print(f.__name__, "-1 ->", e)
show("batched:", it.batched("ABCDEFG", 3))
try:
    list(it.batched("ABCDEFG", 3, strict=True))
except ValueError as e:
    print("batched strict ->", e)
try:
    it.batched("AB", 0)
except ValueError as e:
    print("batched 0 ->", e)
import math
print("perm count:", len(list(it.permutations(range(6)))) == math.factorial(6))
print("comb count:", len(list(it.combinations(range(10), 4))) == math.comb(10, 4))
print("cwr count:", len(list(it.combinations_with_replacement(range(5), 3))) == math.comb(7, 3))
