# copy: shallow and deep copies of containers, instances, slots, cycles, __copy__/__deepcopy__,
# __reduce__, namedtuples and collections types, copy.replace.
import copy
from collections import namedtuple, deque, OrderedDict, defaultdict, Counter

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], d == a, d[1] is a[1], d[2]["k"] is a[2]["k"])
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
fs = frozenset([1, 2])
print(copy.copy(fs) is fs, copy.deepcopy(fs) is fs, copy.copy({1, 2}), copy.deepcopy({"a": {1}}))
for atom in (1, 2.5, "s", b"b", None, True, len, int, range(3), Ellipsis):
    assert copy.copy(atom) is atom and copy.deepcopy(atom) is atom
print("atoms ok")

cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)
shared = [0]
both = [shared, shared]
db = copy.deepcopy(both)
print(db[0] is db[1], db[0] is not shared)

class Plain:
    def __init__(self, x):
        self.x = x
        self.items = [x]
p = Plain(5)
pc, pd = copy.copy(p), copy.deepcopy(p)
print(type(pc).__name__, pc.x, pc.items is p.items, pd.items is p.items, pd.items == p.items)

class Slotted:
    __slots__ = ("a", "b", "__c")
    def __init__(self):
        self.a = [1]
        self.__c = 3
sl = Slotted()
sc = copy.copy(sl)
print(sc.a is sl.a, hasattr(sc, "b"), sc._Slotted__c, copy.deepcopy(sl).a is sl.a)

class Custom:
    def __init__(self):
        self.log = []
    def __copy__(self):
        c = Custom()
        c.log = ["copied"]
        return c
    def __deepcopy__(self, memo):
        c = Custom()
        c.log = ["deep", len(memo) >= 0]
        return c
print(copy.copy(Custom()).log, copy.deepcopy(Custom()).log)

class Reduced:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (Reduced, (self.v * 10,))
print(copy.copy(Reduced(1)).v, copy.deepcopy(Reduced(2)).v)

class Stateful:
    def __init__(self):
        self.secret = 1
        self.public = 2
    def __getstate__(self):
        return {"public": self.public}
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True
st = copy.copy(Stateful())
print(sorted(vars(st).items()))

class MyList(list):
    pass
ml = MyList([1, [2]])
ml.tag = "t"
mc, md = copy.copy(ml), copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.tag, mc[1] is ml[1], md[1] is ml[1])
class MyDict(dict):
    pass
print(type(copy.deepcopy(MyDict(a=[1]))).__name__, copy.deepcopy(MyDict(a=[1])))

P = namedtuple("P", "x y")
np_ = P([1], 2)
print(copy.copy(np_), copy.deepcopy(np_), copy.deepcopy(np_).x is np_.x, type(copy.copy(np_)).__name__)
dq = deque([[1], 2], maxlen=5)
dqc = copy.deepcopy(dq)
print(dqc, dqc[0] is dq[0], copy.copy(dq))
print(copy.deepcopy(OrderedDict(b=1, a=2)), copy.copy(defaultdict(list, a=[1])), copy.deepcopy(Counter("aab")))

def f():
    pass
print(copy.deepcopy(f) is f, copy.deepcopy([f])[0] is f)
class Holder:
    def m(self):
        return self
h = Holder()
bm = copy.deepcopy(h.m)
print(bm.__self__ is not h, type(bm.__self__).__name__)

memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(id(x) in memo, memo[id(x)] is y[0])

Point = namedtuple("Point", "x y")
print(copy.replace(Point(1, 2), y=5))
try:
    copy.replace([1])
except TypeError as e:
    print("TypeError:", e)
