# json.dumps: types, indentation, key sorting, separators, ensure_ascii, default hooks, errors.
import json
data = {"name": "Ada", "age": 36, "langs": ["en", "fr"], "admin": True, "manager": None, "score": 9.5,
        "nested": {"b": 2, "a": [1, {"x": []}]}, "tuple": (1, 2)}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data["nested"], indent=2))
print(json.dumps([1, [2, [3, {}]]], indent=4, sort_keys=True))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")), json.dumps([1, 2], separators=(", ", ": ")))
print(json.dumps("café ☃"), json.dumps("café ☃", ensure_ascii=False), json.dumps("quote\" and \\ and \n"))
print(json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0), json.dumps(10 ** 20), json.dumps(float("inf")))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool key", None: "null key"}))
print(json.dumps([]), json.dumps({}), json.dumps(""), json.dumps(None), json.dumps(False))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def encode(obj):
    if isinstance(obj, Point):
        return {"__point__": [obj.x, obj.y]}
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError(f"cannot serialize {type(obj).__name__}")
print(json.dumps({"p": Point(1, 2), "s": {3, 1, 2}}, default=encode))
try:
    json.dumps({"bad": object()}, default=encode)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"p": Point(0, 0)})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"b": 1, "a": 2}, indent="\t", sort_keys=True))
