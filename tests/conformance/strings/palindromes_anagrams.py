# Palindromes, anagram groups and other string puzzles.
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
tests = ["racecar", "A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon", "ab"]
for t in tests:
    print(repr(t), is_palindrome(t))
def longest_palindrome(s):
    best = ""
    for center in range(len(s)):
        for lo, hi in ((center, center), (center, center + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best
print(longest_palindrome("babad"), longest_palindrome("cbbd"), longest_palindrome("forgeeksskeegfor"))
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
for key in sorted(groups):
    print(key, groups[key])
def is_anagram(a, b):
    norm = lambda s: sorted(s.replace(" ", "").lower())
    return norm(a) == norm(b)
print(is_anagram("Dormitory", "dirty room"), is_anagram("abc", "abd"))
def reverse_words(s):
    return " ".join(reversed(s.split()))
print(reverse_words("  the sky   is blue "), "|" + reverse_words("") + "|")
def is_rotation(a, b):
    return len(a) == len(b) and b in a + a
print(is_rotation("waterbottle", "erbottlewat"), is_rotation("abc", "acb"))
def first_unique(s):
    counts = {}
    for c in s:
        counts[c] = counts.get(c, 0) + 1
    for i, c in enumerate(s):
        if counts[c] == 1:
            return i
    return -1
print(first_unique("leetcode"), first_unique("loveleetcode"), first_unique("aabb"))
def compress_spaces(s):
    return " ".join(s.split())
print(repr(compress_spaces("  many   spaces\there  ")))
print(sorted(["b", "A", "c", "B", "a"], key=lambda s: (s.lower(), s.islower())))
