# collections.Counter on text: word and letter frequencies, arithmetic, and comparisons between texts.
from collections import Counter
import re
a = """It was a bright cold day in April, and the clocks were striking thirteen. Winston Smith,
his chin nuzzled into his breast in an effort to escape the vile wind, slipped quickly through
the glass doors of Victory Mansions."""
b = """All happy families are alike; each unhappy family is unhappy in its own way. Everything was
in confusion in the Oblonskys' house. The wife had discovered that the husband was carrying on
an intrigue with a French girl."""
def words(text):
    return re.findall(r"[a-z']+", text.lower())
wa, wb = Counter(words(a)), Counter(words(b))
print(wa.most_common(5))
print(wb.most_common(5))
print(sorted((wa & wb).items()))
print(sum(wa.values()), sum(wb.values()), len(wa), len(wb))
common = wa + wb
print(common.most_common(3), common["in"], common["zebra"])
letters = Counter(c for c in (a + b).lower() if c.isalpha())
print("".join(c for c, _ in letters.most_common(10)))
vowels = sum(letters[v] for v in "aeiou")
print(vowels, sum(letters.values()) - vowels)
lengths = Counter(len(w) for w in words(a) + words(b))
print(sorted(lengths.items()))
only_a = wa - wb
print(sorted(only_a)[:10])
print(Counter("mississippi").most_common(), sorted(Counter("mississippi").elements()))
