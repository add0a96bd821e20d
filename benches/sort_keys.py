# Benchmark: sorting records with key functions, tuples, reverse and stability checks.
import sys
def records(n, seed=7):
    x = seed
    out = []
    for i in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        out.append((x % 1000, "name%05d" % (x % 50000), (x >> 20) % 97 / 7.0, i))
    return out
n = int(sys.argv[1]) if len(sys.argv) > 1 else 120000
data = records(n)
a = sorted(data)
b = sorted(data, key=lambda r: r[1])
c = sorted(data, key=lambda r: (r[2], -r[0]), reverse=True)
d = sorted(data, key=lambda r: r[0])
stable = all(d[i][3] < d[i + 1][3] for i in range(len(d) - 1) if d[i][0] == d[i + 1][0])
words = [r[1] for r in data]
words.sort(key=str.lower)
print(a[0], b[-1][1], c[0][:3], stable, words[len(words) // 2], sum(r[0] for r in d[:1000]))
