# json.loads: every JSON type, nesting, object hooks, parse_float/parse_int, and error positions.
import json
text = '{"s": "hi\\nthere \\u00e9", "i": -42, "f": 3.25, "e": 1e3, "t": true, "n": null, "a": [1, "2", [3]], "o": {}}'
obj = json.loads(text)
print(obj)
print({k: type(v).__name__ for k, v in obj.items()})
print(json.loads("[]"), json.loads("  42  "), json.loads('"str"'), json.loads("null"), json.loads("[1.0, 1E2, -0]"))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"z": 1, "a": 2}'))
def as_point(d):
    if set(d) == {"x", "y"}:
        return ("point", d["x"], d["y"])
    return d
print(json.loads('{"p": {"x": 1, "y": 2}, "q": [{"x": 0, "y": 0}]}', object_hook=as_point))
print(json.loads("[1.5, 2]", parse_float=lambda s: f"float:{s}", parse_int=lambda s: int(s) * 100))
print(json.loads('[{"k": 1}]', object_pairs_hook=lambda pairs: sorted(pairs)))
bad_inputs = ["{'single': 1}", '{"a" 1}', "", "[1] x", "tru", '{"a": [1, 2}', '"unterminated']
for bad in bad_inputs:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:18} -> {e.msg} at line {e.lineno} col {e.colno} (pos {e.pos})")
print(issubclass(json.JSONDecodeError, ValueError))
doc = json.loads('{"users": [{"name": "ann", "tags": ["a", "b"]}, {"name": "bo", "tags": []}]}')
print([u["name"] for u in doc["users"] if u["tags"]], sum(len(u["tags"]) for u in doc["users"]))
