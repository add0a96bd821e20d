# collections: namedtuple, deque, Counter, defaultdict, OrderedDict, ChainMap, User* and abc.
import collections
from collections import namedtuple, deque, Counter, defaultdict, OrderedDict, ChainMap
import collections.abc as cabc

# --- namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=10), Point._make([5, 6]))
print(Point.__doc__, Point.x.__doc__, Point.__name__, Point.__new__.__doc__)
print(isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)), len(p), list(p))
x, y = p
print(x, y, p + (3,), p * 2)
Point3 = namedtuple("Point3", ["x", "y", "z"], defaults=[0])
print(Point3(1, 2), Point3._field_defaults, Point3(1, 2, 3))
for call in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, x=3), lambda: Point(1, z=2),
             lambda: Point3(), lambda: Point3(1, 2, 3, 4), lambda: Point._make([1]), lambda: p._replace(w=1)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for args in [("P", "a 1b"), ("P", "a def"), ("P", "a _b"), ("P", "a a"), ("1P", "a"), ("P", "class")]:
    try:
        namedtuple(*args)
    except ValueError as e:
        print("ValueError:", e)
R = namedtuple("R", "abc def ghi _x abc", rename=True)
print(R._fields)
print(namedtuple("E", "")(), namedtuple("One", "a")(1), namedtuple("One", "a").__doc__)
try:
    namedtuple("P", "a b", defaults=[1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
class Sub(Point):
    __slots__ = ()
    @property
    def norm(self):
        return self.x ** 2 + self.y ** 2
print(Sub(3, 4), Sub(3, 4).norm, Point.__module__, Point.__match_args__)
match Point(1, 2):
    case Point(x, y):
        print("matched", x, y)

# --- deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend("ab"); d.extendleft("xy")
print(d)
d.rotate(2); print("rotate 2:", d)
d.rotate(-3); print("rotate -3:", d)
d = deque(range(5), maxlen=3)
print(d, d.maxlen)
d.append(9); print(d)
d.appendleft(8); print(d)
d.extend([1, 2]); print(d)
try:
    d.insert(0, 5)
except IndexError as e:
    print("IndexError:", e)
d = deque("abcde")
d[1] = "B"; del d[2]; d.insert(1, "@"); d.insert(-1, "#"); d.insert(100, "$"); d.insert(-100, "^")
print(d, d.index("d"), d.count("a"), "B" in d, d.index("a", 1) if "a" in list(d)[1:] else "-")
d.remove("B"); d.reverse(); print(d)
print(list(reversed(d)), d.copy(), d == deque(d), d < deque(["z"]), deque([1]) == [1])
for bad in (lambda: deque().pop(), lambda: deque()[0], lambda: deque([1])[5], lambda: deque([1])[1:],
            lambda: deque([1]).remove(3), lambda: deque([1]).index(3), lambda: deque([1]) + [2],
            lambda: deque(maxlen=-1), lambda: deque(maxlen="a")):
    try:
        bad()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
d = deque([1, 2, 3])
try:
    for item in d:
        d.append(item)
except RuntimeError as e:
    print("RuntimeError:", e)
d = deque([1, 2])
d.append(d)
print(d)
print(deque("ab") + deque("cd"), deque("ab") * 2, 3 * deque([0], maxlen=2), deque(maxlen=0))
dd = deque([1]); dd += [2, 3]; dd *= 2; print(dd, bool(deque()), bool(dd))
big = deque()
for i in range(1000):
    big.append(i)
for i in range(990):
    big.popleft()
print(list(big), big[0], big[-1])
class MyDeque(deque):
    pass
print(MyDeque([1]), repr(MyDeque([1], 2)), MyDeque([1, 2]).copy(), type(MyDeque([1]).copy()).__name__)

# --- Counter
c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), c.total())
print(sorted(c.elements()), list(Counter(a=2, b=-1, c=0).elements()))
c.update("aaz"); c.update({"b": 10}); c.subtract(a=1)
print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=1, b=-2), -Counter(a=1, b=-2), Counter(), repr(Counter()))
c1 = Counter(a=1); c1 += Counter(a=2, b=-1); print(c1)
c1 -= Counter(a=5); print(c1)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1))
del c1["zz"]
print(Counter({"x": 2, "y": 2, "z": 3}).most_common(), Counter("aab").keys())
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Counter([1, 1, 2]).most_common(1), Counter(x=1, y=2))

# --- defaultdict
dl = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dl[k].append(v)
print(dl, dl["missing"], dict(dl), dl.default_factory)
print(defaultdict(None), defaultdict(int, {"x": 1}), repr(defaultdict(lambda: 0))[:40].split(" at ")[0])
try:
    defaultdict(None)["k"]
except KeyError as e:
    print("KeyError:", e)
try:
    defaultdict(3)
except TypeError as e:
    print("TypeError:", e)
di = defaultdict(int, a=1)
print(di.copy(), type(di.copy()).__name__, di | {"b": 2}, type(di | {"b": 2}).__name__)
print("get doesn't insert:", di.get("q"), "q" in di)

# --- OrderedDict
od = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
od.move_to_end("a"); print(od)
od.move_to_end("c", last=False); print(od, list(od.keys()), list(reversed(od)))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print(OrderedDict(), OrderedDict.fromkeys("ab"), OrderedDict(x=1) | {"y": 2})
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError:", e)

# --- ChainMap
base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm["a"], cm["b"], cm["c"], len(cm), sorted(cm), cm.get("z", 0), "a" in cm)
cm["d"] = 4
print(over, cm.maps[1] is base, cm)
child = cm.new_child({"a": 100})
print(child["a"], child.parents["a"], list(child))
try:
    del cm["a"]
except KeyError as e:
    print("KeyError:", e)
print(ChainMap(), dict(ChainMap({1: 1}, {2: 2})))

# --- UserDict / UserList / UserString
class Lower(collections.UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
ld = Lower({"A": 1}); ld["B"] = 2
print(ld, ld.data, "a" in ld, len(ld), isinstance(ld, cabc.MutableMapping))
ul = collections.UserList([3, 1, 2]); ul.sort(); ul.append(4)
print(ul, ul[1:], type(ul[1:]).__name__, ul + [5], len(ul))
us = collections.UserString("hello")
print(us.upper(), us[1:3], us + "!", len(us), "ell" in us, us.split("l"))

# --- collections.abc
print(isinstance([], cabc.MutableSequence), isinstance((), cabc.Sequence), isinstance((), cabc.MutableSequence))
print(isinstance({}, cabc.Mapping), isinstance({}.keys(), cabc.Set), isinstance(set(), cabc.MutableSet))
print(isinstance(iter([]), cabc.Iterator), isinstance([], cabc.Iterator), isinstance("", cabc.Iterable))
print(isinstance(len, cabc.Callable), isinstance(1, cabc.Callable), isinstance(1, cabc.Hashable), isinstance([], cabc.Hashable))
print(isinstance((x for x in []), cabc.Generator), isinstance(range(3), cabc.Sequence), isinstance(3, cabc.Sized))
print(issubclass(list, cabc.Iterable), issubclass(dict, cabc.Reversible), issubclass(int, cabc.Container))
class Seq(cabc.Sequence):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
    def __len__(self):
        return self.n
s = Seq(5)
print(list(s), 9 in s, s.index(16), s.count(4), list(reversed(s)), isinstance(s, cabc.Iterable))
class Duck:
    def __iter__(self):
        return iter([])
    def __len__(self):
        return 0
print(isinstance(Duck(), cabc.Iterable), isinstance(Duck(), cabc.Sized), isinstance(Duck(), cabc.Container))
class M(cabc.Mapping):
    def __init__(self, d):
        self.d = d
    def __getitem__(self, k):
        return self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
m = M({"a": 1, "b": 2})
print(m.get("a"), m.get("z"), "b" in m, list(m.keys()), list(m.items()), list(m.values()), m == {"a": 1, "b": 2})
print(m.keys() & {"a", "q"}, m.keys() | {"q"} == {"a", "b", "q"}, m.items() - {("a", 1)})
try:
    cabc.Sequence()
except TypeError as e:
    print("TypeError:", e)
try:
    class Half(cabc.MutableMapping):
        def __getitem__(self, k):
            return 1
    Half()
except TypeError as e:
    print("TypeError:", e)
