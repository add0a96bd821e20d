# Counting with Counter: anagrams, multiset operations, top-k, and letter frequency tables.
from collections import Counter
words = ["stop", "pots", "tops", "opts", "post", "spot", "pans", "snap", "naps", "span", "tap", "pat", "apt", "zebra"]
groups = {}
for w in words:
    groups.setdefault(tuple(sorted(Counter(w).items())), []).append(w)
for key, ws in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[1])):
    print(len(ws), ws)
def can_build(word, tiles):
    need = Counter(word)
    have = Counter(tiles)
    return not (need - have)
print([w for w in ["apple", "pale", "leap", "peel", "plea"] if can_build(w, "aelppx")])
text = """It is a truth universally acknowledged, that a single man in possession
of a good fortune, must be in want of a wife."""
letters = Counter(c for c in text.lower() if c.isalpha())
print(letters.most_common(5))
print(sum(letters.values()), len(letters), sorted(set("abcdefghijklmnopqrstuvwxyz") - set(letters)))
w = Counter(text.lower().replace(",", "").replace(".", "").split())
print(w.most_common(4), w["a"], w["of"])
top = [k for k, _ in sorted(w.items(), key=lambda kv: (-kv[1], kv[0]))[:5]]
print(top)
c1 = Counter({"red": 3, "blue": 1})
c2 = Counter({"red": 1, "green": 4})
print(sorted((c1 + c2).items()), sorted((c1 - c2).items()), sorted((c1 | c2).items()), sorted((c1 & c2).items()))
c1.update(c2)
print(sorted(c1.items()), c1.total() if hasattr(c1, "total") else sum(c1.values()))
inventory = Counter(apples=5, pears=2)
inventory.subtract(apples=7, kiwis=1)
print(sorted(inventory.items()), sorted((+inventory).items()), sorted((-inventory).items()))
print(Counter("hello") == Counter("olleh"), Counter(a=1) == Counter(a=1, b=0))
