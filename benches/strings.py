# Benchmark: string building and formatting (f-strings, format specs, join, replace, split).
import sys
n = int(sys.argv[1]) if len(sys.argv) > 1 else 150000
parts = []
total_len = 0
for i in range(n):
    name = "item" + str(i % 997)
    line = f"{i:>7}|{name:<10}|{i * 0.125:10.3f}|{i % 256:02x}|{'%5d' % (i % 10000)}"
    if i % 3 == 0:
        line = line.replace("|", ";")
    parts.append(line.upper() if i % 5 == 0 else line)
    total_len += len(line)
text = "\n".join(parts)
fields = text.split("\n")[n // 2].split("|")
words = " ".join(p[:8] for p in parts[:20000]).split()
print(len(text), total_len, fields, len(words), text.count("ITEM"))
