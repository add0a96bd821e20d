# Conditions built from chained comparisons, membership tests and boolean operators.
def in_range(x, lo, hi):
    return lo <= x < hi
print([in_range(x, 0, 10) for x in (-1, 0, 5, 10, 11)])
def valid_time(h, m, s):
    return 0 <= h < 24 and 0 <= m < 60 and 0 <= s < 60
print(valid_time(23, 59, 59), valid_time(24, 0, 0), valid_time(12, 60, 0), valid_time(0, 0, 0))
def is_sorted3(a, b, c):
    return a <= b <= c
print(is_sorted3(1, 2, 3), is_sorted3(1, 3, 2), is_sorted3(2, 2, 2))
calls = []
def v(x):
    calls.append(x)
    return x
result = v(1) < v(2) < v(0) < v(5)
print(result, calls)
calls.clear()
result = v(3) == v(3) != v(4) > v(1)
print(result, calls)
def category(age, member):
    if age < 0 or age > 150:
        return "invalid"
    if age < 12 or age >= 65 and not member:
        return "discount"
    if member and (18 <= age < 30 or age >= 65):
        return "member special"
    return "standard"
for args in [(5, False), (70, False), (70, True), (20, True), (40, True), (200, False), (40, False)]:
    print(args, category(*args))
vowels = "aeiou"
def word_kind(w):
    first, last = w[0].lower(), w[-1].lower()
    if first in vowels and last in vowels:
        return "vowel-bookended"
    elif first in vowels or last in vowels:
        return "one vowel end"
    return "consonant-bookended"
print([word_kind(w) for w in ["area", "Echo", "bake", "sky", "Into"]])
x = 5
print(1 < x < 10 and x != 7, not 1 < x < 4, (1 < x) < 4, 1 < (x < 4))
