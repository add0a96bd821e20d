# _weakref: ref with callbacks, shared callback-less refs, proxies, counts and lists, and the
# TypeError for objects without a weakref slot.
import _weakref as weakref
import gc


class Box:
    def __init__(self, v):
        self.v = v

    def __call__(self):
        return "called " + str(self.v)

    def __add__(self, other):
        return Box(self.v + other)

    def __len__(self):
        return 3

    def __str__(self):
        return "Box(" + str(self.v) + ")"


b = Box(1)
r1 = weakref.ref(b)
r2 = weakref.ref(b)
print(r1 is r2, r1() is b, weakref.getweakrefcount(b))
log = []
r3 = weakref.ref(b, lambda w: log.append("callback"))
print(r3 is r1, weakref.getweakrefcount(b), weakref.getweakrefs(b)[0] is r1)
print(r1 == r3, hash(r1) == hash(b), r3.__callback__ is not None, r1.__callback__)
p = weakref.proxy(b)
print(type(p).__name__, p.v, len(p), str(p), (p + 1).v, p())
print(weakref.getweakrefcount(b), weakref.proxy(b) is p)
print(isinstance(r1, weakref.ReferenceType), type(p) is weakref.CallableProxyType)


class Plain:
    pass


pp = weakref.proxy(Plain())
try:
    pp.x
except ReferenceError as e:
    print("ReferenceError:", e)
print(type(pp) is weakref.ProxyType)
del b
print(r1(), r3(), log)
print(weakref.getweakrefcount(1), weakref.getweakrefs(1))
for v in (1, "s", [], (1,), {}):
    try:
        weakref.ref(v)
    except TypeError as e:
        print("TypeError:", e)


class Slots:
    __slots__ = ("a",)


class SlotsWithWeakref:
    __slots__ = ("a", "__weakref__")


try:
    weakref.ref(Slots())
except TypeError as e:
    print("TypeError:", e)
s = SlotsWithWeakref()
print(weakref.ref(s)() is s)


class Node:
    pass


n = Node()
n.self = n
seen = []
w = weakref.ref(n, lambda ref: seen.append(ref() is None))
del n
print("before collect:", w() is not None, seen)
gc.collect()
print("after collect:", w(), seen)
try:
    hash(weakref.proxy(Box(2)))
except TypeError as e:
    print("TypeError:", e)
