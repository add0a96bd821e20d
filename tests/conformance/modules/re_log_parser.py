# Parsing web-server style log lines with a compiled regex and summarising them.
import re
from collections import Counter, defaultdict
LOG = """\
10.0.0.1 - - [15/Mar/2024:10:00:01] "GET /index.html HTTP/1.1" 200 5120
10.0.0.2 - - [15/Mar/2024:10:00:03] "GET /about.html HTTP/1.1" 200 2048
10.0.0.1 - - [15/Mar/2024:10:00:07] "POST /api/login HTTP/1.1" 401 128
10.0.0.3 - - [15/Mar/2024:10:01:12] "GET /missing HTTP/1.1" 404 0
this line is garbage
10.0.0.1 - - [15/Mar/2024:10:01:15] "POST /api/login HTTP/1.1" 200 256
10.0.0.2 - - [15/Mar/2024:10:02:00] "GET /index.html HTTP/1.1" 304 0
10.0.0.4 - - [15/Mar/2024:10:02:30] "DELETE /api/item/7 HTTP/1.1" 500 64
"""
LINE = re.compile(r'(?P<ip>\d+(?:\.\d+){3}) - - \[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) [^"]+" (?P<status>\d{3}) (?P<size>\d+)')
entries, bad = [], 0
for line in LOG.splitlines():
    m = LINE.match(line)
    if not m:
        bad += 1
        continue
    d = m.groupdict()
    d["status"] = int(d["status"])
    d["size"] = int(d["size"])
    entries.append(d)
print(len(entries), "entries,", bad, "bad")
print(Counter(e["method"] for e in entries).most_common())
print(sorted(Counter(e["status"] // 100 * 100 for e in entries).items()))
bytes_by_ip = defaultdict(int)
for e in entries:
    bytes_by_ip[e["ip"]] += e["size"]
print(sorted(bytes_by_ip.items(), key=lambda kv: (-kv[1], kv[0])))
errors = [f"{e['ts'].split(':', 1)[1]} {e['method']} {e['path']} -> {e['status']}" for e in entries if e["status"] >= 400]
print("\n".join(errors))
api = [e["path"] for e in entries if re.match(r"/api/", e["path"])]
print(api, [re.sub(r"/\d+$", "/<id>", p) for p in api])
minutes = Counter(re.search(r":(\d\d:\d\d):", e["ts"]).group(1) for e in entries)
print(sorted(minutes.items()))
