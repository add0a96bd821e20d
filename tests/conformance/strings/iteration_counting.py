# Iterating over strings: characters, enumerate, reversed, sorted, frequency counts.
text = "the rain in spain stays mainly in the plain"
freq = {}
for ch in text:
    if ch != " ":
        freq[ch] = freq.get(ch, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
print(max(freq, key=lambda c: (freq[c], c)), min(text.split(), key=len), max(text.split(), key=len))
words = text.split()
lengths = {}
for w in words:
    lengths.setdefault(len(w), []).append(w)
print(sorted(lengths.items()))
print([(i, c) for i, c in enumerate("abc")], list(reversed("abc")), sorted("hello"), "".join(sorted("hello")))
print(sorted(set("mississippi")), len(set(text)), "".join(sorted(set(text))).strip())
vowels = "aeiou"
print(sum(text.count(v) for v in vowels), [v for v in vowels if v not in text])
print(list(zip("abc", "xyz")), ["".join(p) for p in zip("abc", "123")], list(map(ord, "AZ")))
caps = ""
for i, ch in enumerate("alternating caps"):
    caps += ch.upper() if i % 2 == 0 else ch
print(caps)
def run_length(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
def run_length_decode(s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
enc = run_length("aaabccddddde")
print(enc, run_length_decode(enc), run_length(""), run_length("x"))
it = iter("xyz")
print(next(it), next(it), list(it), list(it))
print(all(c.isalpha() for c in "abc"), any(c.isdigit() for c in "abc1"), "".join(c * 2 for c in "abc"))
acrostic = ["Some", "Tiny", "Rabbits", "Ignore", "Nice", "Grass"]
print("".join(w[0] for w in acrostic), [w[-1] for w in acrostic])
