# Text statistics: sentences, words, vocabulary, readability, frequent n-grams, and a histogram.
import re
TEXT = """Call me Ishmael. Some years ago - never mind how long precisely - having little or no money in my
purse, and nothing particular to interest me on shore, I thought I would sail about a little and see
the watery part of the world. It is a way I have of driving off the spleen and regulating the
circulation. Whenever I find myself growing grim about the mouth; whenever it is a damp, drizzly
November in my soul; whenever I find myself involuntarily pausing before coffin warehouses, and
bringing up the rear of every funeral I meet; then, I account it high time to get to sea as soon as I can."""
sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", TEXT) if s.strip()]
words = re.findall(r"[A-Za-z']+", TEXT)
lower = [w.lower() for w in words]
def syllables(word):
    groups = re.findall(r"[aeiouy]+", word.lower())
    count = len(groups)
    if word.lower().endswith("e") and count > 1:
        count -= 1
    return max(1, count)
total_syll = sum(syllables(w) for w in words)
print("sentences:", len(sentences), "words:", len(words), "characters:", len(TEXT))
print("vocabulary:", len(set(lower)), "lexical diversity:", round(len(set(lower)) / len(lower), 3))
print("avg word length:", round(sum(map(len, words)) / len(words), 2))
print("avg sentence length:", round(len(words) / len(sentences), 2))
fk = 206.835 - 1.015 * (len(words) / len(sentences)) - 84.6 * (total_syll / len(words))
print("syllables:", total_syll, "flesch reading ease:", round(fk, 1))
freq = {}
for w in lower:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
print("top words:", top)
bigrams = {}
for a, b in zip(lower, lower[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print("repeated bigrams:", sorted(k for k, v in bigrams.items() if v > 1))
longest = sorted(set(words), key=lambda w: (-len(w), w))[:5]
print("longest words:", longest)
by_len = {}
for w in words:
    by_len[len(w)] = by_len.get(len(w), 0) + 1
for n in sorted(by_len):
    print(f"{n:2} {'#' * by_len[n]} {by_len[n]}")
for i, s in enumerate(sentences, 1):
    print(f"{i}. ({len(s.split())} words) {s[:50]}{'...' if len(s) > 50 else ''}")
print("capitalized:", sorted({w for w in words if w[0].isupper()}))
