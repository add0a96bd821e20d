# Attribute hooks: __getattr__ (fallback), __getattribute__ (every access), __setattr__, __delattr__.
class Fallback:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("computed_"):
            return name[len("computed_"):].upper()
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
f = Fallback()
print(f.real, f.computed_hello, getattr(f, "computed_x"), hasattr(f, "missing"), getattr(f, "missing", "dflt"))
try:
    f.missing
except AttributeError as e:
    print("AttributeError:", e)
class Tracing:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.x = 1
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(f"get {name}")
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append(f"set {name}={value!r}")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(f"del {name}")
        object.__delattr__(self, name)
t = Tracing()
t.y = t.x + 1
del t.x
print(t.y, t.log)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_calls", 0)
    def __getattr__(self, name):
        object.__setattr__(self, "_calls", self._calls + 1)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p._calls, len(p._target))
class Record:
    def __init__(self, **fields):
        self.__dict__.update(fields)
    def __repr__(self):
        return "Record(" + ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items()) + ")"
r = Record(a=1, b="two")
r.c = [3]
print(r, r.a, vars(r))
class ReadOnly:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: object is read-only")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")
ro = ReadOnly(x=1)
for action in (lambda: setattr(ro, "x", 2), lambda: delattr(ro, "x")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(ro.x)
class Default:
    def __getattr__(self, name):
        return f"<{name}>"
d = Default()
d.set_attr = "exists"
print(d.set_attr, d.anything, d.__class__.__name__)
