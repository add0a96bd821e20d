# pprint: CPython's layout for nested containers at width 80 (and narrower), sorting, depth,
# compact mode, strings, bytes, collections types, dataclasses, recursion.
import pprint
from collections import OrderedDict, defaultdict, Counter, ChainMap, deque, UserList
from dataclasses import dataclass, field
import types

data = {"name": "Vivarium", "version": (0, 1, 0), "modules": ["functools", "itertools", "collections",
        "heapq", "bisect", "copy", "keyword", "string", "textwrap", "json"],
        "nested": {"level1": {"level2": {"level3": list(range(30))}}, "empty": {}, "tuple": (1,)},
        "flags": {True, False}, 3: "int key", 1.5: None}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(data, depth=2)
pprint.pprint(data["modules"], compact=True, width=50)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pp({"b": 1, "a": [1, 2, 3] * 10})
print(pprint.pformat(list(range(40)), width=30, compact=True))
long_text = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
             "incididunt ut labore et dolore magna aliqua.\nUt enim ad minim veniam, quis nostrud")
pprint.pprint(long_text)
pprint.pprint({"text": long_text, "short": "x"}, width=50)
pprint.pprint([long_text])
pprint.pprint(bytes(range(40)))
pprint.pprint({"b": bytes(range(48)), "ba": bytearray(b"0123456789" * 5)}, width=40)
pprint.pprint(OrderedDict((str(i), i * i) for i in range(12)), width=40)
dd = defaultdict(list)
for i in range(10):
    dd["key%d" % i].append(i * 1000)
pprint.pprint(dd, width=40)
pprint.pprint(Counter("the quick brown fox jumps over the lazy dog"), width=40)
pprint.pprint(ChainMap({"a": list(range(12))}, {"b": list(range(12))}), width=40)
pprint.pprint(deque(range(25), maxlen=30), width=40)
pprint.pprint(deque(range(25)), width=40)
pprint.pprint(UserList(range(30)), width=40)
pprint.pprint(types.SimpleNamespace(alpha=list(range(15)), beta="b" * 30, gamma={"x": 1}), width=40)
pprint.pprint(types.MappingProxyType({"k%d" % i: i for i in range(12)}), width=40)
pprint.pprint([set(range(20)), frozenset("abcdefghijklmnopqrstuvwxyz")], width=50)

@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    weight: float = 1.0
tree = Node("root", [Node("left", [Node("leaf%d" % i) for i in range(3)]), Node("right")])
pprint.pprint(tree, width=60)
recursive = [1, 2]
recursive.append(recursive)
r = pprint.pformat(recursive)
print(r.split(" with id=")[0], pprint.isrecursive(recursive), pprint.isreadable(recursive), pprint.isreadable([1, "a"]))
print(pprint.saferepr({"z": 1, "a": [2, {"c": 3}]}), pprint.pformat(123456789, underscore_numbers=True))
print(pprint.pformat([[1, 2, [3, 4, [5, 6]]]], depth=2), pprint.pformat({"mixed": [1, "a", 2.5]}))
pprint.pprint({1: "a", "b": 2, None: 3, (1, 2): 4}, width=20)
class Custom(list):
    def __repr__(self):
        return "Custom(%d items)" % len(self)
pprint.pprint([Custom(range(100)), "x" * 70])
