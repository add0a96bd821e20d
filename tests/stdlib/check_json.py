# json: dumps options, escapes, floats, errors; loads values, hooks and CPython's error messages.
import json

data = {"name": "Ada", "langs": ["en", "fr"], "age": 36, "score": 9.5, "ok": True, "none": None,
        "nested": {"a": [1, 2, {"b": []}], "empty": {}}, "uni": "é€😀\x01\n\t\"\\"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, [2, [3]]], indent="\t"))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")), json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps({3: "int", 1.5: "float", True: "bool", None: "none"}))
print(json.dumps([0.1, 1e16, 1e-7, -0.0, 123456789.125, 2 ** 70, float("inf"), float("-inf"), float("nan")]))
print(json.dumps("\u2028 plain"), json.dumps((1, 2)), json.dumps(3), json.dumps("s"))
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True))
print(json.dumps({1, 2}, default=sorted), json.dumps(object, default=lambda o: o.__name__))
for bad in ({(1,): 2}, {1, 2}, float("nan")):
    try:
        json.dumps(bad, allow_nan=False)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Vec):
            return [o.x, o.y]
        return super().default(o)
print(json.dumps([Vec(0, 1), 2], cls=Enc), Enc(indent=1).encode({"c": Vec(1, 2)}))
text = json.dumps(data)
print(json.loads(text) == data)
print(json.loads('[1, 2.5, -3e2, "x", true, false, null, {"a": {}}, []]'))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n\\/"'), json.loads(' {"a" : 1 , "a": 2} '), json.loads(b'[1]'))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads("123456789012345678901234567890"))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list), json.loads('{"x": 1}', object_hook=lambda d: sorted(d)))
print(json.loads('[1.10, 2]', parse_float=str, parse_int=lambda s: int(s) * 10), json.loads('NaN', parse_constant=repr))
for doc in ["", "[1,]", '{"a":1,}', '"a\nb"', '"\\x"', '"\\u12"', "[1 2]", '{"a" 1}', "{1:2}", '"abc', "nul",
            "[", '{"a":1', "1 2", " \n [1,\n 2", "[-]", "01", '{"a":}', "[,1]", "\ufeff1", '{"a":1 "b":2}']:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, (e.lineno, e.colno, e.pos))
print(json.loads('"ctrl\tchar"', strict=False), json.JSONDecoder().raw_decode('[1] tail'))
try:
    json.loads(3)
except TypeError as e:
    print("TypeError:", e)
