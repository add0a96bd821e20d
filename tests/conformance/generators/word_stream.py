# Streaming text processing with generators: tokens, n-grams, and running statistics.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""
def lines(text):
    yield from text.splitlines()
def tokens(lines):
    for line in lines:
        word = []
        for ch in line:
            if ch.isalpha():
                word.append(ch.lower())
            elif word:
                yield "".join(word)
                word = []
        if word:
            yield "".join(word)
def ngrams(words, n):
    window = []
    for w in words:
        window.append(w)
        if len(window) > n:
            window.pop(0)
        if len(window) == n:
            yield tuple(window)
def running_stats(words):
    count = 0
    total_len = 0
    longest = ""
    for w in words:
        count += 1
        total_len += len(w)
        if len(w) > len(longest):
            longest = w
        yield count, round(total_len / count, 3), longest
words = list(tokens(lines(TEXT)))
print(len(words), words[:8])
bigrams = {}
for bg in ngrams(tokens(lines(TEXT)), 2):
    bigrams[bg] = bigrams.get(bg, 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
trigram_counts = {}
for tg in ngrams(tokens(lines(TEXT)), 3):
    trigram_counts[tg] = trigram_counts.get(tg, 0) + 1
print(max(trigram_counts.items(), key=lambda kv: (kv[1], kv[0])))
stats = list(running_stats(tokens(lines(TEXT))))
print(stats[0], stats[9], stats[-1])
print(sum(1 for w in tokens(lines(TEXT)) if w == "was"), next(w for w in tokens(lines(TEXT)) if len(w) > 8))
