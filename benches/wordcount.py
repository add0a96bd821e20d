# Benchmark: word frequencies over generated text (str methods, dict get/set, sorting).
import sys
WORDS = ("the quick brown fox jumps over lazy dog while seven wizards quietly judge boxing matches "
         "and pack my box with five dozen liquor jugs how vexingly daft zebras jump").split()
def generate(n_lines, seed=12345):
    x = seed
    lines = []
    for _ in range(n_lines):
        words = []
        for _ in range(12):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            w = WORDS[x % len(WORDS)]
            words.append(w.capitalize() if x & 64 else w)
        lines.append(" ".join(words) + (". " if x & 1 else ", "))
    return lines
def count(lines):
    freq = {}
    for line in lines:
        for raw in line.split():
            w = raw.strip(".,").lower()
            freq[w] = freq.get(w, 0) + 1
    return freq
n = int(sys.argv[1]) if len(sys.argv) > 1 else 80000
lines = generate(n)
freq = count(lines)
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(lines), len(freq), sum(freq.values()), top)
