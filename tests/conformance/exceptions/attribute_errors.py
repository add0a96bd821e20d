# AttributeError messages for instances, classes, modules, None, built-in types and properties.
import math
class Thing:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
    @property
    def ro(self):
        return 3
t = Thing()
def show(label, fn):
    try:
        fn()
    except AttributeError as e:
        print(f"{label:24} AttributeError: {e}")
show("t.missing", lambda: t.missing)
show("Thing.missing", lambda: Thing.missing)
show("math.missing", lambda: math.missing)
show("None.missing", lambda: None.missing)
show("(3).missing", lambda: (3).missing)
show("'s'.missing()", lambda: "s".missing())
show("[].push(1)", lambda: [].push(1))
show("{}.add(1)", lambda: {}.add(1))
show("t.ro = 5", lambda: setattr(t, "ro", 5))
show("del t.ro", lambda: delattr(t, "ro"))
show("del t.nothing", lambda: delattr(t, "nothing"))
show("(1.5).x", lambda: (1.5).x)
show("print.x", lambda: print.x)
print(getattr(t, "missing", "default"), hasattr(t, "inst"), hasattr(t, "missing"), hasattr(Thing, "inst"))
class Dynamic:
    def __getattr__(self, name):
        if name == "magic":
            return 42
        raise AttributeError(f"Dynamic has no {name}")
d = Dynamic()
print(d.magic, hasattr(d, "other"))
show("d.other", lambda: d.other)
class BrokenProperty:
    @property
    def value(self):
        return self.missing_inner
show("BrokenProperty().value", lambda: BrokenProperty().value)
try:
    t.missing
except AttributeError as e:
    print(e.name, e.obj is t)
