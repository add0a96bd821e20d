# Building strings: concatenation, repetition, join, accumulation patterns.
parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, "|".join(parts), "".join(parts))
s = ""
for word in ["build", "by", "concatenation"]:
    s += word + " "
print(repr(s), repr(s.rstrip()))
print("ab" * 3, 3 * "ab", "x" * 0, "x" * -2, "-" * 10)
print("=" * 5 + " title " + "=" * 5)
line = ", ".join(f"{k}={v}" for k, v in [("a", 1), ("b", 2), ("c", 3)])
print(line)
rows = []
for r in range(1, 4):
    rows.append(" ".join(f"{r * c:3d}" for c in range(1, 6)))
print("\n".join(rows))
print(str().join(["a", "b"]), str(12) + str(3.5) + str(None) + str(True))
tri = "\n".join(" " * (4 - i) + "*" * (2 * i + 1) for i in range(5))
print(tri)
def int_to_roman(n):
    table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
             (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for value, sym in table:
        count, n = divmod(n, value)
        out += sym * count
    return out
def roman_to_int(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals[b] > v else v
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = int_to_roman(n)
    print(n, r, roman_to_int(r))
words = ["a", "bb", "ccc"]
print(words[0] + words[1] + words[2], "".join(w.upper() for w in words), " ".join(words).title())
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 2.0
except TypeError as e:
    print("TypeError:", e)
