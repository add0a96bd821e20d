# The in / not in operators across every built-in container and custom __contains__.
print(3 in [1, 2, 3], 4 not in [1, 2, 3], "b" in ("a", "b"), 2 in {1, 2}, "k" in {"k": 1})
print(1 in {1: "v"}, "v" in {1: "v"}, "v" in {1: "v"}.values(), (1, "v") in {1: "v"}.items())
print("ell" in "hello", "" in "abc", "z" in "", "He" in "hello", "lo" in "hello")
print(5 in range(10), 10 in range(10), -1 in range(-5, 0), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(b"ab" in b"cab", 97 in b"abc", [1] in [[1], [2]], (1,) in [(1,), 2])
print(None in [None], [] in [[]], 1.0 in [1], True in [1, 2])
class Evens:
    def __contains__(self, x):
        return isinstance(x, int) and x % 2 == 0
e = Evens()
print(4 in e, 5 in e, "x" in e, 6 not in e)
class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10
s = Seq(4)
print(20 in s, 25 in s, 30 in s, 40 in s, list(s))
class It:
    def __iter__(self):
        return iter(["p", "q"])
print("q" in It(), "r" in It())
gen = (x * x for x in range(10))
print(9 in gen, next(gen), 16 in gen, 1 in gen)
words = "the quick brown fox".split()
print([w for w in words if "o" in w], [w for w in words if w not in ("the", "fox")])
vowels = set("aeiou")
print(sum(1 for ch in "membership testing" if ch in vowels))
matrix = [[1, 2], [3, 4]]
print(any(3 in row for row in matrix), [row for row in matrix if 2 not in row])
try:
    print([] in {})
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    print(1 in 5)
except TypeError as e:
    print("TypeError:", e)
