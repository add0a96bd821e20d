# dict subclasses with __missing__, and overriding __setitem__/__getitem__.
class Zero(dict):
    def __missing__(self, key):
        return 0
z = Zero(a=1)
print(z["a"], z["b"], "b" in z, z.get("b"), z)
class AutoVivify(dict):
    def __missing__(self, key):
        value = self[key] = AutoVivify()
        return value
tree = AutoVivify()
tree["a"]["b"]["c"] = 1
tree["a"]["x"] = 2
tree["q"]
print(tree)
class LowerKeys(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
    def __contains__(self, key):
        return super().__contains__(key.lower())
lk = LowerKeys()
lk["Name"] = "x"
lk["NAME"] = "y"
print(lk, lk["nAmE"], "NAME" in lk, len(lk))
lk2 = LowerKeys({"MiXeD": 1})
print(lk2)
class Logged(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.log = []
    def __getitem__(self, key):
        self.log.append(key)
        return super().__getitem__(key)
lg = Logged(a=1, b=2)
print(lg["a"], lg.get("b"), lg["a"], lg.log)
class Template(dict):
    def __missing__(self, key):
        return "{" + key + "}"
print("{name} is {age} and {unknown}".format_map(Template(name="Bo", age=3)))
try:
    {}["nope"]
except KeyError as e:
    print("KeyError:", e)
class Counter2(dict):
    def __missing__(self, key):
        return 0
    def add(self, items):
        for it in items:
            self[it] += 1
        return self
print(Counter2().add("hello world"))
print(isinstance(z, dict), type(z).__name__, type(z.copy()).__name__, dict(z))
