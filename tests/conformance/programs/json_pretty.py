# A hand-written JSON pretty printer and minifier, checked against the json module's output.
import json
def dump(value, indent=2, level=0, sort_keys=False):
    pad, inner = " " * (indent * level), " " * (indent * (level + 1))
    if isinstance(value, dict):
        if not value:
            return "{}"
        keys = sorted(value) if sort_keys else list(value)
        items = [f'{inner}{quote(str(k))}: {dump(value[k], indent, level + 1, sort_keys)}' for k in keys]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [inner + dump(v, indent, level + 1, sort_keys) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "null"
    if isinstance(value, str):
        return quote(value)
    return repr(value)
def quote(s):
    out = ['"']
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 32 or ord(ch) > 126:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)
def minify(value):
    return json.dumps(json.loads(dump(value)), separators=(",", ":"))
doc = {"name": "vivarium", "version": [0, 1, 0], "tags": ["python", "rust"], "stable": False,
       "license": None, "ratio": 0.75, "notes": "line1\nline2 \"quoted\" caf\u00e9",
       "deps": {"logos": "0.16", "lalrpop": "0.23", "nested": {"empty_list": [], "empty_obj": {}}}}
mine = dump(doc)
print(mine)
print(mine == json.dumps(doc, indent=2))
print(dump(doc, indent=4, sort_keys=True) == json.dumps(doc, indent=4, sort_keys=True))
print(minify(doc))
print(json.loads(mine) == doc, len(mine), len(minify(doc)))
for v in [[], {}, "", 0, -1.5, [None, True], {"a": {"b": {"c": [1, [2, [3]]]}}}]:
    print(dump(v, indent=1).replace("\n", "|"), dump(v, indent=1) == json.dumps(v, indent=1))
