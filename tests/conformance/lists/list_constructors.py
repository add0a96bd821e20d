# Building lists from every kind of iterable, and the list() / [] / * forms.
print(list(), [], list("abc"), list((1, 2)), list(range(3)), list({3: "x", 1: "y"}))
print(list({5, 3, 1}), list(frozenset([2])), list(b"hi"), list(bytearray(b"\x00\x01")))
print(list({"a": 1}.items()), list({"a": 1}.values()), list(map(len, ["ab", "c"])), list(x for x in "xy"))
print(list(zip("ab", "cd")), list(enumerate("ab")), list(reversed([1, 2])), list(filter(None, [0, 1, ""])))
print([*"ab", *[1, 2], *range(2)], [1] * 3, [[]] * 2, [0, 1] * 0)
class Iterable:
    def __iter__(self):
        return iter([10, 20, 30])
print(list(Iterable()), [*Iterable()], sorted(Iterable(), reverse=True))
l = [1, 2, 3]
l2 = list(l)
print(l2 == l, l2 is l)
it = iter([1, 2, 3])
print(list(it), list(it))
gen = (i * i for i in range(4))
print(list(gen), list(gen))
print(list(range(10))[::3], list("hello")[1:-1])
try:
    list(42)
except TypeError as e:
    print("TypeError:", e)
try:
    list(1, 2)
except TypeError as e:
    print("TypeError", type(e).__name__)
words = "a quick brown fox".split()
print(list(map(str.upper, words)), [w[::-1] for w in words], list(map(lambda w: len(w), words)))
print(list(dict.fromkeys("mississippi")), list(str(12345)), list(map(int, str(12345))))
