# Round-tripping data through JSON text, and what changes (tuples, int keys, floats).
import json
samples = [
    {"a": [1, 2, 3], "b": {"c": None}},
    [True, False, None, 0, -1, 2.5, "x"],
    {"tuple": (1, 2), 3: "int key"},
    "just a string with \"quotes\" and \\ backslash",
    [0.1, 1 / 3, 1e-7, 123456789.125, 2 ** 53],
    {"unicode": "日本語 café", "empty": {}, "list": []},
]
for s in samples:
    text = json.dumps(s)
    back = json.loads(text)
    print(text)
    print("  equal after round trip:", back == s, type(back).__name__)
pretty = json.dumps(samples[0], indent=2, sort_keys=True)
print(pretty)
print(json.loads(pretty) == samples[0])
records = [{"id": i, "name": f"item{i}", "price": round(i * 1.25, 2), "tags": ["t"] * (i % 3)} for i in range(5)]
blob = json.dumps(records, separators=(",", ":"))
print(len(blob), blob[:80])
again = json.loads(blob)
print(again == records, sum(r["price"] for r in again), [r["id"] for r in again if r["tags"]])
config = '''{
    "server": {"host": "0.0.0.0", "port": 8000},
    "debug": false,
    "workers": 4,
    "paths": ["/static", "/media"]
}'''
cfg = json.loads(config)
cfg["workers"] *= 2
cfg["server"]["port"] += 1
print(json.dumps(cfg, sort_keys=True))
