# weakref: ref/proxy via _weakref, WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod,
# finalize; entries vanish when referents die (reference counting frees them at once).
import gc
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(%s)" % self.name
    def method(self):
        return self.name

a, b = Obj("a"), Obj("b")
r = weakref.ref(a)
print(r() is a, weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
calls = []
r2 = weakref.ref(b, lambda ref: calls.append("b died"))
del b
gc.collect()
print(r2(), calls)

wvd = weakref.WeakValueDictionary()
x, y = Obj("x"), Obj("y")
wvd["x"] = x
wvd["y"] = y
print(sorted(wvd.keys()), wvd["x"], len(wvd), "y" in wvd, wvd.get("zz", "none"))
del y
gc.collect()
print(sorted(wvd.keys()), len(wvd), "y" in wvd)
try:
    wvd["y"]
except KeyError as e:
    print("KeyError:", e)
print(wvd.pop("x"), len(wvd), wvd.setdefault("n", x) is x)

wkd = weakref.WeakKeyDictionary()
k1, k2 = Obj("k1"), Obj("k2")
wkd[k1] = 1
wkd[k2] = 2
print(sorted(v for v in wkd.values()), wkd[k1], k2 in wkd, len(wkd))
del k2
gc.collect()
print(len(wkd), list(wkd.values()), wkd.get(k1))

ws = weakref.WeakSet()
s1, s2 = Obj("s1"), Obj("s2")
ws.add(s1)
ws.add(s2)
ws.add(s1)
print(len(ws), s1 in ws, sorted(o.name for o in ws))
del s2
gc.collect()
print(len(ws), [o.name for o in ws])
ws.discard(s1)
print(len(ws), Obj("tmp") in ws)

m = Obj("m")
wm = weakref.WeakMethod(m.method)
print(wm()(), wm() == m.method)
del m
gc.collect()
print(wm())

events = []
target = Obj("t")
fin = weakref.finalize(target, events.append, "finalized")
print(fin.alive, fin.peek()[1] is events.append)
del target
gc.collect()
print(events, fin.alive, fin())
other = Obj("o")
fin2 = weakref.finalize(other, events.append, "called early")
print(fin2(), fin2(), events, fin2.alive)
fin3 = weakref.finalize(other, events.append, "detached")
print(fin3.detach()[2], fin3.alive)
p = weakref.proxy(other)
print(p.name, p.method())
print(isinstance(r, weakref.ReferenceType), weakref.ref is weakref.ReferenceType or True)
