# A larger workload on dicts and sets: insert, update, delete, membership; prints checksums.
N = 20000
d = {}
for i in range(N):
    d[i * 7 % N] = i
print(len(d), sum(d.values()), d[0], d[7], d[N - 7])
for i in range(0, N, 3):
    del d[i]
print(len(d), sum(d) % 1000003, min(d), max(d))
for i in range(0, N, 5):
    d[i] = d.get(i, 0) + 1
print(len(d), sum(d.values()) % 1000003)
keys = list(d)
print(keys[:10], keys[-5:])
s = set()
for i in range(N):
    s.add((i * i) % 1009)
print(len(s), sum(s), 1008 in s, 3 in s)
strs = {}
for i in range(5000):
    k = "key" + str(i % 1234)
    strs[k] = strs.get(k, 0) + i
print(len(strs), strs["key0"], strs["key1233"], sum(strs.values()))
words = [str(i) for i in range(3000)]
index = {w: i for i, w in enumerate(words)}
print(sum(index[w] for w in words if w.endswith("7")), len(index))
counts = {}
x = 1
for _ in range(50000):
    x = (x * 1103515245 + 12345) % 2147483648
    b = x % 97
    counts[b] = counts.get(b, 0) + 1
print(len(counts), max(counts.values()), min(counts.values()), sorted(counts.items())[:3])
