# Non-ASCII text: length in code points, indexing, case mapping, sorting by code point.
words = ["zebra", "Äpfel", "apple", "éclair", "Zoë", "ångström", "über", "Ω-omega", "中文", "日本"]
for w in words:
    print(w, len(w), w[0], w[-1], w.upper(), w.lower(), [hex(ord(c)) for c in w[:2]])
print(sorted(words))
print(sorted(words, key=str.casefold))
print(max(words), min(words))
s = "naïve café"
print(s[2], s[::-1], s.find("é"), s.split("ï"), s.replace("é", "e"), s.encode("utf-8")[:6])
print(s.title(), s.capitalize(), s.center(14, "·"), "ß".upper(), "ΣΑΣ".lower())
print(chr(0x3b1), chr(0x263a), chr(0x1f40d), ord("€"), ord("\u00ff"), "\u0041\u030a" == "\u00c5")
counts = {}
for ch in "ünïcödé ünïcödé":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
greek = "".join(chr(c) for c in range(0x3b1, 0x3ba))
print(greek, greek.upper(), greek.isalpha(), greek.isidentifier(), len(greek.encode()))
π = 3.14159
naïve_count = 2
print(π * naïve_count, "π" in globals(), "naïve_count".isidentifier())
