# Shallow vs deep copies of nested dicts and how mutations propagate.
import copy
original = {"name": "cfg", "opts": {"debug": False, "paths": ["/a", "/b"]}, "n": 1}
alias = original
shallow = original.copy()
shallow2 = dict(original)
shallow3 = {**original}
deep = copy.deepcopy(original)
original["n"] = 2
original["opts"]["debug"] = True
original["opts"]["paths"].append("/c")
for label, d in [("alias", alias), ("shallow", shallow), ("dict()", shallow2), ("{**}", shallow3), ("deep", deep)]:
    print(f"{label:8} n={d['n']} debug={d['opts']['debug']} paths={d['opts']['paths']} same_opts={d['opts'] is original['opts']}")
shared = [1, 2]
container = {"x": shared, "y": shared}
dc = copy.deepcopy(container)
print(dc["x"] is dc["y"], dc["x"] is shared)
cyclic = {"name": "loop"}
cyclic["self"] = cyclic
cc = copy.deepcopy(cyclic)
print(cc["self"] is cc, cc is cyclic, cc["name"])
class Config:
    def __init__(self):
        self.settings = {"level": 1}
        self.tags = {"a"}
c1 = Config()
c2 = copy.copy(c1)
c3 = copy.deepcopy(c1)
c1.settings["level"] = 5
c1.tags.add("b")
print(c2.settings, sorted(c2.tags), c3.settings, sorted(c3.tags))
class Custom:
    def __init__(self, v):
        self.v = v
    def __deepcopy__(self, memo):
        return Custom(self.v * 10)
    def __copy__(self):
        return Custom(-self.v)
print(copy.deepcopy(Custom(3)).v, copy.copy(Custom(3)).v, copy.deepcopy([Custom(1), Custom(2)])[1].v)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
